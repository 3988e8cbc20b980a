#include "publish/entity_page.hpp"

#include <algorithm>
#include <sstream>

#include "ontology/dip_terms.hpp"
#include "publish/timeline_chart.hpp"
#include "rdf/vocabulary.hpp"

namespace parley::publish {

namespace {


// The properties that name a thing, in the order a name is looked for.
constexpr std::string_view naming_properties[] = {
    vocab::rdfs::label, vocab::schema::headline, vocab::schema::name,
    vocab::schema::text, vocab::nif::anchorOf};

// Headings for what links to a page, by the linking property, in the order the page shows
// them; others come after, named by the property.
const std::vector<std::pair<std::string_view, std::string_view>> link_headings = {
    {vocab::sem::hasActor, "Meetings taken part in"},
    {ontology::dip::hostedBy, "Meetings hosted"},
    {ontology::dip::delegationHead, "Delegations led"},
    {vocab::schema::creator, "Quotes"},
    {vocab::schema::mentions, "Articles that mention it"},
    {vocab::schema::location, "Meetings held here"},
    {vocab::schema::publisher, "Articles published"},
    {vocab::schema::affiliation, "Persons affiliated"},
    {vocab::schema::containedInPlace, "Places within it"},
};

std::string fragment_of(std::string_view iri) {
  const auto hash = iri.find('#');
  return hash == std::string_view::npos ? std::string() : std::string(iri.substr(hash + 1));
}

class PageWriter {
 public:
  PageWriter(const SiteContext& site, const Document& doc, const std::vector<Count>& left_out)
      : site_(site), doc_(doc), left_out_(left_out), path_(site.path_of(doc.iri)) {}

  std::string write(const std::vector<rdf::Statement>& links_in, std::string_view jsonld) {
    const std::string title = site_.label_of(doc_.iri);
    const std::string leaf = path_.substr(path_.rfind('/') + 1);
    std::string head = "<link rel=\"alternate\" type=\"text/turtle\" href=\"" + html_escaped(leaf) + ".ttl\">\n";
    head += "<link rel=\"alternate\" type=\"application/ld+json\" href=\"" + html_escaped(leaf) + ".jsonld\">\n";
    head += "<script type=\"application/ld+json\">\n" + script_safe(jsonld) + "</script>\n";
    out_ << page_head(site_, path_, title + " – " + site_.title, head);
    out_ << "<main>\n<h1>" << html_escaped(title) << "</h1>\n";
    out_ << "<p class=\"iri\"><code>" << html_escaped(doc_.iri) << "</code> · <a href=\"" << html_escaped(leaf)
         << ".ttl\">Turtle</a> · <a href=\"" << html_escaped(leaf) << ".jsonld\">JSON-LD</a></p>\n";
    write_meetings_over_time();
    write_subjects();
    write_links_in(links_in);
    out_ << "</main>\n" << page_foot();
    return std::move(out_).str();
  }

 private:
  // JSON inside <script>: "</" would end the element, so its slash is escaped (JSON allows "\/").
  static std::string script_safe(std::string_view json) {
    std::string out;
    for (std::size_t i = 0; i < json.size(); ++i) {
      out.push_back(json[i]);
      if (json[i] == '<' && i + 1 < json.size() && json[i + 1] == '/') out.push_back('\\');
    }
    return out;
  }

  void write_value(const rdf::Term& value) {
    if (value.is_iri()) {
      const std::string shown = site_.path_of(value.value).empty() ? site_.names.compact(value.value)
                                                                  : site_.label_of(value.value);
      out_ << "<a href=\"" << html_escaped(site_.href(path_, value.value)) << "\">" << html_escaped(shown) << "</a>";
    } else if (value.is_literal()) {
      out_ << "<span class=\"literal\">" << html_escaped(value.value) << "</span>";
      if (!value.language.empty()) out_ << " <small class=\"lang\">@" << html_escaped(value.language) << "</small>";
      if (!value.datatype.empty() && !rdf::is_plain_datatype(value)) {
        out_ << " <small class=\"datatype\">" << html_escaped(site_.names.compact(value.datatype)) << "</small>";
      }
    } else {
      out_ << "<code>_:" << html_escaped(value.value) << "</code>";
    }
  }

