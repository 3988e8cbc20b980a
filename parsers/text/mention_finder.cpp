#include "parsers/text/mention_finder.hpp"

#include "knowledge/lexicon.hpp"
#include "knowledge/sorted_words.hpp"

#include <optional>
#include <set>

#include "model/article.hpp"
#include "parsers/grammar_config.hpp"
#include "parsers/text/name_lexicon.hpp"
#include "parsers/text/token_grammar.hpp"

namespace parley::parsers {

namespace {

using model::MentionCandidate;
using model::Token;
using model::TokenKind;
namespace lex = lexicon;

bool is_punct(const Token& t, std::u32string_view p) { return t.kind == TokenKind::punct && t.text == p; }
bool is_word(const Token& t) { return t.kind == TokenKind::word; }
bool is_lower_word(const Token& t) { return is_word(t) && !t.capitalized && !lex::has_arabic_article_prefix(t.text); }

bool is_name_token(const Token& t) {
  return (is_word(t) && t.capitalized) || lex::has_arabic_article_prefix(t.text);
}

class SentenceScanner {
 public:
  SentenceScanner(const std::u32string& text, const std::vector<Token>& tokens,
                  const model::Sentence& sentence, std::size_t index,
                  const std::set<std::u32string>& lowercase_words,
                  std::vector<MentionCandidate>& out)
      : text_(text), tokens_(tokens), s_(sentence), index_(index),
        lowercase_words_(lowercase_words), out_(out) {}

  void scan() {
    std::size_t i = s_.first_token;
    while (i < s_.end_token) {
      if (!is_name_token(tokens_[i]) || is_calendar_here(i) || is_clock_word_here(i)) {
        ++i;
        continue;
      }
      const std::size_t end = chunk_end(i);
      emit_chunk(i, end);
      i = end;
    }
  }

 private:
  // "10:15 AM EST", "16:00 GMT": a word of the time of day after its number, or after another
  // such word (clock-words.tsv), is no name.
  bool is_clock_word_here(std::size_t i) const {
    const auto& clock_words = knowledge::lists::clock_words;
    if (i == s_.first_token) return false;
    const Token& before = tokens_[i - 1];
    // The token before first: a number before a name is rare, so most names are looked up in no list.
    if (before.kind == model::TokenKind::number) return clock_words->contains(tokens_[i].text);
    return i - 1 > s_.first_token && tokens_[i - 2].kind == model::TokenKind::number && clock_words->contains(before.text) &&
           clock_words->contains(tokens_[i].text);
  }

