#include "thumbnails.hpp"

namespace {

asio::awaitable<outcome> make_one(a2a::thread_pool& pool, image picture)
{
  outcome result{picture.name, "", ""};
  auto resize_it = [picture] { return resize(picture); };  // not inside the co_await: g++ 12
  try {
    result.thumbnail = co_await pool.run(resize_it);
  } catch (const corrupt_image& e) {
    result.error = e.what();
  } catch (const a2a::pool_shut_down&) {
    result.error = "not started";
  }
  co_return result;
}

}  // namespace

asio::awaitable<std::vector<outcome>> make_thumbnails(a2a::thread_pool& pool,
                                                      std::vector<image> images)
{
  std::vector<asio::awaitable<outcome>> work;
  for (auto& picture : images) work.push_back(make_one(pool, picture));
  co_return co_await a2a::gather(std::move(work));
}
