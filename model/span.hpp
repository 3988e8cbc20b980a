#pragma once
#include <cstddef>

namespace parley::model {

// Code points into Article::text: also the NIF offsets.
struct TextSpan {
  std::size_t begin = 0;
  std::size_t end = 0;
};

}  // namespace parley::model
