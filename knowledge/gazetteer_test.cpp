// The gazetteer's files: the members column of organizations, built in and in a user file.
#include "knowledge/gazetteer.hpp"

#include <gtest/gtest.h>

#include <algorithm>

namespace {

using parley::knowledge::EntryKind;
using parley::knowledge::Gazetteer;

const parley::knowledge::NamedThing* organization(const Gazetteer& g, std::string_view name) {
  for (const auto& e : g.lookup(name)) {
    if (e.kind == EntryKind::organization) return &g.organizations()[e.index];
  }
  return nullptr;
}

TEST(Gazetteer, AGroupListsItsMemberStatesWithTheirYears) {
  const auto* sco = organization(Gazetteer::built_in(), "SCO");
  ASSERT_NE(sco, nullptr);
  const auto india = std::find_if(sco->members.begin(), sco->members.end(), [](const auto& m) { return m.iso2 == "IN"; });
  ASSERT_NE(india, sco->members.end());
  EXPECT_FALSE(india->in(2016));
  EXPECT_TRUE(india->in(2017));
  EXPECT_TRUE(india->in(2030));
  const auto* un = organization(Gazetteer::built_in(), "UN");
  ASSERT_NE(un, nullptr);
  EXPECT_TRUE(un->members.empty());  // no short list: no meeting of the UN is one of all its members
}

TEST(Gazetteer, AUserFileGivesMembersAndItsMistakesAreRefusedByLine) {
  Gazetteer g;
  ASSERT_TRUE(g.load("# parley-gazetteer: organizations\nLake Group\t\tAA|BB:2001-2003\n", "mine.tsv").ok());
  const auto* group = organization(g, "Lake Group");
  ASSERT_NE(group, nullptr);
  ASSERT_EQ(group->members.size(), 2u);
  EXPECT_TRUE(group->members[1].in(2002));
  EXPECT_FALSE(group->members[1].in(2004));
  const auto bad = g.load("# parley-gazetteer: organizations\nRiver Group\t\tAA|Bb:2001\n", "bad.tsv");
  EXPECT_FALSE(bad.ok());
  EXPECT_NE(bad.message.find("bad.tsv:2"), std::string::npos) << bad.message;
}

}  // namespace
