#include "parsers/text/token_grammar.hpp"

#include "parsers/text/token_grammar_def.hpp"

namespace parley::parsers {

namespace token_grammar {
BOOST_SPIRIT_INSTANTIATE(word_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(acronym_type, iterator_type, context_type)
}  // namespace token_grammar

token_grammar::word_type const& word_token() { return token_grammar::word; }
token_grammar::acronym_type const& acronym_token() { return token_grammar::acronym; }

namespace {

bool is_space(char32_t c) {
  return c == U' ' || c == U'\t' || c == U'\n' || c == U'\r' || c == U'\u00A0' || c == U'\u2009' ||
         c == U'\u200A' || c == U'\u202F' || c == U'\u3000';
}

model::Token make_token(const std::u32string& text, std::size_t begin, std::size_t end) {
  model::Token t;
  t.span = {begin, end};
  t.text = text.substr(begin, end - begin);
  const char32_t first = t.text.front();
  if (is_alnum(first)) {
    t.kind = (first >= U'0' && first <= U'9') ? model::TokenKind::number : model::TokenKind::word;
  } else {
    t.kind = model::TokenKind::punct;
  }
  t.capitalized = is_upper(first);
  std::size_t letters = 0, upper = 0;
  for (char32_t c : t.text) {
    if (is_alpha(c)) {
      ++letters;
      upper += is_upper(c) ? 1 : 0;
    }
  }
  t.all_caps = letters >= 2 && letters == upper;
  return t;
}

}  // namespace

std::vector<model::Token> tokenize(const std::u32string& text, model::TextSpan span) {
  std::vector<model::Token> tokens;
  iterator_type it = text.cbegin() + static_cast<std::ptrdiff_t>(span.begin);
  const iterator_type end = text.cbegin() + static_cast<std::ptrdiff_t>(span.end);
  while (it != end) {
    if (is_space(*it)) {
      ++it;
      continue;
    }
    const iterator_type start = it;
    if (!x3::parse(it, end, acronym_token()) && !x3::parse(it, end, word_token())) {
      // Possessive "’s" as one token; anything else one character.
      it = start + 1;
      if ((*start == U'\'' || *start == U'\u2019') && it != end && (*it == U's' || *it == U'S') &&
          (it + 1 == end || !is_alnum(*(it + 1)))) {
        ++it;
      }
    }
    tokens.push_back(make_token(text, static_cast<std::size_t>(start - text.cbegin()),
                                static_cast<std::size_t>(it - text.cbegin())));
  }
  return tokens;
}

}  // namespace parley::parsers
