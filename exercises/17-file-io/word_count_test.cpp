#include "testing.hpp"

#include "word_count.hpp"

#include "heap_meter.hpp"  // counts every operator new of this program (chapter 17's lib)

#include <fstream>

// Catch2 shows a failed comparison of counts as {lines, words, bytes}.
std::ostream& operator<<(std::ostream& out, const counts& c)
{
  return out << '{' << c.lines << ", " << c.words << ", " << c.bytes << '}';
}

namespace {
std::filesystem::path folder()
{
  static auto path = [] {
    auto p = std::filesystem::temp_directory_path() / fmt::format("a2a-ex17-{}", ::getpid());
    std::filesystem::create_directories(p);
    return p;
  }();
  return path;
}

std::filesystem::path file_with(const std::string& name, const std::string& content)
{
  auto path = folder() / name;
  std::ofstream(path, std::ios::binary) << content;
  return path;
}

std::vector<file_api> ways_here()
{
  asio::io_context probe;
  std::vector<file_api> ways{file_api::thread_pool};
  if (best_file_api(probe.get_executor()) == file_api::io_uring) ways.push_back(file_api::io_uring);
  return ways;
}
}  // namespace

TEST_CASE("lines, words and bytes as wc counts them, in the order given")
{
  auto a = file_with("a.txt", "one two\nthree\n");
  auto b = file_with("b.txt", "  spaced\tout \n\n words without a final newline");
  auto empty = file_with("empty.txt", "");
  for (auto api : ways_here()) {
    INFO(name_of(api));
    auto results = a2a::run(count_files({a, b, empty}, 2, api));
    REQUIRE(results.size() == 3);
    CHECK(results[0].path == a);
    CHECK(results[0].counted == counts{2, 3, 14});
    CHECK(results[1].counted == counts{2, 7, 45});
    CHECK(results[2].counted == counts{0, 0, 0});
    for (auto& result : results) CHECK(result.error.empty());
  }
}

TEST_CASE("a file that cannot be read gets its error; the others are counted")
{
  auto good = file_with("good.txt", "fine\n");
  auto missing = folder() / "missing.txt";
  for (auto api : ways_here()) {
    INFO(name_of(api));
    auto results = a2a::run(count_files({missing, good, folder()}, 4, api));
    REQUIRE(results.size() == 3);
    CHECK(results[0].error == missing.string() + ": No such file or directory");
    CHECK(results[1].counted == counts{1, 1, 5});
    CHECK(results[1].error.empty());
    CHECK(results[2].error == folder().string() + ": Is a directory");
  }
}

TEST_CASE("15 files, at most 5 open at once: 5 are open together, never 6")
{
  std::vector<std::filesystem::path> paths;
  std::string content;
  for (int i = 0; i < 65536; ++i) content += "a line of words\n";  // 1 MB: many reads each
  for (int i = 0; i < 15; ++i) paths.push_back(file_with(fmt::format("many{}.txt", i), content));
  for (auto api : ways_here()) {
    INFO(name_of(api));
    int most_open = 0;
    auto results = a2a::run([&]() -> asio::awaitable<std::vector<file_counts>> {
      bool done = false;
      auto watch = [&]() -> asio::awaitable<void> {  // looks between the loop's steps
        while (!done) {
          most_open = std::max(most_open, readable_file::open_now());
          co_await asio::post(co_await asio::this_coro::executor, asio::use_awaitable);
        }
      };
      auto watcher = a2a::create_task(co_await asio::this_coro::executor, watch());
      auto counted = co_await count_files(paths, 5, api);
      done = true;
      co_await watcher.get();
      co_return counted;
    }());
    REQUIRE(results.size() == 15);
    for (auto& result : results) CHECK(result.counted == counts{65536, 262144, content.size()});
    CHECK(most_open == 5);
  }
}

TEST_CASE("a 32 MB file, and one 8 MB line: the heap grows by far less than the file")
{
  std::string lines;
  while (lines.size() < 32 * 1024 * 1024) lines += "some words on a line\n";
  auto big = file_with("big.txt", lines);
  auto one_line = file_with("one-line.txt", std::string(8 * 1024 * 1024, 'w'));
  lines = std::string();
  for (auto api : ways_here()) {
    INFO(name_of(api));
    std::vector<file_counts> results;
    auto growth = heap_meter::growth_during([&] { results = a2a::run(count_files({big, one_line}, 1, api)); });
    if (heap_meter::available) {
      CHECK(growth < 1024 * 1024);
    } else {
      WARN("the heap is not measured in this sanitizer build (it has its own operator new)");
    }
    REQUIRE(results.size() == 2);
    CHECK(results[0].counted.words == results[0].counted.lines * 5);
    CHECK(results[1].counted == counts{0, 1, 8 * 1024 * 1024});
  }
  std::filesystem::remove_all(folder());
}
