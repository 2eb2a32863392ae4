// Loads the CSV graph into a fresh Kùzu database (COPY) and times each benchmark query warm,
// in process. Writes {load_ms, queries: {name: {ms, columns, rows}}} as JSON.
//
//   node kuzu_run.js DATA_DIR DB_DIR QUERIES_TSV OUT_JSON
//
// Run from the scratch folder where `kuzu` is installed (run.sh does this via NODE_PATH).
"use strict";
const fs = require("fs");
const kuzu = require("kuzu");
const { readQueries, timeWarm, loadKuzu } = require("./common.js");

const [data, dbDir, queriesFile, outFile] = process.argv.slice(2);

function plain(v) {  // INT64 may come back as BigInt
  if (typeof v === "bigint") return Number(v);
  if (Array.isArray(v)) return v.map(plain);
  return v;
}

async function rowsOf(conn, text) {
  const result = await conn.query(text);
  const columns = await result.getColumnNames();
  const rows = (await result.getAll()).map((r) => columns.map((c) => plain(r[c])));
  result.close();
  return { columns, rows };
}

async function main() {
  fs.rmSync(dbDir, { recursive: true, force: true });
  const db = new kuzu.Database(dbDir);
  const conn = new kuzu.Connection(db);
  const load_ms = await loadKuzu(conn, data);
  const out = { load_ms, queries: {} };
  for (const q of readQueries(queriesFile)) {
    const text = q.kuzu || q.kg;
    const { columns, rows } = await rowsOf(conn, text);
    const ms = await timeWarm(async () => (await conn.query(text)).close());
    out.queries[q.name] = { ms, columns, rows };
    process.stderr.write(`kuzu ${q.name}: ${ms.toFixed(3)} ms\n`);
  }
  fs.writeFileSync(outFile, JSON.stringify(out));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
