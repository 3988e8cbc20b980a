#pragma once
// Turtle (and so N-Triples) text -> statements, through serd's reader. Prefixed names are
// expanded and relative IRIs resolved, so every statement carries absolute IRIs.
#include <string_view>

#include "rdf/sink.hpp"

namespace parley::ontology {

// Passes prefixes and statements to sink (no finish()); name is used in the error message.
Status read_turtle(std::string_view text, std::string_view name, rdf::StatementSink& sink);

}  // namespace parley::ontology
