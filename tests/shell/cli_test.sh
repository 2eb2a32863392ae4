#!/usr/bin/env bash
# End-to-end checks of the kg command as a user runs it: exit codes, error format,
# idempotent builds, --jobs determinism, the lock error, and shell/run equivalence.
# Usage: cli_test.sh KG_BINARY EXAMPLES_DIR
set -u
kg=$1
examples=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
check() {  # check NAME EXPECTED ACTUAL
  if [ "$2" != "$3" ]; then echo "FAIL: $1: expected [$2] got [$3]"; failures=$((failures + 1)); else echo "ok: $1"; fi
}
contains() {  # contains NAME NEEDLE HAYSTACK
  case "$3" in *"$2"*) echo "ok: $1" ;; *) echo "FAIL: $1: [$2] not in [$3]"; failures=$((failures + 1)) ;; esac
}

"$kg" --version >/dev/null; check "version exits 0" 0 $?
"$kg" frobnicate >/dev/null 2>&1; check "unknown command is a usage error" 2 $?
"$kg" query >/dev/null 2>&1; check "missing argument is a usage error" 2 $?
"$kg" stats --db "$work/none.db" >/dev/null 2>&1; check "stats on a missing db" 3 $?
"$kg" export --db "$work/none.db" --format jsonl >/dev/null 2>&1; check "export on a missing db" 3 $?

db="$work/g.db"
"$kg" build --db "$db" --quiet "$examples/articles" 2>"$work/build.err"; check "build exits 0" 0 $?
"$kg" stats --db "$db" >"$work/stats1"; check "stats exits 0" 0 $?
"$kg" build --db "$db" --quiet "$examples/articles" 2>"$work/build2.err"
contains "second build changes nothing" "(3 unchanged" "$(cat "$work/build2.err")"
"$kg" stats --db "$db" >"$work/stats2"
check "stats unchanged by a second build" "$(cat "$work/stats1")" "$(cat "$work/stats2")"

err=$("$kg" query --db "$db" "MATCH (n RETURN n" 2>&1 >/dev/null); code=$?
check "syntax error exits 1" 1 $code
contains "syntax error names its kind and position" "error: SyntaxError:" "$err"
contains "syntax error shows a caret" "           ^" "$err"

printf 'bad \xff\xfe bytes\n' >"$work/bad.txt"
"$kg" build --db "$db" --quiet "$work/bad.txt" 2>"$work/bad.err"; code=$?
check "a non-UTF-8 article exits 1" 1 $code
contains "the input error names the file" "bad.txt" "$(cat "$work/bad.err")"

"$kg" build --db "$work/j1.db" --jobs 1 --quiet "$examples/articles" 2>/dev/null
"$kg" build --db "$work/j2.db" --jobs 2 --quiet "$examples/articles" 2>/dev/null
check "--jobs 1 and --jobs 2 export the same graph" \
  "$("$kg" export --db "$work/j1.db" --format jsonl)" "$("$kg" export --db "$work/j2.db" --format jsonl)"

json=$("$kg" query --db "$db" --format json "MATCH (p:Person) RETURN count(p) AS n")
contains "json output" '{"columns":["n"],"rows":[[' "$json"
csv=$("$kg" query --db "$db" --format csv --param who="'x'" "RETURN \$who AS who")
check "csv output with a parameter" "$(printf 'who\r\nx\r')" "$csv"

# A second process writing to the database gets exit 3 and a clear message.
(sleep 3 | "$kg" shell --db "$db" >/dev/null 2>&1) &
holder=$!
sleep 1
err=$("$kg" query --db "$db" "RETURN 1" 2>&1 >/dev/null); code=$?
check "locked database exits 3" 3 $code
contains "locked database message" "locked by another process" "$err"
wait $holder

cat >"$work/script.cypher" <<'CYPHER'
#!/usr/bin/env -S kg run
// comments and several statements
MATCH (p:Person) RETURN p.name AS name ORDER BY name;
RETURN 1 + 1 AS two; /* block comment */ RETURN 'a;b' AS s;
CYPHER
run=$("$kg" run --db "$db" "$work/script.cypher"); check "kg run exits 0" 0 $?
shell=$("$kg" shell --db "$db" <"$work/script.cypher")
check "kg shell < script gives the same as kg run" "$run" "$shell"
printf 'RETURN 1;\nRETURN nope;\nRETURN 3;\n' >"$work/fail.cypher"
err=$("$kg" run --db "$db" "$work/fail.cypher" 2>&1 >/dev/null); code=$?
check "a failing script exits 1" 1 $code
contains "the failing statement's line is reported" "fail.cypher:2:" "$err"
out=$("$kg" run --db "$db" --continue "$work/fail.cypher" 2>/dev/null)
contains "--continue runs the rest" "3" "$out"

exit $failures
