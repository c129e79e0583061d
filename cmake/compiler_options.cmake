# Warnings and sanitizers, applied to kalends' own targets only.

function(kalends_set_warnings target)
    if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
        target_compile_options(${target} PRIVATE
            -Wall -Wextra -Wpedantic -Wconversion -Wsign-conversion -Wshadow
            -Wnon-virtual-dtor -Wold-style-cast -Woverloaded-virtual -Wnull-dereference)
        if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU" AND CMAKE_CXX_COMPILER_VERSION VERSION_LESS 13)
            # GCC 12 reports false -Wrestrict overlaps inside std::string's
            # operator+ at -O2/-O3 (GCC bug 105651, fixed in GCC 13).
            target_compile_options(${target} PRIVATE -Wno-restrict)
        endif()
        if(KALENDS_WERROR)
            target_compile_options(${target} PRIVATE -Werror)
        endif()
    endif()
endfunction()

if(KALENDS_SANITIZE)
    string(REPLACE ";" "," _kalends_sanitizers "${KALENDS_SANITIZE}")
    add_compile_options(-fsanitize=${_kalends_sanitizers} -fno-omit-frame-pointer -fno-sanitize-recover=all)
    add_link_options(-fsanitize=${_kalends_sanitizers})
endif()
