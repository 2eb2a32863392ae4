#include "engine/query/executor/accumulator.h"

#include <algorithm>
#include <cmath>

#include "engine/common/ascii.h"
#include "engine/query/expression/evaluator.h"

namespace kg::query {

namespace {

// percentileDisc picks a value of the group; percentileCont interpolates between two.
Value Percentile(bool discrete, std::vector<Value> values, const Value& percentile) {
  const char* name = discrete ? "percentileDisc" : "percentileCont";
  if (values.empty()) return Value();
  if (!percentile.is_number()) ThrowType(std::string(name) + "() expects a number as percentile, got " + TypeName(percentile));
  double p = percentile.as_number();
  if (p < 0 || p > 1) throw QueryError(ErrorKind::kArgument, std::string(name) + "() percentile must be between 0.0 and 1.0");
  for (const auto& v : values)
    if (!v.is_number()) ThrowType(std::string(name) + "() expects numbers, got " + TypeName(v));
  std::sort(values.begin(), values.end(), [](const Value& a, const Value& b) { return a.as_number() < b.as_number(); });
  size_t n = values.size();
  if (discrete) {
    double at = p * static_cast<double>(n);
    size_t index = at <= 1 ? 0 : static_cast<size_t>(std::ceil(at)) - 1;
    return values[std::min(index, n - 1)];
  }
  double at = p * static_cast<double>(n - 1);
  size_t below = static_cast<size_t>(std::floor(at)), above = static_cast<size_t>(std::ceil(at));
  double low = values[below].as_number(), high = values[above].as_number();
  return Value(low + (high - low) * (at - static_cast<double>(below)));
}

}  // namespace

Accumulator::Accumulator(const ast::Expr& call, const Row* first, ExecContext& ctx) : call_(call) {
  if (call.kind == ast::ExprKind::kCountStar) {
    kind_ = Kind::kCountStar;
    return;
  }
  std::string name = AsciiLower(call.name);
  size_t arity = name.rfind("percentile", 0) == 0 ? 2 : 1;
  if (call.children.size() != arity)
    throw QueryError(ErrorKind::kArgument, name + "() takes " + std::to_string(arity) + " argument(s)");
  if (name == "count") kind_ = Kind::kCount;
  else if (name == "sum") kind_ = Kind::kSum;
  else if (name == "avg") kind_ = Kind::kAvg;
  else if (name == "min") kind_ = Kind::kMin;
  else if (name == "max") kind_ = Kind::kMax;
  else if (name == "collect") kind_ = Kind::kCollect;
  else kind_ = name == "percentiledisc" ? Kind::kPercentileDisc : Kind::kPercentileCont;
  if (arity == 2 && first) percentile_ = Evaluate(*call.children[1], *first, ctx);
}

bool Accumulator::Fresh(const Value& v) { return !call_.distinct || seen_.insert(GroupKey(v)).second; }

int64_t Accumulator::Add(const Row& row, ExecContext& ctx) {
  if (kind_ == Kind::kCountStar) {
    ++count_;
    return 0;
  }
  Value v = Evaluate(*call_.children[0], row, ctx);
  if (v.is_null() || !Fresh(v)) return 0;
  ++count_;
  int64_t kept = call_.distinct ? 1 : 0;
  switch (kind_) {
    case Kind::kSum:
    case Kind::kAvg: {
      bool duration = v.is_temporal() && v.as_temporal().kind == Temporal::Kind::kDuration;
      if (!v.is_number() && !duration)
        ThrowType(AsciiLower(call_.name) + "() expects numbers or durations, got " + TypeName(v));
      // Durations sum from the first one (0 + P1D has no type); mixing them with numbers is
      // the TypeError of `+`.
      total_ = duration && count_ == 1 ? v : Arithmetic("+", total_, v);
      break;
    }
    case Kind::kMin:
    case Kind::kMax: {
      int c = best_.is_null() ? 0 : OrderCompare(v, best_);
      if (best_.is_null() || (kind_ == Kind::kMin ? c < 0 : c > 0)) best_ = std::move(v);
      break;
    }
    case Kind::kCollect:
    case Kind::kPercentileDisc:
    case Kind::kPercentileCont:
      values_.push_back(std::move(v));
      ++kept;
      break;
    default: break;  // count
  }
  return kept;
}

Value Accumulator::Result() const {
  switch (kind_) {
    case Kind::kCountStar:
    case Kind::kCount: return Value(count_);
    case Kind::kSum: return total_;
    case Kind::kAvg:
      if (count_ == 0) return Value();
      if (total_.is_temporal()) return Arithmetic("/", total_, Value(count_));
      return Value(total_.as_number() / static_cast<double>(count_));
    case Kind::kMin:
    case Kind::kMax: return best_;
    case Kind::kCollect: return Value(values_);
    case Kind::kPercentileDisc:
    case Kind::kPercentileCont: return Percentile(kind_ == Kind::kPercentileDisc, values_, percentile_);
  }
  return Value();
}

}  // namespace kg::query
