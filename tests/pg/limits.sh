#!/bin/sh
# limits.sh: on a real PostgreSQL server, the scan limit (--max-scan-rows:
# rows the plan reads by Seq Scan, from the planner's estimate) refuses in
# batch mode and --force runs; the audit log records statements with the
# password masked out of a postgres:// URI.
set -u
. "$SRCDIR/tests/pg/common.sh"
LOG="$XDG_STATE_HOME/databot/audit.jsonl"

out=$(db --max-scan-rows 10000 --format csv --sql "SELECT count(*) AS n FROM orders" 2>&1)
is "$?" 4 "a Seq Scan of orders (27,089 rows) over --max-scan-rows 10000: exit 4"
like "$out" "27,089 rows" "  the message says what it would read"
like "$out" "--force" "  and what to do"
out=$(db --max-scan-rows 10000 --force --format csv --sql "SELECT count(*) AS n FROM orders" 2>&1)
is "$out" "n
27089" "--force runs it"
out=$(db --max-scan-rows 10000 --format csv --sql "SELECT id FROM orders WHERE id = 5" 2>&1)
is "$out" "id
5" "an index scan is not limited"
out=$(db --format csv --sql "SELECT count(*) AS n FROM orders" 2>&1)
is "$out" "n
27089" "the default limit lets the sample run"

out=$(t_timeout 60 "$DATABOT" -q --format csv --sql "SELECT 1 AS one" \
      "postgres://postgres:hunter2@/shop?host=$PGHOST&port=$PGPORT" </dev/null 2>&1 | tr -d '\r')
is "$out" "one
1" "a URI with a password"
last=$(tail -1 "$LOG")
unlike "$last" "hunter2" "  the password is not in the audit log"
like "$last" '"database":"postgres://postgres:***@/shop' "  the database is named, masked"
like "$last" '"outcome":"ok"' "  the statement is logged"
"$PYTHON3" -c 'import json,sys
[json.loads(l) for l in open(sys.argv[1])]' "$LOG"
ok $? "every audit line is JSON"

done_testing
