// tests/tck/failure_summary.h — failure causes grouped and ranked, so the next fix is the
// one that turns the most scenarios green.
#pragma once

#include <ostream>
#include <vector>

#include "tests/tck/gherkin.h"
#include "tests/tck/scenario_runner.h"

namespace kg::tck {

// The group of a cause: numbers become N and quoted text beyond the error message's first
// quoted name is dropped, so "row count differs (expected 2, got 0)" and "... (expected 5,
// got 1)" count together while "unknown function 'foo'" stays apart from 'bar'.
std::string CauseGroup(const std::string& cause);

// Writes the `limit` largest groups as Markdown: count, group, one example (id and query).
void WriteFailureSummary(const std::vector<Scenario>& scenarios, const std::vector<Outcome>& outcomes, size_t limit,
                         std::ostream& out);

// Writes a Markdown table: passed and total per feature folder.
void WritePassRates(const std::vector<Scenario>& scenarios, const std::vector<Outcome>& outcomes, std::ostream& out);

}  // namespace kg::tck
