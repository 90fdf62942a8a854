#include "room.hpp"

#include "testing.hpp"

#include <deque>

using namespace std::chrono_literals;

namespace {

// A deque: connections cannot move, and a deque never moves what it holds.
std::deque<connection> crowd(std::vector<std::pair<std::string, std::chrono::milliseconds>> who)
{
  std::deque<connection> people;
  for (auto& [name, speed] : who) people.emplace_back(name, speed);
  return people;
}

std::vector<std::string> lines_of(const connection& c)
{
  std::vector<std::string> lines;
  for (auto& d : c.received) lines.push_back(d.line);
  return lines;
}

// Runs `script` with a room, then closes the room; a starter that stalls fails the test
// after 60 s of story time (a fraction of a second of real time), instead of hanging.
template <typename Script>
void in_a_room(std::size_t outbox_lines, Script script)
{
  auto main = [&]() -> asio::awaitable<void> {
    room chat(outbox_lines);
    auto everything = [&]() -> asio::awaitable<void> {
      co_await script(chat, co_await asio::this_coro::executor);
      co_await chat.close();
    };
    co_await a2a::wait_for(everything(), 60s);
  };
  a2a::run(main());
}

}  // namespace

TEST_CASE("every member but the sender gets each line, in order")
{
  auto people = crowd({{"Ann", 10ms}, {"Bob", 10ms}, {"Cy", 10ms}});
  in_a_room(16, [&](room& chat, asio::any_io_executor executor) -> asio::awaitable<void> {
    for (auto& person : people) chat.join(executor, person);
    co_await chat.broadcast(people[0], "Ann: hi");
    co_await chat.broadcast(people[1], "Bob: hello");
    co_await chat.broadcast(people[0], "Ann: bye");
  });
  CHECK(lines_of(people[0]) == std::vector<std::string>{"Bob: hello"});
  CHECK(lines_of(people[1]) == std::vector<std::string>{"Ann: hi", "Ann: bye"});
  CHECK(lines_of(people[2]) == std::vector<std::string>{"Ann: hi", "Bob: hello", "Ann: bye"});
}

TEST_CASE("a slow member delays nobody")
{
  auto people = crowd({{"Ann", 10ms}, {"Slow", 1000ms}, {"Cy", 10ms}});
  double returned_at = -1;
  in_a_room(16, [&](room& chat, asio::any_io_executor executor) -> asio::awaitable<void> {
    for (auto& person : people) chat.join(executor, person);
    co_await chat.broadcast(people[0], "Ann: one");
    co_await chat.broadcast(people[0], "Ann: two");
    returned_at = a2a::elapsed();
  });
  CHECK(returned_at == 0.0);  // broadcast() never waited
  REQUIRE(people[2].received.size() == 2);
  CHECK(people[2].received[1].at == 0.02);  // Cy: 10 ms a line, not held up by Slow
  REQUIRE(people[1].received.size() == 2);
  CHECK(people[1].received[1].at == 2.0);  // Slow gets both, at its own pace
}

TEST_CASE("a stalled member is dropped once its outbox is full; the others get everything")
{
  auto people = crowd({{"Ann", 10ms}, {"Stuck", 10ms}, {"Cy", 10ms}});
  people[1].stalled = true;
  std::size_t members_after = 0;
  in_a_room(4, [&](room& chat, asio::any_io_executor executor) -> asio::awaitable<void> {
    for (auto& person : people) chat.join(executor, person);
    for (int i = 1; i <= 10; ++i) {
      co_await chat.broadcast(people[0], fmt::format("Ann: {}", i));
      co_await a2a::sleep(20ms);  // Cy (10 ms a line) keeps up; Stuck takes nothing
    }
    members_after = chat.members();
  });
  CHECK(people[1].closed);
  CHECK(members_after == 2);
  CHECK(people[2].received.size() == 10);
  CHECK(people[1].received.empty());
}

TEST_CASE("close() sends what is queued, then stops every writer")
{
  auto people = crowd({{"Ann", 10ms}, {"Bob", 100ms}});
  double closed_at = -1;
  in_a_room(16, [&](room& chat, asio::any_io_executor executor) -> asio::awaitable<void> {
    for (auto& person : people) chat.join(executor, person);
    for (int i = 1; i <= 3; ++i) co_await chat.broadcast(people[0], fmt::format("Ann: {}", i));
    co_await chat.close();
    closed_at = a2a::elapsed();
  });
  CHECK(lines_of(people[1]) == std::vector<std::string>{"Ann: 1", "Ann: 2", "Ann: 3"});
  CHECK(closed_at == 0.3);
}

TEST_CASE("a member who joins later gets only what comes after")
{
  auto people = crowd({{"Ann", 10ms}, {"Bob", 10ms}, {"Late", 10ms}});
  in_a_room(16, [&](room& chat, asio::any_io_executor executor) -> asio::awaitable<void> {
    chat.join(executor, people[0]);
    chat.join(executor, people[1]);
    co_await chat.broadcast(people[0], "Ann: early");
    chat.join(executor, people[2]);
    co_await chat.broadcast(people[0], "Ann: later");
  });
  CHECK(lines_of(people[1]) == std::vector<std::string>{"Ann: early", "Ann: later"});
  CHECK(lines_of(people[2]) == std::vector<std::string>{"Ann: later"});
}
