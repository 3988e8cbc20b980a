#include "resolve/quote_resolver.hpp"

#include <algorithm>
#include <cctype>
#include <initializer_list>
#include <map>

#include "knowledge/lexicon.hpp"
#include "knowledge/sorted_words.hpp"
#include "knowledge/tsv.hpp"
#include "model/span_set.hpp"
#include "resolve/mention_index.hpp"
#include "resolve/name_matching.hpp"

namespace parley::resolve {

namespace {

// The lexicon lists this file reads (ontology/lexicon/<name>.tsv).
constexpr const auto& lex_reporting_verbs = knowledge::lists::reporting_verbs;
constexpr const auto& lex_role_nouns = knowledge::lists::role_nouns;
constexpr const auto& lex_verb_adverbs = knowledge::lists::verb_adverbs;
constexpr const auto& lex_personal_pronouns = knowledge::lists::personal_pronouns;
constexpr const auto& lex_titles = knowledge::lists::titles;
constexpr const auto& lex_organization_nouns = knowledge::lists::organization_nouns;
constexpr const auto& lex_title_case_minor_words = knowledge::lists::title_case_minor_words;
constexpr const auto& lex_unnamed_speakers = knowledge::lists::unnamed_speakers;
constexpr const auto& lex_determiners = knowledge::lists::determiners;


using model::EntityKind;

bool is_speech_verb(std::u32string_view w) { return (*lex_reporting_verbs).has(w, lex_reporting_verbs.quote); }
// "told", "asked": a verb whose object is the one spoken to.
bool is_telling_verb(std::u32string_view w) { return (*lex_reporting_verbs).has(w, lex_reporting_verbs.addressee); }

constexpr std::size_t attribution_reach = 250;  // code points around a quote

bool is_pronoun(std::u32string_view w) { return (*lex_personal_pronouns).contains(w); }

// "official", "sources", "spokesman": a noun of one who speaks unnamed (unnamed-speakers.tsv, and
// role-nouns.tsv's nouns), its plural too.
bool is_speaker_noun(std::u32string_view w) {
  const auto noun = [](std::u32string_view n) {
    return lex_unnamed_speakers->has(n, lex_unnamed_speakers.kind, "noun") || lex_role_nouns->contains(n);
  };
  return noun(w) || (w.size() > 3 && w.back() == U's' && noun(w.substr(0, w.size() - 1)));
}

bool is_indefinite(std::u32string_view w) { return lex_unnamed_speakers->has(w, lex_unnamed_speakers.kind, "indefinite"); }

class QuoteResolver {
 public:
  QuoteResolver(model::Article& a, const std::vector<model::Sentence>& s, const std::vector<model::Token>& t,
                const std::vector<model::QuoteCandidate>& q)
      : a_(a), s_(s), t_(t), q_(q), index_(a),
        quoted_(q, [](const model::QuoteCandidate& c) { return c.span; }) {
    for (std::size_t i = 0; i < a.entities.size(); ++i) entity_by_key_.emplace(a.entities[i].key, i);
  }

  void run() {
    for (std::size_t i = 0; i < q_.size(); ++i) {
      const auto& q = q_[i];
      if (q.heading || is_quoted_name(q)) continue;
      const std::string speaker = speaker_of(i);
      std::string text = text_of(q);
      model::TextSpan span = q.span;
      // '"...," he said, "..."': one quote interrupted by its attribution.
      while (i + 1 < q_.size() && interrupted_between(q_[i], q_[i + 1])) {
        ++i;
        text += ' ';
        text += text_of(q_[i]);
        span.end = q_[i].span.end;
      }
      if (speaker.empty()) continue;
      block_speaker_[q.block] = speaker;
      if (is_person(speaker)) last_speaker_ = speaker;
      a_.quotes.push_back({text, span, speaker});
    }
  }

  // 'signed the "Istanbul Declaration"', 'the "Black Sea Grain Initiative"': words of a name in
  // quotation marks after "the", every one capitalized but the minor words of titles, no sentence.
  bool is_quoted_name(const model::QuoteCandidate& q) const {
    const std::u32string_view text = std::u32string_view(a_.text).substr(q.span.begin, q.span.end - q.span.begin);
    const std::size_t before = q.span.begin > 0 ? q.span.begin - 1 : 0;  // the opening mark
    if (before < 4 || (a_.text.substr(before - 4, 4) != U"the " && a_.text.substr(before - 4, 4) != U"The ")) return false;
    std::size_t words = 0;
    for (std::size_t i = 0; i < text.size();) {
      while (i < text.size() && text[i] == U' ') ++i;
      std::size_t j = i;
      while (j < text.size() && text[j] != U' ') ++j;
      if (j == i) break;
      const std::u32string_view word = text.substr(i, j - i);
      const char32_t last = word.back();
      if (last == U'.' || last == U'!' || last == U'?' || last == U',') return false;
      const bool capital = word.front() >= U'A' && word.front() <= U'Z';
      if (!capital && !(words > 0 && lex_title_case_minor_words->contains(word))) return false;
      ++words;
      i = j;
    }
    return words >= 1 && words <= 6;
  }

