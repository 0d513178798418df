# price.sh: --price MODEL=IN,OUT (dollars per million tokens, repeatable)
# and the config file's price setting give the cost of a model's tokens,
# over the built-in price table; a flag wins over the config file.
. "$SRCDIR/tests/cli/lib.sh"
. "$SRCDIR/tests/llm/fake.sh"

Q='how many orders are there'
start_fake c "{\"replies\":[{\"sql\":\"SELECT count(*) AS n FROM orders\",\"usage\":[120,30]}]}"
cost() { jfield "$("$DATABOT" --no-cache --no-memory -f json "$@" -e "$Q" "$SAMPLE" 2>"$TMPD/err")" cost; }

is "$(cost --model "openai:m@$c_URL")" "null" "an unknown model without a price: cost unknown"
is "$(cost --model "openai:m@$c_URL" --price "m=1000,2000")" "0.18" "--price MODEL=IN,OUT: 120 in, 30 out"
is "$(cost --model "openai:m@$c_URL" --price "m=1000/2000")" "0.18" "  IN/OUT is accepted too"
is "$(cost --model "openai:m@$c_URL" --price "other=1,1" --price "m=2000,0")" "0.24" "  repeatable: each model its price"
is "$(cost --model "openai:gpt-4o@$c_URL" --price "gpt-4o=0,0")" "0.0" "  over the built-in price table"
is "$(cost --model "openai:gpt-4o@$c_URL")" "0.0006" "  the built-in table otherwise"

mkdir -p "$XDG_CONFIG_HOME/databot"
printf 'price = m=1000,2000\n' >"$XDG_CONFIG_HOME/databot/config"
is "$(cost --model "openai:m@$c_URL")" "0.18" "price in the config file"
is "$(cost --model "openai:m@$c_URL" --price "m=0,1000")" "0.03" "  a --price flag wins over it"
rm -f "$XDG_CONFIG_HOME/databot/config"

for bad in "m" "m=1" "=1,2" "m=a,b" "m=-1,2" "m=1,2,3" "m=nan,1"; do
    "$DATABOT" --price "$bad" --model "openai:m@$c_URL" -e "$Q" "$SAMPLE" >/dev/null 2>"$TMPD/err"
    is $? 2 "--price '$bad': a usage error"
done
like "$(cat "$TMPD/err")" "MODEL=IN,OUT" "  the message shows the form"
stop_fakes

done_testing
