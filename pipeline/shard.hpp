#pragma once
// --shard K/N: a stable share of the inputs, chosen by a hash of each input's name relative to
// the argument that named it (and of the record's position inside an archive), so that N
// machines with the corpus mounted anywhere each convert their share with no coordination,
// and the N shares together are every input exactly once.
#include <optional>
#include <string>
#include <string_view>

namespace parley::pipeline {

struct Shard {
  unsigned index = 1;  // K, from 1
  unsigned count = 1;  // N
};

// "K/N" with 1 <= K <= N; nullopt for anything else.
std::optional<Shard> parse_shard(std::string_view text);

// Whether the input named key (its relative name, "dir/a.txt", or "crawl.warc.gz#12") is in it.
bool in_shard(const Shard& shard, std::string_view key);

}  // namespace parley::pipeline
