// A whole file, or its lines one at a time, built on readable_file alone.
#include "files.hpp"

#include <cstring>

asio::awaitable<std::string> read_file(std::filesystem::path path, file_api api)
{
  auto file = co_await readable_file::open(path, api);
  std::string content;
  std::size_t size = 0;
  for (;;) {
    content.resize(size + 64 * 1024);
    std::size_t n = co_await file.read_some(std::span(content).subspan(size));
    if (n == 0) break;
    size += n;
  }
  content.resize(size);
  co_return content;
}

asio::awaitable<void> for_each_line(readable_file& file, std::function<void(std::string_view)> on_line,
                                    std::size_t max_line)
{
  std::vector<char> buffer(max_line);
  std::size_t kept = 0;  // the start of an unfinished line, at the front of the buffer
  bool cut = false;      // the last piece handed over was a full buffer: its line goes on
  for (;;) {
    std::size_t n = co_await file.read_some(std::span(buffer).subspan(kept));
    if (n == 0) {
      if (kept > 0) on_line({buffer.data(), kept});  // the last line had no '\n'
      co_return;
    }
    std::size_t end = kept + n, start = 0;
    if (cut && buffer[0] == '\n') start = 1;  // the end of the cut line, not an empty line
    cut = false;
    for (std::size_t at = start; at < end;) {
      auto* newline = static_cast<char*>(std::memchr(buffer.data() + at, '\n', end - at));
      if (newline == nullptr) break;
      at = static_cast<std::size_t>(newline - buffer.data());
      on_line({buffer.data() + start, at - start});
      start = ++at;
    }
    kept = end - start;
    if (kept == buffer.size()) {  // a line longer than the buffer: hand over a piece
      on_line({buffer.data(), kept});
      kept = 0;
      cut = true;
    } else {
      std::memmove(buffer.data(), buffer.data() + start, kept);
    }
  }
}
