// The chapter's test server under load and under bad input: it must answer everyone, and a
// request it cannot read gets 400, never a crash.
#include "testing.hpp"

#include "http_client.hpp"
#include "test_server.hpp"

#include <open_files.hpp>

using asio::ip::tcp;
using namespace std::chrono_literals;

namespace {
// Sends raw bytes on a new connection, says it has no more (shutdown), and returns
// everything the server sends back until it closes the connection.
asio::awaitable<std::string> raw_exchange(unsigned short port, std::string bytes)
{
  tcp::socket socket(co_await asio::this_coro::executor);
  co_await socket.async_connect({asio::ip::make_address("127.0.0.1"), port}, asio::use_awaitable);
  co_await asio::async_write(socket, asio::buffer(bytes), asio::use_awaitable);
  socket.shutdown(tcp::socket::shutdown_send);
  std::string answer;
  co_await asio::async_read(socket, asio::dynamic_buffer(answer), asio::as_tuple(asio::use_awaitable));
  co_return answer;
}

// Open files: each connection is two descriptors here (client and server in one process).
std::size_t connections_we_can_afford(std::size_t wanted)
{
  return std::min<std::size_t>(wanted, (allow_many_open_files() - 100) / 2);
}
}  // namespace

TEST_CASE("1,000 clients at once, each on its own connection, all answered")
{
  auto clients = connections_we_can_afford(1000);
  if (clients < 1000) WARN("only " << clients << " connections: the limit on open files is low here");
  auto answered = a2a::run([&]() -> asio::awaitable<std::size_t> {
    auto executor = co_await asio::this_coro::executor;
    test_server server(executor);
    client_options options;
    options.max_connections = clients;
    http_session session(executor, options);
    std::vector<asio::awaitable<http_response>> requests;
    for (std::size_t i = 0; i < clients; ++i) requests.push_back(session.get(server.url("/delay/100")));
    std::size_t ok = 0;
    for (auto& response : co_await a2a::gather(std::move(requests))) ok += response.status == 200;
    CHECK(session.connections_made() == clients);
    co_return ok;
  }());
  CHECK(answered == clients);
}

TEST_CASE("keep-alive: 200 requests one after another on one connection")
{
  a2a::run([]() -> asio::awaitable<void> {
    auto executor = co_await asio::this_coro::executor;
    test_server server(executor);
    http_session session(executor);
    for (int i = 0; i < 200; ++i) co_await session.get(server.url("/users/1"));
    CHECK(session.connections_made() == 1);
    CHECK(server.requests_served() == 200);
  }());
}

TEST_CASE("bad requests get 400 and a closed connection; the server goes on")
{
  a2a::run([]() -> asio::awaitable<void> {
    auto executor = co_await asio::this_coro::executor;
    test_server server(executor);
    auto nonsense = co_await raw_exchange(server.port(), "HELLO THERE\r\n\r\n");
    CHECK(nonsense.rfind("HTTP/1.1 400 Bad Request\r\n", 0) == 0);
    auto huge_header = co_await raw_exchange(server.port(), "GET / HTTP/1.1\r\nX: " + std::string(20000, 'x') + "\r\n\r\n");
    CHECK(huge_header.rfind("HTTP/1.1 400", 0) == 0);
    auto post = co_await raw_exchange(server.port(), "POST / HTTP/1.1\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
    CHECK(post.rfind("HTTP/1.1 405", 0) == 0);
    auto cut_short = co_await raw_exchange(server.port(), "GET /users HT");
    CHECK(cut_short.rfind("HTTP/1.1 400", 0) == 0);
    http_session session(executor);
    auto after = co_await session.get(server.url("/users/2"));
    CHECK(after.status == 200);
  }());
}

TEST_CASE("stop() ends every connection at once, one waiting in a long /delay too")
{
  a2a::run([]() -> asio::awaitable<void> {
    auto executor = co_await asio::this_coro::executor;
    test_server server(executor);
    http_session session(executor);
    auto request = a2a::create_task(executor, session.get(server.url("/delay/600000")));
    co_await a2a::sleep(10ms);
    CHECK(server.connections_open() == 1);
    server.stop();
    co_await a2a::sleep(10ms);
    CHECK(server.connections_open() == 0);
    auto failure = http_failure::bad_url;
    try {
      co_await request.get();
    } catch (const http_error& e) {
      failure = e.kind;
    }
    CHECK(failure == http_failure::closed_early);
  }());
}

TEST_CASE("a connection idle for longer than the limit is closed; the session reconnects")
{
  a2a::run([]() -> asio::awaitable<void> {
    auto executor = co_await asio::this_coro::executor;
    test_server server(executor, 0, test_server::clock::story, 100ms);
    tcp::socket silent(executor);
    co_await silent.async_connect({asio::ip::make_address("127.0.0.1"), server.port()}, asio::use_awaitable);
    std::string half = "GET /users HT";
    co_await asio::async_write(silent, asio::buffer(half), asio::use_awaitable);
    char byte;
    auto [error, n] = co_await silent.async_read_some(asio::buffer(&byte, 1), asio::as_tuple(asio::use_awaitable));
    CHECK(error == asio::error::eof);  // closed by the server, with no answer

    http_session session(executor);
    co_await session.get(server.url("/users/1"));
    asio::steady_timer longer_than_the_limit(executor, 300ms);  // real time, as the limit
    co_await longer_than_the_limit.async_wait(asio::use_awaitable);
    auto again = co_await session.get(server.url("/users/1"));  // the kept connection is gone
    CHECK(again.status == 200);
    CHECK(session.connections_made() == 2);
  }());
}

TEST_CASE("flaky routes count their failures per key")
{
  a2a::run([]() -> asio::awaitable<void> {
    auto executor = co_await asio::this_coro::executor;
    test_server server(executor);
    http_session session(executor);
    std::vector<unsigned> a, b;
    for (int i = 0; i < 3; ++i) a.push_back((co_await session.get(server.url("/flaky/a/2"))).status);
    for (int i = 0; i < 2; ++i) b.push_back((co_await session.get(server.url("/flaky/b/1"))).status);
    CHECK(a == std::vector<unsigned>{503, 503, 200});
    CHECK(b == std::vector<unsigned>{503, 200});
  }());
}
