#include "blocking_client.hpp"

#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/url.hpp>

namespace beast = boost::beast;
namespace http = beast::http;
using asio::ip::tcp;

http_response blocking_get(const std::string& url)
{
  auto parsed = boost::urls::parse_uri(url);
  if (!parsed || parsed->scheme() != "http") throw http_error(http_failure::bad_url, url, "only http:// URLs");
  std::string host(parsed->host()), port = parsed->has_port() ? std::string(parsed->port()) : "80";
  std::string target = parsed->encoded_path().empty() ? "/" : std::string(parsed->encoded_path());
  if (parsed->has_query()) target += "?" + std::string(parsed->encoded_query());

  asio::io_context context;  // this thread's own, for the blocking calls
  tcp::resolver resolver(context);
  beast::tcp_stream stream(context);
  stream.connect(resolver.resolve(host, port));
  http::request<http::empty_body> request{http::verb::get, target, 11};
  request.set(http::field::host, host);
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
