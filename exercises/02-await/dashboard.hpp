// Exercise 02: a dashboard whose every step needs the one before. Write load_dashboard()
// in dashboard.cpp; the pretend backend (backend.cpp) is given.
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

  asio::awaitable<account> find_account(std::string email);  // 1 s; unknown: std::out_of_range
  asio::awaitable<std::vector<std::string>> team_members(std::string team);  // 0.5 s
  asio::awaitable<int> unread_messages(int account_id);                       // 0.25 s
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
