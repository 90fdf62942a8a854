// Reading files: many small ones, then one large one, each way in one run: plain blocking
// read() with no loop (the floor), the thread pool (what aiofiles does), io_uring (Asio's
// stream_file) where this machine allows it, and Python (read_files.py: plain reads and
// asyncio.to_thread) when python3 is there. Every file is read once before the clock starts,
// so all of them measure reading from the page cache, which is what most reads are.
// smoke-test arguments: --files 20 --large-mb 4 --rounds 1
#include <benchmark.hpp>

#include "files.hpp"

#include <fcntl.h>
#include <fstream>
#include <unistd.h>

using clock_type = std::chrono::steady_clock;

std::size_t blocking_read(const std::filesystem::path& path, std::vector<char>& buffer)
{
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) throw std::system_error(errno, std::generic_category(), path.string());
  std::size_t total = 0;
  for (ssize_t n; (n = ::read(fd, buffer.data(), buffer.size())) > 0;) total += static_cast<std::size_t>(n);
  ::close(fd);
  return total;
}

// Reads every file to its end in 64 KB chunks, at most 64 files open at once.
asio::awaitable<std::size_t> read_all_files(const std::vector<std::filesystem::path>& paths, file_api api)
{
  a2a::semaphore open_files(64);
  auto read_one = [&](const std::filesystem::path& path) -> asio::awaitable<std::size_t> {
    auto held = co_await open_files.hold();
    auto file = co_await readable_file::open(path, api);
    std::vector<char> buffer(64 * 1024);
    std::size_t total = 0;
    while (std::size_t n = co_await file.read_some(buffer)) total += n;
    co_return total;
  };
  std::vector<asio::awaitable<std::size_t>> reads;
  for (auto& path : paths) reads.push_back(read_one(path));
  std::size_t total = 0;
  for (auto n : co_await a2a::gather(std::move(reads))) total += n;
  co_return total;
}

template <typename F>
double best_ms(int rounds, std::size_t expected_bytes, F run)
{
  double best = 1e300;
  for (int i = 0; i < rounds; ++i) {
    auto start = clock_type::now();
    std::size_t bytes = run();
    best = std::min(best, std::chrono::duration<double, std::milli>(clock_type::now() - start).count());
    if (bytes != expected_bytes) throw std::runtime_error("read a wrong number of bytes");
  }
  return best;
}

int main(int argc, char** argv)
{
  int files = 1000, large_mb = 256, rounds = 5;
  for (int i = 1; i + 1 < argc; i += 2) {
    std::string_view option = argv[i];
    int value = std::atoi(argv[i + 1]);
    if (option == "--files") files = value;
    else if (option == "--large-mb") large_mb = value;
    else if (option == "--rounds") rounds = value;
  }
  if (files <= 0 || large_mb <= 0 || rounds <= 0 || argc % 2 == 0) {
    fmt::print(stderr, "usage: file_benchmark [--files N] [--large-mb M] [--rounds R]  (default: 1000 256 5)\n");
    return 2;
  }

  auto folder = std::filesystem::temp_directory_path() / fmt::format("a2a-file-benchmark-{}", ::getpid());
  std::filesystem::create_directories(folder);
  std::vector<std::filesystem::path> small;
  std::string small_content(16 * 1024, 's');
  for (int i = 0; i < files; ++i) {
    small.push_back(folder / fmt::format("small{}.txt", i));
    std::ofstream(small.back()) << small_content;
  }
  auto large = folder / "large.txt";
  {
    std::ofstream out(large);
    std::string mb(1024 * 1024, 'L');
    for (int i = 0; i < large_mb; ++i) out << mb;
  }
  std::size_t small_bytes = small_content.size() * small.size(), large_bytes = std::size_t(large_mb) << 20;

  std::vector<char> buffer(64 * 1024);
  for (auto& path : small) blocking_read(path, buffer);  // into the page cache
  blocking_read(large, buffer);

  asio::io_context probe;
  std::string why;
  bool have_uring = best_file_api(probe.get_executor(), &why) == file_api::io_uring;
  auto python = benchmark::run_python(std::filesystem::path(__FILE__).parent_path() / "read_files.py",
                                      fmt::format("'{}' {} '{}' {}", folder.string(), files, large.string(), rounds));

  struct row {
    std::string what;
    std::vector<std::filesystem::path> paths;
    std::size_t bytes;
  };
  std::vector<row> rows{{fmt::format("{} files of 16 KB", files), small, small_bytes},
                        {fmt::format("one file of {} MB", large_mb), {large}, large_bytes}};
  fmt::print("milliseconds to read, best of {} (64 KB reads, page cache warm):\n", rounds);
  fmt::print("{:<22} {:>9} {:>12} {:>9} {:>13} {:>16}\n", "", "blocking", "thread pool", "io_uring", "Python plain",
             "Python to_thread");
  for (std::size_t r = 0; r < rows.size(); ++r) {
    const auto& paths = rows[r].paths;  // not a structured binding: clang 14 cannot capture one
    std::size_t bytes = rows[r].bytes;
    double floor = best_ms(rounds, bytes, [&] {
      std::size_t total = 0;
      for (auto& path : paths) total += blocking_read(path, buffer);
      return total;
    });
    double pool = best_ms(rounds, bytes, [&] { return a2a::run(read_all_files(paths, file_api::thread_pool)); });
    std::string uring = "-";
    if (have_uring)
      uring = fmt::format("{:.1f}", best_ms(rounds, bytes, [&] { return a2a::run(read_all_files(paths, file_api::io_uring)); }));
    std::string plain = "-", threaded = "-";
    if (python && python->size() == 4) {
      plain = (*python)[2 * r];
      threaded = (*python)[2 * r + 1];
    }
    fmt::print("{:<22} {:>9.1f} {:>12.1f} {:>9} {:>13} {:>16}\n", rows[r].what, floor, pool, uring, plain, threaded);
  }
  if (!have_uring) fmt::print("(io_uring not measured: {})\n", why);
  if (!python) fmt::print("(Python not measured: no python3, or its script failed)\n");
  std::filesystem::remove_all(folder);
}
