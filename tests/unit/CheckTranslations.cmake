# Runs lupdate over the sources into a copy of TS_FILE and fails if any
# message is new or unfinished: every user-visible string must be translated.
file(MAKE_DIRECTORY ${WORK_DIR})
get_filename_component(ts_name ${TS_FILE} NAME)
set(copy ${WORK_DIR}/${ts_name})
configure_file(${TS_FILE} ${copy} COPYONLY)
execute_process(
  COMMAND ${LUPDATE} -no-obsolete -locations none -I ${SOURCE_DIR}
    ${SOURCE_DIR}/app ${SOURCE_DIR}/core ${SOURCE_DIR}/modules ${SOURCE_DIR}/smartcard
    -ts ${copy}
  RESULT_VARIABLE rc OUTPUT_QUIET ERROR_VARIABLE errors)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "lupdate failed: ${errors}")
endif()
file(READ ${copy} content)
string(REGEX MATCHALL "<source>[^<]*</source>[ \n]*(<comment>[^<]*</comment>[ \n]*)?<translation type=\"unfinished\"" missing "${content}")
list(LENGTH missing count)
if(count GREATER 0)
  string(REPLACE ";" "\n" missing "${missing}")
  message(FATAL_ERROR "${count} string(s) lack a Welsh translation in ${ts_name}; run "
    "'cmake --build build --target update_translations' and translate them:\n${missing}")
endif()
message(STATUS "Every string has a Welsh translation")
