// engine/knowledge/bm25.h — Okapi BM25 over a set of short documents (evidence sentences).
//
// score(d, q) = sum over distinct terms t of q of
//                 idf(t) * tf(t, d) * (k1 + 1) / (tf(t, d) + k1 * (1 - b + b * |d| / avgdl))
// idf(t) = ln(1 + (N - df(t) + 0.5) / (df(t) + 0.5)), Lucene's form: never negative, so a
// term in most sentences still counts a little instead of pushing a sentence down.
#pragma once

#include <map>
#include <string>
#include <vector>

namespace kg::knowledge {

class Bm25 {
 public:
  static constexpr double kK1 = 1.2;  // how soon repeats of a term stop adding
  static constexpr double kB = 0.75;  // how much a long sentence is discounted

  // Adds a document given as its terms (search_terms.h); returns its number, from 0.
  size_t Add(const std::vector<std::string>& terms);

  // The score of document `doc` for the query terms; 0 when it holds none of them.
  // REQUIRES: every document has been added (the statistics are of them all).
  double Score(const std::vector<std::string>& query, size_t doc) const;

  size_t size() const { return docs_.size(); }

 private:
  struct Doc {
    std::map<std::string, int> tf;
    size_t length = 0;
  };
  std::vector<Doc> docs_;
  std::map<std::string, int> df_;
  size_t total_length_ = 0;
};

}  // namespace kg::knowledge
