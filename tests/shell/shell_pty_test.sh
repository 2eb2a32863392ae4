#!/usr/bin/env bash
# Drives `kg shell` in a real pseudo-terminal (tmux) and asserts on the screen: a multi-line
# query, tab completion of a label, history recall, Ctrl-C during a long query, :format
# json, :quit. Usage: shell_pty_test.sh KG_BINARY
set -u
kg=$1
if ! command -v tmux >/dev/null; then echo "tmux missing"; exit 1; fi
work=$(mktemp -d)
session="kgtest$$"
trap 'tmux kill-session -t "$session" 2>/dev/null; rm -rf "$work"' EXIT
export HOME="$work"
"$kg" query --db "$work/db" "CREATE (:Person {name: 'Ada'})-[:KNOWS]->(:Person {name: 'Bo'})" >/dev/null
tmux new-session -d -s "$session" -x 160 -y 50 "$kg shell --db $work/db"
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
type_text ":quit"; keys Enter
sleep 0.5
if tmux has-session -t "$session" 2>/dev/null; then echo "FAIL: :quit"; failures=$((failures + 1)); else echo "ok: :quit"; fi
[ -s "$work/.kg_history" ] && echo "ok: history saved" || { echo "FAIL: history not saved"; failures=$((failures + 1)); }
exit $failures
