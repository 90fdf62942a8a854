// A program that seems stuck. Send it SIGUSR1 (kill -USR1 PID) and it prints its tasks and
// what each waits on; Ctrl-C stops it. asyncio has no signal for this: there you would call
// asyncio.all_tasks() from a loop.add_signal_handler(signal.SIGUSR1, ...) callback.
//   stuck             sends itself SIGUSR1, then SIGINT, as you would (what the README shows)
//   stuck --by-hand   prints its pid and waits for yours
#include <a2a/a2a.hpp>

#include <csignal>
#include <unistd.h>

asio::awaitable<void> pack(a2a::queue<int>& orders)
{
  for (;;) {
    int order = co_await orders.get();
    co_await a2a::sleep(1s);
    if (order == 3) throw std::runtime_error("order 3: no such product");  // task_done() never comes
    a2a::log("order {} packed", order);
    orders.task_done();
  }
}

// Answers SIGUSR1 with the list of tasks; returns on SIGINT (Ctrl-C) or SIGTERM.
asio::awaitable<void> answer_signals(a2a::event& listed)
{
  asio::signal_set signals(co_await asio::this_coro::executor, SIGUSR1, SIGINT, SIGTERM);
  for (;;) {
    int signal = co_await signals.async_wait(asio::use_awaitable);
    if (signal != SIGUSR1) {
      a2a::log("stopped by {}", signal == SIGINT ? "SIGINT" : "SIGTERM");
      co_return;
    }
    a2a::print_all_tasks(stdout);
    listed.set();
  }
}

asio::awaitable<void> act_as_the_user(a2a::event& listed)
{
  co_await a2a::sleep(5s);
  std::raise(SIGUSR1);
  co_await listed.wait();
  std::raise(SIGINT);
}

asio::awaitable<void> async_main(bool by_hand)
{
  using namespace asio::experimental::awaitable_operators;
  auto executor = co_await asio::this_coro::executor;
  a2a::queue<int> orders;
  a2a::event listed;
  auto packer = a2a::create_task(executor, pack(orders), "packer");
  auto signals = a2a::create_task(executor, answer_signals(listed), "signals");
  for (int order = 1; order <= 4; ++order) orders.put_nowait(order);
  if (by_hand) fmt::print("pid {}: kill -USR1 {} lists the tasks, Ctrl-C stops\n", getpid(), getpid());
  else a2a::create_task(executor, act_as_the_user(listed), "user");
  co_await (orders.join() || signals.get());
}

int main(int argc, char** argv)
{
  bool by_hand = argc > 1 && std::string_view(argv[1]) == "--by-hand";
  a2a::run(async_main(by_hand), a2a::debug_options{});
}
