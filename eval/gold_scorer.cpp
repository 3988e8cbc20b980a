#include "eval/gold_scorer.hpp"

#include <utf8proc.h>

#include <cstdlib>
#include <functional>
#include <memory>
#include <set>

#include "rdf/vocabulary.hpp"

namespace parley::eval {

namespace {

// The questions the scorer asks of an article's RDF, answered by the Sord model.
class Graph {
 public:
  explicit Graph(const RdfGraph& g) : g_(g) {}
  std::vector<std::string> objects(const std::string& s, std::string_view p) const { return g_.objects(s, std::string(p)); }
  std::vector<std::string> subjects_of_type(std::string_view t) const {
    return g_.subjects(std::string(vocab::rdf::type), std::string(t));
  }
  bool has_type(const std::string& s, std::string_view t) const {
    return g_.contains(s, std::string(vocab::rdf::type), std::string(t));
  }
  std::set<std::string> labels(const std::string& s) const {
    std::set<std::string> out;
    for (const auto& o : objects(s, vocab::rdfs::label)) out.insert(normalize_name(o));
    for (const auto& o : objects(s, vocab::skos::altLabel)) out.insert(normalize_name(o));
    return out;
  }
  std::string first_label(const std::string& s) const {
    auto l = objects(s, vocab::rdfs::label);
    return l.empty() ? s : l.front();
  }

 private:
  const RdfGraph& g_;
};

// Kuhn's augmenting paths: the size of a maximum one-to-one matching, and who matched whom.
std::vector<int> maximum_matching(std::size_t left, std::size_t right,
                                  const std::function<bool(std::size_t, std::size_t)>& edge) {
  std::vector<int> match_right(right, -1);
  for (std::size_t l = 0; l < left; ++l) {
    std::vector<bool> seen(right, false);
    std::function<bool(std::size_t)> augment = [&](std::size_t u) {
      for (std::size_t r = 0; r < right; ++r) {
        if (!edge(u, r) || seen[r]) continue;
        seen[r] = true;
        if (match_right[r] < 0 || augment(static_cast<std::size_t>(match_right[r]))) {
          match_right[r] = static_cast<int>(u);
          return true;
        }
      }
      return false;
    };
    augment(l);
  }
  return match_right;
}

struct Item {
  std::string display;
  std::set<std::string> names;
  std::vector<std::string> raw_labels = {};
};

// Returns the matching: for each gold item, the predicted one it matched, or -1.
std::vector<int> score_items(const std::string& kind, const std::string& article, const std::vector<Item>& predicted,
                             const std::vector<Item>& gold,
                             const std::function<bool(const Item&, const Item&)>& matches, Evaluation& out) {
  auto m = maximum_matching(predicted.size(), gold.size(),
                            [&](std::size_t p, std::size_t g) { return matches(predicted[p], gold[g]); });
  Score s;
  s.predicted = predicted.size();
  s.gold = gold.size();
  std::vector<bool> predicted_matched(predicted.size(), false);
  for (std::size_t g = 0; g < gold.size(); ++g) {
    if (m[g] >= 0) {
      ++s.true_positives;
      predicted_matched[static_cast<std::size_t>(m[g])] = true;
    } else {
      out.errors.push_back("FN " + kind + " " + article + ": " + gold[g].display);
    }
  }
  for (std::size_t p = 0; p < predicted.size(); ++p) {
    if (!predicted_matched[p]) out.errors.push_back("FP " + kind + " " + article + ": " + predicted[p].display);
  }
  out.scores[kind].add(s);
  return m;
}

bool share_a_name(const Item& a, const Item& b) {
  for (const auto& n : a.names) {
    if (b.names.count(n)) return true;
  }
  return false;
}

// Gold names of an entity by its name: the name and all its aliases.
std::set<std::string> gold_names(const nlohmann::json& gold, const std::string& name) {
  std::set<std::string> out{normalize_name(name)};
  for (const auto& e : gold["entities"]) {
    if (normalize_name(e["name"].get<std::string>()) != normalize_name(name)) continue;
    for (const auto& a : e["aliases"]) out.insert(normalize_name(a.get<std::string>()));
  }
  return out;
}

// "2007-07-24" agrees with "2007-07" and "2007"; no date agrees only with no date.
std::string shown_date(const std::string& d) { return d.empty() ? std::string("none") : d; }

bool dates_agree(const std::string& predicted, const std::string& gold) {
  if (predicted.empty() || gold.empty()) return predicted.empty() && gold.empty();
  return predicted.compare(0, gold.size(), gold) == 0;
}

// Meetings matched by participants alone, keeping every pair the dated matching made: how
// many meetings are found whatever their dates, and how many of those carry the right date.
void score_meetings_by_participants(const std::string& article, const std::vector<Item>& predicted,
                                    const std::vector<std::string>& predicted_dates, const std::vector<Item>& gold,
                                    const std::vector<std::string>& gold_dates, const std::vector<int>& dated,
                                    Evaluation& out) {
  // The dated pairs stay as they are; the rest are matched among themselves.
  std::vector<bool> predicted_dated(predicted.size(), false);
  for (int p : dated) {
    if (p >= 0) predicted_dated[static_cast<std::size_t>(p)] = true;
  }
  auto m = maximum_matching(predicted.size(), gold.size(), [&](std::size_t p, std::size_t g) {
    return dated[g] < 0 && !predicted_dated[p] && share_a_name(predicted[p], gold[g]);
  });
  for (std::size_t g = 0; g < gold.size(); ++g) {
    if (dated[g] >= 0) m[g] = dated[g];
  }
  Score s;
  s.predicted = predicted.size();
  s.gold = gold.size();
  for (std::size_t g = 0; g < gold.size(); ++g) {
    if (m[g] < 0) continue;
    ++s.true_positives;
    const auto p = static_cast<std::size_t>(m[g]);
    if (dates_agree(predicted_dates[p], gold_dates[g])) {
      ++out.meeting_dates_right;
    } else {
      out.errors.push_back("DATE Events " + article + ": " + gold[g].display + " dated " + shown_date(predicted_dates[p]) +
                           " as " + predicted[p].display);
    }
  }
  out.scores[undated_events_kind].add(s);
}

}  // namespace

std::string normalize_name(const std::string& name) {
  utf8proc_uint8_t* folded = nullptr;
  const auto len = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(name.data()),
                                static_cast<utf8proc_ssize_t>(name.size()), &folded,
                                static_cast<utf8proc_option_t>(UTF8PROC_COMPOSE | UTF8PROC_CASEFOLD));
  std::string text = len < 0 ? name : std::string(reinterpret_cast<const char*>(folded), static_cast<std::size_t>(len));
  std::free(folded);
  std::string out;
  bool space = false;
  for (std::size_t i = 0; i < text.size();) {
    utf8proc_int32_t cp = 0;
    auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(text.data() + i),
                              static_cast<utf8proc_ssize_t>(text.size() - i), &cp);
    if (n <= 0) n = 1, cp = ' ';
    const auto cat = utf8proc_category(cp);
    const bool letter_or_digit = (cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_LO) ||
                                 (cat >= UTF8PROC_CATEGORY_MN && cat <= UTF8PROC_CATEGORY_ME) ||
                                 (cat >= UTF8PROC_CATEGORY_ND && cat <= UTF8PROC_CATEGORY_NO);
    const bool separator = cp == '-' || cp == '_' || cp == 0x2010 || cp == 0x2011 ||
                           cat == UTF8PROC_CATEGORY_ZS || cp == '\t' || cp == '\n';
    if (letter_or_digit) {
      if (space && !out.empty()) out += ' ';
      space = false;
      out.append(text, i, static_cast<std::size_t>(n));
    } else if (separator) {
      space = true;
    }
    i += static_cast<std::size_t>(n);
  }
  return out;
}

