#!/usr/bin/env bash
# `kg import` against Kùzu's COPY on the graph of generate.js (issue 16: loading takes no
# longer than Kùzu's COPY). Prints one markdown row for bench/README.md.
#
#   bench/kuzu/import_compare.sh [PEOPLE]
#
# The node and relationship files get neo4j-admin headers (the data lines are the same
# bytes Kùzu reads); the copy is not timed. Needs node and npm, as run.sh does.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
people="${1:-300000}"
scratch="${KG_KUZU_SCRATCH:-/tmp/kg-kuzu-bench}"
kg="${KG_BUILD:-$root/build}/kg"
work="$scratch/import-$people"
mkdir -p "$work"
if [ ! -d "$scratch/node_modules/kuzu" ]; then
  (cd "$scratch" && npm init -y >/dev/null && npm install --no-audit --no-fund kuzu >/dev/null)
fi
if [ ! -f "$scratch/node_modules/kuzu/kuzujs.node" ]; then  # npm may skip the install script
  (cd "$scratch/node_modules/kuzu" && node install.js >/dev/null)
fi
export NODE_PATH="$scratch/node_modules"

node "$here/generate.js" "$people" "$work/data" >&2
mkdir -p "$work/neo4j"
header() {  # header FILE NEO4J_HEADER: FILE with its first line replaced
  { echo "$2"; tail -n +2 "$work/data/$1"; } >"$work/neo4j/$1"
}
header person.csv 'name:ID(Person),age:long'
header organisation.csv 'name:ID(Organisation),sector'
header place.csv 'name:ID(Place),country'
header knows.csv ':START_ID(Person),:END_ID(Person),since:long'
header member_of.csv ':START_ID(Person),:END_ID(Organisation),since:long,role'
header lived_in.csv ':START_ID(Person),:END_ID(Place),year:long'
header located_in.csv ':START_ID(Organisation),:END_ID(Place)'
rels=$(( $(cat "$work"/data/{knows,member_of,lived_in,located_in}.csv | wc -l) - 4 ))

kuzu_ms=$(node "$here/kuzu_copy.js" "$work/data" "$work/kuzu.db")
rm -rf "$work/kg.db"
begin=$(date +%s%N)
"$kg" import --db "$work/kg.db" --nodes Person="$work/neo4j/person.csv" \
  --nodes Organisation="$work/neo4j/organisation.csv" --nodes Place="$work/neo4j/place.csv" \
  --relationships KNOWS="$work/neo4j/knows.csv" --relationships MEMBER_OF="$work/neo4j/member_of.csv" \
  --relationships LIVED_IN="$work/neo4j/lived_in.csv" --relationships LOCATED_IN="$work/neo4j/located_in.csv" >&2
kg_ms=$(( ($(date +%s%N) - begin) / 1000000 ))
echo "| people | relationships | Kùzu COPY ms | kg import ms | kg ÷ Kùzu | kg relationships/s |"
echo "|---:|---:|---:|---:|---:|---:|"
awk -v p="$people" -v r="$rels" -v k="$kuzu_ms" -v g="$kg_ms" \
  'BEGIN { printf "| %d | %d | %d | %d | %.2f | %.0f |\n", p, r, k, g, g / k, r / (g / 1000) }'
