// engine/knowledge/knowledge_store.h — facts with provenance, value claims, and disputes.
//
// The article compiler writes through these functions; the kg.* procedures read through
// them. Fact relationships carry parallel lists `sources` (article ids), `evidence` (the
// verbatim sentence per source) and `evidence_kind` ("body", "caption", "standfirst").
// Every stated value — a node attribute or a fact's qualifier such as its date — is kept as
// a claim record in the aux column family:
//
//   "claim/" node_id(be64) attribute 0x00 value_text 0x00  -> claim record
//   "qual/"  rel_id(be64)  qualifier 0x00 value_text 0x00  -> claim record
//   claim record := value, legacy_as_of, varint n, (article, evidence, kind)*, (as_of)*
//
// Each source of a value keeps its own sentence and the date the value holds at by it
// ("52" said in 2020 and in 2024 are two claims about time); sources are in article id
// order. Records written before the per-source dates end after the sources: their one
// legacy_as_of then stands for every source (new records write it empty).
//
// The node property (or relationship qualifier) holds the best-supported value: the one
// with most sources, ties going to the earliest stated. A functional attribute or qualifier
// with values that do not agree (1993 vs 1994-03; 20 vs 25 years) is a dispute.
#pragma once

#include <string>
#include <vector>

#include "kg/value.h"
#include "storage/graph_store.h"

namespace kg::knowledge {

struct Source {
  std::string article;   // Article id
  std::string evidence;  // the verbatim sentence
  std::string kind = "body";  // body | caption | standfirst
  std::string as_of;     // when a time-bound value held by this source (ISO partial date), or ""
};

// Adds `source` to the fact (subject)-[type]->(object), creating it if needed. Symmetric
// types reuse a relationship in either direction. Returns the relationship id.
storage::RelId AddFact(storage::Transaction& txn, storage::NodeId subject, const std::string& type,
                       storage::NodeId object, const Source& source, bool symmetric);

// Records that `source` states `value` for the fact's qualifier (date, place, role, ...).
void AddQualifierClaim(storage::Transaction& txn, storage::RelId rel, const std::string& qualifier, const Value& value,
                       const Source& source);

// Records that `source` states `value` for the node's attribute, as of `as_of` (may be empty).
void AddClaim(storage::Transaction& txn, storage::NodeId node, const std::string& attribute, const Value& value,
              const std::string& as_of, const Source& source);

// Removes everything `article_id` stated about these nodes and relationships; facts left
// without sources are deleted. Used before recompiling a changed article.
void RetractArticle(storage::Transaction& txn, const std::string& article_id, const std::vector<storage::NodeId>& nodes,
                    const std::vector<storage::RelId>& rels);

// Rows for the procedures (columns as registered in engine/query/procedures). ClaimRows
// takes a node (its attributes) or a relationship (its qualifiers: date, place, ...), and
// gives one row per attribute, value and date held at.
// A node's `name` property, null when the node or its name is missing.
Value NodeName(storage::GraphReader& graph, storage::NodeId id);

std::vector<std::vector<Value>> ClaimRows(storage::GraphReader& graph, const Value& item);
std::vector<std::vector<Value>> ConflictRows(storage::GraphReader& graph);
std::vector<std::vector<Value>> SourceRows(storage::GraphReader& graph, const Value& item);
std::vector<std::vector<Value>> SearchRows(storage::GraphReader& graph, const std::string& text);

int64_t CountDisputes(storage::GraphReader& graph);

}  // namespace kg::knowledge
