#pragma once
// Decodes article bytes once into normalized UTF-32: UTF-8 (its BOM dropped) or UTF-16 after a
// byte-order mark (LE or BE); CRLF and CR made LF,
// no-break spaces made spaces, C0 controls other than tab/LF/CR dropped (with a warning).
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "rdf/status.hpp"

namespace parley::parsers {

enum class Encoding { utf8, windows1252, automatic };

struct DecodedText {
  std::u32string text;
  std::vector<std::string> warnings;
  Status status;  // bad_text with the byte offset, or unreadable for binary content
};

DecodedText decode_article_bytes(std::string_view bytes, Encoding encoding);

// Bytes that are not UTF-8 read as Windows-1252 (the superset of Latin-1 pages use).
char32_t windows1252_to_unicode(unsigned char byte);

// Re-encode a decoded text as UTF-8 (for libxml2, which is given UTF-8 explicitly).
std::string encode_utf8(std::u32string_view text);

}  // namespace parley::parsers
