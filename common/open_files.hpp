// Thousands of connections or children need thousands of descriptors, more than the usual
// soft limit on open files (often 1,024). A process may raise its soft limit up to the hard
// one, as a server's start-up script would: the tests and benchmarks that need it call this.
#pragma once
#include <sys/resource.h>

// Returns the limit now in force.
inline rlim_t allow_many_open_files()
{
  rlimit limit{};
  getrlimit(RLIMIT_NOFILE, &limit);
  limit.rlim_cur = limit.rlim_max;
  setrlimit(RLIMIT_NOFILE, &limit);
  return limit.rlim_cur;
}
