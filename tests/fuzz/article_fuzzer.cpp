// tests/fuzz/article_fuzzer.cpp — libFuzzer target: any bytes as an article through the
// compiler's analysis (reader, boilerplate, sentences, taggers, mentions, coreference,
// facts), as `kg build` runs it before touching the graph. Every input must give an
// analysis or an InputError: never a crash, an uncaught exception, a sanitizer report or a hang.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string_view>

#include "engine/compiler/article_compiler.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  std::shared_ptr<const kg::compiler::ArticleAnalysis> analysis;
  kg::compiler::AnalyzeArticle("fuzz.txt", text, &analysis);
  return 0;
}
