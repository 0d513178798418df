#!/usr/bin/env python3
"""Generate tickets.sqlite: an event ticketing company, 2022-01-01 .. 2024-12-31.

Deterministic: the same seed gives the same file on every run.
Usage: python3 gen_tickets.py [OUTPUT_PATH]   (default: tickets.sqlite next to this script)
"""
import datetime as dt
import os
import random
import sqlite3
import sys

SEED = 1313
START = dt.date(2022, 1, 1)
END = dt.date(2024, 12, 31)

SCHEMA = """
CREATE TABLE venues (
    venue_id    INTEGER PRIMARY KEY,
    venue_name  TEXT NOT NULL UNIQUE,
    city        TEXT NOT NULL,
    state       TEXT NOT NULL,           -- two-letter US state code
    venue_type  TEXT NOT NULL,           -- stadium, arena, theater, club, amphitheater
    cap         INTEGER NOT NULL,        -- seated + standing capacity of the building
    opened_yr   INTEGER                  -- year the venue opened; NULL if unknown
);
CREATE TABLE performers (
    performer_id   INTEGER PRIMARY KEY,
    performer_name TEXT NOT NULL UNIQUE,
    genre          TEXT NOT NULL,        -- rock, pop, hip-hop, country, jazz, electronic, comedy, classical
    home_country   TEXT NOT NULL,
    agent_email    TEXT                  -- booking agent contact; NULL if the act books itself
);
CREATE TABLE events (
    evt_id       INTEGER PRIMARY KEY,
    evt_name     TEXT NOT NULL,
    venue_id     INTEGER NOT NULL,
    headliner_id INTEGER NOT NULL,       -- main act
    support_id   INTEGER,                -- opening act; NULL if the show has no opener
    evt_dt       TEXT NOT NULL,          -- YYYY-MM-DD HH:MM:SS scheduled show start
    on_sale_dt   TEXT NOT NULL,          -- YYYY-MM-DD first day tickets could be bought
    evt_status   TEXT NOT NULL,          -- completed, cancelled
    cancel_dt    TEXT,                   -- YYYY-MM-DD the cancellation was announced; NULL unless cancelled
    FOREIGN KEY (venue_id) REFERENCES venues(venue_id),
    FOREIGN KEY (headliner_id) REFERENCES performers(performer_id),
    FOREIGN KEY (support_id) REFERENCES performers(performer_id)
);
CREATE TABLE ticket_tiers (
    tier_id    INTEGER PRIMARY KEY,
    evt_id     INTEGER NOT NULL,
    tier_name  TEXT NOT NULL,            -- GA, Reserved, Balcony, VIP
    price_amt  REAL NOT NULL,            -- face value per ticket, USD
    qty_cap    INTEGER NOT NULL,         -- tickets of this tier allocated to us for sale
    FOREIGN KEY (evt_id) REFERENCES events(evt_id)
);
CREATE TABLE customers (
    cust_id    INTEGER PRIMARY KEY,
    email      TEXT NOT NULL UNIQUE,
    first_nm   TEXT NOT NULL,
    last_nm    TEXT NOT NULL,
    city       TEXT NOT NULL,
    signup_dt  TEXT NOT NULL,            -- YYYY-MM-DD account created
    birth_yr   INTEGER,                  -- NULL if the customer did not give it
    opt_in     INTEGER NOT NULL          -- 1 = accepts marketing email, 0 = not
);
CREATE TABLE promo_codes (
    promo_id     INTEGER PRIMARY KEY,
    code         TEXT NOT NULL UNIQUE,
    discount_pct REAL NOT NULL,          -- percent off the ticket subtotal
    valid_from   TEXT NOT NULL,          -- YYYY-MM-DD
    valid_to     TEXT NOT NULL,          -- YYYY-MM-DD
    max_uses     INTEGER                 -- NULL = unlimited uses
);
CREATE TABLE orders (
    order_id     INTEGER PRIMARY KEY,
    cust_id      INTEGER NOT NULL,
    order_dt     TEXT NOT NULL,          -- YYYY-MM-DD HH:MM:SS purchase time
    channel      TEXT NOT NULL,          -- web, app, box_office
    promo_id     INTEGER,                -- promo code applied; NULL if none
    subtotal_amt REAL NOT NULL,          -- USD, sum of ticket face values
    discount_amt REAL NOT NULL,          -- USD taken off by the promo code (0 without one)
    fee_amt      REAL NOT NULL,          -- USD service fees
    total_amt    REAL NOT NULL,          -- USD charged = subtotal_amt - discount_amt + fee_amt
    FOREIGN KEY (cust_id) REFERENCES customers(cust_id),
    FOREIGN KEY (promo_id) REFERENCES promo_codes(promo_id)
);
CREATE TABLE tickets (
    ticket_id  INTEGER PRIMARY KEY,
    order_id   INTEGER NOT NULL,
    tier_id    INTEGER NOT NULL,
    seat_no    TEXT,                     -- e.g. 'B-14'; NULL for general admission (GA) tickets
    face_amt   REAL NOT NULL,            -- USD face value paid
    tkt_status TEXT NOT NULL,            -- valid, refunded
    scan_dt    TEXT,                     -- YYYY-MM-DD HH:MM:SS scanned at the door; NULL if never scanned (no-show, refunded)
    FOREIGN KEY (order_id) REFERENCES orders(order_id),
    FOREIGN KEY (tier_id) REFERENCES ticket_tiers(tier_id)
);
CREATE TABLE refunds (
    refund_id  INTEGER PRIMARY KEY,
    ticket_id  INTEGER NOT NULL UNIQUE,
    refund_dt  TEXT NOT NULL,            -- YYYY-MM-DD
    refund_amt REAL NOT NULL,            -- USD returned to the buyer
    reason     TEXT NOT NULL,            -- event_cancelled, customer_request, duplicate, fraud
    FOREIGN KEY (ticket_id) REFERENCES tickets(ticket_id)
);
CREATE TABLE resales (
    resale_id      INTEGER PRIMARY KEY,
    ticket_id      INTEGER NOT NULL,
    seller_cust_id INTEGER NOT NULL,     -- customer who listed the ticket
    buyer_cust_id  INTEGER,              -- customer who bought it; NULL if it never sold
    listed_dt      TEXT NOT NULL,        -- YYYY-MM-DD HH:MM:SS
    ask_amt        REAL NOT NULL,        -- USD asking price
    sold_dt        TEXT,                 -- YYYY-MM-DD HH:MM:SS; NULL if it never sold
    sale_amt       REAL,                 -- USD final price; NULL if it never sold
    FOREIGN KEY (ticket_id) REFERENCES tickets(ticket_id),
    FOREIGN KEY (seller_cust_id) REFERENCES customers(cust_id),
    FOREIGN KEY (buyer_cust_id) REFERENCES customers(cust_id)
);
CREATE INDEX idx_events_venue ON events(venue_id);
CREATE INDEX idx_tiers_evt ON ticket_tiers(evt_id);
CREATE INDEX idx_orders_cust ON orders(cust_id);
CREATE INDEX idx_tickets_order ON tickets(order_id);
CREATE INDEX idx_tickets_tier ON tickets(tier_id);
CREATE INDEX idx_resales_ticket ON resales(ticket_id);
"""

