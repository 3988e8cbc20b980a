// The parley command: news articles about diplomacy in, a linked-data knowledge graph out.
#include <CLI/CLI.hpp>

#include <iostream>
#include <map>

#include "cli/convert_command.hpp"
#include "cli/eval_command.hpp"
#include "cli/exit_status.hpp"
#include "cli/ontology_command.hpp"
#include "rdf/text_check.hpp"

namespace {

using parley::cli::ConvertOptions;

const std::map<std::string, parley::exporters::OutputFormat> format_names = {
    {"turtle", parley::exporters::OutputFormat::turtle},
    {"ntriples", parley::exporters::OutputFormat::ntriples},
    {"nquads", parley::exporters::OutputFormat::nquads},
    {"trig", parley::exporters::OutputFormat::trig},
    {"rdfxml", parley::exporters::OutputFormat::rdfxml}};

const std::map<std::string, parley::parsers::Encoding> encoding_names = {
    {"utf-8", parley::parsers::Encoding::utf8},
    {"windows-1252", parley::parsers::Encoding::windows1252},
    {"auto", parley::parsers::Encoding::automatic}};

const std::map<std::string, parley::parsers::InputFormat> input_format_names = {
    {"auto", parley::parsers::InputFormat::automatic},
    {"text", parley::parsers::InputFormat::text},
    {"html", parley::parsers::InputFormat::html}};

const std::map<std::string, parley::parsers::NumericDateOrder> date_order_names = {
    {"dmy", parley::parsers::NumericDateOrder::day_month},
    {"mdy", parley::parsers::NumericDateOrder::month_day}};

const std::map<std::string, parley::mapping::Provenance> provenance_names = {
    {"none", parley::mapping::Provenance::none},
    {"article", parley::mapping::Provenance::article},
    {"mentions", parley::mapping::Provenance::mentions}};

std::string check_base(const std::string& base) {
  if (!parley::rdf::check_iri(base).ok()) return "not an absolute IRI: " + base;
  if (base.back() != '/' && base.back() != '#') return "must end in '/' or '#': " + base;
  return {};
}

void add_convert_command(CLI::App& app, ConvertOptions& options) {
  auto* convert = app.add_subcommand("convert", "Convert articles (.txt, .html) to RDF");
  convert->add_option("paths", options.paths,
                      "Files and directories (walked recursively for .txt, .html, .htm); "
                      "'-' or none reads standard input");
  convert->add_option("-f,--format", options.format, "Output syntax")
      ->transform(CLI::CheckedTransformer(format_names))
      ->default_str("turtle");
  convert->add_option("-o,--output", options.output,
                      "Output file, or a directory (ending in '/' or existing) for one file per "
                      "input; '-' or none is standard output");
  convert->add_option("--base", options.base, "Base IRI that entity IRIs are minted under")
      ->check(CLI::Validator(check_base, "IRI"))
      ->default_str(options.base);
  convert->add_option("--input-format", options.read.input_format,
                      "How to read input: by extension and content (auto), text or html")
      ->transform(CLI::CheckedTransformer(input_format_names))
      ->default_str("auto");
  convert->add_option("--encoding", options.read.encoding,
                      "utf-8 rejects invalid UTF-8; windows-1252 and auto decode bytes that are "
                      "not UTF-8 as Windows-1252")
      ->transform(CLI::CheckedTransformer(encoding_names))
      ->default_str("utf-8");
  convert->add_option("--max-size", options.read.max_bytes,
                      "Largest article accepted, in bytes (suffixes KB, MB accepted)")
      ->transform(CLI::AsSizeValue(false))
      ->default_str("16MB");
  convert->add_option("--date-order", options.read.page.date_order,
                      "Order of numeric dates such as 03/04/2007: dmy or mdy (a value over 12 "
                      "settles it either way)")
      ->transform(CLI::CheckedTransformer(date_order_names))
      ->default_str("dmy");
  convert->add_option("--gazetteer", options.gazetteer_files,
                      "Add the names in FILE to the built-in gazetteers (repeatable); its first "
                      "line says its kind: '# parley-gazetteer: countries|organizations|places'")
      ->check(CLI::ExistingFile);
  convert->add_option("--provenance", options.provenance,
                      "none; article (the input as prov:hadPrimarySource); or mentions (also every "
                      "mention, meeting report and quote as a NIF span of the article's text)")
      ->transform(CLI::CheckedTransformer(provenance_names))
      ->default_str("article");
  convert->add_flag("-q,--quiet", options.quiet, "Do not print warnings");
}

const std::map<std::string, parley::ontology::OntologyFile> ontology_file_names = {
    {"diplomacy", parley::ontology::OntologyFile::diplomacy},
    {"cameo", parley::ontology::OntologyFile::cameo},
    {"shapes", parley::ontology::OntologyFile::shapes}};

void add_ontology_command(CLI::App& app, parley::cli::OntologyOptions& options) {
  auto* command = app.add_subcommand(
      "ontology", "Print the diplomacy ontology (or its CAMEO scheme or SHACL shapes)");
  command->add_option("-f,--format", options.format, "Output syntax")
      ->transform(CLI::CheckedTransformer(format_names))
      ->default_str("turtle");
  command->add_option("--file", options.file,
                      "Which file: diplomacy (the OWL ontology), cameo (the CAMEO code scheme) "
                      "or shapes (the SHACL shapes)")
      ->transform(CLI::CheckedTransformer(ontology_file_names))
      ->default_str("diplomacy");
  command->add_option("-o,--output", options.output, "Output file; '-' or none is standard output");
}

void add_eval_command(CLI::App& app, parley::cli::EvalOptions& options) {
  auto* command = app.add_subcommand(
      "eval", "Score extraction against gold annotations: precision, recall and F1 per kind");
  command->add_option("--gold", options.gold_dir,
                      "Directory of gold files, one <article name>.json per article")
      ->required()
      ->check(CLI::ExistingDirectory);
  command->add_option("paths", options.paths, "Articles or directories of articles")->required();
  command->add_option("--encoding", options.read.encoding, "As for convert")
      ->transform(CLI::CheckedTransformer(encoding_names))
      ->default_str("utf-8");
  command->add_option("--date-order", options.read.page.date_order, "As for convert")
      ->transform(CLI::CheckedTransformer(date_order_names))
      ->default_str("dmy");
  command->add_option("--gazetteer", options.gazetteer_files, "As for convert")
      ->check(CLI::ExistingFile);
  command->add_flag("--no-errors{false}", options.show_errors,
                    "Do not list the false positives and misses, one per line");
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"parley: news articles about diplomacy to a linked-data knowledge graph"};
  app.set_version_flag("--version", std::string("parley ") + PARLEY_VERSION);
  app.require_subcommand(1);
  ConvertOptions convert;
  add_convert_command(app, convert);
  parley::cli::OntologyOptions ontology;
  add_ontology_command(app, ontology);
  parley::cli::EvalOptions eval;
  add_eval_command(app, eval);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int code = app.exit(e);
    return code == 0 ? 0 : parley::cli::exit_usage;
  }
  std::ios::sync_with_stdio(false);
  if (app.got_subcommand("convert")) return parley::cli::run_convert(convert, std::cin, std::cout, std::cerr);
  if (app.got_subcommand("ontology")) return parley::cli::run_ontology(ontology, std::cout, std::cerr);
  if (app.got_subcommand("eval")) return parley::cli::run_eval(eval, std::cout, std::cerr);
  return parley::cli::exit_usage;
}
