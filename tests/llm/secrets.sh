# secrets.sh: API keys never reach the screen, errors, JSON output, the
# history file, the cache or the memory, even when the server echoes the
# key back in its error; Ctrl-C cancels a request; \stats and memory.
. "$SRCDIR/tests/cli/lib.sh"
. "$SRCDIR/tests/llm/fake.sh"
DRIVE="$PYTHON3 $SRCDIR/tests/cli/drive_tty.py"

KEY=sk-test-SECRET-9f8e7d6c5b4a
Q='how many orders are there'
SQL='SELECT count(*) AS n FROM orders'

# the server wants another key and echoes the one it got
start_fake k '{"key":"sk-the-right-one","replies":[{"sql":"SELECT 1"}]}'
OPENAI_API_KEY=$KEY "$DATABOT" --model "openai:m@$k_URL" -e "$Q" "$SAMPLE" >"$TMPD/o1" 2>"$TMPD/e1"
OPENAI_API_KEY=$KEY "$DATABOT" --model "openai:m@$k_URL" -f json -e "$Q" "$SAMPLE" >"$TMPD/o2" 2>"$TMPD/e2"
OPENAI_API_KEY=$KEY "$DATABOT" --model "openai:m@$k_URL" -e "xyzzy plugh" "$SAMPLE" >"$TMPD/o3" 2>"$TMPD/e3"
is "$(logged k 1 auth)" '"wrong"' "the key was sent (and refused)"
like "$(cat "$TMPD/o2")" "HTTP 401" "the refusal is reported"
like "$(cat "$TMPD/o2")" "check OPENAI_API_KEY" "with what to check"
stop_fakes

# a working key through a REPL session: history, cache, memory
start_fake r "{\"key\":\"$KEY\",\"replies\":[{\"sql\":\"$SQL\"}]}"
out=$(OPENAI_API_KEY=$KEY $DRIVE -- "$DATABOT" --plain --model "openai:m@$r_URL" "$SAMPLE" <<EOF2
expect databot>
send $Q
expect Run it?
send y
expect 27,089
expect databot>
send \\stats
expect cost
send \\q
EOF2
)
ok $? "REPL session with a model"
like "$out" "model requests 1" "\\stats counts the request"
like "$out" "tokens in 120, out 30" "\\stats counts the tokens"
printf '%s\n' "$out" >"$TMPD/o4"
test -s "$XDG_DATA_HOME/databot/memory.sqlite"
ok $? "the confirmed question is remembered under XDG_DATA_HOME/databot"

leaks=$(grep -rl -a -F -e "$KEY" "$TMPD"/o* "$TMPD"/e* "$XDG_STATE_HOME" "$XDG_DATA_HOME" "$XDG_CACHE_HOME" 2>/dev/null)
is "$leaks" "" "the key appears in no output, error, history, cache or memory file"

# memory: the exact question again is answered without a request
n=$(requests r)
out=$(OPENAI_API_KEY=$KEY "$DATABOT" --no-cache --model "openai:m@$r_URL" -f json -e "$Q" "$SAMPLE" 2>/dev/null)
is "$(jfield "$out" source)" "memory" "a confirmed question is answered from memory"
is "$(requests r)" "$n" "without a request"
# a similar question gets the remembered pair as an example
OPENAI_API_KEY=$KEY "$DATABOT" --no-cache --model "openai:m@$r_URL" -f json -e "how many orders were cancelled" "$SAMPLE" >/dev/null 2>&1
like "$(logged r "$(requests r)" prompt)" "Q: $Q" "a similar question gets it as a few-shot example"
OPENAI_API_KEY=$KEY "$DATABOT" --no-cache --no-memory --model "openai:m@$r_URL" -f json -e "$Q" "$SAMPLE" >/dev/null 2>&1
is "$(requests r)" "$((n + 2))" "--no-memory asks the model"
stop_fakes

# Ctrl-C cancels a request that hangs
start_fake h "{\"replies\":[{\"delay\":20,\"sql\":\"$SQL\"}]}"
"$DATABOT" --no-cache --no-memory --model "openai:m@$h_URL" -e "$Q" "$SAMPLE" >/dev/null 2>"$TMPD/ec" &
pid=$!
i=0
while [ "$(requests h)" = 0 ] && [ $i -lt 100 ]; do sleep 0.1; i=$((i + 1)); done
kill -INT $pid
wait $pid
is "$?" 130 "Ctrl-C during a model request: exit 130"
unlike "$(cat "$TMPD/ec")" "built-in engine" "and no fallback runs after it"
stop_fakes

done_testing
