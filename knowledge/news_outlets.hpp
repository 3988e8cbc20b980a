#pragma once
// News agencies and outlets, so a publisher printed as "Jerusalem Post Group" or "AFP"
// is named the way the outlet names itself.
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "rdf/status.hpp"

namespace parley::knowledge {

struct NewsOutlet {
  std::string name;
  std::vector<std::string> aliases;
};

class NewsOutletGazetteer {
 public:
  // The outlets built into parley (ontology/gazetteer/news-outlets.tsv).
  static NewsOutletGazetteer built_in();

  // Adds the lines of a TSV file ("name<TAB>alias|alias"); errors name the source and line.
  Status load_tsv(std::string_view text, std::string_view source_name);

  // The outlet one of whose names is exactly this name (after key normalization).
  const NewsOutlet* find_exact(std::string_view name) const;
  // The outlet whose longest name occurs as whole words inside text ("Jerusalem Post Group").
  const NewsOutlet* find_within(std::string_view text) const;
  std::size_t size() const { return outlets_.size(); }

 private:
  std::vector<NewsOutlet> outlets_;
  std::map<std::string, std::size_t> index_by_key_;
};

}  // namespace parley::knowledge
