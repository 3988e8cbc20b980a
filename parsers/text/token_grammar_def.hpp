#pragma once
#include "parsers/text/token_grammar.hpp"

namespace parley::parsers {
namespace token_grammar {

namespace uni = x3::unicode;

auto const apostrophe = ch(U'\'') | ch(U'\u2019');
auto const hyphen = ch(U'-') | ch(U'\u2010') | ch(U'\u2011');
auto const possessive_s = apostrophe >> (ch(U's') | ch(U'S')) >> !uni::alnum;
auto const letters_and_digits = +(uni::alnum | ch(U'\u0301') | ch(U'\u0308'));

word_type const word = "word";
acronym_type const acronym = "acronym";

// "U.S.", "U.N.", "D.C.": single capitals each followed by a period.
auto const acronym_def = uni::upper >> ch(U'.') >> +(uni::upper >> ch(U'.'));
auto const word_def = letters_and_digits >>
                      *((!possessive_s >> apostrophe >> letters_and_digits) |
                        (hyphen >> letters_and_digits));

BOOST_SPIRIT_DEFINE(word, acronym)

}  // namespace token_grammar
}  // namespace parley::parsers
