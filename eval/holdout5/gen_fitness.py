#!/usr/bin/env python3
"""Generate fitness.sqlite: a chain of gyms, 2022-01-01 .. 2024-12-31.

Deterministic: the same seed gives the same file on every run.
Usage: python3 gen_fitness.py [OUTPUT_PATH]   (default: fitness.sqlite next to this script)
"""
import datetime as dt
import os
import random
import sqlite3
import sys

SEED = 8086
START = dt.date(2022, 1, 1)
END = dt.date(2024, 12, 31)

SCHEMA = """
CREATE TABLE clubs (
    clubId    INTEGER PRIMARY KEY,
    clubName  TEXT NOT NULL,
    city      TEXT NOT NULL,
    openedOn  TEXT NOT NULL,              -- YYYY-MM-DD
    has24h    INTEGER NOT NULL            -- 1 = open 24 hours, 0 = staffed hours only
);
CREATE TABLE plans (
    planId      INTEGER PRIMARY KEY,
    planName    TEXT NOT NULL,            -- Basic, Standard, Premium, Student, Off-Peak
    monthlyFee  REAL NOT NULL,            -- USD per month
    classesIncluded INTEGER NOT NULL      -- 1 = group classes included, 0 = gym floor only
);
CREATE TABLE members (
    memberId     INTEGER PRIMARY KEY,
    firstName    TEXT NOT NULL,
    lastName     TEXT NOT NULL,
    gender       TEXT,                    -- F, M, X; NULL = not given
    birthYear    INTEGER,                 -- NULL = not given
    homeClubId   INTEGER NOT NULL,
    planId       INTEGER NOT NULL,
    joinDate     TEXT NOT NULL,           -- YYYY-MM-DD
    cancelDate   TEXT,                    -- YYYY-MM-DD; NULL = membership still active
    referredBy   INTEGER,                 -- memberId of the referring member; NULL = not referred
    FOREIGN KEY (homeClubId) REFERENCES clubs(clubId),
    FOREIGN KEY (planId) REFERENCES plans(planId),
    FOREIGN KEY (referredBy) REFERENCES members(memberId)
);
CREATE TABLE trainers (
    trainerId  INTEGER PRIMARY KEY,
    fullName   TEXT NOT NULL,
    clubId     INTEGER NOT NULL,
    specialty  TEXT NOT NULL,             -- yoga, cycling, strength, hiit, pilates, boxing
    hireDate   TEXT NOT NULL,             -- YYYY-MM-DD
    managerId  INTEGER,                   -- trainerId of their manager; NULL = head trainer (no manager)
    FOREIGN KEY (clubId) REFERENCES clubs(clubId),
    FOREIGN KEY (managerId) REFERENCES trainers(trainerId)
);
CREATE TABLE classes (
    classId     INTEGER PRIMARY KEY,
    clubId      INTEGER NOT NULL,
    trainerId   INTEGER,                  -- NULL = trainer not yet assigned / cover not recorded
    classType   TEXT NOT NULL,            -- yoga, spin, hiit, pilates, boxing, bodypump
    startsAt    TEXT NOT NULL,            -- YYYY-MM-DD HH:MM:SS
    durationMin INTEGER NOT NULL,         -- minutes
    capacity    INTEGER NOT NULL,         -- max number of bookings
    FOREIGN KEY (clubId) REFERENCES clubs(clubId),
    FOREIGN KEY (trainerId) REFERENCES trainers(trainerId)
);
CREATE TABLE classBookings (
    bookingId  INTEGER PRIMARY KEY,
    classId    INTEGER NOT NULL,
    memberId   INTEGER NOT NULL,
    bookedAt   TEXT NOT NULL,             -- YYYY-MM-DD HH:MM:SS
    attended   INTEGER,                   -- 1 = attended, 0 = no-show; NULL = booking cancelled by the member
    FOREIGN KEY (classId) REFERENCES classes(classId),
    FOREIGN KEY (memberId) REFERENCES members(memberId)
);
CREATE TABLE checkIns (
    checkInId   INTEGER PRIMARY KEY,
    memberId    INTEGER NOT NULL,
    clubId      INTEGER NOT NULL,         -- club visited (may differ from the home club)
    checkInAt   TEXT NOT NULL,            -- YYYY-MM-DD HH:MM:SS
    checkOutAt  TEXT,                     -- YYYY-MM-DD HH:MM:SS; NULL = member did not scan out
    FOREIGN KEY (memberId) REFERENCES members(memberId),
    FOREIGN KEY (clubId) REFERENCES clubs(clubId)
);
CREATE TABLE payments (
    payment_id INTEGER PRIMARY KEY,
    member_id  INTEGER NOT NULL,
    paid_on    TEXT NOT NULL,             -- YYYY-MM-DD
    amount     REAL NOT NULL,             -- USD
    kind       TEXT NOT NULL,             -- membership, joining_fee, personal_training, merchandise
    method     TEXT NOT NULL,             -- card, direct_debit, cash
    status     TEXT NOT NULL,             -- paid, failed, refunded
    FOREIGN KEY (member_id) REFERENCES members(memberId)
);
CREATE INDEX idx_members_club ON members(homeClubId);
CREATE INDEX idx_classes_club ON classes(clubId);
CREATE INDEX idx_cb_class ON classBookings(classId);
CREATE INDEX idx_cb_member ON classBookings(memberId);
CREATE INDEX idx_checkins_member ON checkIns(memberId);
CREATE INDEX idx_payments_member ON payments(member_id);
"""

