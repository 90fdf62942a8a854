// Files from coroutines, two ways, behind one interface:
//   thread_pool: blocking open/read/write on the runtime's thread pool (a2a::to_thread),
//                which is all that aiofiles does;
//   io_uring:    Asio's own files (asio::stream_file), which hand each read and write to
//                the kernel through io_uring. They exist only where Asio was built with
//                BOOST_ASIO_HAS_IO_URING, and a kernel or container may refuse io_uring.
// best_file_api() picks io_uring where it works, the thread pool everywhere else.
#pragma once
#include <a2a/a2a.hpp>

#include <filesystem>
#include <functional>
#include <memory>
#include <span>
#include <string>

enum class file_api { io_uring, thread_pool };

std::string_view name_of(file_api api);

// io_uring if it is compiled in and this machine lets us open a ring, else the thread pool.
// A2A_FILE_API=thread_pool in the environment forces the fallback. `why` (if given) gets the
// reason when the answer is the thread pool.
file_api best_file_api(asio::any_io_executor executor, std::string* why = nullptr);

// A file open for reading. Errors are std::system_error naming the file:
// "notes.txt: No such file or directory".
class readable_file {
 public:
  static asio::awaitable<readable_file> open(std::filesystem::path path, file_api api);
  readable_file(readable_file&&) noexcept;
  readable_file& operator=(readable_file&&) noexcept;
  ~readable_file();

  // Up to buffer.size() bytes into buffer; 0 at the end of the file.
  asio::awaitable<std::size_t> read_some(std::span<char> buffer);

  // How many readable_files are open in this process now: what a limit on open files limits.
  static int open_now();

 private:
  struct state;
  explicit readable_file(std::unique_ptr<state> s);
  std::unique_ptr<state> state_;
};

// The whole file in memory: aiofiles' `await f.read()`.
asio::awaitable<std::string> read_file(std::filesystem::path path, file_api api);

// Creates or replaces the file with `content`.
asio::awaitable<void> write_file(std::filesystem::path path, std::string content, file_api api);

// Calls on_line for each line of the file, without its '\n': `async for line in f`. Memory
// holds one buffer of max_line bytes, however large the file; a longer line comes in pieces.
asio::awaitable<void> for_each_line(readable_file& file, std::function<void(std::string_view)> on_line,
                                    std::size_t max_line = 64 * 1024);
