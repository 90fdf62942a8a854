// REQ and REP (S990): the simplest ZeroMQ pattern, a request and its answer in lockstep. The
// server and the client are two coroutines of one program here, over TCP on 127.0.0.1; they
// could as well be two programs (servers/rep_server is one), or two machines.
#include "async_zmq_socket.hpp"

asio::awaitable<void> answer(async_zmq_socket& server, int requests)
{
  for (int i = 0; i < requests; ++i) {
    auto request = co_await server.receive_text();
    co_await server.send_text(fmt::format("{}, world", request));
  }
}

asio::awaitable<void> ask(async_zmq_socket& client, int requests)
{
  for (int i = 1; i <= requests; ++i) {
    co_await client.send_text(fmt::format("hello {}", i));
    a2a::log("sent 'hello {}', got '{}'", i, co_await client.receive_text());
  }
}

asio::awaitable<void> async_main()
{
  auto executor = co_await asio::this_coro::executor;
  zmq::context_t context;
  async_zmq_socket server(executor, context, zmq::socket_type::rep);
  async_zmq_socket client(executor, context, zmq::socket_type::req);
  client.native().connect(server.bind_any_port());
  co_await a2a::gather(answer(server, 3), ask(client, 3));
}

int main()
{
  a2a::run(async_main());
}
