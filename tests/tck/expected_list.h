// tests/tck/expected_list.h — expected_pass.txt: the scenarios that must keep passing.
//
// One scenario id per line (Scenario::Id(): "feature :: name [#example]"), sorted; lines
// starting with '#' are comments. A listed scenario that fails is a regression.
#pragma once

#include <set>
#include <string>

namespace kg::tck {

std::set<std::string> LoadExpectedPasses(const std::string& path);  // empty when the file is missing
bool SaveExpectedPasses(const std::string& path, const std::set<std::string>& ids);

}  // namespace kg::tck
