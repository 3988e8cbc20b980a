#pragma once
// Sentences that report meetings -> one draft per real meeting. Reports of the same meeting
// merge within an article: the same date and someone in common, the same round ("the second
// round"), a reference back ("the talks"), or an undated report right after a meeting's. A meal,
// a ceremony or a second format of the day is a meeting of its own.
#include <deque>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "model/text.hpp"
#include "resolve/meeting_dating.hpp"
#include "resolve/meeting_draft.hpp"
#include "resolve/meeting_reports.hpp"

namespace parley::resolve {

class MeetingGrouping {
 public:
  MeetingGrouping(const MeetingReports& reports, const MeetingDating& dating);

  // The candidates in sentence order.
  void add_reports(const std::vector<model::EventCandidate>& candidates);
  std::deque<MeetingDraft>& drafts() { return drafts_; }

  // Whether a meeting of that day already holds the draft's occasion and people.
  bool holds_same_meeting(const model::EventDate& day, const MeetingDraft& d) const;
  // Dates a draft that had none.
  void date(MeetingDraft& d, const model::EventDate& day);
  // Each meal or "also met" still undated takes the day of the meeting it followed, which may
  // have been dated since.
  void take_days_of_context();
  // A meeting told without a date of its own in or shortly after the report of a dated visit,
  // held if the visit was, planned if it is, was or will be held during it ("arrived on Thursday
  // for a state visit ... The leaders held a one-on-one meeting"): it takes the visit's date.
  void take_days_of_visits();
  // Each meeting still undated, not planned and told as news takes that day (the publication's).
  void date_held_on(const model::EventDate& day);
  // Participants the reports leave implicit: those of the sentences before ("The subcommittee
  // met in August"), the country each minister serves, the host and the chair.
  void complete_participants(MeetingDraft& d) const;
  // The person a pronoun opening the meeting's first report stands for, or "".
  std::vector<std::string> members_meeting(const model::EventCandidate& c) const;
  std::string pronoun_subject(const MeetingDraft& d) const;
  // The persons an object right after a verb of meeting in the first report stands for ("Merkel
  // met him", "met the two men"): named in the sentence before (object-references.tsv).
  std::vector<std::string> object_referents(const MeetingDraft& d) const;
  // The person a subject of "the" and a role names ("The president received X"), or "".
  std::string titled_subject(const MeetingDraft& d) const;

 private:
  void add_sentence(const std::vector<model::EventCandidate>& candidates, std::size_t from, std::size_t to);
  void add(const model::EventCandidate& c, const std::optional<model::EventDate>& date);
  MeetingDraft& new_draft(const model::EventCandidate& c, const std::optional<model::EventDate>& date);
  std::vector<std::vector<std::string>> counterparts_of(const model::EventCandidate& c, std::vector<std::string>& first_party) const;
  bool modified_as_several(const model::EventCandidate& c, const model::Sentence& s) const;
  bool add_one_per_counterpart(const model::EventCandidate& c, const std::optional<model::EventDate>& date);
  MeetingDraft* find_same(const std::optional<model::EventDate>& date, const model::EventCandidate& c);
  bool in_another_city(const MeetingDraft& d, const std::string& report_place) const;
  bool plans_another(const MeetingDraft& recent, const model::EventCandidate& c) const;
  bool names_someone_new(const MeetingDraft& d, const model::EventCandidate& c, bool countries_only = false) const;
  MeetingDraft* undated_referred_to(const model::EventCandidate& c);
  MeetingDraft* continued_meeting(const model::EventCandidate& c, const model::EventDate& date);
  bool shares_an_actor(const MeetingDraft& d, const model::EventCandidate& c) const;
  std::string first_after(const std::vector<EntityMention>& ms, std::size_t at, bool persons_only = false) const;
  std::string last_before(const std::vector<EntityMention>& ms, std::size_t at) const;

  const MeetingReports& reports_;
  const MeetingDating& dating_;
  std::map<std::string, std::vector<MeetingDraft*>> by_date_;
  std::deque<MeetingDraft> drafts_;  // a deque: last_ and merged drafts keep their addresses
  MeetingDraft* last_ = nullptr;
  MeetingDraft* last_held_ = nullptr;
};

}  // namespace parley::resolve
