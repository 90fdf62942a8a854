// A REQ client for rep_server:  ./tutorial run 20 req_client --port 5555 hello world
// Sends each word as a request and prints the answer; gives up on a server that does not
// answer within 2 s.
#include "async_zmq_socket.hpp"

#include <cstdlib>

asio::awaitable<int> async_main(unsigned short port, std::vector<std::string> words)
{
  auto executor = co_await asio::this_coro::executor;
  zmq::context_t context;
  async_zmq_socket client(executor, context, zmq::socket_type::req);
  client.native().connect(fmt::format("tcp://127.0.0.1:{}", port));
  for (const auto& word : words) {
    co_await client.send_text(word);
    try {
      fmt::print("{} -> {}\n", word, co_await a2a::wait_for(client.receive_text(), 2s));
    } catch (const a2a::timeout_error&) {
      fmt::print(stderr, "no answer from 127.0.0.1:{} within 2 s: is rep_server running there?\n", port);
      co_return 1;
    }
  }
  co_return 0;
}

int main(int argc, char** argv)
{
  unsigned short port = 5555;
  std::vector<std::string> words;
  for (int i = 1; i < argc; ++i) {
    if (std::string_view(argv[i]) == "--port" && i + 1 < argc) port = static_cast<unsigned short>(std::atoi(argv[++i]));
    else words.push_back(argv[i]);
  }
  if (words.empty()) words = {"hello", "world"};
  return a2a::run(async_main(port, words));
}
