#!/usr/bin/env bash
# Drives `kg shell` in a real pseudo-terminal (tmux) and asserts on the screen: a multi-line
# query, tab completion (labels, keys, procedures, :commands, keywords in any case), history
# recall, Ctrl-C during a long query, at the prompt and during :source, Ctrl-D, :format
# json, :quit. Usage: shell_pty_test.sh KG_BINARY
set -u
kg=$1
if ! command -v tmux >/dev/null; then echo "tmux missing"; exit 1; fi
work=$(mktemp -d)
session="kgtest$$"
trap 'tmux kill-session -t "$session" 2>/dev/null; rm -rf "$work"' EXIT
export HOME="$work"
"$kg" query --db "$work/db" "CREATE (:Person {name: 'Ada'})-[:KNOWS]->(:Person {name: 'Bo'})" >/dev/null
# A pager that marks what it shows, to see which results went through it.
printf '#!/bin/sh\nsed "s/^/PAGED: /"\n' >"$work/pager"; chmod +x "$work/pager"
tmux new-session -d -s "$session" -x 160 -y 50 "PAGER=$work/pager $kg shell --db $work/db"
failures=0
screen() { tmux capture-pane -p -t "$session"; }
waitfor() {  # waitfor NAME TEXT
  for _ in $(seq 1 50); do
    if screen | grep -qF -- "$2"; then echo "ok: $1"; return; fi
    sleep 0.2
  done
  echo "FAIL: $1: [$2] not on screen:"; screen; failures=$((failures + 1))
}
keys() { tmux send-keys -t "$session" "$@"; }
# Literal text; tmux reads a trailing ';' as a command separator unless escaped.
type_text() {
  local text=$1
  [[ $text == *";" ]] && text="${text%;}\\;"
  tmux send-keys -t "$session" -l -- "$text"
}

waitfor "prompt" "kg>"
type_text "MATCH (p:Pers"; keys Tab
waitfor "tab completes a label" "MATCH (p:Person"
type_text ")"; keys Enter
waitfor "continuation prompt" "->"
type_text "RETURN p.name AS who ORDER BY who;"; keys Enter
waitfor "multi-line query runs" "2 rows"
keys Up
waitfor "history recalls the statement" "RETURN p.name AS who ORDER BY who;"
keys C-a C-k; type_text ":format json"; keys Enter
type_text "RETURN 41 + 1 AS answer;"; keys Enter
waitfor ":format json" '{"columns":["answer"],"rows":[[42]]}'
type_text ":format table"; keys Enter
# Slow by its WHERE, not by its rows: QueryLimits::max_rows stops a query that holds too many.
type_text "UNWIND range(1, 1000000) AS x WITH x WHERE all(y IN range(1, 100) WHERE y > 0) RETURN count(x);"; keys Enter
sleep 1
keys C-c
waitfor "Ctrl-C cancels the query" "query cancelled"
type_text "RETURN 'still here' AS alive;"; keys Enter
waitfor "the shell survives Ctrl-C" "still here"

# Ctrl-C at the prompt (issue 14): drops every pending line, keeps the shell; on an empty
# prompt it says how to leave.
keys C-l
type_text "MATCH (n)"; keys Enter
type_text "RETURN 'dropped' AS x"; sleep 0.3; keys C-c
type_text "RETURN 'kept' AS y;"; keys Enter
waitfor "Ctrl-C drops the pending lines" "| kept |"
if screen | grep -qF "| dropped"; then echo "FAIL: the dropped lines ran"; failures=$((failures + 1)); else echo "ok: the dropped lines never run"; fi
keys C-c
waitfor "Ctrl-C on an empty prompt says how to leave" "(to leave, type :quit or press Ctrl-D)"
type_text "RETURN 'alive after Ctrl-C' AS z;"; keys Enter
waitfor "the shell survives Ctrl-C at the prompt" "alive after Ctrl-C"

# Completion: procedures with their namespace, :commands, keywords in any case, keys.
keys C-l
type_text "CALL kg.conf"; keys Tab
waitfor "Tab completes a procedure after its namespace" "CALL kg.conflicts"
keys C-c; type_text ":fo"; keys Tab
waitfor "Tab completes a :command" "kg> :format"
keys C-c; type_text "mat"; keys Tab; type_text "(p:Pers"; keys Tab; type_text ") ret"; keys Tab; type_text "p.na"; keys Tab
waitfor "Tab completes lower-case keywords, labels and keys" "match (p:Person) return p.name"
type_text " ORDER BY p.name LIMIT 1;"; keys Enter
waitfor "the completed statement runs" "| Ada "

# :format vertical, as psql's \x: one `column: value` line per cell.
keys C-l; type_text ":format vertical"; keys Enter
type_text "MATCH (p:Person) RETURN p.name AS name, 'x' AS mark ORDER BY name;"; keys Enter
waitfor ":format vertical shows rows one by one" "*** row 2 ***"
waitfor ":format vertical aligns the values" "name: Bo"
type_text ":format table"; keys Enter

# :param in its map form and clear; :stats is kg stats.
keys C-l; type_text ":param {a: 1, b: 'x'}"; keys Enter
type_text ":param clear a"; keys Enter
type_text ":params"; keys Enter
waitfor ":param {map} sets each parameter" "b => 'x'"
if screen | grep -qF "a => 1"; then echo "FAIL: :param clear a"; failures=$((failures + 1)); else echo "ok: :param clear NAME"; fi
type_text ":stats"; keys Enter
waitfor ":stats prints what kg stats prints" "entities by label:"

