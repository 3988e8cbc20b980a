#include "parsers/ingest/language_tag.hpp"

#include <cctype>

namespace parley::parsers::html {

std::string language_tag(std::string_view value) {
  std::string tag(value);
  while (!tag.empty() && tag.front() == ' ') tag.erase(0, 1);
  while (!tag.empty() && tag.back() == ' ') tag.pop_back();
  for (char& c : tag) {
    if (c == '_') c = '-';
  }
  std::size_t start = 0;
  for (std::size_t part = 0; start <= tag.size(); ++part) {
    std::size_t end = tag.find('-', start);
    if (end == std::string::npos) end = tag.size();
    const std::size_t length = end - start;
    if (length == 0 || length > 8 || (part == 0 && (length < 2 || length > 3))) return {};
    for (std::size_t i = start; i < end; ++i) {
      const unsigned char c = static_cast<unsigned char>(tag[i]);
      if (!std::isalnum(c) || (part == 0 && !std::isalpha(c))) return {};
      // The language lower case, a script title case, a region upper case: "zh-Hant-TW".
      const bool upper = part > 0 && (length == 2 || (length == 4 && i == start));
      tag[i] = static_cast<char>(upper ? std::toupper(c) : std::tolower(c));
    }
    start = end + 1;
  }
  return tag;
}

}  // namespace parley::parsers::html