void score_article(const std::string& name, const RdfGraph& graph,
                   const nlohmann::json& gold, const std::string& text, Evaluation& out) {
  const Graph g(graph);
  const auto articles = g.subjects_of_type(vocab::schema::NewsArticle);
  // Entities: only those the article links with schema:mentions count.
  std::map<std::string, std::vector<Item>> predicted, expected;
  for (const auto& article : articles) {
    for (const auto& o : g.objects(article, vocab::schema::mentions)) {
      std::string kind;
      if (g.has_type(o, vocab::schema::Person)) kind = "Person";
      else if (g.has_type(o, vocab::schema::Organization)) kind = "Organization";
      else if (g.has_type(o, vocab::schema::Country) || g.has_type(o, vocab::schema::Place)) kind = "Location";
      if (kind.empty()) continue;
      Item item{g.first_label(o), g.labels(o), {}};
      for (const auto& l : g.objects(o, vocab::rdfs::label)) item.raw_labels.push_back(l);
      for (const auto& l : g.objects(o, vocab::skos::altLabel)) item.raw_labels.push_back(l);
      predicted[kind].push_back(item);
    }
  }
  for (const auto& e : gold["entities"]) {
    const std::string type = e["type"].get<std::string>();
    const std::string kind = (type == "Country" || type == "Place") ? "Location" : type;
    Item item{e["name"].get<std::string>(), {normalize_name(e["name"].get<std::string>())}};
    for (const auto& a : e["aliases"]) item.names.insert(normalize_name(a.get<std::string>()));
    expected[kind].push_back(item);
  }
  for (const std::string kind : {"Person", "Organization", "Location"}) {
    score_items(kind, name, predicted[kind], expected[kind], share_a_name, out);
  }
  // Entities named only inside page furniture.
  std::string body = text;
  for (const auto& line : gold.value("boilerplate", nlohmann::json::array())) {
    const std::string b = line.get<std::string>();
    for (std::size_t at = body.find(b); at != std::string::npos; at = body.find(b, at)) body.replace(at, b.size(), "\n");
  }
  for (const auto& [kind, items] : predicted) {
    for (const auto& item : items) {
      bool in_body = false, in_text = false;
      for (const auto& l : item.raw_labels) {
        in_body = in_body || body.find(l) != std::string::npos;
        in_text = in_text || text.find(l) != std::string::npos;
      }
      if (!in_body && in_text) {
        ++out.furniture_entities;
        out.errors.push_back("FURNITURE " + kind + " " + name + ": " + item.display);
      }
    }
  }
  // The publication date: the same day, or none on both sides.
  std::string published;
  for (const auto& article : articles) {
    for (const auto& d : g.objects(article, vocab::schema::datePublished)) published = d.substr(0, 10);
  }
  const std::string gold_published = gold.value("published", nlohmann::json()).is_string() ? gold["published"].get<std::string>() : "";
  ++out.articles;
  if (published == gold_published) {
    ++out.publication_dates_right;
  } else {
    out.errors.push_back("PUBLISHED " + name + ": " + shown_date(gold_published) + " found as " + shown_date(published));
  }
  // Events: dates agree and at least one participant matches a gold country or person.
  std::vector<Item> predicted_events, gold_events;
  std::vector<std::string> predicted_dates, gold_dates;
  for (const auto& ev : g.subjects_of_type(vocab::schema::Event)) {
    Item item{g.first_label(ev), {}};
    for (const auto& actor : g.objects(ev, vocab::sem::hasActor)) {
      for (const auto& l : g.labels(actor)) item.names.insert(l);
    }
    auto dates = g.objects(ev, vocab::schema::startDate);
    predicted_dates.push_back(dates.empty() ? "" : dates.front());
    predicted_events.push_back(item);
  }
  for (const auto& ev : gold.value("events", nlohmann::json::array())) {
    Item item{ev.value("label", std::string("event")), {}};
    for (const std::string field : {"countries", "people"}) {
      for (const auto& n : ev.value(field, nlohmann::json::array())) {
        for (const auto& alias : gold_names(gold, n.get<std::string>())) item.names.insert(alias);
      }
    }
    gold_dates.push_back(ev["date"].is_null() ? "" : ev["date"].get<std::string>());
    item.display += " (" + gold_dates.back() + ")";
    gold_events.push_back(item);
  }
  const auto dated = score_items("Events", name, predicted_events, gold_events,
                                 [&](const Item& p, const Item& gi) {
                                   const std::size_t pi = static_cast<std::size_t>(&p - predicted_events.data());
                                   const std::size_t gj = static_cast<std::size_t>(&gi - gold_events.data());
                                   return dates_agree(predicted_dates[pi], gold_dates[gj]) && share_a_name(p, gi);
                                 },
                                 out);
  score_meetings_by_participants(name, predicted_events, predicted_dates, gold_events, gold_dates, dated, out);
  // Quotes: the creator matches the gold speaker and the text begins with the gold words.
  std::vector<Item> predicted_quotes, gold_quotes;
  for (const auto& q : g.subjects_of_type(vocab::schema::Quotation)) {
    Item item{"", {}};
    for (const auto& c : g.objects(q, vocab::schema::creator)) {
      for (const auto& l : g.labels(c)) item.names.insert(l);
    }
    auto texts = g.objects(q, vocab::schema::text);
    const std::string quote_text = texts.empty() ? "" : texts.front();
    item.display = normalize_name(quote_text);
    predicted_quotes.push_back(item);
  }
  for (const auto& q : gold.value("quotes", nlohmann::json::array())) {
    Item item{normalize_name(q["starts"].get<std::string>()), gold_names(gold, q["speaker"].get<std::string>())};
    gold_quotes.push_back(item);
  }
  score_items("Quotes", name, predicted_quotes, gold_quotes,
              [](const Item& p, const Item& gi) {
                return share_a_name(p, gi) && p.display.compare(0, gi.display.size(), gi.display) == 0;
              },
              out);
}

}  // namespace parley::eval
