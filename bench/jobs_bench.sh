#!/usr/bin/env bash
# `kg build` and `kg extract` with --jobs 1 and --jobs 2, and `kg load` alone (the single
# writer), over COPIES copies of a folder of articles, each copy's articles with a distinct
# first line (as issue 12 measured: an archive where the same entities and facts recur).
# Prints wall and CPU (user + system) seconds, the best wall of RUNS runs each, words per
# second, and the median wall ratio of --jobs 1 to --jobs 2; bench/README.md ("Parallel
# builds") has the figures and what they mean.
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

# once COMMAND: "wall cpu" seconds of one run (cpu = user + system), a fresh database each time.
once() {
  rm -rf "$work/db" "$work/out.jsonl"
  /usr/bin/time -f "%e %U %S" bash -c "$1" 2>&1 >/dev/null | tail -1 | awk '{ print $1, $2 + $3 }'
}

# pair LABEL COMMAND_J1 COMMAND_J2: the two alternately, $runs times each, so that a change in
# the machine's load between runs hits both alike. Prints each one's best wall (with that
# run's CPU) and the median of the runs' wall ratios j1 / j2.
pair() {
  local label=$1 ratios="" best1="" best2="" a b
  for ((r = 0; r < runs; r++)); do
    a=$(once "$2") b=$(once "$3")
    ratios+="$(awk -v x="${a%% *}" -v y="${b%% *}" 'BEGIN { print x / y }') "
    if [ -z "$best1" ] || awk -v x="${a%% *}" -v y="${best1%% *}" 'BEGIN { exit !(x < y) }'; then best1=$a; fi
    if [ -z "$best2" ] || awk -v x="${b%% *}" -v y="${best2%% *}" 'BEGIN { exit !(x < y) }'; then best2=$b; fi
  done
  show "$label --jobs 1" $best1
  show "$label --jobs 2" $best2
  echo "$label: wall ratio --jobs 1 / --jobs 2, median of $runs pairs: $(tr ' ' '\n' <<<"$ratios" | grep . | sort -g |
    awk '{ v[NR] = $1 } END { printf "%.2f (from %.2f to %.2f)", NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2, v[1], v[NR] }')"
}

show() {  # show LABEL WALL CPU
  awk -v l="$1" -v w="$2" -v c="$3" -v n="$words" \
    'BEGIN { printf "%-18s wall %6.2f s  cpu %6.2f s  %8.0f words/wall-s  %8.0f words/cpu-s\n", l, w, c, n / w, n / c }'
}

pair "build" "'$kg' build --quiet --jobs 1 --db '$work/db' '$work/corpus'" \
  "'$kg' build --quiet --jobs 2 --db '$work/db' '$work/corpus'"
pair "extract" "'$kg' extract --jobs 1 '$work/corpus' >'$work/out.jsonl'" \
  "'$kg' extract --jobs 2 '$work/corpus' >'$work/out.jsonl'"
"$kg" extract "$work/corpus" >"$work/lines.jsonl" 2>/dev/null
echo "extract output: $(wc -c <"$work/lines.jsonl") bytes for $(cat "$work"/corpus/*/* | wc -c) bytes of articles"
best=""
for ((r = 0; r < runs; r++)); do
  t=$(once "'$kg' load --db '$work/db' '$work/lines.jsonl'")
  if [ -z "$best" ] || awk -v x="${t%% *}" -v y="${best%% *}" 'BEGIN { exit !(x < y) }'; then best=$t; fi
done
show "load (one writer)" $best
