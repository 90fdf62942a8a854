// The echo server against clients that break its rules.
#include "echo_clients.hpp"
#include "testing.hpp"

TEST_CASE("an idle client is dropped after the idle timeout, with a goodbye line")
{
  server_options options;
  options.idle_timeout = std::chrono::milliseconds(100);
  auto answer = with_server<std::string>(options, [](echo_server& server) -> asio::awaitable<std::string> {
    auto socket = co_await connect(server.local_endpoint());
    std::string answer;  // says nothing; reads until the server closes
    co_await asio::async_read(socket, asio::dynamic_buffer(answer), asio::as_tuple(asio::use_awaitable));
    co_return answer;
  });
  CHECK(answer == "error: idle for too long, goodbye\n");
}

TEST_CASE("an over-long line gets an error line, then the connection closes")
{
  server_options options;
  options.max_line = 64;
  auto answer = with_server<std::string>(options, [](echo_server& server) {
    return exchange(server.local_endpoint(), std::string(100, 'x') + "\n");
  });
  CHECK(answer == "error: line longer than 64 bytes, goodbye\n");
}

TEST_CASE("binary garbage and empty lines come back as they were")
{
  std::string garbage;
  for (int byte = 0; byte < 256; ++byte)
    if (byte != '\n') garbage += static_cast<char>(byte);
  std::string data = "\n" + garbage + "\n\n";
  auto answer = with_server<std::string>({}, [&](echo_server& server) { return exchange(server.local_endpoint(), data); });
  CHECK(answer == data);
}
