#!/usr/bin/env bash
# kg against Kùzu on one generated graph: generate, load both, time warm, compare rows,
# print kg ÷ Kùzu per query (markdown, for bench/README.md).
#
#   bench/kuzu/run.sh [PEOPLE] [BASELINE_KG_KUZU_BENCH]
#
# PEOPLE: 3000 by default (30000 for the larger table). BASELINE_KG_KUZU_BENCH: a
# kg_kuzu_bench built from another commit, timed on the same database in the same run
# (before/after tables). Needs node and npm; installs the `kuzu` npm package into
# $KG_KUZU_SCRATCH (default /tmp/kg-kuzu-bench), outside the build. kg_kuzu_bench is taken
# from $KG_BUILD (default build/) of this checkout.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
people="${1:-3000}"
baseline="${2:-}"
scratch="${KG_KUZU_SCRATCH:-/tmp/kg-kuzu-bench}"
bench="${KG_BUILD:-$root/build}/bench/kg_kuzu_bench"
work="$scratch/$people"
mkdir -p "$work"

if [ ! -d "$scratch/node_modules/kuzu" ]; then
  (cd "$scratch" && npm init -y >/dev/null && npm install --no-audit --no-fund kuzu >/dev/null)
fi
if [ ! -f "$scratch/node_modules/kuzu/kuzujs.node" ]; then  # npm may skip the install script
  (cd "$scratch/node_modules/kuzu" && node install.js >/dev/null)
fi
export NODE_PATH="$scratch/node_modules"

node "$here/generate.js" "$people" "$work/data" >&2
node "$here/kuzu_run.js" "$work/data" "$work/kuzu.db" "$here/queries.tsv" "$work/kuzu.json"
"$bench" --db "$work/kg.db" --load "$work/data" | sed 's/^/kg /' >&2
flags=(--benchmark_format=console --benchmark_out_format=json)
"$bench" --db "$work/kg.db" --queries "$here/queries.tsv" --rows "$work/kg.rows" \
  "${flags[@]}" --benchmark_out="$work/kg.json" >&2
extra=()
if [ -n "$baseline" ]; then
  "$baseline" --db "$work/kg.db" --queries "$here/queries.tsv" --rows "$work/base.rows" \
    "${flags[@]}" --benchmark_out="$work/base.json" >&2
  extra=("$work/base.rows" "$work/base.json")
fi
echo "kg ÷ Kùzu at $people people (Kùzu load: $(node -e "console.log(require('$work/kuzu.json').load_ms.toFixed(0))") ms)"
node "$here/compare.js" "$here/queries.tsv" "$work/kuzu.json" "$work/kg.rows" "$work/kg.json" "${extra[@]}"
