// Given: the other side of the pool, for the tests. Starts `workers` worker processes (each
// runs run_worker), waits until each has subscribed to the control channel, pushes the jobs,
// collects one result per job, lets the workers idle a moment (a worker must not end before
// it is told), says "stop" and waits for the workers to exit. Every wait is bounded (2 s for
// the subscriptions, 2 s for the results, 2 s for each worker to exit), so a worker that
// never stops fails a test, not the run.
#pragma once
#include "worker.hpp"

struct pool_outcome {
  std::vector<std::string> results;  // in the order they arrived
  bool all_results = false;          // one per job, in time
  bool ended_before_stop = false;    // a worker had ended before it was told to stop
  std::vector<int> exit_codes;       // of each worker; -1: it had to be killed
};

pool_outcome run_pool(int workers, const std::vector<std::string>& jobs);
