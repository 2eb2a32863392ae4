// The claim record layout (engine/knowledge/knowledge_store.h): each source keeps its own
// date, and records written before per-source dates still read.
#include "engine/knowledge/claim_record.h"

#include <gtest/gtest.h>

#include "storage/codec.h"

namespace kg::knowledge {
namespace {

namespace codec = storage::codec;

TEST(ClaimRecord, EachSourceKeepsItsDateAndSentence) {
  ClaimRecord claim{Value(int64_t{52}),
                    {{"a1", "X, 52, said.", "body", "2020"}, {"b2", "X, now 52.", "caption", ""}}};
  ClaimRecord read;
  ASSERT_TRUE(DecodeClaim(EncodeClaim(claim), &read));
  EXPECT_EQ(read.value, claim.value);
  ASSERT_EQ(read.sources.size(), 2u);
  EXPECT_EQ(read.sources[0].as_of, "2020");
  EXPECT_EQ(read.sources[1].as_of, "");
  EXPECT_EQ(read.sources[1].evidence, "X, now 52.");
  EXPECT_EQ(read.sources[1].kind, "caption");
}

TEST(ClaimRecord, ARecordWithOneDateForAllSourcesStillReads) {
  std::string legacy;
  codec::PutValue(&legacy, Value(int64_t{25}));
  codec::PutString(&legacy, "1993");
  codec::PutVarint(&legacy, 2);
  for (const char* article : {"a1", "b2"}) {
    codec::PutString(&legacy, article);
    codec::PutString(&legacy, "He was 25.");
    codec::PutString(&legacy, "body");
  }
  ClaimRecord read;
  ASSERT_TRUE(DecodeClaim(legacy, &read));
  ASSERT_EQ(read.sources.size(), 2u);
  EXPECT_EQ(read.sources[0].as_of, "1993");
  EXPECT_EQ(read.sources[1].as_of, "1993");
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
