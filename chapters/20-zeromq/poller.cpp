// A Poller (S990): one worker listens on two sockets at once, its jobs (PULL) and a control
// channel (SUB), and ends when the control channel says "stop". `a.readable() ||
// b.readable()` is the Poller: it waits for whichever socket has a message first and takes
// nothing from the other, and the worker then receives from the one that is ready.
#include "async_zmq_socket.hpp"

asio::awaitable<void> worker(async_zmq_socket& jobs, async_zmq_socket& control, async_zmq_socket& results)
{
  using namespace asio::experimental::awaitable_operators;
  for (;;) {
    auto ready = co_await (control.readable() || jobs.readable());
    if (ready.index() == 0) {
      a2a::log("worker: '{}' on the control channel, so it ends", co_await control.receive_text());
      co_return;
    }
    auto job = co_await jobs.receive_text();
    a2a::log("worker: {}", job);
    co_await results.send_text(job + " done");
  }
}

asio::awaitable<void> boss(async_zmq_socket& jobs, async_zmq_socket& control, async_zmq_socket& results)
{
  co_await control.receive();  // the worker's subscription: from now on it hears "stop"
  for (int i = 1; i <= 3; ++i) {
    co_await jobs.send_text(fmt::format("job {}", i));
    a2a::log("boss: '{}'", co_await results.receive_text());
  }
  co_await control.send_text("stop");
}

asio::awaitable<void> async_main()
{
  auto executor = co_await asio::this_coro::executor;
  zmq::context_t context;
  async_zmq_socket jobs_out(executor, context, zmq::socket_type::push);
  async_zmq_socket jobs_in(executor, context, zmq::socket_type::pull);
  async_zmq_socket control_out(executor, context, zmq::socket_type::xpub);
  async_zmq_socket control_in(executor, context, zmq::socket_type::sub);
  async_zmq_socket results_out(executor, context, zmq::socket_type::push);
  async_zmq_socket results_in(executor, context, zmq::socket_type::pull);
  jobs_in.native().connect(jobs_out.bind_any_port());
  control_in.native().connect(control_out.bind_any_port());
  control_in.native().set(zmq::sockopt::subscribe, "");
  results_out.native().connect(results_in.bind_any_port());
  co_await a2a::gather(worker(jobs_in, control_in, results_out), boss(jobs_out, control_out, results_in));
}

int main()
{
  a2a::run(async_main());
}
