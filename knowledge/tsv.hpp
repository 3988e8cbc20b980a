#pragma once
// The small reading helpers every gazetteer file shares: fields split at a separator, trimmed.
#include <algorithm>
#include <string_view>
#include <vector>

namespace parley::knowledge::tsv {

inline std::vector<std::string_view> split(std::string_view text, char sep) {
  std::vector<std::string_view> parts;
  std::size_t start = 0;
  while (true) {
    const std::size_t end = text.find(sep, start);
    parts.push_back(text.substr(start, end == std::string_view::npos ? end : end - start));
    if (end == std::string_view::npos) break;
    start = end + 1;
  }
  return parts;
}

// Whether one of a cell's entries, separated by '|' ("met|convened"), satisfies the test.
template <typename Test>
bool any_entry(std::string_view cell, const Test& test) {
  for (std::size_t start = 0; start <= cell.size();) {
    const std::size_t bar = std::min(cell.find('|', start), cell.size());
    if (test(cell.substr(start, bar - start))) return true;
    start = bar + 1;
  }
  return false;
}

inline std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

// Calls row(line_number, fields) for each line that is neither blank nor a '#' comment, split
// at tabs; stops at the first failure and returns it.
template <typename Row>
auto for_each_row(std::string_view text, Row row) -> decltype(row(std::size_t{}, std::vector<std::string_view>{})) {
  std::size_t number = 0;
  for (auto line : split(text, '\n')) {
    ++number;
    if (trim(line).empty() || trim(line).front() == '#') continue;
    if (auto st = row(number, split(line, '\t')); !st) return st;
  }
  return decltype(row(std::size_t{}, std::vector<std::string_view>{}))::success();
}

}  // namespace parley::knowledge::tsv
