#include "resolve/mention_typing.hpp"

#include <array>
#include <cwctype>
#include <algorithm>
#include <cctype>
#include <optional>
#include <set>
#include <unordered_map>

#include "knowledge/lexicon.hpp"
#include "knowledge/sorted_words.hpp"
#include "resolve/entity_labels.hpp"
#include "resolve/gazetteer_lookup.hpp"

namespace parley::resolve {

namespace {

// The lexicon lists this file reads (ontology/lexicon/<name>.tsv).
constexpr const auto& lex_group_adjectives = knowledge::lists::group_adjectives;
constexpr const auto& lex_state_forms = knowledge::lists::state_forms;
constexpr const auto& lex_compass_points = knowledge::lists::compass_points;
constexpr const auto& lex_organization_nouns = knowledge::lists::organization_nouns;
constexpr const auto& lex_document_nouns = knowledge::lists::document_nouns;
constexpr const auto& lex_name_openers = knowledge::lists::name_openers;
constexpr const auto& lex_named_things = knowledge::lists::named_things;
constexpr const auto& lex_ordinals = knowledge::lists::ordinals;
constexpr const auto& lex_meeting_words = knowledge::lists::meeting_words;
constexpr const auto& lex_role_nouns = knowledge::lists::role_nouns;
constexpr const auto& lex_titles = knowledge::lists::titles;
constexpr const auto& lex_name_particles = knowledge::lists::name_particles;
constexpr const auto& lex_country_combining_forms = knowledge::lists::country_combining_forms;

using knowledge::EntryKind;
using model::EntityKind;
using model::MentionCandidate;

constexpr std::size_t none = no_country;

// Adjectives of religion, peoples and politics, and page words: capitalized, but not names of persons.
bool is_group_adjective(std::string_view w) { return (*lex_group_adjectives).contains(knowledge::to_utf32(w)); }

class MentionTyping {
 public:
  MentionTyping(const model::Article& article, const knowledge::Gazetteer& g, NamePartsCache& names)
      : article_(article), g_(g), names_(names) {}

  TypedMentions run(const std::vector<MentionCandidate>& candidates) {
    note_context(candidates);
    for (const auto& c : candidates) {
      // A headline's name counts when a gazetteer knows it: title case makes a name of anything.
      if (c.has(model::cue_headline)) {
        if (!classify_gazetteer(c)) classify_city(c);
        continue;
      }
      if (!split_after_country(c) && !split_country_then_person(c) && !split_place_of_country(c)) classify(c);
    }
    for (const auto& c : pending_) classify_pending(*c);
    return std::move(out_);
  }

 private:
  const std::vector<std::string>& parts_of(const std::string& text) { return names_.parts_of(text); }
  std::optional<knowledge::Entry> find(std::string_view surface, EntryKind kind) const { return find_entry(g_, surface, kind); }
  std::optional<std::size_t> country_of(std::string_view surface) const { return resolve::country_of(g_, surface); }

  // "member of the Political Bureau of the Communist Party of China Yang Jiechi": an
  // organization named "of" a country, and the person whose title it is, printed as one run.
  // Classifies the two parts and says whether it did.
  bool split_after_country(const MentionCandidate& c) {
    if (!c.has(model::cue_org_head) || c.words.size() < 5) return false;
    std::size_t of = c.words.size();
    for (std::size_t k = 0; k + 1 < c.words.size(); ++k) {
      if (c.words[k] == "of") of = k;
    }
    if (of >= c.words.size()) return false;
    std::size_t country = of + 1;
    if (country < c.words.size() && c.words[country] == "the") ++country;
    if (country >= c.words.size()) return false;
    if (!find(c.words[country], EntryKind::country_name) || !names_a_person_after(c, country + 1)) return false;
    // The words are printed as in the text, with single spaces: the split falls after the
    // country's name.
    const std::string tail = " " + c.words[country + 1];
    const std::size_t at = c.text.find(c.words[country] + tail);
    if (at == std::string::npos) return false;
    auto [org, person] = split_in_two(c, country + 1, at + c.words[country].size());
    org.cues &= ~static_cast<std::uint32_t>(model::cue_reporting_verb | model::cue_possessive);
    person.cues = (c.cues & ~static_cast<std::uint32_t>(model::cue_org_head | model::cue_sentence_initial)) | model::cue_title;
    person.title = org.text;
    classify(org);
    classify(person);
    return true;
  }

  // Whether the words of c from `from` on can be a person's name: two or three words that no
  // gazetteer knows and no vocabulary of groups holds.
  bool names_a_person_after(const MentionCandidate& c, std::size_t from, std::size_t longest = 3) const {
    const std::size_t rest = c.words.size() - from;
    if (rest < 2 || rest > longest) return false;
    for (std::size_t k = from; k < c.words.size(); ++k) {
      if (!g_.lookup(c.words[k]).empty() || is_group_adjective(c.words[k])) return false;
    }
    // "... of China Central Committee": a name ending in an institution's noun is no person's.
    return !lex_organization_nouns->has(knowledge::to_utf32(c.words.back()), lex_organization_nouns.use, "head");
  }

  // How many code points UTF-8 text holds (its lead bytes): spans count code points.
  static std::size_t code_points(std::string_view text) {
    return static_cast<std::size_t>(
        std::count_if(text.begin(), text.end(), [](char ch) { return (static_cast<unsigned char>(ch) & 0xC0) != 0x80; }));
  }

