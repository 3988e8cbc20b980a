// Reads an N-Triples file with serd's reader and writes its graph through one of parley's
// writers: the W3C round-trip test then parses the result with an independent parser.
// Usage: write_ntriples_as FORMAT FILE.nt   (exit 0 written, 2 refused by the writer, 1 other)
#include <serd/serd.h>

#include <iostream>
#include <string>
#include <vector>

#include "exporters/output_format.hpp"

namespace {

using parley::rdf::Statement;
using parley::rdf::Term;

std::string text(const SerdNode* node) {
  return std::string(reinterpret_cast<const char*>(node->buf), node->n_bytes);
}

Term to_term(const SerdNode* node, const SerdNode* datatype, const SerdNode* lang) {
  switch (node->type) {
    case SERD_BLANK: return Term::blank(text(node));
    case SERD_LITERAL:
      if (lang && lang->buf) return Term::lang_literal(text(node), text(lang));
      return Term::literal(text(node), datatype && datatype->buf ? text(datatype) : "");
    default: return Term::iri(text(node));
  }
}

SerdStatus collect(void* handle, SerdStatementFlags, const SerdNode*, const SerdNode* s,
                   const SerdNode* p, const SerdNode* o, const SerdNode* dt, const SerdNode* lang) {
  auto* statements = static_cast<std::vector<Statement>*>(handle);
  statements->push_back({to_term(s, nullptr, nullptr), to_term(p, nullptr, nullptr),
                         to_term(o, dt, lang), "http://example.org/graph"});
  return SERD_SUCCESS;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3) {
    std::cerr << "usage: write_ntriples_as FORMAT FILE.nt\n";
    return 1;
  }
  const auto format = parley::exporters::parse_output_format(argv[1]);
  if (!format) {
    std::cerr << "unknown format " << argv[1] << "\n";
    return 1;
  }
  std::vector<Statement> statements;
  SerdReader* reader =
      serd_reader_new(SERD_NTRIPLES, &statements, nullptr, nullptr, nullptr, collect, nullptr);
  const SerdStatus rc = serd_reader_read_file(reader, reinterpret_cast<const uint8_t*>(argv[2]));
  serd_reader_free(reader);
  if (rc != SERD_SUCCESS) {
    std::cerr << "cannot read " << argv[2] << "\n";
    return 1;
  }
  auto writer = parley::exporters::make_writer(*format, std::cout);
  for (const auto& st : statements) {
    if (auto status = writer->on_statement(st); !status) {
      std::cerr << "refused: " << status.message << "\n";
      return 2;
    }
  }
  if (auto status = writer->finish(); !status) {
    std::cerr << "refused: " << status.message << "\n";
    return 2;
  }
  return 0;
}
