// The claim record layout (engine/knowledge/knowledge_store.h): one record per source, each
// with its own date, sentence and offsets.
#include "engine/knowledge/claim_record.h"

#include <gtest/gtest.h>

namespace kg::knowledge {
namespace {

TEST(ClaimRecord, ASourceRecordKeepsItsArticleDateSentenceAndOffsets) {
  ClaimSubject subject{kNodeClaims, 7, "age"};
  Source source{"a1", "X, 52, said.", "caption", "2020", 10, 22};
  std::string key = ClaimSourceKey(subject, Value(int64_t{52}), source);
  Value value;
  Source read;
  ASSERT_TRUE(DecodeClaimSource(key, EncodeClaimSource(Value(int64_t{52}), source), &value, &read));
  EXPECT_EQ(value, Value(int64_t{52}));
  EXPECT_EQ(read.article, "a1");
  EXPECT_EQ(read.as_of, "2020");
  EXPECT_EQ(read.evidence, "X, 52, said.");
  EXPECT_EQ(read.kind, "caption");
  EXPECT_EQ(read.begin, 10u);
  EXPECT_EQ(read.end, 22u);
  ClaimSubject parsed;
  ASSERT_TRUE(ParseClaimSubject(key, &parsed));
  EXPECT_EQ(parsed.id, 7u);
  EXPECT_EQ(parsed.attribute, "age");
  EXPECT_EQ(std::string(parsed.family), kNodeClaims);
}

TEST(ClaimRecord, SourcesOfAValueSortByArticle) {
  ClaimSubject subject{kRelClaims, 3, "date"};
  Source early{"a1", "", "body", "", 0, 0}, late{"b2", "", "body", "", 0, 0};
  EXPECT_LT(ClaimSourceKey(subject, Value("1994"), early), ClaimSourceKey(subject, Value("1994"), late));
  EXPECT_EQ(ClaimSourceKey(subject, Value("1994"), early).rfind(AttributePrefix(subject), 0), 0u);
}

TEST(ClaimRecord, APartialDateHoldsEveryDateInsideIt) {
  EXPECT_TRUE(Compatible(Value("1994"), Value("1994-03")));
  EXPECT_TRUE(Compatible(Value("1994-03-02"), Value("1994-03")));
  EXPECT_FALSE(Compatible(Value("1994-03"), Value("1994-05")));
  EXPECT_FALSE(Compatible(Value("1994"), Value("1993")));
  EXPECT_FALSE(Compatible(Value("199"), Value("1994"))) << "a prefix of digits is no partial date";
}

}  // namespace
}  // namespace kg::knowledge
