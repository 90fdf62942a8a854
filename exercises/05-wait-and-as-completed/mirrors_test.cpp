#include "mirrors.hpp"

#include "testing.hpp"

namespace {

const std::vector<mirror> three_mirrors{{"slow", 3s}, {"fast", 1s}, {"medium", 2s}};
// Built step by step: g++ 12 -O2 warns falsely about nested braces holding strings here.
request fetch(std::string file, std::string from, std::chrono::milliseconds latency,
              bool works = true)
{
  request r;
  r.from.name = std::move(from);
  r.from.latency = latency;
  r.from.works = works;
  r.file = std::move(file);
  return r;
}
const std::vector<request> staggered{fetch("c", "m", 3s), fetch("a", "m", 1s),
                                     fetch("b", "m", 2s)};
const std::vector<request> one_fails{fetch("late", "up", 2s), fetch("early", "down", 1s, false)};

// What `arrived` was called with, and when.
struct arrival_log {
  std::vector<std::pair<std::string, double>> calls;
  std::function<void(const std::string&)> callback()
  {
    return [this](const std::string& text) { calls.emplace_back(text, a2a::elapsed()); };
  }
};

}  // namespace

TEST_CASE("fastest_download: the first mirror to answer wins")
{
  network net;
  CHECK(a2a::run(fastest_download(net, three_mirrors, "data.zip")) == "data.zip from fast");
  CHECK(a2a::elapsed() == 1.0);
}

TEST_CASE("fastest_download: the losers have stopped by the time it returns")
{
  network net;
  auto main = [&]() -> asio::awaitable<void> {
    co_await fastest_download(net, three_mirrors, "data.zip");
    CHECK(net.in_flight == 0);  // checked before anything else gets a chance to run
    CHECK(net.cancelled == 2);
  };
  a2a::run(main());
}

TEST_CASE("fastest_download: a mirror that fails first does not end the race")
{
  network net;
  std::vector<mirror> mirrors{{"broken", 500ms, false}, {"slow", 3s}, {"good", 1s}};
  CHECK(a2a::run(fastest_download(net, mirrors, "a.txt")) == "a.txt from good");
  CHECK(a2a::elapsed() == 1.0);
  CHECK(net.in_flight == 0);
}

TEST_CASE("fastest_download: all_mirrors_failed once the last mirror has failed")
{
  network net;
  std::vector<mirror> mirrors{{"down", 1s, false}, {"also down", 2s, false}};
  CHECK_THROWS_AS(a2a::run(fastest_download(net, mirrors, "a.txt")), all_mirrors_failed);
  CHECK(a2a::elapsed() == 2.0);
}

TEST_CASE("fastest_download: no mirrors, all_mirrors_failed at once")
{
  network net;
  CHECK_THROWS_AS(a2a::run(fastest_download(net, {}, "a.txt")), all_mirrors_failed);
  CHECK(a2a::elapsed() == 0.0);
}

TEST_CASE("download_all: each download is reported the moment it arrives")
{
  network net;
  arrival_log log;
  CHECK(a2a::run(download_all(net, staggered, log.callback())) == 3);
  CHECK(log.calls == std::vector<std::pair<std::string, double>>{
                         {"a from m", 1.0}, {"b from m", 2.0}, {"c from m", 3.0}});
}

TEST_CASE("download_all: a failure is reported in its turn and the rest still arrive")
{
  network net;
  arrival_log log;
  CHECK(a2a::run(download_all(net, one_fails, log.callback())) == 1);
  CHECK(log.calls == std::vector<std::pair<std::string, double>>{
                         {"early failed: down is down", 1.0}, {"late from up", 2.0}});
}

TEST_CASE("download_all: no requests, no calls, no waiting")
{
  network net;
  arrival_log log;
  CHECK(a2a::run(download_all(net, {}, log.callback())) == 0);
  CHECK(log.calls.empty());
  CHECK(a2a::elapsed() == 0.0);
}
