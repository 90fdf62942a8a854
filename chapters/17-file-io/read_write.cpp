// Write a file, then read it back (the source's write_file and read_file), with the best way
// this machine has: io_uring, or blocking calls on the thread pool where io_uring is
// refused. Which one ran goes to stderr: the output is the same either way.
#include "files.hpp"
#include <unistd.h>

asio::awaitable<void> async_main()
{
  std::string why;
  auto api = best_file_api(co_await asio::this_coro::executor, &why);
  fmt::print(stderr, "[files: {}{}]\n", name_of(api), why.empty() ? "" : "; " + why);

  auto path = std::filesystem::temp_directory_path() / fmt::format("a2a-greeting-{}.txt", ::getpid());
  co_await write_file(path, "written without blocking the loop\n", api);
  auto content = co_await read_file(path, api);
  fmt::print("read back {} bytes: {}", content.size(), content);
  std::filesystem::remove(path);
}

int main()
{
  a2a::run(async_main());
}
