#!/usr/bin/env python3
"""Generate hotel.sqlite: a European hotel group, stays 2022-01-01 .. 2024-12-31.

Deterministic: the same seed gives the same file on every run.
Usage: python3 gen_hotel.py [OUTPUT_PATH]   (default: hotel.sqlite next to this script)
"""
import datetime as dt
import math
import os
import random
import sqlite3
import sys

SEED = 4471
START = dt.date(2022, 1, 1)
END = dt.date(2024, 12, 31)

SCHEMA = """
CREATE TABLE hotels (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL UNIQUE,
    city       TEXT NOT NULL,
    country    TEXT NOT NULL,
    stars      INTEGER NOT NULL,          -- 3, 4 or 5
    opened_on  TEXT NOT NULL              -- YYYY-MM-DD
);
CREATE TABLE rooms (
    id          INTEGER PRIMARY KEY,
    hotel_id    INTEGER NOT NULL,
    room_number TEXT NOT NULL,            -- unique within a hotel, e.g. '214'
    room_type   TEXT NOT NULL,            -- standard, deluxe, family, suite
    floor       INTEGER NOT NULL,
    max_guests  INTEGER NOT NULL,
    base_rate   REAL NOT NULL,            -- list price per night, EUR
    FOREIGN KEY (hotel_id) REFERENCES hotels(id)
);
CREATE TABLE guests (
    id           INTEGER PRIMARY KEY,
    first_name   TEXT NOT NULL,
    last_name    TEXT NOT NULL,
    email        TEXT,                    -- NULL if the guest gave none
    country      TEXT NOT NULL,           -- country of residence
    loyalty_tier TEXT,                    -- silver, gold, platinum; NULL if not a loyalty member
    created_on   TEXT NOT NULL            -- YYYY-MM-DD, guest profile created (first booking)
);
CREATE TABLE bookings (
    id           INTEGER PRIMARY KEY,
    guest_id     INTEGER NOT NULL,
    room_id      INTEGER NOT NULL,
    booked_at    TEXT NOT NULL,           -- YYYY-MM-DD HH:MM:SS, when the reservation was made
    check_in     TEXT NOT NULL,           -- YYYY-MM-DD
    check_out    TEXT NOT NULL,           -- YYYY-MM-DD (departure day)
    adults       INTEGER NOT NULL,
    children     INTEGER NOT NULL,
    channel      TEXT NOT NULL,           -- website, phone, ota, travel_agent, corporate
    status       TEXT NOT NULL,           -- checked_out, cancelled, no_show
    cancelled_at TEXT,                    -- YYYY-MM-DD HH:MM:SS; NULL unless cancelled
    nightly_rate REAL NOT NULL,           -- agreed price per night, EUR
    total_amount REAL,                    -- EUR billed: stay plus extras; first night for no-shows; NULL if cancelled
    FOREIGN KEY (guest_id) REFERENCES guests(id),
    FOREIGN KEY (room_id) REFERENCES rooms(id)
);
CREATE TABLE payments (
    id         INTEGER PRIMARY KEY,
    booking_id INTEGER NOT NULL,
    paid_at    TEXT NOT NULL,             -- YYYY-MM-DD HH:MM:SS
    amount     REAL NOT NULL,             -- EUR
    method     TEXT NOT NULL,             -- card, cash, bank_transfer, voucher
    FOREIGN KEY (booking_id) REFERENCES bookings(id)
);
CREATE TABLE reviews (
    id           INTEGER PRIMARY KEY,
    booking_id   INTEGER NOT NULL UNIQUE,
    rating       INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 5),
    cleanliness  INTEGER CHECK (cleanliness BETWEEN 1 AND 5),  -- NULL if the guest skipped it
    posted_on    TEXT NOT NULL,           -- YYYY-MM-DD
    replied_on   TEXT,                    -- YYYY-MM-DD hotel's public reply; NULL if never replied
    FOREIGN KEY (booking_id) REFERENCES bookings(id)
);
CREATE INDEX idx_rooms_hotel ON rooms(hotel_id);
CREATE INDEX idx_bookings_guest ON bookings(guest_id);
CREATE INDEX idx_bookings_room ON bookings(room_id);
CREATE INDEX idx_payments_booking ON payments(booking_id);
"""