  // c cut after its first `words` words, which its first `bytes` bytes print, and the space
  // after them: the two parts, with their spans; the caller sets their cues, then classifies.
  std::pair<MentionCandidate&, MentionCandidate&> split_in_two(const MentionCandidate& c, std::size_t words, std::size_t bytes) {
    const auto cut = c.words.begin() + static_cast<std::ptrdiff_t>(words);
    MentionCandidate& first = split_.emplace_back(c);
    first.text = c.text.substr(0, bytes);
    first.words.assign(c.words.begin(), cut);
    first.span.end = c.span.begin + code_points(first.text);
    MentionCandidate& second = split_.emplace_back(c);
    second.text = c.text.substr(bytes + 1);
    second.words.assign(cut, c.words.end());
    second.span.begin = first.span.end + 1;
    return {first, second};
  }

  // "the Tigray Region of Ethiopia", "the Kurdistan Region of Iraq": a named place, then the
  // country it lies in, printed as one run ("the Republic of Korea" is one name: no word before
  // its head).
  bool split_place_of_country(const MentionCandidate& c) {
    if (!c.has(model::cue_place_head) || c.words.size() < 4) return false;
    const std::size_t of = c.words.size() - 2;
    if (c.words[of] != "of" || !find(c.words.back(), EntryKind::country_name)) return false;
    const std::size_t at = c.text.rfind(" of ");
    if (at == std::string::npos || c.text.compare(at + 4, std::string::npos, c.words.back()) != 0) return false;
    auto [place, rest] = split_in_two(c, of, at);
    rest.text = c.words.back();
    rest.words = {c.words.back()};
    rest.span.begin = c.span.end - code_points(rest.text);
    rest.cues &= ~static_cast<std::uint32_t>(model::cue_place_head | model::cue_locative);
    classify(place);
    classify(rest);
    return true;
  }

  // "special envoy to Syria Alexander Lavrentiev", "the UN envoy for Syria Geir Pedersen",
  // "President of Kazakhstan Nursultan Nazarbayev": the country a role or a title is of, then
  // the person who holds it, printed as one run.
  bool split_country_then_person(const MentionCandidate& c) {
    if (!c.has(model::cue_role_to_before) || c.words.size() < 3 || c.words.size() > 7) return false;
    // "President of the Republic of | Korea": the title may end in a state's formal name.
    std::string formal;
    if (const std::size_t the = c.title.rfind("the "); the != std::string::npos && c.title.size() > 3 &&
                                                       c.title.compare(c.title.size() - 3, 3, " of") == 0) {
      formal = c.title.substr(the + 4) + " ";
    }
    // The longest run of first words that names a country ("South Sudan", "Syria").
    std::size_t country_words = 0;
    std::string country;
    for (std::size_t n = 1; n + 2 <= c.words.size() && n <= 3; ++n) {
      std::string words = c.words[0];
      for (std::size_t k = 1; k < n; ++k) words += " " + c.words[k];
      if (find(words, EntryKind::country_name) || (!formal.empty() && find(formal + words, EntryKind::country_name))) {
        country_words = n, country = words;
      }
    }
    // A name of four or five words has a particle: "Abdullatif bin Rashid Al Zayani".
    const std::size_t longest_name = std::any_of(c.words.begin(), c.words.end(), [](const std::string& w) {
                                       return lex_name_particles->contains(knowledge::to_utf32(w));
                                     }) ? 5 : 3;
    if (country_words == 0 && !c.title.empty()) return split_portfolio_then_person(c, longest_name);
    if (country_words == 0 || c.text.rfind(country + " ", 0) != 0 || !names_a_person_after(c, country_words, longest_name)) return false;
    auto [place, person] = split_in_two(c, country_words, country.size());
    place.cues &= ~static_cast<std::uint32_t>(model::cue_reporting_verb | model::cue_possessive | model::cue_role_to_before);
    person.cues = (c.cues & ~static_cast<std::uint32_t>(model::cue_sentence_initial | model::cue_role_to_before)) | model::cue_role_before;
    // "President of Kazakhstan": a title before "of" is the person's, with the country.
    if (!c.title.empty()) person.title = c.title + " " + country;
    place.title.clear();
    classify(place);
    classify(person);
    return true;
  }

  // "Minister for Public Enterprise Ben Micah": after a title and "of" or "for", the common
  // nouns of English are the portfolio, the words after them the person's name.
  bool split_portfolio_then_person(const MentionCandidate& c, std::size_t longest_name) {
    // The longest run of them that leaves a name of two words or more ("Ben" is a noun too).
    std::size_t portfolio = 0;
    while (portfolio + 2 < c.words.size() && is_common_noun(c.words[portfolio])) ++portfolio;
    if (portfolio == 0 || !names_a_person_after(c, portfolio, longest_name)) return false;
    std::string office = c.words[0];
    for (std::size_t k = 1; k < portfolio; ++k) office += " " + c.words[k];
    if (c.text.rfind(office + " ", 0) != 0) return false;
    auto [words, person] = split_in_two(c, portfolio, office.size());
    (void)words;  // the portfolio names no entity
    person.cues = (c.cues & ~static_cast<std::uint32_t>(model::cue_sentence_initial | model::cue_role_to_before)) | model::cue_title;
    person.title = c.title + " " + office;
    classify(person);
    return true;
  }


  void add_country(std::size_t index, std::string surface, model::TextSpan span, const MentionCandidate& c) {
    last_country_ = {index, span.end};
    mentions_.push_back({EntityKind::country, std::move(surface), span, index, {}, {}, &c, {}});
  }

