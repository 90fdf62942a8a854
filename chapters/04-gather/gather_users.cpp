// Five 1-second fetches gathered: 1 second in all.
#include <a2a/a2a.hpp>

struct user {
  int id;
  std::string name;
};

asio::awaitable<user> fetch_user(int id)
{
  co_await a2a::sleep(1s);
  co_return user{id, fmt::format("User {}", id)};
}

asio::awaitable<void> async_main()
{
  auto [u1, u2, u3, u4, u5] = co_await a2a::gather(fetch_user(1), fetch_user(2), fetch_user(3),
                                                   fetch_user(4), fetch_user(5));
  for (const user& u : {u1, u2, u3, u4, u5}) fmt::print("{{id: {}, name: {}}}\n", u.id, u.name);
  a2a::log("all five fetched");
}

int main()
{
  a2a::run(async_main());
}
