#!/bin/sh
# Score a program on holdout5. Usage: ./run.sh [BIN] [extra scorer options]
# BIN defaults to $BIN or "databot"; the scorer can be overridden with SCORE=...
set -e
here=$(cd "$(dirname "$0")" && pwd)
if [ $# -gt 0 ] && [ "${1#-}" = "$1" ]; then bin=$1; shift; else bin=${BIN:-databot}; fi
for db in airline fitness; do
    [ -f "$here/$db.sqlite" ] || (cd "$here" && python3 "gen_$db.py" "$here/$db.sqlite")
done
exec python3 ${SCORE:-/work/shared/eval/score} --bin "$bin" --set "$here" "$@"
