// An instrument of the workshop: lines stamped with story time, and a picture of who ran
// when. Skip it on a first reading.
#pragma once
#include "a2a/instruments/story_clock.hpp"

#include <string_view>

namespace a2a {

namespace detail {
// Prints one line to stdout (or to an output_capture).
void print_line(std::string_view line);
}  // namespace detail

// Prints "[1.50s] message": the story time, then the message (fmt syntax).
template <typename... Args>
void log(fmt::format_string<Args...> format, Args&&... args)
{
  auto message = fmt::format(format, std::forward<Args>(args)...);
  detail::print_line(fmt::format("[{:.2f}s] {}", elapsed(), message));
}

// While alive, collects what print_line()/log() print instead of printing it (for tests).
class output_capture {
 public:
  output_capture();
  ~output_capture();
  output_capture(const output_capture&) = delete;
  output_capture& operator=(const output_capture&) = delete;

  const std::vector<std::string>& lines() const { return lines_; }

 private:
  std::vector<std::string> lines_;
  std::vector<std::string>* previous_;
};

// Records when each named lane (a task, a worker) was busy, and draws it as an ASCII chart:
//
//   A  |###############     |  0.00s - 1.50s
//   B  |##########          |  0.00s - 1.00s
//       0s        1s
class timeline {
 public:
  struct span {
    std::string lane;
    double start;
    double end;
  };

  // Marks `lane` busy from now until the returned guard is destroyed.
  class [[nodiscard]] busy {
   public:
    busy(timeline& owner, std::string lane);
    ~busy();
    busy(const busy&) = delete;
    busy& operator=(const busy&) = delete;

   private:
    timeline& owner_;
    std::string lane_;
    double start_;
  };

  busy track(std::string lane);

  std::string chart() const;

 private:
  std::vector<std::string> lanes_;  // in the order they first got busy
  std::vector<span> spans_;
};

}  // namespace a2a