CLUBS = [
    ("FitHub Downtown Denver", "Denver", "2015-04-01", 1, 1.4),
    ("FitHub Highlands", "Denver", "2019-09-01", 0, 0.9),
    ("FitHub Boulder", "Boulder", "2017-02-01", 0, 1.0),
    ("FitHub Austin Central", "Austin", "2016-06-01", 1, 1.3),
    ("FitHub South Congress", "Austin", "2021-03-01", 0, 0.8),
    ("FitHub Pearl District", "Portland", "2018-01-15", 1, 1.1),
    ("FitHub Capitol Hill", "Seattle", "2014-11-01", 1, 1.3),
    ("FitHub Ballard", "Seattle", "2022-05-01", 0, 0.9),
    ("FitHub Old Town", "Scottsdale", "2020-10-01", 0, 0.8),
    ("FitHub Midtown", "Phoenix", "2023-04-01", 1, 0.8),
]
PLANS = [("Basic", 24.99, 0), ("Standard", 44.99, 1), ("Premium", 79.99, 1), ("Student", 19.99, 0), ("Off-Peak", 29.99, 1)]
FIRST = ["Alex", "Jordan", "Taylor", "Morgan", "Casey", "Riley", "Jamie", "Avery", "Quinn", "Harper", "Emma", "Olivia",
         "Liam", "Noah", "Sophia", "Isabella", "Mason", "Ethan", "Ava", "Mia", "Lucas", "Zoe", "Maya", "Leo", "Nora",
         "Elena", "Diego", "Aisha", "Hiro", "Sven", "Fatima", "Omar"]
LAST = ["Smith", "Johnson", "Lee", "Brown", "Garcia", "Martinez", "Davis", "Lopez", "Wilson", "Anderson", "Clark",
        "Lewis", "Walker", "Young", "Allen", "Hernandez", "King", "Wright", "Scott", "Nguyen", "Patel", "Kim", "Cohen",
        "Murphy", "Rossi", "Silva", "Novak", "Ito"]
SPEC = ["yoga", "cycling", "strength", "hiit", "pilates", "boxing"]
CLASS_FOR = {"yoga": "yoga", "cycling": "spin", "strength": "bodypump", "hiit": "hiit", "pilates": "pilates", "boxing": "boxing"}
CAP = {"yoga": 25, "spin": 30, "bodypump": 30, "hiit": 20, "pilates": 15, "boxing": 16}
DUR = {"yoga": [60, 75], "spin": [45], "bodypump": [55], "hiit": [30, 45], "pilates": [50], "boxing": [60]}


def d(x):
    return x.isoformat()


def ts(x):
    return x.strftime("%Y-%m-%d %H:%M:%S")


def rdate(rnd, a, b):
    return a + dt.timedelta(days=rnd.randint(0, (b - a).days))


