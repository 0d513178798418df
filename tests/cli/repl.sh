# repl.sh: the interactive prompt on a real pseudo-terminal: confirmation,
# editing the SQL, backslash commands, follow-ups, history, Ctrl-C.
. "$SRCDIR/tests/cli/lib.sh"
DRIVE="$PYTHON3 $SRCDIR/tests/cli/drive_tty.py"
export DATABOT_HISTFILE="$TMPD/history"
show() { printf '%s\n' "$1" | tail -40 | sed 's/^/#   /'; }

out=$($DRIVE -- "$DATABOT" --plain "$SAMPLE" <<'EOF2'
expect databot>
send how many customers
expect SQL:
expect Run it?
send y
expect 2,500
expect databot>
send by country
expect Run it?
send
expect Germany
expect databot>
send how many products
expect Run it?
send n
expect databot>
send \tables
expect order_items
expect databot>
send \d orders
expect customer_id
expect databot>
send \sql SELECT count(*) AS n FROM categories
expect Run it?
send e
expect SQL>
key ctrl-a
key ctrl-k
send SELECT 40 + 2 AS answer
expect Run it?
send y
expect 42
expect databot>
send \sql DELETE FROM orders
expect read-only
expect databot>
send \bogus
expect Unknown command
expect databot>
send \q
EOF2
)
ok $? "a whole session runs" || show "$out"
like "$out" "-- reads about 2,500 rows: full scan of customers (2,500)" "the planner's estimate is shown before running"
like "$out" "2,500" "question answered after confirmation"
like "$out" "France" "follow-up 'by country' answered"
like "$out" "customer_id" "\\d describes a table"
like "$out" "42" "edited SQL ran"
[ -s "$TMPD/history" ]; ok $? "history file written"
like "$(cat "$TMPD/history")" "how many customers" "history holds the questions"

out=$($DRIVE -- "$DATABOT" --plain "$SAMPLE" <<'EOF2'
expect databot>
send \sql WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT count(*) FROM n
expect Run it?
send y
sleep 1
key ctrl-c
expect cancelled
expect databot>
type half a question
expect half a question
key ctrl-c
expect databot>
send \sql SELECT 'still here' AS s
expect Run it?
send y
expect still here
expect databot>
key ctrl-d
EOF2
)
ok $? "Ctrl-C cancels a running query and clears a line; the prompt stays" || show "$out"

out=$($DRIVE -- "$DATABOT" --plain -y "$SAMPLE" <<'EOF2'
expect databot>
send how many categories
expect 14
expect databot>
key ctrl-d
EOF2
)
ok $? "-y runs without asking" || show "$out"
unlike "$out" "Run it?" "-y: no confirmation prompt"

DATABOT_HISTFILE=/dev/null $DRIVE -- "$DATABOT" --plain "$SAMPLE" > /dev/null <<'EOF2'
expect databot>
send \q
EOF2
ok $? "DATABOT_HISTFILE=/dev/null disables history"
unset DATABOT_HISTFILE
$DRIVE -- "$DATABOT" --plain "$SAMPLE" > /dev/null <<'EOF2'
expect databot>
send how many orders
expect Run it?
send n
expect databot>
send \q
EOF2
[ -s "$XDG_STATE_HOME/databot/history" ]; ok $? "history goes under XDG_STATE_HOME by default"
perm=$(stat -c %a "$XDG_STATE_HOME/databot/history")
is "$perm" 600 "history file is private"
done_testing
