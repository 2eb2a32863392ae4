#!/usr/bin/env bash
# `kg build` and `kg extract` with --jobs 1 and --jobs 2, and `kg load` alone (the single
# writer), over COPIES copies of a folder of articles, each copy's articles with a distinct
# first line (as issue 12 measured: an archive where the same entities and facts recur).
# Prints wall and CPU (user + system) seconds, the best wall of RUNS runs each, and words per
# second; README "Measured" explains the figures in bench/README.md.
# Usage: bench/jobs_bench.sh KG_BINARY [ARTICLES_DIR] [COPIES] [RUNS]
set -euo pipefail
kg=$(realpath "$1")
articles=${2:-/work/shared/devset/gum/texts}
copies=${3:-10}
runs=${4:-3}
work=$(mktemp -d /tmp/kg-jobs-bench.XXXXXX)
trap 'rm -rf "$work"' EXIT

letters() { local n=$1 s=""; while :; do s=$(printf "\\$(printf %o $((97 + n % 26)))")$s; n=$((n / 26)); [ $n -eq 0 ] && break; done; echo "$s"; }
for ((c = 0; c < copies; c++)); do
  mkdir -p "$work/corpus/$c"
  edition=$(letters $c)  # in letters: a number such as 1994 would read as a year
  for f in "$articles"/*; do { echo "(edition $edition)"; cat "$f"; } >"$work/corpus/$c/$(basename "$f")"; done
done
words=$(cat "$work"/corpus/*/* | wc -w)
echo "corpus: $(ls "$work"/corpus/*/* | wc -l) articles, $words words; $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"

# time_best LABEL COMMAND...: best wall of $runs runs, with that run's CPU; a fresh database each run.
time_best() {
  local label=$1 best="" line
  shift
  for ((r = 0; r < runs; r++)); do
    rm -rf "$work/db" "$work/out.jsonl"
    line=$(/usr/bin/time -f "%e %U %S" bash -c "$*" 2>&1 >/dev/null | tail -1)
    if [ -z "$best" ] || awk -v a="${line%% *}" -v b="${best%% *}" 'BEGIN { exit !(a < b) }'; then best=$line; fi
  done
  read -r wall user sys <<<"$best"
  awk -v l="$label" -v w="$wall" -v u="$user" -v s="$sys" -v n="$words" \
    'BEGIN { printf "%-22s wall %6.2f s  cpu %6.2f s  %8.0f words/wall-s  %8.0f words/cpu-s\n", l, w, u + s, n / w, n / (u + s) }'
}

time_best "build --jobs 1" "'$kg' build --quiet --jobs 1 --db '$work/db' '$work/corpus'"
time_best "build --jobs 2" "'$kg' build --quiet --jobs 2 --db '$work/db' '$work/corpus'"
time_best "extract --jobs 1" "'$kg' extract --jobs 1 '$work/corpus' >'$work/out.jsonl'"
time_best "extract --jobs 2" "'$kg' extract --jobs 2 '$work/corpus' >'$work/out.jsonl'"
"$kg" extract "$work/corpus" >"$work/lines.jsonl" 2>/dev/null
echo "extract output: $(wc -c <"$work/lines.jsonl") bytes for $(wc -c < <(cat "$work"/corpus/*/*)) bytes of articles"
time_best "load (one writer)" "'$kg' load --db '$work/db' '$work/lines.jsonl'"
