// Meetings of a group of states, on phrases written for these tests.
#include "resolve/group_meetings.hpp"

#include <gtest/gtest.h>

#include <string>

namespace {

// The word of meeting found for the group named by `group` in `text`, or "" when none.
std::string meeting_word(const std::u32string& text, const std::u32string& group) {
  const std::size_t at = text.find(group);
  const auto found = parley::resolve::meeting_of_group(text, {at, at + group.size()});
  if (!found) return {};
  std::string out;
  for (std::size_t i = found->begin; i < found->end; ++i) out += static_cast<char>(text[i]);
  return out;
}

TEST(GroupMeetings, TheWordsOfItsMembersStandBetween) {
  EXPECT_EQ(meeting_word(U"The SCO leaders' summit opened.", U"SCO"), "summit");
  EXPECT_EQ(meeting_word(U"Quad foreign ministers met in Delhi.", U"Quad"), "met");
  EXPECT_EQ(meeting_word(U"the annual ASEAN summit", U"ASEAN"), "summit");
  EXPECT_EQ(meeting_word(U"a meeting of the SCO leaders", U"SCO"), "meeting");
  EXPECT_EQ(meeting_word(U"the summit of the heads of state of the CSTO", U"CSTO"), "summit");
}

TEST(GroupMeetings, OtherWordsBetweenTellNoMeetingOfTheGroup) {
  EXPECT_EQ(meeting_word(U"The SCO said the summit would open.", U"SCO"), "");
  EXPECT_EQ(meeting_word(U"Quad, the ministers met.", U"Quad"), "");
  EXPECT_EQ(meeting_word(U"talks on the role of the SCO", U"SCO"), "");
  EXPECT_EQ(meeting_word(U"a summit with China. ASEAN", U"ASEAN"), "");
}

}  // namespace
