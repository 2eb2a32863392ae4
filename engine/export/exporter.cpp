// Export formats (SPEC.md "Export"). Each writer takes the snapshot and a stream.
//   jsonl   one node or relationship per line, as `--format json` encodes them
//   cypher  CREATE statements that rebuild the graph (nodes carry a temporary _kg_id)
//   graphml GraphML with one <data> per property (values as Cypher literals)
//   dot     Graphviz digraph labelled by name (or first label)
//   csv     neo4j-admin import: a nodes section then a relationships section (csv_export.h)
//   nquads  RDF N-Quads; a fact's quads are in the graph of each article that states it
#include "engine/export/exporter.h"

#include "engine/export/csv_export.h"
#include "engine/export/graph_snapshot.h"

#include "engine/format/json_value.h"

namespace kg::exporter {

namespace {

std::string NodeLabel(const Node& n) {
  for (const char* key : {"name", "title"}) {
    auto it = n.properties.find(key);
    if (it != n.properties.end() && it->second.is_string()) return it->second.as_string();
  }
  return n.labels.empty() ? std::to_string(n.id) : n.labels[0];
}

std::string Escape(const std::string& s, const char* specials) {
  std::string out;
  for (char c : s) {
    if (c == '\n') out += "\\n";
    else if (std::string(specials).find(c) != std::string::npos) out += std::string("\\") + c;
    else out += c;
  }
  return out;
}

std::string Xml(const std::string& s) {
  std::string out;
  for (char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      default: out += c;
    }
  }
  return out;
}

std::string Backtick(const std::string& name) { return "`" + Escape(name, "`") + "`"; }

// A property value as Cypher that reads it back: temporal values as their constructor,
// date('1984-10-11'), since their plain text would read as a string.
std::string CypherLiteral(const Value& v) {
  static const char* const kConstructors[] = {"date", "localtime", "time", "localdatetime", "datetime", "duration"};
  if (v.is_temporal()) return std::string(kConstructors[static_cast<int>(v.as_temporal().kind)]) + "('" + v.ToString() + "')";
  if (!v.is_list()) return v.ToString();
  std::string out = "[";
  for (const auto& item : v.as_list()) out += (out.size() > 1 ? ", " : "") + CypherLiteral(item);
  return out + "]";
}

std::string CypherMap(const Map& props) {
  std::string out = "{";
  for (const auto& [k, v] : props) out += (out.size() > 1 ? ", " : "") + Backtick(k) + ": " + CypherLiteral(v);
  return out + "}";
}

void WriteJsonl(const GraphSnapshot& g, std::ostream& out) {
  for (const auto& n : g.nodes) out << format::ValueToJson(Value(n)).dump() << "\n";
  for (const auto& r : g.relationships) out << format::ValueToJson(Value(r)).dump() << "\n";
}

void WriteCypher(const GraphSnapshot& g, std::ostream& out) {
  for (const auto& n : g.nodes) {
    Map props = n.properties;
    props["_kg_id"] = Value(n.id);
    out << "CREATE (";
    for (const auto& l : n.labels) out << ":" << Backtick(l);
    out << " " << CypherMap(props) << ");\n";
  }
  for (const auto& r : g.relationships)
    out << "MATCH (a {_kg_id: " << r.start << "}), (b {_kg_id: " << r.end << "}) CREATE (a)-[:" << Backtick(r.type)
        << " " << CypherMap(r.properties) << "]->(b);\n";
  out << "MATCH (n) REMOVE n._kg_id;\n";
}

void WriteGraphml(const GraphSnapshot& g, std::ostream& out) {
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n"
         "  <key id=\"labels\" for=\"node\" attr.name=\"labels\" attr.type=\"string\"/>\n"
         "  <key id=\"type\" for=\"edge\" attr.name=\"type\" attr.type=\"string\"/>\n"
         "  <graph id=\"kg\" edgedefault=\"directed\">\n";
  auto data = [&](const Map& props) {
    for (const auto& [k, v] : props)
      out << "      <data key=\"" << Xml(k) << "\">" << Xml(v.is_string() ? v.as_string() : v.ToString()) << "</data>\n";
  };
  for (const auto& n : g.nodes) {
    std::string labels;
    for (const auto& l : n.labels) labels += ":" + l;
    out << "    <node id=\"n" << n.id << "\">\n      <data key=\"labels\">" << Xml(labels) << "</data>\n";
    data(n.properties);
    out << "    </node>\n";
  }
  for (const auto& r : g.relationships) {
    out << "    <edge id=\"e" << r.id << "\" source=\"n" << r.start << "\" target=\"n" << r.end << "\">\n"
        << "      <data key=\"type\">" << Xml(r.type) << "</data>\n";
    data(r.properties);
    out << "    </edge>\n";
  }
  out << "  </graph>\n</graphml>\n";
}

void WriteDot(const GraphSnapshot& g, std::ostream& out) {
  out << "digraph kg {\n";
  for (const auto& n : g.nodes)
    out << "  n" << n.id << " [label=\"" << Escape(NodeLabel(n), "\"\\") << "\"" << (n.labels.empty() ? "" : ", group=\"" + n.labels[0] + "\"") << "];\n";
  for (const auto& r : g.relationships) out << "  n" << r.start << " -> n" << r.end << " [label=\"" << r.type << "\"];\n";
  out << "}\n";
}

std::string Literal(const Value& v) {
  std::string s = v.is_string() ? v.as_string() : v.ToString();
  return "\"" + Escape(s, "\"\\") + "\"";
}

void WriteNquads(const GraphSnapshot& g, std::ostream& out) {
  const std::string base = "urn:kg:";
  for (const auto& n : g.nodes) {
    std::string subject = "<" + base + "node:" + std::to_string(n.id) + ">";
    for (const auto& l : n.labels)
      out << subject << " <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <" << base << "label:" << l << "> .\n";
    for (const auto& [k, v] : n.properties)
      if (v.is_list())
        for (const auto& item : v.as_list()) out << subject << " <" << base << "prop:" << k << "> " << Literal(item) << " .\n";
      else
        out << subject << " <" << base << "prop:" << k << "> " << Literal(v) << " .\n";
  }
  for (const auto& r : g.relationships) {
    std::string triple = "<" + base + "node:" + std::to_string(r.start) + "> <" + base + "rel:" + r.type + "> <" + base +
                         "node:" + std::to_string(r.end) + ">";
    auto sources = r.properties.find("sources");
    if (sources == r.properties.end() || !sources->second.is_list()) {
      out << triple << " .\n";
      continue;
    }
    for (const auto& s : sources->second.as_list())
      out << triple << " <" << base << "article:" << (s.is_string() ? s.as_string() : s.ToString()) << "> .\n";
  }
}

}  // namespace

