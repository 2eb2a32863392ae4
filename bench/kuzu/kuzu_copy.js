// Loads the CSV graph of generate.js into a fresh Kùzu database with COPY and prints the
// time in ms (import_compare.sh sets it beside `kg import`'s).
//
//   node kuzu_copy.js DATA_DIR DB_DIR
"use strict";
const fs = require("fs");
const kuzu = require("kuzu");
const { loadKuzu } = require("./common.js");

async function main() {
  const [data, dbDir] = process.argv.slice(2);
  fs.rmSync(dbDir, { recursive: true, force: true });
  const conn = new kuzu.Connection(new kuzu.Database(dbDir));
  console.log((await loadKuzu(conn, data)).toFixed(0));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
