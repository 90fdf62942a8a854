// The third safe form: shared ownership, for state that must outlive whoever started the
// work. Each task holds a std::shared_ptr, so the state lives until the last one is done,
// however early the function that made it returns. A member coroutine does the same with
// shared_from_this(): the task keeps its object alive, where a bare `this` could dangle.
#include <a2a/a2a.hpp>

class visit_counter : public std::enable_shared_from_this<visit_counter> {
 public:
  a2a::Task<void> start_visit(asio::any_io_executor executor, std::string who)
  {
    return a2a::create_task(executor, visit(shared_from_this(), std::move(who)));
  }
  int visits() const { return visits_; }

 private:
  static asio::awaitable<void> visit(std::shared_ptr<visit_counter> self, std::string who)
  {
    co_await a2a::sleep(1s);
    a2a::log("{} visited; {} visits so far", who, ++self->visits_);
  }
  int visits_ = 0;
};

std::vector<a2a::Task<void>> start_visits(asio::any_io_executor executor)
{
  auto counter = std::make_shared<visit_counter>();
  std::vector<a2a::Task<void>> visits;
  for (std::string who : {"Ann", "Bob", "Cy"}) visits.push_back(counter->start_visit(executor, who));
  return visits;  // `counter` goes out of scope here; the tasks keep the counter alive
}

asio::awaitable<void> async_main()
{
  auto visits = start_visits(co_await asio::this_coro::executor);
  a2a::log("start_visits has returned");
  co_await a2a::wait(std::move(visits));
}

int main()
{
  a2a::run(async_main());
}
