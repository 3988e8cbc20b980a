#include "parsers/text/name_lexicon.hpp"

#include "gazetteer/lexicon.hpp"
#include "parsers/page/config.hpp"

namespace parley::parsers::lexicon {

const gazetteer::WordList& words(std::string_view list) { return gazetteer::Lexicon::active().list(list); }

namespace {

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
  return words("titles").has(w, "role", "head");
}

bool is_title_word(std::u32string_view w) { return is_title_head(w) || words("titles").contains(w); }

bool is_honorific(std::u32string_view w) { return words("honorifics").contains(without_period(w)); }

bool is_role_noun(std::u32string_view w) { return words("role-nouns").contains(w); }

bool is_reporting_verb(std::u32string_view w) { return words("reporting-verbs").has(w, "name_cue"); }

bool is_verb_adverb(std::u32string_view w) { return words("verb-adverbs").contains(w); }

bool is_locative_preposition(std::u32string_view w) { return words("locative-prepositions").contains(w); }

bool is_name_particle(std::u32string_view w) { return words("name-particles").contains(w); }

bool has_arabic_article_prefix(std::u32string_view w) {
  for (const auto* row : words("arabic-article-prefixes").rows_with("starts_name")) {
    const std::u32string_view prefix = row->word;
    if (w.size() > prefix.size() && w.substr(0, prefix.size()) == prefix) {
      return is_upper(w[prefix.size()]);  // "al-Hakim", "al-Ṭāhir"
    }
  }
  return false;
}

bool is_organization_head(std::u32string_view w) { return words("organization-nouns").has(w, "use", "head"); }

bool is_lowercase_organization_head(std::u32string_view w) {
  return words("organization-nouns").has(w, "use", "after-name");
}

bool is_ministry_modifier(std::u32string_view w) { return words("ministry-modifiers").contains(w); }

bool is_organization_role_noun(std::u32string_view w) { return words("organization-nouns").has(w, "use", "role"); }

bool is_area_descriptor(std::u32string_view w) { return words("place-nouns").has(w, "area"); }

bool is_place_head(std::u32string_view w) { return capitalized(w) && words("place-nouns").has(w, "head"); }

bool is_lowercase_place_head(std::u32string_view w) { return words("place-nouns").has(w, "after_name"); }

bool is_settlement_noun(std::u32string_view w) { return words("place-nouns").has(w, "settlement"); }

bool is_determiner(std::u32string_view w) { return words("determiners").has(w, "name_cue"); }

bool is_function_word(std::u32string_view w) { return words("sentence-starters").contains(w); }

bool is_meeting_noun(std::u32string_view w) { return words("meeting-words").has(w, "names_meeting"); }

bool is_calendar_word(std::u32string_view w) {
  const auto word = without_period(w);
  return words("months").contains(word) || words("weekdays").has(word, "form", "name");
}

}  // namespace parley::parsers::lexicon