  // The words between two quotes are a short attribution ending in a comma: " he said, ".
  bool interrupted_between(const model::QuoteCandidate& a, const model::QuoteCandidate& b) const {
    if (a.block != b.block || b.span.begin <= a.span.end + 1) return false;
    const std::u32string_view gap = std::u32string_view(a_.text).substr(a.span.end + 1, b.span.begin - 1 - (a.span.end + 1));
    std::size_t words = 0;
    bool speech = false;
    const auto [first, last] = tokens_within(a.span.end + 1, b.span.begin);
    for (std::size_t k = first; k < last && words <= 8; ++k) {
      ++words;
      speech = speech || (t_[k].kind == model::TokenKind::word && is_speech_verb(t_[k].text));
    }
    const auto end = gap.find_last_not_of(U' ');
    return speech && words <= 8 && end != std::u32string_view::npos && gap[end] == U',';
  }

 private:
  bool inside_any(std::size_t position) const { return quoted_.contains(position); }

  bool is_person(const std::string& key) const {
    auto it = entity_by_key_.find(key);
    return it != entity_by_key_.end() && a_.entities[it->second].kind == EntityKind::person;
  }

  // The first sentence that begins after position; the one before it holds position.
  std::vector<model::Sentence>::const_iterator first_sentence_after(std::size_t position) const {
    return std::upper_bound(s_.begin(), s_.end(), position, [](std::size_t p, const model::Sentence& s) { return p < s.span.begin; });
  }

  // Tokens that lie inside [begin, end).
  std::pair<std::size_t, std::size_t> tokens_within(std::size_t begin, std::size_t end) const {
    auto first = std::lower_bound(t_.begin(), t_.end(), begin,
                                  [](const model::Token& t, std::size_t p) { return t.span.begin < p; });
    auto last = std::lower_bound(first, t_.end(), end,
                                 [](const model::Token& t, std::size_t p) { return t.span.end <= p; });
    return {static_cast<std::size_t>(first - t_.begin()), static_cast<std::size_t>(last - t_.begin())};
  }

  // The sentences the attribution may stand in: the one the quote opens in, to the one it closes in.
  std::pair<std::size_t, std::size_t> region(const model::QuoteCandidate& q) const {
    std::size_t begin = s_.empty() ? 0 : s_[q.sentence].span.begin;
    std::size_t end = q.span.end;
    // The sentence the closing mark stands in.
    auto it = first_sentence_after(q.span.end);
    if (it != s_.begin()) {
      const auto& s = *(it - 1);
      if (q.span.end < s.span.end + 2) end = std::max(end, s.span.end);
    }
    // '"Do they take the profit?" Forte said.': a question or an exclamation ends its sentence at
    // the closing mark; the attribution is the next one, when a verb of saying opens it.
    if (it != s_.end() && it->span.begin <= q.span.end + 2 && asks_or_exclaims(q) && attribution_opens(*it)) {
      end = std::max(end, it->span.end);
    }
    // An attribution stands near its quote; an endless sentence must not make every quote
    // read all of it.
    begin = std::max(begin, q.span.begin > attribution_reach ? q.span.begin - attribution_reach : 0);
    end = std::min(end, q.span.end + attribution_reach);
    return {begin, end};
  }

  // Whether the quotation ends in a question or exclamation mark ("Why now?"), which ends the
  // sentence though the attribution follows; after a period the next sentence is its own.
  bool asks_or_exclaims(const model::QuoteCandidate& q) const {
    for (std::size_t i = q.span.end; i > q.span.begin; --i) {
      const char32_t c = a_.text[i - 1];
      if (c == U'?' || c == U'!') return true;
      if (c != U'"' && c != U'\u201D' && c != U'\'' && c != U'\u2019' && c != U' ') return false;
    }
    return false;
  }

  // Whether a verb of saying stands among the first words of the sentence ("Forte said.", "asked
  // Jana Lind, the minister.").
  bool attribution_opens(const model::Sentence& s) const {
    constexpr std::size_t words = 5;
    for (std::size_t k = s.first_token; k < s.end_token && k < s.first_token + words; ++k) {
      if (t_[k].kind == model::TokenKind::word && is_speech_verb(t_[k].text)) return true;
    }
    return false;
  }

  // People who spoke before position: a person named right before a verb of saying.
  void note_speakers_before(std::size_t position) {
    for (; scanned_ < t_.size() && t_[scanned_].span.begin < position; ++scanned_) {
      const auto& tok = t_[scanned_];
      if (tok.kind != model::TokenKind::word || !is_speech_verb(tok.text) || inside_any(tok.span.begin)) continue;
      std::string key;
      for (const auto& m : index_.within(tok.span.begin > 80 ? tok.span.begin - 80 : 0, tok.span.begin)) {
        if (index_.entity(m).kind == EntityKind::person && !inside_any(m.span.begin)) key = index_.entity(m).key;
      }
      if (!key.empty()) last_speaker_ = key;
    }
  }