GraphSnapshot ReadGraph(storage::GraphReader& graph) {
  GraphSnapshot g;
  graph.ScanNodes("", [&](storage::NodeId id) {
    auto n = graph.GetNode(id);
    if (n) g.nodes.push_back({static_cast<int64_t>(id), n->labels, n->properties});
    return true;
  });
  graph.ScanRels("", [&](storage::RelId id) {
    auto r = graph.GetRel(id);
    if (r)
      g.relationships.push_back({static_cast<int64_t>(id), r->type, static_cast<int64_t>(r->start),
                                 static_cast<int64_t>(r->end), r->properties});
    return true;
  });
  return g;
}

Status ExportGraph(storage::GraphReader& graph, ExportFormat format, std::ostream& out) {
  GraphSnapshot g = ReadGraph(graph);
  if (!graph.status().ok()) return graph.status();  // half a graph is no export
  switch (format) {
    case ExportFormat::kJsonl: WriteJsonl(g, out); break;
    case ExportFormat::kCypher: WriteCypher(g, out); break;
    case ExportFormat::kGraphml: WriteGraphml(g, out); break;
    case ExportFormat::kDot: WriteDot(g, out); break;
    case ExportFormat::kCsv: WriteCsv(g, out); break;
    case ExportFormat::kNquads: WriteNquads(g, out); break;
  }
  if (!out) return Status::Input("export: cannot write the output");
  return Status::Ok();
}

}  // namespace kg::exporter
