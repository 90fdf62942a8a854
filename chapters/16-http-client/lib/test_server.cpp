#include "test_server.hpp"

#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>

#include <charconv>
#include <optional>

namespace beast = boost::beast;
namespace http = beast::http;
using asio::ip::tcp;

namespace {

std::optional<long> number(std::string_view text)
{
  long value = 0;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size() || value < 0) return std::nullopt;
  return value;
}

// The path's parts: "/delay/300" -> {"delay", "300"}; the query is left out.
std::vector<std::string_view> parts_of(std::string_view target)
{
  target = target.substr(0, target.find('?'));
  std::vector<std::string_view> parts;
  while (!target.empty()) {
    target.remove_prefix(1);
    auto slash = target.find('/');
    parts.push_back(target.substr(0, slash));
    target = slash == std::string_view::npos ? std::string_view() : target.substr(slash);
  }
  return parts;
}

std::string query_value(std::string_view target, std::string_view key)
{
  auto question = target.find('?');
  if (question == std::string_view::npos) return {};
  auto query = target.substr(question + 1);
  for (std::size_t at = 0; at <= query.size();) {
    auto amp = std::min(query.find('&', at), query.size());
    auto pair = query.substr(at, amp - at);
    if (pair.substr(0, key.size()) == key && pair.size() > key.size() && pair[key.size()] == '=')
      return std::string(pair.substr(key.size() + 1));
    at = amp + 1;
  }
  return {};
}

char byte_at(std::size_t i)
{
  return static_cast<char>('a' + i % 26);
}

}  // namespace

struct test_server::impl : std::enable_shared_from_this<impl> {
  explicit impl(asio::any_io_executor executor) : acceptor(executor) {}

  tcp::acceptor acceptor;
  unsigned short port = 0;
  test_server::clock waits = test_server::clock::story;
  std::chrono::milliseconds idle_limit{};
  // A connection, and a signal that stops whatever its coroutine waits for (a /delay, a
  // drip, a read): stop() must not wait for a 60-second delay to end.
  struct connection {
    explicit connection(tcp::socket s) : stream(std::move(s)) {}
    beast::tcp_stream stream;  // its deadline is the idle limit while a request is awaited
    asio::cancellation_signal stop;
  };
  std::list<connection*> open;
  std::map<std::string, long> flaky_failures;
  std::size_t served = 0, answering = 0, most_answering = 0;
  bool stopping = false;

  using response = http::response<http::string_body>;

  asio::awaitable<void> accept_loop()
  {
    auto self = shared_from_this();  // the loop may outlive the test_server object briefly
    while (!stopping) {
      auto [error, socket] = co_await acceptor.async_accept(asio::as_tuple(asio::use_awaitable));
      if (error == asio::error::operation_aborted || stopping) break;
      if (error) {  // too many open files, say: wait, do not spin
        asio::steady_timer pause(acceptor.get_executor(), std::chrono::milliseconds(100));
        co_await pause.async_wait(asio::as_tuple(asio::use_awaitable));
        continue;
      }
      auto client = std::make_shared<connection>(std::move(socket));
      // serve() catches what a connection can throw, so nothing is left to report here. The
      // handler keeps the connection (and its signal) alive until co_spawn is done with it.
      asio::co_spawn(acceptor.get_executor(), serve(client),
                     asio::bind_cancellation_slot(client->stop.slot(), [client](std::exception_ptr) {}));
    }
  }

  asio::awaitable<void> serve(std::shared_ptr<connection> client)
  {
    auto self = shared_from_this();
    auto& stream = client->stream;
    auto& socket = stream.socket();
    auto entry = open.insert(open.end(), client.get());
    try {
      beast::flat_buffer buffer;
      for (bool keep_alive = true; keep_alive && !stopping;) {
        http::request_parser<http::string_body> parser;
        parser.body_limit(1 << 20);
        stream.expires_after(idle_limit);
        auto [error, length] = co_await http::async_read(stream, buffer, parser, asio::as_tuple(asio::use_awaitable));
        stream.expires_never();
        if (error == http::error::end_of_stream || error == asio::error::eof) break;  // the client is done
        if (error == beast::error::timeout) break;  // silent too long: closed (Beast closed it)
        if (error) {
          if (error == asio::error::operation_aborted || stopping || !socket.is_open()) break;
          co_await send(socket, plain(http::status::bad_request, 11, false, "bad request: " + error.message()));
          break;
        }
        auto& request = parser.get();
        ++served;
        keep_alive = request.keep_alive();
        most_answering = std::max(most_answering, ++answering);
        bool open_after = false;
        try {
          open_after = co_await answer(socket, request);
        } catch (...) {
          --answering;
          throw;
        }
        --answering;
        keep_alive = open_after && keep_alive;
      }
    } catch (const std::exception&) {
      // a connection that failed ends here; the server goes on
    }
    open.erase(entry);
    boost::system::error_code ignored;
    socket.shutdown(tcp::socket::shutdown_send, ignored);
    socket.close(ignored);
  }

