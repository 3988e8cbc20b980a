#pragma once
// When each meeting was held: the time expression of its report's clause, resolved against the
// publication date (resolve/date_resolver.hpp); the publication day for the story's lead
// meeting told as held without a date; the day of the meeting it follows for a meal or an
// "also met".
#include <deque>
#include <map>
#include <optional>
#include <vector>

#include "model/text.hpp"
#include "resolve/meeting_draft.hpp"
#include "resolve/meeting_reports.hpp"

namespace parley::resolve {

class MeetingDating {
 public:
  MeetingDating(const MeetingReports& reports, const std::vector<model::TemporalExpression>& times);

  // The date the report's own clause gives, or none.
  std::optional<model::EventDate> date_of_report(const model::EventCandidate& c) const;
  // The publication date, as precisely as the article gives it.
  std::optional<model::EventDate> publication_day() const;
  // The first meeting told as held, with no date of its own, if its first report says it was
  // held ("held", "met", a story opening on "The meeting"): news reports the day's meeting so.
  MeetingDraft* undated_lead(std::deque<MeetingDraft>& drafts) const;
  // Whether the sentence names, outside quotes, a year before the publication's or that year
  // itself as the time of something ("in 2019", "last year", "earlier this year"; not "since
  // 1979"): then it tells of the past, not the day's news.
  bool names_a_past_year(std::size_t sentence) const;
  // Whether a meeting may take a date from around the story (the sentence before's day, the
  // publication day): undated, held, of no series' other occasion, its report naming no past year.
  bool undated_news(const MeetingDraft& d) const {
    return !d.event.date && !d.event.planned && !d.other_occasion && !names_a_past_year(d.first_sentence) &&
           !tells_the_past(d.first_sentence);
  }
  // Whether the sentence tells its meeting as the past or a habit, outside quotes ("have met
  // several times", "previously met", "last met in Bali": background-markers.tsv).
  bool tells_the_past(std::size_t sentence) const;
  // Whether only names, titles and their small words stand in the text from..to.
  bool only_names_between(std::size_t from, std::size_t to) const;
  // Whether e is followed by ", when" opening the trigger's clause ("in 2015, when X met Y").
  bool opens_when_clause(const model::TemporalExpression& e, const model::TextSpan& trigger) const;
  // "held talks on Tuesday, a day after Putin hosted a dinner": the day of a meeting whose clause
  // "a day after", "two days before", "the day after" opens, counted from the day the clause
  // before names.
  std::optional<model::EventDate> day_counted_from_clause_before(const model::EventCandidate& c) const;
  // The one day the sentence before names, in the same paragraph, if it names one and nothing else.
  std::optional<model::EventDate> day_of_sentence_before(std::size_t sentence) const;
  // Whether the sentence has a word of holding ("held", "arrived") or a meeting verb ("met",
  // "visited"), not only a meeting noun ("an offer for a fourth round").
  bool reports_as_held(const model::Sentence& s) const;
  // "before the meetings opened up to a working lunch", "she also met Z": a meeting told
  // without a date right after the day's meeting, and not planned, is on that meeting's day.
  // Says whether it took it.
  static bool take_day_of_context(MeetingDraft& d, bool planned);

 private:
  const model::TemporalExpression* year_right_after(const model::TemporalExpression& e) const;

  bool reads_as_the_past(std::size_t sentence) const;

  const MeetingReports& reports_;
  std::map<std::size_t, std::vector<const model::TemporalExpression*>> times_by_sentence_;
  mutable std::map<std::size_t, bool> sentence_has_relation_;  // " after " or " before " in the sentence
  mutable std::map<std::size_t, bool> tells_the_past_;  // by sentence, as read
};

}  // namespace parley::resolve
