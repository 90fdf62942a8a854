// Many files, each read, changed and written to a new file (the source's process_file),
// with at most four in hand at a time, so at most four open: a process may hold only so
// many (ulimit -n, often 1,024), and a thousand files started at once with gather would
// open them all.
#include "files.hpp"

#include <algorithm>
#include <cctype>
#include <unistd.h>

asio::awaitable<std::string> shout_file(a2a::semaphore& open_files, int& most_open, std::filesystem::path input,
                                        std::filesystem::path output, file_api api)
{
  auto held = co_await open_files.hold();  // for the input, and then the output
  std::string content;
  {
    auto file = co_await readable_file::open(input, api);
    most_open = std::max(most_open, readable_file::open_now());
    char chunk[4096];
    while (std::size_t n = co_await file.read_some(chunk)) content.append(chunk, n);
  }  // closed here
  std::ranges::transform(content, content.begin(), [](unsigned char c) { return std::toupper(c); });
  co_await write_file(output, std::move(content), api);
  co_return fmt::format("{} -> {}", input.filename().string(), output.filename().string());
}

asio::awaitable<void> async_main()
{
  std::string why;
  auto api = best_file_api(co_await asio::this_coro::executor, &why);
  fmt::print(stderr, "[files: {}{}]\n", name_of(api), why.empty() ? "" : "; " + why);

  auto folder = std::filesystem::temp_directory_path() / fmt::format("a2a-many-files-{}", ::getpid());
  std::filesystem::create_directories(folder);
  std::vector<asio::awaitable<std::string>> jobs;
  a2a::semaphore open_files(4);
  int most_open = 0;
  for (int i = 1; i <= 12; ++i) {
    auto input = folder / fmt::format("input{:02}.txt", i);
    co_await write_file(input, fmt::format("file number {}\n", i), api);
    jobs.push_back(shout_file(open_files, most_open, input, folder / fmt::format("output{:02}.txt", i), api));
  }
  for (auto& line : co_await a2a::gather(std::move(jobs))) fmt::print("{}\n", line);
  fmt::print("output12.txt says: {}", co_await read_file(folder / "output12.txt", api));
  fmt::print("input files open at once: {}\n", most_open <= 4 ? "never more than 4" : "MORE THAN 4");
  std::filesystem::remove_all(folder);
}

int main()
{
  a2a::run(async_main());
}
