#!/usr/bin/env python3
"""median_truth.py: a small sales database for median questions, and the
medians computed in Python (not in SQL) as the truth to compare with.

    median_truth.py --sql
        print the database as SQL that SQLite and PostgreSQL both load:
        stores with an odd and an even number of amounts, a store with one,
        one with NULL amounts among others and one with NULL amounts only
    median_truth.py DB SQL [--top N]
        run SQL on the SQLite file DB; its rows are (group..., value); print
        as CSV (no header) each group's median of its non-NULL values (empty
        when it has none), groups in the order they first appear; --top N
        keeps the N groups with the highest medians, highest first
"""
import csv
import sqlite3
import statistics
import sys

DATA = """
CREATE TABLE regions (id INTEGER PRIMARY KEY, name TEXT NOT NULL);
CREATE TABLE stores (id INTEGER PRIMARY KEY, name TEXT NOT NULL,
  region_id INTEGER NOT NULL REFERENCES regions(id));
CREATE TABLE sales (id INTEGER PRIMARY KEY, store_id INTEGER NOT NULL REFERENCES stores(id),
  sold_on DATE NOT NULL, channel TEXT NOT NULL, amount NUMERIC(10,2));
INSERT INTO regions VALUES (1, 'North'), (2, 'South');
INSERT INTO stores VALUES (1, 'Alder', 1), (2, 'Birch', 1), (3, 'Cedar', 2), (4, 'Dogwood', 2),
  (5, 'Elm', 2);
"""

# store, sold_on, channel, amount (None: NULL)
SALES = [
    (1, "2023-03-04", "web", 40.0), (1, "2023-11-20", "shop", 10.0),
    (1, "2024-01-15", "web", 30.0), (1, "2024-02-02", "shop", 20.0),
    (1, "2024-06-30", "web", 50.0),                                    # 5 values: 30
    (2, "2023-05-05", "shop", 8.5), (2, "2024-01-09", "shop", 2.25),
    (2, "2024-03-12", "web", 12.75), (2, "2024-06-01", "web", 4.5),    # 4 values: 6.5
    (3, "2024-02-14", "web", 17.0),                                    # 1 value
    (4, "2023-07-07", "shop", None), (4, "2024-01-20", "web", 3.0),
    (4, "2024-02-25", "shop", 9.0), (4, "2024-06-18", "web", None),
    (4, "2024-06-19", "shop", 1.0),                                    # 3 values, 2 NULL
    (5, "2024-04-01", "web", None), (5, "2024-05-01", "shop", None),   # NULL only
]


def sql_text():
    rows = ",\n  ".join(
        "(%d, %d, '%s', '%s', %s)" % (i + 1, s, d, c, "NULL" if a is None else repr(a))
        for i, (s, d, c, a) in enumerate(SALES))
    return DATA + "INSERT INTO sales VALUES\n  " + rows + ";\n"


def main():
    if sys.argv[1:] == ["--sql"]:
        sys.stdout.write(sql_text())
        return 0
    db, sql = sys.argv[1], sys.argv[2]
    top = int(sys.argv[4]) if len(sys.argv) > 4 and sys.argv[3] == "--top" else None
    con = sqlite3.connect(db)
    groups = {}
    for row in con.execute(sql):
        groups.setdefault(tuple(row[:-1]), []).append(row[-1])
    out = []
    for key, values in groups.items():
        vals = [float(v) for v in values if v is not None]
        out.append(list(key) + [statistics.median(vals) if vals else None])
    if top is not None:
        out = sorted((r for r in out if r[-1] is not None), key=lambda r: -r[-1])[:top]
    w = csv.writer(sys.stdout, lineterminator="\n")
    for r in out:
        w.writerow(["" if v is None else v for v in r])
    return 0


if __name__ == "__main__":
    sys.exit(main())
