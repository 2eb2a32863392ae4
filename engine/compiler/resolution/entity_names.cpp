#include "engine/compiler/resolution/entity_names.h"

#include <algorithm>
#include <charconv>
#include <iterator>
#include <set>
#include <sstream>
#include <tuple>

#include "storage/codec.h"

namespace kg::compiler {

namespace {

std::string NodeKey(const char* family, storage::NodeId node) {
  std::string k = family;
  storage::codec::PutBigEndian64(&k, node);
  return k;
}

// Adds (sign +1) or takes back (-1) one article's forms record to the node's tallies.
void TallyForms(storage::Transaction& txn, storage::NodeId node, std::string_view record, int sign) {
  std::istringstream in{std::string(record)};
  std::string line;
  while (std::getline(in, line)) {
    size_t tab = line.rfind('\t');
    if (tab == std::string::npos) continue;
    std::string form_key = NodeKey("forms/", node) + line.substr(0, tab) + '\0';
    txn.AddToTally(form_key + 'a', sign);
    txn.AddToTally(form_key + 'm', sign * std::stoll(line.substr(tab + 1)));
  }
}

// Adds or takes back one article's type record ("label TAB mentions").
void TallyType(storage::Transaction& txn, storage::NodeId node, std::string_view record, int sign) {
  size_t tab = record.find('\t');
  int64_t count = 0;
  if (tab != std::string_view::npos &&
      std::from_chars(record.data() + tab + 1, record.data() + record.size(), count).ec == std::errc())
    txn.AddToTally(NodeKey("labels/", node) + std::string(record.substr(0, tab)), sign * count);
}

// A node's label is the type most of its mentions were given, over all articles ("Chomsky"
// typed a place by one article stays the person three others say he is); a tie keeps it.
void RefreshLabel(storage::Transaction& txn, storage::NodeId node) {
  std::map<std::string, int64_t> votes;
  std::string prefix = NodeKey("labels/", node);
  txn.ScanTallies(prefix, [&](std::string_view key, int64_t count) {
    votes[std::string(key.substr(prefix.size()))] += count;
    return true;
  });
  auto record = txn.GetNode(node);
  // Only a node of one label, as the compiler makes them; a vote the current label lost in
  // full (its articles retracted) moves the node to the type the others gave.
  if (!record || votes.empty() || record->labels.size() != 1) return;
  const std::string current = record->labels[0];
  votes.emplace(current, 0);
  std::string best = current;
  for (const auto& [label, count] : votes)
    if (count > votes[best]) best = label;
  if (best == current) return;
  txn.RemoveLabel(node, current);
  txn.AddLabel(node, best);
}

size_t WordCount(const std::string& s) {
  std::istringstream in(s);
  return static_cast<size_t>(
      std::distance(std::istream_iterator<std::string>(in), std::istream_iterator<std::string>()));
}

// True when every word of `shorter` begins the same word of `longer` and at least one is
// clearly shortened: "Met Police" abbreviates "Metropolitan Police"; "Solberg" is not an
// abbreviation of the misspelt "Solbergh".
bool Abbreviates(const std::string& shorter, const std::string& longer) {
  std::istringstream a(shorter), b(longer);
  std::string x, y;
  bool any = false;
  while (a >> x) {
    if (!(b >> y) || y.compare(0, x.size(), x) != 0) return false;
    any |= x.size() + 2 < y.size();
  }
  return any && !(b >> y);
}

// name = the most complete form (most words, then most letters: "Metropolitan Police"
// over "Met Police"), spelled as most sources spell it; aliases = every other form.
void RefreshNames(storage::Transaction& txn, storage::NodeId node) {
  std::map<std::string, int> counts;  // every form an article uses, with its mentions
  std::string prefix = NodeKey("forms/", node);
  txn.ScanTallies(prefix, [&](std::string_view key, int64_t count) {
    std::string form(key.substr(prefix.size(), key.size() - prefix.size() - 2));
    if (key.back() == 'a' && count > 0) counts.emplace(form, 0);
    if (key.back() == 'm') counts[form] += static_cast<int>(count);
    return true;
  });
  if (counts.empty()) return;
  std::string name;
  size_t words = 0;
  int best = 0;
  for (const auto& [form, count] : counts) {
    size_t w = WordCount(form);
    // An init-capture: clang before 16 cannot capture a structured binding.
    bool abbreviated = std::any_of(counts.begin(), counts.end(), [&shorter = form](const auto& other) {
      return other.first != shorter && Abbreviates(shorter, other.first);
    });
    // Count 0: a form with its title, an alias only ("General Patrick Gordon").
    if (!abbreviated && count > 0 && std::tie(w, count) > std::tie(words, best))
      name = form, words = w, best = count;
  }
  List aliases;
  for (const auto& [form, count] : counts)
    if (form != name) aliases.push_back(Value(form));
  txn.SetNodeProperty(node, "name", Value(name));
  txn.SetNodeProperty(node, "aliases", Value(std::move(aliases)));
}

// Replaces the record at `key` and moves the tallies from the old record to the new one.
void ReplaceRecord(storage::Transaction& txn, storage::NodeId node, const std::string& key,
                   const std::string& record,
                   void (*tally)(storage::Transaction&, storage::NodeId, std::string_view, int)) {
  if (auto old = txn.GetAux(key)) {
    if (*old == record) return;
    tally(txn, node, *old, -1);
  }
  if (record.empty()) {
    txn.DeleteAux(key);
    return;
  }
  txn.PutAux(key, record);
  tally(txn, node, record, +1);
}

}  // namespace

void PutArticleNames(storage::Transaction& txn, storage::NodeId node, const std::string& article_id,
                     const std::map<std::string, int>& forms, const std::string& label,
                     int64_t label_mentions) {
  std::string text;
  for (const auto& [surface, count] : forms) text += surface + "\t" + std::to_string(count) + "\n";
  ReplaceRecord(txn, node, NodeKey("names/", node) + article_id, text, TallyForms);
  ReplaceRecord(txn, node, NodeKey("types/", node) + article_id,
                label + "\t" + std::to_string(label_mentions), TallyType);
  RefreshNames(txn, node);
  RefreshLabel(txn, node);
}

void RetractArticleNames(storage::Transaction& txn, storage::NodeId node, const std::string& article_id) {
  ReplaceRecord(txn, node, NodeKey("names/", node) + article_id, "", TallyForms);
  ReplaceRecord(txn, node, NodeKey("types/", node) + article_id, "", TallyType);
  RefreshNames(txn, node);
  RefreshLabel(txn, node);
}

}  // namespace kg::compiler
