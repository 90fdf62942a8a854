// Exercise 02: a dashboard whose every step needs the one before. Write load_dashboard()
// in dashboard.cpp; the pretend backend below is given.
#pragma once
#include <a2a/a2a.hpp>

#include <map>

struct account {
  int id;
  std::string name;
  std::string team;
};

// A pretend backend: every call takes story time and is written down in `calls`.
struct backend {
  std::map<std::string, account> accounts;                  // by e-mail
  std::map<std::string, std::vector<std::string>> teams;    // team -> member names
  std::map<int, int> unread;                                // account id -> unread messages
  std::vector<std::string> calls;

  // 1 s. Throws std::out_of_range for an unknown e-mail.
  asio::awaitable<account> find_account(std::string email)
  {
    calls.push_back("find_account " + email);
    co_await a2a::sleep(1s);
    co_return accounts.at(email);
  }

  // 0.5 s. Everyone in the team, in the team's order.
  asio::awaitable<std::vector<std::string>> team_members(std::string team)
  {
    calls.push_back("team_members " + team);
    co_await a2a::sleep(500ms);
    co_return teams[team];
  }

  // 0.25 s.
  asio::awaitable<int> unread_messages(int account_id)
  {
    calls.push_back(fmt::format("unread_messages {}", account_id));
    co_await a2a::sleep(250ms);
    co_return unread[account_id];
  }
};

struct dashboard {
  std::string name;
  std::vector<std::string> teammates;  // the team's members except the user, in team order
  int unread = 0;
};

// Finds the account for `email`, then its team's members, then its unread count (in that
// order: each call needs what the first one found), and puts the dashboard together.
// An unknown e-mail: find_account's exception comes out, and no other call is made.
asio::awaitable<dashboard> load_dashboard(backend& api, std::string email);
