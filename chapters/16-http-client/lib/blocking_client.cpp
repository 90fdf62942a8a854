#include "blocking_client.hpp"

#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>

namespace beast = boost::beast;
namespace http = beast::http;
using asio::ip::tcp;

http_response blocking_get(const std::string& url)
{
  auto where = parse_http_url(url);
  asio::io_context context;  // this thread's own, for the blocking calls
  tcp::resolver resolver(context);
  beast::tcp_stream stream(context);
  stream.connect(resolver.resolve(where.host, std::to_string(where.port)));
  http::request<http::empty_body> request{http::verb::get, where.path, 11};
  request.set(http::field::host, where.authority);
  http::write(stream, request);
  beast::flat_buffer buffer;
  http::response<http::string_body> message;
  http::read(stream, buffer, message);
  beast::error_code ignored;
  stream.socket().shutdown(tcp::socket::shutdown_both, ignored);

  http_response response;
  response.status = message.result_int();
  response.body = std::move(message.body());
  return response;
}
