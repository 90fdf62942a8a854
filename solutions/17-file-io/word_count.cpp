#include "word_count.hpp"

#include <cctype>

namespace {
// Counts as the bytes arrive, one buffer at a time; `in_word` carries a word that a
// buffer's end cuts in two.
asio::awaitable<counts> count_one(const std::filesystem::path& path, file_api api)
{
  auto file = co_await readable_file::open(path, api);
  counts counted;
  bool in_word = false;
  std::vector<char> buffer(64 * 1024);
  while (std::size_t n = co_await file.read_some(buffer)) {
    counted.bytes += n;
    for (unsigned char c : std::span(buffer).first(n)) {
      if (c == '\n') ++counted.lines;
      bool space = std::isspace(c) != 0;
      if (!space && !in_word) ++counted.words;
      in_word = !space;
    }
  }
  co_return counted;
}

asio::awaitable<file_counts> count_when_allowed(a2a::semaphore& open_files, std::filesystem::path path, file_api api)
{
  file_counts result{path, {}, {}};
  auto held = co_await open_files.hold();
  try {
    result.counted = co_await count_one(path, api);
  } catch (const std::system_error& e) {
    result.error = e.what();
  }
  co_return result;
}
}  // namespace

asio::awaitable<std::vector<file_counts>> count_files(std::vector<std::filesystem::path> paths,
                                                      std::size_t open_limit, file_api api)
{
  a2a::semaphore open_files(open_limit);
  std::vector<asio::awaitable<file_counts>> counting;
  for (auto& path : paths) counting.push_back(count_when_allowed(open_files, path, api));
  co_return co_await a2a::gather(std::move(counting));
}
