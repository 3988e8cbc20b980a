#include "parsers/ingest/main_content.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <string_view>
#include <unordered_map>

#include "knowledge/lexicon.hpp"
#include "parsers/ingest/html_document.hpp"

namespace parley::parsers::html {

namespace {

constexpr const auto& structure_words = knowledge::lists::page_structure_words;
constexpr const auto& furniture_roles = knowledge::lists::page_roles;

// Readability's constants: a paragraph of fewer characters adds nothing; an article shorter
// than this makes the stage try again with fewer cuts; ancestors beyond this get no score.
constexpr std::size_t min_paragraph_chars = 25;
constexpr std::size_t min_article_chars = 500;
constexpr int scored_ancestor_levels = 5;
constexpr int class_weight_step = 25;
constexpr std::size_t max_byline_chars = 100;
// A page with less text than this is a snippet, not a page with furniture: all of it is kept
// when no block stands out.
constexpr std::size_t snippet_chars = 1000;

enum class Kind : std::uint8_t { other, p, div, list, li, heading, figure, a, img, embed, input, table, form };

struct TagInfo {
  Kind kind = Kind::other;
  bool block = false;
  bool skipped = false;    // never the article: scripts, navigation, controls
  bool scorable = false;   // its own text is scored as a paragraph
  bool cleanable = false;  // judged again inside the article, and dropped if it looks like furniture
  int initial_score = 0;
};

const TagInfo& tag_info(const xmlNode* node) {
  static const std::unordered_map<std::string_view, TagInfo> tags = [] {
    std::unordered_map<std::string_view, TagInfo> t;
    for (const char* name : {"script", "style", "noscript", "template", "nav", "footer", "aside", "button",
                             "select", "textarea", "svg", "head", "figcaption", "canvas", "dialog",
                             "menu", "option", "link", "meta"}) {
      t[name] = {Kind::other, false, true, false, false, 0};
    }
    for (const char* name : {"iframe", "object", "embed"}) t[name] = {Kind::embed, false, true, false, false, 0};
    for (const char* name : {"br", "tr", "header", "hr", "caption", "details", "summary", "body", "center"}) {
      t[name] = {Kind::other, true, false, false, false, 0};
    }
    t["p"] = {Kind::p, true, false, true, false, 0};
    t["div"] = {Kind::div, true, false, true, true, 5};
    t["article"] = {Kind::div, true, false, true, false, 0};
    t["main"] = {Kind::div, true, false, true, false, 0};
    t["section"] = {Kind::div, true, false, true, true, 0};
    t["pre"] = {Kind::other, true, false, true, false, 3};
    t["td"] = {Kind::other, true, false, true, false, 3};
    t["blockquote"] = {Kind::other, true, false, false, false, 3};
    for (const char* name : {"address", "dl", "dd", "dt"}) t[name] = {Kind::other, true, false, false, false, -3};
    t["ul"] = {Kind::list, true, false, false, true, -3};
    t["ol"] = {Kind::list, true, false, false, true, -3};
    t["li"] = {Kind::li, true, false, false, false, -3};
    t["form"] = {Kind::form, true, false, false, true, -3};
    t["fieldset"] = {Kind::form, true, false, false, true, 0};
    t["table"] = {Kind::table, true, false, false, true, 0};
    t["th"] = {Kind::other, true, false, false, false, -5};
    t["h1"] = {Kind::heading, true, false, false, false, -5};
    for (const char* name : {"h2", "h3", "h4", "h5", "h6"}) t[name] = {Kind::heading, true, false, true, false, -5};
    t["figure"] = {Kind::figure, true, false, false, false, 0};
    t["a"] = {Kind::a, false, false, false, false, 0};
    t["img"] = {Kind::img, false, false, false, false, 0};
    t["input"] = {Kind::input, false, false, false, false, 0};
    return t;
  }();
  static const TagInfo none;
  if (!node->name) return none;
  const auto it = tags.find(reinterpret_cast<const char*>(node->name));
  return it == tags.end() ? none : it->second;
}

// What an element is, whatever the attempt: computed once per page.
struct Element {
  xmlNode* node = nullptr;
  int parent = -1;
  int nearest_block = -1;  // itself when a block
  const TagInfo* tag = nullptr;
  bool hidden = false;     // hidden, aria-hidden, display:none, or a furniture role
  bool unlikely = false;   // furniture by its class or id, and nothing says otherwise
  bool byline = false;     // marked as the author line
  bool in_link = false, in_heading = false, in_figure = false;
  int class_weight = 0;
};

struct Counts {
  std::size_t chars = 0, link_chars = 0, heading_chars = 0, commas = 0;
  std::size_t inline_chars = 0, inline_commas = 0;  // text not inside a child block
  int paragraphs = 0, images = 0, list_items = 0, inputs = 0, embeds = 0, element_children = 0;
};

int index_of(const xmlNode* node) {
  return static_cast<int>(reinterpret_cast<std::intptr_t>(node->_private)) - 1;
}

// Which signals of page-structure-words.tsv the class and id words carry.
struct Signals {
  bool content = false, boilerplate = false, unlikely = false, keep = false, byline = false;
};

struct StructureWord {
  std::string word;  // ASCII, lower case
  std::string signal;
};

// The list as ASCII strings, once per lexicon: class and id words are compared as bytes.
const std::vector<StructureWord>& structure_word_rows() {
  static const knowledge::PerLexicon<std::vector<StructureWord>> rows([](const knowledge::Lexicon& lexicon) {
    std::vector<StructureWord> out;
    const auto& list = lexicon.list(structure_words.id());
    for (const auto& row : list.rows()) {
      out.push_back({std::string(row.word.begin(), row.word.end()), row.values[structure_words.signal.index]});
    }
    return out;
  });
  return rows.get();
}

Signals signals_of(const std::string& words) {
  Signals s;
  if (words.empty()) return s;
  for (const auto& [word, signal] : structure_word_rows()) {
    if (words.find(word) == std::string::npos) continue;
    s.content |= signal == "content";
    s.boilerplate |= signal == "boilerplate" || signal == "unlikely";
    s.unlikely |= signal == "unlikely";
    s.keep |= signal == "keep" || signal == "content";
    s.byline |= signal == "byline";
  }
  return s;
}

int weight_of(const Signals& s) {
  return (s.content ? class_weight_step : 0) - (s.boilerplate ? class_weight_step : 0);
}

// class_words: the element's class attribute in lower case.
bool is_hidden(const xmlNode* node, const std::string& class_words) {
  if (has_attribute(node, "hidden")) return true;
  if (lower(attribute(node, "aria-hidden")) == "true" && class_words.find("fallback-image") == std::string::npos) {
    return true;
  }
  std::string style = lower(attribute(node, "style"));
  style.erase(std::remove_if(style.begin(), style.end(), [](char c) { return c == ' ' || c == '\t'; }), style.end());
  if (style.find("display:none") != std::string::npos || style.find("visibility:hidden") != std::string::npos) {
    return true;
  }
  const std::string role = lower(attribute(node, "role"));
  return !role.empty() && furniture_roles->contains(std::u32string(role.begin(), role.end()));
}

std::vector<Element> index_elements(xmlNode* root) {
  std::vector<Element> elements;
  walk(
      root,
      [&](xmlNode* node) {
        if (!is_element(node)) return false;
        Element e;
        e.node = node;
        e.tag = &tag_info(node);
        const bool has_parent = node != root && node->parent && is_element(node->parent);
        e.parent = has_parent ? index_of(node->parent) : -1;
        const Element* p = e.parent >= 0 ? &elements[static_cast<std::size_t>(e.parent)] : nullptr;
        e.nearest_block = e.tag->block ? static_cast<int>(elements.size()) : p ? p->nearest_block : -1;
        e.in_link = e.tag->kind == Kind::a || (p && p->in_link);
        e.in_heading = e.tag->kind == Kind::heading || (p && p->in_heading);
        e.in_figure = e.tag->kind == Kind::figure || (p && p->in_figure);
        const std::string class_words = lower(attribute(node, "class"));
        e.hidden = is_hidden(node, class_words);
        const Signals by_class = signals_of(class_words);
        const Signals by_id = signals_of(lower(attribute(node, "id")));
        e.class_weight = weight_of(by_class) + weight_of(by_id);
        const bool protected_tag = node == root || e.tag->kind == Kind::a ||
                                   name_is(node, "article") || name_is(node, "main");
        e.unlikely = !protected_tag && (by_class.unlikely || by_id.unlikely) && !by_class.keep && !by_id.keep;
        e.byline = lower(attribute(node, "rel")) == "author" ||
                   lower(attribute(node, "itemprop")).find("author") != std::string::npos ||
                   by_class.byline || by_id.byline;
        node->_private = reinterpret_cast<void*>(static_cast<std::intptr_t>(elements.size() + 1));
        elements.push_back(e);
        return true;
      },
      [](xmlNode*) {});
  return elements;
}

// Text length with white space runs counted once, in code points, and commas of any script.
void measure(const xmlChar* text, std::size_t& chars, std::size_t& commas) {
  bool space = false;
  for (const xmlChar* c = text; *c; ++c) {
    if ((*c & 0xC0) == 0x80) continue;
    if (is_html_space(*c)) {
      if (!space) ++chars;
      space = true;
      continue;
    }
    space = false;
    ++chars;
    if (*c == ',') ++commas;
    if (c[0] == 0xD8 && c[1] == 0x8C) ++commas;                   // U+060C Arabic comma
    if (c[0] == 0xEF && c[1] == 0xBC && c[2] == 0x8C) ++commas;   // U+FF0C fullwidth comma
  }
}

class TextBlockCollector {
 public:
  void add_text(std::string_view text) {
    for (char c : text) {
      if (is_html_space(static_cast<unsigned char>(c))) {
        pending_space_ = !line_.empty();
      } else {
        if (pending_space_) line_ += ' ';
        pending_space_ = false;
        line_ += c;
      }
    }
  }
  void break_block() {
    if (!line_.empty()) {
      if (!text_.empty()) text_ += "\n\n";
      text_ += line_;
    }
    line_.clear();
    pending_space_ = false;
  }
  std::string take() {
    break_block();
    return std::move(text_);
  }

