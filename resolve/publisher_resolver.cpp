#include "resolve/publisher_resolver.hpp"

#include <algorithm>

namespace parley::resolve {

namespace {

int trust(model::PublisherSource source) {
  switch (source) {
    case model::PublisherSource::page_metadata: return 0;
    case model::PublisherSource::source_line: return 1;
    case model::PublisherSource::dateline_agency: return 2;
    case model::PublisherSource::masthead: return 3;
    case model::PublisherSource::sign_off: return 4;
  }
  return 5;
}

bool needs_gazetteer(model::PublisherSource source) {
  return source == model::PublisherSource::masthead || source == model::PublisherSource::sign_off;
}

}  // namespace

void resolve_publisher(model::Article& article, const gazetteer::NewsOutletGazetteer& outlets) {
  auto candidates = article.publisher_candidates;
  std::stable_sort(candidates.begin(), candidates.end(), [](const auto& a, const auto& b) {
    return trust(a.source) < trust(b.source);
  });
  for (const auto& candidate : candidates) {
    const gazetteer::NewsOutlet* outlet = outlets.find_exact(candidate.name);
    if (!outlet && needs_gazetteer(candidate.source)) outlet = outlets.find_within(candidate.name);
    if (outlet) {
      article.publisher = outlet->name;
      return;
    }
    if (!needs_gazetteer(candidate.source)) {
      article.publisher = candidate.name;
      return;
    }
  }
}

}  // namespace parley::resolve
