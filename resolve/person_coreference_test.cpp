// Clustering the mentions of persons, on candidates written by hand.
#include "resolve/person_coreference.hpp"

#include <gtest/gtest.h>

#include <deque>
#include <string>

namespace {

using parley::model::MentionCandidate;
using parley::resolve::NamePartsCache;
using parley::resolve::PersonCluster;

struct Persons {
  std::deque<MentionCandidate> all;  // a deque keeps their addresses
  std::vector<const MentionCandidate*> order;
  MentionCandidate& add(const std::string& text) {
    MentionCandidate c;
    c.text = text;
    c.span = {all.size() * 100, all.size() * 100 + text.size()};
    all.push_back(c);
    order.push_back(&all.back());
    return all.back();
  }
  std::vector<PersonCluster> clusters() const {
    NamePartsCache names;
    return parley::resolve::cluster_persons(order, names);
  }
};

std::vector<std::string> members(const PersonCluster& c) {
  std::vector<std::string> out;
  for (const auto* m : c.members) out.push_back(m->text);
  return out;
}

// "Lula" of "Luiz Inacio Lula da Silva", "Bagheri" of "Ali Bagheri Kani": a name used alone that
// is a middle part of one full name joins it when neither a first nor a last part fits.
TEST(PersonCoreference, AMiddlePartAloneJoinsTheFullName) {
  Persons p;
  p.add("Luiz Inacio Lula da Silva");
  p.add("Lula");
  p.add("Ali Bagheri Kani");
  p.add("Bagheri");
  p.add("Kani");
  p.add("Jana Lind");
  p.add("Mirko");
  const auto c = p.clusters();
  ASSERT_EQ(c.size(), 4u);
  EXPECT_EQ(members(c[0]), (std::vector<std::string>{"Luiz Inacio Lula da Silva", "Lula"}));
  EXPECT_EQ(members(c[1]), (std::vector<std::string>{"Ali Bagheri Kani", "Bagheri", "Kani"}));
  EXPECT_EQ(members(c[3]), (std::vector<std::string>{"Mirko"}));
}

// "Arthur Waite" of "Arthur Edward Waite": a name that leaves out a middle part joins the longer one.
TEST(PersonCoreference, ANameWithoutItsMiddlePartJoinsTheFullName) {
  Persons p;
  p.add("Arthur Edward Waite");
  p.add("Arthur Waite");
  p.add("Karel Waite");
  const auto c = p.clusters();
  ASSERT_EQ(c.size(), 2u);
  EXPECT_EQ(members(c[0]), (std::vector<std::string>{"Arthur Edward Waite", "Arthur Waite"}));
  EXPECT_EQ(members(c[1]), (std::vector<std::string>{"Karel Waite"}));
}

TEST(PersonCoreference, ASurnameOrAPartialNameJoinsTheFullName) {
  Persons p;
  p.add("Novak");
  p.add("Jana Karel Novak");
  p.add("Karel Novak");
  p.add("Liu Jianhong");
  p.add("Liu");
  const auto c = p.clusters();
  ASSERT_EQ(c.size(), 2u);
  // The longest name founds the cluster, whatever comes first in the text.
  // Longer forms come before shorter ones.
  EXPECT_EQ(members(c[0]), (std::vector<std::string>{"Jana Karel Novak", "Karel Novak", "Novak"}));
  EXPECT_EQ(members(c[1]), (std::vector<std::string>{"Liu Jianhong", "Liu"}));
}

TEST(PersonCoreference, OneTransliterationIsOnePerson) {
  Persons p;
  p.add("Rami al-Hakim");
  p.add("Rame al-Hakim");
  EXPECT_EQ(p.clusters().size(), 1u);
}

// A surname two persons share joins the one the article names most; a tie joins neither.
TEST(PersonCoreference, ASharedSurnameJoinsThePersonNamedMost) {
  Persons p;
  p.add("Jana Novak");
  p.add("Jana Novak");
  p.add("Karel Novak");
  p.add("Novak");
  auto c = p.clusters();
  ASSERT_EQ(c.size(), 2u);
  EXPECT_EQ(members(c[0]).size(), 3u);
  EXPECT_EQ(members(c[1]).size(), 1u);
  Persons tie;
  tie.add("Jana Novak");
  tie.add("Karel Novak");
  tie.add("Novak");
  c = tie.clusters();
  ASSERT_EQ(c.size(), 2u);
  EXPECT_EQ(members(c[0]).size() + members(c[1]).size(), 2u);
}

// A tie is broken by what the mention says: "Mrs Novak" is the woman (given-names.txt: "Jana" f,
// "Tomas" m), "President Novak" the one titled so; without either it stays a tie.
TEST(PersonCoreference, AHonorificOrATitleBreaksATieOfSurnames) {
  Persons p;
  p.add("Jana Novak");
  p.add("Tomas Novak").title = "President";
  p.add("Novak").gender = 'f';
  auto c = p.clusters();
  ASSERT_EQ(c.size(), 2u);
  EXPECT_EQ(members(c[0]), (std::vector<std::string>{"Jana Novak", "Novak"}));
  Persons titled;
  titled.add("Jana Novak");
  titled.add("Tomas Novak").title = "Omani President";
  titled.add("Novak").title = "President";
  c = titled.clusters();
  ASSERT_EQ(c.size(), 2u);
  EXPECT_EQ(members(c[1]), (std::vector<std::string>{"Tomas Novak", "Novak"}));
  // "Mr Novak" after "Lady Eva Novak" and "Karel Novak" (given names that say nothing): not the lady.
  Persons lady;
  lady.add("Karel Novak");
  lady.add("Eva Novak").gender = 'f';
  lady.add("Novak").gender = 'm';
  c = lady.clusters();
  ASSERT_EQ(c.size(), 2u);
  EXPECT_EQ(members(c[0]), (std::vector<std::string>{"Karel Novak", "Novak"}));
  // "Mr Novak" when neither the given names nor honorifics say anything of gender: still no telling which.
  Persons unknown;
  unknown.add("Karel Novak");
  unknown.add("Eva Novak");
  unknown.add("Novak").gender = 'm';
  c = unknown.clusters();
  EXPECT_EQ(members(c[0]).size() + members(c[1]).size(), 2u);
}

// Above name_scan_limit persons the clusters are found by index, not by scan: the same clusters.
TEST(PersonCoreference, ManyPersonsClusterAsFewDo) {
  // Surnames of distinct consonant skeletons ("v" and three consonants, no two alike in a row).
  const std::string consonants = "bdfglmnprst";
  std::vector<std::string> surnames;
  for (std::size_t i = 0; surnames.size() < parley::resolve::name_scan_limit; ++i) {
    const char a = consonants[i % 11], b = consonants[(i / 11) % 11], c = consonants[(i / 121) % 11];
    if (a == b || b == c) continue;
    surnames.push_back(std::string("Vo") + a + 'a' + b + 'e' + c + 'o');
  }
  const auto surname = [&](std::size_t i) { return surnames[i]; };
  Persons many;
  const std::size_t n = parley::resolve::name_scan_limit;
  for (std::size_t i = 0; i < n; ++i) many.add("Jana " + surname(i));
  for (std::size_t i = 0; i < n; ++i) many.add(surname(i));
  const auto c = many.clusters();
  ASSERT_EQ(c.size(), n);
  for (const auto& cluster : c) {
    ASSERT_EQ(cluster.members.size(), 2u);
    EXPECT_EQ("Jana " + cluster.members[1]->text, cluster.members[0]->text);
  }
}

}  // namespace
