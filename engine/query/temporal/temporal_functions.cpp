#include "engine/query/temporal/temporal_functions.h"

#include <functional>
#include <unordered_map>

#include "engine/common/temporal/calendar.h"
#include "engine/common/temporal/temporal_between.h"
#include "engine/common/temporal/temporal_values.h"
#include "engine/query/expression/value_ops.h"
#include "engine/query/temporal/temporal_construct.h"
#include "engine/query/temporal/temporal_truncate.h"

namespace kg::query {
namespace {

using temporal::Kind;
using Args = std::vector<Value>;
using Fn = std::function<Value(const Args&, int64_t now)>;

struct Function {
  size_t min_args, max_args;
  Fn fn;
};

const Temporal& TemporalArg(const Value& v, const char* fn) {
  if (!v.is_temporal()) ThrowType(std::string(fn) + "() expects a temporal value, got " + TypeName(v));
  return v.as_temporal();
}

int64_t IntArg(const Value& v, const char* fn) {
  if (!v.is_int()) ThrowType(std::string(fn) + "() expects an integer, got " + TypeName(v));
  return v.as_int();
}

Value Between(const Args& a, temporal::BetweenUnit unit, const char* fn) {
  if (a[1].is_null()) return Value();
  const Temporal &from = TemporalArg(a[0], fn), &to = TemporalArg(a[1], fn);
  if (from.kind == Kind::kDuration || to.kind == Kind::kDuration)
    ThrowType(std::string(fn) + "() expects two instants, got a duration");
  return Value(temporal::Between(from, to, unit));
}

void AddKind(std::unordered_map<std::string, Function>* table, const std::string& name, Kind kind) {
  (*table)[name] = {0, 1, [kind](const Args& a, int64_t now) {
                      return a.empty() ? CurrentTemporal(kind, Value(), now)
                                       : ConstructTemporal(kind, a[0], now);
                    }};
  for (const char* clock : {".transaction", ".statement", ".realtime"})
    (*table)[name + clock] = {0, 1, [kind](const Args& a, int64_t now) {
                                return CurrentTemporal(kind, a.empty() ? Value() : a[0], now);
                              }};
  (*table)[name + ".truncate"] = {2, 3, [kind](const Args& a, int64_t now) {
                                    if (a[1].is_null()) return Value();
                                    if (!a[0].is_string()) ThrowType("truncate() expects a unit string");
                                    return TruncateTemporal(kind, a[0].as_string(),
                                                            TemporalArg(a[1], "truncate"),
                                                            a.size() > 2 ? a[2] : Value(), now);
                                  }};
}

const std::unordered_map<std::string, Function>& Table() {
  static const std::unordered_map<std::string, Function> kTable = [] {
    std::unordered_map<std::string, Function> t;
    AddKind(&t, "date", Kind::kDate);
    AddKind(&t, "localtime", Kind::kLocalTime);
    AddKind(&t, "time", Kind::kTime);
    AddKind(&t, "localdatetime", Kind::kLocalDateTime);
    AddKind(&t, "datetime", Kind::kDateTime);
    t["duration"] = {
        1, 1, [](const Args& a, int64_t now) { return ConstructTemporal(Kind::kDuration, a[0], now); }};
    t["duration.between"] = {2, 2, [](const Args& a, int64_t) {
                               return Between(a, temporal::BetweenUnit::kAll, "duration.between");
                             }};
    t["duration.inmonths"] = {2, 2, [](const Args& a, int64_t) {
                                return Between(a, temporal::BetweenUnit::kMonths, "duration.inMonths");
                              }};
    t["duration.indays"] = {2, 2, [](const Args& a, int64_t) {
                              return Between(a, temporal::BetweenUnit::kDays, "duration.inDays");
                            }};
    t["duration.inseconds"] = {2, 2, [](const Args& a, int64_t) {
                                 return Between(a, temporal::BetweenUnit::kSeconds, "duration.inSeconds");
                               }};
    t["datetime.fromepoch"] = {
        2, 2, [](const Args& a, int64_t) {
          if (a[1].is_null()) return Value();
          return Value(temporal::DateTimeAtInstant(IntArg(a[0], "datetime.fromepoch"),
                                                   IntArg(a[1], "datetime.fromepoch"), 0, ""));
        }};
    t["datetime.fromepochmillis"] = {
        1, 1, [](const Args& a, int64_t) {
          int64_t ms = IntArg(a[0], "datetime.fromepochmillis");
          return Value(temporal::DateTimeAtInstant(temporal::FloorDiv(ms, 1000),
                                                   temporal::FloorMod(ms, 1000) * 1000000, 0, ""));
        }};
    return t;
  }();
  return kTable;
}

}  // namespace

bool IsTemporalFunction(const std::string& lower_name) { return Table().count(lower_name) > 0; }

Value CallTemporalFunction(const std::string& lower_name, const std::vector<Value>& args,
                           int64_t now_utc_nanos) {
  const Function& f = Table().at(lower_name);
  if (args.size() < f.min_args || args.size() > f.max_args)
    throw QueryError(ErrorKind::kArgument, "wrong number of arguments to " + lower_name + "()");
  if (!args.empty() && args[0].is_null()) return Value();
  Value out = f.fn(args, now_utc_nanos);
  // Epoch seconds, truncation and map fields can all reach past the years a date may have.
  if (out.is_temporal() && !temporal::InRange(out.as_temporal()))
    throw QueryError(ErrorKind::kArgument, lower_name + "(): date out of range (years -999999999..999999999)");
  return out;
}

}  // namespace kg::query
