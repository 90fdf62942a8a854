// Why both pipes must be read at once. This child writes 1 MB to stderr, then one line to
// stdout. A pipe holds 64 KB on Linux: reading stdout to its end first, then stderr, waits
// for a child that waits for us. Nothing fails; both sides just wait, forever.
#include "child.hpp"

using namespace std::chrono_literals;

const char* const noisy_script = "head -c 1048576 /dev/zero >&2; echo done";

asio::awaitable<void> one_after_the_other(asio::any_io_executor executor)
{
  child noisy(executor, {"sh", "-c", noisy_script});
  noisy.in.close();
  try {
    auto reading = [&]() -> asio::awaitable<void> {
      co_await read_all(noisy.out);  // ends only when the child closes stdout
      co_await read_all(noisy.err);
    };
    co_await a2a::wait_for(reading(), 2s);
    fmt::print("one after the other: finished\n");
  } catch (const a2a::timeout_error&) {
    fmt::print("one after the other: stuck after 2 s, the child blocked on a full stderr pipe\n");
  }
  fmt::print("  stopped it: {}\n", describe(co_await stop(noisy.process, 1s)));
}

asio::awaitable<void> both_at_once(asio::any_io_executor executor)
{
  child noisy(executor, {"sh", "-c", noisy_script});
  noisy.in.close();
  auto [out, err] = co_await a2a::gather(read_all(noisy.out), read_all(noisy.err));
  co_await noisy.process.async_wait(asio::use_awaitable);
  fmt::print("both at once: stdout \"{}\", stderr {} bytes, {}\n", out.substr(0, out.find('\n')), err.size(),
             describe(returncode(noisy.process)));
}

asio::awaitable<void> async_main()
{
  auto executor = co_await asio::this_coro::executor;
  co_await one_after_the_other(executor);
  co_await both_at_once(executor);
}

int main()
{
  a2a::run(async_main());
}
