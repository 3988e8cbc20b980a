#include "knowledge/news_outlets.hpp"

#include "knowledge/tsv.hpp"
#include "rdf/iri_key.hpp"

namespace parley::knowledge {

namespace embedded {
extern const std::string_view news_outlets_tsv;
}

namespace {

using tsv::split;
using tsv::trim;

}  // namespace

NewsOutletGazetteer NewsOutletGazetteer::built_in() {
  NewsOutletGazetteer g;
  g.load_tsv(embedded::news_outlets_tsv, "news-outlets.tsv");
  return g;
}

Status NewsOutletGazetteer::load_tsv(std::string_view text, std::string_view source_name) {
  std::size_t line_number = 0;
  for (std::string_view line : split(text, '\n')) {
    ++line_number;
    line = trim(line);
    if (line.empty() || line.front() == '#') continue;
    const auto fields = split(line, '\t');
    if (trim(fields[0]).empty()) {
      return Status::failure(StatusCode::bad_text, std::string(source_name) + ":" +
                                                       std::to_string(line_number) +
                                                       ": a line must start with a name");
    }
    NewsOutlet outlet{std::string(trim(fields[0])), {}};
    if (fields.size() > 1) {
      for (std::string_view alias : split(fields[1], '|')) {
        if (!trim(alias).empty()) outlet.aliases.emplace_back(trim(alias));
      }
    }
    const std::size_t index = outlets_.size();
    index_by_key_.insert_or_assign(rdf::normalize_key(outlet.name), index);
    for (const auto& alias : outlet.aliases) index_by_key_.emplace(rdf::normalize_key(alias), index);
    outlets_.push_back(std::move(outlet));
  }
  return Status::success();
}

const NewsOutlet* NewsOutletGazetteer::find_exact(std::string_view name) const {
  auto it = index_by_key_.find(rdf::normalize_key(name));
  return it == index_by_key_.end() ? nullptr : &outlets_[it->second];
}

const NewsOutlet* NewsOutletGazetteer::find_within(std::string_view text) const {
  // Appended piece by piece: GCC 12 warns falsely (-Wrestrict) on "-" + std::string.
  std::string haystack = "-";
  haystack += rdf::normalize_key(text);
  haystack += '-';
  const NewsOutlet* best = nullptr;
  std::size_t best_length = 0;
  for (const auto& [key, index] : index_by_key_) {
    // Short acronyms inside longer text match ordinary words too often ("AP", "AA").
    if (key.size() < 4 || key.size() <= best_length) continue;
    if (haystack.find("-" + key + "-") != std::string::npos) {
      best = &outlets_[index];
      best_length = key.size();
    }
  }
  return best;
}

}  // namespace parley::knowledge
