#pragma once
// The dataset's on-disk index (SQLite): every distinct triple once, filed under its document
// (the subject's IRI without its fragment: an article holds its quotes and mention spans), and
// every link into a document from another. Pages are made by walking it in IRI order, so
// memory stays flat however large the corpus is: SQLite's page cache is capped and its
// temporary tables go to disk.
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "rdf/sink.hpp"

struct sqlite3;
struct sqlite3_stmt;

namespace parley::publish {

// The subject IRI without its fragment.
std::string document_of(const std::string& iri);

struct Document {
  std::string iri;
  std::vector<rdf::Statement> statements;  // sorted by subject, predicate, object
};

struct Count {
  std::string iri;  // a class or property
  std::uint64_t n = 0;
};

struct Figures {
  std::uint64_t triples = 0;
  std::uint64_t distinct_subjects = 0;
  std::uint64_t distinct_objects = 0;
  std::uint64_t entities = 0;  // distinct subjects under the base (VoID's uriSpace)
  std::vector<Count> classes;  // distinct subjects of each class
  std::vector<Count> properties;  // triples of each property
};

// Two actors of one class and how many meetings both took part in.
struct Pair {
  std::string first, second;  // first < second
  std::uint64_t meetings = 0;
};

struct Meeting {
  std::string date;  // schema:startDate's lexical form
  std::string iri;
  std::string label;
};

class SiteIndex final : public rdf::StatementSink {
 public:
  // A new index at path (an existing file there is replaced); base: the IRIs that get pages.
  static Status create(const std::string& path, const std::string& base, std::unique_ptr<SiteIndex>& out);
  ~SiteIndex() override;
  SiteIndex(const SiteIndex&) = delete;
  SiteIndex& operator=(const SiteIndex&) = delete;

  // Loading: statements in any order and repeated; finish() commits them.
  Status on_prefix(std::string_view, std::string_view) override { return Status::success(); }
  Status on_statement(const rdf::Statement& statement) override;
  Status finish() override;

  // Every document, in IRI order, one at a time.
  Status for_each_document(const std::function<Status(const Document&)>& visit);
  // Statements of other documents whose object lies in doc, by predicate then subject: the
  // first limit of each predicate (0: all), so that a page about a country every article
  // mentions stays a page; left_out counts the rest.
  Status links_into(const std::string& doc, std::vector<rdf::Statement>& out, std::size_t limit = 0,
                    std::vector<Count>* left_out = nullptr);
  // The first value (in sorted order) of subject's predicate, or empty.
  std::string value_of(const std::string& subject, std::string_view predicate);
  Status figures(Figures& out);
  // Meetings with a start date, latest first (all when limit is 0), one at a time.
  Status for_each_meeting(std::size_t limit, const std::function<Status(const Meeting&)>& visit);
  // Every value of subject's predicate, in sorted order.
  Status values_of(const std::string& subject, std::string_view predicate, std::vector<rdf::Term>& out);
  // The actors taking part in the most meetings, most first (ties by IRI), with their counts.
  Status busiest_actors(std::size_t limit, std::vector<Count>& out);
  // The meetings that actor took part in.
  Status meetings_of(const std::string& actor, std::vector<std::string>& out);
  // Each place (schema:location) meetings were held at, with how many, in IRI order.
  Status meetings_per_location(std::vector<Count>& out);
  // The start dates of the meetings actor took part in (one per dated meeting), sorted.
  Status meeting_dates_of(const std::string& actor, std::vector<std::string>& out);
  // The pairs of actors of that class (dip:Country) that met most often, most first (ties by
  // IRI): one pass over the meetings' actors, ordered by meeting.
  Status busiest_pairs(std::string_view actor_class, std::size_t limit, std::vector<Pair>& out);

 private:
  SiteIndex() = default;
  Status exec(const char* sql);
  Status prepare(const char* sql, sqlite3_stmt*& out);
  Status error(const char* what);

  sqlite3* db_ = nullptr;
  std::string base_;
  std::string path_;
  sqlite3_stmt* insert_triple_ = nullptr;
  sqlite3_stmt* insert_link_ = nullptr;
  sqlite3_stmt* select_links_ = nullptr;
  sqlite3_stmt* select_value_ = nullptr;
  std::uint64_t pending_ = 0;  // statements in the open transaction
};

}  // namespace parley::publish
