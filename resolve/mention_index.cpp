#include "resolve/mention_index.hpp"

#include <algorithm>

namespace parley::resolve {

MentionIndex::MentionIndex(const model::Article& article) : article_(article) {
  for (std::size_t i = 0; i < article.entities.size(); ++i) {
    for (const auto& span : article.entities[i].mentions) mentions_.push_back({span, i});
  }
  std::sort(mentions_.begin(), mentions_.end(), [](const EntityMention& a, const EntityMention& b) {
    return a.span.begin != b.span.begin ? a.span.begin < b.span.begin : a.entity < b.entity;
  });
}

std::vector<EntityMention> MentionIndex::within(std::size_t begin, std::size_t end) const {
  std::vector<EntityMention> out;
  auto it = std::lower_bound(mentions_.begin(), mentions_.end(), begin,
                             [](const EntityMention& m, std::size_t at) { return m.span.begin < at; });
  for (; it != mentions_.end() && it->span.begin < end; ++it) {
    if (it->span.end <= end) out.push_back(*it);
  }
  return out;
}

}  // namespace parley::resolve
