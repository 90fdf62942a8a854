// asyncio.create_subprocess_exec with stdout and stderr piped, each read line by line, both
// at once (the source's run_cmd). The child here is a pretend build: two lines on each
// stream, then exit code 1.
//
// Lines from two pipes arrive in an order only the kernel knows, so each stream's lines are
// kept in order and printed at the end; --live prints each line the moment it arrives.
#include "child.hpp"

const char* const build_script = R"(
echo 'compiling main.cpp'
echo 'main.cpp:3: warning: unused variable x' >&2
echo 'linking app'
echo 'ld: cannot find -lmissing' >&2
exit 1
)";

asio::awaitable<void> async_main(bool live)
{
  auto executor = co_await asio::this_coro::executor;
  child build(executor, {"sh", "-c", build_script});
  build.in.close();  // it reads nothing: end of its input now

  std::vector<std::string> out_lines, err_lines;
  auto keep_in = [live](std::vector<std::string>& lines, std::string_view stream) {
    return [&lines, stream, live](std::string_view line) {
      if (live) fmt::print("[{}] {}\n", stream, line);
      lines.emplace_back(line);
    };
  };
  co_await a2a::gather(for_each_line(build.out, keep_in(out_lines, "stdout")),
                       for_each_line(build.err, keep_in(err_lines, "stderr")));
  co_await build.process.async_wait(asio::use_awaitable);

  fmt::print("stdout said:\n");
  for (auto& line : out_lines) fmt::print("  {}\n", line);
  fmt::print("stderr said:\n");
  for (auto& line : err_lines) fmt::print("  {}\n", line);
  fmt::print("the build ended: {}\n", describe(returncode(build.process)));
}

int main(int argc, char** argv)
{
  bool live = argc > 1 && std::string_view(argv[1]) == "--live";
  a2a::run(async_main(live));
}
