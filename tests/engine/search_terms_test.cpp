// The terms kg.search() compares (engine/knowledge/search_terms.h) and their BM25 ranking
// (engine/knowledge/bm25.h).
#include "engine/knowledge/search_terms.h"

#include <gtest/gtest.h>

#include "engine/knowledge/bm25.h"

namespace kg::knowledge {
namespace {

using Terms = std::vector<std::string>;

TEST(SearchTerms, FoldsCaseSplitsOnPunctuationAndDropsStopWords) {
  EXPECT_EQ(SearchTerms("Leroy Smith shot PC James Seymour in the back."),
            (Terms{"leroi", "smith", "shot", "pc", "jame", "seymour", "back"}));
  EXPECT_EQ(SearchTerms("shot in the back"), (Terms{"shot", "back"}));
  EXPECT_EQ(SearchTerms("1993-04-02, aged 25"), (Terms{"1993", "04", "02", "ag", "25"}));
}

TEST(SearchTerms, DropsPossessivesAndReadsCurlyApostrophes) {
  EXPECT_EQ(SearchTerms("Seymour's friend"), (Terms{"seymour", "friend"}));
  EXPECT_EQ(SearchTerms("Seymour\xE2\x80\x99s friend"), (Terms{"seymour", "friend"}));
  EXPECT_EQ(SearchTerms("don't"), (Terms{"dont"}));
}

TEST(SearchTerms, TypesetPunctuationPartsWords) {
  // ‘gangster mode’ — “I was” … (curly quotes, em dash, ellipsis, no-break space)
  EXPECT_EQ(SearchTerms("\xE2\x80\x98gangster mode\xE2\x80\x99 \xE2\x80\x94 \xE2\x80\x9CI was\xE2\x80\x9D"
                        "\xE2\x80\xA6"
                        "caught\xC2\xA0"
                        "late"),
            (Terms{"gangster", "mode", "i", "caught", "late"}));
}

TEST(SearchTerms, KeepsNonAsciiWordsWhole) {
  EXPECT_EQ(SearchTerms("Zo\xC3\xAB left"), (Terms{"zo\xC3\xAB", "left"}));
}

TEST(SearchTerms, NothingForEmptyOrStopWordsOnly) {
  EXPECT_TRUE(SearchTerms("").empty());
  EXPECT_TRUE(SearchTerms("  \t").empty());
  EXPECT_TRUE(SearchTerms("in the, of... THE").empty());
  EXPECT_TRUE(IsStopWord("the"));
  EXPECT_FALSE(IsStopWord("shot"));
}

TEST(Stem, PorterStepOne) {
  EXPECT_EQ(Stem("caresses"), "caress");
  EXPECT_EQ(Stem("ponies"), "poni");
  EXPECT_EQ(Stem("cats"), "cat");
  EXPECT_EQ(Stem("caress"), "caress");
  EXPECT_EQ(Stem("agreed"), "agree");
  EXPECT_EQ(Stem("feed"), "feed");
  EXPECT_EQ(Stem("plastered"), "plaster");
  EXPECT_EQ(Stem("motoring"), "motor");
  EXPECT_EQ(Stem("sing"), "sing");
  EXPECT_EQ(Stem("conflated"), "conflate");
  EXPECT_EQ(Stem("hopping"), "hop");
  EXPECT_EQ(Stem("falling"), "fall");
  EXPECT_EQ(Stem("filing"), "file");
  EXPECT_EQ(Stem("happy"), "happi");
  EXPECT_EQ(Stem("sky"), "sky");
}

TEST(Stem, JoinsTheFormsOfAWord) {
  EXPECT_EQ(SearchTerms("shooting"), SearchTerms("shoots"));
  EXPECT_EQ(SearchTerms("Friends"), SearchTerms("friend"));
}

TEST(Bm25, RanksTheSentenceWithMoreAndRarerQueryTermsFirst) {
  Bm25 bm25;
  size_t target = bm25.Add(SearchTerms("Leroy Smith shot PC James Seymour in the back"));
  size_t shot_only = bm25.Add(SearchTerms("Smith was shot at by police"));
  size_t back_only = bm25.Add(SearchTerms("He came back to the town"));
  size_t none = bm25.Add(SearchTerms("The officer retired"));
  Terms query = SearchTerms("shot in the back");
  EXPECT_GT(bm25.Score(query, target), bm25.Score(query, shot_only));
  EXPECT_GT(bm25.Score(query, target), bm25.Score(query, back_only));
  EXPECT_GT(bm25.Score(query, shot_only), 0);
  EXPECT_EQ(bm25.Score(query, none), 0);
}

TEST(Bm25, AShortSentenceOutranksALongOneWithTheSameMatch) {
  Bm25 bm25;
  size_t short_one = bm25.Add(SearchTerms("a lighthouse keeper"));
  size_t long_one =
      bm25.Add(SearchTerms("a lighthouse keeper who lived by the sea for forty long years alone"));
  Terms query = SearchTerms("lighthouse");
  EXPECT_GT(bm25.Score(query, short_one), bm25.Score(query, long_one));
}

TEST(Bm25, ARepeatedQueryWordCountsOnce) {
  Bm25 bm25;
  size_t doc = bm25.Add(SearchTerms("back to back wins"));
  bm25.Add(SearchTerms("other"));
  EXPECT_EQ(bm25.Score(SearchTerms("back back"), doc), bm25.Score(SearchTerms("back"), doc));
}

}  // namespace
}  // namespace kg::knowledge
