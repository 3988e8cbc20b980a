#pragma once
// Where each resolved entity is mentioned, in text order: what events and quotes look up.
#include <vector>

#include "model/article.hpp"

namespace parley::resolve {

struct EntityMention {
  model::TextSpan span;
  std::size_t entity = 0;  // index into Article::entities
};

class MentionIndex {
 public:
  explicit MentionIndex(const model::Article& article);
  // Mentions inside [begin, end), in text order.
  std::vector<EntityMention> within(std::size_t begin, std::size_t end) const;
  const model::Entity& entity(const EntityMention& m) const { return article_.entities[m.entity]; }

 private:
  const model::Article& article_;
  std::vector<EntityMention> mentions_;
};

}  // namespace parley::resolve
