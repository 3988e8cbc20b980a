#include "exporters/writer_factory.hpp"

#include "exporters/dot_writer.hpp"
#include "exporters/jsonld_writer.hpp"
#include "exporters/rdfxml_writer.hpp"
#include "exporters/serd_stream_writer.hpp"

namespace parley::exporters {

std::unique_ptr<rdf::StatementSink> make_writer(OutputFormat format, std::ostream& out) {
  if (format == OutputFormat::rdfxml) return std::make_unique<RdfXmlWriter>(out);
  if (format == OutputFormat::jsonld) return std::make_unique<JsonLdWriter>(out);
  if (format == OutputFormat::dot) return std::make_unique<DotWriter>(out);
  return std::make_unique<SerdStreamWriter>(format, out);
}

}  // namespace parley::exporters
