# An untouched starter must compile, run, and fail its Catch2 checks: not pass, not crash, not hang.
execute_process(COMMAND "${EXE}" OUTPUT_VARIABLE output ERROR_VARIABLE errors
                RESULT_VARIABLE status TIMEOUT 30)
if(status EQUAL 0)
  message(FATAL_ERROR "the starter passes its tests: the exercise leaves nothing to do\n${output}")
endif()
if(NOT status MATCHES "^[0-9]+$")
  message(FATAL_ERROR "the starter did not fail cleanly (${status})\n${output}${errors}")
endif()
if(NOT output MATCHES "test cases:[^\n]*failed")
  message(FATAL_ERROR "the starter exited with ${status} without failing a check\n${output}${errors}")
endif()
