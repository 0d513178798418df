#!/usr/bin/env bash
# Usage: run.sh BIN [score args...]
# Builds any missing database with its generator (in this directory), then scores BIN on this set.
set -euo pipefail
if [ $# -lt 1 ]; then
    echo "usage: $0 BIN [score args...]" >&2
    exit 2
fi
DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
BIN="$1"
shift
for db in factory charity; do
    if [ ! -f "$DIR/$db.sqlite" ]; then
        echo "building $db.sqlite ..." >&2
        (cd "$DIR" && python3 "gen_$db.py" "$DIR/$db.sqlite")
    fi
done
exec python3 /work/shared/eval/score --bin "$BIN" --set "$DIR" "$@"
