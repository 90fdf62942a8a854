// Why task.hpp ends with symmetric transfer. A naive task resumes its awaiter by calling
// resume() from inside its own end: each finished task in a chain of awaits is then a call
// still on the stack. A chain of 2,000 awaits, both ways, measuring how far the stack went;
// then a chain of 10 million the naive way, in a child process, which the stack cannot hold.
#include "loop.hpp"

#include <sys/wait.h>
#include <unistd.h>

#include <cstdint>
#include <cstdio>

// The naive task: only what differs from toy::task is here.
struct naive_task {
  struct promise_type {
    std::coroutine_handle<> continuation;
    naive_task get_return_object() { return {std::coroutine_handle<promise_type>::from_promise(*this)}; }
    std::suspend_always initial_suspend() noexcept { return {}; }
    struct final_awaiter {
      bool await_ready() noexcept { return false; }
      void await_suspend(std::coroutine_handle<promise_type> self) noexcept
      {
        self.promise().continuation.resume();  // a call: this frame's end stays on the stack
      }
      void await_resume() noexcept {}
    };
    final_awaiter final_suspend() noexcept { return {}; }
    void return_void() {}
    void unhandled_exception() { std::terminate(); }
  };
  std::coroutine_handle<promise_type> handle;
  ~naive_task() { handle.destroy(); }
  bool await_ready() { return false; }
  void await_suspend(std::coroutine_handle<> waiting)
  {
    handle.promise().continuation = waiting;
    handle.resume();  // a call again
  }
  void await_resume() {}
};

std::uintptr_t deepest = 0;  // the lowest stack address seen (the stack grows down)

void note_stack()
{
  int here;
  auto address = reinterpret_cast<std::uintptr_t>(&here);
  if (deepest == 0 || address < deepest) deepest = address;
}

naive_task naive_chain(int depth)
{
  note_stack();
  if (depth > 0) co_await naive_chain(depth - 1);
  note_stack();
}

toy::task<> chain(int depth)
{
  note_stack();
  if (depth > 0) co_await chain(depth - 1);
  note_stack();
}

toy::task<> run_naive_chain(int depth)
{
  co_await naive_chain(depth);
}

// How far below `top` the stack went while running the chain.
template <typename Chain>
std::uintptr_t stack_used(Chain chain, int depth)
{
  int top;
  deepest = 0;
  toy::loop loop;
  loop.run(chain(depth));
  return reinterpret_cast<std::uintptr_t>(&top) - deepest;
}

int main()
{
  constexpr int depth = 2'000;
  auto naive = stack_used(run_naive_chain, depth);
  auto symmetric = stack_used(chain, depth);
  std::printf("%d awaits, naive resume(): the stack grew %s\n", depth,
              naive > 100'000 ? "by more than 100 KB: a little with every await" : "little (unexpected)");
  std::printf("%d awaits, symmetric transfer: the stack grew %s\n", depth,
              symmetric < 16'000 ? "by less than 16 KB: no more than for one" : "a lot (unexpected)");

  std::fflush(stdout);
  pid_t child = fork();
  if (child == 0) {
    stack_used(run_naive_chain, 10'000'000);
    _exit(0);
  }
  int status = 0;
  waitpid(child, &status, 0);
  bool crashed = WIFSIGNALED(status) || WEXITSTATUS(status) != 0;
  std::printf("10000000 awaits, naive resume(), in a child process: %s\n",
              crashed ? "it crashed (stack overflow)" : "it survived (unexpected)");
}
