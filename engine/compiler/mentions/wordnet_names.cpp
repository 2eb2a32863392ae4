#include "engine/compiler/mentions/wordnet_names.h"

#include <fstream>
#include <sstream>
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

}  // namespace

std::unordered_map<std::string, uint8_t> LoadWordNetInstances(const std::string& path) {
  std::unordered_map<std::string, uint8_t> names;
  std::ifstream in(path);
  if (!in) return names;
  std::unordered_map<uint32_t, Synset> synsets;
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == ' ') continue;  // the licence header
    std::istringstream fields(line);
    std::string offset, lex_file, pos, count_hex;
    fields >> offset >> lex_file >> pos >> count_hex;
    Synset s;
    int words = std::stoi(count_hex, nullptr, 16);
    for (int w = 0; w < words; ++w) {
      std::string word, lex_id;
      fields >> word >> lex_id;
      s.words.push_back(word);
    }
    int pointers = 0;
    fields >> pointers;
    for (int p = 0; p < pointers; ++p) {
      std::string symbol, target, target_pos, source_target;
      fields >> symbol >> target >> target_pos >> source_target;
      if (symbol == "@" || symbol == "@i") s.parents.push_back(static_cast<uint32_t>(std::stoul(target)));
      if (symbol == "@i") s.instance = true;
    }
    synsets.emplace(static_cast<uint32_t>(std::stoul(offset)), std::move(s));
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
    for (std::string word : synsets[offset].words) {
      for (char& c : word) c = c == '_' ? ' ' : static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      if (size_t paren = word.find('('); paren != std::string::npos) word.erase(paren);  // "lincoln(a)"
      names[word] |= kind;
    }
  }
  return names;
}

}  // namespace kg::compiler
