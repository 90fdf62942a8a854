// async_zmq_socket against the two traps of ZMQ_FD, and the chapter's programs run for real.
#include "testing.hpp"

#include "async_zmq_socket.hpp"

#include <child_program.hpp>

#include <cstdlib>

#include <sys/wait.h>
#include <unistd.h>

namespace {

// A connected pair of sockets over TCP on 127.0.0.1.
struct socket_pair {
  async_zmq_socket bound, connected;
  socket_pair(asio::any_io_executor executor, zmq::context_t& context, zmq::socket_type bound_type,
              zmq::socket_type connected_type)
      : bound(executor, context, bound_type), connected(executor, context, connected_type)
  {
    connected.native().connect(bound.bind_any_port());
  }
};

// Every run here has a watchdog of real seconds: a bug must fail a test, not hang it.
template <typename T>
T run_within_10s(asio::awaitable<T> work)
{
  return a2a::run([&]() -> asio::awaitable<T> {
    using namespace asio::experimental::awaitable_operators;
    asio::steady_timer watchdog(co_await asio::this_coro::executor, std::chrono::seconds(10));
    auto ended = co_await (std::move(work) || watchdog.async_wait(asio::use_awaitable));
    if (ended.index() == 1) throw std::runtime_error("still not done after 10 s");
    co_return std::get<0>(std::move(ended));
  }());
}

// How a program ended (as waitpid says), waiting at most 10 s before killing it.
int exit_status(child_program& program)
{
  for (int waited_ms = 0; waited_ms < 10'000; waited_ms += 10) {
    int status = 0;
    if (waitpid(program.pid, &status, WNOHANG) == program.pid) {
      std::fclose(program.output);
      return status;
    }
    usleep(10'000);
  }
  program.stop(SIGKILL);
  FAIL("the program had not ended after 10 s");
  return -1;
}

std::string programs()
{
  const char* folder = std::getenv("A2A_PROGRAMS");  // set by CTest
  REQUIRE(folder != nullptr);
  return folder;
}

}  // namespace

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

TEST_CASE("rep_server answers in capitals, every part of a request, and stops on SIGTERM with exit 0")
{
  auto server = start_program({programs() + "/rep_server", "--port", "0"});
  auto banner = server.next_line();
  auto endpoint = banner.substr(banner.find("tcp://"), banner.find(' ', banner.find("tcp://")) - banner.find("tcp://"));
  auto answers = run_within_10s([&]() -> asio::awaitable<std::vector<std::string>> {
    zmq::context_t context;
    async_zmq_socket client(co_await asio::this_coro::executor, context, zmq::socket_type::req);
    client.native().connect(endpoint);
    std::vector<std::string> answers;
    co_await client.send_text("hello");
    answers.push_back(co_await client.receive_text());
    std::vector<std::string> two_parts{"two", "parts"};
    co_await client.send_parts(two_parts);
    answers.push_back(co_await client.receive_text());
    co_return answers;
  }());
  CHECK(answers == std::vector<std::string>{"HELLO", "TWO PARTS"});
  kill(server.pid, SIGTERM);
  int status = exit_status(server);
  CHECK(WIFEXITED(status));
  CHECK(WEXITSTATUS(status) == 0);
}

TEST_CASE("rep_server refuses a bad port with a message, not a crash")
{
  auto server = start_program({programs() + "/rep_server", "--port", "http"});
  int status = exit_status(server);
  CHECK(WIFEXITED(status));
  CHECK(WEXITSTATUS(status) == 2);
}

TEST_CASE("req_client gives up on a server that is not there, saying so")
{
  auto client = start_program({programs() + "/req_client", "--port", "1", "--timeout-ms", "100", "hello"});  // nobody there
  int status = exit_status(client);
  CHECK(WIFEXITED(status));
  CHECK(WEXITSTATUS(status) == 1);
}
