#pragma once
// Checks run before any writer: serd 0.30 silently repairs bad UTF-8 and IRIs instead of
// failing, so invalid terms must be refused here.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "rdf/status.hpp"
#include "rdf/term.hpp"

namespace parley::rdf {

// Byte offset of the first invalid UTF-8 sequence (overlong, surrogate, > U+10FFFF, truncated).
std::optional<std::size_t> find_invalid_utf8(std::string_view bytes);

// An absolute IRI: a scheme, then only characters RFC 3987 lets an IRI carry.
Status check_iri(std::string_view iri);
Status check_language_tag(std::string_view tag);
Status check_blank_label(std::string_view label);
Status check_term(const Term& term);
Status check_statement(const Statement& statement);

// Decode one code point; returns bytes consumed, 0 when the sequence is invalid.
std::size_t decode_utf8(std::string_view bytes, std::size_t pos, char32_t& out);

// One code point, encoded (inline: every text stage and writer encodes code point by code point).
inline void append_utf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

// UTF-8 decoded code point by code point (never byte by byte), U+FFFD for each invalid byte.
std::u32string decode_utf8_lossy(std::string_view bytes);

}  // namespace parley::rdf
