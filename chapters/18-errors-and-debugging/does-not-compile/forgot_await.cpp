// expect-error: nodiscard
// asyncio's debug mode warns "coroutine ... was never awaited" at run time. In C++ the
// compiler does it: asio::awaitable is [[nodiscard]], so a call whose co_await is missing
// is a warning (an error with -Werror), not a sleep that silently never happens.
#include <a2a/a2a.hpp>

asio::awaitable<void> nap()
{
  a2a::sleep(1s);  // the mistake: no co_await
  co_return;
}
