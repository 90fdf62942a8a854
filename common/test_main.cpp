// The main() of every test program: Catch2's, after making time run faster (A2A_TEST_TIME_SCALE
// in CMake; story times, and so every expected value, stay the same: see a2a/instruments/).
#if __has_include(<catch2/catch_session.hpp>)
#include <catch2/catch_session.hpp>
#else
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>
#endif

#include <cstdlib>

int main(int argc, char* argv[])
{
  setenv("TUTORIAL_TIME_SCALE", A2A_TEST_TIME_SCALE, /*overwrite=*/0);
  return Catch::Session().run(argc, argv);
}
