#pragma once
// How two printed forms of one name are recognized as the same: "Haddad" and "Nasser-Haddad" are
// parts of "Karim Nasser Haddad"; "Rame al-Hakim" and "Rami al-Hakim" are spellings of one
// transliteration.
#include <string>
#include <string_view>
#include <vector>

namespace parley::resolve {

// Lower-cased parts of a name, split at spaces and hyphens, without particles ("al-", "bin")
// and initials: "Karim Nasser-Haddad" -> {"hassan", "kazemi", "qomi"}.
std::vector<std::string> name_parts(std::string_view name);

// The consonants of a part, doubled letters once: "rami" and "rame" -> "nr".
std::string consonant_skeleton(std::string_view part);

// Equal, or one transliteration: same first letter and same consonant skeleton.
bool same_name_part(std::string_view a, std::string_view b);

// short_parts ends long_parts ("Haddad", "Nasser Haddad" in "Karim Nasser Haddad").
bool is_name_suffix(const std::vector<std::string>& short_parts,
                    const std::vector<std::string>& long_parts);

// Same length and every part the same name: "Rame al-Hakim" ~ "Rami al-Hakim".
bool same_full_name(const std::vector<std::string>& a, const std::vector<std::string>& b);

}  // namespace parley::resolve
