#include "engine/import/bulk_import.h"

#include <fstream>
#include <memory>
#include <optional>
#include <unordered_map>

#include "engine/import/csv_reader.h"
#include "engine/import/import_header.h"

namespace kg::import {

namespace {

// One file named on the command line: `FILE`, or `Label1:Label2=FILE` for nodes and
// `TYPE=FILE` for relationships (neo4j-admin's --nodes=Person=people.csv).
struct Input {
  std::string path;
  std::vector<std::string> names;  // labels for every node, or the type of rows without :TYPE
  std::unique_ptr<std::ifstream> stream;
  std::unique_ptr<csv::Reader> reader;
  csv::Record header;  // the relationship header met after a blank line in a node file
};

Input Named(const std::string& given, bool nodes) {
  Input in;
  in.path = given;
  size_t eq = given.find('=');
  if (eq == std::string::npos) return in;
  in.path = given.substr(eq + 1);
  std::string names = given.substr(0, eq);
  if (!nodes)
    in.names.push_back(names);
  else
    for (const auto& label : SplitArray(names, ':'))
      if (!label.empty()) in.names.push_back(label);
  return in;
}

class Importer {
 public:
  Importer(storage::GraphStore& store, const ImportOptions& options, ImportReport* report)
      : store_(store), options_(options), report_(report) {}

  Status Run() {
    Status s = LoadAll();
    if (s.ok()) s = Commit();
    if (s.ok()) return s;
    Status undone = Undo();
    if (undone.ok()) return s;
    return Status::Make(
        undone.kind(),
        s.message() + "; undoing the import failed, so what it had committed stays: " + undone.message());
  }

 private:
  Status LoadAll() {
    std::vector<Input> later;  // relationship sections of node files
    for (const auto& given : options_.nodes) {
      Input in = Named(given, true);
      bool more = false;
      if (Status s = LoadNodeFile(in, &more); !s.ok()) return s;
      if (more) later.push_back(std::move(in));
    }
    for (auto& in : later)
      if (Status s = LoadRelationships(in, in.header); !s.ok()) return s;
    for (const auto& given : options_.relationships) {
      Input in = Named(given, false);
      csv::Record header;
      if (Status s = Open(&in); !s.ok()) return s;
      if (!in.reader->Next(&header)) return EmptyOrBroken(in);
      if (Status s = LoadRelationships(in, header); !s.ok()) return s;
    }
    return Status::Ok();
  }

  Status Open(Input* in) {
    in->stream = std::make_unique<std::ifstream>();
    if (Status s = csv::OpenFile(in->path, in->stream.get()); !s.ok()) return s;
    in->reader = std::make_unique<csv::Reader>(*in->stream, in->path, options_.delimiter);
    return Status::Ok();
  }

  static Status EmptyOrBroken(const Input& in) {
    if (!in.reader->status().ok()) return in.reader->status();
    return Status::Input(in.path + ": the file is empty; it needs a header line");
  }

  static Status Error(const Input& in, int line, const std::string& message) {
    return Status::Input(in.path + ":" + std::to_string(line) + ": " + message);
  }

  // Reads a node file; *more when it goes on with a relationship section (kept in `in`).
  Status LoadNodeFile(Input& in, bool* more) {
    if (Status s = Open(&in); !s.ok()) return s;
    csv::Record record;
    if (!in.reader->Next(&record)) return EmptyOrBroken(in);
    if (LooksLikeRelationshipHeader(record))
      return Error(in, record.line, "a relationship header in a node file; give it with --relationships");
    Header header;
    if (Status s = ParseHeader(record, in.path, &header); !s.ok()) return s;
    bool after_blank = false;
    while (in.reader->Next(&record)) {
      if (record.blank()) {
        after_blank = true;
        continue;
      }
      if (after_blank && LooksLikeRelationshipHeader(record)) {
        in.header = record;
        *more = true;
        return Status::Ok();
      }
      after_blank = false;
      if (Status s = AddNode(in, header, record); !s.ok()) return s;
    }
    return in.reader->status();
  }

  Status LoadRelationships(Input& in, const csv::Record& header_record) {
    Header header;
    if (Status s = ParseHeader(header_record, in.path, &header); !s.ok()) return s;
    if (!header.relationships)
      return Error(in, header_record.line, "a relationship file needs :START_ID and :END_ID in its header");
    if (header.type < 0 && in.names.empty())
      return Error(in, header_record.line, "no :TYPE column; name the type as --relationships TYPE=FILE");
    csv::Record record;
    while (in.reader->Next(&record))
      if (!record.blank())
        if (Status s = AddRelationship(in, header, record); !s.ok()) return s;
    return in.reader->status();
  }

