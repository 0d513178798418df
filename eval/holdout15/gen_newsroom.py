#!/usr/bin/env python3
"""Generate newsroom.sqlite: a digital publisher, 2022-01-01 .. 2024-12-31.

Deterministic: the same seed gives the same file on every run.
Usage: python3 gen_newsroom.py [OUTPUT_PATH]   (default: newsroom.sqlite next to this script)
"""
import datetime as dt
import math
import os
import random
import sqlite3
import sys

SEED = 15150002
START = dt.date(2022, 1, 1)
END = dt.date(2024, 12, 31)

SCHEMA = """
CREATE TABLE Section (
    SectionId       INTEGER PRIMARY KEY,
    Name            TEXT NOT NULL UNIQUE,
    ParentSectionId INTEGER,             -- parent section; NULL for a top-level section
    FOREIGN KEY (ParentSectionId) REFERENCES Section(SectionId)
);
CREATE TABLE Author (
    AuthorId  INTEGER PRIMARY KEY,
    FullName  TEXT NOT NULL,
    Role      TEXT NOT NULL,             -- Reporter, Columnist, Editor, Chief Editor
    EditorId  INTEGER,                   -- the author's editor (another Author); NULL for the chief editor
    HiredOn   TEXT NOT NULL,             -- YYYY-MM-DD (some before 2022)
    LeftOn    TEXT,                      -- YYYY-MM-DD; NULL while still on staff
    FOREIGN KEY (EditorId) REFERENCES Author(AuthorId)
);
CREATE TABLE Article (
    ArticleId   INTEGER PRIMARY KEY,
    Headline    TEXT NOT NULL,
    SectionId   INTEGER NOT NULL,
    AuthorId    INTEGER NOT NULL,
    Status      TEXT NOT NULL,           -- draft (never published), published, retracted (was published, later withdrawn)
    CreatedAt   TEXT NOT NULL,           -- YYYY-MM-DD HH:MM:SS, when the draft was started
    PublishedAt TEXT,                    -- YYYY-MM-DD HH:MM:SS; NULL unless Status = 'published'
    WordCount   INTEGER NOT NULL,
    IsPremium   INTEGER NOT NULL,        -- 1 = behind the paywall (subscribers only), 0 = free to read
    FOREIGN KEY (SectionId) REFERENCES Section(SectionId),
    FOREIGN KEY (AuthorId) REFERENCES Author(AuthorId)
);
CREATE TABLE ArticleView (
    ArticleId      INTEGER NOT NULL,
    ViewDate       TEXT NOT NULL,        -- YYYY-MM-DD
    Views          INTEGER NOT NULL,     -- page views of the article on that day
    AvgSecondsRead REAL NOT NULL,        -- average time on page per view that day, seconds
    PRIMARY KEY (ArticleId, ViewDate),
    FOREIGN KEY (ArticleId) REFERENCES Article(ArticleId)
);
CREATE TABLE Reader (
    ReaderId   INTEGER PRIMARY KEY,
    Email      TEXT NOT NULL UNIQUE,
    Country    TEXT NOT NULL,
    SignupDate TEXT NOT NULL              -- YYYY-MM-DD, when the reader registered (some before 2022)
);
CREATE TABLE Subscription (
    SubscriptionId INTEGER PRIMARY KEY,
    ReaderId       INTEGER NOT NULL,
    Plan           TEXT NOT NULL,        -- Basic, Premium, Student
    StartedOn      TEXT NOT NULL,        -- YYYY-MM-DD
    CancelledOn    TEXT,                 -- YYYY-MM-DD; NULL while the subscription is active
    MonthlyPrice   REAL NOT NULL,        -- USD per month
    FOREIGN KEY (ReaderId) REFERENCES Reader(ReaderId)
);
CREATE TABLE Comment (
    CommentId INTEGER PRIMARY KEY,
    ArticleId INTEGER NOT NULL,
    ReaderId  INTEGER NOT NULL,
    PostedAt  TEXT NOT NULL,             -- YYYY-MM-DD HH:MM:SS
    IsRemoved INTEGER NOT NULL,          -- 1 = removed by moderators, 0 = visible
    FOREIGN KEY (ArticleId) REFERENCES Article(ArticleId),
    FOREIGN KEY (ReaderId) REFERENCES Reader(ReaderId)
);
CREATE INDEX IxArticleSection ON Article(SectionId);
CREATE INDEX IxArticleAuthor ON Article(AuthorId);
CREATE INDEX IxViewDate ON ArticleView(ViewDate);
CREATE INDEX IxSubscriptionReader ON Subscription(ReaderId);
CREATE INDEX IxCommentArticle ON Comment(ArticleId);
CREATE INDEX IxCommentReader ON Comment(ReaderId);
"""

