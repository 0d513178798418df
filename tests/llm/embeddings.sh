# embeddings.sh: --embeddings PROVIDER:MODEL ranks the schema for the
# model's prompt with vectors too. The fake provider serves /v1/embeddings
# (a hashed bag of words where "hauler" and "consignment" mean "shipment"): the
# requests' shape, batching, the vectors cached under $XDG_CACHE_HOME, a
# question naming no table ranks the right one in, every failure falls back
# to words with a note and the answer still comes, --offline sends nothing,
# Anthropic is refused, the key shows nowhere.
. "$SRCDIR/tests/cli/lib.sh"
. "$SRCDIR/tests/llm/fake.sh"

KEY=sk-test-embed-0123456789
DB=$TMPD/wide.sqlite
# 70 tables nobody asks about (too many for the prompt's budget; the most
# central, with rows and keys, so they stand in when no word matches), and
# one whose words the question never uses
{
    for i in $(seq -w 0 69); do
        echo "CREATE TABLE ledger_$i (id INTEGER PRIMARY KEY, amount_a REAL, amount_b REAL," \
             "label_c TEXT, label_d TEXT, code_e TEXT, code_f TEXT, flag_g INTEGER," \
             "parent_id INTEGER REFERENCES ledger_00(id));"
        echo "INSERT INTO ledger_$i(amount_a) VALUES (1), (2), (3);"
    done
    echo "CREATE TABLE shipments (id INTEGER PRIMARY KEY, carrier TEXT, tracking_code TEXT," \
         "shipped_on TEXT, ledger_id INTEGER REFERENCES ledger_05(id));"
    echo "INSERT INTO shipments(carrier, tracking_code) VALUES ('DHL', 'X1'), ('UPS', 'X2');"
} | $SQLITE3 "$DB"
Q='which hauler moved the most consignments'
SQL='SELECT carrier, count(*) AS n FROM shipments GROUP BY carrier ORDER BY n DESC, carrier'
CONCEPTS='"concepts":{"hauler":"shipment","consignment":"shipment"}'
start_fake e "{\"key\":\"$KEY\",$CONCEPTS,\"replies\":[{\"sql\":\"$SQL\"}]}"
run() { OPENAI_API_KEY=$KEY "$DATABOT" -f json "$@" "$DB" 2>>"$TMPD/err"; }
emb() { grep -c '"/v1/embeddings"' "$TMPD/$1.log"; }
chat() { grep -c '"/v1/chat/completions"' "$TMPD/$1.log"; }
# elog NAME N FIELD: FIELD of the Nth embeddings request
elog() {
    grep '"/v1/embeddings"' "$TMPD/$1.log" | sed -n "${2}p" |
        "$PYTHON3" -c 'import json,sys; print(json.dumps(json.load(sys.stdin).get(sys.argv[1])))' "$3"
}

# words alone: the question names no table, so shipments stays out
out=$(OPENAI_API_KEY=$KEY "$DATABOT" --show-prompt --model openai:m --base-url "$e_URL" -e "$Q" "$DB" 2>&1)
unlike "$out" "CREATE TABLE shipments" "words alone: shipments is not in the prompt"
unlike "$out" "embeddings" "  and nothing says embeddings"

# with embeddings
out=$(run --model openai:m --base-url "$e_URL" --embeddings openai:emb -e "$Q")
is "$(jfield "$out" source)" "openai:m" "with --embeddings: the model answers"
is "$(jfield "$out" rows)" '[["DHL", 1], ["UPS", 1]]' "  its SQL runs"
unlike "$(jfield "$out" note)" "words only" "  no fallback note"
is "$(emb e)" 3 "  three embeddings requests: the tables in two batches, the question"
is "$(elog e 1 ninputs) $(elog e 2 ninputs) $(elog e 3 ninputs)" "64 7 1" "  batches of at most 64"
is "$(elog e 1 model)" '"emb"' "  the request names the model"
is "$(elog e 1 shape)$(elog e 2 shape)$(elog e 3 shape)" '"ok""ok""ok"' "  with a list of texts as input"
is "$(elog e 1 auth)" '"ok"' "  and the key in its Authorization header"
is "$(elog e 3 inputs)" "[\"$Q\"]" "  the question embedded as asked"
like "$(elog e 2 inputs)" "Table shipments (shipments). Columns: id, carrier, tracking code" \
     "  a table's text: its name and columns in words"
