// engine/compiler/facts/word_cues.h — words and short phrases that cue (or block) a fact
// pattern: hedges, gunfire, journeys, passives, transfers, events, ranks.
#pragma once

#include <string>
#include <vector>

#include "engine/compiler/analysis.h"

namespace kg::compiler {

// A negation, hedge or plan among the four words before a verb: "never met", "may have
// shot", "was invited to speak", "plan to speak", "will meet".
// For each token of a sentence, whether such a cue stands among the four words before it.
std::vector<bool> HedgedTokens(const std::vector<Token>& tokens);

// Words that make a sentence about gunfire: there, "one hit X" is a shot hitting X.
bool IsGunfireWord(const std::string& t);

// "went to X", "travelled to X", "ended up in X", "arrived in X": a journey's destination.
bool IsArrivalBefore(const std::vector<Token>& tokens, size_t place);

// "was shot", "were later arrested", "was himself jailed": a passive verb at token i.
bool IsPassiveAuxiliaryBefore(const std::vector<Token>& tokens, size_t i);

// "signed", "bought", "sold": verbs of a player transfer ("signed X from Y").
bool IsTransferVerb(const std::string& t);

// Facts that happen at a time, and so take the date their sentence states.
bool IsEventPredicate(const std::string& p);

// "attempted murder", "the attack", "a meeting": a verb form at token i used as a noun.
bool UsedAsNoun(const std::vector<Token>& tokens, size_t i);

// "was convicted of X and sentenced": a verb at token i sharing an earlier passive's auxiliary.
bool CoordinatedPassive(const std::vector<Token>& tokens, size_t i);

// "PC", "Det Sgt", "Chief Inspector": a police rank (the title's last word decides).
bool IsRankTitle(const std::string& title);

}  // namespace kg::compiler
