# Runs EXE and compares what it prints with the README block that follows the line
# `<!-- output: NAME -->`, or `<!-- output and errors: NAME -->` for a program whose lesson is
# on stderr too (the two streams merged in the order they were written). The Korean README
# beside it (README.ko.md), when there is one, must have the same block. With A2A_BLESS=1 in
# the environment (./tutorial bless) it writes the real output into the blocks instead: README
# outputs are only ever copied from a run, never typed.
get_filename_component(folder "${README}" DIRECTORY)
set(readmes "${README}")
if(EXISTS "${folder}/README.ko.md")
  list(APPEND readmes "${folder}/README.ko.md")
endif()

# Sets <prefix>_start (-1: no block), <prefix>_with_errors and <prefix>_text for one README.
function(find_block readme prefix)
  file(READ "${readme}" text)
  set(with_errors OFF)
  set(marker "<!-- output: ${NAME} -->\n```text\n")
  string(FIND "${text}" "${marker}" start)
  if(start EQUAL -1)
    set(marker "<!-- output and errors: ${NAME} -->\n```text\n")
    string(FIND "${text}" "${marker}" start)
    set(with_errors ON)
  endif()
  if(NOT start EQUAL -1)
    string(LENGTH "${marker}" marker_length)
    math(EXPR start "${start} + ${marker_length}")
  endif()
  set(${prefix}_start ${start} PARENT_SCOPE)
  set(${prefix}_with_errors ${with_errors} PARENT_SCOPE)
  set(${prefix}_text "${text}" PARENT_SCOPE)
endfunction()

find_block("${README}" english)
if(english_start EQUAL -1)
  message(FATAL_ERROR "${README} has no block for '${NAME}': add the line <!-- output: ${NAME} --> "
                      "and an empty ```text block under it, then run ./tutorial bless")
endif()

if(english_with_errors)
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

foreach(readme IN LISTS readmes)
  find_block("${readme}" this)
  if(this_start EQUAL -1 OR NOT this_with_errors STREQUAL english_with_errors)
    message(FATAL_ERROR "${readme} has no block for '${NAME}' like the one in ${README}: copy it there "
                        "(its marker line and its ```text block), then run ./tutorial bless")
  endif()
  string(SUBSTRING "${this_text}" ${this_start} -1 rest)
  string(FIND "${rest}" "```" body_length)
  string(SUBSTRING "${rest}" 0 ${body_length} expected)

  if(DEFINED ENV{A2A_BLESS})
    if(NOT expected STREQUAL actual)
      string(SUBSTRING "${this_text}" 0 ${this_start} before)
      string(SUBSTRING "${rest}" ${body_length} -1 after)
      file(WRITE "${readme}" "${before}${actual}${after}")
      message(STATUS "updated '${NAME}' in ${readme}")
    endif()
  elseif(NOT expected STREQUAL actual)
    string(RANDOM LENGTH 8 tag)
    set(tmp "${CMAKE_CURRENT_BINARY_DIR}/output-${NAME}-${tag}")
    file(WRITE "${tmp}.expected" "${expected}")
    file(WRITE "${tmp}.actual" "${actual}")
    execute_process(COMMAND diff -u "${tmp}.expected" "${tmp}.actual" OUTPUT_VARIABLE difference)
    file(REMOVE "${tmp}.expected" "${tmp}.actual")
    get_filename_component(readme_name "${readme}" NAME)
    message(FATAL_ERROR "'${NAME}' printed something other than its block in ${readme_name}:\n${difference}")
  endif()
endforeach()
