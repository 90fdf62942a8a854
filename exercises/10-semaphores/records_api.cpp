#include "records.hpp"

asio::awaitable<std::string> records_api::fetch(int id)
{
  most_open = std::max(most_open, ++open);
  try {
    co_await a2a::sleep(1s);
  } catch (...) {
    --open;
    throw;
  }
  --open;
  if (broken.contains(id)) throw std::runtime_error(fmt::format("record {} is broken", id));
  co_return fmt::format("record {}", id);
}
