// PUB and SUB: one publisher, subscribers that each take only the topics they subscribed
// to (a prefix of the message). A subscription travels to the publisher like a message, so
// what is published before it arrives is lost: the "slow joiner". An XPUB socket sees the
// subscriptions arrive, so this publisher starts only once both subscribers are there.
#include "async_zmq_socket.hpp"

asio::awaitable<void> publish(async_zmq_socket& publisher, int subscribers)
{
  std::vector<std::string> topics;
  while (topics.size() < static_cast<std::size_t>(subscribers))
    topics.push_back((co_await publisher.receive_text()).substr(1));  // "\x01" and the topic
  std::sort(topics.begin(), topics.end());  // they arrive in either order
  a2a::log("publisher: subscriptions to {}, so it starts", fmt::join(topics, " and "));
  for (std::string news : {"weather: sunny", "sports: 2-1", "weather: rain", "sports: 0-0", "weather: end",
                           "sports: end"})
    co_await publisher.send_text(news);
}

asio::awaitable<std::vector<std::string>> subscribe(async_zmq_socket& subscriber, std::string topic)
{
  subscriber.native().set(zmq::sockopt::subscribe, topic);
  std::vector<std::string> received;
  while (received.empty() || !received.back().ends_with("end")) received.push_back(co_await subscriber.receive_text());
  co_return received;
}

asio::awaitable<void> async_main()
{
  auto executor = co_await asio::this_coro::executor;
  zmq::context_t context;
  async_zmq_socket publisher(executor, context, zmq::socket_type::xpub);
  async_zmq_socket weather(executor, context, zmq::socket_type::sub);
  async_zmq_socket sports(executor, context, zmq::socket_type::sub);
  auto endpoint = publisher.bind_any_port();
  weather.native().connect(endpoint);
  sports.native().connect(endpoint);
  auto [_, weather_news, sports_news] =
      co_await a2a::gather(publish(publisher, 2), subscribe(weather, "weather"), subscribe(sports, "sports"));
  fmt::print("weather subscriber: {}\n", fmt::join(weather_news, " | "));
  fmt::print("sports subscriber:  {}\n", fmt::join(sports_news, " | "));
}

int main()
{
  a2a::run(async_main());
}