# name, city, country, stars, opened_on, rooms, demand weight, quality (review bias)
HOTELS = [
    ("Harbour View Lisbon", "Lisbon", "Portugal", 4, "2011-04-18", 30, 1.20, 0.25),
    ("Alfama Courtyard Hotel", "Lisbon", "Portugal", 3, "2016-06-01", 18, 0.80, 0.10),
    ("Ramblas Grand", "Barcelona", "Spain", 4, "2008-03-10", 34, 1.35, 0.00),
    ("Maison Saint-Germain", "Paris", "France", 5, "2005-09-15", 26, 1.30, 0.45),
    ("Canal House Amsterdam", "Amsterdam", "Netherlands", 4, "2013-05-20", 22, 1.10, 0.30),
    ("Old Town Prague Inn", "Prague", "Czechia", 3, "2012-02-01", 24, 0.95, -0.10),
    ("Ringstrasse Palace", "Vienna", "Austria", 5, "2007-11-30", 28, 1.05, 0.40),
    ("Spree Loft Berlin", "Berlin", "Germany", 3, "2018-08-13", 32, 1.00, -0.25),
    ("Trastevere Suites", "Rome", "Italy", 4, "2014-04-07", 20, 1.15, 0.15),
    ("Royal Mile Lodge", "Edinburgh", "United Kingdom", 3, "2010-07-01", 24, 0.90, 0.05),
    ("Nyhavn Quay Hotel", "Copenhagen", "Denmark", 4, "2019-05-02", 20, 0.85, 0.20),
    ("Salamanca Residence", "Madrid", "Spain", 4, "2022-10-03", 26, 1.00, 0.05),
    ("Ribeira Riverside", "Porto", "Portugal", 4, "2023-04-17", 22, 0.95, 0.35),
]
CITY_PRICE = {"Lisbon": 0.95, "Barcelona": 1.05, "Paris": 1.35, "Amsterdam": 1.25, "Prague": 0.75,
              "Vienna": 1.05, "Berlin": 0.90, "Rome": 1.10, "Edinburgh": 1.00, "Copenhagen": 1.20,
              "Madrid": 1.00, "Porto": 0.85}
STAR_PRICE = {3: 0.75, 4: 1.0, 5: 1.75}
# room type: (share, base EUR at a 4-star average city, max guests)
ROOM_TYPES = [("standard", 55, 110, 2), ("deluxe", 25, 150, 2), ("family", 12, 185, 4), ("suite", 8, 290, 3)]
# month demand / price factor; beach cities peak harder in summer
SEASON = {1: 0.60, 2: 0.65, 3: 0.85, 4: 1.00, 5: 1.10, 6: 1.25, 7: 1.40, 8: 1.40,
          9: 1.15, 10: 1.00, 11: 0.70, 12: 0.85}
SUMMER_CITIES = {"Lisbon", "Barcelona", "Rome", "Madrid", "Porto"}
CHANNELS = [("website", 30), ("ota", 38), ("phone", 8), ("travel_agent", 9), ("corporate", 15)]
LEAD_DAYS = {"website": 45, "ota": 30, "phone": 20, "travel_agent": 70, "corporate": 10}
CANCEL_P = {"website": 0.14, "ota": 0.24, "phone": 0.10, "travel_agent": 0.12, "corporate": 0.09}
RATE_DISC = {"website": 0.97, "ota": 1.00, "phone": 1.02, "travel_agent": 0.92, "corporate": 0.85}
NIGHTS = [(1, 17), (2, 24), (3, 21), (4, 12), (5, 8), (6, 4), (7, 7), (8, 2), (9, 1), (10, 1.5),
          (11, 0.5), (12, 0.5), (14, 1.5)]
