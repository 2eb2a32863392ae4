// The compiler on damaged text: every golden article cut, reordered and re-cased in ways
// real pages come (truncated downloads, shouting headlines, lines out of order) must
// compile or be refused with an error, never crash. A crash found on an unseen article
// (a table indexed past its end during coreference) is why this exists.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>

#include <gtest/gtest.h>

#include "engine/compiler/analysis.h"
#include "engine/compiler/article_compiler.h"

namespace kg::compiler {
namespace {

namespace fs = std::filesystem;

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

std::string Join(const std::vector<std::string>& lines) {
  std::string out;
  for (const auto& l : lines) out += l + "\n";
  return out;
}

// Variants of one article: truncated at many points, lines reversed and shuffled, every
// letter upper-cased, every other word dropped.
std::vector<std::string> Variants(const std::string& text, std::mt19937& rng) {
  std::vector<std::string> out;
  for (size_t cut = 1; cut < text.size(); cut += 1 + text.size() / 23) out.push_back(text.substr(0, cut));
  std::vector<std::string> lines = Lines(text);
  std::reverse(lines.begin(), lines.end());
  out.push_back(Join(lines));
  std::shuffle(lines.begin(), lines.end(), rng);
  out.push_back(Join(lines));
  std::string upper = text;
  for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  out.push_back(upper);
  std::istringstream words(text);
  std::string sparse, w;
  for (size_t i = 0; words >> w; ++i)
    if (i % 2 == 0) sparse += w + (i % 7 == 0 ? "\n" : " ");
  out.push_back(sparse);
  return out;
}

TEST(CompilerRobustness, DamagedArticlesCompileOrAreRefused) {
  std::mt19937 rng(42);
  size_t compiled = 0;
  for (const auto& dir : fs::directory_iterator(KG_COMPILER_CASES))
    for (const auto& file : fs::directory_iterator(dir.path())) {
      if (file.path().extension() != ".txt" || file.path().filename() == "expected.txt") continue;
      std::ifstream in(file.path());
      std::stringstream text;
      text << in.rdbuf();
      for (const auto& variant : Variants(text.str(), rng)) {
        std::shared_ptr<const ArticleAnalysis> analysis;
        Status s = AnalyzeArticle("variant.txt", variant, &analysis);
        if (s.ok()) {
          ASSERT_TRUE(analysis);
          for (const auto& f : analysis->facts) {  // every fact points at a real sentence and entities
            ASSERT_LT(f.sentence, analysis->sentences.size());
            ASSERT_LT(static_cast<size_t>(f.subject), analysis->entities.size());
            if (f.object >= 0) ASSERT_LT(static_cast<size_t>(f.object), analysis->entities.size());
          }
          ++compiled;
        } else {
          EXPECT_EQ(s.kind(), ErrorKind::kInput) << s.ToString();
        }
      }
    }
  EXPECT_GT(compiled, 100u);
}

}  // namespace
}  // namespace kg::compiler
