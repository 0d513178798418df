#!/usr/bin/env python3
"""Generate museum.sqlite: a mid-sized art museum, 2022-01-01 .. 2024-12-31.

Deterministic: the same seed gives the same file on every run.
Usage: python3 gen_museum.py [OUTPUT_PATH]   (default: museum.sqlite next to this script)
"""
import datetime as dt
import os
import random
import sqlite3
import sys

SEED = 4242
START = dt.date(2022, 1, 1)
END = dt.date(2024, 12, 31)

SCHEMA = """
CREATE TABLE staff (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL,
    role       TEXT NOT NULL,          -- director, curator, conservator, registrar, educator
    hired_on   TEXT NOT NULL,          -- YYYY-MM-DD (may be before 2022)
    left_on    TEXT,                   -- YYYY-MM-DD; NULL = still employed
    manager_id INTEGER,                -- line manager; NULL = reports to the board (the director)
    FOREIGN KEY (manager_id) REFERENCES staff(id)
);
CREATE TABLE artists (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL,
    nationality TEXT NOT NULL,
    birth_year  INTEGER,               -- NULL = unknown
    death_year  INTEGER,               -- NULL = living (or date of death unknown for birth_year NULL)
    movement    TEXT NOT NULL          -- Renaissance, Baroque, Impressionism, Modernism, Abstract Expressionism, Contemporary, Folk
);
CREATE TABLE galleries (
    id                 INTEGER PRIMARY KEY,
    name               TEXT NOT NULL,
    wing               TEXT NOT NULL,  -- North, South, East, West
    floor              INTEGER NOT NULL, -- 0 = ground floor
    area_sqm           REAL NOT NULL,
    climate_controlled INTEGER NOT NULL  -- 1 = yes, 0 = no
);
CREATE TABLE artworks (
    id                 INTEGER PRIMARY KEY,
    title              TEXT NOT NULL,
    artist_id          INTEGER,        -- NULL = artist unknown (anonymous work)
    year_created       INTEGER,        -- NULL = undated
    category           TEXT NOT NULL,  -- painting, sculpture, photograph, print, drawing, textile
    medium             TEXT NOT NULL,
    acquisition_method TEXT,           -- purchase, gift, bequest; NULL = not owned (borrowed from another institution)
    acquired_on        TEXT,           -- YYYY-MM-DD (may be long before 2022); NULL = not owned by the museum
    purchase_price     REAL,           -- USD; NULL unless acquisition_method = 'purchase'
    insurance_value    REAL NOT NULL,  -- USD
    gallery_id         INTEGER,        -- gallery where currently hung; NULL = in storage / not on view
    FOREIGN KEY (artist_id) REFERENCES artists(id),
    FOREIGN KEY (gallery_id) REFERENCES galleries(id)
);
CREATE TABLE exhibitions (
    id              INTEGER PRIMARY KEY,
    title           TEXT NOT NULL,
    gallery_id      INTEGER NOT NULL,
    curator_id      INTEGER NOT NULL,
    exhibition_type TEXT NOT NULL,     -- collection (own works), temporary, touring (travelling show hosted here)
    start_date      TEXT NOT NULL,     -- YYYY-MM-DD opening day
    end_date        TEXT NOT NULL,     -- YYYY-MM-DD closing day (inclusive)
    budget          REAL NOT NULL,     -- USD
    surcharge       REAL,              -- extra USD on top of admission; NULL = included in general admission
    FOREIGN KEY (gallery_id) REFERENCES galleries(id),
    FOREIGN KEY (curator_id) REFERENCES staff(id)
);
CREATE TABLE exhibition_artworks (
    exhibition_id INTEGER NOT NULL,
    artwork_id    INTEGER NOT NULL,
    PRIMARY KEY (exhibition_id, artwork_id),
    FOREIGN KEY (exhibition_id) REFERENCES exhibitions(id),
    FOREIGN KEY (artwork_id) REFERENCES artworks(id)
);
CREATE TABLE loans (
    id                  INTEGER PRIMARY KEY,
    artwork_id          INTEGER NOT NULL,
    direction           TEXT NOT NULL, -- incoming (borrowed by us), outgoing (lent by us)
    partner_institution TEXT NOT NULL,
    partner_country     TEXT NOT NULL,
    start_date          TEXT NOT NULL, -- YYYY-MM-DD
    end_date            TEXT,          -- YYYY-MM-DD returned; NULL = not returned yet
    loan_fee            REAL NOT NULL, -- USD; paid by us for incoming, received by us for outgoing
    exhibition_id       INTEGER,       -- our exhibition an incoming loan is for; NULL = outgoing or not for an exhibition
    FOREIGN KEY (artwork_id) REFERENCES artworks(id),
    FOREIGN KEY (exhibition_id) REFERENCES exhibitions(id)
);
CREATE TABLE memberships (
    id           INTEGER PRIMARY KEY,
    member_name  TEXT NOT NULL,
    tier         TEXT NOT NULL,        -- individual, dual, family, patron
    joined_on    TEXT NOT NULL,        -- YYYY-MM-DD
    expires_on   TEXT NOT NULL,        -- YYYY-MM-DD end of the paid period
    cancelled_on TEXT,                 -- YYYY-MM-DD; NULL = never cancelled
    annual_fee   REAL NOT NULL,        -- USD
    auto_renew   INTEGER NOT NULL      -- 1 = renews automatically
);
CREATE TABLE tickets (
    id            INTEGER PRIMARY KEY,
    visit_date    TEXT NOT NULL,       -- YYYY-MM-DD date the ticket is valid for
    ticket_type   TEXT NOT NULL,       -- adult, senior, student, child, member, group
    channel       TEXT NOT NULL,       -- online, front desk, kiosk
    price         REAL NOT NULL,       -- USD paid, including any exhibition surcharge (0 for child and member)
    exhibition_id INTEGER,             -- exhibition the ticket includes; NULL = general admission only
    membership_id INTEGER,             -- NULL unless ticket_type = 'member'
    scanned_at    TEXT,                -- YYYY-MM-DD HH:MM:SS entry scan; NULL = never used (no-show)
    FOREIGN KEY (exhibition_id) REFERENCES exhibitions(id),
    FOREIGN KEY (membership_id) REFERENCES memberships(id)
);
CREATE TABLE conservation_jobs (
    id             INTEGER PRIMARY KEY,
    artwork_id     INTEGER NOT NULL,
    conservator_id INTEGER,            -- staff member doing the work; NULL = not yet assigned
    treatment      TEXT NOT NULL,      -- cleaning, restoration, consolidation, reframing, examination
    priority       TEXT NOT NULL,      -- low, normal, urgent
    requested_on   TEXT NOT NULL,      -- YYYY-MM-DD
    started_on     TEXT,               -- YYYY-MM-DD; NULL = not started yet
    completed_on   TEXT,               -- YYYY-MM-DD; NULL = not finished yet
    cost           REAL,               -- USD; NULL = not yet costed (job unfinished)
    FOREIGN KEY (artwork_id) REFERENCES artworks(id),
    FOREIGN KEY (conservator_id) REFERENCES staff(id)
);
CREATE INDEX idx_tickets_date ON tickets(visit_date);
CREATE INDEX idx_artworks_artist ON artworks(artist_id);
CREATE INDEX idx_conservation_artwork ON conservation_jobs(artwork_id);
"""

