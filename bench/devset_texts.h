// bench/devset_texts.h — the development set's article texts, which the compiler benchmarks
// run on: $KG_DEVSET_TEXTS, else ../shared/devset/gum/texts from the build folder.
#pragma once

#include <string>
#include <vector>

// The texts (63 articles, about 45,000 words), in file name order; empty when the folder is absent.
const std::vector<std::string>& DevsetArticles();
