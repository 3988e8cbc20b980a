#include "rdf/term.hpp"

namespace parley::rdf {

bool is_plain_datatype(const Term& literal) {
  return literal.datatype.empty() || literal.datatype == xsd_string ||
         (!literal.language.empty() && literal.datatype == rdf_lang_string);
}

}  // namespace parley::rdf
