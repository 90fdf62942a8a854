// The chapter's web server on its own, for curl or a browser:
//   ./tutorial run 16 test_server --port 8080
//   curl -i http://127.0.0.1:8080/delay/500
// Ctrl-C (SIGINT) or SIGTERM stops it.
#include "test_server.hpp"

#include <open_files.hpp>

#include <csignal>
#include <cstdlib>

asio::awaitable<void> async_main(unsigned short port)
{
  auto executor = co_await asio::this_coro::executor;
  test_server server(executor, port, test_server::clock::real);
  fmt::print("test server listening on http://127.0.0.1:{}/ (Ctrl-C stops it)\n", server.port());
  std::fflush(stdout);
  // Unlike chapter 13's servers, stop() cuts what is in flight, a /delay/60000 too: a test
  // server has no answer worth waiting for.
  asio::signal_set signals(executor, SIGINT, SIGTERM);
  int signal = co_await signals.async_wait(asio::use_awaitable);
  fmt::print("signal {}: stopping after {} requests\n", signal, server.requests_served());
  server.stop();
}

int main(int argc, char** argv)
{
  long port = 8080;
  char* end = nullptr;
  if (argc == 3 && std::string(argv[1]) == "--port") port = std::strtol(argv[2], &end, 10);
  if ((argc != 1 && argc != 3) || (argc == 3 && (*end != '\0' || port < 0 || port > 65535))) {
    fmt::print(stderr, "usage: test_server [--port N]   (0 takes any free port; default 8080)\n");
    return 2;
  }
  allow_many_open_files();
  try {
    a2a::run(async_main(static_cast<unsigned short>(port)));
  } catch (const boost::system::system_error& e) {
    fmt::print(stderr, "test_server: cannot serve on 127.0.0.1:{}: {}\n", port, e.code().message());
    return 1;
  }
}