  static response plain(http::status status, unsigned version, bool keep_alive, std::string body,
                        std::string_view type = "text/plain")
  {
    return plain(static_cast<unsigned>(status), version, keep_alive, std::move(body), type);
  }

  // Any code from 100 to 599, also those Beast has no name for (418).
  static response plain(unsigned status, unsigned version, bool keep_alive, std::string body,
                        std::string_view type = "text/plain")
  {
    response res;
    res.result(status);
    res.version(version);
    res.set(http::field::server, "a2a-test-server");
    res.set(http::field::content_type, type);
    res.keep_alive(keep_alive);
    if (status >= 200 && status != 204 && status != 304) res.body() = std::move(body);  // those have none
    res.prepare_payload();
    return res;
  }

  static asio::awaitable<void> send(tcp::socket& socket, response res)
  {
    co_await http::async_write(socket, res, asio::use_awaitable);
  }

  // Answers one request; false: the connection must close after it.
  asio::awaitable<bool> answer(tcp::socket& socket, const http::request<http::string_body>& request)
  {
    auto target = std::string_view(request.target().data(), request.target().size());
    auto parts = parts_of(target);
    auto version = request.version();
    bool keep = request.keep_alive();
    auto ok = [&](std::string body, std::string_view type = "text/plain") {
      return plain(http::status::ok, version, keep, std::move(body), type);
    };
    auto not_found = [&] { return plain(http::status::not_found, version, keep, "no such page\n"); };
    std::string_view route = parts.empty() ? std::string_view() : parts[0];
    auto argument = [&](std::size_t i) { return parts.size() > i ? number(parts[i]) : std::nullopt; };
    constexpr long an_hour_ms = 3'600'000;  // longer waits are refused: 404, not an overflow

    if (request.method() != http::verb::get) {
      co_await send(socket, plain(http::status::method_not_allowed, version, keep, "GET only\n"));
    } else if (route.empty()) {
      co_await send(socket, ok("<html><body><a href=\"/pages/1\">pages</a> <a href=\"/users\">users</a></body></html>\n",
                               "text/html"));
    } else if (route == "delay" && argument(1) && *argument(1) <= an_hour_ms) {
      co_await wait(std::chrono::milliseconds(*argument(1)));
      co_await send(socket, ok(fmt::format("waited {} ms\n", *argument(1))));
    } else if (route == "status" && argument(1) && *argument(1) >= 100 && *argument(1) <= 599) {
      auto code = static_cast<unsigned>(*argument(1));
      co_await send(socket, plain(code, version, keep, fmt::format("status {}\n", code)));
    } else if (route == "bytes" && argument(1)) {
      co_await send_bytes(socket, version, keep, static_cast<std::size_t>(*argument(1)), std::chrono::milliseconds(0));
    } else if (route == "drip" && argument(1) && argument(2) && *argument(2) <= an_hour_ms) {
      co_await send_bytes(socket, version, keep, static_cast<std::size_t>(*argument(1)),
                          std::chrono::milliseconds(*argument(2)));
    } else if (route == "users" && parts.size() == 1) {
      std::string users = "[";
      for (int id = 1; id <= 5; ++id) users += fmt::format("{}{{\"id\": {}, \"name\": \"user{}\"}}", id > 1 ? ", " : "", id, id);
      co_await send(socket, ok(users + "]\n", "application/json"));
    } else if (route == "users" && argument(1) && *argument(1) >= 1 && *argument(1) <= 5) {
      co_await send(socket, ok(fmt::format("{{\"id\": {}, \"name\": \"user{}\"}}\n", *argument(1), *argument(1)),
                               "application/json"));
    } else if (route == "posts" && parts.size() == 1 && number(query_value(target, "user")) &&
               *number(query_value(target, "user")) <= 1'000'000) {
      auto user = *number(query_value(target, "user"));
      std::string posts = "[";
      for (int i = 1; i <= 3; ++i)
        posts += fmt::format("{}{{\"id\": {}, \"user\": {}, \"title\": \"post {} of user{}\"}}", i > 1 ? ", " : "",
                             user * 10 + i, user, i, user);
      co_await send(socket, ok(posts + "]\n", "application/json"));
    } else if (route == "pages" && argument(1) && *argument(1) >= 1 && *argument(1) <= 64) {
      auto n = *argument(1);
      std::string links;
      for (long next : {2 * n, 2 * n + 1})
        if (next <= 64) links += fmt::format("<a href=\"/pages/{}\">page {}</a>\n", next, next);
      co_await send(socket, ok(fmt::format("<html><body><h1>page {}</h1>\n{}</body></html>\n", n, links), "text/html"));
    } else if (route == "flaky" && parts.size() == 3 && argument(2)) {
      auto& failed = flaky_failures[std::string(parts[1])];
      if (failed < *argument(2)) {
        ++failed;
        co_await send(socket, plain(http::status::service_unavailable, version, keep,
                                    fmt::format("failure {} of {}\n", failed, *argument(2))));
      } else {
        co_await send(socket, ok(fmt::format("ok after {} failures\n", failed)));
      }
    } else if (route == "redirect" && argument(1)) {
      if (*argument(1) == 0) {
        co_await send(socket, ok("arrived\n"));
      } else {
        auto res = plain(http::status::found, version, keep, "");
        res.set(http::field::location, fmt::format("/redirect/{}", *argument(1) - 1));
        co_await send(socket, std::move(res));
      }
    } else if (route == "bad-location") {
      auto res = plain(http::status::found, version, keep, "");
      res.set(http::field::location, "http://[not an address]/");
      co_await send(socket, std::move(res));
    } else if (route == "loop") {
      auto res = plain(http::status::found, version, keep, "");
      res.set(http::field::location, "/loop");
      co_await send(socket, std::move(res));
    } else if (route == "silent") {
      char ignored;  // returns when the client closes, sends more, or stop() closes the socket
      co_await socket.async_receive(asio::buffer(&ignored, 1), asio::as_tuple(asio::use_awaitable));
      co_return false;
    } else if (route == "cut" && argument(1)) {
      auto n = static_cast<std::size_t>(*argument(1));
      std::string head = fmt::format("HTTP/1.1 200 OK\r\nContent-Length: {}\r\n\r\n", n);
      std::string half(n / 2, 'c');
      co_await asio::async_write(socket, std::array{asio::buffer(head), asio::buffer(half)}, asio::use_awaitable);
      co_return false;
    } else if (route == "garbage") {
      std::string nonsense = "HTTP/1.1 OK-ish maybe\r\n\r\n";
      co_await asio::async_write(socket, asio::buffer(nonsense), asio::use_awaitable);
      co_return false;
    } else {
      co_await send(socket, not_found());
    }
    co_return true;
  }

