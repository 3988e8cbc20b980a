#pragma once
// An N-Quads file -> statements, streamed through serd's reader: the dataset's one conversion
// is read back from its N-Quads dump for every other dump and the index, never held whole.
#include <string>

#include "rdf/sink.hpp"

namespace parley::publish {

// Passes every statement of the file, with its graph, to sink (no finish()).
Status read_nquads_file(const std::string& path, rdf::StatementSink& sink);

}  // namespace parley::publish
