// The runtime's a2a::try_finally is that pattern in one line: `try: await body` /
// `finally: await cleanup`.
#include <a2a/a2a.hpp>

asio::awaitable<void> release_resource(int resource)
{
  co_await a2a::sleep(500ms);
  a2a::log("resource {} released", resource);
}

asio::awaitable<void> long_operation()
{
  co_await a2a::sleep(5s);
}

asio::awaitable<void> use_resource(int resource)
{
  co_await a2a::try_finally(long_operation(), release_resource(resource));
}

asio::awaitable<void> async_main()
{
  try {
    co_await a2a::wait_for(use_resource(7), 2s);
  } catch (const a2a::timeout_error&) {
    a2a::log("timed out");
  }
}

int main()
{
  a2a::run(async_main());
}
