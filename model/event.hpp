#pragma once
// Meetings and quotes of one article, after resolution: who met whom, when and where, and who
// said what. Entities are referred to by their keys (model/entity.hpp).
#include <optional>
#include <string>
#include <vector>

#include "model/event_kind.hpp"  // generated from ontology/diplomacy.ttl
#include "model/span.hpp"

namespace parley::model {

struct EventDate {
  int year = 0;
  int month = 0;  // 0: the year only
  int day = 0;    // 0: the month only

  // "2007-07-24", "2007-07" or "2007": also the xsd:date / xsd:gYearMonth / xsd:gYear form.
  std::string lexical() const;
};

struct Event {
  std::string key;                       // "event/2007-07-24-ir-us"
  bool article_scoped = false;           // undated or without countries: under the article IRI
  std::string label;
  std::optional<EventDate> date;
  std::string place;                     // entity key
  std::vector<std::string> actors;       // entity keys: persons, countries, organizations
  std::string hosted_by;                 // entity key
  std::string chaired_by;                // entity key
  std::vector<std::string> delegation_heads;
  int round = 0;                         // 0: not stated
  bool planned = false;
  EventKind kind = EventKind::Meeting;   // its class and CAMEO code come from the kind table
  std::vector<TextSpan> mentions;        // the sentences that report it
};

struct Quote {
  std::string text;     // the quoted words, without the marks
  TextSpan span;        // of the words
  std::string speaker;  // entity key
};

}  // namespace parley::model
