# charts.sh: the chart and the insights under a table, in batch mode:
# chosen by shape, overridden by --chart, drawn in ASCII without UTF-8,
# coloured only when asked for, carried in JSON.
. "$SRCDIR/tests/cli/lib.sh"

Q="SELECT strftime('%Y-%m', order_date) AS month, count(*) AS orders FROM orders GROUP BY month ORDER BY month"
out=$("$DATABOT" --sql "$Q" "$SAMPLE"); ok $? "a time series"
like "$out" "(36 rows)" "the table comes first"
printf '%s\n' "$out" | LC_ALL=C grep -q "$(printf '\342[\240-\243]')"
ok $? "a line chart in braille follows"
like "$out" "Orders rose 279.1% from 441 in 2022-01 to 1,672 in 2024-12" "an insight gives the change, exactly"
like "$out" "2024-11 (1,506)" "and names the months that stand out"

out=$("$DATABOT" --chart none --sql "$Q" "$SAMPLE")
printf '%s\n' "$out" | LC_ALL=C grep -q "$(printf '\342[\240-\243]')"
[ $? -ne 0 ]; ok $? "--chart none: no chart"
out=$("$DATABOT" --chart bar --sql "SELECT status, count(*) AS n FROM orders GROUP BY status" "$SAMPLE")
like "$out" "delivered" "--chart bar draws bars with labels"
printf '%s\n' "$out" | grep -q "█"; ok $? "  in eighth blocks"
err=$("$DATABOT" --chart scatter --sql "SELECT status FROM orders LIMIT 3" "$SAMPLE" 2>&1 >/dev/null)
like "$err" "cannot draw" "a chart that cannot be drawn says why"
err=$("$DATABOT" --chart pizza --sql "SELECT 1" "$SAMPLE" 2>&1 >/dev/null)
like "$err" "unknown chart type" "an unknown chart type says so"

out=$(LC_ALL=C "$DATABOT" --sql "$Q" "$SAMPLE")
printf '%s' "$out" | LC_ALL=C grep -q "$(printf '[\200-\377]')"
[ $? -ne 0 ]; ok $? "ASCII chart and insights in the C locale"

out=$("$DATABOT" --sql "$Q" "$SAMPLE")
unlike "$out" "$(printf '\033[')" "no colour when output is not a terminal"

out=$("$DATABOT" --format json --sql "$Q" "$SAMPLE")
"$PYTHON3" -c "
import json, sys
o = json.loads(sys.argv[1])
assert o['chart']['type'] == 'line', o['chart']['type']
assert len(o['chart']['series'][0]['values']) == 36
assert isinstance(o['insights'], list) and o['insights'], o['insights']
assert all(set(i) >= {'kind', 'sentence', 'confidence'} for i in o['insights'])
" "$out"
ok $? "JSON carries the chart type, its series and the insights"

out=$("$DATABOT" --format json -e "how many customers" "$SAMPLE")
like "$out" '"type":"kpi"' "a single value is a KPI card"
n=$("$DATABOT" --sql "SELECT 12345 AS n" "$SAMPLE" | grep -c "12,345")
is "$n" 1 "  which the table already shows: the value is printed once"
n=$("$DATABOT" --chart kpi --sql "SELECT 12345 AS n" "$SAMPLE" | grep -c "12,345")
is "$n" 2 "  and its card too when --chart kpi asks for it"
out=$("$DATABOT" --format json --sql "SELECT name FROM categories" "$SAMPLE")
like "$out" '"type":"none"' "text only: no chart"
done_testing
