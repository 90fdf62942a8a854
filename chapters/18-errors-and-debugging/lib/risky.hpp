// The operation every example of this chapter calls: it takes 1 s, and an even item fails.
#pragma once
#include <a2a/a2a.hpp>

asio::awaitable<std::string> risky_operation(int item);
