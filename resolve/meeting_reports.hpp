#pragma once
// What grouping, dating and identity read of an article's meeting reports: its sentences, who
// each names as a possible participant, where quotes and datelines lie, where clauses break,
// and the article's entities by key.
#include <map>
#include <string>
#include <vector>

#include "model/article.hpp"
#include "model/span_set.hpp"
#include "model/text.hpp"
#include "resolve/mention_index.hpp"

namespace parley::resolve {

inline bool is_word_char(char32_t c) { return (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z'); }

// A verb of meeting: a word of meeting-words.tsv that names no meeting and no party ("met",
// "received"; not "talks", "delegation").
bool is_meeting_verb(std::u32string_view word);

// Calls visit(word) for each run of letters in text until one call returns true; says whether
// one did.
template <typename Visit>
bool any_word(std::u32string_view text, Visit visit) {
  for (std::size_t i = 0; i < text.size();) {
    while (i < text.size() && !is_word_char(text[i])) ++i;
    std::size_t j = i;
    while (j < text.size() && is_word_char(text[j])) ++j;
    if (j > i && visit(text.substr(i, j - i))) return true;
    i = j;
  }
  return false;
}

class MeetingReports {
 public:
  MeetingReports(const model::Article& article, const std::vector<model::Sentence>& sentences,
                 const std::vector<model::QuoteCandidate>& quotes);

  const model::Article& article() const { return a_; }
  const model::Sentence& sentence(std::size_t i) const { return t_[i]; }
  std::size_t sentence_count() const { return t_.size(); }
  const MentionIndex& index() const { return index_; }
  const model::Entity* entity(const std::string& key) const;
  std::string label_of(const std::string& key) const;

  bool inside_quote(const model::TextSpan& span) const { return quoted_.covers(span); }
  bool in_dateline(const model::TextSpan& span) const { return datelines_.covers(span); }
  bool in_dateline(std::size_t position) const { return datelines_.contains(position); }
  // Whether a clause boundary ("; ", " after ") lies between two spans.
  bool clause_break_between(const model::TextSpan& a, const model::TextSpan& b) const;
  model::TextSpan relative_clause_at(std::size_t at) const;
  bool relative_clause_between(const model::TextSpan& a, const model::TextSpan& b) const;
  // "Moscow's": a possessive right at this position.
  // Where a word that opens a span ("since", clause-boundaries.tsv) stands right before at, or 0.
  std::size_t span_opener_before(std::size_t at) const;
  bool possessive_at(std::size_t at) const;

  // The persons and countries a sentence names as possible participants.
  std::vector<EntityMention> actors_in(const model::Sentence& s) const;
  // The place named nearest the report's trigger, in its clause, or "".
  std::string place_near(const model::EventCandidate& c) const;
  // Whether two meetings have a person in common, or, where either names none, an actor.
  bool same_people(const model::Event& a, const model::Event& b) const;

 private:
  bool is_source(const EntityMention& m, const model::Sentence& s) const;
  bool closes_meeting_phrase(std::size_t comma, const model::Sentence& s) const;
  bool is_topic(const EntityMention& m, const model::Sentence& s, std::size_t topic_end) const;

  const model::Article& a_;
  const std::vector<model::Sentence>& t_;
  model::SpanSet quoted_;
  model::SpanSet datelines_;
  MentionIndex index_;
  std::map<std::string, std::size_t> entity_by_key_;
};

}  // namespace parley::resolve