FIRST = ["Anna", "Ben", "Clara", "Daniel", "Elena", "Frank", "Grace", "Henry", "Iris", "Jonas", "Karen", "Leo",
         "Maya", "Nathan", "Olga", "Peter", "Rosa", "Simon", "Tara", "Victor", "Wendy", "Adam", "Beatrice",
         "Colin", "Diana", "Edgar", "Farah", "Gus", "Hana", "Isaac", "Julia", "Kai", "Lena", "Marcus", "Nadia"]
LAST = ["Abbott", "Bauer", "Chen", "Dubois", "Evans", "Fischer", "Gomez", "Hughes", "Ito", "Jensen", "Klein",
        "Larsen", "Moreau", "Novak", "Ortiz", "Park", "Quinn", "Reyes", "Stein", "Tanaka", "Ueda", "Vargas",
        "Weiss", "Young", "Zimmer", "Lindqvist", "Okoro", "Rossi", "Sato", "Walsh"]

NATIONS = [("French", 18), ("Dutch", 12), ("Italian", 14), ("American", 22), ("Spanish", 7), ("German", 9),
           ("British", 8), ("Japanese", 5), ("Mexican", 4), ("Nigerian", 2), ("Flemish", 4), ("Russian", 3)]
MOVEMENTS = {
    "Renaissance": (1440, 1560), "Baroque": (1570, 1700), "Impressionism": (1830, 1870),
    "Modernism": (1870, 1920), "Abstract Expressionism": (1900, 1935), "Contemporary": (1940, 1995),
    "Folk": (1800, 1960),
}
CATEGORIES = {
    "painting": (["oil on canvas", "oil on panel", "tempera on panel", "acrylic on canvas", "watercolor"], 40),
    "sculpture": (["bronze", "marble", "wood", "terracotta", "steel"], 12),
    "photograph": (["gelatin silver print", "chromogenic print", "albumen print"], 14),
    "print": (["etching", "woodcut", "lithograph", "screenprint"], 16),
    "drawing": (["graphite on paper", "charcoal on paper", "ink on paper", "pastel"], 13),
    "textile": (["wool tapestry", "silk", "cotton quilt"], 5),
}
GALLERIES = [
    ("Great Hall", "North", 0, 620, 1), ("Renaissance Rooms", "North", 1, 410, 1),
    ("Baroque Salon", "North", 1, 380, 1), ("Impressionist Gallery", "East", 1, 450, 1),
    ("Modern Wing A", "West", 0, 520, 1), ("Modern Wing B", "West", 1, 500, 1),
    ("Photography Gallery", "East", 0, 260, 1), ("Works on Paper Room", "East", 2, 180, 1),
    ("Sculpture Court", "South", 0, 700, 0), ("Textile Gallery", "South", 1, 220, 1),
    ("Folk Art Gallery", "South", 2, 240, 0), ("Special Exhibitions Hall", "West", 2, 900, 1),
    ("Contemporary Lab", "West", 2, 330, 1), ("Garden Pavilion", "South", 0, 300, 0),
]
PARTNERS = [("Rijksmuseum", "Netherlands"), ("Musée d'Orsay", "France"), ("Louvre", "France"),
            ("Uffizi Gallery", "Italy"), ("Prado", "Spain"), ("National Gallery", "United Kingdom"),
            ("Tate Modern", "United Kingdom"), ("Metropolitan Museum of Art", "United States"),
            ("Art Institute of Chicago", "United States"), ("Getty Museum", "United States"),
            ("Mauritshuis", "Netherlands"), ("Städel Museum", "Germany"), ("Tokyo National Museum", "Japan"),
            ("Museo Frida Kahlo", "Mexico"), ("Kunsthistorisches Museum", "Austria"),
            ("Art Gallery of Ontario", "Canada")]
