// kg/database.h — the embedding API of kg. Start here.
//
//   std::unique_ptr<kg::Database> db;
//   kg::Status s = kg::Database::Open("news.db", {}, &db);
//   db->CompileArticle("a.txt", text, nullptr);
//   kg::QueryResult r = db->Query("MATCH (p:Person) RETURN p.name AS name");
//   for (const auto& row : r.rows()) std::cout << row[0].as_string() << "\n";
//
// Errors come back as values (Status, QueryResult::status()); call ThrowIfError() on
// either to get a kg::Error exception instead.
//
// Thread-safety: one Database may be used from several threads for queries; writes
// (write queries, compiles) are serialised internally. A database directory can be open
// read-write in one process only; a second opener gets a DatabaseError.
#pragma once

#include <atomic>
#include <cstdint>
#include <functional>
#include <iosfwd>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "kg/status.h"
#include "kg/value.h"

namespace kg {

using Params = std::map<std::string, Value>;

// Counters of a write statement, printed as the `stats` of SPEC.md's JSON output.
struct WriteStats {
  int64_t nodes_created = 0;
  int64_t nodes_deleted = 0;
  int64_t relationships_created = 0;
  int64_t relationships_deleted = 0;
  int64_t properties_set = 0;
  int64_t labels_added = 0;
  int64_t labels_removed = 0;
  bool any() const;
};

// A warning about a statement that ran, as Neo4j gives them: `code` is
// UnknownLabelWarning, UnknownRelationshipTypeWarning or UnknownPropertyKeyWarning (a name
// the statement reads that the database has never had: a typo, most likely), `message`
// says which name.
struct Notification {
  std::string code;
  std::string message;
};

class QueryResult {
 public:
  QueryResult() = default;
  explicit QueryResult(Status error) : status_(std::move(error)) {}
  QueryResult(std::vector<std::string> columns, std::vector<std::vector<Value>> rows, WriteStats stats)
      : columns_(std::move(columns)), rows_(std::move(rows)), stats_(stats) {}

  bool ok() const { return status_.ok(); }
  const Status& status() const { return status_; }
  void ThrowIfError() const { status_.ThrowIfError(); }

  const std::vector<std::string>& columns() const { return columns_; }
  const std::vector<std::vector<Value>>& rows() const { return rows_; }
  const WriteStats& stats() const { return stats_; }
  // True for a statement with a RETURN (or a YIELDing CALL): rows are its answer.
  bool has_columns() const { return !columns_.empty(); }

  // The operator tree of EXPLAIN, or with rows and time per operator for PROFILE; empty otherwise.
  const std::string& plan() const { return plan_; }
  void set_plan(std::string plan) { plan_ = std::move(plan); }

  // Warnings about the statement (see Notification); empty when there are none.
  const std::vector<Notification>& notifications() const { return notifications_; }
  void set_notifications(std::vector<Notification> n) { notifications_ = std::move(n); }

