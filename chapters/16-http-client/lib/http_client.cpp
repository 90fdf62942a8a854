#include "http_client.hpp"

#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/url.hpp>

#include <charconv>
#include <limits>

namespace beast = boost::beast;
namespace http = beast::http;
namespace urls = boost::urls;
using asio::ip::tcp;

std::string http_response::header(std::string_view name) const
{
  for (auto& [key, value] : headers)
    if (beast::iequals(key, name)) return value;
  return {};
}

http_error::http_error(http_failure kind, const std::string& url, const std::string& reason)
    : std::runtime_error(url + ": " + reason), kind(kind), url(url), reason(reason)
{
}

http_target parse_http_url(const std::string& url)
{
  auto parsed = urls::parse_uri(url);
  if (!parsed) throw http_error(http_failure::bad_url, url, "not a URL (" + parsed.error().message() + ")");
  auto u = *parsed;
  if (u.scheme() == "https")
    throw http_error(http_failure::unsupported_scheme, url, "https needs TLS, which this client does not do");
  if (u.scheme() != "http") throw http_error(http_failure::unsupported_scheme, url, "only http:// URLs are supported");
  if (u.encoded_host().empty()) throw http_error(http_failure::bad_url, url, "no host in the URL");
  unsigned short port = 80;  // also for "http://host:/", as RFC 3986 says
  if (auto digits = u.port(); !digits.empty()) {
    unsigned long number = 0;
    auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), number);
    if (error != std::errc() || number == 0 || number > 65535)
      throw http_error(http_failure::bad_url, url, "no such port: " + std::string(digits));
    port = static_cast<unsigned short>(number);
  }
  std::string path = u.encoded_path().empty() ? "/" : std::string(u.encoded_path());
  if (u.has_query()) path += "?" + std::string(u.encoded_query());
  std::string host(u.host_address());
  auto bracketed = u.host_type() == urls::host_type::ipv6 ? "[" + host + "]" : host;
  return {host, port, bracketed + ":" + std::to_string(port), path};
}

namespace {
// Beast's and the system's error codes, sorted into what a caller can act on.
http_failure failure_of(const boost::system::error_code& error)
{
  if (error == asio::error::connection_refused) return http_failure::refused;
  if (error == beast::error::timeout) return http_failure::timeout;
  if (error == http::error::body_limit) return http_failure::body_too_large;
  if (error == http::error::end_of_stream || error == http::error::partial_message || error == asio::error::eof ||
      error == asio::error::connection_reset || error == asio::error::broken_pipe)
    return http_failure::closed_early;
  if (error.category() == http::make_error_code(http::error::bad_version).category()) return http_failure::malformed;  // Beast's parser
  return http_failure::network;
}

// What a failure means, before Beast's own words for it.
std::string explain(const boost::system::error_code& error)
{
  switch (failure_of(error)) {
    case http_failure::refused: return "nobody listens there (" + error.message() + ")";
    case http_failure::timeout: return "no answer in time (" + error.message() + ")";
    case http_failure::body_too_large: return "the body is over the limit (" + error.message() + ")";
    case http_failure::closed_early: return "the connection closed before the whole answer (" + error.message() + ")";
    case http_failure::malformed: return "not an HTTP answer (" + error.message() + ")";
    default: return error.message();
  }
}

// A cancelled operation is not the server's fault: it goes on as a cancellation.
void throw_if_aborted(const boost::system::error_code& error)
{
  if (error == asio::error::operation_aborted) throw boost::system::system_error(error);
}

bool is_redirect(unsigned status)
{
  return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}
}  // namespace

struct http_session::impl {
  impl(asio::any_io_executor executor, client_options options)
      : executor(executor),
        options(options),
        slots(options.max_connections > 0 ? options.max_connections : std::numeric_limits<std::size_t>::max())
  {
  }

  asio::any_io_executor executor;
  client_options options;
  a2a::semaphore slots;
  std::map<std::string, std::vector<beast::tcp_stream>> idle;  // kept-alive connections per host:port
  std::size_t made = 0;

  // The addresses of host:port, looked up once per session, one lookup at a time. Asio's
  // resolver calls the blocking getaddrinfo on a thread of its own, one lookup after
  // another: 10,000 requests to one host would queue 10,000 lookups. A numeric address
  // ("127.0.0.1") needs no lookup at all.
  std::map<std::string, tcp::resolver::results_type> addresses;
  a2a::lock resolving;

  asio::awaitable<tcp::resolver::results_type> resolve(const http_target& where, const std::string& url)
  {
    boost::system::error_code not_numeric;
    auto address = asio::ip::make_address(where.host, not_numeric);
    if (!not_numeric)
      co_return tcp::resolver::results_type::create(tcp::endpoint(address, where.port), where.host,
                                                    std::to_string(where.port));
    auto turn = co_await resolving.hold();
    if (auto known = addresses.find(where.authority); known != addresses.end()) co_return known->second;
    tcp::resolver resolver(executor);
    auto [error, found] = co_await resolver.async_resolve(where.host, std::to_string(where.port),
                                                          asio::as_tuple(asio::use_awaitable));
    throw_if_aborted(error);
    if (error) throw http_error(http_failure::network, url, "cannot resolve " + where.host + ": " + error.message());
    addresses.emplace(where.authority, found);
    co_return found;
  }

