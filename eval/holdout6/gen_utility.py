#!/usr/bin/env python3
"""Generate utility.sqlite: an electricity + water utility company, 2022-01-01 .. 2024-12-31.

Deterministic: the same seed gives the same file on every run.
Usage: python3 gen_utility.py [OUTPUT_PATH]   (default: utility.sqlite next to this script)
"""
import datetime as dt
import math
import os
import random
import sqlite3
import sys

SEED = 61616
START = dt.date(2022, 1, 1)
END = dt.date(2024, 12, 31)

SCHEMA = """
CREATE TABLE tariffs (
    id                    INTEGER PRIMARY KEY,
    tariff_name           TEXT NOT NULL UNIQUE,  -- e.g. 'Standard Electric', 'Green Electric', 'Economy 7', 'Business Electric', 'Standard Water', 'Business Water'
    utility               TEXT NOT NULL,         -- 'electricity' or 'water'
    unit_rate             REAL NOT NULL,         -- USD per kWh (electricity) or USD per litre (water)
    daily_standing_charge REAL NOT NULL,         -- USD per day
    is_green              INTEGER NOT NULL       -- 1 = 100% renewable tariff, 0 = not
);
CREATE TABLE customers (
    id                      INTEGER PRIMARY KEY,
    full_name               TEXT NOT NULL,       -- person or business name
    customer_type           TEXT NOT NULL,       -- 'residential' or 'business'
    email                   TEXT,                -- NULL = no email address on file (paper billing)
    joined_on               TEXT NOT NULL,       -- YYYY-MM-DD, start of supply
    closed_on               TEXT,                -- YYYY-MM-DD account closed / moved out; NULL = still a customer
    referred_by_customer_id INTEGER,             -- customer who referred them; NULL = not referred
    FOREIGN KEY (referred_by_customer_id) REFERENCES customers(id)
);
CREATE TABLE premises (
    id            INTEGER PRIMARY KEY,
    customer_id   INTEGER NOT NULL,
    street_address TEXT NOT NULL,
    city          TEXT NOT NULL,
    region        TEXT NOT NULL,                 -- 'North', 'South', 'East', 'West', 'Central'
    premise_type  TEXT NOT NULL,                 -- 'house', 'apartment', 'commercial', 'industrial'
    FOREIGN KEY (customer_id) REFERENCES customers(id)
);
CREATE TABLE meters (
    id            INTEGER PRIMARY KEY,
    premise_id    INTEGER NOT NULL,
    tariff_id     INTEGER NOT NULL,
    serial_number TEXT NOT NULL UNIQUE,
    meter_type    TEXT NOT NULL,                 -- 'electric' or 'water'
    is_smart      INTEGER NOT NULL,              -- 1 = smart (remotely read) meter, 0 = legacy meter
    installed_on  TEXT NOT NULL,                 -- YYYY-MM-DD
    removed_on    TEXT,                          -- YYYY-MM-DD; NULL = still in service
    FOREIGN KEY (premise_id) REFERENCES premises(id),
    FOREIGN KEY (tariff_id) REFERENCES tariffs(id)
);
CREATE TABLE meter_readings (
    id                 INTEGER PRIMARY KEY,
    meter_id           INTEGER NOT NULL,
    reading_date       TEXT NOT NULL,            -- YYYY-MM-DD, end of the month read
    consumption_kwh    REAL,                     -- electricity used since previous reading; NULL for water meters
    consumption_litres REAL,                     -- water used since previous reading; NULL for electric meters
    reading_type       TEXT NOT NULL,            -- 'actual' (read by meter/engineer), 'estimated', 'customer' (submitted by customer)
    FOREIGN KEY (meter_id) REFERENCES meters(id)
);
CREATE TABLE bills (
    id                  INTEGER PRIMARY KEY,
    customer_id         INTEGER NOT NULL,
    premise_id          INTEGER NOT NULL,
    period_start        TEXT NOT NULL,           -- YYYY-MM-DD first day billed
    period_end          TEXT NOT NULL,           -- YYYY-MM-DD last day billed
    issued_on           TEXT NOT NULL,           -- YYYY-MM-DD
    due_on              TEXT NOT NULL,           -- YYYY-MM-DD payment due date
    electricity_charge  REAL NOT NULL,           -- USD
    water_charge        REAL,                    -- USD; NULL = premise has no water service with us
    total_amount        REAL NOT NULL,           -- USD, electricity_charge + water_charge (+ tax)
    paid_at             TEXT,                    -- YYYY-MM-DD; NULL = unpaid
    payment_method      TEXT,                    -- 'direct debit', 'card', 'bank transfer', 'cash'; NULL = unpaid
    status              TEXT NOT NULL,           -- 'paid', 'open' (unpaid, not yet due), 'overdue' (unpaid, past due on 2024-12-31)
    FOREIGN KEY (customer_id) REFERENCES customers(id),
    FOREIGN KEY (premise_id) REFERENCES premises(id)
);
CREATE TABLE outages (
    id                 INTEGER PRIMARY KEY,
    region             TEXT NOT NULL,            -- 'North', 'South', 'East', 'West', 'Central'
    utility            TEXT NOT NULL,            -- 'electricity' or 'water'
    cause              TEXT NOT NULL,            -- 'storm', 'equipment failure', 'planned maintenance', 'third-party damage', 'pipe burst'
    started_at         TEXT NOT NULL,            -- YYYY-MM-DD HH:MM:SS
    restored_at        TEXT,                     -- YYYY-MM-DD HH:MM:SS; NULL = supply not yet restored (ongoing)
    customers_affected INTEGER NOT NULL
);
CREATE TABLE technicians (
    id            INTEGER PRIMARY KEY,
    full_name     TEXT NOT NULL,
    region        TEXT NOT NULL,                 -- home region: 'North', 'South', 'East', 'West', 'Central'
    skill         TEXT NOT NULL,                 -- 'electrical', 'water', 'metering'
    hired_on      TEXT NOT NULL,                 -- YYYY-MM-DD
    hourly_rate   REAL NOT NULL,                 -- USD
    supervisor_id INTEGER,                       -- technician who supervises this one; NULL = is a supervisor (no manager)
    FOREIGN KEY (supervisor_id) REFERENCES technicians(id)
);
CREATE TABLE service_tickets (
    id            INTEGER PRIMARY KEY,
    customer_id   INTEGER NOT NULL,
    premise_id    INTEGER NOT NULL,
    category      TEXT NOT NULL,                 -- 'no supply', 'billing query', 'meter fault', 'leak', 'high usage complaint', 'new connection', 'smart meter install'
    priority      TEXT NOT NULL,                 -- 'low', 'normal', 'high', 'emergency'
    opened_at     TEXT NOT NULL,                 -- YYYY-MM-DD HH:MM:SS
    technician_id INTEGER,                       -- technician sent on a field visit; NULL = no field visit (handled by phone/desk)
    visited_at    TEXT,                          -- YYYY-MM-DD HH:MM:SS field visit time; NULL = no field visit
    visit_hours   REAL,                          -- hours spent on site; NULL = no field visit
    resolved_at   TEXT,                          -- YYYY-MM-DD HH:MM:SS; NULL = still open
    FOREIGN KEY (customer_id) REFERENCES customers(id),
    FOREIGN KEY (premise_id) REFERENCES premises(id),
    FOREIGN KEY (technician_id) REFERENCES technicians(id)
);
CREATE INDEX idx_premises_customer ON premises(customer_id);
CREATE INDEX idx_meters_premise ON meters(premise_id);
CREATE INDEX idx_readings_meter ON meter_readings(meter_id);
CREATE INDEX idx_bills_customer ON bills(customer_id);
CREATE INDEX idx_bills_premise ON bills(premise_id);
CREATE INDEX idx_tickets_premise ON service_tickets(premise_id);
CREATE INDEX idx_tickets_technician ON service_tickets(technician_id);
"""