# name, parent name, weight, base views, read seconds
SECTIONS = [
    ("News", None, 0, 0, 0),
    ("Politics", "News", 16, 900, 150),
    ("World", "News", 12, 700, 140),
    ("Local", "News", 8, 400, 110),
    ("Business", None, 0, 0, 0),
    ("Markets", "Business", 8, 500, 130),
    ("Technology", "Business", 10, 650, 160),
    ("Climate", None, 6, 450, 170),
    ("Culture", None, 0, 0, 0),
    ("Film", "Culture", 6, 500, 120),
    ("Books", "Culture", 4, 300, 190),
    ("Lifestyle", None, 9, 350, 55),
    ("Sport", None, 10, 800, 100),
    ("Opinion", None, 7, 600, 200),
]
WEAK_SECTION = "Lifestyle"
GROWING_SECTION = "Climate"

FIRST = ["Alice", "Ben", "Chloe", "Dev", "Elena", "Farah", "George", "Hiro", "Isla", "Jonas", "Kira", "Liam",
         "Maya", "Nadia", "Oscar", "Priya", "Quinn", "Rosa", "Samir", "Tara", "Ugo", "Vivian", "Wes", "Ximena",
         "Yusuf", "Zara", "Amir", "Bea", "Carlos", "Dana"]
LAST = ["Abbott", "Baker", "Chen", "Diaz", "Ekwueme", "Fischer", "Garcia", "Hughes", "Ito", "Jensen",
        "Kowalski", "Lopez", "Moreau", "Nakamura", "Okafor", "Patel", "Quint", "Rossi", "Schmidt", "Tanaka",
        "Usman", "Varga", "Walsh", "Xu", "Young", "Zimmer"]
COUNTRIES = [("United States", 40), ("United Kingdom", 16), ("Canada", 9), ("Australia", 7), ("India", 8),
             ("Germany", 5), ("Ireland", 4), ("South Africa", 3), ("New Zealand", 3), ("Nigeria", 3),
             ("Singapore", 2)]
WORDS = ["Budget", "Election", "Storm", "Market", "Startup", "Festival", "League", "Report", "Crisis", "Deal",
         "Vote", "Summit", "Study", "Review", "Season", "Reform", "Strike", "Launch", "Record", "Plan"]
VERBS = ["Shakes", "Divides", "Lifts", "Tests", "Reshapes", "Stalls", "Boosts", "Splits", "Hits", "Surprises"]
OBJS = ["Voters", "Investors", "Fans", "Cities", "Families", "Regulators", "Schools", "Farmers", "Readers", "Workers"]


def wchoice(rng, pairs):
    tot = sum(w for _, w in pairs)
    r = rng.random() * tot
    for v, w in pairs:
        r -= w
        if r <= 0:
            return v
    return pairs[-1][0]


def d2s(d):
    return d.isoformat()