VENUES = [  # name, city, state, type, cap, opened_yr, weight
    ("Lakeshore Stadium", "Chicago", "IL", "stadium", 61000, 1994, 1.0),
    ("Riverside Arena", "Chicago", "IL", "arena", 19500, 2002, 2.0),
    ("The Green Room", "Chicago", "IL", "club", 650, None, 2.5),
    ("Empire Hall", "New York", "NY", "theater", 2800, 1928, 2.5),
    ("Harbor Arena", "New York", "NY", "arena", 18000, 2011, 2.2),
    ("Basement 9", "New York", "NY", "club", 400, None, 2.4),
    ("Golden Gate Amphitheater", "San Francisco", "CA", "amphitheater", 8500, 1987, 1.4),
    ("Mission Theater", "San Francisco", "CA", "theater", 1900, 1931, 2.0),
    ("Sunset Bowl", "Los Angeles", "CA", "amphitheater", 17500, 1922, 1.6),
    ("Pacific Stadium", "Los Angeles", "CA", "stadium", 70000, 2020, 0.8),
    ("Velvet Lounge", "Los Angeles", "CA", "club", 500, 2015, 2.4),
    ("Music Row Hall", "Nashville", "TN", "theater", 2300, 1943, 2.2),
    ("Cumberland Arena", "Nashville", "TN", "arena", 17000, 1996, 1.3),
    ("Lone Star Arena", "Austin", "TX", "arena", 15000, 2005, 1.2),
    ("The Cellar", "Austin", "TX", "club", 350, None, 2.6),
    ("Red Canyon Amphitheater", "Denver", "CO", "amphitheater", 9500, 1941, 1.6),
    ("Mile High Theater", "Denver", "CO", "theater", 2600, 1908, 1.4),
    ("Peachtree Arena", "Atlanta", "GA", "arena", 16500, 1999, 1.2),
    ("Magnolia Club", "Atlanta", "GA", "club", 800, 2018, 1.8),
    ("Bayfront Arena", "Miami", "FL", "arena", 19600, 1999, 1.1),
    ("Emerald Theater", "Seattle", "WA", "theater", 2900, 1926, 1.7),
    ("Sound Stadium", "Seattle", "WA", "stadium", 68000, 2002, 0.5),
]

