// Loads the CSV graph into a fresh Kùzu database (COPY) and times each benchmark query warm,
// in process. Writes {load_ms, queries: {name: {ms, columns, rows}}} as JSON.
//
//   node kuzu_run.js DATA_DIR DB_DIR QUERIES_TSV OUT_JSON
//
// Run from the scratch folder where `kuzu` is installed (run.sh does this via NODE_PATH).
"use strict";
const fs = require("fs");
const path = require("path");
const kuzu = require("kuzu");
const { readQueries, timeWarm } = require("./common.js");

const [data, dbDir, queriesFile, outFile] = process.argv.slice(2);

const schema = [
  "CREATE NODE TABLE Person(name STRING, age INT64, PRIMARY KEY(name))",
  "CREATE NODE TABLE Organisation(name STRING, sector STRING, PRIMARY KEY(name))",
  "CREATE NODE TABLE Place(name STRING, country STRING, PRIMARY KEY(name))",
  "CREATE REL TABLE KNOWS(FROM Person TO Person, since INT64)",
  "CREATE REL TABLE MEMBER_OF(FROM Person TO Organisation, since INT64, role STRING)",
  "CREATE REL TABLE LIVED_IN(FROM Person TO Place, year INT64)",
  "CREATE REL TABLE LOCATED_IN(FROM Organisation TO Place)",
];
const copies = [
  ["Person", "person.csv"], ["Organisation", "organisation.csv"], ["Place", "place.csv"],
  ["KNOWS", "knows.csv"], ["MEMBER_OF", "member_of.csv"], ["LIVED_IN", "lived_in.csv"],
  ["LOCATED_IN", "located_in.csv"],
];

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
  const begin = process.hrtime.bigint();
  for (const s of schema) await conn.query(s);
  for (const [table, file] of copies)
    await conn.query(`COPY ${table} FROM '${path.join(data, file)}' (HEADER=true)`);
  const load_ms = Number(process.hrtime.bigint() - begin) / 1e6;
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
