// A database-cursor-like source: one slow query, then rows fetched one at a time.
#include <a2a/a2a.hpp>

struct user {
  int id;
  std::string name;
};

class database_cursor {
 public:
  explicit database_cursor(std::string query) : query_(std::move(query)) {}

  asio::awaitable<void> execute()
  {
    co_await a2a::sleep(1s);
    a2a::log("executed: {}", query_);
    results_ = {{1, "Alice"}, {2, "Bob"}, {3, "Charlie"}};
  }

  asio::awaitable<std::optional<user>> next()
  {
    if (index_ >= results_.size()) co_return std::nullopt;
    co_await a2a::sleep(100ms);  // fetching one row
    co_return results_[index_++];
  }

 private:
  std::string query_;
  std::vector<user> results_;
  std::size_t index_ = 0;
};

asio::awaitable<void> async_main()
{
  database_cursor cursor("SELECT * FROM users");
  co_await cursor.execute();
  while (auto row = co_await cursor.next()) a2a::log("User: {}", row->name);
}

int main()
{
  a2a::run(async_main());
}
