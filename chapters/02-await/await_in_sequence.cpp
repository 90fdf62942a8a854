// Awaits in a row run one after the other: each waits for the previous one's result.
#include <a2a/a2a.hpp>

struct user {
  int id;
  std::string name;
};

asio::awaitable<user> fetch_user(int id)
{
  a2a::log("querying the database for user {}", id);
  co_await a2a::sleep(1s);
  co_return user{id, "Ada"};
}

asio::awaitable<std::string> fetch_profile(const user& who)
{
  a2a::log("fetching the profile of {}", who.name);
  co_await a2a::sleep(500ms);
  co_return who.name + " likes coroutines";
}

asio::awaitable<std::string> process_user(int id)
{
  user who = co_await fetch_user(id);
  std::string profile = co_await fetch_profile(who);
  // Ordinary code between the awaits runs without pausing.
  co_return fmt::format("#{}: {}", who.id, profile);
}

asio::awaitable<void> async_main()
{
  std::string summary = co_await process_user(7);
  a2a::log("done: {}", summary);
}

int main()
{
  a2a::run(async_main());
}
