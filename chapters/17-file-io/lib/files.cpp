#include "files.hpp"

#include <atomic>
#include <fcntl.h>
#include <unistd.h>

namespace {
std::atomic<int> files_open{0};

[[noreturn]] void fail(int error, const std::filesystem::path& path)
{
  throw std::system_error(error, std::generic_category(), path.string());
}

// Both ways open files themselves: close-on-exec, so that no child started meanwhile
// inherits them (chapter 15), and new files get mode 0644. Asio's own stream_file::open
// uses neither (mode 0777, which made text files executable).
int open_file(const std::filesystem::path& path, int flags)
{
  return ::open(path.c_str(), flags | O_CLOEXEC, 0644);
}

constexpr int for_writing = O_WRONLY | O_CREAT | O_TRUNC;
}  // namespace

struct readable_file::state {
  std::filesystem::path path;
  file_api api;
  int fd = -1;  // thread_pool
#if defined(BOOST_ASIO_HAS_FILE)
  std::optional<asio::stream_file> file;  // io_uring
#endif
  ~state()
  {
    if (fd >= 0) ::close(fd);
  }
};

readable_file::readable_file(std::unique_ptr<state> s) : state_(std::move(s))
{
  ++files_open;
}
readable_file::readable_file(readable_file&&) noexcept = default;
readable_file& readable_file::operator=(readable_file&& other) noexcept
{
  if (state_) --files_open;  // the file this one had is closed now
  state_ = std::move(other.state_);
  return *this;
}
readable_file::~readable_file()
{
  if (state_) --files_open;
}

int readable_file::open_now()
{
  return files_open;
}

asio::awaitable<readable_file> readable_file::open(std::filesystem::path path, file_api api)
{
  auto s = std::make_unique<state>();
  s->path = path;
  s->api = api;
  if (api == file_api::thread_pool) {
    // errno belongs to the thread that failed: it comes back with the result.
    auto [fd, error] = co_await a2a::to_thread([&path] {
      int opened = open_file(path, O_RDONLY);
      return std::pair(opened, opened < 0 ? errno : 0);
    });
    if (fd < 0) fail(error, path);
    s->fd = fd;
  } else {
#if defined(BOOST_ASIO_HAS_FILE)
    // Opened right here, on the loop's thread: open() blocks, but briefly. Asio's own
    // stream_file::open does the same.
    int fd = open_file(path, O_RDONLY);
    if (fd < 0) fail(errno, path);
    s->file.emplace(co_await asio::this_coro::executor, fd);
#else
    throw std::logic_error("io_uring is not compiled in: use best_file_api()");
#endif
  }
  co_return readable_file(std::move(s));
}

asio::awaitable<std::size_t> readable_file::read_some(std::span<char> buffer)
{
  auto& s = *state_;
  if (s.api == file_api::thread_pool) {
    int fd = s.fd;
    auto [n, error] = co_await a2a::to_thread([fd, buffer] {
      auto got = ::read(fd, buffer.data(), buffer.size());
      return std::pair(got, got < 0 ? errno : 0);
    });
    if (n < 0) fail(error, s.path);  // "notes/: Is a directory"
    co_return static_cast<std::size_t>(n);
  }
#if defined(BOOST_ASIO_HAS_FILE)
  auto [error, n] = co_await s.file->async_read_some(asio::buffer(buffer.data(), buffer.size()),
                                                     asio::as_tuple(asio::use_awaitable));
  if (error == asio::error::eof) co_return 0;
  if (error) fail(error.value(), s.path);
  co_return n;
#else
  co_return 0;
#endif
}

asio::awaitable<void> write_file(std::filesystem::path path, std::string content, file_api api)
{
  if (api == file_api::thread_pool) {
    int error = co_await a2a::to_thread([&path, &content] {
      int fd = open_file(path, for_writing);
      if (fd < 0) return errno;
      for (std::size_t done = 0; done < content.size();) {
        auto n = ::write(fd, content.data() + done, content.size() - done);
        if (n < 0) {
          int write_error = errno;
          ::close(fd);
          return write_error;
        }
        done += static_cast<std::size_t>(n);
      }
      return ::close(fd) == 0 ? 0 : errno;
    });
    if (error != 0) fail(error, path);
    co_return;
  }
#if defined(BOOST_ASIO_HAS_FILE)
  int fd = open_file(path, for_writing);
  if (fd < 0) fail(errno, path);
  asio::stream_file file(co_await asio::this_coro::executor, fd);
  auto [write_error, written] = co_await asio::async_write(file, asio::buffer(content), asio::as_tuple(asio::use_awaitable));
  if (write_error) fail(write_error.value(), path);
#else
  throw std::logic_error("io_uring is not compiled in: use best_file_api()");
#endif
}
