#pragma once
// What a published folder remembers of how it was made, so that `parley publish DIR --update`
// can add to it: the site's settings (.parley-site, which also marks the folder as parley's)
// and the inputs published, each with a hash of its bytes (.parley-inputs), in the order they
// were converted. The dump of a publish is its articles' N-Quads in that order, so an update
// appends the new inputs' and remakes the site from it: the same folder a publish of all the
// inputs gives.
#include <cstdint>
#include <string>
#include <vector>

#include "rdf/status.hpp"

namespace parley::publish {

struct SiteSettings {
  std::string site, base, title, license, creator;
  std::string source_base;  // --source-base, when given: the articles' prov:hadPrimarySource
  std::string created;  // YYYY-MM-DD: the first publish's date (dcterms:created)
};

struct PublishedInput {
  std::string path;   // as the input was named (or found under the directory named)
  std::string hash;   // XXH3-64 of its bytes, 16 hex digits
};

inline constexpr const char* site_marker_name = ".parley-site";
inline constexpr const char* site_inputs_name = ".parley-inputs";

// The marker's text: a line saying what the folder is, then "key<TAB>value" lines.
std::string settings_text(const SiteSettings& s);
// Reads dir's marker; a folder from before settings were recorded has none to give (an error).
Status read_settings(const std::string& dir, SiteSettings& out);

std::string inputs_text(const std::vector<PublishedInput>& inputs);
Status read_inputs(const std::string& dir, std::vector<PublishedInput>& out);

// Copies an N-Quads dump parley wrote, counting its statements (its lines) on the way: an
// update's dump begins with the site's, read once.
Status copy_dump(const std::string& from, const std::string& to, std::uint64_t& statements);

// The files the paths name (directories walked as a conversion walks them), each hashed;
// unreadable files are left to the conversion to report. "-" (standard input) is no file.
Status hash_inputs(const std::vector<std::string>& paths, std::vector<PublishedInput>& out);

}  // namespace parley::publish
