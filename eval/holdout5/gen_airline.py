#!/usr/bin/env python3
"""Generate airline.sqlite: a regional airline, 2022-01-01 .. 2024-12-31.

Deterministic: the same seed gives the same file on every run.
Usage: python3 gen_airline.py [OUTPUT_PATH]   (default: airline.sqlite next to this script)
"""
import datetime as dt
import os
import random
import sqlite3
import sys

SEED = 5150
START = dt.date(2022, 1, 1)
END = dt.date(2024, 12, 31)

SCHEMA = """
CREATE TABLE airports (
    id       INTEGER PRIMARY KEY,
    code     TEXT NOT NULL UNIQUE,        -- IATA code, e.g. SEA
    name     TEXT NOT NULL,
    city     TEXT NOT NULL,
    state    TEXT NOT NULL,               -- US state / Canadian province code
    is_hub   INTEGER NOT NULL             -- 1 = hub airport, 0 = outstation
);
CREATE TABLE aircraft (
    id              INTEGER PRIMARY KEY,
    tail_number     TEXT NOT NULL UNIQUE,
    model           TEXT NOT NULL,        -- Embraer E175, Bombardier CRJ900, ATR 72-600, De Havilland Dash 8-400
    seats           INTEGER NOT NULL,     -- total passenger seats
    in_service_from TEXT NOT NULL,        -- YYYY-MM-DD
    retired_on      TEXT                  -- YYYY-MM-DD; NULL = still in the fleet
);
CREATE TABLE flights (
    id                  INTEGER PRIMARY KEY,
    flight_number       TEXT NOT NULL,    -- e.g. RA 412
    origin_airport_id   INTEGER NOT NULL,
    dest_airport_id     INTEGER NOT NULL,
    aircraft_id         INTEGER NOT NULL,
    distance_miles      INTEGER NOT NULL,
    scheduled_departure TEXT NOT NULL,    -- YYYY-MM-DD HH:MM:SS local time
    scheduled_arrival   TEXT NOT NULL,    -- YYYY-MM-DD HH:MM:SS
    actual_departure    TEXT,             -- NULL when the flight was cancelled
    actual_arrival      TEXT,             -- NULL when the flight was cancelled
    departure_delay_min INTEGER,          -- minutes late at departure (negative = early); NULL when cancelled
    status              TEXT NOT NULL,    -- completed, cancelled, diverted
    cancel_reason       TEXT,             -- weather, mechanical, crew, air_traffic; NULL unless cancelled
    FOREIGN KEY (origin_airport_id) REFERENCES airports(id),
    FOREIGN KEY (dest_airport_id) REFERENCES airports(id),
    FOREIGN KEY (aircraft_id) REFERENCES aircraft(id)
);
CREATE TABLE passengers (
    id              INTEGER PRIMARY KEY,
    first_name      TEXT NOT NULL,
    last_name       TEXT NOT NULL,
    email           TEXT,                 -- NULL = no email on file
    home_airport_id INTEGER,              -- NULL = unknown home airport
    loyalty_status  TEXT,                 -- blue, silver, gold, platinum; NULL = not a loyalty member
    enrolled_on     TEXT,                 -- YYYY-MM-DD loyalty enrolment; NULL = not a loyalty member
    FOREIGN KEY (home_airport_id) REFERENCES airports(id)
);
CREATE TABLE bookings (
    id              INTEGER PRIMARY KEY,
    passenger_id    INTEGER NOT NULL,
    flight_id       INTEGER NOT NULL,
    booked_at       TEXT NOT NULL,        -- YYYY-MM-DD HH:MM:SS
    fare_class      TEXT NOT NULL,        -- basic, economy, premium, business
    price           REAL NOT NULL,        -- USD paid for the ticket
    channel         TEXT NOT NULL,        -- web, app, agent, call_center
    status          TEXT NOT NULL,        -- flown, cancelled, no_show (flight cancelled by airline => cancelled)
    seat            TEXT,                 -- e.g. 12C; NULL = no seat assigned
    refund_amount   REAL,                 -- USD refunded; NULL unless status = cancelled
    FOREIGN KEY (passenger_id) REFERENCES passengers(id),
    FOREIGN KEY (flight_id) REFERENCES flights(id)
);
CREATE TABLE crew (
    id              INTEGER PRIMARY KEY,
    name            TEXT NOT NULL,
    role            TEXT NOT NULL,        -- captain, first_officer, flight_attendant
    base_airport_id INTEGER NOT NULL,
    hired_on        TEXT NOT NULL,        -- YYYY-MM-DD
    left_on         TEXT,                 -- YYYY-MM-DD; NULL = still employed
    FOREIGN KEY (base_airport_id) REFERENCES airports(id)
);
CREATE TABLE crew_assignments (
    flight_id INTEGER NOT NULL,
    crew_id   INTEGER NOT NULL,
    PRIMARY KEY (flight_id, crew_id),
    FOREIGN KEY (flight_id) REFERENCES flights(id),
    FOREIGN KEY (crew_id) REFERENCES crew(id)
);
CREATE INDEX idx_flights_origin ON flights(origin_airport_id);
CREATE INDEX idx_flights_dest ON flights(dest_airport_id);
CREATE INDEX idx_bookings_flight ON bookings(flight_id);
CREATE INDEX idx_bookings_passenger ON bookings(passenger_id);
CREATE INDEX idx_crew_assign_crew ON crew_assignments(crew_id);
"""

