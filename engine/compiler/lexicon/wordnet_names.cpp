#include "engine/compiler/lexicon/wordnet_names.h"

#include <charconv>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <sstream>
#include <unordered_set>
#include <string_view>
#include <vector>

namespace kg::compiler {

namespace {

struct Synset {
  std::vector<std::string> words;
  std::vector<uint32_t> parents;  // hypernyms and instance hypernyms
  bool instance = false;
  int8_t kind = -1;               // memoised WordNetKind bits; -1 while unknown
};

// The kind of the tree a synset hangs from: person.n.01, location.n.01 (regions, cities,
// countries), structure.n.01 (buildings, bridges), body_of_water.n.01,
// geological_formation.n.01, organization.n.01. Offsets are those of WordNet 3.0.
uint8_t RootKind(uint32_t offset) {
  switch (offset) {
    case 7846: return kWordNetPerson;
    case 27167: case 4341686: case 9225146: case 9287968: return kWordNetPlace;
    case 8008335: return kWordNetOrganization;
    default: return 0;
  }
}

uint8_t KindOf(std::unordered_map<uint32_t, Synset>& synsets, uint32_t offset, int depth) {
  auto it = synsets.find(offset);
  if (it == synsets.end() || depth > 40) return RootKind(offset);
  Synset& s = it->second;
  if (s.kind >= 0) return static_cast<uint8_t>(s.kind);
  s.kind = 0;  // guards against cycles while the parents are walked
  uint8_t kind = RootKind(offset);
  for (uint32_t parent : s.parents) kind |= KindOf(synsets, parent, depth + 1);
  synsets[offset].kind = static_cast<int8_t>(kind);
  return kind;
}

// The adjectives of WordNet's data.adj written with a capital ("Christian", "Italian").
std::unordered_set<std::string> CapitalisedAdjectives(const std::string& path) {
  std::unordered_set<std::string> words;
  std::ifstream in(path);
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == ' ') continue;  // the licence header
    std::istringstream fields(line);
    std::string offset, lex_file, pos, count_hex, word, lex_id;
    fields >> offset >> lex_file >> pos >> count_hex;
    for (unsigned long n = std::strtoul(count_hex.c_str(), nullptr, 16); n > 0 && fields >> word >> lex_id; --n) {
      word = word.substr(0, word.find('('));  // "Christian(a)"
      if (!word.empty() && word[0] >= 'A' && word[0] <= 'Z') words.insert(word);
    }
  }
  return words;
}

}  // namespace

WordNetNames LoadWordNetInstances(const std::string& path) {
  WordNetNames out;
  std::unordered_map<std::string, uint8_t>& names = out.kinds;
  std::ifstream in(path);
  if (!in) return out;
  std::unordered_map<uint32_t, Synset> synsets;
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  // Each line's whitespace-separated fields, read in place.
  for (size_t at = 0; at < text.size();) {
    size_t eol = text.find('\n', at);
    if (eol == std::string::npos) eol = text.size();
    std::string_view line(text.data() + at, eol - at);
    at = eol + 1;
    if (line.empty() || line[0] == ' ') continue;  // the licence header
    size_t pos = 0;
    auto space = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v'; };
    auto field = [&]() -> std::string_view {
      while (pos < line.size() && space(line[pos])) ++pos;
      size_t start = pos;
      while (pos < line.size() && !space(line[pos])) ++pos;
      return line.substr(start, pos - start);
    };
    auto number = [](std::string_view f, int base) {
      unsigned long v = 0;
      std::from_chars(f.data(), f.data() + f.size(), v, base);
      return v;
    };
    std::string_view offset = field();
    field();  // lex_file
    field();  // pos
    std::string_view count_hex = field();
    Synset s;
    int words = static_cast<int>(number(count_hex, 16));
    for (int w = 0; w < words; ++w) {
      s.words.emplace_back(field());
      field();  // lex_id
    }
    int pointers = static_cast<int>(number(field(), 10));
    for (int p = 0; p < pointers; ++p) {
      std::string_view symbol = field(), target = field();
      field();  // target_pos
      field();  // source_target
      if (symbol == "@" || symbol == "@i") s.parents.push_back(static_cast<uint32_t>(number(target, 10)));
      if (symbol == "@i") s.instance = true;
    }
    synsets.emplace(static_cast<uint32_t>(number(offset, 10)), std::move(s));
  }
  // Inhabitants: capitalised nouns under inhabitant.n.01 ("Londoner", "American").
  constexpr uint32_t kInhabitant = 9620078;
  std::vector<uint32_t> instances, capitalised;
  for (const auto& [offset, s] : synsets) {
    if (s.instance) instances.push_back(offset);
    else if (!s.words.empty() && s.words[0][0] >= 'A' && s.words[0][0] <= 'Z') capitalised.push_back(offset);
  }
  for (uint32_t offset : capitalised) {
    std::vector<uint32_t> path{offset};
    bool inhabitant = false;
    for (size_t depth = 0; depth < 12 && !path.empty() && !inhabitant; ++depth) {
      std::vector<uint32_t> next;
      for (uint32_t o : path) {
        inhabitant |= o == kInhabitant;
        if (auto it = synsets.find(o); it != synsets.end()) next.insert(next.end(), it->second.parents.begin(), it->second.parents.end());
      }
      path = std::move(next);
    }
    if (!inhabitant) continue;
    for (std::string word : synsets[offset].words) {
      for (char& c : word) c = c == '_' ? ' ' : static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      names[word] |= kWordNetInhabitant;
    }
  }
  for (uint32_t offset : instances) {
    uint8_t kind = KindOf(synsets, offset, 0);
    if (kind == 0) continue;
    std::vector<std::string> synonyms;
    for (std::string word : synsets[offset].words) {
      for (char& c : word) c = c == '_' ? ' ' : static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      if (size_t paren = word.find('('); paren != std::string::npos) word.erase(paren);  // "lincoln(a)"
      names[word] |= kind;
      synonyms.push_back(std::move(word));
    }
    if ((kind & kWordNetPlace) && synonyms.size() > 1) out.place_synonyms.push_back(std::move(synonyms));
  }
  // Followers: capitalised kinds of person that are no instance's name and that WordNet also
  // has as capitalised adjectives ("Christian", "Marxist", "Sikh"); not "Kennan", "Tom".
  std::string adjectives_path = path.substr(0, path.rfind('/') + 1) + "data.adj";
  std::unordered_set<std::string> capitalised_adjectives = CapitalisedAdjectives(adjectives_path);
  for (uint32_t offset : capitalised) {
    if (!(KindOf(synsets, offset, 0) & kWordNetPerson)) continue;
    for (std::string word : synsets[offset].words) {
      if (word.find('_') != std::string::npos || !capitalised_adjectives.count(word)) continue;
      for (char& c : word) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      uint8_t& kind = names[word];
      if (!(kind & (kWordNetPerson | kWordNetPlace | kWordNetOrganization | kWordNetInhabitant))) kind |= kWordNetFollower;
    }
  }
  return out;
}

}  // namespace kg::compiler
