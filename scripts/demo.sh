#!/usr/bin/env bash
# The main job: installs dependencies, builds kg, compiles the example articles into a
# fresh database and answers the example queries.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
db=$(mktemp -d)/demo.db
build/kg build --db "$db" examples/articles
build/kg stats --db "$db"
build/kg run --db "$db" examples/queries/demo.cypher
