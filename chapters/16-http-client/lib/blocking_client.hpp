// urlopen(url).read(), in C++: a blocking GET with Beast's synchronous calls and a private
// io_context. It holds its thread until the answer is in: on the loop's own thread it would
// stop every coroutine, so it runs on a thread of the pool (a2a::to_thread), as the source
// runs urlopen through run_in_executor. Unlike the session it has no timeout (Beast's
// synchronous calls have none), and a failed connection throws boost::system::system_error.
#pragma once
#include "http_client.hpp"

http_response blocking_get(const std::string& url);
