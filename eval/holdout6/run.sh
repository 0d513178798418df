#!/bin/sh
# usage: run.sh BIN [score args...]
# Builds missing databases with the generators in this directory, then scores BIN on this set.
set -e
if [ $# -lt 1 ]; then
    echo "usage: $0 BIN [score args...]" >&2
    exit 2
fi
BIN=$1
shift
DIR=$(cd "$(dirname "$0")" && pwd)
for db in utility streaming; do
    if [ ! -f "$DIR/$db.sqlite" ]; then
        (cd "$DIR" && python3 "gen_$db.py" "$DIR/$db.sqlite")
    fi
done
exec python3 /work/shared/eval/score --bin "$BIN" --set "$DIR" "$@"
