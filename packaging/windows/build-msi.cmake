# Builds the Gatehouse MSI from a payload folder (gatehouse.exe plus the windeployqt output):
#
#   cmake -DVERSION=0.1.0 -DPAYLOAD_DIR=<dir> -DOUTPUT=<file.msi> [-DCOMPILER=wixl|wix3] [-DWIX_BIN=<dir>]
#         -P packaging/windows/build-msi.cmake
#
# COMPILER wixl (msitools, Linux; the default there) or wix3 (WiX 3.14 candle and light, Windows; the
# default there). VERSION comes from CMake: the `msi` target and the packaging check pass
# PROJECT_VERSION. Every tool's exit code is checked, and wixl's warnings count as errors: wixl 0.101
# aborts (exit 133) on elements it does not know, but only warns and carries on when it ignores an
# attribute.
cmake_minimum_required(VERSION 3.24)

foreach(var VERSION PAYLOAD_DIR OUTPUT)
    if(NOT ${var})
        message(FATAL_ERROR "build-msi: -D${var}=... is required")
    endif()
endforeach()
if(NOT VERSION MATCHES "^[0-9]+\\.[0-9]+\\.[0-9]+$")
    message(FATAL_ERROR "build-msi: VERSION '${VERSION}' is not major.minor.patch (MSI compares only those)")
endif()
if(NOT COMPILER)
    if(CMAKE_HOST_WIN32)
        set(COMPILER wix3)
    else()
        set(COMPILER wixl)
    endif()
endif()

set(here ${CMAKE_CURRENT_LIST_DIR})
file(TO_CMAKE_PATH "${PAYLOAD_DIR}" PAYLOAD_DIR)
file(TO_CMAKE_PATH "${OUTPUT}" OUTPUT)
get_filename_component(PAYLOAD_DIR "${PAYLOAD_DIR}" ABSOLUTE)
get_filename_component(OUTPUT "${OUTPUT}" ABSOLUTE)
if(NOT EXISTS "${PAYLOAD_DIR}/gatehouse.exe")
    message(FATAL_ERROR "build-msi: no gatehouse.exe in ${PAYLOAD_DIR}")
endif()

get_filename_component(out_dir "${OUTPUT}" DIRECTORY)
set(work "${out_dir}/msi-work")
file(REMOVE_RECURSE "${work}")
file(MAKE_DIRECTORY "${work}")
file(REMOVE "${OUTPUT}")

execute_process(
    COMMAND ${CMAKE_COMMAND} -DPAYLOAD_DIR=${PAYLOAD_DIR} -DOUTPUT=${work}/payload.wxs
            -P ${here}/payload-fragment.cmake
    RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "build-msi: payload-fragment.cmake failed (${result})")
endif()

if(COMPILER STREQUAL "wixl")
    find_program(WIXL wixl REQUIRED)
    # wixl 0.101 cannot open absolute source paths: give it paths relative to its working folder.
    file(RELATIVE_PATH payload_rel "${work}" "${PAYLOAD_DIR}")
    file(RELATIVE_PATH icon_rel "${work}" "${here}/gatehouse.ico")
    execute_process(
        COMMAND ${WIXL} -a x64 -D Version=${VERSION} -D PayloadDir=${payload_rel} -D IconFile=${icon_rel}
                -o ${OUTPUT} ${here}/gatehouse.wxs ${work}/payload.wxs
        WORKING_DIRECTORY ${work}
        RESULT_VARIABLE result
        OUTPUT_VARIABLE out
        ERROR_VARIABLE out)
    if(out)
        message("${out}")
    endif()
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "build-msi: wixl failed (${result}); exit code 133 means an element wixl does not support")
    endif()
    if(out MATCHES "WARNING|CRITICAL|[Ee]rror")
        file(REMOVE "${OUTPUT}")
        message(FATAL_ERROR "build-msi: wixl warned (an attribute it ignored?); see above")
    endif()
elseif(COMPILER STREQUAL "wix3")
    find_program(CANDLE candle HINTS "${WIX_BIN}" "$ENV{WIX}/bin" REQUIRED)
    find_program(LIGHT light HINTS "${WIX_BIN}" "$ENV{WIX}/bin" REQUIRED)
    execute_process(
        COMMAND ${CANDLE} -nologo -arch x64 -dVersion=${VERSION} -dPayloadDir=${PAYLOAD_DIR}
                -dIconFile=${here}/gatehouse.ico -out ${work}/ ${here}/gatehouse.wxs ${work}/payload.wxs
        RESULT_VARIABLE result)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "build-msi: candle failed (${result})")
    endif()
    # ICE validation runs here (light). ICE91 only says that per-user files stay per-user, which is
    # the point of this package.
    execute_process(
        COMMAND ${LIGHT} -nologo -sice:ICE91 -out ${OUTPUT} ${work}/gatehouse.wixobj ${work}/payload.wixobj
        RESULT_VARIABLE result)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "build-msi: light failed (${result})")
    endif()
else()
    message(FATAL_ERROR "build-msi: COMPILER must be wixl or wix3, not '${COMPILER}'")
endif()

if(NOT EXISTS "${OUTPUT}")
    message(FATAL_ERROR "build-msi: ${OUTPUT} was not written")
endif()
file(SIZE "${OUTPUT}" size)
message(STATUS "build-msi: ${OUTPUT} (${size} bytes, ${COMPILER})")
