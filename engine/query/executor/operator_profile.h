// engine/query/executor/operator_profile.h — rows and time per operator, for PROFILE.
//
// A MATCH is several operators (a scan or seek, an expansion per relationship, a filter),
// run as one nested loop: the clock charges the time between two switches to the operator
// that was running, so each operator gets its own time, not that of the ones it calls.
#pragma once

#include <chrono>
#include <cstdint>
#include <string>
#include <vector>

namespace kg::query {

struct OperatorProfile {
  std::string name;   // e.g. "LabelScan(p:Person)", "Expand(p)-[:KNOWS]->(q:Person)"
  int64_t rows = 0;   // rows it passed on
  double millis = 0;  // time in it, not in the operators it passes rows to
};

class OperatorClock {
 public:
  static constexpr int kNone = -1;

  explicit OperatorClock(std::vector<OperatorProfile>* ops) : ops_(ops), since_(Clock::now()) {}

  // Charges the time since the last switch to the running operator, then runs `op`;
  // returns the operator that ran, to switch back to.
  int Switch(int op) {
    auto now = Clock::now();
    if (running_ != kNone)
      (*ops_)[running_].millis += std::chrono::duration<double, std::milli>(now - since_).count();
    since_ = now;
    int previous = running_;
    running_ = op;
    return previous;
  }

 private:
  using Clock = std::chrono::steady_clock;
  std::vector<OperatorProfile>* ops_;
  Clock::time_point since_;
  int running_ = kNone;
};

// Runs `op` on `clock` (when there is one) for as long as it lives, then what ran before.
class OperatorScope {
 public:
  OperatorScope(OperatorClock* clock, int op) : clock_(clock) {
    if (clock_) previous_ = clock_->Switch(op);
  }
  ~OperatorScope() {
    if (clock_) clock_->Switch(previous_);
  }
  OperatorScope(const OperatorScope&) = delete;
  OperatorScope& operator=(const OperatorScope&) = delete;

 private:
  OperatorClock* clock_;
  int previous_ = OperatorClock::kNone;
};

}  // namespace kg::query
