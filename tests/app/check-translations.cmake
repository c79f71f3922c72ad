# SPDX-License-Identifier: MIT
# cmake -DLUPDATE=... -DSOURCES_FILE=... -DTS_DIR=... -DWORK_DIR=... -P check-translations.cmake
# Runs lupdate over the sources into a copy of each .ts, as `make translations` would, and fails
# when any message is unfinished: a string added or changed in the sources without a translation,
# or a translation left unfinished in the .ts itself.
file(GLOB ts_files ${TS_DIR}/*.ts)
if(NOT ts_files)
    message(FATAL_ERROR "no .ts files in ${TS_DIR}")
endif()
file(MAKE_DIRECTORY ${WORK_DIR})
set(failed "")
foreach(ts IN LISTS ts_files)
    get_filename_component(name ${ts} NAME)
    set(copy ${WORK_DIR}/${name})
    file(COPY_FILE ${ts} ${copy})
    execute_process(COMMAND ${LUPDATE} @${SOURCES_FILE} -ts ${copy} -no-obsolete -locations none
                    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "lupdate failed on ${name}:\n${out}${err}")
    endif()
    file(READ ${copy} text)
    # One line per unfinished message, with the source text just before it.
    string(REGEX MATCHALL "<source>[^<]*</source>[^<]*(<comment>[^<]*</comment>[^<]*)?<translation type=\"unfinished\""
           unfinished "${text}")
    list(LENGTH unfinished count)
    string(REGEX MATCHALL "type=\"unfinished\"" any "${text}")
    list(LENGTH any anyCount)
    message(STATUS "${name}: ${anyCount} unfinished")
    if(anyCount GREATER 0)
        foreach(u IN LISTS unfinished)
            string(REGEX REPLACE "<source>([^<]*)</source>.*" "\\1" s "${u}")
            message(STATUS "  untranslated: ${s}")
        endforeach()
        list(APPEND failed ${name})
    endif()
endforeach()
if(failed)
    message(FATAL_ERROR "untranslated strings in ${failed}: run `make translations` (or cmake --build "
                        "--preset release --target update_translations), translate them, and commit the .ts")
endif()
