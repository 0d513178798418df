# dos.sh: denial of service against SQLite: endless recursion, huge cross
# joins, giant blobs and strings. Each ends within the time limit, is
# refused up front, or meets the 50 MB value limit; memory stays bounded
# and the database file is unchanged.
. "$SRCDIR/tests/cli/lib.sh"

DB="$TMPD/shop.sqlite"
cp "$SAMPLE" "$DB"
before=$(cksum < "$DB")
TIME=/usr/bin/time

attack() {
    # attack SQL NAME: ends with a refusal or a time-limit error, quickly
    start=$(date +%s)
    if [ -x "$TIME" ]; then
        "$TIME" -f '%M' -o "$TMPD/rss" "$DATABOT" --force --timeout 1 --format csv --sql "$1" "$DB" \
            >/dev/null 2>"$TMPD/err"
    else
        "$DATABOT" --force --timeout 1 --format csv --sql "$1" "$DB" >/dev/null 2>"$TMPD/err"
    fi
    st=$?
    took=$(( $(date +%s) - start ))
    # refused, stopped by a limit, or made harmless (SQLite gives NULL for a
    # value over its length limit): anything but a crash or a hang
    [ $st -eq 0 ] || [ $st -eq 1 ] || [ $st -eq 4 ]; ok $? "$2: ends cleanly (exit $st)" ||
        sed 's/^/#   /' "$TMPD/err"
    [ $took -le 20 ]; ok $? "$2: within the time limit (${took}s)"
    if [ -s "$TMPD/rss" ]; then
        rss=$(tail -1 "$TMPD/rss")
        [ "$rss" -lt 300000 ]; ok $? "$2: memory bounded (${rss} KB)"
    else
        T_N=$((T_N + 1)); echo "ok $T_N - # SKIP no /usr/bin/time"
    fi
}

attack "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT count(*) FROM n" "endless recursion"
attack "SELECT count(*) FROM order_items a, order_items b, order_items c" "cross join of large tables"
attack "SELECT length(randomblob(2000000000))" "a 2 GB random blob"
attack "SELECT length(zeroblob(2000000000))" "a 2 GB zero blob"
attack "SELECT length(printf('%.*c', 2000000000, 'x'))" "a 2 GB string"
attack "WITH RECURSIVE s(x) AS (SELECT 'x' UNION ALL SELECT x || x FROM s) SELECT length(x) FROM s" "a doubling string"
attack "SELECT * FROM orders a JOIN orders b ON 1 = 1 ORDER BY random()" "sorting a cross join"

is "$(cksum < "$DB")" "$before" "database file unchanged"
done_testing
