#!/bin/sh
# Build any missing databases of this held-out set, then score a program on it.
# Usage: ./run.sh PATH/TO/databot [scorer options, e.g. --verbose --json report.json --db transit]
set -e
here=$(cd "$(dirname "$0")" && pwd)
if [ $# -lt 1 ]; then
    echo "usage: $0 PATH/TO/databot [scorer options]" >&2
    exit 2
fi
bin=$1
shift
for db in transit realty; do
    if [ ! -f "$here/$db.sqlite" ]; then
        echo "building $db.sqlite" >&2
        python3 "$here/gen_$db.py" "$here/$db.sqlite"
    fi
done
exec python3 ${SCORE:-/work/shared/eval/score} --bin "$bin" --set "$here" "$@"
