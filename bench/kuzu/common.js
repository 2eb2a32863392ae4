// Shared by kuzu_run.js, kuzu_copy.js and compare.js: the query list, the warm timing rule
// and the loading of the generated graph into Kùzu.
"use strict";
const fs = require("fs");
const path = require("path");

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

// Creates the tables and COPYs the files of generate.js into them; returns the time in ms.
async function loadKuzu(conn, data) {
  const begin = process.hrtime.bigint();
  for (const s of schema) await conn.query(s);
  for (const [table, file] of copies)
    await conn.query(`COPY ${table} FROM '${path.join(data, file)}' (HEADER=true)`);
  return Number(process.hrtime.bigint() - begin) / 1e6;
}

// queries.tsv: name<TAB>kg query[<TAB>Kùzu query]; '#' lines are comments.
function readQueries(file) {
  return fs.readFileSync(file, "utf8").split("\n")
    .filter((l) => l.trim() && !l.startsWith("#"))
    .map((l) => {
      const [name, kg, kuzu] = l.split("\t");
      return { name, kg, kuzu };
    });
}

// The same rule as kg_kuzu_bench: 3 runs to warm up, then 5 repetitions of runs for at
// least 100 ms each; the median of the repetitions' mean time per run, in ms.
async function timeWarm(run) {
  for (let i = 0; i < 3; i++) await run();
  const means = [];
  for (let rep = 0; rep < 5; rep++) {
    let runs = 0;
    const begin = process.hrtime.bigint();
    let elapsed = 0;
    do {
      await run();
      runs++;
      elapsed = Number(process.hrtime.bigint() - begin) / 1e6;
    } while (elapsed < 100);
    means.push(elapsed / runs);
  }
  means.sort((a, b) => a - b);
  return means[2];
}

module.exports = { readQueries, timeWarm, loadKuzu };
