#include "resolve/meeting_reports.hpp"

#include <algorithm>
#include <cctype>

#include "knowledge/lexicon.hpp"

namespace parley::resolve {

namespace {

// The lexicon lists this file reads (ontology/lexicon/<name>.tsv).
constexpr const auto& lex_clause_boundaries = knowledge::lists::clause_boundaries;
constexpr const auto& lex_role_nouns = knowledge::lists::role_nouns;
constexpr const auto& lex_reporting_verbs = knowledge::lists::reporting_verbs;
constexpr const auto& lex_topic_markers = knowledge::lists::topic_markers;
constexpr const auto& lex_meeting_words = knowledge::lists::meeting_words;
constexpr const auto& lex_sentence_starters = knowledge::lists::sentence_starters;

using model::EntityKind;

// A correspondent, an analyst: one who reports or comments, not one who takes part.
bool reports_only(const model::Entity& e) {
  if (e.job_title.empty()) return false;
  std::string title = e.job_title;
  for (auto& c : title) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (const auto* row : lex_role_nouns->rows_with(lex_role_nouns.reports)) {
    const std::string noun = model::to_utf8(row->word);
    if (title.find(noun) != std::string::npos) return true;
  }
  return false;
}

}  // namespace

bool is_meeting_verb(std::u32string_view word) {
  return lex_meeting_words->contains(word) && !lex_meeting_words->has(word, lex_meeting_words.names_meeting) &&
         !lex_meeting_words->has(word, lex_meeting_words.party);
}

MeetingReports::MeetingReports(const model::Article& a, const std::vector<model::Sentence>& t,
                               const std::vector<model::QuoteCandidate>& quotes)
    : a_(a), t_(t), quoted_(quotes, [](const model::QuoteCandidate& q) { return q.span; }), index_(a) {
  std::vector<model::TextSpan> datelines;
  for (const auto& b : a.blocks) {
    if (b.role == model::BlockRole::dateline) datelines.push_back(b.span);
  }
  datelines_ = model::SpanSet(datelines, [](const model::TextSpan& s) { return s; });
  for (std::size_t i = 0; i < a.entities.size(); ++i) entity_by_key_[a.entities[i].key] = i;
}

const model::Entity* MeetingReports::entity(const std::string& key) const {
  auto it = entity_by_key_.find(key);
  return it == entity_by_key_.end() ? nullptr : &a_.entities[it->second];
}

std::string MeetingReports::label_of(const std::string& key) const {
  const auto* en = entity(key);
  return en ? en->label : key;
}

// ", who arrived in Moscow on Monday,": the relative clause a comma opens that holds at, to the
// next comma or the sentence's end, as [begin, end); {0, 0} when none does.
model::TextSpan MeetingReports::relative_clause_at(std::size_t at) const {
  constexpr std::size_t reach = 200;
  const std::u32string_view text(a_.text);
  const std::size_t floor = at > reach ? at - reach : 0;
  std::size_t open = std::u32string_view::npos;
  for (std::size_t k = at; k > floor; --k) {
    const char32_t c = text[k - 1];
    if (c == U'.' || c == U';' || c == U'\n') return {};
    if (c != U',') continue;
    // ", who ": the comma, a space, the word and a space.
    for (const auto* row : (*lex_clause_boundaries).rows_with(lex_clause_boundaries.relative)) {
      const std::size_t word_end = k + 1 + row->word.size();
      if (word_end < text.size() && text[k] == U' ' && text.substr(k + 1, row->word.size()) == row->word && text[word_end] == U' ') open = k - 1;
    }
    break;  // the comma nearest before at opens the clause or none does
  }
  if (open == std::u32string_view::npos) return {};
  // The next comma closes it, or the sentence does ("held talks with Y, who arrived on Monday.").
  const std::size_t close = text.find_first_of(U",.;\n", at);
  return {open, close == std::u32string_view::npos ? text.size() : close};
}

// "X, who arrived on Monday, held talks on Tuesday": one in a relative clause the other is
// outside of. A date there is the clause's; a place ("who arrived in Moscow") still is the meeting's.
bool MeetingReports::relative_clause_between(const model::TextSpan& a, const model::TextSpan& b) const {
  const model::TextSpan ra = relative_clause_at(a.begin), rb = relative_clause_at(b.begin);
  return ra.begin != rb.begin || ra.end != rb.end;
}

bool MeetingReports::clause_break_between(const model::TextSpan& a, const model::TextSpan& b) const {
  const std::size_t from = std::min(a.end, b.end), to = std::max(a.begin, b.begin);
  if (from >= to) return false;
  const std::u32string_view between = std::u32string_view(a_.text).substr(from, to - from);
  // Marks stand alone (";"); words stand between spaces (" after ").
  for (const auto* row : (*lex_clause_boundaries).rows_with(lex_clause_boundaries.event_report)) {
    const bool mark = row->word.size() == 1 && !is_word_char(row->word.front());
    const std::u32string w = mark ? row->word : U" " + row->word + U" ";
    if (between.find(w) != std::u32string_view::npos) return true;
  }
  return false;
}

std::size_t MeetingReports::span_opener_before(std::size_t at) const {
  const std::u32string_view text = a_.text;
  for (const auto* row : (*lex_clause_boundaries).rows_with(lex_clause_boundaries.opens_span)) {
    const std::size_t size = row->word.size() + 1;  // the word and one blank
    if (at > size && text.substr(at - size, size - 1) == row->word && text[at - 1] == U' ' && !is_word_char(text[at - size - 1])) {
      return at - size;
    }
  }
  return 0;
}

bool MeetingReports::possessive_at(std::size_t at) const {
  const auto& text = a_.text;
  return at + 1 < text.size() && (text[at] == U'\'' || text[at] == U'\u2019') && (text[at + 1] == U's' || text[at + 1] == U'S');
}

std::vector<EntityMention> MeetingReports::actors_in(const model::Sentence& s) const {
  std::vector<EntityMention> out;
  std::size_t topic_end = 0;  // where the last country a meeting is about ends
  for (const auto& m : index_.within(s.span.begin, s.span.end)) {
    const auto& e = index_.entity(m);
    // The dateline's city is where the story was filed, not a party ("Havana, April 14 (RHC) -").
    if (datelines_.covers(m.span)) continue;
    if (e.kind == EntityKind::country && is_topic(m, s, topic_end)) {
      topic_end = m.span.end;
      continue;
    }
    if ((e.kind == EntityKind::person || e.kind == EntityKind::country) && !inside_quote(m.span) &&
        !(e.kind == EntityKind::person && (reports_only(e) || is_source(m, s)))) {
      out.push_back(m);
    }
  }
  return out;
}

// "talks on Syria", "to discuss the situation in Yemen", "they discussed Iran and Iraq": a
// country right after a topic marker (topic-markers.tsv), "the" allowed between, or listed
// right after such a country, is what a meeting is about.
bool MeetingReports::is_topic(const EntityMention& m, const model::Sentence& s, std::size_t topic_end) const {
  const std::u32string_view text = a_.text;
  std::size_t at = m.span.begin;
  const auto back_over = [&](std::u32string_view word) {
    if (at >= s.span.begin + word.size() && text.substr(at - word.size(), word.size()) == word) {
      at -= word.size();
      return true;
    }
    return false;
  };
  back_over(U"the ") || back_over(U"The ");
  // "Iran and Iraq", "Iran, Iraq": the list goes on from a topic.
  if (topic_end != 0) {
    const std::size_t list_at = at;
    if ((back_over(U" and ") || back_over(U", and ") || back_over(U", ")) && at == topic_end) return true;
    at = list_at;
  }
  if (at == s.span.begin || text[at - 1] != U' ') return false;
  const std::u32string_view before = text.substr(s.span.begin, at - 1 - s.span.begin);
  for (const auto& row : lex_topic_markers->rows()) {
    const std::u32string_view marker = row.word;
    if (before.empty() || marker.empty() || before.back() != marker.back()) continue;  // most rows end otherwise: cheap
    if (before.size() >= marker.size() && before.substr(before.size() - marker.size()) == marker &&
        (before.size() == marker.size() || !is_word_char(before[before.size() - marker.size() - 1]))) {
      return true;
    }
  }
  return false;
}

// "Talks are scheduled for Tuesday, Jana Novak, the spokesperson, said.": the one named in a
// short trailing attribution tells of the meeting and takes no part in it.
bool MeetingReports::is_source(const EntityMention& m, const model::Sentence& s) const {
  const std::u32string_view tail = std::u32string_view(a_.text).substr(m.span.end, s.span.end - m.span.end);
  std::size_t words = 0;
  bool speech = false;
  any_word(tail, [&](std::u32string_view word) {
    ++words;
    speech = speech || lex_reporting_verbs->has(word, lex_reporting_verbs.quote);
    return false;
  });
  return speech && words <= 5 && m.span.begin > s.span.begin + 1 && a_.text[m.span.begin - 2] == U',' &&
         !closes_meeting_phrase(m.span.begin - 2, s);
}

// "In a meeting with Wang on Sunday, Blinken urged restraint": the comma at `comma` closes the
// phrase that opens the sentence with a preposition (sentence-starters.tsv's opens_phrase) and
// names a meeting; who is named after it is the subject who met, not a source.
bool MeetingReports::closes_meeting_phrase(std::size_t comma, const model::Sentence& s) const {
  constexpr std::size_t longest_phrase = 200;  // an opening phrase is short; an endless sentence is not read
  if (comma - s.span.begin > longest_phrase) return false;
  const std::u32string_view phrase = std::u32string_view(a_.text).substr(s.span.begin, comma - s.span.begin);
  if (phrase.find(U',') != std::u32string_view::npos) return false;
  bool first = true, opens = false, meeting = false;
  any_word(phrase, [&](std::u32string_view word) {
    if (first) opens = lex_sentence_starters->has(word, lex_sentence_starters.opens_phrase);
    first = false;
    meeting = meeting || lex_meeting_words->has(word, lex_meeting_words.names_meeting);
    return !opens;
  });
  return opens && meeting;
}

// "arrived in Beijing from Shanghai, where he had meetings": the place nearest the trigger.
std::string MeetingReports::place_near(const model::EventCandidate& c) const {
  const auto& s = t_[c.sentence];
  std::string best;
  std::size_t best_distance = static_cast<std::size_t>(-1);
  // Within a clause's reach of the trigger: an endless sentence costs no more per report.
  constexpr std::size_t reach = 300;
  const std::size_t from = std::max(s.span.begin, c.trigger.begin > reach ? c.trigger.begin - reach : 0);
  const std::size_t to = std::min(s.span.end, c.trigger.end + reach);
  std::size_t topic_end = 0;  // where the last place a meeting is about ends
  for (const auto& m : index_.within(from, to)) {
    if (index_.entity(m).kind != EntityKind::place || inside_quote(m.span) || datelines_.covers(m.span)) continue;
    // "talks on Gaza", "on the Korean Peninsula and the South China Sea": what the talks are about.
    if (is_topic(m, s, topic_end)) {
      topic_end = m.span.end;
      continue;
    }
    // "after talks in Brussels": another report's place; "Moscow's denial": a government.
    if (clause_break_between(c.trigger, m.span) || possessive_at(m.span.end)) continue;
    const std::size_t distance = m.span.begin > c.trigger.begin ? m.span.begin - c.trigger.begin : c.trigger.begin - m.span.end;
    if (distance < best_distance) best = index_.entity(m).key, best_distance = distance;
  }
  return best;
}

bool MeetingReports::same_people(const model::Event& a, const model::Event& b) const {
  const auto persons = [&](const model::Event& e) {
    std::vector<std::string> out;
    for (const auto& key : e.actors) {
      const auto* en = entity(key);
      if (en && en->kind == EntityKind::person) out.push_back(key);
    }
    return out;
  };
  const auto pa = persons(a), pb = persons(b);
  const auto& xa = pa.empty() || pb.empty() ? a.actors : pa;
  const auto& xb = pa.empty() || pb.empty() ? b.actors : pb;
  for (const auto& key : xa) {
    if (std::find(xb.begin(), xb.end(), key) != xb.end()) return true;
  }
  return false;
}

}  // namespace parley::resolve
