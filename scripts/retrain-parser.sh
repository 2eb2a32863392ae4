#!/usr/bin/env bash
# Retrains the dependency parser and checks it against the shipped model.
#
#   scripts/retrain-parser.sh [--install] [DATA_DIR]
#
# 1. scripts/fetch-training-data.sh DATA_DIR  (default build/training-data): the corpora at
#    their pinned commits, verified against scripts/training-data.sha256, converted to .tsv
#    (the parser reads dep-train.tsv, dep-dev.tsv and dep-dev-gum.tsv);
# 2. builds kg-train-parser in $KG_BUILD_DIR (default build/; configured RelWithDebInfo when
#    absent);
# 3. trains with default options into a temporary folder (a few minutes, one core: the
#    parser learns from part-of-speech tags predicted by jack-knifed taggers);
# 4. compares the result byte for byte with engine/compiler/parser/models/parser.model:
#    exit 0 ("identical") when it matches, exit 1 with sizes and SHA-256 hashes when not.
#    With --install the new model replaces the shipped one instead (exit 0).
#
# Training is deterministic for the same data, code and word lists; as for the taggers
# (scripts/retrain-taggers.sh), the tagger features read the lexicon and system word lists, so
# other versions of those give another model.
set -euo pipefail

usage() { echo "usage: $0 [--install] [DATA_DIR]" >&2; exit 2; }

install=0
data=""
for arg in "$@"; do
    case "$arg" in
        --install) install=1 ;;
        -h|--help) usage ;;
        -*) echo "retrain-parser: unknown option $arg" >&2; usage ;;
        *) [ -z "$data" ] || usage; data="$arg" ;;
    esac
done

root="$(cd "$(dirname "$0")/.." && pwd)"
data="${data:-$root/build/training-data}"
build="${KG_BUILD_DIR:-$root/build}"
shipped="$root/engine/compiler/parser/models/parser.model"

"$root/scripts/fetch-training-data.sh" "$data"

if [ ! -f "$build/CMakeCache.txt" ]; then
    cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo >&2
fi
cmake --build "$build" --target kg-train-parser -j2 >&2
trainer="$build/tools/kg-train-parser"
[ -x "$trainer" ] || { echo "retrain-parser: $trainer was not built" >&2; exit 2; }

tmp="$(mktemp -d "${TMPDIR:-/tmp}/kg-retrain-parser.XXXXXX")"
trap 'rm -rf "$tmp"' EXIT
"$trainer" --data "$data" --model "$tmp/parser.model"

if [ "$install" = 1 ]; then
    if cmp -s "$tmp/parser.model" "$shipped"; then
        echo "retrain-parser: parser.model unchanged"
    else
        cp "$tmp/parser.model" "$shipped"
        echo "retrain-parser: installed parser.model ($(stat -c %s "$shipped") bytes)"
    fi
    exit 0
fi

if cmp -s "$tmp/parser.model" "$shipped"; then
    echo "retrain-parser: parser.model identical ($(stat -c %s "$shipped") bytes, sha256 $(sha256sum < "$shipped" | cut -c1-16))"
    echo "identical"
    exit 0
fi
echo "retrain-parser: parser.model DIFFERS from the shipped model" >&2
for f in "$shipped" "$tmp/parser.model"; do
    [ -f "$f" ] || { echo "  missing: $f" >&2; continue; }
    printf '  %-8s %10s bytes  sha256 %s\n' "$([ "$f" = "$shipped" ] && echo shipped || echo trained)" \
        "$(stat -c %s "$f")" "$(sha256sum < "$f" | cut -d' ' -f1)" >&2
done
echo "  Were the parser's features, the tagger's features or the lexicon changed without retraining?" >&2
echo "  (run with --install to replace the shipped model)" >&2
exit 1
