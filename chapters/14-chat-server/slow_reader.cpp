// The seed's chat server awaits each client's drain() inside its broadcast loop, so one client
// that stops reading stalls every broadcast. Here each client has its own outbox and writer:
// a client that never reads only fills its own outbox, and once that is full (8 lines here)
// the server drops it. The others hear every line, at once.
#include "chat_client.hpp"
#include "chat_server.hpp"

using asio::ip::tcp;

// Connects, gives a nickname, and never reads again: the kernel's buffers fill, then the
// outbox. (A chat_client reads all the time, so this one is a bare socket.)
asio::awaitable<tcp::socket> stalled_client(tcp::endpoint server)
{
  tcp::socket socket(co_await asio::this_coro::executor, tcp::v4());
  socket.set_option(asio::socket_base::receive_buffer_size(4096));
  co_await socket.async_connect(server, asio::use_awaitable);
  std::string name = "Stuck\n";
  co_await asio::async_write(socket, asio::buffer(name), asio::use_awaitable);
  co_return socket;
}

asio::awaitable<void> async_main()
{
  auto executor = co_await asio::this_coro::executor;
  chat_options options;
  options.outbox_lines = 8;
  options.max_line = 16 * 1024;
  chat_server server(executor, tcp::endpoint(asio::ip::make_address("127.0.0.1"), 0), options);
  auto serving = a2a::create_task(executor, server.run());

  auto ann = co_await chat_client::connect(server.local_endpoint());
  co_await ann.say("Ann");
  auto stuck = co_await stalled_client(server.local_endpoint());
  auto bob = co_await chat_client::connect(server.local_endpoint());
  co_await bob.say("Bob");
  co_await ann.until_heard("* Bob joined");

  std::string long_news(8000, '=');  // 8 MB in all: more than the kernel's buffers hold
  for (int i = 1; i <= 1000; ++i) co_await ann.say(fmt::format("news {} {}", i, long_news));
  co_await bob.until_heard(fmt::format("Ann: news 1000 {}", long_news));
  fmt::print("Bob heard {} lines of news; the server has {} members\n",
           std::count_if(bob.heard().begin(), bob.heard().end(), [](auto& l) { return l.starts_with("Ann: news"); }),
           server.members());
  server.stop();
  co_await serving.get();
  co_await ann.until_closed();
  co_await bob.until_closed();
  for (auto& line : bob.heard())
    if (!line.starts_with("Ann: news")) fmt::print("Bob heard: {}\n", line);
}

int main()
{
  a2a::run(async_main());
}
