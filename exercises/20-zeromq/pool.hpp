// Given: the other side of the pool, for the tests. Starts `workers` worker processes (each
// runs run_worker), waits until each has subscribed to the control channel, pushes the jobs,
// collects one result per job, says "stop" and waits for the workers to exit. Every wait is
// bounded (2 s without progress), so a worker that never stops fails a test, not the run.
#pragma once
#include "worker.hpp"

struct pool_outcome {
  std::vector<std::string> results;  // in the order they arrived
  bool all_results = false;          // one per job, in time
  std::vector<int> exit_codes;       // of each worker; -1: it had to be killed
};

pool_outcome run_pool(int workers, const std::vector<std::string>& jobs);
