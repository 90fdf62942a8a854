#include "worker.hpp"

int run_worker(const pool_endpoints& endpoints)
{
  try {
    return a2a::run([&]() -> asio::awaitable<int> {
      auto executor = co_await asio::this_coro::executor;
      zmq::context_t context;
      async_zmq_socket jobs(executor, context, zmq::socket_type::pull);
      async_zmq_socket control(executor, context, zmq::socket_type::sub);
      async_zmq_socket results(executor, context, zmq::socket_type::push);
      control.native().set(zmq::sockopt::subscribe, "");
      jobs.native().connect(endpoints.jobs);
      control.native().connect(endpoints.control);
      results.native().connect(endpoints.results);
      co_return co_await work(jobs, control, results);
    }());
  } catch (const std::exception& e) {
    fmt::print(stderr, "worker {}: {}\n", getpid(), e.what());
    return -1;
  }
}
