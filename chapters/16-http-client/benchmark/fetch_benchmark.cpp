// The source's benchmark table, reproduced on 127.0.0.1: N URLs, each answered after 1 s by
// the chapter's server (its own process, real time), fetched one after another and all at
// once. All at once three ways: the chapter's session with a2a::gather, plain Beast
// coroutines with no runtime, and Python's aiohttp (fetch_urls.py) when /usr/bin/python3
// has it. One after another only up to --sequential-up-to N (it takes N seconds).
// --row N prints chapter 19's row instead: N URLs at once, each answered after 1 s.
// smoke-test arguments: --sizes 5,20 --delay-ms 100 --sequential-up-to 5
#include <benchmark.hpp>
#include <child_program.hpp>
#include <open_files.hpp>

#include "blocking_client.hpp"
#include "http_client.hpp"

#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>


namespace beast = boost::beast;
namespace http = beast::http;
using asio::ip::tcp;
using clock_type = std::chrono::steady_clock;

double seconds_since(clock_type::time_point start)
{
  return std::chrono::duration<double>(clock_type::now() - start).count();
}

double with_the_session(const std::string& url, int n)
{
  auto start = clock_type::now();
  a2a::run([&]() -> asio::awaitable<void> {
    client_options options;
    options.max_connections = 0;  // no limit, as aiohttp's limit=0 in fetch_urls.py
    options.timeout = std::chrono::seconds(60);
    http_session session(co_await asio::this_coro::executor, options);
    std::vector<asio::awaitable<http_response>> requests;
    for (int i = 0; i < n; ++i) requests.push_back(session.get(url));
    for (auto& response : co_await a2a::gather(std::move(requests)))
      if (response.status != 200) throw std::runtime_error("a request failed");
  }());
  return seconds_since(start);
}

asio::awaitable<void> plain_get(tcp::endpoint server, std::string target, int& ok)
{
  beast::tcp_stream stream(co_await asio::this_coro::executor);
  co_await stream.async_connect(server, asio::use_awaitable);
  http::request<http::empty_body> request{http::verb::get, target, 11};
  request.set(http::field::host, "127.0.0.1");
  co_await http::async_write(stream, request, asio::use_awaitable);
  beast::flat_buffer buffer;
  http::response<http::string_body> response;
  co_await http::async_read(stream, buffer, response, asio::use_awaitable);
  ok += response.result_int() == 200;
}

double with_plain_beast(unsigned short port, const std::string& target, int n)
{
  auto start = clock_type::now();
  asio::io_context loop;
  int ok = 0;
  tcp::endpoint server(asio::ip::make_address("127.0.0.1"), port);
  for (int i = 0; i < n; ++i) asio::co_spawn(loop, plain_get(server, target, ok), asio::detached);
  loop.run();
  if (ok != n) throw std::runtime_error("a request failed");
  return seconds_since(start);
}

double one_after_another(const std::string& url, int n)
{
  auto start = clock_type::now();
  for (int i = 0; i < n; ++i)
    if (blocking_get(url).status != 200) throw std::runtime_error("a request failed");
  return seconds_since(start);
}

std::vector<int> numbers_in(std::string list)
{
  std::vector<int> numbers;
  for (std::size_t at = 0; at < list.size();) {
    auto comma = std::min(list.find(',', at), list.size());
    numbers.push_back(std::stoi(list.substr(at, comma - at)));
    at = comma + 1;
  }
  return numbers;
}

int main(int argc, char** argv)
{
  std::vector<int> sizes{5, 10, 20, 50, 100, 1000, 10000};
  int delay_ms = 1000, sequential_up_to = 10;
  bool table_row = false;
  for (int i = 1; i + 1 < argc; i += 2) {
    std::string_view option = argv[i];
    if (option == "--row") table_row = true, sizes = {std::atoi(argv[i + 1])};
    else if (option == "--sizes") sizes = numbers_in(argv[i + 1]);
    else if (option == "--delay-ms") delay_ms = std::atoi(argv[i + 1]);
    else if (option == "--sequential-up-to") sequential_up_to = std::atoi(argv[i + 1]);
  }

  // 10,000 connections need 10,000 descriptors here and as many in the server: the soft
  // limit on open files (often 1,024) is raised to the hard one, in both processes.
  auto open_files = allow_many_open_files();
  if (!table_row) fmt::print("open files allowed: {}\n", open_files);

  auto here = std::filesystem::canonical("/proc/self/exe").parent_path();
  auto server = start_program({(here.parent_path() / "test_server").string(), "--port", "0"});
  auto port = port_in(server.next_line());
  auto target = fmt::format("/delay/{}", delay_ms);
  auto url = fmt::format("http://127.0.0.1:{}{}", port, target);

  auto script = std::filesystem::path(__FILE__).parent_path() / "fetch_urls.py";
  if (table_row) {
    int n = sizes.front();
    bool aiohttp = benchmark::python_has("aiohttp");
    auto cell = [](double seconds) { return fmt::format("{:.2f}", seconds); };
    benchmark::print_row({fmt::format("{} URLs at once, each answered after {} ms (s)", n, delay_ms),
                          cell(with_the_session(url, n)), cell(with_plain_beast(port, target, n)), "-",
                          aiohttp ? benchmark::python_cell(script, fmt::format("{} {}", url, n)) : "-",
                          aiohttp ? benchmark::python_cell(script, fmt::format("{} {}", url, n), true) : "-"});
    server.stop(SIGTERM);
    return 0;
  }
  std::string list;
  for (int n : sizes) list += fmt::format("{}{}", list.empty() ? "" : ",", n);
  auto python = benchmark::run_python(script, fmt::format("{} {}", url, list));

  fmt::print("N URLs, each answered after {} ms; seconds until all are in:\n", delay_ms);
  fmt::print("{:>6} {:>17} {:>12} {:>12} {:>15}\n", "URLs", "one after another", "chapter 16", "plain Beast",
             "Python aiohttp");
  for (std::size_t i = 0; i < sizes.size(); ++i) {
    int n = sizes[i];
    auto sequential = n <= sequential_up_to ? fmt::format("{:.2f}", one_after_another(url, n)) : "-";
    double ours = with_the_session(url, n);
    double plain = with_plain_beast(port, target, n);
    std::string theirs = python && i < python->size() ? (*python)[i] : "-";
    fmt::print("{:>6} {:>17} {:>12.2f} {:>12.2f} {:>15}\n", n, sequential, ours, plain, theirs);
  }
  if (!python) fmt::print("(Python not measured: no /usr/bin/python3 with aiohttp)\n");
  server.stop(SIGTERM);
}
