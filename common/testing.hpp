// Catch2 v2 (Debian 12) or v3, whichever is installed: tests include this, never Catch2 itself.
// Never co_await inside CHECK/REQUIRE: g++ 12 runs the expression three times (Catch2 repeats it
// in code that is never meant to run). Await into a variable first, then check the variable.
#pragma once
#if __has_include(<catch2/catch_test_macros.hpp>)
#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>
#else
#include <catch2/catch.hpp>
#endif
