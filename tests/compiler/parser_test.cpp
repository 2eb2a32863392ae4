// The dependency parser: the oracle that trains it, its model format, deterministic training,
// the shipped model on a few invented sentences (subject, object, passive agent, apposition,
// reported speech), and the stage that parses only the sentences that can state a fact.
#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

#include "engine/compiler/analysis.h"
#include "engine/compiler/article_compiler.h"
#include "engine/compiler/boilerplate/line_classifier.h"
#include "engine/compiler/parser/arc_eager.h"
#include "engine/compiler/parser/article_parser.h"
#include "engine/compiler/parser/parser_training.h"
#include "engine/compiler/parser/shipped_parser.h"
#include "engine/compiler/reader/article_reader.h"
#include "engine/compiler/tagger/article_tagger.h"
#include "engine/compiler/text/sentence_splitter.h"

namespace kg::compiler {
namespace {

// "The mayor of Leeds met the team ." as a gold tree: heads of words 1..8 ([0] unused).
const std::vector<int> kGoldHeads = {0, 2, 5, 4, 2, 0, 7, 5, 5};

TEST(ArcEagerOracle, CheapestMovesRebuildTheGoldTree) {
  ArcEagerState state(static_cast<int>(kGoldHeads.size()) - 1);
  while (!state.Done()) {
    bool moved = false;
    for (int m = 0; m < kMoves && !moved; ++m) {
      Move move = static_cast<Move>(m);
      if (state.Valid(move) && state.Cost(move, kGoldHeads) == 0) {
        state.Apply(move);
        moved = true;
      }
    }
    ASSERT_TRUE(moved) << "no move without cost";
  }
  EXPECT_EQ(state.Heads(), kGoldHeads);
}

TEST(ArcEagerOracle, AWrongMoveCostsTheArcsItLoses) {
  ArcEagerState state(static_cast<int>(kGoldHeads.size()) - 1);
  state.Apply(kShift);  // "The" on the stack, "mayor" in front
  // "The" -> "mayor" as RIGHT loses two arcs: "The"'s head (mayor) and "mayor"'s (met).
  EXPECT_EQ(state.Cost(kRight, kGoldHeads), 2);
  EXPECT_EQ(state.Cost(kLeft, kGoldHeads), 0);
}

std::vector<ParseWord> Words(const std::vector<std::string_view>& texts,
                             const std::vector<std::string_view>& tags) {
  return DependencyParser::Words(texts, tags);
}

// A parser trained for a few passes on one sentence, serialized.
std::string TrainTiny() {
  DependencyParser parser({"det", "nmod", "case", "nsubj", "obj", "punct", "root"});
  std::vector<ParseWord> words = Words({"The", "mayor", "of", "Leeds", "met", "the", "team", "."},
                                       {"DT", "NN", "IN", "NNP", "VBD", "DT", "NN", "."});
  // Words 1..8 (the "." hangs from "met").
  std::vector<int> heads = {0, 2, 5, 4, 2, 0, 7, 5, 5};
  std::vector<int> labels = {-1};
  for (const char* r : {"det", "nsubj", "case", "nmod", "root", "det", "obj", "punct"})
    labels.push_back(parser.label_model().ClassId(r));
  std::mt19937 rng(7);
  for (int it = 0; it < 5; ++it) {
    TrainMoves(&parser.move_model(), words, heads, it > 0, &rng);
    TrainLabels(&parser.label_model(), parser.root_label(), words, heads, labels);
  }
  parser.move_model().Average();
  parser.label_model().Average();
  return parser.Serialize(0.0f);
}

TEST(DependencyParserModel, TrainingIsDeterministicAndTheModelLoads) {
  std::string a = TrainTiny(), b = TrainTiny();
  EXPECT_EQ(a, b);
  DependencyParser parser;
  ASSERT_TRUE(parser.Load(a).ok());
  DependencyTree tree = parser.Parse(Words({"The", "mayor", "of", "Leeds", "met", "the", "team", "."},
                                           {"DT", "NN", "IN", "NNP", "VBD", "DT", "NN", "."}));
  EXPECT_EQ(tree.heads, (std::vector<int>{1, 4, 3, 1, -1, 6, 4, 4}));
  EXPECT_EQ(parser.labels()[static_cast<size_t>(tree.labels[1])], "nsubj");
}

TEST(DependencyParserModel, ACorruptModelIsRefusedAndLeavesTheParserAsItWas) {
  std::string bytes = TrainTiny();
  DependencyParser parser;
  ASSERT_TRUE(parser.Load(bytes).ok());
  EXPECT_FALSE(parser.Load(bytes.substr(0, bytes.size() - 3)).ok());
  EXPECT_FALSE(parser.Load("KGDP0001").ok());
  EXPECT_FALSE(parser.Load("").ok());
  EXPECT_EQ(parser.labels().size(), 7u);
}

// The article's sentences, tagged and (all of them) parsed by the shipped parser.
ArticleAnalysis Parsed(const std::string& body) {
  ArticleAnalysis article;
  std::string text = "Parser test\n\n" + body + "\n";
  EXPECT_TRUE(ReadArticle("test.txt", text, &article).ok());
  ReadMetadata(&article);
  ClassifyLines(&article);
  SplitSentences(&article);
  TagArticle(&article);
  for (Sentence& s : article.sentences) ParseSentence(ShippedParser(), &s);
  return article;
}

// Index of the token `word` in the sentence (the first).
int At(const Sentence& s, const std::string& word) {
  for (size_t t = 0; t < s.tokens.size(); ++t)
    if (s.tokens[t].text == word) return static_cast<int>(t);
  ADD_FAILURE() << "no token " << word;
  return -1;
}

// "dependent <-relation- head" as the parse has it.
std::string Arc(const Sentence& s, const std::string& dependent) {
  int d = At(s, dependent);
  if (d < 0) return "";
  int h = s.heads[static_cast<size_t>(d)];
  return dependent + " <-" + *s.relations[static_cast<size_t>(d)] + "- " +
         (h < 0 ? "ROOT" : s.tokens[static_cast<size_t>(h)].text);
}

// The one sentence of the body (the title "Parser test" is another).
const Sentence& Only(const ArticleAnalysis& article) {
  EXPECT_EQ(article.sentences.size(), 2u);
  return article.sentences.back();
}

TEST(ShippedParser, SubjectAndObject) {
  ArticleAnalysis a = Parsed("The city council hired Maria Lopez in 2019.");
  const Sentence& s = Only(a);
  EXPECT_EQ(Arc(s, "council"), "council <-nsubj- hired");
  EXPECT_EQ(Arc(s, "Maria"), "Maria <-obj- hired");
  EXPECT_EQ(Arc(s, "hired"), "hired <-root- ROOT");
}

TEST(ShippedParser, PassiveSubjectAndAgent) {
  ArticleAnalysis a = Parsed("The suspect was arrested by officers from Leeds on Monday.");
  const Sentence& s = Only(a);
  EXPECT_EQ(Arc(s, "suspect"), "suspect <-nsubj:pass- arrested");
  EXPECT_EQ(Arc(s, "was"), "was <-aux:pass- arrested");
  EXPECT_EQ(Arc(s, "officers"), "officers <-obl:agent- arrested");
}

TEST(ShippedParser, Apposition) {
  ArticleAnalysis a = Parsed("Maria Lopez, the mayor of Springfield, met John Smith on Monday.");
  const Sentence& s = Only(a);
  EXPECT_EQ(Arc(s, "mayor"), "mayor <-appos- Maria");
  EXPECT_EQ(Arc(s, "Maria"), "Maria <-nsubj- met");
  EXPECT_EQ(Arc(s, "John"), "John <-obj- met");
  EXPECT_EQ(Arc(s, "Springfield"), "Springfield <-nmod- mayor");
}

TEST(ShippedParser, ReportedSpeech) {
  ArticleAnalysis a = Parsed("Police said the driver had fled the scene.");
  const Sentence& s = Only(a);
  EXPECT_EQ(Arc(s, "Police"), "Police <-nsubj- said");
  EXPECT_EQ(Arc(s, "fled"), "fled <-ccomp- said");
  EXPECT_EQ(Arc(s, "driver"), "driver <-nsubj- fled");
}

TEST(ShippedParser, APossessiveCliticIsOneWordOfTwoTokens) {
  ArticleAnalysis a = Parsed("The company's chairman resigned on Friday.");
  const Sentence& s = Only(a);
  ASSERT_EQ(s.tokens.size(), 9u);  // The company ' s chairman resigned on Friday .
  EXPECT_EQ(Arc(s, "company"), "company <-nmod:poss- chairman");
  EXPECT_EQ(Arc(s, "'"), "' <-case- company");
  EXPECT_EQ(Arc(s, "s"), "s <-goeswith- '");
  EXPECT_EQ(Arc(s, "chairman"), "chairman <-nsubj- resigned");
}

TEST(ParseStage, OnlySentencesWhoseFactsAreReadFromTheParseAreParsed) {
  std::shared_ptr<const ArticleAnalysis> article;
  ASSERT_TRUE(AnalyzeArticle("test.txt",
                             "Harbour news\n\n\"I will close the pier,\" Maria Lopez told Tom Baker in Leeds on Monday. "
                             "Maria Lopez met Tom Baker again on Tuesday. "
                             "It rained all day, the council said.\n",
                             &article)
                  .ok());
  ASSERT_EQ(article->sentences.size(), 4u);  // the title is one
  EXPECT_TRUE(ReadFromParse(*article, 1));
  EXPECT_EQ(article->sentences[1].heads.size(), article->sentences[1].tokens.size());
  EXPECT_TRUE(CanStateFact(*article, 2));   // two people, but no verb of speech
  EXPECT_FALSE(CanStateFact(*article, 3));  // a verb of speech, but no one named
  for (size_t s : {0, 2, 3}) {
    EXPECT_FALSE(ReadFromParse(*article, s));
    EXPECT_TRUE(article->sentences[s].heads.empty());
  }
}

}  // namespace
}  // namespace kg::compiler
