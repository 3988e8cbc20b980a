#include "exporters/jsonld_writer.hpp"

#include <nlohmann/json.hpp>

#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "rdf/text_check.hpp"

namespace parley::exporters {

namespace {

using Json = nlohmann::ordered_json;  // keys keep the order statements gave them

const std::string rdf_type(vocab::rdf::type);

// A namespace may shorten IRIs only if JSON-LD 1.1 treats its name as a prefix: a simple term
// whose IRI ends in a gen-delim character (JSON-LD 1.1, Create Term Definition, step 14.2.3).
bool usable_as_prefix(std::string_view iri) {
  return !iri.empty() && std::string_view(":/?#[]@").find(iri.back()) != std::string_view::npos;
}

// Suffixes that expand back to the same IRI with no surprise: no "//" (read as an absolute IRI)
// and none of the characters that would need the reader to guess.
bool plain_suffix(std::string_view suffix) {
  if (suffix.empty() || suffix.substr(0, 2) == "//") return false;
  for (char c : suffix) {
    const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                    c == '-' || c == '_' || c == '.' || c == '/' || c == '~';
    if (!ok) return false;
  }
  return true;
}

}  // namespace

struct JsonLdWriter::Impl {
  std::ostream& out;
  std::vector<std::pair<std::string, std::string>> prefixes;  // name, namespace, as declared
  Json context = Json::object();
  std::string graph;  // of the nodes held; empty is the default graph
  std::vector<Json> nodes;
  std::unordered_map<std::string, std::size_t> node_of_subject;
  std::size_t objects_written = 0;
  bool finished = false;

  explicit Impl(std::ostream& o) : out(o) {}

  // The IRI as the shortest compact IRI that expands back to it, else whole. An absolute IRI
  // whose scheme is a prefix name would be read as a compact IRI, so it is refused.
  Status iri_text(const std::string& iri, std::string& text) const {
    std::size_t best = 0;
    const std::string* best_name = nullptr;
    for (const auto& [name, ns] : prefixes) {
      if (ns.size() > best && iri.size() > ns.size() && iri.compare(0, ns.size(), ns) == 0 &&
          usable_as_prefix(ns) && plain_suffix(std::string_view(iri).substr(ns.size()))) {
        best = ns.size();
        best_name = &name;
      }
    }
    if (best_name) {
      text = *best_name;
      text.push_back(':');
      text.append(iri, best, std::string::npos);
      return Status::success();
    }
    const std::size_t colon = iri.find(':');
    const std::string_view scheme(iri.data(), colon);
    if (iri.compare(colon + 1, 2, "//") != 0) {
      for (const auto& prefix : prefixes) {
        if (prefix.first == scheme) {
          return Status::failure(StatusCode::unrepresentable,
                                 "JSON-LD would read <" + iri + "> as a compact IRI of prefix " +
                                     prefix.first);
        }
      }
    }
    text = iri;
    return Status::success();
  }

  Status node_reference(const rdf::Term& term, std::string& text) const {
    if (term.is_blank()) {
      text = "_:";
      text.append(term.value);
      return Status::success();
    }
    return iri_text(term.value, text);
  }

  Status value_object(const rdf::Term& object, Json& value) const {
    if (!object.is_literal()) {
      std::string id;
      PARLEY_TRY(node_reference(object, id));
      value = Json::object({{"@id", std::move(id)}});
    } else if (!object.language.empty()) {
      value = Json::object({{"@value", object.value}, {"@language", object.language}});
    } else if (rdf::is_plain_datatype(object)) {
      value = object.value;  // a JSON string is an xsd:string literal
    } else {
      // Typed values stay strings with @type, never JSON numbers: the lexical form is kept.
      std::string type;
      PARLEY_TRY(iri_text(object.datatype, type));
      value = Json::object({{"@value", object.value}, {"@type", std::move(type)}});
    }
    return Status::success();
  }

  Json& node_for(const rdf::Term& subject, std::string id) {
    std::string key = subject.value;
    if (subject.is_blank()) key.insert(0, "_:");
    auto [it, inserted] = node_of_subject.try_emplace(std::move(key), nodes.size());
    if (inserted) nodes.push_back(Json::object({{"@id", std::move(id)}}));
    return nodes[it->second];
  }

  // One property value is written bare, more as an array: the form JSON-LD compaction gives.
  static Json unwrapped(Json node) {
    for (auto& [key, values] : node.items()) {
      if (values.is_array() && values.size() == 1) values = Json(values[0]);
    }
    return node;
  }

  Status write_graph_object() {
    if (nodes.empty()) return Status::success();
    Json object = Json::object();
    object["@context"] = context;
    if (!graph.empty()) {
      std::string id;
      PARLEY_TRY(iri_text(graph, id));
      object["@id"] = std::move(id);
    }
    Json members = Json::array();
    for (auto& node : nodes) members.push_back(unwrapped(std::move(node)));
    object["@graph"] = std::move(members);
    nodes.clear();
    node_of_subject.clear();
    std::string text;
    try {
      text = object.dump(2, ' ', false, Json::error_handler_t::strict);
    } catch (const nlohmann::json::exception& e) {
      return Status::failure(StatusCode::bad_text, std::string("JSON-LD: ") + e.what());
    }
    out << (objects_written++ == 0 ? "[\n" : ",\n") << text;
    if (!out) return Status::failure(StatusCode::io_write, "write failed");
    return Status::success();
  }
};

JsonLdWriter::JsonLdWriter(std::ostream& out) : impl_(std::make_unique<Impl>(out)) {}
JsonLdWriter::~JsonLdWriter() = default;

Status JsonLdWriter::on_prefix(std::string_view name, std::string_view iri) {
  PARLEY_TRY(rdf::check_iri(iri));
  // Objects already written keep the context they had; later ones get the new prefix.
  for (auto& prefix : impl_->prefixes) {
    if (prefix.first == name) {
      prefix.second = iri;
      impl_->context[prefix.first] = iri;
      return Status::success();
    }
  }
  impl_->prefixes.emplace_back(name, iri);
  impl_->context[std::string(name)] = iri;
  return Status::success();
}

Status JsonLdWriter::on_statement(const rdf::Statement& st) {
  PARLEY_TRY(rdf::check_statement(st));
  return on_checked_statement(st);
}

Status JsonLdWriter::on_checked_statement(const rdf::Statement& st) {
  Impl& impl = *impl_;
  if (st.graph != impl.graph) {
    PARLEY_TRY(impl.write_graph_object());
    impl.graph = st.graph;
  }
  std::string id;
  PARLEY_TRY(impl.node_reference(st.subject, id));
  Json value;
  std::string key;
  if (st.predicate.value == rdf_type && st.object.is_iri()) {
    key = "@type";
    std::string type;
    PARLEY_TRY(impl.iri_text(st.object.value, type));
    value = std::move(type);
  } else {
    PARLEY_TRY(impl.iri_text(st.predicate.value, key));
    PARLEY_TRY(impl.value_object(st.object, value));
  }
  Json& node = impl.node_for(st.subject, std::move(id));
  Json& values = node[key];
  if (values.is_null()) values = Json::array();
  values.push_back(std::move(value));
  return Status::success();
}

Status JsonLdWriter::finish() {
  if (impl_->finished) return Status::success();
  impl_->finished = true;
  PARLEY_TRY(impl_->write_graph_object());
  impl_->out << (impl_->objects_written == 0 ? "[]\n" : "\n]\n");
  impl_->out.flush();
  if (!impl_->out) return Status::failure(StatusCode::io_write, "write failed");
  return Status::success();
}

}  // namespace parley::exporters
