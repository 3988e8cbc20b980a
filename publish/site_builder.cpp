#include "publish/site_builder.hpp"

#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <unordered_set>

#include "exporters/description_filter.hpp"
#include "exporters/dot_writer.hpp"
#include "ontology/dip_terms.hpp"
#include "pipeline/pipeline.hpp"
#include "publish/entity_page.hpp"
#include "publish/gzip_output.hpp"
#include "publish/meeting_map.hpp"
#include "publish/nquads_file_reader.hpp"
#include "publish/server_config.hpp"
#include "publish/dataset_dump.hpp"
#include "publish/site_assets.hpp"
#include "publish/site_index.hpp"
#include "publish/tee_sink.hpp"
#include "publish/void_description.hpp"
#include "rdf/vocabulary.hpp"

extern char** environ;

namespace parley::publish {

namespace fs = std::filesystem;

namespace {

constexpr std::string_view dip_ns = ontology::dip::ns;

// Collects the prefixes pipeline::write_prefixes gives, for compact names on the pages.
class PrefixCollector final : public rdf::StatementSink {
 public:
  explicit PrefixCollector(PrefixNames& names) : names_(names) {}
  Status on_prefix(std::string_view name, std::string_view iri) override {
    names_.add(std::string(name), std::string(iri));
    return Status::success();
  }
  Status on_statement(const rdf::Statement&) override { return Status::success(); }
  Status finish() override { return Status::success(); }

 private:
  PrefixNames& names_;
};

Status write_file(const fs::path& path, std::string_view text) {
  std::ofstream out(path, std::ios::binary);
  if (!out) return Status::failure(StatusCode::io_create, path.string() + ": cannot create");
  out.write(text.data(), static_cast<std::streamsize>(text.size()));
  out.close();
  if (!out) return Status::failure(StatusCode::io_write, path.string() + ": write failed");
  return Status::success();
}

Status make_directory(const fs::path& dir) {
  std::error_code ec;
  fs::create_directories(dir, ec);
  if (ec) return Status::failure(StatusCode::io_create, dir.string() + ": cannot create: " + ec.message());
  return Status::success();
}

// The file path an IRI's path names on disk: percent-escapes decoded, as a web server decodes
// the request; empty when it could not be served as a file (an empty, "." or ".." segment, or
// a decoded '/' or NUL).
std::string file_path_of(std::string_view path) {
  std::string out;
  for (std::size_t i = 0; i < path.size(); ++i) {
    char c = path[i];
    if (c == '%' && i + 2 < path.size() && std::isxdigit(static_cast<unsigned char>(path[i + 1])) &&
        std::isxdigit(static_cast<unsigned char>(path[i + 2]))) {
      c = static_cast<char>(std::stoi(std::string(path.substr(i + 1, 2)), nullptr, 16));
      if (c == '/' || c == '\0') return {};
      i += 2;
    } else if (c == '?' || c == '\\') {
      return {};
    }
    out.push_back(c);
  }
  std::size_t start = 0;
  while (start <= out.size()) {
    const std::size_t end = std::min(out.find('/', start), out.size());
    const std::string_view segment(out.data() + start, end - start);
    if (segment.empty() || segment == "." || segment == "..") return {};
    start = end + 1;
  }
  return out;
}

std::string serialize(pipeline::Syntax syntax, const std::vector<rdf::Statement>& a,
                      const std::vector<rdf::Statement>& b, Status& status) {
  std::ostringstream out;
  auto writer = pipeline::make_writer(syntax, out);
  status = pipeline::write_prefixes(*writer);
  for (const auto* list : {&a, &b}) {
    for (const auto& st : *list) {
      if (status) status = writer->on_statement(st);
    }
  }
  if (status) status = writer->finish();
  return std::move(out).str();
}

// Runs program with args; true if it exited 0.
bool run_program(const std::vector<std::string>& args) {
  std::vector<char*> argv;
  for (const auto& a : args) argv.push_back(const_cast<char*>(a.c_str()));
  argv.push_back(nullptr);
  pid_t pid;
  if (posix_spawnp(&pid, argv[0], nullptr, nullptr, argv.data(), environ) != 0) return false;
  int status = 0;
  if (waitpid(pid, &status, 0) != pid) return false;
  return WIFEXITED(status) && WEXITSTATUS(status) == 0;
}

std::uint64_t bytes_of(const fs::path& path) {
  std::error_code ec;
  const auto n = fs::file_size(path, ec);
  return ec ? 0 : static_cast<std::uint64_t>(n);
}

struct StatementCounter final : rdf::StatementSink {
  std::uint64_t n = 0;
  Status on_prefix(std::string_view, std::string_view) override { return Status::success(); }
  Status on_statement(const rdf::Statement&) override {
    ++n;
    return Status::success();
  }
  Status finish() override { return Status::success(); }
};

// What an update's new statements touch: the documents of their subjects and of the objects
// under the base (their pages change), and the latest meeting date before and after them (the
// month charts end there).
class ChangeTracker final : public rdf::StatementSink {
 public:
  ChangeTracker(std::string base, std::uint64_t before) : base_(std::move(base)), before_(before) {}
  Status on_prefix(std::string_view, std::string_view) override { return Status::success(); }
  Status on_statement(const rdf::Statement& st) override {
    const bool is_new = ++seen_ > before_;
    if (st.predicate.value == vocab::schema::startDate) {
      auto& latest = is_new ? new_latest_ : old_latest_;
      latest = std::max(latest, st.object.value);
    }
    if (!is_new) return Status::success();
    if (under_base(st.subject.value)) touched_.insert(document_of(st.subject.value));
    if (st.object.is_iri() && under_base(st.object.value)) touched_.insert(document_of(st.object.value));
    return Status::success();
  }
  Status finish() override { return Status::success(); }
  bool touched(const std::string& doc) const { return touched_.count(doc) != 0; }
  bool latest_moved() const { return new_latest_ > old_latest_; }

