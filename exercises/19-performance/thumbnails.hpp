// Exercise 19: a slow pipeline made fast. Write make_thumbnails() in thumbnails.cpp; the
// image store (image_store.cpp) is given.
#pragma once
#include <a2a/a2a.hpp>

// Fetching an image takes 100 ms and the store serves at most `connections` at once (one
// more and it throws too_many_connections). Resizing is CPU work: 150 ms on whichever
// thread calls it. Saving takes 200 ms per call, whatever the batch (at most 100 a call).
struct too_many_connections : std::runtime_error {
  too_many_connections() : std::runtime_error("the store refuses more connections") {}
};

struct image_store {
  int connections = 8;
  int fetching_now = 0;
  int most_fetching = 0;
  int save_calls = 0;
  std::vector<std::string> saved;  // in the order they were saved

  asio::awaitable<std::string> fetch(int id);
  std::string resize(const std::string& image);  // blocks the calling thread
  asio::awaitable<void> save(std::vector<std::string> thumbnails);
};

// Fetches, resizes and saves the image of every id, and returns the thumbnails in the order
// of `ids`. Fast: as many fetches at once as the store allows, no resize on the loop's
// thread (the loop would stall), and few save calls.
asio::awaitable<std::vector<std::string>> make_thumbnails(image_store& store, std::vector<int> ids);
