#include "pipeline/pipeline.hpp"

#include <libxml/parser.h>

#include <filesystem>
#include <fstream>
#include <mutex>
#include <optional>
#include <sstream>

#include "knowledge/gazetteer.hpp"
#include "knowledge/lexicon.hpp"
#include "knowledge/news_outlets.hpp"
#include "mapping/article_mapper.hpp"
#include "mapping/iri_minting.hpp"
#include "ontology/ontology_files.hpp"
#include "parsers/article_reader.hpp"
#include "parsers/text/event_finder.hpp"
#include "parsers/text/mention_finder.hpp"
#include "parsers/text/quote_finder.hpp"
#include "parsers/text/sentence_splitter.hpp"
#include "parsers/text/temporal_finder.hpp"
#include "resolve/entity_resolver.hpp"
#include "resolve/event_resolver.hpp"
#include "resolve/publisher_resolver.hpp"
#include "resolve/quote_resolver.hpp"

namespace parley::pipeline {

namespace {

Status read_file(const std::string& path, std::string& text) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::failure(StatusCode::io_read, path + ": cannot open");
  std::ostringstream buffer;
  buffer << in.rdbuf();
  text = std::move(buffer).str();
  return Status::success();
}

parsers::ReadOptions read_options(const Options& o) {
  parsers::ReadOptions r;
  r.encoding = o.encoding == Encoding::utf8          ? parsers::Encoding::utf8
               : o.encoding == Encoding::windows1252 ? parsers::Encoding::windows1252
                                                     : parsers::Encoding::automatic;
  r.input_format = o.input_format == InputFormat::text   ? parsers::InputFormat::text
                   : o.input_format == InputFormat::html ? parsers::InputFormat::html
                                                         : parsers::InputFormat::automatic;
  r.max_bytes = o.max_bytes;
  r.page.date_order = o.date_order == DateOrder::month_day ? parsers::NumericDateOrder::month_day
                                                           : parsers::NumericDateOrder::day_month;
  return r;
}

mapping::MappingOptions mapping_options(const Options& o) {
  mapping::MappingOptions m;
  m.base = o.base;
  m.source_base = o.source_base;
  m.provenance = o.provenance == Provenance::none      ? mapping::Provenance::none
                 : o.provenance == Provenance::mentions ? mapping::Provenance::mentions
                                                        : mapping::Provenance::article;
  return m;
}

// libxml2 initializes its globals lazily, and not safely from two threads at once: the HTML
// reader and the RDF/XML writer run on the workers of `convert --jobs`, so it is initialized
// once here, before any of them (a race seen as a crash in xmlTextWriterStartDocument).
void initialize_libxml2() {
  static std::once_flag once;
  std::call_once(once, [] { xmlInitParser(); });
}

}  // namespace

struct Pipeline::Impl {
  Options options;
  parsers::ReadOptions read;
  mapping::MappingOptions mapping;
  knowledge::NewsOutletGazetteer outlets = knowledge::NewsOutletGazetteer::built_in();
  knowledge::Gazetteer gazetteer = knowledge::Gazetteer::built_in();
  // The lexicon every stage of this pipeline reads (bound to the thread while it reads): the
  // embedded one, or a copy extended by --lexicon files.
  std::optional<knowledge::Lexicon> own_lexicon;
  const knowledge::Lexicon* lexicon = &knowledge::Lexicon::embedded();
};

