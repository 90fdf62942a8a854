// Which way to read and write files: io_uring where this machine has and allows it.
#include "files.hpp"

#include <cstdlib>

std::string_view name_of(file_api api)
{
  return api == file_api::io_uring ? "io_uring" : "the thread pool";
}

file_api best_file_api(asio::any_io_executor executor, std::string* why)
{
  auto say = [why](std::string reason) {
    if (why != nullptr) *why = std::move(reason);
    return file_api::thread_pool;
  };
  if (const char* forced = std::getenv("A2A_FILE_API"); forced != nullptr && std::string_view(forced) == "thread_pool")
    return say("A2A_FILE_API=thread_pool");
#if defined(BOOST_ASIO_HAS_FILE)
  try {
    asio::stream_file probe(executor, "/dev/null", asio::stream_file::read_only);  // starts Asio's io_uring service
    return file_api::io_uring;
  } catch (const boost::system::system_error& e) {
    return say(fmt::format("this machine refuses io_uring ({})", e.code().message()));
  }
#else
  (void)executor;
  return say("this build has no io_uring (no liburing-dev when it was configured)");
#endif
}
