// A release without an acquire is a bug. A plain semaphore lets it slip by and quietly
// allows one more holder from then on; a bounded_semaphore reports it at once.
#include <a2a/a2a.hpp>

asio::awaitable<void> async_main()
{
  a2a::semaphore plain(2);
  plain.release();  // the bug
  fmt::print("semaphore(2) after one release too many: {} holders allowed\n", plain.value());

  a2a::bounded_semaphore bounded(2);
  try {
    bounded.release();
  } catch (const std::logic_error& e) {
    fmt::print("bounded_semaphore(2): {}\n", e.what());
  }
  co_return;
}

int main()
{
  a2a::run(async_main());
}
