// A large download, streamed (the source's chunked download): 50 MB arrive in pieces of at
// most 64 KB, each handled (here: counted and checked) and dropped, with a progress line
// every 10 MB. Memory holds one piece, however large the file; read whole, 50 MB would not
// even fit under the client's (and Beast's) default body limit of 8 MB.
#include "http_client.hpp"
#include "test_server.hpp"

asio::awaitable<void> async_main()
{
  auto executor = co_await asio::this_coro::executor;
  test_server server(executor);
  http_session session(executor);
  constexpr std::size_t size = 50'000'000;

  try {
    co_await session.get(server.url(fmt::format("/bytes/{}", size)));
  } catch (const http_error& e) {
    fmt::print("whole: {}\n", e.reason);  // without the URL, whose port changes
  }

  std::size_t received = 0, next_report = 10'000'000, largest_piece = 0;
  bool intact = true;
  auto status = co_await session.get_streamed(server.url(fmt::format("/bytes/{}", size)), [&](std::string_view piece) {
    for (std::size_t i = 0; i < piece.size(); ++i) intact = intact && piece[i] == static_cast<char>('a' + (received + i) % 26);
    received += piece.size();
    largest_piece = std::max(largest_piece, piece.size());
    if (received >= next_report) {
      fmt::print("  {:>3} %  {} MB\n", received * 100 / size, received / 1'000'000);
      next_report += 10'000'000;
    }
  });
  fmt::print("streamed: status {}, {} bytes, every one right: {}, the largest piece {} KB\n", status, received,
             intact, largest_piece / 1024);
}

int main()
{
  a2a::run(async_main());
}
