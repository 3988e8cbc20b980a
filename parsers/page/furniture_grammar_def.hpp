#pragma once
#include "parsers/page/furniture_grammar.hpp"

#include "knowledge/lexicon.hpp"
#include "parsers/page/lexicon_symbols.hpp"

namespace parley::parsers {
namespace furniture_grammar {

namespace uni = x3::unicode;

// The phrases of one kind of furniture (ontology/lexicon/furniture-phrases.tsv), matched in
// any of the usual cases ("Related stories", "RELATED STORIES"), the longest first.
inline lexicon_symbols<int> phrases(std::string_view kind) {
  return lexicon_symbols<int>([kind](const knowledge::Lexicon& lexicon, unicode_symbols<int>& table) {
    const auto& list = knowledge::lists::furniture_phrases;
    for (const auto* row : lexicon.list(list.id()).rows_with(list.kind, kind)) table.entry(row->word, 0);
  });
}

auto const blanks = x3::omit[+uni::blank];
auto const opt_blanks = x3::omit[*uni::blank];
auto const end_punct = x3::omit[*(ch(U'.') | ch(U',') | ch(U':') | ch(U'!') | ch(U'>') | ch(U'\u00BB'))] >> opt_blanks >> x3::eoi;
auto const word = +(uni::alnum | ch(U'\'') | ch(U'\u2019') | ch(U'-'));
auto const cap_word = uni::upper >> *(uni::alnum | ch(U'\'') | ch(U'\u2019') | ch(U'-') | ch(U'.'));
// "Beatriz Montes de Oca", "Ursula von der Leyen": the particles of names (name-particles.tsv).
lexicon_symbols<int> const name_particle([](const knowledge::Lexicon& lexicon, unicode_symbols<int>& table) {
  for (const auto& row : lexicon.list(knowledge::lists::name_particles.id()).rows()) table.entry(row.word, 0);
});
auto const name_words = cap_word >> *(blanks >> (cap_word | x3::omit[name_particle] >> &(blanks >> cap_word)));

lexicon_symbols<int> const reading_time_unit = phrases("reading-time-unit");
lexicon_symbols<int> const reading_time_verb = phrases("reading-time-verb");
auto const reading_time = x3::uint_ >> opt_blanks >> -ch(U'-') >> x3::omit[reading_time_unit] >> blanks >>
                          x3::omit[reading_time_verb] >> end_punct;

lexicon_symbols<int> const salutation_word = phrases("salutation");
auto const salutation = x3::omit[salutation_word] >> blanks >> word >> -(blanks >> word) >>
                        -(blanks >> word) >> opt_blanks >> (ch(U',') | ch(U':')) >> x3::eoi;

lexicon_symbols<int> const valediction_words = phrases("valediction");
lexicon_symbols<int> const valediction_tail = phrases("valediction-tail");
auto const valediction = x3::omit[valediction_words] >> -(blanks >> x3::omit[valediction_tail]) >> end_punct;

lexicon_symbols<int> const teaser_phrases = phrases("teaser");
lexicon_symbols<int> const teaser_from = phrases("teaser-from");
auto const teaser_words = x3::omit[teaser_phrases];
auto const teaser_heading = (teaser_words | x3::omit[teaser_from] >> blanks >> name_words) >>
                            end_punct;
auto const inline_teaser = teaser_words >> opt_blanks >> ch(U':') >> +uni::char_;

lexicon_symbols<int> const comment_heading_words = phrases("comment-heading");
lexicon_symbols<int> const comment_call_words = phrases("comment-call");
auto const comment_heading = x3::omit[comment_heading_words] >> end_punct;
auto const comment_call = x3::omit[comment_call_words] >> end_punct;

lexicon_symbols<int> const newsletter_topic_words = phrases("newsletter-topic");
lexicon_symbols<int> const newsletter_verbs = phrases("newsletter-verb");
auto const newsletter_prompt = x3::omit[newsletter_verbs] >> seek_phrase(newsletter_topic_words) >> *uni::char_;

lexicon_symbols<int> const cookie_words = phrases("cookie");
auto const cookie_notice = seek_phrase(cookie_words) >> *uni::char_;

auto const caps_command = uni::upper >> +uni::upper >> *(blanks >> uni::upper >> +uni::upper);
lexicon_symbols<int> const call_to_action_words = phrases("call-to-action");
auto const call_to_action_phrase = seek_phrase(call_to_action_words, end_punct);
// "... - SUBSCRIBE NOW": a dash or bar before a command in capitals (classify_line looks for the
// mark before scanning every character for it).
auto const call_to_action_command =
    x3::seek[blanks >> (ch(U'-') | ch(U'\u2013') | ch(U'\u2014') | ch(U'|')) >> blanks >> caps_command >> end_punct];
auto const call_to_action = call_to_action_phrase | call_to_action_command;

lexicon_symbols<int> const photo_credit_inside = phrases("photo-credit-inside");
lexicon_symbols<int> const photo_credit_start = phrases("photo-credit-start");
auto const photo_credit = seek_phrase(photo_credit_inside) >> *uni::char_ |
                          x3::omit[photo_credit_start] >> *uni::char_;

auto const credit_inside = uni::upper >> *(uni::alnum | uni::blank | ch(U'/') | ch(U'.') | ch(U'-') | ch(U'&'));
// A caption that ends in its credit: "... in Beijing.[Photo by X]", "... on July 16. (X/Y via AP)"
// (a slash: "(Russia-Ukraine-OSCE)" is no credit), "... Kishida Photo: Reuters/POOL".
auto const credit_with_slash = uni::upper >> *(uni::alnum | uni::blank | ch(U'.') | ch(U'-') | ch(U'&')) >> ch(U'/') >>
                               credit_inside;
// One pass over the line: each form begins with a different character.
auto const caption_credit = x3::seek[(ch(U'[') >> credit_inside >> ch(U']') >> opt_blanks >> x3::eoi) |
                                     (ch(U'(') >> credit_with_slash >> ch(U')') >> opt_blanks >> x3::eoi) |
                                     (uni::blank >> &uni::upper >> x3::omit[photo_credit_start] >> blanks >> credit_inside >> x3::eoi)];

auto const section_label = uni::upper >> *(uni::char_ - ch(U'(') - ch(U'.') - ch(U'!') - ch(U'?') - ch(U'"')) >>
                           ch(U'(') >> uni::upper >> +uni::upper >> ch(U')') >> opt_blanks >> x3::eoi;

lexicon_symbols<int> const byline_word = phrases("byline");
auto const promo_byline = x3::seek[blanks >> (ch(U'-') | ch(U'\u2013') | ch(U'\u2014')) >> blanks >>
                                   x3::omit[byline_word] >> blanks >> name_words >> opt_blanks >> x3::eoi];

// Agency credit lines: "Reporting by X; Editing by Y", "Editor: X", "Additional reporting by X".
lexicon_symbols<int> const credit_phrases = phrases("credit");
auto const credit_words = x3::omit[credit_phrases];
auto const credit_line = credit_words >> opt_blanks >> name_words >>
                         *(opt_blanks >> (ch(U';') | ch(U',') | ch(U'|') | x3::no_case[uni::lit(U"and")]) >> opt_blanks >>
                           -credit_words >> opt_blanks >> name_words) >> end_punct;

auto const byline = x3::omit[byline_word] >> blanks >> name_words >>
                    -(opt_blanks >> (ch(U',') | ch(U'|')) >> opt_blanks >> name_words) >> opt_blanks >> x3::eoi;

// A segment of a sign-off: capitalized words, no sentence punctuation.
auto const signature_segment = cap_word >> *(blanks >> (cap_word | word));
auto const signature = signature_segment >> +(ch(U',') >> opt_blanks >> signature_segment) >> opt_blanks >> x3::eoi;

auto const open_quote = ch(U'"') | ch(U'\u201C') | ch(U'\u2018') | ch(U'\u00AB');
auto const close_quote = ch(U'"') | ch(U'\u201D') | ch(U'\u2019') | ch(U'\u00BB');
auto const quoted_line = open_quote >> *(uni::char_ - (close_quote >> opt_blanks >> x3::eoi)) >>
                         close_quote >> opt_blanks >> x3::eoi;

auto const source_name = +(uni::char_ - ch(U',') - ch(U';') - ch(U'|') - ch(U'/'));
lexicon_symbols<int> const source_label = phrases("source-label");
auto const source_line = x3::omit[source_label] >> opt_blanks >> ch(U':') >>
                         opt_blanks >> source_name;

lexicon_symbols<int> const image_extension = phrases("image-extension");
auto const image_name = x3::raw[+(uni::alnum | ch(U'_') | ch(U'-')) >> ch(U'.') >>
                                x3::omit[image_extension]];

}  // namespace furniture_grammar
}  // namespace parley::parsers
