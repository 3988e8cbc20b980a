#include "parsers/text/quote_finder.hpp"

#include <algorithm>

#include "parsers/grammar_config.hpp"
#include "parsers/text/name_lexicon.hpp"

namespace parley::parsers {

namespace {

// A standfirst's quotes repeat the body's, without their attribution.
bool is_text_block(const model::Block& b) { return b.role == model::BlockRole::body; }

std::size_t word_count(std::u32string_view s) {
  std::size_t n = 0;
  bool in_word = false;
  for (char32_t c : s) {
    const bool space = c == U' ' || c == U'\t';
    if (!space && !in_word) ++n;
    in_word = !space;
  }
  return n;
}

// A closing ’ is an apostrophe when a letter follows it ("Iran’s").
bool closes_single(const std::u32string& t, std::size_t i) {
  return t[i] == U'\u2019' && (i + 1 >= t.size() || !is_alpha(t[i + 1]));
}

// A straight ' opens a quotation at the start of a word, before a letter ("'core"), not inside
// one ("other's") nor before a number ("the '90s").
bool opens_straight_single(const std::u32string& t, std::size_t i, const model::TextSpan& block) {
  const bool word_start = i == block.begin || t[i - 1] == U' ' || t[i - 1] == U'(' || t[i - 1] == U'\u2014';
  return word_start && i + 1 < block.end && is_alpha(t[i + 1]);
}

// The ' that closes a straight single quotation opened before from: after a word, before no
// letter ("interests',", "challenges'."); an apostrophe inside a word ("other's") is none.
std::size_t straight_single_close(const std::u32string& t, std::size_t from, std::size_t end) {
  for (std::size_t k = from + 1; k < end; ++k) {
    if (t[k] != U'\'' || t[k - 1] == U' ') continue;
    if (k + 1 >= end || !is_alpha(t[k + 1])) return k;
  }
  return std::u32string::npos;
}

// The sentence holding position (or the last one that starts before it).
std::size_t sentence_at(const TokenizedText& tokenized, std::size_t position) {
  const auto& ss = tokenized.sentences;
  auto it = std::upper_bound(ss.begin(), ss.end(), position,
                             [](std::size_t p, const model::Sentence& s) { return p < s.span.begin; });
  return it == ss.begin() ? 0 : static_cast<std::size_t>(it - ss.begin()) - 1;
}

class QuoteScanner {
 public:
  QuoteScanner(const model::Article& a, const TokenizedText& t, std::vector<model::QuoteCandidate>& out)
      : a_(a), t_(t), out_(out) {}

  void scan() {
    std::vector<std::size_t> blocks;
    for (std::size_t b = 0; b < a_.blocks.size(); ++b) {
      if (is_text_block(a_.blocks[b])) blocks.push_back(b);
    }
    for (std::size_t n = 0; n < blocks.size(); ++n) scan_block(blocks, n);
  }

 private:
  // An article that prints no double mark quotes with single ones; elsewhere a straight ' is
  // an apostrophe or a quote within a quote. Asked only at a ' that could open a quotation.
  bool single_marks_quote() {
    if (!single_marks_known_) {
      single_marks_quote_ = a_.text.find_first_of(U"\"\u201C\u201D") == std::u32string::npos;
      single_marks_known_ = true;
    }
    return single_marks_quote_;
  }

  void emit(std::size_t begin, std::size_t end, std::size_t block) {
    const std::u32string& text = a_.text;
    // French typography sets the marks apart with (narrow) no-break spaces: « Nous ».
    const auto blank = [](char32_t c) { return c == U' ' || c == U'\n' || c == U'\u00A0' || c == U'\u202F'; };
    while (begin < end && blank(text[begin])) ++begin;
    while (end > begin && blank(text[end - 1])) --end;
    if (end <= begin) return;
    model::QuoteCandidate q;
    q.span = {begin, end};
    q.block = block;
    q.sentence = sentence_at(t_, begin);
    q.heading = is_heading(block);
    out_.push_back(q);
  }

  // A short line that is no sentence: "'Positive' steps".
  bool is_heading(std::size_t block) {
    if (heading_block_ != block) {
      const auto& b = a_.blocks[block].span;
      const std::u32string_view line = std::u32string_view(a_.text).substr(b.begin, b.end - b.begin);
      const char32_t last = line.empty() ? U' ' : line.back();
      heading_ = word_count(line.substr(0, 200)) <= 6 && last != U'.' && last != U'!' && last != U'?' &&
                 last != U'\u201D' && last != U'"';
      heading_block_ = block;
    }
    return heading_;
  }

