// Exercise 13: a key-value store that clients talk to over TCP, one line per command.
// Write serve_client() in store_server.cpp; the accept loop (listener.cpp) is given.
#pragma once
#include <a2a/a2a.hpp>

#include <map>

// The protocol, one command per line (a line ends with '\n'), one answer line per command:
//   SET key value   ->  OK               (value: the rest of the line, spaces included)
//   GET key         ->  the value, or NOT FOUND
//   DEL key         ->  OK, or NOT FOUND
//   QUIT            ->  BYE, then the server closes the connection
//   anything else   ->  ERROR unknown command
// A line longer than max_line bytes ('\n' included) gets "ERROR line too long" and the
// connection closes. A client that sends nothing for idle_timeout gets "BYE idle" and the
// connection closes. When the client closes its side, the server closes too.
struct limits {
  std::size_t max_line = 1024;
  std::chrono::milliseconds idle_timeout{30'000};
};

using store = std::map<std::string, std::string>;

// Serves one client until it quits, goes idle, sends an over-long line, or closes. `data`
// is shared by every client (they all run on one thread) and outlives every connection.
asio::awaitable<void> serve_client(asio::ip::tcp::socket socket, store& data, limits limits);

// Given: accepts clients on `listener` and serves each with serve_client(), until the
// listener is closed; then waits for the clients still connected.
asio::awaitable<void> serve(asio::ip::tcp::acceptor& listener, store& data, limits limits);
