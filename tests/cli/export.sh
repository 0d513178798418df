# export.sh: -o FILE, --output-format, --force and \export, end to end.
# Every format is read back (xlsx by unzipping it and reading its XML with
# python3) and compared with the rows Python's own sqlite3 module reads
# from the database: types, NULLs, dates, unicode, a 40,000-character
# text. A million rows go to CSV and xlsx (peak memory reported, bounded
# loosely). A failed, interrupted or refused export leaves no file and no
# temporary file.
. "$SRCDIR/tests/cli/lib.sh"
PY=${PYTHON3:-python3}
DB="$TMPD/types.sqlite"
OUT="$TMPD/out"
mkdir -p "$OUT"

skip() {
    T_N=$((T_N + 1))
    echo "ok $T_N - # SKIP $1"
}

# py_checks FILE: "PASS name" / "FAIL name" lines a python3 check wrote,
# as TAP results; "# ..." lines are passed on as comments
py_checks() {
    while IFS= read -r line; do
        case "$line" in
            PASS\ *) ok 0 "${line#PASS }" ;;
            FAIL\ *) ok 1 "${line#FAIL }" ;;
            *) echo "# $line" ;;
        esac
    done < "$1"
}

# no temporary file (".NAME.XXXXXX.tmp") left in a directory
no_temp() {
    left=$(find "$1" -name '.*.tmp' | head -5)
    is "$left" "" "$2"
}

