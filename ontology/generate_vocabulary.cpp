// Build-time generator: reads diplomacy.ttl and writes a header with one constant per term the
// ontology declares in the dip: namespace (classes, properties, individuals).
// usage: generate_vocabulary diplomacy.ttl dip_terms.hpp
#include <serd/serd.h>

#include <fstream>
#include <iostream>
#include <set>
#include <string>

namespace {

const std::string dip = "https://w3id.org/parley/diplomacy#";
const std::string rdf_type = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
const std::string owl = "http://www.w3.org/2002/07/owl#";

struct Collected {
  SerdEnv* env;
  std::set<std::string> terms;
};

std::string expanded(SerdEnv* env, const SerdNode* node) {
  if (node->type == SERD_CURIE) {
    SerdChunk prefix, suffix;
    if (serd_env_expand(env, node, &prefix, &suffix) != SERD_SUCCESS) return {};
    return std::string(reinterpret_cast<const char*>(prefix.buf), prefix.len) +
           std::string(reinterpret_cast<const char*>(suffix.buf), suffix.len);
  }
  return std::string(reinterpret_cast<const char*>(node->buf), node->n_bytes);
}

SerdStatus on_base(void* handle, const SerdNode* uri) {
  return serd_env_set_base_uri(static_cast<Collected*>(handle)->env, uri);
}

SerdStatus on_prefix(void* handle, const SerdNode* name, const SerdNode* uri) {
  return serd_env_set_prefix(static_cast<Collected*>(handle)->env, name, uri);
}

SerdStatus on_statement(void* handle, SerdStatementFlags, const SerdNode*, const SerdNode* s,
                        const SerdNode* p, const SerdNode* o, const SerdNode*, const SerdNode*) {
  auto* c = static_cast<Collected*>(handle);
  const std::string subject = expanded(c->env, s);
  const std::string type = expanded(c->env, o);
  if (expanded(c->env, p) == rdf_type && subject.rfind(dip, 0) == 0 && type.rfind(owl, 0) == 0) {
    c->terms.insert(subject.substr(dip.size()));
  }
  return SERD_SUCCESS;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3) {
    std::cerr << "usage: generate_vocabulary diplomacy.ttl dip_terms.hpp\n";
    return 1;
  }
  Collected collected{serd_env_new(nullptr), {}};
  SerdReader* reader = serd_reader_new(SERD_TURTLE, &collected, nullptr, on_base, on_prefix,
                                       on_statement, nullptr);
  const SerdStatus st = serd_reader_read_file(reader, reinterpret_cast<const uint8_t*>(argv[1]));
  serd_reader_free(reader);
  serd_env_free(collected.env);
  if (st != SERD_SUCCESS || collected.terms.empty()) {
    std::cerr << "generate_vocabulary: cannot read terms from " << argv[1] << "\n";
    return 1;
  }
  std::ofstream out(argv[2]);
  out << "#pragma once\n// Generated from ontology/diplomacy.ttl by generate_vocabulary: do not edit.\n"
         "#include <string_view>\n\nnamespace parley::ontology::dip {\n\n"
         "inline constexpr std::string_view ns = \"" << dip << "\";\n";
  for (const auto& term : collected.terms) {
    out << "inline constexpr std::string_view " << term << " = \"" << dip << term << "\";\n";
  }
  out << "\n}  // namespace parley::ontology::dip\n";
  return out ? 0 : 1;
}
