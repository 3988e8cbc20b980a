#pragma once
// The commands parley takes, with their options, as CLI11 parses them.
#include <CLI/CLI.hpp>

#include "cli/convert_command.hpp"
#include "cli/eval_command.hpp"
#include "cli/ontology_command.hpp"
#include "cli/publish_command.hpp"

namespace parley::cli {

// What the command line said, one set of options per command.
struct CommandLine {
  ConvertOptions convert;
  OntologyOptions ontology;
  PublishOptions publish;
  EvalOptions eval;
};

// Adds convert, ontology, publish and eval to app, each filling its part of options.
void add_commands(CLI::App& app, CommandLine& options);

}  // namespace parley::cli
