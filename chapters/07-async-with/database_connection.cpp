// enter() may hand the body a value: here the connection itself, like Python's
// `return self`. It lives inside async_with until exit() is done, so a pointer is safe.
#include <a2a/a2a.hpp>

class database_connection {
 public:
  asio::awaitable<database_connection*> enter()
  {
    a2a::log("Opening database connection...");
    co_await a2a::sleep(1s);
    a2a::log("Database connection opened");
    co_return this;
  }

  asio::awaitable<void> exit(std::exception_ptr)
  {
    a2a::log("Closing database connection...");
    co_await a2a::sleep(500ms);
    a2a::log("Database connection closed");
  }

  asio::awaitable<std::string> query(std::string sql)
  {
    co_await a2a::sleep(500ms);
    co_return fmt::format("Results for: {}", sql);
  }
};

asio::awaitable<void> async_main()
{
  co_await a2a::async_with(database_connection{},
                           [](database_connection* db) -> asio::awaitable<void> {
                             auto result = co_await db->query("SELECT * FROM users");
                             a2a::log("{}", result);
                           });
  a2a::log("the connection was closed before this line");
}

int main()
{
  a2a::run(async_main());
}