 private:
  std::string text_;
  std::string line_;
  bool pending_space_ = false;
};

struct Flags {
  bool strip_unlikely = true, weight_classes = true, clean_conditionally = true;
};

// One try at finding the article with the given cuts (Readability's grabArticle).
class Attempt {
 public:
  Attempt(xmlNode* root, const std::vector<Element>& elements, std::string_view headline, Flags flags)
      : root_(root), elements_(elements), headline_(headline), flags_(flags), dropped_(elements.size(), 0),
        counts_(elements.size()), score_(elements.size(), 0.0), scored_(elements.size(), 0) {}

  MainContent run() {
    count();
    score_paragraphs();
    chosen_ = choose_blocks();
    if (const int heading = headline_heading(chosen_); heading >= 0) chosen_.insert(chosen_.begin(), heading);
    return content_of(chosen_);
  }

  // The same blocks without the cleaning: counts, scores and the choice do not depend on it.
  MainContent run_again_without_cleaning() {
    flags_.clean_conditionally = false;
    return content_of(chosen_);
  }

  std::size_t page_chars() const { return counts_.empty() ? 0 : counts_[0].chars; }

  MainContent whole_page() {
    flags_.clean_conditionally = false;
    return content_of({0});
  }

 private:
  const Element& at(int i) const { return elements_[static_cast<std::size_t>(i)]; }
  Counts& counts(int i) { return counts_[static_cast<std::size_t>(i)]; }