unlike "$(elog e 2 inputs)" "DHL" "  and no sample value"
prompt=$(grep '"/v1/chat/completions"' "$TMPD/e.log" | tail -1)
like "$prompt" "CREATE TABLE shipments" "the prompt sent holds the table the vectors found"
like "$prompt" "CREATE TABLE ledger_05" "  and the table it references (foreign-key expansion)"

# the vectors are cached: --show-prompt (which sends nothing) can use them
n=$(requests e)
out=$(OPENAI_API_KEY=$KEY "$DATABOT" --show-prompt --model openai:m --base-url "$e_URL" \
      --embeddings openai:emb -e "$Q" "$DB" 2>&1)
like "$out" "CREATE TABLE shipments" "--show-prompt with cached vectors: shipments ranked in"
like "$out" "--- schema ranked by words and openai:emb embeddings ---" "  it says how the schema was ranked"
is "$(requests e)" "$n" "  and sends nothing"
Q2='how many consignments did each hauler carry'
out=$(OPENAI_API_KEY=$KEY "$DATABOT" --show-prompt --model openai:m --base-url "$e_URL" \
      --embeddings openai:emb -e "$Q2" "$DB" 2>&1)
like "$out" "schema ranked by words only: this question's vector from openai:emb is not cached" \
     "--show-prompt, a new question: words only, and why"
is "$(requests e)" "$n" "  still nothing sent"

# a second run: only the new question is embedded
out=$(run --model "openai:m@$e_URL" --embeddings openai:emb -e "$Q2")
is "$(jfield "$out" source)" "openai:m" "a new question: the model answers"
is "$(emb e)" 4 "  one embeddings request (the schema's vectors come from the cache)"
is "$(elog e 4 ninputs)" 1 "  for the question alone"
like "$(grep '"/v1/chat/completions"' "$TMPD/e.log" | tail -1)" "CREATE TABLE shipments" \
     "  its prompt holds shipments too"
run --model "openai:m@$e_URL" --embeddings openai:emb -e "$Q2" >/dev/null
is "$(emb e)" 4 "the same question again: no embeddings request"
test -s "$XDG_CACHE_HOME/databot/llm-cache.sqlite"
ok $? "the vectors live in \$XDG_CACHE_HOME/databot/llm-cache.sqlite"

# the config file turns them on too
mkdir -p "$XDG_CONFIG_HOME/databot"
printf 'embeddings = openai:emb\n' >"$XDG_CONFIG_HOME/databot/config"
out=$("$DATABOT" --print-config 2>&1)
like "$out" "embeddings = openai:emb" "config file: embeddings = ... is a setting"
Q3='list every hauler'
run --model openai:m --base-url "$e_URL" -e "$Q3" >/dev/null
is "$(emb e)" 5 "  and the question is embedded"
rm "$XDG_CONFIG_HOME/databot/config"

# --offline: nothing at all leaves
n=$(requests e)
out=$(run --offline --model openai:m --base-url "$e_URL" --embeddings openai:emb -e "$Q")
is "$(requests e)" "$n" "--offline: no request, not even for embeddings"

# failures: the answer comes from a schema ranked by words, with a note
fails() {
    printf '%s\n' "{\"key\":\"$KEY\",$CONCEPTS,\"replies\":[{\"sql\":\"$SQL\"}],\"embeddings\":[$1]}" \
        >"$TMPD/e.json"
    XDG_CACHE_HOME="$TMPD/cache-$2" run --model openai:m --base-url "$e_URL" --embeddings openai:emb -e "$Q"
}
check_fail() {   # OUT PATTERN NAME
    is "$(jfield "$1" source)" "openai:m" "$3: the model still answers"
    is "$(jfield "$1" rows)" '[["DHL", 1], ["UPS", 1]]' "  the answer comes"
    like "$(jfield "$1" note)" "schema ranked by words only: embeddings failed: " "  the note says so"
    like "$(jfield "$1" note)" "$2" "  and why"
}
c0=$(chat e)
out=$(fails '{"status":500,"message":"embedder down"}' 500)
check_fail "$out" "HTTP 500 from $e_URL" "HTTP 500"
like "$(jfield "$out" note)" "embedder down" "  quoting the server"
is "$(chat e)" $((c0 + 1)) "  one chat request"
out=$(fails '{"raw":"<html>oops</html>"}' garbage)
check_fail "$out" "the embeddings reply is not valid JSON" "garbage"
out=$(fails '{"drop":1}' count)
check_fail "$out" "the embeddings reply holds 63 vectors for 64 inputs" "a vector missing"
out=$(fails '{"mixed":true}' mixed)
check_fail "$out" "differ in size" "vectors of two sizes"
out=$(fails '{"nonnumeric":true}' nonnum)
check_fail "$out" "other than a number" "a string for a number"
out=$(fails '{"status":404,"message":"no such endpoint"}' 404)
check_fail "$out" "HTTP 404" "no embeddings endpoint on the server"
out=$(fails '{"raw":"{\"data\":[]}"}' zero)
check_fail "$out" "0 vectors for 64 inputs" "no vectors at all"