 private:
  bool under_base(const std::string& iri) const { return iri.compare(0, base_.size(), base_) == 0; }
  std::string base_;
  std::uint64_t before_, seen_ = 0;
  std::unordered_set<std::string> touched_;
  std::string old_latest_, new_latest_;
};

// Seconds since the last lap, for the step lines.
class Stopwatch {
 public:
  std::string lap() {
    const auto now = std::chrono::steady_clock::now();
    const double s = std::chrono::duration<double>(now - start_).count();
    start_ = now;
    char text[32];
    std::snprintf(text, sizeof text, "%.1f s", s);
    return text;
  }

 private:
  std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now();
};

class SiteBuilder {
 public:
  SiteBuilder(const SiteOptions& options, SiteReport& report, const std::function<void(const std::string&)>& warn,
              const std::function<void(const std::string&)>& note)
      : options_(options), report_(report), warn_(warn), note_(note), dir_(options.dir) {}

  Status run() {
    ctx_.site = options_.site;
    ctx_.base = options_.base;
    ctx_.title = options_.title;
    PrefixCollector collector(ctx_.names);
    PARLEY_TRY(pipeline::write_prefixes(collector));
    // The description's own prefixes beyond the dataset's.
    for (const auto& ns : description_namespaces) ctx_.names.add(std::string(ns.prefix), std::string(ns.iri));
    index_path_ = (dir_ / ".parley-index.sqlite").string();
    PARLEY_TRY(SiteIndex::create(index_path_, options_.base, index_));
    ctx_.index = index_.get();
    Stopwatch watch;
    PARLEY_TRY(write_dumps());
    PARLEY_TRY(write_ontology_files());
    note_("dumps and index: " + thousands(read_back_) + " statements read back, " + watch.lap());
    PARLEY_TRY(write_pages());
    note_("pages: " + thousands(report_.pages) + " documents, each in HTML, Turtle and JSON-LD, " + watch.lap());
    PARLEY_TRY(write_picture());
    PARLEY_TRY(index_->figures(figures_));
    report_.triples = figures_.triples;
    note_("picture and figures: " + thousands(figures_.triples) + " distinct triples, " + watch.lap());
    PARLEY_TRY(write_index_and_timeline_pages());
    PARLEY_TRY(write_map_page());
    PARLEY_TRY(write_void());
    PARLEY_TRY(write_server_config());
    PARLEY_TRY(write_file(dir_ / "style.css", site_stylesheet()));
    PARLEY_TRY(write_file(dir_ / "search.js", site_search_script()));
    PARLEY_TRY(write_file(dir_ / "network.js", site_network_script()));
    index_.reset();
    std::error_code ec;
    fs::remove(index_path_, ec);
    return Status::success();
  }

