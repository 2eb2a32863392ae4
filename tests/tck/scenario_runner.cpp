// Interprets the TCK's steps (see tests/tck/README.md for the list) on kg::Database.
#include "tests/tck/scenario_runner.h"

#include <regex>
#include <set>

#include "tests/tck/tck_values.h"

namespace kg::tck {
namespace {

// The TCK's error kinds against ours (SPEC.md). The TCK's SyntaxError covers every
// compile-time rejection, which kg splits into SyntaxError and SemanticError; kinds kg has
// no name for (EntityNotFound, ...) are RuntimeErrors.
std::set<ErrorKind> AcceptedKinds(const std::string& tck_kind) {
  if (tck_kind == "SyntaxError") return {ErrorKind::kSyntax, ErrorKind::kSemantic};
  if (tck_kind == "SemanticError") return {ErrorKind::kSemantic};
  if (tck_kind == "TypeError") return {ErrorKind::kType};
  if (tck_kind == "ArgumentError") return {ErrorKind::kArgument};
  if (tck_kind == "ParameterMissing") return {ErrorKind::kSemantic, ErrorKind::kArgument};
  return {ErrorKind::kRuntime};
}

bool Mentions(const Scenario& s, std::string_view words) {
  for (const auto& step : s.steps)
    if (step.sentence.find(words) != std::string::npos) return true;
  return false;
}

class Run {
 public:
  explicit Run(const Scenario& s) : scenario_(s), watch_side_effects_(Mentions(s, "side effects")) {}

  Outcome Go() {
    OpenOptions options;
    options.in_memory = true;
    if (Status s = Database::Open("/kg-tck-in-memory", options, &db_); !s.ok()) return Fail("cannot open database: " + s.ToString());
    for (const Step& step : scenario_.steps) {
      std::string why = Do(step);
      if (!why.empty()) return Fail(why);
    }
    return Outcome{true, "", ""};
  }

 private:
  Outcome Fail(std::string cause) { return Outcome{false, std::move(cause), query_}; }

  std::string Do(const Step& step) {
    const std::string& s = step.sentence;
    if (s == "an empty graph" || s == "any graph") return "";
    if (s == "having executed:") return Setup(step.docstring);
    if (s == "parameters are:") return SetParameters(step.table);
    if (s == "executing query:") return Execute(step.docstring, watch_side_effects_);
    if (s == "executing control query:") return Execute(step.docstring, false);
    if (s == "the result should be empty") return CheckRows({}, RowOrder::kAny);
    if (s == "the result should be, in any order:") return CheckRows(step.table, RowOrder::kAny);
    if (s == "the result should be, in order:") return CheckRows(step.table, RowOrder::kInOrder);
    if (s == "the result should be (ignoring element order for lists):")
      return CheckRows(step.table, RowOrder::kAnyIgnoringListOrder);
    if (s == "the result should be, in order (ignoring element order for lists):")
      return CheckRows(step.table, RowOrder::kInOrderIgnoringListOrder);
    if (s == "no side effects") return CheckSideEffects({});
    if (s == "the side effects should be:") return CheckSideEffects(step.table);
    static const std::regex kError(R"(an? (\w+) should be raised at ([a-z ]+): (.*))");
    if (std::smatch m; std::regex_match(s, m, kError)) return CheckError(m[1], m[3]);
    return "unsupported step: " + s;
  }

  QueryResult Query(const std::string& text) {
    try {
      return db_->Query(text, params_);
    } catch (const std::exception& e) {
      return QueryResult(Status::Runtime(std::string("exception escaped Database::Query: ") + e.what()));
    }
  }

  std::string Setup(const std::string& text) {
    query_ = text;
    QueryResult r = Query(text);
    return r.ok() ? "" : "setup failed: " + r.status().ToString();
  }

  std::string SetParameters(const Table& table) {
    for (const auto& row : table)
      if (row.size() >= 2) params_[row[0]] = ParseTckValue(row[1]);
    return "";
  }

  std::string Execute(const std::string& text, bool snapshot) {
    if (snapshot && !TakeSnapshot(*db_, &before_, &snapshot_error_)) return snapshot_error_;
    query_ = text;
    result_ = Query(text);
    return "";
  }

  std::string CheckRows(const Table& table, RowOrder order) {
    if (!result_.ok()) return "query failed: " + result_.status().ToString();
    try {
      std::string diff = CompareResult(table, result_, order);
      return diff.empty() ? "" : "wrong result: " + diff;
    } catch (const std::exception& e) {
      return std::string("runner cannot read the expected table: ") + e.what();
    }
  }

  std::string CheckError(const std::string& tck_kind, const std::string& detail) {
    std::string expected = "expected " + tck_kind + " (" + detail + ")";
    if (result_.ok()) return expected + ", query succeeded";
    if (AcceptedKinds(tck_kind).count(result_.status().kind())) return "";
    return expected + ", got " + result_.status().ToString();
  }

  // Also after an expected error: a failed statement must have written nothing.
  std::string CheckSideEffects(const Table& table) {
    GraphSnapshot after;
    if (!TakeSnapshot(*db_, &after, &snapshot_error_)) return snapshot_error_;
    return CompareSideEffects(table, before_, after);
  }

  const Scenario& scenario_;
  bool watch_side_effects_;
  std::unique_ptr<Database> db_;
  Params params_;
  QueryResult result_;
  GraphSnapshot before_;
  std::string query_, snapshot_error_;
};

}  // namespace

Outcome RunScenario(const Scenario& scenario) { return Run(scenario).Go(); }

}  // namespace kg::tck
