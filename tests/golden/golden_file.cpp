#include "tests/golden/golden_file.h"

#include <sstream>
#include <stdexcept>

namespace kg::golden {
namespace {

Block::Kind KindOf(const std::string& header, int line) {
  if (header.empty() || header[0] == '#') return Block::Kind::kText;
  if (header == "statement ok") return Block::Kind::kStatement;
  if (header.rfind("params", 0) == 0) return Block::Kind::kParams;
  if (header == "query" || header == "query rowsort") return Block::Kind::kQuery;
  if (header == "error") return Block::Kind::kError;
  throw std::runtime_error("line " + std::to_string(line) + ": unknown block '" + header + "'");
}

}  // namespace

std::vector<Block> ParseTestFile(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string l; std::getline(in, l);) lines.push_back(l);
  std::vector<Block> blocks;
  for (size_t i = 0; i < lines.size();) {
    Block b;
    b.line = static_cast<int>(i + 1);
    b.header = lines[i++];
    b.kind = KindOf(b.header, b.line);
    if (b.kind == Block::Kind::kText) {
      blocks.push_back(std::move(b));
      continue;
    }
    if (b.kind == Block::Kind::kParams) {
      b.statement = b.header.substr(6);
      blocks.push_back(std::move(b));
      continue;
    }
    for (; i < lines.size() && !lines[i].empty() && lines[i] != "----"; ++i)
      b.statement += (b.statement.empty() ? "" : "\n") + lines[i];
    if (i < lines.size() && lines[i] == "----")
      for (++i; i < lines.size() && !lines[i].empty(); ++i) b.expected.push_back(lines[i]);
    blocks.push_back(std::move(b));
  }
  return blocks;
}

std::string FormatTestFile(const std::vector<Block>& blocks) {
  std::string out;
  for (const Block& b : blocks) {
    out += b.header + "\n";
    if (b.kind == Block::Kind::kText || b.kind == Block::Kind::kParams) continue;
    out += b.statement + "\n";
    if (b.kind == Block::Kind::kStatement) continue;
    out += "----\n";
    for (const auto& line : b.expected) out += line + "\n";
  }
  return out;
}

}  // namespace kg::golden
