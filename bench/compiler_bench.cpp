// Article compiler throughput in words per second (SPEC.md "Speed": >= 500K words per
// CPU-second end to end). Baseline in the same run: counting the words of the same text, a
// loop over its bytes that no compiler change affects; report the others as ratios to it.
#include <benchmark/benchmark.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "engine/compiler/analysis.h"
#include "engine/compiler/article_compiler.h"
#include "engine/compiler/text/sentence_splitter.h"

namespace {

// An invented article of about 1,000 words.
std::string Article() {
  std::string text = "Harbour town remembers the winter flood\nBy Rosa Delacourt\nPublished: 9 January 2024\n\n";
  const char* paragraph =
      "Ferry captain Idris Mallow, 61, rescued three students from the River Tamsin in March 2019. "
      "Mr Mallow joined the Kestrel Coast Guard in 1990 and retired from the Kestrel Coast Guard in 2020. "
      "Student Wen Loring later wrote a book, The Long Night, about the rescue, and the pair met in Portlow. "
      "\"I never forgot his voice,\" Loring said, adding that she was sentenced to nothing but gratitude. "
      "The council said it may build a new footbridge across the river next year.\n\n";
  for (int i = 0; i < 12; ++i) text += paragraph;
  return text;
}

size_t Words(const std::string& text) {
  size_t n = 0;
  bool in = false;
  for (char c : text) {
    bool w = c != ' ' && c != '\n';
    n += w && !in;
    in = w;
  }
  return n;
}

// The invented articles of the compiler's golden tests: varied stories, about 4,000 words.
std::vector<std::string> GoldenArticles() {
  std::vector<std::string> texts;
  for (const auto& dir : std::filesystem::directory_iterator(KG_COMPILER_CASES))
    for (const auto& file : std::filesystem::directory_iterator(dir.path()))
      if (file.path().extension() == ".txt" && file.path().filename() != "expected.txt") {
        std::ifstream in(file.path());
        std::stringstream text;
        text << in.rdbuf();
        texts.push_back(text.str());
      }
  return texts;
}

void BM_CountWordsBaseline(benchmark::State& state) {
  std::string text = Article();
  for (auto _ : state) benchmark::DoNotOptimize(Words(text));
  state.counters["words/s"] = benchmark::Counter(static_cast<double>(Words(text)) * state.iterations(), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_CountWordsBaseline);

void BM_TokenizeOnly(benchmark::State& state) {
  std::string text = Article();
  for (auto _ : state) benchmark::DoNotOptimize(kg::compiler::Tokenize(text, 0, text.size()));
  state.counters["words/s"] = benchmark::Counter(static_cast<double>(Words(text)) * state.iterations(), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_TokenizeOnly);

void BM_AnalyzeArticle(benchmark::State& state) {
  std::string text = Article();
  for (auto _ : state) {
    std::shared_ptr<const kg::compiler::ArticleAnalysis> analysis;
    benchmark::DoNotOptimize(kg::compiler::AnalyzeArticle("bench.txt", text, &analysis));
  }
  state.counters["words/s"] = benchmark::Counter(static_cast<double>(Words(text)) * state.iterations(), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_AnalyzeArticle);

void BM_AnalyzeGoldenArticles(benchmark::State& state) {
  std::vector<std::string> texts = GoldenArticles();
  size_t words = 0;
  for (const auto& t : texts) words += Words(t);
  for (auto _ : state)
    for (const auto& text : texts) {
      std::shared_ptr<const kg::compiler::ArticleAnalysis> analysis;
      benchmark::DoNotOptimize(kg::compiler::AnalyzeArticle("bench.txt", text, &analysis));
    }
  state.counters["words/s"] = benchmark::Counter(static_cast<double>(words) * state.iterations(), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_AnalyzeGoldenArticles);

}  // namespace

BENCHMARK_MAIN();
