// Exercise 21: gather for the toy loop. Write it in gather.cpp.
#pragma once
#include "spawn.hpp"

#include <vector>

// asyncio.gather(*tasks) for toy tasks: runs them all at once on the running toy loop and
// returns their values in the order of `tasks`. If any fails, every task still runs to its
// end, and then the first failure (in the order of `tasks`) is thrown. No tasks: an empty
// vector, at once.
toy::task<std::vector<int>> gather(std::vector<toy::task<int>> tasks);
