// A scripted chat client for the chapter's examples and tests: it connects, keeps every line
// it hears, and says what it is told to.
#pragma once
#include <a2a/a2a.hpp>

#include <algorithm>

class chat_client {
 public:
  // Connects and starts listening; everything heard lands in heard().
  static asio::awaitable<chat_client> connect(asio::ip::tcp::endpoint server)
  {
    auto state = std::make_shared<shared_state>(co_await asio::this_coro::executor);
    co_await state->socket.async_connect(server, asio::use_awaitable);
    auto listening = a2a::create_task(state->socket.get_executor(), listen(state));
    co_return chat_client(std::move(state), std::move(listening));
  }

  chat_client(chat_client&&) = default;
  ~chat_client()
  {
    if (state_) vanish();  // its listening task ends; it owns what it uses, so nothing dangles
  }

  asio::awaitable<void> say(std::string line)
  {
    line += '\n';
    co_await asio::async_write(state_->socket, asio::buffer(line), asio::use_awaitable);
  }

  void vanish()  // no /quit, no goodbye: gone
  {
    boost::system::error_code ignored;
    state_->socket.close(ignored);
  }

  // Waits until `line` has been heard (or the connection has closed): a script goes on only
  // once the server has acted, however late the kernel delivers, never after a guessed sleep.
  asio::awaitable<void> until_heard(std::string line)
  {
    auto& heard = state_->heard;
    while (state_->open && std::find(heard.begin(), heard.end(), line) == heard.end())
      co_await state_->news.wait();
  }

  // Waits until the server has closed the connection (or we vanished); then heard() is final.
  asio::awaitable<void> until_closed() { co_await listening_.get(); }

  const std::vector<std::string>& heard() const { return state_->heard; }

 private:
  // Shared with the listening task, which may outlive this object by a moment.
  struct shared_state {
    explicit shared_state(asio::any_io_executor executor) : socket(executor) {}
    asio::ip::tcp::socket socket;
    std::vector<std::string> heard;
    bool open = true;
    a2a::event news;  // set, then cleared again, each time a line arrives or the connection ends
  };

  chat_client(std::shared_ptr<shared_state> state, a2a::Task<void> listening)
      : state_(std::move(state)), listening_(std::move(listening))
  {
  }

  static asio::awaitable<void> listen(std::shared_ptr<shared_state> state)
  {
    std::string buffer;
    for (;;) {
      auto [error, length] = co_await asio::async_read_until(state->socket, asio::dynamic_buffer(buffer), '\n',
                                                             asio::as_tuple(asio::use_awaitable));
      if (error) state->open = false;
      else state->heard.push_back(buffer.substr(0, length - 1));
      state->news.set();
      state->news.clear();
      if (error) co_return;
      buffer.erase(0, length);
    }
  }

  std::shared_ptr<shared_state> state_;
  a2a::Task<void> listening_;
};
