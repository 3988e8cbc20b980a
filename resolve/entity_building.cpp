#include "resolve/entity_building.hpp"

#include <algorithm>
#include <cctype>
#include <map>
#include <string>
#include <unordered_map>

#include "knowledge/lexicon.hpp"
#include "model/identity.hpp"
#include "resolve/entity_labels.hpp"
#include "resolve/gazetteer_lookup.hpp"
#include "resolve/group_meetings.hpp"

namespace parley::resolve {

namespace {

constexpr const auto& lex_organization_nouns = knowledge::lists::organization_nouns;

using knowledge::EntryKind;
using model::EntityKind;
using model::MentionCandidate;

class EntityBuilder {
 public:
  EntityBuilder(model::Article& article, const knowledge::Gazetteer& g, NamePartsCache& names)
      : article_(article), g_(g), names_(names) {}

  void run(std::vector<TypedMention>& mentions, const std::vector<PersonCluster>& persons) {
    build_countries(mentions);
    build_named(EntityKind::organization, mentions);
    build_named(EntityKind::place, mentions);
    build_persons(persons, mentions);
    std::sort(article_.entities.begin(), article_.entities.end(),
              [](const model::Entity& a, const model::Entity& b) { return a.key < b.key; });
  }

 private:
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
    auto& e = entity_for(model::country_key(ascii_lower(c.iso2)), EntityKind::country, c.name);
    e.wikidata = c.wikidata;
    e.geonames = c.geonames;
    return e.key;
  }

  void build_countries(const std::vector<TypedMention>& mentions) {
    for (const auto& m : mentions) {
      if (m.kind != EntityKind::country) continue;
      auto& e = article_.entities[index_.at(country_entity(m.country))];
      add_alt_label(e, m.surface);
      e.mentions.push_back(m.span);
    }
  }

  // "The Omani Foreign Ministry said ... the Ministry added": an organization named by its head
  // noun alone (organization-nouns.tsv), or by the last words of a name ending in one ("the Foreign
  // Ministry"), is the one named before whose name ends in those words, the nearest before it,
  // else the nearest after. Without one, a noun that only says what kind of
  // body is meant ("state TV reported", its column alone "-") names none: its canonical is
  // cleared, and build_named leaves it out.
  static void join_lone_heads(const std::vector<TypedMention*>& orgs) {
    // The organizations by each of their names' word-final endings ("Foreign Ministry" and
    // "Ministry" of "Omani Foreign Ministry"): looked up, not scanned, so a page of many
    // organizations costs as many lookups as it has words.
    std::unordered_map<std::string, std::vector<const TypedMention*>> by_ending;
    for (const auto* other : orgs) {
      const std::string& name = other->canonical;
      for (std::size_t space = name.find(' '); space != std::string::npos; space = name.find(' ', space + 1)) {
        by_ending[name.substr(space + 1)].push_back(other);
      }
    }
    for (auto* m : orgs) {
      const std::size_t space = m->canonical.rfind(' ');
      const bool lone = space == std::string::npos;
      const std::string head = lone ? m->canonical : m->canonical.substr(space + 1);
      if (!lex_organization_nouns->has(knowledge::to_utf32(head), lex_organization_nouns.use, "head")) continue;
      const TypedMention* best = nullptr;
      if (auto found = by_ending.find(m->canonical); found != by_ending.end()) {
        for (const auto* other : found->second) {
          const bool before = other->span.begin < m->span.begin;
          const bool best_before = best && best->span.begin < m->span.begin;
          if (!best || (before && (!best_before || other->span.begin > best->span.begin)) ||
              (!before && !best_before && other->span.begin < best->span.begin)) {
            best = other;
          }
        }
      }
      if (best) {
        if (lone) m->surface = m->canonical;
        m->canonical = best->canonical;
      } else if (lone && !lex_organization_nouns->has(knowledge::to_utf32(m->canonical), lex_organization_nouns.alone)) {
        m->canonical.clear();  // "state TV reported": a kind of body, no entity
      }
    }
  }

