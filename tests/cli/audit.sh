# audit.sh: the audit log: one JSON line per executed statement in
# $XDG_STATE_HOME/databot/audit.jsonl (mode 0600, folder 0700) for questions,
# --sql, the CSV stream, the prompt; refusals and errors recorded with their
# reason; passwords masked; --no-audit writes nothing.
. "$SRCDIR/tests/cli/lib.sh"
PYTHON3=${PYTHON3:-python3}
LOG="$XDG_STATE_HOME/databot/audit.jsonl"
lines() { if [ -f "$LOG" ]; then wc -l <"$LOG" | tr -d ' '; else echo 0; fi; }
# field N KEY: the KEY of the Nth line (1-based; -1 the last) as JSON
field() {
    "$PYTHON3" -c 'import json,sys
rows=[json.loads(l) for l in open(sys.argv[1])]
print(json.dumps(rows[int(sys.argv[2]) - (1 if int(sys.argv[2]) > 0 else 0)][sys.argv[3]]))' "$LOG" "$1" "$2"
}

[ ! -e "$LOG" ]; ok $? "no log before anything ran"

"$DATABOT" -q -e "how many customers" "$SAMPLE" >/dev/null 2>&1; ok $? "a question runs"
is "$(lines)" 1 "  one line in the log"
is "$(field -1 question)" '"how many customers"' "  the question"
is "$(field -1 source)" '"engine"' "  source: engine"
is "$(field -1 rows)" 1 "  rows"
is "$(field -1 outcome)" '"ok"' "  outcome ok"
like "$(field -1 sql)" "FROM customers" "  the SQL"
is "$(field -1 database)" "\"$SAMPLE\"" "  the database"
is "$(field -1 user)" "\"$(id -un)\"" "  the user running databot"
like "$(field -1 time)" "Z\"" "  time in UTC"
is "$(stat -c %a "$LOG")" 600 "the log is mode 0600"
is "$(stat -c %a "$XDG_STATE_HOME/databot")" 700 "its folder is mode 0700"

"$DATABOT" -q --max-rows 5 --sql "SELECT id FROM orders" "$SAMPLE" >/dev/null 2>&1
is "$(lines)" 2 "--sql: logged"
is "$(field -1 question)" null "  question null for SQL the person wrote"
is "$(field -1 source)" '"sql"' "  source: sql"
is "$(field -1 outcome)" '"truncated"' "  outcome truncated at the row cap"
is "$(field -1 rows)" 5 "  rows as returned"

"$DATABOT" -q -f csv --sql "SELECT 40 + 2 AS answer" "$SAMPLE" >/dev/null 2>&1
is "$(lines)" 3 "the streamed CSV answer is logged too"
is "$(field -1 rows)" 1 "  with its rows"

"$DATABOT" -q --sql "DELETE FROM orders" "$SAMPLE" >/dev/null 2>&1; is $? 4 "a write is refused"
is "$(lines)" 4 "  and logged"
like "$(field -1 outcome)" '"refused: ' "  outcome refused: with the reason"
is "$(field -1 sql)" '"DELETE FROM orders"' "  the refused SQL"
is "$(field -1 rows)" null "  no rows"

endless="WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT count(*) FROM n"
"$DATABOT" -q --max-scan-rows 0 --timeout 0.3 --sql "$endless" "$SAMPLE" >/dev/null 2>&1; is $? 1 "the time limit ends a query"
is "$(lines)" 5 "  logged"
like "$(field -1 outcome)" '"error: ' "  outcome error:"
like "$(field -1 outcome)" "time limit" "  naming the time limit"

"$DATABOT" -q --no-audit -e "how many orders" --sql "DELETE FROM orders" "$SAMPLE" >/dev/null 2>&1
is "$(lines)" 5 "--no-audit: nothing logged"
printf 'no-audit = true\n' >"$TMPD/conf" && mkdir -p "$XDG_CONFIG_HOME/databot" &&
    cp "$TMPD/conf" "$XDG_CONFIG_HOME/databot/config"
"$DATABOT" -q -e "how many orders" "$SAMPLE" >/dev/null 2>&1
is "$(lines)" 5 "no-audit in the config file too"
rm -f "$XDG_CONFIG_HOME/databot/config"

# a password in the target never reaches the log
mkdir -p "$TMPD/dir password=hunter2 x"
cp "$SAMPLE" "$TMPD/dir password=hunter2 x/shop.sqlite"
"$DATABOT" -q --sql "SELECT 1 AS one" "$TMPD/dir password=hunter2 x/shop.sqlite" >/dev/null 2>&1
is "$(lines)" 6 "a target with a password: logged"
unlike "$(cat "$LOG")" "hunter2" "  the password is not in the log"
like "$(field -1 database)" "password=***" "  it is masked"

# the prompt: a confirmed question is logged, a declined one is not
if [ -n "$PYTHON3" ] && "$PYTHON3" -c 'import pty' 2>/dev/null; then
    out=$("$PYTHON3" "$SRCDIR/tests/cli/drive_tty.py" -- "$DATABOT" --plain "$SAMPLE" <<'EOF2'
expect databot>
send how many products
expect Run it?
send n
expect databot>
send how many categories
expect Run it?
send y
expect databot>
send \q
EOF2
)
    ok $? "a session at the prompt" || printf '%s\n' "$out" | tail -20 | sed 's/^/#   /'
    is "$(lines)" 7 "  only the question that ran is logged"
    is "$(field -1 question)" '"how many categories"' "  that one"
else
    for i in 1 2 3; do echo "ok $((T_N + i)) # SKIP no python3 pty"; done; T_N=$((T_N + 3))
fi

"$PYTHON3" - "$LOG" <<'PY'
import json, re, sys
keys = ["time", "user", "database", "question", "sql", "source", "rows", "duration_ms", "outcome"]
for n, line in enumerate(open(sys.argv[1]), 1):
    row = json.loads(line)
    assert list(row) == keys, (n, list(row))
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z", row["time"]), row["time"]
    assert row["duration_ms"] is None or row["duration_ms"] >= 0
    assert re.match(r"(ok|truncated|cancelled|error: .+|refused: .+)$", row["outcome"]), row["outcome"]
PY
ok $? "every line is valid JSON with the same fields"

"$DATABOT" purge --yes </dev/null >/dev/null 2>&1
[ ! -e "$LOG" ]; ok $? "databot purge deletes the log"

done_testing
