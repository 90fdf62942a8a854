#include "mirrors.hpp"

asio::awaitable<std::string> network::download(mirror from, std::string file)
{
  ++in_flight;
  try {
    co_await a2a::sleep(from.latency);
  } catch (...) {
    --in_flight;
    ++cancelled;
    throw;
  }
  --in_flight;
  if (!from.works) throw std::runtime_error(from.name + " is down");
  co_return fmt::format("{} from {}", file, from.name);
}
