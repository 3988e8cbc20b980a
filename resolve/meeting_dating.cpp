#include "resolve/meeting_dating.hpp"

#include <algorithm>

#include "knowledge/lexicon.hpp"
#include "knowledge/tsv.hpp"
#include "resolve/date_resolver.hpp"

namespace parley::resolve {

namespace {

// The lexicon lists this file reads (ontology/lexicon/<name>.tsv).
constexpr const auto& lex_held_markers = knowledge::lists::held_markers;
constexpr const auto& lex_background_markers = knowledge::lists::background_markers;
constexpr const auto& lex_meeting_words = knowledge::lists::meeting_words;
constexpr const auto& lex_title_case_minor_words = knowledge::lists::title_case_minor_words;
constexpr const auto& lex_number_words = knowledge::lists::number_words;
constexpr const auto& lex_time_units = knowledge::lists::time_units;
constexpr const auto& lex_count_hedges = knowledge::lists::count_hedges;

}  // namespace

MeetingDating::MeetingDating(const MeetingReports& reports, const std::vector<model::TemporalExpression>& times)
    : reports_(reports) {
  for (const auto& e : times) times_by_sentence_[e.sentence].push_back(&e);
}

std::optional<model::EventDate> MeetingDating::date_of_report(const model::EventCandidate& c) const {
  if (auto counted = day_counted_from_clause_before(c)) return counted;
  std::optional<model::EventDate> best;
  std::size_t best_distance = static_cast<std::size_t>(-1);
  auto found = times_by_sentence_.find(c.sentence);
  if (found == times_by_sentence_.end()) return best;
  // "held talks with A on Sunday and met B earlier on Monday": a date before the trigger across
  // an "and" is the conjunct's before it when a date follows the trigger.
  const auto& text = reports_.article().text;
  bool date_after = false;
  for (const auto* time : found->second) date_after = date_after || (time->span.begin >= c.trigger.end && !time->when_said);
  for (const auto* time : found->second) {
    const auto& e = *time;
    if (date_after && e.span.end <= c.trigger.begin &&
        std::u32string_view(text).substr(e.span.end, c.trigger.begin - e.span.end).find(U" and ") != std::u32string_view::npos) {
      continue;
    }
    if (e.when_said || reports_.inside_quote(e.span)) continue;
    // A year alone dates no meeting held ("since the 1979 crisis"), but does a planned one
    // ("will meet later this year", "a summit in 2019"); a date in another clause is another
    // event's ("a day after a trip").
    const bool a_year = e.kind == model::TemporalKind::year || (e.kind == model::TemporalKind::relative && e.unit == 'y');
    // "met in 2019", "had visited Qatar in 2015", "met last year": a year right after a meeting
    // held dates it (not one further on: measured at 45 and 80 characters, dev-check fell).
    const bool in_a_year = e.in_year || (e.kind == model::TemporalKind::relative && e.unit == 'y' && e.offset < 0);
    const bool year_held = in_a_year && e.span.begin > c.trigger.end &&
                           (e.span.begin - c.trigger.end <= 30 || only_names_between(c.trigger.end, e.span.begin));
    if (a_year && !c.planned && !year_held && !(in_a_year && opens_when_clause(e, c.trigger))) continue;
    // "have been meeting in Washington since Sept. 25": the first day of the span the meeting has
    // run, which dates it by that day's month, as the conventions date a span printed.
    const std::size_t opener = e.span.begin > c.trigger.end ? reports_.span_opener_before(e.span.begin) : 0;
    const bool span_start = opener != 0 && !reports_.clause_break_between(c.trigger, {c.trigger.end, opener});
    if (!span_start && !opens_when_clause(e, c.trigger) &&
        (reports_.clause_break_between(c.trigger, e.span) || reports_.relative_clause_between(c.trigger, e.span))) {
      continue;
    }
    auto date = resolve_date(e, reports_.article().published, c.planned, c.past_verb && !c.planned);
    if (!date) continue;
    if (span_start) date->day = 0;
    // "in September last year", "on March 3 next year": the year that follows says which.
    if (const auto* year = year_right_after(e); year && date->month != 0 && e.kind != model::TemporalKind::full_date &&
                                               e.kind != model::TemporalKind::month_year) {
      if (const auto y = resolve_date(*year, reports_.article().published, c.planned)) date->year = y->year;
    }
    const std::size_t distance = e.span.begin > c.trigger.begin ? e.span.begin - c.trigger.begin
                                                                : c.trigger.begin - e.span.end;
    if (distance < best_distance) best = date, best_distance = distance;
  }
  return best;
}

// "The last visit was in 2015, when Obama met Kenyatta": the time a "when" clause follows is the
// time of that clause's meeting (one clause break, the "when", and none after it).
bool MeetingDating::opens_when_clause(const model::TemporalExpression& e, const model::TextSpan& trigger) const {
  constexpr std::size_t clause_reach = 200;  // a "when" clause's trigger stands near its start
  if (e.span.end > trigger.begin || trigger.begin - e.span.end > clause_reach) return false;
  const std::u32string_view text = reports_.article().text;
  std::size_t at = e.span.end;
  if (at < text.size() && text[at] == U',') ++at;
  constexpr std::u32string_view when = U" when ";
  if (text.substr(at, when.size()) != when) return false;
  return !reports_.clause_break_between({at, at + when.size() - 1}, trigger);
}

std::optional<model::EventDate> MeetingDating::day_counted_from_clause_before(const model::EventCandidate& c) const {
  const auto& s = reports_.sentence(c.sentence);
  const std::u32string_view text = reports_.article().text;
  if (c.trigger.begin <= s.span.begin) return std::nullopt;
  // No time before the trigger, nothing to count from; no "after" or "before" in the sentence
  // (read once per sentence), no count: most reports end here.
  const auto found = times_by_sentence_.find(c.sentence);
  if (found == times_by_sentence_.end() || found->second.front()->span.end >= c.trigger.begin) return std::nullopt;
  auto relation_known = sentence_has_relation_.find(c.sentence);
  if (relation_known == sentence_has_relation_.end()) {
    const std::u32string_view sentence = text.substr(s.span.begin, s.span.end - s.span.begin);
    const bool has = sentence.find(U" after ") != std::u32string_view::npos || sentence.find(U" before ") != std::u32string_view::npos;
    relation_known = sentence_has_relation_.emplace(c.sentence, has).first;
  }
  if (!relation_known->second) return std::nullopt;
  // The phrase stands in the trigger's clause, and the day it counts from in the clause before:
  // both are looked for near the trigger, not back to the start of an endless sentence.
  constexpr std::size_t phrase_reach = 160, anchor_reach = 240;
  const std::size_t from = std::max(s.span.begin, c.trigger.begin > phrase_reach ? c.trigger.begin - phrase_reach : 0);
  const std::u32string_view before = text.substr(from, c.trigger.begin - from);
  // The last " after " or " before " before the trigger, after a word of days.
  constexpr std::u32string_view after_word = U" after ", before_word = U" before ";
  std::size_t at = std::u32string_view::npos;
  bool after = false;
  for (std::size_t i = before.size(); i-- > 0 && at == std::u32string_view::npos;) {
    if (before[i] != U' ' || i + 1 >= before.size()) continue;
    if (before[i + 1] == U'a' && before.substr(i, after_word.size()) == after_word) at = i, after = true;
    if (before[i + 1] == U'b' && before.substr(i, before_word.size()) == before_word) at = i;
  }
  if (at == std::u32string_view::npos) return std::nullopt;
  const std::size_t phrase_end = from + at + (after ? after_word : before_word).size();
  if (reports_.clause_break_between({phrase_end, phrase_end}, c.trigger)) return std::nullopt;
  // The two words before it: "a day", "two days", "the day", "three weeks".
  std::size_t end = at, start = before.rfind(U' ', end == 0 ? 0 : end - 1);
  if (start == std::u32string_view::npos) return std::nullopt;
  const std::string_view unit = lex_time_units->value(before.substr(start + 1, end - start - 1), lex_time_units.unit);
  const long per = unit == "d" ? 1 : unit == "w" ? 7 : 0;
  if (per == 0 || start == 0) return std::nullopt;
  end = start;
  start = before.rfind(U' ', end - 1);
  const std::size_t count_begin = start == std::u32string_view::npos ? 0 : start + 1;
  const std::u32string_view count_word = before.substr(count_begin, end - count_begin);
  long count = 0;
  if (count_word == U"the") {
    count = 1;
  } else if (const std::string_view value = lex_number_words->value(count_word, lex_number_words.value); !value.empty()) {
    count = std::stol(std::string(value));
  }
  if (count <= 0) return std::nullopt;
  // "more than two weeks after", "nearly a week before": a count that says it is not exact.
  if (count_begin > 1) {
    const std::size_t word_end = count_begin - 1;
    const std::size_t space = before.rfind(U' ', word_end - 1);
    const std::size_t hedge_begin = space == std::u32string_view::npos ? 0 : space + 1;
    if (lex_count_hedges->contains(before.substr(hedge_begin, word_end - hedge_begin))) return std::nullopt;
  }
  // The day the clause before names: the nearest time expression ending before the phrase, if
  // near (the sentence's times are in text order).
  const std::size_t phrase_begin = from + count_begin;
  const auto& times = found->second;
  auto past = std::lower_bound(times.begin(), times.end(), phrase_begin,
                               [](const model::TemporalExpression* e, std::size_t end_at) { return e->span.end <= end_at; });
  const model::TemporalExpression* anchor = nullptr;
  for (auto it = past; it != times.begin() && !anchor;) {
    const auto* e = *--it;
    if (e->span.end + anchor_reach < phrase_begin) break;
    if (!e->when_said && !reports_.inside_quote(e->span)) anchor = e;
  }
  if (!anchor) return std::nullopt;
  const auto day = resolve_date(*anchor, reports_.article().published, c.planned, c.past_verb && !c.planned);
  if (!day || day->day == 0) return std::nullopt;
  model::EventDate counted = add_days(*day, (after ? -1 : 1) * count * per);
  if (per > 1) counted.day = 0;  // weeks are told loosely: the month they reach
  return counted;
}

// "met Chinese President Xi Jinping in 2019": between a meeting verb and a year, only the names
// and titles of those met, the small words of names ("of", "the") and places ("in Osaka"):
// capitalized words and title-case-minor-words.tsv's, at most eight.
bool MeetingDating::only_names_between(std::size_t from, std::size_t to) const {
  const std::u32string_view text = std::u32string_view(reports_.article().text).substr(from, to - from);
  std::size_t words = 0;
  bool only_names = true;
  for (std::size_t i = 0; i < text.size() && only_names;) {
    while (i < text.size() && text[i] == U' ') ++i;
    std::size_t j = i;
    while (j < text.size() && text[j] != U' ') ++j;
    if (j == i) break;
    const std::u32string_view word = text.substr(i, j - i);
    const bool capitalized = word.front() >= U'A' && word.front() <= U'Z';
    only_names = ++words <= 8 && (capitalized || lex_title_case_minor_words->contains(word));
    i = j;
  }
  return only_names;
}

// A year ("last year", "in 2019") right after a month or a day: at most a blank between them.
const model::TemporalExpression* MeetingDating::year_right_after(const model::TemporalExpression& e) const {
  auto found = times_by_sentence_.find(e.sentence);
  if (found == times_by_sentence_.end()) return nullptr;
  for (const auto* other : found->second) {
    const bool a_year = other->kind == model::TemporalKind::year ||
                        (other->kind == model::TemporalKind::relative && other->unit == 'y');
    if (a_year && other->span.begin >= e.span.end && other->span.begin <= e.span.end + 1) return other;
  }
  return nullptr;
}

std::optional<model::EventDate> MeetingDating::publication_day() const {
  const auto& published = reports_.article().published;
  if (!published) return std::nullopt;
  return model::EventDate{published->year, published->month, published->day};
}

MeetingDraft* MeetingDating::undated_lead(std::deque<MeetingDraft>& drafts) const {
  for (auto& d : drafts) {
    if (d.event.date || d.event.planned || d.other_occasion) continue;  // "the previous round": not the news
    if (names_a_past_year(d.first_sentence) || tells_the_past(d.first_sentence)) return nullptr;
    return reports_as_held(reports_.sentence(d.first_sentence)) ? &d : nullptr;
  }
  return nullptr;
}

// "X arrived in Doha on Thursday. She met Y": the story goes on in the time its paragraph's
// sentence before set, when that sentence names one day (outside quotes, not when something was said).
std::optional<model::EventDate> MeetingDating::day_of_sentence_before(std::size_t sentence) const {
  if (sentence == 0) return std::nullopt;
  const auto& text = reports_.article().text;
  const auto& here = reports_.sentence(sentence);
  const auto& before = reports_.sentence(sentence - 1);
  const std::u32string_view between = std::u32string_view(text).substr(before.span.end, here.span.begin - before.span.end);
  if (between.find(U'\n') != std::u32string_view::npos) return std::nullopt;  // another paragraph
  const auto found = times_by_sentence_.find(sentence - 1);
  if (found == times_by_sentence_.end()) return std::nullopt;
  std::optional<model::EventDate> day;
  for (const auto* e : found->second) {
    if (e->when_said || reports_.inside_quote(e->span)) continue;
    const auto date = resolve_date(*e, reports_.article().published, false);
    if (!date || date->day == 0 || (day && day->lexical() != date->lexical())) return std::nullopt;  // a month, or two days
    day = date;
  }
  return day;
}

bool MeetingDating::tells_the_past(std::size_t sentence) const {
  // Asked of a draft's first sentence by every pass that dates from around the story: read once.
  if (const auto known = tells_the_past_.find(sentence); known != tells_the_past_.end()) return known->second;
  const bool told = reads_as_the_past(sentence);
  tells_the_past_.emplace(sentence, told);
  return told;
}

bool MeetingDating::reads_as_the_past(std::size_t sentence) const {
  const auto& s = reports_.sentence(sentence);
  const std::u32string_view text = reports_.article().text;
  std::u32string_view previous;
  std::size_t previous_at = 0;
  bool found = false;
  any_word(text.substr(s.span.begin, s.span.end - s.span.begin), [&](std::u32string_view word) {
    const std::size_t at = static_cast<std::size_t>(word.data() - text.data());
    if (!previous.empty() && !reports_.inside_quote({previous_at, previous_at + previous.size()})) {
      const std::string_view next = lex_background_markers->value(previous, lex_background_markers.next);
      if (!next.empty()) {
        const std::string after = model::to_utf8(word);
        found = next == "-" || knowledge::tsv::any_entry(next, [&](std::string_view entry) { return entry == after; });
      }
    }
    previous = word;
    previous_at = at;
    return found;
  });
  // A marker needing nothing after it may end the sentence ("they have met twice").
  if (!found && !previous.empty() && lex_background_markers->value(previous, lex_background_markers.next) == "-") found = true;
  return found;
}

// "X last met Y in 2019 in Osaka", "Earlier this year, X visited China": a sentence that names a
// year before the publication's, or the year itself, tells of something before the news.
bool MeetingDating::names_a_past_year(std::size_t sentence) const {
  const auto found = times_by_sentence_.find(sentence);
  const auto& published = reports_.article().published;
  if (found == times_by_sentence_.end() || !published) return false;
  for (const auto* e : found->second) {
    if (e->when_said || reports_.inside_quote(e->span)) continue;
    if (e->kind == model::TemporalKind::year && e->in_year && e->year < published->year) return true;  // not "since 1979"
    if (e->kind == model::TemporalKind::relative && e->unit == 'y' && e->offset <= 0) return true;
  }
  return false;
}

bool MeetingDating::reports_as_held(const model::Sentence& s) const {
  const auto& text_all = reports_.article().text;
  // "Nov. 13, 2019 (EIRNS)—The meeting ...": the report begins after the dateline.
  std::size_t begin = s.span.begin;
  while (begin < s.span.end && (reports_.in_dateline(begin) || !is_word_char(text_all[begin]))) {
    // "(EIRNS)", "(AFP)": the agency the dateline names.
    if (text_all[begin] == U'(') {
      const std::size_t close = text_all.find(U')', begin);
      if (close != std::u32string::npos && close < s.span.end && close - begin <= 40) begin = close;
    }
    ++begin;
  }
  const std::u32string_view text = std::u32string_view(text_all).substr(begin, s.span.end - begin);
  // "The meeting at the White House between X and Y went on longer": a story that opens on
  // the meeting as its subject reports it held.
  if (text.substr(0, 4) == U"The ") {
    std::size_t j = 4;
    while (j < text.size() && is_word_char(text[j])) ++j;
    if (lex_meeting_words->has(text.substr(4, j - 4), lex_meeting_words.names_meeting)) return true;
  }
  std::size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && !is_word_char(text[i])) ++i;
    std::size_t j = i;
    while (j < text.size() && (is_word_char(text[j]) || text[j] == U'-')) ++j;
    const std::u32string_view word = text.substr(i, j - i);
    if (lex_held_markers->contains(word)) return true;
    if (is_meeting_verb(word) && lex_meeting_words->value(word, lex_meeting_words.next) == "-") {
      return true;
    }
    i = j;
  }
  return false;
}

bool MeetingDating::take_day_of_context(MeetingDraft& d, bool planned) {
  if (d.event.date || !d.context || !d.context->event.date || planned) return false;
  d.event.date = d.context->event.date;
  d.dated_sentence = d.context->dated_sentence;
  return true;
}

}  // namespace parley::resolve
