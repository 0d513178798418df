# fake.sh: helpers for the model-provider tests, sourced after
# tests/cli/lib.sh: start a fake provider (tests/llm/fake_provider.py, a
# real HTTP server on 127.0.0.1) from a script, count what it was asked.
: "${PYTHON3:=python3}"
FAKE_PIDS=""
# the tests here are about the model: a confident built-in engine would
# answer their questions without a request (threshold.sh tests that)
export DATABOT_ENGINE_THRESHOLD=101
trap 'stop_fakes; rm -rf "$TMPD"' EXIT

# start_fake NAME JSON: a server playing the replies in JSON; sets
# NAME_URL (the base URL, .../v1) and NAME_LOG (one line per request)
start_fake() {
    printf '%s\n' "$2" >"$TMPD/$1.json"
    : >"$TMPD/$1.log"
    rm -f "$TMPD/$1.port"
    "$PYTHON3" "$SRCDIR/tests/llm/fake_provider.py" "$TMPD/$1.json" "$TMPD/$1.port" "$TMPD/$1.log" &
    FAKE_PIDS="$FAKE_PIDS $!"
    i=0
    while [ ! -s "$TMPD/$1.port" ] && [ $i -lt 100 ]; do sleep 0.05; i=$((i + 1)); done
    eval "$1_URL=http://127.0.0.1:$(cat "$TMPD/$1.port")/v1"
    eval "$1_LOG=$TMPD/$1.log"
}

# stop_fakes: end the servers this test started (by their process ids)
stop_fakes() {
    for p in $FAKE_PIDS; do kill "$p" 2>/dev/null; done
    for p in $FAKE_PIDS; do wait "$p" 2>/dev/null; done
    FAKE_PIDS=""
}

# requests NAME: how many requests NAME received
requests() {
    wc -l <"$TMPD/$1.log" | tr -d ' '
}

# logged NAME N FIELD: FIELD of the Nth request (1-based) as JSON
logged() {
    sed -n "${2}p" "$TMPD/$1.log" | "$PYTHON3" -c 'import json,sys; print(json.dumps(json.load(sys.stdin).get(sys.argv[1])))' "$3"
}

# jfield JSONLINE FIELD: a field of databot's JSON output line
jfield() {
    printf '%s\n' "$1" | head -1 | "$PYTHON3" -c 'import json,sys; v=json.load(sys.stdin).get(sys.argv[1]); print(v if isinstance(v,str) else json.dumps(v))' "$2"
}
