# Regenerates the generated tables (CLDR locale data, week rules and Japanese eras, the
# Chinese calendar's months) and fails on any difference from the committed
# files. A script writes to standard output, or with WRITES_FILE to the path
# given as its argument.
function(check script committed)
    cmake_parse_arguments(PARSE_ARGV 2 arg "WRITES_FILE" "" "")
    get_filename_component(name ${committed} NAME)
    set(fresh ${OUT}/fresh_${name})
    if(arg_WRITES_FILE)
        execute_process(COMMAND /usr/bin/python3 ${ROOT}/scripts/${script} ${fresh} OUTPUT_QUIET ERROR_QUIET
                        RESULT_VARIABLE rc)
    else()
        execute_process(COMMAND /usr/bin/python3 ${ROOT}/scripts/${script} OUTPUT_FILE ${fresh} RESULT_VARIABLE rc)
    endif()
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
check(generate_chinese_table.py include/kalends/calendars/chinese_table.hpp WRITES_FILE)
check(generate_japanese_eras.py src/calendars/japanese_era_table.hpp)