  void scan_block(const std::vector<std::size_t>& blocks, std::size_t n) {
    const std::size_t block = blocks[n];
    const auto span = a_.blocks[block].span;
    const std::u32string& text = a_.text;
    // A quote opened in an earlier paragraph covers this one up to its closing mark.
    std::size_t from = span.begin;
    if (continued_until_ > span.begin) {
      if (continued_until_ + 1 >= span.end) return;
      from = continued_until_ + 1;
    }
    bool straight_open = false;
    std::size_t straight_start = 0;
    for (std::size_t i = from; i < span.end; ++i) {
      const char32_t c = text[i];
      if (c == U'"' || (c == U'\u201D' && straight_open)) {
        // A straight mark closed by a curly one ('"I am sure," Xi said' as a CMS converts it).
        if (!straight_open) {
          straight_open = true;
          straight_start = i + 1;
        } else {
          straight_open = false;
          emit(straight_start, i, block);
        }
      } else if (c == U'\u201C') {
        const std::size_t close = find_double_close(blocks, n, i + 1);
        if (close == std::u32string::npos) {
          // A story cut off inside a quote (an excerpt, a stored prefix): what survives of it.
          if (n + 1 == blocks.size() && opens_last_quote(i, span.end)) emit(i + 1, span.end, block);
          continue;
        }
        if (close >= span.end) {
          emit_over_paragraphs(i, close, span, block);
          return;
        }
        emit(i + 1, close, block);
        i = close;
      } else if (c == U'\'' && opens_straight_single(text, i, span) && single_marks_quote()) {
        // 'Core interests', as outlets that quote with straight single marks print them.
        if (const std::size_t close = straight_single_close(text, i + 1, span.end); close != std::u32string::npos) {
          emit(i + 1, close, block);
          i = close;
        }
      } else if (c == U'\u00AB' || c == U'\u201E') {
        // «guillemets» and „low-high“ marks, as outlets translated from Russian, French or
        // German print them: closed by », or by “ or ”, in the paragraph.
        for (std::size_t k = i + 1; k < span.end; ++k) {
          const bool closes = c == U'\u00AB' ? text[k] == U'\u00BB' : (text[k] == U'\u201C' || text[k] == U'\u201D');
          if (text[k] == c) break;
          if (closes) {
            emit(i + 1, k, block);
            i = k;
            break;
          }
        }
      } else if (c == U'\u2018') {
        for (std::size_t k = i + 1; k < span.end && text[k] != U'\u2018'; ++k) {
          if (closes_single(text, k)) {
            emit(i + 1, k, block);
            i = k;
            break;
          }
        }
      }
    }
    if (!straight_open) return;
    // A paragraph that ends inside a straight quote and a next one that reopens it with " carry
    // one quote on to the next closing mark, as curly marks do.
    const bool reopened = n + 1 < blocks.size() && text[a_.blocks[blocks[n + 1]].span.begin] == U'"';
    const std::size_t close = reopened ? find_straight_close(blocks, n) : std::u32string::npos;
    if (close != std::u32string::npos) {
      emit_over_paragraphs(straight_start - 1, close, span, block);
    } else if (straight_start == span.begin + 1 || reopened) {
      // An unclosed straight quote opening a paragraph runs to its end.
      emit(straight_start, span.end, block);
    }
  }

  // A quote opened at open in paragraph span and closed at close in a later one. 'Khan said:
  // “A ... / “B ...,” the PM added': a paragraph attributed before and one attributed after are
  // two quotes; the first ends with its paragraph. ('“A ... / “B ...,” she said' is one quote.)
  void emit_over_paragraphs(std::size_t open, std::size_t close, model::TextSpan span, std::size_t block) {
    if ((attributed_before(span.begin, open) || opens_mid_sentence(span.begin, open)) && attributed_after(close)) {
      emit(open + 1, span.end, block);
      return;
    }
    emit(open + 1, close, block);
    continued_until_ = close;
  }

