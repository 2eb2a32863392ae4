// Shared by kuzu_run.js and compare.js: the query list and the warm timing rule.
"use strict";
const fs = require("fs");

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

module.exports = { readQueries, timeWarm };
