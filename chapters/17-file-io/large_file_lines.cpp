// A large file, line by line, in bounded memory (the source's process_large_file): one
// 64 KB buffer is refilled again and again, so 16 MB or 16 GB cost the same memory. Reading
// it whole (read_file) would hold all of it.
#include "files.hpp"
#include <unistd.h>

asio::awaitable<void> async_main()
{
  std::string why;
  auto api = best_file_api(co_await asio::this_coro::executor, &why);
  fmt::print(stderr, "[files: {}{}]\n", name_of(api), why.empty() ? "" : "; " + why);

  auto path = std::filesystem::temp_directory_path() / fmt::format("a2a-large-{}.txt", ::getpid());
  {
    std::string data;
    for (int i = 0; data.size() < 16 * 1024 * 1024; ++i) data += i % 10 == 9 ? "\n" : fmt::format("line {}\n", i);
    co_await write_file(path, std::move(data), api);
  }

  auto file = co_await readable_file::open(path, api);
  std::size_t lines = 0, not_blank = 0, longest = 0;
  co_await for_each_line(file, [&](std::string_view line) {
    ++lines;
    not_blank += !line.empty();
    longest = std::max(longest, line.size());
  });
  fmt::print("{} lines, {} not blank, the longest {} bytes\n", lines, not_blank, longest);
  fmt::print("a {} MB file, read through one buffer of 64 KB\n", std::filesystem::file_size(path) >> 20);
  std::filesystem::remove(path);
}

int main()
{
  a2a::run(async_main());
}