GENRES = [("rock", 20), ("pop", 18), ("hip-hop", 14), ("country", 12), ("jazz", 8),
          ("electronic", 10), ("comedy", 12), ("classical", 6)]
COUNTRIES = [("United States", 60), ("United Kingdom", 12), ("Canada", 8), ("Australia", 5),
             ("Sweden", 4), ("Germany", 4), ("Nigeria", 3), ("South Korea", 4)]
NAME_A = ["Silver", "Midnight", "Neon", "Velvet", "Crimson", "Electric", "Golden", "Wild", "Lonely", "Paper",
          "Iron", "Glass", "Northern", "Broken", "Dizzy", "Lucky", "Cosmic", "Rusty", "Hollow", "Copper",
          "Saint", "Echo", "Static", "Honey", "Violet", "Thunder", "Blue", "Desert", "Rebel", "Quiet"]
NAME_B = ["Foxes", "Harbor", "Parade", "Wolves", "Machines", "Sparrows", "Collective", "Rivers", "Kings", "Tides",
          "Ghosts", "Saints", "Lanterns", "Orchestra", "Brothers", "Sisters", "Giants", "Hearts", "Pilots", "Theory"]
FIRST = ["Alex", "Jordan", "Taylor", "Morgan", "Casey", "Riley", "Jamie", "Avery", "Quinn", "Drew",
         "Emma", "Liam", "Olivia", "Noah", "Ava", "Ethan", "Sophia", "Mason", "Isabella", "Lucas",
         "Mia", "Logan", "Harper", "Elijah", "Amelia", "James", "Evelyn", "Ben", "Abigail", "Henry",
         "Maya", "Leo", "Zara", "Omar", "Priya", "Diego", "Yuki", "Chloe", "Sam", "Nora"]
LAST = ["Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis", "Garcia", "Rodriguez", "Wilson",
        "Martinez", "Anderson", "Thomas", "Moore", "Jackson", "Martin", "Lee", "Thompson", "White", "Harris",
        "Clark", "Lewis", "Robinson", "Walker", "Young", "Allen", "Wright", "Scott", "Nguyen", "Hill",
        "Kim", "Patel", "Cohen", "Murphy", "Rossi", "Silva", "Khan", "Park", "Evans", "Reyes"]
CUST_CITIES = [("Chicago", 14), ("New York", 18), ("San Francisco", 8), ("Los Angeles", 15), ("Nashville", 7),
               ("Austin", 7), ("Denver", 6), ("Atlanta", 7), ("Miami", 5), ("Seattle", 7), ("Boston", 3),
               ("Portland", 3)]
