#include "engine/query/temporal/temporal_operators.h"

#include "engine/common/temporal/temporal_arithmetic.h"
#include "engine/common/temporal/temporal_values.h"
#include "engine/query/expression/value_ops.h"

namespace kg::query {
namespace {

bool IsDuration(const Value& v) {
  return v.is_temporal() && v.as_temporal().kind == Temporal::Kind::kDuration;
}

Value Scale(const Temporal& d, const Value& n, bool divide) {
  if (divide) {
    if (n.as_number() == 0) throw QueryError(ErrorKind::kArgument, "division of a duration by zero");
    return Value(temporal::Divide(d, n.as_number()));
  }
  return Value(n.is_int() ? temporal::Multiply(d, n.as_int()) : temporal::Multiply(d, n.as_float()));
}

Value Checked(const Temporal& t) {
  if (!temporal::InRange(t))
    throw QueryError(ErrorKind::kArgument, "date out of range (years -999999999..999999999)");
  return Value(t);
}

}  // namespace

Value TemporalArithmetic(const std::string& op, const Value& a, const Value& b) {
  if (op == "+" && IsDuration(b) && a.is_temporal())
    return Checked(temporal::Plus(a.as_temporal(), b.as_temporal()));
  if (op == "+" && IsDuration(a) && b.is_temporal())
    return Checked(temporal::Plus(b.as_temporal(), a.as_temporal()));
  if (op == "-" && IsDuration(b) && a.is_temporal())
    return Checked(temporal::Plus(a.as_temporal(), temporal::Negate(b.as_temporal())));
  if (op == "*" && IsDuration(a) && b.is_number()) return Scale(a.as_temporal(), b, false);
  if (op == "*" && IsDuration(b) && a.is_number()) return Scale(b.as_temporal(), a, false);
  if (op == "/" && IsDuration(a) && b.is_number()) return Scale(a.as_temporal(), b, true);
  ThrowType("cannot apply '" + op + "' to " + TypeName(a) + " and " + TypeName(b));
}

}  // namespace kg::query
