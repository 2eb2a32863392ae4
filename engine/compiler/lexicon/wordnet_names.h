// engine/compiler/lexicon/wordnet_names.h — named instances of WordNet (Debian's
// wordnet-base): "Isaac Newton" is an instance of physicist, so a person; "Antwerp" of city,
// so a place. A gazetteer of general knowledge, read once, used as a cue, never as an answer.
#pragma once

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

namespace kg::compiler {

enum WordNetKind : uint8_t {
  kWordNetPerson = 1,
  kWordNetPlace = 2,
  kWordNetOrganization = 4,
  kWordNetInhabitant = 8,  // not an instance: a capitalised kind of inhabitant ("Londoner", "Italian")
  kWordNetFollower = 16,   // not an instance: a follower of a faith or a thinker ("Christian", "Marxist")
};

struct WordNetNames {
  // Lower-case instance names ("isaac newton", "antwerp") and inhabitant nouns -> WordNetKind bits.
  std::unordered_map<std::string, uint8_t> kinds;
  // The names of each place instance that has several ({"united states", "america", "usa", ...}).
  std::vector<std::vector<std::string>> place_synonyms;
};

// Empty when the package is not installed.
WordNetNames LoadWordNetInstances(const std::string& data_noun_path);

}  // namespace kg::compiler
