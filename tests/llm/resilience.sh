# resilience.sh: every way a provider fails ends in an answer, a fallback
# or a clear error: 429 with Retry-After, 500s, a hang past the timeout,
# garbage, invalid JSON, a truncated body, a stream cut in the middle, a
# 10 MB reply; the circuit breaker stops asking a dead endpoint; the
# fallback chain goes to the next model, then to the built-in engine.
. "$SRCDIR/tests/cli/lib.sh"
. "$SRCDIR/tests/llm/fake.sh"

Q='how many orders are there'
SQL='SELECT count(*) AS n FROM orders'
ask() {   # ask URL [flags...]: one question, JSON out
    url=$1; shift
    "$DATABOT" --no-cache --model "openai:m@$url" -f json "$@" -e "$Q" "$SAMPLE" 2>"$TMPD/err"
}

# 429 with Retry-After, then an answer
start_fake rl "{\"replies\":[{\"status\":429,\"headers\":{\"Retry-After\":\"1\"},\"message\":\"slow down\"},{\"sql\":\"$SQL\"}]}"
out=$(ask "$rl_URL")
is "$(jfield "$out" source)" "openai:m" "429 then 200: the model answers"
is "$(requests rl)" 2 "429: retried once"
like "$(cat "$TMPD/err")" "HTTP 429" "the retry is reported on stderr"
like "$(cat "$TMPD/err")" "retrying in 1.0 s" "Retry-After sets the wait"
stop_fakes

# 500s: retries (2), then the built-in engine
start_fake e5 '{"replies":[{"status":500,"message":"boom"}]}'
out=$(ask "$e5_URL")
ok $? "500s: still exits 0"
is "$(jfield "$out" source)" "engine" "500s: the built-in engine answers"
is "$(jfield "$out" rows)" "[[27089]]" "500s: right answer"
is "$(requests e5)" 3 "500s: one try and two retries"
like "$(jfield "$out" note)" "HTTP 500" "the note says why the model was not used"

# the circuit breaker: after 3 failed questions the endpoint is skipped
"$DATABOT" --no-cache --model "openai:m@$e5_URL" -f json -e "$Q" -e "$Q" -e "$Q" -e "$Q" "$SAMPLE" >"$TMPD/out" 2>/dev/null
ok $? "breaker: four questions answered"
is "$(requests e5)" 12 "breaker: the fourth question makes no request (3+9)"
like "$(sed -n 4p "$TMPD/out")" "circuit open" "breaker: the note says the circuit is open"
stop_fakes

# a hang past --llm-timeout
start_fake hang "{\"replies\":[{\"delay\":30,\"sql\":\"$SQL\"}]}"
out=$("$DATABOT" --no-cache --model "openai:m@$hang_URL" --llm-timeout 0.5 -f json -e "$Q" "$SAMPLE" 2>"$TMPD/err")
ok $? "hang: exits 0"
is "$(jfield "$out" source)" "engine" "hang: the built-in engine answers after the timeout"
like "$(jfield "$out" note)" "no reply from" "hang: the note says the model timed out"
stop_fakes

# broken replies: each ends in the built-in engine's answer
for r in '{"raw":"this is not json"}' '{"raw":"{\"choices\":[]}"}' '{"cut":true,"stream":false}' \
         '{"cut":true}' '{"text":"I cannot help with that."}' '{"pad":10500000,"stream":false}'; do
    start_fake br "{\"replies\":[$r]}"
    out=$(ask "$br_URL")
    st=$?
    is "$st/$(jfield "$out" source)/$(jfield "$out" rows)" "0/engine/[[27089]]" "broken reply $r: built-in engine answers"
    stop_fakes
done

# the fallback chain: the first model fails, the second answers
start_fake dead '{"replies":[{"status":503}]}'
start_fake good "{\"replies\":[{\"sql\":\"$SQL\"}]}"
out=$("$DATABOT" --no-cache --model "openai:first@$dead_URL" --fallback "ollama:second@$good_URL" -f json -e "$Q" "$SAMPLE" 2>/dev/null)
is "$(jfield "$out" source)" "ollama:second" "fallback: the next model answers"
like "$(jfield "$out" note)" "openai:first: HTTP 503" "fallback: the note says why"
is "$(requests good)" 1 "fallback: one request to the second"
stop_fakes

# nothing listens: connection refused, then the built-in engine
start_fake gone '{"replies":[]}'
url=$gone_URL
stop_fakes
out=$("$DATABOT" --no-cache --model "openai:m@$url" -f json -e "$Q" "$SAMPLE" 2>/dev/null)
is "$(jfield "$out" source)/$(jfield "$out" rows)" "engine/[[27089]]" "no server: the built-in engine answers"

# a question neither can answer: a clear error naming both
start_fake e4 '{"replies":[{"status":500}]}'
"$DATABOT" --no-cache --model "openai:m@$e4_URL" -e "xyzzy plugh" "$SAMPLE" >/dev/null 2>"$TMPD/err"
is "$?" 3 "nobody understands: exit 3"
like "$(cat "$TMPD/err")" "the models failed too" "the error names the model's failure too"
stop_fakes

done_testing