EXHIBITIONS = [
    # title, gallery(1-based), type, start, end, budget, surcharge
    ("Light of the North: Dutch Landscapes", 12, "temporary", "2022-02-05", "2022-05-29", 420000, 8.0),
    ("Paper Trails", 8, "collection", "2022-01-15", "2022-06-30", 35000, None),
    ("Faces of Florence", 2, "collection", "2022-03-01", "2022-12-31", 60000, None),
    ("Women of Impressionism", 12, "touring", "2022-06-25", "2022-10-16", 680000, 12.0),
    ("Steel and Stone", 9, "collection", "2022-05-01", "2022-10-31", 45000, None),
    ("The Camera Sees", 7, "temporary", "2022-07-01", "2022-11-27", 150000, 5.0),
    ("Winter Prints", 8, "collection", "2022-11-15", "2023-03-12", 25000, None),
    ("Folk Visions of Mexico", 11, "temporary", "2022-09-10", "2023-01-29", 210000, 6.0),
    ("Baroque Drama", 12, "temporary", "2022-11-05", "2023-02-26", 390000, 10.0),
    ("Threads of Time", 10, "collection", "2023-01-10", "2023-08-31", 40000, None),
    ("New Acquisitions 2022", 13, "collection", "2023-02-01", "2023-05-14", 30000, None),
    ("Monet to Matisse", 12, "touring", "2023-03-18", "2023-07-16", 720000, 14.0),
    ("Urban Lens", 7, "temporary", "2023-04-01", "2023-09-03", 120000, 5.0),
    ("Abstract Energies", 6, "temporary", "2023-06-01", "2023-10-29", 260000, 8.0),
    ("Garden of Sculpture", 14, "collection", "2023-05-01", "2023-09-30", 55000, None),
    ("Vermeer and the Delft Masters", 12, "touring", "2023-09-30", "2024-01-21", 1450000, 20.0),
    ("Drawn from Life", 8, "collection", "2023-09-01", "2024-02-25", 28000, None),
    ("Japanese Woodblock Prints", 13, "temporary", "2023-11-04", "2024-03-10", 180000, 6.0),
    ("Renaissance Portraits Revisited", 2, "collection", "2024-01-15", "2024-12-31", 70000, None),
    ("Color Field", 5, "temporary", "2024-02-10", "2024-06-16", 240000, 8.0),
    ("Spanish Golden Age", 12, "touring", "2024-03-02", "2024-07-07", 830000, 15.0),
    ("Quilts of America", 10, "temporary", "2024-04-06", "2024-09-01", 95000, 4.0),
    ("Photography Now", 7, "temporary", "2024-06-01", "2024-10-27", 140000, 6.0),
    ("Impressionist Summer", 4, "collection", "2024-06-15", "2024-09-15", 50000, None),
    ("Modern British Art", 12, "touring", "2024-08-03", "2024-11-24", 610000, 12.0),
    ("New Acquisitions 2023-24", 13, "collection", "2024-09-07", "2024-12-31", 32000, None),
    ("Holiday Prints", 8, "collection", "2024-11-16", "2024-12-31", 18000, None),
    ("Masters of Light: Caravaggio and Followers", 12, "temporary", "2024-12-07", "2024-12-31", 520000, 12.0),
]
TITLE_A = ["Portrait of", "Study of", "Landscape with", "View of", "Still Life with", "Composition in",
           "The", "Woman with", "Man in", "Evening at", "Morning in", "Harbor at", "Figure and"]
