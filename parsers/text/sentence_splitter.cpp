#include "parsers/text/sentence_splitter.hpp"

#include <algorithm>
#include <array>

#include "parsers/grammar_config.hpp"
#include "knowledge/lexicon.hpp"
#include "parsers/text/name_lexicon.hpp"
#include "parsers/text/token_grammar.hpp"

namespace parley::parsers {

namespace {

// The lexicon lists this file reads (ontology/lexicon/<name>.tsv).
constexpr const auto& lex_abbreviations = knowledge::lists::abbreviations;
constexpr const auto& lex_months = knowledge::lists::months;
constexpr const auto& lex_sentence_starters = knowledge::lists::sentence_starters;


// Abbreviations that a period follows without ending the sentence: titles, honorifics,
// company words, and month abbreviations ("Jan.").
bool is_abbreviation(std::u32string_view word) {
  return (*lex_abbreviations).contains(word) || (*lex_months).has(word, lex_months.form, "abbreviation");
}

bool is_terminator(const model::Token& t) {
  return t.kind == model::TokenKind::punct &&
         (t.text == U"." || t.text == U"?" || t.text == U"!" || t.text == U"\u2026");
}

bool is_closer(const model::Token& t) {
  return t.kind == model::TokenKind::punct &&
         (t.text == U"\"" || t.text == U"\u201D" || t.text == U"\u2019" || t.text == U")" ||
          t.text == U"]" || t.text == U"'");
}

bool is_opener(const model::Token& t) {
  return t.kind == model::TokenKind::punct &&
         (t.text == U"\"" || t.text == U"\u201C" || t.text == U"\u2018" || t.text == U"(" ||
          t.text == U"[" || t.text == U"'");
}

// Words that start sentences and are never names: after "U.S." they mean a new sentence.
bool is_sentence_starter(std::u32string_view w) {
  return (*lex_sentence_starters).has(w, lex_sentence_starters.after_abbreviation);
}

// A closing mark hangs on what it closes: '."' closes, '. "' opens the next sentence.
bool closes(const std::vector<model::Token>& tokens, std::size_t k) {
  return is_closer(tokens[k]) && tokens[k].span.begin == tokens[k - 1].span.end;
}

bool ends_sentence_at(const std::vector<model::Token>& tokens, std::size_t i, std::size_t end) {
  const model::Token& t = tokens[i];
  const bool acronym = t.kind == model::TokenKind::word && t.all_caps && t.text.back() == U'.';
  if (!is_terminator(t) && !acronym) return false;  // cheap first: closers are only looked at after an end
  std::size_t next = i + 1;
  while (next < end && closes(tokens, next)) ++next;
  if (next >= end) return true;
  const model::Token& after = tokens[next];
  const bool starts_like_sentence = after.capitalized || is_opener(after) ||
                                    after.kind == model::TokenKind::number;
  if (is_terminator(t)) {
    if (!starts_like_sentence) return false;
    // "04.09.2023", "3.5": a period between digits, with no space on either side, is inside a number.
    if (t.text == U"." && i > 0 && tokens[i - 1].kind == model::TokenKind::number && after.kind == model::TokenKind::number &&
        tokens[i - 1].span.end == t.span.begin && after.span.begin == t.span.end) {
      return false;
    }
    if (t.text == U"." && i > 0 && tokens[i - 1].span.end == t.span.begin) {
      const std::u32string& before = tokens[i - 1].text;
      if (is_abbreviation(before)) return false;
      if (before.size() == 1 && is_upper(before[0])) return false;  // an initial: "Anna K. Lind"
    }
    return true;
  }
  // An acronym with its own final period ("U.S.") ends a sentence only before a clear starter.
  return is_sentence_starter(after.text);
}

}  // namespace

void split_block(const std::u32string& text, model::Block block, TokenizedText& out) {
  const std::size_t first = out.tokens.size();
  auto tokens = tokenize(text, block.span);
  out.tokens.insert(out.tokens.end(), tokens.begin(), tokens.end());
  const std::size_t end = out.tokens.size();
  std::size_t start = first;
  for (std::size_t i = first; i < end; ++i) {
    if (!ends_sentence_at(out.tokens, i, end)) continue;
    std::size_t last = i + 1;
    while (last < end && closes(out.tokens, last) && is_terminator(out.tokens[i])) ++last;
    out.sentences.push_back({{out.tokens[start].span.begin, out.tokens[last - 1].span.end},
                             start, last, block.role});
    start = last;
    i = last - 1;
  }
  if (start < end) {
    out.sentences.push_back({{out.tokens[start].span.begin, out.tokens[end - 1].span.end}, start,
                             end, block.role});
  }
}

TokenizedText split_sentences(const model::Article& article) {
  TokenizedText out;
  for (const auto& block : article.blocks) {
    // The dateline is read too: "TEHRAN, July 23 (RIA Novosti) -" names a place and an agency.
    if (block.role == model::BlockRole::body || block.role == model::BlockRole::standfirst ||
        block.role == model::BlockRole::dateline) {
      split_block(article.text, block, out);
    }
  }
  return out;
}

TokenizedText split_headline(const model::Article& article) {
  TokenizedText out;
  for (const auto& block : article.blocks) {
    if (block.role == model::BlockRole::headline) split_block(article.text, block, out);
  }
  return out;
}

}  // namespace parley::parsers
