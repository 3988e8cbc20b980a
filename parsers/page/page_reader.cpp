#include "parsers/page/page_reader.hpp"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <optional>
#include <vector>

#include "knowledge/lexicon.hpp"
#include "parsers/ingest/text_decoder.hpp"
#include "parsers/page/dateline_grammar.hpp"
#include "parsers/page/furniture_grammar.hpp"

namespace parley::parsers {

namespace {

using model::BlockRole;
using model::TextSpan;

struct Line {
  TextSpan span;
  std::u32string_view text;
  LineShape shape = LineShape::prose;
};

// How far from the top a dateline may stand and still open the story.
constexpr std::size_t dateline_search_lines = 12;
// How far a page's date line may stand when no dateline opens the story: lines of a few words
// (a site's menu, share buttons, section names) do not count, up to a limit.
constexpr std::size_t menu_item_max_words = 3;
constexpr std::size_t header_max_lines = 60;
// A donation appeal must close with a valediction within this many lines.
constexpr std::size_t appeal_max_lines = 30;
constexpr std::size_t masthead_max_words = 4;
constexpr std::size_t standfirst_max_words = 40;
// A longer first line, or one of several sentences, is the story's first paragraph, not its
// headline (stored page text often starts without one).
constexpr std::size_t headline_max_words = 30;
// A line this long is the story's first paragraph: a dateline is looked for no further.
constexpr std::size_t dateline_paragraph_min_words = 8;

bool is_blank(char32_t c) { return c == U' ' || c == U'\t'; }

constexpr std::size_t iso_date_length = 10;  // "2018-06-12"

bool is_digit(char32_t c) { return c >= U'0' && c <= U'9'; }

constexpr const auto& date_labels = knowledge::lists::date_labels;
constexpr const auto& furniture_phrases = knowledge::lists::furniture_phrases;
constexpr const auto& months = knowledge::lists::months;

char32_t ascii_lower(char32_t c) { return c >= U'A' && c <= U'Z' ? c + 32 : c; }

// "Posted: ", "Last updated on ": the length of a date label opening the line, or 0. A label
// must be followed by a colon or a digit, so prose ("Updated figures show") is no label.
// kind: "" for any label, else the labels of that kind (date-labels.tsv: published, updated).
std::size_t date_label_length(std::u32string_view text, std::string_view kind = {}) {
  std::size_t best = 0;
  for (const auto& row : date_labels->rows()) {
    const std::u32string_view label = row.word;
    if (text.size() <= label.size()) continue;
    bool same = true;
    for (std::size_t i = 0; i < label.size() && same; ++i) same = ascii_lower(text[i]) == ascii_lower(label[i]);
    if (!same) continue;
    // The row's own kind (a look-up by word would cost a hash per position tried).
    const std::size_t column = date_labels.kind.index;
    if (!kind.empty() && (row.values.size() <= column || row.values[column] != kind)) continue;
    std::size_t at = label.size();
    const bool colon = text[at] == U':';
    if (colon) ++at;
    while (at < text.size() && is_blank(text[at])) ++at;
    // "Updated: ...", "Posted 12 March", "Last updated on March 12": the date parser decides.
    if (at < text.size() && (colon || is_digit(text[at]) || is_upper(text[at])) && at > best) best = at;
  }
  return best;
}

// "date 2018-06-12" opening a line (see strip_archive_stamps): its length, or 0.
std::size_t archive_stamp_length(std::u32string_view text) {
  constexpr std::u32string_view word = U"date ";
  if (text.substr(0, word.size()) != word || text.size() < word.size() + iso_date_length) return 0;
  const std::u32string_view d = text.substr(word.size(), iso_date_length);
  for (std::size_t i = 0; i < d.size(); ++i) {
    if ((i == 4 || i == 7) ? d[i] != U'-' : !is_digit(d[i])) return 0;
  }
  const std::size_t end = word.size() + iso_date_length;
  if (end < text.size() && !is_blank(text[end])) return 0;
  return end;
}

std::vector<Line> split_lines(const std::u32string& text) {
  std::vector<Line> lines;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find(U'\n', start);
    if (end == std::u32string::npos) end = text.size();
    std::size_t b = start, e = end;
    while (b < e && is_blank(text[b])) ++b;
    while (e > b && is_blank(text[e - 1])) --e;
    if (e > b) {
      Line line{{b, e}, std::u32string_view(text).substr(b, e - b)};
      line.shape = classify_line(line.text);
      lines.push_back(line);
    }
    start = end + 1;
  }
  return lines;
}

std::size_t word_count(std::u32string_view s) {
  std::size_t n = 0;
  bool in_word = false;
  for (char32_t c : s) {
    if (!is_blank(c) && !in_word) ++n;
    in_word = !is_blank(c);
  }
  return n;
}

// word_count(s) > n, reading no further than the word that settles it (lines may be paragraphs).
bool has_more_words_than(std::u32string_view s, std::size_t n) {
  std::size_t words = 0;
  bool in_word = false;
  for (char32_t c : s) {
    if (!is_blank(c) && !in_word && ++words > n) return true;
    in_word = !is_blank(c);
  }
  return false;
}

bool ends_sentence(std::u32string_view s) {
  if (s.empty()) return false;
  const char32_t c = s.back();
  return c == U'.' || c == U'?' || c == U'!' || c == U'"' || c == U'\u201D';
}

std::size_t sentence_count(std::u32string_view s) {
  std::size_t n = 0;
  for (std::size_t i = 0; i + 1 < s.size(); ++i) {
    if ((s[i] == U'.' || s[i] == U'?' || s[i] == U'!') && s[i + 1] == U' ' && i + 2 < s.size() &&
        is_upper(s[i + 2])) {
      ++n;
    }
  }
  return n + 1;
}

std::string utf8(std::u32string_view s) { return model::to_utf8(s); }

class PageReader {
 public:
  PageReader(model::Article& article, const model::PageMetadata& metadata,
             const PageOptions& options)
      : article_(article), metadata_(metadata), options_(options),
        lines_(split_lines(article.text)) {
    find_header_end();
  }

