#include "breakfast.hpp"

asio::awaitable<breakfast> make_breakfast(kitchen& k)
{
  // TODO: this uses one appliance after another (7 s). Start all three as tasks so that
  // they work at the same time (3 s). If one of them fails, cancel the others, wait until
  // they have stopped, and only then let the failure out.
  breakfast meal;
  meal.drink = co_await k.boil_water();
  meal.toast = co_await k.toast_bread();
  meal.egg = co_await k.fry_egg();
  co_return meal;
}
