#pragma once
#include <memory>
#include <ostream>

#include "exporters/output_format.hpp"
#include "rdf/sink.hpp"

namespace parley::exporters {

// A writer for the format bound to out; call finish() once after the last statement.
std::unique_ptr<rdf::StatementSink> make_writer(OutputFormat format, std::ostream& out);

}  // namespace parley::exporters
