#include "resolve/entity_resolver.hpp"

#include "knowledge/lexicon.hpp"

#include <algorithm>
#include <deque>
#include <map>
#include <optional>
#include <set>
#include <unordered_map>

#include "model/identity.hpp"
#include "rdf/iri_key.hpp"
#include "knowledge/sorted_words.hpp"
#include "resolve/name_matching.hpp"

namespace parley::resolve {

namespace {

// The lexicon lists this file reads (ontology/lexicon/<name>.tsv).
constexpr const auto& lex_group_adjectives = knowledge::lists::group_adjectives;
constexpr const auto& lex_patronymic_endings = knowledge::lists::patronymic_endings;
constexpr const auto& lex_title_case_minor_words = knowledge::lists::title_case_minor_words;
constexpr const auto& lex_document_nouns = knowledge::lists::document_nouns;
constexpr const auto& lex_named_things = knowledge::lists::named_things;
constexpr const auto& lex_ordinals = knowledge::lists::ordinals;
constexpr const auto& lex_meeting_words = knowledge::lists::meeting_words;
constexpr const auto& lex_role_nouns = knowledge::lists::role_nouns;
constexpr const auto& lex_titles = knowledge::lists::titles;
constexpr const auto& lex_arabic_article_prefixes = knowledge::lists::arabic_article_prefixes;
constexpr const auto& lex_name_particles = knowledge::lists::name_particles;
constexpr const auto& lex_country_combining_forms = knowledge::lists::country_combining_forms;


using knowledge::EntryKind;
using model::EntityKind;
using model::MentionCandidate;

constexpr std::size_t none = static_cast<std::size_t>(-1);

// Adjectives of religion, peoples and politics, and page words: capitalized, but not names of persons.
bool is_group_adjective(std::string_view w) { return (*lex_group_adjectives).contains(knowledge::to_utf32(w)); }

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

struct Mention {
  EntityKind kind;
  std::string surface;
  model::TextSpan span;
  std::size_t country = none;  // countries: index into the gazetteer
  std::string canonical;       // organizations and places: the name to label and key them by
  std::string place_country;   // places: iso2
  const MentionCandidate* candidate = nullptr;
  std::string geonames;        // cities: the GeoNames feature
};

class EntityResolver {
 public:
  EntityResolver(model::Article& article, const knowledge::Gazetteer& g) : article_(article), g_(g) {}

  // name_parts of a text, computed once per distinct text: the clustering compares every
  // name with every other, and folding (utf8proc) is what costs.
  const std::vector<std::string>& parts_of(const std::string& text) {
    auto it = cached_parts_.find(text);
    if (it == cached_parts_.end()) it = cached_parts_.emplace(text, name_parts(text)).first;
    return it->second;
  }

  void run(const std::vector<MentionCandidate>& candidates) {
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
    build_countries();
    build_named(EntityKind::organization);
    build_named(EntityKind::place);
    build_persons();
    std::sort(article_.entities.begin(), article_.entities.end(),
              [](const model::Entity& a, const model::Entity& b) { return a.key < b.key; });
  }

 private:
  // --- typing ---------------------------------------------------------------------------

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
    return true;
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

  std::optional<knowledge::Entry> find(std::string_view surface, EntryKind kind) const {
    for (const auto& e : g_.lookup(surface)) {
      if (e.kind == kind) return e;
    }
    return std::nullopt;
  }

  std::optional<std::size_t> country_of(std::string_view surface) const {
    if (auto e = find(surface, EntryKind::country_name)) return e->index;
    // "Dominican" is of Dominica and of the Dominican Republic: news means the larger, the one
    // whose capital has the more people (GeoNames).
    // Asked of every candidate: the capitals are looked up only where two countries share it.
    std::optional<std::size_t> best;
    long best_people = -1;
    for (const auto& e : g_.lookup(surface)) {
      if (e.kind != EntryKind::demonym) continue;
      if (!best) {
        best = e.index;
        continue;
      }
      if (best_people < 0) best_people = capital_population(g_.countries()[*best]);
      const long people = capital_population(g_.countries()[e.index]);
      if (people > best_people) best = e.index, best_people = people;
    }
    return best;
  }

