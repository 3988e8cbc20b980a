#pragma once
// A set of 64-bit hashes in flat arrays (open addressing, linear probing): 8 bytes a hash at
// worst twice over, against about 40 for std::unordered_set's nodes. The description filters
// keep one hash per distinct entity statement of a stream, which on a large corpus is millions.
#include <array>
#include <cstdint>
#include <vector>

namespace parley::exporters {

class HashSet {
 public:
  // True when hash was not in the set (and is now).
  bool insert(std::uint64_t hash) {
    if (hash == 0) hash = 1;  // 0 marks an empty slot
    // 64 tables by the top bits, each growing on its own: growing copies 1/64 of the set at a
    // time, so the peak is the set, not the set and its copy twice over.
    Table& t = tables_[hash >> 58];
    if ((t.size + 1) * 2 > t.slots.size()) grow(t);
    if (!place(t.slots, hash)) return false;
    ++t.size;
    ++size_;
    return true;
  }
  std::size_t size() const { return size_; }

 private:
  struct Table {
    std::vector<std::uint64_t> slots;
    std::size_t size = 0;
  };

  static bool place(std::vector<std::uint64_t>& slots, std::uint64_t hash) {
    const std::size_t mask = slots.size() - 1;
    // The hashes are already uniform (XXH3): their low bits are the slot.
    for (std::size_t i = static_cast<std::size_t>(hash) & mask;; i = (i + 1) & mask) {
      if (slots[i] == hash) return false;
      if (slots[i] == 0) {
        slots[i] = hash;
        return true;
      }
    }
  }

  static void grow(Table& t) {
    std::vector<std::uint64_t> bigger(t.slots.empty() ? 64 : t.slots.size() * 2, 0);
    for (std::uint64_t h : t.slots) {
      if (h != 0) place(bigger, h);
    }
    t.slots.swap(bigger);
  }

  std::array<Table, 64> tables_;
  std::size_t size_ = 0;
};

}  // namespace parley::exporters
