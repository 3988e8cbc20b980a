#include "rdf/iri_key.hpp"

#include <algorithm>

#include <utf8proc.h>
#include <xxhash.h>

#include <cstdio>
#include <cstdlib>
#include <memory>

#include "rdf/text_check.hpp"

namespace parley::rdf {

// ASCII needs no Unicode tables: case folding is lower-casing and only letters and digits are
// letters or numbers, so the result is the one utf8proc gives, without its allocation and
// per-character lookups (keys are minted for every name of every article).
static std::string normalize_ascii_key(std::string_view name) {
  std::string key;
  key.reserve(name.size());
  bool pending_dash = false;
  for (const char c : name) {
    const bool lower = c >= 'a' && c <= 'z', upper = c >= 'A' && c <= 'Z', digit = c >= '0' && c <= '9';
    if (lower || upper || digit) {
      if (pending_dash && !key.empty()) key += '-';
      pending_dash = false;
      key += upper ? static_cast<char>(c - 'A' + 'a') : c;
    } else {
      pending_dash = true;
    }
  }
  return key.empty() ? std::string("x") : key;
}

std::string normalize_key(std::string_view name) {
  if (std::all_of(name.begin(), name.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; })) {
    return normalize_ascii_key(name);
  }
  utf8proc_uint8_t* folded = nullptr;
  const auto options = static_cast<utf8proc_option_t>(
      UTF8PROC_COMPOSE | UTF8PROC_COMPAT | UTF8PROC_CASEFOLD | UTF8PROC_STRIPMARK |
      UTF8PROC_IGNORE | UTF8PROC_STABLE);
  const auto len = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(name.data()),
                                static_cast<utf8proc_ssize_t>(name.size()), &folded, options);
  std::string key;
  if (len >= 0) {
    std::unique_ptr<utf8proc_uint8_t, decltype(&std::free)> owner(folded, &std::free);
    const std::string_view text(reinterpret_cast<const char*>(folded),
                                static_cast<std::size_t>(len));
    bool pending_dash = false;
    for (std::size_t i = 0; i < text.size();) {
      char32_t cp = 0;
      std::size_t n = decode_utf8(text, i, cp);
      if (n == 0) n = 1, cp = 0;
      const auto cat = utf8proc_category(static_cast<utf8proc_int32_t>(cp));
      const bool keep = cp != 0 && ((cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_LO) ||
                                    (cat >= UTF8PROC_CATEGORY_ND && cat <= UTF8PROC_CATEGORY_NO));
      if (keep) {
        if (pending_dash && !key.empty()) key += '-';
        pending_dash = false;
        key.append(text.substr(i, n));
      } else {
        pending_dash = true;
      }
      i += n;
    }
  }
  return key.empty() ? std::string("x") : key;
}

std::string content_hash_hex(std::string_view bytes) {
  const XXH64_hash_t h = XXH64(bytes.data(), bytes.size(), 0);
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h));
  return buf;
}

std::string escape_iri_path(std::string_view text) {
  static const char* hex = "0123456789ABCDEF";
  std::string out;
  for (std::size_t i = 0; i < text.size();) {
    char32_t cp = 0;
    const std::size_t n = decode_utf8(text, i, cp);
    const auto c = static_cast<unsigned char>(text[i]);
    const bool safe_ascii = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                            (c >= '0' && c <= '9') || std::string_view("-._~/!$&'()*+,;=:@").find(static_cast<char>(c)) != std::string_view::npos;
    if (n > 1 && !(cp >= 0x80 && cp <= 0x9F) && cp < 0xFFF0) {
      out.append(text.substr(i, n));
      i += n;
    } else if (n == 1 && safe_ascii) {
      out += static_cast<char>(c);
      ++i;
    } else {
      out += '%';
      out += hex[c >> 4];
      out += hex[c & 15];
      ++i;
    }
  }
  return out;
}

}  // namespace parley::rdf
