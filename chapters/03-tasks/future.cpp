// A future is a result that someone else will set later. In Asio: a channel with room for one.
#include <a2a/a2a.hpp>

#include <boost/asio/experimental/channel.hpp>

using future_of_string = asio::experimental::channel<void(boost::system::error_code, std::string)>;

asio::awaitable<void> set_future_result(future_of_string& future)
{
  co_await a2a::sleep(1s);
  a2a::log("setting the result");
  co_await future.async_send(boost::system::error_code{}, "Future completed", asio::use_awaitable);
}

asio::awaitable<void> async_main()
{
  auto executor = co_await asio::this_coro::executor;
  future_of_string future(executor, 1);
  auto setter = a2a::create_task(executor, set_future_result(future));

  a2a::log("waiting for the future");
  std::string result = co_await future.async_receive(asio::use_awaitable);
  a2a::log("{}", result);
  co_await setter.get();
}

int main()
{
  a2a::run(async_main());
}