 private:
  // A dump as the site lists it: its file, its syntax's title and media type (from the table of
  // syntaxes), and its size.
  Dump dump_of(pipeline::Syntax syntax, bool gzip) const {
    const auto& format = pipeline::describe(syntax);
    Dump dump;
    dump.path = "dumps/parley." + std::string(format.extension) + (gzip ? ".gz" : "");
    dump.title = std::string(format.title) + (format.has_graphs ? ", one graph per article" : "") +
                 (gzip ? ", gzip-compressed" : "");
    dump.media_type = format.media_type;
    dump.gzip = gzip;
    dump.bytes = bytes_of(dir_ / dump.path);
    return dump;
  }

  // The N-Quads dump read back once into every other dump and the index. The single-graph
  // dumps pass one description filter, as `parley convert` does, so they are the same bytes.
  Status write_dumps() {
    const fs::path dumps = dir_ / "dumps";
    std::ofstream ttl(dumps / "parley.ttl", std::ios::binary);
    std::ofstream rdf(dumps / "parley.rdf", std::ios::binary);
    std::ofstream jsonld(dumps / "parley.jsonld", std::ios::binary);
    if (!ttl || !rdf || !jsonld) return Status::failure(StatusCode::io_create, (dumps).string() + ": cannot create the dumps");
    GzipOutput nt;
    PARLEY_TRY(nt.open((dumps / "parley.nt.gz").string()));
    auto ttl_writer = pipeline::make_writer(pipeline::Syntax::turtle, ttl);
    auto nt_writer = pipeline::make_writer(pipeline::Syntax::ntriples, nt.stream());
    auto rdf_writer = pipeline::make_writer(pipeline::Syntax::rdfxml, rdf);
    auto jsonld_writer = pipeline::make_writer(pipeline::Syntax::jsonld, jsonld);
    TeeSink single_graph({ttl_writer.get(), nt_writer.get(), rdf_writer.get()});
    exporters::DescriptionFilter filter(single_graph);
    StatementCounter counter;
    std::vector<rdf::StatementSink*> sinks{jsonld_writer.get(), &filter, index_.get(), &counter};
    if (!options_.reuse_pages_from.empty()) {
      changes_ = std::make_unique<ChangeTracker>(options_.base, options_.statements_before);
      sinks.push_back(changes_.get());
    }
    TeeSink all(sinks);
    PARLEY_TRY(pipeline::write_prefixes(all));
    PARLEY_TRY(read_nquads_file(dataset_dump_path(dir_.string()), all));
    read_back_ = counter.n;
    PARLEY_TRY(all.finish());
    PARLEY_TRY(nt.close());
    for (auto* stream : {&ttl, &rdf, &jsonld}) {
      stream->close();
      if (!*stream) return Status::failure(StatusCode::io_write, dumps.string() + ": write failed");
    }
    for (const auto& [syntax, gzip] : {std::pair{pipeline::Syntax::turtle, false}, {pipeline::Syntax::ntriples, true},
                                       {pipeline::Syntax::rdfxml, false}, {pipeline::Syntax::jsonld, false},
                                       {pipeline::Syntax::nquads, false}}) {
      facts_.dumps.push_back(dump_of(syntax, gzip));
    }
    return Status::success();
  }

  Status write_ontology_files() {
    PARLEY_TRY(make_directory(dir_ / "ontology"));
    for (auto file : {pipeline::OntologyFile::diplomacy, pipeline::OntologyFile::cameo, pipeline::OntologyFile::shapes}) {
      const std::string name = "ontology/" + std::string(pipeline::ontology_file_name(file));
      std::ostringstream text;
      auto writer = pipeline::make_writer(pipeline::Syntax::turtle, text);
      PARLEY_TRY(pipeline::write_ontology(file, *writer));
      PARLEY_TRY(writer->finish());
      PARLEY_TRY(write_file(dir_ / name, text.str()));
      facts_.ontology_files.push_back(name);
    }
    return Status::success();
  }

