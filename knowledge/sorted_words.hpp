#pragma once
// A large list of words, one per line in byte order (ontology/lexicon/common-nouns.txt: 40,000
// of them), looked up by binary search in the embedded text itself: no parsing, no allocation
// and no start-up cost, where a list of rows (lexicon.hpp) would take a tenth of a second and
// 10 MB to build for every process.
#include <string_view>

namespace parley::knowledge {

class SortedWords {
 public:
  // text: comment lines starting with '#', a column line ("word"), then the words, sorted by
  // their bytes. The text must outlive the list (the embedded files do).
  explicit SortedWords(std::string_view text);

  bool contains(std::string_view word) const;
  // The rest of the word's line after a tab ("f" in "jana<TAB>f"); empty when it has none.
  std::string_view value(std::string_view word) const;
  bool sorted() const;  // checks the order the lookup relies on (tests)

 private:
  std::string_view find(std::string_view word) const;

  std::string_view words_;  // from the first word to the end
};

// WordNet's common nouns of English, lower case (ontology/lexicon/common-nouns.txt).
const SortedWords& common_nouns();
// First names of many languages, lower case, without marks, with their gender: f, m, or -
// (ontology/lexicon/given-names.txt).
const SortedWords& given_names();

}  // namespace parley::knowledge
