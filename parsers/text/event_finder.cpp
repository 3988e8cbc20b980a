#include "parsers/text/event_finder.hpp"

#include <algorithm>
#include <initializer_list>
#include <optional>

#include "model/span_set.hpp"

namespace parley::parsers {

namespace {

using model::EventTrigger;
using model::Token;

bool in(std::u32string_view w, std::initializer_list<std::u32string_view> words) {
  return std::find(words.begin(), words.end(), w) != words.end();
}

bool trigger_of(std::u32string_view w, std::u32string_view next, EventTrigger& kind) {
  if (in(w, {U"talks", U"negotiations", U"consultations", U"round", U"rounds", U"summit",
             U"dialogue", U"discussions", U"delegation", U"delegations"})) {
    kind = EventTrigger::talks;
    return w != U"dialogue" || next == U"with";
  }
  if (in(w, {U"meeting", U"meetings", U"met", U"meet", U"meets", U"conference"})) {
    kind = EventTrigger::meeting;
    return true;
  }
  if (in(w, {U"visit", U"visits", U"visited", U"visiting", U"trip"})) {
    kind = EventTrigger::visit;
    return true;
  }
  if (in(w, {U"hosted", U"hosts", U"host", U"hosting"})) {
    kind = EventTrigger::hosting;
    return true;
  }
  if (in(w, {U"convened", U"session", U"sub-committee", U"subcommittee", U"committee"})) {
    kind = EventTrigger::committee;
    return w == U"convened" || w == U"session" || next == U"met" || next == U"convened";
  }
  return false;
}

int ordinal(std::u32string_view w) {
  static const std::u32string_view words[] = {U"first", U"second", U"third", U"fourth", U"fifth",
                                              U"sixth", U"seventh", U"eighth", U"ninth", U"tenth"};
  for (int i = 0; i < 10; ++i) {
    if (w == words[i]) return i + 1;
  }
  return 0;
}

bool is_future_marker(std::u32string_view w) {
  return in(w, {U"will", U"would", U"shall", U"slated", U"scheduled", U"planned", U"plans",
                U"expected", U"next", U"upcoming"});
}

// A future verb in the trigger's own clause ("would be held", "slated to visit") or right after
// it ("meet again next week"); a clause ends at a comma or at "after", "before", "since".
bool ends_clause(std::u32string_view w) {
  return w == U"," || w == U";" || w == U"after" || w == U"before" || w == U"since" || w == U"following";
}

// A future verb in the trigger's own clause: before it ("slated to visit") or after it ("talks ...
// would begin Tuesday", "meet again next week").
bool planned_around(const std::vector<Token>& tokens, const model::Sentence& s, std::size_t i) {
  for (std::size_t k = i; k-- > s.first_token && k + 8 > i;) {
    if (ends_clause(tokens[k].text)) break;
    if (is_future_marker(tokens[k].text)) return true;
  }
  for (std::size_t k = i + 1; k < s.end_token && k <= i + 15; ++k) {
    if (ends_clause(tokens[k].text)) break;
    if (is_future_marker(tokens[k].text)) return true;
  }
  return false;
}



}  // namespace

std::vector<model::EventCandidate> find_event_candidates(const TokenizedText& tokenized,
                                                         const std::vector<model::QuoteCandidate>& quotes) {
  std::vector<model::EventCandidate> out;
  const auto& tokens = tokenized.tokens;
  const model::SpanSet quoted(quotes, [](const model::QuoteCandidate& q) { return q.span; });
  for (std::size_t si = 0; si < tokenized.sentences.size(); ++si) {
    const auto& s = tokenized.sentences[si];
    // The dateline reports nothing, and a standfirst repeats what the body reports.
    if (s.block != model::BlockRole::body) continue;
    std::vector<model::EventCandidate> found;
    model::EventCandidate cues;  // what the sentence says about host, chair, round
    for (std::size_t i = s.first_token; i < s.end_token; ++i) {
      const Token& t = tokens[i];
      if (quoted.contains(t.span.begin)) continue;
      const std::u32string_view next = i + 1 < s.end_token ? std::u32string_view(tokens[i + 1].text) : U"";
      EventTrigger kind;
      if (trigger_of(t.text, next, kind)) {
        model::EventCandidate e;
        e.sentence = si;
        e.trigger = t.span;
        e.kind = kind;
        const std::u32string_view before = i > s.first_token ? std::u32string_view(tokens[i - 1].text) : U"";
        const std::u32string_view two_before = i > s.first_token + 1 ? std::u32string_view(tokens[i - 2].text) : U"";
        e.reference = in(before, {U"the", U"these", U"those", U"their", U"its", U"The"}) ||
                      in(two_before, {U"the", U"these", U"those", U"their"}) ||
                      t.text == U"delegation" || t.text == U"delegations";
        e.planned = planned_around(tokens, s, i);
        found.push_back(e);
      }
      // "the fourth round", "the second U.S.-Iran ambassador meeting", "a second in a series of meetings"
      if (ordinal(t.text) && cues.round == 0) {
        for (std::size_t k = i + 1; k < s.end_token && k <= i + 4; ++k) {
          EventTrigger ignored;
          if (trigger_of(tokens[k].text, U"", ignored) || tokens[k].text == U"series") {
            cues.round = ordinal(t.text);
            break;
          }
        }
      }
      if (t.text == U"by" && i > s.first_token) {
        const std::u32string_view verb = tokens[i - 1].text;
        if (verb == U"hosted") cues.hosted_by_at = t.span.end;
        if (verb == U"chaired" || verb == U"co-chaired") cues.chaired_by_at = t.span.end;
        if (verb == U"headed" || verb == U"led") cues.headed_by_at = t.span.end;
      }
      if ((t.text == U"headed" || t.text == U"led") && next != U"by") {
        for (std::size_t k = i + 1; k < s.end_token && k <= i + 4; ++k) {
          if (tokens[k].text == U"delegation" || tokens[k].text == U"delegations") cues.head_before = t.span.begin;
        }
      }
      if ((t.text == U"hosted" || t.text == U"chaired" || t.text == U"co-chaired") && next != U"by") {
        if (t.text == U"hosted") cues.host_before = t.span.begin;
        else cues.chair_before = t.span.begin;
      }
    }
    for (auto& e : found) {
      e.round = cues.round;
      e.hosted_by_at = cues.hosted_by_at;
      e.host_before = cues.host_before;
      e.chaired_by_at = cues.chaired_by_at;
      e.chair_before = cues.chair_before;
      e.headed_by_at = cues.headed_by_at;
      e.head_before = cues.head_before;
      out.push_back(e);
    }
  }
  return out;
}

}  // namespace parley::parsers
