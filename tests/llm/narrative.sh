# narrative.sh: --llm-insights sends the question, the SQL, the column names
# and the insight sentences (never the rows) to the model and shows its
# narrative after the insights (table) or as "narrative" (JSON); it is off
# by default and never used with --offline.
. "$SRCDIR/tests/cli/lib.sh"
. "$SRCDIR/tests/llm/fake.sh"

Q='revenue by country'
SQL='SELECT c.country, SUM(oi.quantity * oi.unit_price) AS revenue FROM order_items oi JOIN orders o ON o.id = oi.order_id JOIN customers c ON c.id = o.customer_id GROUP BY c.country ORDER BY revenue DESC'
STORY='Revenue is concentrated in a few countries. The United States alone brings in about a fifth of it.\nSuggestion: compare marketing spend per country.'
start_fake n "{\"replies\":[{\"sql\":\"$SQL\"},{\"text\":\"$STORY\"}]}"
run() { "$DATABOT" --no-cache --no-memory "$@" "$SAMPLE" 2>"$TMPD/err"; }

out=$(run -f json --model "openai:m@$n_URL" -e "$Q")
is "$(requests n)" 1 "off by default: only the SQL request"
is "$(jfield "$out" narrative)" "null" "  no narrative in JSON"

start_fake n2 "{\"replies\":[{\"sql\":\"$SQL\"},{\"text\":\"$STORY\"}]}"
out=$(run -f json --llm-insights --model "openai:m@$n2_URL" -e "$Q")
ok $? "--llm-insights: exits 0"
is "$(requests n2)" 2 "  one more request, for the narrative"
like "$(jfield "$out" narrative)" "Suggestion: compare marketing" "  JSON carries the narrative"
p=$(logged n2 2 prompt)
like "$p" "$Q" "  the narrative request holds the question"
like "$p" "GROUP BY c.country" "  and the SQL"
like "$p" "country, revenue" "  and the column names"
like "$p" "make 49.9% of revenue" "  and the insight sentences"
unlike "$p" "Germany" "  but no row value (Germany is in the rows, not the insights)"
unlike "$p" "626100" "  nor a number of the rows"
printf '%s\n' "$out" | "$PYTHON3" -c '
import json, sys
d = json.loads(sys.stdin.readline())
said = " ".join(i["sentence"] for i in d["insights"])
prompt = json.loads(sys.argv[1])
leaked = [str(v) for r in d["rows"] for v in r if str(v) in prompt and str(v) not in said and len(str(v)) > 3]
sys.exit(1 if leaked else 0)' "$p"
ok $? "  no value of any row appears unless an insight sentence says it"

start_fake n3 "{\"replies\":[{\"sql\":\"$SQL\"},{\"text\":\"$STORY\"}]}"
out=$(run -f table --llm-insights --model "openai:m@$n3_URL" -e "$Q")
like "$out" "Suggestion: compare marketing" "table output shows the narrative"
ins=$(printf '%s\n' "$out" | grep -n "make 49.9%" | cut -d: -f1)
nar=$(printf '%s\n' "$out" | grep -n "Revenue is concentrated" | cut -d: -f1)
[ -n "$ins" ] && [ -n "$nar" ] && [ "$nar" -gt "$ins" ]
ok $? "  after the insights"

start_fake n4 "{\"replies\":[{\"sql\":\"$SQL\"},{\"status\":500,\"message\":\"down\"}]}"
out=$(run -f json --llm-insights --model "openai:m@$n4_URL" -e "$Q")
ok $? "a failing narrative request: still exits 0"
is "$(jfield "$out" rows | head -c 16)" '[["United States' "  with the answer"
is "$(jfield "$out" narrative)" "null" "  and no narrative"

out=$(run -f json --offline --llm-insights --model "openai:m@$n_URL" -e "$Q")
is "$(requests n)" 1 "--offline: no request, no narrative"
stop_fakes

done_testing
