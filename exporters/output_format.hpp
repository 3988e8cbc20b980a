#pragma once
// The output syntaxes, listed once (as Oxigraph's RdfFormat): each one's names, file
// extension, media type, what it can hold and the writer that writes it. The command line's
// choices, file names, publish's dumps and the writer factory all read this table.
#include <array>
#include <memory>
#include <optional>
#include <ostream>
#include <span>
#include <string_view>

#include "rdf/sink.hpp"

namespace parley::exporters {

// dot is the actor-meeting network for Graphviz, a picture of the graph rather than RDF.
enum class OutputFormat { turtle, ntriples, nquads, trig, rdfxml, jsonld, dot };

struct FormatDescription {
  OutputFormat format;
  std::string_view name;                    // as the command line takes it: "turtle"
  std::array<std::string_view, 2> aliases;  // also accepted: "ttl" (empty where none)
  std::string_view title;                   // for people: "Turtle"
  std::string_view extension;               // of its files: "ttl"
  std::string_view media_type;              // "text/turtle"
  bool is_rdf;      // false for dot, which draws the graph
  bool has_graphs;  // one named graph per article (N-Quads, TriG, JSON-LD)
  bool line_based;  // one statement a line, so outputs join by concatenation (N-Triples, N-Quads)
  // A streaming writer over out; call finish() once after the last statement.
  std::unique_ptr<rdf::StatementSink> (*make_writer)(std::ostream& out);
};

// Every output syntax, in the order the enum names them.
std::span<const FormatDescription> output_formats();
const FormatDescription& describe(OutputFormat format);
// By name or alias.
std::optional<OutputFormat> parse_output_format(std::string_view name);
// A writer of the format over out; call finish() once after the last statement.
inline std::unique_ptr<rdf::StatementSink> make_writer(OutputFormat format, std::ostream& out) {
  return describe(format).make_writer(out);
}

}  // namespace parley::exporters
