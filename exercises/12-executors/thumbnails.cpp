#include "thumbnails.hpp"

asio::awaitable<std::vector<outcome>> make_thumbnails(a2a::thread_pool& pool,
                                                      std::vector<image> images)
{
  // TODO: resize() blocks the loop's thread here, one image after another, and a corrupt
  // image stops everything. Run each resize on `pool`, all at once, and turn each failure
  // (corrupt_image, a2a::pool_shut_down) into that image's error.
  std::vector<outcome> outcomes;
  for (auto& picture : images) outcomes.push_back({picture.name, resize(picture), ""});
  co_return outcomes;
}