  bool drop_on_entry(int i) {
    const Element& e = at(i);
    if (e.tag->skipped || e.hidden) return true;
    if (flags_.strip_unlikely && e.unlikely) return true;
    if (e.byline && bylines_.empty()) {
      std::string text = collapse_spaces(text_content(e.node));
      if (!text.empty() && text.size() < max_byline_chars) {
        bylines_.push_back(std::move(text));
        return true;
      }
    }
    return false;
  }

  // Text lengths, links, commas and element counts of every subtree, in one walk.
  void count() {
    walk(
        root_,
        [&](xmlNode* node) {
          if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) {
            if (!node->content || !node->parent || !is_element(node->parent)) return false;
            const int owner = index_of(node->parent);
            if (owner < 0) return false;
            std::size_t chars = 0, commas = 0;
            measure(node->content, chars, commas);
            Counts& c = counts(owner);
            c.chars += chars;
            c.commas += commas;
            if (at(owner).in_link) c.link_chars += chars;
            if (at(owner).in_heading) c.heading_chars += chars;
            if (const int block = at(owner).nearest_block; block >= 0) {
              counts(block).inline_chars += chars;
              counts(block).inline_commas += commas;
            }
            return false;
          }
          if (!is_element(node)) return false;
          const int i = index_of(node);
          const Element& e = at(i);
          if (e.tag->kind == Kind::embed && e.parent >= 0) counts(e.parent).embeds++;
          if (drop_on_entry(i)) {
            dropped_[static_cast<std::size_t>(i)] = 1;
            return false;
          }
          Counts& c = counts(i);
          c.paragraphs = e.tag->kind == Kind::p;
          c.images = e.tag->kind == Kind::img;
          c.list_items = e.tag->kind == Kind::li;
          c.inputs = e.tag->kind == Kind::input;
          return true;
        },
        [&](xmlNode* node) {
          if (!is_element(node)) return;
          const int i = index_of(node);
          if (i < 0 || dropped_[static_cast<std::size_t>(i)] || at(i).parent < 0) return;
          Counts& c = counts(i);
          Counts& p = counts(at(i).parent);
          p.chars += c.chars;
          p.link_chars += c.link_chars;
          p.heading_chars += c.heading_chars;
          p.commas += c.commas;
          p.paragraphs += c.paragraphs;
          p.images += c.images;
          p.list_items += c.list_items;
          p.inputs += c.inputs;
          p.embeds += c.embeds;
          p.element_children++;
        });
  }