  void add_named(EntityKind kind, std::string canonical, const MentionCandidate& c, std::string country = {}) {
    mentions_.push_back({kind, c.text, c.span, none, std::move(canonical), std::move(country), &c, {}});
  }

  // A capital, or a city the list of places names, is a city of the GeoNames gazetteer too: its
  // feature, for owl:sameAs; "" for a place that is no city there (the Kremlin, a sea).
  std::string geonames_of(const std::string& name, const std::string& iso2) const {
    if (iso2.empty()) return {};
    for (std::size_t i : g_.lookup_cities(name)) {
      if (g_.cities()[i].country_iso2 == iso2) return g_.cities()[i].geonames;
    }
    return {};
  }

  bool classify_gazetteer(const MentionCandidate& c) {
    if (auto i = country_of(c.text)) {
      add_country(*i, c.text, c.span, c);
      return true;
    }
    if (auto e = find(c.text, EntryKind::capital)) {
      const auto& country = g_.countries()[e->index];
      // "Lebanese officials met in Tripoli": a city of that name in a country the article names
      // is meant, not another country's capital the article never names.
      if (!article_countries_.count(country.iso2)) {
        for (std::size_t i : g_.lookup_cities(c.text)) {
          if (article_countries_.count(g_.cities()[i].country_iso2) && classify_city(c)) return true;
        }
      }
      if (c.has(model::cue_locative) || c.has(model::cue_meeting_noun_after) || c.has(model::cue_listed_after_place) ||
          c.has(model::cue_venue_verb)) {
        add_named(EntityKind::place, country.capitals.front(), c, country.iso2);
        mentions_.back().geonames = geonames_of(country.capitals.front(), country.iso2);
      } else {
        add_country(e->index, c.text, c.span, c);  // "Washington accused Tehran": the government
      }
      return true;
    }
    if (auto e = find(c.text, EntryKind::organization)) {
      add_named(EntityKind::organization, g_.organizations()[e->index].name, c);
      return true;
    }
    if (auto e = find(c.text, EntryKind::place)) {
      const auto& place = g_.places()[e->index];
      // "Shannon said", "Logan Smith": a word that names a river is a person's name here.
      if (place.needs_context && (person_words_.count(strip_possessive(c.text)) ||
                                  (c.has(model::cue_reporting_verb) && !c.has(model::cue_locative)))) {
        return false;
      }
      // "The White House said", "the Kremlin announced": the institution that sits there.
      if (c.has(model::cue_reporting_verb) && !c.has(model::cue_locative) && !c.has(model::cue_venue_verb)) {
        add_named(EntityKind::organization, place.name, c);
        return true;
      }
      add_named(EntityKind::place, place.name, c, place.country_iso2);
      mentions_.back().geonames = geonames_of(place.name, place.country_iso2);
      return true;
    }
    return false;
  }

  // What a city name needs to be read as one: the countries the article names, and the words of
  // the persons' names it gives in full ("Lincoln" after "Abraham Lincoln" is no city).
  void note_context(const std::vector<MentionCandidate>& candidates) {
    for (const auto& c : candidates) {
      if (auto i = country_of(c.text)) article_countries_.insert(g_.countries()[*i].iso2);
      // Every word of a longer name may be a person's: cheap, and a city the article names on
      // its own is seldom also a word of another name in it.
      if (c.words.size() >= 2 && !c.has(model::cue_headline)) {
        for (const auto& w : c.words) person_words_.insert(strip_possessive(w));
      }
    }
  }

  // The city a candidate names, when the gazetteer of cities has it and the context allows: a
  // place cue ("in X", a dateline) or a city of 100,000+ people, not a word of a person's name,
  // not the subject of a saying. Of several cities of the name, one in a country the article
  // names, else the most populous.
  std::optional<std::size_t> city_of(const MentionCandidate& c) const {
    const std::string surface = strip_possessive(c.text);
    if (person_words_.count(surface) || is_group_adjective(c.words.front())) return std::nullopt;
    const bool placed = c.has(model::cue_locative) || c.has(model::cue_listed_after_place) || c.has(model::cue_venue_verb);
    if (c.has(model::cue_reporting_verb) && !placed) return std::nullopt;
    std::optional<std::size_t> best;
    bool best_in_article = false;
    for (std::size_t i : g_.lookup_cities(surface)) {
      const auto& city = g_.cities()[i];
      const bool in_article = article_countries_.count(city.country_iso2) != 0;
      if (!best || (in_article && !best_in_article) ||
          (in_article == best_in_article && city.population > g_.cities()[*best].population)) {
        best = i;
        best_in_article = in_article;
      }
    }
    if (!best) return std::nullopt;
    if (!placed && g_.cities()[*best].population < 100000) return std::nullopt;
    return best;
  }

  bool classify_city(const MentionCandidate& c) {
    const auto i = city_of(c);
    if (!i) return false;
    const auto& city = g_.cities()[*i];
    add_named(EntityKind::place, city.name, c, city.country_iso2);
    mentions_.back().geonames = city.geonames;
    return true;
  }

  // "Thirty-Ninth", "39th": an ordinal before a name.
  static bool is_ordinal_word(const std::string& word) {
    std::string w = word.substr(word.rfind('-') == std::string::npos ? 0 : word.rfind('-') + 1);
    for (auto& ch : w) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    if (lex_ordinals->contains(knowledge::to_utf32(w))) return true;
    std::size_t digits = 0;
    while (digits < w.size() && std::isdigit(static_cast<unsigned char>(w[digits]))) ++digits;
    const std::string rest = w.substr(digits);
    return digits > 0 && (rest == "st" || rest == "nd" || rest == "rd" || rest == "th");
  }

