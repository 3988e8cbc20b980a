#include "resolve/event_resolver.hpp"

#include "gazetteer/lexicon.hpp"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <deque>
#include <map>
#include <set>

#include "mapping/iri_minting.hpp"
#include "model/span_set.hpp"
#include "resolve/date_resolver.hpp"
#include "resolve/mention_index.hpp"

namespace parley::resolve {

namespace {

// The lexicon lists this file reads (ontology/lexicon/<name>.tsv).
const gazetteer::ListRef lex_clause_boundaries{"clause-boundaries"};
const gazetteer::ListRef lex_held_markers{"held-markers"};
const gazetteer::ListRef lex_role_nouns{"role-nouns"};
const gazetteer::ListRef lex_reporting_verbs{"reporting-verbs"};
const gazetteer::ListRef lex_meeting_words{"meeting-words"};


using model::EntityKind;
using model::Event;
using model::EventKind;

bool is_word_char(char32_t c) { return (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z'); }

struct Draft {
  Event event;
  EventKind kind = EventKind::Talks;
  std::size_t first_sentence = 0;
  std::size_t last_sentence = 0;
  std::size_t dated_sentence = 0;  // the report that gave the date
  // "dinner", "ceremony", "one-on-one": the occasion or format the meeting was first reported
  // as, which keeps it apart from the day's other meetings of the same parties (its IRI says it).
  std::string own_occasion;
  std::string occasion;  // what reports of it must name to join it; a format the day's meeting took on
  bool format = false;   // the occasion is a format: the meeting is the day's talks, in that format
  const Draft* context = nullptr;  // the meeting being reported when this one was first
};

// A meal or a ceremony: an occasion that general reports of the day's meeting do not join.
bool separate(const Draft& d) { return !d.occasion.empty() && !d.format; }

// How many sentences after a meeting's report an undated report still refers to it.
constexpr std::size_t recent_sentences = 5;

class EventResolver {
 public:
  EventResolver(model::Article& a, const std::vector<model::Sentence>& t,
                const std::vector<model::TemporalExpression>& times,
                const std::vector<model::QuoteCandidate>& quotes)
      : a_(a), t_(t), quoted_(quotes, [](const model::QuoteCandidate& q) { return q.span; }), index_(a) {
    std::vector<model::TextSpan> datelines;
    for (const auto& b : a.blocks) {
      if (b.role == model::BlockRole::dateline) datelines.push_back(b.span);
    }
    datelines_ = model::SpanSet(datelines, [](const model::TextSpan& s) { return s; });
    for (const auto& e : times) times_by_sentence_[e.sentence].push_back(&e);
    for (std::size_t i = 0; i < a.entities.size(); ++i) entity_by_key_[a.entities[i].key] = i;
  }

  bool inside_quote(const model::TextSpan& span) const { return quoted_.covers(span); }

  void run(const std::vector<model::EventCandidate>& candidates) {
    for (std::size_t i = 0; i < candidates.size();) {
      std::size_t end = i;
      while (end < candidates.size() && candidates[end].sentence == candidates[i].sentence) ++end;
      add_sentence(candidates, i, end);
      i = end;
    }
    date_the_lead_meeting();
    // The meeting it followed may have been dated since by the publication.
    for (auto& d : drafts_) {
      if (take_day_of_context(d, d.event.planned)) by_date_[d.event.date->lexical()].push_back(&d);
    }
    for (auto& d : drafts_) finish(d);
    // A meeting nobody is named taking part in says nothing a graph can hold (and the contract
    // wants at least one sem:hasActor).
    for (auto& d : drafts_) {
      if (!d.event.actors.empty()) a_.events.push_back(std::move(d.event));
    }
  }

 private:
  // The reports of one sentence. A meal or a ceremony takes the sentence's other reports in
  // ("informal talks over dinner"); each format is a meeting of its own ("a one-on-one meeting
  // before delegation-level talks"). Within each, one event per distinct date, and an undated
  // report joins the dated one.
  void add_sentence(const std::vector<model::EventCandidate>& candidates, std::size_t from, std::size_t to) {
    std::vector<std::optional<model::EventDate>> dates;
    std::optional<model::EventDate> sentence_date;
    for (std::size_t k = from; k < to; ++k) {
      dates.push_back(date_for(candidates[k]));
      if (!sentence_date) sentence_date = dates.back();
    }
    // What a meeting will include is part of it ("a meeting, which will be followed by a
    // dinner"; "at the end of their talks, both will witness the signing").
    bool general = false;
    for (std::size_t k = from; k < to; ++k) general = general || candidates[k].occasion.empty();
    const model::EventCandidate* lead = nullptr;
    for (std::size_t k = from; k < to && !lead; ++k) {
      const auto& c = candidates[k];
      if (!c.occasion.empty() && !c.format && !(c.planned && general)) lead = &c;
    }
    for (std::size_t k = from; k < to && !lead; ++k) {
      if (candidates[k].format) lead = &candidates[k];
    }
    const auto group_of = [&](const model::EventCandidate& c) -> const model::EventCandidate* {
      if (c.occasion.empty() || (!c.format && c.planned && general)) return lead;
      return &c;
    };
    // The report as its group's: with the group's occasion.
    const auto in_group = [&](const model::EventCandidate& c, const std::string& occasion) {
      model::EventCandidate out = c;
      const auto* g = group_of(c);
      out.occasion = occasion;
      out.format = g && g->format;
      return out;
    };
    std::vector<std::string> groups;  // occasions, in the order the sentence names them
    for (std::size_t k = from; k < to; ++k) {
      const auto* g = group_of(candidates[k]);
      const std::string occasion = g ? g->occasion : std::string();
      if (std::find(groups.begin(), groups.end(), occasion) == groups.end()) groups.push_back(occasion);
    }
    for (const auto& occasion : groups) {
      std::set<std::string> seen;
      const model::EventCandidate* undated = nullptr;
      bool any_dated = false;
      for (std::size_t k = from; k < to; ++k) {
        const auto* g = group_of(candidates[k]);
        if ((g ? g->occasion : std::string()) != occasion) continue;
        const auto& date = dates[k - from];
        if (!date) {
          if (!undated || &candidates[k] == g) undated = &candidates[k];
          continue;
        }
        any_dated = true;
        if (seen.insert(date->lexical()).second) add(in_group(candidates[k], occasion), date);
      }
      // "held a one-on-one meeting on Monday before delegation-level talks": the sentence's day.
      if (!any_dated && undated) add(in_group(*undated, occasion), occasion.empty() ? std::nullopt : sentence_date);
    }
  }

  std::optional<model::EventDate> date_for(const model::EventCandidate& c) const {
    std::optional<model::EventDate> best;
    std::size_t best_distance = static_cast<std::size_t>(-1);
    auto found = times_by_sentence_.find(c.sentence);
    if (found == times_by_sentence_.end()) return best;
    for (const auto* time : found->second) {
      const auto& e = *time;
      if (e.when_said || inside_quote(e.span)) continue;
      // A year alone dates no meeting held ("since the 1979 crisis"), but does a planned one
      // ("will meet later this year", "a summit in 2019"); a date in another clause is another
      // event's ("a day after a trip").
      const bool a_year = e.kind == model::TemporalKind::year || (e.kind == model::TemporalKind::relative && e.unit == 'y');
      if (a_year && !c.planned) continue;
      if (clause_break_between(c.trigger, e.span)) continue;
      auto date = resolve_date(e, a_.published, c.planned);
      if (!date) continue;
      const std::size_t distance = e.span.begin > c.trigger.begin ? e.span.begin - c.trigger.begin
                                                                  : c.trigger.begin - e.span.end;
      if (distance < best_distance) best = date, best_distance = distance;
    }
    return best;
  }

  bool clause_break_between(const model::TextSpan& a, const model::TextSpan& b) const {
    const std::size_t from = std::min(a.end, b.end), to = std::max(a.begin, b.begin);
    if (from >= to) return false;
    const std::u32string_view between = std::u32string_view(a_.text).substr(from, to - from);
    // Marks stand alone (";"); words stand between spaces (" after ").
    for (const auto* row : (*lex_clause_boundaries).rows_with("event_report")) {
      const bool mark = row->word.size() == 1 && !is_word_char(row->word.front());
      const std::u32string w = mark ? row->word : U" " + row->word + U" ";
      if (between.find(w) != std::u32string_view::npos) return true;
    }
    return false;
  }

  std::vector<EntityMention> actors_in(const model::Sentence& s) const {
    std::vector<EntityMention> out;
    for (const auto& m : index_.within(s.span.begin, s.span.end)) {
      const auto& e = index_.entity(m);
      // The dateline's city is where the story was filed, not a party ("Havana, April 14 (RHC) -").
      if (datelines_.covers(m.span)) continue;
      if ((e.kind == EntityKind::person || e.kind == EntityKind::country) && !inside_quote(m.span) &&
          !(e.kind == EntityKind::person && (reports_only(e) || is_source(m, s)))) {
        out.push_back(m);
      }
    }
    return out;
  }

  // A correspondent, an analyst: one who reports or comments, not one who takes part.
  static bool reports_only(const model::Entity& e) {
    if (e.job_title.empty()) return false;
    std::string title = e.job_title;
    for (auto& c : title) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    for (const auto* row : lex_role_nouns->rows_with("reports")) {
      const std::string noun = model::to_utf8(row->word);
      if (title.find(noun) != std::string::npos) return true;
    }
    return false;
  }

  // "Talks are scheduled for Tuesday, Jana Novak, the spokesperson, said.": the one named in a
  // short trailing attribution tells of the meeting and takes no part in it.
  bool is_source(const EntityMention& m, const model::Sentence& s) const {
    const std::u32string_view tail = std::u32string_view(a_.text).substr(m.span.end, s.span.end - m.span.end);
    std::size_t words = 0;
    bool speech = false;
    for (std::size_t i = 0; i < tail.size();) {
      while (i < tail.size() && !is_word_char(tail[i])) ++i;
      std::size_t j = i;
      while (j < tail.size() && is_word_char(tail[j])) ++j;
      if (j > i) {
        ++words;
        speech = speech || lex_reporting_verbs->has(tail.substr(i, j - i), "quote");
      }
      i = j;
    }
    return speech && words <= 5 && m.span.begin > s.span.begin + 1 && a_.text[m.span.begin - 2] == U',';
  }

  std::string first_after(const std::vector<EntityMention>& ms, std::size_t at, bool persons_only = false) const {
    // "chaired by Ethiopian Foreign Minister Abebe Tadesse": the person, not the demonym before.
    for (const auto& m : ms) {
      if (m.span.begin >= at && m.span.begin < at + 60 && index_.entity(m).kind == EntityKind::person) {
        return index_.entity(m).key;
      }
    }
    for (const auto& m : ms) {
      if (m.span.begin >= at && (!persons_only || index_.entity(m).kind == EntityKind::person)) {
        return index_.entity(m).key;
      }
    }
    return {};
  }

  std::string last_before(const std::vector<EntityMention>& ms, std::size_t at) const {
    std::string key;
    for (const auto& m : ms) {
      if (m.span.end <= at) key = index_.entity(m).key;
    }
    return key;
  }

  // Whether a report of that occasion may be a report of the meeting: the same occasion, or a
  // general report ("the talks") of the day's talks in some format.
  static bool same_occasion(const Draft& d, const model::EventCandidate& c) {
    return d.occasion == c.occasion || (c.occasion.empty() && d.format);
  }

  // "a one-on-one meeting" where the day's meeting has no format yet: that meeting, which now
  // has one; where it has another, a meeting of its own.
  // A visit is no meeting of one format: the one-on-one meeting is held during it.
  static Draft* claim_format(Draft* d, const model::EventCandidate& c) {
    if (!d || !d->occasion.empty() || model::specializes(d->kind, EventKind::Visit)) return nullptr;
    d->occasion = c.occasion;
    d->format = true;
    return d;
  }

  Draft* find_same(const std::optional<model::EventDate>& date, const model::EventCandidate& c) {
    if (date) {
      auto it = by_date_.find(date->lexical());
      if (it == by_date_.end()) return nullptr;
      // "X met Y on Sunday, and met Z on Sunday too": a report of the day that names none of a
      // meeting's participants is another meeting of that day, unless it refers back to one.
      std::optional<std::string> place;  // looked up once, for the first meeting it may be
      for (Draft* d : it->second) {
        if (!same_occasion(*d, c) || !(c.reference || shares_an_actor(*d, c))) continue;
        if (!place) place = place_near(c);
        if (!in_another_city(*d, *place)) return d;
      }
      if (c.format) {
        for (Draft* d : it->second) {
          if (d->occasion.empty() && (c.reference || shares_an_actor(*d, c))) return claim_format(d, c);
        }
      }
      return nullptr;
    }
    if (!c.occasion.empty()) {
      // "the ceremony", "the working lunch": the last one reported.
      for (auto it = drafts_.rbegin(); it != drafts_.rend(); ++it) {
        if (it->occasion == c.occasion) return &*it;
      }
      if (c.format) {
        Draft* recent = last_held_ ? last_held_ : last_;
        if (recent && (c.reference || c.sentence <= recent->last_sentence + recent_sentences)) {
          return recent->occasion.empty() ? claim_format(recent, c) : nullptr;
        }
      } else if (!c.reference) {
        return nullptr;
      }
      // "The two leaders shared the dinner": the dinner of the meeting being reported.
    }
    if (c.round > 0) {
      for (auto& d : drafts_) {  // few meetings carry a round: this stays short
        if (d.event.round == c.round) return &d;
      }
    }
    // "the talks", "the meeting", and an undated report right after a meeting's: that meeting,
    // preferably the one last reported as held; but "she also met Z" is another.
    Draft* recent = last_held_ ? last_held_ : last_;
    if (recent && c.another && names_someone_new(*recent, c)) return nullptr;
    if (recent && (c.reference || c.sentence <= recent->last_sentence + recent_sentences)) return recent;
    for (auto& d : drafts_) {
      if (!d.event.date && !separate(d)) return &d;  // the one undated meeting of the article
    }
    return nullptr;
  }

  // The place named nearest the report's trigger ("arrived in Beijing from Shanghai, where he
  // had meetings"), or "".
  std::string place_near(const model::EventCandidate& c) const {
    const auto& s = t_[c.sentence];
    std::string best;
    std::size_t best_distance = static_cast<std::size_t>(-1);
    // Within a clause's reach of the trigger: an endless sentence costs no more per report.
    constexpr std::size_t reach = 300;
    const std::size_t from = std::max(s.span.begin, c.trigger.begin > reach ? c.trigger.begin - reach : 0);
    const std::size_t to = std::min(s.span.end, c.trigger.end + reach);
    for (const auto& m : index_.within(from, to)) {
      if (index_.entity(m).kind != EntityKind::place || inside_quote(m.span) || datelines_.covers(m.span)) continue;
      // "after talks in Brussels": another report's place; "Moscow's denial": a government.
      if (clause_break_between(c.trigger, m.span) || possessive_at(m.span.end)) continue;
      const std::size_t distance = m.span.begin > c.trigger.begin ? m.span.begin - c.trigger.begin : c.trigger.begin - m.span.end;
      if (distance < best_distance) best = index_.entity(m).key, best_distance = distance;
    }
    return best;
  }

  bool possessive_at(std::size_t at) const {
    const auto& text = a_.text;
    return at + 1 < text.size() && (text[at] == U'\'' || text[at] == U'\u2019') && (text[at + 1] == U's' || text[at + 1] == U'S');
  }

  // "Xi received Lula in Beijing on Thursday ... in Shanghai, where he had meetings on
  // Thursday": a report of the day in another city is of another meeting.
  bool in_another_city(const Draft& d, const std::string& report_place) const {
    const auto* here = entity(d.event.place);
    const auto* there = entity(report_place);
    return here && there && here != there && !here->geonames.empty() && !there->geonames.empty();
  }

  // Whether the report's sentence names a person or country the meeting does not have ("also
  // met the foreign ministers of Germany and France").
  bool names_someone_new(const Draft& d, const model::EventCandidate& c) const {
    for (const auto& m : actors_in(t_[c.sentence])) {
      const auto& en = index_.entity(m);
      if (std::find(d.event.actors.begin(), d.event.actors.end(), en.key) == d.event.actors.end()) {
        return true;
      }
    }
    return false;
  }

  // Whether two meetings have a person in common, or, where either names none, an actor.
  bool same_people(const Draft& a, const Draft& b) const {
    const auto persons = [&](const Draft& d) {
      std::vector<std::string> out;
      for (const auto& key : d.event.actors) {
        const auto* en = entity(key);
        if (en && en->kind == EntityKind::person) out.push_back(key);
      }
      return out;
    };
    const auto pa = persons(a), pb = persons(b);
    const auto& xa = pa.empty() || pb.empty() ? a.event.actors : pa;
    const auto& xb = pa.empty() || pb.empty() ? b.event.actors : pb;
    for (const auto& key : xa) {
      if (std::find(xb.begin(), xb.end(), key) != xb.end()) return true;
    }
    return false;
  }

  // Whether the report's sentence names someone the meeting has, or names no one (and so may be
  // about it).
  bool shares_an_actor(const Draft& d, const model::EventCandidate& c) const {
    const auto actors = actors_in(t_[c.sentence]);
    if (actors.empty() || d.event.actors.empty()) return true;
    for (const auto& m : actors) {
      const std::string& key = index_.entity(m).key;
      if (std::find(d.event.actors.begin(), d.event.actors.end(), key) != d.event.actors.end()) return true;
    }
    return false;
  }

  // "before the meetings opened up to a working lunch", "she also met Z": a meeting told
  // without a date right after the day's meeting, and not planned, is on that meeting's day and
  // keyed by its countries. Says whether it took them.
  static bool take_day_of_context(Draft& d, bool planned) {
    if (d.event.date || !d.context || !d.context->event.date || planned) return false;
    d.event.date = d.context->event.date;
    d.dated_sentence = d.context->dated_sentence;
    return true;
  }

  void add(const model::EventCandidate& c, const std::optional<model::EventDate>& date) {
    const auto& s = t_[c.sentence];
    Draft* d = find_same(date, c);
    if (!d) {
      Draft* context = last_held_ ? last_held_ : last_;
      drafts_.push_back({});
      d = &drafts_.back();
      d->event.date = date;
      d->kind = c.kind;
      d->first_sentence = c.sentence;
      d->dated_sentence = c.sentence;
      d->event.kind = c.kind;
      d->own_occasion = d->occasion = c.occasion;
      d->format = c.format;
      if (!c.occasion.empty() || c.another) {
        d->context = context;
        take_day_of_context(*d, c.planned);
      }
      if (d->event.date) by_date_[d->event.date->lexical()].push_back(d);
    }
    d->last_sentence = c.sentence;
    Event& e = d->event;
    e.mentions.push_back(s.span);
    if (c.round > 0 && e.round == 0) e.round = c.round;
    if (e.mentions.size() == 1) e.planned = c.planned;  // as its first report says
    if (!separate(*d)) {
      last_ = d;
      if (!e.planned) last_held_ = d;
    }
    const auto actors = actors_in(s);
    for (const auto& m : actors) {
      const std::string& key = index_.entity(m).key;
      if (std::find(e.actors.begin(), e.actors.end(), key) == e.actors.end()) e.actors.push_back(key);
    }
    if (e.place.empty()) e.place = place_near(c);
    if (c.hosted_by_at && e.hosted_by.empty()) e.hosted_by = first_after(actors, c.hosted_by_at);
    if (c.host_before && e.hosted_by.empty()) e.hosted_by = last_before(actors, c.host_before);
    if (c.chaired_by_at && e.chaired_by.empty()) e.chaired_by = first_after(actors, c.chaired_by_at);
    if (c.chair_before && e.chaired_by.empty()) e.chaired_by = last_before(actors, c.chair_before);
    if (c.headed_by_at || c.head_before) {
      std::string head = c.headed_by_at ? first_after(actors, c.headed_by_at, true) : std::string();
      if (head.empty() && c.head_before) {
        for (const auto& m : actors) {
          if (m.span.end <= c.head_before && index_.entity(m).kind == EntityKind::person) head = index_.entity(m).key;
        }
      }
      if (!head.empty() && std::find(e.delegation_heads.begin(), e.delegation_heads.end(), head) == e.delegation_heads.end()) {
        e.delegation_heads.push_back(head);
      }
    }
  }

  std::string label_of(const std::string& key) const {
    const auto* en = entity(key);
    return en ? en->label : key;
  }

  const model::Entity* entity(const std::string& key) const {
    auto it = entity_by_key_.find(key);
    return it == entity_by_key_.end() ? nullptr : &a_.entities[it->second];
  }

  // News reports the day's meeting without a date ("Delegations have met in Nur Sultan", "Xi
  // and Ma formally met"): the first meeting reported as held, with no date of its own, is
  // dated by the publication, unless another meeting already holds that day.
  void date_the_lead_meeting() {
    if (!a_.published) return;
    const model::EventDate day{a_.published->year, a_.published->month, a_.published->day};
    for (auto& d : drafts_) {
      if (d.event.date || d.event.planned) continue;
      if (!reports_as_held(t_[d.first_sentence])) return;
      auto it = by_date_.find(day.lexical());
      if (it != by_date_.end()) {
        for (const Draft* other : it->second) {
          if (other->occasion == d.occasion && same_people(*other, d)) return;
        }
      }
      d.event.date = day;
      by_date_[day.lexical()].push_back(&d);
      return;
    }
  }

  // Whether the sentence has a word of holding ("held", "arrived") or a meeting verb ("met",
  // "visited"), not only a meeting noun ("an offer for a fourth round").
  bool reports_as_held(const model::Sentence& s) const {
    // "Nov. 13, 2019 (EIRNS)—The meeting ...": the report begins after the dateline.
    std::size_t begin = s.span.begin;
    while (begin < s.span.end && (datelines_.contains(begin) || !is_word_char(a_.text[begin]))) {
      // "(EIRNS)", "(AFP)": the agency the dateline names.
      if (a_.text[begin] == U'(') {
        const std::size_t close = a_.text.find(U')', begin);
        if (close != std::u32string::npos && close < s.span.end && close - begin <= 40) begin = close;
      }
      ++begin;
    }
    const std::u32string_view text = std::u32string_view(a_.text).substr(begin, s.span.end - begin);
    // "The meeting at the White House between X and Y went on longer": a story that opens on
    // the meeting as its subject reports it held.
    if (text.substr(0, 4) == U"The ") {
      std::size_t j = 4;
      while (j < text.size() && is_word_char(text[j])) ++j;
      if (lex_meeting_words->has(text.substr(4, j - 4), "names_meeting")) return true;
    }
    std::size_t i = 0;
    while (i < text.size()) {
      while (i < text.size() && !is_word_char(text[i])) ++i;
      std::size_t j = i;
      while (j < text.size() && (is_word_char(text[j]) || text[j] == U'-')) ++j;
      const std::u32string_view word = text.substr(i, j - i);
      if (lex_held_markers->contains(word)) return true;
      if (lex_meeting_words->contains(word) && !lex_meeting_words->has(word, "names_meeting") &&
          !lex_meeting_words->has(word, "party") && lex_meeting_words->value(word, "next") == "-") {
        return true;
      }
      i = j;
    }
    return false;
  }

  void finish(Draft& d) {
    Event& e = d.event;
    // "The subcommittee met in August": who met comes from the sentences before.
    for (std::size_t s = d.first_sentence; e.actors.empty() && s-- > 0;) {
      for (const auto& m : actors_in(t_[s])) {
        const std::string& key = index_.entity(m).key;
        if (std::find(e.actors.begin(), e.actors.end(), key) == e.actors.end()) e.actors.push_back(key);
      }
    }
    // A minister takes part for the country they serve.
    const auto people = e.actors;
    for (const auto& key : people) {
      const auto* p = entity(key);
      if (p && p->kind == EntityKind::person && !mapping::country_iso(p->affiliation).empty() &&
          std::find(e.actors.begin(), e.actors.end(), p->affiliation) == e.actors.end() && entity(p->affiliation)) {
        e.actors.push_back(p->affiliation);
      }
    }
    for (const auto* role : {&e.hosted_by, &e.chaired_by}) {
      if (!role->empty() && std::find(e.actors.begin(), e.actors.end(), *role) == e.actors.end()) e.actors.push_back(*role);
    }
    std::vector<std::string> isos, countries;
    // The key's countries: those of the report that dates the meeting, less the country the
    // meeting is held in, which reports name or leave out as they go ("talks in Iraq").
    // A lunch of the day's meeting, where nothing else is said, is where the meeting is.
    if (e.place.empty() && d.context && d.dated_sentence == d.context->dated_sentence) e.place = d.context->event.place;
    const auto* place = entity(e.place);
    const std::string host_country = place ? place->contained_in : std::string();
    bool host_named = false;
    for (const auto& m : actors_in(t_[d.dated_sentence])) {
      const auto& en = index_.entity(m);
      const bool located = m.span.begin >= 3 && a_.text.compare(m.span.begin - 3, 3, U"in ") == 0;
      if (en.kind == EntityKind::country && en.key == host_country && !located) host_named = true;
      if (en.kind == EntityKind::country && en.key != host_country && !located) {
        const std::string iso = mapping::country_iso(en.key);
        if (std::find(isos.begin(), isos.end(), iso) == isos.end()) isos.push_back(iso);
      }
    }
    // "British negotiators will meet in London": the host is the one country there is.
    if (isos.empty() && host_named) isos.push_back(mapping::country_iso(host_country));
    std::sort(isos.begin(), isos.end());
    for (const auto& iso : isos) countries.push_back(label_of(mapping::country_key(iso)));
    if (isos.empty()) {
      for (const auto& key : e.actors) {
        if (!mapping::country_iso(key).empty()) countries.push_back(label_of(key));
      }
    }
    std::sort(countries.begin(), countries.end());
    // The label is made from what the key is made from, so a meeting several articles report
    // has one label: the countries and the date.
    std::string who;
    for (const auto& c : countries) who += (who.empty() ? "" : "\u2013") + c;
    if (who.empty() && !e.actors.empty()) who = label_of(e.actors.front());
    std::string noun = isos.empty() || !e.date ? std::string(model::event_kind_info(d.kind).label_noun) : "meeting";
    if (!d.own_occasion.empty()) {
      // "lunch", "delegation-level meeting"; a signing, at a ceremony or not, says "signing".
      const std::string kind_noun(model::event_kind_info(d.kind).label_noun);
      noun = d.format ? d.own_occasion + " meeting" : kind_noun == "meeting" ? d.own_occasion : kind_noun;
    }
    e.label = (who.empty() ? std::string() : who + " ") + noun;
    if (e.date) e.label += ", " + e.date->lexical();
    std::string key;
    if (e.date && !isos.empty()) {
      key = mapping::event_key(*e.date, isos);
      if (!d.own_occasion.empty()) key += "-" + d.own_occasion;
    }
    // Two meetings of one day between the same countries that nothing tells apart: the second
    // is known within its article only, rather than one IRI with two labels.
    if (e.actors.empty()) return;  // dropped: it takes no IRI from a meeting kept
    if (!key.empty() && keys_.insert(key).second) {
      e.key = key;
    } else {
      // Numbered by the sentence that first reports it; a second meeting first reported there
      // too ("a one-on-one meeting before delegation-level talks") gets "-2".
      const std::string scoped = mapping::scoped_event_key(d.first_sentence + 1);
      e.key = scoped;
      for (int n = 2; !keys_.insert(e.key).second; ++n) e.key = scoped + "-" + std::to_string(n);
      e.article_scoped = true;
    }
  }

  model::Article& a_;
  const std::vector<model::Sentence>& t_;
  model::SpanSet quoted_;
  model::SpanSet datelines_;
  MentionIndex index_;
  std::map<std::size_t, std::vector<const model::TemporalExpression*>> times_by_sentence_;
  std::map<std::string, std::size_t> entity_by_key_;
  std::map<std::string, std::vector<Draft*>> by_date_;
  std::set<std::string> keys_;  // the IRIs of the article's meetings so far
  std::deque<Draft> drafts_;  // a deque: last_ and merged drafts keep their addresses
  Draft* last_ = nullptr;
  Draft* last_held_ = nullptr;
};

}  // namespace

void resolve_events(model::Article& article, const std::vector<model::Sentence>& sentences,
                    const std::vector<model::EventCandidate>& candidates,
                    const std::vector<model::TemporalExpression>& times,
                    const std::vector<model::QuoteCandidate>& quotes) {
  article.events.clear();
  EventResolver(article, sentences, times, quotes).run(candidates);
}

}  // namespace parley::resolve