PROMOS = [  # code, pct, from, to, max_uses
    ("WELCOME10", 10, "2022-01-01", "2024-12-31", None),
    ("SPRING22", 15, "2022-03-01", "2022-05-31", 800),
    ("SUMMER22", 20, "2022-06-01", "2022-08-31", 1000),
    ("FALL22", 10, "2022-09-01", "2022-11-30", None),
    ("HOLIDAY22", 25, "2022-11-20", "2022-12-31", 500),
    ("STUDENT15", 15, "2022-01-01", "2024-12-31", None),
    ("SPRING23", 15, "2023-03-01", "2023-05-31", 800),
    ("SUMMER23", 20, "2023-06-01", "2023-08-31", 1200),
    ("FALL23", 10, "2023-09-01", "2023-11-30", None),
    ("HOLIDAY23", 25, "2023-11-20", "2023-12-31", 500),
    ("APPONLY5", 5, "2023-01-15", "2024-12-31", None),
    ("SPRING24", 15, "2024-03-01", "2024-05-31", 800),
    ("SUMMER24", 20, "2024-06-01", "2024-08-31", 1200),
    ("FALL24", 10, "2024-09-01", "2024-11-30", None),
    ("HOLIDAY24", 30, "2024-11-20", "2024-12-31", 600),
    ("VIPFRIEND", 50, "2023-05-01", "2023-05-31", 50),
]
SEASON = {1: 0.7, 2: 0.75, 3: 0.9, 4: 1.0, 5: 1.1, 6: 1.3, 7: 1.4, 8: 1.35, 9: 1.1, 10: 1.05, 11: 0.95, 12: 0.95}
TIER_SPEC = {  # venue_type -> list of (tier, price multiplier, share of allocation, seated)
    "stadium": [("GA", 1.0, 0.45, False), ("Reserved", 1.6, 0.35, True), ("VIP", 4.0, 0.2, True)],
    "arena": [("GA", 1.0, 0.35, False), ("Reserved", 1.5, 0.45, True), ("VIP", 3.5, 0.2, True)],
    "amphitheater": [("GA", 1.0, 0.6, False), ("Reserved", 1.7, 0.4, True)],
    "theater": [("Reserved", 1.3, 0.6, True), ("Balcony", 1.0, 0.4, True)],
    "club": [("GA", 1.0, 1.0, False)],
}
BASE_PRICE = {"stadium": 85, "arena": 65, "amphitheater": 55, "theater": 50, "club": 25}
ALLOC = {"stadium": 300, "arena": 120, "amphitheater": 85, "theater": 50, "club": 30}


def ts(x):
    return x.strftime("%Y-%m-%d %H:%M:%S")