  // The properties of `record`'s property columns.
  Status Properties(const Input& in, const Header& header, const csv::Record& record,
                    storage::PropertyMap* out) {
    if (record.fields.size() > header.columns.size())
      return Error(in, record.line,
                   std::to_string(record.fields.size()) + " fields where the header has " +
                       std::to_string(header.columns.size()));
    for (size_t i = 0; i < record.fields.size(); ++i) {
      const Column& c = header.columns[i];
      bool stored_id = c.role == Column::Role::kId && !c.name.empty();
      if (c.role != Column::Role::kProperty && !stored_id) continue;
      Value value;
      std::string why = ConvertField(c, record.fields[i], record.quoted[i], options_.array_delimiter, &value);
      if (!why.empty()) return Error(in, record.line, "column '" + c.name + "': " + why);
      if (!value.is_null()) (*out)[c.name] = std::move(value);
    }
    return Status::Ok();
  }

  static const std::string& Field(const csv::Record& record, int column) {
    static const std::string kEmpty;
    return column >= 0 && static_cast<size_t>(column) < record.fields.size() ? record.fields[column] : kEmpty;
  }

  Status AddNode(const Input& in, const Header& header, const csv::Record& record) {
    storage::PropertyMap properties;
    if (Status s = Properties(in, header, record, &properties); !s.ok()) return s;
    std::vector<std::string> labels = in.names;
    if (header.label >= 0)
      for (auto& label : SplitArray(Field(record, header.label), options_.array_delimiter))
        if (!label.empty()) labels.push_back(std::move(label));
    Begin();
    storage::NodeId node = txn_->CreateNode(std::move(labels), std::move(properties));
    if (!first_node_) first_node_ = node;
    last_node_ = node;
    report_->nodes++;
    if (header.id >= 0) {
      const std::string& id = Field(record, header.id);
      if (id.empty()) return Error(in, record.line, "the node has no :ID");
      if (!ids_[header.columns[header.id].id_space].emplace(id, node).second)
        return Error(in, record.line, "node id '" + id + "' is given twice");
    }
    return CountRow();
  }

  // The node an id of a relationship row names.
  Status Endpoint(const Input& in, const Header& header, const csv::Record& record, int column,
                  storage::NodeId* node) {
    const std::string& id = Field(record, column);
    const auto& space = ids_[header.columns[column].id_space];
    auto it = space.find(id);
    const char* role = column == header.start ? ":START_ID" : ":END_ID";
    if (it == space.end())
      return Error(in, record.line, std::string(role) + " '" + id + "' is no node of this import");
    *node = it->second;
    return Status::Ok();
  }

  Status AddRelationship(const Input& in, const Header& header, const csv::Record& record) {
    storage::PropertyMap properties;
    storage::NodeId start = 0, end = 0;
    if (Status s = Properties(in, header, record, &properties); !s.ok()) return s;
    if (Status s = Endpoint(in, header, record, header.start, &start); !s.ok()) return s;
    if (Status s = Endpoint(in, header, record, header.end, &end); !s.ok()) return s;
    std::string type = Field(record, header.type);
    if (type.empty() && !in.names.empty()) type = in.names[0];
    if (type.empty()) return Error(in, record.line, "the relationship has no :TYPE");
    Begin();
    storage::RelId rel = txn_->CreateRel(type, start, end, std::move(properties));
    if (!first_rel_) first_rel_ = rel;
    last_rel_ = rel;
    report_->relationships++;
    return CountRow();
  }

  void Begin() {
    if (!txn_) txn_ = store_.Begin();
  }

  Status CountRow() {
    if (++rows_in_batch_ < options_.batch_rows) return Status::Ok();
    return Commit();
  }

  Status Commit() {
    rows_in_batch_ = 0;
    if (!txn_) return Status::Ok();
    Status s = txn_->Commit();
    txn_.reset();
    return s;
  }

  // Deletes what this import committed: its relationships, then its nodes, in batches.
  Status Undo() {
    if (txn_) txn_->Rollback();
    txn_.reset();
    rows_in_batch_ = 0;
    report_->nodes = report_->relationships = 0;
    if (first_rel_)
      for (storage::RelId id = *first_rel_; id <= last_rel_; ++id) {
        Begin();
        txn_->DeleteRel(id);
        if (Status s = CountRow(); !s.ok()) return s;
      }
    if (first_node_)
      for (storage::NodeId id = *first_node_; id <= last_node_; ++id) {
        Begin();
        if (Status s = txn_->DeleteNode(id); !s.ok()) return s;
        if (Status s = CountRow(); !s.ok()) return s;
      }
    return Commit();
  }

  storage::GraphStore& store_;
  const ImportOptions& options_;
  ImportReport* report_;
  std::unique_ptr<storage::Transaction> txn_;
  int64_t rows_in_batch_ = 0;
  // ID space -> id -> the node made for it.
  std::unordered_map<std::string, std::unordered_map<std::string, storage::NodeId>> ids_;
  std::optional<storage::NodeId> first_node_;
  std::optional<storage::RelId> first_rel_;
  storage::NodeId last_node_ = 0;
  storage::RelId last_rel_ = 0;
};

}  // namespace

Status ImportFiles(storage::GraphStore& store, const ImportOptions& options, ImportReport* report) {
  *report = ImportReport();
  return Importer(store, options, report).Run();
}

}  // namespace kg::import