def build(path):
    rnd = random.Random(SEED)
    con = sqlite3.connect(path)
    con.executescript(SCHEMA)
    for i, c in enumerate(CLUBS, 1):
        con.execute("INSERT INTO clubs VALUES (?,?,?,?,?)", (i, c[0], c[1], c[2], c[3]))
    for i, p in enumerate(PLANS, 1):
        con.execute("INSERT INTO plans VALUES (?,?,?,?)", (i, p[0], p[1], p[2]))
    # trainers: one head trainer per club, 4-7 others reporting to the head (some to a senior)
    tid = 0
    trainers = {}
    for ci, c in enumerate(CLUBS, 1):
        opened = dt.date.fromisoformat(c[2])
        tid += 1
        head = tid
        con.execute("INSERT INTO trainers VALUES (?,?,?,?,?,?)",
                    (tid, rnd.choice(FIRST) + " " + rnd.choice(LAST), ci, rnd.choice(SPEC), d(opened), None))
        trainers[ci] = [(tid, con.execute("SELECT specialty FROM trainers WHERE trainerId=?", (tid,)).fetchone()[0])]
        for k in range(rnd.randint(4, 7)):
            tid += 1
            mgr = head if k < 3 or rnd.random() < 0.5 else trainers[ci][1][0]
            sp = SPEC[(ci + k) % len(SPEC)] if k < 4 else rnd.choice(SPEC)
            hd = rdate(rnd, max(opened, dt.date(2016, 1, 1)), dt.date(2024, 6, 1))
            con.execute("INSERT INTO trainers VALUES (?,?,?,?,?,?)",
                        (tid, rnd.choice(FIRST) + " " + rnd.choice(LAST), ci, sp, d(hd), mgr))
            trainers[ci].append((tid, sp))
    # members
    members = []
    mid = 0
    for ci, c in enumerate(CLUBS, 1):
        opened = dt.date.fromisoformat(c[2])
        n = int(460 * c[4])
        for _ in range(n):
            mid += 1
            jd = rdate(rnd, max(opened, dt.date(2019, 1, 1)), END)
            if jd < START and rnd.random() < 0.5:
                jd = rdate(rnd, max(opened, START), END)
            plan = rnd.choices(range(1, 6), weights=[30, 35, 15, 10, 10])[0]
            cd = None
            if rnd.random() < 0.42:
                cd = jd + dt.timedelta(days=int(rnd.expovariate(1 / 300)) + 30)
                if cd > END or cd < START:
                    cd = None
            g = rnd.choices(["F", "M", "X", None], weights=[48, 45, 2, 5])[0]
            by = None if rnd.random() < 0.08 else rnd.randint(1955, 2006) if plan != 4 else rnd.randint(1998, 2006)
            ref = None
            if members and rnd.random() < 0.15:
                cand = rnd.choice(members[-200:])
                if cand[1] <= jd:
                    ref = cand[0]
            con.execute("INSERT INTO members VALUES (?,?,?,?,?,?,?,?,?,?)",
                        (mid, rnd.choice(FIRST), rnd.choice(LAST), g, by, ci, plan, d(jd),
                         d(cd) if cd else None, ref))
            members.append((mid, jd, cd, ci, plan))
    # payments, check-ins
    pays = []
    chk = []
    act = {}
    for (m, jd, cd, ci, plan) in members:
        fee = PLANS[plan - 1][1]
        last = cd or END
        if jd >= START:
            pays.append((m, d(jd), 49.0 if rnd.random() < 0.7 else 0.0, "joining_fee", "card", "paid"))
        method = rnd.choices(["direct_debit", "card", "cash"], weights=[70, 25, 5])[0]
        y, mo = max(jd, START).year, max(jd, START).month
        while dt.date(y, mo, 1) <= last:
            pday = dt.date(y, mo, min(jd.day, 28))
            if START <= pday <= last:
                st = rnd.choices(["paid", "failed", "refunded"], weights=[95, 4, 1])[0]
                pays.append((m, d(pday), fee, "membership", method, st))
                if rnd.random() < 0.04:
                    pays.append((m, d(pday + dt.timedelta(days=rnd.randint(0, 2))), rnd.choice([60.0, 75.0, 90.0, 240.0]),
                                 "personal_training", "card", "paid"))
                if rnd.random() < 0.02:
                    pays.append((m, d(pday + dt.timedelta(days=rnd.randint(3, 20))), round(rnd.uniform(8, 70), 2),
                                 "merchandise", rnd.choice(["card", "cash"]), "paid"))
            mo += 1
            if mo == 13:
                y, mo = y + 1, 1
        # check-ins: frequency per member
        a0 = max(jd, START)
        span = (last - a0).days
        if span <= 0:
            continue
        rate = rnd.choice([0.02, 0.05, 0.1, 0.15, 0.25])
        k = min(int(span * rate * 0.33), 90)
        act[m] = (a0, last)
        for _ in range(k):
            day = a0 + dt.timedelta(days=rnd.randint(0, span))
            club = ci if rnd.random() < 0.88 else rnd.randint(1, len(CLUBS))
            if dt.date.fromisoformat(CLUBS[club - 1][2]) > day:
                club = ci
            hr = rnd.choices([6, 7, 8, 12, 17, 18, 19, 20, 22], weights=[8, 10, 6, 6, 10, 12, 9, 5, 2])[0]
            t = dt.datetime(day.year, day.month, day.day, hr, rnd.randint(0, 59), rnd.randint(0, 59))
            out = None if rnd.random() < 0.12 else ts(t + dt.timedelta(minutes=rnd.randint(25, 120)))
            chk.append((m, club, ts(t), out))
    pays.sort(key=lambda r: (r[1], r[0]))
    con.executemany("INSERT INTO payments (member_id, paid_on, amount, kind, method, status) VALUES (?,?,?,?,?,?)", pays)
    chk.sort(key=lambda r: r[2])
    con.executemany("INSERT INTO checkIns (memberId, clubId, checkInAt, checkOutAt) VALUES (?,?,?,?)", chk)
    # classes and bookings
    cls = []
    bk = []
    cid = 0
    by_club = {}
    for (m, jd, cd, ci, plan) in members:
        if PLANS[plan - 1][2]:
            by_club.setdefault(ci, []).append((m, jd, cd))
    day = START
    while day <= END:
        for ci, c in enumerate(CLUBS, 1):
            if dt.date.fromisoformat(c[2]) > day:
                continue
            nclass = 2 if day.weekday() < 5 else 1
            if rnd.random() < 0.3:
                nclass -= 1
            for _ in range(nclass):
                cid += 1
                tr = rnd.choice(trainers[ci][1:])
                ct = CLASS_FOR[tr[1]]
                tr_id = None if rnd.random() < 0.04 else tr[0]
                start = dt.datetime(day.year, day.month, day.day, rnd.choice([6, 7, 9, 12, 17, 18, 19]), rnd.choice([0, 30]))
                cap = CAP[ct] if rnd.random() < 0.8 else CAP[ct] - 5
                cls.append((cid, ci, tr_id, ct, ts(start), rnd.choice(DUR[ct]), cap))
                pool = [x for x in by_club.get(ci, [])[-400:] if x[1] <= day and (x[2] is None or x[2] > day)]
                if not pool:
                    continue
                demand = {"spin": 0.55, "hiit": 0.6, "yoga": 0.5, "pilates": 0.7, "boxing": 0.45, "bodypump": 0.4}[ct]
                nb = min(cap, len(pool), max(0, int(rnd.gauss(cap * demand * 0.45, 2.5))))
                for x in rnd.sample(pool, nb):
                    b = start - dt.timedelta(hours=rnd.randint(1, 120), minutes=rnd.randint(0, 59))
                    r = rnd.random()
                    att = None if r < 0.08 else (0 if r < 0.2 else 1)
                    bk.append((cid, x[0], ts(b), att))
        day += dt.timedelta(days=1)
    con.executemany("INSERT INTO classes VALUES (?,?,?,?,?,?,?)", cls)
    con.executemany("INSERT INTO classBookings (classId, memberId, bookedAt, attended) VALUES (?,?,?,?)", bk)
    con.commit()
    con.close()


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "fitness.sqlite")
    tmp = out + ".tmp"
    if os.path.exists(tmp):
        os.remove(tmp)
    build(tmp)
    os.replace(tmp, out)


if __name__ == "__main__":
    main()
