// Exercise 03: breakfast with three appliances at once. Write make_breakfast() in
// breakfast.cpp; the kitchen (kitchen.cpp) is given.
#pragma once
#include <a2a/a2a.hpp>

// Each appliance is a coroutine that takes story time. The kitchen writes down what happens
// ("kettle on", "kettle done", "toaster burnt", "pan cancelled") and how many appliances are
// on right now.
struct kitchen {
  std::string burns;  // the appliance that catches fire after 1 s ("kettle", ...), if any
  std::vector<std::string> events;
  int appliances_on = 0;

  asio::awaitable<std::string> boil_water() { return use("kettle", 3s, "tea"); }
  asio::awaitable<std::string> toast_bread() { return use("toaster", 2s, "toast"); }
  asio::awaitable<std::string> fry_egg() { return use("pan", 2s, "egg"); }

 private:
  asio::awaitable<std::string> use(std::string appliance, std::chrono::seconds takes,
                                   std::string product);
};

struct breakfast {
  std::string drink;
  std::string toast;
  std::string egg;
};

// Makes breakfast with the kettle, toaster and pan all working at the same time, so it is
// ready when the slowest is (3 s, not 3 + 2 + 2).
// If an appliance fails, its exception comes out of make_breakfast, but only after the
// other appliances have been cancelled and have switched off: nothing is left on.
asio::awaitable<breakfast> make_breakfast(kitchen& k);
