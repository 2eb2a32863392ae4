// engine/compiler/lexicon/wordnet_names.h — named instances of WordNet (Debian's
// wordnet-base): "Isaac Newton" is an instance of physicist, so a person; "Antwerp" of city,
// so a place. A gazetteer of general knowledge, read once, used as a cue, never as an answer.
#pragma once

#include <cstdint>
#include <string>
#include <unordered_map>

namespace kg::compiler {

enum WordNetKind : uint8_t {
  kWordNetPerson = 1,
  kWordNetPlace = 2,
  kWordNetOrganization = 4,
  kWordNetInhabitant = 8,  // not an instance: a capitalised kind of inhabitant ("Londoner", "Italian")
};

// Lower-case instance names ("isaac newton", "antwerp") and inhabitant nouns -> WordNetKind bits. Empty when the
// package is not installed.
std::unordered_map<std::string, uint8_t> LoadWordNetInstances(const std::string& data_noun_path);

}  // namespace kg::compiler
