#!/usr/bin/env python3
"""Generate transit.sqlite: a city bike-share operator, 2022-01-01 .. 2024-12-31.

Deterministic: the same seed gives the same file on every run.
Usage: python3 gen_transit.py [OUTPUT_PATH]   (default: transit.sqlite next to this script)
"""
import datetime as dt
import math
import os
import random
import sqlite3
import sys

SEED = 4242017
START = dt.date(2022, 1, 1)
END = dt.date(2024, 12, 31)

SCHEMA = """
CREATE TABLE stations (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL UNIQUE,
    district   TEXT NOT NULL,             -- Downtown, Riverside, University, Northside, Eastgate, Harbor
    capacity   INTEGER NOT NULL,          -- number of docks
    opened_on  TEXT NOT NULL,             -- YYYY-MM-DD
    closed_on  TEXT                       -- YYYY-MM-DD; NULL while the station is in operation
);
CREATE TABLE bikes (
    id               INTEGER PRIMARY KEY,
    serial           TEXT NOT NULL UNIQUE,
    bike_type        TEXT NOT NULL,       -- classic, electric, cargo
    commissioned_on  TEXT NOT NULL,       -- YYYY-MM-DD, put into service
    retired_on       TEXT                 -- YYYY-MM-DD; NULL while the bike is still in the fleet
);
CREATE TABLE members (
    id               INTEGER PRIMARY KEY,
    name             TEXT NOT NULL,
    plan             TEXT NOT NULL,       -- pay_per_ride, monthly, annual, student (current plan)
    joined_on        TEXT NOT NULL,       -- YYYY-MM-DD
    cancelled_on     TEXT,                -- YYYY-MM-DD; NULL while the membership is active
    birth_year       INTEGER,             -- NULL if the member did not give it
    home_station_id  INTEGER,             -- preferred station; NULL if none chosen
    FOREIGN KEY (home_station_id) REFERENCES stations(id)
);
CREATE TABLE trips (
    id                INTEGER PRIMARY KEY,
    member_id         INTEGER NOT NULL,
    bike_id           INTEGER NOT NULL,
    start_station_id  INTEGER NOT NULL,
    end_station_id    INTEGER,            -- NULL if the bike was not returned to a dock (left outside a station or never returned)
    started_at        TEXT NOT NULL,      -- YYYY-MM-DD HH:MM:SS
    ended_at          TEXT,               -- YYYY-MM-DD HH:MM:SS; NULL if the bike was never returned
    distance_km       REAL,               -- GPS distance; NULL if the GPS track is missing
    fare              REAL NOT NULL,      -- USD charged for the ride; 0 when covered by the plan
    FOREIGN KEY (member_id) REFERENCES members(id),
    FOREIGN KEY (bike_id) REFERENCES bikes(id),
    FOREIGN KEY (start_station_id) REFERENCES stations(id),
    FOREIGN KEY (end_station_id) REFERENCES stations(id)
);
CREATE TABLE payments (
    id        INTEGER PRIMARY KEY,
    member_id INTEGER NOT NULL,
    trip_id   INTEGER,                    -- the ride paid for; NULL for plan fees
    kind      TEXT NOT NULL,              -- plan_fee, ride_fare, penalty (bike not docked)
    amount    REAL NOT NULL,              -- USD
    method    TEXT NOT NULL,              -- card, mobile_wallet, transit_card
    paid_at   TEXT NOT NULL,              -- YYYY-MM-DD HH:MM:SS, time the charge was attempted
    status    TEXT NOT NULL,              -- succeeded, failed, refunded
    FOREIGN KEY (member_id) REFERENCES members(id),
    FOREIGN KEY (trip_id) REFERENCES trips(id)
);
CREATE TABLE maintenance (
    id           INTEGER PRIMARY KEY,
    bike_id      INTEGER NOT NULL,
    station_id   INTEGER,                 -- where the bike was found; NULL if picked up off-dock
    issue        TEXT NOT NULL,           -- flat_tire, brakes, chain, battery, lights, frame, other
    reported_by  TEXT NOT NULL,           -- rider, staff, sensor
    reported_at  TEXT NOT NULL,           -- YYYY-MM-DD HH:MM:SS
    resolved_at  TEXT,                    -- YYYY-MM-DD HH:MM:SS; NULL while the repair is open
    cost         REAL,                    -- USD parts and labour; NULL until resolved
    FOREIGN KEY (bike_id) REFERENCES bikes(id),
    FOREIGN KEY (station_id) REFERENCES stations(id)
);
CREATE INDEX idx_members_home ON members(home_station_id);
CREATE INDEX idx_trips_member ON trips(member_id);
CREATE INDEX idx_trips_bike ON trips(bike_id);
CREATE INDEX idx_trips_start ON trips(start_station_id);
CREATE INDEX idx_trips_end ON trips(end_station_id);
CREATE INDEX idx_payments_member ON payments(member_id);
CREATE INDEX idx_payments_trip ON payments(trip_id);
CREATE INDEX idx_maintenance_bike ON maintenance(bike_id);
"""

