// The command line's commands and options (CLI11): what each takes, its help and checks.
#include "cli/command_line.hpp"

#include <map>
#include <vector>

#include "rdf/text_check.hpp"

namespace {

using parley::cli::ConvertOptions;

namespace pl = parley::pipeline;

// The syntaxes by name, from the one table of them; convert also draws the actor-meeting
// network (dot), the ontology has none to draw.
std::map<std::string, pl::Syntax> format_names(bool with_pictures) {
  std::map<std::string, pl::Syntax> names;
  for (const auto& f : pl::output_formats()) {
    if (f.is_rdf || with_pictures) names.emplace(f.name, f.format);
  }
  return names;
}
const std::map<std::string, pl::Syntax> rdf_format_names = format_names(false);
const std::map<std::string, pl::Syntax> convert_format_names = format_names(true);

const std::map<std::string, pl::Encoding> encoding_names = {
    {"utf-8", pl::Encoding::utf8}, {"windows-1252", pl::Encoding::windows1252}, {"auto", pl::Encoding::automatic}};

const std::map<std::string, pl::InputFormat> input_format_names = {
    {"auto", pl::InputFormat::automatic}, {"text", pl::InputFormat::text}, {"html", pl::InputFormat::html}};

const std::map<std::string, pl::DateOrder> date_order_names = {
    {"dmy", pl::DateOrder::day_month}, {"mdy", pl::DateOrder::month_day}};

const std::map<std::string, pl::Provenance> provenance_names = {
    {"none", pl::Provenance::none}, {"article", pl::Provenance::article}, {"mentions", pl::Provenance::mentions}};

std::string check_base(const std::string& base) {
  if (!parley::rdf::check_iri(base).ok()) return "not an absolute IRI: " + base;
  if (base.back() != '/' && base.back() != '#') return "must end in '/' or '#': " + base;
  return {};
}

std::string check_source_base(const std::string& base) {
  if (!parley::rdf::check_iri(base).ok()) return "not an absolute IRI: " + base;
  if (base.back() != '/') return "must end in '/': " + base;
  return {};
}

// An option whose value is one of the names of a table: the help lists the names, and only
// the names are accepted (never the enum's numbers).
template <typename Enum>
CLI::Option* add_choice(CLI::App* command, const std::string& flags, Enum& target,
                        const std::map<std::string, Enum>& names, const std::string& help,
                        const std::string& default_name) {
  std::vector<std::string> keys;
  for (const auto& entry : names) keys.push_back(entry.first);
  return command
      ->add_option_function<std::string>(
          flags, [&target, &names](const std::string& value) { target = names.at(value); }, help)
      ->check(CLI::IsMember(keys))
      ->default_str(default_name)
      ->option_text("NAME:{" + CLI::detail::join(keys, "|") + "} [" + default_name + "]");
}

constexpr const char* input_paths_help =
    "Files and directories (walked recursively for .txt, .html, .htm, the same gzip-compressed as "
    ".gz, and .warc and .warc.gz archives); '-' or none reads standard input";

// The options of reading and mapping articles, shared by convert and publish.
void add_article_options(CLI::App* convert, ConvertOptions& options) {
  convert->add_option("--base", options.pipeline.base,
                      "Base IRI that entity IRIs are minted under; must end in '/' or '#'")
      ->check(CLI::Validator(check_base, "IRI"))
      ->default_str(options.pipeline.base);
  convert->add_option("--source-base", options.pipeline.source_base,
                      "IRI that relative input paths are resolved against for "
                      "prov:hadPrimarySource, so shards converted anywhere agree; must end in "
                      "'/'. Default: the working directory's file:// IRI")
      ->check(CLI::Validator(check_source_base, "IRI"));
  add_choice(convert, "--input-format", options.pipeline.input_format, input_format_names,
             "How to read input: by extension and content (auto), text or html", "auto");
  add_choice(convert, "--encoding", options.pipeline.encoding, encoding_names,
             "utf-8 rejects invalid UTF-8; windows-1252 and auto decode bytes that are "
                      "not UTF-8 as Windows-1252", "utf-8");
  convert->add_option("--max-size", options.pipeline.max_bytes,
                      "Largest article accepted, in bytes (suffixes KB, MB accepted)")
      ->transform(CLI::AsSizeValue(false))
      ->default_str("16MB");
  add_choice(convert, "--date-order", options.pipeline.date_order, date_order_names,
             "Order of numeric dates such as 03/04/2007: dmy or mdy (a value over 12 "
                      "settles it either way)", "dmy");
  convert->add_option("--gazetteer", options.pipeline.gazetteer_files,
                      "Add the names in FILE to the built-in gazetteers (repeatable); its first "
                      "line says its kind: '# parley-gazetteer: countries|organizations|places'")
      ->allow_extra_args(false)  // one FILE per flag: the paths after it are articles
      ->check(CLI::ExistingFile);
  convert->add_option("--lexicon", options.pipeline.lexicon_files,
                      "Add the words in FILE to the built-in lexicons (repeatable); its first line "
                      "names the list: '# parley-lexicon: titles' (ontology/lexicon/README.md)")
      ->allow_extra_args(false)  // one FILE per flag: the paths after it are articles
      ->check(CLI::ExistingFile);
  add_choice(convert, "--provenance", options.pipeline.provenance, provenance_names,
             "none; article (the input as prov:hadPrimarySource); or mentions (also every "
                      "mention, meeting report and quote as a NIF span of the article's text)", "article");
  convert->add_flag("-q,--quiet", options.quiet, "Do not print warnings, progress or the summary");
  convert->add_option("-j,--jobs", options.jobs,
                      "Threads converting articles (output is the same for any number); default: "
                      "one per core")
      ->check(CLI::Range(1u, 1024u))
      ->option_text("N [cores]");
}

void add_convert_command(CLI::App& app, ConvertOptions& options) {
  auto* convert = app.add_subcommand("convert", "Convert articles (.txt, .html, .gz, WARC) to RDF");
  convert->add_option("paths", options.paths, input_paths_help);
  add_article_options(convert, options);
  add_choice(convert, "-f,--format", options.format, convert_format_names,
             "Output syntax (dot: the actor-meeting network for Graphviz)", "turtle");
  convert->add_option("-o,--output", options.output,
                      "Output file, or a directory (ending in '/' or existing) for one file per "
                      "input; '-' or none is standard output");
  convert->add_option_function<std::string>(
             "--shard",
             [&options](const std::string& value) { options.shard = parley::pipeline::parse_shard(value); },
             "Convert only share K of N (1 <= K <= N), chosen by a hash of each input's path relative "
             "to the argument naming it (and of a record's place in an archive): N machines convert "
             "N shares with no coordination")
      ->check(CLI::Validator(
          [](const std::string& value) {
            return parley::pipeline::parse_shard(value) ? std::string() : std::string("must be K/N with 1 <= K <= N");
          },
          "K/N"))
      ->option_text("K/N");
  convert->add_flag("--skip-existing", options.skip_existing,
                    "With -o DIR/: skip inputs whose output file already exists (outputs are renamed "
                    "into place whole, so an existing one is complete): resumes a stopped run");
}

const std::map<std::string, pl::OntologyFile> ontology_file_names = {
    {"diplomacy", pl::OntologyFile::diplomacy}, {"cameo", pl::OntologyFile::cameo}, {"shapes", pl::OntologyFile::shapes}};

void add_ontology_command(CLI::App& app, parley::cli::OntologyOptions& options) {
  auto* command = app.add_subcommand(
      "ontology", "Print the diplomacy ontology (or its CAMEO scheme or SHACL shapes)");
  add_choice(command, "-f,--format", options.format, rdf_format_names, "Output syntax", "turtle");
  add_choice(command, "--file", options.file, ontology_file_names,
             "Which file: diplomacy (the OWL ontology), cameo (the CAMEO code scheme) "
                      "or shapes (the SHACL shapes)", "diplomacy");
  command->add_option("-o,--output", options.output,
                      "Output file, or a directory (ending in '/' or existing) to write FILE.EXT into; "
                      "'-' or none is standard output");
}

void add_publish_command(CLI::App& app, parley::cli::PublishOptions& options) {
  auto* command = app.add_subcommand(
      "publish",
      "Publish articles as a linked-data site: dumps, VoID/DCAT, a page per entity, meeting and "
      "article, and web server configuration for content negotiation");
  command->add_option("dir", options.dir,
                      "The folder to write; an existing one is replaced only if parley published it")
      ->required();
  command->add_option("paths", options.convert.paths, input_paths_help);
  add_article_options(command, options.convert);
  command->add_option("--site", options.site,
                      "The IRI DIR is served at (ending in '/'; the base must lie under it). "
                      "Default: the base less its last segment (base https://example.org/id/: "
                      "https://example.org/)")
      ->check(CLI::Validator(check_source_base, "IRI"));
  command->add_option("--title", options.title, "dcterms:title of the dataset")->default_str(options.title);
  command->add_option("--license", options.license, "dcterms:license of the dataset and its dumps (an IRI)")
      ->check(CLI::Validator(
          [](const std::string& iri) { return parley::rdf::check_iri(iri).ok() ? std::string() : "not an IRI"; },
          "IRI"));
  command->add_option("--creator", options.creator, "dcterms:creator of the dataset: an IRI or a name");
  command->add_option("--date", options.date,
                      "dcterms:created and modified (YYYY-MM-DD); default: SOURCE_DATE_EPOCH, else "
                      "today (UTC). The same inputs, options and date give the same folder, byte for byte")
      ->option_text("YYYY-MM-DD");
  command->add_flag("--update", options.update,
                    "Add the PATHs to the site DIR holds: inputs it published already (same path and bytes) are "
                    "left out, the site's own --base, --site, --title, --license, --creator, --source-base and "
                    "creation date are kept (give the same other article options as before), and the folder becomes the one a publish of "
                    "all the inputs gives (dcterms:modified from --date); on any failure DIR is left as it was");
}

void add_eval_command(CLI::App& app, parley::cli::EvalOptions& options) {
  auto* command = app.add_subcommand(
      "eval", "Score extraction against gold annotations: precision, recall and F1 per kind, and meetings' dates apart");
  command->add_option("--gold", options.gold_dir,
                      "Directory of gold files, one <article name>.json per article")
      ->required()
      ->check(CLI::ExistingDirectory);
  command->add_option("paths", options.paths, "Articles or directories of articles")->required();
  add_choice(command, "--encoding", options.pipeline.encoding, encoding_names, "As for convert", "utf-8");
  add_choice(command, "--date-order", options.pipeline.date_order, date_order_names, "As for convert", "dmy");
  command->add_option("--gazetteer", options.pipeline.gazetteer_files, "As for convert")
      ->allow_extra_args(false)  // one FILE per flag: the paths after it are articles
      ->check(CLI::ExistingFile);
  command->add_option("--lexicon", options.pipeline.lexicon_files, "As for convert")
      ->allow_extra_args(false)  // one FILE per flag: the paths after it are articles
      ->check(CLI::ExistingFile);
  command->add_flag("--no-errors{false}", options.show_errors,
                    "Do not list the false positives, misses and wrong dates, one per line");
}

}  // namespace

void parley::cli::add_commands(CLI::App& app, CommandLine& options) {
  add_convert_command(app, options.convert);
  add_ontology_command(app, options.ontology);
  add_publish_command(app, options.publish);
  add_eval_command(app, options.eval);
}