"$SQLITE3" "$DB" <<'EOF'
CREATE TABLE t(id INTEGER, name TEXT, price REAL, day TEXT, at TEXT, note TEXT, raw BLOB);
INSERT INTO t VALUES
 (1, 'plain', 1.5, '2024-01-15', '2024-01-15 10:30:00', NULL, x'00ff'),
 (2, 'comma, "quote"', -0.1, '1999-12-31', '2024-02-29T23:59:59', 'tab	and
newline', NULL),
 (3, 'ünïcödé 漢字 🎉', 1e300, NULL, NULL, '', x''),
 (4, NULL, 0.0, '2024-13-01', 'not a date', 'x', NULL),
 (5, 'long', 2.25, '1900-03-01', NULL, NULL, NULL);
UPDATE t SET note = printf('%.*c', 40000, 'y') || 'z' WHERE id = 5;
CREATE TABLE sales(month TEXT, revenue REAL);
INSERT INTO sales VALUES ('2024-01', 10), ('2024-02', 12.5), ('2024-03', 9), ('2024-04', 15);
EOF

# ---- every text format, read back and compared with sqlite3's rows ---------------
for ext in csv tsv json ndjson md; do
    "$DATABOT" -q --sql 'SELECT * FROM t ORDER BY id' -o "$OUT/t.$ext" "$DB" >/dev/null 2>"$TMPD/err"
    ok $? "-o t.$ext exits 0" || cat "$TMPD/err"
done
"$PY" - "$DB" "$OUT" > "$TMPD/py" 2>&1 <<'EOF'
import csv, io, json, sqlite3, sys
db, out = sys.argv[1], sys.argv[2]
con = sqlite3.connect(db)
rows = con.execute("SELECT * FROM t ORDER BY id").fetchall()
cols = [d[0] for d in con.execute("SELECT * FROM t").description]
def as_json(v):
    if isinstance(v, bytes):
        return "\\x" + v.hex()
    return v
def as_text(v):
    if v is None: return ""
    if isinstance(v, bytes): return "\\x" + v.hex()
    if isinstance(v, float): return v
    return str(v)
def same(got, want):
    if isinstance(want, float):
        try: return float(got) == want
        except Exception: return False
    return got == want
n = 0
def check(cond, name):
    global n
    n += 1
    print(("PASS " if cond else "FAIL ") + name)
# CSV
with open(f"{out}/t.csv", newline="") as f:
    data = list(csv.reader(f))
check(data[0] == cols, "csv: header")
check(len(data) == len(rows) + 1, "csv: row count")
check(all(same(g, as_text(w)) for gr, wr in zip(data[1:], rows) for g, w in zip(gr, wr)),
      "csv: every value, NULL empty, unicode, 40,000 characters")
check(len(data[5][5]) == 40001, "csv: the long text whole")
# TSV (linear: escapes, NULL empty)
def untsv(s):
    return s.replace("\\t", "\t").replace("\\n", "\n").replace("\\r", "\r").replace("\\\\", "\\")
with open(f"{out}/t.tsv", newline="") as f:
    lines = f.read().split("\n")[:-1]
check(lines[0].split("\t") == cols, "tsv: header")
tsv = [[untsv(x) for x in l.split("\t")] for l in lines[1:]]
check(len(tsv) == len(rows) and all(same(g, as_text(w)) for gr, wr in zip(tsv, rows) for g, w in zip(gr, wr)),
      "tsv: every value")
# JSON, NDJSON
objs = json.load(open(f"{out}/t.json"))
want = [dict(zip(cols, [as_json(v) for v in r])) for r in rows]
check(objs == want, "json: an array of objects equal to the rows (null, unicode, blob)")
nd = [json.loads(l) for l in open(f"{out}/t.ndjson")]
check(nd == want, "ndjson: one object per line, equal to the rows")
# Markdown
md = open(f"{out}/t.md").read().split("\n")
check(md[0].startswith("|  id | name ") and len(md) == len(rows) + 3, "md: header, delimiter, one line per row")
check("ünïcödé 漢字 🎉" in md[4] and "comma, \"quote\"" in md[3], "md: values")
EOF
py_checks "$TMPD/py"

# ---- xlsx --------------------------------------------------------------------------------
"$DATABOT" -q --sql 'SELECT * FROM t ORDER BY id' -o "$OUT/t.xlsx" "$DB" >/dev/null 2>"$TMPD/err"
ok $? "-o t.xlsx exits 0" || cat "$TMPD/err"
"$PY" - "$DB" "$OUT/t.xlsx" > "$TMPD/py" 2>&1 <<'EOF'
import datetime, re, sqlite3, sys, zipfile
import xml.etree.ElementTree as ET
db, path = sys.argv[1], sys.argv[2]
NS = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main"}
z = zipfile.ZipFile(path)
def check(cond, name):
    print(("PASS " if cond else "FAIL ") + name)
names = z.namelist()
sheet = ET.fromstring(z.read("xl/worksheets/sheet1.xml"))
styles = ET.fromstring(z.read("xl/styles.xml"))
xfs = styles.find("m:cellXfs", NS).findall("m:xf", NS)
fonts = styles.find("m:fonts", NS).findall("m:font", NS)
numfmts = {int(n.get("numFmtId")): n.get("formatCode") for n in styles.iter("{%s}numFmt" % NS["m"])}
def cell_value(c):
    t = c.get("t")
    if t == "inlineStr":
        return "".join(x.text or "" for x in c.iter("{%s}t" % NS["m"]))
    if t == "s":
        raise ValueError("shared strings: not constant-memory mode")
    v = c.find("m:v", NS)
    return float(v.text) if v is not None else None
def style_fmt(c):
    s = int(c.get("s", "0"))
    return numfmts.get(int(xfs[s].get("numFmtId", "0")), "")
def col_index(ref):
    letters = re.match(r"[A-Z]+", ref).group(0)
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - 64
    return n - 1
rows = {}
for r in sheet.iter("{%s}row" % NS["m"]):
    rows[int(r.get("r"))] = {col_index(c.get("r")): c for c in r.findall("m:c", NS)}
con = sqlite3.connect(db)
want = con.execute("SELECT * FROM t ORDER BY id").fetchall()
cols = [d[0] for d in con.execute("SELECT * FROM t").description]
check([cell_value(rows[1][i]) for i in range(len(cols))] == cols, "xlsx: header row")
check(all(int(xfs[int(rows[1][i].get("s", "0"))].get("fontId", "0")) > 0 and
          fonts[int(xfs[int(rows[1][i].get("s"))].get("fontId"))].find("m:b", NS) is not None
          for i in range(len(cols))), "xlsx: header bold")
pane = sheet.find(".//m:pane", NS)
check(pane is not None and pane.get("state") == "frozen" and pane.get("ySplit") == "1", "xlsx: header row frozen")
af = sheet.find("m:autoFilter", NS)
check(af is not None and af.get("ref") == "A1:G6", "xlsx: autofilter over the data (%s)" % (af.get("ref") if af is not None else None))
check(len(sheet.find("m:cols", NS).findall("m:col", NS)) == len(cols), "xlsx: column widths set")
check(len(rows) == len(want) + 1, "xlsx: row count")
epoch = datetime.datetime(1899, 12, 30)
def serial(s):
    for f in ("%Y-%m-%d %H:%M:%S", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%d"):
        try:
            d = datetime.datetime.strptime(s, f)
            return (d - epoch).total_seconds() / 86400
        except ValueError:
            pass
    return None
ok_types = True
problems = []
for i, w in enumerate(want, start=2):
    for c, v in enumerate(w):
        cell = rows[i].get(c)
        got = cell_value(cell) if cell is not None else None
        if v is None or v == "":
            good = cell is None     # Excel has no empty string: an empty cell
        elif isinstance(v, int) or isinstance(v, float):
            good = cell.get("t") is None and got == float(v)
        elif isinstance(v, bytes):
            good = got == "\\x" + v.hex()
        elif serial(v) is not None:
            good = cell.get("t") is None and abs(got - serial(v)) < 1e-6 and "yy" in style_fmt(cell)
        elif c == 5 and len(v) > 32767:
            good = got == v[:32767]
        else:
            good = got == v
        if not good:
            ok_types = False
            problems.append((i, c, str(v)[:40], str(got)[:40]))
check(ok_types, "xlsx: numbers, text, blobs as hex, NULL and '' empty, dates and timestamps as serials with a date format")
for p in problems[:5]:
    print("#   row %d col %d: want %s got %s" % p)
check(cell_value(rows[2][3]) == 45306.0, "xlsx: 2024-01-15 is serial 45306")
check(cell_value(rows[6][3]) == 61.0, "xlsx: 1900-03-01 is serial 61 (Excel's leap-year bug kept)")
check(cell_value(rows[5][3]) == "2024-13-01", "xlsx: an impossible date stays text")
check(cell_value(rows[4][1]) == "ünïcödé 漢字 🎉", "xlsx: unicode")
about = z.read("xl/worksheets/sheet2.xml").decode()
wb = z.read("xl/workbook.xml").decode()
check('name="About"' in wb, "xlsx: an About sheet")
check("SELECT * FROM t ORDER BY id" in about and "types.sqlite" in about, "xlsx: About names the SQL and the database")
check("32,767" in about, "xlsx: About says the long text was cut")
check("Exported" in about and "Rows" in about, "xlsx: About has the export time and the row count")
EOF
py_checks "$TMPD/py"

# the chart: the terminal's kind, referencing the data
"$DATABOT" -q --sql 'SELECT month, revenue FROM sales ORDER BY month' -o "$OUT/line.xlsx" "$DB" >/dev/null 2>&1
ok $? "a trend exports"
"$DATABOT" -q --sql "SELECT CASE WHEN id < 3 THEN 'a' ELSE 'b' END AS grp, sum(price) AS total FROM t WHERE id <> 3 GROUP BY grp ORDER BY total DESC" \
    -o "$OUT/bar.xlsx" "$DB" >/dev/null 2>&1
ok $? "a comparison exports"
"$PY" - "$OUT" > "$TMPD/py" 2>&1 <<'EOF'
import sys, zipfile
out = sys.argv[1]
def check(cond, name):
    print(("PASS " if cond else "FAIL ") + name)
for f, kind in (("line.xlsx", "lineChart"), ("bar.xlsx", "barChart")):
    z = zipfile.ZipFile(f"{out}/{f}")
    charts = [n for n in z.namelist() if n.startswith("xl/charts/chart")]
    check(len(charts) == 1, f"{f}: one chart part")
    x = z.read(charts[0]).decode() if charts else ""
    check(kind in x, f"{f}: a {kind}")
    check("$B$2:$B$" in x and "$A$2:$A$" in x, f"{f}: it references the data range")
    check("xl/drawings/drawing1.xml" in z.namelist(), f"{f}: drawn on the data sheet")
EOF
py_checks "$TMPD/py"

# ---- several answers: FILE, FILE-2 ------------------------------------------------------------
"$DATABOT" -q --sql 'SELECT 1 AS a' --sql 'SELECT 2 AS b' -o "$OUT/multi.csv" "$DB" >/dev/null 2>&1
ok $? "two answers with -o"
is "$(cat "$OUT/multi.csv" | tr -d '\r')" "a
1" "  the first in FILE"
is "$(cat "$OUT/multi-2.csv" | tr -d '\r')" "b
2" "  the second in FILE-2"

# ---- --output-format, unknown extensions ----------------------------------------------------
"$DATABOT" -q --sql 'SELECT 1 AS a' -o "$OUT/data.txt" --output-format ndjson "$DB" >/dev/null 2>&1
is "$(cat "$OUT/data.txt")" '{"a":1}' "--output-format ndjson whatever the name"
"$DATABOT" -q --sql 'SELECT 1 AS a' -o "$OUT/data.dat" "$DB" >/dev/null 2>"$TMPD/err"
is "$?" 2 "an unknown extension is a usage error"
like "$(cat "$TMPD/err")" "--output-format" "  saying how to force a format"
"$DATABOT" -q --sql 'SELECT 1' -o x.csv --output-format pdf "$DB" >/dev/null 2>"$TMPD/err"
is "$?" 2 "--output-format pdf refused"

# ---- existing files: refused, replaced with --force --------------------------------------------
echo "keep me" > "$OUT/exists.csv"
"$DATABOT" -q --sql 'SELECT 1 AS a' -o "$OUT/exists.csv" "$DB" >/dev/null 2>"$TMPD/err"
is "$?" 1 "an existing file: exit 1"
like "$(cat "$TMPD/err")" "use --force" "  the message says --force"
is "$(cat "$OUT/exists.csv")" "keep me" "  the file is untouched"
"$DATABOT" -q --sql 'SELECT 1 AS a' -o "$OUT/exists.csv" --force "$DB" >/dev/null 2>&1
ok $? "--force replaces it"
is "$(tr -d '\r' < "$OUT/exists.csv")" "a
1" "  with the new rows"

# ---- failures leave nothing ------------------------------------------------------------------------
mkdir -p "$OUT/fail"
"$DATABOT" -q --sql 'SELECT 1' -o "$OUT/none/x.csv" "$DB" >/dev/null 2>"$TMPD/err"
is "$?" 1 "a missing directory: exit 1"
like "$(cat "$TMPD/err")" "$OUT/none" "  naming it"
"$DATABOT" -q --sql 'SELECT 1' -o "$OUT/exists.csv/x.csv" "$DB" >/dev/null 2>&1
is "$?" 1 "a path through a file: exit 1"
# the display stops at 10,000 rows; the export runs on and fails at row 20,000
"$DATABOT" -q --sql "WITH RECURSIVE c(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM c WHERE i < 50000)
    SELECT i, CASE WHEN i < 20000 THEN i ELSE abs(-9223372036854775807 - 1) END AS v FROM c" \
    -o "$OUT/fail/q.csv" "$DB" >/dev/null 2>"$TMPD/err"
is "$?" 1 "a query failing mid-export: exit 1"
like "$(cat "$TMPD/err")" "integer overflow" "  with the database's message"
test ! -e "$OUT/fail/q.csv"
ok $? "  no file"
no_temp "$OUT/fail" "  no temporary file"

# a full disk, as a file size limit: writes fail with EFBIG
for ext in csv xlsx; do
    "$PY" -c 'import os, resource, signal, sys
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
resource.setrlimit(resource.RLIMIT_FSIZE, (65536, 65536))
os.execv(sys.argv[1], sys.argv[1:])' "$DATABOT" -q --sql "WITH RECURSIVE c(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM c WHERE i < 200000) SELECT i, 'label ' || i AS label FROM c" \
        -o "$OUT/fail/full.$ext" "$DB" >/dev/null 2>"$TMPD/err"
    is "$?" 1 "file size limit, $ext: exit 1"
    like "$(cat "$TMPD/err")" "could not write" "  says so"
    test ! -e "$OUT/fail/full.$ext"
    ok $? "  no file"
    no_temp "$OUT/fail" "  no temporary file"
done

# ---- a million rows --------------------------------------------------------------------------------
BIG="$TMPD/big.sqlite"
"$SQLITE3" "$BIG" "CREATE TABLE m(id INTEGER PRIMARY KEY, name TEXT, amount REAL, day TEXT);
WITH RECURSIVE c(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM c WHERE i < 1000000)
INSERT INTO m SELECT i, 'item ' || i, i * 0.25, date('2020-01-01', '+' || (i % 1500) || ' days') FROM c;"
TIME=
# (not under AddressSanitizer, whose shadow memory says nothing about ours)
if [ -x /usr/bin/time ] && ! ldd "$DATABOT" 2>/dev/null | grep -q libasan; then TIME=/usr/bin/time; fi
for ext in csv xlsx; do
    if [ -n "$TIME" ]; then
        $TIME -f '%M' -o "$TMPD/rss" "$DATABOT" -q --sql 'SELECT * FROM m' -o "$OUT/big.$ext" "$BIG" >/dev/null 2>"$TMPD/err"
    else
        "$DATABOT" -q --sql 'SELECT * FROM m' -o "$OUT/big.$ext" "$BIG" >/dev/null 2>"$TMPD/err"
    fi
    ok $? "1,000,000 rows to $ext" || cat "$TMPD/err"
    if [ -n "$TIME" ]; then
        rss=$(tail -1 "$TMPD/rss")
        echo "# peak RSS, 1,000,000 rows to $ext: $rss KB"
        ok $((rss >= 200000)) "  peak memory under 200 MB ($rss KB)"
    else
        skip "no /usr/bin/time, or a sanitizer build: peak memory not measured"
    fi
done
is "$(wc -l < "$OUT/big.csv" | tr -d ' ')" 1000001 "  CSV: header and 1,000,000 lines"
is "$(tail -1 "$OUT/big.csv" | tr -d '\r')" "1000000,item 1000000,250000.0,2022-09-27" "  CSV: the last row"
"$PY" - "$OUT/big.xlsx" > "$TMPD/py" 2>&1 <<'EOF'
import re, sys, zipfile
z = zipfile.ZipFile(sys.argv[1])
rows = 0
last = b""
with z.open("xl/worksheets/sheet1.xml") as f:
    tail = b""
    while True:
        chunk = f.read(1 << 20)
        if not chunk:
            break
        data = tail + chunk
        rows += data.count(b"<row ") - tail.count(b"<row ")
        tail = data[-64:]
        last = data[-4096:]
check = lambda c, n: print(("PASS " if c else "FAIL ") + n)
check(rows == 1000001, "  xlsx: 1,000,001 rows in the sheet (%d)" % rows)
check(b'<row r="1000001"' in last, "  xlsx: the last row is row 1,000,001")
EOF
py_checks "$TMPD/py"

# ---- Ctrl-C mid-export: exit 130, nothing left ---------------------------------------------------------
mkdir -p "$OUT/int"
for ext in csv xlsx; do
    "$DATABOT" -q --sql "WITH RECURSIVE c(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM c WHERE i < 100000000) SELECT i, 'label ' || i AS label FROM c" \
        -o "$OUT/int/big.$ext" "$BIG" >/dev/null 2>"$TMPD/err" &
    pid=$!
    # wait for the temporary file: the export is under way
    for _ in $(seq 1 100); do
        [ -n "$(find "$OUT/int" -name '.*.tmp')" ] && break
        sleep 0.05
    done
    sleep 0.3
    kill -INT "$pid"
    wait "$pid"
    is "$?" 130 "SIGINT mid-export ($ext): exit 130"
    test ! -e "$OUT/int/big.$ext"
    ok $? "  no file"
    no_temp "$OUT/int" "  no temporary file"
done

# ---- \export in the REPL --------------------------------------------------------------------------------
if [ -n "${PYTHON3:-}" ]; then
    echo "old" > "$OUT/repl.csv"
    $PYTHON3 "$SRCDIR/tests/cli/drive_tty.py" -- "$DATABOT" --plain "$DB" > "$TMPD/tty" 2>&1 <<EOF
expect databot>
send \\sql SELECT month, revenue FROM sales ORDER BY month
expect Run it?
send y
expect databot>
send \\export $OUT/repl.csv
expect Replace it?
send n
expect Not exported
send \\export $OUT/repl.csv
expect Replace it?
send y
expect exported 4 rows
send \\export $OUT/repl.xlsx
expect exported 4 rows
send \\q
EOF
    ok $? "\\export in the REPL" || { sed 's/^/#   /' "$TMPD/tty" | tail -20; echo; }
    is "$(head -1 "$OUT/repl.csv" | tr -d '\r')" "month,revenue" "  y replaced the file"
    test -s "$OUT/repl.xlsx"
    ok $? "  xlsx too"
else
    skip "no python3 for the REPL"
fi

done_testing
