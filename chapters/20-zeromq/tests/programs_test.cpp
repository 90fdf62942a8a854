// The chapter's by-hand programs, run as processes.
#include "zmq_test_support.hpp"

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
