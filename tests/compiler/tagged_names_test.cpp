// The name tagger's runs as names: how TaggedRuns cuts a run at "and".
#include <gtest/gtest.h>

#include "engine/compiler/mentions/tagged_names.h"

namespace kg::compiler {
namespace {

// Tokens of `words`, each "word/TAG" (no tag: "O").
std::vector<Token> Tagged(const std::vector<std::string>& words) {
  std::vector<Token> tokens;
  for (const std::string& w : words) {
    size_t slash = w.find('/');
    std::string text = w.substr(0, slash);
    std::string lower = text;
    for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    tokens.emplace_back(0, 0, text, lower);
    tokens.back().set_name(slash == std::string::npos ? "O" : w.substr(slash + 1));
    tokens.back().set_pos("NNP");
  }
  return tokens;
}

std::vector<std::string> Texts(const std::vector<NameSpan>& spans) {
  std::vector<std::string> out;
  for (const auto& s : spans) out.push_back(s.text);
  return out;
}

TEST(TaggedRuns, AnAndBetweenTwoNamesMakesTwo) {
  auto tokens = Tagged({"from", "the", "Vellmark/B-ORG", "Relief/I-ORG", "and/I-ORG", "the/I-ORG", "Ostavian/I-ORG",
                        "Nations/I-ORG", "today"});
  EXPECT_EQ(Texts(TaggedRuns(tokens, 0, 0, tokens.size() - 1)),
            (std::vector<std::string>{"Vellmark Relief", "Ostavian Nations"}));
}

TEST(TaggedRuns, AnAndInsideABodysNameStays) {
  auto tokens = Tagged({"the", "Vellmark/B-ORG", "Fire/I-ORG", "and/I-ORG", "Rescue/I-ORG", "Service/I-ORG", "said"});
  EXPECT_EQ(Texts(TaggedRuns(tokens, 0, 0, tokens.size() - 1)),
            (std::vector<std::string>{"Vellmark Fire and Rescue Service"}));
}

}  // namespace
}  // namespace kg::compiler
