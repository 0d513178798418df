#!/usr/bin/env python3
"""Generate charging.sqlite: an electric-vehicle charging network, 2022-01-01 .. 2024-12-31.

Deterministic: the same seed gives the same file on every run.
Usage: python3 gen_charging.py [OUTPUT_PATH]   (default: charging.sqlite next to this script)
"""
import datetime as dt
import math
import os
import random
import sqlite3
import sys

SEED = 15150001
START = dt.date(2022, 1, 1)
END = dt.date(2024, 12, 31)

SCHEMA = """
CREATE TABLE sites (
    site_id        INTEGER PRIMARY KEY,
    site_name      TEXT NOT NULL UNIQUE,
    city           TEXT NOT NULL,
    operator_region TEXT NOT NULL,       -- operating region: North, South, East, West, Central
    site_type      TEXT NOT NULL,        -- highway, retail, urban, depot
    opened_date    TEXT NOT NULL,        -- YYYY-MM-DD (some sites opened before 2022)
    closed_date    TEXT                  -- YYYY-MM-DD; NULL while the site is operating
);
CREATE TABLE chargers (
    charger_id          INTEGER PRIMARY KEY,
    site_id             INTEGER NOT NULL,
    connector_type      TEXT NOT NULL,   -- CCS, CHAdeMO, Type 2, NACS
    power_kilowatts     REAL NOT NULL,   -- rated output in kW: 7, 22, 50, 150 or 350
    commissioned_date   TEXT NOT NULL,   -- YYYY-MM-DD
    decommissioned_date TEXT,            -- YYYY-MM-DD; NULL while the charger is in service
    FOREIGN KEY (site_id) REFERENCES sites(site_id)
);
CREATE TABLE drivers (
    driver_id     INTEGER PRIMARY KEY,
    full_name     TEXT NOT NULL,
    email         TEXT NOT NULL UNIQUE,
    plan          TEXT NOT NULL,         -- membership plan: payg (pay as you go), monthly (subscription), fleet (company account)
    joined_date   TEXT NOT NULL,         -- YYYY-MM-DD
    fleet_company TEXT,                  -- company paying for the driver; NULL unless plan = 'fleet'
    home_city     TEXT NOT NULL
);
CREATE TABLE charging_sessions (
    session_id            INTEGER PRIMARY KEY,
    charger_id            INTEGER NOT NULL,
    driver_id             INTEGER NOT NULL,
    started_at            TEXT NOT NULL, -- YYYY-MM-DD HH:MM:SS
    ended_at              TEXT,          -- YYYY-MM-DD HH:MM:SS; NULL if the session was interrupted (never ended normally)
    energy_kilowatt_hours REAL NOT NULL, -- energy delivered (partial for interrupted sessions)
    cost                  REAL NOT NULL, -- amount charged to the driver, EUR
    payment_status        TEXT NOT NULL, -- paid, pending, failed, refunded
    FOREIGN KEY (charger_id) REFERENCES chargers(charger_id),
    FOREIGN KEY (driver_id) REFERENCES drivers(driver_id)
);
CREATE TABLE maintenance_tickets (
    ticket_id   INTEGER PRIMARY KEY,
    charger_id  INTEGER NOT NULL,
    reported_at TEXT NOT NULL,           -- YYYY-MM-DD HH:MM:SS, when the fault was reported
    fixed_at    TEXT,                    -- YYYY-MM-DD HH:MM:SS; NULL while the ticket is still open (not fixed)
    severity    TEXT NOT NULL,           -- low, medium, high, critical
    fault_type  TEXT NOT NULL,           -- connector damage, payment terminal, software, power supply, screen, vandalism
    FOREIGN KEY (charger_id) REFERENCES chargers(charger_id)
);
CREATE TABLE tariffs (
    tariff_id              INTEGER PRIMARY KEY,
    site_id                INTEGER NOT NULL,
    valid_from             TEXT NOT NULL, -- YYYY-MM-DD, first day the tariff applies
    valid_to               TEXT,          -- YYYY-MM-DD, last day the tariff applies; NULL for the current tariff
    price_per_kilowatt_hour REAL NOT NULL, -- EUR per kWh
    idle_fee_per_minute    REAL NOT NULL, -- EUR per minute after charging finishes
    FOREIGN KEY (site_id) REFERENCES sites(site_id)
);
CREATE INDEX idx_chargers_site ON chargers(site_id);
CREATE INDEX idx_sessions_charger ON charging_sessions(charger_id);
CREATE INDEX idx_sessions_driver ON charging_sessions(driver_id);
CREATE INDEX idx_tickets_charger ON maintenance_tickets(charger_id);
CREATE INDEX idx_tariffs_site ON tariffs(site_id);
"""