GUEST_COUNTRIES = [("United Kingdom", 14), ("Germany", 13), ("United States", 12), ("France", 9),
                   ("Spain", 8), ("Italy", 7), ("Netherlands", 6), ("Portugal", 5), ("Denmark", 3),
                   ("Austria", 3), ("Czechia", 2), ("Canada", 4), ("Australia", 3), ("Japan", 3),
                   ("Brazil", 3), ("China", 3), ("Sweden", 2)]
FIRST = ["Oliver", "Emma", "Lukas", "Sofia", "Mateo", "Chloe", "Luca", "Mia", "Noah", "Hannah",
         "Leon", "Clara", "Hugo", "Alice", "Tomas", "Ines", "Jakub", "Freya", "Finn", "Ida",
         "Daniel", "Sarah", "James", "Laura", "Marco", "Giulia", "Pierre", "Camille", "Jan", "Eva",
         "William", "Grace", "Henrik", "Astrid", "Diego", "Lucia", "Kenji", "Yuki", "Rafael", "Beatriz",
         "Michael", "Anna", "David", "Julia", "Thomas", "Lea", "Samuel", "Nora", "Ethan", "Olivia",
         "Wei", "Mei", "Liam", "Isla", "Jonas", "Marta", "Paul", "Elena", "Victor", "Zoe"]
LAST = ["Smith", "Jones", "Muller", "Schmidt", "Garcia", "Fernandez", "Rossi", "Russo", "Martin",
        "Bernard", "de Jong", "Jansen", "Silva", "Santos", "Novak", "Svoboda", "Hansen", "Nielsen",
        "Johnson", "Brown", "Taylor", "Wilson", "Wagner", "Becker", "Lopez", "Romero", "Ricci",
        "Colombo", "Dubois", "Moreau", "Visser", "Pereira", "Costa", "Dvorak", "Larsen", "Andersen",
        "Miller", "Davis", "Clark", "Walsh", "Murphy", "Kelly", "Tanaka", "Sato", "Oliveira",
        "Almeida", "Chen", "Wang", "Li", "Schneider", "Fischer", "Hoffmann", "Bianchi", "Greco",
        "Lefebvre", "Bakker", "Lindberg", "Berg", "Campbell", "Stewart", "Evans", "Moore",
        "Navarro", "Torres", "Castro", "Keller", "Weber", "Kowalski", "Nowak", "Horvat"]
DOMAINS = ["gmail.com", "outlook.com", "yahoo.com", "icloud.com", "gmx.de", "proton.me", "web.de"]


def wchoice(rng, pairs):
    return rng.choices([p[0] for p in pairs], weights=[p[1] for p in pairs], k=1)[0]


def poisson(rng, lam):
    if lam <= 0:
        return 0
    l_ = math.exp(-lam)
    k, p = 0, 1.0
    while True:
        p *= rng.random()
        if p <= l_:
            return k
        k += 1


def ts(day, seconds):
    return (dt.datetime(day.year, day.month, day.day) + dt.timedelta(seconds=int(seconds))).strftime(
        "%Y-%m-%d %H:%M:%S")


