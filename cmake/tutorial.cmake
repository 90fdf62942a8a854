# The project's build rules: one function per kind of folder, so that adding a file to a
# chapter or an exercise needs no CMake edit.

set(A2A_TEST_TIME_SCALE 100 CACHE STRING "TUTORIAL_TIME_SCALE used by every test")

# What runs threads (paths below the source folder): its tests carry the label `threads`, and
# the target `threaded` builds it, so that ./tutorial verify can run it under ThreadSanitizer.
set(A2A_THREADED chapters/09-queues/across_threads.cpp chapters/12-executors exercises/12-executors
  chapters/16-http-client/blocking_or_async.cpp chapters/17-file-io exercises/17-file-io
  chapters/19-performance/blocking_the_loop.cpp chapters/19-performance/benchmark/limits_and_pools.cpp
  exercises/19-performance)
add_custom_target(threaded)

# The asan preset: only its programs can show a use-after-free as AddressSanitizer's report.
string(FIND "${CMAKE_CXX_FLAGS}" "-fsanitize=address" asan_at)
if(asan_at GREATER -1)
  set(A2A_ASAN ON)
else()
  set(A2A_ASAN OFF)
endif()

# What starts processes with Boost.Process v2 (see A2A_HAVE_PROCESS in CMakeLists.txt): files,
# or whole chapter and exercise folders, below the source folder.
set(A2A_NEEDS_PROCESS chapters/12-executors/process_workers.cpp chapters/15-subprocesses
  exercises/15-subprocesses)

function(a2a_needs_process path out_var)
  file(RELATIVE_PATH relative "${CMAKE_SOURCE_DIR}" "${path}")
  foreach(prefix IN LISTS A2A_NEEDS_PROCESS)
    string(FIND "${relative}" "${prefix}" at)
    if(at EQUAL 0)
      set(${out_var} ON PARENT_SCOPE)
      return()
    endif()
  endforeach()
  set(${out_var} OFF PARENT_SCOPE)
endfunction()

# Chapters whose lib/ parses URLs with Boost.URL, a compiled Boost library (chapter 16's
# HTTP client); their exercises link the same lib.
set(A2A_NEEDS_URL 16-http-client)

# Chapters (and their exercises) that talk ZeroMQ through cppzmq.
set(A2A_NEEDS_ZMQ 20-zeromq)

# Chapters (and their exercises) whose own coroutine type relies on symmetric transfer being
# a tail call: clang makes it one at every level, GCC only with sibling-call optimisation,
# which -O0 leaves off (chapter 21's long_chain measures it). The flag must not meet the
# shared precompiled header: GCC takes the optimisation options from the header, not from
# the command line.
set(A2A_NEEDS_SIBLING_CALLS 21-the-loop-from-the-inside)

function(a2a_sibling_calls)  # target name prefixes...
  if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
    return()
  endif()
  get_property(targets DIRECTORY "${CMAKE_SOURCE_DIR}" PROPERTY BUILDSYSTEM_TARGETS)
  foreach(target IN LISTS targets)
    foreach(prefix IN LISTS ARGN)
      if(target MATCHES "^${prefix}")
        target_compile_options(${target} PRIVATE -foptimize-sibling-calls)
        set_target_properties(${target} PROPERTIES DISABLE_PRECOMPILE_HEADERS ON)
      endif()
    endforeach()
  endforeach()
endfunction()

# Where this Boost cannot start processes, a folder that needs it gets one test that says so
# and is reported as skipped.
function(a2a_left_out_test name what)  # [why]
  set(why "starts processes with Boost.Process v2, a compiled library from Boost 1.88 on, which this Boost ${Boost_VERSION} install does not have (Debian packages none). Use Boost 1.83 or 1.81 for it.")
  if(ARGC GREATER 2)
    set(why "${ARGV2}")
  endif()
  add_test(NAME "${name}" COMMAND sh -c "echo 'Left out of this build: ${what} ${why}'; exit 77")
  set_tests_properties("${name}" PROPERTIES SKIP_RETURN_CODE 77 LABELS left-out)
endfunction()