# (site_name, city, region, type, opened, closed)
SITES = [
    ("Amsterdam Zuidas Hub", "Amsterdam", "West", "urban", "2020-05-12", None),
    ("Amsterdam Noord Retail Park", "Amsterdam", "West", "retail", "2021-03-01", None),
    ("Rotterdam Port Depot", "Rotterdam", "West", "depot", "2021-09-15", None),
    ("Rotterdam Centraal Garage", "Rotterdam", "West", "urban", "2022-04-20", None),
    ("Utrecht A12 Services", "Utrecht", "Central", "highway", "2019-11-02", None),
    ("Utrecht Leidsche Rijn Mall", "Utrecht", "Central", "retail", "2022-08-08", None),
    ("Amersfoort A1 Plaza", "Amersfoort", "Central", "highway", "2021-06-30", None),
    ("Eindhoven High Tech Campus", "Eindhoven", "South", "urban", "2020-10-10", None),
    ("Eindhoven A2 Services", "Eindhoven", "South", "highway", "2021-02-14", None),
    ("Tilburg Logistics Depot", "Tilburg", "South", "depot", "2023-02-01", None),
    ("Maastricht Market Square", "Maastricht", "South", "urban", "2021-12-01", "2024-06-30"),
    ("Breda Retail Boulevard", "Breda", "South", "retail", "2022-11-05", None),
    ("Groningen Zernike Park", "Groningen", "North", "urban", "2020-07-01", None),
    ("Groningen A7 Services", "Groningen", "North", "highway", "2021-05-18", None),
    ("Leeuwarden Station Garage", "Leeuwarden", "North", "urban", "2022-03-03", None),
    ("Zwolle A28 Plaza", "Zwolle", "East", "highway", "2020-09-09", None),
    ("Enschede Campus Lot", "Enschede", "East", "urban", "2021-08-21", None),
    ("Arnhem Retail Centre", "Arnhem", "East", "retail", "2021-04-04", None),
    ("Nijmegen Waalfront", "Nijmegen", "East", "urban", "2023-05-15", None),
    ("The Hague Beach Road", "The Hague", "West", "urban", "2021-07-07", None),
    ("The Hague Fleet Depot", "The Hague", "West", "depot", "2022-01-20", None),
    ("Haarlem Old Town Garage", "Haarlem", "West", "urban", "2020-02-29", "2023-03-31"),
    ("Apeldoorn A1 Services", "Apeldoorn", "East", "highway", "2024-01-10", None),
    ("Almere Stad Retail", "Almere", "Central", "retail", "2021-10-30", None),
]
WEAK_SITE = "Groningen A7 Services"  # faulty, under-used
CITIES = sorted(set(s[1] for s in SITES))

FIRST = ["Anna", "Bram", "Daan", "Emma", "Fleur", "Gijs", "Hanna", "Ivo", "Julia", "Koen", "Lotte", "Milan",
         "Noor", "Olaf", "Pien", "Ruben", "Sanne", "Thijs", "Umut", "Vera", "Wouter", "Yara", "Zoe", "Lars",
         "Mila", "Sem", "Tess", "Finn", "Lina", "Jesse", "Sara", "Luuk", "Eva", "Stijn", "Iris", "Niels"]
