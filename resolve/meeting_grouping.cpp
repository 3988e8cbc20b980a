#include "resolve/meeting_grouping.hpp"

#include <algorithm>
#include <set>

#include "knowledge/lexicon.hpp"
#include "knowledge/tsv.hpp"
#include "model/identity.hpp"
#include "resolve/group_meetings.hpp"
#include "resolve/name_matching.hpp"

namespace parley::resolve {

namespace {

constexpr const auto& lex_personal_pronouns = knowledge::lists::personal_pronouns;
constexpr const auto& lex_object_references = knowledge::lists::object_references;

using model::EntityKind;
using model::EventKind;

// The lexicon lists this file reads (ontology/lexicon/<name>.tsv).
constexpr const auto& lex_continuation_words = knowledge::lists::continuation_words;
constexpr const auto& lex_counterpart_meeting_nouns = knowledge::lists::counterpart_meeting_nouns;
constexpr const auto& lex_counterpart_list_words = knowledge::lists::counterpart_list_words;
constexpr const auto& lex_determiners = knowledge::lists::determiners;
constexpr const auto& lex_role_nouns = knowledge::lists::role_nouns;
constexpr const auto& lex_verb_adverbs = knowledge::lists::verb_adverbs;

// Whether only list words stand in the text: punctuation, names (capitalized), determiners,
// role nouns and the list words.
bool only_list_words(std::u32string_view gap) {
  return !any_word(gap, [](std::u32string_view word) {
    const bool capitalized = word.front() >= U'A' && word.front() <= U'Z';
    const std::u32string_view singular = word.size() > 3 && word.back() == U's' ? word.substr(0, word.size() - 1) : word;
    return !capitalized && !lex_counterpart_list_words->contains(word) && !lex_determiners->contains(word) &&
           !lex_role_nouns->contains(word) && !lex_role_nouns->contains(singular);
  });
}

// How many sentences after a meeting's report an undated report still refers to it.
constexpr std::size_t recent_sentences = 5;

// Whether a report of that occasion may be a report of the meeting: the same occasion, or a
// general report ("the talks") of the day's talks in some format.
bool same_occasion(const MeetingDraft& d, const model::EventCandidate& c) {
  return d.occasion == c.occasion || (c.occasion.empty() && d.format);
}

// "a one-on-one meeting" where the day's meeting has no format yet: that meeting, which now
// has one; where it has another, a meeting of its own.
// A visit is no meeting of one format: the one-on-one meeting is held during it.
MeetingDraft* claim_format(MeetingDraft* d, const model::EventCandidate& c) {
  if (!d || !d->occasion.empty() || model::specializes(d->kind, EventKind::Visit)) return nullptr;
  d->occasion = c.occasion;
  d->format = true;
  return d;
}

// A visit, told as its own occasion ("visit", "trip"): apart from the talks held during it.
bool is_visit(const model::EventCandidate& c) { return !c.occasion.empty() && model::specializes(c.kind, EventKind::Visit); }
bool is_visit(const MeetingDraft& d) { return !d.own_occasion.empty() && model::specializes(d.kind, EventKind::Visit); }

// Days, every month counted as 31: near enough to tell a week or two apart.
int day_ordinal(const model::EventDate& d) { return (d.year * 12 + d.month) * 31 + d.day; }

bool within_a_week(const model::EventDate& a, const model::EventDate& b) {
  if (a.year != b.year || a.day == 0 || b.day == 0) return false;
  const int apart = day_ordinal(a) - day_ordinal(b);
  return apart <= 7 && apart >= -7;
}

void add_actor_key(std::vector<std::string>& actors, const std::string& key) {
  if (std::find(actors.begin(), actors.end(), key) == actors.end()) actors.push_back(key);
}


}  // namespace

MeetingGrouping::MeetingGrouping(const MeetingReports& reports, const MeetingDating& dating)
    : reports_(reports), dating_(dating) {}

void MeetingGrouping::add_reports(const std::vector<model::EventCandidate>& candidates) {
  for (std::size_t i = 0; i < candidates.size();) {
    std::size_t end = i;
    while (end < candidates.size() && candidates[end].sentence == candidates[i].sentence) ++end;
    add_sentence(candidates, i, end);
    i = end;
  }
}

bool MeetingGrouping::holds_same_meeting(const model::EventDate& day, const MeetingDraft& d) const {
  auto it = by_date_.find(day.lexical());
  if (it == by_date_.end()) return false;
  for (const MeetingDraft* other : it->second) {
    if (other->occasion == d.occasion && reports_.same_people(other->event, d.event)) return true;
  }
  return false;
}

void MeetingGrouping::date(MeetingDraft& d, const model::EventDate& day) {
  d.event.date = day;
  by_date_[day.lexical()].push_back(&d);
}

void MeetingGrouping::take_days_of_context() {
  for (auto& d : drafts_) {
    if (MeetingDating::take_day_of_context(d, d.event.planned)) by_date_[d.event.date->lexical()].push_back(&d);
  }
}

void MeetingGrouping::take_days_of_visits() {
  const MeetingDraft* visit = nullptr;
  const auto published = dating_.publication_day();
  bool visit_ahead = false;
  for (auto& d : drafts_) {
    if (is_visit(d)) {
      if (d.event.date) {
        visit = &d;
        // "is all set to begin his state visit on Sunday": a visit dated after the story is ahead,
        // however its clause says so.
        visit_ahead = d.event.planned || (published && d.event.date->day != 0 && day_ordinal(*d.event.date) > day_ordinal(*published));
      }
      continue;
    }
    // A meeting planned for a planned visit ("will hold talks during the visit") is on its days too.
    if (d.event.date || !visit || d.event.planned != visit_ahead || d.first_sentence > visit->last_sentence + recent_sentences) {
      continue;
    }
    date(d, *visit->event.date);
    d.dated_sentence = visit->dated_sentence;
  }
}

void MeetingGrouping::date_held_on(const model::EventDate& day) {
  for (auto& d : drafts_) {
    // "X last met Y in 2019 in Osaka": a report that names a past year is no news of the month.
    if (dating_.undated_news(d)) date(d, day);
  }
}

// The reports of one sentence. A meal or a ceremony takes the sentence's other reports in
// ("informal talks over dinner"); each format is a meeting of its own ("a one-on-one meeting
// before delegation-level talks"). Within each, one event per distinct date, and an undated
// report joins the dated one.
void MeetingGrouping::add_sentence(const std::vector<model::EventCandidate>& candidates, std::size_t from, std::size_t to) {
  std::vector<std::optional<model::EventDate>> dates;
  std::optional<model::EventDate> sentence_date;
  for (std::size_t k = from; k < to; ++k) {
    dates.push_back(dating_.date_of_report(candidates[k]));
    if (!sentence_date) sentence_date = dates.back();
  }
  // What a meeting will include is part of it ("a meeting, which will be followed by a
  // dinner"; "at the end of their talks, both will witness the signing").
  bool general = false;
  for (std::size_t k = from; k < to; ++k) general = general || candidates[k].occasion.empty();
  // A visit is an occasion apart from the talks held during it, even in one sentence ("arrived
  // on his first state visit, initiating high-level talks"): it takes no other report in.
  const model::EventCandidate* lead = nullptr;
  for (std::size_t k = from; k < to && !lead; ++k) {
    const auto& c = candidates[k];
    if (!c.occasion.empty() && !c.format && !(c.planned && general) && !is_visit(c)) lead = &c;
  }
  for (std::size_t k = from; k < to && !lead; ++k) {
    if (candidates[k].format) lead = &candidates[k];
  }
  // "welcomed X to the White House for a state visit": the welcome is the visit's.
  const model::EventCandidate* visit = nullptr;
  for (std::size_t k = from; k < to && !visit; ++k) {
    if (is_visit(candidates[k])) visit = &candidates[k];
  }
  // "held talks on Tuesday, a day after a dinner on Monday": a report dated another day than the
  // meal is not of the meal.
  const auto date_at = [&](const model::EventCandidate& c) -> const std::optional<model::EventDate>& {
    return dates[static_cast<std::size_t>(&c - &candidates[from])];
  };
  const auto other_day = [&](const model::EventCandidate& a, const model::EventCandidate& b) {
    const auto &x = date_at(a), &y = date_at(b);
    return x && y && (x->year != y->year || x->month != y->month || x->day != y->day);
  };
  const auto group_of = [&](const model::EventCandidate& c) -> const model::EventCandidate* {
    if (is_visit(c)) return &c;
    if (visit && c.occasion.empty() && model::specializes(c.kind, EventKind::Visit)) return visit;
    if (c.occasion.empty() && lead && other_day(c, *lead)) return nullptr;
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
    // "met on Sunday to prepare a summit that will be held in Astana": a meeting planned beside
    // one held is another meeting, without the held one's day.
    if (any_dated && undated && undated->planned && occasion.empty()) {
      bool held = false;
      for (std::size_t k = from; k < to; ++k) held = held || (dates[k - from] && !candidates[k].planned);
      if (held) add(in_group(*undated, occasion), std::nullopt);
    }
  }
}

MeetingDraft* MeetingGrouping::find_same(const std::optional<model::EventDate>& date, const model::EventCandidate& c) {
  if (date && is_visit(c) && c.reference) {
    // A visit lasts days: "the visit ends on Tuesday" is the one begun on Sunday.
    for (auto it = drafts_.rbegin(); it != drafts_.rend(); ++it) {
      if (is_visit(*it) && it->event.date && within_a_week(*it->event.date, *date) && !names_someone_new(*it, c, true)) return &*it;
    }
  }
  if (date) {
    auto it = by_date_.find(date->lexical());
    if (it == by_date_.end()) {
      if (MeetingDraft* going_on = continued_meeting(c, *date)) return going_on;
      return undated_referred_to(c);
    }
    // "X met Y on Sunday, and met Z on Sunday too": a report of the day that names none of a
    // meeting's participants is another meeting of that day, unless it refers back to one.
    std::optional<std::string> place;  // looked up once, for the first meeting it may be
    for (MeetingDraft* d : it->second) {
      if (!same_occasion(*d, c) || !(c.reference || shares_an_actor(*d, c))) continue;
      // "Earlier on Monday, X met Z", "X also met Z on Monday": with someone new, another meeting.
      if (c.another && !c.reference && names_someone_new(*d, c)) continue;
      if (!place) place = reports_.place_near(c);
      if (!in_another_city(*d, *place)) return d;
    }
    if (c.format) {
      for (MeetingDraft* d : it->second) {
        if (d->occasion.empty() && (c.reference || shares_an_actor(*d, c))) return claim_format(d, c);
      }
    }
    return nullptr;
  }
  // "The last visit by a Japanese prime minister was made in 2018": another of the series, not a
  // report of the one told before it.
  if (c.other_occasion) return nullptr;
  if (!c.occasion.empty()) {
    // "the ceremony", "the working lunch": the last one reported. An article tells of several
    // visits: a report of one that names a country the last one lacks ("is visiting Laos and
    // Cambodia" after "Kerry's visit to China") is another, unless it refers back ("the visit").
    for (auto it = drafts_.rbegin(); it != drafts_.rend(); ++it) {
      if (it->occasion != c.occasion) continue;
      if (is_visit(c) && !c.reference && names_someone_new(*it, c, true)) break;
      if (c.apart && !c.reference && names_someone_new(*it, c)) continue;  // another meeting on the sidelines
      return &*it;
    }
    if (c.format) {
      MeetingDraft* recent = last_held_ ? last_held_ : last_;
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
  MeetingDraft* recent = last_held_ ? last_held_ : last_;
  // "talks on Tuesday, a day after a dinner ... during the talks": "the talks" are the talks
  // last reported, not the meal or the ceremony told after them.
  if (recent && c.reference && !recent->occasion.empty()) {
    constexpr int most_drafts = 16;  // the talks were reported a few meetings ago, if at all
    int looked = 0;
    for (auto it = drafts_.rbegin(); it != drafts_.rend() && looked++ < most_drafts; ++it) {
      if (it->occasion.empty() && !it->event.planned && !it->other_occasion) {
        recent = &*it;
        break;
      }
    }
  }
  if (recent && c.another && names_someone_new(*recent, c)) return nullptr;
  if (recent && plans_another(*recent, c)) return nullptr;
  if (recent && (c.reference || c.sentence <= recent->last_sentence + recent_sentences)) return recent;
  for (auto& d : drafts_) {
    if (!d.event.date && !separate(d) && !d.other_occasion) return &d;  // the one undated meeting of the article
  }
  return nullptr;
}

// "Talks began in Vienna on Monday. The talks continued on Wednesday": a report of the meeting
// just reported ("the talks") that tells it goes on or ends (continuation-words.tsv) a few days
// after the day it was dated is of that meeting, which keeps its first day.
MeetingDraft* MeetingGrouping::continued_meeting(const model::EventCandidate& c, const model::EventDate& date) {
  if (!c.reference || !c.occasion.empty() || date.day == 0) return nullptr;
  MeetingDraft* recent = last_held_ ? last_held_ : last_;
  if (!recent || !recent->event.date || recent->event.date->day == 0 || c.sentence > recent->last_sentence + recent_sentences) return nullptr;
  const int later = day_ordinal(date) - day_ordinal(*recent->event.date);
  if (later <= 0 || later > 14) return nullptr;
  const auto& s = reports_.sentence(c.sentence);
  const std::u32string_view text = std::u32string_view(reports_.article().text).substr(s.span.begin, s.span.end - s.span.begin);
  return any_word(text, [](std::u32string_view word) { return lex_continuation_words->contains(word); }) ? recent : nullptr;
}

// "concluded a high-level dialogue ... After the meeting ended on Friday": a dated report that
// refers back to the meeting just reported, which has no date yet, is of that meeting and dates it.
MeetingDraft* MeetingGrouping::undated_referred_to(const model::EventCandidate& c) {
  if (!c.reference || !c.occasion.empty()) return nullptr;
  MeetingDraft* recent = last_held_ ? last_held_ : last_;
  if (!recent || recent->event.date || recent->event.planned || c.sentence > recent->last_sentence + recent_sentences) return nullptr;
  return recent;
}

// "Xi received Lula in Beijing on Thursday ... in Shanghai, where he had meetings on
// Thursday": a report of the day in another city is of another meeting.
bool MeetingGrouping::in_another_city(const MeetingDraft& d, const std::string& report_place) const {
  const auto* here = reports_.entity(d.event.place);
  const auto* there = reports_.entity(report_place);
  return here && there && here != there && !here->geonames.empty() && !there->geonames.empty();
}

// Whether the report's sentence names a person or country the meeting does not have ("also
// met the foreign ministers of Germany and France"); with countries_only, a country ("is
// visiting Laos" after a visit to China).
bool MeetingGrouping::names_someone_new(const MeetingDraft& d, const model::EventCandidate& c, bool countries_only) const {
  for (const auto& m : reports_.actors_in(reports_.sentence(c.sentence))) {
    const auto& en = reports_.index().entity(m);
    if ((!countries_only || en.kind == EntityKind::country) && !has_actor(d, en.key)) return true;
  }
  return false;
}

// Whether the report's sentence names someone the meeting has, or names no one (and so may be
// about it).
bool MeetingGrouping::shares_an_actor(const MeetingDraft& d, const model::EventCandidate& c) const {
  const auto actors = reports_.actors_in(reports_.sentence(c.sentence));
  if (actors.empty() || d.event.actors.empty()) return true;
  for (const auto& m : actors) {
    const std::string& key = reports_.index().entity(m).key;
    if (has_actor(d, key)) return true;
  }
  return false;
}

std::string MeetingGrouping::first_after(const std::vector<EntityMention>& ms, std::size_t at, bool persons_only) const {
  const auto& index = reports_.index();
  // "chaired by Ethiopian Foreign Minister Abebe Tadesse": the person, not the demonym before.
  for (const auto& m : ms) {
    if (m.span.begin >= at && m.span.begin < at + 60 && index.entity(m).kind == EntityKind::person) {
      return index.entity(m).key;
    }
  }
  for (const auto& m : ms) {
    if (m.span.begin >= at && (!persons_only || index.entity(m).kind == EntityKind::person)) {
      return index.entity(m).key;
    }
  }
  return {};
}

std::string MeetingGrouping::last_before(const std::vector<EntityMention>& ms, std::size_t at) const {
  std::string key;
  for (const auto& m : ms) {
    if (m.span.end <= at) key = reports_.index().entity(m).key;
  }
  return key;
}

// "X will also hold summits with Y and Z" after the day's meeting: a plan, undated, that names
// someone new is another meeting, set around the one told before it.
bool MeetingGrouping::plans_another(const MeetingDraft& recent, const model::EventCandidate& c) const {
  return c.planned && !c.reference && !recent.event.planned && names_someone_new(recent, c);
}

MeetingDraft& MeetingGrouping::new_draft(const model::EventCandidate& c, const std::optional<model::EventDate>& date) {
  MeetingDraft* context = last_held_ ? last_held_ : last_;
  const bool planned_around = !date && context && plans_another(*context, c) && c.sentence <= context->last_sentence + recent_sentences;
  drafts_.push_back({});
  MeetingDraft* d = &drafts_.back();
  d->event.date = date;
  d->kind = c.kind;
  d->first_sentence = c.sentence;
  d->dated_sentence = c.sentence;
  d->event.kind = c.kind;
  d->own_occasion = d->occasion = c.occasion;
  d->format = c.format;
  d->apart = c.apart;
  d->other_occasion = c.other_occasion;
  if (planned_around && context->event.date) d->event.date = context->event.date;
  // "the last visit": of no meeting told; "on the sidelines of a meeting earlier this year": of
  // the gathering its sentence names, not of the meeting told before.
  if ((!c.occasion.empty() || c.another) && !c.other_occasion && !c.apart) {
    d->context = context;
    MeetingDating::take_day_of_context(*d, c.planned);
  }
  if (d->event.date) by_date_[d->event.date->lexical()].push_back(d);
  return *d;
}

// "meetings with South Korea, the United States and Russia": the counterparts named after
// "with" in the report's clause, a person together with the state they serve.
std::vector<std::vector<std::string>> MeetingGrouping::counterparts_of(const model::EventCandidate& c,
                                                                       std::vector<std::string>& first_party) const {
  std::vector<std::vector<std::string>> groups;
  const auto& text = reports_.article().text;
  const std::u32string_view noun = std::u32string_view(text).substr(c.trigger.begin, c.trigger.end - c.trigger.begin);
  const auto& s = reports_.sentence(c.sentence);
  // "visiting Laos and Cambodia", "visits to Iraq and Kuwait": one visit per country the list
  // names right after the trigger.
  const bool visit = is_visit(c);
  std::size_t list_begin = c.trigger.end;
  if (visit) {
    if (std::u32string_view(text).substr(list_begin, 4) == U" to ") list_begin += 4;
  } else {
    if (!lex_counterpart_meeting_nouns->has(noun, lex_counterpart_meeting_nouns.kind, "noun") && !modified_as_several(c, s)) return groups;
    constexpr std::size_t reach = 40;  // "meetings on the sidelines with": "with" stays near the noun
    // Looked for within reach only: a search to the end of the text for every report would cost
    // with the square of an article's length.
    const std::u32string_view near = std::u32string_view(text).substr(
        c.trigger.end, std::min<std::size_t>(s.span.end, c.trigger.end + reach + 9) - std::min(c.trigger.end, s.span.end));
    const std::size_t with = near.find(U" with "), between = near.find(U" between ");
    if (with != std::u32string_view::npos && with <= reach) {
      list_begin = c.trigger.end + with + 6;
    } else if (between == std::u32string_view::npos || between > reach) {
      return groups;
    } else {
      // "separate summits between ASEAN leaders and leaders of China, Japan and India": the party
      // before the first "and" meets each of those listed after it.
      const std::size_t party_begin = c.trigger.end + between + 9;
      const std::size_t and_in = std::u32string_view(text).substr(party_begin, s.span.end - party_begin).find(U" and ");
      if (and_in == std::u32string_view::npos) return groups;
      const std::size_t and_at = party_begin + and_in;
      for (const auto& m : reports_.index().within(party_begin, and_at)) {
        const auto& e = reports_.index().entity(m);
        if (e.kind == model::EntityKind::person || e.kind == model::EntityKind::country) add_actor_key(first_party, e.key);
        for (const auto& key : e.members) add_actor_key(first_party, key);
      }
      if (first_party.empty()) return groups;
      list_begin = and_at + 5;
    }
  }
  std::vector<std::string> group_keys;
  std::size_t previous_end = list_begin;
  for (const auto& m : reports_.actors_in(s)) {
    if (m.span.begin < list_begin) continue;
    if (visit && reports_.index().entity(m).kind != model::EntityKind::country) break;
    // The list ends at the first word that joins no counterparts.
    if (m.span.begin < previous_end) continue;
    if (!only_list_words(std::u32string_view(text).substr(previous_end, m.span.begin - previous_end))) break;
    previous_end = m.span.end;
    const auto& e = reports_.index().entity(m);
    const std::string group = e.kind == model::EntityKind::person && !e.affiliation.empty() ? e.affiliation : e.key;
    const auto at = std::find(group_keys.begin(), group_keys.end(), group);
    if (at == group_keys.end()) {
      group_keys.push_back(group);
      groups.push_back({e.key});
    } else {
      auto& members = groups[static_cast<std::size_t>(at - group_keys.begin())];
      if (std::find(members.begin(), members.end(), e.key) == members.end()) members.push_back(e.key);
    }
  }
  return groups;
}

// "bilateral talks", "separate meetings": one of the two words before the trigger.
bool MeetingGrouping::modified_as_several(const model::EventCandidate& c, const model::Sentence& s) const {
  const auto& text = reports_.article().text;
  std::size_t end = c.trigger.begin;
  for (int words = 0; words < 2 && end > s.span.begin; ++words) {
    while (end > s.span.begin && text[end - 1] == U' ') --end;
    std::size_t begin = end;
    while (begin > s.span.begin && (is_word_char(text[begin - 1]) || text[begin - 1] == U'-')) --begin;
    if (begin == end) return false;
    if (lex_counterpart_meeting_nouns->has(std::u32string_view(text).substr(begin, end - begin), lex_counterpart_meeting_nouns.kind, "modifier")) return true;
    end = begin;
  }
  return false;
}

// One meeting per counterpart, each with whoever the report names before its noun.
bool MeetingGrouping::add_one_per_counterpart(const model::EventCandidate& c, const std::optional<model::EventDate>& date) {
  std::vector<std::string> subject;
  const auto groups = counterparts_of(c, subject);
  if (groups.size() < 2) return false;
  const auto& s = reports_.sentence(c.sentence);
  for (const auto& m : reports_.actors_in(s)) {
    if (m.span.end <= c.trigger.begin) add_actor_key(subject, reports_.index().entity(m).key);
  }
  for (const auto& group : groups) {
    MeetingDraft& d = new_draft(c, date);
    d.one_of_several = true;
    d.last_sentence = c.sentence;
    d.event.mentions.push_back(s.span);
    d.event.planned = c.planned;
    for (const auto& key : subject) add_actor(d, key);
    for (const auto& key : group) add_actor(d, key);
    d.event.place = reports_.place_near(c);
    last_ = &d;
    if (!c.planned) last_held_ = &d;
  }
  return true;
}

void MeetingGrouping::add(const model::EventCandidate& c, const std::optional<model::EventDate>& date) {
  const auto& s = reports_.sentence(c.sentence);
  const auto& index = reports_.index();
  if ((c.occasion.empty() || is_visit(c)) && add_one_per_counterpart(c, date)) return;
  MeetingDraft* d = find_same(date, c);
  if (!d) d = &new_draft(c, date);
  if (!d->event.date && date) {
    this->date(*d, *date);
    d->dated_sentence = c.sentence;
  }
  d->last_sentence = c.sentence;
  model::Event& e = d->event;
  e.mentions.push_back(s.span);
  if (c.round > 0 && e.round == 0) e.round = c.round;
  if (e.mentions.size() == 1) e.planned = c.planned;  // as its first report says
  if (!separate(*d) && !d->other_occasion) {  // "the previous round" is no meeting later reports refer to
    last_ = d;
    if (!e.planned) last_held_ = d;
  }
  const auto actors = reports_.actors_in(s);
  for (const auto& m : actors) add_actor(*d, index.entity(m).key);
  for (const auto& key : members_meeting(c)) add_actor(*d, key);
  if (e.place.empty()) e.place = reports_.place_near(c);
  if (c.hosted_by_at && e.hosted_by.empty()) e.hosted_by = first_after(actors, c.hosted_by_at);
  if (c.host_before && e.hosted_by.empty()) e.hosted_by = last_before(actors, c.host_before);
  if (c.chaired_by_at && e.chaired_by.empty()) e.chaired_by = first_after(actors, c.chaired_by_at);
  if (c.chair_before && e.chaired_by.empty()) e.chaired_by = last_before(actors, c.chair_before);
  if (c.headed_by_at || c.head_before) {
    std::string head = c.headed_by_at ? first_after(actors, c.headed_by_at, true) : std::string();
    if (head.empty() && c.head_before) {
      for (const auto& m : actors) {
        if (m.span.end <= c.head_before && index.entity(m).kind == EntityKind::person) head = index.entity(m).key;
      }
    }
    if (!head.empty() && std::find(e.delegation_heads.begin(), e.delegation_heads.end(), head) == e.delegation_heads.end()) {
      e.delegation_heads.push_back(head);
    }
  }
}

// "the SCO leaders' summit", "a meeting of the Quad foreign ministers": the member states of
// the group whose meeting the report's trigger tells.
std::vector<std::string> MeetingGrouping::members_meeting(const model::EventCandidate& c) const {
  const auto& s = reports_.sentence(c.sentence);
  // The group stands within a few words of the trigger (group_meetings.hpp): only mentions near
  // it are read, so an endless sentence of meetings costs no more per report.
  constexpr std::size_t reach = 200;
  const std::size_t from = std::max(s.span.begin, c.trigger.begin > reach ? c.trigger.begin - reach : 0);
  const std::size_t to = std::min(s.span.end, c.trigger.end + reach);
  for (const auto& m : reports_.index().within(from, to)) {
    const auto& e = reports_.index().entity(m);
    if (e.members.empty()) continue;
    const auto meeting = meeting_of_group(reports_.article().text, m.span);
    if (meeting && meeting->begin == c.trigger.begin) return e.members;
  }
  return {};
}

std::string MeetingGrouping::pronoun_subject(const MeetingDraft& d) const {
  const auto& text = reports_.article().text;
  const auto& s = reports_.sentence(d.first_sentence);
  // The first word, past a time phrase ("On Monday she met"): at most three words in; or the
  // word right after the comma that ends a longer opening phrase ("On the second day of the
  // visit, he"), within ten words.
  bool pronoun = false;
  std::size_t i = s.span.begin;
  for (std::size_t words = 0; i < s.span.end && words < 10 && !pronoun; ++words) {
    bool after_comma = false;
    for (; i < s.span.end && !is_word_char(text[i]); ++i) {
      if (text[i] == U',') after_comma = true;
    }
    std::size_t j = i;
    while (j < s.span.end && is_word_char(text[j])) ++j;
    const std::u32string_view word = std::u32string_view(text).substr(i, j - i);
    pronoun = !lex_personal_pronouns->value(word, lex_personal_pronouns.gender).empty() && (words < 4 || after_comma);  // "he", "she"
    if (words >= 4 && after_comma) break;  // the opening phrase ended on another word
    i = j;
  }
  if (!pronoun || d.first_sentence == 0) return {};
  // The subject of the sentence before: the first person it names, outside quotes ("X arrived to
  // see Y. He later met Z" is X).
  for (const auto& m : reports_.actors_in(reports_.sentence(d.first_sentence - 1))) {
    if (reports_.index().entity(m).kind == EntityKind::person) return reports_.index().entity(m).key;
  }
  return {};
}

namespace {

// Whether the words after a phrase fit its next column: "-" any; "." the sentence's end or a
// comma; else one of the listed words.
bool next_fits(std::u32string_view after, std::string_view next) {
  if (next == "-") return true;
  std::size_t i = 0;
  while (i < after.size() && after[i] == U' ') ++i;
  if (i == after.size() || after[i] == U'.' || after[i] == U',') return next.find('.') != std::string_view::npos;
  std::size_t j = i;
  while (j < after.size() && is_word_char(after[j])) ++j;
  const std::string word = model::to_utf8(after.substr(i, j - i));
  return knowledge::tsv::any_entry(next, [&](std::string_view entry) { return entry == word; });
}

}  // namespace

std::vector<std::string> MeetingGrouping::object_referents(const MeetingDraft& d) const {
  if (d.first_sentence == 0) return {};
  const std::u32string_view text = reports_.article().text;
  const auto& s = reports_.sentence(d.first_sentence);
  const std::u32string_view sentence = text.substr(s.span.begin, s.span.end - s.span.begin);
  const knowledge::WordList::Row* found = nullptr;
  std::size_t i = 0;
  while (i < sentence.size() && !found) {
    while (i < sentence.size() && !is_word_char(sentence[i])) ++i;
    std::size_t j = i;
    while (j < sentence.size() && is_word_char(sentence[j])) ++j;
    const std::u32string_view word = sentence.substr(i, j - i);
    i = j;
    if (word.empty() || !is_meeting_verb(word)) continue;
    std::size_t at = j;
    if (sentence.substr(at, 6) == U" with ") at += 5;  // "met with him"
    if (at >= sentence.size() || sentence[at] != U' ') continue;
    ++at;
    for (const auto& row : lex_object_references->rows()) {
      const std::u32string_view phrase = row.word;
      const std::size_t end = at + phrase.size();
      if (sentence.substr(at, phrase.size()) != phrase || (end < sentence.size() && is_word_char(sentence[end]))) continue;
      if (next_fits(sentence.substr(end), row.values[lex_object_references.next.index])) found = &row;
    }
  }
  if (!found) return {};
  const bool one = found->values[lex_object_references.refers.index] == "one";
  std::vector<std::string> persons;
  for (const auto& m : reports_.actors_in(reports_.sentence(d.first_sentence - 1))) {
    const auto& entity = reports_.index().entity(m);
    if (entity.kind != EntityKind::person || has_actor(d, entity.key)) continue;
    if (std::find(persons.begin(), persons.end(), entity.key) != persons.end()) continue;
    persons.push_back(entity.key);
    if (one) break;
  }
  return persons;
}

// "The president received X", "The Omani foreign minister met X": a report whose subject is
// "the", at most three words and a role noun, then a verb of meeting, is the one person the
// article gives that title (of the country the words name, when they name one).
std::string MeetingGrouping::titled_subject(const MeetingDraft& d) const {
  const std::u32string_view text = reports_.article().text;
  const auto& s = reports_.sentence(d.first_sentence);
  std::vector<std::u32string_view> words;
  std::vector<std::size_t> ends;
  for (std::size_t i = s.span.begin; i < s.span.end && words.size() < 7;) {
    while (i < s.span.end && text[i] == U' ') ++i;
    std::size_t j = i;
    while (j < s.span.end && (is_word_char(text[j]) || text[j] == U'-')) ++j;
    if (j == i) break;  // punctuation: no plain subject
    words.push_back(text.substr(i, j - i));
    ends.push_back(j);
    i = j;
  }
  if (words.size() < 3 || words[0] != U"The") return {};
  for (std::size_t k = 1; k < words.size() - 1 && k <= 4; ++k) {
    std::u32string lower(words[k]);
    for (auto& c : lower) c = c >= U'A' && c <= U'Z' ? c + 32 : c;
    if (!lex_role_nouns->contains(lower) || lex_role_nouns->has(lower, lex_role_nouns.reports)) continue;
    std::size_t verb = k + 1;
    if (verb < words.size() - 1 && lex_verb_adverbs->has(words[verb], lex_verb_adverbs.after_name)) ++verb;
    if (!is_meeting_verb(words[verb])) return {};
    // The country the words before the noun name ("The Omani foreign minister"), and the role.
    std::string country;
    std::size_t role_begin = 1;
    for (const auto& m : reports_.actors_in(s)) {
      if (m.span.begin >= ends[k]) break;
      if (reports_.index().entity(m).kind != EntityKind::country) continue;
      country = reports_.index().entity(m).key;
      while (role_begin < k && ends[role_begin - 1] < m.span.end) ++role_begin;
    }
    std::string role;
    for (std::size_t r = role_begin; r <= k; ++r) {
      if (!role.empty()) role += ' ';
      role += model::to_utf8(words[r]);
    }
    const auto& entities = reports_.article().entities;
    if (std::string found = person_with_title(entities, ascii_lower(role), country); !found.empty()) return found;
    return person_with_title(entities, ascii_lower(role), country, true);
  }
  return {};
}

void MeetingGrouping::complete_participants(MeetingDraft& d) const {
  model::Event& e = d.event;
  // "The subcommittee met in August": who met comes from the sentences before.
  for (std::size_t s = d.first_sentence; e.actors.empty() && s-- > 0;) {
    for (const auto& m : reports_.actors_in(reports_.sentence(s))) add_actor(d, reports_.index().entity(m).key);
  }
  // "The 44th ASEAN Summit opened in Vientiane. Leaders of A, B and C attended": a story that
  // opens on a meeting names who took part next.
  for (std::size_t s = d.first_sentence + 1; e.actors.empty() && s < reports_.sentence_count() && s <= d.first_sentence + 2; ++s) {
    for (const auto& m : reports_.actors_in(reports_.sentence(s))) add_actor(d, reports_.index().entity(m).key);
  }
  // "She met Premier Li Qiang": a pronoun opening the report stands for the person named last
  // before it, in the sentence before or its own paragraph's earlier sentences.
  if (const std::string subject = pronoun_subject(d); !subject.empty()) add_actor(d, subject);
  if (const std::string subject = titled_subject(d); !subject.empty()) add_actor(d, subject);
  for (const auto& key : object_referents(d)) add_actor(d, key);
  // A visit to a city is a visit to its country: the host ("arrived in Washington for a state
  // visit" is the United States'), as the gold lists a visit's two countries.
  if (is_visit(d) && !e.place.empty()) {
    if (const auto* place = reports_.entity(e.place); place && !place->contained_in.empty() && reports_.entity(place->contained_in)) {
      add_actor(d, place->contained_in);
    }
  }
  // A minister takes part for the country they serve.
  const auto people = e.actors;
  for (const auto& key : people) {
    const auto* p = reports_.entity(key);
    if (p && p->kind == EntityKind::person && !model::country_iso(p->affiliation).empty() &&
        reports_.entity(p->affiliation)) {
      add_actor(d, p->affiliation);
    }
  }
  for (const auto* role : {&e.hosted_by, &e.chaired_by}) {
    if (!role->empty()) add_actor(d, *role);
  }
}

}  // namespace parley::resolve