  void read() {
    add_metadata_candidates();
    const bool published_by_metadata = article_.published.has_value();
    strip_archive_stamps();
    const std::size_t body_start = read_header();
    read_body(body_start);
    if (!metadata_.headline.empty()) article_.headline = metadata_.headline;
    if (!published_by_metadata && labels_an_update()) date_from_published_label();
    if (!article_.published) date_from_caption();
    if (!article_.published) date_from_date_line();
    if (!article_.published) date_from_day_without_year();
    if (article_.headline.empty()) {
      std::stable_sort(article_.blocks.begin(), article_.blocks.end(),
                       [](const model::Block& a, const model::Block& b) { return a.span.begin < b.span.begin; });
      headline_from_body();
    }
    std::stable_sort(article_.blocks.begin(), article_.blocks.end(),
                     [](const model::Block& a, const model::Block& b) {
                       return a.span.begin < b.span.begin;
                     });
    if (hard_wrapped()) join_wrapped_lines();
  }

  // Text wrapped at a fixed width, as old wire copy and e-mailed stories are: most body lines
  // of 40 to 100 characters, one line break apart, with no blank line between them.
  bool hard_wrapped() const {
    std::size_t lines = 0, wrapped = 0, joined = 0;
    const model::Block* previous = nullptr;
    for (const auto& b : article_.blocks) {
      if (b.role != BlockRole::body) continue;
      ++lines;
      const std::size_t length = b.span.end - b.span.begin;
      if (length >= 40 && length <= 100) ++wrapped;
      if (previous && one_line_break_between(*previous, b)) ++joined;
      previous = &b;
    }
    return lines >= 8 && wrapped * 10 >= lines * 7 && joined * 10 >= lines * 7;
  }

  bool one_line_break_between(const model::Block& a, const model::Block& b) const {
    if (b.span.begin <= a.span.end) return false;
    const std::u32string_view gap = std::u32string_view(article_.text).substr(a.span.end, b.span.begin - a.span.end);
    return std::count(gap.begin(), gap.end(), U'\n') == 1 &&
           std::all_of(gap.begin(), gap.end(), [](char32_t c) { return c == U'\n' || c == U' ' || c == U'\t' || c == U'\r'; });
  }

