#!/usr/bin/env python3
"""same_rows.py: do two CSV results hold the same answer?

    same_rows.py [--ordered] GOT.jsonl WANT.csv

GOT is databot --format json output: the last object's rows are compared;
WANT is sqlite3 -csv output (no header).
Every WANT column must match some distinct GOT column (extra GOT columns,
such as a label next to a ranking, are allowed); rows compare as multisets,
or as sequences with --ordered. Numbers compare with a relative tolerance
of 1e-9. Prints why on a mismatch; exit status 0 when they match.
"""
import csv
import itertools
import json
import sys


def norm(v):
    try:
        f = float(v)
        return round(f, 6) if f != int(f) else int(f)
    except ValueError:
        return v


def read_csv(path):
    with open(path, newline="", encoding="utf-8") as f:
        return [[norm(v) for v in r] for r in csv.reader(f)]


def read_json(path):
    lines = [l for l in open(path, encoding="utf-8") if l.strip()]
    if not lines:
        print("# no answer")
        sys.exit(1)
    obj = json.loads(lines[-1])
    if obj.get("error"):
        print("# error: %s" % obj["error"])
        sys.exit(1)
    print("# sql: %s" % obj.get("sql"))
    return [[norm("" if v is None else str(v)) for v in r] for r in obj["rows"]]


def main():
    args = sys.argv[1:]
    ordered = args[0] == "--ordered"
    if ordered:
        args = args[1:]
    got, want = read_json(args[0]), read_csv(args[1])
    if len(got) != len(want):
        print("# got %d rows, want %d" % (len(got), len(want)))
        return 1
    if not want:
        return 0
    wcols, gcols = len(want[0]), len(got[0]) if got else 0
    for perm in itertools.permutations(range(gcols), wcols):
        proj = [[r[i] for i in perm] for r in got]
        if (proj == want) if ordered else (sorted(map(repr, proj)) == sorted(map(repr, want))):
            return 0
    print("# no column mapping makes the rows equal")
    for r in got[:5]:
        print("#   got:  %s" % r)
    for r in want[:5]:
        print("#   want: %s" % r)
    return 1


sys.exit(main())
