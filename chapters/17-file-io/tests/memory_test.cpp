// Memory while reading: every operator new of this test program is counted.
#include "file_testing.hpp"

#include "heap_meter.hpp"  // replaces operator new: in this one file of the program

#include <fstream>

TEST_CASE("a 32 MB file line by line: the heap never grows by more than the 64 KB buffer and a bit")
{
  if (!heap_meter::available) {
    WARN("not measured: this sanitizer build has its own operator new");
    return;
  }
  auto path = scratch("large");
  {
    std::ofstream out(path);
    std::string line(99, 'x');
    for (int i = 0; i < 32 * 1024 * 1024 / 100; ++i) out << line << '\n';
  }
  for (auto api : ways_here()) {
    INFO(name_of(api));
    std::size_t lines = 0;
    auto line_by_line = heap_meter::growth_during([&] {
      a2a::run([&]() -> asio::awaitable<void> {
        auto file = co_await readable_file::open(path, api);
        co_await for_each_line(file, [&](std::string_view) { ++lines; });
      }());
    });
    CHECK(lines == 32 * 1024 * 1024 / 100);
    CHECK(line_by_line < 256 * 1024);

    // The measure can see growth: reading the file whole holds all of it.
    auto whole = heap_meter::growth_during([&] { a2a::run(read_file(path, api)); });
    CHECK(whole >= 32 * 1024 * 1024);
  }
  std::filesystem::remove(path);
}