  asio::awaitable<void> wait(std::chrono::milliseconds how_long)
  {
    if (waits == test_server::clock::story) co_return co_await a2a::sleep(how_long);
    asio::steady_timer timer(acceptor.get_executor(), how_long);
    co_await timer.async_wait(asio::use_awaitable);
  }

  // n bytes of the alphabet, in pieces of at most 64 KB, each after `pause`.
  asio::awaitable<void> send_bytes(tcp::socket& socket, unsigned version, bool keep, std::size_t n,
                                          std::chrono::milliseconds pause)
  {
    http::response<http::buffer_body> res{http::status::ok, version};
    res.set(http::field::server, "a2a-test-server");
    res.set(http::field::content_type, "application/octet-stream");
    res.keep_alive(keep);
    res.content_length(n);
    http::response_serializer<http::buffer_body> serializer{res};
    co_await http::async_write_header(socket, serializer, asio::use_awaitable);
    std::vector<char> piece;
    for (std::size_t sent = 0; sent < n;) {
      std::size_t size = pause.count() > 0 ? 1 : std::min<std::size_t>(n - sent, 64 * 1024);
      piece.resize(size);
      for (std::size_t i = 0; i < size; ++i) piece[i] = byte_at(sent + i);
      if (pause.count() > 0) co_await wait(pause);
      sent += size;
      res.body().data = piece.data();
      res.body().size = size;
      res.body().more = sent < n;
      auto [error, written] = co_await http::async_write(socket, serializer, asio::as_tuple(asio::use_awaitable));
      if (error && error != http::error::need_buffer) throw boost::system::system_error(error);
    }
    if (n == 0 || !serializer.is_done()) {
      res.body().data = nullptr;
      res.body().more = false;
      co_await http::async_write(socket, serializer, asio::use_awaitable);
    }
  }
};

test_server::test_server(asio::any_io_executor executor, unsigned short port, clock waits,
                         std::chrono::milliseconds idle_limit)
    : impl_(std::make_shared<impl>(executor))
{
  impl_->waits = waits;
  impl_->idle_limit = idle_limit;
  tcp::endpoint where(asio::ip::make_address("127.0.0.1"), port);
  impl_->acceptor.open(where.protocol());
  impl_->acceptor.set_option(tcp::acceptor::reuse_address(true));
  impl_->acceptor.bind(where);
  impl_->acceptor.listen();
  impl_->port = impl_->acceptor.local_endpoint().port();
  // detached is safe here: accept_loop() meets its errors as values (as_tuple) and throws none.
  asio::co_spawn(executor, impl_->accept_loop(), asio::detached);
}

test_server::~test_server()
{
  stop();
}

unsigned short test_server::port() const
{
  return impl_->port;
}

std::string test_server::url(std::string_view path) const
{
  return fmt::format("http://127.0.0.1:{}{}", port(), path);
}

void test_server::stop()
{
  if (impl_->stopping) return;
  impl_->stopping = true;
  boost::system::error_code ignored;
  impl_->acceptor.close(ignored);
  for (auto* client : impl_->open) {
    client->stop.emit(asio::cancellation_type::terminal);
    client->stream.socket().close(ignored);
  }
}

std::size_t test_server::connections_open() const
{
  return impl_->open.size();
}

std::size_t test_server::requests_served() const
{
  return impl_->served;
}

std::size_t test_server::most_requests_at_once() const
{
  return impl_->most_answering;
}
