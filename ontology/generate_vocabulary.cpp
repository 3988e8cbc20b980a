// Build-time generator: reads diplomacy.ttl and writes two headers: one constant per term the
// ontology declares in the dip: namespace (classes, properties, individuals), and the table of
// kinds of meeting (dip:Meeting and its subclasses, with their CAMEO code and label noun), so a
// kind is added by an ontology entry alone.
// usage: generate_vocabulary diplomacy.ttl dip_terms.hpp event_kinds.hpp
#include <serd/serd.h>

#include <fstream>
#include <iostream>
#include <map>
#include <set>
#include <vector>
#include <string>

#include "rdf/vocabulary.hpp"

namespace {

namespace vocab = parley::vocab;
const std::string dip(vocab::dip::iri);
const std::string rdf_type(vocab::rdf::type);
const std::string owl(vocab::owl::iri);
const std::string rdfs_sub_class_of(vocab::rdfs::subClassOf);
const std::string cameo(vocab::cameo::iri);

struct Collected {
  SerdEnv* env;
  std::set<std::string> terms;
  std::map<std::string, std::string> parent;       // dip local name -> dip local name
  std::map<std::string, std::string> cameo_code;   // dip local name -> "046"
  std::map<std::string, std::string> label_noun;   // dip local name -> "talks"
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
  const std::string predicate = expanded(c->env, p);
  if (subject.rfind(dip, 0) != 0) return SERD_SUCCESS;
  const std::string name = subject.substr(dip.size());
  if (predicate == rdf_type && type.rfind(owl, 0) == 0) c->terms.insert(name);
  if (predicate == rdfs_sub_class_of && type.rfind(dip, 0) == 0) c->parent[name] = type.substr(dip.size());
  if (predicate == dip + "typicalCameoCode" && type.rfind(cameo, 0) == 0) c->cameo_code[name] = type.substr(cameo.size());
  if (predicate == dip + "labelNoun") c->label_noun[name] = type;
  return SERD_SUCCESS;
}

}  // namespace

bool is_meeting_kind(const Collected& c, std::string name) {
  for (int depth = 0; depth < 32; ++depth) {
    if (name == "Meeting") return true;
    auto it = c.parent.find(name);
    if (it == c.parent.end()) return false;
    name = it->second;
  }
  return false;
}

// model/event_kind.hpp's table: one enumerator and one row per kind of meeting.
bool write_event_kinds(const Collected& c, const char* path) {
  std::vector<std::string> kinds;
  for (const auto& term : c.terms) {
    if (!is_meeting_kind(c, term)) continue;
    if (!c.cameo_code.count(term) || !c.label_noun.count(term)) {
      std::cerr << "generate_vocabulary: dip:" << term << " needs dip:typicalCameoCode and dip:labelNoun\n";
      return false;
    }
    kinds.push_back(term);
  }
  std::ofstream out(path);
  out << "#pragma once\n// Generated from ontology/diplomacy.ttl by generate_vocabulary: do not edit.\n"
         "// The kinds of meeting: dip:Meeting and its subclasses, each with its class, its typical\n"
         "// CAMEO code, the noun its label uses, and the kind it specializes.\n"
         "#include <optional>\n#include <string_view>\n\nnamespace parley::model {\n\n"
         "enum class EventKind {";
  for (std::size_t i = 0; i < kinds.size(); ++i) out << (i ? ", " : " ") << kinds[i];
  out << " };\n\nstruct EventKindInfo {\n  EventKind kind;\n  std::string_view name;        // \"Talks\"\n"
         "  std::string_view class_iri;   // \"" << dip << "Talks\"\n"
         "  std::string_view cameo_code;  // \"046\"\n  std::string_view label_noun;  // \"talks\"\n"
         "  EventKind parent;             // the kind it specializes; Meeting's is itself\n};\n\n"
         "inline constexpr EventKindInfo event_kinds[] = {\n";
  for (const auto& k : kinds) {
    const std::string parent = k == "Meeting" ? k : c.parent.at(k);
    out << "    {EventKind::" << k << ", \"" << k << "\", \"" << dip << k << "\", \"" << c.cameo_code.at(k)
        << "\", \"" << c.label_noun.at(k) << "\", EventKind::" << parent << "},\n";
  }
  out << "};\n\ninline constexpr const EventKindInfo& event_kind_info(EventKind kind) {\n"
         "  for (const auto& info : event_kinds) {\n    if (info.kind == kind) return info;\n  }\n"
         "  return event_kinds[0];\n}\n\n"
         "// The kind whose class has that local name (\"Talks\"), as the lexicon files name kinds.\n"
         "inline constexpr std::optional<EventKind> event_kind_named(std::string_view name) {\n"
         "  for (const auto& info : event_kinds) {\n    if (info.name == name) return info.kind;\n  }\n"
         "  return std::nullopt;\n}\n\n"
         "// Whether the kind is the ancestor or specializes it (a hosted visit is a visit).\n"
         "inline constexpr bool specializes(EventKind kind, EventKind ancestor) {\n"
         "  for (EventKind k = kind;; k = event_kind_info(k).parent) {\n"
         "    if (k == ancestor) return true;\n"
         "    if (event_kind_info(k).parent == k) return false;\n  }\n}\n\n"
         "}  // namespace parley::model\n";
  return static_cast<bool>(out);
}

int main(int argc, char** argv) {
  if (argc != 4) {
    std::cerr << "usage: generate_vocabulary diplomacy.ttl dip_terms.hpp event_kinds.hpp\n";
    return 1;
  }
  Collected collected{serd_env_new(nullptr), {}, {}, {}, {}};
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
  if (!out) return 1;
  return write_event_kinds(collected, argv[3]) ? 0 : 1;
}