  std::string speaker_of(std::size_t i) {
    const auto& q = q_[i];
    note_speakers_before(q.span.begin);
    const auto [begin, end] = region(q);
    bool speech = false, pronoun = false;
    const auto [first, last] = tokens_within(begin, end);
    for (std::size_t k = first; k < last; ++k) {
      const auto& tok = t_[k];
      if (tok.kind != model::TokenKind::word || inside_any(tok.span.begin)) continue;
      if (is_speech_verb(tok.text)) speech = true;
      if (is_pronoun(tok.text)) pronoun = true;
    }
    if (speech) {
      if (std::string subject = subject_of_speech(first, last, q.span.begin); !subject.empty()) return subject;
      // "a senior State Department official said": no one the article names, not the body.
      if (unnamed_speaker(first, last, q.span.begin)) return {};
    }
    std::string person, actor;
    model::TextSpan actor_span;
    for (const auto& m : index_.within(begin, end)) {
      if (inside_any(m.span.begin) || told_right_before(m.span.begin)) continue;  // "one diplomat told AFP": AFP listened
      const auto& e = index_.entity(m);
      if (e.kind == EntityKind::person && person.empty()) person = e.key;
      // "the Omani Foreign Ministry said": the ministry, not the country its name begins with.
      const bool holds_actor = !actor.empty() && m.span.begin <= actor_span.begin && m.span.end >= actor_span.end &&
                               m.span.end - m.span.begin > actor_span.end - actor_span.begin;
      if ((e.kind == EntityKind::organization || e.kind == EntityKind::country) && (actor.empty() || holds_actor)) {
        actor = e.key;
        actor_span = m.span;
      }
    }
    if (speech) {
      if (!person.empty()) return person;
      if (pronoun && !last_speaker_.empty()) return last_speaker_;
      if (!actor.empty()) return actor;
      return {};  // "the two sides said": no one the article names
    }
    // '"...". This was stated by Foreign Minister X.': the wires' attribution after the quote.
    if (std::string p = stated_by_next_sentence(q); !p.empty()) return p;
    // '"...," according to Foreign Minister X': a person right after "according to" at the mark.
    if (std::string p = according_to_after(q); !p.empty()) return p;
    // 'According to X, "..."': "according to" before the quote, in its sentence.
    if (std::string p = according_to_before(q, first); !p.empty()) return p;
    // A new quoted sentence after the attribution: the same speaker.
    if (auto it = block_speaker_.find(q.block); it != block_speaker_.end()) return it->second;
    if (std::string p = subject_before_quote(q); !p.empty()) return p;
    // A quoted paragraph: the person the paragraph before was about.
    if (quote_fills_block(q)) {
      if (std::string p = first_person_of_previous_block(q.block); !p.empty()) return p;
      return last_speaker_;
    }
    return {};
  }

  // Whether a verb of telling stands right before position, "the" aside ("told the BBC").
  bool told_right_before(std::size_t position) const {
    std::size_t k = tokens_within(position, position).first;  // the token the mention begins with
    if (k > 0 && t_[k - 1].text == U"the") --k;
    return k > 0 && is_telling_verb(t_[k - 1].text);
  }

  // The one who speaks in a verb of saying's own clause: the person named right before it
  // ("Jana Novak said", "Jana Novak had told"), or right after it ("said Jana Novak"); not one
  // named in the possessive ("Novak's spokeswoman Eva Berg said" is Berg) nor the one told
  // ("he told Novak that"); "he said" is the last speaker; "the Chinese president said" the
  // person the article gives that title. Empty when the clause names no one.
  std::string subject_of_speech(std::size_t first, std::size_t last, std::size_t q_begin) const {
    // "X said the talks were 'useful', while Y called them 'historic'": the verb nearest the
    // quote speaks it; those before it first, nearest first, then those after it.
    std::vector<std::size_t> verbs;
    for (std::size_t k = first; k < last; ++k) {
      const auto& verb = t_[k];
      if (verb.kind == model::TokenKind::word && !inside_any(verb.span.begin) && is_speech_verb(verb.text)) verbs.push_back(k);
    }
    {
      const auto after = std::stable_partition(verbs.begin(), verbs.end(), [&](std::size_t k) { return t_[k].span.begin < q_begin; });
      std::reverse(verbs.begin(), after);
    }
    for (const std::size_t k : verbs) {
      const auto& verb = t_[k];
      // Back over "had", "also", "has": the words that may stand between a subject and its verb.
      std::size_t before = k;
      while (before > first && before + 3 > k && is_auxiliary(t_[before - 1].text)) --before;
      if (before > first) {
        const auto& prev = t_[before - 1];
        if (prev.text == U"it" || prev.text == U"It") {
          if (std::string named = institution_it(q_begin); !named.empty()) return named;
        } else if (is_pronoun(prev.text)) {
          const std::string_view said_gender = lex_personal_pronouns->value(prev.text, lex_personal_pronouns.gender);
          const char gender = said_gender.empty() ? 0 : said_gender.front();
          std::string p = last_speaker_;
          // 'Xi, for his part, called for peace. "...," he said': the subject of the sentence right
          // before, in the quote's paragraph, over the last speaker.
          if (std::string subject = subject_of_sentence_before(q_begin, gender); !subject.empty()) p = subject;
          // "she said" after "he said" of the last speaker: the last person named who may be "she";
          // after a speaker whose name says nothing, a woman by her given name (last_person_before).
          if (!p.empty() && known_gender(p) != 0 && known_gender(p) != gender) p = last_person_before(q_begin, gender);
          if (!p.empty() && gender == 'f' && known_gender(p) == 0) {
            if (std::string woman = last_person_before(q_begin, gender); !woman.empty() && known_gender(woman) == 'f') p = woman;
          }
          // No one has spoken yet: "she" is the person the story was about before the quote.
          if (p.empty()) p = last_person_before(q_begin, gender);
          if (!p.empty()) {
            genders_.emplace(p, gender);
            return p;
          }
        } else if (auto m = person_ending_at(prev.span.end); !m.empty()) {
          return m;
        } else if (std::string named = apposition_before(before, first); !named.empty()) {
          return named;
        } else if (std::string who = subject_of_who(before, first); !who.empty()) {
          return who;
        } else if (auto o = verb.text == U"quoted" || verb.text == U"cited" ? std::string() : institution_ending_at(prev.span.end);
                   !o.empty()) {
          return o;  // "Oman's state news agency ONA said": ONA, not Oman; "IRNA quoted X as saying" is X
        } else if (std::string titled = person_titled(before, first); !titled.empty()) {
          return titled;
        } else if (std::string named = organization_by_role(before, first, q_begin); !named.empty()) {
          return named;
        }
      }
      // "..., said Jana Novak", "said Foreign Minister Jana Novak": the person after the verb,
      // unless the verb is one of telling, whose object is the one told; right after the quote
      // it speaks too ('"Why?" asked Novak').
      if (!is_telling_verb(verb.text) || (k > first && t_[k - 1].kind != model::TokenKind::word)) {
        if (auto m = person_starting_near(verb.span.end, k + 1 < last ? t_[std::min(k + 4, last - 1)].span.end : verb.span.end);
            !m.empty()) {
          return m;
        }
      }
    }
    return {};
  }

