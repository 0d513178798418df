# cache.sh: the same question on the same schema and model is answered
# from the cache under $XDG_CACHE_HOME/databot without a request; --no-cache
# asks again; another model or another question is another key.
. "$SRCDIR/tests/cli/lib.sh"
. "$SRCDIR/tests/llm/fake.sh"

Q='how many orders are there'
SQL='SELECT count(*) AS n FROM orders'
start_fake c "{\"replies\":[{\"sql\":\"$SQL\"}]}"
run() { "$DATABOT" -f json "$@" "$SAMPLE" 2>/dev/null; }

out=$(run --model "openai:m@$c_URL" -e "$Q")
is "$(jfield "$out" source)" "openai:m" "first time: the model answers"
test -s "$XDG_CACHE_HOME/databot/llm-cache.sqlite"
ok $? "the cache file is under XDG_CACHE_HOME/databot"
out=$(run --model "openai:m@$c_URL" -e "$Q")
is "$(requests c)" 1 "second time: no request"
is "$(jfield "$out" source)" "cache" "second time: from the cache"
is "$(jfield "$out" rows)" "[[27089]]" "the cached SQL runs"
is "$(jfield "$out" tokens_in)" 0 "a cache hit costs no tokens"
out=$(run --model "openai:m@$c_URL" -e "  How many orders are there")
is "$(requests c)" 2 "another question text: a request"
run --model "openai:m@$c_URL" --no-cache -e "$Q" >/dev/null
is "$(requests c)" 3 "--no-cache: a request"
run --model "openai:other@$c_URL" -e "$Q" >/dev/null
is "$(requests c)" 4 "another model: a request"
perm=$(stat -c %a "$XDG_CACHE_HOME/databot/llm-cache.sqlite")
is "$perm" 600 "the cache file is private (0600)"
stop_fakes

done_testing
