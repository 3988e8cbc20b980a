#pragma once
// Tokens, sentences and mention candidates: what the text grammars find, before resolution.
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "model/article.hpp"

namespace parley::model {

enum class TokenKind { word, number, punct };

struct Token {
  TextSpan span;
  TokenKind kind = TokenKind::word;
  std::u32string text;
  bool capitalized = false;  // starts with an upper-case letter
  bool all_caps = false;     // two or more letters, all upper-case ("IRNA", "U.S.")
};

struct Sentence {
  TextSpan span;
  std::size_t first_token = 0;
  std::size_t end_token = 0;  // one past the last
  BlockRole block = BlockRole::body;
};

// What the context says about a candidate name.
enum MentionCue : std::uint32_t {
  cue_title = 1u << 0,            // "Foreign Minister X", "Ambassador X"
  cue_honorific = 1u << 1,        // "Dr X", "Mr. X"
  cue_role_before = 1u << 2,      // "spokesman X", "his Iranian counterpart X"
  cue_apposition_role = 1u << 3,  // "X, the Iraqi foreign minister,"
  cue_reporting_verb = 1u << 4,   // "X said", "X told reporters"
  cue_locative = 1u << 5,         // "in X", "from X"
  cue_org_head = 1u << 6,         // "... Agency", "... Embassy", "US embassy"
  cue_place_head = 1u << 7,       // "... Zone", "... mosque"
  cue_sentence_initial = 1u << 8, // first word of a sentence: capitalization says little
  cue_possessive = 1u << 9,       // "X's"
  cue_modifier = 1u << 10,        // a name used before a noun: "Iranian delegation"
  cue_title_phrase = 1u << 11,    // the words are a title, not a name: "US Ambassador", "Iranian FM"
  cue_org_role_before = 1u << 12, // "state broadcaster EBC", "the daily Kayhan"
  cue_area_descriptor = 1u << 13, // "the Nagorno-Karabakh region": the last word is no part of the name
  cue_meeting_noun_after = 1u << 14, // "the Helsinki summit": a capital there is where the meeting is
  cue_common_last_word = 1u << 15,   // "Election Meddling": the article writes its last word in lower case too
  cue_headline = 1u << 16,           // in the headline: title case says nothing, only the gazetteers do
  cue_role_to_before = 1u << 17,     // "envoy to Syria Alexander Lavrentiev", "President of Kazakhstan Nursultan Nazarbayev": a role and "to" or "for", or a title and "of", before the run
  cue_listed_after_place = 1u << 18,  // "in Berlin, Paris and Rome": Paris and Rome are in the list the locative opens
  cue_venue_verb = 1u << 19,          // "Geneva hosted the talks": the verb after the name may have a place as its subject
  cue_leader_government = 1u << 20,   // "the Biden administration", "the Assad regime": a leader's name
  cue_meeting_venue = 1u << 21,       // "the talks were held at the Foreign Ministry": "at" a name after a meeting's word
};

struct MentionCandidate {
  TextSpan span;
  std::string text;                  // UTF-8, as printed
  std::vector<std::string> words;    // the words, as printed
  std::uint32_t cues = 0;
  std::string title;                 // the title or role that cues a person, as printed
  std::string acronym;               // "(IRNA)" right after the name
  std::size_t sentence = 0;
  char gender = 0;                   // 'm' or 'f' when an honorific before it says ("Mr Kim", "Mrs Kim")
  bool has(MentionCue cue) const { return (cues & cue) != 0; }
};

enum class TemporalKind {
  full_date,    // "May 28, 2007", "2007-07-23"
  month_day,    // "July 24", "20 January": the year from the publication date
  month_year,   // "May 2007"
  month,        // "in August", "since May"
  year,         // "in 1979"
  weekday,      // "on Monday"
  relative,     // "tomorrow", "two weeks ago", "next month", "earlier this year"
};

struct TemporalExpression {
  TextSpan span;
  TemporalKind kind = TemporalKind::full_date;
  int year = 0, month = 0, day = 0;
  int weekday = 0;   // 1 Monday .. 7 Sunday
  int offset = 0;    // relative: how many units from the publication date (negative: before)
  char unit = 'd';   // relative: 'd'ay, 'w'eek, 'm'onth, 'y'ear
  std::size_t sentence = 0;
  bool when_said = false;  // "IRNA said Tuesday", "the Friday announcement": the date of something else
  bool in_year = false;    // "in 2019": the year a thing happened in, not one since or until which it runs
  // "last July", "next Monday": the word before says which side of the publication date it is
  // on, whatever the tense of the clause: 'p' past, 'f' future, 0 unsaid.
  char side = 0;
  // "will be in Washington from June 21", "is due to travel in November": a future word shortly
  // before it in its clause, so a month or day without a year is the next such.
  bool future_clause = false;
};

// Quoted words, with what the page around them says about who said them.
struct QuoteCandidate {
  TextSpan span;             // the words inside the marks
  std::size_t sentence = 0;  // where the quote opens
  std::size_t block = 0;     // the paragraph
  bool heading = false;      // a short line that is no sentence: "'Positive' steps"
};

// A sentence that reports a meeting.
struct EventCandidate {
  std::size_t sentence = 0;
  TextSpan trigger;
  EventKind kind = EventKind::Talks;  // what the trigger word reports (ontology/lexicon/meeting-words.tsv)
  int round = 0;                  // "the fourth round", "a second in a series of meetings"
  bool planned = false;           // "will be held", "slated to visit"
  bool reference = false;         // "the talks", "the meeting": a meeting named before
  // "dinner", "ceremony" (a meal or ceremony of its own), "one-on-one" (a format), "sidelines"
  // (a meeting apart from the gathering it is held at); "": none.
  std::string occasion;
  bool format = false;            // the occasion is a format ("delegation-level talks")
  bool apart = false;             // the occasion is "sidelines": at a gathering, not of the meeting told before
  bool another = false;           // "X also met Z": a meeting besides the one just told
  bool other_occasion = false;    // "the last visit", "the previous round": another of a series (sequence-words.tsv)
  bool past_verb = false;         // "met", "visited": the trigger is a verb in the past (meeting-words.tsv's past)
  std::size_t hosted_by_at = 0;   // positions (code points) after which the host is named; 0: none
  std::size_t host_before = 0;    // "X hosted": the host is named before this position
  std::size_t chaired_by_at = 0;
  std::size_t chair_before = 0;   // "X co-chaired the meeting"
  std::size_t headed_by_at = 0;
  std::size_t head_before = 0;    // "X headed the Iranian delegation"
};

}  // namespace parley::model
