#include "word_count.hpp"

#include <cctype>

asio::awaitable<std::vector<file_counts>> count_files(std::vector<std::filesystem::path> paths,
                                                      std::size_t open_limit, file_api api)
{
  // TODO: count the files concurrently, at most open_limit of them open at a time, each read
  // in chunks into one fixed buffer (readable_file::read_some), not whole; and give a file
  // that cannot be read its error message instead of stopping.
  std::vector<file_counts> results;
  for (auto& path : paths) {
    file_counts result{path, {}, {}};
    std::string content = co_await read_file(path, api);
    result.counted.bytes = content.size();
    bool in_word = false;
    for (unsigned char c : content) {
      if (c == '\n') ++result.counted.lines;
      bool space = std::isspace(c) != 0;
      if (!space && !in_word) ++result.counted.words;
      in_word = !space;
    }
    results.push_back(std::move(result));
  }
  co_return results;
}
