// AnalysisToJsonLine (analysis_json.h): the writing half of the `kg extract` line format.
#include <cmath>
#include <set>

#include <nlohmann/json.hpp>

#include "engine/compiler/analysis_json.h"

namespace kg::compiler {

namespace {

// Keys in the order of the grammar in analysis_json.h, so a line reads as documented.
using Json = nlohmann::ordered_json;

// A value the line cannot carry: thrown inside this file, returned as a Status.
struct Unwritable {
  std::string why;
};

Json ValueJson(const Value& v) {
  switch (v.type()) {
    case Value::Type::kNull: return nullptr;
    case Value::Type::kBool: return v.as_bool();
    case Value::Type::kInt: return v.as_int();
    case Value::Type::kFloat:
      if (!std::isfinite(v.as_float())) throw Unwritable{"the float " + v.ToString()};
      return v.as_float();
    case Value::Type::kString: return v.as_string();
    case Value::Type::kList: {
      Json out = Json::array();
      for (const auto& item : v.as_list()) out.push_back(ValueJson(item));
      return out;
    }
    case Value::Type::kMap: {
      Json out = Json::object();
      for (const auto& [key, item] : v.as_map()) out[key] = ValueJson(item);
      return out;
    }
    default: throw Unwritable{"the value " + v.ToString()};
  }
}

// Byte spans of each entity's mentions, in text order.
std::vector<Json> MentionSpans(const ArticleAnalysis& a) {
  std::vector<Json> spans(a.entities.size(), Json::array());
  for (const Mention& m : a.mentions) {
    const auto& tokens = a.sentences[m.sentence].tokens;
    Json span = Json::array({tokens[m.first_token].begin, tokens[m.last_token].end});
    for (int e : m.entities) spans[static_cast<size_t>(e)].push_back(span);
  }
  return spans;
}

Json EntitiesJson(const ArticleAnalysis& a) {
  std::vector<Json> spans = MentionSpans(a);
  Json out = Json::array();
  for (size_t i = 0; i < a.entities.size(); ++i) {
    const LocalEntity& e = a.entities[i];
    out.push_back({{"type", EntityLabel(e.type)},
                   {"name", e.name},
                   {"role", e.role},
                   {"surfaces", e.surfaces},
                   {"aliases", e.alias_forms},
                   {"mentions", std::move(spans[i])}});
  }
  return out;
}

Json FactJson(const FactCandidate& f) {
  Json out = {{"subject", f.subject}};
  if (f.object >= 0) {
    out["predicate"] = f.predicate;
    out["object"] = f.object;
    Json qualifiers = Json::object();
    for (const auto& [key, value] : f.qualifiers) qualifiers[key] = ValueJson(value);
    out["qualifiers"] = std::move(qualifiers);
  } else {
    out["attribute"] = f.attribute;
    out["value"] = ValueJson(f.value);
    out["as_of"] = f.as_of;
  }
  out["sentence"] = f.sentence;
  return out;
}

// Only the sentences facts are read from: the evidence the graph quotes.
Json SentencesJson(const ArticleAnalysis& a) {
  std::set<size_t> cited;
  for (const FactCandidate& f : a.facts) cited.insert(f.sentence);
  Json out = Json::array();
  for (size_t i : cited) {
    const Sentence& s = a.sentences[i];
    out.push_back({{"index", i},
                   {"begin", s.begin},
                   {"end", s.end},
                   {"kind", LineKindName(s.kind)},
                   {"text", a.SentenceText(i)}});
  }
  return out;
}

}  // namespace

Status AnalysisToJsonLine(const ArticleAnalysis& a, std::string* line) {
  try {
    Json facts = Json::array();
    for (const FactCandidate& f : a.facts) facts.push_back(FactJson(f));
    Json out = {{"kg_extract", kExtractVersion},
                {"path", a.path},
                {"id", a.id},
                {"title", a.title},
                {"author", a.author},
                {"publisher", a.publisher},
                {"published", a.published},
                {"entities", EntitiesJson(a)},
                {"facts", std::move(facts)},
                {"sentences", SentencesJson(a)}};
    *line = out.dump();
    return Status::Ok();
  } catch (const Unwritable& e) {
    return Status::Runtime(a.path + ": cannot write the analysis as JSON: " + e.why);
  } catch (const nlohmann::json::exception& e) {  // text that is not UTF-8 (the reader lets none through)
    return Status::Runtime(a.path + ": cannot write the analysis as JSON: " + e.what());
  }
}

}  // namespace kg::compiler