  // "Summit", "Leaders", "Foreign Ministers": the meeting or the people of an organization named
  // before.
  static bool is_meeting_or_members_word(const std::string& word) {
    std::u32string w = knowledge::to_utf32(word);
    if (lex_titles->contains(w)) return true;
    if (w.size() > 3 && w.back() == U's' && lex_titles->has(std::u32string_view(w).substr(0, w.size() - 1), lex_titles.role, "head")) return true;
    if (!w.empty() && w.front() >= U'A' && w.front() <= U'Z') w.front() = static_cast<char32_t>(w.front() - U'A' + U'a');
    if (lex_meeting_words->has(w, lex_meeting_words.names_meeting)) return true;
    const std::u32string_view singular = w.size() > 3 && w.back() == U's' ? std::u32string_view(w).substr(0, w.size() - 1) : w;
    return lex_role_nouns->contains(w) || lex_role_nouns->contains(singular);
  }

  // "the ASEAN Summit", "the 39th Pacific Islands Forum Leaders", "the Thirty-Ninth Pacific
  // Islands Forum": an organization the gazetteer knows, with an ordinal before it or its
  // meeting or members after it, printed as one run of capitalized words.
  bool classify_organization_within(const MentionCandidate& c) {
    if (c.words.size() < 2) return false;
    std::size_t first = 0, last = c.words.size();
    while (first < last && is_ordinal_word(c.words[first])) ++first;
    while (last > first && is_meeting_or_members_word(c.words[last - 1])) --last;
    if (first == last || (first == 0 && last == c.words.size())) return false;
    // Where the words stand in the candidate's text.
    std::vector<std::size_t> at;
    std::size_t from = 0;
    for (const auto& w : c.words) {
      const std::size_t p = c.text.find(w, from);
      if (p == std::string::npos) return false;
      at.push_back(p);
      from = p + w.size();
    }
    const std::size_t begin = at[first], end = at[last - 1] + c.words[last - 1].size();
    const std::string name = c.text.substr(begin, end - begin);
    const auto e = find(name, EntryKind::organization);
    if (!e) return false;
    const std::size_t cp_begin = c.span.begin + knowledge::to_utf32(std::string_view(c.text).substr(0, begin)).size();
    const model::TextSpan span{cp_begin, cp_begin + knowledge::to_utf32(name).size()};
    mentions_.push_back({EntityKind::organization, name, span, none, g_.organizations()[e->index].name, {}, &c, {}});
    return true;
  }

  // "Iran-US", "Iranian-Iraqi-American", "Sino-US", "EU-China": every part a country, a
  // country's combining form (country-combining-forms.tsv) or an international organization,
  // one at least a country.
  bool classify_compound(const MentionCandidate& c) {
    if (c.text.find('-') == std::string::npos || c.words.size() != 1) return false;
    struct Part {
      std::optional<std::size_t> country;
      std::optional<knowledge::Entry> organization;
      std::string text;
    };
    std::vector<Part> parts;
    bool any_country = false;
    std::size_t start = 0;
    while (start <= c.text.size()) {
      std::size_t end = c.text.find('-', start);
      if (end == std::string::npos) end = c.text.size();
      Part part{{}, {}, c.text.substr(start, end - start)};
      part.country = country_of(part.text);
      if (!part.country) {
        const std::string_view name = lex_country_combining_forms->value(knowledge::to_utf32(part.text), lex_country_combining_forms.country);
        if (!name.empty()) part.country = country_of(name);
      }
      if (!part.country) part.organization = find(part.text, EntryKind::organization);
      if (!part.country && !part.organization) return false;
      any_country = any_country || part.country.has_value();
      parts.push_back(std::move(part));
      start = end + 1;
    }
    if (!any_country) return false;
    for (const auto& part : parts) {
      if (part.country) {
        add_country(*part.country, part.text, c.span, c);
      } else {
        mentions_.push_back({EntityKind::organization, part.text, c.span, none, g_.organizations()[part.organization->index].name, {}, &c, {}});
      }
    }
    return true;
  }

  // A country or demonym leading a longer name: "Iranian Foreign Ministry", "US Ambassador".
  void add_leading_country(const MentionCandidate& c) {
    if (c.words.size() < 2) return;
    const std::string first = strip_possessive(c.words.front());
    if (auto i = country_of(first)) {
      add_country(*i, first, {c.span.begin, c.span.begin + first.size()}, c);
    }
  }

  // The finder marks head nouns: "... Embassy", "Ministry of ...", "US embassy", "... Zone".
  bool is_organization_shaped(const MentionCandidate& c) const { return c.has(model::cue_org_head); }
  bool is_place_shaped(const MentionCandidate& c) const { return c.has(model::cue_place_head); }

  // A common noun of English (WordNet's, knowledge/sorted_words.hpp), its plural too: "Studios".
  static bool is_common_noun(const std::string& word) {
    std::string lower;
    for (char ch : word) {
      if (static_cast<unsigned char>(ch) >= 0x80) return false;  // the list is ASCII
      lower += static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    }
    const auto& nouns = knowledge::common_nouns();
    if (nouns.contains(lower)) return true;
    return lower.size() > 3 && lower.back() == 's' && nouns.contains(std::string_view(lower).substr(0, lower.size() - 1));
  }

