#pragma once
// Quotations -> quotes with their speakers, by the patterns news uses: '"...," X said',
// 'X said: "..."', '"...," said X', 'X told reporters', "his office said in a statement", a
// pronoun ("he said") for the last person named as speaking, a new quoted sentence after the
// attribution for the same speaker, and a quoted paragraph for the person the paragraph before
// was about. Short fragments inside reported speech count when the sentence has a verb of
// saying ('described the talks as "frank and serious"'). The speaker may be an organization or a
// country when no person is named.
#include <vector>

#include "model/article.hpp"
#include "model/text.hpp"

namespace parley::resolve {

void resolve_quotes(model::Article& article, const std::vector<model::Sentence>& sentences,
                    const std::vector<model::Token>& tokens,
                    const std::vector<model::QuoteCandidate>& quotes);

}  // namespace parley::resolve
