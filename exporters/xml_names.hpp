#pragma once
// XML 1.0 (fifth edition) character and name classes, which xmlTextWriter does not check.
#include <optional>
#include <string>
#include <string_view>

namespace parley::exporters {

bool is_xml_char(char32_t cp);
bool is_name_start_char(char32_t cp);  // without ':' (NCName)
bool is_name_char(char32_t cp);        // without ':' (NCName)
bool is_ncname(std::string_view utf8);

// Byte offset of the first code point XML 1.0 cannot carry, if any.
std::optional<std::size_t> find_non_xml_char(std::string_view utf8);

struct QNameSplit {
  std::string namespace_iri;
  std::string local_name;
};

// Split an IRI into a namespace and the longest NCName suffix that can serve as a local name.
std::optional<QNameSplit> split_qname(std::string_view iri);

}  // namespace parley::exporters