  // A month, a weekday, unless a month is a name here: a given name before another name ("April
  // Glaspie", "June C. Smith"; given-names.txt) or a surname after one ("Theresa May"), with no
  // number after it ("May 5") and no preposition of dates before it ("in May").
  bool is_calendar_here(std::size_t i) const {
    const Token& t = tokens_[i];
    if (!lex::is_calendar_word(t.text)) return false;
    const auto names_around = [&](std::size_t k) {
      return k >= s_.first_token && k < s_.end_token && is_name_token(tokens_[k]) && !lex::is_calendar_word(tokens_[k].text);
    };
    // "Jun 12", "12 Jun", "Sat.": an abbreviation by a number or with its period is a date;
    // "Zhang Jun", "Sun Yat-sen": one beside a name, in mixed case, is part of it.
    if (lex::is_calendar_abbreviation(t.text)) {
      const bool number_around = (i + 1 < s_.end_token && tokens_[i + 1].kind == model::TokenKind::number) ||
                                 (i > s_.first_token && tokens_[i - 1].kind == model::TokenKind::number);
      return number_around || !(names_around(i - 1) || names_around(i + 1));
    }
    if (!lex::is_month_name(t.text)) return true;
    if (i + 1 < s_.end_token && tokens_[i + 1].kind == model::TokenKind::number) return true;
    if (i > s_.first_token && lex::is_month_preposition(tokens_[i - 1].text)) return true;
    const auto is_given_name = [](const Token& w) {
      std::string lower = model::to_utf8(w.text);
      for (auto& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      return knowledge::given_names().contains(lower);
    };
    if (i > s_.first_token && names_around(i - 1) && is_given_name(tokens_[i - 1])) return false;
    if (names_around(i + 1) && is_given_name(t)) return false;
    return true;
  }

  // A run of name tokens, joined by particles ("bin", "van") and, after an organization or
  // place head, by "of" / "of the" ("Ministry of Foreign Affairs", "Strait of Hormuz").
  std::size_t chunk_end(std::size_t i) const {
    std::size_t end = i + 1;
    while (end < s_.end_token) {
      const Token& t = tokens_[end];
      if (is_name_token(t) && !is_calendar_here(end)) {
        ++end;
      } else if (is_punct(t, U".") && tokens_[end - 1].text.size() == 1 && end + 1 < s_.end_token &&
                 is_name_token(tokens_[end + 1])) {
        ++end;  // an initial: "Anna K. Lind"
      } else if (is_word(t) && lex::is_name_particle(t.text)) {
        // "bin Laden", "de la Calle", "van der Berg": particles, then a name.
        std::size_t next = end;
        while (next < s_.end_token && is_word(tokens_[next]) && lex::is_name_particle(tokens_[next].text) && next < end + 3) ++next;
        if (next >= s_.end_token || !is_name_token(tokens_[next])) break;
        end = next + 1;
      } else if (t.text == U"of" && end + 1 < s_.end_token &&
                 (lex::is_organization_head(tokens_[end - 1].text) ||
                  lex::is_place_head(tokens_[end - 1].text))) {
        std::size_t next = end + 1;
        if (next < s_.end_token && tokens_[next].text == U"the") ++next;
        if (next < s_.end_token && is_name_token(tokens_[next])) {
          end = next + 1;
        } else {
          break;
        }
      } else {
        break;
      }
    }
    return end;
  }

  std::string words_text(std::size_t begin, std::size_t end) const {
    return model::to_utf8(std::u32string_view(text_).substr(
        tokens_[begin].span.begin, tokens_[end - 1].span.end - tokens_[begin].span.begin));
  }

  std::string words_text_to(std::size_t begin, std::size_t end) const {
    return model::to_utf8(std::u32string_view(text_).substr(begin, end - begin));
  }

  // The title before the first title head in the chunk, if the rest can be a name.
  std::size_t title_end(std::size_t begin, std::size_t end) const {
    std::size_t last_head = begin;
    bool found = false;
    for (std::size_t k = begin; k < end; ++k) {
      if (lex::is_title_head(tokens_[k].text)) {
        last_head = k;
        found = true;
      } else if (found && !lex::is_title_word(tokens_[k].text)) {
        break;
      }
    }
    if (!found || last_head + 1 >= end) return begin;
    // "Iranian Foreign Ministry" is an organization, "President Wilson Hotel", "King Fahd
    // Stadium" places, not titles.
    if (lex::is_organization_head(tokens_[end - 1].text) || lex::is_place_head(tokens_[end - 1].text)) return begin;
    return last_head + 1;
  }

  struct TitleBefore {
    std::size_t of;    // the "of" or "for" right before the run
    std::size_t head;  // the title head before it ("Secretary", "President")
  };

  // "Secretary of |", "Minister for the |", "President of the Republic of |": the title and
  // "of" or "for" right before position, if any.
  std::optional<TitleBefore> title_before(std::size_t position) const {
    std::size_t of = position;
    if (of > s_.first_token && tokens_[of - 1].text == U"the") --of;
    if (of <= s_.first_token + 1 || (tokens_[of - 1].text != U"of" && tokens_[of - 1].text != U"for")) return std::nullopt;
    --of;
    if (lex::is_title_head(tokens_[of - 1].text)) return TitleBefore{of, of - 1};
    // "President of the Republic of", "Minister of Foreign Affairs of the Kingdom of": the
    // formal name of a state, or an office, is part of the title.
    std::size_t k = of;
    bool offices = true;
    while (k > s_.first_token && k + 3 > of && is_name_token(tokens_[k - 1]) && !lex::is_title_head(tokens_[k - 1].text)) {
      --k;
      offices = offices && lex::is_office_word(tokens_[k].text);
    }
    if (k == of || !(offices || lex::is_state_form(tokens_[k].text))) return std::nullopt;
    const auto outer = title_before(k);
    if (!outer) return std::nullopt;
    return TitleBefore{of, outer->head};
  }

  void emit_chunk(std::size_t begin, std::size_t end) {
    // Leading "The" and sentence-initial function words are not part of a name.
    while (begin < end && lex::is_function_word(tokens_[begin].text)) ++begin;
    if (begin >= end) return;
    // "Mr Kim", "Lady Jana Novak": an honorific written without its period cues the name after
    // it and is no part of it (add_left_cues sees it before the name).
    if (end > begin + 1 && lex::is_honorific(tokens_[begin].text)) ++begin;
    if (begin == s_.first_token && end == begin + 1 && is_common_word(tokens_[begin].text)) return;
    const std::size_t name_begin = title_end(begin, end);
    if (name_begin > begin) {
      // "Iraqi Deputy Foreign Minister Samir Haddad": modifier, title, then the name.
      std::size_t org_end = begin;
      for (std::size_t k = begin; k < name_begin; ++k) {
        if (lex::is_organization_head(tokens_[k].text)) org_end = k + 1;
      }
      std::size_t first_title = begin;
      while (first_title < name_begin && !lex::is_title_word(tokens_[first_title].text)) ++first_title;
      if (org_end > begin) {
        emit(begin, org_end, 0, "");  // the organization the title belongs to
      } else if (first_title > begin) {
        emit(begin, first_title, model::cue_modifier, "");
      }
      emit(name_begin, end, model::cue_title, words_text(begin, name_begin));
      return;
    }
    // "Secretary of State Jana Novak", "Chief of Staff Tom Berg": the office after "of" belongs
    // to the title, the rest is the name.
    // "Minister for Foreign Affairs Penny Wong" the same; "President of the Republic of
    // Kazakhstan X" with "the".
    if (const auto before = title_before(begin)) {
      std::size_t name = begin;
      while (name < end && lex::is_office_word(tokens_[name].text)) ++name;
      // "Director of Russian Affairs Fiona Hill": a word that names whose affairs, then the office.
      if (name == begin && begin + 3 < end && lex::is_office_word(tokens_[begin + 1].text)) {
        name = begin + 2;
        while (name < end && lex::is_office_word(tokens_[name].text)) ++name;
      }
      std::size_t title_start = before->head;
      while (title_start > s_.first_token && is_name_token(tokens_[title_start - 1])) --title_start;
      if (name > begin && name < end) {
        emit(name, end, model::cue_title, words_text(title_start, name));
        return;
      }
      // "the Head of State said", "the Chief of Staff": the office alone is a title, no name.
      if (name == end) {
        emit(begin, end, model::cue_title_phrase, "");
        return;
      }
      // "President of Kazakhstan Nursultan Nazarbayev": what the title is of, then who holds it,
      // printed as one run; the resolver cuts it where a country's name ends.
      if (name == begin && end - begin >= 3) {
        emit(begin, end, model::cue_role_to_before | (lex::is_title_head(tokens_[end - 1].text) ? model::cue_title_phrase : 0u),
             words_text(title_start, begin));
        return;
      }
    }
    // "US Ambassador to Baghdad Jana Novak": the destination is one word, the rest a name.
    if (begin > s_.first_token + 1 && tokens_[begin - 1].text == U"to" &&
        lex::is_title_head(tokens_[begin - 2].text) && end > begin + 1) {
      emit(begin, begin + 1, model::cue_locative, "");
      std::size_t title_start = begin - 2;
      while (title_start > s_.first_token && is_name_token(tokens_[title_start - 1])) --title_start;
      emit(begin + 1, end, model::cue_title, words_text(title_start, begin + 1));
      return;
    }
    emit(begin, end, lex::is_title_head(tokens_[end - 1].text) ? model::cue_title_phrase : 0u, "");
  }

  bool is_common_word(std::u32string_view w) const {
    std::u32string lower(w);
    for (auto& c : lower) c = static_cast<char32_t>(unicode_encoding::tolower(c));
    if (lower.size() > 2 && lower.substr(lower.size() - 2) == U"ly") return true;
    return lowercase_words_.count(lower) != 0;
  }

  void emit(std::size_t begin, std::size_t end, std::uint32_t cues, std::string title) {
    // "The Prime Minister's Office", "the President's Office": an office named by the title whose
    // possessive stands before its head is one institution, not "Office".
    if (end == begin + 1 && begin >= s_.first_token + 2 && lex::is_organization_head(tokens_[begin].text) &&
        is_apostrophe_s(tokens_[begin - 1]) && lex::is_title_head(tokens_[begin - 2].text)) {
      std::size_t title_start = begin - 2;
      while (title_start > s_.first_token && is_name_token(tokens_[title_start - 1]) && lex::is_title_word(tokens_[title_start - 1].text)) {
        --title_start;
      }
      MentionCandidate m;
      m.span = {tokens_[title_start].span.begin, tokens_[begin].span.end};
      m.text = words_text(title_start, end);
      for (std::size_t k = title_start; k < end; ++k) {
        if (!is_apostrophe_s(tokens_[k])) m.words.push_back(model::to_utf8(tokens_[k].text));
      }
      m.cues = cues | model::cue_org_head;
      m.sentence = index_;
      if (title_start == s_.first_token) m.cues |= model::cue_sentence_initial;
      add_right_cues(end, m);
      out_.push_back(std::move(m));
      return;
    }
    MentionCandidate m;
    m.span = {tokens_[begin].span.begin, tokens_[end - 1].span.end};
    m.text = words_text(begin, end);
    for (std::size_t k = begin; k < end; ++k) m.words.push_back(model::to_utf8(tokens_[k].text));
    m.cues = cues;
    m.title = std::move(title);
    // "Iraqi Accord Front", "Ministry of Water Resources", "Green Zone": the head noun says what it is.
    for (std::size_t k = begin; k < end; ++k) {
      const bool last = k + 1 == end;
      const bool before_of = k + 1 < end && tokens_[k + 1].text == U"of";
      if ((last || before_of) && lex::is_organization_head(tokens_[k].text)) m.cues |= model::cue_org_head;
      if ((last || before_of) && lex::is_place_head(tokens_[k].text) && end - begin > 1) m.cues |= model::cue_place_head;
    }
    m.sentence = index_;
    if (begin == s_.first_token) m.cues |= model::cue_sentence_initial;
    // Only a name of two to four words is read by its shape alone: only those need it.
    if (end - begin >= 2 && end - begin <= 4 && is_common_word(tokens_[end - 1].text)) m.cues |= model::cue_common_last_word;
    add_left_cues(begin, m);
    add_right_cues(end, m);
    if (continues_a_list_of_places(begin, end)) m.cues |= model::cue_listed_after_place;
    out_.push_back(std::move(m));
  }

  // "in Berlin, Paris and Rome", "from Jakarta or Manila": the name before the comma, "and" or
  // "or" is a place by a locative (or is in such a list itself). After a comma the list must go
  // on ("in Oslo, Stockholm said" is a government speaking).
  bool continues_a_list_of_places(std::size_t begin, std::size_t end) const {
    if (begin <= s_.first_token + 1 || out_.empty() || out_.back().sentence != index_) return false;
    const Token& separator = tokens_[begin - 1];
    const auto is_conjunction = [](const Token& t) { return t.text == U"and" || t.text == U"or"; };
    if (is_punct(separator, U",")) {
      if (end >= s_.end_token || !(is_punct(tokens_[end], U",") || is_conjunction(tokens_[end]))) return false;
    } else if (!is_conjunction(separator)) {
      return false;
    }
    const MentionCandidate& before = out_.back();
    return before.span.end == tokens_[begin - 2].span.end &&
           (before.has(model::cue_locative) || before.has(model::cue_listed_after_place));
  }

  // "visit to Athens", "flew to the Vatican", "travelled on to Nairobi": a place; "ties to
  // Tehran" is a government.
  bool is_travel_destination(std::size_t k) const {
    static constexpr std::u32string_view the = U"the", to = U"to";
    if (tokens_[k].text == the && k > s_.first_token) --k;
    if (tokens_[k].text != to || k == s_.first_token) return false;
    --k;
    // "travelled on to Nairobi", "flew back to Kyiv".
    if ((tokens_[k].text == U"on" || tokens_[k].text == U"back") && k > s_.first_token) --k;
    return lex::is_travel_word(tokens_[k].text);
  }

  void add_left_cues(std::size_t begin, MentionCandidate& m) const {
    // A dateline names the place the story was filed from; "(EIRNS)" in it, the agency.
    const bool agency = begin > s_.first_token && is_punct(tokens_[begin - 1], U"(");
    if (s_.block == model::BlockRole::dateline && !agency) m.cues |= model::cue_locative;
    if (begin == s_.first_token) return;
    std::size_t k = begin - 1;
    const Token& prev = tokens_[k];
    if (is_word(prev) && lex::is_honorific(prev.text)) {
      m.cues |= model::cue_honorific;
      m.gender = lex::honorific_gender(prev.text);
    }
    if (is_punct(prev, U".") && k > s_.first_token && lex::is_honorific(tokens_[k - 1].text)) {
      m.cues |= model::cue_honorific;
      m.gender = lex::honorific_gender(tokens_[k - 1].text);
    }
    if (is_word(prev) && lex::is_locative_preposition(prev.text)) m.cues |= model::cue_locative;
    if (at_a_meetings_venue(begin)) m.cues |= model::cue_meeting_venue;
    // '"...," said Hicks': a verb of saying right after a quotation's closing mark (or its comma)
    // names the speaker after it.
    if (is_word(prev) && lex::is_quote_verb(prev.text) && after_quotation(k) && !lex::is_honorific(tokens_[begin].text)) {
      m.cues |= model::cue_reporting_verb;
    }
    // "at the Palais des Nations"
    if (prev.text == U"the" && k > s_.first_token && lex::is_locative_preposition(tokens_[k - 1].text)) {
      m.cues |= model::cue_locative;
    }
    if (is_travel_destination(k)) m.cues |= model::cue_locative;
    if (is_lower_word(prev) && lex::is_organization_role_noun(prev.text)) m.cues |= model::cue_org_role_before;
    // "the business district of Sinak", "the city of Najaf"
    if (prev.text == U"of" && k > s_.first_token && lex::is_settlement_noun(tokens_[k - 1].text)) {
      m.cues |= model::cue_locative;
    }
    // "special envoy to Syria Alexander Lavrentiev": the run may be a country, then the person.
    if ((prev.text == U"to" || prev.text == U"for") && k > s_.first_token && is_lower_word(tokens_[k - 1]) &&
        lex::is_role_noun(tokens_[k - 1].text)) {
      m.cues |= model::cue_role_to_before;
    }
    // "the Kazakh capital Astana", "the port city Aden": the noun names what the name is (not
    // "secretary of state Antony Blinken": an office).
    if (is_lower_word(prev) && lex::is_settlement_noun(prev.text) &&
        !(k > s_.first_token && tokens_[k - 1].text == U"of")) {
      m.cues |= model::cue_locative;
    }
    // "spokesman, Tom Berg," / "counterpart Karim Nasser Haddad" / "ambassador to Iraq, Jana Novak"
    if (is_punct(prev, U",") && k > s_.first_token) --k;
    std::size_t role = k;
    if (is_name_token(tokens_[role]) && role >= s_.first_token + 2 && tokens_[role - 1].text == U"to") {
      role -= 2;
    }
    if (is_lower_word(tokens_[role]) && lex::is_role_noun(tokens_[role].text) && !m.has(model::cue_title)) {
      std::size_t start = role;
      while (start > s_.first_token && !lex::is_determiner(tokens_[start - 1].text) &&
             !is_punct(tokens_[start - 1], U",") && (is_word(tokens_[start - 1]) || is_apostrophe_s(tokens_[start - 1])) &&
             role - start < 5 && !lex::is_reporting_verb(tokens_[start - 1].text)) {
        --start;
      }
      m.cues |= model::cue_role_before;
      m.title = words_text(start, k + 1);
    }
  }

  void add_right_cues(std::size_t end, MentionCandidate& m) const {
    if (end >= s_.end_token) return;
    const Token& next = tokens_[end];
    if (is_apostrophe_s(next)) m.cues |= model::cue_possessive;
    // "the Helsinki summit", "the Geneva talks", "the Madrid peace talks": where the meeting is (a
    // word of what it is about may stand between).
    if (is_lower_word(next) && (lex::is_meeting_noun(next.text) ||
                                (end + 1 < s_.end_token && is_lower_word(tokens_[end + 1]) && lex::is_meeting_noun(tokens_[end + 1].text)))) {
      m.cues |= model::cue_meeting_noun_after;
    }
    // "the Fiji Sun newspaper", "the Tasnim news agency": the name of an outlet.
    if (is_lower_word(next) && (lex::is_outlet_noun_after_name(next.text) ||
                                (next.text == U"news" && end + 1 < s_.end_token && lex::is_organization_role_noun(tokens_[end + 1].text)))) {
      m.cues |= model::cue_org_head;
    }
    if (is_punct(next, U"(") && end + 2 < s_.end_token && tokens_[end + 1].all_caps &&
        is_punct(tokens_[end + 2], U")")) {
      m.acronym = model::to_utf8(tokens_[end + 1].text);
    }
    const bool has_head = lex::is_organization_head(tokens_[end - 1].text) ||
                          lex::is_place_head(tokens_[end - 1].text);
    // "Swiss foreign ministry", "Japan's foreign ministry": one modifier may stand before a
    // lower-case ministry, after the name or its possessive.
    const std::size_t modifier = is_apostrophe_s(next) ? end + 1 : end;
    if (!has_head && modifier + 1 < s_.end_token && is_lower_word(tokens_[modifier]) &&
        lex::is_ministry_modifier(tokens_[modifier].text) && lex::is_lowercase_organization_head(tokens_[modifier + 1].text)) {
      m.cues |= model::cue_org_head;
      m.cues &= ~static_cast<std::uint32_t>(model::cue_possessive);
      m.span.end = tokens_[modifier + 1].span.end;
      m.text = words_text_to(m.span.begin, m.span.end);
      m.words.push_back(model::to_utf8(tokens_[modifier].text));
      m.words.push_back(model::to_utf8(tokens_[modifier + 1].text));
    } else if (is_lower_word(next)) {
      // "the Biden administration", "the Assad regime": a leader's name, not a place's ("in the").
      if (lex::is_leader_government_noun(next.text) && may_be_a_leaders_name(m.text)) {
        m.cues |= model::cue_leader_government;
        m.cues &= ~static_cast<std::uint32_t>(model::cue_locative);
      }
      if (!has_head && (lex::is_lowercase_organization_head(next.text) || lex::is_lowercase_place_head(next.text))) {
        // "US embassy", "Imam Ali mosque": the head belongs to the name.
        m.cues |= lex::is_lowercase_organization_head(next.text) ? model::cue_org_head : model::cue_place_head;
        if (lex::is_area_descriptor(next.text)) m.cues |= model::cue_area_descriptor;
        m.span.end = next.span.end;
        m.text = words_text_to(m.span.begin, next.span.end);
        m.words.push_back(model::to_utf8(next.text));
      } else if (!lex::is_reporting_verb(next.text) && !lex::is_verb_adverb(next.text)) {
        m.cues |= model::cue_modifier;
      }
    }
    // "Senator Jana Lind of Texas said": a name after "of" says whose the subject is; it is not
    // the verb's subject.
    const bool after_of = m.span.begin >= 4 && std::u32string_view(text_).substr(m.span.begin - 4, 4) == U" of ";
    if (!after_of) m.cues |= reporting_verb_cues(end);
    if (is_punct(next, U",")) add_apposition(end + 1, m);
    // "Novak, 62, told reporters", "Lavrov, 73, has been": a person's age between commas.
    if (is_punct(next, U",") && end + 2 < s_.end_token && is_age(tokens_[end + 1]) && is_punct(tokens_[end + 2], U",")) {
      m.cues |= model::cue_apposition_role | reporting_verb_cues(end + 3);
    }
  }

  // The cues of a verb that cues a person's name at token k, past "also", "has" and the like;
  // after "was" only one whose passive subject is a person ("X was told", not "Peace was
  // discussed"). A verb a place may be the subject of ("Geneva hosted") says so too.
  std::uint32_t reporting_verb_cues(std::size_t k) const {
    bool passive = false;
    for (; k < s_.end_token && is_word(tokens_[k]) && lex::is_verb_adverb(tokens_[k].text); ++k) {
      passive = passive || lex::is_passive_auxiliary(tokens_[k].text);
    }
    if (k >= s_.end_token || !is_word(tokens_[k]) || !lex::is_reporting_verb(tokens_[k].text)) return 0;
    if (passive && !lex::has_person_as_passive_subject(tokens_[k].text)) return 0;
    std::uint32_t cues = model::cue_reporting_verb;
    if (!passive && lex::has_venue_as_subject(tokens_[k].text)) cues |= model::cue_venue_verb;
    return cues;
  }

  // "met at the Chancellery", "the talks were held at the Foreign Ministry", "opened at
  // Islamabad's Convention Center": "at" (then "the", or a name and its "'s") before the name,
  // and a meeting's noun or verb earlier in the sentence.
  bool at_a_meetings_venue(std::size_t begin) const {
    std::size_t k = begin;
    if (k > s_.first_token && (tokens_[k - 1].text == U"the" || tokens_[k - 1].text == U"The")) {
      --k;
    } else if (k >= s_.first_token + 2 && is_apostrophe_s(tokens_[k - 1]) &&
               is_name_token(tokens_[k - 2])) {
      k -= 2;  // "Islamabad's"
    }
    if (k == s_.first_token || tokens_[k - 1].text != U"at") return false;
    // "deputy commissioner at the Department": a post held at an institution, no venue.
    if (k >= s_.first_token + 2) {
      const std::u32string_view before = tokens_[k - 2].text;
      if (lex::is_role_noun(before) || lex::is_title_word(before) || lex::is_title_head(before)) return false;
    }
    // Lower-case words between the meeting's word and "at" (names, as "the summit of the South
    // Asian Association for Regional Cooperation (SAARC) at", count for nothing).
    constexpr std::size_t reach = 6, most_tokens = 40;
    std::size_t lower_words = 0;
    for (std::size_t j = k - 1; j-- > s_.first_token && lower_words <= reach && j + most_tokens >= k;) {
      if (!is_word(tokens_[j])) continue;
      if (lex::reports_a_meeting(tokens_[j].text)) return true;
      if (!tokens_[j].capitalized) ++lower_words;
    }
    return false;
  }

  // Not "Shiite-dominated", "UN-recognized" (a compound adjective), nor "Vnukovo-2" (a digit):
  // words that may name the leader of "the X government".
  static bool may_be_a_leaders_name(const std::string& text) {
    for (std::size_t i = 0; i < text.size(); ++i) {
      if (text[i] >= '0' && text[i] <= '9') return false;
      if (text[i] == '-' && i + 1 < text.size() && text[i + 1] >= 'a' && text[i + 1] <= 'z') return false;
    }
    return true;
  }

  // Whether a quotation closes right before token k: its mark, or the mark and a comma after it
  // ('...", said'; '...," said' has the comma inside, before the mark).
  bool after_quotation(std::size_t k) const {
    const auto is_mark = [](const Token& t) {
      return t.kind == TokenKind::punct && (t.text == U"\u201D" || t.text == U"\"" || t.text == U"\u2019" || t.text == U"'" ||
                                            t.text == U"\u00BB");
    };
    if (k > s_.first_token && is_mark(tokens_[k - 1])) return true;
    return k > s_.first_token + 1 && is_punct(tokens_[k - 1], U",") && is_mark(tokens_[k - 2]);
  }

  // A number of two or three digits that may be a person's age: 18 to 119.
  static bool is_age(const Token& t) {
    if (t.kind != TokenKind::number || t.text.size() < 2 || t.text.size() > 3) return false;
    int n = 0;
    for (char32_t ch : t.text) {
      if (ch < U'0' || ch > U'9') return false;
      n = n * 10 + static_cast<int>(ch - U'0');
    }
    return n >= 18 && n < 120;
  }

  // "X, the Iraqi foreign minister," / "X, Al Jazeera's Iraq correspondent, said"
  void add_apposition(std::size_t start, MentionCandidate& m) const {
    std::size_t k = start;
    if (k < s_.end_token && lex::is_determiner(tokens_[k].text)) ++k;
    const std::size_t phrase_start = k;
    for (; k < s_.end_token && k < start + 8; ++k) {
      const Token& t = tokens_[k];
      if (is_punct(t, U",") || is_punct(t, U".") || (is_word(t) && lex::is_reporting_verb(t.text))) break;
      if (is_lower_word(t) && lex::is_role_noun(t.text)) {
        std::size_t end = k + 1;
        if (end + 1 < s_.end_token && (tokens_[end].text == U"to" || tokens_[end].text == U"of") &&
            is_name_token(tokens_[end + 1])) {
          end += 2;
        }
        m.cues |= model::cue_apposition_role;
        if (m.title.empty()) m.title = words_text(phrase_start, end);
        return;
      }
    }
  }

  const std::u32string& text_;
  const std::vector<Token>& tokens_;
  const model::Sentence& s_;
  std::size_t index_;
  const std::set<std::u32string>& lowercase_words_;
  std::vector<MentionCandidate>& out_;
};

}  // namespace

std::vector<MentionCandidate> find_mention_candidates(const std::u32string& text,
                                                      const TokenizedText& tokenized) {
  // Words the article also writes in lower case are ordinary words when they open a sentence.
  std::set<std::u32string> lowercase_words;
  for (const auto& t : tokenized.tokens) {
    if (t.kind == TokenKind::word && !t.capitalized) lowercase_words.insert(t.text);
  }
  std::vector<MentionCandidate> out;
  for (std::size_t i = 0; i < tokenized.sentences.size(); ++i) {
    SentenceScanner(text, tokenized.tokens, tokenized.sentences[i], i, lowercase_words, out).scan();
  }
  return out;
}

}  // namespace parley::parsers
