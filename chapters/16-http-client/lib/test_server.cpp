#include "test_server_impl.hpp"

asio::awaitable<void> test_server::impl::accept_loop()
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

asio::awaitable<void> test_server::impl::serve(std::shared_ptr<connection> client)
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

asio::awaitable<void> test_server::impl::wait(std::chrono::milliseconds how_long)
{
  if (waits == test_server::clock::story) co_return co_await a2a::sleep(how_long);
  asio::steady_timer timer(acceptor.get_executor(), how_long);
  co_await timer.async_wait(asio::use_awaitable);
}

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
