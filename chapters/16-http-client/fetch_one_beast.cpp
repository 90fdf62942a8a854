// One page, with plain Beast: resolve, connect, write a request, read the response. This is
// what the chapter's http_session does for you (fetch_one is the same page through it).
// The server is the chapter's own (lib/test_server.hpp), started here on 127.0.0.1.
#include "test_server.hpp"

#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>

namespace beast = boost::beast;
namespace http = beast::http;
using asio::ip::tcp;

asio::awaitable<void> async_main()
{
  auto executor = co_await asio::this_coro::executor;
  test_server server(executor);

  tcp::resolver resolver(executor);
  auto endpoints = co_await resolver.async_resolve("127.0.0.1", std::to_string(server.port()), asio::use_awaitable);
  beast::tcp_stream stream(executor);  // a TCP socket with a deadline on its operations
  stream.expires_after(std::chrono::seconds(5));  // one deadline for connect, write and read together
  co_await stream.async_connect(endpoints, asio::use_awaitable);

  http::request<http::empty_body> request{http::verb::get, "/users/1", 11};
  request.set(http::field::host, "127.0.0.1");
  co_await http::async_write(stream, request, asio::use_awaitable);

  // The buffer is not the message: a read may take in more bytes than this response (the
  // next one on a kept-alive connection), and those stay in the buffer for the next read.
  beast::flat_buffer buffer;
  http::response<http::string_body> response;  // the body arrives as one std::string
  co_await http::async_read(stream, buffer, response, asio::use_awaitable);
  // Beast's string_view is Boost's own, which fmt cannot print: std::string_view can.
  auto text = [](beast::string_view s) { return std::string_view(s.data(), s.size()); };
  fmt::print("{} {}\n", response.result_int(), text(response.reason()));
  fmt::print("content-type: {}\n", text(response[http::field::content_type]));
  fmt::print("{}", response.body());

  beast::error_code ignored;
  stream.socket().shutdown(tcp::socket::shutdown_both, ignored);
}

int main()
{
  a2a::run(async_main());
}
