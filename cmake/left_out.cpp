// Stands in for an example that this machine's libraries cannot build (A2A_LEFT_OUT says
// why). Exit code 77 tells CTest to report its test as skipped.
#include <cstdio>

int main()
{
  std::fprintf(stderr, "Left out of this build: %s\n", A2A_LEFT_OUT);
  return 77;
}
