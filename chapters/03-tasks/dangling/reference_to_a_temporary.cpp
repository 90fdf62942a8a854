// Dangles on purpose: a task keeps a reference to a temporary string. The string dies at the
// end of the line that starts the task (and its characters, on the heap, are freed); the
// task reads it a second later. AddressSanitizer stops the program there; without it, the
// program may even print the name.
#include <a2a/a2a.hpp>

asio::awaitable<void> greet_later(const std::string& name)
{
  co_await a2a::sleep(1s);
  a2a::log("hello, {}", name);  // `name` refers to the caller's temporary, gone by now
}

asio::awaitable<void> async_main()
{
  auto executor = co_await asio::this_coro::executor;
  auto greeting = a2a::create_task(executor, greet_later(std::string(40, 'x')));
  co_await greeting.get();
}

int main()
{
  a2a::run(async_main());
}
