#pragma once
// How an entity's label is spelled from the forms an article prints: one spelling per
// organization and per person, so one entity has one rdfs:label in every article.
#include <string>
#include <string_view>

namespace parley::resolve {

// "US embassy" -> "US Embassy", "U.S. Embassy" -> "US Embassy": title case, the minor words in
// lower case after the first ("Federation of Trade Unions").
std::string organization_label(std::string_view surface);

// "Ali Bou-Saada" -> "Ali Bou Saada", "Rami Al-Hakim" -> "Rami al-Hakim".
std::string person_label(std::string_view printed);

// "Jana K. Lind" -> "Jana Lind", "Vladimir Vladimirovich Putin" -> "Vladimir Putin": as
// person_key keys it; a name that opens with an initial stays as printed.
std::string without_middle_initials(const std::string& label);

// "Novak's" -> "Novak" (straight or curly apostrophe).
std::string strip_possessive(std::string s);

}  // namespace parley::resolve