  // The mark that closes a straight quote left open at the end of paragraph n: the first " (or
  // ”) after the reopening " of the paragraphs that go on with it.
  std::size_t find_straight_close(const std::vector<std::size_t>& blocks, std::size_t n) const {
    const std::u32string& text = a_.text;
    for (std::size_t m = n + 1; m < blocks.size(); ++m) {
      const auto span = a_.blocks[blocks[m]].span;
      if (text[span.begin] != U'"') return std::u32string::npos;
      for (std::size_t i = span.begin + 1; i < span.end; ++i) {
        if (text[i] == U'"' || text[i] == U'\u201D') return i;
      }
    }
    return std::u32string::npos;
  }

  // Whether the “ at open is the last mark of the text, with words after it: the story ends
  // inside the quote.
  bool opens_last_quote(std::size_t open, std::size_t end) const {
    const std::u32string& text = a_.text;
    bool words = false;
    for (std::size_t k = open + 1; k < end; ++k) {
      if (text[k] == U'\u201C' || text[k] == U'\u201D' || text[k] == U'"') return false;
      words = words || is_alpha(text[k]);
    }
    return words;
  }

  // A verb of saying among the few words after a closing mark: '...,” the PM added.'
  bool attributed_after(std::size_t close) const {
    const std::u32string& text = a_.text;
    std::size_t words = 0;
    for (std::size_t k = close + 1; k < text.size() && text[k] != U'\n' && words < 6;) {
      while (k < text.size() && !is_alpha(text[k]) && text[k] != U'\n') ++k;
      const std::size_t begin = k;
      while (k < text.size() && is_alpha(text[k])) ++k;
      if (k == begin) break;
      ++words;
      if (lexicon::is_quote_verb(std::u32string_view(text).substr(begin, k - begin))) return true;
    }
    return false;
  }

  // 'Khan thanked Trump for “his warm hospitality ... / “Appreciate ...,” Khan said': a quote
  // that opens inside a sentence, on a word in lower case, is a fragment of its paragraph.
  bool opens_mid_sentence(std::size_t paragraph, std::size_t open) const {
    const std::u32string& text = a_.text;
    return open > paragraph + 1 && open + 1 < text.size() && is_alpha(text[open + 1]) &&
           unicode_encoding::islower(static_cast<std::uint32_t>(text[open + 1]));
  }

  // A verb of saying among the few words before an opening mark in its paragraph: 'Khan said: “'.
  bool attributed_before(std::size_t paragraph, std::size_t open) const {
    const std::u32string& text = a_.text;
    std::size_t words = 0;
    for (std::size_t k = open; k > paragraph && words < 6;) {
      while (k > paragraph && !is_alpha(text[k - 1])) --k;
      const std::size_t end = k;
      while (k > paragraph && is_alpha(text[k - 1])) --k;
      if (k == end) break;
      ++words;
      if (lexicon::is_quote_verb(std::u32string_view(text).substr(k, end - k))) return true;
    }
    return false;
  }

  // The closing ” of a quote opened at from; a paragraph that ends unclosed and is followed
  // by one that reopens with “ continues the same quote.
  std::size_t find_double_close(const std::vector<std::size_t>& blocks, std::size_t n, std::size_t from) const {
    const std::u32string& text = a_.text;
    for (std::size_t m = n; m < blocks.size(); ++m) {
      const auto span = a_.blocks[blocks[m]].span;
      std::size_t i = m == n ? from : span.begin + 1;
      if (m > n && text[span.begin] != U'\u201C') return std::u32string::npos;
      for (; i < span.end; ++i) {
        if (text[i] == U'\u201D') return i;
        if (text[i] == U'\u201C' && m == n) return std::u32string::npos;
      }
    }
    return std::u32string::npos;
  }

  const model::Article& a_;
  const TokenizedText& t_;
  std::vector<model::QuoteCandidate>& out_;
  std::size_t continued_until_ = 0;
  std::size_t heading_block_ = static_cast<std::size_t>(-1);
  bool heading_ = false;
  bool single_marks_quote_ = false;
  bool single_marks_known_ = false;
};

}  // namespace

std::vector<model::QuoteCandidate> find_quotes(const model::Article& article, const TokenizedText& tokenized) {
  std::vector<model::QuoteCandidate> out;
  QuoteScanner(article, tokenized, out).scan();
  return out;
}

}  // namespace parley::parsers
