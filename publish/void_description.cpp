#include "publish/void_description.hpp"

#include <set>

#include "rdf/vocabulary.hpp"

namespace parley::publish {

namespace {

constexpr std::string_view void_ns = vocab::void_::iri;
constexpr std::string_view dcat_ns = vocab::dcat::iri;
constexpr std::string_view dcterms_ns = vocab::dcterms::iri;
constexpr std::string_view foaf_ns = vocab::foaf::iri;
constexpr std::string_view xsd_ns = vocab::xsd::iri;
using vocab::media_types;

std::string in(std::string_view ns, std::string_view local) {
  std::string out(ns);
  out.append(local);
  return out;
}

// A vocabulary is named by its namespace: the IRI up to its last '#' or '/'.
std::string namespace_of(const std::string& iri) {
  const auto cut = iri.find_last_of("#/");
  return cut == std::string::npos ? iri : iri.substr(0, cut + 1);
}

bool looks_like_iri(const std::string& text) {
  const auto colon = text.find(':');
  return colon != std::string::npos && colon > 0 && text.find(' ') == std::string::npos;
}

class Description {
 public:
  Description(rdf::StatementSink& sink, std::string subject) : sink_(sink), subject_(std::move(subject)) {}

  Status about(std::string subject) {
    subject_ = std::move(subject);
    return Status::success();
  }
  Status iri(std::string_view ns, std::string_view local, const std::string& object) {
    return sink_.on_statement({rdf::Term::iri(subject_), rdf::Term::iri(in(ns, local)), rdf::Term::iri(object), {}});
  }
  Status literal(std::string_view ns, std::string_view local, const std::string& value, std::string datatype = {}) {
    return sink_.on_statement(
        {rdf::Term::iri(subject_), rdf::Term::iri(in(ns, local)), rdf::Term::literal(value, std::move(datatype)), {}});
  }
  Status number(std::string_view ns, std::string_view local, std::uint64_t n,
                std::string_view type = "integer") {
    return literal(ns, local, std::to_string(n), in(xsd_ns, type));
  }
  Status type(std::string_view ns, std::string_view local) {
    return sink_.on_statement({rdf::Term::iri(subject_), rdf::Term::iri(std::string(vocab::rdf::type)),
                               rdf::Term::iri(in(ns, local)), {}});
  }

