#include "store.hpp"

#include "testing.hpp"

using asio::ip::tcp;
using namespace std::chrono_literals;

namespace {

// Sends `input` to the server, optionally closes the sending side, and returns all the
// server sends until it closes the connection, or until 2 s have passed (a starter that
// never closes must fail, not hang).
asio::awaitable<std::string> talk(tcp::endpoint server, std::string input, bool close_after_sending)
{
  auto executor = co_await asio::this_coro::executor;
  tcp::socket socket(executor);
  co_await socket.async_connect(server, asio::use_awaitable);
  co_await asio::async_write(socket, asio::buffer(input), asio::use_awaitable);
  if (close_after_sending) socket.shutdown(tcp::socket::shutdown_send);
  std::string answer;
  asio::steady_timer limit(executor, 2s);
  co_await asio::experimental::make_parallel_group(
      asio::async_read(socket, asio::dynamic_buffer(answer), asio::deferred), limit.async_wait(asio::deferred))
      .async_wait(asio::experimental::wait_for_one(), asio::use_awaitable);
  co_return answer;
}

// Runs a store server on 127.0.0.1 (any free port) for the duration of `clients`.
template <typename Clients>
void with_server(limits limits, Clients clients)
{
  auto main = [&]() -> asio::awaitable<void> {
    auto executor = co_await asio::this_coro::executor;
    tcp::acceptor listener(executor, tcp::endpoint(asio::ip::make_address("127.0.0.1"), 0));
    store data;
    auto serving = a2a::create_task(executor, serve(listener, data, limits));
    co_await clients(listener.local_endpoint());
    listener.close();
    co_await serving.get();
  };
  a2a::run(main());
}

}  // namespace

TEST_CASE("SET, GET and DEL answer as the protocol says")
{
  std::string answer;
  with_server({}, [&](tcp::endpoint server) -> asio::awaitable<void> {
    answer = co_await talk(server, "SET a 1\nGET a\nSET b two words\nGET b\nDEL a\nGET a\nDEL a\n", true);
  });
  CHECK(answer == "OK\n1\nOK\ntwo words\nOK\nNOT FOUND\nNOT FOUND\n");
}

TEST_CASE("two clients share one store")
{
  std::string first, second;
  with_server({}, [&](tcp::endpoint server) -> asio::awaitable<void> {
    first = co_await talk(server, "SET city Seoul\n", true);
    second = co_await talk(server, "GET city\n", true);
  });
  CHECK(first == "OK\n");
  CHECK(second == "Seoul\n");
}

TEST_CASE("an unknown command gets an error and the connection stays; QUIT says BYE and closes")
{
  std::string answer;
  with_server({}, [&](tcp::endpoint server) -> asio::awaitable<void> {
    answer = co_await talk(server, "HELLO\nGET x\nQUIT\nGET x\n", false);  // the server must close
  });
  CHECK(answer == "ERROR unknown command\nNOT FOUND\nBYE\n");
}

TEST_CASE("empty lines and binary bytes are unknown commands, not crashes")
{
  std::string answer;
  with_server({}, [&](tcp::endpoint server) -> asio::awaitable<void> {
    answer = co_await talk(server, "\n" + std::string("\x00\xff\x01", 3) + "\nSET k v\n", true);
  });
  CHECK(answer == "ERROR unknown command\nERROR unknown command\nOK\n");
}

TEST_CASE("a line longer than max_line gets an error, then the connection closes")
{
  limits small;
  small.max_line = 32;
  std::string answer, after;
  with_server(small, [&](tcp::endpoint server) -> asio::awaitable<void> {
    answer = co_await talk(server, "SET key " + std::string(40, 'x') + "\nGET key\n", false);
    after = co_await talk(server, "GET key\n", true);  // the server is still there
  });
  CHECK(answer == "ERROR line too long\n");
  CHECK(after == "NOT FOUND\n");
}

TEST_CASE("a client that says nothing hears BYE idle after the idle timeout")
{
  limits quick;
  quick.idle_timeout = 100ms;
  std::string answer;
  with_server(quick, [&](tcp::endpoint server) -> asio::awaitable<void> {
    answer = co_await talk(server, "", false);
  });
  CHECK(answer == "BYE idle\n");
}

TEST_CASE("a client that closes its side ends its connection; the store keeps its data")
{
  std::string first, second;
  with_server({}, [&](tcp::endpoint server) -> asio::awaitable<void> {
    first = co_await talk(server, "SET k v\nGET k", true);  // the last line has no '\n'
    second = co_await talk(server, "GET k\n", true);
  });
  CHECK(first == "OK\n");
  CHECK(second == "v\n");
}
