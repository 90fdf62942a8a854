#include "thumbnails.hpp"

asio::awaitable<std::string> image_store::fetch(int id)
{
  if (fetching_now == connections) throw too_many_connections();
  ++fetching_now;
  most_fetching = std::max(most_fetching, fetching_now);
  struct done {
    int& now;
    ~done() { --now; }
  } leaving{fetching_now};
  co_await a2a::sleep(100ms);
  co_return fmt::format("image {}", id);
}

std::string image_store::resize(const std::string& image)
{
  a2a::blocking_sleep(150ms);
  return "thumbnail of " + image;
}

asio::awaitable<void> image_store::save(std::vector<std::string> thumbnails)
{
  if (thumbnails.size() > 100) throw std::invalid_argument("at most 100 thumbnails a call");
  ++save_calls;
  co_await a2a::sleep(200ms);
  saved.insert(saved.end(), thumbnails.begin(), thumbnails.end());
}