TARIFFS = [
    (1, "Standard Electric", "electricity", 0.27, 0.48, 0),
    (2, "Green Electric", "electricity", 0.30, 0.48, 1),
    (3, "Economy 7", "electricity", 0.22, 0.52, 0),
    (4, "Business Electric", "electricity", 0.24, 1.10, 0),
    (5, "Standard Water", "water", 0.0022, 0.21, 0),
    (6, "Business Water", "water", 0.0019, 0.55, 0),
]
REGIONS = [("North", 22), ("South", 26), ("East", 18), ("West", 20), ("Central", 14)]
CITIES = {
    "North": ["Ashford Falls", "Millbrook", "Northgate", "Kelso"],
    "South": ["Port Aurel", "Southmere", "Bayview", "Linton"],
    "East": ["Easton", "Redcliff", "Marston"],
    "West": ["Westfield", "Hollow Creek", "Pinebury", "Dunmore"],
    "Central": ["Central City", "Midvale"],
}
STREETS = ["Oak", "Maple", "High", "Church", "Mill", "Station", "Park", "Elm", "Victoria", "Green",
           "King", "Queen", "River", "Hill", "Cedar", "Willow", "Bridge", "Market", "Orchard", "Lake"]
SUFFIX = ["Street", "Road", "Lane", "Avenue", "Close", "Way", "Drive"]
FIRST = ["James", "Mary", "John", "Patricia", "Robert", "Jennifer", "Michael", "Linda", "David",
         "Elizabeth", "William", "Barbara", "Richard", "Susan", "Joseph", "Jessica", "Thomas", "Sarah",
         "Daniel", "Karen", "Matthew", "Lisa", "Anthony", "Nancy", "Mark", "Sandra", "Paul", "Ashley",
         "Steven", "Emily", "Andrew", "Michelle", "Kevin", "Amanda", "Brian", "Omar", "Fatima", "Wei",
         "Mei", "Raj", "Anika", "Tomas", "Elena", "Kofi", "Amara", "Sven", "Freya", "Diego", "Sofia"]
