#include "pipeline/shard.hpp"

#include <xxhash.h>

#include <charconv>

namespace parley::pipeline {

std::optional<Shard> parse_shard(std::string_view text) {
  const std::size_t slash = text.find('/');
  if (slash == std::string_view::npos) return std::nullopt;
  Shard shard;
  const auto k = std::from_chars(text.data(), text.data() + slash, shard.index);
  const auto n = std::from_chars(text.data() + slash + 1, text.data() + text.size(), shard.count);
  if (k.ec != std::errc() || k.ptr != text.data() + slash || n.ec != std::errc() ||
      n.ptr != text.data() + text.size() || shard.count == 0 || shard.index == 0 ||
      shard.index > shard.count) {
    return std::nullopt;
  }
  return shard;
}

bool in_shard(const Shard& shard, std::string_view key) {
  // XXH64 with seed 0 is fixed by its specification: the same share on every machine.
  return XXH64(key.data(), key.size(), 0) % shard.count == shard.index - 1;
}

}  // namespace parley::pipeline
