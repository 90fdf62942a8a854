// A REP server to talk to by hand:  ./tutorial run 20 rep_server --port 5555
// then, in another terminal:        ./tutorial run 20 req_client --port 5555 hello
// (or three lines of Python: see the chapter README)
// Each request comes back in capitals. Ctrl-C (SIGINT) or SIGTERM stops it.
#include "async_zmq_socket.hpp"

#include <cctype>
#include <csignal>
#include <cstdlib>

asio::awaitable<void> serve(async_zmq_socket& server)
{
  for (long answered = 1;; ++answered) {
    auto parts = co_await server.receive_parts();  // a request of several parts is answered too
    std::string answer = fmt::format("{}", fmt::join(parts, " "));
    for (char& c : answer) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    co_await server.send_text(answer);
    fmt::print("request {}: {} bytes\n", answered, answer.size());
    std::fflush(stdout);
  }
}

asio::awaitable<void> async_main(unsigned short port)
{
  auto executor = co_await asio::this_coro::executor;
  asio::signal_set signals(executor, SIGINT, SIGTERM);  // before the banner: a signal after it stops cleanly
  zmq::context_t context;
  async_zmq_socket server(executor, context, zmq::socket_type::rep);
  server.native().bind(port == 0 ? std::string("tcp://127.0.0.1:*") : fmt::format("tcp://127.0.0.1:{}", port));
  fmt::print("REP server listening on {} (Ctrl-C stops it)\n", server.native().get(zmq::sockopt::last_endpoint));
  std::fflush(stdout);

  using namespace asio::experimental::awaitable_operators;
  auto ended = co_await (serve(server) || signals.async_wait(asio::use_awaitable));
  fmt::print("signal {}: stopped\n", std::get<1>(ended));
}

int main(int argc, char** argv)
{
  unsigned short port = 5555;
  if (argc == 3 && std::string_view(argv[1]) == "--port") {
    char* end = nullptr;
    long value = std::strtol(argv[2], &end, 10);
    if (end == argv[2] || *end != '\0' || value < 0 || value > 65535) {
      fmt::print(stderr, "--port takes a number from 0 to 65535, not '{}'\n", argv[2]);
      return 2;
    }
    port = static_cast<unsigned short>(value);
  } else if (argc != 1) {
    fmt::print(stderr, "usage: rep_server [--port N]   (0: any free port; default 5555)\n");
    return 2;
  }
  try {
    a2a::run(async_main(port));
  } catch (const zmq::error_t& e) {
    fmt::print(stderr, "rep_server: {}\n", e.what());  // the port is taken, say
    return 1;
  }
}
