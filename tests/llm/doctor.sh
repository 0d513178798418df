# doctor.sh: `databot doctor` checks the configured model for real: it
# reaches the local stand-in provider with the key, says when the key is
# missing or the server is down, and never shows the key.
. "$SRCDIR/tests/cli/lib.sh"
. "$SRCDIR/tests/llm/fake.sh"

KEY=sk-test-doctor-0123456789
start_fake dr "{\"key\":\"$KEY\",\"replies\":[{\"sql\":\"OK\",\"stream\":false}]}"
out=$(OPENAI_API_KEY=$KEY "$DATABOT" --model "openai:gpt-4o" --base-url "$dr_URL" doctor 2>&1)
ok $? "doctor: a reachable model passes"
like "$out" "model: openai:gpt-4o at" "  and is named"
is "$(requests dr)" 1 "  with one request"
unlike "$out" "$KEY" "  the key is never shown"
out=$("$DATABOT" --model "openai:gpt-4o" doctor 2>&1)
is $? 1 "doctor: a missing key is a problem"
like "$out" "OPENAI_API_KEY" "  naming the variable to set"
out=$(OPENAI_API_KEY=$KEY "$DATABOT" --model "openai:m" --base-url "http://127.0.0.1:9/v1" doctor 2>&1)
is $? 1 "doctor: an unreachable server is a problem"
like "$out" "fix:" "  with a fix"
out=$("$DATABOT" --offline --model "openai:gpt-4o" doctor 2>&1)
ok $? "doctor --offline does not try the model"
like "$out" "--offline" "  and says so"
done_testing
