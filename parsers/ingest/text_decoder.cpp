#include "parsers/ingest/text_decoder.hpp"

#include <optional>

#include "model/article.hpp"
#include "rdf/text_check.hpp"

namespace parley::parsers {

char32_t windows1252_to_unicode(unsigned char b) {
  // 0x80-0x9F differ from Latin-1; the five undefined bytes map to their C1 code points.
  static const char32_t high[32] = {
      0x20AC, 0x81,   0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
      0x2039, 0x0152, 0x8D,   0x017D, 0x8F,   0x90,   0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
      0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D,   0x017E, 0x0178};
  return b >= 0x80 && b <= 0x9F ? high[b - 0x80] : static_cast<char32_t>(b);
}

std::string encode_utf8(std::u32string_view text) { return model::to_utf8(text); }

namespace {

// Git's rule: a NUL byte in the first 8000 bytes makes a file binary.
constexpr std::size_t binary_probe_bytes = 8000;

// C0 controls and DEL carry nothing an article needs; U+FFFE and U+FFFF are not characters
// and XML cannot carry them.
bool is_dropped_control(char32_t cp) {
  return (cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\r') || cp == 0x7F || cp == 0xFFFE ||
         cp == 0xFFFF;
}

// UTF-16 after its byte-order mark (Windows "Unicode" text), as UTF-8; the byte offset of the
// first unit that is no character (a lone surrogate, an odd last byte) when there is one.
std::optional<std::size_t> utf16_to_utf8(std::string_view units, bool little_endian, std::string& out) {
  const auto unit = [&](std::size_t at) -> char32_t {
    const auto a = static_cast<unsigned char>(units[at]), b = static_cast<unsigned char>(units[at + 1]);
    return little_endian ? static_cast<char32_t>(a | (b << 8)) : static_cast<char32_t>((a << 8) | b);
  };
  out.reserve(units.size());
  for (std::size_t i = 0; i < units.size(); i += 2) {
    if (i + 1 >= units.size()) return i;
    char32_t c = unit(i);
    if (c >= 0xDC00 && c <= 0xDFFF) return i;
    if (c >= 0xD800 && c <= 0xDBFF) {
      if (i + 3 >= units.size()) return i;
      const char32_t low = unit(i + 2);
      if (low < 0xDC00 || low > 0xDFFF) return i;
      c = 0x10000 + ((c - 0xD800) << 10) + (low - 0xDC00);
      i += 2;
    }
    rdf::append_utf8(out, c);
  }
  return std::nullopt;
}

}  // namespace

DecodedText decode_article_bytes(std::string_view bytes, Encoding encoding) {
  DecodedText out;
  // UTF-16 with its byte-order mark: read as the text it is (offsets below are then of its
  // UTF-8 form). A NUL-bearing file without a mark is still binary.
  const bool utf16_le = bytes.substr(0, 2) == std::string_view("\xFF\xFE", 2);
  const bool utf16_be = bytes.substr(0, 2) == std::string_view("\xFE\xFF", 2);
  if (utf16_le || utf16_be) {
    std::string utf8;
    if (const auto bad = utf16_to_utf8(bytes.substr(2), utf16_le, utf8)) {
      out.status = Status::failure_at(StatusCode::bad_text,
                                      "invalid UTF-16 at byte offset " + std::to_string(*bad + 2), *bad + 2);
      return out;
    }
    return decode_article_bytes(utf8, Encoding::utf8);
  }
  const auto nul = bytes.substr(0, binary_probe_bytes).find('\0');
  if (nul != std::string_view::npos) {
    out.status = Status::failure_at(StatusCode::unreadable,
                                    "binary content (NUL byte at byte offset " +
                                        std::to_string(nul) + ")",
                                    nul);
    return out;
  }
  std::size_t i = 0;
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") i = 3;
  std::size_t dropped = 0, first_dropped = 0, recoded = 0, first_recoded = 0;
  out.text.reserve(bytes.size());
  while (i < bytes.size()) {
    char32_t cp = 0;
    std::size_t n = rdf::decode_utf8(bytes, i, cp);
    if (n == 0) {
      if (encoding == Encoding::utf8) {
        out.status = Status::failure_at(StatusCode::bad_text,
                                        "invalid UTF-8 at byte offset " + std::to_string(i), i);
        return out;
      }
      if (recoded++ == 0) first_recoded = i;
      cp = windows1252_to_unicode(static_cast<unsigned char>(bytes[i]));
      n = 1;
    }
    const std::size_t at = i;
    i += n;
    if (cp == '\r') {
      if (i < bytes.size() && bytes[i] == '\n') ++i;
      cp = '\n';
    } else if (cp == 0xA0 || cp == 0x202F || cp == 0x2007) {
      cp = ' ';
    } else if (is_dropped_control(cp) || cp == 0xFEFF) {
      if (cp != 0xFEFF && dropped++ == 0) first_dropped = at;
      continue;
    }
    out.text.push_back(cp);
  }
  if (recoded > 0) {
    out.warnings.push_back("bytes that are not UTF-8 decoded as Windows-1252 (first at byte offset " +
                           std::to_string(first_recoded) + ", " + std::to_string(recoded) +
                           " in all)");
  }
  if (dropped > 0) {
    out.warnings.push_back("dropped " + std::to_string(dropped) +
                           " control character(s), the first at byte offset " +
                           std::to_string(first_dropped));
  }
  return out;
}

}  // namespace parley::parsers
