#include "parsers/text/name_lexicon.hpp"

#include <algorithm>
#include <utility>
#include <vector>

#include "gazetteer/lexicon.hpp"
#include "parsers/page/config.hpp"

namespace parley::parsers::lexicon {

namespace {

// The lexicon lists this file reads (ontology/lexicon/<name>.tsv).
const gazetteer::ListRef lex_titles{"titles"};
const gazetteer::ListRef lex_office_words{"office-words"};
const gazetteer::ListRef lex_honorifics{"honorifics"};
const gazetteer::ListRef lex_role_nouns{"role-nouns"};
const gazetteer::ListRef lex_reporting_verbs{"reporting-verbs"};
const gazetteer::ListRef lex_verb_adverbs{"verb-adverbs"};
const gazetteer::ListRef lex_locative_prepositions{"locative-prepositions"};
const gazetteer::ListRef lex_travel_words{"travel-words"};
const gazetteer::ListRef lex_name_particles{"name-particles"};
const gazetteer::ListRef lex_arabic_article_prefixes{"arabic-article-prefixes"};
const gazetteer::ListRef lex_organization_nouns{"organization-nouns"};
const gazetteer::ListRef lex_ministry_modifiers{"ministry-modifiers"};
const gazetteer::ListRef lex_place_nouns{"place-nouns"};
const gazetteer::ListRef lex_determiners{"determiners"};
const gazetteer::ListRef lex_sentence_starters{"sentence-starters"};
const gazetteer::ListRef lex_meeting_words{"meeting-words"};
const gazetteer::ListRef lex_months{"months"};
const gazetteer::ListRef lex_weekdays{"weekdays"};


std::u32string_view without_period(std::u32string_view w) {
  return !w.empty() && w.back() == U'.' ? w.substr(0, w.size() - 1) : w;
}

bool capitalized(std::u32string_view w) { return !w.empty() && is_upper(w.front()); }

}  // namespace

bool is_title_head(std::u32string_view w) {
  // Plurals too: "the U.S. and Iranian Ambassadors Jana Novak and ..."
  if (w.size() > 3 && w.back() == U's' && w != U"Ambassadors-at-large" && is_title_head(w.substr(0, w.size() - 1))) {
    return true;
  }
  return (*lex_titles).has(w, "role", "head");
}

bool is_title_word(std::u32string_view w) { return is_title_head(w) || (*lex_titles).contains(w); }

bool is_honorific(std::u32string_view w) { return (*lex_honorifics).contains(without_period(w)); }

bool is_office_word(std::u32string_view w) { return lex_office_words->contains(w); }

bool is_role_noun(std::u32string_view w) { return (*lex_role_nouns).contains(w); }

bool is_reporting_verb(std::u32string_view w) { return (*lex_reporting_verbs).has(w, "name_cue"); }

bool is_verb_adverb(std::u32string_view w) { return lex_verb_adverbs->has(w, "after_name"); }

bool is_locative_preposition(std::u32string_view w) { return (*lex_locative_prepositions).contains(w); }

bool is_travel_word(std::u32string_view w) { return lex_travel_words->contains(w); }

bool is_quote_verb(std::u32string_view w) { return lex_reporting_verbs->has(w, "quote"); }

bool is_name_particle(std::u32string_view w) { return (*lex_name_particles).contains(w); }

bool has_arabic_article_prefix(std::u32string_view w) {
  // Asked of every word: first whether the word has a prefix's last character where one would
  // end ("al-", "abu-": a hyphen third or fourth), from the list once per installed lexicon.
  struct Ends {
    const gazetteer::WordList* list = nullptr;
    std::vector<std::pair<std::size_t, char32_t>> at;  // (length, last character) of each prefix
  };
  thread_local Ends ends;
  const gazetteer::WordList* list = &*lex_arabic_article_prefixes;
  if (ends.list != list) {
    ends = {list, {}};
    for (const auto* row : list->rows_with("starts_name")) {
      if (row->word.empty()) continue;
      const std::pair<std::size_t, char32_t> end{row->word.size(), row->word.back()};
      if (std::find(ends.at.begin(), ends.at.end(), end) == ends.at.end()) ends.at.push_back(end);
    }
  }
  bool possible = false;
  for (const auto& [length, last] : ends.at) possible = possible || (w.size() > length && w[length - 1] == last);
  if (!possible) return false;
  for (const auto* row : (*lex_arabic_article_prefixes).rows_with("starts_name")) {
    const std::u32string_view prefix = row->word;
    if (w.size() > prefix.size() && w.substr(0, prefix.size()) == prefix) {
      return is_upper(w[prefix.size()]);  // "al-Hakim", "al-Ṭāhir"
    }
  }
  return false;
}

bool is_organization_head(std::u32string_view w) { return (*lex_organization_nouns).has(w, "use", "head"); }

bool is_lowercase_organization_head(std::u32string_view w) {
  return (*lex_organization_nouns).has(w, "use", "after-name");
}

bool is_ministry_modifier(std::u32string_view w) { return (*lex_ministry_modifiers).contains(w); }

bool is_organization_role_noun(std::u32string_view w) { return (*lex_organization_nouns).has(w, "use", "role"); }

bool is_area_descriptor(std::u32string_view w) { return (*lex_place_nouns).has(w, "area"); }

bool is_place_head(std::u32string_view w) { return capitalized(w) && (*lex_place_nouns).has(w, "head"); }

bool is_lowercase_place_head(std::u32string_view w) { return (*lex_place_nouns).has(w, "after_name"); }

bool is_settlement_noun(std::u32string_view w) { return (*lex_place_nouns).has(w, "settlement"); }

bool is_determiner(std::u32string_view w) { return (*lex_determiners).has(w, "name_cue"); }

bool is_function_word(std::u32string_view w) { return (*lex_sentence_starters).contains(w); }

bool is_meeting_noun(std::u32string_view w) { return (*lex_meeting_words).has(w, "names_meeting"); }

bool is_calendar_word(std::u32string_view w) {
  const auto word = without_period(w);
  if ((*lex_months).contains(word) || (*lex_weekdays).has(word, "form", "name")) return true;
  // Datelines print them in capitals: "TUESDAY 12 JUNE 2018".
  if (word.size() < 3 || !std::all_of(word.begin(), word.end(), [](char32_t c) { return is_upper(c); })) return false;
  std::u32string capitalized(word);
  for (std::size_t i = 1; i < capitalized.size(); ++i) {
    capitalized[i] = static_cast<char32_t>(unicode_encoding::tolower(static_cast<std::uint32_t>(capitalized[i])));
  }
  return (*lex_months).contains(capitalized) || (*lex_weekdays).has(capitalized, "form", "name");
}

}  // namespace parley::parsers::lexicon
