// A REQ client for rep_server:  ./tutorial run 20 req_client --port 5555 hello world
// Sends each word as a request and prints the answer; gives up on a server that does not
// answer within --timeout-ms (default 2000; real time: TUTORIAL_TIME_SCALE does not shorten it).
#include "async_zmq_socket.hpp"

#include <cstdlib>

asio::awaitable<int> async_main(unsigned short port, std::chrono::milliseconds timeout, std::vector<std::string> words)
{
  auto executor = co_await asio::this_coro::executor;
  zmq::context_t context;
  async_zmq_socket client(executor, context, zmq::socket_type::req);
  client.native().connect(fmt::format("tcp://127.0.0.1:{}", port));
  using namespace asio::experimental::awaitable_operators;
  for (const auto& word : words) {
    co_await client.send_text(word);
    asio::steady_timer deadline(executor, timeout);
    auto answer = co_await (client.receive_text() || deadline.async_wait(asio::use_awaitable));
    if (answer.index() == 1) {
      fmt::print(stderr, "no answer from 127.0.0.1:{} within {} ms: is rep_server running there?\n", port,
                 timeout.count());
      co_return 1;
    }
    fmt::print("{} -> {}\n", word, std::get<0>(answer));
  }
  co_return 0;
}

int main(int argc, char** argv)
{
  long port = 5555, timeout_ms = 2000;
  std::vector<std::string> words;
  for (int i = 1; i < argc; ++i) {
    std::string_view option = argv[i];
    if (option != "--port" && option != "--timeout-ms") {
      words.push_back(argv[i]);
      continue;
    }
    char* end = nullptr;
    long value = i + 1 < argc ? std::strtol(argv[++i], &end, 10) : -1;
    long most = option == "--port" ? 65535 : 3'600'000;
    if (end == nullptr || end == argv[i] || *end != '\0' || value < 1 || value > most) {
      fmt::print(stderr, "{} takes a number from 1 to {}\n", option, most);
      return 2;
    }
    (option == "--port" ? port : timeout_ms) = value;
  }
  if (words.empty()) words = {"hello", "world"};
  return a2a::run(async_main(static_cast<unsigned short>(port), std::chrono::milliseconds(timeout_ms), words));
}
