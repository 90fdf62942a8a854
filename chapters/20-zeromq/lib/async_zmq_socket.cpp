#include "async_zmq_socket.hpp"

async_zmq_socket::async_zmq_socket(asio::any_io_executor executor, zmq::context_t& context, zmq::socket_type type)
    : socket_(context, type), descriptor_(executor, socket_.get(zmq::sockopt::fd))
{
  socket_.set(zmq::sockopt::linger, 0);  // closing never waits for unsent messages
}

async_zmq_socket::~async_zmq_socket()
{
  descriptor_.release();  // libzmq closes its descriptor itself, with the socket
}

std::string async_zmq_socket::bind_any_port()
{
  socket_.bind("tcp://127.0.0.1:*");
  return socket_.get(zmq::sockopt::last_endpoint);
}

asio::awaitable<void> async_zmq_socket::wait_until(int event)
{
  while (!(socket_.get(zmq::sockopt::events) & event)) {
    ++waiting_;
    auto [error] = co_await descriptor_.async_wait(asio::posix::descriptor_base::wait_read,
                                                   asio::as_tuple(asio::use_awaitable));
    --waiting_;
    // operation_aborted: wake_waiters() asks us to look again, or our coroutine is cancelled.
    auto cancelled = (co_await asio::this_coro::cancellation_state).cancelled();
    if (cancelled != asio::cancellation_type::none) throw boost::system::system_error(asio::error::operation_aborted);
    if (error && error != asio::error::operation_aborted) throw boost::system::system_error(error);
  }
}

void async_zmq_socket::wake_waiters()
{
  if (waiting_ > 0) descriptor_.cancel();
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
  wake_waiters();
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
  std::vector<std::string> parts;
  for (bool more = true; more;) {
    auto part = co_await receive();
    parts.push_back(part.to_string());
    more = part.more();
  }
  co_return parts;
}

asio::awaitable<void> async_zmq_socket::send(zmq::message_t message, zmq::send_flags flags)
{
  co_await wait_until(ZMQ_POLLOUT);
  auto sent = socket_.send(message, flags | zmq::send_flags::dontwait);
  wake_waiters();
  if (!sent) throw std::logic_error("ZMQ_EVENTS said a message could go");
}

asio::awaitable<void> async_zmq_socket::send_text(std::string_view text, zmq::send_flags flags)
{
  zmq::message_t message(text.data(), text.size());
  co_await send(std::move(message), flags);
}

asio::awaitable<void> async_zmq_socket::send_parts(const std::vector<std::string>& parts)
{
  for (std::size_t i = 0; i < parts.size(); ++i)
    co_await send_text(parts[i], i + 1 < parts.size() ? zmq::send_flags::sndmore : zmq::send_flags::none);
}
