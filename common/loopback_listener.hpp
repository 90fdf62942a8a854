// For the servers written on raw sockets (chapter 13's epoll baseline, chapter 21's toy
// loop): a non-blocking TCP socket listening on 127.0.0.1:port (0: any free port).
#pragma once
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cstdint>

// The listening socket, or -1 (errno says why); `bound` gets the port it listens on.
inline int listen_on_loopback(unsigned short port, unsigned short& bound)
{
  int listener = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
  if (listener < 0) return -1;
  int yes = 1;
  setsockopt(listener, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_port = htons(port);
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  socklen_t length = sizeof address;
  if (bind(listener, reinterpret_cast<sockaddr*>(&address), length) != 0 || listen(listener, SOMAXCONN) != 0 ||
      getsockname(listener, reinterpret_cast<sockaddr*>(&address), &length) != 0) {
    int error = errno;
    close(listener);
    errno = error;
    return -1;
  }
  bound = ntohs(address.sin_port);
  return listener;
}
