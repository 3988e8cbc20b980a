#include "publish/site_index.hpp"

#include <sqlite3.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>

#include "ontology/dip_terms.hpp"
#include "rdf/vocabulary.hpp"

namespace parley::publish {

namespace {


// Statements per transaction while loading: large enough to amortize the commit.
constexpr std::uint64_t batch_size = 50000;

int kind_number(rdf::TermKind kind) {
  switch (kind) {
    case rdf::TermKind::iri: return 0;
    case rdf::TermKind::blank: return 1;
    case rdf::TermKind::literal: return 2;
  }
  return 0;
}

rdf::TermKind kind_of_number(int n) {
  return n == 1 ? rdf::TermKind::blank : n == 2 ? rdf::TermKind::literal : rdf::TermKind::iri;
}

std::string column_text(sqlite3_stmt* st, int column) {
  const unsigned char* text = sqlite3_column_text(st, column);
  return text ? std::string(reinterpret_cast<const char*>(text), static_cast<std::size_t>(sqlite3_column_bytes(st, column)))
              : std::string();
}

void bind_text(sqlite3_stmt* st, int column, std::string_view text) {
  sqlite3_bind_text(st, column, text.data(), static_cast<int>(text.size()), SQLITE_TRANSIENT);
}

// Resets a statement when it goes out of scope, whatever path the caller leaves by.
struct Reset {
  sqlite3_stmt* st;
  ~Reset() {
    sqlite3_reset(st);
    sqlite3_clear_bindings(st);
  }
};

// A statement prepared for one query and finalized with its scope.
struct Query {
  sqlite3_stmt* st = nullptr;
  ~Query() { sqlite3_finalize(st); }
};

}  // namespace

std::string document_of(const std::string& iri) {
  const auto hash = iri.find('#');
  return hash == std::string::npos ? iri : iri.substr(0, hash);
}

Status SiteIndex::error(const char* what) {
  return Status::failure(StatusCode::io_write, path_ + ": index " + what + ": " + sqlite3_errmsg(db_));
}

Status SiteIndex::exec(const char* sql) {
  if (sqlite3_exec(db_, sql, nullptr, nullptr, nullptr) != SQLITE_OK) return error("statement failed");
  return Status::success();
}

Status SiteIndex::prepare(const char* sql, sqlite3_stmt*& out) {
  if (sqlite3_prepare_v2(db_, sql, -1, &out, nullptr) != SQLITE_OK) return error("query failed");
  return Status::success();
}

Status SiteIndex::create(const std::string& path, const std::string& base, std::unique_ptr<SiteIndex>& out) {
  std::unique_ptr<SiteIndex> index(new SiteIndex());
  index->base_ = base;
  index->path_ = path;
  std::error_code ec;
  std::filesystem::remove(path, ec);
  if (sqlite3_open_v2(path.c_str(), &index->db_, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) != SQLITE_OK) {
    return Status::failure(StatusCode::io_create, path + ": cannot create the index");
  }
  // A scratch file, rebuilt by every run: no journal, no syncs; a capped cache (16 MB) and
  // temporary sorts on disk keep the memory flat.
  PARLEY_TRY(index->exec(
      "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA cache_size=-16384; "
      "PRAGMA temp_store=FILE; PRAGMA locking_mode=EXCLUSIVE;"
      "CREATE TABLE triple(doc TEXT, s TEXT, p TEXT, ok INTEGER, o TEXT, dt TEXT, lang TEXT,"
      "  PRIMARY KEY(doc, s, p, ok, o, dt, lang)) WITHOUT ROWID;"
      "CREATE TABLE link(target TEXT, p TEXT, s TEXT, o TEXT, PRIMARY KEY(target, p, s, o)) WITHOUT ROWID;"
      "BEGIN;"));
  PARLEY_TRY(index->prepare("INSERT OR IGNORE INTO triple VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7)", index->insert_triple_));
  PARLEY_TRY(index->prepare("INSERT OR IGNORE INTO link VALUES(?1, ?2, ?3, ?4)", index->insert_link_));
  PARLEY_TRY(index->prepare("SELECT p, s, o FROM link WHERE target = ?1 ORDER BY p, s, o", index->select_links_));
  PARLEY_TRY(index->prepare("SELECT o FROM triple WHERE doc = ?1 AND s = ?2 AND p = ?3 ORDER BY ok, o, dt, lang LIMIT 1",
                            index->select_value_));
  out = std::move(index);
  return Status::success();
}

SiteIndex::~SiteIndex() {
  for (sqlite3_stmt* st : {insert_triple_, insert_link_, select_links_, select_value_}) sqlite3_finalize(st);
  sqlite3_close(db_);
}

Status SiteIndex::on_statement(const rdf::Statement& st) {
  // parley writes no blank nodes; one read from elsewhere keeps its "_:" in the subject column.
  const std::string subject = st.subject.is_blank() ? "_:" + st.subject.value : st.subject.value;
  const std::string doc = document_of(subject);
  {
    Reset reset{insert_triple_};
    bind_text(insert_triple_, 1, doc);
    bind_text(insert_triple_, 2, subject);
    bind_text(insert_triple_, 3, st.predicate.value);
    sqlite3_bind_int(insert_triple_, 4, kind_number(st.object.kind));
    bind_text(insert_triple_, 5, st.object.value);
    bind_text(insert_triple_, 6, st.object.datatype);
    bind_text(insert_triple_, 7, st.object.language);
    if (sqlite3_step(insert_triple_) != SQLITE_DONE) return error("insert failed");
  }
  if (st.object.is_iri() && st.object.value.compare(0, base_.size(), base_) == 0) {
    const std::string target = document_of(st.object.value);
    if (target != doc) {
      Reset reset{insert_link_};
      bind_text(insert_link_, 1, target);
      bind_text(insert_link_, 2, st.predicate.value);
      bind_text(insert_link_, 3, st.subject.value);
      bind_text(insert_link_, 4, st.object.value);
      if (sqlite3_step(insert_link_) != SQLITE_DONE) return error("insert failed");
    }
  }
  if (++pending_ == batch_size) {
    pending_ = 0;
    PARLEY_TRY(exec("COMMIT; BEGIN;"));
  }
  return Status::success();
}

Status SiteIndex::finish() {
  // Once: a statement added after it is committed by SQLite on its own.
  return sqlite3_get_autocommit(db_) ? Status::success() : exec("COMMIT;");
}

Status SiteIndex::for_each_document(const std::function<Status(const Document&)>& visit) {
  Query q;
  PARLEY_TRY(prepare("SELECT doc, s, p, ok, o, dt, lang FROM triple ORDER BY doc, s, p, ok, o, dt, lang", q.st));
  Document document;
  int rc;
  while ((rc = sqlite3_step(q.st)) == SQLITE_ROW) {
    std::string doc = column_text(q.st, 0);
    if (doc != document.iri) {
      if (!document.statements.empty()) PARLEY_TRY(visit(document));
      document.iri = std::move(doc);
      document.statements.clear();
    }
    rdf::Statement st;
    st.subject = rdf::Term::iri(column_text(q.st, 1));
    if (st.subject.value.compare(0, 2, "_:") == 0) st.subject = rdf::Term::blank(st.subject.value.substr(2));
    st.predicate = rdf::Term::iri(column_text(q.st, 2));
    st.object.kind = kind_of_number(sqlite3_column_int(q.st, 3));
    st.object.value = column_text(q.st, 4);
    st.object.datatype = column_text(q.st, 5);
    st.object.language = column_text(q.st, 6);
    document.statements.push_back(std::move(st));
  }
  if (rc != SQLITE_DONE) return error("read failed");
  if (!document.statements.empty()) PARLEY_TRY(visit(document));
  return Status::success();
}

Status SiteIndex::links_into(const std::string& doc, std::vector<rdf::Statement>& out, std::size_t limit,
                             std::vector<Count>* left_out) {
  out.clear();
  if (left_out) left_out->clear();
  Reset reset{select_links_};
  bind_text(select_links_, 1, doc);
  int rc;
  std::string predicate;
  std::size_t of_predicate = 0;
  while ((rc = sqlite3_step(select_links_)) == SQLITE_ROW) {
    std::string p = column_text(select_links_, 0);
    if (p != predicate) {
      predicate = p;
      of_predicate = 0;
    }
    if (limit > 0 && ++of_predicate > limit) {
      if (left_out) {
        if (left_out->empty() || left_out->back().iri != predicate) left_out->push_back({predicate, 0});
        ++left_out->back().n;
      }
      continue;
    }
    out.push_back({rdf::Term::iri(column_text(select_links_, 1)), rdf::Term::iri(std::move(p)),
                   rdf::Term::iri(column_text(select_links_, 2)), {}});
  }
  return rc == SQLITE_DONE ? Status::success() : error("read failed");
}

std::string SiteIndex::value_of(const std::string& subject, std::string_view predicate) {
  Reset reset{select_value_};
  bind_text(select_value_, 1, document_of(subject));
  bind_text(select_value_, 2, subject);
  bind_text(select_value_, 3, predicate);
  return sqlite3_step(select_value_) == SQLITE_ROW ? column_text(select_value_, 0) : std::string();
}

Status SiteIndex::figures(Figures& out) {
  out = {};
  auto one_number = [this](const char* sql, std::uint64_t& n) -> Status {
    Query q;
    PARLEY_TRY(prepare(sql, q.st));
    bind_text(q.st, 1, base_);
    if (sqlite3_step(q.st) != SQLITE_ROW) return error("count failed");
    n = static_cast<std::uint64_t>(sqlite3_column_int64(q.st, 0));
    return Status::success();
  };
  auto counts = [this](const char* sql, std::string_view parameter, std::vector<Count>& list) -> Status {
    Query q;
    PARLEY_TRY(prepare(sql, q.st));
    bind_text(q.st, 1, parameter);
    int rc;
    while ((rc = sqlite3_step(q.st)) == SQLITE_ROW) {
      list.push_back({column_text(q.st, 0), static_cast<std::uint64_t>(sqlite3_column_int64(q.st, 1))});
    }
    return rc == SQLITE_DONE ? Status::success() : error("count failed");
  };
  PARLEY_TRY(one_number("SELECT COUNT(*) FROM triple", out.triples));
  PARLEY_TRY(one_number("SELECT COUNT(*) FROM (SELECT DISTINCT doc, s FROM triple)", out.distinct_subjects));
  PARLEY_TRY(one_number("SELECT COUNT(*) FROM (SELECT DISTINCT ok, o, dt, lang FROM triple)", out.distinct_objects));
  PARLEY_TRY(one_number("SELECT COUNT(*) FROM (SELECT DISTINCT doc, s FROM triple "
                        "WHERE substr(s, 1, length(?1)) = ?1)", out.entities));
  PARLEY_TRY(counts("SELECT o, COUNT(*) FROM triple WHERE p = ?1 AND ok = 0 GROUP BY o ORDER BY o",
                    vocab::rdf::type, out.classes));
  PARLEY_TRY(counts("SELECT p, COUNT(*) FROM triple GROUP BY p ORDER BY p", {}, out.properties));
  return Status::success();
}

Status SiteIndex::for_each_meeting(std::size_t limit, const std::function<Status(const Meeting&)>& visit) {
  Query q;
  PARLEY_TRY(prepare(
      "SELECT d.o, d.s FROM triple d WHERE d.p = ?1 AND EXISTS (SELECT 1 FROM triple t WHERE t.doc = d.doc "
      "AND t.s = d.s AND t.p = ?2 AND t.ok = 0 AND t.o = ?3) ORDER BY d.o DESC, d.s LIMIT ?4",
      q.st));
  bind_text(q.st, 1, vocab::schema::startDate);
  bind_text(q.st, 2, vocab::rdf::type);
  bind_text(q.st, 3, ontology::dip::Meeting);
  sqlite3_bind_int64(q.st, 4, limit == 0 ? -1 : static_cast<sqlite3_int64>(limit));
  int rc;
  while ((rc = sqlite3_step(q.st)) == SQLITE_ROW) {
    Meeting m{column_text(q.st, 0), column_text(q.st, 1), {}};
    m.label = value_of(m.iri, vocab::rdfs::label);
    PARLEY_TRY(visit(m));
  }
  return rc == SQLITE_DONE ? Status::success() : error("read failed");
}

Status SiteIndex::values_of(const std::string& subject, std::string_view predicate, std::vector<rdf::Term>& out) {
  out.clear();
  Query q;
  PARLEY_TRY(prepare("SELECT ok, o, dt, lang FROM triple WHERE doc = ?1 AND s = ?2 AND p = ?3 "
                     "ORDER BY ok, o, dt, lang", q.st));
  bind_text(q.st, 1, document_of(subject));
  bind_text(q.st, 2, subject);
  bind_text(q.st, 3, predicate);
  int rc;
  while ((rc = sqlite3_step(q.st)) == SQLITE_ROW) {
    rdf::Term t;
    t.kind = kind_of_number(sqlite3_column_int(q.st, 0));
    t.value = column_text(q.st, 1);
    t.datatype = column_text(q.st, 2);
    t.language = column_text(q.st, 3);
    out.push_back(std::move(t));
  }
  return rc == SQLITE_DONE ? Status::success() : error("read failed");
}

Status SiteIndex::busiest_actors(std::size_t limit, std::vector<Count>& out) {
  out.clear();
  Query q;
  PARLEY_TRY(prepare("SELECT target, COUNT(DISTINCT s) AS n FROM link WHERE p = ?1 GROUP BY target "
                     "ORDER BY n DESC, target LIMIT ?2", q.st));
  bind_text(q.st, 1, vocab::sem::hasActor);
  sqlite3_bind_int64(q.st, 2, static_cast<sqlite3_int64>(limit));
  int rc;
  while ((rc = sqlite3_step(q.st)) == SQLITE_ROW) {
    out.push_back({column_text(q.st, 0), static_cast<std::uint64_t>(sqlite3_column_int64(q.st, 1))});
  }
  return rc == SQLITE_DONE ? Status::success() : error("read failed");
}

Status SiteIndex::meetings_of(const std::string& actor, std::vector<std::string>& out) {
  out.clear();
  Query q;
  PARLEY_TRY(prepare("SELECT DISTINCT s FROM link WHERE target = ?1 AND p = ?2 ORDER BY s", q.st));
  bind_text(q.st, 1, actor);
  bind_text(q.st, 2, vocab::sem::hasActor);
  int rc;
  while ((rc = sqlite3_step(q.st)) == SQLITE_ROW) out.push_back(column_text(q.st, 0));
  return rc == SQLITE_DONE ? Status::success() : error("read failed");
}

Status SiteIndex::meetings_per_location(std::vector<Count>& out) {
  out.clear();
  Query q;
  PARLEY_TRY(prepare("SELECT o, COUNT(DISTINCT s) FROM triple WHERE p = ?1 AND ok = 0 GROUP BY o ORDER BY o", q.st));
  bind_text(q.st, 1, vocab::schema::location);
  int rc;
  while ((rc = sqlite3_step(q.st)) == SQLITE_ROW) {
    out.push_back({column_text(q.st, 0), static_cast<std::uint64_t>(sqlite3_column_int64(q.st, 1))});
  }
  return rc == SQLITE_DONE ? Status::success() : error("read failed");
}

Status SiteIndex::meeting_dates_of(const std::string& actor, std::vector<std::string>& out) {
  std::vector<std::string> meetings;
  PARLEY_TRY(meetings_of(actor, meetings));
  out.clear();
  for (const auto& m : meetings) {
    std::string date = value_of(m, vocab::schema::startDate);
    if (!date.empty()) out.push_back(std::move(date));
  }
  std::sort(out.begin(), out.end());
  return Status::success();
}

Status SiteIndex::busiest_pairs(std::string_view actor_class, std::size_t limit, std::vector<Pair>& out) {
  out.clear();
  std::set<std::string> of_class;
  {
    Query q;
    PARLEY_TRY(prepare("SELECT DISTINCT s FROM triple WHERE p = ?1 AND ok = 0 AND o = ?2", q.st));
    bind_text(q.st, 1, vocab::rdf::type);
    bind_text(q.st, 2, actor_class);
    int rc;
    while ((rc = sqlite3_step(q.st)) == SQLITE_ROW) of_class.insert(column_text(q.st, 0));
    if (rc != SQLITE_DONE) return error("read failed");
  }
  std::map<std::pair<std::string, std::string>, std::uint64_t> counts;
  const auto count_pairs = [&](std::vector<std::string>& actors) {
    std::sort(actors.begin(), actors.end());
    actors.erase(std::unique(actors.begin(), actors.end()), actors.end());
    for (std::size_t i = 0; i < actors.size(); ++i) {
      for (std::size_t j = i + 1; j < actors.size(); ++j) ++counts[{actors[i], actors[j]}];
    }
    actors.clear();
  };
  Query q;
  PARLEY_TRY(prepare("SELECT s, target FROM link WHERE p = ?1 ORDER BY s", q.st));
  bind_text(q.st, 1, vocab::sem::hasActor);
  std::string meeting;
  std::vector<std::string> actors;
  int rc;
  while ((rc = sqlite3_step(q.st)) == SQLITE_ROW) {
    std::string s = column_text(q.st, 0);
    if (s != meeting) {
      count_pairs(actors);
      meeting = std::move(s);
    }
    std::string target = column_text(q.st, 1);
    if (of_class.count(target) != 0) actors.push_back(std::move(target));
  }
  if (rc != SQLITE_DONE) return error("read failed");
  count_pairs(actors);
  for (auto& [pair, n] : counts) out.push_back({pair.first, pair.second, n});
  std::stable_sort(out.begin(), out.end(), [](const Pair& a, const Pair& b) { return a.meetings > b.meetings; });
  if (limit != 0 && out.size() > limit) out.resize(limit);
  return Status::success();
}

}  // namespace parley::publish
