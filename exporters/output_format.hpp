#pragma once
#include <optional>
#include <string_view>

namespace parley::exporters {

// dot is the actor-meeting network for Graphviz, a picture of the graph rather than RDF.
enum class OutputFormat { turtle, ntriples, nquads, trig, rdfxml, jsonld, dot };

std::optional<OutputFormat> parse_output_format(std::string_view name);
std::string_view format_name(OutputFormat format);
std::string_view format_extension(OutputFormat format);  // "ttl", "nt", "nq", "trig", "rdf", "jsonld", "dot"
bool format_has_graphs(OutputFormat format);

}  // namespace parley::exporters