Pipeline::Pipeline(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Pipeline::~Pipeline() = default;

Status Pipeline::open(const Options& options, std::unique_ptr<Pipeline>& out) {
  initialize_libxml2();
  auto impl = std::make_unique<Impl>();
  impl->options = options;
  impl->read = read_options(options);
  impl->mapping = mapping_options(options);
  if (options.source_base.empty()) {
    std::error_code ec;
    impl->mapping.source_base = mapping::mint_directory_file_iri(std::filesystem::current_path(ec).string());
  }
  for (const auto& file : options.gazetteer_files) {
    std::string text;
    if (Status st = read_file(file, text); !st) {
      return Status::failure(StatusCode::io_read, file + ": cannot open gazetteer");
    }
    PARLEY_TRY(impl->gazetteer.load(text, file));
  }
  if (!options.lexicon_files.empty()) {
    knowledge::Lexicon lexicon = knowledge::Lexicon::built_in();
    for (const auto& file : options.lexicon_files) {
      std::string text;
      if (Status st = read_file(file, text); !st) {
        return Status::failure(StatusCode::io_read, file + ": cannot open lexicon");
      }
      PARLEY_TRY(lexicon.load(text, file));
    }
    impl->own_lexicon = std::move(lexicon);
    impl->lexicon = &*impl->own_lexicon;
  }
  out.reset(new Pipeline(std::move(impl)));
  return Status::success();
}

const Options& Pipeline::options() const { return impl_->options; }

Status Pipeline::read(std::string_view bytes, const std::string& source, model::Article& article) const {
  return read(bytes, source, impl_->options.input_format, article);
}

Status Pipeline::read(std::string_view bytes, const std::string& source, InputFormat requested,
                      model::Article& article) const {
  const Impl& p = *impl_;
  const knowledge::LexiconScope lexicon(*p.lexicon);
  article.source = source;
  const auto hint = requested == InputFormat::text   ? parsers::InputFormat::text
                    : requested == InputFormat::html ? parsers::InputFormat::html
                                                     : parsers::InputFormat::automatic;
  const auto format = parsers::input_format_for(source, bytes, hint);
  PARLEY_TRY(parsers::read_article(bytes, format, p.read, article));
  resolve::resolve_publisher(article, p.outlets);
  const auto tokenized = parsers::split_sentences(article);
  auto candidates = parsers::find_mention_candidates(article.text, tokenized);
  for (auto& c : parsers::find_mention_candidates(article.text, parsers::split_headline(article))) {
    c.cues |= model::cue_headline;
    candidates.push_back(std::move(c));
  }
  resolve::resolve_entities(article, candidates, p.gazetteer);
  resolve::mention_outlets_of_source_lines(article, p.outlets);
  const auto quotes = parsers::find_quotes(article, tokenized);
  const auto times = parsers::find_temporal_expressions(article.text, tokenized, p.read.page.date_order);
  const auto events = parsers::find_event_candidates(tokenized, quotes);
  resolve::resolve_events(article, tokenized.sentences, events, times, quotes);
  resolve::resolve_quotes(article, tokenized.sentences, tokenized.tokens, quotes);
  return Status::success();
}

Status Pipeline::map(const model::Article& article, rdf::StatementSink& sink) const {
  const knowledge::LexiconScope lexicon(*impl_->lexicon);
  return mapping::map_article(article, impl_->mapping, sink);
}

Status Pipeline::convert(std::string_view bytes, const std::string& source, rdf::StatementSink& sink) const {
  model::Article article;
  PARLEY_TRY(read(bytes, source, article));
  return map(article, sink);
}

std::unique_ptr<rdf::StatementSink> make_writer(Syntax syntax, std::ostream& out) {
  initialize_libxml2();
  return exporters::make_writer(syntax, out);
}

Status write_prefixes(rdf::StatementSink& sink) { return mapping::write_prefixes(sink); }

namespace {
ontology::OntologyFile ontology_file(OntologyFile file) {
  switch (file) {
    case OntologyFile::diplomacy: return ontology::OntologyFile::diplomacy;
    case OntologyFile::cameo: return ontology::OntologyFile::cameo;
    case OntologyFile::shapes: return ontology::OntologyFile::shapes;
  }
  return ontology::OntologyFile::diplomacy;
}
}  // namespace

std::string_view ontology_file_name(OntologyFile file) { return ontology::ontology_file_name(ontology_file(file)); }

Status write_ontology(OntologyFile file, rdf::StatementSink& sink) {
  return ontology::read_ontology_file(ontology_file(file), sink);
}

}  // namespace parley::pipeline
