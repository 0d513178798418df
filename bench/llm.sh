#!/bin/sh
# bench/llm.sh: the measurements of issue 4 (models, retrieval), part of
# `make bench` and alone as `make bench-llm`:
#   1. retrieval recall on a 1,000-table schema: the evaluation databases'
#      real tables among ~990 distractors (bench/bigschema), each question
#      retrieved as a prompt is built (bench/retrieval_bench): recall
#      (target: 95% of the questions with every gold table), tables and
#      schema tokens per prompt, time per retrieval, the misses and why;
#   2. the model pipeline's overhead outside the model's own time, with a
#      fake provider on 127.0.0.1 answering at once (bench/llm_bench), on
#      the sample and on the 1,000-table schema: per question (target:
#      under 5 ms), prompt size, cache hit latency; once as the program
#      runs (the engine's confidence check first) and once with every
#      question sent to the model (--engine-threshold 101);
#   3. the program itself, one question with -e on the 1,000-table schema:
#      first (a request) and again (from the cache under XDG_CACHE_HOME).
#
#   bench/llm.sh /abs/builddir /abs/srcdir
#
# The evaluation set is read from $DATABOT_EVAL_DIR (default
# SRCDIR/../shared/eval/public: questions.jsonl, conversations.jsonl,
# gen_saas.py, gen_clinic.py); without it, the sample's own questions
# (bench/questions.jsonl over samples/ecommerce.sqlite) stand in, and they
# are measured in every case. The evaluation databases are generated once
# into ${TMPDIR:-/tmp}/databot-bench (delete them to rebuild); the
# 1,000-table files are made anew each run (under a second).
# Environment: DATABOT_EVAL_DIR, PYTHON3 (default python3), BENCH_ROUNDS
# (rounds of timing, default 3), TMPDIR.
set -eu