function(a2a_if_threaded path target)  # tests...
  file(RELATIVE_PATH relative "${CMAKE_SOURCE_DIR}" "${path}")
  foreach(prefix IN LISTS A2A_THREADED)
    string(FIND "${relative}" "${prefix}" at)
    if(at EQUAL 0)
      add_dependencies(threaded ${target})
      foreach(test IN LISTS ARGN)
        set_property(TEST "${test}" APPEND PROPERTY LABELS threads)
      endforeach()
      return()
    endif()
  endforeach()
endfunction()

function(a2a_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic)
  # Optimised g++ 12 builds report -Warray-bounds and -Wstringop-overflow inside Asio's
  # experimental channel when a message holds a std::string (chapter 03's future.cpp): g++ 12's
  # known false positives about std::string's small buffer. The same code is clean under
  # clang's AddressSanitizer and under valgrind.
  # Likewise -Wmismatched-new-delete inside Asio's recycling allocator (asio/detail/memory.hpp)
  # when the chapter 16 server is optimised: the allocation and the free do match.
  if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU" AND NOT CMAKE_BUILD_TYPE STREQUAL "Debug")
    target_compile_options(${target} PRIVATE -Wno-array-bounds -Wno-stringop-overflow -Wno-mismatched-new-delete)
  endif()
  if(A2A_WERROR)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
endfunction()

# Every executable and test reuses one precompiled header (Asio, fmt, the standard library).
function(a2a_program target)
  a2a_warnings(${target})
  target_link_libraries(${target} PRIVATE a2a)
  target_precompile_headers(${target} REUSE_FROM a2a)
endfunction()

function(a2a_test_program target)
  a2a_warnings(${target})
  target_link_libraries(${target} PRIVATE a2a_testing)
  target_precompile_headers(${target} REUSE_FROM a2a_testing)
endfunction()

function(a2a_set_output target subdir name)
  set_target_properties(${target} PROPERTIES
    OUTPUT_NAME ${name}
    RUNTIME_OUTPUT_DIRECTORY "${CMAKE_BINARY_DIR}/${subdir}")
endfunction()

# chapters/NN-topic/*.cpp: one example program each, named after the file.
# Each must have its output in the chapter README; tests/*.cpp make one Catch2 program;
# does-not-compile/*.cpp must be rejected by the compiler with the message they name.
# Makes target depend on those of the other targets that this build has.
function(a2a_depend_on_built target)  # others...
  foreach(other IN LISTS ARGN)
    if(TARGET ${other})
      add_dependencies(${target} ${other})
    endif()
  endforeach()
endfunction()

# "// runs: TARGET..." in a source: other programs it starts (chapter 19's table runs the
# other chapters' benchmarks, chapter 20's work_queue its workers), built with it when they
# are part of this build.
function(a2a_depend_on_what_it_runs source target)
  file(STRINGS "${source}" runs REGEX "^// runs: " LIMIT_COUNT 1)
  string(REPLACE "// runs: " "" runs "${runs}")
  separate_arguments(runs UNIX_COMMAND "${runs}")
  if(runs)  # at the end, when every chapter's targets exist (EVAL: a deferred call's
    # arguments would be read then, when ${target} is another one)
    string(JOIN " " others ${runs})
    cmake_language(EVAL CODE
      "cmake_language(DEFER DIRECTORY [[${CMAKE_SOURCE_DIR}]] CALL a2a_depend_on_built ${target} ${others})")
  endif()
endfunction()