AIRPORTS = [
    ("SEA", "Seattle-Tacoma International", "Seattle", "WA", 1, (47.45, -122.31)),
    ("PDX", "Portland International", "Portland", "OR", 1, (45.59, -122.60)),
    ("BOI", "Boise Airport", "Boise", "ID", 0, (43.56, -116.22)),
    ("GEG", "Spokane International", "Spokane", "WA", 0, (47.62, -117.53)),
    ("SFO", "San Francisco International", "San Francisco", "CA", 0, (37.62, -122.38)),
    ("SMF", "Sacramento International", "Sacramento", "CA", 0, (38.70, -121.59)),
    ("RNO", "Reno-Tahoe International", "Reno", "NV", 0, (39.50, -119.77)),
    ("YVR", "Vancouver International", "Vancouver", "BC", 0, (49.19, -123.18)),
    ("MSO", "Missoula Montana", "Missoula", "MT", 0, (46.92, -114.09)),
    ("EUG", "Eugene Airport", "Eugene", "OR", 0, (44.12, -123.21)),
    ("MFR", "Rogue Valley International", "Medford", "OR", 0, (42.37, -122.87)),
    ("PSC", "Tri-Cities Airport", "Pasco", "WA", 0, (46.26, -119.12)),
    ("BZN", "Bozeman Yellowstone International", "Bozeman", "MT", 0, (45.78, -111.15)),
    ("SLC", "Salt Lake City International", "Salt Lake City", "UT", 0, (40.79, -111.98)),
]
# model: (seats, count, first-year)
MODELS = [
    ("Embraer E175", 76, 9),
    ("Bombardier CRJ900", 70, 5),
    ("ATR 72-600", 70, 4),
    ("De Havilland Dash 8-400", 76, 6),
]
FIRST = ["James", "Mary", "John", "Patricia", "Robert", "Jennifer", "Michael", "Linda", "David", "Elizabeth",
         "William", "Susan", "Richard", "Jessica", "Joseph", "Sarah", "Thomas", "Karen", "Wei", "Priya",
         "Carlos", "Sofia", "Ahmed", "Olga", "Kenji", "Emma", "Noah", "Liam", "Ava", "Mia", "Lucas", "Chloe"]
LAST = ["Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis", "Rodriguez", "Martinez",
        "Nguyen", "Kim", "Patel", "Chen", "Anderson", "Taylor", "Thomas", "Moore", "Jackson", "Martin",
        "Lee", "Walker", "Hall", "Young", "King", "Wright", "Lopez", "Hill", "Scott", "Green", "Baker", "Nelson"]
FARE = [("basic", 0.25, 0.75), ("economy", 0.5, 1.0), ("premium", 0.15, 1.6), ("business", 0.10, 2.6)]


def dist(a, b):
    import math
    (la1, lo1), (la2, lo2) = a, b
    r = math.radians
    d = math.sin(r(la2 - la1) / 2) ** 2 + math.cos(r(la1)) * math.cos(r(la2)) * math.sin(r(lo2 - lo1) / 2) ** 2
    return int(round(3959 * 2 * math.asin(math.sqrt(d))))


