// The learned taggers: the perceptron's learning and model format, the shipped models on a
// few invented sentences, the view that splits tokens as the treebanks do, and whole
// articles written in capitals only or without any.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <set>
#include <string>
#include <vector>

#include "engine/compiler/analysis.h"
#include "engine/compiler/article_compiler.h"
#include "engine/compiler/tagger/article_tagger.h"
#include "engine/compiler/tagger/perceptron.h"
#include "engine/compiler/tagger/sequence_tagger.h"
#include "engine/compiler/tagger/shipped_models.h"
#include "engine/compiler/text/sentence_splitter.h"

namespace kg::compiler {
namespace {

using W = std::vector<std::string>;

int Best(const std::vector<float>& scores) {
  return static_cast<int>(std::max_element(scores.begin(), scores.end()) - scores.begin());
}

// A separable toy problem: three classes, each with a feature only its examples have, and
// noise features shared across classes.
struct Example {
  int cls;
  std::vector<uint64_t> features;
};
std::vector<Example> ToyProblem() {
  std::vector<Example> out;
  for (int i = 0; i < 30; ++i) {
    int cls = i % 3;
    out.push_back({cls,
                   {1000u + static_cast<uint64_t>(cls), 2000u + static_cast<uint64_t>(i % 4),
                    3000u + static_cast<uint64_t>(i % 5)}});
  }
  return out;
}

Perceptron TrainToy(int epochs) {
  Perceptron model({"A", "B", "C"});
  std::vector<float> scores;
  for (int e = 0; e < epochs; ++e)
    for (const auto& ex : ToyProblem()) {
      model.Score(ex.features, &scores);
      model.Update(ex.cls, Best(scores), ex.features);
    }
  model.Average();
  return model;
}

TEST(Perceptron, LearnsASeparableProblem) {
  Perceptron model = TrainToy(5);
  std::vector<float> scores;
  for (const auto& ex : ToyProblem()) {
    model.Score(ex.features, &scores);
    ASSERT_EQ(scores.size(), 3u);
    EXPECT_EQ(Best(scores), ex.cls);
  }
  EXPECT_EQ(model.ClassId("B"), 1);
  EXPECT_EQ(model.ClassId("Z"), -1);
}

TEST(Perceptron, AverageDampsALateChange) {
  // Feature 7 votes A for 100 decisions, then two late updates turn the raw weights to B.
  Perceptron model({"A", "B"});
  std::vector<uint64_t> f = {7};
  model.Update(0, 1, f);
  for (int i = 0; i < 100; ++i) model.Update(0, 0, f);
  model.Update(1, 0, f);
  model.Update(1, 0, f);
  std::vector<float> scores;
  model.Score(f, &scores);
  ASSERT_EQ(scores.size(), 2u);
  EXPECT_GT(scores[1], scores[0]);  // raw weights: B
  model.Average();
  model.Score(f, &scores);
  EXPECT_GT(scores[0], scores[1]);  // averaged: still A
  EXPECT_GT(scores[0], 0.5f);
  EXPECT_LT(scores[0], 1.0f);
}

TEST(Perceptron, SerializeLoadRoundTripScoresTheSame) {
  Perceptron trained = TrainToy(5);
  std::string bytes = trained.Serialize(0.0f);
  Perceptron loaded;
  Status s = loaded.Load(bytes);
  ASSERT_TRUE(s.ok()) << s.ToString();
  EXPECT_EQ(loaded.classes(), (W{"A", "B", "C"}));
  // Weights are quantised to 16 bits against the largest one: at most half a step each.
  float largest = 0;
  std::vector<float> a, b;
  for (uint64_t f : {1000u, 1001u, 1002u, 2000u, 2001u, 2002u, 2003u, 3000u, 3001u, 3002u, 3003u, 3004u}) {
    trained.Score({f}, &a);
    for (float v : a) largest = std::max(largest, std::fabs(v));
  }
  ASSERT_GT(largest, 0.0f);
  float tolerance = 3 * (largest / 32767.0f);  // three features, half a step each, and rounding
  for (const auto& ex : ToyProblem()) {
    trained.Score(ex.features, &a);
    loaded.Score(ex.features, &b);
    ASSERT_EQ(a.size(), b.size());
    for (size_t c = 0; c < a.size(); ++c) EXPECT_NEAR(a[c], b[c], tolerance) << "class " << c;
    EXPECT_EQ(Best(b), ex.cls);
  }
  // Unknown features score nothing; the loaded model serialises nothing more (it is not
  // training), but loading the same bytes twice gives the same model.
  loaded.Score({424242u}, &b);
  EXPECT_EQ(b, (std::vector<float>{0, 0, 0}));
  Perceptron again;
  ASSERT_TRUE(again.Load(bytes).ok());
  for (const auto& ex : ToyProblem()) {
    loaded.Score(ex.features, &a);
    again.Score(ex.features, &b);
    EXPECT_EQ(a, b);
  }
}

TEST(Perceptron, MinWeightPrunesSmallWeights) {
  Perceptron trained = TrainToy(5);
  std::string all = trained.Serialize(0.0f), pruned = trained.Serialize(1e6f);
  EXPECT_LT(pruned.size(), all.size());
  Perceptron loaded;
  ASSERT_TRUE(loaded.Load(pruned).ok());
  std::vector<float> scores;
  loaded.Score(ToyProblem()[0].features, &scores);
  EXPECT_EQ(scores, (std::vector<float>{0, 0, 0}));
}

TEST(Perceptron, EmptyModels) {
  // Never loaded: no classes, no scores, and the tagger falls back to class 0.
  Perceptron none;
  EXPECT_TRUE(none.classes().empty());
  std::vector<float> scores = {1, 2};
  none.Score({1, 2, 3}, &scores);
  EXPECT_TRUE(scores.empty());
  std::vector<TaggerWord> words(3);
  EXPECT_EQ(TagSentence(TagTask::kNames, none, words, W{"NN", "NN", "NN"}), (std::vector<int>{0, 0, 0}));
  // Classes but nothing learnt: round-trips, scores zero.
  Perceptron untrained({"O", "B-PER", "I-PER"});
  Perceptron loaded;
  Status s = loaded.Load(untrained.Serialize(0.05f));
  ASSERT_TRUE(s.ok()) << s.ToString();
  EXPECT_EQ(loaded.classes(), (W{"O", "B-PER", "I-PER"}));
  loaded.Score({1, 2, 3}, &scores);
  EXPECT_EQ(scores, (std::vector<float>{0, 0, 0}));
  // No classes at all is not a model.
  EXPECT_FALSE(Perceptron().Load(Perceptron().Serialize(0.05f)).ok());
  EXPECT_FALSE(Perceptron().Load("").ok());
}

TEST(Perceptron, LoadRejectsTruncatedAndGarbledBytes) {
  std::string bytes = TrainToy(5).Serialize(0.0f);
  ASSERT_GT(bytes.size(), 40u);
  for (size_t n = 0; n < bytes.size(); ++n) {
    Perceptron model;
    Status s = model.Load(std::string_view(bytes.data(), n));
    EXPECT_FALSE(s.ok()) << "truncated to " << n << " of " << bytes.size() << " bytes";
    std::vector<float> scores;
    model.Score({1000u}, &scores);  // whatever is left must not crash
  }
  {
    Perceptron model;
    EXPECT_FALSE(model.Load(bytes + '\0').ok()) << "trailing byte";
  }
  {
    std::string bad = bytes;
    bad[0] = 'X';  // magic
    Status s = Perceptron().Load(bad);
    EXPECT_FALSE(s.ok());
    EXPECT_NE(s.message().find("corrupt"), std::string::npos) << s.ToString();
  }
  {
    std::string bad = bytes;
    bad[8] = '\xff';  // class count 255 + ...: names run past the end
    bad[9] = '\xff';
    EXPECT_FALSE(Perceptron().Load(bad).ok());
  }
  {
    // The first row's first class id (after magic, count, 3 names of 1 byte, scale, row
    // count, key, entry count) set past the classes.
    std::string bad = bytes;
    size_t first_cls = 8 + 4 + 3 * (2 + 1) + 4 + 4 + 8 + 2;
    ASSERT_LT(first_cls + 1, bad.size());
    bad[first_cls] = '\x09';
    bad[first_cls + 1] = '\x00';
    EXPECT_FALSE(Perceptron().Load(bad).ok());
  }
  // Random garbage after a valid header: refused or loaded, never a crash.
  uint32_t seed = 12345;
  for (int round = 0; round < 200; ++round) {
    std::string bad = bytes;
    for (int k = 0; k < 4; ++k) {
      seed = seed * 1664525u + 1013904223u;
      size_t at = 8 + seed % (bad.size() - 8);
      bad[at] = static_cast<char>(seed >> 24);
    }
    Perceptron model;
    if (model.Load(bad).ok()) {
      std::vector<float> scores;
      model.Score({1000u, 2000u, 3000u}, &scores);
      EXPECT_EQ(scores.size(), model.classes().size());
    }
  }
}

// ------------------------------------------------------------------ shipped models

TEST(ShippedModels, AreLoaded) {
  const auto& pos = PartOfSpeechModel().classes();
  EXPECT_GE(pos.size(), 36u);  // the Penn Treebank tags
  for (const char* tag : {"DT", "NN", "NNP", "NNS", "VBD", "VBZ", "IN", "JJ", "CD", "PRP", ","})
    EXPECT_NE(std::find(pos.begin(), pos.end(), tag), pos.end()) << tag;
  EXPECT_EQ(NameModel().classes(), (W{"O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC"}));
}

// Tags invented sentences with the shipped models through the compiler's stage.
ArticleAnalysis Tagged(const std::string& text) {
  ArticleAnalysis a;
  a.text = text;
  a.lines.push_back({0, text.size(), LineKind::kBody});
  SplitSentences(&a);
  TagArticle(&a);
  return a;
}

// The tags of the n-th token spelt `text`, as "POS/NAME".
std::string Tag(const ArticleAnalysis& a, const std::string& text, int n = 0) {
  for (const auto& s : a.sentences)
    for (const auto& t : s.tokens)
      if (t.text == text && n-- == 0) return t.pos() + "/" + t.name();
  return "(no token " + text + ")";
}
// Every token as "text/POS/NAME", for failure messages.
std::string Dump(const ArticleAnalysis& a) {
  std::string out;
  for (const auto& s : a.sentences) {
    for (const auto& t : s.tokens) out += " " + t.text + "/" + t.pos() + "/" + t.name();
    out += "\n";
  }
  return out;
}
std::string Name(const ArticleAnalysis& a, const std::string& text, int n = 0) {
  std::string tag = Tag(a, text, n);
  return tag.substr(tag.find('/') + 1);
}
std::string Pos(const ArticleAnalysis& a, const std::string& text, int n = 0) {
  std::string tag = Tag(a, text, n);
  return tag.substr(0, tag.find('/'));
}

constexpr const char* kStory =
    "Harriet Brennaugh, the chief executive of Valdmoor Holdings, resigned on Monday. "
    "The company said its new factory in Kestrelby would open next year. "
    "Tobiah Quarrington, a spokesman for the Harlowmere Police Department, visited the town last week. "
    "Brennaugh's lawyer said the board rejected the plan.";

TEST(ShippedModels, TagNamesInInventedSentences) {
  ArticleAnalysis a = Tagged(kStory);
  SCOPED_TRACE(Dump(a));
  ASSERT_EQ(a.sentences.size(), 4u);
  EXPECT_EQ(Name(a, "Harriet"), "B-PER");
  EXPECT_EQ(Name(a, "Brennaugh"), "I-PER");
  EXPECT_EQ(Name(a, "Valdmoor"), "B-ORG");
  EXPECT_EQ(Name(a, "Holdings"), "I-ORG");
  EXPECT_EQ(Name(a, "Kestrelby"), "B-LOC");
  EXPECT_EQ(Name(a, "Tobiah"), "B-PER");
  EXPECT_EQ(Name(a, "Quarrington"), "I-PER");
  EXPECT_EQ(Name(a, "Harlowmere"), "B-ORG");
  EXPECT_EQ(Name(a, "Department"), "I-ORG");
  EXPECT_EQ(Name(a, "Brennaugh", 1), "B-PER");
  for (const char* word : {"chief", "resigned", "Monday", "company", "factory", "spokesman", "lawyer", "."})
    EXPECT_EQ(Name(a, word), "O") << word;
}

// A token the treebanks split at its hyphens is tagged as a whole (it had no tags at all): its
// last part gives the part of speech, and it is in a name only where that part is.
TEST(ShippedModels, TagHyphenatedTokensByTheirHead) {
  ArticleAnalysis a = Tagged("The well-known painter Anna-Lise Brennaugh met Tobiah al-Quarrington. "
                             "Her Brennaugh-like style was praised.");
  SCOPED_TRACE(Dump(a));
  EXPECT_EQ(Pos(a, "well-known"), "VBN");
  EXPECT_EQ(Name(a, "well-known"), "O");
  EXPECT_EQ(Pos(a, "Anna-Lise"), "NNP");
  EXPECT_EQ(Name(a, "Anna-Lise"), "B-PER");
  EXPECT_EQ(Pos(a, "al-Quarrington"), "NNP");
  EXPECT_EQ(Name(a, "al-Quarrington"), "I-PER");
  EXPECT_EQ(Name(a, "Brennaugh-like"), "O");
}

TEST(ShippedModels, TagPartsOfSpeechInInventedSentences) {
  ArticleAnalysis a = Tagged(kStory);
  SCOPED_TRACE(Dump(a));
  EXPECT_EQ(Pos(a, "the"), "DT");
  EXPECT_EQ(Pos(a, "The"), "DT");
  EXPECT_EQ(Pos(a, "said"), "VBD");
  EXPECT_EQ(Pos(a, "visited"), "VBD");
  EXPECT_EQ(Pos(a, "rejected"), "VBD");
  EXPECT_EQ(Pos(a, "Brennaugh"), "NNP");
  EXPECT_EQ(Pos(a, "Kestrelby"), "NNP");
  EXPECT_EQ(Pos(a, "factory"), "NN");
  EXPECT_EQ(Pos(a, "in"), "IN");
  EXPECT_EQ(Pos(a, ","), ",");
  // "Brennaugh's": the tokens "'" and "s" are one treebank word, a possessive.
  EXPECT_EQ(Pos(a, "'"), "POS");
  EXPECT_EQ(Pos(a, "s"), "POS");
}

TEST(ShippedModels, TagSentenceDirectly) {
  W text = {"Harriet", "Marchetti", ",",   "a",         "lawyer", "from",    "Kestrelby",
            ",",       "joined",    "the", "Grenmouth", "City",   "Council", "."};
  std::vector<TaggerWord> words = MakeTaggerWords(text);
  DocumentCaseCounter document_case;
  document_case.Count(words);
  document_case.Apply(&words);
  const Perceptron& pos_model = PartOfSpeechModel();
  std::vector<std::string> pos;
  for (int t : TagSentence(TagTask::kPartOfSpeech, pos_model, words, {}))
    pos.push_back(pos_model.classes().at(t));
  ASSERT_EQ(pos.size(), text.size());
  EXPECT_EQ(pos[0], "NNP");
  EXPECT_EQ(pos[3], "DT");
  EXPECT_EQ(pos[4], "NN");
  EXPECT_EQ(pos[8], "VBD");
  EXPECT_EQ(pos[13], ".");
  std::vector<std::string> names;
  for (int t : TagSentence(TagTask::kNames, NameModel(), words, pos))
    names.push_back(NameModel().classes().at(t));
  EXPECT_EQ(names, (W{"B-PER", "I-PER", "O", "O", "O", "O", "B-LOC", "O", "O", "O", "B-ORG", "I-ORG", "I-ORG",
                      "O"}));
}

// TagArticle scores in parts (PartScorer); every score must equal, bit for bit, that of the
// features of PosFeatures and NameFeatures, which the models were trained on. Over the
// invented stories, and the development set's texts when KG_DEVSET_TEXTS names their folder.
TEST(ShippedModels, ScoresInPartsEqualScoresOfTheFeatures) {
  std::vector<std::string> texts = {kStory, "THE CITY COUNCIL OF GRENMOUTH VOTES\n\"It's over,\" said Mr Pell-Varne's "
                                            "lawyer in New York City. 'United Arab Emirates' (and Isaac Newton)."};
  if (const char* dir = std::getenv("KG_DEVSET_TEXTS"))
    for (const auto& file : std::filesystem::directory_iterator(dir)) {
      std::ifstream in(file.path());
      texts.emplace_back(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    }
  const Perceptron& pos_model = PartOfSpeechModel();
  const Perceptron& name_model = NameModel();
  ASSERT_TRUE(pos_model.Loaded() && name_model.Loaded());
  size_t compared = 0;
  for (int pass = 0; pass < 2; ++pass)  // the second pass meets remembered words
    for (const auto& text : texts) {
      ArticleAnalysis a;
      a.text = text;
      a.lines.push_back({0, text.size(), LineKind::kBody});
      SplitSentences(&a);
      std::vector<std::vector<TaggerWord>> sentences;
      DocumentCaseCounter document_case;
      for (const auto& sentence : a.sentences) {
        sentences.push_back(MakeTaggerWords(MakeTaggerView(sentence.tokens).words));
        document_case.Count(sentences.back());
      }
      PartScorer scorer(pos_model, name_model);
      std::vector<uint64_t> features;
      std::vector<float> expected, got(std::max(pos_model.classes().size(), name_model.classes().size()));
      for (auto& words : sentences) {
        document_case.Apply(&words);
        scorer.Prepare(words);
        std::vector<int> pos_ids = TagPrepared(TagTask::kPartOfSpeech, pos_model, &scorer, words.size(), {});
        ASSERT_EQ(pos_ids, TagSentence(TagTask::kPartOfSpeech, pos_model, words, {}));
        std::vector<std::string> pos;
        for (int t : pos_ids) pos.push_back(pos_model.classes()[static_cast<size_t>(t)]);
        std::vector<int> names = TagPrepared(TagTask::kNames, name_model, &scorer, words.size(), pos_ids);
        ASSERT_EQ(names, TagSentence(TagTask::kNames, name_model, words, pos));
        for (size_t i = 0; i < words.size(); ++i) {
          std::vector<int> before(pos_ids.begin(), pos_ids.begin() + static_cast<long>(i));
          PosFeatures(words, i, before, &features);
          pos_model.Score(features, &expected);
          scorer.PosScores(i, before, got.data());
          for (size_t c = 0; c < expected.size(); ++c) ASSERT_EQ(std::memcmp(&expected[c], &got[c], sizeof(float)), 0);
          std::vector<int> names_before(names.begin(), names.begin() + static_cast<long>(i));
          NameFeatures(words, pos, i, names_before, &features);
          name_model.Score(features, &expected);
          scorer.NameScores(i, pos_ids, names_before, got.data());
          for (size_t c = 0; c < expected.size(); ++c) ASSERT_EQ(std::memcmp(&expected[c], &got[c], sizeof(float)), 0);
          ++compared;
        }
      }
    }
  EXPECT_GT(compared, 100u);
}

// ------------------------------------------------------------------ tagger view

TEST(TaggerView, SplitsPossessivesAndHyphensAndMapsBackToTokens) {
  std::string text = "Brennaugh's father-of-two sons and Pell-Varne";
  std::vector<Token> tokens = Tokenize(text, 0, text.size());
  ASSERT_EQ(tokens.size(), 7u);  // Brennaugh ' s father-of-two sons and Pell-Varne
  TaggerView view = MakeTaggerView(tokens);
  EXPECT_EQ(view.words,
            (W{"Brennaugh", "'s", "father", "-", "of", "-", "two", "sons", "and", "Pell", "-", "Varne"}));
  EXPECT_EQ(view.first_token, (std::vector<size_t>{0, 1, 3, 3, 3, 3, 3, 4, 5, 6, 6, 6}));
}

TEST(TaggerView, LeavesOtherApostrophesAndHyphensAlone) {
  auto view_of = [](const std::string& text) { return MakeTaggerView(Tokenize(text, 0, text.size())).words; };
  EXPECT_EQ(view_of("O'Dare"), (W{"O'Dare"}));
  EXPECT_EQ(view_of("1-0 win"), (W{"1-0", "win"}));
  // Not attached to the word before: a quotation mark, not a possessive.
  std::vector<Token> tokens = Tokenize("the ' s", 0, 7);
  ASSERT_EQ(tokens.size(), 3u);
  EXPECT_EQ(MakeTaggerView(tokens).words, (W{"the", "'", "s"}));
  EXPECT_TRUE(MakeTaggerView({}).words.empty());
}

// ------------------------------------------------------------------ case extremes

std::string Upper(std::string s) {
  for (char& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return s;
}
std::string Lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

constexpr const char* kArticle =
    "Factory chief quits after police inquiry\n\n"
    "Harriet Brennaugh, the chief executive of Valdmoor Holdings, resigned on Monday after a police inquiry "
    "into the company's accounts.\n\n"
    "Tobiah Quarrington, a spokesman for the Harlowmere Police Department, said officers had visited the "
    "factory in Kestrelby last week. He said no one had been arrested.\n\n"
    "Brennaugh, 52, joined Valdmoor Holdings in 2009. Her lawyer said the board rejected the plan.\n";

// Whatever the case, every token gets a known tag, BIO sequences are well formed, and the
// analysis holds together.
void ExpectSane(const std::string& text, size_t* name_tokens, size_t* tokens_total) {
  std::shared_ptr<const ArticleAnalysis> analysis;
  Status s = AnalyzeArticle("case.txt", text, &analysis);
  ASSERT_TRUE(s.ok()) << s.ToString();
  ASSERT_TRUE(analysis);
  ASSERT_GE(analysis->sentences.size(), 3u);
  const auto& pos_classes = PartOfSpeechModel().classes();
  const auto& name_classes = NameModel().classes();
  *name_tokens = *tokens_total = 0;
  for (const auto& sentence : analysis->sentences) {
    std::string prev = "O";
    for (const auto& t : sentence.tokens) {
      ++*tokens_total;
      EXPECT_NE(std::find(pos_classes.begin(), pos_classes.end(), t.pos()), pos_classes.end())
          << t.text << " " << t.pos();
      EXPECT_NE(std::find(name_classes.begin(), name_classes.end(), t.name()), name_classes.end())
          << t.text << " " << t.name();
      if (t.name().rfind("I-", 0) == 0)
        EXPECT_EQ(prev.substr(2), t.name().substr(2)) << t.text << " after " << prev;
      if (t.name() != "O") ++*name_tokens;
      prev = t.name();
    }
  }
  for (const auto& m : analysis->mentions) {
    ASSERT_LT(m.sentence, analysis->sentences.size());
    ASSERT_LE(m.first_token, m.last_token);
    ASSERT_LT(m.last_token, analysis->sentences[m.sentence].tokens.size());
    for (int e : m.entities) ASSERT_LT(static_cast<size_t>(e), analysis->entities.size());
  }
  for (const auto& f : analysis->facts) {
    ASSERT_LT(f.sentence, analysis->sentences.size());
    ASSERT_LT(static_cast<size_t>(f.subject), analysis->entities.size());
    if (f.object >= 0) ASSERT_LT(static_cast<size_t>(f.object), analysis->entities.size());
  }
}

TEST(CaseExtremes, AllCapitalsAndNoCapitalsGiveSaneTags) {
  size_t names = 0, total = 0;
  ExpectSane(kArticle, &names, &total);
  size_t mixed_names = names;
  EXPECT_GT(mixed_names, 8u);
  for (const std::string& text : {Upper(kArticle), Lower(kArticle)}) {
    SCOPED_TRACE(text.substr(0, 30));
    ExpectSane(text, &names, &total);
    ASSERT_GT(total, 60u);
    // Capitals everywhere do not make every word a name, nor does their absence hide all.
    EXPECT_LT(names, total / 3);
    EXPECT_LE(names, 2 * mixed_names);
  }
}

}  // namespace
}  // namespace kg::compiler
