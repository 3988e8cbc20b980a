#include "resolve/name_matching.hpp"

#include "knowledge/lexicon.hpp"

#include <utf8proc.h>

#include <cstdlib>
#include <memory>

namespace parley::resolve {

namespace {

// The lexicon lists this file reads (ontology/lexicon/<name>.tsv).
constexpr const auto& lex_name_particles = knowledge::lists::name_particles;
constexpr const auto& lex_arabic_article_prefixes = knowledge::lists::arabic_article_prefixes;


// Lower-case, marks stripped, ASCII apostrophes: "Mālikī" -> "maliki".
std::string fold(std::string_view s) {
  utf8proc_uint8_t* out = nullptr;
  const auto len = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(s.data()),
                                static_cast<utf8proc_ssize_t>(s.size()), &out,
                                static_cast<utf8proc_option_t>(UTF8PROC_COMPOSE | UTF8PROC_COMPAT |
                                                               UTF8PROC_CASEFOLD | UTF8PROC_STRIPMARK));
  if (len < 0) return std::string(s);
  std::unique_ptr<utf8proc_uint8_t, decltype(&std::free)> owner(out, &std::free);
  return std::string(reinterpret_cast<const char*>(out), static_cast<std::size_t>(len));
}

// Particles and article prefixes are left out when names are compared: "Hakim" is "al-Hakim".
bool is_particle(std::string_view p) {
  const std::u32string word = knowledge::to_utf32(p);
  return (*lex_name_particles).has(word, lex_name_particles.dropped_from_key) ||
         (*lex_arabic_article_prefixes).contains(word + U"-");
}

}  // namespace

std::vector<std::string> name_parts(std::string_view name) {
  const std::string folded = fold(name);
  std::vector<std::string> parts;
  std::string current;
  auto flush = [&] {
    if (!current.empty() && !is_particle(current) && current.size() > 1) parts.push_back(current);
    current.clear();
  };
  for (std::size_t i = 0; i < folded.size(); ++i) {
    const char c = folded[i];
    if (c == ' ' || c == '-' || c == '.' || c == ',' || c == '\t') {
      flush();
    } else if (c == '\'' || (folded.compare(i, 3, "\xE2\x80\x99") == 0)) {
      if (c != '\'') i += 2;  // apostrophes inside names are dropped: "Shi'ite" -> "shiite"
    } else {
      current += c;
    }
  }
  flush();
  return parts;
}

std::string consonant_skeleton(std::string_view part) {
  std::string out;
  for (char c : part) {
    if (std::string_view("aeiouyw").find(c) != std::string_view::npos) continue;
    if (!out.empty() && out.back() == c) continue;
    out += c;
  }
  return out;
}

bool same_name_part(std::string_view a, std::string_view b) {
  if (a == b) return true;
  if (a.empty() || b.empty() || a.front() != b.front()) return false;
  const std::string sa = consonant_skeleton(a), sb = consonant_skeleton(b);
  return sa.size() >= 2 && sa == sb;
}

bool is_name_suffix(const std::vector<std::string>& short_parts,
                    const std::vector<std::string>& long_parts) {
  if (short_parts.empty() || short_parts.size() > long_parts.size()) return false;
  const std::size_t offset = long_parts.size() - short_parts.size();
  for (std::size_t i = 0; i < short_parts.size(); ++i) {
    if (!same_name_part(short_parts[i], long_parts[offset + i])) return false;
  }
  return true;
}

bool same_full_name(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  return a.size() == b.size() && is_name_suffix(a, b);
}

std::string name_part_key(const std::string& part) {
  return part.empty() ? part : part.front() + consonant_skeleton(part);
}

}  // namespace parley::resolve