  Status write_pages() {
    PARLEY_TRY(index_->for_each_meeting(1, [&](const Meeting& m) {
      ctx_.latest_meeting_date = m.date;
      return Status::success();
    }));
    std::ofstream search(dir_ / "search.json", std::ios::binary);
    if (!search) return Status::failure(StatusCode::io_create, (dir_ / "search.json").string() + ": cannot create");
    search << "[";
    bool first_entry = true;
    fs::path made_dir;
    PARLEY_TRY(index_->for_each_document([&](const Document& doc) -> Status {
      if (doc.iri.compare(0, options_.base.size(), options_.base) != 0) return Status::success();
      const std::string path = ctx_.path_of(doc.iri);
      const std::string file = file_path_of(path);
      if (file.empty()) {
        warn_("no page for " + doc.iri + ": its path cannot name a file");
        return Status::success();
      }
      const fs::path target = dir_ / file;
      if (target.parent_path() != made_dir) {
        PARLEY_TRY(make_directory(target.parent_path()));
        made_dir = target.parent_path();
      }
      if (unchanged(doc) && link_previous_page(file)) {
        ++report_.pages;
        ++report_.pages_reused;
      } else {
        PARLEY_TRY(write_page(doc, target));
      }
      nlohmann::ordered_json entry;
      if (search_entry(doc, path, entry)) {
        search << (first_entry ? "\n" : ",\n") << entry.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
        first_entry = false;
      }
      return Status::success();
    }));
    search << "\n]\n";
    search.close();
    if (!search) return Status::failure(StatusCode::io_write, (dir_ / "search.json").string() + ": write failed");
    return Status::success();
  }

  // Whether an update's new statements leave the document's page as it was.
  bool unchanged(const Document& doc) const {
    if (!changes_ || changes_->touched(doc.iri)) return false;
    // The month charts end at the latest meeting: when it moved, every chart did.
    return !changes_->latest_moved() || !charts_meetings(doc);
  }

  // The page's three files linked from the site being updated; false (and none left) if one
  // is missing or cannot be linked there (another file system).
  bool link_previous_page(const std::string& file) const {
    const fs::path from = fs::path(options_.reuse_pages_from) / file, to = dir_ / file;
    const char* const extensions[] = {".ttl", ".jsonld", ".html"};
    for (std::size_t i = 0; i < 3; ++i) {
      if (::link((from.string() + extensions[i]).c_str(), (to.string() + extensions[i]).c_str()) != 0) {
        for (std::size_t k = 0; k < i; ++k) ::unlink((to.string() + extensions[k]).c_str());
        return false;
      }
    }
    return true;
  }

  Status write_page(const Document& doc, const fs::path& target) {
    std::vector<rdf::Statement> links;
    std::vector<Count> left_out;
    PARLEY_TRY(index_->links_into(doc.iri, links, options_.links_per_property, &left_out));
    Status st;
    const std::string ttl = serialize(pipeline::Syntax::turtle, doc.statements, links, st);
    PARLEY_TRY(st);
    const std::string jsonld = serialize(pipeline::Syntax::jsonld, doc.statements, links, st);
    PARLEY_TRY(st);
    PARLEY_TRY(write_file(target.string() + ".ttl", ttl));
    PARLEY_TRY(write_file(target.string() + ".jsonld", jsonld));
    PARLEY_TRY(write_file(target.string() + ".html", entity_page_html(ctx_, doc, links, left_out, jsonld)));
    ++report_.pages;
    return Status::success();
  }

  // {"l": label, "a": [other labels], "t": kind, "u": path} for a document that has a name.
  bool search_entry(const Document& doc, const std::string& path, nlohmann::ordered_json& entry) const {
    std::string label, kind;
    std::vector<std::string> others;
    for (const auto& st : doc.statements) {
      if (st.subject.value != doc.iri) continue;
      const std::string& p = st.predicate.value;
      if ((p == vocab::rdfs::label || p == vocab::schema::headline) && label.empty()) label = st.object.value;
      if (p == vocab::skos::altLabel) others.push_back(st.object.value);
      if (p == vocab::rdf::type && kind.empty() && st.object.value.compare(0, dip_ns.size(), dip_ns) == 0) {
        kind = st.object.value.substr(dip_ns.size());
      }
      if (p == vocab::rdf::type && st.object.value == vocab::schema::NewsArticle) kind = "Article";
    }
    if (label.empty()) return false;
    entry["l"] = label;
    if (!others.empty()) entry["a"] = others;
    entry["t"] = kind;
    entry["u"] = path;
    return true;
  }

