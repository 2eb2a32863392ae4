// The Database facade: opens the store and dispatches to the two pipelines
// (engine/compiler for articles, engine/query for Cypher) and to export.
#include "kg/database.h"

#include <algorithm>
#include <filesystem>
#include <mutex>

#include "engine/articles/article_files.h"
#include "engine/articles/article_lines.h"
#include "engine/articles/article_placement.h"
#include "engine/articles/article_removal.h"
#include "engine/common/log.h"
#include "engine/compiler/article_compiler.h"
#include "engine/export/exporter.h"
#include "engine/import/bulk_import.h"
#include "engine/query/query_engine.h"
#include "storage/graph_store.h"

namespace kg {

struct Database::Impl {
  std::string path;  // the database folder; empty in memory
  std::unique_ptr<storage::GraphStore> store;
  std::mutex write_mutex;  // one writer at a time: compiles and write queries

  // Writes an analysed article (when `status`, the analysis's own, is ok) under the write
  // mutex, counting it in *report; `source` names it in the debug log. False when the
  // database failed: the next article would meet that too.
  bool Place(Status status, const compiler::ArticleAnalysis* analysis, const std::string& source,
             BuildReport* report) {
    if (status.ok()) {
      CompileReport one;
      std::lock_guard<std::mutex> lock(write_mutex);
      status = PlaceArticle(*store, *analysis, &one);
      if (status.ok()) (one.unchanged ? report->unchanged : report->articles)++;
      Log().debug("{}: {} ({} entities, {} facts)", source, one.unchanged ? "unchanged" : "compiled",
                  one.entities, one.facts);
    }
    if (!status.ok()) {
      report->failed++;
      report->errors.push_back(status);
    }
    return status.kind() != ErrorKind::kDatabase;
  }

