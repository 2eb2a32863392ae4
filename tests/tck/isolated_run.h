// tests/tck/isolated_run.h — runs scenarios in a child process, so that an engine crash
// or hang costs one scenario, not the whole TCK run.
#pragma once

#include <vector>

#include "tests/tck/scenario_runner.h"

namespace kg::tck {

// Runs `scenarios` in order in forked children (one child serves many scenarios; a new one
// resumes after a crash). A scenario that crashes the child, or runs longer than
// `timeout_seconds`, fails with cause "crashed: ..." or "timed out". Returns one outcome
// per scenario, in order.
std::vector<Outcome> RunIsolated(const std::vector<Scenario>& scenarios, int timeout_seconds);

}  // namespace kg::tck