  // The busiest actors and the meetings at least two of them took part in (the latest, if
  // there are many), drawn with Graphviz.
  Status write_picture() {
    std::vector<Count> actors;
    PARLEY_TRY(index_->busiest_actors(options_.picture_actors, actors));
    std::map<std::string, std::set<std::string>> meetings;  // meeting -> busy actors in it
    std::vector<std::string> of_actor;
    for (const auto& actor : actors) {
      PARLEY_TRY(index_->meetings_of(actor.iri, of_actor));
      for (const auto& m : of_actor) meetings[m].insert(actor.iri);
    }
    std::vector<std::pair<std::string, std::string>> chosen;  // (date, meeting), latest first
    for (const auto& [m, in] : meetings) {
      if (in.size() >= 2) chosen.emplace_back(index_->value_of(m, vocab::schema::startDate), m);
    }
    std::sort(chosen.begin(), chosen.end(), [](const auto& a, const auto& b) {
      return a.first != b.first ? a.first > b.first : a.second < b.second;
    });
    if (chosen.size() > 150) chosen.resize(150);
    std::sort(chosen.begin(), chosen.end(), [](const auto& a, const auto& b) { return a.second < b.second; });
    std::set<std::string> drawn;
    for (const auto& [date, m] : chosen) drawn.insert(meetings[m].begin(), meetings[m].end());

    std::ostringstream dot;
    exporters::DotWriter writer(dot, options_.site);
    std::vector<rdf::Term> values;
    auto describe = [&](const std::string& node) -> Status {
      for (std::string_view p : {vocab::rdf::type, vocab::rdfs::label}) {
        PARLEY_TRY(index_->values_of(node, p, values));
        for (const auto& v : values) {
          PARLEY_TRY(writer.on_statement({rdf::Term::iri(node), rdf::Term::iri(std::string(p)), v, {}}));
          if (p == vocab::rdfs::label) break;  // one label a node
        }
      }
      return Status::success();
    };
    for (const auto& actor : drawn) PARLEY_TRY(describe(actor));
    for (const auto& [date, m] : chosen) {
      PARLEY_TRY(describe(m));
      for (const auto& actor : meetings[m]) {
        PARLEY_TRY(writer.on_statement({rdf::Term::iri(m), rdf::Term::iri(std::string(vocab::sem::hasActor)),
                                        rdf::Term::iri(actor), {}}));
      }
    }
    PARLEY_TRY(writer.finish());
    PARLEY_TRY(write_file(dir_ / "network.dot", dot.str()));
    // What the index's filter reads: each drawn meeting's date and actors, each node's label.
    nlohmann::ordered_json data;
    data["meetings"] = nlohmann::ordered_json::array();
    for (const auto& [date, m] : chosen) {
      data["meetings"].push_back({{"iri", m}, {"date", date}, {"actors", std::vector<std::string>(meetings[m].begin(), meetings[m].end())}});
    }
    data["actors"] = nlohmann::ordered_json::array();
    for (const auto& actor : drawn) {
      PARLEY_TRY(index_->values_of(actor, vocab::rdf::type, values));
      const bool country = std::any_of(values.begin(), values.end(), [](const rdf::Term& t) { return t.value == ontology::dip::Country; });
      data["actors"].push_back({{"iri", actor}, {"label", ctx_.label_of(actor)}, {"country", country}});
    }
    PARLEY_TRY(write_file(dir_ / "network.json", data.dump() + "\n"));
    const std::string svg = (dir_ / "network.svg").string();
    if (!run_program({options_.dot_program, "-Tsvg", "-o", svg, (dir_ / "network.dot").string()})) {
      warn_("no picture: '" + options_.dot_program + " -Tsvg' failed (is Graphviz installed?)");
      std::error_code ec;
      fs::remove(svg, ec);
      return Status::success();
    }
    report_.picture = true;
    return Status::success();
  }