  // Whether the verb of saying nearest the quote has a speaker the article does not name: "a
  // senior State Department official said", "Israeli sources said", "said one diplomat". An
  // indefinite word opens the phrase before the verb's noun, or nothing does and the noun is a
  // plural; "the officials said" and "his spokesman said" are not so (they refer back).
  bool unnamed_speaker(std::size_t first, std::size_t last, std::size_t q_begin) const {
    // The verb subject_of_speech reads first: the last before the quote, else the first after it.
    std::size_t before = last, after = last;
    for (std::size_t k = first; k < last; ++k) {
      if (t_[k].kind != model::TokenKind::word || inside_any(t_[k].span.begin) || !is_speech_verb(t_[k].text)) continue;
      if (t_[k].span.begin < q_begin) {
        before = k;
      } else if (after == last) {
        after = k;
      }
    }
    const std::size_t verb = before != last ? before : after;
    if (verb == last) return false;
    // 'what are called "Kiwiana"', "it was said": a verb of saying in the passive, whose subject
    // is no speaker ("X was quoted as saying" is: reporting-verbs.tsv's passive_subject).
    const std::u32string_view verb_word = t_[verb].text;
    const bool participle = !(verb_word.size() > 3 && verb_word.substr(verb_word.size() - 3) == U"ing");  // not "are insisting"
    if (verb > first && participle && lex_verb_adverbs->has(t_[verb - 1].text, lex_verb_adverbs.passive) &&
        !lex_reporting_verbs->has(verb_word, lex_reporting_verbs.passive_subject)) {
      return true;
    }
    // Before the verb: "a senior official (had) said".
    std::size_t noun = verb;
    while (noun > first && noun + 3 > verb && is_auxiliary(t_[noun - 1].text)) --noun;
    if (noun > first && t_[noun - 1].kind == model::TokenKind::word && !t_[noun - 1].capitalized && is_speaker_noun(t_[noun - 1].text)) {
      const bool plural = t_[noun - 1].text.back() == U's';
      for (std::size_t k = noun - 1; k > first && k + 6 > noun; --k) {
        const auto& w = t_[k - 1];
        if (w.kind != model::TokenKind::word) return plural && k + 1 < noun;  // "Israeli sources said", not "sources said"
        if (is_indefinite(w.text)) return true;
        if (is_definite(w.text)) return false;
      }
      return false;
    }
    // After it: "said a source close to the talks", "said one diplomat".
    return verb + 2 < last && t_[verb + 1].kind == model::TokenKind::word && is_indefinite(t_[verb + 1].text) &&
           ((t_[verb + 2].kind == model::TokenKind::word && is_speaker_noun(t_[verb + 2].text)) ||
            (verb + 3 < last && t_[verb + 3].kind == model::TokenKind::word && is_speaker_noun(t_[verb + 3].text)));
  }

  // "the", "his": a determiner that makes a speaker's phrase definite (determiners.tsv, less "a").
  static bool is_definite(std::u32string_view w) { return lex_determiners->contains(w) && !is_indefinite(w); }