  // Removes one article path under the write mutex, counting it in *report.
  Status RemovePath(const std::string& article_path, RemoveReport* report) {
    std::lock_guard<std::mutex> lock(write_mutex);
    bool retracted = false;
    Status s = RemoveArticlePath(*store, article_path, &retracted);
    if (s.ok()) report->paths++, report->articles += retracted;
    Log().debug("{}: {}", article_path, s.ok() ? (retracted ? "retracted" : "removed") : s.ToString());
    return s;
  }
};

namespace {

// The article paths under the folders among `paths` whose files are gone (`build --sync`).
std::vector<std::string> VanishedPaths(storage::GraphReader& graph, const std::vector<std::string>& paths) {
  namespace fs = std::filesystem;
  std::vector<std::string> gone;
  for (const auto& given : paths) {
    std::string folder = NormalArticlePath(given);
    std::error_code ec;
    if (given == "-" || !fs::is_directory(folder, ec)) continue;
    for (const auto& path : ArticlePathsUnder(graph, folder))
      if (path != folder && !fs::exists(fs::symlink_status(path, ec))) gone.push_back(path);
  }
  std::sort(gone.begin(), gone.end());
  gone.erase(std::unique(gone.begin(), gone.end()), gone.end());
  return gone;
}

// The totals a build or load reports: entities, facts and disputes in the graph after it.
void CountTotals(Database& db, BuildReport* report) {
  GraphStats stats;
  if (!db.Stats(&stats).ok()) return;
  for (const auto& [label, count] : stats.nodes_by_label)
    if (label != "Article") report->entities += count;
  for (const auto& [type, count] : stats.relationships_by_type)
    if (type != "MENTIONS") report->facts += count;
  report->disputes = stats.disputes;
}

}  // namespace

Database::Database(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Database::~Database() = default;

Status Database::Open(const std::string& path, const OpenOptions& options, std::unique_ptr<Database>* db) {
  storage::GraphStore::Options store_options;
  store_options.read_only = options.read_only;
  store_options.create_if_missing = options.create_if_missing;
  store_options.in_memory = options.in_memory;
  auto impl = std::make_unique<Impl>();
  if (!options.in_memory) impl->path = path;
  Status s = storage::GraphStore::Open(path, store_options, &impl->store);
  if (!s.ok()) return s;
  Log().debug("opened {}{}", path, options.read_only ? " read-only" : "");
  db->reset(new Database(std::move(impl)));
  return Status::Ok();
}

QueryResult Database::Query(std::string_view statement, const Params& params, const QueryOptions& options) {
  // Statements may write; serialising them keeps one writer at a time.
  std::lock_guard<std::mutex> lock(impl_->write_mutex);
  bool storage_was_ok = impl_->store->status().ok();
  QueryResult result = query::RunQuery(*impl_->store, statement, params, options);
  // A query that failed after one of its storage reads failed (a node read as missing
  // turned into a type error, say) reports the cause.
  if (!result.ok() && storage_was_ok && !impl_->store->status().ok()) result = QueryResult(impl_->store->status());
  if (!result.ok()) Log().debug("query failed: {}", result.status().ToString());
  return result;
}

Status Database::CompileArticle(std::string_view path, std::string_view text, CompileReport* report) {
  std::shared_ptr<const compiler::ArticleAnalysis> analysis;
  Status s = compiler::AnalyzeArticle(path, text, &analysis);
  if (!s.ok()) return s;
  CompileReport local;
  std::lock_guard<std::mutex> lock(impl_->write_mutex);
  return PlaceArticle(*impl_->store, *analysis, report ? report : &local);
}

BuildReport Database::Build(const std::vector<std::string>& paths, const BuildOptions& options) {
  BuildReport report;
  std::vector<ArticleFile> files;
  CollectArticleFiles(paths, impl_->path, &files, &report.errors, &report.empty_folders);
  report.failed = static_cast<int64_t>(report.errors.size());
  // Analysis runs on `jobs` threads; writes happen here, in path order, so the graph is
  // the same whatever the number of jobs. A database error stops the build: the next
  // article would meet it too.
  AnalyzeInParallel(files, options.jobs, [&](size_t index, const ArticleFile& file, Status status,
                                             std::shared_ptr<const compiler::ArticleAnalysis> analysis) {
    bool go_on = impl_->Place(status, analysis.get(), file.path, &report);
    if (options.on_progress) options.on_progress(static_cast<int64_t>(index + 1), static_cast<int64_t>(files.size()));
    return go_on;
  });
  bool database_failed = !report.errors.empty() && report.errors.back().kind() == ErrorKind::kDatabase;
  if (options.sync && !database_failed) {
    // After the compiles, so that a file moved within the folder joins its article first and
    // the removal of its old path retracts nothing.
    RemoveReport removal;
    for (const auto& path : VanishedPaths(*impl_->store->Begin(), paths))
      if (Status s = impl_->RemovePath(path, &removal); !s.ok()) {
        report.errors.push_back(s);
        if (s.kind() == ErrorKind::kDatabase) break;
      }
    report.removed = removal.paths;
  }
  CountTotals(*this, &report);
  return report;
}

BuildReport Database::Load(const std::vector<std::string>& files) {
  BuildReport report;
  bool go_on = true;
  auto place = [&](Status status, std::shared_ptr<const compiler::ArticleAnalysis> analysis,
                   const std::string& line) { return go_on = impl_->Place(status, analysis.get(), line, &report); };
  for (size_t i = 0; go_on && i < files.size(); ++i) ReadAnalysisLines(files[i], place);
  CountTotals(*this, &report);
  return report;
}

RemoveReport Database::Remove(const std::vector<std::string>& paths) {
  RemoveReport report;
  for (const auto& given : paths) {
    std::string path = NormalArticlePath(given);
    std::vector<std::string> held = ArticlePathsUnder(*impl_->store->Begin(), path);
    if (held.empty()) report.errors.push_back(Status::Input(given + ": no article was built from this path"));
    for (const auto& article_path : held)
      if (Status s = impl_->RemovePath(article_path, &report); !s.ok()) {
        report.errors.push_back(s);
        if (s.kind() == ErrorKind::kDatabase) return report;
      }
  }
  return report;
}

Status Database::Stats(GraphStats* stats) {
  auto txn = impl_->store->Begin();
  *stats = GraphStats();
  stats->articles = txn->CountNodes("Article");
  for (const auto& label : txn->Labels()) stats->nodes_by_label.emplace_back(label, txn->CountNodes(label));
  for (const auto& type : txn->RelTypes()) stats->relationships_by_type.emplace_back(type, txn->CountRels(type));
  stats->disputes = compiler::CountDisputes(*txn);
  return txn->status();
}

Status Database::Export(ExportFormat format, std::ostream& out) {
  auto txn = impl_->store->Begin();
  return exporter::ExportGraph(*txn, format, out);
}

Status Database::Import(const ImportOptions& options, ImportReport* report) {
  std::lock_guard<std::mutex> lock(impl_->write_mutex);
  return import::ImportFiles(*impl_->store, options, report);
}

std::vector<std::string> Database::Labels() { return impl_->store->Begin()->Labels(); }
std::vector<std::string> Database::RelationshipTypes() { return impl_->store->Begin()->RelTypes(); }
std::vector<std::string> Database::PropertyKeys() { return impl_->store->Begin()->PropertyKeys(); }
std::vector<std::string> Database::Procedures() { return query::ProcedureNames(); }

bool WriteStats::any() const {
  return nodes_created || nodes_deleted || relationships_created || relationships_deleted || properties_set ||
         labels_added || labels_removed;
}

std::string_view Version() { return "kg " KG_VERSION; }

void SetVerboseLogging(bool verbose) { SetLogLevel(verbose ? spdlog::level::debug : spdlog::level::warn); }

}  // namespace kg