def ts(x):
    return x.strftime("%Y-%m-%d %H:%M:%S")


def build(path):
    rnd = random.Random(SEED)
    con = sqlite3.connect(path)
    con.executescript(SCHEMA)
    for i, a in enumerate(AIRPORTS, 1):
        con.execute("INSERT INTO airports VALUES (?,?,?,?,?,?)", (i, a[0], a[1], a[2], a[3], a[4]))
    # aircraft
    ac = []
    n = 0
    for model, seats, cnt in MODELS:
        for k in range(cnt):
            n += 1
            since = dt.date(rnd.randint(2008, 2021), rnd.randint(1, 12), rnd.randint(1, 28))
            retired = None
            if rnd.random() < 0.12:
                retired = dt.date(rnd.randint(2022, 2024), rnd.randint(1, 12), rnd.randint(1, 28))
            if model == "Embraer E175" and k >= 7:
                since = dt.date(2023, 3 + k, 1)
            s = seats - (rnd.choice([0, 0, 4]) if model != "ATR 72-600" else 0)
            con.execute("INSERT INTO aircraft VALUES (?,?,?,?,?,?)",
                        (n, "N%d%02dRA" % (400 + n, rnd.randint(10, 99)), model, s, since.isoformat(),
                         retired.isoformat() if retired else None))
            ac.append((n, s, since, retired))
    # routes: hubs to everything, plus a few point-to-point
    hubs = [1, 2]
    routes = []
    for h in hubs:
        for j in range(1, len(AIRPORTS) + 1):
            if j != h and not (h == 2 and j in (4, 12, 13)):
                routes.append((h, j))
                routes.append((j, h))
    routes += [(3, 14), (14, 3), (5, 7), (7, 5)]
    routes = sorted(set(routes))
    rw = {r: (3 if (r[0] in hubs and r[1] in hubs) else 1.0 + rnd.random()) for r in routes}
    # crew
    crew = []
    cid = 0
    for role, cnt in (("captain", 60), ("first_officer", 60), ("flight_attendant", 110)):
        for k in range(cnt):
            cid += 1
            hired = dt.date(rnd.randint(2010, 2024), rnd.randint(1, 12), rnd.randint(1, 28))
            if hired > dt.date(2024, 10, 1):
                hired = dt.date(2024, 10, 1)
            left = None
            if rnd.random() < 0.15:
                left = hired + dt.timedelta(days=rnd.randint(200, 1500))
                if left > END or left < START:
                    left = None
            base = rnd.choice(hubs + [3, 14])
            con.execute("INSERT INTO crew VALUES (?,?,?,?,?,?)",
                        (cid, rnd.choice(FIRST) + " " + rnd.choice(LAST), role, base, hired.isoformat(),
                         left.isoformat() if left else None))
            crew.append((cid, role, hired, left))
    # passengers
    npass = 9000
    for pid in range(1, npass + 1):
        fn, ln = rnd.choice(FIRST), rnd.choice(LAST)
        email = None if rnd.random() < 0.07 else "%s.%s%d@example.com" % (fn.lower(), ln.lower(), pid)
        home = None if rnd.random() < 0.1 else rnd.choices(range(1, 15), weights=[6, 5] + [1] * 12)[0]
        if rnd.random() < 0.45:
            st = rnd.choices(["blue", "silver", "gold", "platinum"], weights=[55, 25, 14, 6])[0]
            enr = dt.date(rnd.randint(2015, 2024), rnd.randint(1, 12), rnd.randint(1, 28)).isoformat()
        else:
            st = enr = None
        con.execute("INSERT INTO passengers VALUES (?,?,?,?,?,?,?)", (pid, fn, ln, email, home, st, enr))
    pw = [1.0] * npass
    for i in range(npass):
        pw[i] = rnd.paretovariate(1.6)
    # flights
    fid = 0
    bid = 0
    day = START
    fnums = {r: "RA %d" % (100 + i * 2) for i, r in enumerate(routes)}
    bookings = []
    cas = []
    pids = list(range(1, npass + 1))
    while day <= END:
        season = 1.2 if day.month in (6, 7, 8, 12) else (0.85 if day.month in (1, 2) else 1.0)
        growth = 1 + 0.12 * (day.year - 2022)
        nday = int(round(18 * season * growth + rnd.uniform(-2, 2)))
        todays = rnd.choices(routes, weights=[rw[r] for r in routes], k=nday)
        for (o, d) in todays:
            fid += 1
            active = [a for a in ac if a[2] <= day and (a[3] is None or a[3] > day)]
            a = rnd.choice(active)
            miles = dist(AIRPORTS[o - 1][5], AIRPORTS[d - 1][5])
            dep = dt.datetime(day.year, day.month, day.day, rnd.randint(6, 21), rnd.choice([0, 15, 30, 45]))
            block = int(35 + miles / 7.5)
            arr = dep + dt.timedelta(minutes=block)
            winter = day.month in (12, 1, 2)
            pc = 0.018 + (0.03 if winter else 0)
            if rnd.random() < pc:
                status = "cancelled"
                reason = rnd.choices(["weather", "mechanical", "crew", "air_traffic"],
                                     weights=[5 if winter else 2, 3, 1, 1])[0]
                ad = aa = None
                delay = None
            else:
                reason = None
                r = rnd.random()
                if r < 0.55:
                    delay = rnd.randint(-6, 4)
                elif r < 0.85:
                    delay = rnd.randint(5, 45)
                else:
                    delay = int(rnd.expovariate(1 / 70)) + 15
                if winter and rnd.random() < 0.2:
                    delay += rnd.randint(10, 60)
                if o == 1:
                    delay += rnd.randint(0, 6)
                ad = dep + dt.timedelta(minutes=delay)
                aa = ad + dt.timedelta(minutes=block + rnd.randint(-8, 12))
                status = "diverted" if rnd.random() < 0.004 else "completed"
                if status == "diverted":
                    aa = aa + dt.timedelta(minutes=rnd.randint(60, 240))
            con.execute("INSERT INTO flights VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                        (fid, fnums[(o, d)], o, d, a[0], miles, ts(dep), ts(arr),
                         ts(ad) if ad else None, ts(aa) if aa else None, delay, status, reason))
            # crew: one captain, one first officer, 1-2 attendants
            for role, k in (("captain", 1), ("first_officer", 1), ("flight_attendant", 1 if a[1] < 72 else 2)):
                pool = [c for c in crew if c[1] == role and c[2] <= day and (c[3] is None or c[3] > day)]
                for c in rnd.sample(pool, k):
                    cas.append((fid, c[0]))
            # bookings: a sample of the passengers on board (those in our CRM extract)
            nb = max(0, int(rnd.gauss(2.4, 1.3)))
            for p in rnd.choices(pids, weights=pw, k=nb):
                bid += 1
                fc = rnd.choices(FARE, weights=[f[1] for f in FARE])[0]
                price = round((60 + miles * 0.22) * fc[2] * rnd.uniform(0.7, 1.5), 2)
                booked = dep - dt.timedelta(days=rnd.randint(0, 120), minutes=rnd.randint(60, 1400))
                ch = rnd.choices(["web", "app", "agent", "call_center"], weights=[45, 35, 12, 8])[0]
                if status == "cancelled":
                    bst, refund = "cancelled", price
                elif rnd.random() < 0.05:
                    bst, refund = "cancelled", round(price * (0.0 if fc[0] == "basic" else rnd.choice([0.5, 0.8, 1.0])), 2)
                elif rnd.random() < 0.03:
                    bst, refund = "no_show", None
                else:
                    bst, refund = "flown", None
                seat = None if (fc[0] == "basic" and rnd.random() < 0.5) else "%d%s" % (
                    rnd.randint(1, 4) if fc[0] == "business" else rnd.randint(5, 19), rnd.choice("ACDF"))
                bookings.append((bid, p, fid, ts(booked), fc[0], price, ch, bst, seat, refund))
        day += dt.timedelta(days=1)
    con.executemany("INSERT INTO bookings VALUES (?,?,?,?,?,?,?,?,?,?)", bookings)
    con.executemany("INSERT INTO crew_assignments VALUES (?,?)", cas)
    con.commit()
    con.close()


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "airline.sqlite")
    tmp = out + ".tmp"
    if os.path.exists(tmp):
        os.remove(tmp)
    build(tmp)
    os.replace(tmp, out)


if __name__ == "__main__":
    main()
