#include "resolve/entity_labels.hpp"

#include <algorithm>
#include <cctype>
#include <vector>

#include "knowledge/lexicon.hpp"
#include "model/article.hpp"

namespace parley::resolve {

namespace {

// The lexicon lists this file reads (ontology/lexicon/<name>.tsv).
constexpr const auto& lex_patronymic_endings = knowledge::lists::patronymic_endings;
constexpr const auto& lex_title_case_minor_words = knowledge::lists::title_case_minor_words;
constexpr const auto& lex_arabic_article_prefixes = knowledge::lists::arabic_article_prefixes;

// "al-Hakim", "Abu-Karim": the prefix keeps its hyphen (ontology/lexicon/arabic-article-prefixes.tsv).
bool keeps_hyphen(std::string word) {
  if (!word.empty()) word[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(word[0])));
  return (*lex_arabic_article_prefixes).has(knowledge::to_utf32(word + "-"), lex_arabic_article_prefixes.keeps_hyphen);
}

std::string undotted(std::string_view s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '.' && i > 0 && std::isupper(static_cast<unsigned char>(s[i - 1]))) continue;
    out += s[i];
  }
  return out;
}

}  // namespace

// "US embassy" -> "US Embassy", "U.S. Embassy" -> "US Embassy": one label for one organization.
// Title case, with the minor words in lower case after the first ("Federation of Trade Unions"),
// so that one organization has one label whichever case an article prints it in.
std::string organization_label(std::string_view surface) {
  const std::string printed = undotted(surface);
  std::string out;
  for (std::size_t start = 0; start < printed.size();) {
    std::size_t end = printed.find(' ', start);
    if (end == std::string::npos) end = printed.size();
    std::string word = printed.substr(start, end - start);
    std::string lower = word;
    for (auto& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (!out.empty() && lex_title_case_minor_words->contains(knowledge::to_utf32(lower))) {
      word = lower;
    } else if (!word.empty() && std::islower(static_cast<unsigned char>(word[0]))) {
      word[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(word[0])));
    }
    if (!out.empty()) out += ' ';
    out += word;
    start = end + 1;
  }
  return out;
}

// One spelling per key, so a person has one rdfs:label in every article: hyphens between name
// parts become spaces ("Ali Bou-Saada" -> "Ali Bou Saada"), an Arabic article inside a
// name is written "al-" ("Rami Al-Hakim" -> "Rami al-Hakim").
// "Jana K. Lind" is labelled "Jana Lind", as person_key keys it, so that the articles that give
// the initial and those that do not give one label; the printed form stays an altLabel.
std::string without_middle_initials(const std::string& label) {
  std::vector<std::string> words;
  std::size_t start = 0;
  while (start <= label.size()) {
    const std::size_t end = std::min(label.find(' ', start), label.size());
    if (end > start) words.push_back(label.substr(start, end - start));
    start = end + 1;
  }
  const auto is_initial = [](const std::string& w) {
    return (w.size() == 1 || (w.size() == 2 && w[1] == '.')) && std::isupper(static_cast<unsigned char>(w[0]));
  };
  // "Vladimir Vladimirovich Putin": a patronymic between the given and the family name.
  const auto is_patronymic = [&](const std::string& w) {
    if (&w == &words.front() || &w == &words.back()) return false;
    for (const auto& row : lex_patronymic_endings->rows()) {
      const std::string ending = model::to_utf8(row.word);
      if (w.size() > ending.size() + 2 && w.compare(w.size() - ending.size(), ending.size(), ending) == 0) return true;
    }
    return false;
  };
  const auto dropped = [&](const std::string& w) { return is_initial(w) || is_patronymic(w); };
  const auto initials = static_cast<std::size_t>(std::count_if(words.begin(), words.end(), dropped));
  if (initials == 0 || words.size() - initials < 2 || is_initial(words.front())) return label;
  std::string out;
  for (const auto& w : words) {
    if (dropped(w)) continue;
    if (!out.empty()) out += ' ';
    out += w;
  }
  return out;
}

std::string person_label(std::string_view printed) {
  std::string out;
  std::size_t word_start = 0;
  for (std::size_t i = 0; i < printed.size(); ++i) {
    const char c = printed[i];
    if (c == ' ') {
      if (!out.empty() && out.back() != ' ') out += ' ';
      word_start = out.size();
      continue;
    }
    if (c == '-' && i + 1 < printed.size() && std::isupper(static_cast<unsigned char>(printed[i + 1]))) {
      const std::string word = out.substr(word_start);
      const bool particle = keeps_hyphen(word);
      if (particle) {
        if (word_start > 0 && (word == "Al" || word == "El")) out[word_start] = static_cast<char>(std::tolower(out[word_start]));
        out += '-';
      } else {
        out += ' ';
        word_start = out.size();
      }
      continue;
    }
    out += c;
  }
  return out;
}

std::string strip_possessive(std::string s) {
  for (std::string_view suffix : {"'s", "\xE2\x80\x99s"}) {
    if (s.size() > suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0) {
      return s.substr(0, s.size() - suffix.size());
    }
  }
  return s;
}

}  // namespace parley::resolve
