// Fuzz target: the whole pipeline, bytes to every output syntax, each checked by an independent
// parser linked in: serd for the Turtle family, raptor for RDF/XML; JSON-LD is parsed as JSON
// and expanded back to quads, which must be the statements mapped. Invalid output aborts.
#include <raptor2.h>
#include <serd/serd.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
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

// The statements as comparable strings.
class QuadCollector final : public parley::rdf::StatementSink {
 public:
  std::multiset<std::string> quads;
  parley::Status on_prefix(std::string_view, std::string_view) override { return {}; }
  parley::Status on_statement(const parley::rdf::Statement& st) override {
    quads.insert(quad(term(st.subject), st.predicate.value, term(st.object), st.graph));
    return {};
  }
  parley::Status finish() override { return {}; }

  static std::string term(const parley::rdf::Term& t) {
    if (t.is_blank()) return "_:" + t.value;
    if (t.is_iri()) return "<" + t.value + ">";
    std::string datatype = t.datatype.empty() || parley::rdf::is_plain_datatype(t) ? "" : t.datatype;
    return "\"" + t.value + "\"@" + t.language + "^^" + datatype;
  }
  static std::string quad(const std::string& s, const std::string& p, const std::string& o,
                          const std::string& g) {
    return s + " <" + p + "> " + o + " <" + g + ">";
  }
};

[[noreturn]] void jsonld_fault(const std::string& why, const std::string& text) {
  std::fprintf(stderr, "parley's JSON-LD is wrong: %s\n%s\n", why.c_str(), text.c_str());
  std::abort();
}

// JSON-LD expansion of compact IRIs as JSON-LD 1.1 defines it, for the form parley writes.
std::string expand(const std::map<std::string, std::string>& context, const std::string& value) {
  const auto colon = value.find(':');
  if (colon == std::string::npos || value.compare(colon + 1, 2, "//") == 0) return value;
  const auto prefix = context.find(value.substr(0, colon));
  return prefix == context.end() ? value : prefix->second + value.substr(colon + 1);
}

std::string node_term(const std::map<std::string, std::string>& context, const std::string& id) {
  if (id.rfind("_:", 0) == 0) return id;
  return "<" + expand(context, id) + ">";
}

std::multiset<std::string> quads_of_jsonld(const std::string& text) {
  using Json = nlohmann::json;
  std::multiset<std::string> quads;
  const Json doc = Json::parse(text, nullptr, false);
  if (!doc.is_array()) jsonld_fault("not a JSON array", text);
  for (const auto& object : doc) {
    std::map<std::string, std::string> context;
    for (const auto& [name, iri] : object.at("@context").items()) context[name] = iri.get<std::string>();
    const std::string graph = object.contains("@id") ? expand(context, object["@id"]) : "";
    for (const auto& node : object.at("@graph")) {
      const std::string subject = node_term(context, node.at("@id"));
      for (const auto& [key, values] : node.items()) {
        if (key == "@id") continue;
        for (const auto& value : values.is_array() ? values : Json::array({values})) {
          std::string predicate, object_term;
          if (key == "@type") {
            predicate = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
            object_term = node_term(context, value.get<std::string>());
          } else {
            predicate = expand(context, key);
            if (value.is_string()) {
              object_term = "\"" + value.get<std::string>() + "\"@^^";
            } else if (value.contains("@id")) {
              object_term = node_term(context, value["@id"]);
            } else {
              object_term = "\"" + value.at("@value").get<std::string>() + "\"@" +
                            value.value("@language", "") + "^^" +
                            (value.contains("@type") ? expand(context, value["@type"]) : "");
            }
          }
          quads.insert(QuadCollector::quad(subject, predicate, object_term, graph));
        }
      }
    }
  }
  return quads;
}

void check_jsonld(const std::string& text, const QuadCollector& mapped) {
  std::multiset<std::string> read;
  try {
    read = quads_of_jsonld(text);
  } catch (const nlohmann::json::exception& e) {
    jsonld_fault(e.what(), text);
  }
  if (read != mapped.quads) jsonld_fault("the quads read back differ from the statements mapped", text);
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
  QuadCollector mapped;
  if (!pipeline->map(article, mapped).ok()) std::abort();
  for (auto format : {Syntax::turtle, Syntax::ntriples, Syntax::nquads, Syntax::trig, Syntax::rdfxml,
                      Syntax::jsonld}) {
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
      case Syntax::jsonld: check_jsonld(out.str(), mapped); break;
      case Syntax::dot: break;  // not RDF, not in the list above
    }
  }
  return 0;
}
