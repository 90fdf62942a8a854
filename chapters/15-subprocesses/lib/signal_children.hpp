// Two children for the examples about stopping one: each says "ready" once its SIGTERM
// handling is in place (a parent that signals sooner would meet the default action), then
// waits for signals and nothing else.
//   polite:   on SIGTERM it prints "cleaning up" and exits 0.
//   stubborn: it ignores SIGTERM; only SIGKILL, which no process can catch, ends it.
// A program offers them as `program --child polite|stubborn`; see child_main_if_asked.
#pragma once
#include <optional>

// When argv asks for one of the children, runs it and returns its exit code.
std::optional<int> child_main_if_asked(int argc, char** argv);
