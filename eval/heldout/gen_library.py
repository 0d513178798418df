#!/usr/bin/env python3
"""Generate library.sqlite: a city public-library system, 2022-01-01 .. 2024-12-31.

Branches, members, authors, books, loans (with due and return dates) and fines.
Deterministic: the same seed gives the same file on every run.
Usage: python3 gen_library.py [OUTPUT_PATH]   (default: library.sqlite next to this script)
"""
import datetime as dt
import math
import os
import random
import sqlite3
import sys

SEED = 7310422
START = dt.date(2022, 1, 1)
END = dt.date(2024, 12, 31)

SCHEMA = """
CREATE TABLE branches (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE,
    district    TEXT NOT NULL,            -- North, South, East, West, Downtown
    opened_on   TEXT NOT NULL,            -- YYYY-MM-DD
    square_feet INTEGER NOT NULL
);
CREATE TABLE authors (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL,
    nationality TEXT NOT NULL,
    birth_year  INTEGER                   -- NULL when unknown
);
CREATE TABLE books (
    id               INTEGER PRIMARY KEY,
    title            TEXT NOT NULL,
    author_id        INTEGER NOT NULL,
    genre            TEXT NOT NULL,
    language         TEXT NOT NULL,       -- English, Spanish, French, German
    published_year   INTEGER NOT NULL,
    pages            INTEGER,             -- NULL when not catalogued
    isbn             TEXT NOT NULL UNIQUE,
    replacement_cost REAL NOT NULL,       -- USD charged when a copy is lost
    FOREIGN KEY (author_id) REFERENCES authors(id)
);
CREATE TABLE members (
    id              INTEGER PRIMARY KEY,
    first_name      TEXT NOT NULL,
    last_name       TEXT NOT NULL,
    email           TEXT,                 -- NULL when no email on file
    membership_type TEXT NOT NULL,        -- adult, child, senior, student
    home_branch_id  INTEGER NOT NULL,
    joined_on       TEXT NOT NULL,        -- YYYY-MM-DD
    FOREIGN KEY (home_branch_id) REFERENCES branches(id)
);
CREATE TABLE loans (
    id          INTEGER PRIMARY KEY,
    book_id     INTEGER NOT NULL,
    member_id   INTEGER NOT NULL,
    branch_id   INTEGER NOT NULL,         -- branch where the book was checked out
    loaned_on   TEXT NOT NULL,            -- YYYY-MM-DD
    due_on      TEXT NOT NULL,            -- YYYY-MM-DD, includes renewals
    returned_on TEXT,                     -- NULL while the book has not been returned
    renewals    INTEGER NOT NULL DEFAULT 0,
    FOREIGN KEY (book_id) REFERENCES books(id),
    FOREIGN KEY (member_id) REFERENCES members(id),
    FOREIGN KEY (branch_id) REFERENCES branches(id)
);
CREATE TABLE fines (
    id          INTEGER PRIMARY KEY,
    loan_id     INTEGER NOT NULL,
    reason      TEXT NOT NULL,            -- overdue, lost, damaged
    amount      REAL NOT NULL,            -- USD
    assessed_on TEXT NOT NULL,            -- YYYY-MM-DD
    paid_on     TEXT,                     -- NULL while unpaid
    FOREIGN KEY (loan_id) REFERENCES loans(id)
);
CREATE INDEX idx_books_author ON books(author_id);
CREATE INDEX idx_members_branch ON members(home_branch_id);
CREATE INDEX idx_loans_book ON loans(book_id);
CREATE INDEX idx_loans_member ON loans(member_id);
CREATE INDEX idx_loans_branch ON loans(branch_id);
CREATE INDEX idx_fines_loan ON fines(loan_id);
"""

