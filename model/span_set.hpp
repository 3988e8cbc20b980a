#pragma once
// Spans sorted by start, for "is this position inside one of them?" in logarithmic time: the
// text stages ask it for every token, and a hostile page may hold millions of quotes.
#include <algorithm>
#include <vector>

#include "model/span.hpp"

namespace parley::model {

class SpanSet {
 public:
  SpanSet() = default;
  template <typename Range, typename SpanOf>
  SpanSet(const Range& items, SpanOf span_of) {
    for (const auto& item : items) spans_.push_back(span_of(item));
    std::sort(spans_.begin(), spans_.end(), [](const TextSpan& a, const TextSpan& b) { return a.begin < b.begin; });
    // The furthest end so far, so that nested spans are found too.
    std::size_t furthest = 0;
    for (const auto& s : spans_) {
      furthest = std::max(furthest, s.end);
      reach_.push_back(furthest);
    }
  }

  bool contains(std::size_t position) const {
    // The spans starting at or before position; one of them covers it when the furthest end
    // among them lies beyond it.
    auto it = std::upper_bound(spans_.begin(), spans_.end(), position,
                               [](std::size_t p, const TextSpan& s) { return p < s.begin; });
    if (it == spans_.begin()) return false;
    return reach_[static_cast<std::size_t>(it - spans_.begin()) - 1] > position;
  }

  bool covers(const TextSpan& span) const {
    auto it = std::upper_bound(spans_.begin(), spans_.end(), span.begin,
                               [](std::size_t p, const TextSpan& s) { return p < s.begin; });
    while (it != spans_.begin()) {
      --it;
      if (it->end >= span.end) return true;
      if (reach_[static_cast<std::size_t>(it - spans_.begin())] < span.end) return false;
    }
    return false;
  }

 private:
  std::vector<TextSpan> spans_;
  std::vector<std::size_t> reach_;
};

}  // namespace parley::model
