#include "engine/knowledge/bm25.h"

#include <cmath>
#include <set>

namespace kg::knowledge {

size_t Bm25::Add(const std::vector<std::string>& terms) {
  Doc doc;
  doc.length = terms.size();
  for (const auto& t : terms)
    if (doc.tf[t]++ == 0) ++df_[t];
  total_length_ += terms.size();
  docs_.push_back(std::move(doc));
  return docs_.size() - 1;
}

double Bm25::Score(const std::vector<std::string>& query, size_t doc) const {
  const Doc& d = docs_[doc];
  double n = static_cast<double>(docs_.size());
  double avgdl = static_cast<double>(total_length_) / n;
  double norm = kK1 * (1 - kB + kB * static_cast<double>(d.length) / (avgdl > 0 ? avgdl : 1));
  double score = 0;
  // A word said twice in the query ("back to back") asks for it no more than once.
  for (const auto& t : std::set<std::string>(query.begin(), query.end())) {
    auto tf = d.tf.find(t);
    if (tf == d.tf.end()) continue;
    double df = df_.at(t);
    double idf = std::log(1 + (n - df + 0.5) / (df + 0.5));
    score += idf * tf->second * (kK1 + 1) / (tf->second + norm);
  }
  return score;
}

}  // namespace kg::knowledge
