// What a coroutine, a co_spawn, a task and a sleeping task cost in memory, counted: every
// allocation goes through malloc (Asio's recycling allocator too, in the end), and this
// program counts the bytes and blocks it asks for while N of each are alive at once.
// The sizes depend on the compiler and the Boost version: the numbers are this machine's.
// smoke-test arguments: 1000
#include <a2a/a2a.hpp>

#include <malloc.h>

namespace {

// glibc's mallinfo2: bytes in use by malloc, whoever asked (operator new, Asio, fmt...).
std::size_t in_use()
{
  return mallinfo2().uordblks;
}

asio::awaitable<int> trivial(int i)
{
  co_return i;
}

template <typename Make>
double bytes_each(int n, Make make)
{
  auto before = in_use();
  make(n);
  return static_cast<double>(in_use() - before) / n;
}

}  // namespace

int main(int argc, char** argv)
{
  int n = argc > 1 ? std::atoi(argv[1]) : 100'000;
  fmt::print("| {} of each, alive at once | bytes each |\n| --- | --- |\n", n);

  double frame = 0;
  {
    std::vector<asio::awaitable<int>> frames;
    frames.reserve(n);
    frame = bytes_each(n, [&](int count) {
      for (int i = 0; i < count; ++i) frames.push_back(trivial(i));
    });
  }
  fmt::print("| a coroutine frame, not started (`trivial(i)`) | {:.0f} |\n", frame);

  {
    asio::io_context loop;
    auto spawned = bytes_each(n, [&](int count) {
      for (int i = 0; i < count; ++i) asio::co_spawn(loop, trivial(i), asio::detached);
    });
    fmt::print("| `co_spawn` of it, queued before `run()` | {:.0f} |\n", spawned);
    loop.run();
  }
  {
    asio::io_context loop;
    std::vector<asio::cancellation_signal> stops(n);
    auto before = in_use();
    for (int i = 0; i < n; ++i)
      asio::co_spawn(loop, trivial(i), asio::bind_cancellation_slot(stops[i].slot(), asio::detached));
    fmt::print("| `co_spawn` with a cancellation slot, queued | {:.0f} |\n",
               static_cast<double>(in_use() - before) / n);
    loop.run();
  }
  a2a::run([n]() -> asio::awaitable<void> {
    auto executor = co_await asio::this_coro::executor;
    std::vector<a2a::Task<int>> tasks;
    tasks.reserve(n);
    auto before = in_use();
    for (int i = 0; i < n; ++i) tasks.push_back(a2a::create_task(executor, trivial(i)));
    fmt::print("| `a2a::create_task` of it, not started yet | {:.0f} |\n",
               static_cast<double>(in_use() - before) / n);
    for (auto& task : tasks) co_await task.get();
  }());
  a2a::run([n]() -> asio::awaitable<void> {
    auto executor = co_await asio::this_coro::executor;
    std::vector<a2a::Task<void>> tasks;
    tasks.reserve(n);
    auto before = in_use();
    for (int i = 0; i < n; ++i) tasks.push_back(a2a::create_task(executor, a2a::sleep(1s)));
    co_await a2a::sleep(1ms);  // every one has started and sleeps now
    fmt::print("| a task sleeping in `a2a::sleep` | {:.0f} |\n", static_cast<double>(in_use() - before) / n);
    for (auto& task : tasks) co_await task.get();
  }());
  {
    asio::io_context loop;
    auto before = in_use();
    for (int i = 0; i < n; ++i)
      asio::co_spawn(loop, []() -> asio::awaitable<void> {
        asio::steady_timer timer(co_await asio::this_coro::executor, 1s);
        co_await timer.async_wait(asio::use_awaitable);
      }(), asio::detached);
    loop.poll();  // every one has started and waits on its timer now
    fmt::print("| a plain coroutine waiting on its own `steady_timer` | {:.0f} |\n",
               static_cast<double>(in_use() - before) / n);
    loop.run();
  }
}
