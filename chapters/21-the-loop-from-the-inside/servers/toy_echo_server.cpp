// Chapter 13's echo server on the toy loop:  ./tutorial run 21 toy_echo_server --port 8888
// then, in another terminal:                nc 127.0.0.1 8888
// The same shape as chapter 13's (an accept loop that spawns a coroutine per client), with
// non-blocking sockets and the toy's readable/writable awaiters where Asio had async_read_some
// and async_write. Ctrl-C or SIGTERM stops it (a signalfd the loop waits on like a socket).
#include "spawn.hpp"

#include <loopback_listener.hpp>

#include <fcntl.h>
#include <signal.h>
#include <sys/signalfd.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <string_view>

// Sends all of data[0, size), waiting whenever the socket's buffer is full.
toy::task<bool> send_all(int client, const char* data, std::size_t size)
{
  for (std::size_t sent = 0; sent < size;) {
    ssize_t n = write(client, data + sent, size - sent);
    if (n >= 0) sent += static_cast<std::size_t>(n);
    else if (errno == EAGAIN) co_await toy::writable{client};
    else co_return false;  // the client went away
  }
  co_return true;
}

toy::task<> serve(int client)
{
  char buffer[64 * 1024];
  for (;;) {
    ssize_t n = read(client, buffer, sizeof buffer);
    if (n > 0 && co_await send_all(client, buffer, static_cast<std::size_t>(n))) continue;
    if (n < 0 && errno == EAGAIN) {
      co_await toy::readable{client};
      continue;
    }
    break;  // end of stream, or an error
  }
  close(client);
}

toy::task<> accept_clients(int listener)
{
  for (;;) {
    int client = accept4(listener, nullptr, nullptr, SOCK_NONBLOCK | SOCK_CLOEXEC);
    if (client >= 0) toy::spawn(serve(client));
    else if (errno == EAGAIN) co_await toy::readable{listener};
    else if (errno != EINTR && errno != ECONNABORTED && errno != EMFILE) std::perror("accept4");
    if (client < 0 && errno == EMFILE) co_await toy::sleep_for{std::chrono::milliseconds(10)};
  }
}

toy::task<> until_signal(int listener, int signals)
{
  toy::spawn(accept_clients(listener));
  co_await toy::readable{signals};
  signalfd_siginfo info{};
  if (read(signals, &info, sizeof info) == sizeof info) std::printf("signal %u: stopped\n", info.ssi_signo);
}

int main(int argc, char** argv)
{
  long port = 8888;
  if (argc == 3 && std::string_view(argv[1]) == "--port") {
    char* end = nullptr;
    port = std::strtol(argv[2], &end, 10);
    if (end == argv[2] || *end != '\0' || port < 0 || port > 65535) {
      std::fprintf(stderr, "--port takes a number from 0 to 65535, not '%s'\n", argv[2]);
      return 2;
    }
  } else if (argc != 1) {
    std::fprintf(stderr, "usage: toy_echo_server [--port N]   (0: any free port; default 8888)\n");
    return 2;
  }

  sigset_t stop_signals;
  sigemptyset(&stop_signals);
  sigaddset(&stop_signals, SIGINT);
  sigaddset(&stop_signals, SIGTERM);
  sigprocmask(SIG_BLOCK, &stop_signals, nullptr);  // they arrive through the signalfd instead
  int signals = signalfd(-1, &stop_signals, SFD_NONBLOCK | SFD_CLOEXEC);
  signal(SIGPIPE, SIG_IGN);  // a client that went away makes write() fail, not the program end

  unsigned short bound = 0;
  int listener = listen_on_loopback(static_cast<unsigned short>(port), bound);
  if (listener < 0) {
    std::perror("toy_echo_server");
    return 1;
  }
  std::printf("toy echo server listening on 127.0.0.1:%u (Ctrl-C stops it)\n", bound);
  std::fflush(stdout);

  {
    toy::loop loop;
    loop.run(until_signal(listener, signals));
  }  // the loop destroys the client coroutines still running
  close(listener);
  close(signals);
}
