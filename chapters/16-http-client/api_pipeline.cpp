// An API pipeline (the source's fetch-users-then-their-posts): one request for the users,
// then, for every user at once, their posts; the gathers nest, and every list stays in order.
// README test time scale: 1 (story waits between real requests: see cmake/tutorial.cmake)
#include "http_client.hpp"
#include "test_server.hpp"

#include <regex>

// The numbers after "id": in a JSON list. (A real program would use a JSON library; the
// chapter keeps to the packages it already needs.)
std::vector<int> ids_in(const std::string& json)
{
  static const std::regex id("\"id\": ([0-9]+)");
  std::vector<int> ids;
  for (std::sregex_iterator it(json.begin(), json.end(), id), end; it != end; ++it) ids.push_back(std::stoi((*it)[1]));
  return ids;
}

asio::awaitable<std::string> posts_of(http_session& session, test_server& server, int user)
{
  auto posts = co_await session.get(server.url(fmt::format("/posts?user={}", user)));
  co_return fmt::format("user{}: posts {}", user, fmt::join(ids_in(posts.body), ", "));
}

asio::awaitable<void> async_main()
{
  auto executor = co_await asio::this_coro::executor;
  test_server server(executor);
  http_session session(executor);
  auto users = co_await session.get(server.url("/users"));
  std::vector<asio::awaitable<std::string>> per_user;
  for (int user : ids_in(users.body)) per_user.push_back(posts_of(session, server, user));
  for (auto& line : co_await a2a::gather(std::move(per_user))) a2a::log("{}", line);
  a2a::log("requests: {}, connections made: {}", server.requests_served(), session.connections_made());
}

int main()
{
  a2a::run(async_main());
}
