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
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "knowledge/lexicon_lists.hpp"
#include "rdf/status.hpp"

namespace parley::knowledge {

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
  std::string_view value_named(std::u32string_view word, std::string_view column) const;
  // Whether some row of word has value in column ("yes" for the flag columns).
  bool has_named(std::u32string_view word, std::string_view column, std::string_view value = "yes") const;
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
  RowsWith rows_with_named(std::string_view column, std::string_view value = "yes") const;
  // The same by a built-in list's column (lists::months.number): no name to look up.
  std::string_view value(std::u32string_view word, Column column) const;
  bool has(std::u32string_view word, Column column, std::string_view value = "yes") const;
  RowsWith rows_with(Column column, std::string_view value = "yes") const;

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
  // Rebuilds the word index from rows_ (after a load).
  void index_words();

  std::vector<std::string> columns_;
  std::vector<Row> rows_;
  // The word index: open addressing in a power-of-two table, each slot the word's hash and where
  // its letters stand in keys_, so a lookup touches one slot and one run of letters, not a chain
  // of nodes (lexicon lookups are the pipeline's most frequent operation).
  struct Slot {
    std::uint64_t hash = 0;
    std::uint32_t key_at = 0, key_size = 0;  // key_size 0: an empty slot (no word is empty)
    std::uint32_t word = 0;                  // index into word_rows_
  };
  std::vector<Slot> slots_;
  std::u32string keys_;
  std::vector<std::vector<std::size_t>> word_rows_;  // each distinct word's rows, in file order
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
  Lexicon() = default;
  // A copy is another lexicon: what was derived from the original (PerLexicon) is not its.
  Lexicon(const Lexicon& other) : built_in_(other.built_in_), others_(other.others_) {}
  Lexicon& operator=(const Lexicon& other);

  // The embedded files alone: a lexicon of one's own to extend, or the one loaded once per process.
  static Lexicon built_in();
  static const Lexicon& embedded();
  // The lexicon of the pipeline running on this thread (LexiconScope), else the built-in one.
  static const Lexicon& current();

  // Reads one file: its first line names the list ("# parley-lexicon: titles"), further
  // comment lines are skipped, the first other line names the columns (the first is the word
  // or phrase), each further line is a row. Rows of a list already held are added to it, and
  // the columns must then be the same. Errors name the file and line.
  Status load(std::string_view text, std::string_view file_name);

  // A built-in list (lists::titles.id()).
  const WordList& list(ListId id) const { return built_in_[static_cast<std::size_t>(id)]; }
  // The list of that name; an unknown name is a programming error and aborts.
  const WordList& list(std::string_view name) const;
  std::vector<std::string> names() const;
  // Differs between any two lexicons, and after each load: what identifies a lexicon's content.
  std::uint64_t serial() const { return serial_; }

 private:
  WordList* find_list(std::string_view name);
  static std::uint64_t next_serial();

  std::array<WordList, built_in_list_count> built_in_;
  std::map<std::string, WordList, std::less<>> others_;  // lists a user file adds
  std::uint64_t serial_ = next_serial();
};

namespace detail {
// The lexicon bound to this thread by a LexiconScope, if any. Inline, as current() and
// ListHandle::get() are: every lookup of every stage asks them.
inline thread_local const Lexicon* bound_lexicon = nullptr;
}  // namespace detail

inline const Lexicon& Lexicon::current() {
  const Lexicon* bound = detail::bound_lexicon;
  return bound != nullptr ? *bound : embedded();
}

inline const WordList& ListHandle::get() const { return Lexicon::current().list(id_); }

// Binds a lexicon to this thread while it lives: the stages of a pipeline look their lists
// up in Lexicon::current(), so two pipelines with different --lexicon files, in one process
// and on any threads, each read with their own.
class LexiconScope {
 public:
  explicit LexiconScope(const Lexicon& lexicon);
  ~LexiconScope();
  LexiconScope(const LexiconScope&) = delete;
  LexiconScope& operator=(const LexiconScope&) = delete;

 private:
  const Lexicon* previous_;
};

// Data a stage derives from a lexicon (a grammar's symbol table, a list in another form),
// built once per lexicon from Lexicon::current() and kept while the process runs. Copies
// share what was built.
template <typename T>
class PerLexicon {
 public:
  explicit PerLexicon(std::function<T(const Lexicon&)> build) : state_(std::make_shared<State>(std::move(build))) {}

  // The fast path, asked at every position a grammar tries a table, is a few loads and a
  // comparison; building or finding another lexicon's entry is out of line.
  const T& get() const {
    const Lexicon& lexicon = Lexicon::current();
    const Entry* last = state_->last.load(std::memory_order_acquire);
    if (last != nullptr && last->serial == lexicon.serial()) return last->value;
    return get_slow(lexicon);
  }

 private:
  struct Entry {
    std::uint64_t serial;
    T value;
  };
  [[gnu::noinline]] const T& get_slow(const Lexicon& lexicon) const {
    std::lock_guard<std::mutex> lock(state_->mutex);
    const Entry* found = nullptr;
    for (const auto& e : state_->entries) {
      if (e.serial == lexicon.serial()) found = &e;
    }
    if (found == nullptr) found = &state_->entries.emplace_back(Entry{lexicon.serial(), state_->build(lexicon)});
    state_->last.store(found, std::memory_order_release);
    return found->value;
  }
  struct State {
    explicit State(std::function<T(const Lexicon&)> b) : build(std::move(b)) {}
    std::function<T(const Lexicon&)> build;
    std::mutex mutex;
    std::deque<Entry> entries;  // never moved: last points into it
    std::atomic<const Entry*> last{nullptr};
  };
  std::shared_ptr<State> state_;
};

// Converts UTF-8 to UTF-32 (invalid bytes become U+FFFD).
std::u32string to_utf32(std::string_view text);

}  // namespace parley::knowledge
