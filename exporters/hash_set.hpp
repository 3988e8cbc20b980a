#pragma once
// A set of 64-bit hashes in one flat array (open addressing, linear probing): 8 bytes a hash at
// worst twice over, against about 40 for std::unordered_set's nodes. The description filters
// keep one hash per distinct entity statement of a stream, which on a large corpus is millions.
#include <cstdint>
#include <vector>

namespace parley::exporters {

class HashSet {
 public:
  // True when hash was not in the set (and is now).
  bool insert(std::uint64_t hash) {
    if (hash == 0) hash = 1;  // 0 marks an empty slot
    if ((size_ + 1) * 2 > slots_.size()) grow();
    return place(slots_, hash);
  }
  std::size_t size() const { return size_; }

 private:
  bool place(std::vector<std::uint64_t>& slots, std::uint64_t hash) {
    const std::size_t mask = slots.size() - 1;
    // The hashes are already uniform (XXH3): their low bits are the slot.
    for (std::size_t i = static_cast<std::size_t>(hash) & mask;; i = (i + 1) & mask) {
      if (slots[i] == hash) return false;
      if (slots[i] == 0) {
        slots[i] = hash;
        if (&slots == &slots_) ++size_;
        return true;
      }
    }
  }

  void grow() {
    std::vector<std::uint64_t> bigger(slots_.empty() ? 1024 : slots_.size() * 2, 0);
    for (std::uint64_t h : slots_) {
      if (h != 0) place(bigger, h);
    }
    slots_.swap(bigger);
  }

  std::vector<std::uint64_t> slots_;
  std::size_t size_ = 0;
};

}  // namespace parley::exporters
