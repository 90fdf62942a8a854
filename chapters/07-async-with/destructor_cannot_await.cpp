// Why not a destructor? It cannot co_await. The best it can do is start the async close and
// walk away: nobody waits for it, so the program goes on while the connection is still
// open, and an error in the close has nowhere to go.
#include <a2a/a2a.hpp>

asio::awaitable<void> close_connection()
{
  co_await a2a::sleep(1s);
  a2a::log("connection closed");
}

class connection_guard {
 public:
  explicit connection_guard(asio::any_io_executor executor) : executor_(executor) {}
  ~connection_guard() { asio::co_spawn(executor_, close_connection(), asio::detached); }

 private:
  asio::any_io_executor executor_;
};

asio::awaitable<void> async_main()
{
  {
    connection_guard guard(co_await asio::this_coro::executor);
    a2a::log("using the connection");
  }
  a2a::log("block left: is the connection closed? not yet");
  co_await a2a::sleep(2s);
}

int main()
{
  a2a::run(async_main());
}
