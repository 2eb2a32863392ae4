// Article compiler throughput in words per second (SPEC.md "Speed": >= 500K words per
// CPU-second end to end). Baseline in the same run: counting the words of the same text, a
// loop over its bytes that no compiler change affects; report the others as ratios to it.
//
// The development set's real articles (GUM, read at run time from $KG_DEVSET_TEXTS, default
// ../shared/devset/gum/texts relative to the working directory; never copied into the
// repository) give the headline figures: the whole compiler, each stage on its own, and one
// huge article at two sizes to show that the time per word does not grow with the length.
// The devset benchmarks load the lexicon and models before their timed loops (WarmUp) and
// report that first analysis's CPU time as "load_ms".
#include <benchmark/benchmark.h>

#include <algorithm>
#include <cctype>
#include <ctime>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "engine/compiler/analysis.h"
#include "engine/compiler/article_compiler.h"
#include "engine/compiler/boilerplate/line_classifier.h"
#include "engine/compiler/coref/coreference.h"
#include "engine/compiler/coref/name_types.h"
#include "engine/compiler/facts/fact_extractor.h"
#include "engine/compiler/mentions/mention_finder.h"
#include "engine/compiler/parser/article_parser.h"
#include "engine/compiler/reader/article_reader.h"
#include "engine/compiler/tagger/article_tagger.h"
#include "engine/compiler/text/sentence_splitter.h"
#include "devset_texts.h"

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

