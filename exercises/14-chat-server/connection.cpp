#include "connection.hpp"

asio::awaitable<void> connection::receive(std::string line)
{
  if (closed) throw std::runtime_error(name + ": the connection is closed");
  if (stalled) {
    co_await closing_.wait();  // a client that never reads: only close() ends this
    throw std::runtime_error(name + ": the connection was closed while stalled");
  }
  co_await a2a::sleep(per_line);
  if (closed) throw std::runtime_error(name + ": the connection is closed");
  received.push_back({a2a::elapsed(), std::move(line)});
}

void connection::close()
{
  closed = true;
  closing_.set();
}
