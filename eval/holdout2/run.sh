#!/bin/sh
# Score a databot binary on the holdout2 NL-to-SQL set (hotel + school).
#   eval/holdout2/run.sh PATH/TO/databot [extra scorer options, e.g. --verbose --json report.json --db hotel]
# Builds hotel.sqlite and school.sqlite next to this script if missing,
# then runs the shared scorer (/work/shared/eval/score, or $SCORE) on this directory.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
score=${SCORE:-/work/shared/eval/score}
if [ $# -lt 1 ]; then
    echo "usage: $0 PATH/TO/databot [scorer options...]" >&2
    exit 2
fi
bin=$1
shift
for db in hotel school; do
    if [ ! -f "$here/$db.sqlite" ]; then
        echo "building $db.sqlite ..." >&2
        python3 "$here/gen_$db.py" "$here/$db.sqlite"
    fi
done
exec python3 "$score" --bin "$bin" --set "$here" "$@"
