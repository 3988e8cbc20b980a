#pragma once
#include "parsers/page/furniture_grammar.hpp"

namespace parley::parsers {
namespace furniture_grammar {

namespace uni = x3::unicode;
using uni::lit;

auto const blanks = x3::omit[+uni::blank];
auto const opt_blanks = x3::omit[*uni::blank];
auto const end_punct = x3::omit[*(ch(U'.') | ch(U',') | ch(U':') | ch(U'!') | ch(U'>') | ch(U'\u00BB'))] >> opt_blanks >> x3::eoi;
auto const word = +(uni::alnum | ch(U'\'') | ch(U'\u2019') | ch(U'-'));
auto const cap_word = uni::upper >> *(uni::alnum | ch(U'\'') | ch(U'\u2019') | ch(U'-') | ch(U'.'));
auto const name_words = cap_word >> *(blanks >> cap_word);

auto const reading_time = x3::uint_ >> opt_blanks >> -lit(U"-") >>
                          x3::no_case[lit(U"minutes") | lit(U"minute") | lit(U"mins") | lit(U"min")] >>
                          blanks >> x3::no_case[lit(U"read")] >> end_punct;

auto const salutation = x3::no_case[lit(U"dear")] >> blanks >> word >> -(blanks >> word) >>
                        -(blanks >> word) >> opt_blanks >> (ch(U',') | ch(U':')) >> x3::eoi;

auto const valediction =
    x3::no_case[lit(U"thank you") | lit(U"thanks") | lit(U"yours sincerely") | lit(U"sincerely") |
                lit(U"best regards") | lit(U"kind regards") | lit(U"warm regards") |
                lit(U"regards") | lit(U"with gratitude") | lit(U"best wishes")] >>
    -(blanks >> x3::no_case[lit(U"for reading") | lit(U"for your support")]) >> end_punct;

auto const teaser_words =
    x3::no_case[lit(U"related content") | lit(U"related articles") | lit(U"related stories") |
                lit(U"related news") | lit(U"related coverage") | lit(U"related topics") |
                lit(U"related posts") | lit(U"related") | lit(U"check also") |
                lit(U"most read") | lit(U"most popular") | lit(U"most viewed") |
                lit(U"most shared") | lit(U"read more") | lit(U"read also") | lit(U"also read") |
                lit(U"see also") | lit(U"you may also like") | lit(U"you might also like") |
                lit(U"recommended for you") | lit(U"recommended") | lit(U"trending now") |
                lit(U"trending") | lit(U"latest news") | lit(U"latest stories") |
                lit(U"more stories") | lit(U"more on this story") | lit(U"top stories") |
                lit(U"editor's picks") | lit(U"editors' picks") | lit(U"don't miss") |
                lit(U"explore more on these topics") | lit(U"explore more") | lit(U"more on this topic") |
                lit(U"topics") | lit(U"reuse this content") | lit(U"share this article")];
auto const teaser_heading = (teaser_words | x3::no_case[lit(U"more from")] >> blanks >> name_words) >>
                            end_punct;
auto const inline_teaser = teaser_words >> opt_blanks >> ch(U':') >> +uni::char_;

auto const comment_heading =
    x3::no_case[lit(U"your views") | lit(U"your comments") | lit(U"reader comments") |
                lit(U"readers' comments") | lit(U"comments") | lit(U"have your say") |
                lit(U"join the conversation") | lit(U"join the discussion")] >> end_punct;
auto const comment_call =
    x3::no_case[lit(U"send us your views") | lit(U"send us your comments") |
                lit(U"add your comment") | lit(U"add a comment") | lit(U"post a comment") |
                lit(U"leave a comment") | lit(U"write a comment") | lit(U"show comments") |
                lit(U"view comments") | lit(U"load comments")] >> end_punct;

auto const newsletter_topic = x3::no_case[lit(U"newsletter") | lit(U"mailing list") | lit(U"email list")];
auto const newsletter_prompt =
    x3::no_case[lit(U"join") | lit(U"sign up") | lit(U"subscribe") | lit(U"get our") |
                lit(U"get the")] >> x3::seek[newsletter_topic] >> *uni::char_;

auto const cookie_notice = x3::seek[x3::no_case[lit(U"cookie")]] >> *uni::char_;

auto const caps_command = uni::upper >> +uni::upper >> *(blanks >> uni::upper >> +uni::upper);
auto const call_to_action =
    x3::seek[x3::no_case[lit(U"click here") | lit(U"tap here") | lit(U"subscribe now") |
                         lit(U"sign up now") | lit(U"join now") | lit(U"download our app")] >>
             end_punct] |
    x3::seek[blanks >> (ch(U'-') | ch(U'\u2013') | ch(U'\u2014') | ch(U'|')) >> blanks >> caps_command >> end_punct];

auto const photo_credit =
    x3::seek[x3::no_case[lit(U"(photo credit") | lit(U"photo credit:") | lit(U"(photo:") |
                         lit(U"(credit:") | lit(U"image credit") | lit(U"(image:") |
                         lit(U"(photo by") | lit(U"photograph:")]] >> *uni::char_ |
    x3::no_case[lit(U"photo:") | lit(U"photo by ") | lit(U"image:") | lit(U"file photo") |
                lit(U"picture:")] >> *uni::char_;

auto const credit_inside = uni::upper >> *(uni::alnum | uni::blank | ch(U'/') | ch(U'.') | ch(U'-') | ch(U'&'));
auto const caption_credit = x3::seek[ch(U'[') >> credit_inside >> ch(U']') >> opt_blanks >> x3::eoi];

auto const section_label = uni::upper >> *(uni::char_ - ch(U'(') - ch(U'.') - ch(U'!') - ch(U'?') - ch(U'"')) >>
                           ch(U'(') >> uni::upper >> +uni::upper >> ch(U')') >> opt_blanks >> x3::eoi;

auto const promo_byline = x3::seek[blanks >> (ch(U'-') | ch(U'\u2013') | ch(U'\u2014')) >> blanks >>
                                   x3::no_case[lit(U"by")] >> blanks >> name_words >> opt_blanks >> x3::eoi];

// Agency credit lines: "Reporting by X; Editing by Y", "Editor: X", "Additional reporting by X".
auto const credit_words = x3::no_case[lit(U"additional reporting by") | lit(U"reporting by") |
                                      lit(U"editing by") | lit(U"writing by") | lit(U"compiled by") |
                                      lit(U"translated by") | lit(U"edited by") | lit(U"written by") |
                                      lit(U"editor:") | lit(U"editors:") | lit(U"reporter:") |
                                      lit(U"photos by") | lit(U"produced by")];
auto const credit_line = credit_words >> opt_blanks >> name_words >>
                         *(opt_blanks >> (ch(U';') | ch(U',') | ch(U'|') | x3::no_case[lit(U"and")]) >> opt_blanks >>
                           -credit_words >> opt_blanks >> name_words) >> end_punct;

auto const byline = x3::no_case[lit(U"by")] >> blanks >> name_words >>
                    -(opt_blanks >> (ch(U',') | ch(U'|')) >> opt_blanks >> name_words) >> opt_blanks >> x3::eoi;

// A segment of a sign-off: capitalized words, no sentence punctuation.
auto const signature_segment = cap_word >> *(blanks >> (cap_word | word));
auto const signature = signature_segment >> +(ch(U',') >> opt_blanks >> signature_segment) >> opt_blanks >> x3::eoi;

auto const open_quote = ch(U'"') | ch(U'\u201C') | ch(U'\u2018') | ch(U'\u00AB');
auto const close_quote = ch(U'"') | ch(U'\u201D') | ch(U'\u2019') | ch(U'\u00BB');
auto const quoted_line = open_quote >> *(uni::char_ - (close_quote >> opt_blanks >> x3::eoi)) >>
                         close_quote >> opt_blanks >> x3::eoi;

auto const source_name = +(uni::char_ - ch(U',') - ch(U';') - ch(U'|') - ch(U'/'));
auto const source_line = x3::no_case[lit(U"source") >> -lit(U"s")] >> opt_blanks >> ch(U':') >>
                         opt_blanks >> source_name;

auto const image_name = x3::raw[+(uni::alnum | ch(U'_') | ch(U'-')) >> ch(U'.') >>
                                x3::no_case[lit(U"jpeg") | lit(U"jpg") | lit(U"png") | lit(U"gif") |
                                            lit(U"webp")]];

}  // namespace furniture_grammar
}  // namespace parley::parsers