  // A wrapped line goes on in the next unless it ends a sentence and the next opens one: the
  // paragraph is one block again, so a quote or a sentence may run over its line breaks.
  void join_wrapped_lines() {
    std::vector<model::Block> out;
    for (const auto& b : article_.blocks) {
      if (!out.empty() && out.back().role == BlockRole::body && b.role == BlockRole::body &&
          one_line_break_between(out.back(), b)) {
        const char32_t last = article_.text[out.back().span.end - 1];
        const char32_t next = article_.text[b.span.begin];
        const bool ends_sentence = last == U'.' || last == U'?' || last == U'!' || last == U'"' || last == U'\u201D';
        if (!ends_sentence || is_lower(next)) {
          out.back().span.end = b.span.end;
          continue;
        }
      }
      out.push_back(b);
    }
    article_.blocks = std::move(out);
  }

 private:
  void mark(TextSpan span, BlockRole role) {
    if (span.end > span.begin) article_.blocks.push_back({span, role});
  }

  // within: the text the name is printed in, for a name the story's text prints (a source line,
  // a dateline): the name is then mentioned where it stands.
  void add_candidate(std::u32string_view name, model::PublisherSource source, model::TextSpan within = {}) {
    std::string n = utf8(name);
    while (!n.empty() && (n.back() == ' ' || n.back() == '.')) n.pop_back();
    if (n.empty()) return;
    model::TextSpan span;
    while (!name.empty() && (name.back() == U' ' || name.back() == U'.')) name.remove_suffix(1);
    if (within.end > within.begin) {
      const std::size_t at = std::u32string_view(article_.text).substr(0, within.end).find(name, within.begin);
      if (at != std::u32string_view::npos) span = {at, at + name.size()};
    }
    article_.publisher_candidates.push_back({n, source, span});
  }

  void add_metadata_candidates() {
    if (!metadata_.publisher.empty()) {
      article_.publisher_candidates.push_back(
          {metadata_.publisher, model::PublisherSource::page_metadata, {}});
    }
    article_.published = parse_metadata_date(metadata_.published, options_.date_order);
    article_.modified = parse_metadata_date(metadata_.modified, options_.date_order);
    article_.canonical_url = metadata_.canonical_url;
    article_.authors = metadata_.authors;
    article_.language = metadata_.language;
  }

  // lines_[0, header_end_): the top twelve lines of more than a few words, and the short lines
  // among them (a site's menu), at most header_max_lines.
  void find_header_end() {
    std::size_t counted = 0;
    header_end_ = 0;
    while (header_end_ < lines_.size() && header_end_ < header_max_lines && counted < dateline_search_lines) {
      if (has_more_words_than(lines_[header_end_].text, menu_item_max_words)) ++counted;
      ++header_end_;
    }
  }

  // " date 2018-06-12 Trump and Kim make history": archived page text opens a line with the
  // capture date. The stamp gives the publication date and is cut from the line, whose rest
  // is read as any other line.
  void strip_archive_stamps() {
    for (std::size_t i = 0; i < lines_.size() && i < dateline_search_lines; ++i) {
      Line& line = lines_[i];
      const std::size_t length = archive_stamp_length(line.text);
      if (length == 0) continue;
      if (auto date = parse_leading_date(line.text.substr(length - iso_date_length), options_.date_order);
          date && !article_.published) {
        article_.published = date->date;
      }
      std::size_t rest = length;
      while (rest < line.text.size() && is_blank(line.text[rest])) ++rest;
      mark({line.span.begin, line.span.begin + rest}, BlockRole::furniture);
      if (rest == line.text.size()) {
        lines_.erase(lines_.begin() + static_cast<std::ptrdiff_t>(i));
        find_header_end();
        --i;
        continue;
      }
      line.span.begin += rest;
      line.text = line.text.substr(rest);
      line.shape = classify_line(line.text);
    }
  }

  // Where the date of a dateline line starts: after a label ("Posted: ", "Updated:") or an
  // agency in parentheses ("(AFP) May 4, 2007"); 0 when the line opens with the date.
  static std::size_t date_start(std::u32string_view text) {
    if (std::size_t label = date_label_length(text)) return label;
    if (!text.empty() && text.front() == U'(') {
      const std::size_t close = text.find(U')');
      if (close != std::u32string_view::npos && close < 40) {
        std::size_t i = close + 1;
        while (i < text.size() && is_blank(text[i])) ++i;
        return i;
      }
    }
    return 0;
  }

