// `wc` for many files at once: lines, words and bytes of each file, read concurrently, with
// at most `open_limit` files open at a time and memory that does not grow with a file's size.
#pragma once
#include "files.hpp"  // chapter 17's lib: readable_file, file_api, best_file_api

#include <filesystem>
#include <string>
#include <vector>

struct counts {
  std::size_t lines = 0;  // '\n' characters, as wc -l counts them
  std::size_t words = 0;  // runs of characters that are not white space (std::isspace)
  std::size_t bytes = 0;
  bool operator==(const counts&) const = default;
};

struct file_counts {
  std::filesystem::path path;
  counts counted;
  std::string error;  // why it could not be read ("x.txt: No such file or directory"), or empty
};

// One result per path, in the order given. A file that cannot be read gets its error, and the
// others are counted all the same. Files are read through readable_file, whose open_now()
// the tests watch.
asio::awaitable<std::vector<file_counts>> count_files(std::vector<std::filesystem::path> paths,
                                                      std::size_t open_limit, file_api api);