# district: (station names, popularity weight)
DISTRICTS = {
    "Downtown": (["City Hall", "Main & 5th", "Union Station", "Market Square", "Civic Center", "Library Plaza",
                  "Courthouse", "Federal Building", "Convention Center", "Theater Row", "Grand Avenue",
                  "Pioneer Square"], 1.6),
    "Riverside": (["Riverfront Park", "Mill Street", "Boathouse", "Bridge Street", "Canal Walk", "Lock & Dam",
                   "Ferry Landing", "Willow Bend"], 1.1),
    "University": (["Campus Gate", "Science Quad", "Student Union", "Stadium", "Medical School", "Fraternity Row",
                    "College Ave", "Engineering Hall", "Dormitory Loop"], 1.3),
    "Northside": (["North Market", "Elm & 32nd", "Northgate Mall", "Lakeview", "Oak Park", "Hillcrest",
                   "Maple Commons"], 0.8),
    "Eastgate": (["Eastgate Transit Center", "Industrial Park", "Brewery District", "Rail Yard", "Cedar Heights",
                  "Sunrise Plaza", "Foundry Lane"], 0.7),
    "Harbor": (["Harbor Point", "Pier 9", "Fish Market", "Lighthouse", "Marina", "Cruise Terminal",
                "Seawall"], 0.9),
}
PLANS = [("pay_per_ride", 35), ("monthly", 25), ("annual", 28), ("student", 12)]
# plan: (fee per period, period months, included minutes per ride, trips per year mean)
PLAN_INFO = {
    "pay_per_ride": (0.0, 0, 0, 9),
    "monthly": (17.0, 1, 45, 40),
    "annual": (129.0, 12, 45, 55),
    "student": (8.0, 1, 30, 45),
}
SEASON = {1: 0.35, 2: 0.45, 3: 0.7, 4: 0.95, 5: 1.2, 6: 1.4, 7: 1.5, 8: 1.45, 9: 1.25, 10: 1.0,
          11: 0.6, 12: 0.4}
ISSUES = [("flat_tire", 30), ("brakes", 20), ("chain", 14), ("battery", 0), ("lights", 12), ("frame", 4),
          ("other", 10)]
ISSUE_COST = {"flat_tire": 18, "brakes": 35, "chain": 28, "battery": 140, "lights": 22, "frame": 210, "other": 40}
FIRST = ["Ava", "Liam", "Maya", "Noah", "Zoe", "Ethan", "Lena", "Mateo", "Iris", "Owen", "Nora", "Kai",
         "Ruby", "Felix", "Hazel", "Jonah", "Alma", "Theo", "Clara", "Rohan", "Ines", "Milo", "Sana", "Arlo",
         "Juno", "Levi", "Ada", "Tariq", "Elise", "Diego", "Mina", "Oscar", "Lucia", "Ravi", "Freya", "Emeka",
         "Yuki", "Bruno", "Talia", "Anton"]
LAST = ["Abrams", "Bauer", "Cruz", "Dawson", "Eriksen", "Flores", "Garner", "Holt", "Ito", "Jovanovic",
        "Keller", "Lam", "Mendes", "Nolan", "Osei", "Pereira", "Quintero", "Ramos", "Silva", "Tanaka",
        "Ueda", "Vance", "Ward", "Xiong", "Yilmaz", "Zhou", "Archer", "Baptiste", "Conway", "Dubois",
        "Ferreira", "Grant", "Huang", "Ivanova", "Kaur", "Lindqvist", "Moreau", "Nguyen", "Olsen", "Petrov"]


def wchoice(rng, pairs):
    return rng.choices([p[0] for p in pairs], weights=[p[1] for p in pairs], k=1)[0]


