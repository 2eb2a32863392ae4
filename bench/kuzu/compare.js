// Prints the kg ÷ Kùzu table (markdown) from the outputs of kuzu_run.js and kg_kuzu_bench,
// and checks that both gave the same rows. A second kg run (a baseline build) adds columns.
//
//   node compare.js QUERIES_TSV KUZU_JSON KG_ROWS KG_TIMES_JSON [BASE_ROWS BASE_TIMES_JSON]
//
// Rows are compared in order when the query has ORDER BY, else as sorted sets; numbers to
// 6 significant digits, lists (collect) as sorted lists. Exit status 1 when any differ.
"use strict";
const fs = require("fs");
const { readQueries } = require("./common.js");

const [queriesFile, kuzuFile, kgRows, kgTimes, baseRows, baseTimes] = process.argv.slice(2);

function canonical(v) {
  if (typeof v === "number") return Number.isInteger(v) ? String(v) : String(Number(v.toPrecision(6)));
  if (Array.isArray(v)) return "[" + v.map(canonical).sort().join(",") + "]";
  return JSON.stringify(v === undefined ? null : v);
}

function rowKeys(rows, ordered) {
  const keys = rows.map((r) => r.map(canonical).join("|"));
  return ordered ? keys : keys.sort();
}

function readRows(file) {
  const out = {};
  for (const line of fs.readFileSync(file, "utf8").split("\n")) {
    if (!line) continue;
    const tab = line.indexOf("\t");
    out[line.slice(0, tab)] = JSON.parse(line.slice(tab + 1)).rows || [];
  }
  return out;
}

function readTimes(file) {  // Google Benchmark JSON: the median aggregate of each kg/<name>
  const out = {};
  for (const b of JSON.parse(fs.readFileSync(file, "utf8")).benchmarks)
    if (b.aggregate_name === "median") out[b.run_name.split("/")[1]] = b.real_time;  // "kg/<name>/min_time:...": ms
  return out;
}

const kuzu = JSON.parse(fs.readFileSync(kuzuFile, "utf8")).queries;
const runs = [[readRows(kgRows), readTimes(kgTimes)]];
if (baseRows) runs.unshift([readRows(baseRows), readTimes(baseTimes)]);
const heads = baseRows ? ["baseline kg ms", "baseline ÷ Kùzu", "kg ms", "kg ÷ Kùzu"] : ["kg ms", "kg ÷ Kùzu"];
console.log(`| query | Kùzu ms | ${heads.join(" | ")} | same rows |`);
console.log(`|---|---:|${heads.map(() => "---:").join("|")}|---|`);
let differ = false;
for (const q of readQueries(queriesFile)) {
  const k = kuzu[q.name];
  const ordered = /ORDER BY/i.test(q.kg);
  const want = rowKeys(k.rows, ordered).join("\n");
  const cells = [];
  const agree = [];
  for (const [rows, times] of runs) {
    cells.push(times[q.name].toFixed(3), (times[q.name] / k.ms).toFixed(2));
    const same = rowKeys(rows[q.name] || [], ordered).join("\n") === want;
    agree.push(same ? "yes" : "NO");
    if (!same) {
      differ = true;
      console.error(`${q.name}: rows differ\n  kuzu: ${want.slice(0, 400)}\n  kg:   ${rowKeys(rows[q.name] || [], ordered).join("\n").slice(0, 400)}`);
    }
  }
  console.log(`| ${q.name} | ${k.ms.toFixed(3)} | ${cells.join(" | ")} | ${agree.join(" / ")} |`);
}
process.exit(differ ? 1 : 0);