LAST = ["Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis", "Wilson",
        "Anderson", "Taylor", "Thomas", "Moore", "Jackson", "Martin", "Lee", "Thompson", "White",
        "Harris", "Clark", "Lewis", "Walker", "Hall", "Young", "King", "Wright", "Scott", "Green",
        "Baker", "Adams", "Nelson", "Hill", "Campbell", "Mitchell", "Patel", "Khan", "Chen", "Nguyen",
        "Okafor", "Mensah", "Novak", "Larsen", "Ortiz", "Reyes", "Murphy", "Kelly", "Byrne", "Singh"]
BIZ_A = ["Apex", "Harbor", "Summit", "Riverside", "Golden", "Northern", "Blue Ridge", "Evergreen",
         "Ironworks", "Meadow", "Pioneer", "Silverline", "Crown", "Oakwood", "Sunrise", "Keystone"]
BIZ_B = ["Bakery", "Dental", "Motors", "Logistics", "Fitness", "Hotel", "Foods", "Printing",
         "Plastics", "Brewery", "Laundry", "Farm Supply", "Cafe", "Storage", "Clinic", "Textiles"]
# monthly seasonal factor for electricity (winter heating/lighting) and water (summer)
ELEC_SEASON = {1: 1.35, 2: 1.25, 3: 1.10, 4: 0.95, 5: 0.85, 6: 0.80, 7: 0.85, 8: 0.85,
               9: 0.90, 10: 1.00, 11: 1.15, 12: 1.35}
WATER_SEASON = {1: 0.85, 2: 0.85, 3: 0.90, 4: 0.95, 5: 1.05, 6: 1.20, 7: 1.35, 8: 1.30,
                9: 1.05, 10: 0.95, 11: 0.85, 12: 0.90}
PRICE_RISE = {2022: 1.0, 2023: 1.18, 2024: 1.12}   # energy crisis: rates up in 2023


def wchoice(rng, pairs):
    return rng.choices([p[0] for p in pairs], weights=[p[1] for p in pairs], k=1)[0]


def add_months(d, n):
    y = d.year + (d.month - 1 + n) // 12
    m = (d.month - 1 + n) % 12 + 1
    return dt.date(y, m, 1)


def month_end(d):
    return add_months(d, 1) - dt.timedelta(days=1)


