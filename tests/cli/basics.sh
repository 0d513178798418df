# basics.sh: the command line itself: help, version, usage errors, and
# databases that are missing, damaged or not files.
. "$SRCDIR/tests/cli/lib.sh"

out=$("$DATABOT" --help); ok $? "--help exits 0"
like "$out" "Usage: databot" "--help shows usage"
like "$out" "--max-rows" "--help lists options"
out=$("$DATABOT" -h); ok $? "-h works"
out=$("$DATABOT" --version); ok $? "--version exits 0"
like "$out" "databot 0." "--version prints the version"
"$DATABOT" -V >/dev/null; ok $? "-V works"

err=$("$DATABOT" 2>&1 </dev/null); is $? 2 "no database: exit 2"
like "$err" "no database given" "no database: says so"
err=$("$DATABOT" --bogus "$SAMPLE" 2>&1 </dev/null); is $? 2 "unknown option: exit 2"
like "$err" "unknown option '--bogus'" "unknown option: named"
like "$err" "databot --help" "usage error points at --help"
err=$("$DATABOT" --format xml "$SAMPLE" 2>&1 </dev/null); is $? 2 "bad format: exit 2"
like "$err" "csv, json or markdown" "bad format: lists the formats"
err=$("$DATABOT" --max-rows -5 "$SAMPLE" 2>&1 </dev/null); is $? 2 "negative --max-rows: exit 2"
err=$("$DATABOT" --max-rows 1.5 "$SAMPLE" 2>&1 </dev/null); is $? 2 "fractional --max-rows: exit 2"
err=$("$DATABOT" --timeout abc "$SAMPLE" 2>&1 </dev/null); is $? 2 "bad --timeout: exit 2"
err=$("$DATABOT" -e 2>&1 </dev/null); is $? 2 "-e without a value: exit 2"
like "$err" "needs a value" "missing value: says so"
err=$("$DATABOT" --as-of 2024-13-01 -e "how many orders" "$SAMPLE" 2>&1); is $? 2 "bad --as-of: exit 2"
like "$err" "YYYY-MM-DD" "bad --as-of: shows the form"
err=$("$DATABOT" "$SAMPLE" how many orders 2>&1 </dev/null); is $? 2 "unquoted question: exit 2"
like "$err" "-e" "unquoted question: suggests -e"

err=$("$DATABOT" -e "how many orders" "$TMPD/missing.sqlite" 2>&1); is $? 1 "missing file: exit 1"
like "$err" "No such file" "missing file: says so"
[ ! -e "$TMPD/missing.sqlite" ]; ok $? "missing file is not created"
err=$("$DATABOT" -e "how many orders" "$TMPD" 2>&1); is $? 1 "directory: exit 1"
like "$err" "directory" "directory: says so"
head -c 20000 /dev/urandom > "$TMPD/junk.sqlite"
err=$("$DATABOT" -e "how many orders" "$TMPD/junk.sqlite" 2>&1); is $? 1 "corrupt file: exit 1"
like "$err" "not a" "corrupt file: says it is not a database"
: > "$TMPD/empty.sqlite"
err=$("$DATABOT" -e "how many orders" "$TMPD/empty.sqlite" 2>&1); is $? 3 "empty database: question not understood"
chmod 000 "$TMPD/junk.sqlite"
if [ "$(id -u)" -ne 0 ]; then
    err=$("$DATABOT" -e "x" "$TMPD/junk.sqlite" 2>&1); is $? 1 "unreadable file: exit 1"
else
    echo "ok $((T_N += 1)) - # SKIP unreadable file (root reads everything)"
fi
done_testing
