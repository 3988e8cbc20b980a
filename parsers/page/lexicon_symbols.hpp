#pragma once
// A symbol table filled from the lexicon of the pipeline that runs the grammar
// (knowledge::Lexicon::current()), not at static start-up: a --lexicon file can add month
// names or furniture phrases, and two pipelines with different lexicons each parse with
// their own. The table is built once per lexicon and shared by the copies X3 makes.
#include <cwctype>
#include <functional>
#include <iterator>
#include <utility>

#include "knowledge/lexicon.hpp"
#include "parsers/grammar_config.hpp"

namespace parley::parsers {

template <typename Value>
struct lexicon_symbols : x3::parser<lexicon_symbols<Value>> {
  using attribute_type = Value;
  static bool const has_attribute = true;
  using Table = unicode_symbols<Value>;

  // fill adds a lexicon's entries to an empty table.
  explicit lexicon_symbols(std::function<void(const knowledge::Lexicon&, Table&)> fill)
      : tables_([fill = std::move(fill)](const knowledge::Lexicon& lexicon) {
          Table table;
          fill(lexicon, table);
          return table;
        }) {}

  template <typename Iterator, typename Context, typename RContext, typename Attribute>
  bool parse(Iterator& first, Iterator const& last, Context const& context, RContext& rcontext, Attribute& attr) const {
    return tables_.get().parse(first, last, context, rcontext, attr);
  }

  // The table of the lexicon running on this thread.
  const Table& table() const { return tables_.get(); }

 private:
  knowledge::PerLexicon<Table> tables_;
};

// x3::seek[phrases >> tail] with the table looked up once per line, not at each of its
// positions: a search for a phrase anywhere in a line ("accept cookies", "photo:").
template <typename Value, typename Tail>
struct seek_phrase_parser : x3::parser<seek_phrase_parser<Value, Tail>> {
  using attribute_type = x3::unused_type;
  static bool const has_attribute = false;

  seek_phrase_parser(lexicon_symbols<Value> phrases, Tail tail) : phrases_(std::move(phrases)), tail_(tail) {}

  template <typename Iterator, typename Context, typename RContext, typename Attribute>
  bool parse(Iterator& first, Iterator const& last, Context const& context, RContext& rcontext, Attribute&) const {
    const auto& table = phrases_.table();
    // A phrase begins a word: tried where the text begins and after a character that is no
    // letter or digit, not at every character (lines of prose are scanned for furniture).
    for (Iterator at = first;; ++at) {
      Iterator it = at;
      const bool word_start = at == first || !std::iswalnum(static_cast<wint_t>(*std::prev(at)));
      if (word_start && table.parse(it, last, context, rcontext, x3::unused) && tail_.parse(it, last, context, rcontext, x3::unused)) {
        first = it;
        return true;
      }
      if (at == last) return false;
    }
  }

 private:
  lexicon_symbols<Value> phrases_;
  Tail tail_;
};

template <typename Value, typename Tail = x3::eps_parser>
seek_phrase_parser<Value, Tail> seek_phrase(const lexicon_symbols<Value>& phrases, Tail tail = x3::eps) {
  return {phrases, tail};
}

}  // namespace parley::parsers