std::string ReadFile(const std::filesystem::path& path) {
  std::ifstream in(path);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

// The invented articles of the compiler's golden tests: varied stories, about 4,000 words.
std::vector<std::string> GoldenArticles() {
  std::vector<std::string> texts;
  for (const auto& dir : std::filesystem::directory_iterator(KG_COMPILER_CASES))
    for (const auto& file : std::filesystem::directory_iterator(dir.path()))
      if (file.path().extension() == ".txt" && file.path().filename() != "expected.txt")
        texts.push_back(ReadFile(file.path()));
  return texts;
}

// Loads the lexicon, word lists and tagger models (on the first call in the process, by
// analysing one devset article) so that the timed loops measure the steady state; returns the
// CPU milliseconds that first analysis took, reported as the counter "load_ms".
double WarmUp() {
  static const double ms = [] {
    std::clock_t start = std::clock();
    std::shared_ptr<const kg::compiler::ArticleAnalysis> analysis;
    benchmark::DoNotOptimize(kg::compiler::AnalyzeArticle("bench.txt", DevsetArticles().front(), &analysis));
    return 1000.0 * static_cast<double>(std::clock() - start) / CLOCKS_PER_SEC;
  }();
  return ms;
}

bool SkipWithoutDevset(benchmark::State& state) {
  if (!DevsetArticles().empty()) {
    state.counters["load_ms"] = WarmUp();
    return false;
  }
  state.SkipWithError("no devset texts: set KG_DEVSET_TEXTS to the folder of the GUM *.txt files");
  return true;
}

// The devset is read this many times per iteration: at least 1,000,000 words.
size_t DevsetRepeats(size_t* words) {
  size_t once = 0;
  for (const auto& text : DevsetArticles()) once += Words(text);
  size_t repeats = (1000000 + once - 1) / once;
  *words = once * repeats;
  return repeats;
}

void SetWordRate(benchmark::State& state, size_t words) {
  state.counters["words/s"] = benchmark::Counter(static_cast<double>(words) * state.iterations(), benchmark::Counter::kIsRate);
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

void BM_AnalyzeDevset(benchmark::State& state) {
  if (SkipWithoutDevset(state)) return;
  size_t words = 0, repeats = DevsetRepeats(&words);
  for (auto _ : state)
    for (size_t r = 0; r < repeats; ++r)
      for (const auto& text : DevsetArticles()) {
        std::shared_ptr<const kg::compiler::ArticleAnalysis> analysis;
        benchmark::DoNotOptimize(kg::compiler::AnalyzeArticle("bench.txt", text, &analysis));
      }
  SetWordRate(state, words);
}
BENCHMARK(BM_AnalyzeDevset)->Unit(benchmark::kMillisecond);

// The stage groups of AnalyzeArticle, in its order (article_compiler.cpp).
enum Stage : int64_t { kReadAndSplit, kTagging, kMentionsAndCoref, kParse, kFacts };

void RunStage(Stage stage, std::string_view text, kg::compiler::ArticleAnalysis* article) {
  using namespace kg::compiler;
  switch (stage) {
    case kReadAndSplit:
      benchmark::DoNotOptimize(ReadArticle("bench.txt", text, article));
      ReadMetadata(article);
      ClassifyLines(article);
      SplitSentences(article);
      break;
    case kTagging: TagArticle(article); break;
    case kMentionsAndCoref: {
      std::vector<NameSpan> names = FindNames(*article);
      VoteNameTypes(&names);
      ResolveCoreference(names, article);
      break;
    }
    case kParse: ParseArticle(article); break;
    case kFacts: ExtractFacts(article); break;
  }
}

// One stage on its own: each article's analysis up to that stage is made once, and copied
// with the timer paused before the stage runs on it.
void BM_DevsetStage(benchmark::State& state) {
  if (SkipWithoutDevset(state)) return;
  Stage stage = static_cast<Stage>(state.range(0));
  std::vector<kg::compiler::ArticleAnalysis> before(DevsetArticles().size());
  for (size_t i = 0; i < before.size(); ++i)
    for (int s = kReadAndSplit; s < stage; ++s) RunStage(static_cast<Stage>(s), DevsetArticles()[i], &before[i]);
  size_t words = 0, repeats = DevsetRepeats(&words);
  kg::compiler::ArticleAnalysis article;
  for (auto _ : state)
    for (size_t r = 0; r < repeats; ++r)
      for (size_t i = 0; i < before.size(); ++i) {
        state.PauseTiming();
        article = before[i];
        state.ResumeTiming();
        RunStage(stage, DevsetArticles()[i], &article);
      }
  SetWordRate(state, words);
}
BENCHMARK(BM_DevsetStage)
    ->ArgName("stage")  // 0 reading+splitting, 1 tagging, 2 mentions+coref, 3 parse, 4 facts
    ->DenseRange(kReadAndSplit, kFacts)
    ->Unit(benchmark::kMillisecond);

// One huge article: the devset concatenated `copies` times, every capitalised word of copy k
// given a suffix of k ("Byron" -> "Byronb"), so that each copy names new entities, as a long
// text does; with `capitals`, the whole text upper-cased. Its time per word should not grow
// with `copies`.
std::string HugeArticle(size_t copies, bool capitals) {
  std::string text;
  for (size_t k = 0; k < copies; ++k) {
    std::string suffix;
    for (char digit : std::to_string(k)) suffix += static_cast<char>('a' + (digit - '0'));
    for (const auto& article : DevsetArticles())
      for (size_t i = 0; i < article.size(); ++i) {
        text += article[i];
        bool name_end = std::islower(static_cast<unsigned char>(article[i])) &&
                        (i + 1 == article.size() || !std::isalnum(static_cast<unsigned char>(article[i + 1])));
        size_t start = i;
        while (start > 0 && std::isalpha(static_cast<unsigned char>(article[start - 1]))) --start;
        if (k > 0 && name_end && std::isupper(static_cast<unsigned char>(article[start]))) text += suffix;
      }
  }
  if (capitals)
    for (char& c : text) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return text;
}

void BM_AnalyzeHugeArticle(benchmark::State& state) {
  if (SkipWithoutDevset(state)) return;
  std::string text = HugeArticle(static_cast<size_t>(state.range(0)), state.range(1) != 0);
  for (auto _ : state) {
    std::shared_ptr<const kg::compiler::ArticleAnalysis> analysis;
    benchmark::DoNotOptimize(kg::compiler::AnalyzeArticle("bench.txt", text, &analysis));
  }
  SetWordRate(state, Words(text));
  state.counters["time/word"] = benchmark::Counter(static_cast<double>(Words(text)) * state.iterations(),
                                                   benchmark::Counter::kIsRate | benchmark::Counter::kInvert);
}
BENCHMARK(BM_AnalyzeHugeArticle)
    ->ArgNames({"copies", "capitals"})
    ->ArgsProduct({{1, 4}, {0, 1}})
    ->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