  // The first person named outside quotes in the sentence right before the one at position, when
  // both stand in one paragraph and the person may be of that gender.
  std::string subject_of_sentence_before(std::size_t position, char gender) const {
    auto it = first_sentence_after(position);
    if (it - s_.begin() < 2) return {};
    const auto& before = *(it - 2);
    constexpr std::size_t longest_sentence = 2000;  // beyond, no sentence of news: not read for each quote
    if (position - before.span.begin > longest_sentence) return {};
    const std::u32string_view between = std::u32string_view(a_.text).substr(before.span.begin, position - before.span.begin);
    if (between.find(U'\n') != std::u32string_view::npos) return {};
    for (const auto& m : index_.within(before.span.begin, before.span.end)) {
      const auto& e = index_.entity(m);
      if (e.kind != EntityKind::person || inside_any(m.span.begin)) continue;
      const char g = known_gender(e.key);
      return g == 0 || g == gender ? e.key : std::string();
    }
    return {};
  }

  // The subject of the sentence that names last a person before position, outside quotes,
  // within a few paragraphs: its first person not known to be of the other gender.
  std::string last_person_before(std::size_t position, char gender) const {
    // "she": a woman by her given name comes before a person whose name says nothing ("Jana
    // Lind met Karel Novak. Novak thanked her. '...,' she said" is Lind). Not so for "he": most
    // of those news quotes are men, so the subject of the sentence before stays the better guess
    // ("Karel Lind met Tomas Novak. '...,' he added" is Lind).
    if (gender == 'f') {
      if (std::string fits = last_person_of_gender(position, [&](char g) { return g == gender; }); !fits.empty()) return fits;
    }
    return last_person_of_gender(position, [&](char g) { return g == 0 || g == gender; });
  }

  template <typename Fits>
  std::string last_person_of_gender(std::size_t position, Fits fits) const {
    constexpr std::size_t reach = 600;
    std::string key;
    std::size_t at = 0;
    for (const auto& m : index_.within(position > reach ? position - reach : 0, position)) {
      const auto& e = index_.entity(m);
      if (e.kind != EntityKind::person || inside_any(m.span.begin)) continue;
      if (fits(known_gender(e.key))) key = e.key, at = m.span.begin;
    }
    if (key.empty()) return key;
    // The subject of that sentence: the first person it names ("X met Y. 'Quote,' he added" is X).
    auto it = first_sentence_after(at);
    if (it == s_.begin()) return key;
    const auto& sentence = *(it - 1);
    for (const auto& m : index_.within(sentence.span.begin, at)) {
      const auto& e = index_.entity(m);
      if (e.kind != EntityKind::person || inside_any(m.span.begin)) continue;
      if (fits(known_gender(e.key))) return e.key;
    }
    return key;
  }

  // Commas around the words before the verb (at before): "Novak's spokeswoman, Eva Berg, said"
  // is the person between them; "Novak, the minister, said" and "Novak, 70, said" the person
  // before them; not the object in "X reassured Novak, saying" (no comma opens the run).
  std::string apposition_before(std::size_t before, std::size_t first) const {
    if (t_[before - 1].text != U"," || before < first + 2) return {};
    std::size_t opening = before - 1;
    while (opening > first && opening + 8 > before && t_[opening - 1].text != U",") --opening;
    if (opening == first || t_[opening - 1].text != U",") return {};
    const std::size_t comma = opening - 1;
    // The person the commas hold, ending at the closing one.
    for (const auto& m : index_.within(t_[opening].span.begin, t_[before - 2].span.end)) {
      if (m.span.begin == t_[opening].span.begin && m.span.end == t_[before - 2].span.end && !inside_any(m.span.begin) &&
          index_.entity(m).kind == EntityKind::person) {
        return index_.entity(m).key;
      }
    }
    return comma > first ? person_ending_at(t_[comma - 1].span.end) : std::string();
  }

  // "X, who on Thursday tweeted that", "X, who met Y on Monday, said": the person right before
  // "who", a few words before the verb (at before).
  std::string subject_of_who(std::size_t before, std::size_t first) const {
    for (std::size_t k = before; k > first && k + 6 > before; --k) {
      if (t_[k - 1].text != U"who" || k - 1 == first) continue;
      std::size_t end = k - 1;
      if (t_[end - 1].text == U"," && end - 1 > first) --end;
      return person_ending_at(t_[end - 1].span.end);
    }
    return {};
  }

  // The gender a pronoun that named the person as a speaker gave them; 0 when none has.
  // The gender a pronoun that named the person as a speaker gave them, else their given name's
  // (given-names.txt: "Jana" f); 0 when neither says.
  char known_gender(const std::string& key) const {
    auto it = genders_.find(key);
    if (it != genders_.end()) return it->second;
    return given_name_gender(key);
  }