# name, district, opened_on, square_feet, activity weight
BRANCHES = [
    ("Central Library", "Downtown", "1968-05-20", 92000, 3.0),
    ("Riverside Branch", "West", "1994-09-12", 18500, 1.2),
    ("Oak Park Branch", "North", "2001-03-05", 15200, 1.0),
    ("Hillcrest Branch", "East", "1987-10-01", 12800, 0.9),
    ("Eastgate Branch", "East", "2009-06-15", 16400, 1.1),
    ("Westfield Branch", "West", "2015-01-19", 14100, 0.8),
    ("Northbrook Branch", "North", "1979-04-23", 9800, 0.6),
    ("Harbor View Branch", "South", "2023-03-13", 21000, 1.3),
]
GENRES = [
    ("Fiction", 22, 380), ("Mystery", 14, 330), ("Science Fiction", 9, 400), ("Fantasy", 9, 450),
    ("Romance", 8, 320), ("Biography", 7, 360), ("History", 7, 420), ("Science", 5, 300),
    ("Children", 11, 48), ("Young Adult", 8, 310), ("Self-Help", 5, 240), ("Poetry", 3, 110),
]
GENRE_POP = {"Fiction": 1.0, "Mystery": 1.3, "Science Fiction": 0.9, "Fantasy": 1.1, "Romance": 1.0,
             "Biography": 0.7, "History": 0.6, "Science": 0.5, "Children": 1.4, "Young Adult": 1.2,
             "Self-Help": 0.8, "Poetry": 0.3}
TYPE_GENRES = {
    "child": {"Children": 8.0, "Young Adult": 1.5, "Fantasy": 1.0, "Science": 0.6},
    "student": {"Young Adult": 2.5, "Science": 2.0, "History": 1.6, "Fantasy": 1.4, "Science Fiction": 1.4},
    "senior": {"Mystery": 2.0, "Biography": 2.0, "History": 1.8, "Romance": 1.3, "Children": 0.3},
    "adult": {"Children": 0.9},
}
NATIONALITIES = [("United States", 38), ("United Kingdom", 18), ("Canada", 7), ("France", 6),
                 ("Germany", 5), ("Ireland", 4), ("Japan", 4), ("Spain", 4), ("Mexico", 4),
                 ("Nigeria", 3), ("India", 4), ("Australia", 3)]
LANG_BY_NAT = {"France": "French", "Germany": "German", "Spain": "Spanish", "Mexico": "Spanish"}
FIRST = ["Ada", "Bruno", "Clara", "Desmond", "Elif", "Felix", "Greta", "Hamid", "Ines", "Jonah",
         "Keiko", "Lionel", "Maren", "Nikolai", "Odette", "Pablo", "Rosa", "Stellan", "Tamsin", "Umar",
         "Vivian", "Wendell", "Ximena", "Yusuf", "Zora", "Adrian", "Beatrix", "Cormac", "Delia", "Emil",
         "Fiona", "Gideon", "Harriet", "Ivo", "Juno", "Kasper", "Lena", "Matteo", "Nora", "Oscar",
         "Petra", "Quentin", "Rhea", "Silas", "Thea", "Ulrich", "Vera", "Walter", "Yvonne", "Zane",
         "Amelia", "Benedict", "Celeste", "Dorian", "Esme", "Florian", "Gemma", "Hugo", "Isolde", "Jasper"]
LAST = ["Abernathy", "Blackwood", "Castellanos", "Drummond", "Eastman", "Fairweather", "Galloway",
        "Hartley", "Ingram", "Jakobsen", "Kingsley", "Lindqvist", "Marchetti", "Nakagawa", "Oduya",
        "Pemberton", "Quiroga", "Ravenscroft", "Saavedra", "Thornbury", "Upton", "Vance", "Whitfield",
        "Yardley", "Zeller", "Ashdown", "Brennan", "Calloway", "Devereux", "Ellingham", "Fontaine",
        "Greaves", "Holloway", "Iverson", "Jarvis", "Kowalczyk", "Lockhart", "Montague", "Northcott",
        "Okonkwo", "Prescott", "Rourke", "Sinclair", "Tremaine", "Underhill", "Villanueva", "Wexford",
        "Achebe", "Brandt", "Cho", "Duarte", "Eriksen", "Ferreira", "Hale", "Ito", "Kaur", "Mbeki"]
