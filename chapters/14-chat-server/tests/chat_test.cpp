// The chat server with real clients on 127.0.0.1 (port 0); every wait is bounded by what
// the server does, and the ctest timeout bounds the rest.
#include "chat_client.hpp"
#include "chat_server.hpp"
#include "testing.hpp"

using asio::ip::tcp;
using lines = std::vector<std::string>;

namespace {

template <typename Script>
void with_server(chat_options options, Script script)
{
  auto main = [&]() -> asio::awaitable<void> {
    auto executor = co_await asio::this_coro::executor;
    chat_server server(executor, tcp::endpoint(asio::ip::make_address("127.0.0.1"), 0), options);
    auto serving = a2a::create_task(executor, server.run());
    co_await script(server);
    server.stop();
    co_await serving.get();
  };
  a2a::run(main());
}

// Connects and picks `name`; returns once the server has said hello.
asio::awaitable<chat_client> join(chat_server& server, std::string name, int here)
{
  auto client = co_await chat_client::connect(server.local_endpoint());
  co_await client.say(name);
  co_await client.until_heard(fmt::format("* hello {}! {} here now; /quit leaves", name, here));
  co_return client;
}

}  // namespace

TEST_CASE("join, talk, quit, vanish: everyone hears it in order")
{
  lines ann_heard, bob_heard;
  with_server({}, [&](chat_server& server) -> asio::awaitable<void> {
    auto ann = co_await join(server, "Ann", 1);
    auto bob = co_await join(server, "Bob", 2);
    auto cy = co_await join(server, "Cy", 3);
    co_await bob.say("hi all");
    co_await ann.until_heard("Bob: hi all");
    co_await bob.say("/quit");
    co_await bob.until_closed();
    co_await ann.until_heard("* Bob left");
    cy.vanish();
    co_await ann.until_heard("* Cy left");
    ann_heard = ann.heard();
    bob_heard = bob.heard();
  });
  CHECK(ann_heard == lines{"welcome! your nickname?", "* hello Ann! 1 here now; /quit leaves", "* Bob joined",
                           "* Cy joined", "Bob: hi all", "* Bob left", "* Cy left"});
  CHECK(bob_heard == lines{"welcome! your nickname?", "* hello Bob! 2 here now; /quit leaves", "* Cy joined",
                           "* bye"});
}

TEST_CASE("lines are messages, however TCP cuts them (the seed read 100-byte chunks)")
{
  lines heard;
  with_server({}, [&](chat_server& server) -> asio::awaitable<void> {
    auto listener = co_await join(server, "Ann", 1);
    tcp::socket raw(co_await asio::this_coro::executor);
    co_await raw.async_connect(server.local_endpoint(), asio::use_awaitable);
    std::vector<std::string> pieces{"Cy\nhel", "lo\na\nb\n", std::string(150, 'x') + "\n"};
    for (auto& piece : pieces) {
      co_await asio::async_write(raw, asio::buffer(piece), asio::use_awaitable);
      co_await a2a::sleep(std::chrono::milliseconds(10));  // separate writes: separate TCP segments
    }
    co_await listener.until_heard("Cy: " + std::string(150, 'x'));
    heard = listener.heard();
  });
  REQUIRE(heard.size() == 7);
  CHECK(heard[2] == "* Cy joined");
  CHECK(heard[3] == "Cy: hello");
  CHECK(heard[4] == "Cy: a");
  CHECK(heard[5] == "Cy: b");
  CHECK(heard[6] == "Cy: " + std::string(150, 'x'));  // more than 100 bytes, still one message
}

TEST_CASE("a client that never reads does not hold up three others; it is dropped")
{
  chat_options options;
  options.outbox_lines = 8;
  options.max_line = 16 * 1024;
  std::vector<std::size_t> news_heard;
  std::size_t members_after = 0;
  with_server(options, [&](chat_server& server) -> asio::awaitable<void> {
    tcp::socket stuck(co_await asio::this_coro::executor, tcp::v4());
    stuck.set_option(asio::socket_base::receive_buffer_size(4096));
    co_await stuck.async_connect(server.local_endpoint(), asio::use_awaitable);
    std::string name = "Stuck\n";
    co_await asio::async_write(stuck, asio::buffer(name), asio::use_awaitable);  // then never reads
    std::vector<chat_client> talkers;
    talkers.push_back(co_await join(server, "Ann", 2));
    talkers.push_back(co_await join(server, "Bob", 3));
    talkers.push_back(co_await join(server, "Cy", 4));

    // 9.6 MB: more than the kernel's buffers between the server and Stuck can hold.
    std::string news(8000, '=');
    for (int i = 0; i < 1200; ++i) co_await talkers[i % 3].say(news);
    // A talker's lines reach the others in the order it sent them: once each has heard each
    // other's "done", it has heard all their news.
    std::vector<std::string> names{"Ann", "Bob", "Cy"};
    for (auto& talker : talkers) co_await talker.say("done");
    for (std::size_t listener = 0; listener < 3; ++listener)
      for (std::size_t talker = 0; talker < 3; ++talker)
        if (listener != talker) co_await talkers[listener].until_heard(names[talker] + ": done");
    for (auto& talker : talkers)
      news_heard.push_back(static_cast<std::size_t>(std::count_if(talker.heard().begin(), talker.heard().end(),
                                                                  [](auto& l) { return l.ends_with("=="); })));
    members_after = server.members();
  });
  CHECK(news_heard == std::vector<std::size_t>{800, 800, 800});  // everyone else's lines, all of them
  CHECK(members_after == 3);
}

TEST_CASE("a taken or invalid nickname is refused; a line over the limit ends the connection")
{
  chat_options options;
  options.max_line = 64;
  lines second, ann_heard;
  with_server(options, [&](chat_server& server) -> asio::awaitable<void> {
    auto ann = co_await join(server, "Ann", 1);
    auto other = co_await chat_client::connect(server.local_endpoint());
    co_await other.say("Ann");
    co_await other.until_heard("* that nickname is taken, another?");
    co_await other.say("two words");
    co_await other.until_heard("* one word of 1 to 20 characters, please");
    co_await other.say("Zed");
    co_await other.until_heard("* hello Zed! 2 here now; /quit leaves");
    co_await other.say(std::string(100, 'x'));
    co_await other.until_closed();
    co_await ann.until_heard("* Zed left");
    second = other.heard();
    ann_heard = ann.heard();
  });
  CHECK(second == lines{"welcome! your nickname?", "* that nickname is taken, another?",
                        "* one word of 1 to 20 characters, please", "* hello Zed! 2 here now; /quit leaves",
                        "* lines are limited to 64 bytes"});
  CHECK(ann_heard.back() == "* Zed left");
}