def generate(path):
    rng = random.Random(SEED)
    tmp = path + ".tmp"
    if os.path.exists(tmp):
        os.remove(tmp)
    con = sqlite3.connect(tmp)
    con.execute("PRAGMA journal_mode=OFF")
    con.execute("PRAGMA synchronous=OFF")
    con.executescript(SCHEMA)

    hotel_rows = [(i + 1, h[0], h[1], h[2], h[3], h[4]) for i, h in enumerate(HOTELS)]

    # ---- rooms ------------------------------------------------------------
    rooms = []           # dict rows
    rooms_by_hotel_type = {}
    for hid, h in enumerate(HOTELS, start=1):
        name, city, country, stars, opened, n_rooms, demand, quality = h
        floors = 3 + n_rooms // 10
        per_floor = {}
        types = []
        for rt, share, base, mg in ROOM_TYPES:
            k = max(1, int(round(n_rooms * share / 100.0)))
            if rt == "suite" and stars == 3:
                k = 0 if rng.random() < 0.5 else 1
            types += [(rt, base, mg)] * k
        for rt, base, mg in types:
            fl = 1 + rng.randrange(floors) if rt != "suite" else floors
            per_floor[fl] = per_floor.get(fl, 0) + 1
            number = "%d%02d" % (fl, per_floor[fl])
            rate = base * CITY_PRICE[city] * STAR_PRICE[stars] * rng.uniform(0.95, 1.08)
            rate = float(5 * round(rate / 5))
            room = {"hotel": hid, "number": number, "type": rt, "floor": fl, "max": mg, "rate": rate,
                    "busy": set()}
            rooms.append(room)
    rooms.sort(key=lambda r: (r["hotel"], int(r["number"])))
    for i, r in enumerate(rooms, start=1):
        r["id"] = i
        rooms_by_hotel_type.setdefault((r["hotel"], r["type"]), []).append(r)

    # ---- guests and bookings ---------------------------------------------
    guests = []          # [id, first, last, email, country, tier, created_on, n_stays]
    bookings = []
    payments = []
    reviews = []
    loyal_pool = []      # guest ids likely to come back

    def new_guest(day):
        gid = len(guests) + 1
        first = rng.choice(FIRST)
        last = rng.choice(LAST)
        country = wchoice(rng, GUEST_COUNTRIES)
        email = None
        if rng.random() < 0.86:
            email = "%s.%s%d@%s" % (first.lower(), last.lower().replace(" ", ""), gid,
                                    rng.choice(DOMAINS))
        tier = None
        u = rng.random()
        if u < 0.06:
            tier = "silver"
        elif u < 0.08:
            tier = "gold"
        guests.append([gid, first, last, email, country, tier, day.isoformat(), 0])
        return gid

    day = START
    n_days = (END - START).days + 1
    while day <= END:
        idx = (day - START).days
        growth = 0.85 + 0.30 * idx / n_days
        for hid, h in enumerate(HOTELS, start=1):
            name, city, country, stars, opened, n_rooms, demand, quality = h
            if dt.date.fromisoformat(opened) > day:
                continue
            season = SEASON[day.month]
            if city in SUMMER_CITIES:
                season = season ** 1.3
            lam = 0.038 * n_rooms * demand * season * growth
            if day.weekday() in (3, 4):
                lam *= 1.25
            if dt.date.fromisoformat(opened) > START and (day - dt.date.fromisoformat(opened)).days < 120:
                lam *= 0.6
            for _ in range(poisson(rng, lam)):
                nights = wchoice(rng, NIGHTS)
                channel = wchoice(rng, CHANNELS)
                if channel == "corporate":
                    nights = min(nights, 5)
                check_out = day + dt.timedelta(days=nights)
                if check_out > END:
                    continue
                adults = wchoice(rng, [(1, 30 if channel == "corporate" else 0), (1, 22), (2, 62), (3, 4)])
                children = 0
                if channel != "corporate" and rng.random() < 0.16:
                    children = wchoice(rng, [(1, 55), (2, 40), (3, 5)])
                if children:
                    rtype = "family" if rng.random() < 0.7 else wchoice(rng, [("suite", 1), ("deluxe", 1)])
                else:
                    rtype = wchoice(rng, [("standard", 60), ("deluxe", 27), ("suite", 8 + 4 * (stars == 5)),
                                          ("family", 3)])
                cands = rooms_by_hotel_type.get((hid, rtype)) or rooms_by_hotel_type[(hid, "standard")]
                nights_set = {day + dt.timedelta(days=k) for k in range(nights)}
                free = [r for r in cands if not (r["busy"] & nights_set)]
                if not free:
                    continue
                room = rng.choice(free)
                if adults + children > room["max"]:
                    children = max(0, room["max"] - adults)
                # guest
                if guests and rng.random() < 0.27:
                    if loyal_pool and rng.random() < 0.6:
                        gid = rng.choice(loyal_pool)
                    else:
                        gid = rng.randrange(1, len(guests) + 1)
                    g = guests[gid - 1]
                    if g[6] > day.isoformat():
                        gid = new_guest(day)
                else:
                    gid = new_guest(day)
                g = guests[gid - 1]
                # lead time
                lead = int(rng.expovariate(1.0 / LEAD_DAYS[channel]))
                if rng.random() < 0.05:
                    lead = 0
                booked_day = day - dt.timedelta(days=lead)
                if booked_day < START:
                    booked_day = START + dt.timedelta(days=rng.randrange(0, max(1, (day - START).days + 1)))
                secs = int(min(max(rng.gauss(14.5, 3.5), 0.2), 23.9) * 3600)
                if booked_day == day:
                    secs = min(secs, 15 * 3600)
                booked_at = ts(booked_day, secs)
                if g[6] > booked_day.isoformat():
                    g[6] = booked_day.isoformat()
                # price
                rate = room["rate"] * (0.80 + 0.22 * SEASON[day.month]) * RATE_DISC[channel]
                if day.weekday() in (4, 5):
                    rate *= 1.12
                if day >= dt.date(2023, 1, 1):
                    rate *= 1.06
                if day >= dt.date(2024, 1, 1):
                    rate *= 1.05
                if g[5] in ("gold", "platinum"):
                    rate *= 0.93
                rate = float(round(rate * rng.uniform(0.96, 1.04)))
                # status
                p_cancel = CANCEL_P[channel] * (1.4 if lead > 60 else 1.0)
                u = rng.random()
                cancelled_at = None
                if u < p_cancel:
                    status = "cancelled"
                    span = max(1, int((dt.datetime(day.year, day.month, day.day, 14) -
                                       dt.datetime.fromisoformat(booked_at)).total_seconds()))
                    cancelled_at = (dt.datetime.fromisoformat(booked_at) +
                                    dt.timedelta(seconds=int(span * rng.random() ** 0.7))).strftime(
                        "%Y-%m-%d %H:%M:%S")
                elif u < p_cancel + (0.045 if channel == "ota" else 0.02):
                    status = "no_show"
                else:
                    status = "checked_out"
                bid = len(bookings) + 1
                total = None
                if status == "checked_out":
                    room["busy"] |= nights_set
                    extras = 0.0
                    if rng.random() < 0.45:
                        extras = round(rng.uniform(8, 40) * nights * (1 + adults) / 2, 2)
                    total = round(rate * nights + extras, 2)
                    g[7] += 1
                    if g[7] >= 2 and gid not in loyal_pool:
                        loyal_pool.append(gid)
                    if g[5] is None and g[7] >= 2 and rng.random() < 0.35:
                        g[5] = "silver"
                    elif g[5] == "silver" and g[7] >= 4 and rng.random() < 0.4:
                        g[5] = "gold"
                    elif g[5] == "gold" and g[7] >= 6 and rng.random() < 0.35:
                        g[5] = "platinum"
                    # payments
                    co_secs = int(rng.uniform(7.5, 11.8) * 3600)
                    remaining = total
                    if channel in ("website", "travel_agent") and rng.random() < 0.5:
                        dep = round(total * rng.choice([0.2, 0.3, 0.5]), 2)
                        payments.append([bid, ts(booked_day, min(secs + 60, 86399)), dep, "card"])
                        remaining = round(total - dep, 2)
                    if channel == "corporate":
                        pay_day = check_out + dt.timedelta(days=rng.randrange(7, 75))
                        if pay_day <= END and rng.random() > 0.03:
                            payments.append([bid, ts(pay_day, int(rng.uniform(9, 17) * 3600)), remaining,
                                             "bank_transfer"])
                    elif rng.random() > 0.015:
                        if rng.random() < 0.05 and remaining > 60:
                            v = float(rng.choice([50, 100]))
                            v = min(v, remaining)
                            payments.append([bid, ts(check_out, co_secs - 60), v, "voucher"])
                            remaining = round(remaining - v, 2)
                        if remaining > 0:
                            method = "cash" if rng.random() < 0.09 else "card"
                            payments.append([bid, ts(check_out, co_secs), remaining, method])
                    # review
                    p_rev = 0.30 + (0.12 if g[5] else 0.0) - (0.10 if channel == "corporate" else 0.0)
                    if rng.random() < p_rev:
                        posted = check_out + dt.timedelta(days=int(rng.expovariate(1 / 4.0)))
                        if posted <= END:
                            score = 3.9 + quality + rng.gauss(0, 0.95)
                            if rtype == "suite":
                                score += 0.25
                            if nights >= 7:
                                score -= 0.15
                            rating = int(min(5, max(1, round(score))))
                            clean = None
                            if rng.random() < 0.78:
                                clean = int(min(5, max(1, round(score + rng.gauss(0.1, 0.6)))))
                            replied = None
                            p_reply = 0.55 + (0.25 if rating <= 2 else 0.0) + (0.1 if stars == 5 else 0.0)
                            if rng.random() < p_reply:
                                rd = posted + dt.timedelta(days=int(rng.expovariate(1 / 3.0)))
                                if rd <= END:
                                    replied = rd.isoformat()
                            reviews.append([bid, rating, clean, posted.isoformat(), replied])
                elif status == "no_show":
                    total = rate
                    if rng.random() < 0.8:
                        payments.append([bid, ts(day, 23 * 3600 + rng.randrange(3000)), total, "card"])
                bookings.append([bid, gid, room["id"], booked_at, day.isoformat(), check_out.isoformat(),
                                 adults, children, channel, status, cancelled_at, rate, total])
        day += dt.timedelta(days=1)

    # bookings get ids in order of when they were made
    order = sorted(range(len(bookings)), key=lambda i: (bookings[i][3], bookings[i][0]))
    remap = {}
    booking_rows = []
    for new_id, i in enumerate(order, start=1):
        b = bookings[i]
        remap[b[0]] = new_id
        booking_rows.append(tuple([new_id] + b[1:]))
    pay_rows = sorted(((remap[p[0]],) + tuple(p[1:]) for p in payments), key=lambda r: (r[1], r[0]))
    pay_rows = [(i + 1,) + r for i, r in enumerate(pay_rows)]
    rev_rows = sorted(((remap[r[0]],) + tuple(r[1:]) for r in reviews), key=lambda r: (r[3], r[0]))
    rev_rows = [(i + 1,) + r for i, r in enumerate(rev_rows)]
    guest_rows = [tuple(g[:7]) for g in guests]
    room_rows = [(r["id"], r["hotel"], r["number"], r["type"], r["floor"], r["max"], r["rate"]) for r in rooms]

    con.executemany("INSERT INTO hotels VALUES (?,?,?,?,?,?)", hotel_rows)
    con.executemany("INSERT INTO rooms VALUES (?,?,?,?,?,?,?)", room_rows)
    con.executemany("INSERT INTO guests VALUES (?,?,?,?,?,?,?)", guest_rows)
    con.executemany("INSERT INTO bookings VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)", booking_rows)
    con.executemany("INSERT INTO payments VALUES (?,?,?,?,?)", pay_rows)
    con.executemany("INSERT INTO reviews VALUES (?,?,?,?,?,?)", rev_rows)
    con.commit()
    con.execute("VACUUM")
    con.close()
    os.replace(tmp, path)


if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "hotel.sqlite")
    generate(out)
