// The parley command: news articles about diplomacy in, a linked-data knowledge graph out.
#include <CLI/CLI.hpp>

#include <csignal>
#include <iostream>
#include <vector>

#include "cli/command_line.hpp"
#include "cli/exit_status.hpp"
#include "cli/fd_stream.hpp"

const std::vector<std::string> command_names = {"convert", "publish", "ontology", "eval"};

// "parley bogus": say that bogus is not a command, and which are (CLI11 would only say that a
// subcommand is required).
bool names_unknown_command(int argc, char** argv) {
  if (argc < 2 || argv[1][0] == '-') return false;
  for (const auto& name : command_names) {
    if (name == argv[1]) return false;
  }
  std::cerr << "parley: '" << argv[1] << "' is not a command; the commands are "
            << CLI::detail::join(command_names, ", ") << " (see parley --help)\n";
  return true;
}

int main(int argc, char** argv) {
  if (names_unknown_command(argc, argv)) return parley::cli::exit_usage;
  CLI::App app{"parley: news articles about diplomacy to a linked-data knowledge graph"};
  app.set_version_flag("--version", std::string("parley ") + PARLEY_VERSION);
  app.require_subcommand(1);
  parley::cli::CommandLine options;
  parley::cli::add_commands(app, options);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int code = app.exit(e);
    return code == 0 ? 0 : parley::cli::exit_usage;
  }
  std::ios::sync_with_stdio(false);
  // Past a file-size limit, a write should fail with EFBIG ("File too large") that we report
  // and clean up after, not kill the process and leave a temporary file behind.
  std::signal(SIGXFSZ, SIG_IGN);
  // Standard output through a stream that keeps errno, so a failed write says why.
  parley::cli::FdOstream stdout_stream(1);
  if (app.got_subcommand("convert")) return parley::cli::run_convert(options.convert, std::cin, stdout_stream, std::cerr);
  if (app.got_subcommand("publish")) return parley::cli::run_publish(options.publish, std::cin, std::cerr);
  if (app.got_subcommand("ontology")) return parley::cli::run_ontology(options.ontology, stdout_stream, std::cerr);
  if (app.got_subcommand("eval")) return parley::cli::run_eval(options.eval, std::cout, std::cerr);
  return parley::cli::exit_usage;
}
