// The benchmark's baseline: an echo server on Linux's epoll by hand, with no Asio and no
// coroutines, about the least a server can do per message. What Asio does for you, written
// out: non-blocking sockets, one readiness loop, and a buffer for what could not be sent yet.
//   ./tutorial run 13 epoll_echo_server --port 8889
#include <fmt/format.h>
#include <loopback_listener.hpp>

#include <signal.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <string>
#include <unordered_map>

namespace {

volatile std::sig_atomic_t stop_requested = 0;

struct client {
  std::string unsent;  // what the peer has not taken yet (it reads slower than it writes)
};

// Sends what `c` has pending; false when the connection is broken.
bool flush(int fd, client& c)
{
  while (!c.unsent.empty()) {
    ssize_t sent = send(fd, c.unsent.data(), c.unsent.size(), MSG_NOSIGNAL);
    if (sent < 0) return errno == EAGAIN;
    c.unsent.erase(0, static_cast<std::size_t>(sent));
  }
  return true;
}

}  // namespace

int main(int argc, char** argv)
{
  int port = 8889;
  if (argc == 3 && std::string(argv[1]) == "--port") port = std::atoi(argv[2]);
  else if (argc != 1) {
    fmt::print(stderr, "usage: epoll_echo_server [--port N]\n");
    return 2;
  }
  std::signal(SIGINT, [](int) { stop_requested = 1; });
  std::signal(SIGTERM, [](int) { stop_requested = 1; });

  unsigned short bound = 0;
  int listener = listen_on_loopback(static_cast<unsigned short>(port), bound);
  if (listener < 0) {
    fmt::print(stderr, "epoll_echo_server: cannot serve on 127.0.0.1:{}: {}\n", port, std::strerror(errno));
    return 1;
  }
  fmt::print("echo server listening on 127.0.0.1:{} (Ctrl-C stops it)\n", bound);
  std::fflush(stdout);

  int readiness = epoll_create1(0);
  epoll_event interest{EPOLLIN, {.fd = listener}};
  epoll_ctl(readiness, EPOLL_CTL_ADD, listener, &interest);
  std::unordered_map<int, client> clients;
  std::string chunk(1 << 16, '\0');
  epoll_event ready[256];
  while (!stop_requested) {
    int n = epoll_wait(readiness, ready, 256, 200);
    for (int i = 0; i < n; ++i) {
      int fd = ready[i].data.fd;
      if (fd == listener) {
        for (int accepted; (accepted = accept4(listener, nullptr, nullptr, SOCK_NONBLOCK)) >= 0;) {
          epoll_event event{EPOLLIN | EPOLLOUT | EPOLLET, {.fd = accepted}};
          epoll_ctl(readiness, EPOLL_CTL_ADD, accepted, &event);
          clients[accepted];
        }
        continue;
      }
      auto& c = clients[fd];
      bool alive = flush(fd, c);
      while (alive && c.unsent.empty()) {  // edge-triggered: read until the kernel has nothing
        ssize_t got = recv(fd, chunk.data(), chunk.size(), 0);
        if (got == 0 || (got < 0 && errno != EAGAIN)) alive = false;
        if (got <= 0) break;
        c.unsent.assign(chunk.data(), static_cast<std::size_t>(got));
        alive = flush(fd, c);
      }
      if (!alive) {
        close(fd);  // also takes it out of the epoll set
        clients.erase(fd);
      }
    }
  }
  for (auto& [fd, c] : clients) close(fd);
  close(listener);
  fmt::print("stopped cleanly\n");
}
