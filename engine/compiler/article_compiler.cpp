// The article pipeline, stage by stage (see article_compiler.h).
#include "engine/compiler/article_compiler.h"

#include <mutex>
#include <set>

#include "engine/compiler/analysis.h"
#include "engine/compiler/boilerplate/line_classifier.h"
#include "engine/compiler/coref/coreference.h"
#include "engine/compiler/coref/name_types.h"
#include "engine/compiler/facts/fact_extractor.h"
#include "engine/compiler/mentions/mention_finder.h"
#include "engine/compiler/parser/article_parser.h"
#include "engine/compiler/reader/article_reader.h"
#include "engine/compiler/resolution/graph_writer.h"
#include "engine/compiler/tagger/article_tagger.h"
#include "engine/compiler/text/sentence_splitter.h"
#include "engine/knowledge/knowledge_store.h"

namespace kg::compiler {

const std::string* InternTag(std::string_view tag) {
  static std::mutex mutex;
  static std::set<std::string, std::less<>> tags;  // nodes: the strings never move
  std::lock_guard<std::mutex> lock(mutex);
  auto it = tags.find(tag);
  if (it == tags.end()) it = tags.emplace(tag).first;
  return &*it;
}

const char* EntityLabel(EntityType type) {
  switch (type) {
    case EntityType::kPerson: return "Person";
    case EntityType::kOrganization: return "Organization";
    case EntityType::kLocation: return "Location";
    case EntityType::kWork: return "Work";
    case EntityType::kEvent: return "Event";
    case EntityType::kAward: return "Award";
  }
  return "Entity";
}

const char* LineKindName(LineKind kind) {
  switch (kind) {
    case LineKind::kTitle: return "title";
    case LineKind::kMeta: return "meta";
    case LineKind::kStandfirst: return "standfirst";
    case LineKind::kBody: return "body";
    case LineKind::kCaption: return "caption";
    case LineKind::kBoilerplate: return "boilerplate";
    case LineKind::kBlank: return "blank";
  }
  return "body";
}

Status AnalyzeArticle(std::string_view path, std::string_view text, std::shared_ptr<const ArticleAnalysis>* out) {
  auto article = std::make_shared<ArticleAnalysis>();
  Status s = ReadArticle(path, text, article.get());
  if (!s.ok()) return s;
  ReadMetadata(article.get());
  ClassifyLines(article.get());
  SplitSentences(article.get());
  TagArticle(article.get());
  std::vector<NameSpan> names = FindNames(*article);
  VoteNameTypes(&names);
  ResolveCoreference(names, article.get());
  ParseArticle(article.get());
  ExtractFacts(article.get());
  *out = std::move(article);
  return Status::Ok();
}

Status WriteArticle(storage::GraphStore& store, const ArticleAnalysis& analysis, CompileReport* report) {
  return WriteAnalysis(store, analysis, report);
}

int64_t CountDisputes(storage::GraphReader& graph) { return knowledge::CountDisputes(graph); }

}  // namespace kg::compiler
