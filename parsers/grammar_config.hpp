#pragma once
// Iterator and context types fixed once for every X3 grammar of parsers/ (page and text,
// as in the X3 examples).
// Grammars run over UTF-32 with X3's unicode classes: its ASCII classes assert on the first
// non-ASCII character.
#ifndef BOOST_SPIRIT_X3_UNICODE
#define BOOST_SPIRIT_X3_UNICODE
#endif
#include <boost/spirit/home/x3.hpp>
#include <string>

namespace parley::parsers {
namespace x3 = boost::spirit::x3;
using iterator_type = std::u32string::const_iterator;
using context_type = x3::unused_type;
}  // namespace parley::parsers

#include <boost/spirit/home/support/char_encoding/unicode.hpp>
#include <cstdint>

namespace parley::parsers {

// X3's unicode encoding works on uint32_t: these take char32_t literals and characters.
using unicode_encoding = boost::spirit::char_encoding::unicode;

constexpr x3::literal_char<unicode_encoding, x3::unused_type> ch(char32_t c) {
  return {static_cast<std::uint32_t>(c)};
}
inline bool is_upper(char32_t c) { return unicode_encoding::isupper(static_cast<std::uint32_t>(c)); }
inline bool is_lower(char32_t c) { return unicode_encoding::islower(static_cast<std::uint32_t>(c)); }
inline bool is_digit(char32_t c) { return c >= U'0' && c <= U'9'; }
inline bool is_alpha(char32_t c) { return unicode_encoding::isalpha(static_cast<std::uint32_t>(c)); }
inline bool is_alnum(char32_t c) { return unicode_encoding::isalnum(static_cast<std::uint32_t>(c)); }

// Symbol tables keyed by lower-case UTF-32 strings. X3's no_case cannot wrap a symbol
// table over char32_t input, so each key is added lower-case, Capitalized, Title Case (each
// word capitalized) and UPPER-case.
// The encoding is X3's unicode one with char32_t keys, matching the iterator's value type.
struct utf32_encoding : unicode_encoding {
  using char_type = char32_t;
};

template <typename Value>
struct unicode_symbols : x3::symbols_parser<utf32_encoding, Value> {
  unicode_symbols& entry(std::u32string k, Value value) {
    for (auto& c : k) c = static_cast<char32_t>(unicode_encoding::tolower(c));
    this->add(k, value);
    // Capitalized: the first letter ("(Photo credit"); Title Case: each word's first letter.
    auto capital = k, title = k;
    bool first = true;
    for (std::size_t i = 0; i < k.size(); ++i) {
      if (!unicode_encoding::isalpha(static_cast<std::uint32_t>(k[i]))) continue;
      const bool word_start = i == 0 || k[i - 1] == U' ' || k[i - 1] == U'(';
      if (first) capital[i] = static_cast<char32_t>(unicode_encoding::toupper(k[i]));
      if (word_start) title[i] = static_cast<char32_t>(unicode_encoding::toupper(k[i]));
      first = false;
    }
    this->add(capital, value);
    if (title != capital) this->add(title, value);
    for (auto& c : k) c = static_cast<char32_t>(unicode_encoding::toupper(c));
    this->add(k, value);
    return *this;
  }
};

}  // namespace parley::parsers
