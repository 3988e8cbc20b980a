#include "rdf/text_check.hpp"

#include <xxhash.h>

#include <array>
#include <string>

namespace parley::rdf {

std::size_t decode_utf8(std::string_view s, std::size_t i, char32_t& out) {
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  const unsigned char b0 = byte(i);
  if (b0 < 0x80) {
    out = b0;
    return 1;
  }
  std::size_t len = 0;
  char32_t cp = 0;
  char32_t min = 0;
  if (b0 >= 0xC2 && b0 <= 0xDF) {
    len = 2, cp = b0 & 0x1F, min = 0x80;
  } else if (b0 >= 0xE0 && b0 <= 0xEF) {
    len = 3, cp = b0 & 0x0F, min = 0x800;
  } else if (b0 >= 0xF0 && b0 <= 0xF4) {
    len = 4, cp = b0 & 0x07, min = 0x10000;
  } else {
    return 0;
  }
  if (i + len > s.size()) return 0;
  for (std::size_t k = 1; k < len; ++k) {
    const unsigned char b = byte(i + k);
    if ((b & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (b & 0x3F);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
  out = cp;
  return len;
}

std::optional<std::size_t> find_invalid_utf8(std::string_view bytes) {
  for (std::size_t i = 0; i < bytes.size();) {
    // ASCII, which most of every text is, needs no decoding.
    if (static_cast<unsigned char>(bytes[i]) < 0x80) {
      ++i;
      continue;
    }
    char32_t cp = 0;
    const std::size_t n = decode_utf8(bytes, i, cp);
    if (n == 0) return i;
    i += n;
  }
  return std::nullopt;
}

namespace {

bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_digit(char c) { return c >= '0' && c <= '9'; }

// RFC 3987 excludes these from every IRI component (besides the control range).
bool is_forbidden_in_iri(char32_t cp) {
  if (cp <= 0x20 || cp == 0x7F) return true;
  switch (cp) {
    case '<': case '>': case '"': case '{': case '}': case '|': case '^': case '`': case '\\':
      return true;
    default:
      return (cp >= 0x80 && cp <= 0x9F) || (cp >= 0xFFF0 && cp <= 0xFFFF && cp != 0xFFFD) ||
             cp == 0xFFFE || cp == 0xFFFF;
  }
}

// The IRIs of a stream repeat (the vocabulary, each subject of its statements): the last ones
// found valid are kept by hash, per thread, and found again by one comparison.
constexpr std::size_t recent_slots = 1024;
thread_local std::array<std::string, recent_slots> recent_valid_iris;

std::string& recent_slot(std::string_view iri) {
  return recent_valid_iris[XXH3_64bits(iri.data(), iri.size()) % recent_slots];
}

Status check_iri_uncached(std::string_view iri);

}  // namespace

Status check_iri(std::string_view iri) {
  std::string& slot = recent_slot(iri);
  if (!slot.empty() && slot == iri) return Status::success();
  Status st = check_iri_uncached(iri);
  if (st.ok() && iri.size() <= 512) slot.assign(iri);
  return st;
}

namespace {

Status check_iri_uncached(std::string_view iri) {
  std::size_t colon = iri.find(':');
  if (colon == std::string_view::npos || colon == 0 || !is_alpha(iri[0])) {
    return Status::failure(StatusCode::bad_iri, "not an absolute IRI: <" + std::string(iri) + ">");
  }
  for (std::size_t i = 1; i < colon; ++i) {
    const char c = iri[i];
    if (!is_alpha(c) && !is_digit(c) && c != '+' && c != '-' && c != '.') {
      return Status::failure(StatusCode::bad_iri, "bad IRI scheme: <" + std::string(iri) + ">");
    }
  }
  // One pass: ASCII by a table, the rest decoded (and refused when not UTF-8).
  static const auto forbidden_ascii = [] {
    std::array<bool, 128> table{};
    for (char32_t c = 0; c < 128; ++c) table[c] = is_forbidden_in_iri(c);
    return table;
  }();
  for (std::size_t i = 0; i < iri.size();) {
    const auto byte = static_cast<unsigned char>(iri[i]);
    char32_t cp = byte;
    std::size_t n = 1;
    if (byte < 0x80) {
      if (!forbidden_ascii[byte]) {
        ++i;
        continue;
      }
    } else if ((n = decode_utf8(iri, i, cp)) == 0) {
      return Status::failure(StatusCode::bad_iri, "IRI has invalid UTF-8 at byte " + std::to_string(i));
    }
    if (is_forbidden_in_iri(cp)) {
      return Status::failure(StatusCode::bad_iri, "IRI carries a forbidden character at byte " +
                                                      std::to_string(i) + ": <" +
                                                      std::string(iri) + ">");
    }
    i += n;
  }
  return Status::success();
}

}  // namespace

Status check_language_tag(std::string_view tag) {
  // Turtle's LANGTAG: [a-zA-Z]+ ('-' [a-zA-Z0-9]+)*
  bool ok = !tag.empty();
  bool first_subtag = true;
  std::size_t subtag_len = 0;
  for (char c : tag) {
    if (c == '-') {
      ok = ok && subtag_len > 0;
      first_subtag = false;
      subtag_len = 0;
    } else {
      ok = ok && (is_alpha(c) || (!first_subtag && is_digit(c)));
      ++subtag_len;
    }
  }
  if (!ok || subtag_len == 0) {
    return Status::failure(StatusCode::bad_text, "bad language tag: " + std::string(tag));
  }
  return Status::success();
}

Status check_blank_label(std::string_view label) {
  bool ok = !label.empty() && label.back() != '.';
  for (char c : label) {
    const auto u = static_cast<unsigned char>(c);
    ok = ok && (u >= 0x80 || is_alpha(c) || is_digit(c) || c == '_' || c == '-' || c == '.');
  }
  if (!ok) return Status::failure(StatusCode::bad_text, "bad blank node label: " + std::string(label));
  if (auto bad = find_invalid_utf8(label)) {
    return Status::failure(StatusCode::bad_text, "blank node label has invalid UTF-8");
  }
  return Status::success();
}

Status check_term(const Term& term) {
  switch (term.kind) {
    case TermKind::iri: return check_iri(term.value);
    case TermKind::blank: return check_blank_label(term.value);
    case TermKind::literal:
      if (auto bad = find_invalid_utf8(term.value)) {
        return Status::failure(StatusCode::bad_text,
                               "literal has invalid UTF-8 at byte " + std::to_string(*bad));
      }
      if (!term.language.empty()) PARLEY_TRY(check_language_tag(term.language));
      if (!term.datatype.empty()) PARLEY_TRY(check_iri(term.datatype));
      return Status::success();
  }
  return Status::success();
}

Status check_statement(const Statement& st) {
  if (st.subject.is_literal()) return Status::failure(StatusCode::bad_text, "literal subject");
  if (!st.predicate.is_iri()) return Status::failure(StatusCode::bad_text, "predicate is not an IRI");
  PARLEY_TRY(check_term(st.subject));
  PARLEY_TRY(check_term(st.predicate));
  PARLEY_TRY(check_term(st.object));
  if (!st.graph.empty()) PARLEY_TRY(check_iri(st.graph));
  return Status::success();
}

std::u32string decode_utf8_lossy(std::string_view bytes) {
  std::u32string out;
  for (std::size_t i = 0; i < bytes.size();) {
    char32_t cp = 0;
    const std::size_t n = decode_utf8(bytes, i, cp);
    out.push_back(n == 0 ? U'\uFFFD' : cp);
    i += n == 0 ? 1 : n;
  }
  return out;
}

}  // namespace parley::rdf