  // A country's or a person's meetings per year, and per month over the dataset's last two years.
  void write_meetings_over_time() {
    if (!charts_meetings(doc_) || !site_.index) return;
    std::vector<std::string> dates;
    if (!site_.index->meeting_dates_of(doc_.iri, dates).ok() || dates.empty()) return;
    const std::string per_year = bar_chart_svg(meetings_per_year(dates), "Meetings per year");
    const std::string per_month = bar_chart_svg(meetings_per_month(dates, site_.latest_meeting_date),
                                                "Meetings per month, the last two years");
    out_ << "<section class=\"meetings-over-time\">\n<h2>Meetings per year</h2>\n<div id=\"meetings-per-year\">\n"
         << per_year << "</div>\n";
    if (!per_month.empty()) {
      out_ << "<h2>Meetings per month, the last two years</h2>\n<div id=\"meetings-per-month\">\n" << per_month << "</div>\n";
    }
    out_ << "</section>\n";
  }

  // One table per subject: the document itself first, then each fragment (#quote-1) it holds.
  void write_subjects() {
    std::size_t i = 0;
    const auto& sts = doc_.statements;
    std::vector<std::pair<std::size_t, std::size_t>> runs;  // [begin, end) per subject
    while (i < sts.size()) {
      std::size_t j = i;
      while (j < sts.size() && sts[j].subject.value == sts[i].subject.value) ++j;
      runs.emplace_back(i, j);
      i = j;
    }
    for (int pass = 0; pass < 2; ++pass) {
      for (auto [begin, end] : runs) {
        const bool main_subject = sts[begin].subject.value == doc_.iri;
        if (main_subject != (pass == 0)) continue;
        write_subject(begin, end, main_subject);
      }
    }
  }

  void write_subject(std::size_t begin, std::size_t end, bool main_subject) {
    const auto& sts = doc_.statements;
    const std::string& subject = sts[begin].subject.value;
    if (main_subject) {
      out_ << "<section id=\"about\">\n<h2>About</h2>\n";
    } else {
      out_ << "<section id=\"" << html_escaped(fragment_of(subject)) << "\">\n<h2>"
           << html_escaped(site_.label_of(subject)) << " <small><code>#" << html_escaped(fragment_of(subject))
           << "</code></small></h2>\n";
    }
    out_ << "<table class=\"statements\">\n";
    for (std::size_t k = begin; k < end;) {
      // One row per property, its values in order.
      const std::string& p = sts[k].predicate.value;
      out_ << "<tr><th><a href=\"" << html_escaped(p) << "\">" << html_escaped(site_.names.compact(p))
           << "</a></th><td>";
      bool first = true;
      for (; k < end && sts[k].predicate.value == p; ++k) {
        if (!first) out_ << "<br>";
        first = false;
        if (p == vocab::rdf::type && sts[k].object.is_iri()) {
          out_ << "<a class=\"type\" href=\"" << html_escaped(sts[k].object.value) << "\">"
               << html_escaped(site_.names.compact(sts[k].object.value)) << "</a>";
        } else {
          write_value(sts[k].object);
        }
      }
      out_ << "</td></tr>\n";
    }
    out_ << "</table>\n</section>\n";
  }

  static std::size_t heading_rank(std::string_view p) {
    for (std::size_t i = 0; i < link_headings.size(); ++i) {
      if (link_headings[i].first == p) return i;
    }
    return link_headings.size();
  }

