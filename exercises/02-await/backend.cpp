// The pretend backend that exercise 02 gives you.
#include "dashboard.hpp"

asio::awaitable<account> backend::find_account(std::string email)
{
  calls.push_back("find_account " + email);
  co_await a2a::sleep(1s);
  co_return accounts.at(email);
}

asio::awaitable<std::vector<std::string>> backend::team_members(std::string team)
{
  calls.push_back("team_members " + team);
  co_await a2a::sleep(500ms);
  co_return teams[team];
}

asio::awaitable<int> backend::unread_messages(int account_id)
{
  calls.push_back(fmt::format("unread_messages {}", account_id));
  co_await a2a::sleep(250ms);
  co_return unread[account_id];
}
