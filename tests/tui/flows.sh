# flows.sh: confirmation in the full-screen interface: Esc drops a plan,
# e edits the SQL in place, E in $EDITOR, an edit the guard refuses keeps
# the old SQL, Ctrl-C and Esc cancel a long query while the screen keeps
# showing its progress, -y runs without asking, and kill -TERM leaves the
# terminal restored.
. "$SRCDIR/tests/tui/tlib.sh"

cat >"$TMPD/editor.sh" <<'EOS'
#!/bin/sh
printf 'SELECT 7 * 6 AS product\n' >"$1"
EOS
chmod +x "$TMPD/editor.sh"

start 80 24 xterm-256color "EDITOR=$TMPD/editor.sh" VISUAL= -- "$SAMPLE"
see "ask>" "started"

# Esc drops the plan
type_text "how many products"
keys Enter
see "Esc cancel" "plan shown"
keys Escape
see "not run" "Esc drops the plan"
unlike "$(screen)" "rows in" "nothing ran"

# e: edit in place, then run
type_text '\sql SELECT count(*) AS n FROM categories'
keys Enter
see "Esc cancel" "a plan from SQL"
keys e
see "SQL> SELECT count(*) AS n FROM categories" "e puts the SQL in the input line"
keys C-u
type_text "SELECT 40 + 2 AS answer"
keys Enter
see "SQL edited and checked" "the edit passed the guard"
like "$(screen)" "SELECT 40 + 2 AS answer" "the SQL pane shows the edit"
keys Enter
see "1 row in" "the edited SQL ran"
like "$(screen)" "42" "its answer shows"

# an edit the guard refuses: the plan keeps its SQL
type_text '\sql SELECT 1 AS one'
keys Enter
see "Esc cancel" "another plan"
keys e
see "SQL>" "editing"
keys C-u
type_text "DELETE FROM orders"
keys Enter
see "was not accepted" "the guard refuses a DELETE"
s=$(screen)
like "$s" "SELECT 1 AS one" "the plan keeps its SQL"
unlike "$s" "rows in" "nothing ran"

# E: $EDITOR
keys E
see "SELECT 7 * 6 AS product" "E edits in \$EDITOR"
see "SQL edited and checked" "the editor's SQL passed the guard"
keys Enter
see "42" "and ran"

# a long query: the screen stays live, Ctrl-C cancels it
type_text '\sql WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT count(*) FROM n'
keys Enter
see "Esc cancel" "a slow query planned"
keys Enter
see "running the query" "the status bar shows the stage"
t1=$(screen | grep -o '[0-9]*\.[0-9]s' | head -1)
sleep 0.6
t2=$(screen | grep -o '[0-9]*\.[0-9]s' | head -1)
test -n "$t1" && test "$t1" != "$t2"
ok $? "the elapsed time moves ($t1, then $t2)"
keys C-c
see "query cancelled" "Ctrl-C cancels the query"
wait_gone "running the query" 5
ok $? "the status bar is idle again"
# Esc cancels too (Enter in the SQL pane runs it again)
n0=$(screen | grep -c "query cancelled")
tm send-keys Tab
keys Enter
see "running the query" "run again"
keys Escape
deadline=$(( $(date +%s) + 10 ))
while n=$(screen | grep -c "query cancelled"); [ "$n" -le "$n0" ] && [ "$(date +%s)" -lt "$deadline" ]; do
    sleep 0.1
done
test "$n" -gt "$n0"
ok $? "Esc cancels the query"
type_text '\sql SELECT '"'"'still here'"'"' AS s'
keys Enter
see "Esc cancel" "still answering after cancelling"
keys Enter
see "still here" "the next query runs"

# kill -TERM: the terminal is restored and the signal reported
pid=$(tm display -p '#{pane_pid}')
dbpid=$(ps -o pid= --ppid "$pid" | tr -d ' ' | head -1)
test -n "$dbpid" && kill -TERM "$dbpid"
restored "kill -TERM"
like "$(screen)" "EXIT=143" "killed by SIGTERM, after restoring"

# -y: no confirmation
start 80 24 xterm-256color -- -y "$SAMPLE"
see "ask>" "started with -y"
type_text "how many customers"
keys Enter
see "2,500" "-y runs without asking"
type_text "\\export $TMPD/out.csv"
keys Enter
see "wrote $TMPD/out.csv" "\\export writes the answer"
like "$(cat "$TMPD/out.csv" 2>/dev/null)" "2500" "  with its rows"
echo "precious" > "$TMPD/out.csv"
type_text "\\export $TMPD/out.csv"
keys Enter
see "replace it? y/N" "\\export asks before replacing a file"
keys n
see "not exported" "  n keeps it"
is "$(cat "$TMPD/out.csv")" "precious" "  untouched"
type_text "\\export $TMPD/out.csv"
keys Enter
see "replace it? y/N" "  asked again"
keys y
wait_until 10 'grep -q 2500 "$TMPD/out.csv"'
ok $? "  y replaces it"
type_text "\\save $TMPD/conv.json"
keys Enter
see "saved 1 question" "\\save writes the conversation"
keys C-d
restored "-y session"
out=$("$DATABOT" --resume "$TMPD/conv.json" --format json -e "by country" "$SAMPLE" 2>/dev/null)
like "$out" "GROUP BY country" "--resume continues a conversation saved in the full screen"
done_testing
