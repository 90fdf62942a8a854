// lib/ in both of its ways: the thread pool always, io_uring where this machine allows it
// (and the fallback forced through A2A_FILE_API). Memory is memory_test.cpp's.
#include "file_testing.hpp"
#include "without_root_powers.hpp"

#include <fstream>

namespace {
// Before any thread: "permission denied" must happen to root too.
const bool no_root_powers = (give_up_root_file_powers(), true);

std::vector<std::string> lines_of(const std::filesystem::path& path, file_api api, std::size_t max_line)
{
  return a2a::run([&]() -> asio::awaitable<std::vector<std::string>> {
    std::vector<std::string> lines;
    auto file = co_await readable_file::open(path, api);
    co_await for_each_line(file, [&](std::string_view line) { lines.emplace_back(line); }, max_line);
    co_return lines;
  }());
}
}  // namespace

TEST_CASE("A2A_FILE_API=thread_pool forces the fallback")
{
  asio::io_context loop;
  ::setenv("A2A_FILE_API", "thread_pool", 1);
  std::string why;
  auto api = best_file_api(loop.get_executor(), &why);
  ::unsetenv("A2A_FILE_API");
  CHECK(api == file_api::thread_pool);
  CHECK(why == "A2A_FILE_API=thread_pool");
}

TEST_CASE("write then read: 5 MB of every byte value come back the same, both ways")
{
  std::string data;
  for (std::size_t i = 0; data.size() < 5 * 1024 * 1024 + 7; ++i) data += static_cast<char>((i * 7919) % 256);
  for (auto api : ways_here()) {
    INFO(name_of(api));
    auto path = scratch("round-trip");
    auto back = a2a::run([&]() -> asio::awaitable<std::string> {
      co_await write_file(path, data, api);
      co_return co_await read_file(path, api);
    }());
    CHECK(back.size() == data.size());
    CHECK(back == data);
    std::filesystem::remove(path);
  }
}

TEST_CASE("lines: blank ones, no newline at the end, overlong ones in pieces, an empty file")
{
  for (auto api : ways_here()) {
    INFO(name_of(api));
    auto path = scratch("lines");
    std::ofstream(path) << "one\n\nthree and more\nlast";
    CHECK(lines_of(path, api, 8) == std::vector<std::string>{"one", "", "three an", "d more", "last"});
    std::ofstream(path, std::ios::trunc).flush();
    CHECK(lines_of(path, api, 8).empty());
    std::ofstream(path, std::ios::trunc) << "12345678\n\nxy\n";  // a line exactly as long as the buffer
    CHECK(lines_of(path, api, 8) == std::vector<std::string>{"12345678", "", "xy"});
    std::filesystem::remove(path);
  }
}

TEST_CASE("errors name the file: missing, a directory, no permission, a missing folder")
{
  auto secret = scratch("secret");
  std::ofstream(secret) << "private\n";
  std::filesystem::permissions(secret, std::filesystem::perms::none);
  auto message_for = [](auto work) -> std::string {
    try {
      a2a::run(work());
    } catch (const std::system_error& e) {
      return e.what();
    }
    return "no error";
  };
  for (auto api : ways_here()) {
    INFO(name_of(api));
    auto read = [api](std::filesystem::path path) {
      return [api, path]() -> asio::awaitable<void> { co_await read_file(path, api); };
    };
    CHECK(message_for(read("/no/such/file")) == "/no/such/file: No such file or directory");
    CHECK(message_for(read("/tmp")) == "/tmp: Is a directory");
    CHECK(message_for(read(secret)) == secret.string() + ": Permission denied");
    auto write = [api]() -> asio::awaitable<void> { co_await write_file("/no/such/folder/out.txt", "x", api); };
    CHECK(message_for(write) == "/no/such/folder/out.txt: No such file or directory");
  }
  std::filesystem::remove(secret);
}

TEST_CASE("a written file gets mode 0644 (less the umask), not executable, both ways")
{
  for (auto api : ways_here()) {
    INFO(name_of(api));
    auto path = scratch("mode");
    a2a::run(write_file(path, "text\n", api));
    auto perms = std::filesystem::status(path).permissions();
    CHECK((perms & std::filesystem::perms::owner_exec) == std::filesystem::perms::none);
    CHECK((perms & std::filesystem::perms::owner_write) != std::filesystem::perms::none);
    std::filesystem::remove(path);
  }
}

TEST_CASE("open_now counts the readable_files open in this process")
{
  for (auto api : ways_here()) {
    auto path = scratch("count");
    std::ofstream(path) << "x";
    a2a::run([&]() -> asio::awaitable<void> {
      int before = readable_file::open_now();
      {
        auto a = co_await readable_file::open(path, api);
        auto b = co_await readable_file::open(path, api);
        auto moved = std::move(a);
        CHECK(readable_file::open_now() == before + 2);
        moved = std::move(b);  // the file `moved` had is closed
        CHECK(readable_file::open_now() == before + 1);
      }
      CHECK(readable_file::open_now() == before);
    }());
    std::filesystem::remove(path);
  }
}
