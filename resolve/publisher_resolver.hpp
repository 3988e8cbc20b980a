#pragma once
// Chooses an article's publisher from the candidates the page reader found.
#include "knowledge/news_outlets.hpp"
#include "model/article.hpp"

namespace parley::resolve {

// Candidates are tried in order of trust: the page's metadata, a "Source:" line, the agency in
// the dateline, a masthead, a sign-off. Names are given as the gazetteer spells them; a masthead
// or sign-off that names no known outlet is not trusted on its shape alone.
void resolve_publisher(model::Article& article, const knowledge::NewsOutletGazetteer& outlets);

// "Source: BBC", "NEW DELHI, Oct 6 (IANS)": an outlet the story's own text names in a source line
// or a dateline is an organization it mentions, found or not among the entities of its body.
// Run after the entities are resolved.
void mention_outlets_of_source_lines(model::Article& article, const knowledge::NewsOutletGazetteer& outlets);

}  // namespace parley::resolve
