# threshold.sh: with a model configured, a question the built-in engine is
# confident about (--engine-threshold, default 90) is answered with no
# request; a vague one goes to the model; 101 always asks the model. The
# config file's engine-threshold setting works the same way.
. "$SRCDIR/tests/cli/lib.sh"
. "$SRCDIR/tests/llm/fake.sh"
unset DATABOT_ENGINE_THRESHOLD

SURE='how many orders are there'
VAGUE='which of our things did the folks like most'
SQL='SELECT count(*) AS n FROM products'
start_fake t "{\"replies\":[{\"sql\":\"$SQL\"}]}"
run() { "$DATABOT" --no-cache --no-memory -f json "$@" "$SAMPLE" 2>"$TMPD/err"; }

out=$(run --model "openai:m@$t_URL" -e "$SURE")
ok $? "a confident question: exits 0"
is "$(requests t)" 0 "a confident question: no request (default threshold)"
is "$(jfield "$out" source)" "engine" "  the engine wrote the SQL"
is "$(jfield "$out" rows)" "[[27089]]" "  and it answers"
like "$(jfield "$out" note)" "confident" "  the note says why no model was asked"
is "$(jfield "$out" tokens_in)" 0 "  no tokens"

out=$(run --model "openai:m@$t_URL" -e "$VAGUE")
is "$(requests t)" 1 "a vague question: one request"
is "$(jfield "$out" source)" "openai:m" "  the model wrote the SQL"

run --model "openai:m@$t_URL" --engine-threshold 101 -e "$SURE" >/dev/null
is "$(requests t)" 2 "--engine-threshold 101: the model is always asked"

run --model "openai:m@$t_URL" --engine-threshold 0 -e "$SURE" -e "$VAGUE" >/dev/null
is "$(requests t)" 3 "--engine-threshold 0: only what the engine cannot read goes to the model"

mkdir -p "$XDG_CONFIG_HOME/databot"
printf 'engine-threshold = 101\n' >"$XDG_CONFIG_HOME/databot/config"
run --model "openai:m@$t_URL" -e "$SURE" >/dev/null
is "$(requests t)" 4 "engine-threshold in the config file"
rm -f "$XDG_CONFIG_HOME/databot/config"

DATABOT_ENGINE_THRESHOLD=101 run --model "openai:m@$t_URL" -e "$SURE" >/dev/null
is "$(requests t)" 5 "DATABOT_ENGINE_THRESHOLD in the environment"

run --model "openai:m@$t_URL" --engine-threshold 102 -e "$SURE" >/dev/null
is $? 2 "--engine-threshold above 101: a usage error"
like "$(cat "$TMPD/err")" "0 to 101" "  the message says the range"

run --offline --model "openai:m@$t_URL" -e "$VAGUE" >/dev/null
is "$(requests t)" 5 "--offline: no request whatever the engine's confidence"
stop_fakes

done_testing
