#pragma once
// Meetings of a group of states: "the SCO leaders' summit", "Quad foreign ministers met", "a
// meeting of the heads of state of the CSTO". The group's name and a word of meeting with only
// words of its members between (member-words.tsv); the member states come from the gazetteer.
#include <optional>
#include <string_view>

#include "model/text.hpp"

namespace parley::resolve {

// The word of meeting (meeting-words.tsv, not a party's noun) that tells a meeting of the group
// named at `group`: after it past words of its members, or before it past them and an "of";
// none when any other word or a mark other than an apostrophe stands between.
std::optional<model::TextSpan> meeting_of_group(std::u32string_view text, model::TextSpan group);

}  // namespace parley::resolve
