# Runs expect_check on one self-test scenario and demands an exit code and
# output patterns. -DCHECK= -DANALYZER= -DCASE= -DWANT_RC= -DWANT="re1@@re2"
execute_process(COMMAND ${CHECK} ${ANALYZER} ${CASE}
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
message("${out}${err}")
if(NOT "${rc}" STREQUAL "${WANT_RC}")
  message(FATAL_ERROR "expect_check exited with ${rc}, want ${WANT_RC}")
endif()
string(REPLACE "@@" ";" patterns "${WANT}")
foreach(re IN LISTS patterns)
  if(NOT "${out}${err}" MATCHES "${re}")
    message(FATAL_ERROR "output lacks /${re}/")
  endif()
endforeach()