LAST = ["de Jong", "Jansen", "de Vries", "van den Berg", "van Dijk", "Bakker", "Janssen", "Visser", "Smit",
        "Meijer", "de Boer", "Mulder", "de Groot", "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen",
        "Dekker", "Brouwer", "de Wit", "Dijkstra", "Smits", "de Graaf", "van der Meer", "Kok", "Jacobs"]
FLEETS = ["Lowland Logistics", "GreenCab Taxis", "Polder Parcel", "Tulip Rentals", "Dutch Delivery Co",
          "Canal Couriers", "Windmill Services", "Orange Utilities"]
FAULTS = [("connector damage", 22), ("payment terminal", 20), ("software", 28), ("power supply", 12),
          ("screen", 10), ("vandalism", 8)]


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
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "charging.sqlite")
    if os.path.exists(out):
        os.remove(out)
    rng = random.Random(SEED)
    con = sqlite3.connect(out)
    con.executescript(SCHEMA)

    # sites
    site_rows = []
    for i, s in enumerate(SITES, start=1):
        site_rows.append((i,) + s)
    con.executemany("INSERT INTO sites VALUES (?,?,?,?,?,?,?)", site_rows)
    site_info = {r[0]: r for r in site_rows}

    # chargers
    chargers = []
    cid = 0
    for sid, name, city, region, stype, opened, closed in site_rows:
        n = {"highway": 8, "retail": 6, "urban": 5, "depot": 7}[stype] + rng.randint(-1, 2)
        op = dt.date.fromisoformat(opened)
        for k in range(n):
            cid += 1
            if stype == "highway":
                power = rng.choice([150, 150, 350, 350, 50])
                conn = wchoice(rng, [("CCS", 60), ("NACS", 15), ("CHAdeMO", 10)])
            elif stype == "depot":
                power = rng.choice([50, 150, 22])
                conn = wchoice(rng, [("CCS", 60), ("Type 2", 30)])
            else:
                power = rng.choice([7, 22, 22, 50])
                conn = "Type 2" if power < 50 else wchoice(rng, [("CCS", 70), ("CHAdeMO", 30)])
            comm = op + dt.timedelta(days=rng.randint(0, 30)) if k < n - 2 else op + dt.timedelta(days=rng.randint(60, 900))
            if comm > END:
                comm = op + dt.timedelta(days=rng.randint(0, 30))
            decom = None
            if closed:
                decom = closed
            elif rng.random() < 0.07:
                dd = comm + dt.timedelta(days=rng.randint(200, 1000))
                if dd < END:
                    decom = d2s(dd)
            chargers.append((cid, sid, conn, float(power), d2s(comm), decom))
    con.executemany("INSERT INTO chargers VALUES (?,?,?,?,?,?)", chargers)

    # tariffs: per site, price changes roughly every 6-10 months
    tariff_rows = []
    tid = 0
    base_price = {"highway": 0.59, "retail": 0.45, "urban": 0.42, "depot": 0.35}
    for sid, name, city, region, stype, opened, closed in site_rows:
        d = max(dt.date.fromisoformat(opened), dt.date(2021, 7, 1))
        price = base_price[stype] + rng.randint(-3, 3) / 100
        end_limit = dt.date.fromisoformat(closed) if closed else None
        while True:
            nxt = d + dt.timedelta(days=rng.randint(180, 320))
            tid += 1
            if d.year == 2022 and d.month >= 9:
                price += 0.08  # energy crisis
            idle = rng.choice([0.0, 0.10, 0.15, 0.20, 0.25])
            last = nxt > END or (end_limit and nxt > end_limit)
            valid_to = None if last and not end_limit else (d2s(end_limit) if last else d2s(nxt - dt.timedelta(days=1)))
            tariff_rows.append((tid, sid, d2s(d), valid_to, round(price, 2), idle))
            if last:
                break
            d = nxt
            price += rng.randint(-2, 5) / 100
    con.executemany("INSERT INTO tariffs VALUES (?,?,?,?,?,?)", tariff_rows)

    def tariff_for(sid, day):
        s = d2s(day)
        best = None
        for t in tariffs_by_site[sid]:
            if t[2] <= s:
                best = t
        return best
    tariffs_by_site = {}
    for t in tariff_rows:
        tariffs_by_site.setdefault(t[1], []).append(t)

    # drivers
    drivers = []
    n_drivers = 5200
    emails = set()
    for i in range(1, n_drivers + 1):
        # joined dates: some before 2022, growth over time
        u = rng.random()
        if u < 0.15:
            joined = dt.date(2020, 6, 1) + dt.timedelta(days=rng.randint(0, 578))
        else:
            x = rng.random() ** 0.8
            joined = START + dt.timedelta(days=int(x * ((END - START).days)))
        # fleet grows over time
        frac = max(0.0, (joined - START).days / (END - START).days)
        p_fleet = 0.06 + 0.24 * frac
        r = rng.random()
        if r < p_fleet:
            plan = "fleet"
        elif r < p_fleet + 0.35:
            plan = "monthly"
        else:
            plan = "payg"
        fn, ln = rng.choice(FIRST), rng.choice(LAST)
        base = (fn + "." + ln).lower().replace(" ", "")
        em = base + "@mail.example"
        k = 1
        while em in emails:
            k += 1
            em = "%s%d@mail.example" % (base, k)
        emails.add(em)
        fleet = wchoice(rng, [(f, 10 - j) for j, f in enumerate(FLEETS)]) if plan == "fleet" else None
        drivers.append((i, fn + " " + ln, em, plan, d2s(joined), fleet, rng.choice(CITIES)))
    con.executemany("INSERT INTO drivers VALUES (?,?,?,?,?,?,?)", drivers)

    # sessions
    ch_by_id = {c[0]: c for c in chargers}
    site_weight = {}
    for sid in site_info:
        stype = site_info[sid][4]
        w = {"highway": 1.3, "retail": 1.0, "urban": 1.0, "depot": 0.9}[stype]
        if site_info[sid][1] == WEAK_SITE:
            w = 0.35
        site_weight[sid] = w
    sessions = []
    sess_id = 0
    drivers_sorted = sorted(drivers, key=lambda d: d[4])
    join_dates = [d[4] for d in drivers_sorted]
    import bisect
    day = START
    while day <= END:
        ds = d2s(day)
        active_ch = [c for c in chargers if c[4] <= ds and (c[5] is None or c[5] > ds)
                     and site_info[c[1]][5] <= ds and (site_info[c[1]][6] is None or site_info[c[1]][6] > ds)]
        n_avail = bisect.bisect_right(join_dates, ds)
        yfrac = (day - START).days / (END - START).days
        season = 1.0 + 0.18 * math.cos(2 * math.pi * (day.timetuple().tm_yday - 200) / 365.0)  # summer peak
        growth = 0.55 + 0.9 * yfrac
        outlier = 1.6 if (day.year == 2023 and day.month == 7) else 1.0
        wk = 0.85 if day.weekday() >= 5 else 1.0
        lam = 58 * season * growth * outlier * wk
        n = int(lam + rng.gauss(0, math.sqrt(lam)))
        if n_avail == 0 or not active_ch:
            day += dt.timedelta(days=1)
            continue
        weights = [site_weight[c[1]] for c in active_ch]
        picks = rng.choices(active_ch, weights=weights, k=max(0, n))
        for ch in picks:
            drv = drivers_sorted[rng.randrange(n_avail)]
            sess_id += 1
            stype = site_info[ch[1]][4]
            hour = wchoice(rng, [(h, w) for h, w in zip(range(24), [1, 1, 1, 1, 1, 2, 4, 6, 7, 6, 6, 6, 7, 7, 6, 6, 7, 8, 8, 7, 5, 4, 3, 2])])
            start_secs = hour * 3600 + rng.randint(0, 3599)
            power = ch[3]
            if power >= 150:
                energy = rng.uniform(15, 70)
                eff = power * rng.uniform(0.35, 0.7)
            elif power >= 50:
                energy = rng.uniform(10, 45)
                eff = power * rng.uniform(0.6, 0.9)
            else:
                energy = rng.uniform(5, 40)
                eff = min(power, 11) * rng.uniform(0.7, 1.0)
            if day.month in (12, 1, 2):
                energy *= 1.12
            minutes = energy / eff * 60 + rng.uniform(2, 25)
            interrupted = rng.random() < (0.12 if site_info[ch[1]][1] == WEAK_SITE else 0.035)
            if interrupted:
                energy *= rng.uniform(0.05, 0.6)
                ended = None
            else:
                ended = ts(day, start_secs + minutes * 60)
            tar = tariff_for(ch[1], day)
            price = tar[4] if tar else 0.5
            if drv[3] == "monthly":
                price *= 0.8
            elif drv[3] == "fleet":
                price *= 0.85
            cost = round(energy * price, 2)
            energy = round(energy, 3)
            pr = rng.random()
            if ds >= "2024-12-20" and pr < 0.5:
                pstat = "pending"
            elif interrupted and pr < 0.3:
                pstat = "refunded"
            elif pr < 0.03:
                pstat = "failed"
            elif pr < 0.045:
                pstat = "pending"
            elif pr < 0.055:
                pstat = "refunded"
            else:
                pstat = "paid"
            sessions.append((sess_id, ch[0], drv[0], ts(day, start_secs), ended, energy, cost, pstat))
        day += dt.timedelta(days=1)
    con.executemany("INSERT INTO charging_sessions VALUES (?,?,?,?,?,?,?,?)", sessions)

    # maintenance tickets
    tickets = []
    tk = 0
    for ch in chargers:
        sid = ch[1]
        weak = site_info[sid][1] == WEAK_SITE
        rate = 0.018 if weak else 0.004  # per day
        if ch[3] >= 150:
            rate *= 1.4
        d = max(dt.date.fromisoformat(ch[4]), START)
        stop = END
        if ch[5]:
            stop = min(stop, dt.date.fromisoformat(ch[5]))
        while d <= stop:
            p = rate * (2.5 if (d.year == 2023 and d.month == 2) else 1.0)  # Feb 2023 cold snap
            if rng.random() < p:
                tk += 1
                rep_secs = rng.randint(6 * 3600, 22 * 3600)
                sev = wchoice(rng, [("low", 35), ("medium", 35), ("high", 20), ("critical", 10)])
                ft = wchoice(rng, FAULTS)
                if weak and rng.random() < 0.4:
                    ft = "power supply"
                hours = {"low": 70, "medium": 40, "high": 18, "critical": 8}[sev] * rng.uniform(0.3, 2.2)
                if weak:
                    hours *= 2.0
                fixed = ts(d, rep_secs + hours * 3600)
                if fixed > "2024-12-31 23:59:59" or (d >= dt.date(2024, 12, 1) and rng.random() < 0.5) or rng.random() < 0.02:
                    fixed = None
                tickets.append((tk, ch[0], ts(d, rep_secs), fixed, sev, ft))
            d += dt.timedelta(days=1)
    con.executemany("INSERT INTO maintenance_tickets VALUES (?,?,?,?,?,?)", tickets)
    con.commit()
    bad = con.execute("PRAGMA foreign_key_check").fetchall()
    if bad:
        raise SystemExit("foreign key problems: %r" % bad[:5])
    con.close()


if __name__ == "__main__":
    main()
