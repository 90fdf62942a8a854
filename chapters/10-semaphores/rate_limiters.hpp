// Two ways to limit calls per period, shared by this chapter's examples and its tests.
#pragma once
#include <a2a/a2a.hpp>

#include <deque>

// At most `max_calls` calls in any `period`: remembers when the recent calls started and
// waits until the oldest one is `period` old. Callers take turns in arrival order.
class sliding_window_limiter {
 public:
  sliding_window_limiter(std::size_t max_calls, std::chrono::milliseconds period)
      : max_calls_(max_calls), period_(period)
  {
  }

  asio::awaitable<void> acquire()
  {
    auto turn = co_await turns_.hold();  // one caller at a time: no two read the window at once
    for (;;) {
      auto now = story_now();
      while (!starts_.empty() && starts_.front() + period_ <= now) starts_.pop_front();
      if (starts_.size() < max_calls_) {
        starts_.push_back(now);
        co_return;
      }
      co_await a2a::sleep(starts_.front() + period_ - now);
    }
  }

 private:
  static std::chrono::nanoseconds story_now()
  {
    return std::chrono::round<std::chrono::nanoseconds>(std::chrono::duration<double>(a2a::elapsed()));
  }

  std::size_t max_calls_;
  std::chrono::nanoseconds period_;
  std::deque<std::chrono::nanoseconds> starts_;
  a2a::lock turns_;
};

// A token bucket: holds up to `burst` tokens, gains one every `every`; each call takes one.
// Allows a burst at once, then a steady rate: in any period P at most burst + P / every calls.
class token_bucket {
 public:
  token_bucket(std::size_t burst, std::chrono::milliseconds every)
      : burst_(burst), every_(every), tokens_(static_cast<double>(burst))
  {
  }

  asio::awaitable<void> acquire()
  {
    auto turn = co_await turns_.hold();
    for (;;) {
      refill();
      if (tokens_ >= 1.0) {
        tokens_ -= 1.0;
        co_return;
      }
      auto missing = (1.0 - tokens_) * std::chrono::duration<double>(every_);
      co_await a2a::sleep(missing);
    }
  }

 private:
  void refill()
  {
    double now = a2a::elapsed();
    double gained = (now - last_refill_) / std::chrono::duration<double>(every_).count();
    tokens_ = std::min(static_cast<double>(burst_), tokens_ + gained);
    last_refill_ = now;
  }

  std::size_t burst_;
  std::chrono::milliseconds every_;
  double tokens_;
  double last_refill_ = 0;
  a2a::lock turns_;
};