  // "the Cold War", "Ramadan", "the Geneva Convention": a war, a feast, a treaty; no one.
  static bool names_a_thing(const MentionCandidate& c) {
    return lex_named_things->contains(knowledge::to_utf32(strip_possessive(c.text)));
  }

  bool is_person_cued(const MentionCandidate& c) const {
    return c.has(model::cue_title) || c.has(model::cue_honorific) || c.has(model::cue_role_before) ||
           c.has(model::cue_apposition_role) || c.has(model::cue_leader_government);
  }

  // "von", "da", "bin" in lower case: particles of a name (name-particles.tsv), which count
  // for none of its words ("Ursula von der Leyen" is a name of two, "Luiz Inacio Lula da Silva" of four).
  static bool is_lower_particle(const std::string& w) {
    return !w.empty() && std::islower(static_cast<unsigned char>(w.front())) && lex_name_particles->contains(knowledge::to_utf32(w));
  }
  static std::size_t name_words(const MentionCandidate& c) {
    return static_cast<std::size_t>(std::count_if(c.words.begin(), c.words.end(), [](const std::string& w) { return !is_lower_particle(w); }));
  }

  // Two to four capitalized words none of which the gazetteer or the vocabulary of groups knows.
  bool is_name_shaped(const MentionCandidate& c) const {
    if (name_words(c) < 2 || name_words(c) > 4) return false;
    for (const auto& w : c.words) {
      if (w == "." || w.size() == 1 || is_lower_particle(w)) continue;
      if (is_group_adjective(w) || !g_.lookup(w).empty()) return false;
    }
    return true;
  }

  // "in the Islamic world", "in the North African country", "between the two Central Asian
  // countries": a group's adjective first, or a people's last, is no place's name ("the Palais des
  // Nations" is).
  static bool names_a_region_adjective(const MentionCandidate& c) {
    return is_group_adjective(c.words.front()) ||
           lex_group_adjectives->has(knowledge::to_utf32(c.words.back()), lex_group_adjectives.kind, "people");
  }

  bool has_article_prefix(const MentionCandidate& c) const {
    for (const auto& w : c.words) {
      if (w.size() > 3 && (w.rfind("al-", 0) == 0 || w.rfind("Al-", 0) == 0 || w.rfind("el-", 0) == 0)) return true;
    }
    return false;
  }

  // "Intergovernmental Authority on Development": a gazetteer name with lower-case words that
  // the article prints from this candidate on; the candidates it covers are part of it.
  bool classify_linked_name(const MentionCandidate& c) {
    if (c.words.empty()) return false;
    const auto* names = g_.names_starting_with(c.words.front());
    if (!names) return false;
    const std::u32string_view text = std::u32string_view(article_.text).substr(c.span.begin);
    for (const auto& [printed, entry] : *names) {
      const std::u32string name = knowledge::to_utf32(printed);
      if (name.size() <= c.span.end - c.span.begin || text.size() < name.size()) continue;
      bool same = true;
      for (std::size_t i = 0; i < name.size() && same; ++i) {
        const char32_t a = text[i], b = name[i];
        same = a == b || ((a == U'\u2019' || a == U'\'') && (b == U'\u2019' || b == U'\''));
      }
      if (!same || (name.size() < text.size() && is_name_char(text[name.size()]))) continue;
      const model::TextSpan span{c.span.begin, c.span.begin + name.size()};
      if (entry.kind == EntryKind::country_name) {
        add_country(entry.index, printed, span, c);  // "Saint Vincent and the Grenadines"
      } else if (entry.kind == EntryKind::organization) {
        mentions_.push_back({EntityKind::organization, printed, span, none, g_.organizations()[entry.index].name, {}, &c, {}});
      } else {
        const auto& place = g_.places()[entry.index];
        mentions_.push_back({EntityKind::place, printed, span, none, place.name, place.country_iso2, &c, {}});
      }
      covered_until_ = span.end;
      return true;
    }
    return false;
  }

  static bool is_name_char(char32_t ch) { return (ch >= U'a' && ch <= U'z') || (ch >= U'A' && ch <= U'Z') || ch > 0x7F; }

  static bool names_a_meeting(const std::string& word) {
    std::u32string lower = knowledge::to_utf32(word);
    if (lower.empty() || lower.front() < U'A' || lower.front() > U'Z') return false;
    lower.front() = lower.front() - U'A' + U'a';
    return lex_meeting_words->has(lower, lex_meeting_words.names_meeting);
  }

  // "Saudi Arabia hosted the talks. The Kingdom said", "the Islamic Republic": words of a state's
  // formal name alone (state-forms.tsv) are the country named last before them, or no one.
  bool classify_state_form(const MentionCandidate& c) {
    // The last word the noun of a state form ("the Kingdom", "the Islamic Republic"; not "Islamic"
    // or "Federal" alone), and not "the Union", "the Federation": heads of organizations' names too.
    const std::u32string last = knowledge::to_utf32(c.words.back());
    if (!lex_state_forms->has(last, lex_state_forms.noun) || lex_organization_nouns->has(last, lex_organization_nouns.use, "head") ||
        !std::all_of(c.words.begin(), c.words.end(), [](const std::string& w) { return lex_state_forms->contains(knowledge::to_utf32(w)); })) {
      return false;
    }
    // The country typed last, when it stands before (candidates come in text order).
    if (last_country_.first != none && last_country_.second <= c.span.begin) add_country(last_country_.first, c.text, c.span, c);
    return true;
  }

