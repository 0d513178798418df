# scanlimit.sh: the scan limit in the full-screen interface: a plan whose
# full scans read more than --max-scan-rows shows a warning on the SQL
# pane's verdict line; Enter asks again (y/N), n keeps it unrun, y runs it.
. "$SRCDIR/tests/tui/tlib.sh"
BIG="$TMPD/big.sqlite"
"$SQLITE3" "$BIG" "CREATE TABLE big(id INTEGER PRIMARY KEY, grp INTEGER);
WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 3000)
INSERT INTO big SELECT x, x % 3 FROM c;"
ok $? "a database with a 3,000-row table"

start 100 24 xterm-256color -- --max-scan-rows 1000 "$BIG"
see "ask>" "started"
type_text '\sql SELECT grp, count(*) AS n FROM big GROUP BY grp'
keys Enter
see "over --max-scan-rows: Enter asks before running" "the verdict line warns of the scan"
keys Enter
see "run anyway? [y/N]" "Enter asks again"
keys n
see "Enter asks before running" "n does not run it"
unlike "$(screen)" "1,000" "  nothing ran"
keys Enter
see "run anyway? [y/N]" "asked again"
keys y
see "1,000" "y runs it"
keys C-d
restored "quit"

done_testing
