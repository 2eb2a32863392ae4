#!/usr/bin/env bash
# `kg extract | kg load` makes the graph `kg build` makes (byte-identical export) on the
# example and seed articles, whatever --jobs; and `kg load` refuses bad lines clearly,
# writing nothing of their article.
# Usage: extract_load_test.sh KG_BINARY EXAMPLES_DIR SHARED_DIR
set -u
kg=$(realpath "$1")
examples=$(realpath "$2")
shared=$3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
check() {  # check NAME EXPECTED ACTUAL
  if [ "$2" != "$3" ]; then echo "FAIL: $1: expected [$2] got [$3]"; failures=$((failures + 1)); else echo "ok: $1"; fi
}
contains() {  # contains NAME NEEDLE HAYSTACK
  case "$3" in *"$2"*) echo "ok: $1" ;; *) echo "FAIL: $1: [$2] not in [$3]"; failures=$((failures + 1)) ;; esac
}
export_of() { "$kg" export --db "$1" --format jsonl; }
articles_in() {
  "$kg" query --db "$1" --format csv "MATCH (a:Article) RETURN count(a) AS n" 2>/dev/null | tail -1 | tr -d '\r'
}

# The same graph by both roads, for each set of articles.
sets=("$examples/articles")
if [ -d "$shared/seeds" ]; then sets+=("$(realpath "$shared/seeds")"); else echo "no seed articles at $shared/seeds: skipped"; fi
sets+=("${sets[*]}")  # all of them in one graph: entities meet across the sets
for i in "${!sets[@]}"; do
  read -r -a paths <<<"${sets[$i]}"
  "$kg" build --db "$work/built$i.db" --quiet "${paths[@]}" 2>/dev/null
  check "build of set $i exits 0" 0 $?
  "$kg" extract "${paths[@]}" >"$work/lines$i.jsonl" 2>"$work/extract$i.err"
  check "extract of set $i exits 0" 0 $?
  "$kg" load --db "$work/loaded$i.db" "$work/lines$i.jsonl" 2>/dev/null
  check "load of set $i exits 0" 0 $?
  check "extract | load exports what build exports (set $i)" "$(export_of "$work/built$i.db")" \
    "$(export_of "$work/loaded$i.db")"
  "$kg" extract --jobs 2 "${paths[@]}" >"$work/lines$i.j2.jsonl" 2>/dev/null
  check "extract --jobs 2 writes what --jobs 1 writes (set $i)" "$(cat "$work/lines$i.jsonl")" \
    "$(cat "$work/lines$i.j2.jsonl")"
  "$kg" build --db "$work/built$i.j2.db" --jobs 2 --quiet "${paths[@]}" 2>/dev/null
  check "build --jobs 2 exports what --jobs 1 exports (set $i)" "$(export_of "$work/built$i.db")" \
    "$(export_of "$work/built$i.j2.db")"
done
last=$((${#sets[@]} - 1))
lines="$work/lines$last.jsonl"
contains "extract says what it did" "extracted " "$(cat "$work/extract$last.err")"
check "each line names its format version first" "$(wc -l <"$lines")" "$(grep -c '^{"kg_extract":1,' "$lines")"

# A second load of the same lines changes nothing, as a second build does.
err=$("$kg" load --db "$work/loaded$last.db" "$lines" 2>&1)
contains "a second load changes nothing" "loaded 0 articles ($(wc -l <"$lines") unchanged" "$err"
check "the graph is unchanged by a second load" "$(export_of "$work/built$last.db")" \
  "$(export_of "$work/loaded$last.db")"

# stdin both ways: `kg build -` and `kg extract - | kg load -`.
article=$(ls "$examples"/articles/* | head -1)
"$kg" build --db "$work/stdin-built.db" --quiet - <"$article" 2>/dev/null
"$kg" extract - <"$article" 2>/dev/null | "$kg" load --db "$work/stdin-loaded.db" - 2>/dev/null
check "stdin: extract - | load - exports what build - exports" "$(export_of "$work/stdin-built.db")" \
  "$(export_of "$work/stdin-loaded.db")"

# No database: extract works where none may be made.
mkdir "$work/ro" && chmod a-w "$work/ro"
(cd "$work/ro" && "$kg" extract "$article" >/dev/null 2>&1)
check "extract needs no database" 0 $?
check "extract makes no database" "" "$(ls -A "$work/ro")"

# A bad article: the others are still extracted; exit 1.
printf 'bad \xff\xfe bytes\n' >"$work/bad.txt"
out=$("$kg" extract "$work/bad.txt" "$article" 2>"$work/bad.err"); code=$?
check "extract of a non-UTF-8 article exits 1" 1 $code
contains "the error names the article" "error: InputError: $work/bad.txt" "$(cat "$work/bad.err")"
check "the good article is still extracted" 1 "$(printf '%s\n' "$out" | grep -c kg_extract)"

# Bad lines: each one error naming FILE:LINE, the good lines loaded, nothing of the bad ones.
good1=$(sed -n 1p "$lines")
good2=$(sed -n 2p "$lines")
{
  echo "$good1"
  echo '{"kg_extract": 1, "path": "/x.txt"'
  echo
  echo '{"title": "no version"}'
  # The last fact cites a sentence the line does not hold: found after its entities are read.
  echo "$good2" | sed 's/"sentence":[0-9]*}\],"sentences"/"sentence":999999}],"sentences"/'
  echo "$good2" | sed 's/"type":"[A-Za-z]*"/"type":"Planet"/'
} >"$work/bad.jsonl"
err=$("$kg" load --db "$work/bad.db" "$work/bad.jsonl" 2>&1); code=$?
check "bad lines exit 1" 1 $code
contains "unparsable JSON names file and line" "error: InputError: $work/bad.jsonl:2: not JSON at byte" "$err"
contains "a line with no version is named" "$work/bad.jsonl:4: line: not a \`kg extract\` line" "$err"
contains "a bad reference names its field" "$work/bad.jsonl:5: facts[" "$err"
contains "the bad reference is explained" "].sentence: 999999 is not in \"sentences\"" "$err"
contains "an unknown type is named" "$work/bad.jsonl:6: entities[0].type: unknown entity type 'Planet'" "$err"
contains "the summary counts the failures" "loaded 1 article (0 unchanged, 4 failed)" "$err"
check "only the good line's article is in the graph" 1 "$(articles_in "$work/bad.db")"

# A line of a later format version is refused, and so is the rest of its file.
{ echo "$good1" | sed 's/"kg_extract":1/"kg_extract":2/'; echo "$good2"; } >"$work/newer.jsonl"
err=$("$kg" load --db "$work/newer.db" "$work/newer.jsonl" 2>&1); code=$?
check "a newer line exits 1" 1 $code
contains "a newer line is refused clearly" \
  "error: InputError: $work/newer.jsonl:1: written by a newer kg (kg_extract version 2; this kg reads version 1)" "$err"
check "nothing of a newer file is loaded" 0 "$(articles_in "$work/newer.db")"

"$kg" load --db "$work/none.db" "$work/missing.jsonl" 2>"$work/missing.err"; code=$?
check "a missing file exits 1" 1 $code
contains "a missing file is named" "error: InputError: $work/missing.jsonl: cannot open" "$(cat "$work/missing.err")"

"$kg" load --db "$work/none.db" "$work" 2>"$work/folder.err"; code=$?
check "a folder given to load exits 1" 1 $code
contains "a folder given to load is named" "error: InputError: $work: is a folder" "$(cat "$work/folder.err")"

if [ $failures -gt 0 ]; then echo "$failures failures"; exit 1; fi
echo "all passed"