  void classify(const MentionCandidate& c) {
    if (c.span.begin < covered_until_) return;  // inside a name found from an earlier candidate
    // "the Paris agreement", "the Astana process", "the Normandy format": a city, a capital or a
    // region before a document's noun names the document, no place and no government. A
    // country's own name stays one ("the Iran deal" is Iran's).
    if (followed_by_document_noun(c) && !is_person_cued(c) && !find(c.text, EntryKind::country_name)) return;
    if (classify_linked_name(c)) return;
    // "the Development Party (AKP)", and "AKP" after it: the acronym the article gives a name is
    // that name's, whatever else a gazetteer calls by it (a news agency).
    if (c.words.size() == 1) {
      if (const std::string* canonical = organization_of_acronym(c.text)) {
        add_named(EntityKind::organization, *canonical, c);
        return;
      }
    }
    if (classify_gazetteer(c) || classify_compound(c) || classify_organization_within(c)) return;
    // "Minsk Protocol", "Normandy Format": an agreement or a plan, not an actor or a place.
    if (c.words.size() >= 2 && lex_document_nouns->contains(knowledge::to_utf32(c.words.back()))) return;
    if (classify_state_form(c)) return;
    // "the Nuclear Security Summit", "the Munich Security Conference": a meeting's name, no place
    // and no one (the meeting nouns of meeting-words.tsv, capitalized as names print them).
    if (c.words.size() >= 2 && names_a_meeting(c.words.back())) return;
    // "the South and East China Seas", "ties with the West": a compass point alone is no place's name.
    if (c.words.size() == 1 && lex_compass_points->contains(knowledge::to_utf32(c.words.front()))) return;
    // "New Yorkers", "Londoners": the people of a place the gazetteers know are no one's name.
    if (names_a_places_people(c)) return;
    // "Mount Cook", "Lake Taupo": a place; "Hurricane Sandy", "Operation Desert Storm": no one.
    if (c.words.size() >= 2) {
      // The first word as the text has it (no conversion for every candidate).
      const std::u32string_view printed = std::u32string_view(article_.text).substr(c.span.begin, c.span.end - c.span.begin);
      const std::string_view opener = lex_name_openers->value(printed.substr(0, printed.find(U' ')), lex_name_openers.kind);
      if (opener == "place") {
        add_named(EntityKind::place, c.text, c);
        return;
      }
      if (opener == "thing") return;
    }
    // "TERMS REJECTED": a crosshead in capitals, not a name (names in capitals are one word,
    // "TEHRAN", or a gazetteer's, "UNITED NATIONS").
    if (c.words.size() >= 2 && std::all_of(c.words.begin(), c.words.end(), [](const std::string& w) {
          return std::none_of(w.begin(), w.end(), [](char ch) { return std::islower(static_cast<unsigned char>(ch)); });
        })) {
      return;
    }
    // Before the shapes of titles and persons' names: "capital Nur Sultan", "in Port Sudan".
    if (!is_person_cued(c) && classify_city(c)) return;
    if (c.has(model::cue_title_phrase)) {
      add_leading_country(c);  // "US Ambassador", "Iranian FM": a country, and no one's name
      return;
    }
    // "the talks were held at the Foreign Ministry", "met at the Chancellery": an institution
    // named as a meeting's venue is the place it sits (a gazetteer's organization, "at the
    // United Nations", stays one).
    if (c.has(model::cue_meeting_venue) && !c.has(model::cue_possessive) && !is_person_cued(c) &&
        (is_organization_shaped(c) || c.words.size() == 1)) {
      add_named(EntityKind::place, c.text, c);
      return;
    }
    if (is_organization_shaped(c)) {
      add_leading_country(c);
      add_named(EntityKind::organization, organization_label(c.text), c);
      return;
    }
    if (c.has(model::cue_org_role_before) && !c.has(model::cue_locative)) {
      add_named(EntityKind::organization, organization_label(c.text), c);  // "state broadcaster EBC"
      return;
    }
    if (is_place_shaped(c)) {
      std::string name = c.text;
      if (c.has(model::cue_area_descriptor)) name = name.substr(0, name.rfind(' '));  // "X region" is X
      add_named(EntityKind::place, name, c);
      return;
    }
    if (is_person_cued(c) && !is_group_adjective(c.words.front())) {
      if (!names_a_thing(c)) persons_.push_back(&c);
      return;
    }
    add_leading_country(c);
    // "in Sinak", "at the Palais des Nations"; not "at al-Hakim's home". One word no gazetteer
    // knows waits until every person is known: "from Obama interview", "in the Carter
    // administration" are of the persons the article names (classify_pending).
    if (c.has(model::cue_locative) && !c.has(model::cue_possessive) && !has_article_prefix(c) &&
        !c.has(model::cue_sentence_initial) && c.words.size() <= 4 && !names_a_region_adjective(c)) {
      if (c.words.size() == 1) {
        pending_.push_back(&c);
      } else {
        add_named(EntityKind::place, c.text, c);
      }
      return;
    }
    // "on Election Meddling, Putin Denial" in a headline's title case: words of the language,
    // which the article writes in lower case too ("election meddling"), not a person's name.
    // "Universal Studios", "Air Force": ending in a common noun of English, no name by its shape.
    if ((is_name_shaped(c) && !c.has(model::cue_sentence_initial) && !c.has(model::cue_common_last_word) &&
         !is_common_noun(c.words.back()) && !names_a_thing(c) && may_name_a_person(c)) ||
        (has_article_prefix(c) && c.words.size() >= 2 && !names_a_thing(c))) {
      persons_.push_back(&c);
      return;
    }
    // "Melania Trump", "Nelson Mandela": a given name (given-names.txt) before a word or two no
    // gazetteer knows is a person's name, whatever the last word means in English.
    if (starts_with_given_name(c)) {
      persons_.push_back(&c);
      return;
    }
    pending_.push_back(&c);  // decided once all full names are known
  }