def ts(d, secs):
    return (dt.datetime(d.year, d.month, d.day) + dt.timedelta(seconds=int(secs))).strftime("%Y-%m-%d %H:%M:%S")


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "newsroom.sqlite")
    if os.path.exists(out):
        os.remove(out)
    rng = random.Random(SEED)
    con = sqlite3.connect(out)
    con.executescript(SCHEMA)

    sec_id = {}
    sec_rows = []
    for i, (name, parent, w, bv, rs) in enumerate(SECTIONS, start=1):
        sec_id[name] = i
        sec_rows.append((i, name, sec_id[parent] if parent else None))
    con.executemany("INSERT INTO Section VALUES (?,?,?)", sec_rows)
    leaf = [(sec_id[s[0]], s) for s in SECTIONS if s[2] > 0]

    # authors: chief, 6 editors, ~70 writers
    authors = []
    used = set()

    def name():
        while True:
            n = rng.choice(FIRST) + " " + rng.choice(LAST)
            if n not in used:
                used.add(n)
                return n
    authors.append((1, name(), "Chief Editor", None, "2015-03-02", None))
    editors = []
    for i in range(2, 8):
        hired = dt.date(2016, 1, 1) + dt.timedelta(days=rng.randint(0, 1800))
        left = "2023-08-31" if i == 5 else None
        authors.append((i, name(), "Editor", 1, d2s(hired), left))
        editors.append(i)
    aid = 7
    writer_info = []
    for k in range(72):
        aid += 1
        if k < 50:
            hired = dt.date(2017, 1, 1) + dt.timedelta(days=rng.randint(0, 1800))
        else:
            hired = START + dt.timedelta(days=rng.randint(0, 900))
        left = None
        if rng.random() < 0.2:
            lft = max(hired, START) + dt.timedelta(days=rng.randint(120, 900))
            if lft < END:
                left = d2s(lft)
        role = "Columnist" if rng.random() < 0.18 else "Reporter"
        ed = rng.choice(editors)
        if ed == 5:
            ed = 6  # editor 5 left; writers report to another editor
        authors.append((aid, name(), role, ed, d2s(hired), left))
        home = rng.choice(leaf)[0]
        writer_info.append((aid, hired, left, home))
    con.executemany("INSERT INTO Author VALUES (?,?,?,?,?,?)", authors)

    # articles
    articles = []
    views = []
    art = 0
    day = START
    sec_weights = {sid: s[2] for sid, s in leaf}
    while day <= END:
        yfrac = (day - START).days / (END - START).days
        ds = d2s(day)
        wk = 0.5 if day.weekday() >= 5 else 1.0
        n = int(7.5 * wk + rng.random() * 3)
        avail = [w for w in writer_info if d2s(w[1]) <= ds and (w[2] is None or w[2] > ds)]
        for _ in range(n):
            w = rng.choice(avail)
            if rng.random() < 0.6:
                sid = w[3]
            else:
                ws = dict(sec_weights)
                ws[sec_id[GROWING_SECTION]] = 3 + 14 * yfrac
                if day.year == 2024 and day.month in (10, 11):
                    ws[sec_id["Politics"]] *= 2.5
                sid = wchoice(rng, list(ws.items()))
            sname = SECTIONS[sid - 1][0]
            art += 1
            created = ts(day, rng.randint(6 * 3600, 20 * 3600))
            r = rng.random()
            if ds >= "2024-12-20" and r < 0.5:
                status = "draft"
            elif r < 0.06:
                status = "draft"
            elif r < 0.075:
                status = "retracted"
            else:
                status = "published"
            pub = None
            pubday = None
            if status == "published":
                lag = rng.randint(600, 30 * 3600)
                pdt = dt.datetime.strptime(created, "%Y-%m-%d %H:%M:%S") + dt.timedelta(seconds=lag)
                if pdt.date() > END:
                    pdt = dt.datetime.strptime(created, "%Y-%m-%d %H:%M:%S") + dt.timedelta(seconds=600)
                pub = pdt.strftime("%Y-%m-%d %H:%M:%S")
                pubday = pdt.date()
            if status == "retracted":
                pubday = day
            wc = int(rng.gauss({"Opinion": 1100, "Books": 1400, "Lifestyle": 650, "Sport": 700}.get(sname, 950), 250))
            wc = max(180, wc)
            prem_p = 0.15 + 0.25 * yfrac
            if sname in ("Markets", "Opinion"):
                prem_p += 0.2
            prem = 1 if rng.random() < prem_p else 0
            head = "%s %s %s" % (rng.choice(WORDS), rng.choice(VERBS), rng.choice(OBJS))
            articles.append((art, head, sid, w[0], status, created, pub, wc, prem))
            # views for the first days after publication
            if pubday is not None:
                _, _, _, bv, rs = SECTIONS[sid - 1]
                month_f = 1.0 - 0.18 * (day.month in (7, 8)) + 0.1 * (day.month in (1, 11))
                election = 3.0 if (sname == "Politics" and day.year == 2024 and day.month == 11) else 1.0
                if sname == GROWING_SECTION:
                    bv = bv * (0.6 + 1.6 * yfrac)
                pop = bv * month_f * election * rng.lognormvariate(0, 0.6) * (0.7 if prem else 1.0) * (0.8 + 0.5 * yfrac)
                ndays = 5 if status == "retracted" else rng.randint(6, 12)
                for k in range(ndays):
                    vd = pubday + dt.timedelta(days=k)
                    if vd > END:
                        break
                    v = int(pop * math.exp(-0.75 * k) * rng.uniform(0.8, 1.2))
                    if v <= 0:
                        break
                    secs = round(rs * rng.uniform(0.7, 1.3) * (wc / 950) ** 0.5, 1)
                    views.append((art, d2s(vd), v, secs))
        day += dt.timedelta(days=1)
    con.executemany("INSERT INTO Article VALUES (?,?,?,?,?,?,?,?,?)", articles)
    con.executemany("INSERT INTO ArticleView VALUES (?,?,?,?)", views)

    # readers
    readers = []
    n_readers = 9000
    for i in range(1, n_readers + 1):
        if rng.random() < 0.2:
            sd = dt.date(2019, 1, 1) + dt.timedelta(days=rng.randint(0, 1095))
        else:
            sd = START + dt.timedelta(days=int((rng.random() ** 0.85) * (END - START).days))
        readers.append((i, "reader%05d@inbox.example" % i, wchoice(rng, COUNTRIES), d2s(sd)))
    con.executemany("INSERT INTO Reader VALUES (?,?,?,?)", readers)

    # subscriptions
    subs = []
    sid_ = 0
    prices = {"Basic": [8.0, 9.0, 10.0], "Premium": [15.0, 17.0, 19.0], "Student": [4.0, 4.0, 5.0]}
    for rid, _, country, sd in readers:
        if rng.random() > 0.42:
            continue
        s = max(dt.date.fromisoformat(sd), START - dt.timedelta(days=200)) + dt.timedelta(days=rng.randint(0, 120))
        if s > END:
            continue
        plan = wchoice(rng, [("Basic", 50), ("Premium", 30 + 10 * (s.year - 2022)), ("Student", 12)])
        while s <= END:
            sid_ += 1
            yi = min(2, max(0, s.year - 2022))
            price = prices[plan][yi]
            churn = {"Basic": 0.035, "Premium": 0.02, "Student": 0.05}[plan]
            months = int(rng.expovariate(churn)) + 1
            c = s + dt.timedelta(days=30 * months)
            if s.year == 2023 and s.month == 3 and rng.random() < 0.4:
                c = s + dt.timedelta(days=rng.randint(25, 40))  # promo-month churners
            cancel = d2s(c) if c <= END else None
            subs.append((sid_, rid, plan, d2s(s), cancel, price))
            if cancel is None or rng.random() > 0.25:
                break
            s = c + dt.timedelta(days=rng.randint(10, 200))
            plan = rng.choice(["Basic", "Premium"])
    # promo month: extra sign-ups in March 2023
    con.executemany("INSERT INTO Subscription VALUES (?,?,?,?,?,?)", subs)

    # comments
    comments = []
    cm = 0
    pubs = [a for a in articles if a[6] is not None or a[4] == "retracted"]
    reader_ids = [r[0] for r in readers]
    reader_signup = {r[0]: r[3] for r in readers}
    for a in pubs:
        sname = SECTIONS[a[2] - 1][0]
        lam = {"Politics": 6, "Opinion": 7, "Sport": 4, "World": 3}.get(sname, 1.5)
        if sname == WEAK_SECTION:
            lam = 0.5
        base = a[6] or a[5]
        bd = dt.datetime.strptime(base, "%Y-%m-%d %H:%M:%S")
        k = min(40, int(rng.expovariate(1 / lam)))
        for _ in range(k):
            pt = bd + dt.timedelta(seconds=rng.randint(60, 3 * 86400))
            if pt.date() > END:
                continue
            rid = rng.choice(reader_ids)
            if reader_signup[rid] > pt.strftime("%Y-%m-%d"):
                continue
            cm += 1
            removed = 1 if rng.random() < (0.12 if sname == "Politics" else 0.04) else 0
            comments.append((cm, a[0], rid, pt.strftime("%Y-%m-%d %H:%M:%S"), removed))
    con.executemany("INSERT INTO Comment VALUES (?,?,?,?,?)", comments)
    con.commit()
    bad = con.execute("PRAGMA foreign_key_check").fetchall()
    if bad:
        raise SystemExit("foreign key problems: %r" % bad[:5])
    con.close()


if __name__ == "__main__":
    main()