  std::optional<LeadingDate> line_date(std::u32string_view text) const {
    const std::size_t start = date_start(text);
    auto date = parse_leading_date(text.substr(start), options_.date_order);
    if (date) date->length += start;
    return date;
  }

  std::optional<std::size_t> find_dateline() const {
    for (std::size_t i = 0; i < lines_.size() && i < dateline_search_lines; ++i) {
      if (const auto date = line_date(lines_[i].text); date && story_follows(i, *date)) return i;
      if (lines_[i].shape == LineShape::prose && parse_city_dateline(lines_[i].text)) return i;
    }
    return std::nullopt;
  }

  // Whether line i goes on after its date with more than a few words ("(AFP) May 4, 2007 — The
  // envoys met").
  bool goes_on_after_date(std::size_t i, const LeadingDate& date) const {
    const std::u32string_view text = lines_[i].text;
    return has_more_words_than(text.substr(std::min(date.length, text.size())), menu_item_max_words);
  }

  // Whether a line of prose that is not a date line alone stands after line i.
  bool story_after(std::size_t i) const {
    for (std::size_t j = i + 1; j < lines_.size(); ++j) {
      if (lines_[j].shape != LineShape::prose) continue;
      const auto date = line_date(lines_[j].text);
      if (!date || goes_on_after_date(j, *date)) return true;
    }
    return false;
  }

  // Whether the story goes on after the date of line i, in that line or a line of prose below
  // it: a date line with nothing after it ("January 8, 2024 4:52 PM UTC" below a short story)
  // closes the story rather than opening it.
  bool story_follows(std::size_t i, const LeadingDate& date) const {
    if (goes_on_after_date(i, date)) return true;
    for (std::size_t j = i + 1; j < lines_.size(); ++j) {
      if (lines_[j].shape == LineShape::prose) return true;
    }
    return false;
  }

  // Returns the index of the first line after the header.
  std::size_t read_header() {
    const auto dateline = find_dateline();
    if (!dateline) return read_header_without_dateline();
    bool have_headline = false;
    for (std::size_t i = 0; i < *dateline; ++i) {
      const Line& line = lines_[i];
      // "Source: Xinhua| 2024-11-21 09:12|Editor: X" above the dateline: the outlet is named
      // where it stands, the rest of the line (an editor's name) is no story.
      // A source label ends within a few words: most lines are tried no further.
      const std::size_t colon = line.text.substr(0, 24).find(U':');
      if (std::u32string source; colon != std::u32string_view::npos && parse_source_line(line.text, source)) {
        add_candidate(source, model::PublisherSource::source_line, line.span);
        mark(line.span, BlockRole::furniture);
        continue;
      }
      if (line.shape != LineShape::prose && line.shape != LineShape::quoted_line &&
          line.shape != LineShape::signature) {
        mark(line.span, BlockRole::furniture);
      } else if (!have_headline) {
        set_headline(line);
        have_headline = true;
      } else if (word_count(line.text) <= masthead_max_words && !ends_sentence(line.text)) {
        mark(line.span, BlockRole::masthead);
        add_candidate(line.text, model::PublisherSource::masthead);
      } else {
        set_standfirst(line);
      }
    }
    read_dateline_line(lines_[*dateline]);
    return *dateline + 1;
  }

  std::size_t read_header_without_dateline() {
    std::size_t i = 0;
    while (i < lines_.size() && is_furniture_anywhere(lines_[i].shape)) {
      if (lines_[i].shape == LineShape::teaser_heading) return i;  // read_body marks the rest
      mark(lines_[i].span, BlockRole::furniture);
      ++i;
    }
    if (i >= lines_.size()) return i;
    // A one-line article is body, not a headline.
    if (lines_.size() - i == 1) return i;
    if (!could_be_headline(lines_[i].text)) return i;
    set_headline(lines_[i]);
    ++i;
    // A standfirst needs article text after it (not only a date line that closes the story).
    if (story_after(i)) {
      const Line& next = lines_[i];
      // A paragraph that quotes someone is the story itself, not a summary of it.
      const bool quotes = next.text.find_first_of(U"\"\u201C\u201D") != std::u32string_view::npos;
      if (next.shape == LineShape::prose && !quotes && leading_image_name_length(next.text) == 0 &&
          word_count(next.text) <= standfirst_max_words && sentence_count(next.text) == 1 &&
          parse_city_dateline(next.text) == std::nullopt) {
        set_standfirst(next);
        ++i;
      }
    }
    return i;
  }

