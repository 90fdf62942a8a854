#include "thumbnails.hpp"

// TODO: correct, and slow: one image at a time, the resize blocks the loop, one save per
// thumbnail. Make it fast (see the README); the tests count stalls, connections and saves.
asio::awaitable<std::vector<std::string>> make_thumbnails(image_store& store, std::vector<int> ids)
{
  std::vector<std::string> thumbnails;
  for (int id : ids) {
    auto image = co_await store.fetch(id);
    auto thumbnail = store.resize(image);
    std::vector<std::string> one{thumbnail};
    co_await store.save(std::move(one));
    thumbnails.push_back(thumbnail);
  }
  co_return thumbnails;
}