# A 300-character cell wraps inside its column to fit 80 columns, nothing cut.
long=$(python3 -c "print(' '.join('w%03d' % i for i in range(60)))")
keys C-l; type_text ":maxwidth 80"; keys Enter
type_text "RETURN 'Ada' AS who, '$long' AS evidence;"; keys Enter
waitfor "a long cell wraps in its column" "|     | w014 w015"
waitfor "the wrapped cell ends on its own line" "|     | w056 w057 w058 w059 "
widest=$(screen | grep '^[|+]' | awk '{ print length($0) }' | sort -n | tail -1)
[ "$widest" -le 80 ] && echo "ok: the wrapped table fits 80 columns" || { echo "FAIL: table $widest wide"; failures=$((failures + 1)); }
if screen | grep -qF "…"; then echo "FAIL: a cell was cut"; failures=$((failures + 1)); else echo "ok: no cell is cut"; fi
type_text ":maxwidth"; keys Enter

# :once FILE takes the next result, :output FILE every result until :output alone.
keys C-l; type_text ":once $work/once.txt"; keys Enter
type_text "RETURN 'to the file' AS once;"; keys Enter
type_text "RETURN 'to the screen' AS after;"; keys Enter
waitfor ":once is for one result only" "| to the screen |"
grep -qF "| to the file |" "$work/once.txt" && echo "ok: :once writes the next result to the file" ||
  { echo "FAIL: :once file: $(cat "$work/once.txt")"; failures=$((failures + 1)); }
type_text ":output $work/out.txt"; keys Enter
type_text "RETURN 1 AS first;"; keys Enter
type_text "RETURN 2 AS second;"; keys Enter
type_text ":output"; keys Enter
type_text "RETURN 'back' AS screen;"; keys Enter
waitfor ":output alone brings results back" "| back "
[ "$(grep -c '1 row' "$work/out.txt")" = 2 ] && echo "ok: :output writes every result to the file" ||
  { echo "FAIL: :output file: $(cat "$work/out.txt")"; failures=$((failures + 1)); }

# A result taller than the screen goes through $PAGER; a short one and :pager off do not.
keys C-l; type_text "UNWIND range(1, 60) AS i RETURN i;"; keys Enter
waitfor "a tall result goes through the pager" "PAGED: | 60 |"
keys C-l; type_text "RETURN 'short' AS s;"; keys Enter
waitfor "a short result is printed" "| short |"
if screen | grep -qF "PAGED: | short"; then echo "FAIL: a short result was paged"; failures=$((failures + 1)); fi
type_text ":pager off"; keys Enter
keys C-l; type_text "UNWIND range(1, 60) AS i RETURN i AS unpaged;"; keys Enter
waitfor ":pager off prints a tall result" "60 rows"
if screen | grep -qF "PAGED:"; then echo "FAIL: :pager off still pages"; failures=$((failures + 1)); else echo "ok: :pager off"; fi

# Text beyond ASCII is read as typed.
type_text "RETURN 'Zoë' AS name;"; keys Enter
waitfor "UTF-8 input" "| Zoë "

# :source stops at a failing statement, naming file and line, as kg run does; Ctrl-C
# cancels the running statement and the rest of the script.
printf "RETURN 'one' AS first;\nRETURN nope;\nRETURN 'three' AS third;\n" >"$work/fail.cypher"
keys C-l; type_text ":source $work/fail.cypher"; keys Enter
waitfor ":source names the failing line" "fail.cypher:2: statement failed"
if screen | grep -qF "| three"; then echo "FAIL: :source went on after a failure"; failures=$((failures + 1)); else echo "ok: :source stops at a failure"; fi
printf "UNWIND range(1, 1000000) AS x WITH x WHERE all(y IN range(1, 100) WHERE y > 0) RETURN count(x);\nRETURN 'after' AS rest;\n" >"$work/slow.cypher"
keys C-l; type_text ":source $work/slow.cypher"; keys Enter
sleep 1; keys C-c
waitfor "Ctrl-C cancels the statement of :source" "query cancelled"
sleep 0.3
if screen | grep -qF "| after"; then echo "FAIL: :source went on after Ctrl-C"; failures=$((failures + 1)); else echo "ok: Ctrl-C stops the rest of :source"; fi

# A second process reads the database while the shell holds it.
out=$("$kg" query --db "$work/db" --format csv "MATCH (p:Person) RETURN count(p) AS n" 2>&1 | tr -d '\r')
[ "$out" = "$(printf 'n\n2')" ] && echo "ok: a second process queries while the shell holds the database" ||
  { echo "FAIL: second process: $out"; failures=$((failures + 1)); }

type_text ":quit"; keys Enter
sleep 0.5
if tmux has-session -t "$session" 2>/dev/null; then echo "FAIL: :quit"; failures=$((failures + 1)); else echo "ok: :quit"; fi

# Ctrl-D on an empty prompt leaves, on a new line.
tmux new-session -d -s "$session" -x 160 -y 50 "$kg shell --db $work/db; echo \"exit status \$?\"; sleep 5"
waitfor "prompt again" "kg>"
keys C-d
waitfor "Ctrl-D leaves with exit 0" "exit status 0"
check_line=$(screen | grep -n "exit status 0" | cut -d: -f1)
prompt_line=$(screen | grep -n "^kg>" | tail -1 | cut -d: -f1)
if [ "$check_line" -gt "$prompt_line" ]; then echo "ok: Ctrl-D ends the prompt line"; else echo "FAIL: Ctrl-D leaves no newline"; screen; failures=$((failures + 1)); fi
tmux kill-session -t "$session" 2>/dev/null
[ -s "$work/.kg_history" ] && echo "ok: history saved" || { echo "FAIL: history not saved"; failures=$((failures + 1)); }
exit $failures
