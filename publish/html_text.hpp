#pragma once
// Small pieces of the site's HTML: escaping, links between pages, compact names of IRIs.
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace parley::publish {

// A count as people read it: 1234567 -> "1,234,567".
std::string thousands(std::uint64_t n);

// Text for an element or a double-quoted attribute.
std::string html_escaped(std::string_view text);

// The URL that leads from the page at from (a path relative to the site's root, such as
// "id/person/x" or "index.html") to the path to (which may carry a #fragment).
std::string relative_url(std::string_view from, std::string_view to);

// IRIs shortened with the dataset's prefixes ("dip:Meeting"); an IRI under none stays whole.
class PrefixNames {
 public:
  // A name already given keeps its first IRI.
  void add(std::string name, std::string iri);
  std::string compact(std::string_view iri) const;
  const std::vector<std::pair<std::string, std::string>>& all() const { return prefixes_; }

 private:
  std::vector<std::pair<std::string, std::string>> prefixes_;
};

}  // namespace parley::publish
