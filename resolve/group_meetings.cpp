#include "resolve/group_meetings.hpp"

#include "knowledge/lexicon.hpp"
#include "resolve/meeting_reports.hpp"

namespace parley::resolve {

namespace {

constexpr const auto& lex_member_words = knowledge::lists::member_words;
constexpr const auto& lex_meeting_words = knowledge::lists::meeting_words;

constexpr int reach = 8;  // words between the group and the meeting: "heads of state and government"

bool is_meeting_word(std::u32string_view word) {
  return lex_meeting_words->contains(word) && !lex_meeting_words->has(word, lex_meeting_words.party);
}

// Spaces and apostrophes ("leaders' summit") may stand between the words; nothing else.
bool is_gap_mark(char32_t c) { return c == U' ' || c == U'\'' || c == U'\u2019'; }

bool is_member_word(std::u32string_view word) { return lex_member_words->contains(word) || word == U"s"; }

}  // namespace

std::optional<model::TextSpan> meeting_of_group(std::u32string_view text, model::TextSpan group) {
  // After the group: "the SCO leaders' summit", "Quad foreign ministers met".
  std::size_t i = group.end;
  for (int words = 0; words < reach; ++words) {
    while (i < text.size() && is_gap_mark(text[i])) ++i;
    std::size_t j = i;
    while (j < text.size() && is_word_char(text[j])) ++j;
    if (j == i) break;
    const std::u32string_view word = text.substr(i, j - i);
    if (is_meeting_word(word)) return model::TextSpan{i, j};
    if (!is_member_word(word)) break;
    i = j;
  }
  // Before it, past "of": "a meeting of the SCO leaders", "the summit of the heads of state of the CSTO".
  std::size_t end = group.begin;
  bool of = false;
  for (int words = 0; words < reach; ++words) {
    while (end > 0 && is_gap_mark(text[end - 1])) --end;
    std::size_t begin = end;
    while (begin > 0 && is_word_char(text[begin - 1])) --begin;
    if (begin == end) break;
    const std::u32string_view word = text.substr(begin, end - begin);
    if (of && is_meeting_word(word)) return model::TextSpan{begin, end};
    if (word == U"of") {
      of = true;
    } else if (word != U"the" && !is_member_word(word)) {
      break;
    }
    end = begin;
  }
  return std::nullopt;
}

}  // namespace parley::resolve
