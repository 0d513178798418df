#!/usr/bin/env python3
"""same_answers.py: do two databot --format json answers hold the same rows?

    same_answers.py GOT.json WANT.json

The last object of each file is compared: the same number of columns, and
the same rows as multisets. Numbers compare with a relative tolerance of
1e-6; dates and timestamps compare on their text with a trailing
' 00:00:00' dropped. Prints why on a mismatch; exit status 0 when they match.
"""
import json
import sys


def last(path):
    lines = [l for l in open(path, encoding="utf-8") if l.strip()]
    if not lines:
        return {"error": "no answer"}
    return json.loads(lines[-1])


def norm(v):
    if isinstance(v, bool):
        return int(v)
    if isinstance(v, (int, float)):
        return round(float(v), 6) if float(v) != int(v) else int(v)
    if isinstance(v, str):
        for suffix in (" 00:00:00", "T00:00:00", "+00"):
            if v.endswith(suffix):
                v = v[: -len(suffix)]
        try:
            f = float(v)
            return round(f, 6) if f != int(f) else int(f)
        except ValueError:
            return v
    return v


def close(a, b):
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return a == b or abs(a - b) <= 1e-6 * max(abs(a), abs(b))
    return a == b


def same_multiset(g, w):
    if len(g) != len(w):
        return False
    left = sorted(g, key=repr)
    right = list(w)
    for row in left:
        for i, other in enumerate(right):
            if len(row) == len(other) and all(close(x, y) for x, y in zip(row, other)):
                del right[i]
                break
        else:
            return False
    return True


def main():
    got, want = last(sys.argv[1]), last(sys.argv[2])
    for name, obj in (("got", got), ("want", want)):
        if obj.get("error"):
            print("# %s: error: %s" % (name, obj["error"]))
            return 1
    g = [tuple(norm(v) for v in r) for r in got.get("rows", [])]
    w = [tuple(norm(v) for v in r) for r in want.get("rows", [])]
    if len(got.get("columns", [])) != len(want.get("columns", [])):
        print("# columns differ: %s vs %s" % (got.get("columns"), want.get("columns")))
        return 1
    if not same_multiset(g, w):
        print("# rows differ (%d vs %d)" % (len(g), len(w)))
        for a, b in list(zip(g, w))[:5]:
            if a != b:
                print("#   got %r want %r" % (a, b))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
