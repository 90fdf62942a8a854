#include "async_zmq_socket.hpp"

#include <cassert>

async_zmq_socket::async_zmq_socket(asio::any_io_executor executor, zmq::context_t& context, zmq::socket_type type)
    : socket_(context, type), descriptor_(executor, socket_.get(zmq::sockopt::fd))
{
  socket_.set(zmq::sockopt::linger, 0);  // closing never waits for unsent messages
}

async_zmq_socket::~async_zmq_socket()
{
  assert(waiting_for_input_ == 0 && waiting_for_output_ == 0 && "a coroutine still waits on this socket");
  descriptor_.release();  // libzmq closes its descriptor itself, with the socket
}

std::string async_zmq_socket::bind_any_port()
{
  socket_.bind("tcp://127.0.0.1:*");
  return socket_.get(zmq::sockopt::last_endpoint);
}

int async_zmq_socket::events_waking_waiters()
{
  int events = socket_.get(zmq::sockopt::events);
  bool someone_can_go = (events & ZMQ_POLLIN && waiting_for_input_ > 0) ||
                        (events & ZMQ_POLLOUT && waiting_for_output_ > 0);
  if (someone_can_go) descriptor_.cancel();  // they wake with operation_aborted and look again
  return events;
}

namespace {

// Counts a waiter for as long as it waits, however the wait ends.
struct counted_wait {
  int& waiting;
  explicit counted_wait(int& count) : waiting(count) { ++waiting; }
  ~counted_wait() { --waiting; }
};

}  // namespace

asio::awaitable<void> async_zmq_socket::wait_until(int event)
{
  while (!(events_waking_waiters() & event)) {
    boost::system::error_code error;
    {
      counted_wait counted(event == ZMQ_POLLIN ? waiting_for_input_ : waiting_for_output_);
      std::tie(error) = co_await descriptor_.async_wait(asio::posix::descriptor_base::wait_read,
                                                        asio::as_tuple(asio::use_awaitable));
    }
    // operation_aborted: another coroutine woke us to look again, or ours was cancelled.
    auto cancelled = (co_await asio::this_coro::cancellation_state).cancelled();
    if (cancelled != asio::cancellation_type::none) throw boost::system::system_error(asio::error::operation_aborted);
    if (error && error != asio::error::operation_aborted) throw boost::system::system_error(error);
  }
}

asio::awaitable<void> async_zmq_socket::readable()
{
  co_await wait_until(ZMQ_POLLIN);
}

asio::awaitable<zmq::message_t> async_zmq_socket::receive()
{
  zmq::message_t message;
  co_await wait_until(ZMQ_POLLIN);
  auto received = socket_.recv(message, zmq::recv_flags::dontwait);
  events_waking_waiters();
  if (!received) throw std::logic_error("ZMQ_EVENTS said a message was there");
  co_return message;
}

asio::awaitable<std::string> async_zmq_socket::receive_text()
{
  auto message = co_await receive();
  co_return message.to_string();
}

asio::awaitable<std::vector<std::string>> async_zmq_socket::receive_parts()
{
  auto first = co_await receive();
  std::vector<std::string> parts{first.to_string()};
  for (bool more = first.more(); more;) {  // no co_await in here: nothing can come between parts
    zmq::message_t part;
    if (!socket_.recv(part, zmq::recv_flags::dontwait)) throw std::logic_error("a message ended early");
    parts.push_back(part.to_string());
    more = part.more();
  }
  events_waking_waiters();
  co_return parts;
}

asio::awaitable<void> async_zmq_socket::send(zmq::message_t message, zmq::send_flags flags)
{
  co_await wait_until(ZMQ_POLLOUT);
  auto sent = socket_.send(message, flags | zmq::send_flags::dontwait);
  events_waking_waiters();
  if (!sent) throw std::logic_error("ZMQ_EVENTS said a message could go");
}

asio::awaitable<void> async_zmq_socket::send_text(std::string_view text, zmq::send_flags flags)
{
  zmq::message_t message(text.data(), text.size());
  co_await send(std::move(message), flags);
}

asio::awaitable<void> async_zmq_socket::send_parts(const std::vector<std::string>& parts)
{
  if (parts.empty()) co_return;
  co_await wait_until(ZMQ_POLLOUT);
  for (std::size_t i = 0; i < parts.size(); ++i) {  // no co_await in here either
    auto flags = i + 1 < parts.size() ? zmq::send_flags::sndmore : zmq::send_flags::none;
    if (!socket_.send(zmq::buffer(parts[i]), flags | zmq::send_flags::dontwait))
      throw std::logic_error("ZeroMQ refused a part of a message it had started");
  }
  events_waking_waiters();
}
