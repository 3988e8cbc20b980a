#include "exporters/xml_names.hpp"

#include <vector>

#include "rdf/text_check.hpp"

namespace parley::exporters {

bool is_xml_char(char32_t c) {
  return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) ||
         (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
}

bool is_name_start_char(char32_t c) {
  return (c >= 'A' && c <= 'Z') || c == '_' || (c >= 'a' && c <= 'z') ||
         (c >= 0xC0 && c <= 0xD6) || (c >= 0xD8 && c <= 0xF6) || (c >= 0xF8 && c <= 0x2FF) ||
         (c >= 0x370 && c <= 0x37D) || (c >= 0x37F && c <= 0x1FFF) ||
         (c >= 0x200C && c <= 0x200D) || (c >= 0x2070 && c <= 0x218F) ||
         (c >= 0x2C00 && c <= 0x2FEF) || (c >= 0x3001 && c <= 0xD7FF) ||
         (c >= 0xF900 && c <= 0xFDCF) || (c >= 0xFDF0 && c <= 0xFFFD) ||
         (c >= 0x10000 && c <= 0xEFFFF);
}

bool is_name_char(char32_t c) {
  return is_name_start_char(c) || c == '-' || c == '.' || (c >= '0' && c <= '9') || c == 0xB7 ||
         (c >= 0x300 && c <= 0x36F) || (c >= 0x203F && c <= 0x2040);
}

namespace {

std::vector<std::pair<std::size_t, char32_t>> code_points(std::string_view utf8) {
  std::vector<std::pair<std::size_t, char32_t>> cps;
  for (std::size_t i = 0; i < utf8.size();) {
    char32_t cp = 0;
    std::size_t n = rdf::decode_utf8(utf8, i, cp);
    if (n == 0) cp = 0xFFFFFFFF, n = 1;  // invalid: matches no class
    cps.emplace_back(i, cp);
    i += n;
  }
  return cps;
}

}  // namespace

bool is_ncname(std::string_view utf8) {
  const auto cps = code_points(utf8);
  if (cps.empty() || !is_name_start_char(cps.front().second)) return false;
  for (const auto& [offset, cp] : cps) {
    if (!is_name_char(cp)) return false;
  }
  return true;
}

std::optional<std::size_t> find_non_xml_char(std::string_view utf8) {
  for (const auto& [offset, cp] : code_points(utf8)) {
    if (!is_xml_char(cp)) return offset;
  }
  return std::nullopt;
}

std::optional<QNameSplit> split_qname(std::string_view iri) {
  const auto cps = code_points(iri);
  std::size_t start = cps.size();
  while (start > 0 && is_name_char(cps[start - 1].second)) --start;
  while (start < cps.size() && !is_name_start_char(cps[start].second)) ++start;
  if (start >= cps.size() || start == 0) return std::nullopt;
  const std::size_t byte = cps[start].first;
  return QNameSplit{std::string(iri.substr(0, byte)), std::string(iri.substr(byte))};
}

}  // namespace parley::exporters