def tsf(x):
    return x.strftime("%Y-%m-%d %H:%M:%S")


def rand_date(rng, a, b):
    return a + dt.timedelta(days=rng.randrange((b - a).days + 1))


def generate(path):
    rng = random.Random(SEED)
    tmp = path + ".tmp"
    if os.path.exists(tmp):
        os.remove(tmp)
    con = sqlite3.connect(tmp)
    con.execute("PRAGMA journal_mode=OFF")
    con.execute("PRAGMA synchronous=OFF")
    con.executescript(SCHEMA)
    con.executemany("INSERT INTO tariffs VALUES (?,?,?,?,?,?)", TARIFFS)

    # ---- customers -------------------------------------------------------
    customers = []
    n_initial = 2100          # existing book of customers migrated on 2022-01-01
    n_new = 1500              # acquired during 2022-2024
    for i in range(n_initial + n_new):
        cid = i + 1
        if i < n_initial:
            joined = START
        else:
            joined = rand_date(rng, dt.date(2022, 1, 2), dt.date(2024, 11, 30))
        customers.append([cid, joined])
    # keep ids in join order
    customers.sort(key=lambda c: (c[1], c[0]))
    rows = []
    cust_info = {}
    for idx, (old, joined) in enumerate(customers):
        cid = idx + 1
        ctype = "business" if rng.random() < 0.14 else "residential"
        if ctype == "business":
            name = rng.choice(BIZ_A) + " " + rng.choice(BIZ_B) + " " + rng.choice(["Ltd", "LLC", "Co", "Inc"])
        else:
            name = rng.choice(FIRST) + " " + rng.choice(LAST)
        email = None
        if rng.random() > (0.11 if ctype == "residential" else 0.03):
            email = name.lower().replace(" ", ".") + str(cid) + "@" + rng.choice(["mail.com", "inbox.net", "post.org", "webmail.com"])
        closed = None
        if rng.random() < 0.13:
            c = rand_date(rng, joined + dt.timedelta(days=60), END + dt.timedelta(days=400))
            if c <= END:
                closed = c
        ref = None
        if joined > START and rng.random() < 0.09:
            ref = rng.randrange(1, cid)
        cust_info[cid] = (ctype, joined, closed)
        rows.append((cid, name, ctype, email, joined.isoformat(), closed.isoformat() if closed else None, ref))
    con.executemany("INSERT INTO customers VALUES (?,?,?,?,?,?,?)", rows)

    # ---- premises -------------------------------------------------------
    premises = []
    pid = 0
    for cid in range(1, len(rows) + 1):
        ctype, joined, closed = cust_info[cid]
        n = 1
        if ctype == "business":
            n = rng.choices([1, 2, 3, 4], weights=[60, 25, 10, 5], k=1)[0]
        elif rng.random() < 0.03:
            n = 2
        for _ in range(n):
            pid += 1
            region = wchoice(rng, REGIONS)
            city = rng.choice(CITIES[region])
            addr = "%d %s %s" % (rng.randint(1, 240), rng.choice(STREETS), rng.choice(SUFFIX))
            if ctype == "business":
                ptype = "industrial" if rng.random() < 0.2 else "commercial"
            else:
                ptype = "apartment" if rng.random() < 0.35 else "house"
            premises.append((pid, cid, addr, city, region, ptype))
    con.executemany("INSERT INTO premises VALUES (?,?,?,?,?,?)", premises)

    # ---- meters + readings --------------------------------------------------
    meters = []
    readings = []
    prem_meters = {}
    mid = 0
    serials = set()

    def new_serial(kind):
        while True:
            s = ("E" if kind == "electric" else "W") + "%08d" % rng.randrange(10 ** 8)
            if s not in serials:
                serials.add(s)
                return s

    base_use = {}
    for (p, cid, addr, city, region, ptype) in premises:
        ctype, joined, closed = cust_info[cid]
        has_water = rng.random() < (0.72 if ptype in ("house", "apartment") else 0.55)
        kinds = ["electric"] + (["water"] if has_water else [])
        prem_meters[p] = []
        for kind in kinds:
            if kind == "electric":
                if ctype == "business":
                    tariff = 4
                else:
                    tariff = rng.choices([1, 2, 3], weights=[60, 22, 18], k=1)[0]
                kwh = {"house": 290, "apartment": 190, "commercial": 1400, "industrial": 5200}[ptype]
                use = kwh * math.exp(rng.gauss(0, 0.35))
            else:
                tariff = 6 if ctype == "business" else 5
                lit = {"house": 9500, "apartment": 6200, "commercial": 24000, "industrial": 90000}[ptype]
                use = lit * math.exp(rng.gauss(0, 0.35))
            smart = 1 if rng.random() < (0.45 if joined == START else 0.8) else 0
            installed = joined if joined > START else rand_date(rng, dt.date(2012, 1, 1), dt.date(2021, 12, 31))
            # some legacy meters swapped for smart meters in the 2023-2024 rollout
            segments = []
            if not smart and rng.random() < 0.35:
                swap = rand_date(rng, dt.date(2023, 3, 1), dt.date(2024, 10, 31))
                if closed is None or swap < closed:
                    segments.append((0, installed, swap))
                    segments.append((1, swap, closed))
                else:
                    segments.append((0, installed, closed))
            else:
                segments.append((smart, installed, closed))
            for (sm, a, b) in segments:
                mid += 1
                meters.append((mid, p, tariff, new_serial(kind), kind, sm, a.isoformat(),
                               b.isoformat() if b else None))
                prem_meters[p].append((mid, kind, sm, a, b, use))
    con.executemany("INSERT INTO meters VALUES (?,?,?,?,?,?,?,?)", meters)

    rid = 0
    bill_rows = []
    bid = 0
    for (p, cid, addr, city, region, ptype) in premises:
        ctype, joined, closed = cust_info[cid]
        m = dt.date(joined.year, joined.month, 1)
        while m <= END:
            pe = month_end(m)
            ps = max(m, joined)
            if closed and closed < ps:
                break
            if closed and closed < pe:
                pe_eff = closed
            else:
                pe_eff = pe
            days = (pe_eff - ps).days + 1
            elec = 0.0
            water = None
            for (meter_id, kind, sm, a, b, use) in prem_meters[p]:
                if a > pe_eff or (b is not None and b <= ps):
                    continue
                frac = days / ((pe - m).days + 1)
                if kind == "electric":
                    q = use * ELEC_SEASON[m.month] * frac * math.exp(rng.gauss(0, 0.12))
                    if region == "North":
                        q *= 1.08
                else:
                    q = use * WATER_SEASON[m.month] * frac * math.exp(rng.gauss(0, 0.15))
                    if (m.year, m.month) == (2022, 7) and region in ("South", "East"):
                        q *= 0.8   # hosepipe ban
                if sm:
                    rtype = "actual"
                else:
                    rtype = rng.choices(["actual", "estimated", "customer"], weights=[55, 30, 15], k=1)[0]
                rd = pe_eff if b is None or b > pe_eff else b
                rid += 1
                if kind == "electric":
                    q = round(q, 1)
                    readings.append((rid, meter_id, rd.isoformat(), q, None, rtype))
                    elec += q
                else:
                    q = float(int(q))
                    readings.append((rid, meter_id, rd.isoformat(), None, q, rtype))
                    water = (water or 0.0) + q
            # charges
            etariff = [mm for mm in prem_meters[p] if mm[1] == "electric"]
            wtariff = [mm for mm in prem_meters[p] if mm[1] == "water"]
            infl = PRICE_RISE[m.year] * (1.0 if m.year < 2024 else 1.18)
            e_t = TARIFFS[0]
            for mm in meters_of(meters, etariff):
                e_t = TARIFFS[mm - 1]
            ech = round((elec * e_t[3] + days * e_t[4]) * infl, 2)
            wch = None
            if wtariff:
                w_t = TARIFFS[4]
                for mm in meters_of(meters, wtariff):
                    w_t = TARIFFS[mm - 1]
                wch = round(((water or 0.0) * w_t[3] + days * w_t[4]) * (1.0 + 0.04 * (m.year - 2022)), 2)
            total = round((ech + (wch or 0.0)) * 1.05, 2)
            issued = pe + dt.timedelta(days=rng.randint(2, 6))
            if issued > END:
                break
            due = issued + dt.timedelta(days=28)
            bid += 1
            r = rng.random()
            late_prob = 0.06 if ctype == "residential" else 0.04
            if m.year == 2023:
                late_prob *= 1.6
            if r < 0.55:
                method = "direct debit"
                paid = due - dt.timedelta(days=rng.randint(0, 3))
            else:
                method = rng.choices(["card", "bank transfer", "cash"], weights=[60, 30, 10], k=1)[0]
                if rng.random() < late_prob * 2.5:
                    paid = due + dt.timedelta(days=int(rng.expovariate(1 / 25.0)) + 1)
                else:
                    paid = issued + dt.timedelta(days=rng.randint(1, 27))
            unpaid = rng.random() < (0.015 if m.year < 2024 else 0.03)
            if unpaid or paid > END:
                paid_s, method = None, None
                status = "overdue" if due < END else "open"
            else:
                paid_s = paid.isoformat()
                status = "paid"
            bill_rows.append((bid, cid, p, ps.isoformat(), pe_eff.isoformat(), issued.isoformat(),
                              due.isoformat(), ech, wch, total, paid_s, method, status))
            m = add_months(m, 1)
    con.executemany("INSERT INTO meter_readings VALUES (?,?,?,?,?,?)", readings)
    con.executemany("INSERT INTO bills VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)", bill_rows)

    # ---- outages --------------------------------------------------------------
    out = []
    oid = 0
    d = START
    while d <= END:
        for region, w in REGIONS:
            lam = 0.045 * w / 20.0
            if d.month in (12, 1, 2):
                lam *= 1.8
            if (d.year, d.month) == (2023, 11) and region in ("North", "West"):
                lam *= 4.0   # November 2023 storms
            k = 0
            while rng.random() < lam and k < 4:
                k += 1
                oid += 1
                util = "electricity" if rng.random() < 0.68 else "water"
                if util == "electricity":
                    cause = rng.choices(["storm", "equipment failure", "planned maintenance", "third-party damage"],
                                        weights=[30 if d.month in (11, 12, 1, 2) else 12, 35, 25, 10], k=1)[0]
                    if (d.year, d.month) == (2023, 11) and region in ("North", "West"):
                        cause = "storm"
                else:
                    cause = rng.choices(["pipe burst", "equipment failure", "planned maintenance", "third-party damage"],
                                        weights=[40 if d.month in (12, 1, 2) else 20, 25, 25, 12], k=1)[0]
                start = dt.datetime(d.year, d.month, d.day) + dt.timedelta(seconds=rng.randrange(86400))
                hrs = {"storm": 9.0, "equipment failure": 4.0, "planned maintenance": 3.0,
                       "third-party damage": 5.0, "pipe burst": 7.0}[cause] * math.exp(rng.gauss(0, 0.7))
                rest = start + dt.timedelta(seconds=int(hrs * 3600) + 300)
                rest_s = tsf(rest) if rest <= dt.datetime(2024, 12, 31, 23, 59, 59) else None
                if start >= dt.datetime(2024, 12, 12) and rng.random() < 0.5:
                    rest_s = None   # still being repaired at the end of the data
                aff = int(math.exp(rng.gauss(5.5 if cause != "planned maintenance" else 4.5, 1.1)))
                out.append((oid, region, util, cause, tsf(start), rest_s, max(aff, 3)))
        d += dt.timedelta(days=1)
    con.executemany("INSERT INTO outages VALUES (?,?,?,?,?,?,?)", out)

    # ---- technicians ------------------------------------------------------------
    techs = []
    tid = 0
    by_region = {}
    for region, w in REGIONS:
        n = 4 + w // 4
        sup = None
        by_region[region] = []
        for j in range(n):
            tid += 1
            skill = ["metering", "electrical", "water"][j % 3] if j else "electrical"
            hired = rand_date(rng, dt.date(2012, 1, 1), dt.date(2021, 6, 30)) if j < n - 2 else rand_date(rng, dt.date(2022, 2, 1), dt.date(2024, 6, 30))
            rate = round(rng.uniform(34, 48) + (12 if j == 0 else 0), 2)
            techs.append((tid, rng.choice(FIRST) + " " + rng.choice(LAST), region, skill,
                          hired.isoformat(), rate, None if j == 0 else sup))
            if j == 0:
                sup = tid
            by_region[region].append((tid, skill, hired))
    con.executemany("INSERT INTO technicians VALUES (?,?,?,?,?,?,?)", techs)

    # ---- service tickets --------------------------------------------------------
    cats = [("billing query", 30, 0.0), ("high usage complaint", 14, 0.25), ("meter fault", 16, 0.9),
            ("no supply", 12, 0.8), ("leak", 9, 0.85), ("new connection", 7, 1.0),
            ("smart meter install", 12, 1.0)]
    skill_for = {"meter fault": "metering", "smart meter install": "metering", "leak": "water",
                 "no supply": "electrical", "new connection": "electrical", "high usage complaint": "metering"}
    tix = []
    tkid = 0
    for (p, cid, addr, city, region, ptype) in premises:
        ctype, joined, closed = cust_info[cid]
        last = closed or END
        span = (last - joined).days
        lam = span / 365.0 * (0.55 if ctype == "residential" else 0.9)
        n = 0
        while rng.random() < lam / (1 + lam) and n < 12:
            n += 1
        for _ in range(n):
            day = rand_date(rng, joined, last)
            cat = wchoice(rng, [(c[0], c[1]) for c in cats])
            pri = {"no supply": "emergency", "leak": "high"}.get(cat)
            if pri is None or rng.random() < 0.25:
                pri = rng.choices(["low", "normal", "high"], weights=[35, 50, 15], k=1)[0]
            if cat == "billing query" and day.year == 2023:
                pass
            opened = dt.datetime(day.year, day.month, day.day) + dt.timedelta(seconds=int(rng.uniform(7, 20) * 3600))
            visit_p = dict((c[0], c[2]) for c in cats)[cat]
            tech = visited = vh = None
            if rng.random() < visit_p:
                pool = [t for t in by_region[region] if t[2] <= day and t[1] == skill_for.get(cat, "metering")]
                if not pool:
                    pool = [t for t in by_region[region] if t[2] <= day] or by_region[region]
                tech = rng.choice(pool)[0]
                delay_h = {"emergency": 3, "high": 20, "normal": 70, "low": 140}[pri] * math.exp(rng.gauss(0, 0.6))
                visited = opened + dt.timedelta(seconds=int(delay_h * 3600))
                vh = round(max(0.25, rng.gauss(1.6 if cat != "new connection" else 3.5, 0.7)), 2)
                res = visited + dt.timedelta(seconds=int(vh * 3600) + rng.randrange(0, 7200))
                if rng.random() < 0.12:
                    res = res + dt.timedelta(days=rng.randint(2, 20))   # follow-up needed
            else:
                res = opened + dt.timedelta(seconds=int(26 * 3600 * math.exp(rng.gauss(0, 0.9))))
            end_dt = dt.datetime(2024, 12, 31, 23, 59, 59)
            if visited is not None and visited > end_dt:
                tech = visited = vh = None
            res_s = tsf(res) if res <= end_dt and rng.random() > 0.015 else None
            tix.append([day, opened, cid, p, cat, pri, tech, visited, vh, res_s])
    tix.sort(key=lambda t: (t[1], t[3]))
    rows = []
    for i, t in enumerate(tix):
        rows.append((i + 1, t[2], t[3], t[4], t[5], tsf(t[1]), t[6], tsf(t[7]) if t[7] else None, t[8], t[9]))
    con.executemany("INSERT INTO service_tickets VALUES (?,?,?,?,?,?,?,?,?,?)", rows)

    con.commit()
    con.execute("VACUUM")
    con.close()
    os.replace(tmp, path)


def meters_of(meters, mlist):
    # tariff ids of the given premise meters (in meter order)
    return [meters[mm[0] - 1][2] for mm in mlist]


if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "utility.sqlite")
    generate(out)
