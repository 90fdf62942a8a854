// A peer that disappears. A REQ socket that sent a request waits for its answer forever,
// and will not send another request before it has one. So a client that must survive a
// dead server waits with a timeout, and on timeout throws the socket away and makes a
// new one (ZeroMQ's guide calls it the Lazy Pirate). Here the server answers twice, then
// goes away.
// README test time scale: 1
#include "async_zmq_socket.hpp"

asio::awaitable<void> answer_twice_then_leave(zmq::context_t& context, std::string& endpoint)
{
  async_zmq_socket server(co_await asio::this_coro::executor, context, zmq::socket_type::rep);
  endpoint = server.bind_any_port();
  for (int i = 0; i < 2; ++i) co_await server.send_text(co_await server.receive_text() + ": done");
  a2a::log("server: gone");
}

// One request, three tries, a new socket for each.
asio::awaitable<std::optional<std::string>> request(zmq::context_t& context, const std::string& endpoint,
                                                     std::string text)
{
  auto executor = co_await asio::this_coro::executor;
  for (int attempt = 1; attempt <= 3; ++attempt) {
    async_zmq_socket client(executor, context, zmq::socket_type::req);
    client.native().connect(endpoint);
    co_await client.send_text(text);
    try {
      co_return co_await a2a::wait_for(client.receive_text(), 300ms);
    } catch (const a2a::timeout_error&) {
      a2a::log("client: no answer to '{}' (try {} of 3)", text, attempt);
    }
  }
  co_return std::nullopt;
}

asio::awaitable<void> async_main()
{
  zmq::context_t context;
  std::string endpoint;
  auto server = a2a::create_task(co_await asio::this_coro::executor, answer_twice_then_leave(context, endpoint));
  co_await a2a::sleep(0s);  // the server binds
  for (std::string text : {"job 1", "job 2", "job 3"}) {
    auto answer = co_await request(context, endpoint, text);
    a2a::log("client: {}", answer ? *answer : "'" + text + "' given up");
  }
  co_await server.get();
}

int main()
{
  a2a::run(async_main());
}
