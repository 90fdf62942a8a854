// The chat server to talk to by hand:  ./tutorial run 14 chat_server --port 8888
// then, in two or more terminals:      nc 127.0.0.1 8888
// Pick a nickname, then every line you type goes to the others; /quit leaves. Ctrl-C (SIGINT)
// or SIGTERM tells everyone and stops.
#include "chat_server.hpp"
#include <stop_on_signal.hpp>

#include <cstdlib>

asio::awaitable<void> async_main(unsigned short port)
{
  asio::ip::tcp::endpoint where(asio::ip::make_address("127.0.0.1"), port);
  chat_server server(co_await asio::this_coro::executor, where);
  fmt::print("chat server listening on {}:{} (Ctrl-C stops it)\n", server.local_endpoint().address().to_string(),
             server.local_endpoint().port());
  std::fflush(stdout);
  using namespace asio::experimental::awaitable_operators;
  co_await (server.run() && stop_on_signal(server));
  fmt::print("stopped cleanly\n");
}

int main(int argc, char** argv)
{
  long port = 8888;
  char* end = nullptr;
  if (argc == 3 && std::string(argv[1]) == "--port") port = std::strtol(argv[2], &end, 10);
  if ((argc != 1 && argc != 3) || (argc == 3 && (*end != '\0' || port < 0 || port > 65535))) {
    fmt::print(stderr, "usage: chat_server [--port N]   (0 takes any free port; default 8888)\n");
    return 2;
  }
  try {
    a2a::run(async_main(static_cast<unsigned short>(port)));
  } catch (const boost::system::system_error& e) {
    fmt::print(stderr, "chat_server: cannot serve on 127.0.0.1:{}: {}\n", port, e.code().message());
    return 1;
  }
}
