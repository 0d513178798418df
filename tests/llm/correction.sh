# correction.sh: SQL the guard or the database rejects goes back to the
# model with the error and the nearest real names, at most twice; then the
# next in the chain (here the built-in engine). A write statement never runs.
. "$SRCDIR/tests/cli/lib.sh"
. "$SRCDIR/tests/llm/fake.sh"

Q='how many orders are there'
SQL='SELECT count(*) AS n FROM orders'

# a column that does not exist, then the corrected query
start_fake nc "{\"replies\":[{\"sql\":\"SELECT sum(total_amount) FROM orders\"},{\"sql\":\"$SQL\"}]}"
out=$("$DATABOT" --no-cache --model "openai:m@$nc_URL" -f json -e "$Q" "$SAMPLE" 2>"$TMPD/err")
is "$(jfield "$out" sql)" "$SQL" "no such column: the corrected SQL runs"
is "$(requests nc)" 2 "no such column: one correction"
like "$(logged nc 2 prompt)" "total_amount" "the error goes back to the model"
like "$(logged nc 2 prompt)" "The nearest real columns" "with the nearest real names"
is "$(logged nc 2 nmessages)" 4 "as new turns after the model's reply (system, user, assistant, user)"
like "$(jfield "$out" note)" "after 1 correction" "the note counts the corrections"
like "$(cat "$TMPD/err")" "asking it again" "the correction is reported"
stop_fakes

# a write statement: refused by the guard, then corrected
start_fake wr "{\"replies\":[{\"sql\":\"DELETE FROM orders\"},{\"sql\":\"$SQL\"}]}"
out=$("$DATABOT" --no-cache --model "openai:m@$wr_URL" -f json -e "$Q" "$SAMPLE" 2>/dev/null)
is "$(jfield "$out" sql)" "$SQL" "write statement: refused, then corrected"
like "$(logged wr 2 prompt)" "refused" "the refusal goes back to the model"
stop_fakes

# always wrong: three answers (two corrections), then the built-in engine
start_fake bad '{"replies":[{"sql":"UPDATE orders SET status = 1"}]}'
out=$("$DATABOT" --no-cache --model "openai:m@$bad_URL" -f json -e "$Q" "$SAMPLE" 2>/dev/null)
is "$(requests bad)" 3 "always refused: at most two corrections"
is "$(jfield "$out" source)/$(jfield "$out" rows)" "engine/[[27089]]" "then the built-in engine answers"
like "$(jfield "$out" note)" "still rejected after 2 corrections" "the note says so"
stop_fakes

# the database is unchanged
sum=$(cksum <"$SAMPLE")
start_fake w2 '{"replies":[{"sql":"WITH d AS (DELETE FROM orders RETURNING *) SELECT count(*) FROM d"}]}'
"$DATABOT" --no-cache --model "openai:m@$w2_URL" -e "$Q" "$SAMPLE" >/dev/null 2>&1
is "$(cksum <"$SAMPLE")" "$sum" "a data-modifying CTE from a model never runs"
stop_fakes

done_testing
