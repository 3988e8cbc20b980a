#pragma once
// Keys that IRIs are minted from, so that the same name gives the same IRI on every machine.
#include <string>
#include <string_view>

namespace parley::rdf {

// NFKC, case-folded, marks stripped (utf8proc); runs of non-letters/non-digits become one '-'.
// "Nūrī al-Mālikī" -> "nuri-al-maliki". Never empty: a name with no letters keys as "x".
std::string normalize_key(std::string_view name);

// A fixed content hash (XXH64, seed 0) as 16 lower-case hex digits; never std::hash.
std::string content_hash_hex(std::string_view bytes);

// Percent-encode what an IRI may not carry, leaving UTF-8 and unreserved characters alone.
std::string escape_iri_path(std::string_view text);

}  // namespace parley::rdf
