// The chapter's echo server against a raw epoll one and, when a python3 is there, an asyncio
// one, each its own process: 50 connections ping-pong 64-byte lines (messages/s, p50, p99),
// then bulk data through one connection (MB/s, every byte checked). The load side is plain
// Asio on one thread. Build it optimised: see the chapter README, "How fast".
// echo_benchmark [MESSAGES]   (default 200000); --row MESSAGES prints chapter 19's row.
#include <a2a/a2a.hpp>
#include <benchmark.hpp>

#include <child_program.hpp>

#include <algorithm>
#include <cstring>
#include <filesystem>

using asio::ip::tcp;
using clock_type = std::chrono::steady_clock;

struct measured {
  double messages_per_second = 0, p50_us = 0, p99_us = 0, bulk_mb_per_second = 0;
};

asio::awaitable<void> ping_pong(tcp::endpoint server, int messages, std::vector<double>& latencies_us)
{
  tcp::socket socket(co_await asio::this_coro::executor);
  co_await socket.async_connect(server, asio::use_awaitable);
  std::string message(63, 'p');
  message += '\n';
  std::string answer;
  for (int i = 0; i < messages; ++i) {
    auto sent = clock_type::now();
    co_await asio::async_write(socket, asio::buffer(message), asio::use_awaitable);
    std::size_t length = co_await asio::async_read_until(socket, asio::dynamic_buffer(answer), '\n', asio::use_awaitable);
    latencies_us.push_back(std::chrono::duration<double, std::micro>(clock_type::now() - sent).count());
    if (answer.compare(0, length, message) != 0) throw std::runtime_error("a wrong echo");
    answer.erase(0, length);
  }
}

// The bulk data: 4096-byte lines, line n made of the letter 'a' + n % 26. Knowing what each
// byte must be, the reader checks what comes back with memcmp, not a byte-by-byte hash,
// so that the load side stays cheaper than the servers it measures.
constexpr std::size_t line_size = 4096, lines_per_write = 16;

const std::string& line_of(std::size_t n)
{
  static std::vector<std::string> lines = [] {
    std::vector<std::string> all;
    for (char c = 'a'; c <= 'z'; ++c) {
      all.emplace_back(line_size, c);
      all.back().back() = '\n';
    }
    return all;
  }();
  return lines[n % 26];
}

// Sends `bytes` of lines while reading the echo back; throws if a byte differs.
asio::awaitable<void> bulk(tcp::endpoint server, std::size_t bytes)
{
  tcp::socket socket(co_await asio::this_coro::executor);
  co_await socket.async_connect(server, asio::use_awaitable);
  auto send = [&]() -> asio::awaitable<void> {
    std::string batch;
    for (std::size_t line = 0; line * line_size < bytes;) {
      batch.clear();
      for (std::size_t i = 0; i < lines_per_write && line * line_size < bytes; ++i) batch += line_of(line++);
      co_await asio::async_write(socket, asio::buffer(batch), asio::use_awaitable);
    }
  };
  auto receive = [&]() -> asio::awaitable<void> {
    std::vector<char> chunk(1 << 16);
    for (std::size_t done = 0; done < bytes;) {
      std::size_t n = co_await socket.async_read_some(asio::buffer(chunk), asio::use_awaitable);
      for (std::size_t checked = 0; checked < n;) {  // compare piece by piece with the lines sent
        std::size_t at = (done + checked) % line_size;
        std::size_t piece = std::min(n - checked, line_size - at);
        if (std::memcmp(chunk.data() + checked, line_of((done + checked) / line_size).data() + at, piece) != 0)
          throw std::runtime_error("the bulk data came back changed");
        checked += piece;
      }
      done += n;
    }
  };
  using namespace asio::experimental::awaitable_operators;
  co_await (send() && receive());
}

