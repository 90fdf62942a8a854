// Exercise 18: a packing line that hangs and loses errors. Find out why with chapter 18's
// tools (A2A_DEBUG=1, a2a::all_tasks()), then fix pack_orders() in orders.cpp. The warehouse
// (warehouse.cpp) is given.
#pragma once
#include <a2a/a2a.hpp>

#include <map>
#include <set>

struct unknown_product : std::runtime_error {
  using std::runtime_error::runtime_error;
};
struct warehouse_down : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// Packing an order takes 1 s. An order in `unknown` names a product that does not exist and
// fails with unknown_product; once `works_for` orders have been packed, every packing fails
// with warehouse_down.
struct warehouse {
  std::set<int> unknown;
  int works_for = 1'000'000;
  std::vector<int> packed;  // in the order they were finished
  int packing_now = 0;
  int most_packing = 0;

  asio::awaitable<void> pack(int order);
};

struct packing_report {
  std::vector<int> packed;                // in the order they were finished
  std::map<int, std::string> rejected;    // order -> why (the unknown_product's message)
};

// Packs `orders` with `packers` workers (tasks named "packer 1", "packer 2", ...) taking them
// from one a2a::queue. An order naming an unknown product is rejected, in the report, and
// the line goes on. Any other failure (the warehouse is down) comes out of pack_orders as that
// exception. Either way, when pack_orders returns or throws, none of its tasks still runs.
asio::awaitable<packing_report> pack_orders(warehouse& place, std::vector<int> orders, int packers);
