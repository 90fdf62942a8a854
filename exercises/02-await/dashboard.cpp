#include "dashboard.hpp"

asio::awaitable<dashboard> load_dashboard(backend& api, std::string email)
{
  // TODO: co_await api.find_account(email); then, with the account it gives you, co_await
  // api.team_members(account.team) and api.unread_messages(account.id). Leave the user out
  // of their own list of teammates.
  co_return dashboard{email, {}, 0};
}