 private:
  Status status_;
  std::vector<std::string> columns_;
  std::vector<std::vector<Value>> rows_;
  WriteStats stats_;
  std::string plan_;
  std::vector<Notification> notifications_;
};

struct OpenOptions {
  bool read_only = false;          // readers: no lock is taken, writes fail
  bool create_if_missing = true;   // false: a missing database is a DatabaseError
  bool in_memory = false;          // nothing touches the disk (tests, throw-away graphs)
};

// Bounds that keep one statement from crashing the process or holding unbounded memory
// (README "Limits"). A statement that goes past one fails, writing nothing.
struct QueryLimits {
  // Nesting of brackets, braces, parentheses and CASE in the text, where each operator of
  // a chain like `1 + 2 + 3` also counts as a level (SyntaxError); and of lists and maps in
  // parameters (ArgumentError) and in property values (RuntimeError). Parsing takes about
  // 4 KB of stack per level, so raise it only on a thread with a stack to match.
  int max_nesting_depth = 500;
  // Rows one clause may hold (ORDER BY, DISTINCT, writes; an aggregation's groups and the
  // values it keeps), a row counting once more for each relationship of a path in it; rows
  // that only stream through do not count. Also the items range() may build (RuntimeError).
  int64_t max_rows = 2'000'000;
  // Relationships in one variable-length path, e.g. `-[*]->` (RuntimeError).
  int64_t max_path_length = 10'000;
};

struct QueryOptions {
  // Set to true from another thread (e.g. a Ctrl-C handler) to stop the query; it then
  // fails with a RuntimeError and writes nothing. May be null.
  const std::atomic<bool>* cancel = nullptr;
  QueryLimits limits;
};

// What one compile of one article did.
struct CompileReport {
  std::string article_id;
  bool unchanged = false;  // the same content was compiled before: nothing was written
  int64_t entities = 0;    // entities the article mentions
  int64_t facts = 0;       // fact relationships it states
};

struct BuildOptions {
  int jobs = 1;  // articles analysed in parallel; the graph is the same whatever the number
  // Also remove (as Database::Remove does) the articles built from files under the given
  // folders that no longer exist. A folder that is itself missing is an error and removes
  // nothing: an unmounted disk is not an instruction to empty the graph.
  bool sync = false;
  // Called after each article (from the calling thread), e.g. for a progress bar.
  std::function<void(int64_t done, int64_t total)> on_progress;
};

struct BuildReport {
  int64_t articles = 0;     // articles compiled (changed or new)
  int64_t unchanged = 0;    // articles skipped because their content was already compiled
  int64_t failed = 0;       // articles rejected; see errors
  int64_t removed = 0;      // paths whose files were gone (sync only)
  // One InputError per path that could not be read (missing, unreadable folder, symlink
  // loop) or compiled, naming it. A DatabaseError stops the build and is the last error.
  std::vector<Status> errors;
  // Folders given that hold no article file (and no unreadable entry): not an error, but
  // most likely a wrong path, worth a warning.
  std::vector<std::string> empty_folders;
  int64_t entities = 0;     // totals in the graph after the build
  int64_t facts = 0;
  int64_t disputes = 0;
};

struct RemoveReport {
  int64_t paths = 0;     // article paths removed
  int64_t articles = 0;  // articles retracted: the paths removed were the last to hold them
  // One InputError per path given that no article was built from (nor from any file under
  // it). A DatabaseError stops the removal and is the last error.
  std::vector<Status> errors;
};

// Counts of `kg stats`, read from maintained counters.
struct GraphStats {
  int64_t articles = 0;
  std::vector<std::pair<std::string, int64_t>> nodes_by_label;
  std::vector<std::pair<std::string, int64_t>> relationships_by_type;
  int64_t disputes = 0;
};

// What `kg import` loads: the node and relationship files of neo4j-admin database import
// (README "Bulk import" gives the header format).
struct ImportOptions {
  // Node files: FILE, or LABEL[:LABEL...]=FILE to give every node of FILE those labels.
  std::vector<std::string> nodes;
  // Relationship files: FILE, or TYPE=FILE for rows without a :TYPE.
  std::vector<std::string> relationships;
  char delimiter = ',';
  char array_delimiter = ';';  // between the items of an array field and of :LABEL
  // Rows per committed WriteBatch: past about 10,000 a transaction's overlay outgrows the
  // caches and each row costs more (bench/README.md "Bulk import").
  int64_t batch_rows = 10'000;
};

struct ImportReport {
  int64_t nodes = 0;          // nodes created
  int64_t relationships = 0;  // relationships created
};

enum class ExportFormat { kJsonl, kCypher, kGraphml, kDot, kCsv, kNquads };

class Database {
 public:
  // Opens (or creates, per options) the database in directory `path`.
  // On success *db owns the database; on failure *db is unchanged and the Status is a
  // DatabaseError saying why (missing, locked by another process, corrupt, newer format).
  static Status Open(const std::string& path, const OpenOptions& options, std::unique_ptr<Database>* db);

