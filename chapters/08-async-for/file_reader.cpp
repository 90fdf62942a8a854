// One object that is both: an async context manager (open and close await) and an async
// iterator (each line awaits). async_with guarantees the close; the loop reads.
#include <a2a/a2a.hpp>

class async_file_reader {
 public:
  explicit async_file_reader(std::string filename) : filename_(std::move(filename)) {}

  asio::awaitable<async_file_reader*> enter()
  {
    co_await a2a::sleep(500ms);
    lines_ = {"Line 1", "Line 2", "Line 3"};
    a2a::log("{} opened", filename_);
    co_return this;
  }

  asio::awaitable<void> exit(std::exception_ptr)
  {
    co_await a2a::sleep(200ms);
    lines_.clear();
    a2a::log("{} closed", filename_);
  }

  asio::awaitable<std::optional<std::string>> next()
  {
    if (index_ >= lines_.size()) co_return std::nullopt;
    co_await a2a::sleep(100ms);
    co_return lines_[index_++];
  }

 private:
  std::string filename_;
  std::vector<std::string> lines_;
  std::size_t index_ = 0;
};

asio::awaitable<void> async_main()
{
  co_await a2a::async_with(async_file_reader("data.txt"),
                           [](async_file_reader* reader) -> asio::awaitable<void> {
                             while (auto line = co_await reader->next()) a2a::log("{}", *line);
                           });
}

int main()
{
  a2a::run(async_main());
}
