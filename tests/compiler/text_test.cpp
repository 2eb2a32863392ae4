// Tokens, sentence ends and dates: the cases a golden article shows only in passing.
#include <gtest/gtest.h>

#include "engine/compiler/facts/dates.h"
#include "engine/compiler/reader/dateline.h"
#include "engine/compiler/text/sentence_splitter.h"

namespace kg::compiler {
namespace {

std::vector<std::string> Words(const std::string& text) {
  std::vector<std::string> out;
  for (const Token& t : Tokenize(text, 0, text.size())) out.push_back(t.text);
  return out;
}

using W = std::vector<std::string>;

TEST(Tokenize, DottedAbbreviationsKeepTheirFinalDot) {
  EXPECT_EQ(Words("the U.S. and U.K."), (W{"the", "U.S.", "and", "U.K."}));
  EXPECT_EQ(Words("a Ph.D. at 9 p.m., e.g. here"), (W{"a", "Ph.D.", "at", "9", "p.m.", ",", "e.g.", "here"}));
  EXPECT_EQ(Words("the U.S government"), (W{"the", "U.S", "government"}));
  EXPECT_EQ(Words("St. Ives"), (W{"St", ".", "Ives"}));
}

TEST(Tokenize, NameApostrophesAndAmpersands) {
  EXPECT_EQ(Words("O'Dare and D\u2019Anvers"), (W{"O'Dare", "and", "D'Anvers"}));
  EXPECT_EQ(Words("Jean d'Avenel and l'Orme"), (W{"Jean", "d'Avenel", "and", "l'Orme"}));
  EXPECT_EQ(Words("d'you and l'amour"), (W{"d", "'", "you", "and", "l", "'", "amour"}));
  EXPECT_EQ(Words("Warhol's"), (W{"Warhol", "'", "s"}));
  EXPECT_EQ(Words("I'M"), (W{"I", "'", "M"}));
  EXPECT_EQ(Words("TR&V and Brandt & Mossel"), (W{"TR&V", "and", "Brandt", "&", "Mossel"}));
  EXPECT_EQ(Words("father-of-two paid 1,000 or 4.5"), (W{"father-of-two", "paid", "1,000", "or", "4.5"}));
}

std::vector<std::string> Sentences(const std::string& text) {
  ArticleAnalysis a;
  a.text = text;
  a.lines.push_back({0, text.size(), LineKind::kBody});
  SplitSentences(&a);
  std::vector<std::string> out;
  for (size_t i = 0; i < a.sentences.size(); ++i) out.push_back(a.SentenceText(i));
  return out;
}

TEST(SplitSentences, AbbreviationsEndASentenceOnlyBeforeItsOpeningWord) {
  EXPECT_EQ(Sentences("She lived in the U.S. He did not."), (W{"She lived in the U.S.", "He did not."}));
  EXPECT_EQ(Sentences("She joined the U.S. Navy in Jan. 2001."), (W{"She joined the U.S. Navy in Jan. 2001."}));
  EXPECT_EQ(Sentences("He met Dr. Ruiz at 9 a.m. The talks failed."),
            (W{"He met Dr. Ruiz at 9 a.m.", "The talks failed."}));
  EXPECT_EQ(Sentences("Corvex Inc. Holdings bought Lark Ltd. It paid cash."),
            (W{"Corvex Inc. Holdings bought Lark Ltd.", "It paid cash."}));
  EXPECT_EQ(Sentences("He left. \"I'm done.\" She stayed."), (W{"He left.", "\"I'm done.\"", "She stayed."}));
}

std::vector<std::string> Isos(const std::string& text, const std::string& published = "") {
  std::vector<std::string> out;
  for (const DateMention& d : FindDates(Tokenize(text, 0, text.size()), "", published)) out.push_back(d.iso);
  return out;
}

TEST(FindDates, IsoAndWrittenDates) {
  EXPECT_EQ(Isos("on 2014-01-28 and 2014-02-03T10:00:00Z"), (W{"2014-01-28", "2014-02-03"}));
  EXPECT_EQ(Isos("from 2014-13-01 to 2014-1-2"), W{});
  EXPECT_EQ(Isos("on January 28, 2014 and 3 March 2015"), (W{"2014-01-28", "2015-03-03"}));
}

TEST(FindDates, PhrasesCountingBackFromTheArticleDate) {
  // 2015-05-07 was a Thursday.
  EXPECT_EQ(Isos("He left on Tuesday and came back yesterday.", "2015-05-07"), (W{"2015-05-05", "2015-05-06"}));
  EXPECT_EQ(Isos("She left last Thursday, on Thursday.", "2015-05-07"), (W{"2015-04-30", "2015-05-07"}));
  EXPECT_EQ(Isos("last year, this year and last month", "2015-01-07"), (W{"2014", "2015", "2014-12"}));
  EXPECT_EQ(Isos("last year, on Tuesday", "2015"), (W{"2014"}));
  EXPECT_EQ(Isos("He left on Tuesday.", ""), W{});
}

Dateline DatelineOf(const std::string& text) { return FindDateline(text, Line{0, text.size(), LineKind::kBody}); }

TEST(FindDateline, WholeLinesAndLinesOpenedOrClosedByADate) {
  EXPECT_EQ(DatelineOf("Tuesday, January 28, 2014").at, DatelineAt::kWholeLine);
  EXPECT_EQ(DatelineOf("28 January 2014").iso, "2014-01-28");
  EXPECT_EQ(DatelineOf("2014-01-28T10:00:00Z").at, DatelineAt::kWholeLine);
  EXPECT_EQ(DatelineOf("PORT ELLEN, Veland 1996-12-06").at, DatelineAt::kWholeLine);
  Dateline opens = DatelineOf("Friday, May 8, 2009 The court ruled.");
  EXPECT_EQ(opens.at, DatelineAt::kLineStart);
  EXPECT_EQ(opens.end, std::string("Friday, May 8, 2009").size());
  Dateline closes = DatelineOf("Mayor opens bridge Friday, May 8, 2009");
  EXPECT_EQ(closes.at, DatelineAt::kLineEnd);
  EXPECT_EQ(closes.begin, std::string("Mayor opens bridge ").size());
  EXPECT_EQ(DatelineOf("28 January 2014 was the coldest day.").at, DatelineAt::kNone);
  EXPECT_EQ(DatelineOf("Born in Lisk on 28 January 2014").at, DatelineAt::kNone);
}

}  // namespace
}  // namespace kg::compiler
