#!/usr/bin/env bash
# The 30 questions (examples/queries/questions.cypher), or another script of that folder named
# by SCRIPT, over the graph of the seed articles, compared with examples/queries/SCRIPT.expected.
# KG_REWRITE=1 regenerates it.
# Usage: questions_test.sh KG_BINARY REPO_DIR SHARED_DIR [SCRIPT]
set -u
kg=$(realpath "$1"); repo=$(realpath "$2"); shared=$(realpath "$3"); script=${4:-questions}
if [ ! -d "$shared/seeds" ]; then echo "no seed articles at $shared/seeds: skipped"; exit 0; fi
# Article paths are stored absolute: the seeds are built through a link in a folder whose
# name has a fixed length, replaced by a fixed name, so the tables are the same everywhere.
work=$(mktemp -d /tmp/kgq.XXXXXX)
trap 'rm -rf "$work"' EXIT
ln -s "$shared/seeds" "$work/seeds"
"$kg" build --quiet --db "$work/db" "$work/seeds" 2>/dev/null
"$kg" run --db "$work/db" "$repo/examples/queries/$script.cypher" | sed "s|$work/|/tmp/kgq.XXXXXX/|g" >"$work/actual"
[ "${PIPESTATUS[0]}" = 0 ] || exit 1
if [ -n "${KG_REWRITE:-}" ]; then cp "$work/actual" "$repo/examples/queries/$script.expected"; exit 0; fi
diff -u "$repo/examples/queries/$script.expected" "$work/actual"
