// Exercise 05: the first mirror to answer, and each download as it arrives. Write
// fastest_download() and download_all() in mirrors.cpp; the network (network.cpp) is given.
#pragma once
#include <a2a/a2a.hpp>

#include <functional>

struct mirror {
  std::string name;
  std::chrono::milliseconds latency;  // how long a download from it takes
  bool works = true;                  // a broken mirror fails after `latency`
};

// A pretend network that counts the downloads still running and those cancelled.
struct network {
  int in_flight = 0;
  int cancelled = 0;

  // Waits from.latency, then returns "<file> from <mirror>", or throws
  // std::runtime_error("<mirror> is down").
  asio::awaitable<std::string> download(mirror from, std::string file);
};

struct all_mirrors_failed : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// Downloads `file` from every mirror at once and returns the first download that succeeds.
// A mirror that fails does not end the race. Before it returns, the other downloads have
// been cancelled *and have stopped*. Throws all_mirrors_failed when every mirror fails (as
// soon as the last one has), or at once when there are no mirrors.
asio::awaitable<std::string> fastest_download(network& net, std::vector<mirror> mirrors,
                                              std::string file);

// Starts every request at once and calls `arrived` for each the moment it finishes, in the
// order they finish: with the download's result, or with "<file> failed: <error>".
// Returns how many downloads succeeded.
struct request {
  mirror from;
  std::string file;
};
asio::awaitable<int> download_all(network& net, std::vector<request> requests,
                                  std::function<void(const std::string&)> arrived);
