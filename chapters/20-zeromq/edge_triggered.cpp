// The trap of ZMQ_FD: it is edge-triggered. Three messages arrive together; the naive
// receiver waits on the descriptor, then receives one message, then waits again, and the
// descriptor never signals again: the other two sit in the socket unseen. async_zmq_socket asks
// ZMQ_EVENTS before each wait and gets all three.
// README test time scale: 1
#include "async_zmq_socket.hpp"

// Waits for the descriptor first, as for a plain socket: wrong for ZeroMQ.
asio::awaitable<int> receive_naively(zmq::socket_t& socket, int expected)
{
  asio::posix::stream_descriptor descriptor(co_await asio::this_coro::executor, socket.get(zmq::sockopt::fd));
  int received = 0;
  while (received < expected) {
    auto readable = descriptor.async_wait(asio::posix::descriptor_base::wait_read, asio::use_awaitable);
    try {
      co_await a2a::wait_for(std::move(readable), 500ms);
    } catch (const a2a::timeout_error&) {
      break;  // half a second without a wake-up
    }
    zmq::message_t message;
    if (socket.recv(message, zmq::recv_flags::dontwait)) ++received;
  }
  descriptor.release();  // the descriptor is libzmq's
  co_return received;
}

asio::awaitable<int> receive_with_events(async_zmq_socket& socket, int expected)
{
  for (int i = 0; i < expected; ++i) co_await socket.receive();
  co_return expected;
}

asio::awaitable<void> async_main()
{
  auto executor = co_await asio::this_coro::executor;
  zmq::context_t context;
  {
    zmq::socket_t receiver(context, zmq::socket_type::pull);  // no async_zmq_socket: epoll takes
    receiver.set(zmq::sockopt::linger, 0);                     // one Asio object per descriptor
    receiver.bind("tcp://127.0.0.1:*");
    async_zmq_socket sender(executor, context, zmq::socket_type::push);
    sender.native().connect(receiver.get(zmq::sockopt::last_endpoint));
    for (int i = 0; i < 3; ++i) co_await sender.send_text("a message");
    fmt::print("waits on ZMQ_FD, then receives: {} of 3 messages\n", co_await receive_naively(receiver, 3));
  }
  async_zmq_socket receiver(executor, context, zmq::socket_type::pull);
  async_zmq_socket sender(executor, context, zmq::socket_type::push);
  sender.native().connect(receiver.bind_any_port());
  for (int i = 0; i < 3; ++i) co_await sender.send_text("a message");
  fmt::print("asks ZMQ_EVENTS first: {} of 3 messages\n", co_await receive_with_events(receiver, 3));
}

int main()
{
  a2a::run(async_main());
}
