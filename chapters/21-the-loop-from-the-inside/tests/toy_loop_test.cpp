// The toy loop with real coroutines: many tasks, a long chain, and chapter 13's checks
// against the echo server running on it (a process of its own, driven by Asio clients).
#include "testing.hpp"

#include "spawn.hpp"

#include <a2a/a2a.hpp>
#include <child_program.hpp>
#include <open_files.hpp>

#include <algorithm>
#include <cstdlib>

using namespace std::chrono_literals;
using asio::ip::tcp;

namespace {

toy::task<> sleeper(toy::clock::time_point start, std::chrono::milliseconds how_long, std::vector<long>& woken)
{
  co_await toy::sleep_until{start + how_long};
  woken.push_back(how_long.count());
}

toy::task<long> sum_down(long n)
{
  if (n == 0) co_return 0;
  co_return n + co_await sum_down(n - 1);
}

}  // namespace

TEST_CASE("10,000 spawned tasks sleeping at once all wake, in the order of their deadlines")
{
  toy::loop loop;
  std::vector<long> woken;  // how long each slept, in the order they woke
  auto main = [&]() -> toy::task<> {
    auto start = toy::clock::now() + 50ms;  // one start for all: their deadlines are comparable
    for (int i = 0; i < 10'000; ++i) toy::spawn(sleeper(start, std::chrono::milliseconds(1 + i % 20), woken));
    while (woken.size() < 10'000) co_await toy::sleep_for{5ms};
  };
  loop.run(main());
  CHECK(woken.size() == 10'000);
  CHECK(std::is_sorted(woken.begin(), woken.end()));
}

TEST_CASE("a chain of a million awaits does not overflow the stack (symmetric transfer)")
{
  toy::loop loop;
  CHECK(loop.run(sum_down(1'000'000)) == 500'000'500'000);
}

TEST_CASE("an exception crosses co_await on the toy loop")
{
  auto fails = []() -> toy::task<int> {
    throw std::runtime_error("broken");
    co_return 0;
  };
  auto catches = [&]() -> toy::task<std::string> {
    try {
      co_await fails();
    } catch (const std::runtime_error& e) {
      co_return e.what();
    }
    co_return "nothing thrown";
  };
  toy::loop loop;
  CHECK(loop.run(catches()) == "broken");
}

TEST_CASE("a main task that waits for what can never happen is a deadlock the loop reports")
{
  auto waits_forever = []() -> toy::task<> { co_await std::suspend_always{}; };
  toy::loop loop;
  CHECK_THROWS_AS(loop.run(waits_forever()), std::logic_error);
}

TEST_CASE("the echo server on the toy loop: 1,000 clients at once, each gets its own bytes back")
{
  allow_many_open_files();
  const char* programs = std::getenv("A2A_PROGRAMS");
  REQUIRE(programs != nullptr);
  auto server = start_program({std::string(programs) + "/toy_echo_server", "--port", "0"});
  tcp::endpoint where(asio::ip::make_address("127.0.0.1"), port_in(server.next_line()));

  auto client = [&](int id) -> asio::awaitable<bool> {
    tcp::socket socket(co_await asio::this_coro::executor);
    co_await socket.async_connect(where, asio::use_awaitable);
    std::string message = fmt::format("client {} says hello\n", id);
    co_await asio::async_write(socket, asio::buffer(message), asio::use_awaitable);
    socket.shutdown(tcp::socket::shutdown_send);
    std::string answer;
    co_await asio::async_read(socket, asio::dynamic_buffer(answer), asio::as_tuple(asio::use_awaitable));
    co_return answer == message;
  };
  auto all_right = a2a::run([&]() -> asio::awaitable<int> {
    std::vector<asio::awaitable<bool>> clients;
    for (int id = 0; id < 1000; ++id) clients.push_back(client(id));
    int right = 0;
    for (bool ok : co_await a2a::gather(std::move(clients))) right += ok;
    co_return right;
  }());
  CHECK(all_right == 1000);
  CHECK(server.stop(SIGTERM) == 0);
}

TEST_CASE("the echo server on the toy loop: 256 MiB through one connection, nothing lost or reordered")
{
  const char* programs = std::getenv("A2A_PROGRAMS");
  REQUIRE(programs != nullptr);
  auto server = start_program({std::string(programs) + "/toy_echo_server", "--port", "0"});
  tcp::endpoint where(asio::ip::make_address("127.0.0.1"), port_in(server.next_line()));
  constexpr std::size_t total = 256u << 20;

  auto mismatches = a2a::run([&]() -> asio::awaitable<std::size_t> {
    tcp::socket socket(co_await asio::this_coro::executor);
    co_await socket.async_connect(where, asio::use_awaitable);
    auto byte_at = [](std::size_t i) { return static_cast<char>('a' + (i / 4096 + i) % 26); };
    auto send = [&]() -> asio::awaitable<void> {
      std::vector<char> chunk(1 << 16);
      for (std::size_t sent = 0; sent < total; sent += chunk.size()) {
        for (std::size_t i = 0; i < chunk.size(); ++i) chunk[i] = byte_at(sent + i);
        co_await asio::async_write(socket, asio::buffer(chunk), asio::use_awaitable);
      }
      socket.shutdown(tcp::socket::shutdown_send);
    };
    std::size_t wrong = 0, received = 0;
    auto receive = [&]() -> asio::awaitable<void> {
      std::vector<char> chunk(1 << 16);
      for (;;) {
        auto [error, n] = co_await socket.async_read_some(asio::buffer(chunk), asio::as_tuple(asio::use_awaitable));
        for (std::size_t i = 0; i < n; ++i) wrong += chunk[i] != byte_at(received + i);
        received += n;
        if (error) break;
      }
    };
    using namespace asio::experimental::awaitable_operators;
    co_await (send() && receive());
    co_return wrong + (received == total ? 0 : 1);
  }());
  CHECK(mismatches == 0);
  CHECK(server.stop(SIGTERM) == 0);
}
