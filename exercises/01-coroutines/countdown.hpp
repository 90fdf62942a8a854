// Exercise 01: a countdown that really waits. Write the bodies in countdown.cpp.
#pragma once
#include <a2a/a2a.hpp>

// Logs `from`, `from - 1`, ... 1 with a2a::log (just the number), waiting one second after
// each, then logs "liftoff!" and co_returns how many numbers it logged.
// countdown(0) logs only "liftoff!" and returns 0 without waiting.
// A negative `from` throws std::invalid_argument before logging anything.
asio::awaitable<int> countdown(int from);

// Runs countdown(from) to the end from ordinary code (as main() would) and returns its value.
int run_countdown(int from);
