#include "thumbnails.hpp"

// One image: a connection from the semaphore for the fetch only, the resize on a pool thread.
asio::awaitable<std::string> thumbnail_of(image_store& store, a2a::semaphore& connections, int id)
{
  std::string image;
  {
    auto connection = co_await connections.hold();
    image = co_await store.fetch(id);
  }
  // The lambda in a variable first: g++ 12 frees a temporary that owns memory (here, the
  // copied image) too early when it sits inside a co_await expression.
  auto resize = [&store, image] { return store.resize(image); };
  co_return co_await a2a::to_thread(resize);
}

asio::awaitable<std::vector<std::string>> make_thumbnails(image_store& store, std::vector<int> ids)
{
  a2a::semaphore connections(static_cast<std::size_t>(store.connections));
  std::vector<asio::awaitable<std::string>> work;
  for (int id : ids) work.push_back(thumbnail_of(store, connections, id));
  auto thumbnails = co_await a2a::gather(std::move(work));

  for (std::size_t first = 0; first < thumbnails.size(); first += 100) {
    auto last = std::min(first + 100, thumbnails.size());
    std::vector<std::string> batch(thumbnails.begin() + first, thumbnails.begin() + last);
    co_await store.save(std::move(batch));
  }
  co_return thumbnails;
}
