#include "engine/compiler/resolution/entity_resolver.h"
#include "engine/compiler/text/normalize.h"

#include <algorithm>
#include <cctype>

#include "engine/compiler/lexicon/lexicon.h"
#include "engine/compiler/lexicon/wordnet_names.h"
#include "engine/compiler/mentions/name_words.h"
#include "storage/codec.h"

namespace kg::compiler {

namespace {



std::string PersonKey(const std::vector<std::string>& words) {
  return "pk/" + Lower(words.front()) + "|" + Soundex(words.back());
}

std::optional<storage::NodeId> UniqueUnder(storage::Transaction& txn, const std::string& prefix) {
  std::vector<storage::NodeId> ids;
  txn.ScanAux(prefix, [&](std::string_view key, std::string_view) {
    if (key.size() >= prefix.size() + 8) ids.push_back(storage::codec::GetBigEndian64(key.substr(key.size() - 8)));
    return true;
  });
  std::vector<storage::NodeId> live;
  for (auto id : ids)
    if (txn.GetNode(id)) live.push_back(id);
  if (live.size() == 1) return live[0];
  return std::nullopt;
}

// The ISO code of a country, whichever of its names the article used.
std::string CountryOf(const LocalEntity& entity) {
  return entity.type == EntityType::kLocation ? Lexicon::Get().CountryCode(entity.name) : "";
}

// "St. Petersburg", "St Petersburg" and "Saint Petersburg": the other spellings of a place
// name that opens with an abbreviated saint.
std::vector<std::string> SaintSpellings(const std::string& name) {
  static const char* forms[] = {"St. ", "St ", "Saint "};
  for (const char* form : forms) {
    if (name.rfind(form, 0) != 0) continue;
    std::string rest = name.substr(std::string(form).size());
    std::vector<std::string> others;
    for (const char* other : forms)
      if (other != form) others.push_back(other + rest);
    return others;
  }
  return {};
}

// The other ways articles write the same name: "New York Times" of "The New York Times", and
// "New York" and "New York City" for a city.
std::vector<std::string> OtherForms(const LocalEntity& entity) {
  std::vector<std::string> forms;
  const std::string& name = entity.name;
  if (name.rfind("The ", 0) == 0 && Words(name).size() >= 3) forms.push_back(name.substr(4));
  if (entity.type == EntityType::kOrganization && Words(name).size() >= 2) forms.push_back("The " + name);
  if (entity.type == EntityType::kLocation) {
    const std::string city = " City";
    bool with_city = name.size() > city.size() && name.compare(name.size() - city.size(), city.size(), city) == 0;
    if (with_city && Lexicon::Get().IsCity(name.substr(0, name.size() - city.size())))
      forms.push_back(name.substr(0, name.size() - city.size()));
    if (!with_city && Lexicon::Get().IsCity(name)) forms.push_back(name + city);
  }
  return forms;
}

// "Boston" of the Boston Red Sox ("played for Boston"): a place's name that an article uses
// for a body is no name of the body across articles, where it may stand for another.
bool PlaceWordOfBody(const LocalEntity& entity, const std::string& surface) {
  const Lexicon& lex = Lexicon::Get();
  return entity.type == EntityType::kOrganization &&
         (lex.IsCountryOrRegion(surface) || lex.IsCity(surface) || !lex.CountryCode(surface).empty() ||
          (lex.WordNetKindOf(Lower(surface)) & kWordNetPlace));
}

// The node's name is `name` itself, not merely one of its aliases.
bool NamedExactly(const storage::NodeRecord& node, const std::string& name) {
  auto it = node.properties.find("name");
  return it != node.properties.end() && it->second.is_string() && it->second.as_string() == name;
}

bool IsNameLabel(const std::string& label) { return label == "Person" || label == "Organization" || label == "Location"; }

// The one person, organisation or place node of another label carrying the entity's name or
// one of its longer forms: the type is not part of a name's identity ("Chomsky" tagged a place
// in one article is the person of the next); the articles vote on the type (graph_writer).
// A lone word names someone else's entity only under the same label.
std::optional<storage::NodeId> UnderAnotherLabel(storage::Transaction& txn, const LocalEntity& entity) {
  if (!IsNameLabel(EntityLabel(entity.type))) return std::nullopt;
  std::vector<std::string> names{entity.name};
  for (const auto& [surface, count] : entity.surfaces) names.push_back(surface);
  for (const auto& name : names) {
    if (Words(name).size() < 2) continue;
    std::vector<storage::NodeId> found;
    for (storage::NodeId id : txn.FindByName("", name, true)) {
      auto node = txn.GetNode(id);
      if (node && std::any_of(node->labels.begin(), node->labels.end(), IsNameLabel) &&
          std::find(found.begin(), found.end(), id) == found.end())
        found.push_back(id);
    }
    if (found.size() == 1) return found[0];
  }
  return std::nullopt;
}

}  // namespace

std::string Soundex(const std::string& word) {
  static const char codes[] = "01230120022455012623010202";  // a..z
  std::string out;
  char last = 0;
  for (char ch : word) {
    char c = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    if (c < 'a' || c > 'z') continue;
    char code = codes[c - 'a'];
    if (out.empty()) out += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    else if (code != '0' && code != last) out += code;
    if (c != 'h' && c != 'w') last = code;
    if (out.size() == 4) break;
  }
  while (!out.empty() && out.size() < 4) out += '0';
  return out;
}

std::optional<storage::NodeId> FindEntityNode(storage::Transaction& txn, const LocalEntity& entity) {
  const char* label = EntityLabel(entity.type);
  // A person known only by a given name ("his wife, Jean") is nobody else's Jean; a lone
  // surname ("Obama") may be the one person of that surname named in full elsewhere.
  bool one_word_person = entity.type == EntityType::kPerson && Words(entity.name).size() < 2 && entity.role.empty();
  if (one_word_person && Lexicon::Get().IsGivenName(entity.name)) return std::nullopt;
  std::vector<storage::NodeId> found = one_word_person ? std::vector<storage::NodeId>{} : txn.FindByName(label, entity.name, true);
  // "the South" is South Sudan in an article on Sudan and the American South in the next: a
  // region named by a point of the compass is only the node of that very name.
  if (IsCompass(entity.name)) {
    for (storage::NodeId id : found)
      if (auto node = txn.GetNode(id); node && NamedExactly(*node, entity.name)) return id;
    return std::nullopt;
  }
  if (!found.empty()) return found.front();
  for (const auto& [surface, count] : entity.surfaces) {
    if (Words(surface).size() < 2 &&
        (entity.type == EntityType::kPerson || PlaceWordOfBody(entity, surface) || IsCompass(surface)))
      continue;
    found = txn.FindByName(label, surface, true);
    if (!found.empty()) return found.front();
  }
  for (const std::string& form : OtherForms(entity))
    if (found = txn.FindByName(label, form, true); !found.empty()) return found.front();
  if (entity.type == EntityType::kLocation)
    for (const std::string& spelling : SaintSpellings(entity.name))
      if (found = txn.FindByName(label, spelling, true); !found.empty()) return found.front();
  std::string country = CountryOf(entity);
  if (!country.empty()) return UniqueUnder(txn, "cc/" + country + "/");
  if (auto other = UnderAnotherLabel(txn, entity)) return other;
  if (entity.type != EntityType::kPerson) return std::nullopt;
  std::vector<std::string> words = Words(entity.name);
  if (words.size() < 2) return UniqueUnder(txn, "ps/" + Lower(words.back()) + "/");
  if (auto same = UniqueUnder(txn, PersonKey(words) + "/")) return same;
  // "Barack Obama" after an article that only said "Obama": the one node named by that surname
  // alone (not one that has it as an alias: "Renshaw" of Carl is not Dean Renshaw).
  std::vector<storage::NodeId> surname_only;
  for (storage::NodeId id : txn.FindByName(label, words.back(), false)) {
    auto node = txn.GetNode(id);
    if (!node) continue;
    if (!NamedExactly(*node, words.back())) continue;
    // Not a node that already holds another full name ("Gideon Yarrowby" is not Delphine's).
    auto aliases = node->properties.find("aliases");
    bool full_name_alias = false;
    if (aliases != node->properties.end() && aliases->second.is_list())
      for (const Value& alias : aliases->second.as_list())
        full_name_alias |= alias.is_string() && Words(alias.as_string()).size() >= 2;
    if (!full_name_alias) surname_only.push_back(id);
  }
  if (surname_only.size() == 1) return surname_only.front();
  return std::nullopt;
}

void IndexEntityNode(storage::Transaction& txn, const LocalEntity& entity, storage::NodeId node) {
  std::string id;
  storage::codec::PutBigEndian64(&id, node);
  std::string country = CountryOf(entity);
  if (!country.empty()) txn.PutAux("cc/" + country + "/" + id, "");
  if (entity.type != EntityType::kPerson) return;
  std::vector<std::string> words = Words(entity.name);
  if (words.size() >= 2) txn.PutAux(PersonKey(words) + "/" + id, "");
  if (words.size() >= 2 || !entity.role.empty()) txn.PutAux("ps/" + Lower(words.back()) + "/" + id, "");
}

}  // namespace kg::compiler
