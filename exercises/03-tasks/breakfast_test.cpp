#include "breakfast.hpp"

#include "testing.hpp"

#include <algorithm>

namespace {

bool happened(const kitchen& k, const std::string& event)
{
  return std::find(k.events.begin(), k.events.end(), event) != k.events.end();
}

// Runs make_breakfast and reports the story time at which it returned or threw.
struct attempt {
  std::optional<breakfast> meal;
  std::string error;
  double at = 0;
};

attempt try_breakfast(kitchen& k)
{
  auto body = [&]() -> asio::awaitable<attempt> {
    attempt result;
    try {
      result.meal = co_await make_breakfast(k);
    } catch (const std::exception& e) {
      result.error = e.what();
    }
    result.at = a2a::elapsed();
    co_return result;
  };
  return a2a::run(body());
}

}  // namespace

TEST_CASE("breakfast has tea, toast and an egg")
{
  kitchen k;
  auto result = try_breakfast(k);
  REQUIRE(result.meal);
  CHECK(result.meal->drink == "tea");
  CHECK(result.meal->toast == "toast");
  CHECK(result.meal->egg == "egg");
}

TEST_CASE("all three appliances work at once: breakfast is ready in 3 s")
{
  kitchen k;
  auto result = try_breakfast(k);
  CHECK(result.at == 3.0);
  REQUIRE(k.events.size() == 6);
  CHECK(std::vector(k.events.begin(), k.events.begin() + 3) ==
        std::vector<std::string>{"kettle on", "toaster on", "pan on"});
}

TEST_CASE("when the kettle burns, the toaster and pan are cancelled before the error comes out")
{
  kitchen k;
  k.burns = "kettle";
  auto result = try_breakfast(k);
  CHECK(result.error == "kettle burnt");
  CHECK(result.at == 1.0);
  CHECK(happened(k, "toaster cancelled"));
  CHECK(happened(k, "pan cancelled"));
  CHECK(k.appliances_on == 0);
}

TEST_CASE("when the toaster burns, its error comes out and nothing is left on")
{
  kitchen k;
  k.burns = "toaster";
  auto result = try_breakfast(k);
  CHECK_FALSE(result.meal);
  CHECK(result.error == "toaster burnt");
  CHECK(k.appliances_on == 0);
  CHECK_FALSE(happened(k, "toaster done"));
}

TEST_CASE("when the pan burns, its error comes out once it is awaited, and nothing is left on")
{
  kitchen k;
  k.burns = "pan";
  auto result = try_breakfast(k);
  CHECK(result.error == "pan burnt");
  CHECK(k.appliances_on == 0);
  CHECK(happened(k, "toaster done"));
}