  // A kept-alive connection, or a new one. `reused` says which: the server may have closed
  // an idle connection meanwhile, and then the request is tried once more on a new one.
  asio::awaitable<beast::tcp_stream> connect(const http_target& where, const std::string& url, bool& reused)
  {
    reused = false;
    if (auto found = idle.find(where.authority); found != idle.end() && !found->second.empty()) {
      auto stream = std::move(found->second.back());
      found->second.pop_back();
      reused = true;
      co_return stream;
    }
    auto endpoints = co_await resolve(where, url);
    beast::tcp_stream stream(executor);
    stream.expires_after(options.connect_timeout);
    auto [error, endpoint] = co_await stream.async_connect(endpoints, asio::as_tuple(asio::use_awaitable));
    throw_if_aborted(error);
    if (error) throw http_error(failure_of(error), url, "cannot connect: " + explain(error));
    ++made;
    co_return stream;
  }

  // One request, following no redirect; read_response reads what comes back into the
  // parser. The connection goes back to the idle ones if both sides want to keep it.
  // read_response is awaited at once, inside this frame: a lambda that captures by
  // reference is safe here (started with co_spawn, it would not be: chapter 03).
  template <typename Parser, typename ReadResponse>
  asio::awaitable<void> exchange(const std::string& url, Parser& parser, ReadResponse read_response)
  {
    auto where = parse_http_url(url);
    auto held = co_await slots.hold();
    for (int attempt = 1;; ++attempt) {
      bool reused = false;
      auto stream = co_await connect(where, url, reused);
      http::request<http::empty_body> request{http::verb::get, where.path, 11};
      request.set(http::field::host, where.authority);
      request.set(http::field::user_agent, "a2a-http-client");
      stream.expires_after(options.timeout);
      auto [write_error, written] = co_await http::async_write(stream, request, asio::as_tuple(asio::use_awaitable));
      beast::flat_buffer buffer;
      auto error = write_error;
      if (!error) error = co_await read_response(stream, buffer, parser);
      throw_if_aborted(error);
      bool stale = reused && attempt == 1 && !parser.got_some() &&
                   failure_of(error) == http_failure::closed_early;
      if (stale) continue;  // the server had closed the idle connection: once more, on a new one
      if (error) throw http_error(failure_of(error), url, explain(error));
      stream.expires_never();
      if (parser.keep_alive() && buffer.size() == 0) idle[where.authority].push_back(std::move(stream));
      co_return;
    }
  }
};

http_session::http_session(asio::any_io_executor executor, client_options options)
    : impl_(std::make_unique<impl>(executor, options))
{
}

http_session::~http_session() = default;

std::size_t http_session::connections_made() const
{
  return impl_->made;
}

asio::awaitable<http_response> http_session::get(std::string url)
{
  for (int redirects = 0;; ++redirects) {
    http::response_parser<http::string_body> parser;
    parser.body_limit(impl_->options.body_limit);
    co_await impl_->exchange(url, parser, [](beast::tcp_stream& stream, beast::flat_buffer& buffer,
                                             auto& p) -> asio::awaitable<boost::system::error_code> {
      auto [error, length] = co_await http::async_read(stream, buffer, p, asio::as_tuple(asio::use_awaitable));
      co_return error;
    });
    auto& message = parser.get();
    http_response response;
    response.status = message.result_int();
    for (auto& field : message)
      response.headers.emplace_back(std::string(field.name_string().data(), field.name_string().size()),
                                    std::string(field.value().data(), field.value().size()));
    if (is_redirect(response.status) && !response.header("location").empty()) {
      if (redirects == impl_->options.max_redirects)
        throw http_error(http_failure::too_many_redirects, url,
                         fmt::format("more than {} redirects", impl_->options.max_redirects));
      auto location = response.header("location");
      auto relative = urls::parse_uri_reference(location);
      urls::url next;
      if (!relative || !urls::resolve(*urls::parse_uri(url), *relative, next))
        throw http_error(http_failure::malformed, url, "a redirect to something that is not a URL: " + location);
      url = std::string(next.buffer());
      continue;
    }
    response.body = std::move(message.body());
    co_return response;
  }
}

asio::awaitable<unsigned> http_session::get_streamed(std::string url, std::function<void(std::string_view)> on_chunk)
{
  http::response_parser<http::buffer_body> parser;
  parser.body_limit(boost::none);  // the body never sits in memory: no reason to limit it
  unsigned status = 0;
  co_await impl_->exchange(url, parser, [&](beast::tcp_stream& stream, beast::flat_buffer& buffer,
                                            auto& p) -> asio::awaitable<boost::system::error_code> {
    auto [error, length] = co_await http::async_read_header(stream, buffer, p, asio::as_tuple(asio::use_awaitable));
    if (error) co_return error;
    status = p.get().result_int();
    std::vector<char> piece(64 * 1024);
    buffer.reserve(piece.size());  // Beast reads as much as the buffer has room for: 512 bytes, if empty
    while (!p.is_done()) {
      p.get().body().data = piece.data();
      p.get().body().size = piece.size();
      // read_some: what has arrived, now. async_read would wait until the 64 KB are full,
      // and a slow download would show no progress at all.
      auto [read_error, n] = co_await http::async_read_some(stream, buffer, p, asio::as_tuple(asio::use_awaitable));
      if (read_error && read_error != http::error::need_buffer) co_return read_error;
      if (auto size = piece.size() - p.get().body().size; size > 0) on_chunk({piece.data(), size});
      stream.expires_after(impl_->options.timeout);  // a slow download is fine while bytes come
    }
    co_return boost::system::error_code();
  });
  co_return status;
}
