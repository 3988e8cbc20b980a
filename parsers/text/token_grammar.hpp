#pragma once
// Words as news text writes them: "al-Hakim", "Shi'ite", "U.S.", "27-year", "Bou-Saada";
// a possessive "’s" is a token of its own, so "Iran’s" gives "Iran" and "’s".
#include <vector>

#include "model/text.hpp"
#include "parsers/grammar_config.hpp"

namespace parley::parsers {

namespace token_grammar {
using word_type = x3::rule<class word_class>;
using acronym_type = x3::rule<class acronym_class>;
BOOST_SPIRIT_DECLARE(word_type, acronym_type)
}  // namespace token_grammar

token_grammar::word_type const& word_token();
token_grammar::acronym_type const& acronym_token();

// Tokens of text[span.begin, span.end), with code-point spans into text.
std::vector<model::Token> tokenize(const std::u32string& text, model::TextSpan span);

// The possessive token "'s" or "’s".
inline bool is_apostrophe_s(const model::Token& t) {
  return t.kind == model::TokenKind::punct && t.text.size() == 2 && (t.text[1] == U's' || t.text[1] == U'S');
}

}  // namespace parley::parsers
