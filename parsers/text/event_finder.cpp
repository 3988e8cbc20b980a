#include "parsers/text/event_finder.hpp"

#include <algorithm>
#include <initializer_list>
#include <optional>

namespace parley::parsers {

namespace {

using model::EventTrigger;
using model::Token;

bool in(std::u32string_view w, std::initializer_list<std::u32string_view> words) {
  return std::find(words.begin(), words.end(), w) != words.end();
}

bool trigger_of(std::u32string_view w, std::u32string_view next, EventTrigger& kind) {
  if (in(w, {U"talks", U"negotiations", U"consultations", U"round", U"rounds", U"summit",
             U"dialogue"})) {
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
                U"expected", U"next", U"upcoming", U"set", U"later"});
}

bool inside(const std::vector<model::QuoteCandidate>& quotes, std::size_t position) {
  for (const auto& q : quotes) {
    if (q.span.begin <= position && position < q.span.end) return true;
  }
  return false;
}

}  // namespace

std::vector<model::EventCandidate> find_event_candidates(const TokenizedText& tokenized,
                                                         const std::vector<model::QuoteCandidate>& quotes) {
  std::vector<model::EventCandidate> out;
  const auto& tokens = tokenized.tokens;
  for (std::size_t si = 0; si < tokenized.sentences.size(); ++si) {
    const auto& s = tokenized.sentences[si];
    if (s.block == model::BlockRole::dateline) continue;
    std::optional<model::EventCandidate> found;
    for (std::size_t i = s.first_token; i < s.end_token; ++i) {
      const Token& t = tokens[i];
      if (inside(quotes, t.span.begin)) continue;
      const std::u32string_view next = i + 1 < s.end_token ? std::u32string_view(tokens[i + 1].text) : U"";
      EventTrigger kind;
      if (!found && trigger_of(t.text, next, kind)) {
        model::EventCandidate e;
        e.sentence = si;
        e.trigger = t.span;
        e.kind = kind;
        const std::u32string_view before = i > s.first_token ? std::u32string_view(tokens[i - 1].text) : U"";
        const std::u32string_view two_before = i > s.first_token + 1 ? std::u32string_view(tokens[i - 2].text) : U"";
        e.reference = in(before, {U"the", U"these", U"those", U"their", U"its", U"The"}) ||
                      in(two_before, {U"the", U"these", U"those", U"their"});
        found = e;
      }
      if (ordinal(t.text) && i + 1 < s.end_token &&
          in(tokens[i + 1].text, {U"round", U"meeting", U"session", U"in", U"high-level", U"time"})) {
        if (!found || found->round == 0) {
          if (!found) found = model::EventCandidate{si, t.span, EventTrigger::talks};
          found->round = ordinal(t.text);
        }
      }
      if (is_future_marker(t.text)) {
        if (!found) found = model::EventCandidate{si, {}, EventTrigger::talks};
        found->planned = true;
      }
      if (t.text == U"by" && i > s.first_token) {
        const std::u32string_view verb = tokens[i - 1].text;
        if (!found) found = model::EventCandidate{si, {}, EventTrigger::talks};
        if (verb == U"hosted") found->hosted_by_at = t.span.end;
        if (verb == U"chaired" || verb == U"co-chaired") found->chaired_by_at = t.span.end;
        if (verb == U"headed" || verb == U"led") found->headed_by_at = t.span.end;
      }
      if ((t.text == U"hosted" || t.text == U"chaired" || t.text == U"co-chaired") && next != U"by") {
        if (!found) found = model::EventCandidate{si, t.span, EventTrigger::hosting};
        if (t.text == U"hosted") found->host_before = t.span.begin;
        else found->chair_before = t.span.begin;
      }
    }
    if (found && found->trigger.end > found->trigger.begin) out.push_back(*found);
  }
  return out;
}

}  // namespace parley::parsers