# a dead embedder is skipped after three failed questions (circuit breaker)
n=$(emb e)
printf '%s\n' "{\"key\":\"$KEY\",$CONCEPTS,\"replies\":[{\"sql\":\"$SQL\"}],\"embeddings\":[{\"status\":503}]}" \
    >"$TMPD/e.json"
out=$(XDG_CACHE_HOME="$TMPD/cache-br" run --model openai:m --base-url "$e_URL" --embeddings openai:emb \
      -e "$Q" -e "which hauler is fastest" -e "consignments per hauler" -e "the hauler with fewest consignments")
is "$(printf '%s\n' "$out" | grep -c '"source": *"openai:m"')" 4 "circuit: four questions, four answers"
like "$(printf '%s\n' "$out" | sed -n 4p)" "circuit open" "  the fourth skips the embedder"
is "$(( $(emb e) - n ))" 6 "  after two tries for each of the first three"

# refused at the start
"$DATABOT" --model openai:m --base-url "$e_URL" --embeddings anthropic:claude-sonnet-4-5 -e "$Q" \
    "$DB" >/dev/null 2>"$TMPD/err2"
is $? 2 "--embeddings anthropic:...: a usage error"
like "$(cat "$TMPD/err2")" "Anthropic has no embeddings endpoint" "  saying Anthropic has none"
"$DATABOT" --model openai:m --base-url "$e_URL" --embeddings nomodel -e "$Q" "$DB" >/dev/null 2>"$TMPD/err2"
is $? 2 "--embeddings without PROVIDER:MODEL: a usage error"
like "$(cat "$TMPD/err2")" "--embeddings: model 'nomodel' is not PROVIDER:MODEL" "  saying what is expected"

# another provider for the embeddings, with its own URL
start_fake o "{$CONCEPTS,\"replies\":[{\"sql\":\"$SQL\"}]}"
out=$(XDG_CACHE_HOME="$TMPD/cache-o" run --model openai:m --base-url "$e_URL" \
      --embeddings "ollama:nomic-embed-text@$o_URL" -e "$Q")
is "$(emb o) $(chat o)" "3 0" "ollama:MODEL@URL: the embeddings go to that server, the chat does not"
is "$(elog o 1 model)" '"nomic-embed-text"' "  naming its model"

# a hosted embedder without a key: said, nothing sent
n=$(requests o)
out=$(XDG_CACHE_HOME="$TMPD/cache-nokey" "$DATABOT" -f json --model openai:m --base-url "$o_URL" \
      --embeddings openrouter:some-embedder -e "$Q" "$DB" 2>>"$TMPD/err")
like "$(jfield "$out" note)" "openrouter:some-embedder needs an API key: set OPENAI_API_KEY" \
     "a hosted embedder without a key: the note says which"
is "$(jfield "$out" source)" "openai:m" "  and the answer comes"
is "$(requests o)" $((n + 1)) "  the chat request only"

# the key shows nowhere: not in outputs, logs, errors or the cache file
all=$(cat "$TMPD"/*.log "$TMPD/err" "$TMPD/err2")
unlike "$all$out" "$KEY" "the key is in no output, log or message"
grep -rqa -- "$KEY" "$XDG_CACHE_HOME" "$TMPD"/cache-*
is $? 1 "  nor in the cache files"
stop_fakes

done_testing
