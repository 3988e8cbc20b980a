#include "publish/site_assets.hpp"

#include <sstream>

#include "ontology/dip_terms.hpp"
#include "rdf/vocabulary.hpp"

namespace parley::publish {

namespace {

std::uint64_t entities_of(const Figures& figures, std::string_view cls) {
  for (const auto& c : figures.classes) {
    if (c.iri == cls) return c.n;
  }
  return 0;
}

}  // namespace

std::string timeline_item(const SiteContext& site, std::string_view page_path, const Meeting& meeting) {
  std::ostringstream out;
  out << "<li><time>" << html_escaped(meeting.date) << "</time> <a href=\""
      << html_escaped(site.href(page_path, meeting.iri)) << "\">"
      << html_escaped(meeting.label.empty() ? site.names.compact(meeting.iri) : meeting.label) << "</a></li>\n";
  return std::move(out).str();
}

std::string index_page_html(const IndexFacts& f) {
  const std::string page = "index.html";
  std::ostringstream out;
  out << page_head(f.site, page, f.site.title,
                   "<link rel=\"alternate\" type=\"text/turtle\" href=\"void.ttl\" title=\"VoID description\">\n");
  out << "<main>\n<h1>" << html_escaped(f.site.title) << "</h1>\n";
  out << "<section id=\"figures\">\n<h2>In figures</h2>\n<table class=\"figures\">\n";
  const std::pair<const char*, std::uint64_t> rows[] = {
      {"triples", f.figures.triples},
      {"entities", f.figures.entities},
      {"articles", entities_of(f.figures, vocab::schema::NewsArticle)},
      {"meetings", entities_of(f.figures, ontology::dip::Meeting)},
      {"persons", entities_of(f.figures, ontology::dip::Person)},
      {"organizations", entities_of(f.figures, ontology::dip::Organization)},
      {"countries", entities_of(f.figures, ontology::dip::Country)},
      {"places", entities_of(f.figures, ontology::dip::Place)},
      {"quotes", entities_of(f.figures, ontology::dip::Quote)},
  };
  for (const auto& [name, n] : rows) {
    out << "<tr id=\"count-" << name << "\"><th>" << name << "</th><td data-count=\"" << n << "\">"
        << thousands(n) << "</td></tr>\n";
  }
  out << "</table>\n<p>Described in <a href=\"void.ttl\">void.ttl</a> (VoID and DCAT).</p>\n</section>\n";

  out << "<section id=\"search-section\">\n<h2>Search</h2>\n"
         "<label for=\"search\">Names and headlines</label>\n"
         "<input id=\"search\" type=\"search\" autocomplete=\"off\" placeholder=\"a person, country, meeting…\">\n"
         "<ul id=\"results\"></ul>\n</section>\n";

  if (!f.svg.empty()) {
    out << "<section id=\"picture\">\n<h2>Who met whom</h2>\n<p>The busiest actors and the meetings at least two "
           "of them took part in (<a href=\"network.dot\">DOT</a>, <a href=\"network.svg\">SVG</a>).</p>\n"
           "<form id=\"network-filter\" class=\"filter\">\n"
           "<label for=\"network-country\">Country</label> <select id=\"network-country\"><option value=\"\">all</option></select>\n"
           "<label for=\"network-from\">from</label> <input id=\"network-from\" type=\"number\" inputmode=\"numeric\" size=\"5\">\n"
           "<label for=\"network-to\">to</label> <input id=\"network-to\" type=\"number\" inputmode=\"numeric\" size=\"5\">\n"
           "<output id=\"network-shown\"></output>\n</form>\n"
           "<figure id=\"network\">\n" << f.svg << "</figure>\n</section>\n";
  }

  if (!f.busiest_pairs.empty()) {
    out << "<section id=\"pairs\">\n<h2>Countries that met most</h2>\n<ol class=\"pairs\">\n";
    for (const auto& p : f.busiest_pairs) {
      out << "<li data-meetings=\"" << p.meetings << "\"><a href=\"" << html_escaped(f.site.href(page, p.first)) << "\">"
          << html_escaped(f.site.label_of(p.first)) << "</a> and <a href=\"" << html_escaped(f.site.href(page, p.second))
          << "\">" << html_escaped(f.site.label_of(p.second)) << "</a>: " << thousands(p.meetings)
          << (p.meetings == 1 ? " meeting" : " meetings") << "</li>\n";
    }
    out << "</ol>\n</section>\n";
  }

  out << "<section id=\"meetings\">\n<h2>Latest meetings</h2>\n<ol class=\"timeline\">\n";
  for (const auto& m : f.latest_meetings) out << timeline_item(f.site, page, m);
  out << "</ol>\n<p><a href=\"timeline.html\">All " << thousands(f.meetings)
      << " dated meetings</a> · <a href=\"map.html\">the map of meetings</a></p>\n</section>\n";

  out << "<section id=\"dumps\">\n<h2>Downloads</h2>\n<table class=\"dumps\">\n"
         "<tr><th>file</th><th>syntax</th><th>media type</th><th>bytes</th></tr>\n";
  for (const auto& d : f.dumps) {
    out << "<tr><td><a href=\"" << html_escaped(d.path) << "\">" << html_escaped(d.path) << "</a></td><td>"
        << html_escaped(d.title) << "</td><td><code>" << html_escaped(d.media_type) << (d.gzip ? " (gzip)" : "")
        << "</code></td><td>" << thousands(d.bytes) << "</td></tr>\n";
  }
  out << "</table>\n<p>The vocabulary:";
  for (const auto& file : f.ontology_files) {
    out << " <a href=\"" << html_escaped(file) << "\">" << html_escaped(file) << "</a>";
  }
  out << ".</p>\n</section>\n</main>\n<script src=\"search.js\"></script>\n";
  if (!f.svg.empty()) out << "<script src=\"network.js\"></script>\n";
  out << page_foot();
  return std::move(out).str();
}

std::string site_stylesheet() {
  return R"(body { font: 16px/1.5 system-ui, sans-serif; margin: 0 auto; max-width: 60rem; padding: 0 1rem; color: #111827; }
nav { padding: .75rem 0; border-bottom: 1px solid #e5e7eb; }
nav a { font-weight: 600; text-decoration: none; }
a { color: #1d4ed8; }
h1 { font-size: 1.8rem; margin: 1rem 0 .25rem; }
h2 { font-size: 1.2rem; margin-top: 2rem; border-bottom: 1px solid #e5e7eb; }
.iri code { font-size: .85rem; color: #4b5563; }
table { border-collapse: collapse; }
th, td { text-align: left; vertical-align: top; padding: .2rem .75rem .2rem 0; }
table.statements th { font-weight: 500; color: #4b5563; white-space: nowrap; }
table.figures td { text-align: right; font-variant-numeric: tabular-nums; }
small { color: #6b7280; }
.timeline { padding-left: 1.5rem; }
.world-map { display: block; width: 100%; height: auto; }
.world-map .sea { fill: #eff6ff; }
.world-map .land { fill: #e5e7eb; stroke: #9ca3af; stroke-width: .4; }
.world-map .mark { fill: #dc2626; fill-opacity: .6; stroke: #7f1d1d; stroke-width: .6; }
.world-map a:hover .mark, .world-map a:focus .mark { fill-opacity: .9; }
.bar-chart { display: block; max-width: 100%; height: auto; min-width: 4rem; }
.bar-chart .bar { fill: #2563eb; }
.bar-chart .count { font-size: 9px; fill: #1f2937; }
.bar-chart .period { font-size: 10px; fill: #4b5563; }
.timeline time { font-variant-numeric: tabular-nums; color: #4b5563; margin-right: .5rem; }
#search { font-size: 1rem; padding: .4rem; width: min(30rem, 100%); display: block; margin: .25rem 0; }
#results li small { margin-left: .5rem; }
#network { overflow: auto; max-height: 85vh; margin: 0; border: 1px solid #e5e7eb; }
#network svg { display: block; max-width: none; }
.filter { display: flex; flex-wrap: wrap; gap: .5rem; align-items: center; margin: .5rem 0; }
.filter input { width: 5.5rem; }
.filter output { color: #4b5563; }
footer { margin: 3rem 0 1rem; font-size: .85rem; color: #6b7280; }
)";
}

std::string site_network_script() {
  return R"(// The picture's filter: a country, a range of years. network.json lists each drawn meeting's
// date and actors; the SVG's nodes and edges carry the IRIs in their <title>s (Graphviz).
"use strict";
(function () {
  const form = document.getElementById("network-filter");
  const svg = document.querySelector("#network svg");
  if (!form || !svg) return;
  const country = document.getElementById("network-country");
  const from = document.getElementById("network-from");
  const to = document.getElementById("network-to");
  const shown = document.getElementById("network-shown");
  // Drawn at Graphviz's own size (points), in a frame that scrolls: its labels stay readable.
  const full = { view: svg.getAttribute("viewBox"), width: svg.getAttribute("width"), height: svg.getAttribute("height") };
  const nodes = new Map();  // IRI -> <g class="node ...">
  for (const g of svg.querySelectorAll("g.node")) nodes.set(g.querySelector("title").textContent, g);
  const edges = [...svg.querySelectorAll("g.edge")].map((g) => ({ g, ends: g.querySelector("title").textContent.split("--") }));
  let meetings = [];
  const apply = () => {
    const c = country.value;
    const low = from.value ? Number(from.value) : -Infinity;
    const high = to.value ? Number(to.value) : Infinity;
    const ranged = from.value !== "" || to.value !== "";
    const visible = new Set();
    let count = 0;
    for (const m of meetings) {
      const year = m.date ? Number(m.date.slice(0, 4)) : NaN;
      const inRange = !ranged || (year >= low && year <= high);
      if ((c === "" || m.actors.includes(c)) && inRange) {
        visible.add(m.iri);
        for (const a of m.actors) visible.add(a);
        count += 1;
      }
    }
    for (const [iri, g] of nodes) g.style.display = visible.has(iri) ? "" : "none";
    for (const { g, ends } of edges) g.style.display = ends.every((e) => visible.has(e)) ? "" : "none";
    shown.value = count + (count === 1 ? " meeting" : " meetings") + " shown";
    svg.dataset.shown = String(count);
    // Crop the view to what is shown, at the same scale: fewer nodes, a smaller picture to scroll.
    if (count === meetings.length || count === 0) {
      svg.setAttribute("viewBox", full.view);
      svg.setAttribute("width", full.width);
      svg.setAttribute("height", full.height);
    } else {
      let box = null;
      for (const iri of visible) {
        const g = nodes.get(iri);
        if (!g) continue;
        const b = g.getBBox();
        const ctm = g.getCTM();
        const root = svg.getCTM().inverse().multiply(ctm);
        const x = b.x * root.a + root.e, y = b.y * root.d + root.f;
        const w = b.width * root.a, h = b.height * root.d;
        box = box ? { x0: Math.min(box.x0, x), y0: Math.min(box.y0, y), x1: Math.max(box.x1, x + w), y1: Math.max(box.y1, y + h) }
                  : { x0: x, y0: y, x1: x + w, y1: y + h };
      }
      if (box) {
        const pad = 20;
        const w = box.x1 - box.x0 + 2 * pad, h = box.y1 - box.y0 + 2 * pad;
        svg.setAttribute("viewBox", `${box.x0 - pad} ${box.y0 - pad} ${w} ${h}`);
        svg.setAttribute("width", `${w}pt`);
        svg.setAttribute("height", `${h}pt`);
      }
    }
  };
  fetch("network.json")
    .then((r) => r.json())
    .then((data) => {
      meetings = data.meetings;
      for (const a of data.actors.filter((x) => x.country).sort((x, y) => x.label.localeCompare(y.label))) {
        const option = document.createElement("option");
        option.value = a.iri;
        option.textContent = a.label;
        country.append(option);
      }
      const years = meetings.filter((m) => m.date).map((m) => Number(m.date.slice(0, 4)));
      if (years.length) {
        from.placeholder = String(Math.min(...years));
        to.placeholder = String(Math.max(...years));
      }
      form.addEventListener("input", apply);
      form.addEventListener("submit", (e) => e.preventDefault());
      apply();
      form.dataset.ready = "true";
    });
})();
)";
}

std::string site_search_script() {
  return R"(// Search over the dataset's labels: search.json holds one entry per page.
"use strict";
(function () {
  const input = document.getElementById("search");
  const results = document.getElementById("results");
  if (!input || !results) return;
  const fold = (s) => s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
  let entries = [];
  const show = () => {
    const q = fold(input.value.trim());
    results.replaceChildren();
    if (!q) return;
    const found = entries.filter((e) => e.keys.some((k) => k.includes(q)));
    found.sort((a, b) => (a.keys[0].startsWith(q) ? 0 : 1) - (b.keys[0].startsWith(q) ? 0 : 1) ||
                         a.entry.l.localeCompare(b.entry.l));
    for (const { entry } of found.slice(0, 50)) {
      const li = document.createElement("li");
      const a = document.createElement("a");
      a.href = entry.u;
      a.textContent = entry.l;
      li.append(a);
      if (entry.t) {
        const kind = document.createElement("small");
        kind.textContent = entry.t;
        li.append(kind);
      }
      results.append(li);
    }
    if (found.length === 0) {
      const li = document.createElement("li");
      li.textContent = "Nothing found.";
      results.append(li);
    }
  };
  fetch("search.json")
    .then((r) => r.json())
    .then((list) => {
      entries = list.map((entry) => ({ entry, keys: [entry.l, ...(entry.a || [])].map(fold) }));
      input.dataset.ready = "true";
      show();
    });
  input.addEventListener("input", show);
})();
)";
}

}  // namespace parley::publish
