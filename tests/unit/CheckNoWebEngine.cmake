# Fails if BINARY needs any Qt WebEngine library at load time.
execute_process(COMMAND readelf -d ${BINARY} OUTPUT_VARIABLE dynamic RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "readelf failed on ${BINARY}")
endif()
if(dynamic MATCHES "WebEngine")
  message(FATAL_ERROR "${BINARY} links Qt WebEngine; load it as a plug-in on first use instead")
endif()
message(STATUS "${BINARY} does not link Qt WebEngine")
