#include "knowledge/lexicon.hpp"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <memory>

#include "knowledge/tsv.hpp"

namespace parley::knowledge {

namespace embedded {
struct LexiconFile {
  std::string_view name;
  std::string_view text;
};
extern const LexiconFile lexicon_files[];
extern const std::size_t lexicon_file_count;
}  // namespace embedded

namespace {

constexpr std::string_view header = "# parley-lexicon:";

Status file_error(std::string_view file, std::size_t line, const std::string& what) {
  return Status::failure(StatusCode::bad_text,
                         std::string(file) + ":" + std::to_string(line) + ": " + what);
}


}  // namespace

std::u32string to_utf32(std::string_view s) {
  std::u32string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) {
    const auto c = static_cast<unsigned char>(s[i]);
    std::size_t n = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
    if (n == 0 || i + n > s.size()) {
      out.push_back(U'\uFFFD');
      ++i;
      continue;
    }
    char32_t cp = n == 1 ? c : n == 2 ? (c & 0x1F) : n == 3 ? (c & 0x0F) : (c & 0x07);
    for (std::size_t k = 1; k < n; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
    out.push_back(cp);
    i += n;
  }
  return out;
}

const std::vector<std::size_t>* WordList::find(std::u32string_view word) const {
  if (word.empty() || word.size() > longest_) return nullptr;
  const char32_t first = word.front();
  if (first < 128 ? !(ascii_firsts_[first >> 6] >> (first & 63) & 1) : !non_ascii_first_) return nullptr;
  if (slots_.empty()) return nullptr;
  const std::uint64_t h = Hash{}(word);
  const std::size_t mask = slots_.size() - 1;
  for (std::size_t i = static_cast<std::size_t>(h) & mask;; i = (i + 1) & mask) {
    const Slot& slot = slots_[i];
    if (slot.key_size == 0) return nullptr;
    if (slot.hash == h && slot.key_size == word.size() &&
        std::u32string_view(keys_).substr(slot.key_at, slot.key_size) == word) {
      return &word_rows_[slot.word];
    }
  }
}

void WordList::index_words() {
  std::unordered_map<std::u32string, std::size_t, Hash, Equal> words;
  std::vector<Slot> placed;  // each distinct word's slot, in the order first printed
  word_rows_.clear();
  keys_.clear();
  for (std::size_t r = 0; r < rows_.size(); ++r) {
    const std::u32string& word = rows_[r].word;
    auto [it, added] = words.try_emplace(word, word_rows_.size());
    if (added) {
      placed.push_back(Slot{Hash{}(word), static_cast<std::uint32_t>(keys_.size()), static_cast<std::uint32_t>(word.size()),
                            static_cast<std::uint32_t>(word_rows_.size())});
      word_rows_.emplace_back();
      keys_ += word;
    }
    word_rows_[it->second].push_back(r);
  }
  std::size_t size = 8;
  while (size < 2 * placed.size()) size *= 2;  // at most half full: probes stay short
  slots_.assign(size, Slot{});
  for (const Slot& slot : placed) {
    std::size_t i = static_cast<std::size_t>(slot.hash) & (size - 1);
    while (slots_[i].key_size != 0) i = (i + 1) & (size - 1);
    slots_[i] = slot;
  }
}

std::ptrdiff_t WordList::column_index(std::string_view column) const {
  auto it = std::find(columns_.begin(), columns_.end(), column);
  return it == columns_.end() ? -1 : it - columns_.begin();
}

std::string_view WordList::value_named(std::u32string_view word, std::string_view column) const {
  const auto* rows = find(word);
  if (rows == nullptr) return {};  // most words are in no list: no column to look up
  const auto c = column_index(column);
  if (c < 0) return {};
  return rows_[rows->front()].values[static_cast<std::size_t>(c)];
}

bool WordList::has_named(std::u32string_view word, std::string_view column, std::string_view value) const {
  const auto* rows = find(word);
  if (rows == nullptr) return false;
  const auto c = column_index(column);
  if (c < 0) return false;
  for (std::size_t r : *rows) {
    if (rows_[r].values[static_cast<std::size_t>(c)] == value) return true;
  }
  return false;
}

WordList::RowsWith WordList::rows_with_named(std::string_view column, std::string_view value) const {
  static const std::vector<std::size_t> none;
  const auto c = column_index(column);
  if (c < 0) return {rows_, none};
  auto it = by_value_.find(std::pair<std::size_t, std::string_view>(static_cast<std::size_t>(c), value));
  return {rows_, it == by_value_.end() ? none : it->second};
}

std::string_view WordList::value(std::u32string_view word, Column column) const {
  const auto* rows = find(word);
  if (rows == nullptr) return {};
  const auto& values = rows_[rows->front()].values;
  return column.index < values.size() ? std::string_view(values[column.index]) : std::string_view();
}

bool WordList::has(std::u32string_view word, Column column, std::string_view value) const {
  const auto* rows = find(word);
  if (rows == nullptr) return false;
  for (std::size_t r : *rows) {
    const auto& values = rows_[r].values;
    if (column.index < values.size() && values[column.index] == value) return true;
  }
  return false;
}

WordList::RowsWith WordList::rows_with(Column column, std::string_view value) const {
  static const std::vector<std::size_t> none;
  auto it = by_value_.find(std::pair<std::size_t, std::string_view>(column.index, value));
  return {rows_, it == by_value_.end() ? none : it->second};
}

Lexicon Lexicon::built_in() {
  Lexicon lexicon;
  for (std::size_t i = 0; i < embedded::lexicon_file_count; ++i) {
    const auto& file = embedded::lexicon_files[i];
    if (Status st = lexicon.load(file.text, file.name); !st) {
      std::fprintf(stderr, "parley: built-in lexicon: %s\n", st.message.c_str());
      std::abort();
    }
  }
  return lexicon;
}

const Lexicon& Lexicon::embedded() {
  static const Lexicon built = built_in();
  return built;
}

Lexicon& Lexicon::operator=(const Lexicon& other) {
  if (this != &other) {
    built_in_ = other.built_in_;
    others_ = other.others_;
    serial_ = next_serial();
  }
  return *this;
}

std::uint64_t Lexicon::next_serial() {
  static std::atomic<std::uint64_t> serial{0};
  return serial.fetch_add(1) + 1;
}

LexiconScope::LexiconScope(const Lexicon& lexicon) : previous_(detail::bound_lexicon) { detail::bound_lexicon = &lexicon; }
LexiconScope::~LexiconScope() { detail::bound_lexicon = previous_; }

WordList* Lexicon::find_list(std::string_view name) {
  for (std::size_t i = 0; i < built_in_list_count; ++i) {
    if (built_in_list_names[i] == name) return &built_in_[i];
  }
  auto it = others_.find(name);
  return it == others_.end() ? nullptr : &it->second;
}

Status Lexicon::load(std::string_view text, std::string_view file_name) {
  const auto lines = tsv::split(text, '\n');
  if (lines.empty() || lines[0].substr(0, header.size()) != header) {
    return file_error(file_name, 1, "a lexicon file starts with '# parley-lexicon: NAME'");
  }
  const std::string name(tsv::trim(lines[0].substr(header.size())));
  if (name.empty()) return file_error(file_name, 1, "the lexicon has no name");
  serial_ = next_serial();  // the content changes
  WordList* found = find_list(name);
  WordList& list = found != nullptr ? *found : others_[name];
  bool have_columns = false;
  std::vector<std::string> columns;
  for (std::size_t n = 1; n < lines.size(); ++n) {
    const std::string_view line = tsv::trim(lines[n]);
    if (line.empty() || line.front() == '#') continue;
    auto fields = tsv::split(line, '\t');
    for (auto& f : fields) f = tsv::trim(f);
    if (!have_columns) {
      columns.assign(fields.begin() + 1, fields.end());
      if (!list.rows_.empty() && columns != list.columns_) {
        return file_error(file_name, n + 1, "the columns differ from those of the lexicon '" + name + "'");
      }
      list.columns_ = columns;
      have_columns = true;
      continue;
    }
    if (fields.size() != columns.size() + 1) {
      return file_error(file_name, n + 1, "expected " + std::to_string(columns.size() + 1) + " tab-separated fields");
    }
    if (fields[0].empty()) return file_error(file_name, n + 1, "empty word");
    WordList::Row row{to_utf32(fields[0]), {fields.begin() + 1, fields.end()}};
    for (std::size_t c = 0; c < row.values.size(); ++c) list.by_value_[{c, row.values[c]}].push_back(list.rows_.size());
    list.longest_ = std::max(list.longest_, row.word.size());
    const char32_t first = row.word.front();
    if (first < 128) {
      list.ascii_firsts_[first >> 6] |= std::uint64_t{1} << (first & 63);
    } else {
      list.non_ascii_first_ = true;
    }
    list.rows_.push_back(std::move(row));
  }
  if (!have_columns) return file_error(file_name, lines.size(), "no column line");
  list.index_words();
  return Status::success();
}

const WordList& Lexicon::list(std::string_view name) const {
  const WordList* list = const_cast<Lexicon*>(this)->find_list(name);
  if (list == nullptr) {
    std::fprintf(stderr, "parley: no lexicon named '%.*s'\n", static_cast<int>(name.size()), name.data());
    std::abort();
  }
  return *list;
}

std::vector<std::string> Lexicon::names() const {
  std::vector<std::string> out(built_in_list_names, built_in_list_names + built_in_list_count);
  for (const auto& [name, list] : others_) out.push_back(name);
  return out;
}

}  // namespace parley::knowledge
