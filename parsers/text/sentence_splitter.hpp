#pragma once
// Sentences of the article's text blocks (furniture and headline excluded), surviving
// abbreviations and initials: "U.S.", "Sept. 11", "Dr. Halabi", "Anna K. Lind".
#include <vector>

#include "model/article.hpp"
#include "model/text.hpp"

namespace parley::parsers {

struct TokenizedText {
  std::vector<model::Token> tokens;
  std::vector<model::Sentence> sentences;
};

TokenizedText split_sentences(const model::Article& article);

// The headline's sentences alone: read for the countries, places and organizations it names,
// which the story may not repeat ("... returned from a visit to Egypt").
TokenizedText split_headline(const model::Article& article);

// Splits one block's tokens (appended to out) into sentences.
void split_block(const std::u32string& text, model::Block block, TokenizedText& out);

}  // namespace parley::parsers
