// Given: a pretend client connection, so that the room can be tested in story time without
// sockets. receive() takes `per_line` to deliver a line, like a client reading at its own
// speed; a stalled connection never finishes a receive() until close().
#pragma once
#include <a2a/a2a.hpp>

struct connection {
  explicit connection(std::string who, std::chrono::milliseconds speed = std::chrono::milliseconds(10))
      : name(std::move(who)), per_line(speed)
  {
  }

  std::string name;
  std::chrono::milliseconds per_line{10};
  bool stalled = false;

  struct delivery {
    double at;  // story seconds
    std::string line;
  };
  std::vector<delivery> received;
  bool closed = false;

  asio::awaitable<void> receive(std::string line);  // throws std::runtime_error once closed
  void close();                                     // ends a stalled receive(), too

 private:
  a2a::event closing_;
};
