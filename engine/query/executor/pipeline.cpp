// Stages of the push pipeline (pipeline.h): streaming MATCH, UNWIND, LOAD CSV, projection and
// aggregation, and the breaker that runs any other clause over the rows it gathered.
#include "engine/query/executor/pipeline.h"

#include <chrono>
#include <memory>

#include "engine/common/ascii.h"
#include "engine/query/executor/limits.h"
#include "engine/query/executor/load_csv.h"
#include "engine/query/executor/match.h"
#include "engine/query/executor/store_counts.h"
#include "engine/query/expression/evaluator.h"
#include "engine/query/functions/functions.h"

namespace kg::query {

namespace {

using Clock = std::chrono::steady_clock;

// A stage takes rows by Push (false: send no more) and, when its input has ended, Finish.
// Rows it makes go to Emit. Its profile counts the rows it emits and the time spent in it
// but not in the stages after it.
class Stage {
 public:
  explicit Stage(std::string name) { profile_.name = std::move(name); }
  virtual ~Stage() = default;
  void set_next(Stage* next) { next_ = next; }
  // Rows and time of its operators, under PROFILE: one for most stages, several for a MATCH.
  virtual std::vector<OperatorProfile> Operators() const { return {profile_}; }

  bool Push(const Row& row, ExecContext& ctx) {
    ctx.CheckCancel();
    if (!ctx.profiling) return Accept(row, ctx);
    auto begin = Clock::now();
    bool go = Accept(row, ctx);
    profile_.millis += Millis(begin);
    return go;
  }
  void Finish(ExecContext& ctx) {
    auto begin = Clock::now();
    End(ctx);
    profile_.millis += Millis(begin);
    if (next_) next_->Finish(ctx);
    if (next_) profile_.millis -= next_->finish_millis_;
    finish_millis_ = Millis(begin);
  }

 protected:
  virtual bool Accept(const Row& row, ExecContext& ctx) = 0;
  virtual void End(ExecContext&) {}
  bool Emit(const Row& row, ExecContext& ctx) {
    ++profile_.rows;
    if (!ctx.profiling) return next_->Push(row, ctx);
    auto begin = Clock::now();
    bool go = next_->Push(row, ctx);
    profile_.millis -= Millis(begin);
    return go;
  }

 private:
  static double Millis(Clock::time_point begin) {
    return std::chrono::duration<double, std::milli>(Clock::now() - begin).count();
  }
  Stage* next_ = nullptr;
  OperatorProfile profile_;
  double finish_millis_ = 0;  // End of this stage and the stages after it
};

// A MATCH: its operators (runner.h's ClauseOperators) profile themselves inside MatchPattern,
// the filter and the optional rows here.
class MatchStage : public Stage {
 public:
  MatchStage(const ast::Clause& c, const std::vector<std::string>& operators) : Stage("Match"), c_(c) {
    for (const auto& name : operators) ops_.push_back({name, 0, 0});
    if (c_.where) filter_op_ = profiler_.Operator("Filter");
    if (c_.optional) optional_op_ = profiler_.Operator("Optional");
  }
  std::vector<OperatorProfile> Operators() const override { return ops_; }

 protected:
  bool Accept(const Row& row, ExecContext& ctx) override {
    bool any = false, go = true;
    MatchPattern(
        c_.patterns, row, ctx,
        [&](const Row& m) {
          if (c_.where && !Filter(m, ctx)) return true;
          any = true;
          return go = Pass(m, ctx);
        },
        c_.where.get(), ctx.profiling ? &profiler_ : nullptr);
    if (any || !c_.optional) return go;
    Row with_nulls = row;  // OPTIONAL MATCH: the row survives with nulls
    for (const auto& part : c_.patterns) {
      if (!part.path_variable.empty()) with_nulls.emplace(part.path_variable, Value());
      for (const auto& n : part.nodes) if (!n.variable.empty()) with_nulls.emplace(n.variable, Value());
      for (const auto& r : part.rels) if (!r.variable.empty()) with_nulls.emplace(r.variable, Value());
    }
    return Pass(with_nulls, ctx);
  }

