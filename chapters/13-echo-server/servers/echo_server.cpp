// The echo server to talk to by hand:  ./tutorial run 13 echo_server --port 8888
// then, in another terminal:            nc 127.0.0.1 8888
// Every line you type comes back. Ctrl-C (SIGINT) or SIGTERM stops it gracefully.
#include "echo_server.hpp"
#include <stop_on_signal.hpp>

#include <cstdlib>
#include <optional>

struct command_line {
  unsigned short port = 8888;
  server_options options;
};

constexpr const char* usage =
    "usage: echo_server [--port N] [--idle-timeout SECONDS] [--max-line BYTES] [--work-ms MS]\n"
    "  --port N               0 takes any free port (default 8888)\n"
    "  --idle-timeout SECONDS drop a client silent this long (default 30)\n"
    "  --max-line BYTES       the longest line accepted, '\\n' included (default 4096)\n"
    "  --work-ms MS           time to answer what arrived, to watch a graceful shutdown (default 0)\n";

// Parses the options above; nullopt, after saying why, on anything else.
std::optional<command_line> parse(int argc, char** argv)
{
  command_line parsed;
  for (int i = 1; i < argc; ++i) {
    std::string flag = argv[i];
    if (flag != "--port" && flag != "--idle-timeout" && flag != "--max-line" && flag != "--work-ms") {
      fmt::print(stderr, "unknown option '{}'\n", flag);
      return std::nullopt;
    }
    if (i + 1 >= argc) {
      fmt::print(stderr, "{} needs a value\n", flag);
      return std::nullopt;
    }
    char* end = nullptr;
    long value = std::strtol(argv[++i], &end, 10);
    bool in_range = *end == '\0' && value >= 0 && value <= (flag == "--port" ? 65535 : 1'000'000'000);
    if (!in_range || (flag == "--max-line" && value == 0)) {
      fmt::print(stderr, "{} takes a whole number in range, not '{}'\n", flag, argv[i]);
      return std::nullopt;
    }
    if (flag == "--port") parsed.port = static_cast<unsigned short>(value);
    if (flag == "--idle-timeout") parsed.options.idle_timeout = std::chrono::seconds(value);
    if (flag == "--max-line") parsed.options.max_line = static_cast<std::size_t>(value);
    if (flag == "--work-ms") parsed.options.work = std::chrono::milliseconds(value);
  }
  return parsed;
}

asio::awaitable<void> async_main(command_line settings)
{
  auto executor = co_await asio::this_coro::executor;
  asio::ip::tcp::endpoint where(asio::ip::make_address("127.0.0.1"), settings.port);
  echo_server server(executor, where, settings.options);
  fmt::print("echo server listening on {}:{} (Ctrl-C stops it)\n",
             server.local_endpoint().address().to_string(), server.local_endpoint().port());
  std::fflush(stdout);

  using namespace asio::experimental::awaitable_operators;
  co_await (server.run() && stop_on_signal(server));  // run() returns only after stop()
  fmt::print("stopped cleanly\n");
}

int main(int argc, char** argv)
{
  if (argc == 2 && std::string(argv[1]) == "--help") {
    fmt::print("{}", usage);
    return 0;
  }
  auto settings = parse(argc, argv);
  if (!settings) {
    fmt::print(stderr, "{}", usage);
    return 2;
  }
  try {
    a2a::run(async_main(*settings));
  } catch (const boost::system::system_error& e) {  // e.g. the port is taken
    fmt::print(stderr, "echo_server: cannot serve on 127.0.0.1:{}: {}\n", settings->port, e.code().message());
    return 1;
  }
}