  // Whether a line near the top opens with an update's label ("Updated:", "Last updated"): only
  // then may a date read first not be the publication's.
  bool labels_an_update() const {
    for (std::size_t i = 0; i < lines_.size() && i < dateline_search_lines; ++i) {
      if (date_label_length(lines_[i].text, "updated") > 0) return true;
    }
    return false;
  }

  // "Updated: 14 March 2023 / Published: 12 March 2023", "Last updated ... | First published ...":
  // a date the page labels as its publication, anywhere in a line near the top, is the
  // publication date, before a date read from an earlier line labelled as an update.
  void date_from_published_label() {
    constexpr std::size_t longest_date_line = 160;  // a line of labels and dates, not a paragraph
    // The letters such labels open with: most words are tried no further.
    std::u32string first_letters;
    for (const auto* row : date_labels->rows_with(date_labels.kind, "published")) first_letters += ascii_lower(row->word.front());
    for (std::size_t i = 0; i < lines_.size() && i < dateline_search_lines; ++i) {
      const std::u32string_view text = lines_[i].text;
      if (text.size() > longest_date_line) continue;
      for (std::size_t at = 0; at < text.size(); ++at) {
        if (!is_alnum(text[at]) || (at > 0 && is_alnum(text[at - 1]))) continue;
        if (first_letters.find(ascii_lower(text[at])) == std::u32string::npos) continue;
        const std::size_t label = date_label_length(text.substr(at), "published");
        if (label == 0) continue;
        if (auto date = parse_leading_date(text.substr(at + label), options_.date_order)) {
          article_.published = date->date;
          return;
        }
      }
    }
  }

  // A page that prints no date of its own often dates its photo or an embedded post near the
  // top: "... in Beijing Jan 27, 2016.[Photo by X]", "— X (@x) September 21, 2015". Its first full
  // date stands in for the publication date.
  void date_from_caption() {
    for (std::size_t i = 0; i < lines_.size() && i < dateline_search_lines; ++i) {
      const std::u32string_view text = lines_[i].text;
      std::u32string lower(text);
      for (auto& ch : lower) ch = ch < 128 ? static_cast<char32_t>(std::tolower(static_cast<int>(ch))) : ch;
      bool dated_furniture = false;
      for (const auto* row : furniture_phrases->rows_with(furniture_phrases.kind, "dated-furniture")) {
        dated_furniture = dated_furniture || lower.find(row->word) != std::u32string::npos;
      }
      if (!dated_furniture) continue;
      for (std::size_t at = 0; at < text.size(); ++at) {
        if (at > 0 && is_alnum(text[at - 1])) continue;  // dates start at a word
        if (auto date = parse_leading_date(text.substr(at), options_.date_order)) {
          article_.published = date->date;
          return;
        }
      }
    }
  }

  // A short line near the top that carries a full date with at most a label, an outlet or a
  // dateline before it and a time after it: "/ 2 May 1997", "ISLAMABAD (AFP) Jan 04, 2004",
  // "Islands Business - June 24, 2015", "Source: Xinhuanet | 12-07-2006 08:32",
  // "PUBLISHED : Friday, 12 November, 2010, 12:00am". Prose that dates something ("figures show
  // the envoys met on May 4, 2007") is no such line: a lower-case word before the date says so.
  void date_from_date_line() {
    constexpr std::size_t max_words_before = 5, max_words_after = 2;
    for (std::size_t i = 0; i < header_end_; ++i) {
      const std::u32string_view text = lines_[i].text;
      std::size_t words_before = 0;
      bool in_word = false;
      for (std::size_t at = 0; at < text.size() && words_before <= max_words_before; ++at) {
        const bool starts_word = !is_blank(text[at]) && !in_word;
        in_word = !is_blank(text[at]);
        if (!starts_word) continue;
        // A lower-case word is prose, unless a colon makes it a label ("Story published:").
        const std::size_t length = word_length(text.substr(at));
        const bool label = at + length < text.size() && text[at + length] == U':';
        if (is_lower(text[at]) && length > 3 && !label) break;
        if (!(at > 0 && is_alnum(text[at - 1]))) {
          if (auto date = parse_leading_date(text.substr(at), options_.date_order)) {
            // Words after the date, up to a bar that starts another field ("| Editor: X").
            std::u32string_view after = text.substr(at + date->length);
            after = after.substr(0, after.find(U'|'));
            if (word_count(after) <= max_words_after && !in_column_of_dates(i)) {
              article_.published = date->date;
              prefer_the_datelines_month(text.substr(at));
              return;
            }
          }
        }
        ++words_before;
      }
    }
  }

