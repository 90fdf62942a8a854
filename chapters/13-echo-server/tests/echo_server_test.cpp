// The echo server against many clients and much data: real sockets on 127.0.0.1, port 0,
// every loop bounded.
#include "checksum.hpp"
#include "echo_clients.hpp"
#include "testing.hpp"

TEST_CASE("1,000 clients at once: every byte comes back to the client that sent it")
{
  allow_many_open_files();
  auto wrong = with_server<int>({}, [](echo_server& server) -> asio::awaitable<int> {
    int wrong = 0;
    auto client = [&](int id) -> asio::awaitable<void> {
      auto line = fmt::format("client {} says hello\n", id);
      auto answer = co_await exchange(server.local_endpoint(), line);
      if (answer != line) ++wrong;
    };
    std::vector<asio::awaitable<void>> clients;
    for (int id = 0; id < 1000; ++id) clients.push_back(client(id));
    co_await a2a::gather(std::move(clients));
    co_return wrong;
  });
  CHECK(wrong == 0);
}

TEST_CASE("256 MiB through one connection: nothing lost, nothing reordered")
{
  constexpr std::size_t total = 256u << 20, line_size = 4096;
  auto hashes = with_server<std::pair<std::uint64_t, std::uint64_t>>({}, [&](echo_server& server)
      -> asio::awaitable<std::pair<std::uint64_t, std::uint64_t>> {
    auto socket = co_await connect(server.local_endpoint());
    std::uint64_t sent = checksum_start, received = sent;
    auto send = [&]() -> asio::awaitable<void> {
      std::string line(line_size, '\n');
      for (std::size_t done = 0, n = 0; done < total; done += line_size, ++n) {
        for (std::size_t i = 0; i + 1 < line_size; ++i) line[i] = static_cast<char>('a' + (n + i) % 26);
        sent = checksum(sent, line.data(), line.size());
        co_await asio::async_write(socket, asio::buffer(line), asio::use_awaitable);
      }
    };
    auto receive = [&]() -> asio::awaitable<void> {
      std::vector<char> chunk(1 << 16);
      for (std::size_t done = 0; done < total;) {
        std::size_t n = co_await socket.async_read_some(asio::buffer(chunk), asio::use_awaitable);
        received = checksum(received, chunk.data(), n);
        done += n;
      }
    };
    co_await a2a::gather(send(), receive());
    co_return std::pair(sent, received);
  });
  CHECK(hashes.first == hashes.second);
}

TEST_CASE("1,000 abrupt disconnects: every descriptor is given back and the server goes on")
{
  allow_many_open_files();
  auto result = with_server<std::pair<long, std::string>>({}, [](echo_server& server)
      -> asio::awaitable<std::pair<long, std::string>> {
    auto baseline = static_cast<long>(open_descriptors());
    for (int i = 0; i < 1000; ++i) {
      auto socket = co_await connect(server.local_endpoint());
      co_await asio::async_write(socket, asio::buffer(std::string_view("half a li")), asio::use_awaitable);
      if (i % 2 == 0) {
        socket.set_option(asio::socket_base::linger(true, 0));  // close with a reset (RST)
        socket.close();
      } else {
        socket.shutdown(tcp::socket::shutdown_send);  // half-closed: then gone
      }
    }
    for (int wait = 0; wait < 500 && server.connections() > 0; ++wait) {
      asio::steady_timer pause(co_await asio::this_coro::executor, std::chrono::milliseconds(10));
      co_await pause.async_wait(asio::use_awaitable);
    }
    auto leaked = static_cast<long>(open_descriptors()) - baseline;
    co_return std::pair(leaked, co_await exchange(server.local_endpoint(), "still serving\n"));
  });
  CHECK(result.first == 0);
  CHECK(result.second == "still serving\n");
}

