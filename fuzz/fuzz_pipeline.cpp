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

#include "pipeline/pipeline.hpp"

namespace {

using parley::pipeline::Syntax;

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
  static const auto pipeline = [] {
    parley::pipeline::Options options;
    options.encoding = parley::pipeline::Encoding::automatic;
    options.provenance = parley::pipeline::Provenance::mentions;
    options.source_base = "file:///fuzz/";
    std::unique_ptr<parley::pipeline::Pipeline> p;
    if (!parley::pipeline::Pipeline::open(options, p).ok()) std::abort();
    return p;
  }();
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  parley::model::Article article;
  if (!pipeline->read(bytes, "fuzz.txt", article).ok()) return 0;
  for (auto format : {Syntax::turtle, Syntax::ntriples, Syntax::nquads, Syntax::trig, Syntax::rdfxml}) {
    std::ostringstream out;
    auto writer = parley::pipeline::make_writer(format, out);
    if (!parley::pipeline::write_prefixes(*writer).ok()) std::abort();
    const auto status = pipeline->map(article, *writer);
    if (!status.ok()) {
      std::fprintf(stderr, "parley refused its own article: %s\n", status.message.c_str());
      std::abort();
    }
    if (!writer->finish().ok()) std::abort();
    switch (format) {
      case Syntax::turtle: check_with_serd(SERD_TURTLE, out.str()); break;
      case Syntax::ntriples: check_with_serd(SERD_NTRIPLES, out.str()); break;
      case Syntax::nquads: check_with_serd(SERD_NQUADS, out.str()); break;
      case Syntax::trig: check_with_serd(SERD_TRIG, out.str()); break;
      case Syntax::rdfxml: check_with_raptor(out.str()); break;
    }
  }
  return 0;
}
