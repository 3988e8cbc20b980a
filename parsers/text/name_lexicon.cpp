#include "parsers/text/name_lexicon.hpp"

#include <algorithm>
#include <utility>
#include <vector>

#include "knowledge/lexicon.hpp"
#include "knowledge/tsv.hpp"
#include "model/article.hpp"
#include "parsers/grammar_config.hpp"

namespace parley::parsers::lexicon {

namespace {

// The lexicon lists this file reads (ontology/lexicon/<name>.tsv).
constexpr const auto& lex_titles = knowledge::lists::titles;
constexpr const auto& lex_office_words = knowledge::lists::office_words;
constexpr const auto& lex_state_forms = knowledge::lists::state_forms;
constexpr const auto& lex_honorifics = knowledge::lists::honorifics;
constexpr const auto& lex_role_nouns = knowledge::lists::role_nouns;
constexpr const auto& lex_reporting_verbs = knowledge::lists::reporting_verbs;
constexpr const auto& lex_verb_adverbs = knowledge::lists::verb_adverbs;
constexpr const auto& lex_future_markers = knowledge::lists::future_markers;
constexpr const auto& lex_locative_prepositions = knowledge::lists::locative_prepositions;
constexpr const auto& lex_travel_words = knowledge::lists::travel_words;
constexpr const auto& lex_name_particles = knowledge::lists::name_particles;
constexpr const auto& lex_arabic_article_prefixes = knowledge::lists::arabic_article_prefixes;
constexpr const auto& lex_organization_nouns = knowledge::lists::organization_nouns;
constexpr const auto& lex_ministry_modifiers = knowledge::lists::ministry_modifiers;
constexpr const auto& lex_place_nouns = knowledge::lists::place_nouns;
constexpr const auto& lex_determiners = knowledge::lists::determiners;
constexpr const auto& lex_sentence_starters = knowledge::lists::sentence_starters;
constexpr const auto& lex_meeting_words = knowledge::lists::meeting_words;
constexpr const auto& lex_months = knowledge::lists::months;
constexpr const auto& lex_month_prepositions = knowledge::lists::month_prepositions;
constexpr const auto& lex_weekdays = knowledge::lists::weekdays;


std::u32string_view without_period(std::u32string_view w) {
  return !w.empty() && w.back() == U'.' ? w.substr(0, w.size() - 1) : w;
}

bool capitalized(std::u32string_view w) { return !w.empty() && is_upper(w.front()); }

}  // namespace

// "PRESIDENT", "FOREIGN": a word of three letters or more in capitals, as a lede or a
// crosshead prints a title, read as the lexicon writes it ("President").
std::u32string as_capitalized(std::u32string_view w) {
  std::u32string out(w);
  for (std::size_t i = 1; i < out.size(); ++i) out[i] = static_cast<char32_t>(unicode_encoding::tolower(out[i]));
  return out;
}

bool in_capitals(std::u32string_view w) {
  if (w.size() < 3) return false;
  for (char32_t c : w) {
    if (!is_upper(c)) return false;
  }
  return true;
}

bool is_title_head(std::u32string_view w) {
  // Plurals too: "the U.S. and Iranian Ambassadors Jana Novak and ..."
  if (w.size() > 3 && w.back() == U's' && w != U"Ambassadors-at-large" && is_title_head(w.substr(0, w.size() - 1))) {
    return true;
  }
  // "PRESIDENT" as "President"; "EAM" as listed, an abbreviation.
  if ((*lex_titles).has(w, lex_titles.role, "head")) return true;
  if (in_capitals(w) && (*lex_titles).has(as_capitalized(w), lex_titles.role, "head")) return true;
  // "Attorney-General", "Governor-General": a compound whose last part is a title head (capitalized).
  const std::size_t dash = w.rfind(U'-');
  return dash != std::u32string_view::npos && dash > 0 && dash + 2 < w.size() && w[dash + 1] >= U'A' && w[dash + 1] <= U'Z' &&
         (*lex_titles).has(w.substr(dash + 1), lex_titles.role, "head");
}

bool is_title_word(std::u32string_view w) {
  return is_title_head(w) || (*lex_titles).contains(w) || (in_capitals(w) && (*lex_titles).contains(as_capitalized(w)));
}

bool is_honorific(std::u32string_view w) { return (*lex_honorifics).contains(without_period(w)); }

char honorific_gender(std::u32string_view w) {
  const std::string_view gender = lex_honorifics->value(without_period(w), lex_honorifics.gender);
  return gender == "m" || gender == "f" ? gender.front() : 0;
}

bool is_office_word(std::u32string_view w) { return lex_office_words->contains(w); }

bool is_state_form(std::u32string_view w) { return lex_state_forms->contains(w); }

bool is_role_noun(std::u32string_view w) { return (*lex_role_nouns).contains(w); }

bool is_reporting_verb(std::u32string_view w) { return (*lex_reporting_verbs).has(w, lex_reporting_verbs.name_cue); }

bool is_verb_adverb(std::u32string_view w) { return lex_verb_adverbs->has(w, lex_verb_adverbs.after_name); }

bool is_passive_auxiliary(std::u32string_view w) { return lex_verb_adverbs->has(w, lex_verb_adverbs.passive); }

bool has_venue_as_subject(std::u32string_view verb) { return lex_reporting_verbs->has(verb, lex_reporting_verbs.venue_subject); }

bool has_person_as_passive_subject(std::u32string_view verb) {
  return lex_reporting_verbs->has(verb, lex_reporting_verbs.passive_subject);
}

bool is_locative_preposition(std::u32string_view w) { return (*lex_locative_prepositions).contains(w); }

bool is_travel_word(std::u32string_view w) { return lex_travel_words->contains(w); }

bool is_leader_government_noun(std::u32string_view w) { return knowledge::lists::leader_government_nouns->contains(w); }

bool future_marker_fits(std::u32string_view word, std::u32string_view next) {
  const std::string_view required = lex_future_markers->value(word, lex_future_markers.next);
  if (required.empty() || required == "-") return true;
  const std::string after = model::to_utf8(next);
  return knowledge::tsv::any_entry(required, [&](std::string_view entry) { return entry == after; });
}

bool is_quote_verb(std::u32string_view w) { return lex_reporting_verbs->has(w, lex_reporting_verbs.quote); }

bool is_name_particle(std::u32string_view w) { return (*lex_name_particles).contains(w); }

bool has_arabic_article_prefix(std::u32string_view w) {
  // Asked of every word: first whether the word has a prefix's last character where one would
  // end ("al-", "abu-": a hyphen third or fourth), from the list once per lexicon.
  using Ends = std::vector<std::pair<std::size_t, char32_t>>;  // (length, last character) of each prefix
  static const knowledge::PerLexicon<Ends> prefix_ends([](const knowledge::Lexicon& lexicon) {
    Ends at;
    const auto& list = lexicon.list(lex_arabic_article_prefixes.id());
    for (const auto* row : list.rows_with(lex_arabic_article_prefixes.starts_name)) {
      if (row->word.empty()) continue;
      const std::pair<std::size_t, char32_t> end{row->word.size(), row->word.back()};
      if (std::find(at.begin(), at.end(), end) == at.end()) at.push_back(end);
    }
    return at;
  });
  const Ends& ends = prefix_ends.get();
  bool possible = false;
  for (const auto& [length, last] : ends) possible = possible || (w.size() > length && w[length - 1] == last);
  if (!possible) return false;
  for (const auto* row : (*lex_arabic_article_prefixes).rows_with(lex_arabic_article_prefixes.starts_name)) {
    const std::u32string_view prefix = row->word;
    if (w.size() > prefix.size() && w.substr(0, prefix.size()) == prefix) {
      return is_upper(w[prefix.size()]);  // "al-Hakim", "al-Ṭāhir"
    }
  }
  return false;
}

bool is_organization_head(std::u32string_view w) { return (*lex_organization_nouns).has(w, lex_organization_nouns.use, "head"); }

bool is_lowercase_organization_head(std::u32string_view w) {
  return (*lex_organization_nouns).has(w, lex_organization_nouns.use, "after-name");
}

bool is_ministry_modifier(std::u32string_view w) { return (*lex_ministry_modifiers).contains(w); }

bool is_organization_role_noun(std::u32string_view w) { return (*lex_organization_nouns).has(w, lex_organization_nouns.use, "role"); }

bool is_outlet_noun_after_name(std::u32string_view w) { return (*lex_organization_nouns).has(w, lex_organization_nouns.use, "outlet-after"); }

bool is_area_descriptor(std::u32string_view w) { return (*lex_place_nouns).has(w, lex_place_nouns.area); }

bool is_place_head(std::u32string_view w) { return capitalized(w) && (*lex_place_nouns).has(w, lex_place_nouns.head); }

bool is_lowercase_place_head(std::u32string_view w) { return (*lex_place_nouns).has(w, lex_place_nouns.after_name); }

bool is_settlement_noun(std::u32string_view w) { return (*lex_place_nouns).has(w, lex_place_nouns.settlement); }

bool is_determiner(std::u32string_view w) { return (*lex_determiners).has(w, lex_determiners.name_cue); }

// "We’re", "I’m", "Don’t", "That’s": a contraction is no name. Its stem is a sentence starter
// ("That", "It") or its ending one of a verb's ("re", "ve", "ll", "m", "d", "t"); "Lavrov’s" and
// "O’Brien" stay names.
bool is_contraction(std::u32string_view w) {
  const std::size_t mark = w.find_first_of(U"'\u2019");
  if (mark == std::u32string_view::npos || mark == 0) return false;
  const std::u32string_view ending = w.substr(mark + 1);
  if (ending == U"s") return (*lex_sentence_starters).contains(w.substr(0, mark));
  return ending == U"re" || ending == U"ve" || ending == U"ll" || ending == U"m" || ending == U"d" || ending == U"t";
}

bool is_function_word(std::u32string_view w) { return (*lex_sentence_starters).contains(w) || is_contraction(w); }

bool is_meeting_noun(std::u32string_view w) { return (*lex_meeting_words).has(w, lex_meeting_words.names_meeting); }
bool reports_a_meeting(std::u32string_view w) { return (*lex_meeting_words).contains(w) && !(*lex_meeting_words).has(w, lex_meeting_words.party); }

bool is_calendar_word(std::u32string_view w) {
  const auto word = without_period(w);
  if ((*lex_months).contains(word) || (*lex_weekdays).has(word, lex_weekdays.form, "name")) return true;
  // Datelines print them in capitals: "TUESDAY 12 JUNE 2018".
  if (word.size() < 3 || !std::all_of(word.begin(), word.end(), [](char32_t c) { return is_upper(c); })) return false;
  std::u32string capitalized(word);
  for (std::size_t i = 1; i < capitalized.size(); ++i) {
    capitalized[i] = static_cast<char32_t>(unicode_encoding::tolower(static_cast<std::uint32_t>(capitalized[i])));
  }
  return (*lex_months).contains(capitalized) || (*lex_weekdays).has(capitalized, lex_weekdays.form, "name");
}

bool is_calendar_abbreviation(std::u32string_view w) {
  return (*lex_months).has(w, lex_months.form, "abbreviation") || (*lex_weekdays).has(w, lex_weekdays.form, "abbreviation");
}

bool is_month_name(std::u32string_view w) { return (*lex_months).has(w, lex_months.form, "name"); }

bool is_month_preposition(std::u32string_view w) { return (*lex_month_prepositions).contains(w); }

}  // namespace parley::parsers::lexicon