function(a2a_chapter dir)
  get_filename_component(chapter "${dir}" NAME)
  string(SUBSTRING "${chapter}" 0 2 nn)
  a2a_needs_process("${dir}" chapter_needs_process)
  if(chapter_needs_process AND NOT A2A_HAVE_PROCESS)
    a2a_left_out_test("${chapter}: chapter left out" "chapter ${chapter}")
    return()
  endif()
  if(chapter IN_LIST A2A_NEEDS_ZMQ AND NOT TARGET cppzmq)
    a2a_left_out_test("${chapter}: chapter left out" "chapter ${chapter}" "needs ZeroMQ: apt install libzmq3-dev cppzmq-dev")
    return()
  endif()

  # lib/*.cpp: code the chapter's programs share (a server, say), compiled once.
  file(GLOB lib_sources CONFIGURE_DEPENDS "${dir}/lib/*.cpp")
  set(chapter_lib "")
  if(lib_sources)
    set(chapter_lib ch${nn}-lib)
    add_library(${chapter_lib} STATIC ${lib_sources})
    target_include_directories(${chapter_lib} PUBLIC "${dir}/lib")
    a2a_program(${chapter_lib})
    if(chapter_needs_process)
      target_link_libraries(${chapter_lib} PUBLIC Boost::filesystem $<TARGET_NAME_IF_EXISTS:Boost::process>)
    endif()
    if(chapter IN_LIST A2A_NEEDS_URL)
      target_link_libraries(${chapter_lib} PUBLIC Boost::url)
    endif()
    if(chapter IN_LIST A2A_NEEDS_ZMQ)
      target_link_libraries(${chapter_lib} PUBLIC cppzmq)
    endif()
  endif()

  # servers/*.cpp: programs that run until stopped (./tutorial run NN NAME [ARGS]); no README
  # output, their tests (tests/) start them and talk to them.
  file(GLOB servers CONFIGURE_DEPENDS "${dir}/servers/*.cpp")
  foreach(source IN LISTS servers)
    get_filename_component(stem "${source}" NAME_WE)
    add_executable(ch${nn}-${stem} "${source}")
    a2a_program(ch${nn}-${stem})
    target_link_libraries(ch${nn}-${stem} PRIVATE ${chapter_lib})
    a2a_set_output(ch${nn}-${stem} "chapters/${chapter}" ${stem})
  endforeach()

  file(GLOB examples CONFIGURE_DEPENDS "${dir}/*.cpp")
  foreach(source IN LISTS examples)
    get_filename_component(stem "${source}" NAME_WE)
    set(target ch${nn}-${stem})
    a2a_needs_process("${source}" needs_process)
    if(needs_process AND NOT A2A_HAVE_PROCESS)
      # A stand-in that says why, for ./tutorial run; its test is reported as skipped.
      add_executable(${target} "${CMAKE_SOURCE_DIR}/cmake/left_out.cpp")
      target_compile_definitions(${target} PRIVATE
        "A2A_LEFT_OUT=\"${stem} starts processes with Boost.Process v2, a compiled library from Boost 1.88 on that this Boost ${Boost_VERSION} install does not have (Debian packages none). Use Boost 1.83 or 1.81 for it.\"")
      a2a_set_output(${target} "chapters/${chapter}" ${stem})
      add_test(NAME "${chapter}/${stem}: README output" COMMAND ${target})
      set_tests_properties("${chapter}/${stem}: README output" PROPERTIES
        LABELS "chapter;output" SKIP_RETURN_CODE 77)
      continue()
    endif()
    add_executable(${target} "${source}")
    a2a_program(${target})
    target_link_libraries(${target} PRIVATE ${chapter_lib})
    a2a_set_output(${target} "chapters/${chapter}" ${stem})
    a2a_depend_on_what_it_runs("${source}" ${target})
    if(needs_process)
      target_link_libraries(${target} PRIVATE Boost::filesystem $<TARGET_NAME_IF_EXISTS:Boost::process>)
    endif()
    add_test(NAME "${chapter}/${stem}: README output"
      COMMAND ${CMAKE_COMMAND} -DEXE=$<TARGET_FILE:${target}> -DREADME=${dir}/README.md
              -DNAME=${stem} -P ${CMAKE_SOURCE_DIR}/cmake/check_output.cmake)
    # A program whose story sleeps sit between real socket exchanges may ask for a slower
    # scale ("// README test time scale: 1"): at 100, a 100 ms story wait lasts 1 ms, less
    # than a loaded machine may take to pass a request through the loopback.
    file(STRINGS "${source}" scale REGEX "^// README test time scale: " LIMIT_COUNT 1)
    string(REGEX MATCH "[0-9.]+" scale "${scale}")
    if(NOT scale)
      set(scale ${A2A_TEST_TIME_SCALE})
    endif()
    set_tests_properties("${chapter}/${stem}: README output" PROPERTIES
      LABELS "chapter;output" TIMEOUT 60 SKIP_REGULAR_EXPRESSION "left out on this machine: "
      ENVIRONMENT "TUTORIAL_TIME_SCALE=${scale}")
    a2a_if_threaded("${source}" ${target} "${chapter}/${stem}: README output")
  endforeach()

  file(GLOB tests CONFIGURE_DEPENDS "${dir}/tests/*.cpp")
  if(tests)
    set(target ch${nn}-tests)
    add_executable(${target} ${tests})
    a2a_test_program(${target})
    target_link_libraries(${target} PRIVATE ${chapter_lib})
    a2a_set_output(${target} "chapters/${chapter}" tests)
    foreach(source IN LISTS servers)  # the tests start the servers: built first, found here
      get_filename_component(stem "${source}" NAME_WE)
      add_dependencies(${target} ch${nn}-${stem})
    endforeach()
    add_test(NAME "${chapter}: tests" COMMAND ${target})
    set_tests_properties("${chapter}: tests" PROPERTIES LABELS chapter TIMEOUT 120
      ENVIRONMENT "A2A_PROGRAMS=${CMAKE_BINARY_DIR}/chapters/${chapter}")
    a2a_if_threaded("${dir}/tests" ${target} "${chapter}: tests")
  endif()

  # benchmark/*.cpp print measurements: built, and run once with a small load as a smoke
  # test (the numbers are for people, not for tests).
  file(GLOB benchmarks CONFIGURE_DEPENDS "${dir}/benchmark/*.cpp")
  foreach(source IN LISTS benchmarks)
    get_filename_component(stem "${source}" NAME_WE)
    set(target ch${nn}-${stem})
    add_executable(${target} "${source}")
    a2a_program(${target})
    target_link_libraries(${target} PRIVATE ${chapter_lib})
    a2a_set_output(${target} "chapters/${chapter}/benchmark" ${stem})
    foreach(server IN LISTS servers)  # a benchmark may start the chapter's servers
      get_filename_component(server_stem "${server}" NAME_WE)
      add_dependencies(${target} ch${nn}-${server_stem})
    endforeach()
    a2a_depend_on_what_it_runs("${source}" ${target})
    # The smoke test's load: 10000 (messages, say), or what a "// smoke-test arguments: "
    # line in the source gives.
    file(STRINGS "${source}" smoke REGEX "^// smoke-test arguments: " LIMIT_COUNT 1)
    string(REPLACE "// smoke-test arguments: " "" smoke "${smoke}")
    if(NOT smoke)
      set(smoke 10000)
    endif()
    separate_arguments(smoke UNIX_COMMAND "${smoke}")
    add_test(NAME "${chapter}/benchmark/${stem}: runs" COMMAND ${target} ${smoke})
    set_tests_properties("${chapter}/benchmark/${stem}: runs" PROPERTIES LABELS "chapter;benchmark"
      TIMEOUT 60)
    a2a_if_threaded("${source}" ${target} "${chapter}/benchmark/${stem}: runs")
  endforeach()

  file(GLOB rejected CONFIGURE_DEPENDS "${dir}/does-not-compile/*.cpp")
  foreach(source IN LISTS rejected)
    get_filename_component(stem "${source}" NAME_WE)
    set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS "${source}")
    file(STRINGS "${source}" expected REGEX "^// expect-error: " LIMIT_COUNT 1)
    string(REPLACE "// expect-error: " "" expected "${expected}")
    set(name "${chapter}/does-not-compile/${stem}: rejected")
    add_test(NAME "${name}"
      COMMAND ${CMAKE_CXX_COMPILER} -std=c++20 -fsyntax-only -Wall -Wextra -Werror
              "-I$<JOIN:$<TARGET_PROPERTY:a2a,INTERFACE_INCLUDE_DIRECTORIES>,;-I>"
              "-D$<JOIN:$<TARGET_PROPERTY:a2a,INTERFACE_COMPILE_DEFINITIONS>,;-D>"
              "${source}"
      COMMAND_EXPAND_LISTS)
    set_tests_properties("${name}" PROPERTIES LABELS chapter TIMEOUT 120
      PASS_REGULAR_EXPRESSION "${expected}")
  endforeach()

  # python/*.py: Python programs that show what the README claims about Python; the first
  # line says what the output must contain ("# expect: ..."). Skipped, saying so, without
  # Debian's /usr/bin/python3.
  file(GLOB python_claims CONFIGURE_DEPENDS "${dir}/python/*.py")
  foreach(script IN LISTS python_claims)
    get_filename_component(stem "${script}" NAME_WE)
    file(STRINGS "${script}" expected REGEX "^# expect: " LIMIT_COUNT 1)
    string(REPLACE "# expect: " "" expected "${expected}")
    set(name "${chapter}/python/${stem}: Python prints what the README says")
    add_test(NAME "${name}" COMMAND sh -c
      "if [ -x /usr/bin/python3 ]; then exec /usr/bin/python3 \"$0\"; else echo 'skipped: no /usr/bin/python3'; exit 77; fi"
      "${script}")
    set_tests_properties("${name}" PROPERTIES LABELS chapter TIMEOUT 60 SKIP_RETURN_CODE 77
      SKIP_REGULAR_EXPRESSION "skipped: no /usr/bin/python3" PASS_REGULAR_EXPRESSION "${expected}")
  endforeach()

  # tools/*.cpp: small programs that are not Asio (chapter 18's trace converter).
  file(GLOB tools CONFIGURE_DEPENDS "${dir}/tools/*.cpp")
  foreach(source IN LISTS tools)
    get_filename_component(stem "${source}" NAME_WE)
    add_executable(ch${nn}-${stem} "${source}")
    a2a_warnings(ch${nn}-${stem})
    target_link_libraries(ch${nn}-${stem} PRIVATE fmt::fmt)
    a2a_set_output(ch${nn}-${stem} "chapters/${chapter}" ${stem})
  endforeach()

  # tracked/*.cpp: plain-Asio programs built with handler tracking on, with Asio header-only:
  # the runtime's compiled Asio has tracking off, and both in one program would break the
  # one-definition rule. The test turns the trace into a graph with tools/trace_to_dot, and
  # draws it when Graphviz is installed.
  file(GLOB tracked CONFIGURE_DEPENDS "${dir}/tracked/*.cpp")
  foreach(source IN LISTS tracked)
    get_filename_component(stem "${source}" NAME_WE)
    set(target ch${nn}-${stem})
    add_executable(${target} "${source}")
    a2a_warnings(${target})
    target_compile_definitions(${target} PRIVATE BOOST_ASIO_ENABLE_HANDLER_TRACKING BOOST_ASIO_NO_DEPRECATED)
    target_link_libraries(${target} PRIVATE Boost::headers fmt::fmt)
    a2a_set_output(${target} "chapters/${chapter}" ${stem})
    set(name "${chapter}/tracked/${stem}: its trace becomes a graph")
    add_test(NAME "${name}" COMMAND sh -c [[
      "$0" 2>"$2.txt" >/dev/null && "$1" "$2.dot" <"$2.txt" && grep -q "$3.cpp:" "$2.dot" && grep -q -- "->" "$2.dot" &&
      if command -v dot >/dev/null; then "$1" "$2.svg" <"$2.txt" && grep -q "<svg" "$2.svg"; fi && echo graph-made]]
      $<TARGET_FILE:${target}> $<TARGET_FILE:ch${nn}-trace_to_dot> "${CMAKE_CURRENT_BINARY_DIR}/trace-${stem}" ${stem})
    set_tests_properties("${name}" PROPERTIES LABELS chapter TIMEOUT 60 PASS_REGULAR_EXPRESSION graph-made)
  endforeach()

  # dangling/*.cpp use memory after it is freed, on purpose. Under AddressSanitizer (the asan
  # preset) their test expects its report; in other builds the test says it is skipped.
  file(GLOB dangling CONFIGURE_DEPENDS "${dir}/dangling/*.cpp")
  foreach(source IN LISTS dangling)
    get_filename_component(stem "${source}" NAME_WE)
    set(target ch${nn}-dangling-${stem})
    add_executable(${target} "${source}")
    a2a_program(${target})
    a2a_set_output(${target} "chapters/${chapter}/dangling" ${stem})
    set(name "${chapter}/dangling/${stem}: AddressSanitizer reports it")
    if(A2A_ASAN)
      add_test(NAME "${name}" COMMAND ${target})
      set_tests_properties("${name}" PROPERTIES LABELS chapter TIMEOUT 60
        ENVIRONMENT "TUTORIAL_TIME_SCALE=${A2A_TEST_TIME_SCALE};ASAN_OPTIONS=detect_stack_use_after_return=1"
        PASS_REGULAR_EXPRESSION "AddressSanitizer: (heap-use-after-free|stack-use-after-return)")
    else()
      add_test(NAME "${name}" COMMAND sh -c
        "echo 'skipped: only an AddressSanitizer build can see this bug (the asan preset, which ./tutorial verify runs)'; exit 77")
      set_tests_properties("${name}" PROPERTIES LABELS chapter SKIP_RETURN_CODE 77)
    endif()
  endforeach()