  void write_links_in(std::vector<rdf::Statement> links) {
    // Grouped by property (they come sorted by it), the groups in the headings' order.
    std::stable_sort(links.begin(), links.end(), [](const rdf::Statement& a, const rdf::Statement& b) {
      return heading_rank(a.predicate.value) < heading_rank(b.predicate.value);
    });
    for (std::size_t k = 0; k < links.size();) {
      const std::string& p = links[k].predicate.value;
      const std::size_t rank = heading_rank(p);
      out_ << "<section class=\"links-in\">\n<h2>"
           << html_escaped(rank < link_headings.size() ? std::string(link_headings[rank].second)
                                                       : "Linked by " + site_.names.compact(p))
           << "</h2>\n<ul>\n";
      for (; k < links.size() && links[k].predicate.value == p; ++k) {
        const std::string& s = links[k].subject.value;
        out_ << "<li><a href=\"" << html_escaped(site_.href(path_, s)) << "\">" << html_escaped(site_.label_of(s))
             << "</a>";
        // Where the quote or span sits, and when the meeting or article was.
        if (s.find('#') != std::string::npos) {
          const std::string article = document_of(s);
          out_ << " <small>in <a href=\"" << html_escaped(site_.href(path_, article)) << "\">"
               << html_escaped(site_.label_of(article)) << "</a></small>";
        }
        for (std::string_view date : {vocab::schema::startDate, vocab::schema::datePublished}) {
          const std::string when = site_.index->value_of(s, date);
          if (!when.empty()) out_ << " <time>" << html_escaped(when) << "</time>";
        }
        out_ << "</li>\n";
      }
      out_ << "</ul>\n";
      for (const auto& more : left_out_) {
        if (more.iri == p) {
          out_ << "<p class=\"more\">and " << thousands(more.n) << " more, in the <a href=\""
               << html_escaped(relative_url(path_, "index.html")) << "#dumps\">dumps</a></p>\n";
        }
      }
      out_ << "</section>\n";
    }
  }

  const SiteContext& site_;
  const Document& doc_;
  const std::vector<Count>& left_out_;
  std::string path_;
  std::ostringstream out_;
};

}  // namespace

bool charts_meetings(const Document& document) {
  return std::any_of(document.statements.begin(), document.statements.end(), [&](const rdf::Statement& st) {
    return st.subject.value == document.iri && st.predicate.value == vocab::rdf::type &&
           (st.object.value == ontology::dip::Country || st.object.value == ontology::dip::Person);
  });
}

std::string entity_page_html(const SiteContext& site, const Document& document,
                             const std::vector<rdf::Statement>& links_in, const std::vector<Count>& left_out,
                             std::string_view jsonld) {
  return PageWriter(site, document, left_out).write(links_in, jsonld);
}

std::string SiteContext::path_of(std::string_view iri) const {
  if (iri.size() < site.size() || iri.compare(0, site.size(), site) != 0) return {};
  return std::string(iri.substr(site.size()));
}

std::string SiteContext::href(std::string_view page_path, std::string_view iri) const {
  const std::string path = path_of(iri);
  return path.empty() ? std::string(iri) : relative_url(page_path, path);
}

std::string SiteContext::label_of(const std::string& iri) const {
  for (std::string_view p : naming_properties) {
    std::string value = index->value_of(iri, p);
    if (!value.empty()) return value;
  }
  return names.compact(iri);
}

std::string page_head(const SiteContext& site, std::string_view page_path, std::string_view title,
                      std::string_view extra_head) {
  std::string out = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n";
  out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
  out += "<title>" + html_escaped(title) + "</title>\n";
  out += "<link rel=\"stylesheet\" href=\"" + html_escaped(relative_url(page_path, "style.css")) + "\">\n";
  out.append(extra_head);
  out += "</head>\n<body>\n<nav><a href=\"" + html_escaped(relative_url(page_path, "")) + "\">" +
         html_escaped(site.title) + "</a></nav>\n";
  return out;
}

std::string page_foot() {
  return "<footer>Made with <a href=\"https://w3id.org/parley/diplomacy\">parley</a>.</footer>\n</body>\n</html>\n";
}

}  // namespace parley::publish