 private:
  rdf::StatementSink& sink_;
  std::string subject_;
};

}  // namespace

std::string dataset_iri(const std::string& site) { return site + "void.ttl#dataset"; }

Status write_void_description(const DatasetFacts& facts, const Figures& figures, rdf::StatementSink& sink) {
  const std::string dataset = dataset_iri(facts.site);
  const std::string part = facts.site + "void.ttl#";
  Description d(sink, dataset);
  PARLEY_TRY(d.type(void_ns, "Dataset"));
  PARLEY_TRY(d.type(dcat_ns, "Dataset"));
  PARLEY_TRY(d.literal(dcterms_ns, "title", facts.title));
  if (!facts.license.empty()) PARLEY_TRY(d.iri(dcterms_ns, "license", facts.license));
  if (!facts.creator.empty()) {
    PARLEY_TRY(d.iri(dcterms_ns, "creator", looks_like_iri(facts.creator) ? facts.creator : part + "creator"));
  }
  PARLEY_TRY(d.literal(dcterms_ns, "created", facts.created.empty() ? facts.date : facts.created, in(xsd_ns, "date")));
  PARLEY_TRY(d.literal(dcterms_ns, "modified", facts.date, in(xsd_ns, "date")));
  PARLEY_TRY(d.iri(foaf_ns, "homepage", facts.site));
  PARLEY_TRY(d.iri(dcat_ns, "landingPage", facts.site));
  PARLEY_TRY(d.literal(void_ns, "uriSpace", facts.base));
  PARLEY_TRY(d.number(void_ns, "triples", figures.triples));
  PARLEY_TRY(d.number(void_ns, "entities", figures.entities));
  PARLEY_TRY(d.number(void_ns, "distinctSubjects", figures.distinct_subjects));
  PARLEY_TRY(d.number(void_ns, "distinctObjects", figures.distinct_objects));
  PARLEY_TRY(d.number(void_ns, "classes", figures.classes.size()));
  PARLEY_TRY(d.number(void_ns, "properties", figures.properties.size()));
  for (const auto& file : facts.ontology_files) {
    if (file.size() > 10 && file.compare(file.size() - 10, 10, "shapes.ttl") == 0) {
      PARLEY_TRY(d.iri(dcterms_ns, "conformsTo", facts.site + file));
    }
  }
  std::set<std::string> vocabularies;
  for (const auto& c : figures.classes) vocabularies.insert(namespace_of(c.iri));
  for (const auto& p : figures.properties) vocabularies.insert(namespace_of(p.iri));
  for (const auto& v : vocabularies) PARLEY_TRY(d.iri(void_ns, "vocabulary", v));
  for (const auto& dump : facts.dumps) PARLEY_TRY(d.iri(void_ns, "dataDump", facts.site + dump.path));
  for (const auto& dump : facts.dumps) {
    PARLEY_TRY(d.iri(dcat_ns, "distribution", part + "dump-" + dump.path.substr(dump.path.rfind('/') + 1)));
  }
  for (std::size_t i = 0; i < figures.classes.size(); ++i) {
    PARLEY_TRY(d.iri(void_ns, "classPartition", part + "class-" + std::to_string(i + 1)));
  }
  for (std::size_t i = 0; i < figures.properties.size(); ++i) {
    PARLEY_TRY(d.iri(void_ns, "propertyPartition", part + "property-" + std::to_string(i + 1)));
  }

  for (const auto& dump : facts.dumps) {
    PARLEY_TRY(d.about(part + "dump-" + dump.path.substr(dump.path.rfind('/') + 1)));
    PARLEY_TRY(d.type(dcat_ns, "Distribution"));
    PARLEY_TRY(d.literal(dcterms_ns, "title", dump.title));
    PARLEY_TRY(d.iri(dcat_ns, "downloadURL", facts.site + dump.path));
    PARLEY_TRY(d.iri(dcat_ns, "accessURL", facts.site + dump.path));
    PARLEY_TRY(d.iri(dcat_ns, "mediaType", in(media_types, dump.media_type)));
    if (dump.gzip) PARLEY_TRY(d.iri(dcat_ns, "compressFormat", in(media_types, "application/gzip")));
    PARLEY_TRY(d.number(dcat_ns, "byteSize", dump.bytes, "nonNegativeInteger"));
    if (!facts.license.empty()) PARLEY_TRY(d.iri(dcterms_ns, "license", facts.license));
  }
  for (std::size_t i = 0; i < figures.classes.size(); ++i) {
    PARLEY_TRY(d.about(part + "class-" + std::to_string(i + 1)));
    PARLEY_TRY(d.iri(void_ns, "class", figures.classes[i].iri));
    PARLEY_TRY(d.number(void_ns, "entities", figures.classes[i].n));
  }
  for (std::size_t i = 0; i < figures.properties.size(); ++i) {
    PARLEY_TRY(d.about(part + "property-" + std::to_string(i + 1)));
    PARLEY_TRY(d.iri(void_ns, "property", figures.properties[i].iri));
    PARLEY_TRY(d.number(void_ns, "triples", figures.properties[i].n));
  }
  if (!facts.creator.empty() && !looks_like_iri(facts.creator)) {
    PARLEY_TRY(d.about(part + "creator"));
    PARLEY_TRY(d.type(foaf_ns, "Agent"));
    PARLEY_TRY(d.literal(foaf_ns, "name", facts.creator));
  }
  return Status::success();
}

}  // namespace parley::publish
