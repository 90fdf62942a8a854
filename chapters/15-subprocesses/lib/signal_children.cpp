#include "signal_children.hpp"

#include <csignal>
#include <cstdio>
#include <string_view>
#include <unistd.h>

namespace {
void clean_up_and_exit(int)
{
  const char message[] = "cleaning up\n";
  (void)!::write(STDOUT_FILENO, message, sizeof message - 1);  // only async-signal-safe calls here
  ::_exit(0);
}
}  // namespace

std::optional<int> child_main_if_asked(int argc, char** argv)
{
  if (argc != 3 || std::string_view(argv[1]) != "--child") return std::nullopt;
  std::string_view kind = argv[2];
  if (kind == "polite") {
    std::signal(SIGTERM, clean_up_and_exit);
  } else if (kind == "stubborn") {
    std::signal(SIGTERM, SIG_IGN);
  } else {
    std::fprintf(stderr, "--child polite or --child stubborn, not %s\n", argv[2]);
    return 2;
  }
  std::puts("ready");
  std::fflush(stdout);
  for (;;) ::pause();
}
