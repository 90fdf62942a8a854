// Ending a channel without losing what is still buffered: the producer sends an end marker
// (an error code) as its last message, and the consumer stops when it arrives. close() cannot
// be trusted with that: in Boost 1.81 it throws the buffered items away (tests/ shows it).
#include <a2a/a2a.hpp>

using int_channel = asio::experimental::channel<void(boost::system::error_code, int)>;

asio::awaitable<void> producer(int_channel& channel)
{
  boost::system::error_code no_error;
  for (int item = 1; item <= 3; ++item) co_await channel.async_send(no_error, item, asio::use_awaitable);
  co_await channel.async_send(asio::error::eof, 0, asio::use_awaitable);
  fmt::print("producer: sent 3 items, then the end marker\n");
}

asio::awaitable<void> consumer(int_channel& channel)
{
  for (;;) {
    auto [error, item] = co_await channel.async_receive(asio::as_tuple(asio::use_awaitable));
    if (error == asio::error::eof) break;
    fmt::print("consumer: got {}\n", item);
  }
  fmt::print("consumer: the end marker came after every item\n");
}

asio::awaitable<void> async_main()
{
  int_channel channel(co_await asio::this_coro::executor, 10);
  co_await a2a::gather(producer(channel), consumer(channel));
}

int main()
{
  a2a::run(async_main());
}
