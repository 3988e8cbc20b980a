#pragma once
#include <optional>
#include <string_view>

namespace parley::exporters {

enum class OutputFormat { turtle, ntriples, nquads, trig, rdfxml, jsonld };

std::optional<OutputFormat> parse_output_format(std::string_view name);
std::string_view format_name(OutputFormat format);
std::string_view format_extension(OutputFormat format);  // "ttl", "nt", "nq", "trig", "rdf", "jsonld"
bool format_has_graphs(OutputFormat format);

}  // namespace parley::exporters
