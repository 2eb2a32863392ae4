// engine/knowledge/knowledge_store.h — facts with provenance, value claims, and disputes.
//
// The article compiler writes through these functions; the kg.* procedures read through
// them. Every record is one statement by one article, so adding an article costs the same
// however many articles said the same before it, and no record grows with them.
//
// A fact is a relationship whose sources are storage records (graph_store.h SourceRecord:
// one per (relationship, article), with the sentence, its kind and offsets); reading the
// relationship gives them as `sources`, `evidence` and `evidence_kind`, in article id order.
// Every stated value — a node attribute or a fact's qualifier such as its date — is a
// claim, one aux record per (claim, source):
//
//   "claim/" node_id(be64) attribute 0x00 value_text 0x00 article 0x00 as_of  -> claim source
//   "qual/"  rel_id(be64)  qualifier 0x00 value_text 0x00 article 0x00 as_of  -> claim source
//   claim source := value, evidence, kind, varint begin, varint end
//   "contrib/" article 0x00 claim_source_key  -> ""   the claims an article stated
//
// and a tally (GraphReader::ScanTallies, kept by merges) of its sources per date held at:
//
//   claim_prefix attribute 0x00 value_text 0x00 value(codec) as_of  -> number of sources
//
// as_of is when a time-bound value held by that source ("52" said in 2020 and in 2024 are
// two claims about time), "" otherwise. A fact's article is found through its article
// record's relationship list; a claim's through "contrib/".
//
// The node property (or relationship qualifier) holds the best-supported value, from the
// tallies alone: the one with most sources, ties going to the earliest stated. A functional
// attribute or qualifier with values that do not agree (1993 vs 1994-03; 20 vs 25 years) is
// a dispute.
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
  uint64_t begin = 0, end = 0;  // the sentence's byte offsets in the article's text
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

// Removes everything `article_id` stated: its claims, and its sources of `rels` (the facts
// its article record lists); facts left without sources are deleted. Costs what the article
// stated, not what others did.
void RetractArticle(storage::Transaction& txn, const std::string& article_id,
                    const std::vector<storage::RelId>& rels);

// Rows for the procedures (columns as registered in engine/query/procedures). ClaimRows
// takes a node (its attributes) or a relationship (its qualifiers: date, place, ...), and
// gives one row per attribute, value and date held at.
// A node's `name` property, null when the node or its name is missing.
Value NodeName(storage::GraphReader& graph, storage::NodeId id);

std::vector<std::vector<Value>> ClaimRows(storage::GraphReader& graph, const Value& item);
std::vector<std::vector<Value>> ConflictRows(storage::GraphReader& graph);
std::vector<std::vector<Value>> SourceRows(storage::GraphReader& graph, const Value& item);
// The fact and claim sentences that share terms with `text` (search_terms.h), best first by
// BM25: article, evidence, subject, predicate, object, item (the relationship, or the node of
// an attribute claim) and score. Nothing when `text` has no terms.
std::vector<std::vector<Value>> SearchRows(storage::GraphReader& graph, const std::string& text);

int64_t CountDisputes(storage::GraphReader& graph);

}  // namespace kg::knowledge
