#include "dashboard.hpp"

asio::awaitable<dashboard> load_dashboard(backend& api, std::string email)
{
  account who = co_await api.find_account(email);
  std::vector<std::string> members = co_await api.team_members(who.team);
  int unread = co_await api.unread_messages(who.id);

  dashboard board{who.name, {}, unread};
  for (auto& member : members)
    if (member != who.name) board.teammates.push_back(member);
  co_return board;
}
