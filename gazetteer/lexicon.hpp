#pragma once
// Lexicons: the closed word classes of English news that the grammars and resolvers use
// (titles, reporting verbs, meeting words, months, furniture phrases, ...), one list per
// concept, read from the data files of ontology/lexicon/ (embedded at build time) and from
// user files of the same format (ontology/lexicon/README.md). Stages look words up here; no
// word list lives in code.
#include <array>
#include <atomic>
#include <cstdint>
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
  // The rows with value in column, in file order, without copying: stages ask on hot paths.
  class RowsWith {
   public:
    class iterator {
     public:
      iterator(const std::vector<Row>* rows, const std::size_t* at) : rows_(rows), at_(at) {}
      const Row* operator*() const { return &(*rows_)[*at_]; }
      iterator& operator++() {
        ++at_;
        return *this;
      }
      bool operator!=(const iterator& o) const { return at_ != o.at_; }

     private:
      const std::vector<Row>* rows_;
      const std::size_t* at_;
    };
    RowsWith(const std::vector<Row>& rows, const std::vector<std::size_t>& indices) : rows_(&rows), indices_(&indices) {}
    iterator begin() const { return {rows_, indices_->data()}; }
    iterator end() const { return {rows_, indices_->data() + indices_->size()}; }
    std::size_t size() const { return indices_->size(); }

   private:
    const std::vector<Row>* rows_;
    const std::vector<std::size_t>* indices_;
  };
  RowsWith rows_with(std::string_view column, std::string_view value = "yes") const;

 private:
  friend class Lexicon;
  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::u32string_view s) const {
      std::size_t h = 1469598103934665603ull;  // FNV-1a: words are short
      for (char32_t c : s) h = (h ^ static_cast<std::size_t>(c)) * 1099511628211ull;
      return h;
    }
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
  // Row indices by (column, value): indices, so that a copied list stays right.
  // (column, value) in either string form, so a lookup builds no string.
  struct ByValueLess {
    using is_transparent = void;
    template <class A, class B>
    bool operator()(const A& a, const B& b) const {
      if (a.first != b.first) return a.first < b.first;
      return std::string_view(a.second) < std::string_view(b.second);
    }
  };
  std::map<std::pair<std::size_t, std::string>, std::vector<std::size_t>, ByValueLess> by_value_;
  // Most words looked up are in no list: rejected by length and first character, unhashed.
  std::size_t longest_ = 0;
  std::array<std::uint64_t, 2> ascii_firsts_{};  // a bit per ASCII first character
  bool non_ascii_first_ = false;
};

class Lexicon {
 public:
  // The lexicons in use: the embedded files, or what install() put in their place.
  static const Lexicon& active();
  // The embedded files alone.
  static Lexicon built_in();
  // Makes lexicon the one every stage uses (Pipeline::open does, before it reads an article).
  // The lexicon it replaces stays alive, so lists already looked up stay valid.
  static void install(Lexicon lexicon);
  // Counts installs: ListRef looks a list up again when it changes. Inline: every lexicon
  // lookup of every stage asks it.
  static unsigned generation() { return install_count_.load(std::memory_order_acquire); }

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
  static std::atomic<unsigned> install_count_;
};

// A list of the active lexicon, looked up by name once per installed lexicon rather than at
// every word: the stages hold these as statics.
class ListRef {
 public:
  explicit constexpr ListRef(std::string_view name) : name_(name) {}
  const WordList& get() const {
    const unsigned now = Lexicon::generation();
    const WordList* list = list_.load(std::memory_order_acquire);
    if (list != nullptr && generation_.load(std::memory_order_acquire) == now) return *list;
    return look_up(now);
  }
  const WordList* operator->() const { return &get(); }
  const WordList& operator*() const { return get(); }

 private:
  const WordList& look_up(unsigned now) const;

  std::string_view name_;
  mutable std::atomic<const WordList*> list_{nullptr};
  mutable std::atomic<unsigned> generation_{~0u};
};

// Converts UTF-8 to UTF-32 (invalid bytes become U+FFFD).
std::u32string to_utf32(std::string_view text);

}  // namespace parley::gazetteer