endfunction()

# exercises/NN-topic/: the learner's files are the *.cpp files that solutions/NN-topic/ also
# has; every other *.cpp there (the tests, code the exercise gives) is compiled only once.
function(a2a_exercise dir)
  get_filename_component(exercise "${dir}" NAME)
  string(SUBSTRING "${exercise}" 0 2 nn)
  a2a_needs_process("${dir}" needs_process)
  if(needs_process AND NOT A2A_HAVE_PROCESS)
    a2a_left_out_test("${exercise}: exercise left out" "exercise ${exercise}")
    return()
  endif()
  if(exercise IN_LIST A2A_NEEDS_ZMQ AND NOT TARGET cppzmq)
    a2a_left_out_test("${exercise}: exercise left out" "exercise ${exercise}" "needs ZeroMQ: apt install libzmq3-dev cppzmq-dev")
    return()
  endif()
  set(solution_dir "${CMAKE_SOURCE_DIR}/solutions/${exercise}")

  file(GLOB sources CONFIGURE_DEPENDS "${dir}/*.cpp")
  set(starters "")
  set(solutions "")
  set(tests "")
  foreach(source IN LISTS sources)
    get_filename_component(file "${source}" NAME)
    if(EXISTS "${solution_dir}/${file}")
      list(APPEND starters "${source}")
      list(APPEND solutions "${solution_dir}/${file}")
    else()
      list(APPEND tests "${source}")
    endif()
  endforeach()
  if(NOT starters)
    message(FATAL_ERROR "${exercise}: no file here has a solution in ${solution_dir}")
  endif()

  # Compiled once, linked into both the learner's program and the solution's.
  add_library(ex${nn}-checks OBJECT ${tests})
  target_include_directories(ex${nn}-checks PRIVATE "${dir}")
  a2a_test_program(ex${nn}-checks)
  if(TARGET ch${nn}-lib)
    target_link_libraries(ex${nn}-checks PRIVATE ch${nn}-lib)
  endif()

  foreach(kind IN ITEMS exercise solution)
    set(target ${kind}-${nn})
    if(kind STREQUAL "exercise")
      add_executable(${target} ${starters})
    else()
      add_executable(${target} ${solutions})
    endif()
    target_include_directories(${target} PRIVATE "${dir}")
    target_link_libraries(${target} PRIVATE ex${nn}-checks)
    a2a_test_program(${target})
    if(TARGET ch${nn}-lib)  # the chapter's shared code is the exercise's to use
      target_link_libraries(${target} PRIVATE ch${nn}-lib)
    endif()
    if(kind STREQUAL "exercise")
      # A starter may not use every parameter yet; that must not stop it compiling. After
      # a2a_test_program's -Wall -Wextra, which would turn the warning on again.
      target_compile_options(${target} PRIVATE -Wno-unused-parameter)
    endif()
    a2a_set_output(${target} "${kind}s/${exercise}" ${kind})
  endforeach()

  add_test(NAME "${exercise}: solution passes" COMMAND solution-${nn})
  set_tests_properties("${exercise}: solution passes" PROPERTIES LABELS solution TIMEOUT 60)
  add_test(NAME "${exercise}: starter fails its tests"
    COMMAND ${CMAKE_COMMAND} -DEXE=$<TARGET_FILE:exercise-${nn}>
            -P ${CMAKE_SOURCE_DIR}/cmake/expect_failing_tests.cmake)
  set_tests_properties("${exercise}: starter fails its tests" PROPERTIES LABELS starter TIMEOUT 60)
  add_test(NAME "${exercise}: has a TODO, hints and a solution"
    COMMAND ${CMAKE_COMMAND} "-DSTARTERS=${starters}" "-DSOLUTIONS=${solutions}"
            -DHINTS=${dir}/HINTS.md -P ${CMAKE_SOURCE_DIR}/cmake/check_exercise.cmake)
  set_tests_properties("${exercise}: has a TODO, hints and a solution" PROPERTIES LABELS exercise)
  a2a_if_threaded("${dir}" exercise-${nn} "${exercise}: solution passes"
                  "${exercise}: starter fails its tests")
  a2a_if_threaded("${dir}" solution-${nn})
endfunction()