  long capital_population(const knowledge::Country& country) const {
    if (country.capitals.empty()) return 0;
    for (std::size_t i : g_.lookup_cities(country.capitals.front())) {
      if (g_.cities()[i].country_iso2 == country.iso2) return g_.cities()[i].population;
    }
    return 0;
  }

  void add_country(std::size_t index, std::string surface, model::TextSpan span, const MentionCandidate& c) {
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
      if (c.has(model::cue_locative) || c.has(model::cue_meeting_noun_after)) {
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
      if (c.has(model::cue_reporting_verb) && !c.has(model::cue_locative)) {
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
    if (c.has(model::cue_reporting_verb) && !c.has(model::cue_locative)) return std::nullopt;
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
    if (!c.has(model::cue_locative) && g_.cities()[*best].population < 100000) return std::nullopt;
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
           c.has(model::cue_apposition_role);
  }

  // Two or three capitalized words none of which the gazetteer or the vocabulary of groups knows.
  bool is_name_shaped(const MentionCandidate& c) const {
    if (c.words.size() < 2 || c.words.size() > 4) return false;
    for (const auto& w : c.words) {
      if (w == "." || w.size() == 1) continue;
      if (is_group_adjective(w) || !g_.lookup(w).empty()) return false;
    }
    return true;
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

  void classify(const MentionCandidate& c) {
    if (c.span.begin < covered_until_) return;  // inside a name found from an earlier candidate
    if (classify_linked_name(c)) return;
    if (classify_gazetteer(c) || classify_compound(c) || classify_organization_within(c)) return;
    // "Minsk Protocol", "Normandy Format": an agreement or a plan, not an actor or a place.
    if (c.words.size() >= 2 && lex_document_nouns->contains(knowledge::to_utf32(c.words.back()))) return;
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
    // "in Sinak", "at the Palais des Nations"; not "at al-Hakim's home".
    if (c.has(model::cue_locative) && !c.has(model::cue_possessive) && !has_article_prefix(c) &&
        !c.has(model::cue_sentence_initial) && c.words.size() <= 4 && !is_group_adjective(c.words.front())) {
      add_named(EntityKind::place, c.text, c);
      return;
    }
    // "on Election Meddling, Putin Denial" in a headline's title case: words of the language,
    // which the article writes in lower case too ("election meddling"), not a person's name.
    // "Universal Studios", "Air Force": ending in a common noun of English, no name by its shape.
    if ((is_name_shaped(c) && !c.has(model::cue_sentence_initial) && !c.has(model::cue_common_last_word) &&
         !is_common_noun(c.words.back()) && !names_a_thing(c)) ||
        (has_article_prefix(c) && c.words.size() >= 2)) {
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

  bool starts_with_given_name(const MentionCandidate& c) {
    if (c.words.size() < 2 || c.words.size() > 3 || c.has(model::cue_common_last_word) || c.has(model::cue_locative) ||
        names_a_thing(c)) {
      return false;
    }
    for (const auto& w : c.words) {
      if (w.size() < 2 || is_group_adjective(w) || !g_.lookup(w).empty()) return false;
    }
    const auto& parts = parts_of(c.text);
    return parts.size() == c.words.size() && knowledge::given_names().contains(parts.front());
  }

  // Below this many persons or mentions, a scan costs less than building an index: most
  // articles. Above it, lookups keep a long article's cost linear.
  static constexpr std::size_t scan_limit = 256;

  // A part's key: what same_name_part needs equal ("rami" and "rame": "r" and "rm").
  static std::string part_key(const std::string& part) {
    return part.empty() ? part : part.front() + consonant_skeleton(part);
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
      names_by_last_part_[part_key(parts.back())].push_back(id);
      if (parts.size() > 1) names_by_first_part_[part_key(parts.front())].push_back(id);
    }
  }

  // Whether parts end the name of a person found, or are the first part of one of several.
  bool part_of_a_person_found(const std::vector<std::string>& parts) {
    if (parts.empty()) return false;
    if (persons_.size() < scan_limit) {
      for (const auto* p : persons_) {
        const auto& full = parts_of(p->text);
        if (is_name_suffix(parts, full) || (parts.size() == 1 && full.size() > 1 && same_name_part(parts.front(), full.front()))) {
          return true;
        }
      }
      return false;
    }
    index_new_persons();
    if (auto it = names_by_last_part_.find(part_key(parts.back())); it != names_by_last_part_.end()) {
      for (std::size_t id : it->second) {
        if (is_name_suffix(parts, *person_names_[id])) return true;
      }
    }
    if (parts.size() != 1) return false;
    if (auto it = names_by_first_part_.find(part_key(parts.front())); it != names_by_first_part_.end()) {
      for (std::size_t id : it->second) {
        if (same_name_part(parts.front(), person_names_[id]->front())) return true;
      }
    }
    return false;
  }

  // The organization whose acronym this is, named first in the article: looked up, not scanned.
  const std::string* organization_of_acronym(const std::string& text) {
    if (mentions_.size() < scan_limit) {
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
    if (c.has(model::cue_locative) && !c.has(model::cue_sentence_initial) && c.words.size() <= 4 &&
        !is_group_adjective(c.words.front())) {
      add_named(EntityKind::place, c.text, c);
      return;
    }
    // "Novak said", also at the start of a sentence: the finder has already dropped
    // sentence-initial words the article also writes in lower case.
    if (c.has(model::cue_reporting_verb) && !is_group_adjective(c.words.front()) && c.words.size() <= 4) {
      if (!names_a_thing(c)) persons_.push_back(&c);
      return;
    }
    if (c.has(model::cue_reporting_verb) && has_article_prefix(c)) persons_.push_back(&c);
  }

  // --- building entities ----------------------------------------------------------------

  model::Entity& entity_for(const std::string& key, EntityKind kind, const std::string& label) {
    auto it = index_.find(key);
    if (it != index_.end()) return article_.entities[it->second];
    index_[key] = article_.entities.size();
    model::Entity e;
    e.kind = kind;
    e.key = key;
    e.label = label;
    article_.entities.push_back(std::move(e));
    return article_.entities.back();
  }

  static void add_alt_label(model::Entity& e, const std::string& form) {
    if (form.empty() || form == e.label) return;
    if (std::find(e.alt_labels.begin(), e.alt_labels.end(), form) == e.alt_labels.end()) {
      e.alt_labels.push_back(form);
      std::sort(e.alt_labels.begin(), e.alt_labels.end());
    }
  }

  std::string country_entity(std::size_t index) {
    const auto& c = g_.countries()[index];
    std::string iso = c.iso2;
    for (auto& ch : iso) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    auto& e = entity_for(model::country_key(iso), EntityKind::country, c.name);
    e.wikidata = c.wikidata;
    e.geonames = c.geonames;
    return e.key;
  }

  void build_countries() {
    for (const auto& m : mentions_) {
      if (m.kind != EntityKind::country) continue;
      auto& e = article_.entities[index_.at(country_entity(m.country))];
      add_alt_label(e, m.surface);
      e.mentions.push_back(m.span);
    }
  }

  void build_named(EntityKind kind) {
    // Spelling variants of one unknown place join ("Baghad" and "Baghdad").
    std::vector<Mention*> ms;
    for (auto& m : mentions_) {
      if (m.kind == kind) ms.push_back(&m);
    }
    for (auto* m : ms) {
      for (auto* other : ms) {
        if (other == m) break;
        if (same_full_name(parts_of(m->canonical), parts_of(other->canonical))) {
          m->canonical = other->canonical;
          break;
        }
      }
      // The country first: adding it may move the entities, and with them any reference.
      std::string contained_in;
      if (!m->place_country.empty()) {
        for (std::size_t i = 0; i < g_.countries().size(); ++i) {
          if (g_.countries()[i].iso2 == m->place_country) contained_in = country_entity(i);
        }
      }
      const std::string key = kind == EntityKind::organization ? model::organization_key(m->canonical)
                                                                : model::place_key(m->canonical);
      auto& e = entity_for(key, kind, m->canonical);
      add_alt_label(e, m->surface);
      if (m->candidate && !m->candidate->acronym.empty()) add_alt_label(e, m->candidate->acronym);
      e.mentions.push_back(m->span);
      if (!contained_in.empty()) e.contained_in = contained_in;
      if (!m->geonames.empty()) e.geonames = m->geonames;
    }
  }

  // The country or organization a title names: "US Embassy spokesman" -> US Embassy,
  // "Iranian ambassador to Iraq" -> Iran, "Al Jazeera's Iraq correspondent" -> Al Jazeera.
  std::string affiliation_of(const std::string& title) {
    std::vector<std::string> words;
    std::size_t start = 0;
    while (start < title.size()) {
      std::size_t end = title.find(' ', start);
      if (end == std::string::npos) end = title.size();
      if (end > start) words.push_back(strip_possessive(title.substr(start, end - start)));
      start = end + 1;
    }
    // The words i to i + len, joined by spaces.
    const auto phrase_at = [&words](std::size_t i, std::size_t len) {
      std::string phrase;
      for (std::size_t k = i; k < i + len; ++k) phrase += (k > i ? " " : "") + words[k];
      return phrase;
    };
    for (std::size_t len = 4; len >= 1; --len) {
      for (std::size_t i = 0; i + len <= words.size(); ++i) {
        const std::string phrase = phrase_at(i, len);
        const std::string label = organization_label(phrase);
        if (index_.count(model::organization_key(label)) && len > 1) return model::organization_key(label);
        if (auto e = find(phrase, EntryKind::organization)) {
          const std::string name = g_.organizations()[e->index].name;
          return entity_for(model::organization_key(name), EntityKind::organization, name).key;
        }
      }
    }
    for (const auto& w : words) {
      if (auto i = country_of(w)) return country_entity(*i);
    }
    // "President of South Africa": a country of several words.
    for (std::size_t len = 4; len >= 2; --len) {
      for (std::size_t i = 0; i + len <= words.size(); ++i) {
        if (auto e = find(phrase_at(i, len), EntryKind::country_name)) return country_entity(e->index);
      }
    }
    return {};
  }

  void build_persons() {
    // Longest names first: they found the clusters that shorter forms join.
    std::vector<const MentionCandidate*> ordered = persons_;
    std::stable_sort(ordered.begin(), ordered.end(), [this](const auto* a, const auto* b) {
      return parts_of(a->text).size() > parts_of(b->text).size();
    });
    struct Cluster {
      std::vector<std::string> parts;
      std::string label;
      std::vector<const MentionCandidate*> members;
    };
    std::vector<Cluster> clusters;
    // Clusters by the keys of their last and (several parts) first parts: a name is compared
    // with the clusters it may join only.
    std::unordered_map<std::string, std::vector<std::size_t>> by_last_part, by_first_part;
    for (const auto* c : ordered) {
      const auto& parts = parts_of(c->text);
      if (parts.empty()) continue;
      std::vector<std::size_t> fits;
      if (ordered.size() < scan_limit) {
        for (std::size_t i = 0; i < clusters.size(); ++i) {
          const bool first_part = parts.size() == 1 && clusters[i].parts.size() > 1 &&
                                  same_name_part(parts.front(), clusters[i].parts.front());
          if (is_name_suffix(parts, clusters[i].parts) || first_part) fits.push_back(i);
        }
      } else if (auto it = by_last_part.find(part_key(parts.back())); it != by_last_part.end()) {
        for (std::size_t i : it->second) {
          if (is_name_suffix(parts, clusters[i].parts)) fits.push_back(i);
        }
      }
      // A single part joins by the family name, last ("Novak") or first ("Liu" of "Liu
      // Jianhong"), or by the given name that names a person in Malay ("Rosnah").
      if (auto it = parts.size() == 1 && ordered.size() >= scan_limit ? by_first_part.find(part_key(parts.front())) : by_first_part.end();
          it != by_first_part.end()) {
        for (std::size_t i : it->second) {
          if (same_name_part(parts.front(), clusters[i].parts.front())) fits.push_back(i);
        }
      }
      std::sort(fits.begin(), fits.end());
      fits.erase(std::unique(fits.begin(), fits.end()), fits.end());
      if (fits.size() > 1) {
        // A surname two people share names the one the article names most ("Khan" after
        // "Prime Minister Imran Khan" thrice and "Ambassador Asad Majeed Khan" once); a tie
        // stays unresolved.
        std::size_t most = fits.front(), ties = 0;
        for (std::size_t f : fits) {
          if (clusters[f].members.size() > clusters[most].members.size()) {
            most = f;
            ties = 0;
          } else if (f != most && clusters[f].members.size() == clusters[most].members.size()) {
            ++ties;
          }
        }
        if (ties == 0) fits.assign(1, most);
      }
      if (fits.size() == 1) {
        clusters[fits.front()].members.push_back(c);
      } else if (fits.empty()) {
        if (ordered.size() >= scan_limit) {
          by_last_part[part_key(parts.back())].push_back(clusters.size());
          if (parts.size() > 1) by_first_part[part_key(parts.front())].push_back(clusters.size());
        }
        clusters.push_back({parts, c->text, {c}});
      }
    }
    for (auto& cl : clusters) {
      // The fullest form printed first is the label.
      const MentionCandidate* best = cl.members.front();
      for (const auto* m : cl.members) {
        if (parts_of(m->text).size() == cl.parts.size() && m->span.begin < best->span.begin) best = m;
      }
      cl.label = without_middle_initials(person_label(best->text));
      const bool full = cl.parts.size() >= 2;
      const std::string key = model::person_key(cl.label);
      auto& e = entity_for(key, EntityKind::person, cl.label);
      e.article_scoped = !full;
      for (const auto* m : cl.members) {
        add_alt_label(e, m->text);
        e.mentions.push_back(m->span);
        if (e.job_title.empty() && !m->title.empty()) e.job_title = m->title;
      }
    }
    // Affiliations once every organization and country is known; affiliation_of may add the
    // organization a title names, so the titles are collected first.
    std::vector<std::pair<std::string, std::string>> titles;
    for (const auto& e : article_.entities) {
      if (e.kind == EntityKind::person && !e.job_title.empty()) titles.emplace_back(e.key, e.job_title);
    }
    for (const auto& [key, title] : titles) {
      const std::string affiliation = affiliation_of(title);
      article_.entities[index_.at(key)].affiliation = affiliation;
    }
  }

  std::unordered_map<std::string, std::vector<std::string>> cached_parts_;
  model::Article& article_;
  const knowledge::Gazetteer& g_;
  std::set<std::string> article_countries_;
  std::size_t covered_until_ = 0;
  std::set<std::string> person_words_;
  // Indexes of persons_ and mentions_, brought up to date as they grow (classify_pending).
  std::size_t persons_indexed_ = 0;
  std::set<std::string> indexed_person_texts_;
  std::vector<const std::vector<std::string>*> person_names_;  // into cached_parts_ (nodes stay put)
  std::unordered_map<std::string, std::vector<std::size_t>> names_by_last_part_, names_by_first_part_;
  std::size_t mentions_indexed_ = 0;
  std::unordered_map<std::string, std::string> acronyms_;
  std::vector<Mention> mentions_;
  std::vector<const MentionCandidate*> persons_;
  std::deque<MentionCandidate> split_;  // parts of candidates split in two; a deque keeps their addresses
  std::vector<const MentionCandidate*> pending_;
  std::map<std::string, std::size_t> index_;
};

}  // namespace

void resolve_entities(model::Article& article, const std::vector<model::MentionCandidate>& candidates,
                      const knowledge::Gazetteer& gazetteer) {
  article.entities.clear();
  EntityResolver(article, gazetteer).run(candidates);
}

}  // namespace parley::resolve
