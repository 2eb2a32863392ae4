// Writes the benchmark graph as CSV files (header line, comma-separated, no quoting needed):
// the same files load into Kùzu (COPY) and into kg (kg_kuzu_bench --load).
//
//   node generate.js PEOPLE OUT_DIR
//
// Deterministic: one seeded generator, so every run and both databases see the same graph.
// Popularity is skewed (a target is picked as floor(n * u^2)), so low-numbered people and
// organisations collect many incoming edges, as the "incoming 1-hop" and "indeg >= 20"
// queries need.
"use strict";
const fs = require("fs");
const path = require("path");

const people = Number(process.argv[2] || 3000);
const out = process.argv[3];
if (!out || !(people > 0)) {
  console.error("usage: node generate.js PEOPLE OUT_DIR");
  process.exit(2);
}
fs.mkdirSync(out, { recursive: true });

let seed = 20240611;
function random() {  // mulberry32
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const below = (n) => Math.floor(random() * n);
const skewed = (n, power) => Math.min(n - 1, Math.floor(n * Math.pow(random(), power)));

const orgs = Math.max(10, Math.floor(people / 30));
const places = Math.max(5, Math.floor(people / 100));
const sectors = ["energy", "finance", "health", "media", "mining", "retail", "shipping", "software"];
const countries = ["Norway", "Kenya", "Chile", "Japan", "Canada"];
const roles = ["member", "staff", "chair"];

function write(name, header, rows) {
  fs.writeFileSync(path.join(out, name), [header, ...rows].join("\n") + "\n");
}

const person = [], org = [], place = [];
for (let i = 0; i < people; i++) person.push(`Person ${i},${18 + below(62)}`);
for (let j = 0; j < orgs; j++) org.push(`Org ${j},${sectors[below(sectors.length)]}`);
for (let k = 0; k < places; k++) place.push(`Place ${k},${countries[below(countries.length)]}`);

const knows = [], member = [], lived = [], located = [];
for (let i = 0; i < people; i++) {
  const seen = new Set([i]);
  for (let e = 0; e < 5; e++) {
    const to = skewed(people, 2);
    if (seen.has(to)) continue;
    seen.add(to);
    knows.push(`Person ${i},Person ${to},${1980 + below(45)}`);
  }
  const joined = new Set();
  for (let e = 0, n = 1 + below(2); e < n; e++) {
    const to = skewed(orgs, 1.5);
    if (joined.has(to)) continue;
    joined.add(to);
    member.push(`Person ${i},Org ${to},${1990 + below(35)},${roles[below(roles.length)]}`);
  }
  const homes = new Set();
  for (let e = 0, n = 1 + below(2); e < n; e++) {
    const to = skewed(places, 1.3);
    if (homes.has(to)) continue;
    homes.add(to);
    lived.push(`Person ${i},Place ${to},${1950 + below(75)}`);
  }
}
for (let j = 0; j < orgs; j++) located.push(`Org ${j},Place ${below(places)}`);

write("person.csv", "name,age", person);
write("organisation.csv", "name,sector", org);
write("place.csv", "name,country", place);
write("knows.csv", "from,to,since", knows);
write("member_of.csv", "from,to,since,role", member);
write("lived_in.csv", "from,to,year", lived);
write("located_in.csv", "from,to", located);
console.log(`${people} people, ${orgs} organisations, ${places} places; ` +
            `${knows.length} KNOWS, ${member.length} MEMBER_OF, ${lived.length} LIVED_IN, ${located.length} LOCATED_IN`);
