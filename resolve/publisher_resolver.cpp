#include "resolve/publisher_resolver.hpp"

#include <algorithm>

#include "model/identity.hpp"

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

void resolve_publisher(model::Article& article, const knowledge::NewsOutletGazetteer& outlets) {
  auto candidates = article.publisher_candidates;
  std::stable_sort(candidates.begin(), candidates.end(), [](const auto& a, const auto& b) {
    return trust(a.source) < trust(b.source);
  });
  for (const auto& candidate : candidates) {
    const knowledge::NewsOutlet* outlet = outlets.find_exact(candidate.name);
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

void mention_outlets_of_source_lines(model::Article& article, const knowledge::NewsOutletGazetteer& outlets) {
  for (const auto& candidate : article.publisher_candidates) {
    const bool in_text = candidate.source == model::PublisherSource::source_line ||
                         candidate.source == model::PublisherSource::dateline_agency;
    if (!in_text || candidate.span.end <= candidate.span.begin) continue;
    const knowledge::NewsOutlet* outlet = outlets.find_exact(candidate.name);
    const std::string label = outlet ? outlet->name : candidate.name;
    const std::string key = model::organization_key(label);
    auto it = std::find_if(article.entities.begin(), article.entities.end(),
                           [&](const model::Entity& e) { return e.key == key; });
    if (it == article.entities.end()) {
      model::Entity e;
      e.kind = model::EntityKind::organization;
      e.key = key;
      e.label = label;
      article.entities.push_back(std::move(e));
      it = article.entities.end() - 1;
    }
    const bool known = std::any_of(it->mentions.begin(), it->mentions.end(), [&](const model::TextSpan& s) {
      return s.begin == candidate.span.begin && s.end == candidate.span.end;
    });
    if (!known) it->mentions.push_back(candidate.span);
    if (candidate.name != it->label && std::find(it->alt_labels.begin(), it->alt_labels.end(), candidate.name) == it->alt_labels.end()) {
      it->alt_labels.push_back(candidate.name);
      std::sort(it->alt_labels.begin(), it->alt_labels.end());
    }
  }
}

}  // namespace parley::resolve
