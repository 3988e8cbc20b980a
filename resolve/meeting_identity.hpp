#pragma once
// A meeting's label and IRI. A dated meeting is keyed by its day (or month) and the ISO codes of
// the countries taking part, so every article reporting it gives it the same IRI; an undated
// one, or a second meeting of a day that nothing tells apart, is scoped to its article.
#include <set>
#include <string>

#include "resolve/meeting_draft.hpp"
#include "resolve/meeting_reports.hpp"

namespace parley::resolve {

class MeetingIdentity {
 public:
  explicit MeetingIdentity(const MeetingReports& reports) : reports_(reports) {}

  // Sets the draft's label and key; call it for the article's meetings in order.
  void name(MeetingDraft& d);

 private:
  const MeetingReports& reports_;
  std::set<std::string> keys_;  // the IRIs of the article's meetings so far
};

}  // namespace parley::resolve
