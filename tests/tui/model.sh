# model.sh: the full-screen interface with a language model (a local HTTP
# server standing in for the provider): the status bar names the model and
# the tokens an answer cost, and says when an answer came from the cache.
. "$SRCDIR/tests/tui/tlib.sh"
. "$SRCDIR/tests/llm/fake.sh"
trap 'tm kill-server >/dev/null 2>&1; stop_fakes; rm -rf "$TMPD"' EXIT

KEY=sk-test-tui-0123456789
SQL='SELECT count(*) AS n FROM orders'
start_fake tm "{\"key\":\"$KEY\",\"replies\":[{\"sql\":\"$SQL\"}]}"
start 100 30 xterm-256color "OPENAI_API_KEY=$KEY" -- -y --model "openai:gpt-4o" --base-url "$tm_URL" "$SAMPLE"
see "openai:gpt-4o" "the status bar names the model"
type_text "how many orders are there"
keys Enter
see "27,089" "the model's SQL ran"
see "150 tokens" "the status bar shows the tokens the answer cost"
keys C-d
restored "model session"

# a new session: the same first question is answered from the cache
start 100 30 xterm-256color "OPENAI_API_KEY=$KEY" -- -y --model "openai:gpt-4o" --base-url "$tm_URL" "$SAMPLE"
see "openai:gpt-4o" "a second session"
type_text "how many orders are there"
keys Enter
see "cached" "the same question is answered from the cache, and the status bar says so"
is "$(requests tm)" 1 "  without a second request"
unlike "$(screen)" "$KEY" "the key never shows"
keys C-d
restored "second session"
done_testing
