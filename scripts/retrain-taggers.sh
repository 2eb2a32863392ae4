#!/usr/bin/env bash
# Retrains the part-of-speech and name taggers and checks them against the shipped models.
#
#   scripts/retrain-taggers.sh [--install] [DATA_DIR]
#
# 1. scripts/fetch-training-data.sh DATA_DIR  (default build/training-data): the corpora at
#    their pinned commits, verified against scripts/training-data.sha256, converted to .tsv;
# 2. builds kg-train-tagger in $KG_BUILD_DIR (default build/; configured RelWithDebInfo
#    when absent);
# 3. trains with default options into a temporary folder;
# 4. compares the result byte for byte with engine/compiler/tagger/models/{pos,names}.model:
#    exit 0 ("identical") when both match, exit 1 with sizes and SHA-256 hashes when not.
#    With --install the new models replace the shipped ones instead (exit 0).
#
# Training is deterministic for the same data, code and word lists. The features read the
# lexicon (engine/compiler/lexicon/lexicon*) and system word lists (/usr/share/dict,
# iso-codes, tzdata zone tables, WordNet): a lexicon change, or other versions of those
# packages, give other models, so the packages' versions are printed when the models differ.
set -euo pipefail

usage() { echo "usage: $0 [--install] [DATA_DIR]" >&2; exit 2; }

install=0
data=""
for arg in "$@"; do
    case "$arg" in
        --install) install=1 ;;
        -h|--help) usage ;;
        -*) echo "retrain-taggers: unknown option $arg" >&2; usage ;;
        *) [ -z "$data" ] || usage; data="$arg" ;;
    esac
done

root="$(cd "$(dirname "$0")/.." && pwd)"
data="${data:-$root/build/training-data}"
build="${KG_BUILD_DIR:-$root/build}"
shipped="$root/engine/compiler/tagger/models"
models=(pos.model names.model)

"$root/scripts/fetch-training-data.sh" "$data"

if [ ! -f "$build/CMakeCache.txt" ]; then
    cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo >&2
fi
cmake --build "$build" --target kg-train-tagger -j2 >&2
trainer="$build/tools/kg-train-tagger"
[ -x "$trainer" ] || { echo "retrain-taggers: $trainer was not built" >&2; exit 2; }

tmp="$(mktemp -d "${TMPDIR:-/tmp}/kg-retrain.XXXXXX")"
trap 'rm -rf "$tmp"' EXIT
"$trainer" --data "$data" --models "$tmp"

if [ "$install" = 1 ]; then
    for m in "${models[@]}"; do
        if cmp -s "$tmp/$m" "$shipped/$m"; then
            echo "retrain-taggers: $m unchanged"
        else
            cp "$tmp/$m" "$shipped/$m"
            echo "retrain-taggers: installed $m ($(stat -c %s "$shipped/$m") bytes)"
        fi
    done
    exit 0
fi

status=0
for m in "${models[@]}"; do
    if cmp -s "$tmp/$m" "$shipped/$m"; then
        echo "retrain-taggers: $m identical ($(stat -c %s "$tmp/$m") bytes, sha256 $(sha256sum < "$tmp/$m" | cut -c1-16))"
    else
        status=1
        echo "retrain-taggers: $m DIFFERS from the shipped model" >&2
        for f in "$shipped/$m" "$tmp/$m"; do
            [ -f "$f" ] || { echo "  missing: $f" >&2; continue; }
            printf '  %-8s %10s bytes  sha256 %s\n' "$([ "$f" = "$shipped/$m" ] && echo shipped || echo trained)" \
                "$(stat -c %s "$f")" "$(sha256sum < "$f" | cut -d' ' -f1)" >&2
        done
    fi
done
if [ "$status" = 0 ]; then
    echo "identical"
else
    echo "retrain-taggers: not identical. Was the lexicon or were the features changed without retraining?" >&2
    echo "  The features also read system word lists; their packages here:" >&2
    if command -v dpkg-query > /dev/null; then
        dpkg-query -W -f='  ${Package} ${Version}\n' wamerican wbritish iso-codes tzdata wordnet-base >&2 2>/dev/null || true
    fi
    echo "  (run with --install to replace the shipped models)" >&2
fi
exit "$status"
