#!/bin/sh
# bench.sh: the full-screen interface's speed, for `make bench` (not a
# test: it asserts nothing). In a tmux pane of 80x24 and of 200x60 it
# measures the time from starting databot on the sample to the first drawn
# screen (from outside: process start to the input line on screen; from
# inside: tui_run to the first doupdate), then the redraw time per frame
# while scrolling a 10,000-row result (DATABOT_TUI_STATS).
# Usage: bench.sh DATABOT SRCDIR
DATABOT=${1:?databot binary}
SRCDIR=${2:?source dir}
SAMPLE="$SRCDIR/samples/ecommerce.sqlite"
TMUX_BIN=${TMUX_BIN:-tmux}
command -v "$TMUX_BIN" >/dev/null 2>&1 || { echo "tui bench: tmux not installed, skipped"; exit 0; }
TMPD=$(mktemp -d "${TMPDIR:-/tmp}/databot-tuibench.XXXXXX")
# each run gets a server of its own: a new server on the socket of one
# being killed can fail to start on a busy machine
RUN=0
SOCK="dbt-tui-bench-$$-0"
tm() { "$TMUX_BIN" -L "$SOCK" -f /dev/null "$@" 2>/dev/null; }
fresh() { tm kill-server; RUN=$((RUN + 1)); SOCK="dbt-tui-bench-$$-$RUN"; }
trap 'tm kill-server; rm -rf "$TMPD"' EXIT
export DATABOT_HISTFILE=/dev/null XDG_STATE_HOME="$TMPD" XDG_DATA_HOME="$TMPD" XDG_CONFIG_HOME="$TMPD" XDG_CACHE_HOME="$TMPD"
now_ms() { date +%s%3N; }
wait_for() {
    end=$(( $(now_ms) + ${2:-20000} ))
    until tm capture-pane -p | grep -q -F -- "$1"; do
        [ "$(now_ms)" -ge "$end" ] && return 1
        sleep 0.01
    done
}

for size in 80x24 200x60; do
    w=${size%x*} h=${size#*x}
    firsts=""
    for i in 1 2 3 4 5; do
        fresh
        t0=$(now_ms)
        tm new -d -x "$w" -y "$h" "TERM=screen-256color DATABOT_TUI_STATS='$TMPD/stats' '$DATABOT' -y '$SAMPLE'; sleep 60"
        wait_for "ask>" || { echo "tui bench: no screen at $size"; exit 1; }
        t1=$(now_ms)
        firsts="$firsts $((t1 - t0))"
        tm send-keys C-d
        sleep 0.3
        inner=$(sed -n 's/^first_frame_ms //p' "$TMPD/stats")
    done
    echo "tui $size: start to first screen (wall, 5 runs, ms):$firsts; inside tui_run: ${inner} ms"

    fresh
    rm -f "$TMPD/stats"
    tm new -d -x "$w" -y "$h" "TERM=screen-256color DATABOT_TUI_STATS='$TMPD/stats' '$DATABOT' -y '$SAMPLE'; sleep 60"
    wait_for "ask>"
    tm send-keys -l "\\sql WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 10000) SELECT i, 'row ' || i AS label, i * 1.5 AS amount, printf('%08d', i * 7919 % 100000) AS code FROM n"
    tm send-keys Enter
    wait_for "10,000 rows in" 60000 || { echo "tui bench: the 10,000-row query did not finish"; exit 1; }
    tm send-keys Tab Tab
    wait_for "row 1/10,000"
    t0=$(now_ms)
    for k in $(seq 1 150); do tm send-keys j; done
    for k in $(seq 1 40); do tm send-keys NPage; done
    tm send-keys End
    wait_for "row 10,000/10,000"
    for k in $(seq 1 40); do tm send-keys PPage; done
    for k in $(seq 1 20); do tm send-keys l h; done
    t1=$(now_ms)
    tm send-keys Escape C-d
    sleep 0.5
    frames=$(sed -n 's/^frames //p' "$TMPD/stats")
    avg=$(sed -n 's/^frame_avg_ms //p' "$TMPD/stats")
    max=$(sed -n 's/^frame_max_ms //p' "$TMPD/stats")
    echo "tui $size: scrolling 10,000 rows: $frames frames, redraw ${avg} ms average, ${max} ms worst (target < 5 ms); 271 keys in $((t1 - t0)) ms wall"
done
