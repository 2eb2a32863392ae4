#!/usr/bin/env bash
# End-to-end checks of the kg command as a user runs it: exit codes, error format,
# idempotent builds, --jobs determinism, the lock error, and shell/run equivalence.
# Usage: cli_test.sh KG_BINARY EXAMPLES_DIR
set -u
kg=$(realpath "$1")
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

# --- Failures of the environment: never silent, never an abort (issue 15) ---
no_abort() {  # no_abort NAME STDERR
  case "$2" in *"terminate called"*|*"Assertion"*|*"Aborted"*) echo "FAIL: $1: aborted: $2"; failures=$((failures + 1)) ;; esac
}
# Another user, for whom permissions apply (root reads and writes everything).
as_user() {
  if [ "$(id -u)" = 0 ]; then setpriv --reuid=65534 --regid=65534 --clear-groups "$@"; else "$@"; fi
}
chmod 755 "$work"

# A damaged database file is an error (exit 3), not an empty graph.
db="$work/damaged.db"
"$kg" build --db "$db" --quiet "$examples/articles" 2>/dev/null
log=$(ls "$db"/*.log | head -1)
printf '\336\255\276\357\336\255\276\357\336\255\276\357' |
  dd of="$log" bs=1 seek=$(($(stat -c %s "$log") / 2)) conv=notrunc 2>/dev/null
err=$("$kg" export --db "$db" --format jsonl 2>&1 >/dev/null); code=$?
check "export of a damaged database exits 3" 3 $code
contains "the damage is a DatabaseError naming the database" "error: DatabaseError: database corrupt: $db" "$err"
"$kg" stats --db "$db" >/dev/null 2>&1; check "stats of a damaged database exits 3" 3 $?
"$kg" build --db "$db" --quiet "$examples/articles" >/dev/null 2>&1; check "build on a damaged database exits 3" 3 $?

# Killed in its first milliseconds, a new database is still a database.
for delay in 0 0.005 0.01 0.02 0.03 0.05 0.08 0.12; do
  rm -rf "$work/killed.db"
  "$kg" build --db "$work/killed.db" --quiet "$examples/articles" 2>/dev/null &
  sleep $delay; kill -9 $! 2>/dev/null; wait $! 2>/dev/null
  err=$("$kg" query --db "$work/killed.db" "MATCH (n) RETURN count(n)" 2>&1 >/dev/null); code=$?
  check "a build killed after ${delay}s leaves a usable database" "0 " "$code $err"
done

# Database paths that are no database folder.
echo "not a database" >"$work/plain_file"
err=$("$kg" query --db "$work/plain_file" "RETURN 1" 2>&1); code=$?
check "a db path that is a file exits 3" 3 $code
contains "a db path that is a file is a DatabaseError" "error: DatabaseError:" "$err"; no_abort "file db" "$err"
err=$("$kg" build --db "$work/no/such/parent/g.db" --quiet "$examples/articles" 2>&1); code=$?
check "a db in a missing folder exits 3" 3 $code
contains "a db in a missing folder is a DatabaseError" "error: DatabaseError:" "$err"; no_abort "missing parent" "$err"
mkdir -p "$work/closed/inner"; chmod 700 "$work/closed"; [ "$(id -u)" = 0 ] || chmod 000 "$work/closed"
err=$(as_user "$kg" query --db "$work/closed/inner/g.db" "RETURN 1" 2>&1); code=$?
check "a db in an unreadable folder exits 3" 3 $code
contains "a db in an unreadable folder is a DatabaseError" "error: DatabaseError:" "$err"; no_abort "closed" "$err"
chmod 755 "$work/closed"

# Paths to build that cannot be read are reported, and the rest is built.
mkdir -p "$work/mixed/sub" "$work/open"; chmod 777 "$work/open"
cp "$examples/articles/01_valley_herald.txt" "$work/mixed/"
ln -s loop "$work/mixed/loop"
ln -s .. "$work/mixed/sub/up"
err=$("$kg" build --db "$work/loop.db" --quiet "$work/mixed" 2>&1); code=$?
check "symlink loops exit 1" 1 $code
contains "symlink loops are reported" "(0 unchanged, 2 failed)" "$err"
contains "the rest is built" "built 1 articles" "$err"; no_abort "loop" "$err"
err=$("$kg" build --db "$work/missing.db" --quiet "$work/mixed/01_valley_herald.txt" "$work/gone.txt" 2>&1); code=$?
check "a missing path among good ones exits 1" 1 $code
contains "the missing path is named" "gone.txt" "$err"
contains "the good paths are built" "built 1 articles" "$err"
rm -f "$work/mixed/loop" "$work/mixed/sub/up"
mkdir -p "$work/mixed/locked"; cp "$examples/articles/02_castlebridge_post.txt" "$work/mixed/locked/"
chmod 700 "$work/mixed/locked"; [ "$(id -u)" = 0 ] || chmod 000 "$work/mixed/locked"
err=$(as_user "$kg" build --db "$work/open/locked.db" --quiet "$work/mixed" 2>&1); code=$?
check "an unreadable folder exits 1" 1 $code
contains "an unreadable folder is a failure" "1 failed" "$err"
contains "an unreadable folder is named" "locked: cannot read folder" "$err"
chmod 755 "$work/mixed/locked"
mkdir -p "$work/here"; cp "$examples/articles/"*.txt "$work/here/"
(cd "$work/here" && "$kg" build --quiet . 2>/dev/null && "$kg" build --quiet . 2>"$work/here.err"); code=$?
check "kg build . twice with the default ./kg.db exits 0" 0 $code
contains "kg build . leaves its own database out" "built 0 articles (3 unchanged, 0 failed)" "$(cat "$work/here.err")"
mkdir -p "$work/spell"; cp "$examples/articles/"*.txt "$work/spell/"
"$kg" build --db "$work/spell.db" --quiet "$work/spell" 2>/dev/null
err=$(cd "$work" && "$kg" build --db "$work/spell.db" --quiet ./spell/ 2>&1)
contains "./d and /abs/d are the same articles" "built 0 articles (3 unchanged" "$err"

# Output that cannot be written is an error.
if [ -w /dev/full ]; then
  err=$("$kg" query --db "$work/here/kg.db" "RETURN 1 AS one" 2>&1 >/dev/full); code=$?
  check "output to a full device exits 1" 1 $code
  contains "output to a full device says so" "cannot write the output" "$err"
fi

# A reader of a database it may not write to reads it, and leaves no file behind.
"$kg" build --db "$work/shared.db" --quiet "$examples/articles" 2>/dev/null
chmod 755 "$work/shared.db"; [ "$(id -u)" = 0 ] || chmod 555 "$work/shared.db"
before=$(ls "$work/shared.db")
out=$(as_user "$kg" query --db "$work/shared.db" --format csv "MATCH (a:Article) RETURN count(a) AS n" 2>&1); code=$?
check "a reader of a read-only database gets its answer" "0 $(printf 'n\r\n3\r')" "$code $out"
as_user "$kg" stats --db "$work/shared.db" >/dev/null 2>&1; check "stats of a read-only database exits 0" 0 $?
as_user "$kg" export --db "$work/shared.db" --format jsonl >/dev/null 2>&1; check "export of a read-only database exits 0" 0 $?
err=$(as_user "$kg" query --db "$work/shared.db" "CREATE (:Person {name: 'X'})" 2>&1); code=$?
check "a write to a read-only database exits 3" 3 $code
contains "a write to a read-only database says why" "read-only" "$err"
check "a read-only reader leaves no file behind" "$before" "$(ls "$work/shared.db")"
chmod 755 "$work/shared.db"
"$kg" query --db "$work/shared.db" "RETURN 1" >/dev/null
check "a query leaves no LOG file" "" "$(ls "$work/shared.db" | grep LOG)"

exit $failures
