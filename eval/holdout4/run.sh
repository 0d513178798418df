#!/usr/bin/env bash
# Score a program on the holdout4 set (insurer + kitchen).
# Usage: ./run.sh PATH_TO_PROGRAM [extra score options, e.g. --verbose --json report.json]
#        SCORE=/path/to/score ./run.sh PROGRAM ...
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
if [ $# -lt 1 ]; then
    echo "usage: $0 PROGRAM [score options]" >&2
    exit 2
fi
bin="$1"; shift
for db in insurer kitchen; do
    if [ ! -f "$here/$db.sqlite" ]; then
        echo "run.sh: building $db.sqlite ..." >&2
        (cd "$here" && python3 "gen_$db.py" "$here/$db.sqlite")
    fi
done
exec python3 ${SCORE:-/work/shared/eval/score} --bin "$bin" --set "$here" "$@"
