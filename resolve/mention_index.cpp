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
  for (const auto& m : mentions_) {
    if (m.span.begin >= begin && m.span.end <= end) out.push_back(m);
  }
  return out;
}

}  // namespace parley::resolve
