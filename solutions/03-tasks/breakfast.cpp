#include "breakfast.hpp"

asio::awaitable<breakfast> make_breakfast(kitchen& k)
{
  auto executor = co_await asio::this_coro::executor;
  std::vector<a2a::Task<std::string>> tasks;
  tasks.push_back(a2a::create_task(executor, k.boil_water(), "kettle"));
  tasks.push_back(a2a::create_task(executor, k.toast_bread(), "toaster"));
  tasks.push_back(a2a::create_task(executor, k.fry_egg(), "pan"));

  breakfast meal;
  std::exception_ptr failure;
  try {
    meal.drink = co_await tasks[0].get();
    meal.toast = co_await tasks[1].get();
    meal.egg = co_await tasks[2].get();
  } catch (...) {
    failure = std::current_exception();  // no co_await allowed in here
  }
  if (!failure) co_return meal;

  for (auto& task : tasks) task.cancel();
  for (auto& task : tasks) {
    try {
      co_await task.get();  // returns once the task has stopped
    } catch (...) {
    }
  }
  std::rethrow_exception(failure);
}