  double link_density(int i) {
    const Counts& c = counts(i);
    return c.chars == 0 ? 0.0 : static_cast<double>(c.link_chars) / static_cast<double>(c.chars);
  }

  void initialize(int i) {
    if (scored_[static_cast<std::size_t>(i)]) return;
    scored_[static_cast<std::size_t>(i)] = 1;
    score_[static_cast<std::size_t>(i)] =
        at(i).tag->initial_score + (flags_.weight_classes ? at(i).class_weight : 0);
  }

  // Each paragraph gives its parent its score, its grandparent half, and further ancestors less.
  void score_paragraphs() {
    for (int i = 0; i < static_cast<int>(elements_.size()); ++i) {
      if (dropped_[static_cast<std::size_t>(i)] || !at(i).tag->scorable) continue;
      const Counts& c = counts(i);
      if (c.inline_chars < min_paragraph_chars) continue;
      const double score = 1.0 + static_cast<double>(c.inline_commas) +
                           static_cast<double>(std::min<std::size_t>(c.inline_chars / 100, 3));
      int ancestor = at(i).parent;
      for (int level = 0; ancestor >= 0 && level < scored_ancestor_levels; ++level) {
        initialize(ancestor);
        const double divider = level == 0 ? 1.0 : level == 1 ? 2.0 : level * 3.0;
        score_[static_cast<std::size_t>(ancestor)] += score / divider;
        ancestor = at(ancestor).parent;
      }
    }
  }

  double final_score(int i) {
    return score_[static_cast<std::size_t>(i)] * (1.0 - link_density(i));
  }

  std::vector<int> choose_blocks() {
    // The five best candidates, best first (the first in the page wins a tie).
    std::vector<int> top;
    for (int i = 0; i < static_cast<int>(elements_.size()); ++i) {
      if (!scored_[static_cast<std::size_t>(i)]) continue;
      const double s = final_score(i);
      auto at_rank = std::find_if(top.begin(), top.end(), [&](int t) { return final_score(t) < s; });
      top.insert(at_rank, i);
      if (top.size() > 5) top.pop_back();
    }
    if (top.empty() || top.front() == 0) return {0};
    int best = top.front();
    best = common_ancestor_of_close_candidates(top, best);
    best = better_parent(best);
    while (best != 0 && at(best).parent > 0 && counts(at(best).parent).element_children == 1) {
      best = at(best).parent;
    }
    if (best == 0) return {0};
    initialize(best);
    return with_siblings(best);
  }