  // "7 May 1856" above "26 September 1907": a line that is a date alone beside another such line
  // is a table's column (an infobox, a timeline), not the page's date.
  bool in_column_of_dates(std::size_t i) const {
    const auto date_alone = [this](std::size_t j) {
      if (j >= lines_.size()) return false;
      const auto date = parse_leading_date(lines_[j].text, options_.date_order);
      return date && date->length == lines_[j].text.size();
    };
    return date_alone(i) && ((i > 0 && date_alone(i - 1)) || date_alone(i + 1));
  }

  // "August 21" on a line of its own, or after the city of a dateline ("Santo Domingo, Jan 12
  // (efe-epa).-"): a day the page prints without its year. The year is that of a full date
  // the article prints within two weeks of that day ("held in Niue from 19-20 August 2008");
  // with none, the page gives no date.
  void date_from_day_without_year() {
    const auto day = day_without_year();
    if (!day) return;
    // Distances in days, each month counted as 31: close enough to tell two weeks.
    const auto ordinal = [](int year, int month, int d) { return (long{year} * 12 + month) * 31 + d; };
    constexpr long max_distance = 14;
    constexpr std::size_t longest_date = 48;  // "Wednesday, 12 September 2007 18:25 GMT"
    long best_distance = max_distance + 1;
    for (const Line& line : lines_) {
      const std::u32string_view text = line.text;
      for (std::size_t at = 0; at < text.size(); ++at) {
        if (!is_alnum(text[at]) || (at > 0 && is_alnum(text[at - 1]))) continue;
        const auto date = parse_leading_date(text.substr(at, longest_date), options_.date_order);
        if (!date || date->date.day == 0) continue;
        const long there = ordinal(date->date.year, date->date.month, date->date.day);
        for (int year = date->date.year - 1; year <= date->date.year + 1; ++year) {
          const long distance = std::labs(ordinal(year, day->month, day->day) - there);
          if (distance < best_distance) {
            best_distance = distance;
            article_.published = model::CalendarDate{year, day->month, day->day};
          }
        }
      }
    }
  }

  std::optional<LeadingDay> day_without_year() const {
    constexpr std::size_t max_city_words = 4;
    for (std::size_t i = 0; i < lines_.size() && i < dateline_search_lines; ++i) {
      const std::u32string_view text = lines_[i].text;
      const std::size_t start = date_start(text);
      if (auto day = parse_leading_day(text.substr(start)); day && word_count(text.substr(start + day->length)) == 0) return day;
      // A city of a few capitalized words and a comma, the day, then an agency or a dash.
      std::size_t at = 0, words = 0;
      while (at < text.size() && words < max_city_words && is_upper(text[at])) {
        while (at < text.size() && !is_blank(text[at]) && text[at] != U',') ++at;
        ++words;
        if (at < text.size() && text[at] == U',') break;
        while (at < text.size() && is_blank(text[at])) ++at;
      }
      if (at >= text.size() || text[at] != U',' || words == 0) continue;
      ++at;
      while (at < text.size() && is_blank(text[at])) ++at;
      const auto day = parse_leading_day(text.substr(at));
      if (!day) continue;
      const std::size_t after = at + day->length;
      if (after < text.size() && (text[after] == U'(' || text[after] == U'-' || text[after] == U'\u2014' || text[after] == U'\u2013')) return day;
    }
    return std::nullopt;
  }

