#include "test_server_impl.hpp"

#include <charconv>
#include <optional>

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

test_server::impl::response test_server::impl::plain(http::status status, unsigned version, bool keep_alive,
                                                     std::string body, std::string_view type)
{
  return plain(static_cast<unsigned>(status), version, keep_alive, std::move(body), type);
}

test_server::impl::response test_server::impl::plain(unsigned status, unsigned version, bool keep_alive,
                                                     std::string body, std::string_view type)
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

asio::awaitable<void> test_server::impl::send(tcp::socket& socket, response res)
{
  co_await http::async_write(socket, res, asio::use_awaitable);
}

asio::awaitable<bool> test_server::impl::answer(tcp::socket& socket, const http::request<http::string_body>& request)
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

asio::awaitable<void> test_server::impl::send_bytes(tcp::socket& socket, unsigned version, bool keep, std::size_t n,
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