def rand_date(rng, a, b):
    return a + dt.timedelta(days=rng.randrange((b - a).days + 1))


def ts(x):
    return x.strftime("%Y-%m-%d %H:%M:%S")


def generate(path):
    rng = random.Random(SEED)
    tmp = path + ".tmp"
    if os.path.exists(tmp):
        os.remove(tmp)
    con = sqlite3.connect(tmp)
    con.execute("PRAGMA journal_mode=OFF")
    con.execute("PRAGMA synchronous=OFF")
    con.executescript(SCHEMA)

    # ---- stations -----------------------------------------------------------
    stations = []   # (id, name, district, capacity, opened, closed, weight)
    for district, (names, w) in DISTRICTS.items():
        for j, name in enumerate(names):
            sid = len(stations) + 1
            if j < len(names) - 2 or rng.random() < 0.3:
                opened = rand_date(rng, dt.date(2016, 4, 1), dt.date(2021, 10, 1))
            else:
                opened = rand_date(rng, dt.date(2022, 3, 1), dt.date(2024, 6, 30))
            closed = None
            if name in ("Rail Yard", "Courthouse", "Fraternity Row"):
                closed = rand_date(rng, max(opened, START) + dt.timedelta(days=200), dt.date(2024, 11, 30))
            cap = rng.choice([15, 19, 23, 27, 31, 35, 39]) + (4 if district == "Downtown" else 0)
            stations.append((sid, name, district, cap, opened, closed, w * rng.uniform(0.5, 1.6)))

    def open_stations(day):
        return [s for s in stations if s[4] <= day and (s[5] is None or day < s[5])]

    # ---- bikes ----------------------------------------------------------------
    bikes = []   # (id, serial, type, commissioned, retired)
    n_bikes = 720
    for i in range(1, n_bikes + 1):
        btype = wchoice(rng, [("classic", 62), ("electric", 33), ("cargo", 5)])
        if rng.random() < 0.55:
            comm = rand_date(rng, dt.date(2018, 1, 1), dt.date(2021, 12, 31))
        else:
            comm = rand_date(rng, START, dt.date(2024, 9, 30))
        if btype == "electric" and comm < dt.date(2021, 6, 1):
            comm = rand_date(rng, dt.date(2021, 6, 1), dt.date(2024, 9, 30))
        retired = None
        if rng.random() < 0.14 and comm < dt.date(2024, 6, 1):
            retired = rand_date(rng, max(comm, START) + dt.timedelta(days=120), dt.date(2024, 12, 20))
        serial = "%s-%05d" % ({"classic": "CL", "electric": "EB", "cargo": "CG"}[btype], 10000 + i * 7)
        bikes.append((i, serial, btype, comm, retired))

    # ---- members --------------------------------------------------------------
    members = []  # (id, name, plan, joined, cancelled, birth_year, home)
    n_members = 4200
    for i in range(1, n_members + 1):
        name = rng.choice(FIRST) + " " + rng.choice(LAST)
        plan = wchoice(rng, PLANS)
        if rng.random() < 0.3:
            joined = rand_date(rng, dt.date(2019, 5, 1), dt.date(2021, 12, 31))
        else:
            # growth: more sign-ups later, more in spring/summer
            while True:
                joined = rand_date(rng, START, dt.date(2024, 12, 15))
                g = 0.7 + 0.3 * (joined - START).days / 1095
                if rng.random() < g * SEASON[joined.month] / 1.5:
                    break
        cancelled = None
        p_cancel = {"pay_per_ride": 0.25, "monthly": 0.40, "annual": 0.18, "student": 0.35}[plan]
        if rng.random() < p_cancel:
            lo = max(joined, START) + dt.timedelta(days=30)
            if lo < dt.date(2024, 12, 10):
                cancelled = rand_date(rng, lo, dt.date(2024, 12, 20))
        if plan == "student":
            by = rng.randint(1998, 2006) if rng.random() < 0.95 else None
        else:
            by = rng.randint(1950, 2004) if rng.random() < 0.8 else None
        home = None
        if rng.random() < 0.65:
            cands = [s for s in stations if s[4] <= max(joined, START) + dt.timedelta(days=90)]
            if plan == "student" and rng.random() < 0.7:
                cands = [s for s in cands if s[2] == "University"] or cands
            home = rng.choices(cands, weights=[s[6] for s in cands], k=1)[0][0]
        members.append((i, name, plan, joined, cancelled, by, home))

    # ---- trips, payments --------------------------------------------------------
    trips = []
    payments = []
    bikes_by_type = {}
    for b in bikes:
        bikes_by_type.setdefault(b[2], []).append(b)
    st_by_id = {s[0]: s for s in stations}
    for m in members:
        mid, name, plan, joined, cancelled, by, home = m
        lo = max(joined, START)
        hi = cancelled or END
        if hi < lo:
            continue
        fee, period, incl, per_year = PLAN_INFO[plan]
        activity = rng.lognormvariate(0, 0.8)
        method = wchoice(rng, [("card", 60), ("mobile_wallet", 30), ("transit_card", 10)])
        # plan fees
        if period:
            d0 = joined
            k = 0
            while True:
                y, mth = d0.year, d0.month + k * period
                y += (mth - 1) // 12
                mth = (mth - 1) % 12 + 1
                due = dt.date(y, mth, min(d0.day, 28))
                k += 1
                if due > hi:
                    break
                if due < START:
                    continue
                f = fee * (1.06 if due >= dt.date(2024, 3, 1) else 1.0)
                u = rng.random()
                status = "succeeded" if u < 0.965 else ("failed" if u < 0.99 else "refunded")
                payments.append([mid, None, "plan_fee", round(f, 2), method,
                                 ts(dt.datetime.combine(due, dt.time(3, rng.randrange(60), rng.randrange(60)))),
                                 status])
        days = (hi - lo).days + 1
        n = int(0.16 * per_year * activity * days / 365.0 + rng.random())
        home_st = st_by_id.get(home)
        for _ in range(n):
            for _try in range(6):
                day = rand_date(rng, lo, hi)
                if rng.random() < SEASON[day.month] / 1.5:
                    break
            ops = open_stations(day)
            if not ops:
                continue
            if home_st and home_st in ops and rng.random() < 0.45:
                s0 = home_st
            else:
                s0 = rng.choices(ops, weights=[s[6] for s in ops], k=1)[0]
            btype = wchoice(rng, [("classic", 62), ("electric", 34 if day.year >= 2023 else 26), ("cargo", 3)])
            pool = [b for b in bikes_by_type[btype] if b[3] <= day and (b[4] is None or day < b[4])]
            if not pool:
                continue
            bike = rng.choice(pool)
            if day.weekday() < 5 and rng.random() < 0.6:
                hour = wchoice(rng, [(7, 8), (8, 12), (9, 5), (16, 6), (17, 12), (18, 8)])
            else:
                hour = wchoice(rng, [(h, 3 if 10 <= h <= 18 else 1) for h in range(6, 24)])
            start = dt.datetime.combine(day, dt.time(hour, rng.randrange(60), rng.randrange(60)))
            minutes = rng.lognormvariate(math.log(14 if btype != "electric" else 12), 0.6)
            if plan == "pay_per_ride":
                minutes *= 1.2
            if rng.random() < 0.01:
                minutes += rng.uniform(60, 300)
            secs = max(70, int(minutes * 60))
            end = start + dt.timedelta(seconds=secs)
            if rng.random() < 0.06:
                s1 = s0
            else:
                near = [s for s in ops if s[2] == s0[2] and s is not s0]
                pool_s = near if near and rng.random() < 0.55 else [s for s in ops if s is not s0]
                s1 = rng.choices(pool_s, weights=[s[6] for s in pool_s], k=1)[0]
            speed = (15.0 if btype == "electric" else 11.0) * rng.uniform(0.6, 1.1)
            dist = round(speed * secs / 3600.0 * (0.4 if s1 is s0 else 1.0) + 0.2, 2)
            if rng.random() < 0.05:
                dist = None
            end_id = s1[0]
            end_s = ts(end)
            u = rng.random()
            undocked = False
            if u < 0.006:
                end_id = None              # left outside a station
                undocked = True
            elif u < 0.0075:
                end_id = None              # never returned
                end_s = None
                dist = None
                undocked = True
            mins = secs / 60.0
            if plan == "pay_per_ride":
                rate = 0.20 if btype == "classic" else (0.35 if btype == "electric" else 0.30)
                fare = 1.25 + rate * math.ceil(mins)
            else:
                over = max(0, math.ceil(mins) - incl)
                fare = 0.15 * over + (0.10 * math.ceil(mins) if btype == "electric" else 0.0)
            if end_s is None:
                fare = 1.25 if plan == "pay_per_ride" else 0.0
            fare = round(fare, 2)
            trips.append([mid, bike[0], s0[0], end_id, ts(start), end_s, dist, fare, method, undocked])

    # trips in time order get increasing ids
    trips.sort(key=lambda t: (t[4], t[0]))
    trip_rows = []
    for tid, t in enumerate(trips, start=1):
        mid, bid, s0, s1, st, en, dist, fare, method, undocked = t
        trip_rows.append((tid, mid, bid, s0, s1, st, en, dist, fare))
        pay_at = en or st
        if fare > 0:
            u = rng.random()
            status = "succeeded" if u < 0.975 else ("failed" if u < 0.99 else "refunded")
            payments.append([mid, tid, "ride_fare", fare, method, pay_at, status])
        if undocked:
            payments.append([mid, tid, "penalty", 25.0 if en else 250.0, method, pay_at,
                             "succeeded" if rng.random() < 0.8 else "failed"])
    payments.sort(key=lambda p: (p[5], p[0]))
    pay_rows = [(i + 1,) + tuple(p) for i, p in enumerate(payments)]

    # ---- maintenance ------------------------------------------------------------
    maint = []
    last_station = {}
    trips_per_bike = {}
    for r in trip_rows:
        trips_per_bike[r[2]] = trips_per_bike.get(r[2], 0) + 1
    for b in bikes:
        bid, serial, btype, comm, retired = b
        lo = max(comm, START)
        hi = retired or END
        if hi <= lo:
            continue
        n = int(trips_per_bike.get(bid, 0) / 9 * rng.uniform(0.6, 1.4) + rng.random())
        for _ in range(n):
            day = rand_date(rng, lo, hi)
            issues = list(ISSUES)
            if btype == "electric":
                issues = [(k, (25 if k == "battery" else w)) for k, w in issues]
            issue = wchoice(rng, issues)
            rep = wchoice(rng, [("rider", 50), ("staff", 35), ("sensor", 15 if btype == "electric" else 3)])
            at = dt.datetime.combine(day, dt.time(rng.randrange(6, 22), rng.randrange(60), rng.randrange(60)))
            ops = open_stations(day)
            st = rng.choices(ops, weights=[s[6] for s in ops], k=1)[0][0] if ops and rng.random() < 0.88 else None
            hours = rng.lognormvariate(math.log(30 if issue != "frame" else 120), 0.9)
            res = at + dt.timedelta(hours=hours)
            cost = round(ISSUE_COST[issue] * rng.uniform(0.7, 1.4), 2)
            if res > dt.datetime(2024, 12, 31, 23, 59, 59) or rng.random() < 0.015:
                res_s, cost = None, None
            else:
                res_s = ts(res)
            if issue == "other" and cost is not None and rng.random() < 0.2:
                cost = 0.0
            maint.append((bid, st, issue, rep, ts(at), res_s, cost))
    maint.sort(key=lambda r: (r[4], r[0]))
    maint_rows = [(i + 1,) + r for i, r in enumerate(maint)]

    con.executemany("INSERT INTO stations VALUES (?,?,?,?,?,?)",
                    [(s[0], s[1], s[2], s[3], s[4].isoformat(), s[5] and s[5].isoformat()) for s in stations])
    con.executemany("INSERT INTO bikes VALUES (?,?,?,?,?)",
                    [(b[0], b[1], b[2], b[3].isoformat(), b[4] and b[4].isoformat()) for b in bikes])
    con.executemany("INSERT INTO members VALUES (?,?,?,?,?,?,?)",
                    [(m[0], m[1], m[2], m[3].isoformat(), m[4] and m[4].isoformat(), m[5], m[6]) for m in members])
    con.executemany("INSERT INTO trips VALUES (?,?,?,?,?,?,?,?,?)", trip_rows)
    con.executemany("INSERT INTO payments VALUES (?,?,?,?,?,?,?,?)", pay_rows)
    con.executemany("INSERT INTO maintenance VALUES (?,?,?,?,?,?,?,?)", maint_rows)
    con.commit()
    con.execute("VACUUM")
    con.close()
    os.replace(tmp, path)


if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "transit.sqlite")
    generate(out)
