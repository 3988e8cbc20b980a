#include "parsers/page/furniture_grammar.hpp"

#include "knowledge/lexicon.hpp"

#include <string>

#include "parsers/page/furniture_grammar_def.hpp"

namespace parley::parsers {

namespace {

// The lexicon lists this file reads (ontology/lexicon/<name>.tsv).
constexpr const auto& lex_world_compounds = knowledge::lists::world_compounds;
constexpr const auto& lex_section_labels = knowledge::lists::section_labels;


// Over the line as it lies in the text: no copy of every line for its shape.
template <typename Parser>
bool matches(std::u32string_view line, const Parser& parser) {
  const char32_t* it = line.data();
  const char32_t* const end = line.data() + line.size();
  return x3::parse(it, end, parser) && it == end;
}

std::size_t word_count(std::u32string_view line) {
  std::size_t words = 0;
  bool in_word = false;
  for (char32_t c : line) {
    const bool space = c == U' ' || c == U'\t';
    if (!space && !in_word) ++words;
    in_word = !space;
  }
  return words;
}

// A caption's credit closes the line ("...]", "...)"), follows a colon ("Photo: Reuters") or
// "by" near its end ("Image by X/AAP PHOTOS"): a line with none is not scanned for one.
bool may_end_in_credit(std::u32string_view line) {
  std::size_t end = line.size();
  while (end > 0 && (line[end - 1] == U' ' || line[end - 1] == U'\t')) --end;
  if (end > 0 && (line[end - 1] == U']' || line[end - 1] == U')')) return true;
  if (line.find(U':') != std::u32string_view::npos) return true;
  static constexpr std::u32string_view by = U" by ";
  return line.find(by, end > 80 ? end - 80 : 0) != std::u32string_view::npos;
}

}  // namespace

LineShape classify_line(std::u32string_view line) {
  namespace g = furniture_grammar;
  const std::size_t words = word_count(line);
  // A reading time, a salutation, a valediction, a teaser's or a comment box's heading is a short
  // line: a paragraph of prose is not parsed for one.
  const bool short_line = words <= 16;
  if (short_line && matches(line, g::reading_time)) return LineShape::reading_time;
  if (short_line && matches(line, g::salutation)) return LineShape::salutation;
  if (short_line && matches(line, g::valediction)) return LineShape::valediction;
  if (short_line && matches(line, g::teaser_heading)) return LineShape::teaser_heading;
  if (matches(line, g::inline_teaser)) return LineShape::inline_teaser;
  if (short_line && matches(line, g::comment_heading)) return LineShape::comment_heading;
  if (short_line && matches(line, g::comment_call)) return LineShape::comment_call;
  if (words <= 25 && matches(line, g::newsletter_prompt)) return LineShape::newsletter_prompt;
  if (words <= 20 && matches(line, g::cookie_notice)) return LineShape::cookie_notice;
  // A call to action or a photo credit is a line of its own or a caption, never a paragraph of
  // sixty words: those are not scanned at every character for one (a tenth of the page stage).
  if (words <= 60 && (matches(line, g::call_to_action_phrase) ||
                      (line.find_first_of(U"-\u2013\u2014|") != std::u32string::npos && matches(line, g::call_to_action_command)))) {
    return LineShape::call_to_action;
  }
  if (words <= 60 && matches(line, g::photo_credit)) return LineShape::photo_credit;
  if (words <= 40 && may_end_in_credit(line) && matches(line, g::caption_credit)) return LineShape::caption_credit;
  if (words <= 10 && matches(line, g::section_label)) return LineShape::section_label;
  if (words <= 25 && matches(line, g::promo_byline)) return LineShape::promo_byline;
  if (words <= 8 && matches(line, g::byline)) return LineShape::byline;
  if (words <= 16 && matches(line, g::credit_line)) return LineShape::byline;
  if (words <= 10 && matches(line, g::signature)) return LineShape::signature;
  if (matches(line, g::quoted_line)) return LineShape::quoted_line;
  return LineShape::prose;
}

bool is_furniture_anywhere(LineShape shape) {
  return shape != LineShape::prose && shape != LineShape::signature &&
         shape != LineShape::quoted_line;
}

const char* line_shape_name(LineShape shape) {
  switch (shape) {
    case LineShape::prose: return "prose";
    case LineShape::reading_time: return "reading_time";
    case LineShape::salutation: return "salutation";
    case LineShape::valediction: return "valediction";
    case LineShape::teaser_heading: return "teaser_heading";
    case LineShape::inline_teaser: return "inline_teaser";
    case LineShape::comment_heading: return "comment_heading";
    case LineShape::comment_call: return "comment_call";
    case LineShape::newsletter_prompt: return "newsletter_prompt";
    case LineShape::cookie_notice: return "cookie_notice";
    case LineShape::call_to_action: return "call_to_action";
    case LineShape::photo_credit: return "photo_credit";
    case LineShape::caption_credit: return "caption_credit";
    case LineShape::section_label: return "section_label";
    case LineShape::promo_byline: return "promo_byline";
    case LineShape::byline: return "byline";
    case LineShape::signature: return "signature";
    case LineShape::quoted_line: return "quoted_line";
  }
  return "prose";
}

bool parse_source_line(std::u32string_view view, std::u32string& first_source) {
  const std::u32string line(view);
  auto it = line.cbegin();
  std::u32string name;
  if (!x3::parse(it, line.cend(), furniture_grammar::source_line, name)) return false;
  while (!name.empty() && (name.back() == U' ' || name.back() == U'.')) name.pop_back();
  if (name.empty()) return false;
  first_source = name;
  return true;
}

std::size_t leading_image_name_length(std::u32string_view view) {
  const std::u32string line(view);
  auto it = line.cbegin();
  if (!x3::parse(it, line.cend(), x3::omit[furniture_grammar::image_name])) return 0;
  return static_cast<std::size_t>(it - line.cbegin());
}

std::size_t leading_section_name_length(std::u32string_view view) {
  // Section fronts that pages glue before a headline. Not stripped when the pair names
  // something ("World Bank", "World Health Organization").
  const auto& keep_after = (*lex_world_compounds).rows();
  for (const auto& row : (*lex_section_labels).rows()) {
    const std::u32string_view section = row.word;
    if (view.size() <= section.size() + 1 || view.substr(0, section.size()) != section ||
        view[section.size()] != U' ') {
      continue;
    }
    const std::u32string_view rest = view.substr(section.size() + 1);
    if (rest.empty() || !is_upper(rest.front())) continue;
    bool kept = false;
    for (const auto& keep : keep_after) {
      const std::u32string_view word = keep.word;
      kept = kept || (rest.substr(0, word.size()) == word &&
                      (rest.size() == word.size() || !is_alpha(rest[word.size()])));
    }
    if (!kept) return section.size() + 1;
  }
  return 0;
}

}  // namespace parley::parsers
