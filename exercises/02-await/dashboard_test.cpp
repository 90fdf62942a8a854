#include "dashboard.hpp"

#include "testing.hpp"

namespace {

backend sample_backend()
{
  backend api;
  api.accounts["ada@example.com"] = {1, "Ada", "compilers"};
  api.accounts["solo@example.com"] = {2, "Solo", "skunkworks"};
  api.teams["compilers"] = {"Grace", "Ada", "Barbara"};
  api.teams["skunkworks"] = {"Solo"};
  api.unread[1] = 4;
  return api;
}

using strings = std::vector<std::string>;

}  // namespace

TEST_CASE("the dashboard has the user's name, teammates and unread count")
{
  auto api = sample_backend();
  auto board = a2a::run(load_dashboard(api, "ada@example.com"));
  CHECK(board.name == "Ada");
  CHECK(board.teammates == strings{"Grace", "Barbara"});
  CHECK(board.unread == 4);
}

TEST_CASE("the calls happen one after another, in order: 1 + 0.5 + 0.25 seconds")
{
  auto api = sample_backend();
  a2a::run(load_dashboard(api, "ada@example.com"));
  CHECK(api.calls ==
        strings{"find_account ada@example.com", "team_members compilers", "unread_messages 1"});
  CHECK(a2a::elapsed() == 1.75);
}

TEST_CASE("someone alone in their team has no teammates")
{
  auto api = sample_backend();
  auto board = a2a::run(load_dashboard(api, "solo@example.com"));
  CHECK(board.name == "Solo");
  CHECK(board.teammates.empty());
  CHECK(board.unread == 0);
}

TEST_CASE("an unknown e-mail fails, and nothing after find_account is called")
{
  auto api = sample_backend();
  CHECK_THROWS_AS(a2a::run(load_dashboard(api, "nobody@example.com")), std::out_of_range);
  CHECK(api.calls == strings{"find_account nobody@example.com"});
  CHECK(a2a::elapsed() == 1.0);
}
