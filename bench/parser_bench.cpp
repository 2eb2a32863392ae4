// The dependency parser's speed against the part-of-speech tagger's on the same sentences, in
// the same run: the development set's articles (as kg_compiler_bench reads them,
// $KG_DEVSET_TEXTS or ../shared/devset/gum/texts) are analysed once, then
//   BM_TagSentences     tags every sentence (TagArticle: parts of speech and names),
//   BM_ParseSentences   parses every sentence,
//   BM_ParseStage       runs the stage as the compiler does (ParseArticle: only the sentences
//                       that can state a fact), with the share of sentences and tokens parsed;
// report tokens/s and the parser's time as a ratio to the tagger's.
#include <benchmark/benchmark.h>

#include <algorithm>

#include "engine/compiler/analysis.h"
#include "engine/compiler/article_compiler.h"
#include "engine/compiler/parser/article_parser.h"
#include "engine/compiler/parser/shipped_parser.h"
#include "engine/compiler/tagger/article_tagger.h"
#include "devset_texts.h"

namespace {

using kg::compiler::ArticleAnalysis;

// The devset's articles, analysed (tagged, mentions found, qualifying sentences parsed); empty
// when the folder is absent.
std::vector<ArticleAnalysis>& Articles() {
  static std::vector<ArticleAnalysis> articles = [] {
    std::vector<ArticleAnalysis> out;
    for (const std::string& text : DevsetArticles()) {
      std::shared_ptr<const ArticleAnalysis> analysis;
      if (kg::compiler::AnalyzeArticle("devset.txt", text, &analysis).ok()) out.push_back(*analysis);
    }
    return out;
  }();
  return articles;
}

struct Counts {
  size_t sentences = 0, tokens = 0;
};

Counts AllSentences() {
  Counts c;
  for (const auto& a : Articles())
    for (const auto& s : a.sentences) ++c.sentences, c.tokens += s.tokens.size();
  return c;
}

bool SkipWithoutDevset(benchmark::State& state) {
  if (!Articles().empty()) return false;
  state.SkipWithError("no devset texts: set KG_DEVSET_TEXTS to the folder of the GUM *.txt files");
  return true;
}

void SetRates(benchmark::State& state, Counts c) {
  state.counters["sentences/s"] =
      benchmark::Counter(static_cast<double>(c.sentences) * state.iterations(), benchmark::Counter::kIsRate);
  state.counters["tokens/s"] =
      benchmark::Counter(static_cast<double>(c.tokens) * state.iterations(), benchmark::Counter::kIsRate);
}

void BM_TagSentences(benchmark::State& state) {
  if (SkipWithoutDevset(state)) return;
  for (auto _ : state)
    for (auto& article : Articles()) kg::compiler::TagArticle(&article);
  SetRates(state, AllSentences());
}
BENCHMARK(BM_TagSentences)->Unit(benchmark::kMillisecond);

void BM_ParseSentences(benchmark::State& state) {
  if (SkipWithoutDevset(state)) return;
  const auto& parser = kg::compiler::ShippedParser();
  for (auto _ : state)
    for (auto& article : Articles())
      for (auto& sentence : article.sentences) kg::compiler::ParseSentence(parser, &sentence);
  SetRates(state, AllSentences());
}
BENCHMARK(BM_ParseSentences)->Unit(benchmark::kMillisecond);

void BM_ParseStage(benchmark::State& state) {
  if (SkipWithoutDevset(state)) return;
  Counts all = AllSentences(), parsed;
  for (const auto& a : Articles())
    for (size_t s = 0; s < a.sentences.size(); ++s)
      if (kg::compiler::CanStateFact(a, s)) ++parsed.sentences, parsed.tokens += a.sentences[s].tokens.size();
  for (auto _ : state)
    for (auto& article : Articles()) kg::compiler::ParseArticle(&article);
  SetRates(state, parsed);
  state.counters["all_tokens/s"] =
      benchmark::Counter(static_cast<double>(all.tokens) * state.iterations(), benchmark::Counter::kIsRate);
  state.counters["sentences_parsed"] =
      static_cast<double>(parsed.sentences) / static_cast<double>(all.sentences);
  state.counters["tokens_parsed"] = static_cast<double>(parsed.tokens) / static_cast<double>(all.tokens);
  // Of those, the sentences with two references to entities (the others have one and a number).
  Counts two;
  for (const auto& a : Articles())
    for (size_t s = 0; s < a.sentences.size(); ++s) {
      int references = 0;
      for (size_t m = a.mention_begin[s]; m < a.mention_begin[s + 1]; ++m)
        references += !a.mentions[m].nested && !a.mentions[m].entities.empty();
      if (references >= 2) ++two.sentences, two.tokens += a.sentences[s].tokens.size();
    }
  state.counters["sentences_two_refs"] =
      static_cast<double>(two.sentences) / static_cast<double>(all.sentences);
  state.counters["tokens_two_refs"] = static_cast<double>(two.tokens) / static_cast<double>(all.tokens);
}
BENCHMARK(BM_ParseStage)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
