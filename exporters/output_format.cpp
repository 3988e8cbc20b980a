#include "exporters/output_format.hpp"

namespace parley::exporters {

std::optional<OutputFormat> parse_output_format(std::string_view name) {
  if (name == "turtle" || name == "ttl") return OutputFormat::turtle;
  if (name == "ntriples" || name == "nt") return OutputFormat::ntriples;
  if (name == "nquads" || name == "nq") return OutputFormat::nquads;
  if (name == "trig") return OutputFormat::trig;
  if (name == "rdfxml" || name == "xml" || name == "rdf") return OutputFormat::rdfxml;
  if (name == "jsonld" || name == "json-ld") return OutputFormat::jsonld;
  if (name == "dot") return OutputFormat::dot;
  return std::nullopt;
}

std::string_view format_name(OutputFormat format) {
  switch (format) {
    case OutputFormat::turtle: return "turtle";
    case OutputFormat::ntriples: return "ntriples";
    case OutputFormat::nquads: return "nquads";
    case OutputFormat::trig: return "trig";
    case OutputFormat::rdfxml: return "rdfxml";
    case OutputFormat::jsonld: return "jsonld";
    case OutputFormat::dot: return "dot";
  }
  return "turtle";
}

std::string_view format_extension(OutputFormat format) {
  switch (format) {
    case OutputFormat::turtle: return "ttl";
    case OutputFormat::ntriples: return "nt";
    case OutputFormat::nquads: return "nq";
    case OutputFormat::trig: return "trig";
    case OutputFormat::rdfxml: return "rdf";
    case OutputFormat::jsonld: return "jsonld";
    case OutputFormat::dot: return "dot";
  }
  return "ttl";
}

bool format_has_graphs(OutputFormat format) {
  return format == OutputFormat::nquads || format == OutputFormat::trig ||
         format == OutputFormat::jsonld;
}

}  // namespace parley::exporters
