#include "parsers/text/event_finder.hpp"

#include <algorithm>
#include <initializer_list>
#include <optional>

#include "knowledge/lexicon.hpp"
#include "knowledge/tsv.hpp"
#include "model/span_set.hpp"
#include "parsers/text/name_lexicon.hpp"
#include "parsers/text/token_grammar.hpp"

namespace parley::parsers {

namespace {

// The lexicon lists this file reads (ontology/lexicon/<name>.tsv).
constexpr const auto& lex_meeting_words = knowledge::lists::meeting_words;
constexpr const auto& lex_remote_markers = knowledge::lists::remote_markers;
constexpr const auto& lex_ordinals = knowledge::lists::ordinals;
constexpr const auto& lex_future_markers = knowledge::lists::future_markers;
constexpr const auto& lex_clause_boundaries = knowledge::lists::clause_boundaries;
constexpr const auto& lex_determiners = knowledge::lists::determiners;
constexpr const auto& lex_meeting_role_verbs = knowledge::lists::meeting_role_verbs;
constexpr const auto& lex_agreement_nouns = knowledge::lists::agreement_nouns;
constexpr const auto& lex_meeting_formats = knowledge::lists::meeting_formats;
constexpr const auto& lex_verb_adverbs = knowledge::lists::verb_adverbs;
constexpr const auto& lex_sequence_words = knowledge::lists::sequence_words;
constexpr const auto& lex_sideline_words = knowledge::lists::sideline_words;


using model::EventKind;
using model::Token;

using knowledge::tsv::any_entry;

// Whether a cell of words separated by '|' ("met|convened") lists the word.
bool cell_lists(std::string_view cell, std::u32string_view word) {
  return any_entry(cell, [&](std::string_view entry) { return knowledge::to_utf32(entry) == word; });
}

// "received Omani Foreign Minister Jana Lind", "received President Lind", "received Jana Lind",
// "received Jordan's King Abdullah": a title, an honorific or two capitalized words within three
// words after position (a possessive not counted), in its clause (not "received Iranian
// proposals", "received a letter", "received Iran's proposal").
bool person_named_after(const std::vector<Token>& tokens, const model::Sentence& s, std::size_t position) {
  bool capital_before = false;
  std::size_t last = position + 3;
  for (std::size_t k = position + 1; k < s.end_token && k <= last; ++k) {
    const Token& t = tokens[k];
    if (capital_before && is_apostrophe_s(t)) {
      capital_before = false;
      ++last;
      continue;
    }
    if (t.kind != model::TokenKind::word || !t.capitalized) return false;
    if (lexicon::is_title_word(t.text) || lexicon::is_honorific(t.text)) return true;
    if (capital_before && !lexicon::is_calendar_word(t.text)) return true;
    capital_before = !lexicon::is_calendar_word(t.text);
  }
  return false;
}

// The kind of meeting a word reports (ontology/lexicon/meeting-words.tsv), when the words around
// it allow it ("dialogue with", "the committee met"; not "a press conference"). A "next" cell's
// "(person)" is a person named after it (person_named_after, asked only then).
template <typename PersonAfter>
bool trigger_of(std::u32string_view w, std::u32string_view before, std::u32string_view next, EventKind& kind,
                const PersonAfter& person_after) {
  const auto& meeting_words = (*lex_meeting_words);
  const std::string_view kind_name = meeting_words.value(w, lex_meeting_words.kind);
  if (kind_name.empty()) return false;
  const auto found = model::event_kind_named(kind_name);
  if (!found) return false;
  kind = *found;
  const std::string_view not_after = meeting_words.value(w, lex_meeting_words.not_after);
  if (not_after != "-" && cell_lists(not_after, before)) return false;
  const std::string_view only_after = meeting_words.value(w, lex_meeting_words.only_after);
  if (only_after != "-" && !cell_lists(only_after, before)) return false;
  const std::string_view required = meeting_words.value(w, lex_meeting_words.next);
  if (required == "-" || cell_lists(required, next)) return true;
  // "(person)": a person right after it; "on(person)": "on", then a person ("called on President X").
  return any_entry(required, [&](std::string_view entry) {
    constexpr std::string_view person = "(person)";
    if (entry.size() < person.size() || entry.substr(entry.size() - person.size()) != person) return false;
    const std::string_view word = entry.substr(0, entry.size() - person.size());
    return word.empty() ? person_after(0) : (knowledge::to_utf32(word) == next && person_after(1));
  });
}

bool trigger_of(std::u32string_view w, std::u32string_view before, std::u32string_view next, EventKind& kind) {
  return trigger_of(w, before, next, kind, [](std::size_t) { return false; });
}

// "met Modi on the sidelines of the summit", "On the margins of the forum, X met Y": a meeting
// held at a gathering, apart from it. The gathering itself ("the sidelines of the BRICS summit":
// only "of", "the", names and numbers between) is not.
bool on_the_sidelines(const std::vector<Token>& tokens, const model::Sentence& s, std::size_t i) {
  constexpr std::size_t reach = 15;  // tokens: within the report's clause
  const bool noun = lex_meeting_words->has(tokens[i].text, lex_meeting_words.names_meeting);
  for (std::size_t k = std::max(s.first_token + 1, i > reach ? i - reach : 0); k < s.end_token && k <= i + reach; ++k) {
    if (tokens[k - 1].text != U"the" || !lex_sideline_words->contains(tokens[k].text)) continue;
    if (k > i) return true;
    // "On the sidelines of the summit, X met Y"; a meeting noun after it is the gathering or another.
    if (noun) continue;
    bool gathering = true;
    for (std::size_t j = k + 1; j < i && gathering; ++j) {
      const Token& t = tokens[j];
      gathering = t.text == U"of" || t.text == U"the" || (t.kind == model::TokenKind::word && t.capitalized) ||
                  t.kind == model::TokenKind::number || lex_ordinals->contains(t.text);
    }
    if (!gathering) return true;
  }
  return false;
}

bool ends_clause(std::u32string_view w);

// Whether a word of the list stands within four words of the trigger, in its clause.
bool near_in_clause(const std::vector<Token>& tokens, const model::Sentence& s, std::size_t i,
                    const knowledge::WordList& list, std::size_t back = 4, std::size_t ahead = 4) {
  for (std::size_t k = i; k-- > s.first_token && k + back >= i;) {
    if (ends_clause(tokens[k].text)) break;
    if (list.contains(tokens[k].text)) return true;
  }
  for (std::size_t k = i + 1; k < s.end_token && k <= i + ahead; ++k) {
    if (ends_clause(tokens[k].text)) break;
    if (list.contains(tokens[k].text)) return true;
  }
  return false;
}

// "held talks by phone", "a telephone call", "met virtually".
bool remote_around(const std::vector<Token>& tokens, const model::Sentence& s, std::size_t i) {
  // "met Japanese Prime Minister Fumio Kishida by video link": the whole counterpart may stand
  // between the verb and the way they met.
  return near_in_clause(tokens, s, i, *lex_remote_markers, 4, 10);
}

int ordinal(std::u32string_view w) {
  const std::string_view number = (*lex_ordinals).value(w, lex_ordinals.number);
  return number.empty() ? 0 : std::stoi(std::string(number));
}

// A word that makes the meeting of its clause planned, given the word after it ("set to").
bool is_future_marker(const std::vector<Token>& tokens, std::size_t k) {
  const std::u32string_view next = k + 1 < tokens.size() ? std::u32string_view(tokens[k + 1].text) : std::u32string_view();
  return (*lex_future_markers).has(tokens[k].text, lex_future_markers.plans_meeting) &&
         parsers::lexicon::future_marker_fits(tokens[k].text, next);
}

// "signed a historic agreement", "the peace deal was signed", not "signed a decree".
bool agreement_around(const std::vector<Token>& tokens, const model::Sentence& s, std::size_t i) {
  // "an agreement between Armenia and Azerbaijan was initialled": the passive's subject may
  // stand a few words further back.
  const std::u32string_view before = i > s.first_token ? std::u32string_view(tokens[i - 1].text) : std::u32string_view();
  const bool passive = before == U"was" || before == U"were" || before == U"been" || before == U"be";
  return near_in_clause(tokens, s, i, *lex_agreement_nouns, passive ? 8 : 4);
}

// The occasion the trigger names ("lunch", "ceremony"), or the format the word before it names
// ("one-on-one meeting", "delegation-level talks").
void set_occasion(const std::vector<Token>& tokens, const model::Sentence& s, std::size_t i, model::EventCandidate& e) {
  const std::string_view occasion = (*lex_meeting_words).value(tokens[i].text, lex_meeting_words.occasion);
  if (!occasion.empty() && occasion != "-") {
    e.occasion = std::string(occasion);
    return;
  }
  for (std::size_t k = i; k-- > s.first_token && k + 2 >= i;) {
    const std::string_view format = (*lex_meeting_formats).value(tokens[k].text, lex_meeting_formats.format);
    if (!format.empty()) {
      e.occasion = std::string(format);
      e.format = true;
      return;
    }
  }
}

bool ends_clause(std::u32string_view w) { return (*lex_clause_boundaries).has(w, lex_clause_boundaries.planned); }

bool refers_back(std::u32string_view w) { return (*lex_determiners).has(w, lex_determiners.refers_back); }

// "hosted", "chaired", "headed": which role of a meeting the verb names, or "".
std::string_view role_verb(std::u32string_view w) { return (*lex_meeting_role_verbs).value(w, lex_meeting_role_verbs.role); }

// A future verb in the trigger's own clause: before it ("slated to visit") or after it ("talks ...
// would begin Tuesday", "meet again next week").
bool planned_around(const std::vector<Token>& tokens, const model::Sentence& s, std::size_t i, std::u32string_view word) {
  for (std::size_t k = i; k-- > s.first_token && k + 8 > i;) {
    if (ends_clause(tokens[k].text)) break;
    if (is_future_marker(tokens, k)) return true;
  }
  // After it not for a verb in the past, which says its own tense ("met on Sunday to prepare a
  // summit that will be held"); a noun or an infinitive takes the words after it ("talks ... would
  // begin Tuesday", "agreed to meet again next week").
  if (lex_meeting_words->has(word, lex_meeting_words.past)) return false;
  for (std::size_t k = i + 1; k < s.end_token && k <= i + 15; ++k) {
    if (ends_clause(tokens[k].text)) break;
    if (is_future_marker(tokens, k)) return true;
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
      EventKind kind;
      const std::u32string_view previous = i > s.first_token ? std::u32string_view(tokens[i - 1].text) : U"";
      // "Talks between Oman and Qatar took place": a sentence's first word, capitalized, is the
      // lexicon's lower-case word.
      std::u32string lowered;
      if (i == s.first_token && t.capitalized && !lex_meeting_words->contains(t.text)) {
        lowered = t.text;
        if (lowered.front() >= U'A' && lowered.front() <= U'Z') lowered.front() = lowered.front() - U'A' + U'a';
      }
      const std::u32string_view word = lowered.empty() ? std::u32string_view(t.text) : std::u32string_view(lowered);
      // A person after "called on" is called on, unless urged ("called on President X to resign").
      const auto person_after = [&](std::size_t skip) {
        if (!person_named_after(tokens, s, i + skip)) return false;
        for (std::size_t k = i + skip + 2; skip > 0 && k < s.end_token && k <= i + skip + 6; ++k) {
          if (tokens[k].text == U"to") return false;
        }
        return true;
      };
      if (trigger_of(word, previous, next, kind, person_after) && !remote_around(tokens, s, i) &&
          (!(*lex_meeting_words).has(word, lex_meeting_words.needs_agreement) || agreement_around(tokens, s, i))) {
        model::EventCandidate e;
        e.sentence = si;
        e.trigger = t.span;
        e.kind = kind;
        const std::u32string_view before = i > s.first_token ? std::u32string_view(tokens[i - 1].text) : U"";
        const std::u32string_view two_before = i > s.first_token + 1 ? std::u32string_view(tokens[i - 2].text) : U"";
        // "the talks", "their second round"; "the delegation" is a party to a meeting named before.
        // "the last visit", "the previous round": another of the series, not the one just told.
        e.other_occasion = lex_sequence_words->contains(before);
        e.past_verb = (*lex_meeting_words).has(word, lex_meeting_words.past);
        e.reference = refers_back(before) || refers_back(two_before) ||
                      (*lex_meeting_words).has(word, lex_meeting_words.party);
        e.planned = planned_around(tokens, s, i, word);
        e.another = lex_verb_adverbs->has(before, lex_verb_adverbs.another_meeting) || lex_verb_adverbs->has(two_before, lex_verb_adverbs.another_meeting) ||
                    (i > s.first_token && lex_verb_adverbs->has(tokens[s.first_token].text, lex_verb_adverbs.another_meeting) &&
                     tokens[s.first_token].capitalized);
        set_occasion(tokens, s, i, e);
        if (e.occasion.empty() && on_the_sidelines(tokens, s, i)) {
          e.occasion = "sidelines";
          e.apart = true;
        }
        found.push_back(e);
      }
      // "the fourth round", "the second U.S.-Iran ambassador meeting", "a second in a series of meetings"
      if (ordinal(t.text) && cues.round == 0) {
        for (std::size_t k = i + 1; k < s.end_token && k <= i + 4; ++k) {
          EventKind ignored;
          if (trigger_of(tokens[k].text, U"", U"", ignored) || tokens[k].text == U"series") {
            cues.round = ordinal(t.text);
            break;
          }
        }
      }
      if (t.text == U"by" && i > s.first_token) {
        const std::string_view role = role_verb(tokens[i - 1].text);
        if (role == "host") cues.hosted_by_at = t.span.end;
        if (role == "chair") cues.chaired_by_at = t.span.end;
        if (role == "head") cues.headed_by_at = t.span.end;
      }
      const std::string_view role = next == U"by" ? std::string_view() : role_verb(t.text);
      if (role == "head") {
        // "X headed the Iranian delegation": a party named within four words.
        for (std::size_t k = i + 1; k < s.end_token && k <= i + 4; ++k) {
          if ((*lex_meeting_words).has(tokens[k].text, lex_meeting_words.party)) {
            cues.head_before = t.span.begin;
          }
        }
      }
      if (role == "host") cues.host_before = t.span.begin;
      if (role == "chair") cues.chair_before = t.span.begin;
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
