#pragma once
// For the entity stages' unit tests: mention candidates written by hand, as the mention finder
// would give them, placed where their words stand in a text written for the test.
#include <cstdint>
#include <string>
#include <vector>

#include "model/article.hpp"
#include "model/text.hpp"

namespace parley::resolve::testing {

struct MentionFixture {
  model::Article article;
  std::vector<model::MentionCandidate> candidates;

  explicit MentionFixture(const std::string& text) { article.text = std::u32string(text.begin(), text.end()); }

  // The candidate printed at the first occurrence of `printed` from `from` on (ASCII text).
  model::MentionCandidate& candidate(const std::string& printed, std::uint32_t cues = 0, const std::string& title = "",
                                     std::size_t from = 0) {
    const std::string text(article.text.begin(), article.text.end());
    const std::size_t at = text.find(printed, from);
    model::MentionCandidate c;
    c.span = {at, at + printed.size()};
    c.text = printed;
    for (std::size_t start = 0; start < printed.size();) {
      std::size_t end = printed.find(' ', start);
      if (end == std::string::npos) end = printed.size();
      c.words.push_back(printed.substr(start, end - start));
      start = end + 1;
    }
    c.cues = cues;
    c.title = title;
    candidates.push_back(c);
    return candidates.back();
  }
};

}  // namespace parley::resolve::testing
