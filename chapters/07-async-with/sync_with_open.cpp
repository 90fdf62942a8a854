// Python's plain `with open(path) as f:` is C++'s RAII: the destructor closes the file when
// the block is left, normally or by an exception. It works because closing does not wait.
#include <a2a/a2a.hpp>

#include <filesystem>
#include <fstream>

// A file that says when its destructor closes it.
class announced_file {
 public:
  explicit announced_file(const std::filesystem::path& path) : stream_(path) {}
  ~announced_file() { fmt::print("file closed\n"); }
  std::ifstream& stream() { return stream_; }

 private:
  std::ifstream stream_;
};

int main()
{
  auto path = std::filesystem::temp_directory_path() / "a2a-data.txt";
  std::ofstream(path) << "first line\nsecond line\n";

  {
    announced_file file(path);
    for (std::string line; std::getline(file.stream(), line);) fmt::print("{}\n", line);
  }

  try {
    announced_file file(path);
    throw std::runtime_error("failed while reading");
  } catch (const std::runtime_error& e) {
    fmt::print("caught: {}\n", e.what());
  }
  std::filesystem::remove(path);
}
