#include "a2a/instruments/output.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace a2a {
namespace {
std::vector<std::string>* captured = nullptr;
}

void detail::print_line(std::string_view line)
{
  if (captured != nullptr) {
    captured->emplace_back(line);
    return;
  }
  fmt::print("{}\n", line);
  std::fflush(stdout);  // keeps our lines in order with a child process's or a thread's
}

output_capture::output_capture() : previous_(captured) { captured = &lines_; }
output_capture::~output_capture() { captured = previous_; }

timeline::busy timeline::track(std::string lane)
{
  if (std::find(lanes_.begin(), lanes_.end(), lane) == lanes_.end()) lanes_.push_back(lane);
  return busy(*this, std::move(lane));
}

timeline::busy::busy(timeline& owner, std::string lane)
    : owner_(owner), lane_(std::move(lane)), start_(elapsed())
{
}

timeline::busy::~busy()
{
  owner_.spans_.push_back({std::move(lane_), start_, elapsed()});
}

std::string timeline::chart() const
{
  if (spans_.empty()) return "(nothing ran)\n";

  // One row per lane, one column per step (at most 60), from the first start to the last end.
  double origin = spans_.front().start, end = origin;
  std::size_t name_width = 0;
  for (const auto& s : spans_) {
    origin = std::min(origin, s.start);
    end = std::max(end, s.end);
    name_width = std::max(name_width, s.lane.size());
  }
  double step = 0.1;
  for (double candidate : {0.1, 0.25, 0.5, 1.0, 2.0, 5.0, 10.0, 30.0, 60.0}) {
    step = candidate;
    if ((end - origin) / step <= 60) break;
  }
  origin = std::floor(origin / step + 1e-9) * step;
  auto columns = static_cast<std::size_t>(std::ceil((end - origin) / step - 1e-9));
  auto column_of = [&](double t) {
    return static_cast<std::size_t>(std::lround((t - origin) / step));
  };

  std::string out;
  for (const auto& lane : lanes_) {
    std::string row(columns, ' ');
    double first = end, last = origin;
    for (const auto& s : spans_) {
      if (s.lane != lane) continue;
      first = std::min(first, s.start);
      last = std::max(last, s.end);
      auto from = column_of(s.start), to = std::max(column_of(s.end), from + 1);
      for (auto c = from; c < to && c < columns; ++c) row[c] = '#';
    }
    out += fmt::format("{:<{}}  |{}|  {:.2f}s - {:.2f}s\n", lane, name_width, row, first, last);
  }

  // The time axis: a label every 10 columns.
  std::string axis(name_width + 3 + columns + 10, ' ');
  for (std::size_t c = 0; c <= columns; c += 10) {
    auto label = fmt::format("{:g}s", origin + static_cast<double>(c) * step);
    axis.replace(name_width + 3 + c, label.size(), label);
  }
  axis.erase(axis.find_last_not_of(' ') + 1);
  return out + axis + "\n";
}

}  // namespace a2a
