#include "exporters/output_format.hpp"

#include "exporters/dot_writer.hpp"
#include "exporters/jsonld_writer.hpp"
#include "exporters/rdfxml_writer.hpp"
#include "exporters/serd_stream_writer.hpp"

namespace parley::exporters {

namespace {

template <typename Writer>
std::unique_ptr<rdf::StatementSink> make(std::ostream& out) {
  return std::make_unique<Writer>(out);
}

template <OutputFormat format>
std::unique_ptr<rdf::StatementSink> make_serd(std::ostream& out) {
  return std::make_unique<SerdStreamWriter>(format, out);
}

using F = OutputFormat;

// name, aliases, title, extension, media type, RDF, graphs, line-based, writer
constexpr FormatDescription formats[] = {
    {F::turtle, "turtle", {"ttl", ""}, "Turtle", "ttl", "text/turtle", true, false, false, make_serd<F::turtle>},
    {F::ntriples, "ntriples", {"nt", ""}, "N-Triples", "nt", "application/n-triples", true, false, true,
     make_serd<F::ntriples>},
    {F::nquads, "nquads", {"nq", ""}, "N-Quads", "nq", "application/n-quads", true, true, true, make_serd<F::nquads>},
    {F::trig, "trig", {"", ""}, "TriG", "trig", "application/trig", true, true, false, make_serd<F::trig>},
    {F::rdfxml, "rdfxml", {"xml", "rdf"}, "RDF/XML", "rdf", "application/rdf+xml", true, false, false,
     make<RdfXmlWriter>},
    {F::jsonld, "jsonld", {"json-ld", ""}, "JSON-LD", "jsonld", "application/ld+json", true, true, false,
     make<JsonLdWriter>},
    {F::dot, "dot", {"", ""}, "DOT", "dot", "text/vnd.graphviz", false, false, false, make<DotWriter>},
};

}  // namespace

std::span<const FormatDescription> output_formats() { return formats; }

const FormatDescription& describe(OutputFormat format) {
  for (const auto& f : formats) {
    if (f.format == format) return f;
  }
  return formats[0];
}

std::optional<OutputFormat> parse_output_format(std::string_view name) {
  for (const auto& f : formats) {
    if (name == f.name || (!name.empty() && (name == f.aliases[0] || name == f.aliases[1]))) return f.format;
  }
  return std::nullopt;
}

}  // namespace parley::exporters
