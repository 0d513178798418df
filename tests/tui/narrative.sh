# narrative.sh: the full-screen interface with a model (a local HTTP
# server standing in for the provider, tests/llm/fake_provider.py). With
# --llm-insights the model's narrative shows in the insight pane, after
# the computed insight sentences and under a line saying the model wrote
# it, scrolled into view with the wheel or j/k when the pane is short;
# without the flag there is none. \stats opens an overlay with the last
# question's model requests, tokens and cost (its SQL and its narrative)
# and the session's; the help overlay lists \stats, Ctrl-Z and the wheel.
. "$SRCDIR/tests/tui/tlib.sh"
. "$SRCDIR/tests/llm/fake.sh"
trap 'tm kill-server >/dev/null 2>&1; stop_fakes; rm -rf "$TMPD"' EXIT

Q='revenue by country'
SQL='SELECT c.country, SUM(oi.quantity * oi.unit_price) AS revenue FROM order_items oi JOIN orders o ON o.id = oi.order_id JOIN customers c ON c.id = o.customer_id GROUP BY c.country ORDER BY revenue DESC'
STORY='Revenue is concentrated in a few countries.\nSuggestion: compare marketing spend per country.'
REPLIES="[{\"sql\":\"$SQL\",\"usage\":[120,30]},{\"text\":\"$STORY\",\"usage\":[200,50]}]"
# m costs $1000 per million tokens in, $2000 out: the SQL $0.18, the narrative $0.30
ARGS="--no-cache --no-memory --price m=1000,2000"

start_fake n "{\"replies\":$REPLIES}"
start 160 40 xterm-256color -- -y $ARGS --llm-insights --model "openai:m@$n_URL" "$SAMPLE"
see "ask>" "starts with a model and --llm-insights"
type_text '\stats'
keys Enter
see " Model use " "\\stats opens its overlay"
s=$(screen)
like "$s" "Last question: none asked yet" "  before any question"
like "$s" "questions 0, model requests 0" "  the session's counts, all zero"
like "$s" "tokens in 0, out 0" "  no tokens"
keys q
wait_gone " Model use " 5
ok $? "  a key closes it"

type_text "$Q"
keys Enter
see "rows in" "the question is answered"
see "Insights" "the insight pane shows (wide layout)"
see "The model's reading (--llm-insights):" "the insight pane has the model's narrative, under a line saying so"
see "more below" "  its title says there is more below"
# scroll the insight pane to its end: Tab to it, then j
keys Tab Tab Tab Tab
for i in 1 2 3 4 5 6 7 8 9 10; do keys j; done
wait_gone "more below" 5
ok $? "  j scrolls to the end" || screen | sed 's/^/#   | /'
s=$(screen | sed 's/.*│//')
like "$s" "Revenue is concentrated in a few" "  the narrative's sentence"
like "$s" "Suggestion: compare marketing" "  and its suggestion, on a line of its own"
ins=$(screen | grep -n "make 49.9%" | head -1 | cut -d: -f1)
lab=$(screen | grep -n "The model's reading" | head -1 | cut -d: -f1)
sug=$(screen | grep -n "Suggestion: compare" | head -1 | cut -d: -f1)
[ -n "$lab" ] && [ -n "$sug" ] && [ "$sug" -gt "$lab" ] && { [ -z "$ins" ] || [ "$lab" -gt "$ins" ]; }
ok $? "  after the computed insight sentences (lines ${ins:-scrolled away}, $lab, $sug)"
keys Escape
is "$(requests n)" 2 "two requests: the SQL and the narrative"

type_text '\stats'
keys Enter
see " Model use " "\\stats after the question"
s=$(screen)
like "$s" "Last question: $Q" "  names the last question"
like "$s" "  model requests 2, cache hits 0, memory hits 0" "  its requests: the SQL and the narrative"
like "$s" "  tokens in 320, out 80" "  its tokens, the narrative's included"
like "$s" "  cost \$0.4800" "  its cost at the price given"
like "$s" "questions 1, model requests 2" "  the session's counts"
n=$(screen | grep -c "tokens in 320, out 80")
is "$n" 2 "  the session's tokens: the same, on a line of their own"
keys q
wait_gone " Model use " 5

keys F1
see " Keys " "the help overlay"
like "$(screen)" '\stats' "  lists \\stats"
like "$(screen)" "Ctrl-Z" "  and Ctrl-Z"
like "$(screen)" "mouse wheel" "  and the mouse wheel"
keys q
keys C-d
restored "with --llm-insights"
stop_fakes

# without --llm-insights: the insights only, one request
start_fake m "{\"replies\":$REPLIES}"
start 160 40 xterm-256color -- -y $ARGS --model "openai:m@$m_URL" "$SAMPLE"
see "ask>" "starts without --llm-insights"
type_text "$Q"
keys Enter
see "rows in" "answered"
see "make 49.9%" "the insight sentences show"
s=$(screen)
unlike "$s" "Revenue is concentrated" "no narrative"
unlike "$s" "The model's reading" "  and no line for one"
is "$(requests m)" 1 "one request, for the SQL"
keys C-d
restored "without --llm-insights"
done_testing