  // "12-07-2006" beside the dateline "CEBU, Dec. 6 (Xinhua) --": a numeric date that reads
  // either way is read the way whose month a day-and-month near the top names.
  void prefer_the_datelines_month(std::u32string_view numeric) {
    const auto other_order = options_.date_order == NumericDateOrder::day_month ? NumericDateOrder::month_day
                                                                                 : NumericDateOrder::day_month;
    const auto other = parse_leading_date(numeric, other_order);
    if (!other || other->date.month == article_.published->month) return;
    for (std::size_t i = 0; i < header_end_; ++i) {
      const std::u32string_view text = lines_[i].text;
      for (std::size_t at = 0; at < text.size(); ++at) {
        if (!is_upper(text[at]) || (at > 0 && is_alnum(text[at - 1]))) continue;
        const std::size_t length = word_length(text.substr(at));
        std::size_t next = at + length + (at + length < text.size() && text[at + length] == U'.');
        if (next >= text.size() || !is_blank(text[next]) || next + 1 >= text.size() || !is_digit(text[next + 1])) continue;
        const auto word = text.substr(at, length);
        if (!months->contains(word)) continue;
        const auto number = months->value(word, months.number);
        if (number == std::to_string(article_.published->month)) return;
        if (number == std::to_string(other->date.month)) {
          article_.published = other->date;
          return;
        }
      }
    }
  }

  static std::size_t word_length(std::u32string_view text) {
    std::size_t n = 0;
    while (n < text.size() && is_alnum(text[n])) ++n;
    return n;
  }

  static bool could_be_headline(std::u32string_view text) {
    return word_count(text) <= headline_max_words && sentence_count(text) == 1;
  }

  // A page that prints no headline still has a title: the first sentence of its story, which
  // stays body text.
  void headline_from_body() {
    for (const auto& block : article_.blocks) {
      if (block.role != BlockRole::body) continue;
      std::u32string_view text = std::u32string_view(article_.text).substr(block.span.begin, block.span.end - block.span.begin);
      for (std::size_t i = 0; i + 1 < text.size(); ++i) {
        if ((text[i] == U'.' || text[i] == U'?' || text[i] == U'!') && text[i + 1] == U' ' && i > 20) {
          text = text.substr(0, i + 1);
          break;
        }
      }
      article_.headline = utf8(text);
      return;
    }
  }

  void set_headline(const Line& line) {
    const std::size_t section = leading_section_name_length(line.text);
    mark({line.span.begin, line.span.begin + section}, BlockRole::furniture);
    mark({line.span.begin + section, line.span.end}, BlockRole::headline);
    article_.headline = utf8(line.text.substr(section));
  }

  void set_standfirst(const Line& line) {
    mark(line.span, BlockRole::standfirst);
    if (article_.standfirst.empty()) article_.standfirst = utf8(line.text);
  }

  // "23/07/2007 15:14 TEHRAN, July 23 (RIA Novosti) - Iran's ambassador ..."
  void read_dateline_line(const Line& line) {
    std::size_t used = 0;
    if (auto date = line_date(line.text)) {
      if (!article_.published) article_.published = date->date;
      used = date->length;
    }
    if (const std::size_t city = read_city_dateline(line.text.substr(used), line.span)) {
      used += city;
    } else if (used > 0) {
      // "Nov. 13, 2019 (EIRNS)—": the agency after the date.
      if (auto parsed = parse_agency_dateline(line.text.substr(used))) {
        add_candidate(parsed->dateline.agency, model::PublisherSource::dateline_agency, line.span);
        used += parsed->length;
      }
    }
    mark({line.span.begin, line.span.begin + used}, BlockRole::dateline);
    mark({line.span.begin + used, line.span.end}, BlockRole::body);
  }

  std::size_t read_city_dateline(std::u32string_view text, model::TextSpan line) {
    auto parsed = parse_city_dateline(text);
    if (!parsed) return 0;
    // "SINGAPORE, TUESDAY 12 JUNE 2018:": a full date in the dateline is the publication date.
    const std::u32string_view head = text.substr(0, parsed->length);
    for (std::size_t comma = head.find(U','); comma != std::u32string_view::npos && !article_.published;
         comma = head.find(U',', comma + 1)) {
      std::size_t at = comma + 1;
      while (at < head.size() && is_blank(head[at])) ++at;
      if (auto date = parse_leading_date(head.substr(at), options_.date_order)) article_.published = date->date;
    }
    if (!parsed->dateline.agency.empty()) {
      add_candidate(parsed->dateline.agency, model::PublisherSource::dateline_agency, line);
    }
    return parsed->length;
  }

