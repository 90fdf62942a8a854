// async_zmq_socket against the edge-triggered ZMQ_FD.
#include "zmq_test_support.hpp"

TEST_CASE("a burst of 1000 messages all arrive: one wake-up of the descriptor stands for many")
{
  int received = run_within_10s([]() -> asio::awaitable<int> {
    zmq::context_t context;
    socket_pair pair(co_await asio::this_coro::executor, context, zmq::socket_type::pull, zmq::socket_type::push);
    for (int i = 0; i < 1000; ++i) co_await pair.connected.send_text(std::to_string(i));
    int count = 0;
    for (int i = 0; i < 1000; ++i) count += (co_await pair.bound.receive_text()) == std::to_string(i);
    co_return count;
  }());
  CHECK(received == 1000);
}

TEST_CASE("sending while another coroutine waits to receive on the same socket loses no wake-up")
{
  auto [sent, echoed] = run_within_10s([]() -> asio::awaitable<std::pair<int, int>> {
    zmq::context_t context;
    socket_pair pair(co_await asio::this_coro::executor, context, zmq::socket_type::dealer, zmq::socket_type::dealer);
    constexpr int messages = 500;
    auto echo = [&]() -> asio::awaitable<void> {
      for (int i = 0; i < messages; ++i) {
        auto message = co_await pair.bound.receive();
        co_await pair.bound.send(std::move(message));
      }
    };
    int sent = 0, echoed = 0;
    auto send = [&]() -> asio::awaitable<void> {
      for (; sent < messages; ++sent) co_await pair.connected.send_text("ping");
    };
    auto receive = [&]() -> asio::awaitable<void> {
      for (; echoed < messages; ++echoed) co_await pair.connected.receive();
    };
    co_await a2a::gather(echo(), send(), receive());
    co_return std::pair{sent, echoed};
  }());
  CHECK(sent == 500);
  CHECK(echoed == 500);
}

TEST_CASE("one coroutine waits to receive, another to send, on the same socket: both go")
{
  // A DEALER with no peer cannot send; once the peer connects it can, and the peer's message
  // arrives too. Whichever waiter looks at ZMQ_EVENTS first must not leave the other asleep.
  auto [sent, received] = run_within_10s([]() -> asio::awaitable<std::pair<bool, std::string>> {
    auto executor = co_await asio::this_coro::executor;
    zmq::context_t context;
    async_zmq_socket lonely(executor, context, zmq::socket_type::dealer);
    auto endpoint = lonely.bind_any_port();
    bool sent = false;
    std::string received;
    auto send = [&]() -> asio::awaitable<void> {
      co_await lonely.send_text("from the lonely one");
      sent = true;
    };
    auto receive = [&]() -> asio::awaitable<void> { received = co_await lonely.receive_text(); };
    auto peer = [&]() -> asio::awaitable<void> {
      co_await a2a::sleep(10ms);  // both are waiting by now
      async_zmq_socket other(executor, context, zmq::socket_type::dealer);
      other.native().connect(endpoint);
      co_await other.send_text("hello");
      co_await other.receive();
    };
    co_await a2a::gather(send(), receive(), peer());
    co_return std::pair{sent, received};
  }());
  CHECK(sent);
  CHECK(received == "hello");
}

TEST_CASE("readable() || readable(), then receive: no message lost from the socket that lost the race")
{
  int received = run_within_10s([]() -> asio::awaitable<int> {
    auto executor = co_await asio::this_coro::executor;
    zmq::context_t context;
    socket_pair a(executor, context, zmq::socket_type::pull, zmq::socket_type::push);
    socket_pair b(executor, context, zmq::socket_type::pull, zmq::socket_type::push);
    for (int i = 0; i < 100; ++i) {
      co_await a.connected.send_text("a");
      co_await b.connected.send_text("b");
    }
    using namespace asio::experimental::awaitable_operators;
    int count = 0;
    while (count < 200) {
      auto ready = co_await (a.bound.readable() || b.bound.readable());
      auto& from = ready.index() == 0 ? a.bound : b.bound;
      co_await from.receive();
      ++count;
    }
    co_return count;
  }());
  CHECK(received == 200);
}

TEST_CASE("a receive cancelled by a timeout leaves the socket usable")
{
  auto [timed_out, then_received] = run_within_10s([]() -> asio::awaitable<std::pair<bool, std::string>> {
    zmq::context_t context;
    socket_pair pair(co_await asio::this_coro::executor, context, zmq::socket_type::pull, zmq::socket_type::push);
    bool timed_out = false;
    try {
      co_await a2a::wait_for(pair.bound.receive_text(), 100ms);
    } catch (const a2a::timeout_error&) {
      timed_out = true;
    }
    co_await pair.connected.send_text("late");
    co_return std::pair{timed_out, co_await pair.bound.receive_text()};
  }());
  CHECK(timed_out);
  CHECK(then_received == "late");
}