TITLE_A = ["The", "One", "Beyond the", "Under the", "Before the", "After the", "Into the", "Beneath the",
           "The Last", "The Silent", "The Hidden", "The Lost", "The Broken", "The Golden", "A Quiet",
           "The Long", "The Secret", "The Winter", "The Paper", "The Glass"]
TITLE_B = ["River", "Garden", "Orchard", "Lighthouse", "Kingdom", "Harbor", "Mountain", "Forest",
           "Archive", "Compass", "Lantern", "Meadow", "Voyage", "Cathedral", "Island", "Frontier",
           "Library", "Clockmaker", "Cartographer", "Observatory", "Storm", "Tide", "Orchid", "Empire",
           "Bridge", "Station", "Mirror", "Signal", "Ember", "Almanac", "Atlas", "Equation", "Letters",
           "Sparrow", "Wolves", "Daughters", "Machines", "Stars", "Echoes", "Shadows"]
TITLE_C = ["", "", "", "", " of Salt", " of Ash", " at Midnight", " in Winter", " of Stone",
           " of the North", " and Other Stories", " Returns", " of Small Things", " in Bloom"]
SEASON = {1: 1.10, 2: 1.00, 3: 1.00, 4: 0.95, 5: 0.95, 6: 1.15, 7: 1.30, 8: 1.20,
          9: 0.95, 10: 0.95, 11: 0.90, 12: 0.80}


def wchoice(rng, pairs):
    return rng.choices([p[0] for p in pairs], weights=[p[1] for p in pairs], k=1)[0]


def d(s):
    return dt.date.fromisoformat(s)


