# Included by the top CMakeLists.txt when GATEHOUSE_SANITIZE is on. Builds the sanitizer defaults into every
# executable (tests and the gatehouse binary the end-to-end tests start), so they apply without any
# environment: a test's child process gets the same options and suppressions as the test.
#   - ASan: leaks reported, the process fails on the first error.
#   - UBSan: stack traces; the build already makes every finding fatal (-fno-sanitize-recover).
#   - ASan: the suppressions in asan.supp, LSan: those in lsan.supp; each for a third-party library and
#     explained there.
# ASAN_OPTIONS / UBSAN_OPTIONS / LSAN_OPTIONS in the environment still override these for a local run.
file(READ ${CMAKE_CURRENT_LIST_DIR}/lsan.supp GATEHOUSE_LSAN_SUPPRESSIONS_FILE)
set(GATEHOUSE_LSAN_SUPPRESSIONS "")
string(REPLACE "\n" ";" lines "${GATEHOUSE_LSAN_SUPPRESSIONS_FILE}")
foreach(line IN LISTS lines)
    string(STRIP "${line}" line)
    if(line MATCHES "^leak:")
        string(APPEND GATEHOUSE_LSAN_SUPPRESSIONS "${line}\\n")
    endif()
endforeach()
# ASan reads its suppressions (asan.supp, third-party only, each explained) from this file at start-up.
set(GATEHOUSE_ASAN_SUPPRESSIONS_FILE ${CMAKE_CURRENT_LIST_DIR}/asan.supp)
configure_file(${CMAKE_CURRENT_LIST_DIR}/SanitizerDefaults.cpp.in
    ${CMAKE_CURRENT_BINARY_DIR}/tests/sanitizers/SanitizerDefaults.cpp @ONLY)
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${CMAKE_CURRENT_LIST_DIR}/lsan.supp)
# Only executables take the file: a definition in a static library would not be linked in.
target_sources(gatehouse_build_flags INTERFACE
    "$<$<STREQUAL:$<TARGET_PROPERTY:TYPE>,EXECUTABLE>:${CMAKE_CURRENT_BINARY_DIR}/tests/sanitizers/SanitizerDefaults.cpp>")
