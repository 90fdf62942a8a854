// expect-error: conversion from [^ ]*awaitable
// Without co_await you hold the awaitable, not its result: Python prints
// "<coroutine object ...>" here, C++ refuses to turn one into a std::string.
#include <a2a/a2a.hpp>

asio::awaitable<std::string> fetch_data()
{
  co_await a2a::sleep(1s);
  co_return "data";
}

asio::awaitable<void> wrong_example()
{
  std::string result = fetch_data();  // missing co_await
  fmt::print("{}\n", result);
  co_return;
}
