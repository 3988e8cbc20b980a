#pragma once
// Lexicons: the closed word classes of English news that the grammars and resolvers use
// (titles, reporting verbs, meeting words, months, furniture phrases, ...), one list per
// concept, read from the data files of ontology/lexicon/ (embedded at build time) and from
// user files of the same format (ontology/lexicon/README.md). Stages look words up here; no
// word list lives in code.
#include <cstddef>
#include <map>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "rdf/status.hpp"

namespace parley::gazetteer {

// One concept's words, each with the values of the file's further columns. A word may have
// several rows (one per value of a column).
class WordList {
 public:
  struct Row {
    std::u32string word;
    std::vector<std::string> values;  // one per column after the word
  };

  bool contains(std::u32string_view word) const { return find(word) != nullptr; }
  // The value in column of the word's first row; "" when the word or the column is absent.
  std::string_view value(std::u32string_view word, std::string_view column) const;
  // Whether some row of word has value in column ("yes" for the flag columns).
  bool has(std::u32string_view word, std::string_view column, std::string_view value = "yes") const;
  const std::vector<Row>& rows() const { return rows_; }
  const std::vector<std::string>& columns() const { return columns_; }
  // The rows with value in column, in file order.
  std::vector<const Row*> rows_with(std::string_view column, std::string_view value = "yes") const;

 private:
  friend class Lexicon;
  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::u32string_view s) const { return std::hash<std::u32string_view>{}(s); }
  };
  struct Equal {
    using is_transparent = void;
    bool operator()(std::u32string_view a, std::u32string_view b) const { return a == b; }
  };
  const std::vector<std::size_t>* find(std::u32string_view word) const;
  std::ptrdiff_t column_index(std::string_view column) const;

  std::vector<std::string> columns_;
  std::vector<Row> rows_;
  std::unordered_map<std::u32string, std::vector<std::size_t>, Hash, Equal> index_;
};

class Lexicon {
 public:
  // The lexicons in use: the embedded files, or what install() put in their place.
  static const Lexicon& active();
  // The embedded files alone.
  static Lexicon built_in();
  // Makes lexicon the one every stage uses. Call before any article is read (Pipeline::open
  // does); the stages keep references to its lists.
  static void install(Lexicon lexicon);

  // Reads one file: its first line names the list ("# parley-lexicon: titles"), further
  // comment lines are skipped, the first other line names the columns (the first is the word
  // or phrase), each further line is a row. Rows of a list already held are added to it, and
  // the columns must then be the same. Errors name the file and line.
  Status load(std::string_view text, std::string_view file_name);

  // The list of that name; an unknown name is a programming error and aborts.
  const WordList& list(std::string_view name) const;
  std::vector<std::string> names() const;

 private:
  std::map<std::string, WordList, std::less<>> lists_;
};

// Converts UTF-8 to UTF-32 (invalid bytes become U+FFFD).
std::u32string to_utf32(std::string_view text);

}  // namespace parley::gazetteer