if [ $# -ne 2 ]; then
    echo "usage: $0 /abs/builddir /abs/srcdir" >&2
    exit 2
fi
BUILD=$1
SRCDIR=$2
PYTHON3=${PYTHON3:-python3}
ROUNDS=${BENCH_ROUNDS:-3}
EVAL=${DATABOT_EVAL_DIR:-$SRCDIR/../shared/eval/public}
CACHE=${TMPDIR:-/tmp}/databot-bench
SAMPLE=$SRCDIR/samples/ecommerce.sqlite
OWN=$SRCDIR/bench/questions.jsonl

for p in bigschema retrieval_bench llm_bench; do
    [ -x "$BUILD/bench/$p" ] || { echo "bench: no $BUILD/bench/$p: run make bench-llm" >&2; exit 1; }
done
command -v "$PYTHON3" >/dev/null 2>&1 || { echo "bench: no python3 (the fake provider needs it)" >&2; exit 1; }

WORK=$(mktemp -d "${TMPDIR:-/tmp}/databot-bench-llm.XXXXXX")
FAKE_PID=""
cleanup() {
    if [ -n "$FAKE_PID" ]; then
        kill "$FAKE_PID" 2>/dev/null || :
        wait "$FAKE_PID" 2>/dev/null || :
    fi
    rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# ---- the schemas -------------------------------------------------------------
have_eval=0
if [ -r "$EVAL/questions.jsonl" ] && [ -r "$EVAL/gen_saas.py" ] && [ -r "$EVAL/gen_clinic.py" ]; then
    # generated once per version of the generators
    sum=$(cat "$EVAL/gen_saas.py" "$EVAL/gen_clinic.py" | cksum | cut -d' ' -f1)
    EDB=$CACHE/eval-$sum
    if [ ! -s "$EDB/saas.sqlite" ] || [ ! -s "$EDB/clinic.sqlite" ]; then
        echo "bench: generating the evaluation databases into $EDB (once)..." >&2
        mkdir -p "$EDB"
        rm -f "$EDB/saas.sqlite" "$EDB/clinic.sqlite"
        "$PYTHON3" "$EVAL/gen_saas.py" "$EDB/saas.tmp" >/dev/null && mv "$EDB/saas.tmp" "$EDB/saas.sqlite"
        "$PYTHON3" "$EVAL/gen_clinic.py" "$EDB/clinic.tmp" >/dev/null && mv "$EDB/clinic.tmp" "$EDB/clinic.sqlite"
    fi
    "$BUILD/bench/bigschema" "$WORK/eval-1000.sqlite" 1000 "$EDB/saas.sqlite" "$EDB/clinic.sqlite" >&2
    have_eval=1
else
    echo "bench: no evaluation set at $EVAL (set DATABOT_EVAL_DIR to its folder);" \
        "measuring with the sample's own questions ($OWN) only" >&2
fi
"$BUILD/bench/bigschema" "$WORK/sample-1000.sqlite" 1000 "$SAMPLE" >&2

# ---- 1. retrieval recall -------------------------------------------------------
echo
if [ $have_eval -eq 1 ]; then
    set -- "questions=$EVAL/questions.jsonl"
    [ -r "$EVAL/conversations.jsonl" ] && set -- "$@" "conversations=$EVAL/conversations.jsonl"
    echo "== retrieval: evaluation databases (saas, clinic) among 990 distractors =="
    "$BUILD/bench/retrieval_bench" "$WORK/eval-1000.sqlite" -r "$ROUNDS" "$@"
    echo
fi
echo "== retrieval: the sample (ecommerce) among 992 distractors =="
"$BUILD/bench/retrieval_bench" "$WORK/sample-1000.sqlite" -r "$ROUNDS" "own questions=$OWN"

# ---- the built-in engine alone on the 1,000-table schema (its real sample values) ------
if [ -x "$BUILD/bench/engine_bench" ]; then
    echo
    echo "== the engine on the 1,000-table schema: index build and time per question =="
    if [ $have_eval -eq 1 ]; then
        "$BUILD/bench/engine_bench" - 30 "$WORK/eval-1000.sqlite" "$EVAL/questions.jsonl"
    else
        "$BUILD/bench/engine_bench" - 30 "$WORK/sample-1000.sqlite" "$OWN"
    fi
fi

# ---- 2. the pipeline with a fake provider ---------------------------------------
echo '{"replies": [{"sql": "SELECT 1"}]}' >"$WORK/script.json"
: >"$WORK/fake.log"
"$PYTHON3" "$SRCDIR/tests/llm/fake_provider.py" "$WORK/script.json" "$WORK/port" "$WORK/fake.log" &
FAKE_PID=$!
i=0
while [ ! -s "$WORK/port" ] && [ $i -lt 100 ]; do sleep 0.05; i=$((i + 1)); done
[ -s "$WORK/port" ] || { echo "bench: the fake provider did not start" >&2; exit 1; }
URL=http://127.0.0.1:$(cat "$WORK/port")/v1
mkdir -p "$WORK/xdg/cache" "$WORK/xdg/state" "$WORK/xdg/config"
export XDG_CACHE_HOME="$WORK/xdg/cache" XDG_STATE_HOME="$WORK/xdg/state" XDG_CONFIG_HOME="$WORK/xdg/config"

if [ $have_eval -eq 1 ]; then
    BIG="$WORK/eval-1000.sqlite=$EVAL/questions.jsonl"
else
    BIG="$WORK/sample-1000.sqlite=$OWN"
fi
echo
echo "== model pipeline, as the program runs it (the engine's confidence check first) =="
"$BUILD/bench/llm_bench" "$URL" "$WORK/script.json" -r "$ROUNDS" "$SAMPLE=$OWN" "$BIG"
echo
echo "== model pipeline, every question to the model (--engine-threshold 101) =="
"$BUILD/bench/llm_bench" "$URL" "$WORK/script.json" -r "$ROUNDS" -t 101 "$SAMPLE=$OWN" "$BIG"

# ---- 3. the program, one question, twice ------------------------------------------
Q="Which 5 products sold the most units last year?"
SQL="SELECT p.name, SUM(oi.quantity) AS units FROM order_items oi JOIN products p ON p.id = oi.product_id \
GROUP BY p.id ORDER BY units DESC LIMIT 5"
printf '{"replies": [{"sql": "%s"}]}\n' "$SQL" >"$WORK/script.json"
rm -rf "$XDG_CACHE_HOME/databot"
ms() { date +%s%N | cut -c1-13; }
once() {
    _t0=$(ms)
    "$BUILD/src/databot" --model "openai:bench-model@$URL" --engine-threshold 101 -f json -e "$Q" \
        "$WORK/sample-1000.sqlite" >"$WORK/out.json" 2>"$WORK/err" || { echo FAIL; return 0; }
    _t1=$(ms)
    _src=$("$PYTHON3" -c 'import json,sys; print(json.loads(sys.stdin.readline()).get("source"))' \
        <"$WORK/out.json" 2>/dev/null || echo "?")
    echo "$((_t1 - _t0)) ms ($_src)"
}
echo
echo "== the program: databot -e on the 1,000-table sample schema (opening it included) =="
before=$(wc -l <"$WORK/fake.log")
echo "  first time (a request):   $(once)"
echo "  second time (the cache):  $(once)"
echo "  requests the fake received: $(($(wc -l <"$WORK/fake.log") - before))"
[ -s "$XDG_CACHE_HOME/databot/llm-cache.sqlite" ] && echo "  cache file: \$XDG_CACHE_HOME/databot/llm-cache.sqlite"
echo
echo "overheads exclude the time inside http_post (the fake's reply) and the database's own query"
echo "time; tokens are estimated at 4 bytes each"
