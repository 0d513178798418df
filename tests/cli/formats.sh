# formats.sh: output formats with hostile values: CSV is RFC 4180, JSON is
# valid whatever the bytes, the table aligns wide characters and no value
# can drive the terminal.
. "$SRCDIR/tests/cli/lib.sh"

DB="$TMPD/nasty.sqlite"
"$SQLITE3" "$DB" <<'SQL'
CREATE TABLE t (id INTEGER PRIMARY KEY, label TEXT, amount REAL, data BLOB);
INSERT INTO t VALUES (1, 'plain', 1234567.891, NULL);
INSERT INTO t VALUES (2, 'comma, "quote"', -2.5, x'00ff10');
INSERT INTO t VALUES (3, 'line1' || char(10) || 'line2', NULL, NULL);
INSERT INTO t VALUES (4, 'red' || char(27) || '[31mALERT' || char(27) || '[0m', 0.001, NULL);
INSERT INTO t VALUES (5, '抹茶 Matcha', 42, NULL);
INSERT INTO t VALUES (6, CAST(x'41ff42' AS TEXT), 7, NULL);
INSERT INTO t VALUES (7, 'NULL', 1e308 * 10, NULL);
INSERT INTO t VALUES (8, 'cafe' || char(769) || ' ok', 3, NULL);
SQL
Q="SELECT id, label, amount, data FROM t ORDER BY id"

"$DATABOT" --format csv --sql "$Q" "$DB" > "$TMPD/out.csv"; ok $? "csv"
"$PYTHON3" - "$TMPD/out.csv" <<'PY'
import csv, sys
raw = open(sys.argv[1], "rb").read()
assert raw.count(b"\r\n") >= 9, "CRLF line ends"
rows = list(csv.reader(open(sys.argv[1], newline="", encoding="utf-8", errors="surrogateescape")))
assert rows[0] == ["id", "label", "amount", "data"], rows[0]
assert rows[2][1] == 'comma, "quote"', rows[2]
assert rows[3][1] == "line1\nline2", rows[3]
assert rows[3][2] == "", "NULL is an empty field"
assert float(rows[1][2]) == 1234567.891
assert len(rows) == 9
PY
ok $? "csv parses back to the same values (RFC 4180)"

"$DATABOT" --format json --sql "$Q" "$DB" > "$TMPD/out.json"; ok $? "json"
"$PYTHON3" - "$TMPD/out.json" <<'PY'
import json, sys
o = json.loads(open(sys.argv[1], encoding="utf-8").read())
rows = o["rows"]
assert o["columns"] == ["id", "label", "amount", "data"], o["columns"]
assert rows[0][2] == 1234567.891
assert rows[2][2] is None
assert rows[3][1] == "red\x1b[31mALERT\x1b[0m", "JSON keeps the data, escaped"
assert rows[4][1] == "抹茶 Matcha"
assert "\ufffd" in rows[5][1], "invalid UTF-8 replaced"
assert rows[6][2] is None, "infinity becomes null"
assert isinstance(rows[1][3], str), "blob as a string"
PY
ok $? "json is valid and faithful for every value"

out=$("$DATABOT" --sql "$Q" "$DB"); ok $? "table"
unlike "$out" "$(printf '\033')" "no escape character reaches the terminal"
like "$out" '\e[31mALERT' "escape shown neutralised"
like "$out" "1,234,567.89" "thousands separators"
like "$out" "(8 rows)" "row count"
printf '%s\n' "$out" > "$TMPD/table.txt"
"$PYTHON3" - "$TMPD/table.txt" <<'PY'
import sys, unicodedata
def width(s):
    w = 0
    for ch in s:
        if unicodedata.combining(ch):
            continue
        w += 2 if unicodedata.east_asian_width(ch) in "WF" else 1
    return w
def seps(line):
    """display columns at which the column separators stand"""
    out, col = [], 0
    for ch in line:
        if ch in "│┼":
            out.append(col)
        col += width(ch)
    return out
lines = [l for l in open(sys.argv[1], encoding="utf-8").read().split("\n") if "│" in l or "┼" in l]
positions = {tuple(seps(l)) for l in lines}
assert len(positions) == 1, "separators stand in the same columns on every line: %s" % positions
PY
ok $? "columns align by display width (wide and combining characters)"
out=$(LC_ALL=C "$DATABOT" --sql "$Q" "$DB"); ok $? "table in the C locale"
printf '%s' "$out" | LC_ALL=C grep -q "$(printf '[\200-\377]')"
[ $? -ne 0 ]; ok $? "ASCII only in the C locale"

"$DATABOT" --format markdown --sql "$Q" "$DB" > "$TMPD/out.md"; ok $? "markdown"
like "$(cat "$TMPD/out.md")" 'comma, "quote"' "markdown keeps values"
unlike "$(cat "$TMPD/out.md")" "$(printf '\033')" "markdown neutralises escapes"
done_testing
