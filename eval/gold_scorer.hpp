#pragma once
// Scores extraction against gold annotations as ../shared/gold/FORMAT.md defines it, reading
// the RDF that `convert` writes (so what is scored is the contract): entities by kind
// (Person, Organization, Location), events and quotes, micro-averaged over articles, with a
// maximum one-to-one matching in each article.
#include <map>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "eval/rdf_graph.hpp"

namespace parley::eval {

struct Score {
  std::size_t true_positives = 0;
  std::size_t predicted = 0;
  std::size_t gold = 0;
  double precision() const { return predicted ? double(true_positives) / double(predicted) : 0.0; }
  double recall() const { return gold ? double(true_positives) / double(gold) : 0.0; }
  double f1() const {
    const double p = precision(), r = recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
  }
  void add(const Score& o) {
    true_positives += o.true_positives;
    predicted += o.predicted;
    gold += o.gold;
  }
};

struct Evaluation {
  std::map<std::string, Score> scores;  // "Person", "Organization", "Location", "Events", "Quotes", undated_events_kind
  std::vector<std::string> errors;      // "FP Person 000.txt: Foo", "FN ...", one per line
  std::size_t furniture_entities = 0;   // predicted entities named only in gold boilerplate
  // Of the meetings matched by participants alone (scores[undated_events_kind]), how many
  // carry a date that agrees with the gold one.
  std::size_t meeting_dates_right = 0;
  // Articles whose publication date (schema:datePublished) is the gold one, none where the
  // gold has none: every relative date ("on Tuesday") is resolved against it.
  std::size_t publication_dates_right = 0;
  std::size_t articles = 0;
};

// Meetings matched by participants alone, dates not compared.
inline const std::string undated_events_kind = "Events, dates not compared";

// Normalized as FORMAT.md says: case folded, apostrophes and punctuation dropped, hyphens and
// underscores read as spaces, white space collapsed.
std::string normalize_name(const std::string& name);

// Adds one article's scores: graph is its RDF, text its article text.
void score_article(const std::string& name, const RdfGraph& graph,
                   const nlohmann::json& gold, const std::string& text, Evaluation& out);

}  // namespace parley::eval
