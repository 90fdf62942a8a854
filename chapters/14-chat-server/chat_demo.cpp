// A chat in one program: three clients join, talk, one quits, one vanishes, and the server
// tells the rest. Each client keeps what it heard; we print it at the end.
#include "chat_client.hpp"
#include "chat_server.hpp"

using asio::ip::tcp;

void print_heard(const char* name, const chat_client& client)
{
  fmt::print("{} heard:\n", name);
  for (auto& line : client.heard()) fmt::print("  {}\n", line);
}

asio::awaitable<void> async_main()
{
  auto executor = co_await asio::this_coro::executor;
  chat_server server(executor, tcp::endpoint(asio::ip::make_address("127.0.0.1"), 0));
  auto serving = a2a::create_task(executor, server.run());
  auto where = server.local_endpoint();

  // Each step waits until the others have heard the last one: the order is the server's,
  // not a race between sockets.
  auto ann = co_await chat_client::connect(where);
  co_await ann.say("Ann");
  co_await ann.until_heard("* hello Ann! 1 here now; /quit leaves");
  auto bob = co_await chat_client::connect(where);
  co_await bob.say("Bob");
  co_await ann.until_heard("* Bob joined");
  auto cy = co_await chat_client::connect(where);
  co_await cy.say("Cy");
  co_await bob.until_heard("* Cy joined");
  co_await bob.say("hi all");
  co_await cy.until_heard("Bob: hi all");
  co_await cy.say("hello!");
  co_await bob.until_heard("Cy: hello!");
  co_await bob.say("/quit");
  co_await ann.until_heard("* Bob left");
  cy.vanish();
  co_await ann.until_heard("* Cy left");
  co_await ann.say("anyone?");
  server.stop();
  co_await serving.get();

  co_await ann.until_closed();
  co_await bob.until_closed();
  co_await cy.until_closed();
  print_heard("Ann", ann);
  print_heard("Bob", bob);
}

int main()
{
  a2a::run(async_main());
}
