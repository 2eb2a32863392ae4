#include "engine/compiler/facts/verb_vocabulary.h"

#include <unordered_map>

#include "engine/compiler/lexicon/word_table.h"

namespace kg::compiler {

namespace {

using T = EntityType;
const std::vector<T> kPerson{T::kPerson};
const std::vector<T> kAgent{T::kPerson, T::kOrganization};
const std::vector<T> kWork{T::kWork};
const std::vector<T> kPlace{T::kLocation};
const std::vector<T> kOrg{T::kOrganization};

const std::unordered_map<std::string, std::vector<VerbSense>>& Table() {
  static const std::unordered_map<std::string, std::vector<VerbSense>> table = [] {
    std::unordered_map<std::string, std::vector<VerbSense>> t;
    auto add = [&](std::initializer_list<const char*> forms, VerbSense sense) {
      for (const char* f : forms) t[f].push_back(sense);
    };
    add({"shot", "shoot", "shoots", "shooting"}, {"SHOT", kPerson, kPerson, "", false, false});
    add({"murdered", "murder", "murders", "killed", "kill", "kills"}, {"KILLED", kPerson, kPerson, "", false, false});
    add({"stabbed", "stab", "stabs", "knifed", "attacked", "attack", "attacks", "assaulted", "assault", "punched"},
        {"ATTACKED", kPerson, kPerson, "", false, false});
    add({"sentenced", "sentences", "jailed", "convicted"}, {"SENTENCED", kPerson, kPerson, "", false, false});
    add({"arrested", "arrest", "arrests", "arresting"}, {"ARRESTED", kAgent, kPerson, "", false, false});
    add({"wrote", "write", "writes", "written", "writing", "penned", "authored"}, {"WROTE", kPerson, kWork, "", false, false});
    add({"read", "reads", "reading"}, {"READ", kPerson, kWork, "", false, false});
    add({"met", "meet", "meets", "meeting"}, {"MET", kPerson, kPerson, "", true, false});
    add({"forgave", "forgive", "forgives", "forgiven", "forgiving"}, {"FORGAVE", kPerson, kPerson, "", false, false});
    add({"apologised", "apologized", "apologise", "apologize", "apologises", "apologizes"},
        {"APOLOGISED_TO", kPerson, kPerson, "to", false, false});
    add({"befriended", "befriends", "befriend"}, {"FRIENDS_WITH", kPerson, kPerson, "", true, false});
    add({"joined", "join", "joins"}, {"MEMBER_OF", kPerson, kOrg, "", false, false});
    add({"worked", "works", "working"}, {"MEMBER_OF", kPerson, kOrg, "at", false, false});
    add({"worked", "works", "working"}, {"MEMBER_OF", kPerson, kOrg, "for", false, false});
    add({"retired", "retires", "retire"}, {"RETIRED_FROM", kPerson, kOrg, "from", false, false});
    add({"lives", "lived", "live", "living"}, {"LIVED_IN", kPerson, kPlace, "in", false, false});
    add({"fled", "flee", "flees", "fleeing"}, {"FLED_TO", kPerson, kPlace, "to", false, false});
    add({"featured", "features", "featuring", "appeared", "appears"}, {"FEATURED_IN", kPerson, kWork, "", false, true});
    add({"produced", "produces", "produce"}, {"PRODUCED", kOrg, kWork, "", false, false});
    add({"founded", "founds", "co-founded"}, {"FOUNDED", kPerson, kOrg, "", false, false});
    add({"awarded", "received", "receives", "won", "wins", "given", "presented", "handed", "recipient"},
        {"AWARDED", kPerson, {T::kAward}, "", false, true});
    add({"rescued", "rescues", "rescue", "saved"}, {"RESCUED", kPerson, kPerson, "", false, false});
    add({"spoke", "speaks", "speak", "spoken", "speaking"}, {"SPOKE_AT", kPerson, {T::kOrganization, T::kLocation}, "at", false, false});
    add({"spoke", "speaks", "speak", "spoken", "speaking", "talking", "talked"}, {"SPOKE_TO", kPerson, kOrg, "to", false, false});
    add({"told", "tells", "tell"}, {"SPOKE_TO", kPerson, kOrg, "", false, false, true});
    return t;
  }();
  return table;
}

}  // namespace

const std::vector<VerbSense>& FindVerbSenses(const std::string& lower_token) {
  static const std::vector<VerbSense> none;
  // Looked up for every word of every sentence: a read-only table, no std::hash call per word.
  static const WordTable<std::vector<VerbSense>> senses = WordTable<std::vector<VerbSense>>::FromPairs(Table());
  const std::vector<VerbSense>* found = senses.Find(lower_token);
  return found ? *found : none;
}

bool IsSymmetric(const std::string& predicate) {
  return predicate == "MET" || predicate == "FRIENDS_WITH" || predicate == "COLLEAGUE_OF" || predicate == "RELATIVE_OF";
}

}  // namespace kg::compiler
