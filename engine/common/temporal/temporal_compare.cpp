#include "engine/common/temporal/temporal_compare.h"

#include <tuple>

#include "engine/common/temporal/calendar.h"

namespace kg::temporal {
namespace {

using Kind = Temporal::Kind;

template <typename T>
int Three(const T& a, const T& b) {
  return a < b ? -1 : b < a ? 1 : 0;
}

int KindRank(Kind k) {
  switch (k) {
    case Kind::kDateTime:
      return 0;
    case Kind::kLocalDateTime:
      return 1;
    case Kind::kDate:
      return 2;
    case Kind::kTime:
      return 3;
    case Kind::kLocalTime:
      return 4;
    case Kind::kDuration:
      return 5;
  }
  return 6;
}

}  // namespace

std::optional<int> Compare(const Temporal& a, const Temporal& b) {
  if (a.kind != b.kind) return std::nullopt;
  switch (a.kind) {
    case Kind::kDate:
      return Three(a.days, b.days);
    case Kind::kLocalTime:
      return Three(a.nanos, b.nanos);
    case Kind::kTime:
      return Three(a.nanos - a.offset * kNanosPerSecond, b.nanos - b.offset * kNanosPerSecond);
    case Kind::kLocalDateTime:
      return Three(std::make_tuple(a.days, a.nanos), std::make_tuple(b.days, b.nanos));
    case Kind::kDateTime: {
      auto instant = [](const Temporal& t) {
        return std::make_tuple(t.days * kSecondsPerDay + t.nanos / kNanosPerSecond - t.offset,
                               t.nanos % kNanosPerSecond);
      };
      return Three(instant(a), instant(b));
    }
    case Kind::kDuration:
      return std::nullopt;
  }
  return std::nullopt;
}

int OrderCompare(const Temporal& a, const Temporal& b) {
  if (a.kind != b.kind) return Three(KindRank(a.kind), KindRank(b.kind));
  if (auto c = Compare(a, b); c && *c != 0) return *c;
  return Three(std::tie(a.months, a.days, a.seconds, a.nanos, a.offset, a.zone),
               std::tie(b.months, b.days, b.seconds, b.nanos, b.offset, b.zone));
}

}  // namespace kg::temporal
