#pragma once
// Page furniture recognized by its shape, one line at a time: reading-time notes, donation
// appeals' salutations and valedictions, teaser and comment-box headings, newsletter and cookie
// prompts, calls to action, photo credits and captions, section labels, bylines and promos.
#include <string_view>

#include "parsers/grammar_config.hpp"

namespace parley::parsers {

enum class LineShape {
  prose,
  reading_time,       // "2 minute read."
  salutation,         // "Dear Reader,"
  valediction,        // "Thank you,"
  teaser_heading,     // "Related Content", "Check Also", "More from News": the rest is teasers
  inline_teaser,      // "Read more: ..."
  comment_heading,    // "Your Views", "Comments"
  comment_call,       // "Send us your views"
  newsletter_prompt,  // "Join the mailing list", "Sign up for our newsletter"
  cookie_notice,      // "Cookie Settings"
  call_to_action,     // "... Click here>>", "... - JOIN NOW"
  photo_credit,       // "... (photo credit: AP)"
  caption_credit,     // "... in Baghdad [AFP]"
  section_label,      // "Weapons of Mass Destruction (WMD)"
  promo_byline,       // "Some Book: A Subtitle - by Author Name"
  byline,             // "By Jane Doe"
  signature,          // "Name, Role, Organization" (appeal sign-offs, comment authors)
  quoted_line,        // a line that is one quotation and nothing else
};

LineShape classify_line(std::u32string_view line);
const char* line_shape_name(LineShape shape);

// Lines that are furniture wherever they stand (signature and quoted_line only in context).
bool is_furniture_anywhere(LineShape shape);

// "Source : Al Jazeera, News Agencies" -> "Al Jazeera".
bool parse_source_line(std::u32string_view line, std::u32string& first_source);

// An image file name glued to the start of a line ("A0297667.jpgIran and ..."): its length.
std::size_t leading_image_name_length(std::u32string_view line);

// A headline glued behind a section name ("World Iran-U.S. talks ..."): the section's length.
std::size_t leading_section_name_length(std::u32string_view line);

}  // namespace parley::parsers