  // Whether the word right after c is a document noun of document-nouns.tsv in lower case
  // ("agreement", "accords"): the list holds them capitalized, as names print them.
  bool followed_by_document_noun(const MentionCandidate& c) const {
    const std::u32string& text = article_.text;
    std::size_t at = c.span.end;
    if (at >= text.size() || text[at] != U' ') return false;
    ++at;
    // The word capitalized in a buffer of its own: document nouns are short words, so a longer
    // one is not read to its end.
    std::array<char32_t, 16> word{};
    std::size_t end = at;
    while (end < text.size() && end - at <= word.size() && text[end] >= U'a' && text[end] <= U'z') ++end;
    if (end == at || end - at > word.size()) return false;
    if (end < text.size() && ((text[end] >= U'A' && text[end] <= U'Z') || (text[end] >= U'0' && text[end] <= U'9'))) return false;
    std::copy(text.begin() + static_cast<std::ptrdiff_t>(at), text.begin() + static_cast<std::ptrdiff_t>(end), word.begin());
    word[0] = static_cast<char32_t>(word[0] - U'a' + U'A');
    return lex_document_nouns->contains(std::u32string_view(word.data(), end - at));
  }

  static bool has_digit(const MentionCandidate& c) {
    return std::any_of(c.text.begin(), c.text.end(), [](char ch) { return ch >= '0' && ch <= '9'; });
  }

  // "New Yorkers", "New Zealanders", "Londoners": a place's name the gazetteers know, and "ers".
  bool names_a_places_people(const MentionCandidate& c) const {
    const std::string& last = c.words.back();
    if (last.size() < 5 || last.compare(last.size() - 3, 3, "ers") != 0) return false;
    const std::string place = c.text.substr(0, c.text.size() - 3);
    if (country_of(place)) return true;
    for (const auto& e : g_.lookup(place)) {
      if (e.kind == EntryKind::capital || e.kind == EntryKind::place) return true;
    }
    return !g_.lookup_cities(place).empty();
  }

  // Whether the words may be a person's name by their shape: not "West Side", "West Mercia" (a
  // compass point first makes a region's or a body's name; the gazetteers name "South Sudan"
  // before persons are looked for), not "Page A1", "Progress MS-04" (no name has a digit).
  static bool may_name_a_person(const MentionCandidate& c) {
    return !has_digit(c) && !(c.words.size() >= 2 && lex_compass_points->contains(knowledge::to_utf32(c.words.front()))) &&
           !ends_in_acronym(c) && !names_a_doctrine(c);
  }

  // "Roman Catholicism", "Zionism", "Marxism-Leninism": a doctrine's name ends in "-ism", which
  // no person's does.
  static bool names_a_doctrine(const MentionCandidate& c) {
    const std::string& last = c.words.back();
    return last.size() > 5 && last.compare(last.size() - 3, 3, "ism") == 0;
  }

  // "Heartbeat RPC", "Oculus VR", "Arduino LLC": a name of several words ending in capitals is a
  // product's or a company's; a roman numeral ends a person's ("Elizabeth II").
  static bool ends_in_acronym(const MentionCandidate& c) {
    if (c.words.size() < 2) return false;
    const std::string& last = c.words.back();
    if (last.size() < 2 || !std::all_of(last.begin(), last.end(), [](char ch) { return ch >= 'A' && ch <= 'Z'; })) return false;
    return !std::all_of(last.begin(), last.end(), [](char ch) { return ch == 'I' || ch == 'V' || ch == 'X' || ch == 'L' || ch == 'C'; });
  }

  bool starts_with_given_name(const MentionCandidate& c) {
    const std::size_t words = name_words(c);
    if (words < 2 || words > 3 || c.has(model::cue_common_last_word) || c.has(model::cue_locative) || names_a_thing(c) ||
        !may_name_a_person(c)) {
      return false;
    }
    for (const auto& w : c.words) {
      if (is_lower_particle(w)) continue;
      if (w.size() < 2 || is_group_adjective(w) || !g_.lookup(w).empty()) return false;
    }
    const auto& parts = parts_of(c.text);
    return parts.size() == words && knowledge::given_names().contains(parts.front());
  }

  // The distinct names of the persons found so far, by the keys of their last and (names of
  // several parts) first parts: a name is compared only with those it may be part of, so an
  // article of many mentions costs as many lookups, not mentions times names.
  void index_new_persons() {
    for (; persons_indexed_ < persons_.size(); ++persons_indexed_) {
      const auto* p = persons_[persons_indexed_];
      if (!indexed_person_texts_.insert(p->text).second) continue;
      const auto& parts = parts_of(p->text);
      if (parts.empty()) continue;
      const std::size_t id = person_names_.size();
      person_names_.push_back(&parts);
      names_by_last_part_[name_part_key(parts.back())].push_back(id);
      if (parts.size() > 1) names_by_first_part_[name_part_key(parts.front())].push_back(id);
    }
  }

