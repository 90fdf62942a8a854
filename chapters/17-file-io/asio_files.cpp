// Asio's own files, bare: asio::stream_file reads a file front to back like a socket, and
// asio::random_access_file reads at any offset, several reads at once. Both hand the work
// to the kernel through io_uring, so they exist only where Asio was built with it
// (BOOST_ASIO_HAS_IO_URING, liburing) and work only where the kernel allows io_uring; many
// containers refuse it. Where they cannot run, this program says so and exits 77.
#include <a2a/a2a.hpp>

#include <filesystem>
#include <fstream>
#include <unistd.h>

#if defined(BOOST_ASIO_HAS_FILE)

asio::awaitable<void> async_main()
{
  auto executor = co_await asio::this_coro::executor;
  auto path = (std::filesystem::temp_directory_path() / fmt::format("a2a-asio-files-{}.txt", ::getpid())).string();
  std::ofstream(path) << "alpha\nbravo\ncharlie\ndelta\n";

  asio::stream_file front_to_back(executor, path, asio::stream_file::read_only);
  std::string all;
  auto [error, size] = co_await asio::async_read(front_to_back, asio::dynamic_buffer(all),
                                                 asio::as_tuple(asio::use_awaitable));
  fmt::print("stream_file: {} bytes, then \"{}\"\n", size, error.message());

  // Four reads of 5 bytes at offsets 0, 6, 12 and 20, all in flight together.
  asio::random_access_file anywhere(executor, path, asio::random_access_file::read_only);
  std::array<std::array<char, 5>, 4> pieces{};
  std::array<std::uint64_t, 4> offsets{0, 6, 12, 20};
  using namespace asio::experimental::awaitable_operators;
  co_await (asio::async_read_at(anywhere, offsets[0], asio::buffer(pieces[0]), asio::use_awaitable) &&
            asio::async_read_at(anywhere, offsets[1], asio::buffer(pieces[1]), asio::use_awaitable) &&
            asio::async_read_at(anywhere, offsets[2], asio::buffer(pieces[2]), asio::use_awaitable) &&
            asio::async_read_at(anywhere, offsets[3], asio::buffer(pieces[3]), asio::use_awaitable));
  for (std::size_t i = 0; i < pieces.size(); ++i)
    fmt::print("random_access_file at {:>2}: {}\n", offsets[i], std::string_view(pieces[i].data(), pieces[i].size()));
  std::filesystem::remove(path);
}

int main()
{
  try {
    a2a::run(async_main());
  } catch (const boost::system::system_error& e) {  // the kernel refused io_uring
    fmt::print(stderr, "io_uring is refused here ({}): chapter 17's other examples fall back to the thread pool\n",
               e.code().message());
    return 77;
  }
}

#else

int main()
{
  fmt::print(stderr, "this build has no io_uring (liburing-dev was missing when it was configured)\n");
  return 77;
}

#endif
