// engine/compiler/facts/verb_vocabulary.h — the verbs that state facts, by relationship type.
//
// | type          | verb forms (lemma)                               | subject -> object        |
// |---------------|--------------------------------------------------|--------------------------|
// | SHOT          | shoot, shot, shooting; "opened fire on X"; hit,  | person -> person         |
// |               | struck where a sentence is about gunfire ("one   |                          |
// |               | hit X", "One bullet struck Y")                   |                          |
// | KILLED        | kill, murder                                     | person -> person         |
// | ATTACKED      | attack, assault, stab, punch                     | person -> person         |
// | SENTENCED     | sentence, jail, convict (a judge -> the accused) | person -> person         |
// | ARRESTED      | arrest, arrested                                 | agency/person -> person  |
// | WROTE         | write, wrote, written, pen, author               | person -> work           |
// | READ          | read                                             | person -> work           |
// | MET           | meet, met, meeting                               | person <-> person        |
// | FORGAVE       | forgive, forgave, forgiven                       | person -> person         |
// | APOLOGISED_TO | apologise/apologize (to)                         | person -> person         |
// | FRIENDS_WITH  | befriend; "friends with"; "X and Y are friends"  | person <-> person        |
// | MEMBER_OF     | join, work at/for; "X, 39, of Y Fire Service";   | person -> organisation   |
// |               | "PC X", "joined the police/force": the           |                          |
// |               | article's police force                           |                          |
// | RETIRED_FROM  | retire (from); "retired from policing"           | person -> organisation   |
// | LIVED_IN      | live, lived (in); "Jo Bell, of Elm Road"         | person -> place          |
// | FROM          | "X from Y", "X, from Y"                          | person -> place          |
// | FLED_TO       | flee, fled (to); "fled ... and went to / ended   | person -> place          |
// |               | up in Y": each destination of the flight         |                          |
// | FLED_FROM     | "fled France"                                   | person -> place          |
// | FEATURED_IN   | feature, appear (in)                             | person -> work           |
// | PRODUCED      | produce                                          | organisation -> work     |
// | FOUNDED       | found, founded, set up                           | person -> organisation   |
// | AWARDED       | award (passive), receive, win, be given/presented| person/work -> award     |
// |               | with, "recipient of"; "the X                     |                          |
// |               | award-winning documentary W"                     |                          |
// | RELATIVE_OF   | "his daughter, Y", "X's brother Y" (relation)    | person <-> person        |
// | PARTNER_OF    | "his partner, Y", girlfriend, boyfriend          | person -> person         |
// | CONFERRED_BY  | "the X award" (X an organisation), "an award    | award -> organisation    |
// |               | from the Y Trust"                                |                          |
// | SPOKE_AT      | speak, spoke (at)                                | person -> organisation/place |
// | SPOKE_TO      | speak/talk to, tell (an outlet: "told The Post") | person -> organisation   |
// | LOCATED_IN    | "X, south Y", "X in Y" for places                | place -> place           |
// | RESCUED       | rescue, save                                     | person -> person         |
#pragma once

#include <string>
#include <vector>

#include "engine/compiler/analysis.h"

namespace kg::compiler {

struct VerbSense {
  std::string predicate;
  std::vector<EntityType> subjects, objects;
  std::string preposition;  // required before the object ("to", "from", "in", "at"), or ""
  bool symmetric = false;
  bool passive_keeps_subject = false;  // "X was awarded the Y": X is still the recipient
  bool object_next = false;            // the object follows at once: "told The Post" (not "told him of the FBI")
};

// The senses of a lower-cased token (none for a word that is not in the table). A form has
// several when the preposition tells them apart: "spoke at X" / "spoke to X".
const std::vector<VerbSense>& FindVerbSenses(const std::string& lower_token);

bool IsSymmetric(const std::string& predicate);

}  // namespace kg::compiler
