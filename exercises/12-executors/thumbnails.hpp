// Exercise 12: thumbnails on a thread pool. Write make_thumbnails() in thumbnails.cpp; the
// blocking resize (resize.cpp) is given.
#pragma once
#include <a2a/a2a.hpp>

struct image {
  std::string name;
  int megapixels = 1;
  bool corrupt = false;
};

struct corrupt_image : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// A blocking library call: takes 1 s per megapixel of the calling thread, then returns
// "<name>-thumb", or throws corrupt_image. Never call it on the loop's thread.
std::string resize(const image& picture);

struct outcome {
  std::string name;
  std::string thumbnail;  // empty if it failed
  std::string error;      // empty if it worked
};

// Resizes every image on `pool`, all handed to the pool at once, and returns one outcome
// per image, in the order of `images`. The loop stays free while the pool works. A corrupt
// image gets its error ("<name> is corrupt"), and the others are unaffected; an image the
// pool never started because it was shut down gets the error "not started".
asio::awaitable<std::vector<outcome>> make_thumbnails(a2a::thread_pool& pool,
                                                      std::vector<image> images);