 private:
  bool Filter(const Row& m, ExecContext& ctx) {
    if (!ctx.profiling) return EvaluatePredicate(*c_.where, m, ctx);
    int previous = clock_.Switch(filter_op_);
    bool pass = EvaluatePredicate(*c_.where, m, ctx);
    ops_[filter_op_].rows += pass;
    clock_.Switch(previous);
    return pass;
  }
  bool Pass(const Row& m, ExecContext& ctx) {
    if (optional_op_ >= 0) ++ops_[optional_op_].rows;
    return Emit(m, ctx);
  }

  const ast::Clause& c_;
  std::vector<OperatorProfile> ops_;
  OperatorClock clock_{&ops_};
  MatchProfiler profiler_{&ops_, &clock_};
  int filter_op_ = -1, optional_op_ = -1;
};

class UnwindStage : public Stage {
 public:
  UnwindStage(const ast::Clause& c, std::string name) : Stage(std::move(name)), c_(c) {}

 protected:
  bool Accept(const Row& row, ExecContext& ctx) override {
    std::vector<Value> range_args;
    if (RangeCall(row, ctx, &range_args)) {  // never built as a list
      bool go = true;
      ForEachInRange(range_args, [&](int64_t item) {
        ctx.CheckCancel();
        Row next = row;
        next[c_.variable] = Value(item);
        return go = Emit(next, ctx);
      });
      return go;
    }
    Value list = Evaluate(*c_.expr, row, ctx);
    if (list.is_null()) return true;
    if (!list.is_list()) {
      Row next = row;
      next[c_.variable] = list;
      return Emit(next, ctx);
    }
    for (const auto& item : list.as_list()) {
      ctx.CheckCancel();
      Row next = row;
      next[c_.variable] = item;
      if (!Emit(next, ctx)) return false;
    }
    return true;
  }

 private:
  // `UNWIND range(a, b[, s])` with integer arguments: their values in *args.
  bool RangeCall(const Row& row, ExecContext& ctx, std::vector<Value>* args) {
    const ast::Expr& e = *c_.expr;
    if (e.kind != ast::ExprKind::kFunction || AsciiLower(e.name) != "range" || e.distinct) return false;
    if (e.children.size() < 2 || e.children.size() > 3) return false;
    for (const auto& child : e.children) {
      args->push_back(Evaluate(*child, row, ctx));
      if (!args->back().is_int()) return false;  // range()'s own errors
    }
    return true;
  }

  const ast::Clause& c_;
};

// LOAD CSV: a row per CSV record, read from the file as the rows are pushed on, so a
// LIMIT after it stops the reading.
class LoadCsvStage : public Stage {
 public:
  LoadCsvStage(const ast::Clause& c, std::string name) : Stage(std::move(name)), c_(c) {}

 protected:
  bool Accept(const Row& row, ExecContext& ctx) override {
    bool go = true;
    ForEachCsvRow(c_, Evaluate(*c_.expr, row, ctx), ctx, [&](Value record) {
      Row next = row;
      next[c_.variable] = std::move(record);
      return go = Emit(next, ctx);
    });
    return go;
  }

 private:
  const ast::Clause& c_;
};

// WITH / RETURN with no aggregate, DISTINCT or ORDER BY: each row on its own, SKIP and
// LIMIT counted as rows pass; the stage stops its input once LIMIT rows have passed.
class StreamingProjectionStage : public Stage {
 public:
  StreamingProjectionStage(const ast::Projection& p, std::string name, std::vector<std::string>* columns)
      : Stage(std::move(name)), p_(p), columns_(columns) {}

 protected:
  bool Accept(const Row& row, ExecContext& ctx) override {
    if (!started_) Start(&row, ctx);
    if (limit_ == 0) return false;
    if (skip_ > 0) {  // a skipped row is never projected
      --skip_;
      return true;
    }
    Rows one;
    one.push_back(row);
    std::vector<std::string> columns;
    Rows projected = RunProjection(Unbounded(), std::move(one), ctx, &columns);
    --limit_;
    if (!projected.empty() && !Emit(projected[0], ctx)) return false;
    return limit_ != 0;
  }
  void End(ExecContext& ctx) override {
    if (!started_) Start(nullptr, ctx);
  }

