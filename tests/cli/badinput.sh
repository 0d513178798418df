# badinput.sh: bad input gets a clear message and the right exit status,
# and nothing is written: invalid UTF-8, huge and empty questions, control
# characters.
. "$SRCDIR/tests/cli/lib.sh"

before=$(cksum < "$SAMPLE")
out=$("$DATABOT" --format json -e "$(printf 'how many \377\376 customers')" "$SAMPLE" 2>&1)
is $? 0 "invalid UTF-8 in a question is cleaned, the question answered"
"$PYTHON3" -c "import json,sys; json.loads(sys.argv[1])" "$out"; ok $? "  output is valid JSON"

err=$("$DATABOT" -e "" "$SAMPLE" 2>&1); is $? 3 "empty question: exit 3"
like "$err" "empty question" "empty question: says so"
err=$("$DATABOT" -e "   " "$SAMPLE" 2>&1); is $? 3 "blank question: exit 3"

head -c 1048576 /dev/zero | tr '\0' 'a' > "$TMPD/big"
echo >> "$TMPD/big"
err=$("$DATABOT" "$SAMPLE" < "$TMPD/big" 2>&1); is $? 3 "1 MB question on stdin: exit 3"
like "$err" "too long" "1 MB question: says it is too long"
err=$("$DATABOT" -e "$(head -c 100000 "$TMPD/big")" "$SAMPLE" 2>&1); is $? 3 "100 kB question with -e: exit 3"

out=$("$DATABOT" -e "$(printf 'how many\033[2J customers\007')" "$SAMPLE" 2>&1)
is $? 0 "control characters in a question are dropped"
unlike "$out" "$(printf '\033')" "  and never echoed"

printf 'how many customers\0 and more\n' > "$TMPD/nul"
"$DATABOT" --format json "$SAMPLE" < "$TMPD/nul" > "$TMPD/nul.out" 2>&1
st=$?
[ $st -eq 0 ] || [ $st -eq 3 ]; ok $? "a NUL byte on stdin does not crash (exit $st)"

err=$("$DATABOT" --sql "$(printf 'SELECT \377')" "$SAMPLE" 2>&1)
st=$?
[ $st -eq 4 ] || [ $st -eq 1 ]; ok $? "invalid UTF-8 SQL is refused (exit $st)"
err=$("$DATABOT" --sql "" "$SAMPLE" 2>&1); is $? 4 "empty SQL refused"
like "$err" "no SQL" "empty SQL: says so"
err=$("$DATABOT" --sql "SELEC * FROM orders" "$SAMPLE" 2>&1)
st=$?
[ $st -eq 4 ] || [ $st -eq 1 ]; ok $? "misspelt SQL fails cleanly (exit $st)"
like "$err" "syntax error" "  saying where"

is "$(cksum < "$SAMPLE")" "$before" "sample unchanged"
done_testing
