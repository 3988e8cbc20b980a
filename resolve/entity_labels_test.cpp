// How labels are spelled from printed forms.
#include "resolve/entity_labels.hpp"

#include <gtest/gtest.h>

namespace {

using namespace parley::resolve;

TEST(EntityLabels, AnOrganizationHasOneLabelWhateverTheCaseOrDots) {
  EXPECT_EQ(organization_label("US embassy"), "US Embassy");
  EXPECT_EQ(organization_label("U.S. Embassy"), "US Embassy");
  EXPECT_EQ(organization_label("federation Of Trade Unions"), "Federation of Trade Unions");
  // The first word keeps its capital even when it is a minor word.
  EXPECT_EQ(organization_label("The Hague Group"), "The Hague Group");
}

TEST(EntityLabels, APersonsHyphensAndArabicArticles) {
  EXPECT_EQ(person_label("Ali Bou-Saada"), "Ali Bou Saada");
  EXPECT_EQ(person_label("Rami Al-Hakim"), "Rami al-Hakim");
  EXPECT_EQ(person_label("Jana  Lind"), "Jana Lind");
}

TEST(EntityLabels, MiddleInitialsAndPatronymicsAreLeftOut) {
  EXPECT_EQ(without_middle_initials("Jana K. Lind"), "Jana Lind");
  EXPECT_EQ(without_middle_initials("Karel Ivanovich Novak"), "Karel Novak");
  // A name that opens with an initial, or would keep one word, stays as printed.
  EXPECT_EQ(without_middle_initials("J. Karel Novak"), "J. Karel Novak");
  EXPECT_EQ(without_middle_initials("K. Novak"), "K. Novak");
}

TEST(EntityLabels, APossessiveIsStripped) {
  EXPECT_EQ(strip_possessive("Novak's"), "Novak");
  EXPECT_EQ(strip_possessive("Novak\xE2\x80\x99s"), "Novak");
  EXPECT_EQ(strip_possessive("Novaks"), "Novaks");
}

}  // namespace