  // When three or more other candidates score close to the best and share an ancestor with
  // it, the article is that ancestor (its paragraphs are split over several blocks).
  int common_ancestor_of_close_candidates(const std::vector<int>& top, int best) {
    std::vector<int> close;
    for (std::size_t k = 1; k < top.size(); ++k) {
      if (final_score(top[k]) >= 0.75 * final_score(best)) close.push_back(top[k]);
    }
    if (close.size() < 3) return best;
    std::unordered_map<int, int> lists_holding;
    for (int candidate : close) {
      for (int a = at(candidate).parent; a >= 0; a = at(a).parent) lists_holding[a]++;
    }
    for (int a = at(best).parent; a > 0; a = at(a).parent) {
      if (lists_holding[a] >= 3) {
        initialize(a);
        return a;
      }
    }
    return best;
  }

  // A parent scoring higher than the block is the article; climbing stops when scores fall
  // below a third of the block's.
  int better_parent(int best) {
    double last = final_score(best);
    const double threshold = last / 3;
    for (int p = at(best).parent; p > 0; p = at(p).parent) {
      if (!scored_[static_cast<std::size_t>(p)]) continue;
      const double s = final_score(p);
      if (s < threshold) break;
      if (s > last) return p;
      last = s;
    }
    return best;
  }

  bool ends_like_prose(xmlNode* node) {
    const std::string text = collapse_spaces(text_content(node));
    return !text.empty() && (text.back() == '.' || text.find(". ") != std::string::npos);
  }

  std::vector<int> with_siblings(int best) {
    const double threshold = std::max(10.0, final_score(best) * 0.2);
    const std::string best_class = attribute(at(best).node, "class");
    std::vector<int> chosen;
    for (xmlNode* child = at(at(best).parent).node->children; child; child = child->next) {
      if (!is_element(child)) continue;
      const int i = index_of(child);
      if (i < 0 || dropped_[static_cast<std::size_t>(i)]) continue;
      if (i == best) {
        chosen.push_back(i);
        continue;
      }
      double bonus = 0;
      if (!best_class.empty() && attribute(child, "class") == best_class) bonus = final_score(best) * 0.2;
      if (scored_[static_cast<std::size_t>(i)] && final_score(i) + bonus >= threshold) {
        chosen.push_back(i);
      } else if (at(i).tag->kind == Kind::p) {
        const std::size_t chars = counts(i).chars;
        const double density = link_density(i);
        if ((chars > 80 && density < 0.25) ||
            (chars > 0 && chars <= 80 && density == 0 && ends_like_prose(child))) {
          chosen.push_back(i);
        }
      }
    }
    return chosen;
  }

  // The h1 or h2 before the article's blocks that prints the headline, or -1 when the blocks
  // hold it already or no heading prints it. Only the page's first headings are looked at.
  int headline_heading(const std::vector<int>& chosen) {
    if (headline_.empty() || chosen.empty() || chosen.front() == 0) return -1;
    constexpr int headings_looked_at = 20;
    int looked_at = 0;
    for (int i = 0; i < chosen.front() && looked_at < headings_looked_at; ++i) {
      if (dropped_[static_cast<std::size_t>(i)] || !(name_is(at(i).node, "h1") || name_is(at(i).node, "h2"))) continue;
      ++looked_at;
      bool kept = true, inside = false;
      for (int a = i; a >= 0; a = at(a).parent) {
        kept = kept && !dropped_[static_cast<std::size_t>(a)];
        inside = inside || std::find(chosen.begin(), chosen.end(), a) != chosen.end();
      }
      if (!kept || inside) continue;
      const std::string text = collapse_spaces(text_content(at(i).node));
      if (text_similarity(text, headline_) > 0.75 && text_similarity(headline_, text) > 0.75) return i;
    }
    return -1;
  }

