#pragma once
// For the meeting stages' unit tests: an article written by hand, its sentences split at ". " and ".\n",
// its entities marked wherever their surface form occurs, and reports and time expressions
// placed on the words named, without the text stages that find them in real articles.
#include <optional>
#include <string>
#include <vector>

#include "model/article.hpp"
#include "model/text.hpp"

namespace parley::resolve::testing {

inline std::u32string ascii(const std::string& s) { return std::u32string(s.begin(), s.end()); }

struct ArticleFixture {
  model::Article article;
  std::vector<model::Sentence> sentences;
  std::vector<model::QuoteCandidate> quotes;
  std::vector<model::TemporalExpression> times;

  ArticleFixture(const std::string& text, std::optional<model::CalendarDate> published) {
    article.text = ascii(text);
    article.published = published;
    std::size_t begin = 0;
    while (begin < text.size()) {
      std::size_t end = std::min(text.find(". ", begin), text.find(".\n", begin));
      end = end == std::string::npos ? text.size() : end + 1;
      sentences.push_back({{begin, end}, 0, 0, model::BlockRole::body});
      begin = end;
      while (begin < text.size() && (text[begin] == ' ' || text[begin] == '\n')) ++begin;  // and paragraphs' ends
    }
  }

  // An entity mentioned wherever its surface form occurs.
  void entity(model::EntityKind kind, const std::string& key, const std::string& surface,
              const std::string& link = "", const std::string& geonames = "") {
    model::Entity e;
    e.kind = kind;
    e.key = key;
    e.label = surface;
    if (kind == model::EntityKind::person) e.affiliation = link;
    if (kind == model::EntityKind::place) e.contained_in = link;
    e.geonames = geonames;
    const std::u32string s = ascii(surface);
    for (auto at = article.text.find(s); at != std::u32string::npos; at = article.text.find(s, at + 1)) {
      e.mentions.push_back({at, at + s.size()});
    }
    article.entities.push_back(e);
  }

  model::TextSpan span_of(const std::string& words, std::size_t sentence) const {
    const auto at = article.text.find(ascii(words), sentences[sentence].span.begin);
    return {at, at + words.size()};
  }

  // A meeting report whose trigger is that word of that sentence.
  model::EventCandidate report(std::size_t sentence, const std::string& trigger, bool planned = false) const {
    model::EventCandidate c;
    c.sentence = sentence;
    c.trigger = span_of(trigger, sentence);
    c.kind = model::EventKind::Meeting;
    c.planned = planned;
    return c;
  }

  model::TemporalExpression& time(std::size_t sentence, const std::string& words, model::TemporalKind kind) {
    model::TemporalExpression e;
    e.span = span_of(words, sentence);
    e.kind = kind;
    e.sentence = sentence;
    times.push_back(e);
    return times.back();
  }
};

}  // namespace parley::resolve::testing
