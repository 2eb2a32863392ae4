// AnalysisFromJsonLine (analysis_json.h): the reading half of the `kg extract` line format.
// A line may come from anywhere (another machine, a hand-edited file), so every field is
// checked before the graph writer sees it: a bad index or offset is an InputError naming the
// field, never a write to the wrong node or a read past the text. Every field of the grammar
// is required except "mentions", which `kg load` does not read.
#include <limits>
#include <map>

#include <nlohmann/json.hpp>

#include "engine/compiler/analysis_json.h"

namespace kg::compiler {

namespace {

using Json = nlohmann::json;

// As large as an article file may be (article_files.cpp): bounds the text a line rebuilds.
constexpr int64_t kMaxArticleBytes = int64_t{64} << 20;
// Lists and maps in a value, nested deeper than any the analysis makes.
constexpr int kMaxValueDepth = 64;

// What is wrong with a line and where: thrown inside this file, returned as an InputError.
struct Malformed {
  std::string why;
};

[[noreturn]] void Fail(const std::string& where, const std::string& what) { throw Malformed{where + ": " + what}; }

std::string Member(const std::string& where, const char* key) { return where.empty() ? key : where + "." + key; }
std::string Item(const std::string& where, size_t i) { return where + "[" + std::to_string(i) + "]"; }

const Json& Get(const Json& object, const std::string& where, const char* key) {
  auto it = object.find(key);
  if (it == object.end()) Fail(Member(where, key), "missing");
  return *it;
}

const Json& Typed(const Json& object, const std::string& where, const char* key, Json::value_t type, const char* what) {
  const Json& j = Get(object, where, key);
  if (j.type() != type) Fail(Member(where, key), std::string("expected ") + what + ", got " + j.type_name());
  return j;
}

std::string String(const Json& object, const std::string& where, const char* key) {
  return Typed(object, where, key, Json::value_t::string, "a string").get<std::string>();
}

std::string NonEmpty(const Json& object, const std::string& where, const char* key) {
  std::string s = String(object, where, key);
  if (s.empty()) Fail(Member(where, key), "empty");
  return s;
}

int64_t IntegerIn(const Json& j, const std::string& where, int64_t min, int64_t max) {
  bool fits = j.is_number_integer() &&
              (!j.is_number_unsigned() || j.get<uint64_t>() <= static_cast<uint64_t>(std::numeric_limits<int64_t>::max()));
  int64_t value = fits ? j.get<int64_t>() : 0;
  if (!fits || value < min || value > max)
    Fail(where, "expected an integer from " + std::to_string(min) + " to " + std::to_string(max) + ", got " + j.dump());
  return value;
}

int64_t Integer(const Json& object, const std::string& where, const char* key, int64_t min, int64_t max) {
  return IntegerIn(Get(object, where, key), Member(where, key), min, max);
}

Value JsonValue(const Json& j, const std::string& where, int depth) {
  if (depth > kMaxValueDepth) Fail(where, "nested deeper than " + std::to_string(kMaxValueDepth) + " levels");
  switch (j.type()) {
    case Json::value_t::null: return Value();
    case Json::value_t::boolean: return Value(j.get<bool>());
    case Json::value_t::number_integer: return Value(j.get<int64_t>());
    case Json::value_t::number_unsigned:
      if (j.get<uint64_t>() > static_cast<uint64_t>(std::numeric_limits<int64_t>::max()))
        Fail(where, "integer beyond 64 bits");
      return Value(j.get<int64_t>());
    case Json::value_t::number_float: return Value(j.get<double>());
    case Json::value_t::string: return Value(j.get<std::string>());
    case Json::value_t::array: {
      List list;
      for (size_t i = 0; i < j.size(); ++i) list.push_back(JsonValue(j[i], Item(where, i), depth + 1));
      return Value(std::move(list));
    }
    case Json::value_t::object: {
      Map map;
      for (const auto& [key, item] : j.items()) map[key] = JsonValue(item, where + "." + key, depth + 1);
      return Value(std::move(map));
    }
    default: Fail(where, std::string("not a value: ") + j.type_name());
  }
}

EntityType ParseEntityType(const std::string& label, const std::string& where) {
  for (EntityType type : {EntityType::kPerson, EntityType::kOrganization, EntityType::kLocation, EntityType::kWork,
                          EntityType::kEvent, EntityType::kAward})
    if (label == EntityLabel(type)) return type;
  Fail(where, "unknown entity type '" + label + "' (Person, Organization, Location, Work, Event or Award)");
}

LineKind ParseLineKind(const std::string& name, const std::string& where) {
  for (LineKind kind : {LineKind::kTitle, LineKind::kMeta, LineKind::kStandfirst, LineKind::kBody, LineKind::kCaption,
                        LineKind::kBoilerplate, LineKind::kBlank})
    if (name == LineKindName(kind)) return kind;
  Fail(where, "unknown sentence kind '" + name + "'");
}

LocalEntity ParseEntity(const Json& j, const std::string& where) {
  if (!j.is_object()) Fail(where, std::string("expected an object, got ") + j.type_name());
  LocalEntity e;
  e.type = ParseEntityType(String(j, where, "type"), Member(where, "type"));
  e.name = String(j, where, "name");
  e.role = String(j, where, "role");
  const Json& surfaces = Typed(j, where, "surfaces", Json::value_t::object, "an object");
  for (const auto& [surface, count] : surfaces.items()) {
    if (surface.empty()) Fail(Member(where, "surfaces"), "an empty form");
    e.surfaces[surface] = static_cast<int>(
        IntegerIn(count, Member(where, "surfaces") + "." + surface, 1, std::numeric_limits<int>::max()));
  }
  const Json& aliases = Typed(j, where, "aliases", Json::value_t::array, "an array");
  for (size_t i = 0; i < aliases.size(); ++i) {
    if (!aliases[i].is_string()) Fail(Item(Member(where, "aliases"), i), "expected a string");
    e.alias_forms.insert(aliases[i].get<std::string>());
  }
  if (!e.surfaces.empty() && e.name.empty()) Fail(Member(where, "name"), "empty");
  return e;
}

// The sentences facts cite, packed in index order into *a (no tokens), with their text laid
// at its offsets in a.text (the rest blank): what the writer reads of a sentence. Returns
// each cited index's place in a.sentences.
std::map<int64_t, size_t> ParseSentences(const Json& line, ArticleAnalysis* a) {
  const Json& list = Typed(line, "", "sentences", Json::value_t::array, "an array");
  std::map<int64_t, size_t> place;
  int64_t previous_end = 0;
  std::vector<std::string> texts;
  for (size_t i = 0; i < list.size(); ++i) {
    std::string where = Item("sentences", i);
    if (!list[i].is_object()) Fail(where, std::string("expected an object, got ") + list[i].type_name());
    int64_t index = Integer(list[i], where, "index", 0, std::numeric_limits<int64_t>::max());
    if (!place.empty() && index <= place.rbegin()->first) Fail(Member(where, "index"), "not after the one before");
    Sentence s;
    s.begin = static_cast<size_t>(Integer(list[i], where, "begin", previous_end, kMaxArticleBytes));
    s.end = static_cast<size_t>(Integer(list[i], where, "end", static_cast<int64_t>(s.begin), kMaxArticleBytes));
    s.kind = ParseLineKind(String(list[i], where, "kind"), Member(where, "kind"));
    texts.push_back(String(list[i], where, "text"));
    if (texts.back().size() != s.end - s.begin)
      Fail(Member(where, "text"), std::to_string(texts.back().size()) + " bytes, but end - begin is " +
                                      std::to_string(s.end - s.begin));
    previous_end = static_cast<int64_t>(s.end);
    place[index] = a->sentences.size();
    a->sentences.push_back(std::move(s));
  }
  a->text.assign(static_cast<size_t>(previous_end), ' ');
  for (size_t i = 0; i < texts.size(); ++i) a->text.replace(a->sentences[i].begin, texts[i].size(), texts[i]);
  return place;
}

size_t EntityIndex(const Json& fact, const std::string& where, const char* key, const ArticleAnalysis& a) {
  int64_t last = static_cast<int64_t>(a.entities.size()) - 1;
  if (last < 0) Fail(Member(where, key), "the line has no entities");
  auto index = static_cast<size_t>(Integer(fact, where, key, 0, last));
  // An entity merged into another has no node to hang a fact on.
  if (a.entities[index].surfaces.empty()) Fail(Member(where, key), "entity " + std::to_string(index) + " has no surfaces");
  return index;
}

FactCandidate ParseFact(const Json& j, const std::string& where, const ArticleAnalysis& a,
                        const std::map<int64_t, size_t>& sentences) {
  if (!j.is_object()) Fail(where, std::string("expected an object, got ") + j.type_name());
  FactCandidate f;
  f.subject = static_cast<int>(EntityIndex(j, where, "subject", a));
  if (j.contains("object")) {
    f.predicate = NonEmpty(j, where, "predicate");
    f.object = static_cast<int>(EntityIndex(j, where, "object", a));
    const Json& qualifiers = Typed(j, where, "qualifiers", Json::value_t::object, "an object");
    for (const auto& [key, value] : qualifiers.items())
      f.qualifiers[key] = JsonValue(value, Member(where, "qualifiers") + "." + key, 1);
  } else {
    f.attribute = NonEmpty(j, where, "attribute");
    f.value = JsonValue(Get(j, where, "value"), Member(where, "value"), 1);
    f.as_of = String(j, where, "as_of");
  }
  int64_t sentence = Integer(j, where, "sentence", 0, std::numeric_limits<int64_t>::max());
  auto cited = sentences.find(sentence);
  if (cited == sentences.end()) Fail(Member(where, "sentence"), std::to_string(sentence) + " is not in \"sentences\"");
  f.sentence = cited->second;
  return f;
}

// The version of the line, checked before anything else is read: a later version may have
// changed what the other fields mean.
int ParseVersion(const Json& line) {
  if (!line.is_object()) Fail("line", std::string("expected a JSON object, got ") + line.type_name());
  if (!line.contains("kg_extract")) Fail("line", "not a `kg extract` line: no \"kg_extract\" version");
  return static_cast<int>(Integer(line, "", "kg_extract", 1, std::numeric_limits<int>::max()));
}

std::shared_ptr<ArticleAnalysis> ParseAnalysis(const Json& line) {
  auto a = std::make_shared<ArticleAnalysis>();
  a->path = NonEmpty(line, "", "path");
  a->id = NonEmpty(line, "", "id");
  a->title = String(line, "", "title");
  a->author = String(line, "", "author");
  a->publisher = String(line, "", "publisher");
  a->published = String(line, "", "published");
  const Json& entities = Typed(line, "", "entities", Json::value_t::array, "an array");
  for (size_t i = 0; i < entities.size(); ++i) a->entities.push_back(ParseEntity(entities[i], Item("entities", i)));
  std::map<int64_t, size_t> sentences = ParseSentences(line, a.get());
  const Json& facts = Typed(line, "", "facts", Json::value_t::array, "an array");
  for (size_t i = 0; i < facts.size(); ++i) a->facts.push_back(ParseFact(facts[i], Item("facts", i), *a, sentences));
  return a;
}

}  // namespace

Status AnalysisFromJsonLine(std::string_view text, std::shared_ptr<const ArticleAnalysis>* out, int* version) {
  *version = 0;
  Json line;
  try {
    line = Json::parse(text);
  } catch (const Json::parse_error& e) {
    std::string what = e.what();  // "[json.exception.parse_error.101] parse error at line 1, column 5: why"
    size_t colon = what.find(": ");
    return Status::Input("not JSON at byte " + std::to_string(e.byte) + ": " +
                         (colon == std::string::npos ? what : what.substr(colon + 2)));
  }
  try {
    *version = ParseVersion(line);
    if (*version > kExtractVersion)
      return Status::Input("written by a newer kg (kg_extract version " + std::to_string(*version) +
                           "; this kg reads version " + std::to_string(kExtractVersion) + "): upgrade kg to load it");
    *out = ParseAnalysis(line);
    return Status::Ok();
  } catch (const Malformed& e) {
    return Status::Input(e.why);
  }
}

}  // namespace kg::compiler
