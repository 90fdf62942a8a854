// How many items a second a2a::queue moves between coroutines, next to a plain Asio channel
// and, when a python3 is there, asyncio.Queue (queue_benchmark.py, run from here).
// Build it optimised: cmake --preset release && cmake --build build/release --target
// ch09-queue_benchmark && build/release/chapters/09-queues/benchmark/queue_benchmark
// An optional argument sets the number of items (default 1,000,000); --row ITEMS prints
// chapter 19's row instead.
#include <a2a/a2a.hpp>
#include <benchmark.hpp>

#include <cstdlib>

using std::chrono::steady_clock;
using item_channel = asio::experimental::channel<void(boost::system::error_code, int)>;

asio::awaitable<void> produce(a2a::queue<int>& queue, int items)
{
  for (int i = 0; i < items; ++i) co_await queue.put(i);
}

asio::awaitable<void> consume(a2a::queue<int>& queue, int items, long& checksum)
{
  for (int i = 0; i < items; ++i) checksum += co_await queue.get();
}

asio::awaitable<void> produce(item_channel& channel, int items)
{
  for (int i = 0; i < items; ++i)
    co_await channel.async_send(boost::system::error_code{}, i, asio::use_awaitable);
}

asio::awaitable<void> consume(item_channel& channel, int items, long& checksum)
{
  for (int i = 0; i < items; ++i) checksum += co_await channel.async_receive(asio::use_awaitable);
}

template <typename Queue>
Queue make_queue(asio::any_io_executor executor, std::size_t capacity)
{
  if constexpr (std::is_same_v<Queue, item_channel>)
    return Queue(executor, capacity);
  else
    return Queue(capacity);
}

// Runs `pairs` producers and `pairs` consumers over one queue (or channel) holding up to
// `capacity` items; returns millions of items a second.
template <typename Queue>
double items_per_second(int items, int pairs, std::size_t capacity)
{
  long checksum = 0;
  auto main = [&]() -> asio::awaitable<void> {
    auto queue = make_queue<Queue>(co_await asio::this_coro::executor, capacity);
    std::vector<asio::awaitable<void>> work;
    for (int p = 0; p < pairs; ++p) {
      work.push_back(produce(queue, items / pairs));
      work.push_back(consume(queue, items / pairs, checksum));
    }
    co_await a2a::gather(std::move(work));
  };
  auto start = steady_clock::now();
  a2a::run(main());
  double seconds = std::chrono::duration<double>(steady_clock::now() - start).count();
  long expected = static_cast<long>(pairs) * (items / pairs) * (items / pairs - 1) / 2;
  if (checksum != expected) throw std::logic_error("items were lost or duplicated");
  return items / seconds / 1e6;
}

void print_table_row(int items)
{
  auto script = std::filesystem::path(__FILE__).replace_extension(".py");
  benchmark::print_row({fmt::format("queue, 1 producer and 1 consumer, {} items (million items/s)", items),
                        fmt::format("{:.2f}", items_per_second<a2a::queue<int>>(items, 1, 1024)),
                        fmt::format("{:.2f}", items_per_second<item_channel>(items, 1, 1024)), "-",
                        benchmark::python_cell(script, std::to_string(items)),
                        benchmark::python_cell(script, std::to_string(items), true)});
}

int main(int argc, char** argv)
{
  if (argc == 3 && std::string_view(argv[1]) == "--row") {
    print_table_row(std::atoi(argv[2]));
    return 0;
  }
  int items = argc > 1 ? std::atoi(argv[1]) : 1'000'000;
  fmt::print("{} items, capacity 1024, million items per second (higher is better)\n", items);
  fmt::print("  {:<22} {:>7} {:>7}\n", "", "1 x 1", "4 x 4");
  fmt::print("  {:<22} {:7.2f} {:7.2f}\n", "a2a::queue",
             items_per_second<a2a::queue<int>>(items, 1, 1024),
             items_per_second<a2a::queue<int>>(items, 4, 1024));
  fmt::print("  {:<22} {:7.2f} {:7.2f}\n", "asio channel",
             items_per_second<item_channel>(items, 1, 1024),
             items_per_second<item_channel>(items, 4, 1024));
  std::fflush(stdout);
  auto python = benchmark::run_python(std::filesystem::path(__FILE__).replace_extension(".py"),
                                      std::to_string(items));
  if (python && python->size() == 2)
    fmt::print("  {:<22} {:>7} {:>7}\n", "Python asyncio.Queue", (*python)[0], (*python)[1]);
  else
    fmt::print("  Python asyncio.Queue: not measured (no python3, or it failed)\n");
}