 private:
  // The projection without SKIP and LIMIT, which this stage counts itself.
  const ast::Projection& Unbounded() {
    if (!unbounded_) {
      unbounded_ = std::make_unique<ast::Projection>(p_);
      unbounded_->skip = unbounded_->limit = nullptr;
    }
    return *unbounded_;
  }
  void Start(const Row* first, ExecContext& ctx) {
    started_ = true;
    Rows sample;
    if (first) sample.push_back(*first);
    ProjectionColumns(p_, sample, columns_);
    skip_ = p_.skip ? ProjectionCount(p_.skip, ctx, "SKIP") : 0;
    limit_ = p_.limit ? ProjectionCount(p_.limit, ctx, "LIMIT") : -1;
  }

  const ast::Projection& p_;
  std::vector<std::string>* columns_;
  std::unique_ptr<ast::Projection> unbounded_;
  bool started_ = false;
  int64_t skip_ = 0, limit_ = -1;  // -1: no limit
};

// WITH / RETURN with an aggregate: rows fold into their groups as they pass (aggregate.h);
// at the end the groups go through DISTINCT, ORDER BY, SKIP and LIMIT like any projection.
class AggregateStage : public Stage {
 public:
  AggregateStage(const ast::Projection& p, std::string name, std::vector<std::string>* columns)
      : Stage(std::move(name)), p_(p), columns_(columns) {}

 protected:
  bool Accept(const Row& row, ExecContext& ctx) override {
    if (!aggregation_) Start(&row);
    aggregation_->Add(row, ctx);
    return true;
  }
  void End(ExecContext& ctx) override {
    if (!aggregation_) Start(nullptr);
    for (const auto& row : FinishProjection(p_, items_, aggregation_->Finish(ctx), *columns_, ctx))
      if (!Emit(row, ctx)) break;
  }

 private:
  void Start(const Row* first) {  // RETURN *, count(*) names the first row's variables
    items_ = ProjectionItems(p_, first);
    for (const auto& item : items_) columns_->push_back(item.alias);
    aggregation_ = std::make_unique<HashAggregation>(items_);
  }

  const ast::Projection& p_;
  std::vector<std::string>* columns_;
  std::vector<ast::ProjectionItem> items_;
  std::unique_ptr<HashAggregation> aggregation_;
};

// Any other clause: gathers its input (within QueryLimits::max_rows), runs it whole.
class BreakerStage : public Stage {
 public:
  using Run = std::function<Rows(Rows, ExecContext&)>;
  BreakerStage(std::string name, Run run) : Stage(std::move(name)), run_(std::move(run)) {}

 protected:
  bool Accept(const Row& row, ExecContext& ctx) override {
    CountRows(RowWeight(row), &held_, ctx);
    input_.push_back(row);
    return true;
  }
  void End(ExecContext& ctx) override {
    for (auto& row : run_(std::move(input_), ctx))
      if (!Emit(row, ctx)) break;
  }

 private:
  Run run_;
  Rows input_;
  int64_t held_ = 0;
};

// The end of the pipeline: the query's rows.
class SinkStage : public Stage {
 public:
  explicit SinkStage(Rows* rows) : Stage("Results"), rows_(rows) {}

 protected:
  bool Accept(const Row& row, ExecContext&) override {
    rows_->push_back(row);
    return true;
  }