measured measure(std::vector<std::string> server_command, int messages, std::size_t bulk_bytes)
{
  auto server = start_program(std::move(server_command));
  tcp::endpoint where(asio::ip::make_address("127.0.0.1"), port_in(server.next_line()));
  constexpr int connections = 50;
  std::vector<std::vector<double>> latencies(connections);
  measured result;

  asio::io_context loop;
  auto start = clock_type::now();
  for (auto& one : latencies) asio::co_spawn(loop, ping_pong(where, messages / connections, one), asio::detached);
  loop.run();
  double seconds = std::chrono::duration<double>(clock_type::now() - start).count();

  std::vector<double> all;
  for (auto& one : latencies) all.insert(all.end(), one.begin(), one.end());
  if (all.size() != static_cast<std::size_t>(messages / connections * connections))
    throw std::runtime_error("some ping-pong connections failed");
  result.messages_per_second = static_cast<double>(all.size()) / seconds;
  std::sort(all.begin(), all.end());
  result.p50_us = all[all.size() / 2];
  result.p99_us = all[all.size() * 99 / 100];

  loop.restart();
  start = clock_type::now();
  std::exception_ptr bulk_failure;
  asio::co_spawn(loop, bulk(where, bulk_bytes), [&](std::exception_ptr e) { bulk_failure = e; });
  loop.run();
  if (bulk_failure) std::rethrow_exception(bulk_failure);
  result.bulk_mb_per_second = static_cast<double>(bulk_bytes) / 1e6 /
                              std::chrono::duration<double>(clock_type::now() - start).count();
  server.stop();
  return result;
}

void print_row(const std::string& name, const measured& m)
{
  fmt::print("  {:<22} {:>11.0f} {:>8.0f} {:>8.0f} {:>10.0f}\n", name, m.messages_per_second, m.p50_us, m.p99_us,
             m.bulk_mb_per_second);
}

// The chapter's server uses no helper of the runtime: it is plain Asio, so its row has no
// separate plain-Asio cell.
void print_table_row(int messages, const std::filesystem::path& servers, const std::filesystem::path& here)
{
  auto messages_per_second = [&](std::vector<std::string> command) {
    return fmt::format("{:.0f}", measure(std::move(command), messages, 1 << 20).messages_per_second);
  };
  benchmark::row row{fmt::format("echo server, 50 connections ping-ponging lines, {} in all (messages/s)", messages),
                     messages_per_second({(servers / "echo_server").string(), "--port", "0"}), "(the same)",
                     messages_per_second({(servers / "epoll_echo_server").string(), "--port", "0"})};
  if (auto python = benchmark::find_python()) {
    row.python = messages_per_second({*python, (here / "echo_server.py").string(), "--port", "0"});
    if (benchmark::python_has("uvloop"))
      row.uvloop = messages_per_second({*python, (here / "echo_server.py").string(), "--port", "0", "--uvloop"});
  }
  benchmark::print_row(row);
}

int main(int argc, char** argv)
{
  auto servers = std::filesystem::canonical("/proc/self/exe").parent_path().parent_path();
  auto here = std::filesystem::path(__FILE__).parent_path();
  if (argc == 3 && std::string_view(argv[1]) == "--row") {
    print_table_row(std::atoi(argv[2]), servers, here);
    return 0;
  }
  int messages = argc > 1 ? std::atoi(argv[1]) : 200'000;
  std::size_t bulk_bytes = std::max<std::size_t>(1, static_cast<std::size_t>(messages) / 1000) << 20;

  fmt::print("50 connections ping-ponging 64-byte lines ({} in all), then {} MiB through one connection\n",
             messages, bulk_bytes >> 20);
  fmt::print("  {:<22} {:>11} {:>8} {:>8} {:>10}\n", "server", "messages/s", "p50 us", "p99 us", "bulk MB/s");
  auto asio_server = measure({(servers / "echo_server").string(), "--port", "0"}, messages, bulk_bytes);
  print_row("chapter 13 (Asio)", asio_server);
  auto epoll_server = measure({(servers / "epoll_echo_server").string(), "--port", "0"}, messages, bulk_bytes);
  print_row("raw epoll", epoll_server);
  if (auto python = benchmark::find_python())
    print_row("Python asyncio", measure({*python, (here / "echo_server.py").string(), "--port", "0"}, messages, bulk_bytes));
  else
    fmt::print("  Python asyncio: not measured (no python3)\n");
  fmt::print("  chapter 13 / epoll: {:.0f}% of the messages/s, p99 {:.2f}x, {:.0f}% of the bulk MB/s\n",
             100 * asio_server.messages_per_second / epoll_server.messages_per_second,
             asio_server.p99_us / epoll_server.p99_us,
             100 * asio_server.bulk_mb_per_second / epoll_server.bulk_mb_per_second);
}