  // Readability's cleanConditionally: a list, table, form or division inside the article that
  // looks like furniture (links, images, inputs, little prose) is left out.
  bool looks_like_furniture(int i) {
    const Element& e = at(i);
    const Counts& c = counts(i);
    const int weight = flags_.weight_classes ? e.class_weight : 0;
    const double score = scored_[static_cast<std::size_t>(i)] ? score_[static_cast<std::size_t>(i)] : 0.0;
    if (weight + score < 0) return true;
    if (c.commas >= 10) return false;
    const bool is_list = e.tag->kind == Kind::list;
    const int paragraphs = c.paragraphs, images = c.images, inputs = c.inputs;
    const int list_items = c.list_items - 100;
    const double density = link_density(i);
    const double heading_density = c.chars == 0 ? 0.0 : static_cast<double>(c.heading_chars) / static_cast<double>(c.chars);
    if (images > 1 && static_cast<double>(paragraphs) / images < 0.5 && !e.in_figure) return true;
    if (!is_list && list_items > paragraphs) return true;
    if (inputs > paragraphs / 3) return true;
    if (!is_list && heading_density < 0.9 && c.chars < min_paragraph_chars && (images == 0 || images > 2) &&
        !e.in_figure) {
      return true;
    }
    if (!is_list && weight < class_weight_step && density > 0.2) return true;
    if (weight >= class_weight_step && density > 0.5) return true;
    if ((c.embeds == 1 && c.chars < 75) || c.embeds > 1) return true;
    return false;
  }

  MainContent content_of(const std::vector<int>& chosen) {
    MainContent content;
    content.text = text_of(chosen);
    content.bylines = bylines_;
    return content;
  }

  std::string text_of(const std::vector<int>& chosen) {
    TextBlockCollector blocks;
    for (int root : chosen) {
      walk(
          at(root).node,
          [&](xmlNode* node) {
            if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) {
              if (node->content) blocks.add_text(reinterpret_cast<const char*>(node->content));
              return false;
            }
            if (!is_element(node)) return false;
            const int i = index_of(node);
            if (i < 0 || dropped_[static_cast<std::size_t>(i)]) return false;
            if (flags_.clean_conditionally && i != root && at(i).tag->cleanable && looks_like_furniture(i)) {
              return false;
            }
            if (at(i).tag->block) blocks.break_block();
            return true;
          },
          [&](xmlNode* node) {
            if (is_element(node) && at(index_of(node)).tag->block) blocks.break_block();
          });
      blocks.break_block();
    }
    return blocks.take();
  }

  xmlNode* root_;
  const std::vector<Element>& elements_;
  std::string_view headline_;
  Flags flags_;
  std::vector<char> dropped_;
  std::vector<Counts> counts_;
  std::vector<double> score_;
  std::vector<char> scored_;
  std::vector<std::string> bylines_;
  std::vector<int> chosen_;
};

}  // namespace

MainContent read_main_content(xmlNode* root, std::string_view headline) {
  if (!root) return {};
  const std::vector<Element> elements = index_elements(root);
  if (elements.empty()) return {};
  // Readability's retries: each drops one cut, and the longest result wins if none is long.
  // The last retry drops only the cleaning, so it re-reads the blocks the third one chose.
  constexpr std::array<Flags, 3> attempts{Flags{true, true, true}, Flags{false, true, true},
                                          Flags{false, false, true}};
  MainContent longest;
  for (std::size_t k = 0; k < attempts.size(); ++k) {
    Attempt attempt(root, elements, headline, attempts[k]);
    MainContent content = attempt.run();
    if (content.text.size() >= min_article_chars) return content;
    if (content.text.size() > longest.text.size() || k == 0) longest = std::move(content);
    if (k + 1 < attempts.size()) continue;
    content = attempt.run_again_without_cleaning();
    if (content.text.size() >= min_article_chars) return content;
    if (attempt.page_chars() < snippet_chars) return attempt.whole_page();
    if (content.text.size() > longest.text.size()) longest = std::move(content);
  }
  return longest;
}

}  // namespace parley::parsers::html
