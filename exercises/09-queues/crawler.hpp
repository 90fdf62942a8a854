// Exercise 09: a crawler with a pool of workers sharing a queue. Write crawl() in
// crawler.cpp; the website (website.cpp) is given.
#pragma once
#include <a2a/a2a.hpp>

#include <map>
#include <set>

struct broken_page : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// A pretend website that counts fetches, and fetches still running.
struct website {
  std::map<std::string, std::vector<std::string>> links;  // page -> the pages it links to
  int fetches = 0;
  int in_flight = 0;

  // Takes 1 s. Returns the page's links, or throws broken_page for a page not in `links`.
  asio::awaitable<std::vector<std::string>> fetch(std::string url);
};

struct crawl_report {
  std::set<std::string> visited;  // fetched successfully
  std::set<std::string> broken;   // their fetch threw broken_page
};

// Crawls everything reachable from `start` with `workers` coroutines taking URLs from one
// a2a::queue. Each page is fetched once; a broken page is recorded and the crawl goes on.
// Returns once every page has been dealt with, and no worker is left running, also when
// crawl() itself is cancelled. workers == 0 throws std::invalid_argument.
asio::awaitable<crawl_report> crawl(website& site, std::string start, std::size_t workers);