  ~Database();
  Database(const Database&) = delete;
  Database& operator=(const Database&) = delete;

  // Runs one openCypher statement. A failed statement writes nothing.
  QueryResult Query(std::string_view statement, const Params& params = {}, const QueryOptions& options = {});

  // Compiles one article (UTF-8 text) read from `path` into the graph, in one atomic write.
  // A changed article replaces what its previous version contributed. The same text under
  // several paths is one article (its id is derived from the text), kept while any of
  // them holds it. report may be null.
  Status CompileArticle(std::string_view path, std::string_view text, CompileReport* report);

  // Compiles files and folders (recursively; "-" reads stdin). Paths are made absolute and
  // lexically normal (symlinks kept), so every spelling of a path is one article; the
  // database's own folder is left out. Bad paths are reported and skipped; the others are
  // compiled.
  BuildReport Build(const std::vector<std::string>& paths, const BuildOptions& options = {});

  // Merges lines that ExtractArticles (`kg extract`) wrote, from JSONL files ("-" reads
  // stdin), in file and line order, each written as Build writes the article it was read
  // from: the graph is the one Build of those articles in that order makes. A line that
  // cannot be read (not JSON, a field missing or out of range) is an InputError
  // "FILE:LINE: why" and writes nothing; the other lines are loaded. A line of a later
  // format version is such an error and also ends its file. A file that cannot be opened is
  // an InputError. A DatabaseError stops the load and is the last error. Fills the report
  // as Build does (empty_folders and removed stay empty).
  BuildReport Load(const std::vector<std::string>& files);

  // Removes the articles built from `paths`: files, or folders standing for every article
  // path under them; the files need not exist any more. Paths are normalised as Build does
  // them; an article read from stdin is named by its Article's `path`, "stdin:" + its id. An article whose text another remaining path
  // holds stays; otherwise it is retracted with everything only it supported (facts,
  // claims, aliases, disputes, mentions, entities no other article mentions). Each path is
  // one atomic write.
  RemoveReport Remove(const std::vector<std::string>& paths);

  Status Stats(GraphStats* stats);

  // Writes the whole graph to `out` in `format` (SPEC.md "Export").
  Status Export(ExportFormat format, std::ostream& out);

  // Loads neo4j-admin import files (ImportOptions), streaming, committed in batches. Nodes
  // are added beside what the database holds. On failure (InputError "FILE:LINE: message",
  // or DatabaseError) the batches already committed are deleted again, so nothing of the
  // import is left (should that deletion fail too, the error says so). Serialised with the
  // other writes. report counts what was created.
  Status Import(const ImportOptions& options, ImportReport* report);

  // Names for completion in the shell: labels, relationship types, property keys, procedures.
  std::vector<std::string> Labels();
  std::vector<std::string> RelationshipTypes();
  std::vector<std::string> PropertyKeys();
  std::vector<std::string> Procedures();

  struct Impl;

 private:
  explicit Database(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

// `kg extract`: analyses articles as Database::Build does (the same paths, on `jobs`
// threads) but without a database, writing each article's analysis to `out` as one JSON
// line, in the order Build would write them; the first field, "kg_extract", is the format
// version (README "Building in parallel, and on many machines"). Database::Load merges such lines. Of the report, articles, failed, errors and
// empty_folders are filled. Stops at the first line `out` fails to take. Thread-safe: it
// shares nothing with a Database.
BuildReport ExtractArticles(const std::vector<std::string>& paths, int jobs, std::ostream& out);

// Parses a Cypher literal (`42`, `'x'`, `[1, {a: true}]`), as `--param K=V` gives one.
// ArgumentError, saying why, when it is not one or is nested deeper than the limit.
Status ParseCypherLiteral(std::string_view text, Value* value, const QueryLimits& limits = {});

// Debug logging to stderr (kg's own spdlog logger "kg"; warnings only by default).
void SetVerboseLogging(bool verbose);

// Returns the version string, e.g. "kg 0.1.0".
std::string_view Version();

}  // namespace kg
