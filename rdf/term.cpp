#include "rdf/term.hpp"

namespace parley::rdf {

bool is_plain_datatype(const Term& literal) {
  return literal.datatype.empty() || literal.datatype == vocab::xsd::string ||
         (!literal.language.empty() && literal.datatype == vocab::rdf::langString);
}

}  // namespace parley::rdf