 private:
  Rows* rows_;
};

// `MATCH (p:Person) RETURN count(*)` as one stage: the counter read, then the projection.
std::string StoreCountOperators(const ast::Clause& match, const ast::Clause& projection) {
  const char* clause = projection.kind == ast::Clause::Kind::kWith ? "WITH" : "RETURN";
  return DescribeStoreCount(match) + " -> Projection (" + clause + ")";
}

bool Streams(const ast::Projection& p) {
  return !p.distinct && p.order_by.empty() && !HasAggregate(p);
}

std::unique_ptr<Stage> MakeStage(const ast::Clause& c, const std::vector<std::string>& operators, bool last,
                                 QueryOutput* out, std::vector<std::string>* columns) {
  const std::string& name = operators[0];
  using K = ast::Clause::Kind;
  auto breaker = [&](BreakerStage::Run run) { return std::make_unique<BreakerStage>(name, std::move(run)); };
  switch (c.kind) {
    case K::kMatch: return std::make_unique<MatchStage>(c, operators);
    case K::kUnwind: return std::make_unique<UnwindStage>(c, name);
    case K::kLoadCsv: return std::make_unique<LoadCsvStage>(c, name);
    case K::kWith:
    case K::kReturn: {
      auto* cols = c.kind == K::kReturn ? &out->columns : columns;
      if (Streams(c.projection)) return std::make_unique<StreamingProjectionStage>(c.projection, name, cols);
      if (HasAggregate(c.projection)) return std::make_unique<AggregateStage>(c.projection, name, cols);
      return breaker([&c, cols](Rows in, ExecContext& ctx) { return RunProjection(c.projection, std::move(in), ctx, cols); });
    }
    case K::kCreate: return breaker([&c](Rows in, ExecContext& ctx) { return RunCreate(c, std::move(in), ctx); });
    case K::kMerge: return breaker([&c](Rows in, ExecContext& ctx) { return RunMerge(c, std::move(in), ctx); });
    case K::kSet:
    case K::kRemove: return breaker([&c](Rows in, ExecContext& ctx) { return RunSet(c, std::move(in), ctx); });
    case K::kDelete: return breaker([&c](Rows in, ExecContext& ctx) { return RunDelete(c, std::move(in), ctx); });
    case K::kCall: {
      auto* cols = last ? &out->columns : columns;  // standalone CALL returns its columns
      return breaker([&c, cols](Rows in, ExecContext& ctx) { return RunCall(c, std::move(in), ctx, cols); });
    }
  }
  return nullptr;
}

}  // namespace

std::vector<std::string> DescribePipeline(const ast::SingleQuery& query) {
  std::vector<std::string> lines;
  std::vector<std::vector<std::string>> names = ClauseOperators(query);
  const auto& clauses = query.clauses;
  for (size_t i = 0; i < clauses.size(); ++i) {
    if (i + 1 < clauses.size() && CountsFromStore(clauses[i], clauses[i + 1], i == 0)) {
      lines.push_back(StoreCountOperators(clauses[i], clauses[i + 1]));
      ++i;
      continue;
    }
    lines.insert(lines.end(), names[i].begin(), names[i].end());
  }
  return lines;
}

QueryOutput RunPipeline(const ast::SingleQuery& query, Rows input, ExecContext& ctx) {
  QueryOutput out;
  std::vector<std::string> scratch_columns;  // WITH's and inner CALLs' column names
  std::vector<std::unique_ptr<Stage>> stages;
  const auto& clauses = query.clauses;
  std::vector<std::vector<std::string>> names = ClauseOperators(query);
  bool top_level = input.size() == 1 && input[0].empty();
  for (size_t i = 0; i < clauses.size(); ++i) {
    std::vector<std::string>* columns = &scratch_columns;
    if (i + 1 < clauses.size() && CountsFromStore(clauses[i], clauses[i + 1], i == 0 && top_level)) {
      const ast::Clause& count = clauses[i + 1];
      if (count.kind == ast::Clause::Kind::kReturn) columns = &out.columns;
      stages.push_back(std::make_unique<BreakerStage>(
          StoreCountOperators(clauses[i], count),
          [&m = clauses[i], &count, columns](Rows in, ExecContext& ctx) {
            return StoreCountRows(m, count.projection, in.size(), ctx, columns);
          }));
      ++i;
      continue;
    }
    stages.push_back(MakeStage(clauses[i], names[i], i + 1 == clauses.size(), &out, columns));
  }
  SinkStage sink(&out.rows);  // EXISTS { } needs the rows even without a RETURN
  for (size_t i = 0; i < stages.size(); ++i) stages[i]->set_next(i + 1 < stages.size() ? stages[i + 1].get() : &sink);
  Stage* first = stages.empty() ? static_cast<Stage*>(&sink) : stages[0].get();
  for (const auto& row : input)
    if (!first->Push(row, ctx)) break;
  first->Finish(ctx);
  for (const auto& stage : stages)
    for (auto& op : stage->Operators()) out.profile.push_back(std::move(op));
  return out;
}

}  // namespace kg::query
