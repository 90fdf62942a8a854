// The real program, servers/echo_server, stopped with SIGTERM while an answer is on its way.
#include "testing.hpp"

#include <a2a/a2a.hpp>

#include <child_program.hpp>

#include <cstdlib>

using asio::ip::tcp;

TEST_CASE("SIGTERM: the answer in flight arrives, then the server closes and exits 0")
{
  const char* programs = std::getenv("A2A_PROGRAMS");  // set by CTest
  REQUIRE(programs != nullptr);
  auto server = start_program({std::string(programs) + "/echo_server", "--port", "0", "--work-ms", "300"});
  auto port = port_in(server.next_line());

  auto client = [&]() -> asio::awaitable<std::string> {
    auto executor = co_await asio::this_coro::executor;
    tcp::socket socket(executor);
    tcp::endpoint address(asio::ip::make_address("127.0.0.1"), port);
    co_await socket.async_connect(address, asio::use_awaitable);
    std::string question = "are you there?\n";
    co_await asio::async_write(socket, asio::buffer(question), asio::use_awaitable);
    asio::steady_timer soon(executor, std::chrono::milliseconds(100));  // the answer takes 300 ms
    co_await soon.async_wait(asio::use_awaitable);
    kill(server.pid, SIGTERM);
    std::string answer;
    co_await asio::async_read(socket, asio::dynamic_buffer(answer), asio::as_tuple(asio::use_awaitable));
    co_return answer;  // everything until the server closed the connection
  };
  auto answer = a2a::run(client());
  CHECK(answer == "are you there?\n");

  CHECK(server.next_line().find("signal 15") == 0);
  CHECK(server.next_line() == "stopped cleanly");
  int status = server.stop(0);  // signal 0: it has ended already; just collect its status
  CHECK(WIFEXITED(status));
  CHECK(WEXITSTATUS(status) == 0);
}
