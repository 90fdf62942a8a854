// The body throws: exit() still runs, is told about the exception, and then the exception
// goes on to the caller.
#include <a2a/a2a.hpp>

class async_resource {
 public:
  asio::awaitable<async_resource*> enter()
  {
    a2a::log("Acquiring resource");
    co_await a2a::sleep(500ms);
    co_return this;
  }

  asio::awaitable<void> exit(std::exception_ptr error)
  {
    a2a::log("Cleaning up resource");
    co_await a2a::sleep(500ms);
    if (error) a2a::log("Exception during resource use: {}", message_of(error));
  }

  asio::awaitable<void> do_work()
  {
    co_await a2a::sleep(1s);
    throw std::invalid_argument("Something went wrong");
  }

 private:
  static std::string message_of(std::exception_ptr error)
  {
    try {
      std::rethrow_exception(error);
    } catch (const std::exception& e) {
      return e.what();
    }
  }
};

asio::awaitable<void> async_main()
{
  try {
    co_await a2a::async_with(async_resource{}, [](async_resource* resource) {
      return resource->do_work();
    });
  } catch (const std::invalid_argument& e) {
    a2a::log("Caught error: {}", e.what());
  }
}

int main()
{
  a2a::run(async_main());
}
