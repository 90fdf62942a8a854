// A ZeroMQ socket that coroutines can await (zmq.asyncio's Socket, for Asio).
//
// libzmq gives each socket a file descriptor (ZMQ_FD) that Asio can wait on, with two
// traps that make the naive idiom hang or crash:
// - The descriptor is edge-triggered and says only "the socket's state may have changed".
//   One wake-up can stand for many messages, and a send, a receive or even a look at
//   ZMQ_EVENTS can use up the wake-up for what comes next. So ask ZMQ_EVENTS before every
//   wait, and whenever it shows what another coroutine waits for, wake that coroutine.
// - The descriptor belongs to libzmq: release it from Asio, never let Asio close it.
//
// Like every Asio object, it must outlive the coroutines that wait on it.
#pragma once
#include <a2a/a2a.hpp>

#include <zmq.hpp>

class async_zmq_socket {
 public:
  async_zmq_socket(asio::any_io_executor executor, zmq::context_t& context, zmq::socket_type type);
  ~async_zmq_socket();
  async_zmq_socket(const async_zmq_socket&) = delete;
  async_zmq_socket& operator=(const async_zmq_socket&) = delete;

  // bind, connect, options: cppzmq's own socket.
  zmq::socket_t& native() { return socket_; }
  // Binds to tcp://127.0.0.1 on a port the system picks, and returns the endpoint it got.
  std::string bind_any_port();

  // Until a message is there to receive, without receiving it: what a Poller answers.
  // Unlike `a.receive() || b.receive()`, `a.readable() || b.readable()` takes no message
  // from the socket that loses the race.
  asio::awaitable<void> readable();

  asio::awaitable<zmq::message_t> receive();
  asio::awaitable<std::string> receive_text();
  // All the parts of one message (sent with send_flags::sndmore). ZeroMQ delivers the parts
  // of a message together, so once the first is there the rest are taken without waiting.
  asio::awaitable<std::vector<std::string>> receive_parts();

  asio::awaitable<void> send(zmq::message_t message, zmq::send_flags flags = zmq::send_flags::none);
  asio::awaitable<void> send_text(std::string_view text, zmq::send_flags flags = zmq::send_flags::none);
  // One message of several parts; once ZeroMQ takes the first part it takes them all.
  asio::awaitable<void> send_parts(const std::vector<std::string>& parts);

 private:
  // Until ZMQ_EVENTS has `event` (ZMQ_POLLIN or ZMQ_POLLOUT).
  asio::awaitable<void> wait_until(int event);
  // ZMQ_EVENTS, and a wake-up for whoever waits for an event that is there now: reading
  // them, or sending or receiving, may have used up the descriptor's signal for it.
  int events_waking_waiters();

  zmq::socket_t socket_;
  asio::posix::stream_descriptor descriptor_;
  int waiting_for_input_ = 0, waiting_for_output_ = 0;
};
