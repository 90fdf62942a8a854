#include "a2a/threads.hpp"

namespace a2a::detail {

thread_pool& default_pool()
{
  static thread_pool pool(std::min<std::size_t>(32, std::thread::hardware_concurrency() + 4));
  return pool;
}

}  // namespace a2a::detail
