#pragma once
// How two printed forms of one name are recognized as the same: "Qomi" and "Kazemi-Qomi" are
// parts of "Hassan Kazemi Qomi"; "Nuri al-Maliki" and "Nouri al-Maliki" are spellings of one
// transliteration.
#include <string>
#include <string_view>
#include <vector>

namespace parley::resolve {

// Lower-cased parts of a name, split at spaces and hyphens, without particles ("al-", "bin")
// and initials: "Hassan Kazemi-Qomi" -> {"hassan", "kazemi", "qomi"}.
std::vector<std::string> name_parts(std::string_view name);

// The consonants of a part, doubled letters once: "nouri" and "nuri" -> "nr".
std::string consonant_skeleton(std::string_view part);

// Equal, or one transliteration: same first letter and same consonant skeleton.
bool same_name_part(std::string_view a, std::string_view b);

// short_parts ends long_parts ("Qomi", "Kazemi Qomi" in "Hassan Kazemi Qomi").
bool is_name_suffix(const std::vector<std::string>& short_parts,
                    const std::vector<std::string>& long_parts);

// Same length and every part the same name: "Nuri al-Maliki" ~ "Nouri al-Maliki".
bool same_full_name(const std::vector<std::string>& a, const std::vector<std::string>& b);

}  // namespace parley::resolve
