// The main() of every test program: Catch2's, after making time run 100x faster
// (story times, and so every expected value, stay the same; see a2a/clock.hpp).
#if __has_include(<catch2/catch_session.hpp>)
#include <catch2/catch_session.hpp>
#else
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>
#endif

#include <cstdlib>

int main(int argc, char* argv[])
{
  setenv("TUTORIAL_TIME_SCALE", "100", /*overwrite=*/0);
  return Catch::Session().run(argc, argv);
}
