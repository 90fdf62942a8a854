// What the chapter's test files share: the ways to test on this machine, and scratch paths.
#pragma once
#include "testing.hpp"

#include "files.hpp"

#include <unistd.h>

// The thread pool always; io_uring too where this machine allows it (else the test says so).
inline std::vector<file_api> ways_here()
{
  std::string why;
  std::vector<file_api> ways{file_api::thread_pool};
  asio::io_context probe;
  if (best_file_api(probe.get_executor(), &why) == file_api::io_uring) {
    ways.push_back(file_api::io_uring);
  } else {
    WARN("io_uring not tested: " << why);
  }
  return ways;
}

inline std::filesystem::path scratch(const std::string& name)
{
  return std::filesystem::temp_directory_path() / fmt::format("a2a-ch17-{}-{}", ::getpid(), name);
}
