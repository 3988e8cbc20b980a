#pragma once
// A meeting while its reports are being grouped: the event it becomes, and what grouping,
// dating and identity need to remember of the reports that made it.
#include <cstddef>
#include <string>
#include <unordered_set>

#include "model/event.hpp"

namespace parley::resolve {

struct MeetingDraft {
  model::Event event;
  model::EventKind kind = model::EventKind::Talks;
  std::size_t first_sentence = 0;
  std::size_t last_sentence = 0;
  std::size_t dated_sentence = 0;  // the report that gave the date
  // "dinner", "ceremony", "one-on-one": the occasion or format the meeting was first reported
  // as, which keeps it apart from the day's other meetings of the same parties (its IRI says it).
  std::string own_occasion;
  std::string occasion;  // what reports of it must name to join it; a format the day's meeting took on
  bool format = false;   // the occasion is a format: the meeting is the day's talks, in that format
  bool apart = false;    // the occasion is "sidelines": a meeting held apart at a gathering
  bool other_occasion = false;  // "the last visit": another of a series, anchored to nothing told around it
  const MeetingDraft* context = nullptr;  // the meeting being reported when this one was first
  // One of several meetings one report tells ("meetings with A, B and C"): keyed by its own
  // countries, not by every country of the report.
  bool one_of_several = false;
  // The event's actors as a set: whether one takes part is asked per mention, and a meeting may
  // gather thousands of names in a hostile text.
  std::unordered_set<std::string> actor_keys;
};

inline bool has_actor(const MeetingDraft& d, const std::string& key) { return d.actor_keys.count(key) != 0; }

// Adds an actor once, in the order they are named.
inline void add_actor(MeetingDraft& d, const std::string& key) {
  if (d.actor_keys.insert(key).second) d.event.actors.push_back(key);
}

// A meal or a ceremony: an occasion that general reports of the day's meeting do not join.
inline bool separate(const MeetingDraft& d) { return !d.occasion.empty() && !d.format; }

}  // namespace parley::resolve