  // Whether parts end the name of a person found, or are the first part of one of several.
  bool part_of_a_person_found(const std::vector<std::string>& parts) {
    if (parts.empty()) return false;
    if (persons_.size() < name_scan_limit) {
      for (const auto* p : persons_) {
        const auto& full = parts_of(p->text);
        if (is_name_suffix(parts, full) || (parts.size() == 1 && full.size() > 1 && same_name_part(parts.front(), full.front()))) {
          return true;
        }
      }
      return false;
    }
    index_new_persons();
    if (auto it = names_by_last_part_.find(name_part_key(parts.back())); it != names_by_last_part_.end()) {
      for (std::size_t id : it->second) {
        if (is_name_suffix(parts, *person_names_[id])) return true;
      }
    }
    if (parts.size() != 1) return false;
    if (auto it = names_by_first_part_.find(name_part_key(parts.front())); it != names_by_first_part_.end()) {
      for (std::size_t id : it->second) {
        if (same_name_part(parts.front(), person_names_[id]->front())) return true;
      }
    }
    return false;
  }

  // The organization whose acronym this is, named first in the article: looked up, not scanned.
  const std::string* organization_of_acronym(const std::string& text) {
    if (mentions_.size() < name_scan_limit) {
      for (const auto& m : mentions_) {
        if (m.kind == EntityKind::organization && m.candidate && m.candidate->acronym == text) return &m.canonical;
      }
      return nullptr;
    }
    for (; mentions_indexed_ < mentions_.size(); ++mentions_indexed_) {
      const auto& m = mentions_[mentions_indexed_];
      if (m.kind == EntityKind::organization && m.candidate && !m.candidate->acronym.empty()) {
        acronyms_.emplace(m.candidate->acronym, m.canonical);
      }
    }
    auto it = acronyms_.find(text);
    return it == acronyms_.end() ? nullptr : &it->second;
  }

  bool after_the(const MentionCandidate& c) const {
    const std::u32string_view text = article_.text;
    const std::size_t at = c.span.begin;
    return at >= 4 && (text.substr(at - 4, 4) == U"the " || text.substr(at - 4, 4) == U"The ") &&
           (at == 4 || !std::iswalpha(static_cast<wint_t>(text[at - 5])));
  }

  void classify_pending(const MentionCandidate& c) {
    // A surname or partial form of a person the article names in full.
    if (part_of_a_person_found(parts_of(c.text))) {
      persons_.push_back(&c);
      return;
    }
    // "(IRNA)" given after a name, or an acronym of an organization named in full.
    if (const std::string* canonical = organization_of_acronym(c.text)) {
      add_named(EntityKind::organization, *canonical, c);
      return;
    }
    // "in Sinak"; not "in Hell", "at Building 7", "on Photos": one common noun of English alone
    // no gazetteer knows is no place's name.
    if (c.has(model::cue_locative) && !c.has(model::cue_sentence_initial) && c.words.size() <= 4 &&
        !names_a_region_adjective(c) && !(c.words.size() == 1 && is_common_noun(c.words.front()))) {
      add_named(EntityKind::place, c.text, c);
      return;
    }
    // "The MEA said", "the Lok Sabha approved": no one is named after "the"; a body is.
    if (c.has(model::cue_reporting_verb) && after_the(c) && !names_a_thing(c)) {
      add_named(EntityKind::organization, c.text, c);
      return;
    }
    // "Analysts said", "Officials say": a common noun of English (or its plural) that opens the
    // sentence alone is no one's name, unless it is a given name ("Grace said").
    if (c.has(model::cue_reporting_verb) && c.has(model::cue_sentence_initial) && c.words.size() == 1 &&
        is_common_noun(c.words.front()) && !knowledge::given_names().contains(c.words.front())) {
      return;
    }
    // "Novak said", also at the start of a sentence: the finder has already dropped
    // sentence-initial words the article also writes in lower case.
    if (c.has(model::cue_reporting_verb) && !is_group_adjective(c.words.front()) && name_words(c) <= 4) {
      if (!names_a_thing(c) && may_name_a_person(c)) persons_.push_back(&c);
      return;
    }
    if (c.has(model::cue_reporting_verb) && has_article_prefix(c) && !names_a_thing(c)) persons_.push_back(&c);
  }


  const model::Article& article_;
  const knowledge::Gazetteer& g_;
  NamePartsCache& names_;
  TypedMentions out_;
  std::vector<TypedMention>& mentions_ = out_.mentions;
  std::vector<const MentionCandidate*>& persons_ = out_.persons;
  std::deque<MentionCandidate>& split_ = out_.split;
  std::set<std::string> article_countries_;
  std::size_t covered_until_ = 0;
  std::set<std::string> person_words_;
  // Indexes of persons_ and mentions_, brought up to date as they grow (classify_pending).
  std::size_t persons_indexed_ = 0;
  std::set<std::string> indexed_person_texts_;
  std::vector<const std::vector<std::string>*> person_names_;  // into names_ (its entries stay put)
  std::unordered_map<std::string, std::vector<std::size_t>> names_by_last_part_, names_by_first_part_;
  std::size_t mentions_indexed_ = 0;
  std::unordered_map<std::string, std::string> acronyms_;
  std::vector<const MentionCandidate*> pending_;
  std::pair<std::size_t, std::size_t> last_country_{none, 0};  // the country typed last: its index and where its mention ends
};

}  // namespace

TypedMentions type_mentions(const model::Article& article, const std::vector<MentionCandidate>& candidates,
                            const knowledge::Gazetteer& gazetteer, NamePartsCache& names) {
  return MentionTyping(article, gazetteer, names).run(candidates);
}

}  // namespace parley::resolve
