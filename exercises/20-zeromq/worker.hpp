// Exercise 20: a worker of a pool of processes. Write work() in worker.cpp; the rest is given.
#pragma once
#include "async_zmq_socket.hpp"

// Jobs arrive on `jobs` (PULL) as text. For each job, send one result on `results` (PUSH):
// "N N*N" when the job is a whole number N below a billion in size (its square fits a
// long), else the job's text followed by " error: not a number"; then carry on with the
// next job. Return the number of jobs done (error results included) when `control` (SUB,
// subscribed to everything) says "stop", and only then, even while no job is coming.
asio::awaitable<int> work(async_zmq_socket& jobs, async_zmq_socket& control, async_zmq_socket& results);

// Given (worker_process.cpp): one worker process's life. Connects its three sockets to the
// pool's endpoints, runs work() and returns what it returned (-1 if work() threw; as an
// exit code, 255).
struct pool_endpoints {
  std::string jobs, control, results;
};
int run_worker(const pool_endpoints& endpoints);