def generate(path):
    rng = random.Random(SEED)
    tmp = path + ".tmp"
    if os.path.exists(tmp):
        os.remove(tmp)
    con = sqlite3.connect(tmp)
    con.executescript(SCHEMA)

    venue_rows = [(i, n, c, s, t, cap, oy) for i, (n, c, s, t, cap, oy, w) in enumerate(VENUES, start=1)]

    # performers
    names = set()
    performers = []
    while len(performers) < 320:
        if rng.random() < 0.55:
            nm = "The %s %s" % (rng.choice(NAME_A), rng.choice(NAME_B))
        else:
            nm = "%s %s" % (rng.choice(FIRST), rng.choice(LAST))
        if nm in names:
            continue
        names.add(nm)
        genre = rng.choices([g for g, w in GENRES], weights=[w for g, w in GENRES])[0]
        country = rng.choices([c for c, w in COUNTRIES], weights=[w for c, w in COUNTRIES])[0]
        agent = None if rng.random() < 0.25 else "booking@%s.com" % nm.lower().replace("the ", "").replace(" ", "")
        pop = rng.paretovariate(2.2)
        performers.append({"id": len(performers) + 1, "name": nm, "genre": genre, "country": country,
                           "agent": agent, "pop": pop})
    # the 2023 stadium tour act
    star = performers[7]
    star["name"] = "Nova Blaze"
    star["genre"] = "pop"
    star["country"] = "United States"
    star["agent"] = "booking@novablaze.com"
    star["pop"] = 8.0
    performer_rows = [(p["id"], p["name"], p["genre"], p["country"], p["agent"]) for p in performers]
    by_genre = {}
    for p in performers:
        by_genre.setdefault(p["genre"], []).append(p)

    # customers
    customers = []
    emails = set()
    ncust = 16000
    for i in range(1, ncust + 1):
        fn, ln = rng.choice(FIRST), rng.choice(LAST)
        base = "%s.%s" % (fn.lower(), ln.lower())
        em = "%s%d@%s" % (base, rng.randint(1, 999), rng.choice(["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "proton.me"]))
        while em in emails:
            em = "%s%d@%s" % (base, rng.randint(1000, 99999), "gmail.com")
        emails.add(em)
        # signups grow over time; some accounts predate 2022
        if rng.random() < 0.3:
            sd = dt.date(2016, 1, 1) + dt.timedelta(days=rng.randint(0, 2190))
        else:
            u = rng.random() ** 0.75
            sd = START + dt.timedelta(days=int(u * 1090))
        by = None if rng.random() < 0.22 else rng.randint(1950, 2006)
        city = rng.choices([c for c, w in CUST_CITIES], weights=[w for c, w in CUST_CITIES])[0]
        customers.append((i, em, fn, ln, city, sd.isoformat(), by, 1 if rng.random() < 0.42 else 0))
    cust_signup = {c[0]: dt.date.fromisoformat(c[5]) for c in customers}
    cust_by_city = {}
    for c in customers:
        cust_by_city.setdefault(c[4], []).append(c[0])

    promo_rows = [(i, c, p, f, t, m) for i, (c, p, f, t, m) in enumerate(PROMOS, start=1)]

    # events
    events = []
    day = START
    while day <= END:
        for vi, (vn, vc, vs, vt, cap, oy, w) in enumerate(VENUES, start=1):
            p = 0.045 * w * SEASON[day.month]
            if vt == "stadium":
                p = 0.006 * SEASON[day.month] * (2.5 if 5 <= day.month <= 9 else 0.3)
            if day.weekday() in (4, 5):
                p *= 1.8
            if rng.random() < p:
                if vt == "club":
                    genres = ["rock", "hip-hop", "electronic", "jazz", "comedy"]
                elif vt == "theater":
                    genres = ["comedy", "classical", "jazz", "rock", "pop", "country"]
                else:
                    genres = ["rock", "pop", "hip-hop", "country", "electronic", "comedy"]
                g = rng.choice(genres)
                if vc == "Nashville" and rng.random() < 0.5:
                    g = "country"
                pool = by_genre[g]
                head = rng.choices(pool, weights=[x["pop"] for x in pool])[0]
                if head is star:
                    head = pool[0] if pool[0] is not star else pool[1]
                sup = None
                if g != "classical" and rng.random() < (0.65 if vt in ("stadium", "arena", "amphitheater") else 0.3):
                    sup = rng.choice(pool)
                    if sup is head or sup is star:
                        sup = None
                hour = 20 if g != "classical" else 19
                if vt == "club":
                    hour = 21
                events.append({"venue": vi, "vt": vt, "head": head, "sup": sup, "day": day, "hour": hour})
        day += dt.timedelta(days=1)
    # Nova Blaze stadium tour, July 2023 (plus arena warm-up shows in June)
    tour = [(1, "2023-07-07"), (10, "2023-07-14"), (10, "2023-07-15"), (22, "2023-07-21"), (1, "2023-07-08"),
            (5, "2023-06-24"), (2, "2023-06-28"), (20, "2023-07-28")]
    for vi, ds in tour:
        events.append({"venue": vi, "vt": VENUES[vi - 1][3], "head": star, "sup": performers[30], "day": dt.date.fromisoformat(ds),
                       "hour": 19, "tour": True})
    events.sort(key=lambda e: (e["day"], e["venue"]))

    event_rows, tier_rows = [], []
    orders, tickets, refunds, resales = [], [], [], []
    for ei, e in enumerate(events, start=1):
        vt = e["vt"]
        head = e["head"]
        start_dt = dt.datetime(e["day"].year, e["day"].month, e["day"].day, e["hour"], rng.choice([0, 0, 30]))
        lead = rng.randint(25, 120) if not e.get("tour") else 200
        on_sale = max(START, e["day"] - dt.timedelta(days=lead))
        cancelled = False
        if e["day"] < dt.date(2022, 3, 1):
            cancelled = rng.random() < 0.35   # omicron wave
        else:
            cancelled = rng.random() < 0.025
        cancel_dt = None
        if cancelled:
            cancel_dt = e["day"] - dt.timedelta(days=rng.randint(1, 20))
            if cancel_dt <= on_sale:
                cancel_dt = on_sale + dt.timedelta(days=1)
        title = head["name"] + (" Live" if head["genre"] != "comedy" else " Stand-Up")
        if e.get("tour"):
            title = "Nova Blaze: Supernova Tour"
        elif head["genre"] == "classical":
            title = head["name"] + " in Concert"
        event_rows.append((ei, title, e["venue"], head["id"], e["sup"]["id"] if e["sup"] else None,
                           ts(start_dt), on_sale.isoformat(), "cancelled" if cancelled else "completed",
                           cancel_dt.isoformat() if cancel_dt else None))
        infl = 1.0 + 0.06 * (e["day"].year - 2022)
        base = BASE_PRICE[vt] * infl * (0.7 + 0.3 * min(head["pop"], 4.0))
        if e.get("tour"):
            base = 140
        alloc = ALLOC[vt] * (3 if e.get("tour") else 1)
        demand = min(1.0, 0.35 + 0.18 * head["pop"] + rng.uniform(-0.1, 0.15))
        if e.get("tour"):
            demand = 1.0
        for tname, mult, share, seated in TIER_SPEC[vt]:
            tid = len(tier_rows) + 1
            price = round(base * mult / 5) * 5 - 0.01 + 1
            price = round(price, 2)
            qcap = max(10, int(alloc * share * rng.uniform(0.85, 1.15)))
            tier_rows.append((tid, ei, tname, price, qcap))
            nsold = int(qcap * min(1.0, demand * rng.uniform(0.8, 1.1)))
            remaining = nsold
            seat_counter = 0
            while remaining > 0:
                k = min(remaining, rng.choices([1, 2, 2, 2, 3, 4, 4, 6], k=1)[0])
                remaining -= k
                # purchase time: skewed towards on-sale day and the last days
                span = max(1, (min(e["day"], END) - on_sale).days)
                if rng.random() < 0.3:
                    off = int(rng.expovariate(1 / 2.0))
                else:
                    off = int(span * (1 - rng.random() ** 1.8))
                off = min(off, span - 1) if span > 1 else 0
                odate = on_sale + dt.timedelta(days=off)
                if cancel_dt and odate >= cancel_dt:
                    odate = cancel_dt - dt.timedelta(days=1)
                    if odate < on_sale:
                        odate = on_sale
                otime = dt.datetime(odate.year, odate.month, odate.day) + dt.timedelta(minutes=rng.randint(420, 1430))
                # buyer: local customers mostly, signed up before the purchase
                city = VENUES[e["venue"] - 1][1]
                pool = cust_by_city[city] if rng.random() < 0.75 else cust_by_city[rng.choice(list(cust_by_city))]
                cid = rng.choice(pool)
                for _ in range(6):
                    if cust_signup[cid] <= odate:
                        break
                    cid = rng.choice(pool)
                frac = (odate - START).days / 1095.0
                channel = rng.choices(["web", "app", "box_office"], weights=[60 - 30 * frac, 22 + 38 * frac, 18 - 8 * frac])[0]
                promo = None
                if rng.random() < 0.13:
                    valid = [i for i, (c, p, f, t, m) in enumerate(PROMOS, start=1)
                             if f <= odate.isoformat() <= t and (c != "APPONLY5" or channel == "app")]
                    if valid:
                        promo = rng.choice(valid)
                subtotal = round(price * k, 2)
                disc = round(subtotal * PROMOS[promo - 1][1] / 100.0, 2) if promo else 0.0
                fee = round(k * (2.5 + 0.1 * price), 2) if channel != "box_office" else 0.0
                oid = len(orders) + 1
                orders.append([oid, cid, ts(otime), channel, promo, subtotal, disc, fee, round(subtotal - disc + fee, 2)])
                for _ in range(k):
                    seat = None
                    if seated:
                        seat_counter += 1
                        seat = "%s-%d" % (chr(65 + (seat_counter - 1) // 20 % 26), (seat_counter - 1) % 20 + 1)
                    tk = {"order": oid, "tier": tid, "seat": seat, "face": price, "status": "valid", "scan": None}
                    tkid = len(tickets) + 1
                    tickets.append(tk)
                    if cancelled:
                        tk["status"] = "refunded"
                        rd = cancel_dt + dt.timedelta(days=rng.randint(0, 14))
                        refunds.append((tkid, rd.isoformat(), price, "event_cancelled"))
                        continue
                    r = rng.random()
                    if r < 0.03:
                        tk["status"] = "refunded"
                        rd = odate + dt.timedelta(days=rng.randint(0, max(0, (e["day"] - odate).days)))
                        reason = rng.choices(["customer_request", "duplicate", "fraud"], weights=[80, 15, 5])[0]
                        amt = price if reason != "customer_request" else round(price * 0.9, 2)
                        refunds.append((tkid, rd.isoformat(), amt, reason))
                        continue
                    # resale
                    if rng.random() < (0.04 + 0.05 * frac + (0.2 if e.get("tour") else 0)):
                        ldt = otime + dt.timedelta(days=rng.uniform(0, max(0.5, (e["day"] - odate).days * 0.9)))
                        ask = round(price * (rng.uniform(0.9, 1.8) if not e.get("tour") else rng.uniform(1.8, 4.5)), 2)
                        if rng.random() < 0.72:
                            buyer = rng.choice(cust_by_city[city]) if rng.random() < 0.7 else rng.randint(1, ncust)
                            if buyer == cid:
                                buyer = (cid % ncust) + 1
                            sold = ldt + dt.timedelta(hours=rng.uniform(2, 24 * max(0.2, (start_dt - ldt).total_seconds() / 86400 - 0.1)))
                            if sold > start_dt:
                                sold = start_dt - dt.timedelta(hours=1)
                            if sold < ldt:
                                sold = ldt + dt.timedelta(minutes=30)
                            sale = round(ask * rng.uniform(0.85, 1.0), 2)
                            resales.append((tkid, cid, buyer, ts(ldt), ask, ts(sold), sale))
                        else:
                            resales.append((tkid, cid, None, ts(ldt), ask, None, None))
                    if rng.random() < 0.91:
                        early = -rng.uniform(-20, 100) if vt != "club" else -rng.uniform(-60, 45)
                        tk["scan"] = ts(start_dt + dt.timedelta(minutes=early))

    # orders sorted by purchase time get increasing ids
    oidx = sorted(range(len(orders)), key=lambda i: (orders[i][2], i))
    oremap = {}
    order_rows = []
    for new, i in enumerate(oidx, start=1):
        oremap[orders[i][0]] = new
        order_rows.append(tuple([new] + orders[i][1:]))
    tidx = sorted(range(len(tickets)), key=lambda i: (oremap[tickets[i]["order"]], i))
    tremap = {}
    ticket_rows = []
    for new, i in enumerate(tidx, start=1):
        t = tickets[i]
        tremap[i + 1] = new
        ticket_rows.append((new, oremap[t["order"]], t["tier"], t["seat"], t["face"], t["status"], t["scan"]))
    refund_rows = sorted(((tremap[r[0]],) + r[1:] for r in refunds), key=lambda r: (r[1], r[0]))
    refund_rows = [(i,) + r for i, r in enumerate(refund_rows, start=1)]
    resale_rows = sorted(((tremap[r[0]],) + r[1:] for r in resales), key=lambda r: (r[3], r[0]))
    resale_rows = [(i,) + r for i, r in enumerate(resale_rows, start=1)]

    con.executemany("INSERT INTO venues VALUES (?,?,?,?,?,?,?)", venue_rows)
    con.executemany("INSERT INTO performers VALUES (?,?,?,?,?)", performer_rows)
    con.executemany("INSERT INTO events VALUES (?,?,?,?,?,?,?,?,?)", event_rows)
    con.executemany("INSERT INTO ticket_tiers VALUES (?,?,?,?,?)", tier_rows)
    con.executemany("INSERT INTO customers VALUES (?,?,?,?,?,?,?,?)", customers)
    con.executemany("INSERT INTO promo_codes VALUES (?,?,?,?,?,?)", promo_rows)
    con.executemany("INSERT INTO orders VALUES (?,?,?,?,?,?,?,?,?)", order_rows)
    con.executemany("INSERT INTO tickets VALUES (?,?,?,?,?,?,?)", ticket_rows)
    con.executemany("INSERT INTO refunds VALUES (?,?,?,?,?)", refund_rows)
    con.executemany("INSERT INTO resales VALUES (?,?,?,?,?,?,?,?)", resale_rows)
    con.commit()
    con.execute("VACUUM")
    con.close()
    os.replace(tmp, path)


if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "tickets.sqlite")
    generate(out)
