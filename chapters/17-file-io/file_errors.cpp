// What goes wrong with files, and the message each case gives: a file that does not exist,
// a directory, a file we may not read, a folder that does not exist to write into. Every
// error names the file, in both ways of reading.
#include "files.hpp"
#include "without_root_powers.hpp"

#include <fstream>
#include <unistd.h>

asio::awaitable<void> try_reading(std::string what, std::filesystem::path path, file_api api)
{
  try {
    auto content = co_await read_file(path, api);
    fmt::print("  {}: read {} bytes?\n", what, content.size());
  } catch (const std::system_error& e) {
    fmt::print("  {}: {}\n", what, e.what());
  }
}

asio::awaitable<void> async_main()
{
  auto folder = std::filesystem::temp_directory_path() / fmt::format("a2a-file-errors-{}", ::getpid());
  std::filesystem::create_directories(folder);
  std::filesystem::current_path(folder);  // short names in the messages
  std::ofstream("secret.txt") << "for the owner's eyes only\n";
  std::filesystem::permissions("secret.txt", std::filesystem::perms::none);

  auto best = best_file_api(co_await asio::this_coro::executor);
  std::pair<std::string_view, file_api> ways[] = {{"the best way here (io_uring where it works)", best},
                                                   {"the thread pool", file_api::thread_pool}};
  for (auto [way, api] : ways) {
    fmt::print("{}:\n", way);
    co_await try_reading("missing", "no-such-file.txt", api);
    co_await try_reading("a directory", ".", api);
    co_await try_reading("no permission", "secret.txt", api);
    try {
      co_await write_file("no-such-folder/out.txt", "text", api);
    } catch (const std::system_error& e) {
      fmt::print("  writing into a missing folder: {}\n", e.what());
    }
  }
  std::filesystem::current_path("/");
  std::filesystem::remove_all(folder);
}

int main()
{
  give_up_root_file_powers();  // so that "no permission" happens even to root
  a2a::run(async_main());
}
