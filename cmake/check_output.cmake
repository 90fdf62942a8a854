# Runs EXE and compares what it prints with the README block that follows the line
# `<!-- output: NAME -->`, or `<!-- output and errors: NAME -->` for a program whose lesson is
# on stderr too (the two streams merged in the order they were written). With A2A_BLESS=1 in
# the environment (./tutorial bless) it writes the real output into that block instead: README
# outputs are only ever copied from a run, never typed.
file(READ "${README}" text)
set(marker "<!-- output: ${NAME} -->\n```text\n")
string(FIND "${text}" "${marker}" start)
if(start EQUAL -1)
  set(marker "<!-- output and errors: ${NAME} -->\n```text\n")
  string(FIND "${text}" "${marker}" start)
  set(with_errors ON)
endif()
if(start EQUAL -1)
  message(FATAL_ERROR "${README} has no block for '${NAME}': add the line <!-- output: ${NAME} --> "
                      "and an empty ```text block under it, then run ./tutorial bless")
endif()

if(with_errors)
  execute_process(COMMAND "${EXE}" OUTPUT_VARIABLE actual ERROR_VARIABLE actual
                  RESULT_VARIABLE status TIMEOUT 60)
  set(errors "${actual}")
else()
  execute_process(COMMAND "${EXE}" OUTPUT_VARIABLE actual ERROR_VARIABLE errors
                  RESULT_VARIABLE status TIMEOUT 60)
endif()
if(status EQUAL 77)  # the program says this machine cannot run it (its test: skipped)
  message("left out on this machine: ${errors}")
  return()
endif()
if(NOT status EQUAL 0)
  message(FATAL_ERROR "${EXE} did not exit with 0 (${status})\n${errors}")
endif()

string(LENGTH "${marker}" marker_length)
math(EXPR body_start "${start} + ${marker_length}")
string(SUBSTRING "${text}" ${body_start} -1 rest)
string(FIND "${rest}" "```" body_length)
string(SUBSTRING "${rest}" 0 ${body_length} expected)

if(DEFINED ENV{A2A_BLESS})
  if(NOT expected STREQUAL actual)
    string(SUBSTRING "${text}" 0 ${body_start} before)
    string(SUBSTRING "${rest}" ${body_length} -1 after)
    file(WRITE "${README}" "${before}${actual}${after}")
    message(STATUS "updated '${NAME}' in ${README}")
  endif()
elseif(NOT expected STREQUAL actual)
  string(RANDOM LENGTH 8 tag)
  set(tmp "${CMAKE_CURRENT_BINARY_DIR}/output-${NAME}-${tag}")
  file(WRITE "${tmp}.expected" "${expected}")
  file(WRITE "${tmp}.actual" "${actual}")
  execute_process(COMMAND diff -u "${tmp}.expected" "${tmp}.actual" OUTPUT_VARIABLE difference)
  file(REMOVE "${tmp}.expected" "${tmp}.actual")
  message(FATAL_ERROR "'${NAME}' printed something other than its README block:\n${difference}")
endif()
