# Regenerates the CLDR tables (locale data and week rules) and fails on any
# difference from the committed files.
function(check script committed)
    get_filename_component(name ${committed} NAME)
    set(fresh ${OUT}/fresh_${name})
    execute_process(COMMAND /usr/bin/python3 ${ROOT}/scripts/${script} ${ARGN} OUTPUT_FILE ${fresh} RESULT_VARIABLE rc)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "scripts/${script} failed (${rc})")
    endif()
    execute_process(COMMAND ${CMAKE_COMMAND} -E compare_files ${fresh} ${ROOT}/${committed} RESULT_VARIABLE differ)
    if(NOT differ EQUAL 0)
        message(FATAL_ERROR "${committed} is not what scripts/${script} generates now: run it and commit the "
                            "result (diff ${fresh} ${ROOT}/${committed})")
    endif()
endfunction()

check(generate_locale_data.py src/locale/cldr_modern.cpp)
check(generate_week_rules.py src/week_rules_table.hpp)