def generate(path):
    rng = random.Random(SEED)
    tmp = path + ".tmp"
    if os.path.exists(tmp):
        os.remove(tmp)
    con = sqlite3.connect(tmp)
    con.execute("PRAGMA journal_mode=OFF")
    con.execute("PRAGMA synchronous=OFF")
    con.executescript(SCHEMA)

    # ---- branches ------------------------------------------------------
    branch_rows = []
    for i, (name, district, opened, sqft, _w) in enumerate(BRANCHES, start=1):
        branch_rows.append((i, name, district, opened, sqft))

    # ---- authors -------------------------------------------------------
    authors = []
    used = set()
    for aid in range(1, 421):
        while True:
            name = rng.choice(FIRST) + " " + rng.choice(LAST)
            if name not in used:
                used.add(name)
                break
        nat = wchoice(rng, NATIONALITIES)
        by = None if rng.random() < 0.12 else rng.randint(1905, 1998)
        # a few authors are much more prolific
        weight = math.exp(rng.gauss(0, 0.9))
        authors.append((aid, name, nat, by, weight))

    # ---- books ---------------------------------------------------------
    books = []
    titles = set()
    isbns = set()
    aw = [a[4] for a in authors]
    for bid in range(1, 2601):
        a = rng.choices(authors, weights=aw, k=1)[0]
        genre = rng.choices([g[0] for g in GENRES], weights=[g[1] for g in GENRES], k=1)[0]
        base_pages = [g[2] for g in GENRES if g[0] == genre][0]
        while True:
            t = rng.choice(TITLE_A) + " " + rng.choice(TITLE_B) + rng.choice(TITLE_C)
            if t not in titles or rng.random() < 0.02:
                titles.add(t)
                break
        lang = LANG_BY_NAT.get(a[2], "English")
        if lang == "English" and rng.random() < 0.06:
            lang = rng.choice(["Spanish", "French"])      # translations on the shelf
        if rng.random() < 0.55:
            year = rng.randint(2010, 2024)
        else:
            year = rng.randint(1950, 2009)
        if a[3] is not None:
            year = max(year, a[3] + 22)
            year = min(year, 2024)
        pages = int(max(24, round(base_pages * math.exp(rng.gauss(0, 0.28)))))
        if rng.random() < 0.07:
            pages = None
        while True:
            isbn = "978" + "".join(str(rng.randrange(10)) for _ in range(10))
            if isbn not in isbns:
                isbns.add(isbn)
                break
        cost = round((9.99 if genre == "Children" else 14.99) + (pages or 300) * rng.uniform(0.02, 0.05), 2)
        pop = GENRE_POP[genre] * math.exp(rng.gauss(0, 1.0)) * (1.8 if year >= 2021 else 1.0)
        books.append({"id": bid, "title": t, "author_id": a[0], "genre": genre, "language": lang,
                      "year": year, "pages": pages, "isbn": isbn, "cost": cost, "pop": pop})

    # ---- members -------------------------------------------------------
    members = []
    bweights = [b[4] for b in BRANCHES]
    for mid in range(1, 3401):
        mtype = wchoice(rng, [("adult", 55), ("child", 16), ("senior", 15), ("student", 14)])
        if rng.random() < 0.45:
            joined = dt.date(2008, 1, 1) + dt.timedelta(days=rng.randrange((START - dt.date(2008, 1, 1)).days))
        else:
            joined = START + dt.timedelta(days=rng.randrange((END - START).days + 1))
        # home branch must be open when joining
        while True:
            bidx = rng.choices(range(len(BRANCHES)), weights=bweights, k=1)[0]
            if d(BRANCHES[bidx][2]) <= joined:
                break
            if rng.random() < 0.3:
                joined = d(BRANCHES[bidx][2]) + dt.timedelta(days=rng.randrange(0, 500))
                if joined <= END:
                    break
        fn, ln = rng.choice(FIRST), rng.choice(LAST)
        if mtype == "child" or rng.random() < 0.10:
            email = None
        else:
            email = "%s.%s%d@%s" % (fn.lower(), ln.lower(), rng.randrange(1, 99),
                                    rng.choice(["mailbox.org", "example.net", "post.com", "webmail.io"]))
        activity = math.exp(rng.gauss(0, 0.85)) * {"adult": 1.0, "child": 1.2, "senior": 1.3, "student": 0.9}[mtype]
        if rng.random() < 0.12:
            activity *= 0.05          # card holders who rarely borrow
        lateness = 0.10 * math.exp(rng.gauss(0, 0.7)) * {"adult": 1.0, "child": 1.1, "senior": 0.6,
                                                           "student": 1.6}[mtype]
        members.append({"id": mid, "first": fn, "last": ln, "email": email, "type": mtype,
                        "branch": bidx + 1, "joined": joined, "activity": activity,
                        "lateness": min(0.7, lateness)})

    # genre-weighted book pools per membership type
    pools = {}
    for mtype, mult in TYPE_GENRES.items():
        acc, cum = 0.0, []
        for b in books:
            acc += b["pop"] * mult.get(b["genre"], 1.0)
            cum.append(acc)
        pools[mtype] = cum

    # ---- loans ---------------------------------------------------------
    loans = []
    day = START
    total_act = sum(m["activity"] for m in members)
    while day <= END:
        season = SEASON[day.month]
        wk = 1.25 if day.weekday() == 5 else (0.45 if day.weekday() == 6 else 1.0)
        closed = (day.month == 12 and day.day == 25) or (day.month == 1 and day.day == 1)
        if not closed:
            growth = 1.0 + 0.12 * ((day - START).days / 365.0)
            lam = 11.5 * season * wk * growth
            n = max(0, int(round(rng.gauss(lam, math.sqrt(lam)))))
            for _ in range(n):
                while True:
                    m = members[_pick(rng, members, total_act)]
                    if m["joined"] <= day:
                        break
                # branch: mostly home branch, sometimes the central library or another open branch
                r = rng.random()
                if r < 0.78:
                    br = m["branch"]
                elif r < 0.90:
                    br = 1
                else:
                    br = rng.randrange(1, len(BRANCHES) + 1)
                if d(BRANCHES[br - 1][2]) > day:
                    br = 1
                bk = rng.choices(books, cum_weights=pools[m["type"]], k=1)[0]
                loans.append((bk, m, br, day))
        day += dt.timedelta(days=1)

    loan_rows = []
    fine_rows = []
    for lid, (bk, m, br, day) in enumerate(loans, start=1):
        period = 21
        renewals = 0
        r = rng.random()
        if r < 0.18:
            renewals = 1
        elif r < 0.23:
            renewals = 2
        due = day + dt.timedelta(days=period * (1 + renewals))
        # return behaviour
        r = rng.random()
        lost = rng.random() < 0.012 * (2.0 if m["type"] == "child" else 1.0)
        if lost:
            ret = None
        elif r < m["lateness"]:
            ret = due + dt.timedelta(days=1 + int(rng.expovariate(1 / 9.0)))
        else:
            used_days = (due - day).days
            ret = day + dt.timedelta(days=max(1, int(used_days * rng.uniform(0.25, 1.0))))
        if ret is not None and ret > END:
            ret = None
        loan_rows.append((lid, bk["id"], m["id"], br, day.isoformat(), due.isoformat(),
                          ret.isoformat() if ret else None, renewals))
        # fines
        if ret is not None and ret > due:
            days_late = (ret - due).days
            amount = round(min(10.0, 0.25 * days_late), 2)
            if m["type"] == "child":
                amount = 0.0
            if amount > 0:
                fine_rows.append([lid, "overdue", amount, ret, m])
        if ret is None and lost:
            assessed = due + dt.timedelta(days=60)
            if assessed <= END:
                fine_rows.append([lid, "lost", bk["cost"], assessed, m])
        if ret is not None and rng.random() < 0.012:
            fine_rows.append([lid, "damaged", round(rng.choice([5.0, 7.5, 10.0, 15.0, 20.0, 25.0]), 2), ret, m])

    fine_rows.sort(key=lambda f: (f[3], f[0]))
    fines = []
    for fid, (lid, reason, amount, assessed, m) in enumerate(fine_rows, start=1):
        p_pay = 0.82 if reason == "overdue" else (0.55 if reason == "lost" else 0.7)
        if m["type"] == "senior":
            p_pay += 0.08
        paid = None
        if rng.random() < p_pay:
            lag = 0 if rng.random() < 0.45 else int(rng.expovariate(1 / 20.0))
            paid = assessed + dt.timedelta(days=lag)
            if paid > END:
                paid = None
        fines.append((fid, lid, reason, amount, assessed.isoformat(), paid.isoformat() if paid else None))

    con.executemany("INSERT INTO branches VALUES (?,?,?,?,?)", branch_rows)
    con.executemany("INSERT INTO authors VALUES (?,?,?,?)", [a[:4] for a in authors])
    con.executemany("INSERT INTO books VALUES (?,?,?,?,?,?,?,?,?)",
                    [(b["id"], b["title"], b["author_id"], b["genre"], b["language"], b["year"],
                      b["pages"], b["isbn"], b["cost"]) for b in books])
    con.executemany("INSERT INTO members VALUES (?,?,?,?,?,?,?)",
                    [(m["id"], m["first"], m["last"], m["email"], m["type"], m["branch"],
                      m["joined"].isoformat()) for m in members])
    con.executemany("INSERT INTO loans VALUES (?,?,?,?,?,?,?,?)", loan_rows)
    con.executemany("INSERT INTO fines VALUES (?,?,?,?,?,?)", fines)
    con.commit()
    con.execute("VACUUM")
    con.close()
    os.replace(tmp, path)


_CUM = {}


def _pick(rng, members, total):
    """Index of a member drawn with probability proportional to activity (cumulative table cached)."""
    key = id(members)
    if key not in _CUM:
        acc = 0.0
        cum = []
        for m in members:
            acc += m["activity"]
            cum.append(acc)
        _CUM[key] = cum
    cum = _CUM[key]
    x = rng.random() * cum[-1]
    lo, hi = 0, len(cum) - 1
    while lo < hi:
        mid = (lo + hi) // 2
        if cum[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo


if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "library.sqlite")
    generate(out)
