// Several files read at once, the way aiofiles does it (the source's first aiofiles
// example): each read is a blocking call on a thread of the pool, and gather awaits them
// all. The loop's own thread never blocks on the disk.
#include "files.hpp"

#include <thread>
#include <unistd.h>

asio::awaitable<std::pair<std::string, std::size_t>> size_of(std::filesystem::path path)
{
  auto content = co_await read_file(path, file_api::thread_pool);
  co_return std::pair(path.filename().string(), content.size());
}

asio::awaitable<void> async_main()
{
  auto folder = std::filesystem::temp_directory_path() / fmt::format("a2a-read-in-parallel-{}", ::getpid());
  std::filesystem::create_directories(folder);
  std::vector<std::filesystem::path> paths;
  for (int i = 1; i <= 3; ++i) {
    paths.push_back(folder / fmt::format("notes{}.txt", i));
    co_await write_file(paths.back(), std::string(1000 * i, 'n'), file_api::thread_pool);
  }

  std::vector<asio::awaitable<std::pair<std::string, std::size_t>>> reads;
  for (auto& path : paths) reads.push_back(size_of(path));
  for (auto& [name, size] : co_await a2a::gather(std::move(reads))) fmt::print("{}: {} bytes\n", name, size);

  auto loop_thread = std::this_thread::get_id();
  auto reader_thread = co_await a2a::to_thread([] { return std::this_thread::get_id(); });
  fmt::print("the blocking calls ran on the loop's thread: {}\n", reader_thread == loop_thread ? "yes" : "no");
  std::filesystem::remove_all(folder);
}

int main()
{
  a2a::run(async_main());
}