  bool is_photo_caption_prefix(std::size_t i) const {
    if (i + 1 >= lines_.size()) return false;
    const Line& next = lines_[i + 1];
    return next.shape == LineShape::photo_credit && next.text.size() > lines_[i].text.size() &&
           next.text.substr(0, lines_[i].text.size()) == lines_[i].text;
  }

  std::optional<std::size_t> find_appeal_end(std::size_t salutation) const {
    for (std::size_t j = salutation + 1; j < lines_.size() && j <= salutation + appeal_max_lines; ++j) {
      if (lines_[j].shape == LineShape::valediction) {
        std::size_t end = j + 1;
        while (end < lines_.size() && end <= j + 3 && lines_[end].shape == LineShape::signature) ++end;
        return end;
      }
    }
    return std::nullopt;
  }

  void read_sign_off(const Line& line) {
    const auto comma = line.text.rfind(U',');
    if (comma != std::u32string_view::npos) {
      std::u32string_view org = line.text.substr(comma + 1);
      while (!org.empty() && is_blank(org.front())) org.remove_prefix(1);
      add_candidate(org, model::PublisherSource::sign_off);
    }
  }

  void read_body(std::size_t start) {
    bool first_body = true;
    for (std::size_t i = start; i < lines_.size(); ++i) {
      const Line& line = lines_[i];
      if (line.shape == LineShape::teaser_heading) {
        for (; i < lines_.size(); ++i) mark(lines_[i].span, BlockRole::furniture);
        return;
      }
      if (line.shape == LineShape::salutation) {
        if (auto end = find_appeal_end(i)) {
          for (std::size_t j = i; j < *end; ++j) {
            mark(lines_[j].span, BlockRole::furniture);
            if (lines_[j].shape == LineShape::signature) read_sign_off(lines_[j]);
          }
          i = *end - 1;
          continue;
        }
      }
      if (line.shape == LineShape::comment_heading) {
        mark(line.span, BlockRole::furniture);
        while (i + 1 < lines_.size() &&
               (lines_[i + 1].shape == LineShape::quoted_line ||
                lines_[i + 1].shape == LineShape::signature ||
                lines_[i + 1].shape == LineShape::comment_call)) {
          mark(lines_[++i].span, BlockRole::furniture);
        }
        continue;
      }
      std::u32string source;
      if (parse_source_line(line.text, source)) {
        add_candidate(source, model::PublisherSource::source_line, line.span);
        mark(line.span, BlockRole::furniture);
        continue;
      }
      // The headline printed again above the story.
      if (is_furniture_anywhere(line.shape) || is_photo_caption_prefix(i) ||
          (!article_.headline.empty() && utf8(line.text) == article_.headline)) {
        mark(line.span, BlockRole::furniture);
        continue;
      }
      std::size_t skip = leading_image_name_length(line.text);
      mark({line.span.begin, line.span.begin + skip}, BlockRole::furniture);
      // The story's first paragraph may carry the dateline; short lines before it (share
      // buttons, labels) do not end the search.
      if (first_body) {
        const std::size_t dateline = read_city_dateline(line.text.substr(skip), line.span);
        mark({line.span.begin + skip, line.span.begin + skip + dateline}, BlockRole::dateline);
        skip += dateline;
        first_body = dateline == 0 && word_count(line.text) < dateline_paragraph_min_words;
      }
      mark({line.span.begin + skip, line.span.end}, BlockRole::body);
    }
  }

  model::Article& article_;
  const model::PageMetadata& metadata_;
  const PageOptions& options_;
  std::vector<Line> lines_;
  std::size_t header_end_ = 0;  // lines_[0, header_end_) are the top a page's date is looked for in
};

}  // namespace

void read_page(model::Article& article, const model::PageMetadata& metadata,
               const PageOptions& options) {
  PageReader(article, metadata, options).read();
}

}  // namespace parley::parsers
