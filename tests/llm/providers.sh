# providers.sh: databot asks a real HTTP server on 127.0.0.1 playing each
# provider format (OpenAI chat completions, Anthropic messages), whole and
# streamed, and runs the SQL it gets; the requests have the right shape
# (model, temperature 0, bounded tokens, the schema, the key in the header).
. "$SRCDIR/tests/cli/lib.sh"
. "$SRCDIR/tests/llm/fake.sh"

KEY=sk-test-providers-0123456789
Q='how many orders are there'
SQL='SELECT count(*) AS n FROM orders'

start_fake oa "{\"key\":\"$KEY\",\"replies\":[{\"sql\":\"$SQL\"}]}"
out=$(OPENAI_API_KEY=$KEY "$DATABOT" --no-cache --model openai:gpt-4o --base-url "$oa_URL" -f json -e "$Q" "$SAMPLE" 2>"$TMPD/err")
ok $? "openai format: exits 0"
is "$(jfield "$out" sql)" "$SQL" "openai format: runs the model's SQL"
is "$(jfield "$out" rows)" "[[27089]]" "openai format: answers"
is "$(jfield "$out" source)" "openai:gpt-4o" "JSON names the source"
is "$(jfield "$out" tokens_in)/$(jfield "$out" tokens_out)" "120/30" "JSON has tokens in and out"
like "$(jfield "$out" cost)" "0.0006" "JSON has the cost from the price table"
is "$(requests oa)" 1 "one request"
is "$(logged oa 1 model)" '"gpt-4o"' "request names the model"
is "$(logged oa 1 temperature)" 0 "temperature 0"
is "$(logged oa 1 max_tokens)" 1024 "output tokens bounded"
is "$(logged oa 1 auth)" '"ok"' "key sent as a bearer token"
is "$(logged oa 1 stream)" true "streamed (progress shown)"
like "$(logged oa 1 prompt)" "CREATE TABLE orders" "prompt holds the retrieved schema"
like "$(logged oa 1 prompt)" "The database is SQLite" "prompt holds the dialect's rules"
like "$(logged oa 1 prompt)" "Question: $Q" "prompt holds the question"
stop_fakes

# a whole (not streamed) JSON reply is read too
start_fake oa2 "{\"replies\":[{\"sql\":\"$SQL\",\"stream\":false}]}"
out=$("$DATABOT" --no-cache --model "ollama:qwen2.5-coder@$oa2_URL" -f json -e "$Q" "$SAMPLE" 2>/dev/null)
is "$(jfield "$out" rows)" "[[27089]]" "non-streamed reply: answers"
is "$(logged oa2 1 auth)" '"none"' "local server (ollama): no key sent"
is "$(jfield "$out" cost)" "0.0" "local model costs nothing"
stop_fakes

# Anthropic's Messages API, streamed and whole
AKEY=sk-ant-test-0123456789
start_fake an "{\"key\":\"$AKEY\",\"replies\":[{\"sql\":\"$SQL\"},{\"sql\":\"$SQL\",\"stream\":false}]}"
out=$(ANTHROPIC_API_KEY=$AKEY "$DATABOT" --no-cache --model anthropic:claude-sonnet-4-5 --base-url "$an_URL" -f json -e "$Q" -e "$Q again" "$SAMPLE" 2>/dev/null)
ok $? "anthropic format: exits 0"
is "$(printf '%s\n' "$out" | sed -n 1p | "$PYTHON3" -c 'import json,sys; print(json.load(sys.stdin)["rows"])')" "[[27089]]" "anthropic streamed: answers"
is "$(printf '%s\n' "$out" | sed -n 2p | "$PYTHON3" -c 'import json,sys; print(json.load(sys.stdin)["rows"])')" "[[27089]]" "anthropic whole: answers"
is "$(logged an 1 path)" '"/v1/messages"' "anthropic: POST /messages"
is "$(logged an 1 auth)" '"ok"' "anthropic: key in x-api-key"
is "$(logged an 1 anthropic_version)" '"2023-06-01"' "anthropic: version header"
like "$(jfield "$out" source)" "anthropic:claude-sonnet-4-5" "anthropic: source"
stop_fakes

# SQL in prose, in a bare fence, after reasoning
for text in 'Sure! SELECT count(*) AS n FROM orders; That counts them.' \
            '```\nSELECT count(*) AS n FROM orders\n```' \
            '<think>SELECT nothing FROM nowhere</think>The answer: ```sql\nSELECT count(*) AS n FROM orders;\n```'; do
    json=$(printf '%s' "$text" | "$PYTHON3" -c 'import json,sys; print(json.dumps({"replies":[{"text":sys.stdin.read().replace("\\n","\n")}]}))')
    start_fake px "$json"
    out=$("$DATABOT" --no-cache --model "vllm:m@$px_URL" -f json -e "$Q" "$SAMPLE" 2>/dev/null)
    is "$(jfield "$out" sql)" "$SQL" "SQL extracted from: $(printf '%s' "$text" | head -c 40)"
    stop_fakes
done

# --offline: no request at all, the built-in engine answers
start_fake off "{\"replies\":[{\"sql\":\"$SQL\"}]}"
out=$("$DATABOT" --offline --model "openai:gpt-4o@$off_URL" -f json -e "$Q" "$SAMPLE" 2>/dev/null)
ok $? "--offline: exits 0"
is "$(jfield "$out" source)" "engine" "--offline: the built-in engine answers"
is "$(requests off)" 0 "--offline: no request"
# DATABOT_MODEL is read from the environment like --model
out=$(DATABOT_MODEL="openai:gpt-4o@$off_URL" "$DATABOT" --no-cache -f json -e "$Q" "$SAMPLE" 2>/dev/null)
is "$(requests off)" 1 "DATABOT_MODEL selects the model"
stop_fakes

# a bad model spec is a usage error
"$DATABOT" --model gpt-4o -e "$Q" "$SAMPLE" >/dev/null 2>"$TMPD/err"
is "$?" 2 "--model without a provider: exit 2"
like "$(cat "$TMPD/err")" "PROVIDER:MODEL" "and says how to write it"

done_testing
