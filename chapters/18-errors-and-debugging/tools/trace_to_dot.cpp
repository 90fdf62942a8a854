// Reads Asio's handler tracking (lines "@asio|time|action|description" on stdin, anything
// else is skipped) and writes a Graphviz graph: a node per handler, an arrow from the handler
// that started an operation to the handler that completes it.
//   trace_to_dot < trace.txt              the graph on stdout (Graphviz's DOT language)
//   trace_to_dot trace.dot < trace.txt    into a file
//   trace_to_dot trace.svg < trace.txt    drawn by Graphviz's dot (also .png, .pdf)
// Actions: "a*b" a started an operation b completes; "a^b" where in the source b is being
// made; ">b" b runs; "<b" b has returned; "!b" b threw; "~b" b was destroyed, never run.
#include <fmt/format.h>

#include <cstdio>
#include <filesystem>

#include <iostream>
#include <map>
#include <regex>
#include <string>

struct handler {
  std::string operation;  // "deadline_timer.async_wait"
  std::string location;   // "boil_water, handler_tracking.cpp:16"
  std::string fate = "pending";  // ran, threw, destroyed, pending
};

std::string without_addresses(std::string text)
{
  return std::regex_replace(text, std::regex("@0x[0-9a-f]+\\."), ".");
}

// "in 'boil_water' (/path/handler_tracking.cpp:16)" -> "boil_water, handler_tracking.cpp:16"
std::string short_location(const std::string& text)
{
  std::smatch found;
  if (!std::regex_search(text, found, std::regex("'([^']*)' \\((?:.*/)?([^/]*:[0-9]+)\\)"))) return text;
  return found[1].str() + ", " + found[2].str();
}

std::string graph_of(std::istream& trace)
{
  std::map<long, handler> handlers;
  std::multimap<long, long> started;  // parent -> child
  const std::regex line_shape(R"(^@asio\|[0-9.]+\|([^|]*)\|(.*)$)");
  const std::regex creation(R"(^([0-9]+)([*^])([0-9]+)$)");
  const std::regex event(R"(^([<>!~])([0-9]+)$)");
  std::string line;
  while (std::getline(trace, line)) {
    std::smatch parts, action;
    if (!std::regex_match(line, parts, line_shape)) continue;
    std::string what = parts[1].str(), description = parts[2].str();
    if (std::regex_match(what, action, creation)) {
      long parent = std::stol(action[1].str()), child = std::stol(action[3].str());
      auto& made = handlers[child];
      if (action[2] == "*") {
        made.operation = without_addresses(description);
        started.emplace(parent, child);
      } else if (made.location.empty() || made.location.find(".hpp:") != std::string::npos) {
        made.location = short_location(description);  // the innermost of the learner's lines wins
      }
    } else if (std::regex_match(what, action, event)) {
      auto& seen = handlers[std::stol(action[2].str())];
      if (action[1] == ">" && seen.fate == "pending") seen.fate = "ran";
      if (action[1] == "!") seen.fate = "threw";
      if (action[1] == "~") seen.fate = "destroyed";
    }
  }

  std::string graph = "digraph handlers {\n  rankdir=LR;\n  node [shape=box, fontname=\"monospace\", fontsize=10];\n";
  graph += "  h0 [label=\"main\", shape=ellipse];\n";
  for (auto& [number, made] : handlers) {
    std::string style = made.fate == "threw"       ? ", color=red"
                        : made.fate == "destroyed" ? ", style=dashed, color=gray"
                        : made.fate == "pending"   ? ", style=dotted"
                                                   : "";
    graph += fmt::format("  h{} [label=\"#{} {}\\n{}\"{}];\n", number, number, made.operation, made.location, style);
  }
  for (auto& [parent, child] : started) graph += fmt::format("  h{} -> h{};\n", parent, child);
  return graph + "}\n";
}

int main(int argc, char** argv)
{
  auto graph = graph_of(std::cin);
  if (argc < 2) {
    fmt::print("{}", graph);
    return 0;
  }
  std::filesystem::path out = argv[1];
  auto format = out.extension().string();
  if (format.size() < 2) {
    fmt::print(stderr, "give a file name ending in .dot, .svg, .png or .pdf\n");
    return 2;
  }
  std::FILE* sink = format == ".dot" ? std::fopen(out.c_str(), "w")
                                     : popen(fmt::format("dot -T{} -o '{}'", format.substr(1), out.string()).c_str(), "w");
  if (sink == nullptr) {
    fmt::print(stderr, "cannot write {}\n", out.string());
    return 1;
  }
  fmt::print(sink, "{}", graph);
  int status = format == ".dot" ? std::fclose(sink) : pclose(sink);
  if (status != 0) {
    fmt::print(stderr, "Graphviz's dot could not draw {} (is it installed? sudo apt install graphviz)\n", out.string());
    return 1;
  }
  fmt::print("wrote {}\n", out.string());
}