  std::string read_svg() const {
    std::ifstream in(dir_ / "network.svg", std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    std::string svg = std::move(text).str();
    // Inline in HTML: from <svg on, without the XML declaration and doctype.
    const auto start = svg.find("<svg");
    return start == std::string::npos ? std::string() : svg.substr(start);
  }

  // One walk over the meetings, latest first: every one into timeline.html, the latest onto
  // the index page with the count of all.
  Status write_index_and_timeline_pages() {
    IndexFacts facts{ctx_, facts_.dumps, facts_.ontology_files, figures_, report_.picture ? read_svg() : std::string(),
                     {}, 0, {}};
    PARLEY_TRY(index_->busiest_pairs(ontology::dip::Country, options_.pairs_on_index, facts.busiest_pairs));
    std::ofstream out(dir_ / "timeline.html", std::ios::binary);
    if (!out) return Status::failure(StatusCode::io_create, (dir_ / "timeline.html").string() + ": cannot create");
    out << page_head(ctx_, "timeline.html", "Meetings – " + ctx_.title) << "<main>\n<h1>Meetings, latest first</h1>\n"
        << "<ol id=\"timeline\" class=\"timeline\">\n";
    PARLEY_TRY(index_->for_each_meeting(0, [&](const Meeting& m) {
      out << timeline_item(ctx_, "timeline.html", m);
      if (facts.latest_meetings.size() < options_.timeline_on_index) facts.latest_meetings.push_back(m);
      ++facts.meetings;
      return Status::success();
    }));
    out << "</ol>\n</main>\n" << page_foot();
    out.close();
    if (!out) return Status::failure(StatusCode::io_write, (dir_ / "timeline.html").string() + ": write failed");
    return write_file(dir_ / "index.html", index_page_html(facts));
  }

  // map.html: each place meetings were held at, where the gazetteer knows its coordinates
  // (its owl:sameAs GeoNames feature: a city's, or a country's capital's).
  Status write_map_page() {
    std::vector<Count> locations;
    PARLEY_TRY(index_->meetings_per_location(locations));
    const PlaceCoordinates coordinates(knowledge::Gazetteer::built_in());
    std::vector<MapMark> marks;
    std::uint64_t unplaced = 0;
    std::vector<rdf::Term> same;
    for (const auto& location : locations) {
      PARLEY_TRY(index_->values_of(location.iri, vocab::owl::sameAs, same));
      std::optional<Located> at;
      for (const auto& t : same) {
        if (!at && t.value.compare(0, vocab::geonames_feature.size(), vocab::geonames_feature) == 0) {
          at = coordinates.of_geonames(t.value);
        }
      }
      if (!at) {
        unplaced += location.n;
        continue;
      }
      marks.push_back({location.iri, ctx_.label_of(location.iri), ctx_.href("map.html", location.iri), *at, location.n});
    }
    return write_file(dir_ / "map.html", map_page_html(ctx_, marks, unplaced));
  }

  Status write_void() {
    facts_.site = options_.site;
    facts_.base = options_.base;
    facts_.title = options_.title;
    facts_.license = options_.license;
    facts_.creator = options_.creator;
    facts_.date = options_.date;
    facts_.created = options_.created;
    std::ostringstream text;
    auto writer = pipeline::make_writer(pipeline::Syntax::turtle, text);
    for (const auto& [name, iri] : ctx_.names.all()) PARLEY_TRY(writer->on_prefix(name, iri));
    PARLEY_TRY(write_void_description(facts_, figures_, *writer));
    PARLEY_TRY(writer->finish());
    return write_file(dir_ / "void.ttl", text.str());
  }

  Status write_server_config() {
    PARLEY_TRY(make_directory(dir_ / "nginx"));
    std::string site_path = "/";
    if (const auto scheme = options_.site.find("://"); scheme != std::string::npos) {
      const auto slash = options_.site.find('/', scheme + 3);
      if (slash != std::string::npos) site_path = options_.site.substr(slash);
    }
    PARLEY_TRY(write_file(dir_ / "nginx" / "parley-http.conf", nginx_http_config()));
    PARLEY_TRY(write_file(dir_ / "nginx" / "parley-server.conf", nginx_server_config(site_path)));
    return write_file(dir_ / ".htaccess", apache_htaccess());
  }

  std::unique_ptr<ChangeTracker> changes_;  // an update's: what its new statements touch
  const SiteOptions& options_;
  SiteReport& report_;
  const std::function<void(const std::string&)>& warn_;
  const std::function<void(const std::string&)>& note_;
  fs::path dir_;
  std::uint64_t read_back_ = 0;
  std::string index_path_;
  std::unique_ptr<SiteIndex> index_;
  SiteContext ctx_;
  DatasetFacts facts_;
  Figures figures_;
};

}  // namespace

Status build_site(const SiteOptions& options, SiteReport& report,
                  const std::function<void(const std::string&)>& warn,
                  const std::function<void(const std::string&)>& note) {
  return SiteBuilder(options, report, warn, note).run();
}

}  // namespace parley::publish