TITLE_B = ["a Young Woman", "the River", "Red and Blue", "Flowers", "a Bridge", "the Sea", "Windmills",
           "a Merchant", "Lemons", "the Garden", "Delft", "Venice", "a Horse", "Black Lines", "the Mountain",
           "Dancers", "Apples", "a Sleeping Child", "Grey", "Autumn"]


def d(s):
    return dt.date.fromisoformat(s)


def rdate(rng, a, b):
    return a + dt.timedelta(days=rng.randint(0, (b - a).days))


def generate(path):
    rng = random.Random(SEED)
    tmp = path + ".tmp"
    if os.path.exists(tmp):
        os.remove(tmp)
    con = sqlite3.connect(tmp)
    con.execute("PRAGMA journal_mode=OFF")
    con.execute("PRAGMA synchronous=OFF")
    con.executescript(SCHEMA)

    # ---- staff ----------------------------------------------------------
    staff = [[1, "Margaret Holloway", "director", "2015-04-01", None, None]]
    names = set(["Margaret Holloway"])

    def pname():
        while True:
            n = rng.choice(FIRST) + " " + rng.choice(LAST)
            if n not in names:
                names.add(n)
                return n
    heads = {}
    for role, n in [("curator", 9), ("conservator", 8), ("registrar", 4), ("educator", 6)]:
        for k in range(n):
            sid = len(staff) + 1
            hired = rdate(rng, dt.date(2003, 1, 1), dt.date(2024, 6, 30))
            if k == 0:
                hired = rdate(rng, dt.date(2005, 1, 1), dt.date(2014, 12, 31))
                mgr = 1
                heads[role] = sid
            else:
                mgr = heads[role]
            left = None
            if k > 1 and rng.random() < 0.2:
                left = rdate(rng, max(hired + dt.timedelta(days=200), dt.date(2022, 3, 1)), dt.date(2024, 12, 1))
                if left > dt.date(2024, 12, 31):
                    left = None
            staff.append([sid, pname(), role, hired.isoformat(), left.isoformat() if left else None, mgr])
    curators = [s[0] for s in staff if s[2] == "curator"]
    conservators = [s for s in staff if s[2] == "conservator"]

    # ---- artists --------------------------------------------------------
    artists = []
    for i in range(1, 341):
        mv = rng.choices(list(MOVEMENTS), [10, 12, 14, 16, 10, 20, 8])[0]
        lo, hi = MOVEMENTS[mv]
        nat = rng.choices([n for n, _ in NATIONS], [w for _, w in NATIONS])[0]
        if mv in ("Renaissance",) and rng.random() < 0.7:
            nat = rng.choice(["Italian", "Flemish"])
        if mv == "Baroque" and rng.random() < 0.6:
            nat = rng.choice(["Dutch", "Flemish", "Spanish", "Italian"])
        by = rng.randint(lo, hi)
        dy = by + rng.randint(35, 90)
        if mv == "Contemporary" and by > 1945 and rng.random() < 0.75:
            dy = None
        if dy and dy > 2024:
            dy = None
        if mv in ("Renaissance", "Folk") and rng.random() < 0.12:
            by, dy = None, None
        nm = rng.choice(FIRST) + " " + rng.choice(LAST) + ("" if rng.random() < 0.7 else " " + rng.choice(LAST))
        artists.append((i, nm, nat, by, dy, mv))
    art_by_id = {a[0]: a for a in artists}

    # ---- artworks -------------------------------------------------------
    cats = list(CATEGORIES)
    cat_w = [CATEGORIES[c][1] for c in cats]
    gallery_for_cat = {"painting": [1, 2, 3, 4, 5, 6], "sculpture": [9, 14, 1], "photograph": [7],
                       "print": [8], "drawing": [8], "textile": [10, 11]}
    artworks = []
    for i in range(1, 6201):
        cat = rng.choices(cats, cat_w)[0]
        aid = rng.randint(1, len(artists)) if rng.random() > 0.09 else None
        if aid:
            a = art_by_id[aid]
            if a[3]:
                yc = a[3] + rng.randint(20, 60)
                if a[4]:
                    yc = min(yc, a[4])
                yc = min(yc, 2024)
            else:
                yc = None if rng.random() < 0.6 else rng.randint(1450, 1900)
            if a[5] in ("Renaissance", "Baroque") and cat == "photograph":
                cat = "painting"
        else:
            yc = None if rng.random() < 0.5 else rng.randint(1400, 1950)
            if cat == "photograph":
                cat = "textile"
        medium = rng.choice(CATEGORIES[cat][0])
        title = rng.choice(TITLE_A) + " " + rng.choice(TITLE_B)
        if rng.random() < 0.3:
            title += " No. %d" % rng.randint(1, 30)
        r = rng.random()
        if r < 0.42:
            method = "purchase"
        elif r < 0.80:
            method = "gift"
        else:
            method = "bequest"
        # acquisitions: mostly historic, some 2022-2024, growing contemporary buying
        if rng.random() < 0.9:
            acq = rdate(rng, dt.date(1935, 1, 1), dt.date(2021, 12, 31))
        else:
            acq = rdate(rng, START, END)
        price = None
        base = {"painting": 60000, "sculpture": 45000, "photograph": 6000, "print": 4000,
                "drawing": 9000, "textile": 12000}[cat]
        value = round(base * rng.lognormvariate(0, 1.1), -2)
        if aid and art_by_id[aid][5] in ("Baroque", "Impressionism", "Renaissance") and cat == "painting":
            value *= 6
        if method == "purchase":
            price = round(value * rng.uniform(0.2, 0.7) * (0.4 if acq.year < 1980 else 1.0), -2)
        gal = rng.choice(gallery_for_cat[cat]) if rng.random() < 0.18 else None
        artworks.append([i, title, aid, yc, cat, medium, method, acq.isoformat(), price, float(value), gal])
    # borrowed works (not owned): appended after the collection
    borrowed_ids = []
    for k in range(160):
        i = len(artworks) + 1
        aid = rng.randint(1, len(artists))
        a = art_by_id[aid]
        cat = rng.choices(["painting", "sculpture", "drawing", "print"], [70, 10, 12, 8])[0]
        yc = min(2024, (a[3] or 1600) + rng.randint(20, 55))
        title = rng.choice(TITLE_A) + " " + rng.choice(TITLE_B)
        value = round(250000 * rng.lognormvariate(0, 1.0), -2)
        artworks.append([i, title, aid, yc, cat, rng.choice(CATEGORIES[cat][0]), None, None, None, float(value), None])
        borrowed_ids.append(i)

    # ---- exhibitions & loans ------------------------------------------
    exhibitions = []
    ex_art = []
    loans = []
    owned = [a for a in artworks if a[6] is not None]
    bpos = 0
    for i, (title, gal, typ, s, e, budget, sur) in enumerate(EXHIBITIONS, 1):
        cur = curators[(i * 3) % len(curators)]
        exhibitions.append((i, title, gal, cur, typ, s, e, float(budget), sur))
        n = rng.randint(25, 70) if typ != "collection" else rng.randint(30, 90)
        chosen = rng.sample(owned, n)
        ids = set(a[0] for a in chosen)
        if typ in ("touring", "temporary"):
            nb = {"touring": rng.randint(12, 20), "temporary": rng.randint(2, 7)}[typ]
            for _ in range(nb):
                if bpos >= len(borrowed_ids):
                    break
                bid = borrowed_ids[bpos]
                bpos += 1
                ids.add(bid)
                partner = rng.choice(PARTNERS)
                sd = d(s) - dt.timedelta(days=rng.randint(5, 20))
                end = d(e) + dt.timedelta(days=rng.randint(5, 25))
                endv = end.isoformat() if end <= dt.date(2024, 12, 31) else None
                fee = round(rng.uniform(2000, 25000) * (2.5 if typ == "touring" else 1), 2)
                loans.append([bid, "incoming", partner[0], partner[1], sd.isoformat(), endv, fee, i])
        for aid in sorted(ids):
            ex_art.append((i, aid))
    # outgoing loans of owned works
    for _ in range(260):
        a = rng.choice(owned)
        partner = rng.choice(PARTNERS)
        sd = rdate(rng, START, dt.date(2024, 11, 30))
        end = sd + dt.timedelta(days=rng.randint(60, 400))
        endv = end.isoformat() if end <= dt.date(2024, 12, 31) and rng.random() > 0.03 else None
        fee = round(rng.uniform(500, 15000), 2)
        loans.append([a[0], "outgoing", partner[0], partner[1], sd.isoformat(), endv, fee, None])
    loans.sort(key=lambda r: (r[4], r[0]))
    loan_rows = [(i + 1,) + tuple(r) for i, r in enumerate(loans)]

    # ---- memberships ------------------------------------------------------
    TIERS = {"individual": 75.0, "dual": 120.0, "family": 150.0, "patron": 750.0}
    memberships = []
    day = START
    mem_start = []
    while day <= END:
        t = (day - START).days / 1095.0
        rate = 5.0 + 5.0 * t
        if day.month == 12:
            rate *= 1.8  # gift memberships
        if dt.date(2023, 10, 1) <= day <= dt.date(2024, 1, 21):
            rate *= 1.6  # Vermeer bump
        n = int(rate) + (1 if rng.random() < rate - int(rate) else 0)
        for _ in range(n):
            fam_w = 15 + 25 * t
            tier = rng.choices(list(TIERS), [50, 22, fam_w, 3])[0]
            fee = TIERS[tier] * (1.1 if day.year == 2024 else 1.0)
            exp = day + dt.timedelta(days=365)
            canc = None
            if rng.random() < 0.08:
                c = day + dt.timedelta(days=rng.randint(20, 330))
                if c <= END:
                    canc = c.isoformat()
            mid = len(memberships) + 1
            memberships.append((mid, pname() if rng.random() < 0.02 else rng.choice(FIRST) + " " + rng.choice(LAST),
                                tier, day.isoformat(), exp.isoformat(), canc, round(fee, 2),
                                1 if rng.random() < 0.45 else 0))
            mem_start.append((day, exp, mid, canc))
        day += dt.timedelta(days=1)

    # ---- tickets ----------------------------------------------------------
    tickets = []
    ex_by_day = {}
    for ex in exhibitions:
        if ex[8] is not None:
            x = d(ex[5])
            while x <= d(ex[6]):
                ex_by_day.setdefault(x, []).append(ex)
                x += dt.timedelta(days=1)
    MONTH_F = {1: 0.6, 2: 0.65, 3: 0.85, 4: 0.95, 5: 1.0, 6: 1.15, 7: 1.45, 8: 1.4, 9: 0.9, 10: 0.95,
               11: 0.9, 12: 1.25}
    PRICE = {"adult": 22.0, "senior": 16.0, "student": 12.0, "child": 0.0, "member": 0.0, "group": 17.0}
    day = START
    active_members = []
    mi = 0
    while day <= END:
        if day.weekday() == 0 or day in (dt.date(2022, 12, 25), dt.date(2023, 12, 25), dt.date(2024, 12, 25),
                                         dt.date(2023, 1, 1), dt.date(2024, 1, 1)):
            day += dt.timedelta(days=1)
            continue
        if dt.date(2022, 8, 15) <= day <= dt.date(2022, 8, 28):  # closed: roof repair
            day += dt.timedelta(days=1)
            continue
        t = (day - START).days / 1095.0
        lam = 62 * MONTH_F[day.month] * (1.0 + 0.25 * t) * (1.35 if day.weekday() >= 5 else 1.0)
        if dt.date(2023, 9, 30) <= day <= dt.date(2024, 1, 21):
            lam *= 1.9  # Vermeer blockbuster
        n = max(0, int(rng.gauss(lam, lam * 0.15)))
        while mi < len(mem_start) and mem_start[mi][0] <= day:
            active_members.append(mem_start[mi])
            mi += 1
        live = [m for m in active_members[-900:] if m[1] >= day and (m[3] is None or m[3] > day.isoformat())]
        exs = ex_by_day.get(day, [])
        price_up = 1.0 if day < dt.date(2024, 1, 1) else 25.0 / 22.0
        online_p = 0.28 + 0.4 * t
        for _ in range(n):
            tt = rng.choices(["adult", "senior", "student", "child", "member", "group"],
                             [44, 14, 11, 12, 13 if live else 0, 6])[0]
            ch = "online" if rng.random() < online_p else rng.choice(["front desk", "front desk", "kiosk"])
            if tt == "group":
                ch = "online" if rng.random() < 0.8 else "front desk"
            price = round(PRICE[tt] * price_up, 2)
            ex_id = None
            if exs and rng.random() < (0.75 if any(e[0] == 16 for e in exs) else 0.4):
                ex = rng.choice(exs)
                ex_id = ex[0]
                if tt != "member":
                    price = round(price + ex[8] * (0.5 if tt == "child" else 1.0), 2)
            mid = rng.choice(live)[2] if tt == "member" else None
            scanned = None
            if rng.random() > (0.07 if ch == "online" else 0.005):
                hh = rng.choices(range(10, 18), [10, 14, 16, 14, 13, 12, 9, 5])[0]
                scanned = "%s %02d:%02d:%02d" % (day.isoformat(), hh, rng.randint(0, 59), rng.randint(0, 59))
            tickets.append((len(tickets) + 1, day.isoformat(), tt, ch, price, ex_id, mid, scanned))
        day += dt.timedelta(days=1)

    # ---- conservation ---------------------------------------------------
    jobs = []
    for _ in range(1900):
        a = rng.choice(owned)
        req = rdate(rng, START, END)
        treat = rng.choices(["cleaning", "restoration", "consolidation", "reframing", "examination"],
                            [30, 18, 10, 14, 28])[0]
        if a[4] == "textile" and rng.random() < 0.5:
            treat = "consolidation"
        prio = rng.choices(["low", "normal", "urgent"], [30, 58, 12])[0]
        cons = [c for c in conservators if c[3] <= req.isoformat() and (c[4] is None or c[4] > req.isoformat())]
        c = rng.choice(cons)[0] if cons else None
        wait = rng.randint(0, 5) if prio == "urgent" else rng.randint(3, 60)
        st = req + dt.timedelta(days=wait)
        dur = {"cleaning": (3, 25), "restoration": (30, 200), "consolidation": (14, 90), "reframing": (1, 10),
               "examination": (1, 7)}[treat]
        fin = st + dt.timedelta(days=rng.randint(*dur))
        if st > END or (c is None):
            st_v, fin_v, cost = (None, None, None) if c is None or st > END else (st.isoformat(), None, None)
        else:
            st_v = st.isoformat()
            if fin > END:
                fin_v, cost = None, None
            else:
                fin_v = fin.isoformat()
                base = {"cleaning": 800, "restoration": 9000, "consolidation": 3500, "reframing": 600,
                        "examination": 250}[treat]
                cost = round(base * rng.uniform(0.5, 2.2) * (1.5 if a[4] == "painting" else 1.0), 2)
        if st_v is None:
            c = None if rng.random() < 0.7 else c
        jobs.append([a[0], c, treat, prio, req.isoformat(), st_v, fin_v, cost])
    jobs.sort(key=lambda r: r[4])
    job_rows = [(i + 1,) + tuple(r) for i, r in enumerate(jobs)]

    gal_rows = [(i + 1,) + g for i, g in enumerate(GALLERIES)]
    con.executemany("INSERT INTO staff VALUES (?,?,?,?,?,?)", [tuple(s) for s in staff])
    con.executemany("INSERT INTO artists VALUES (?,?,?,?,?,?)", artists)
    con.executemany("INSERT INTO galleries VALUES (?,?,?,?,?,?)", gal_rows)
    con.executemany("INSERT INTO artworks VALUES (?,?,?,?,?,?,?,?,?,?,?)", [tuple(a) for a in artworks])
    con.executemany("INSERT INTO exhibitions VALUES (?,?,?,?,?,?,?,?,?)", exhibitions)
    con.executemany("INSERT INTO exhibition_artworks VALUES (?,?)", ex_art)
    con.executemany("INSERT INTO loans VALUES (?,?,?,?,?,?,?,?,?)", loan_rows)
    con.executemany("INSERT INTO memberships VALUES (?,?,?,?,?,?,?,?)", memberships)
    con.executemany("INSERT INTO tickets VALUES (?,?,?,?,?,?,?,?)", tickets)
    con.executemany("INSERT INTO conservation_jobs VALUES (?,?,?,?,?,?,?,?,?)", job_rows)
    con.commit()
    con.execute("VACUUM")
    con.close()
    os.replace(tmp, path)


if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "museum.sqlite")
    generate(out)
