#!/usr/bin/env bash
set -euo pipefail
DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"; BIN="$1"; shift
for db in charging newsroom; do [ -f "$DIR/$db.sqlite" ] || (cd "$DIR" && python3 "gen_$db.py" "$DIR/$db.sqlite"); done
exec python3 /work/shared/eval/score --bin "$BIN" --set "$DIR" "$@"
