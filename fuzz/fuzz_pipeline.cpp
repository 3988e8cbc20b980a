// Fuzz target: the whole pipeline, bytes to every output syntax, each checked by an independent
// parser linked in: serd for the Turtle family, raptor for RDF/XML. Invalid output aborts.
#include <raptor2.h>
#include <serd/serd.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <sstream>
#include <string>

#include "cli/article_pipeline.hpp"
#include "exporters/writer_factory.hpp"
#include "mapping/article_mapper.hpp"

namespace {

using parley::exporters::OutputFormat;

SerdStatus ignore_statement(void*, SerdStatementFlags, const SerdNode*, const SerdNode*, const SerdNode*,
                            const SerdNode*, const SerdNode*, const SerdNode*) {
  return SERD_SUCCESS;
}

SerdStatus fail_on_error(void*, const SerdError* error) {
  std::fprintf(stderr, "serd rejected parley's output: ");
  std::vfprintf(stderr, error->fmt, *error->args);
  std::abort();
}

void check_with_serd(SerdSyntax syntax, const std::string& text) {
  SerdReader* reader = serd_reader_new(syntax, nullptr, nullptr, nullptr, nullptr, ignore_statement, nullptr);
  serd_reader_set_strict(reader, true);
  serd_reader_set_error_sink(reader, fail_on_error, nullptr);
  if (serd_reader_read_string(reader, reinterpret_cast<const uint8_t*>(text.c_str())) != SERD_SUCCESS) {
    std::fprintf(stderr, "serd could not read parley's output\n%s\n", text.c_str());
    std::abort();
  }
  serd_reader_free(reader);
}

void raptor_error(void*, raptor_log_message* message) {
  if (message->level >= RAPTOR_LOG_LEVEL_ERROR) {
    std::fprintf(stderr, "raptor rejected parley's RDF/XML: %s\n", message->text);
    std::abort();
  }
}

void check_with_raptor(const std::string& text) {
  static raptor_world* world = [] {
    raptor_world* w = raptor_new_world();
    raptor_world_set_log_handler(w, nullptr, raptor_error);
    return w;
  }();
  raptor_parser* parser = raptor_new_parser(world, "rdfxml");
  raptor_uri* base = raptor_new_uri(world, reinterpret_cast<const unsigned char*>("http://example.org/"));
  raptor_parser_parse_start(parser, base);
  raptor_parser_parse_chunk(parser, reinterpret_cast<const unsigned char*>(text.data()), text.size(), 1);
  raptor_free_uri(base);
  raptor_free_parser(parser);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const auto outlets = parley::gazetteer::NewsOutletGazetteer::built_in();
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  parley::model::Article article;
  parley::parsers::ReadOptions read;
  read.encoding = parley::parsers::Encoding::automatic;
  if (!parley::cli::process_article(bytes, "fuzz.txt", read, {outlets, parley::gazetteer::Gazetteer::built_in()}, article).ok()) {
    return 0;
  }
  parley::mapping::MappingOptions mapping;
  mapping.provenance = parley::mapping::Provenance::mentions;
  for (auto format : {OutputFormat::turtle, OutputFormat::ntriples, OutputFormat::nquads, OutputFormat::trig,
                      OutputFormat::rdfxml}) {
    std::ostringstream out;
    auto writer = parley::exporters::make_writer(format, out);
    if (!parley::mapping::write_prefixes(*writer).ok()) std::abort();
    const auto status = parley::mapping::map_article(article, mapping, *writer);
    if (!status.ok()) {
      std::fprintf(stderr, "parley refused its own article: %s\n", status.message.c_str());
      std::abort();
    }
    if (!writer->finish().ok()) std::abort();
    switch (format) {
      case OutputFormat::turtle: check_with_serd(SERD_TURTLE, out.str()); break;
      case OutputFormat::ntriples: check_with_serd(SERD_NTRIPLES, out.str()); break;
      case OutputFormat::nquads: check_with_serd(SERD_NQUADS, out.str()); break;
      case OutputFormat::trig: check_with_serd(SERD_TRIG, out.str()); break;
      case OutputFormat::rdfxml: check_with_raptor(out.str()); break;
    }
  }
  return 0;
}