  void build_named(EntityKind kind, std::vector<TypedMention>& mentions) {
    // Spelling variants of one unknown place join ("Baghad" and "Baghdad").
    std::vector<TypedMention*> ms;
    for (auto& m : mentions) {
      if (m.kind == kind) ms.push_back(&m);
    }
    if (kind == EntityKind::organization) {
      join_lone_heads(ms);
      ms.erase(std::remove_if(ms.begin(), ms.end(), [](const TypedMention* m) { return m->canonical.empty(); }), ms.end());
    }
    for (auto* m : ms) {
      for (auto* other : ms) {
        if (other == m) break;
        if (same_full_name(names_.parts_of(m->canonical), names_.parts_of(other->canonical))) {
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
      // Members first, like the country: adding them moves the entities.
      std::vector<std::string> members;
      if (kind == EntityKind::organization && !has_members(key) && meeting_of_group(article_.text, m->span)) {
        members = member_states(m->canonical);
      }
      auto& e = entity_for(key, kind, m->canonical);
      add_alt_label(e, m->surface);
      if (m->candidate && !m->candidate->acronym.empty()) add_alt_label(e, m->candidate->acronym);
      e.mentions.push_back(m->span);
      if (!contained_in.empty()) e.contained_in = contained_in;
      if (!m->geonames.empty()) e.geonames = m->geonames;
      if (e.members.empty()) e.members = std::move(members);
    }
  }

  bool has_members(const std::string& key) const {
    const auto found = index_.find(key);
    return found != index_.end() && !article_.entities[found->second].members.empty();
  }

  // The member states of the group the gazetteer names so, in the year of the article (its
  // present members when it has no date), as country entities the text need not mention.
  std::vector<std::string> member_states(const std::string& group) {
    std::vector<std::string> keys;
    const auto entry = find_entry(g_, group, EntryKind::organization);
    if (!entry) return keys;
    const int year = article_.published ? article_.published->year : 0;
    for (const auto& membership : g_.organizations()[entry->index].members) {
      if (year == 0 ? membership.until != 0 : !membership.in(year)) continue;
      if (const auto* country = g_.country_by_iso(membership.iso2)) {
        keys.push_back(country_entity(static_cast<std::size_t>(country - g_.countries().data())));
      }
    }
    return keys;
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
        if (len > 1) {  // an organization of the article: "US Embassy"
          const std::string key = model::organization_key(organization_label(phrase));
          if (index_.count(key)) return key;
        }
        if (auto e = find_entry(g_, phrase, EntryKind::organization)) {
          const std::string name = g_.organizations()[e->index].name;
          return entity_for(model::organization_key(name), EntityKind::organization, name).key;
        }
      }
    }
    for (const auto& w : words) {
      if (auto i = country_of(g_, w)) return country_entity(*i);
    }
    // "President of South Africa": a country of several words.
    for (std::size_t len = 4; len >= 2; --len) {
      for (std::size_t i = 0; i + len <= words.size(); ++i) {
        if (auto e = find_entry(g_, phrase_at(i, len), EntryKind::country_name)) return country_entity(e->index);
      }
    }
    return {};
  }


  // "President Xi Jinping of China", "Foreign Minister Jana Lind of the Netherlands": the
  // country named right after a mention of a titled person, by " of " and an optional "the".
  // countries_at: where each mention of a country begins, and the country.
  std::string country_after(const MentionCandidate& m, const std::map<std::size_t, std::size_t>& countries_at) {
    if (m.title.empty()) return {};
    const std::u32string_view text(article_.text);
    constexpr std::u32string_view of = U" of ", the = U"the ";
    if (text.substr(m.span.end, of.size()) != of) return {};
    std::size_t at = m.span.end + of.size();
    if (text.substr(at, the.size()) == the) at += the.size();
    const auto found = countries_at.find(at);
    return found == countries_at.end() ? std::string() : country_entity(found->second);
  }

  void build_persons(const std::vector<PersonCluster>& clusters, const std::vector<TypedMention>& mentions) {
    std::vector<std::string> cluster_keys;  // each cluster's person
    for (const auto& cl : clusters) {
      // The fullest form printed first is the label.
      const MentionCandidate* best = cl.members.front();
      for (const auto* m : cl.members) {
        if (names_.parts_of(m->text).size() == cl.parts.size() && m->span.begin < best->span.begin) best = m;
      }
      const std::string label = without_middle_initials(person_label(best->text));
      const bool full = cl.parts.size() >= 2;
      const std::string key = model::person_key(label);
      auto& e = entity_for(key, EntityKind::person, label);
      cluster_keys.push_back(key);
      e.article_scoped = !full;
      for (const auto* m : cl.members) {
        add_alt_label(e, m->text);
        e.mentions.push_back(m->span);
        if (e.job_title.empty() && !m->title.empty()) e.job_title = m->title;
        if (e.gender == 0) e.gender = m->gender;
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
    // A title that names no country, and the country after the name: "of China".
    std::map<std::size_t, std::size_t> countries_at;
    for (const auto& m : mentions) {
      if (m.kind == EntityKind::country) countries_at.emplace(m.span.begin, m.country);
    }
    for (std::size_t i = 0; i < clusters.size(); ++i) {
      if (!article_.entities[index_.at(cluster_keys[i])].affiliation.empty()) continue;
      std::string country;  // found before the entity is looked up: finding it may add entities
      for (const auto* m : clusters[i].members) {
        if (country.empty()) country = country_after(*m, countries_at);
      }
      article_.entities[index_.at(cluster_keys[i])].affiliation = country;
    }
  }

  model::Article& article_;
  const knowledge::Gazetteer& g_;
  NamePartsCache& names_;
  std::map<std::string, std::size_t> index_;  // key -> index into article_.entities
};

}  // namespace

void build_entities(model::Article& article, std::vector<TypedMention>& mentions, const std::vector<PersonCluster>& persons,
                    const knowledge::Gazetteer& gazetteer, NamePartsCache& names) {
  EntityBuilder(article, gazetteer, names).run(mentions, persons);
}

}  // namespace parley::resolve