  char given_name_gender(const std::string& key) const {
    const auto e = entity_by_key_.find(key);
    if (e == entity_by_key_.end()) return 0;
    const model::Entity& person = a_.entities[e->second];
    if (person.kind != EntityKind::person) return 0;
    if (person.gender != 0) return person.gender;  // "Mrs Lind", "Lady Jana Lind"
    if (person.article_scoped) return 0;  // a surname alone
    std::string first = person.label.substr(0, person.label.find(' '));
    for (auto& c : first) {
      if (static_cast<unsigned char>(c) >= 0x80) return 0;
      c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    const std::string_view gender = knowledge::given_names().value(first);
    return gender == "f" || gender == "m" ? gender.front() : 0;
  }

  // "had", "also": the lexicon's words that stand between a subject and its verb.
  static bool is_auxiliary(std::u32string_view w) { return lex_verb_adverbs->has(w, lex_verb_adverbs.before_saying); }

  // A person mention that ends at position (a possessive one is no subject).
  // The organization whose mention ends at position, outside quotes (a country there may be
  // a clause's subject: "he said Iran and the US agreed"); not one after "of", which says whose
  // the subject is ("Senator X of Kentucky called").
  std::string institution_ending_at(std::size_t position) const {
    return key_ending_at(position, [&](const EntityMention& m) {
      const std::u32string_view before = std::u32string_view(a_.text).substr(0, m.span.begin);
      return index_.entity(m).kind == EntityKind::organization && !(before.size() >= 4 && before.substr(before.size() - 4) == U" of ");
    });
  }

  std::string person_ending_at(std::size_t position) const {
    return key_ending_at(position, [&](const EntityMention& m) { return index_.entity(m).kind == EntityKind::person; });
  }

  // The entity of the first mention outside quotes that ends at position and that accept takes.
  template <typename Accept>
  std::string key_ending_at(std::size_t position, Accept accept) const {
    for (const auto& m : index_.within(position > 80 ? position - 80 : 0, position)) {
      if (m.span.end == position && !inside_any(m.span.begin) && accept(m)) return index_.entity(m).key;
    }
    return {};
  }

  // The person of "This was stated by X", "It was announced by X" when that sentence follows the
  // quote's own, in its paragraph.
  std::string stated_by_next_sentence(const model::QuoteCandidate& q) const {
    auto it = first_sentence_after(q.span.end);
    if (it == s_.end() || it->span.begin > q.span.end + 4 || it->first_token + 4 >= it->end_token) return {};
    std::size_t k = it->first_token;
    const auto word = [&](std::size_t i) { return std::u32string_view(t_[i].text); };
    if (word(k) != U"This" && word(k) != U"That" && word(k) != U"It") return {};
    ++k;
    if (word(k) == U"was" || word(k) == U"is") {
      ++k;
    } else if (word(k) == U"has" && word(k + 1) == U"been") {
      k += 2;
    } else {
      return {};
    }
    if (k + 1 >= it->end_token || !is_speech_verb(word(k)) || word(k + 1) != U"by") return {};
    const std::size_t by = k + 1;
    return person_starting_near(t_[by].span.end, t_[std::min(by + 6, it->end_token - 1)].span.end);
  }

  // 'X was upbeat after the talks. "We agree."' and 'X was upbeat: "We agree."': a quote with no
  // attribution that is a sentence of its own after one about a person, in its paragraph, or
  // that follows a colon: the first person of the words before it.
  std::string subject_before_quote(const model::QuoteCandidate& q) const {
    if (s_.empty()) return {};
    const auto& own = s_[q.sentence];
    std::size_t begin = own.span.begin, end = q.span.begin;
    if (own.span.begin + 2 >= q.span.begin) {
      auto closing = first_sentence_after(q.span.end);
      if (closing == s_.begin() || (closing - 1)->span.end > q.span.end + 3) return {};  // words follow the quote
      if (q.sentence == 0 || s_[q.sentence - 1].span.begin < a_.blocks[q.block].span.begin) return {};
      begin = s_[q.sentence - 1].span.begin;
      end = s_[q.sentence - 1].span.end;
    } else {
      std::size_t mark = q.span.begin - 1;
      while (mark > own.span.begin && a_.text[mark - 1] == U' ') --mark;
      if (a_.text[mark - 1] != U':') return {};
    }
    return person_starting_near(begin, end);
  }

  // The person of '"...," according to X': "according to" right after the closing mark.
  // The person's name may follow a title of several words ("according to US Secretary of State
  // Antony Blinken"): it starts within twelve words of "to" and ends within the window read.
  std::string according_to_after(const model::QuoteCandidate& q) const {
    constexpr std::size_t window = 140, title_words = 12;
    const std::size_t end = std::min(a_.text.size(), q.span.end + window);
    const auto [first, last] = tokens_within(q.span.end + 1, end);
    std::size_t k = first;
    while (k < last && t_[k].kind == model::TokenKind::punct) ++k;
    if (k + 1 >= last || t_[k].text != U"according" || t_[k + 1].text != U"to") return {};
    const std::size_t starts_by = t_[std::min(k + 1 + title_words, last - 1)].span.end;
    for (const auto& m : index_.within(t_[k + 1].span.end, end)) {
      if (m.span.begin > starts_by) break;
      if (!inside_any(m.span.begin) && index_.entity(m).kind == EntityKind::person) return index_.entity(m).key;
    }
    return {};
  }

  // The person of 'According to X, "..."': a person right after "according to", and nothing but
  // a comma between the person and the opening mark; tokens from `first` (the quote's region) on.
  std::string according_to_before(const model::QuoteCandidate& q, std::size_t first) const {
    for (std::size_t k = first; k + 2 < t_.size() && t_[k + 1].span.end <= q.span.begin; ++k) {
      if ((t_[k].text != U"according" && t_[k].text != U"According") || t_[k + 1].text != U"to") continue;
      for (const auto& m : index_.within(t_[k + 1].span.end, q.span.begin)) {
        if (inside_any(m.span.begin) || index_.entity(m).kind != EntityKind::person) continue;
        const std::u32string_view gap = std::u32string_view(a_.text).substr(m.span.end, q.span.begin - m.span.end);
        if (gap.find_first_not_of(U", \"\u201C\u2018'") == std::u32string_view::npos) return index_.entity(m).key;
      }
    }
    return {};
  }

  std::string person_starting_near(std::size_t from, std::size_t to) const {
    for (const auto& m : index_.within(from, to + 1)) {
      if (!inside_any(m.span.begin) && index_.entity(m).kind == EntityKind::person) return index_.entity(m).key;
    }
    return {};
  }

  // "the Chinese president said", "The prime minister assured", "the Kazakh President stressed":
  // the subject is a role noun or a title after "the"; the speaker the one person the article
  // gives a title with those words ("prime minister" before "minister" alone), of the country
  // the words before name, if they name one.
  std::string person_titled(std::size_t before, std::size_t first) const {
    if (std::string found = person_titled_of(before, first); !found.empty()) return found;
    or_unaffiliated_ = true;  // no one of the country holds any of the titles: one of no known country
    std::string found = person_titled_of(before, first);
    or_unaffiliated_ = false;
    return found;
  }

  std::string person_titled_of(std::size_t before, std::size_t first) const {
    const auto& noun = t_[before - 1];
    if (noun.kind != model::TokenKind::word) return {};
    const bool role = noun.capitalized ? lex_titles->has(noun.text, lex_titles.role, "head") : lex_role_nouns->contains(noun.text);
    if (!role) return {};
    std::size_t k = before - 1;
    while (k > first && k + 4 > before && t_[k - 1].kind == model::TokenKind::word && !is_the(t_[k - 1].text)) --k;
    // "the Chinese president": the country the words before the noun name, if they name one;
    // "Norway's foreign minister": the country in the possessive before them.
    std::string country = k >= first + 2 ? country_possessive_before(k) : std::string();
    if ((k == first || !is_the(t_[k - 1].text)) && country.empty()) return {};
    std::size_t role_begin = k;
    for (const auto& m : index_.within(t_[k].span.begin, noun.span.begin)) {
      if (index_.entity(m).kind != EntityKind::country) continue;
      country = index_.entity(m).key;
      while (role_begin < before - 1 && t_[role_begin].span.begin < m.span.end) ++role_begin;
    }
    std::string phrase;
    for (std::size_t w = role_begin; w < before; ++w) {
      if (!phrase.empty()) phrase += ' ';
      phrase += model::to_utf8(t_[w].text);
    }
    if (std::string found = person_with_title(ascii_lower(phrase), country); !found.empty()) return found;
    // "the PM added": a title's initials.
    if (noun.text.size() >= 2 && std::all_of(noun.text.begin(), noun.text.end(), [](char32_t c) { return c >= U'A' && c <= U'Z'; })) {
      return person_with_initials(ascii_lower(model::to_utf8(noun.text)), country);
    }
    if (std::string found = person_with_title(ascii_lower(model::to_utf8(noun.text)), country); !found.empty()) return found;
    return person_with_title_for(noun.text, country);
  }

  // "Norway's foreign minister said": the country whose possessive stands before the words
  // (tokens k - 2 and k - 1, the "'s"), if any.
  std::string country_possessive_before(std::size_t k) const {
    const auto& s = t_[k - 1];
    if (s.kind != model::TokenKind::punct || s.text.size() != 2 || (s.text[1] != U's' && s.text[1] != U'S')) return {};
    for (const auto& m : index_.within(t_[k - 2].span.begin, t_[k - 2].span.end)) {
      if (index_.entity(m).kind == EntityKind::country && m.span.end == t_[k - 2].span.end) return index_.entity(m).key;
    }
    return {};
  }

  // "the Russian leader", "the top US diplomat": a word of many offices (role-nouns.tsv's
  // titles); the one person of the country holding the first of them any person holds. Of no
  // known country, the one person holding any of them ("the top US diplomat" is none of Foreign
  // Minister Lavrov and Secretary of State Blinken, both of no country the article names).
  std::string person_with_title_for(std::u32string_view noun, const std::string& country) const {
    const std::string_view titles = lex_role_nouns->value(noun, lex_role_nouns.titles);
    if (titles.empty() || titles == "-") return {};
    if (or_unaffiliated_) {
      return only_person_titled(country, [&](const std::string& title) {
        const std::string lower = ascii_lower(title);
        return knowledge::tsv::any_entry(titles, [&](std::string_view t) { return lower.find(t) != std::string::npos; });
      });
    }
    for (const std::string_view title : knowledge::tsv::split(titles, '|')) {
      if (std::string found = person_with_title(std::string(title), country); !found.empty()) return found;
    }
    return {};
  }

  // "the newspaper declared", "the agency reported": the organization named last before the
  // quote, outside quotes, when the subject is "the" and a role noun of organizations.
  std::string organization_by_role(std::size_t before, std::size_t first, std::size_t q_begin) const {
    const auto& noun = t_[before - 1];
    if (noun.kind != model::TokenKind::word || noun.capitalized || before < first + 2 || !is_the(t_[before - 2].text)) return {};
    // "the newspaper said": a noun of organizations' roles, the last one named; "the ministry
    // said" after "the Chinese Foreign Ministry": the last one whose name ends in the noun.
    const bool role = lex_organization_nouns->has(noun.text, lex_organization_nouns.use, "role");
    const std::string head = ascii_lower(model::to_utf8(noun.text));
    constexpr std::size_t reach = 600;
    std::string key;
    const std::size_t until = std::min(q_begin, t_[before - 2].span.begin);
    for (const auto& m : index_.within(until > reach ? until - reach : 0, until)) {
      const auto& e = index_.entity(m);
      if (inside_any(m.span.begin) || e.kind != EntityKind::organization) continue;
      const std::string label = ascii_lower(e.label);
      const bool named_so = label.size() > head.size() && label.compare(label.size() - head.size(), head.size(), head) == 0 &&
                            label[label.size() - head.size() - 1] == ' ';
      if (role || named_so) key = e.key;
    }
    return key;
  }

  // "it said", "It added": the organization named last before the quote, in its sentence or the
  // one before (an institution's statement goes on); not a country ("the Ukrainian government
  // press service reported ... it said" is no one the article names).
  std::string institution_it(std::size_t q_begin) const {
    auto it = first_sentence_after(q_begin);
    if (it == s_.begin()) return {};
    const std::size_t from = (it - 1) == s_.begin() ? (it - 1)->span.begin : (it - 2)->span.begin;
    std::string key;
    for (const auto& m : index_.within(from, q_begin)) {
      const auto& e = index_.entity(m);
      if (!inside_any(m.span.begin) && e.kind == EntityKind::organization) key = e.key;
    }
    return key;
  }

  // The one person whose title holds role (lower case), of country when one is given.
  std::string person_with_title(const std::string& role, const std::string& country) const {
    return resolve::person_with_title(a_.entities, role, country, or_unaffiliated_);
  }

  // The one person whose title's words have these initials in a row ("pm": "Prime Minister").
  std::string person_with_initials(const std::string& initials, const std::string& country) const {
    return only_person_titled(country, [&](const std::string& title) {
      std::string of_title;
      bool word_start = true;
      for (char c : title) {
        if (word_start && std::isalpha(static_cast<unsigned char>(c))) of_title += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        word_start = c == ' ' || c == '-';
      }
      return of_title.find(initials) != std::string::npos;
    });
  }

  // The one person of country (when one is given) whose title matches; none when several do:
  // two presidents, no telling which.
  template <typename Matches>
  std::string only_person_titled(const std::string& country, Matches matches) const {
    return resolve::only_person_titled(a_.entities, country, matches, or_unaffiliated_);
  }

  // "the prime minister said", and "a Kremlin spokesperson said" where the article names one.
  static bool is_the(std::u32string_view w) { return w == U"the" || w == U"The" || w == U"a" || w == U"A"; }


  bool quote_fills_block(const model::QuoteCandidate& q) const {
    const auto& b = a_.blocks[q.block].span;
    return q.span.begin <= b.begin + 2;
  }

  std::string first_person_of_previous_block(std::size_t block) const {
    for (std::size_t b = block; b-- > 0;) {
      const auto role = a_.blocks[b].role;
      if (role != model::BlockRole::body && role != model::BlockRole::standfirst) continue;
      for (const auto& m : index_.within(a_.blocks[b].span.begin, a_.blocks[b].span.end)) {
        if (index_.entity(m).kind == EntityKind::person && !inside_any(m.span.begin)) return index_.entity(m).key;
      }
      return {};
    }
    return {};
  }

  // The words, a quote running over paragraphs joined by spaces without the reopening marks.
  std::string text_of(const model::QuoteCandidate& q) const {
    std::u32string out;
    bool gap = false;
    for (std::size_t i = q.span.begin; i < q.span.end; ++i) {
      const char32_t c = a_.text[i];
      if (c == U'\n') {
        gap = true;
        continue;
      }
      if (gap && (c == U'\u201C' || c == U'"' || c == U' ')) continue;
      if (gap) out += U' ';
      gap = false;
      out += c;
    }
    // '"We are close," she said': the comma belongs to the sentence around the quote.
    while (!out.empty() && (out.back() == U',' || out.back() == U' ')) out.pop_back();
    return model::to_utf8(out);
  }

  model::Article& a_;
  const std::vector<model::Sentence>& s_;
  const std::vector<model::Token>& t_;
  const std::vector<model::QuoteCandidate>& q_;
  MentionIndex index_;
  std::string last_speaker_;
  std::size_t scanned_ = 0;
  std::map<std::size_t, std::string> block_speaker_;
  model::SpanSet quoted_;
  std::map<std::string, std::size_t> entity_by_key_;  // index into a_.entities
  mutable std::map<std::string, char> genders_;  // learnt while attributing, in text order
  mutable bool or_unaffiliated_ = false;  // person_titled's second pass (only_person_titled)
};

}  // namespace

void resolve_quotes(model::Article& article, const std::vector<model::Sentence>& sentences,
                    const std::vector<model::Token>& tokens,
                    const std::vector<model::QuoteCandidate>& quotes) {
  article.quotes.clear();
  QuoteResolver(article, sentences, tokens, quotes).run();
}

}  // namespace parley::resolve
