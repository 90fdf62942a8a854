// An exception thrown on the pool's thread travels back and comes out of the co_await,
// on the loop's thread, where an ordinary try/catch handles it.
#include <a2a/a2a.hpp>

int parse_port(std::string text)
{
  return std::stoi(text);  // throws std::invalid_argument for "http"
}

asio::awaitable<void> async_main()
{
  for (std::string text : {"8080", "http"}) {
    try {
      int port = co_await a2a::to_thread(parse_port, text);
      a2a::log("port {}", port);
    } catch (const std::invalid_argument& e) {
      a2a::log("'{}' is not a port ({})", text, e.what());
    }
  }
}

int main()
{
  a2a::run(async_main());
}
