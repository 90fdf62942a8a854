// What the echo server's tests share: clients, and a server to run them against.
#pragma once
#include "echo_server.hpp"

#include <open_files.hpp>  // allow_many_open_files(): 1,000 clients are 2,000 descriptors here

#include <filesystem>
#include <functional>

using asio::ip::tcp;

inline std::size_t open_descriptors()
{
  auto entries = std::filesystem::directory_iterator("/proc/self/fd");
  return static_cast<std::size_t>(std::distance(entries, std::filesystem::directory_iterator()));
}

inline tcp::endpoint any_local_port() { return {asio::ip::make_address("127.0.0.1"), 0}; }

inline asio::awaitable<tcp::socket> connect(tcp::endpoint server)
{
  tcp::socket socket(co_await asio::this_coro::executor);
  co_await socket.async_connect(server, asio::use_awaitable);
  co_return socket;
}

// Sends `data`, closes the sending side, and returns all the server sends until it closes.
inline asio::awaitable<std::string> exchange(tcp::endpoint server, std::string data)
{
  auto socket = co_await connect(server);
  co_await asio::async_write(socket, asio::buffer(data), asio::use_awaitable);
  socket.shutdown(tcp::socket::shutdown_send);
  std::string answer;
  co_await asio::async_read(socket, asio::dynamic_buffer(answer), asio::as_tuple(asio::use_awaitable));
  co_return answer;
}

// Runs `clients` against a fresh server with `options`, then stops it; returns what the
// clients returned.
template <typename T>
T with_server(server_options options, std::function<asio::awaitable<T>(echo_server&)> clients)
{
  auto main = [&]() -> asio::awaitable<T> {
    auto executor = co_await asio::this_coro::executor;
    echo_server server(executor, any_local_port(), options);
    auto serving = a2a::create_task(executor, server.run());
    T result = co_await clients(server);
    server.stop();
    co_await serving.get();
    co_return result;
  };
  return a2a::run(main());
}

