# prompt.sh: --show-prompt (batch) and \prompt (the prompt) show exactly
# what would be sent to the model for a question, and send nothing: no
# request, no query run, and never a key.
. "$SRCDIR/tests/cli/lib.sh"
. "$SRCDIR/tests/llm/fake.sh"
: "${DRIVE:=$PYTHON3 $SRCDIR/tests/cli/drive_tty.py}"

KEY=sk-test-prompt-0123456789
Q='how many orders are there'
start_fake p "{\"key\":\"$KEY\",\"replies\":[{\"sql\":\"SELECT 1\"}]}"

out=$(OPENAI_API_KEY=$KEY "$DATABOT" --show-prompt --model "openai:gpt-4o" --base-url "$p_URL" \
      -e "$Q" "$SAMPLE" 2>"$TMPD/err")
ok $? "--show-prompt: exits 0"
is "$(requests p)" 0 "  no request is made"
like "$out" "--- to openai:gpt-4o at $p_URL ---" "  it says where the prompt would go"
like "$out" "--- system ---" "  the system message"
like "$out" "The database is SQLite" "  with the dialect's rules"
like "$out" "CREATE TABLE orders" "  the retrieved schema"
like "$out" "Question: $Q" "  the question"
unlike "$out" "27,089" "  no query is run (no answer table)"
unlike "$out$(cat "$TMPD/err")" "$KEY" "  the key is never shown"

out=$(OPENAI_API_KEY=$KEY "$DATABOT" --show-prompt --model "openai:gpt-4o" --base-url "$p_URL" \
      -e "$Q" -e "and only the shipped ones" "$SAMPLE" 2>/dev/null)
is "$(printf '%s\n' "$out" | grep -c -- '--- system ---')" 2 "one prompt per question"

# --no-sample-values: the schema without the database's values
Q2='revenue by country'
out=$(OPENAI_API_KEY=$KEY "$DATABOT" --show-prompt --model "openai:gpt-4o" --base-url "$p_URL" \
      -e "$Q2" "$SAMPLE" 2>/dev/null)
like "$out" "'Germany'" "the prompt shows sample values by default"
out=$(OPENAI_API_KEY=$KEY "$DATABOT" --show-prompt --no-sample-values --model "openai:gpt-4o" \
      --base-url "$p_URL" -e "$Q2" "$SAMPLE" 2>/dev/null)
like "$out" "CREATE TABLE customers" "--no-sample-values: the schema is still there"
unlike "$out" "'Germany'" "  without the values"
unlike "$out" "e.g." "  nor any example value"
start_fake q "{\"key\":\"$KEY\",\"replies\":[{\"sql\":\"SELECT 1\"}]}"
OPENAI_API_KEY=$KEY "$DATABOT" --no-sample-values --no-cache --no-memory --engine-threshold 101 \
    --model "openai:m" --base-url "$q_URL" -f json -e "$Q2" "$SAMPLE" >/dev/null 2>&1
is "$(requests q)" 1 "  a real question makes one request"
req=$(tail -1 "$TMPD/q.log")
like "$req" "CREATE TABLE customers" "  whose prompt has the schema"
unlike "$req" "Germany" "  and none of the values"

"$DATABOT" --show-prompt -e "$Q" "$SAMPLE" >"$TMPD/out" 2>"$TMPD/err"
is $? 2 "--show-prompt without a model: a usage error"
like "$(cat "$TMPD/err")" "no model is configured" "  saying nothing would be sent"
"$DATABOT" --offline --show-prompt --model "openai:m@$p_URL" -e "$Q" "$SAMPLE" >/dev/null 2>"$TMPD/err"
is $? 2 "--show-prompt with --offline: a usage error"

out=$(OPENAI_API_KEY=$KEY $DRIVE -- "$DATABOT" --plain --model "openai:gpt-4o" --base-url "$p_URL" "$SAMPLE" <<EOF2
expect databot>
send \\prompt $Q
expect Question: $Q
expect databot>
send \\prompt
expect Usage
send \\q
EOF2
)
ok $? "\\prompt QUESTION at the prompt"
like "$out" "CREATE TABLE orders" "  shows the schema that would be sent"
is "$(requests p)" 0 "  and sends nothing"
unlike "$out" "$KEY" "  never the key"
stop_fakes

done_testing
