#include "knowledge/sorted_words.hpp"

#include <algorithm>

namespace parley::knowledge {

namespace embedded {
extern const std::string_view common_nouns_txt;
extern const std::string_view given_names_txt;
}  // namespace embedded

namespace {

// The line that holds byte at (a newline belongs to the line it ends), without its newline.
std::string_view line_at(std::string_view text, std::size_t at) {
  const std::size_t begin = at == 0 ? 0 : text.rfind('\n', at - 1) + 1;  // npos + 1 is 0
  const std::size_t end = std::min(text.find('\n', at), text.size());
  return text.substr(begin, end - begin);
}

}  // namespace

SortedWords::SortedWords(std::string_view text) {
  // Skip the comments and the column line; the words follow.
  bool column_line_seen = false;
  while (!text.empty()) {
    const std::size_t end = std::min(text.find('\n'), text.size());
    const std::string_view line = text.substr(0, end);
    if (!line.empty() && line.front() != '#') {
      if (column_line_seen) break;
      column_line_seen = true;
    }
    text.remove_prefix(std::min(end + 1, text.size()));
  }
  while (!text.empty() && text.back() == '\n') text.remove_suffix(1);
  words_ = text;
}

bool SortedWords::contains(std::string_view word) const { return find(word).data() != nullptr; }

std::string_view SortedWords::value(std::string_view word) const {
  const std::string_view line = find(word);
  const std::size_t tab = line.find('\t');
  return tab == std::string_view::npos ? std::string_view() : line.substr(tab + 1);
}

// The line whose first field is word, or a null view. A tab sorts before every letter, so the
// lines' byte order is their words' order.
std::string_view SortedWords::find(std::string_view word) const {
  // Binary search over byte offsets: each probe reads the line it lands in.
  std::size_t low = 0, high = words_.size();
  while (low < high) {
    const std::size_t mid = low + (high - low) / 2;
    const std::string_view line = line_at(words_, mid);
    const std::size_t line_begin = static_cast<std::size_t>(line.data() - words_.data());
    const int order = line.substr(0, line.find('\t')).compare(word);
    if (order == 0) return line;
    if (order < 0) {
      low = line_begin + line.size() + 1;
    } else {
      high = line_begin;
    }
  }
  return {};
}

bool SortedWords::sorted() const {
  std::string_view previous;
  std::string_view rest = words_;
  while (!rest.empty()) {
    const std::size_t end = rest.find('\n');
    const std::string_view line = rest.substr(0, end);
    if (!previous.empty() && !(previous < line)) return false;
    previous = line;
    rest.remove_prefix(end == std::string_view::npos ? rest.size() : end + 1);
  }
  return true;
}

const SortedWords& common_nouns() {
  static const SortedWords words(embedded::common_nouns_txt);
  return words;
}

const SortedWords& given_names() {
  static const SortedWords words(embedded::given_names_txt);
  return words;
}

}  // namespace parley::knowledge
