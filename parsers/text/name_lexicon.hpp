#pragma once
// Closed word classes of English news grammar that cue names: titles, honorifics, role nouns,
// reporting verbs, locative prepositions, name particles, and the head nouns of organization
// and place names. General vocabulary, not names of anyone or anything: the words are the data
// of ontology/lexicon/ (knowledge/lexicon.hpp); these say which list and column each cue reads.
#include <string_view>

#include "knowledge/lexicon.hpp"

namespace parley::parsers::lexicon {

bool is_title_word(std::u32string_view word);        // "Minister", "Ambassador", "Deputy"
bool is_title_head(std::u32string_view word);        // a title word that ends a title: "Minister"
bool is_honorific(std::u32string_view word);         // "Dr", "Mr"
char honorific_gender(std::u32string_view word);     // 'm' for "Mr", 'f' for "Mrs", 0 for "Dr"
bool is_office_word(std::u32string_view word);       // "State" in "Secretary of State"
bool is_state_form(std::u32string_view word);        // "Republic" in "the Republic of Kazakhstan"
bool is_role_noun(std::u32string_view word);         // "spokesman", "counterpart" (lower case)
bool is_reporting_verb(std::u32string_view word);    // "said", "told"
bool is_verb_adverb(std::u32string_view word);       // "also", "has": may stand before the verb
bool is_passive_auxiliary(std::u32string_view word); // "was": a participle after it is passive
bool has_person_as_passive_subject(std::u32string_view verb);  // "told": "X was told" is a person
bool has_venue_as_subject(std::u32string_view verb);  // "hosted": "Geneva hosted the talks" is a place
bool is_locative_preposition(std::u32string_view word);  // "in", "from"
bool is_travel_word(std::u32string_view word);       // "visit", "flew": "to X" after it is a place
bool is_leader_government_noun(std::u32string_view word);  // "administration" in "the Biden administration"
bool future_marker_fits(std::u32string_view word, std::u32string_view next);  // "set" only before "to", "for"
bool is_quote_verb(std::u32string_view word);        // "said", "added": attributes a quotation
bool is_name_particle(std::u32string_view word);     // "bin", "van", "de"
bool has_arabic_article_prefix(std::u32string_view word);  // "al-Hakim"
bool is_organization_head(std::u32string_view word); // "Agency", "Embassy"
bool is_lowercase_organization_head(std::u32string_view word);  // "embassy" after a name
bool is_ministry_modifier(std::u32string_view word);     // "foreign" in "Swiss foreign ministry"
bool is_organization_role_noun(std::u32string_view word);  // "broadcaster" in "state broadcaster EBC"
bool is_outlet_noun_after_name(std::u32string_view word);  // "newspaper" in "the Fiji Sun newspaper"
bool is_area_descriptor(std::u32string_view word);       // "region": not part of the place's name
bool is_place_head(std::u32string_view word);        // "Zone", "Gulf"
bool is_lowercase_place_head(std::u32string_view word);         // "mosque" after a name
bool is_settlement_noun(std::u32string_view word);  // "city", "district": "the city of X"
bool is_determiner(std::u32string_view word);        // "the", "his"
bool is_function_word(std::u32string_view word);     // capitalized sentence starters: "The", "But"
bool is_calendar_word(std::u32string_view word);     // months and weekdays
bool is_calendar_abbreviation(std::u32string_view word);  // "Jun", "Sat", as printed (no period)
bool is_month_name(std::u32string_view word);        // "April", not "Apr" nor "Monday"
bool is_month_preposition(std::u32string_view word); // "in", "since": "in May" is a date
bool is_meeting_noun(std::u32string_view word);      // "talks", "meeting", "round", "visit"
bool reports_a_meeting(std::u32string_view word);    // a meeting's noun or verb: "talks", "met", "held"

}  // namespace parley::parsers::lexicon
