#!/usr/bin/env python3
"""Generate cowork.sqlite: a coworking-space operator, 2022-01-01 .. 2024-12-31.

Deterministic: the same seed gives the same file on every run.
Usage: python3 gen_cowork.py [OUTPUT_PATH]   (default: cowork.sqlite next to this script)
"""
import datetime as dt
import os
import random
import sqlite3
import sys

SEED = 4242010
START = dt.date(2022, 1, 1)
END = dt.date(2024, 12, 31)

SCHEMA = """
CREATE TABLE locations (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL UNIQUE,
    city       TEXT NOT NULL,
    site_tier  TEXT NOT NULL,            -- flagship, standard, satellite
    opened_on  TEXT NOT NULL,            -- YYYY-MM-DD
    closed_on  TEXT,                     -- YYYY-MM-DD; NULL while the location is still operating
    desk_count INTEGER NOT NULL          -- bookable desks on the floor
);
CREATE TABLE companies (
    id            INTEGER PRIMARY KEY,
    name          TEXT NOT NULL UNIQUE,
    industry      TEXT NOT NULL,         -- Software, Design, Consulting, Finance, Media, Nonprofit, Health
    employee_band TEXT NOT NULL          -- 1-10, 11-50, 51-200
);
CREATE TABLE plans (
    id                  INTEGER PRIMARY KEY,
    name                TEXT NOT NULL UNIQUE,
    plan_type           TEXT NOT NULL,   -- hot_desk, dedicated_desk, private_office, virtual_office
    list_price          REAL NOT NULL,   -- USD per month before any discount
    included_room_hours INTEGER NOT NULL -- meeting-room hours per month included in the price
);
CREATE TABLE members (
    id                    INTEGER PRIMARY KEY,
    first_name            TEXT NOT NULL,
    last_name             TEXT NOT NULL,
    email                 TEXT NOT NULL UNIQUE,
    company_id            INTEGER,       -- employer that pays; NULL = independent / freelancer
    home_location_id      INTEGER NOT NULL,
    joined_on             TEXT NOT NULL, -- YYYY-MM-DD (may be before 2022)
    referred_by_member_id INTEGER,       -- member who referred them; NULL = not referred
    member_status         TEXT NOT NULL, -- active, paused, churned
    churned_on            TEXT,          -- YYYY-MM-DD; NULL unless member_status = 'churned'
    FOREIGN KEY (company_id) REFERENCES companies(id),
    FOREIGN KEY (home_location_id) REFERENCES locations(id),
    FOREIGN KEY (referred_by_member_id) REFERENCES members(id)
);
CREATE TABLE memberships (
    id           INTEGER PRIMARY KEY,
    member_id    INTEGER NOT NULL,
    plan_id      INTEGER NOT NULL,
    location_id  INTEGER NOT NULL,
    start_date   TEXT NOT NULL,          -- YYYY-MM-DD (may be before 2022)
    end_date     TEXT,                   -- YYYY-MM-DD; NULL = still running
    monthly_rate REAL NOT NULL,          -- USD per month actually charged
    promo_code   TEXT,                   -- NULL = no promotion; FOUNDER, ANNUAL10, STARTUP20, REFER15
    end_reason   TEXT,                   -- NULL while running; plan_change, relocation, cancelled, non_payment
    FOREIGN KEY (member_id) REFERENCES members(id),
    FOREIGN KEY (plan_id) REFERENCES plans(id),
    FOREIGN KEY (location_id) REFERENCES locations(id)
);
CREATE TABLE rooms (
    id          INTEGER PRIMARY KEY,
    location_id INTEGER NOT NULL,
    name        TEXT NOT NULL,
    room_type   TEXT NOT NULL,           -- phone_booth, meeting_room, boardroom, event_space
    capacity    INTEGER NOT NULL,        -- seats
    hourly_rate REAL NOT NULL,           -- USD per hour beyond the plan's included hours
    has_video   INTEGER NOT NULL,        -- 1 = video-conference kit, 0 = none
    FOREIGN KEY (location_id) REFERENCES locations(id)
);
CREATE TABLE room_bookings (
    id           INTEGER PRIMARY KEY,
    room_id      INTEGER NOT NULL,
    member_id    INTEGER NOT NULL,       -- member who made the booking
    created_at   TEXT NOT NULL,          -- YYYY-MM-DD HH:MM:SS, when the booking was made
    starts_at    TEXT NOT NULL,          -- YYYY-MM-DD HH:MM:SS, reserved start
    ends_at      TEXT NOT NULL,          -- YYYY-MM-DD HH:MM:SS, reserved end
    status       TEXT NOT NULL,          -- held, cancelled, no_show
    cancelled_at TEXT,                   -- YYYY-MM-DD HH:MM:SS; NULL unless status = 'cancelled'
    attendees    INTEGER,                -- headcount given by the booker; NULL = not stated
    charge       REAL,                   -- USD billed for hours beyond the plan; 0 = covered; NULL if cancelled
    FOREIGN KEY (room_id) REFERENCES rooms(id),
    FOREIGN KEY (member_id) REFERENCES members(id)
);
CREATE TABLE desk_bookings (
    id           INTEGER PRIMARY KEY,
    member_id    INTEGER NOT NULL,
    location_id  INTEGER NOT NULL,
    desk_date    TEXT NOT NULL,          -- YYYY-MM-DD, the day reserved
    seat_zone    TEXT NOT NULL,          -- quiet, open, window, standing
    checked_in   TEXT,                   -- YYYY-MM-DD HH:MM:SS; NULL = never showed up
    checked_out  TEXT,                   -- YYYY-MM-DD HH:MM:SS; NULL = no check-out scanned (or never showed up)
    FOREIGN KEY (member_id) REFERENCES members(id),
    FOREIGN KEY (location_id) REFERENCES locations(id)
);
CREATE TABLE invoices (
    id            INTEGER PRIMARY KEY,
    member_id     INTEGER NOT NULL,
    membership_id INTEGER,               -- NULL for charges not tied to a membership (day passes)
    invoice_kind  TEXT NOT NULL,         -- membership, room_overage, day_pass
    issued_on     TEXT NOT NULL,         -- YYYY-MM-DD
    due_on        TEXT NOT NULL,         -- YYYY-MM-DD
    paid_on       TEXT,                  -- YYYY-MM-DD; NULL = not paid (yet)
    amount        REAL NOT NULL,         -- USD
    status        TEXT NOT NULL,         -- paid, open, overdue, written_off
    FOREIGN KEY (member_id) REFERENCES members(id),
    FOREIGN KEY (membership_id) REFERENCES memberships(id)
);
CREATE INDEX idx_members_location ON members(home_location_id);
CREATE INDEX idx_memberships_member ON memberships(member_id);
CREATE INDEX idx_rooms_location ON rooms(location_id);
CREATE INDEX idx_room_bookings_room ON room_bookings(room_id);
CREATE INDEX idx_room_bookings_member ON room_bookings(member_id);
CREATE INDEX idx_desk_bookings_member ON desk_bookings(member_id);
CREATE INDEX idx_invoices_member ON invoices(member_id);
"""

# name, city, tier, opened_on, closed_on, desks, size weight
LOCATIONS = [
    ("Congress Avenue", "Austin", "flagship", "2017-04-03", None, 220, 1.5),
    ("East Sixth", "Austin", "satellite", "2022-09-06", None, 80, 0.6),
    ("LoDo Commons", "Denver", "standard", "2018-06-04", None, 140, 1.0),
    ("Pearl District", "Portland", "standard", "2019-02-11", "2024-06-30", 110, 0.8),
    ("Dumbo Yard", "Brooklyn", "flagship", "2016-10-03", None, 260, 1.7),
    ("Fremont Works", "Seattle", "standard", "2018-11-05", None, 150, 1.0),
    ("West Loop", "Chicago", "flagship", "2017-09-11", None, 200, 1.3),
    ("Germantown Hall", "Nashville", "satellite", "2023-03-01", None, 90, 0.7),
]
# name, type, price, included room hours
PLANS = [
    ("Hot Desk Lite", "hot_desk", 189.0, 2),
    ("Hot Desk Unlimited", "hot_desk", 329.0, 4),
    ("Dedicated Desk", "dedicated_desk", 499.0, 6),
    ("Dedicated Desk Plus", "dedicated_desk", 599.0, 10),
    ("Private Office 2", "private_office", 1450.0, 12),
    ("Private Office 4", "private_office", 2600.0, 20),
    ("Private Office 8", "private_office", 4700.0, 30),
    ("Virtual Office", "virtual_office", 99.0, 1),
]
INDUSTRIES = [("Software", 30), ("Design", 14), ("Consulting", 16), ("Finance", 10), ("Media", 10),
              ("Nonprofit", 8), ("Health", 12)]
CO_WORDS = ["Birch", "Cobalt", "Juniper", "Lantern", "Meridian", "Northwind", "Orchard", "Pinnacle", "Quarry",
            "Redwood", "Sable", "Tandem", "Umber", "Vantage", "Willow", "Yarrow", "Zephyr", "Atlas", "Beacon",
            "Cinder", "Delta", "Ember", "Fable", "Granite", "Harbor", "Indigo", "Kestrel", "Lumen", "Mosaic",
            "Nimbus", "Onyx", "Prism", "Ridge", "Summit", "Tidal", "Vector"]
CO_SUFFIX = {"Software": ["Labs", "Software", "Systems"], "Design": ["Studio", "Design", "Creative"],
             "Consulting": ["Advisors", "Partners", "Consulting"], "Finance": ["Capital", "Ledger", "Finance"],
             "Media": ["Media", "Films", "Press"], "Nonprofit": ["Foundation", "Collective", "Fund"],
             "Health": ["Health", "Bio", "Care"]}
FIRST = ["Ava", "Ben", "Cleo", "Dev", "Ella", "Finn", "Gia", "Hank", "Iris", "Jon", "Kai", "Lena", "Milo",
         "Nora", "Owen", "Pia", "Quinn", "Rosa", "Sam", "Tara", "Uma", "Vik", "Wren", "Xander", "Yusuf", "Zoe",
         "Amir", "Bea", "Cal", "Dana", "Eli", "Faye", "Gus", "Hana", "Ivan", "June", "Kofi", "Lila", "Mateo",
         "Nia", "Oscar", "Paz", "Reza", "Sofia", "Theo", "Vera", "Wes", "Yara", "Abel", "Bianca", "Cyrus",
         "Daria", "Emil", "Freya", "Gideon", "Helena", "Idris", "Jasper", "Kira", "Leon", "Maren", "Nico",
         "Olga", "Pedro", "Rhea", "Soren", "Talia", "Umar", "Vivian", "Wyatt", "Ximena", "Yosef", "Zara",
         "Anton", "Brynn", "Caleb", "Delia", "Ezra", "Flora", "Gemma", "Hugo", "Ines", "Jonah", "Keiko",
         "Luca", "Mira", "Noah", "Orla", "Priya", "Ravi", "Selma", "Tomas", "Ursula", "Viggo", "Willa"]
LAST = ["Abbott", "Baptiste", "Cho", "Dasgupta", "Eriksen", "Flores", "Goldberg", "Hale", "Ishikawa", "Jovanovic",
        "Kaur", "Lindqvist", "Moreau", "Nguyen", "Obi", "Petrov", "Quintero", "Ramos", "Sato", "Tremblay",
        "Ulrich", "Valdez", "Walsh", "Xiong", "Yilmaz", "Zamora", "Adeyemi", "Bauer", "Castro", "Duarte",
        "Engel", "Fontaine", "Greco", "Holm", "Iyer", "Jansen", "Kowal", "Lopes", "Mensah", "Novak",
        "Acosta", "Bergstrom", "Carvalho", "Dubois", "Ekwueme", "Fischer", "Gallo", "Haddad", "Ivanova",
        "Jaramillo", "Kimura", "Lachance", "Marsh", "Nakata", "Ostrowski", "Pereira", "Rasmussen", "Salazar",
        "Takeda", "Urquhart", "Vance", "Weber", "Yamamoto", "Zielinski", "Amato", "Brennan", "Chowdhury",
        "Dimitrov", "Esposito", "Fujita", "Gunawardena", "Hirsch", "Ilunga", "Jung", "Kruger", "Lindgren",
        "Moreno", "Nilsen", "Ortega", "Pham"]
# month weights for new members (September and January busy, August and December quiet)
JOIN_SEASON = {1: 1.35, 2: 1.1, 3: 1.1, 4: 1.0, 5: 0.95, 6: 0.85, 7: 0.75, 8: 0.6, 9: 1.4, 10: 1.2,
               11: 1.0, 12: 0.55}
USE_SEASON = {1: 0.95, 2: 1.0, 3: 1.05, 4: 1.05, 5: 1.0, 6: 0.9, 7: 0.75, 8: 0.65, 9: 1.1, 10: 1.1,
              11: 1.0, 12: 0.6}
DENVER_CLOSED = (dt.date(2023, 7, 1), dt.date(2023, 7, 31))   # LoDo Commons HVAC rebuild: no desk use


def d(s):
    return dt.date.fromisoformat(s) if s else None


def wchoice(rng, pairs):
    return rng.choices([p[0] for p in pairs], weights=[p[1] for p in pairs], k=1)[0]


def add_months(day, n):
    y, m = divmod(day.month - 1 + n, 12)
    return dt.date(day.year + y, m + 1, 1)


def generate(path):
    rng = random.Random(SEED)
    tmp = path + ".tmp"
    if os.path.exists(tmp):
        os.remove(tmp)
    con = sqlite3.connect(tmp)
    con.execute("PRAGMA journal_mode=OFF")
    con.execute("PRAGMA synchronous=OFF")
    con.executescript(SCHEMA)

    loc_rows = [(i + 1, l[0], l[1], l[2], l[3], l[4], l[5]) for i, l in enumerate(LOCATIONS)]
    plan_rows = [(i + 1,) + p for i, p in enumerate(PLANS)]
    plan_by_type = {}
    for pr in plan_rows:
        plan_by_type.setdefault(pr[2], []).append(pr)

    # ---- companies --------------------------------------------------------
    companies = []
    names = set()
    for cid in range(1, 361):
        ind = wchoice(rng, INDUSTRIES)
        while True:
            nm = rng.choice(CO_WORDS) + " " + rng.choice(CO_SUFFIX[ind])
            if nm in names:
                nm = rng.choice(CO_WORDS) + " " + rng.choice(CO_WORDS) + " " + rng.choice(CO_SUFFIX[ind])
            if nm not in names:
                names.add(nm)
                break
        band = wchoice(rng, [("1-10", 60), ("11-50", 30), ("51-200", 10)])
        companies.append((cid, nm, ind, band))

    # ---- rooms ------------------------------------------------------------
    rooms = []
    rooms_by_loc = {}
    for lid, l in enumerate(LOCATIONS, start=1):
        size = l[6]
        spec = [("phone_booth", int(4 * size) + 1), ("meeting_room", int(5 * size) + 1),
                ("boardroom", 1 + (size > 1.2)), ("event_space", 1 if l[2] != "satellite" else 0)]
        n = 0
        for rt, k in spec:
            for j in range(k):
                n += 1
                if rt == "phone_booth":
                    cap, rate, vid = 1, 0.0 + rng.choice([8, 10]), int(rng.random() < 0.5)
                    nm = "Booth %d" % (j + 1)
                elif rt == "meeting_room":
                    cap = rng.choice([4, 6, 8]); rate = 15.0 + 5 * (cap // 2); vid = int(rng.random() < 0.7)
                    nm = rng.choice(["Aspen", "Birch", "Cedar", "Dogwood", "Elm", "Fir", "Ginkgo", "Hazel",
                                     "Ironwood", "Juniper", "Laurel", "Maple"]) + " %d" % (j + 1)
                elif rt == "boardroom":
                    cap = rng.choice([12, 14, 16]); rate = 60.0 + 5 * (cap - 12); vid = 1
                    nm = "Boardroom %s" % "AB"[j]
                else:
                    cap = rng.choice([40, 60, 80]); rate = 150.0 + cap; vid = 1
                    nm = "Event Hall"
                rooms.append([len(rooms) + 1, lid, nm, rt, cap, rate, vid])
                rooms_by_loc.setdefault(lid, []).append(rooms[-1])

    # ---- members & memberships --------------------------------------------
    members = []
    memberships = []
    n_members = 5200
    hist_months = []
    m = dt.date(2019, 1, 1)
    while m <= END:
        hist_months.append(m)
        m = add_months(m, 1)
    weights = []
    for mm in hist_months:
        if mm < START:
            w = 0.45
        else:
            idx = (mm.year - 2022) * 12 + mm.month - 1
            w = (1.0 + 0.02 * idx) * JOIN_SEASON[mm.month]
        weights.append(w)
    join_months = rng.choices(hist_months, weights=weights, k=n_members)
    join_days = []
    for mm in join_months:
        nd = (add_months(mm, 1) - mm).days
        join_days.append(mm + dt.timedelta(days=rng.randrange(nd)))
    join_days.sort()
    emails = set()
    used_names = set()
    for mid, jd in enumerate(join_days, start=1):
        open_locs = [(i + 1, l[6] * (1.8 if d(l[3]) > START else 1.0)) for i, l in enumerate(LOCATIONS)
                     if d(l[3]) <= jd and (l[4] is None or d(l[4]) > jd + dt.timedelta(days=60))]
        if not open_locs:
            open_locs = [(1, 1.0)]
        lid = wchoice(rng, open_locs)
        while True:                               # member names are unique
            fn, ln = rng.choice(FIRST), rng.choice(LAST)
            if (fn, ln) not in used_names:
                used_names.add((fn, ln))
                break
        base = (fn + "." + ln).lower()
        em = base + "@example.com"
        k = 2
        while em in emails:
            em = "%s%d@example.com" % (base, k)
            k += 1
        emails.add(em)
        company = rng.randrange(1, 361) if rng.random() < 0.55 else None
        ref = None
        if mid > 30 and rng.random() < 0.22:
            ref = rng.randrange(max(1, mid - 900), mid)
            if mid > 450 and rng.random() < 0.1:       # community ambassadors refer far more often
                ref = wchoice(rng, [(12, 5), (57, 4), (140, 3), (233, 2), (410, 1)])
        # plan choice; private offices and virtual offices grow over time
        t = max(0.0, (jd - START).days / 1095.0)
        ptype = wchoice(rng, [("hot_desk", 45 - 10 * t), ("dedicated_desk", 25),
                              ("private_office", (8 + 18 * t) * (1.6 if company else 0.5)),
                              ("virtual_office", 6 + 10 * t)])
        loc_open_end = d(LOCATIONS[lid - 1][4])
        day = jd
        status = "active"
        churned = None
        while True:
            plan = rng.choice(plan_by_type[ptype])
            promo = None
            rate = plan[3]
            r = rng.random()
            if day < dt.date(2019, 6, 1) and r < 0.5:
                promo, rate = "FOUNDER", round(plan[3] * 0.75, 2)
            elif ref is not None and r < 0.5:
                promo, rate = "REFER15", round(plan[3] * 0.85, 2)
            elif ptype == "private_office" and r < 0.25:
                promo, rate = "ANNUAL10", round(plan[3] * 0.9, 2)
            elif company and r < 0.12:
                promo, rate = "STARTUP20", round(plan[3] * 0.8, 2)
            # price rise of 6% from 2023 for new contracts
            if day >= dt.date(2023, 1, 1):
                rate = round(rate * 1.06, 2)
            life = int(rng.expovariate(1 / (420.0 if ptype != "hot_desk" else 300.0))) + 30
            end = day + dt.timedelta(days=life)
            if loc_open_end and end >= loc_open_end:
                end = loc_open_end
                reason = "relocation"
            else:
                reason = wchoice(rng, [("plan_change", 30), ("cancelled", 55), ("relocation", 7),
                                       ("non_payment", 8)])
            if end > END:
                memberships.append([None, mid, plan[0], lid, day, None, rate, promo, None, ptype])
                break
            memberships.append([None, mid, plan[0], lid, day, end, rate, promo, reason, ptype])
            if reason == "plan_change":
                opts = [x for x in ("hot_desk", "dedicated_desk", "private_office", "virtual_office") if x != ptype]
                ptype = rng.choice(opts)
                day = end
                continue
            if reason == "relocation":
                others = [(i + 1, l[6]) for i, l in enumerate(LOCATIONS)
                          if i + 1 != lid and d(l[3]) <= end and (l[4] is None or d(l[4]) > end)]
                if rng.random() < 0.6 and others:
                    lid = wchoice(rng, others)
                    loc_open_end = d(LOCATIONS[lid - 1][4])
                    day = end
                    continue
            status = "churned"
            churned = end
            break
        if status == "active" and rng.random() < 0.04:
            status = "paused"
        members.append([mid, fn, ln, em, company, memberships[-1][3] if status != "churned" else lid,
                        jd.isoformat(), ref, status, churned.isoformat() if churned else None])
    memberships.sort(key=lambda x: (x[4], x[1]))
    for i, ms in enumerate(memberships, start=1):
        ms[0] = i

    # ---- bookings and invoices ---------------------------------------------
    desk = []
    roomb = []
    invoices = []
    zones = [("open", 45), ("quiet", 25), ("window", 20), ("standing", 10)]
    for ms in memberships:
        msid, mid, pid, lid, sd, ed, rate, promo, reason, ptype = ms
        a = max(sd, START)
        b = min(ed, END) if ed else END
        if a > b:
            continue
        lclose = d(LOCATIONS[lid - 1][4])
        # monthly membership invoices on the 1st
        mm = dt.date(a.year, a.month, 1)
        if mm < a:
            mm = add_months(mm, 1)
        while mm <= b:
            late = rng.random()
            amount = rate
            due = mm + dt.timedelta(days=14)
            if mm >= dt.date(2024, 12, 1):
                late = late * 1.25
            if late < 0.80:
                paid = mm + dt.timedelta(days=rng.randrange(0, 14))
                st = "paid"
            elif late < 0.93:
                paid = mm + dt.timedelta(days=rng.randrange(15, 75))
                st = "paid"
            else:
                paid = None
                st = "overdue"
            if paid and paid > END:
                paid, st = None, "overdue"
            if paid is None:
                if mm >= dt.date(2024, 12, 1):
                    st = "open"
                elif (END - mm).days > 200 and rng.random() < 0.5:
                    st = "written_off"
            invoices.append([mm, mid, msid, "membership", due, paid, amount, st])
            mm = add_months(mm, 1)
        # desk usage
        if ptype in ("hot_desk", "dedicated_desk"):
            per_week = rng.uniform(0.3, 1.3) if ptype == "hot_desk" else rng.uniform(0.7, 2.0)
            day = a
            while True:
                day = day + dt.timedelta(days=max(1, int(rng.expovariate(per_week / 7.0))))
                if day > b:
                    break
                if day.weekday() >= 5 and rng.random() < 0.85:
                    continue
                if lclose and day >= lclose:
                    break
                if rng.random() > USE_SEASON[day.month] / 1.1:
                    continue
                if lid == 3 and DENVER_CLOSED[0] <= day <= DENVER_CLOSED[1]:
                    continue
                zone = wchoice(rng, zones)
                ci = co = None
                if rng.random() > 0.09:
                    ci = dt.datetime(day.year, day.month, day.day, 7, 30) + dt.timedelta(
                        minutes=int(abs(rng.gauss(90, 60))))
                    if rng.random() > 0.12:
                        co = ci + dt.timedelta(minutes=int(max(30, rng.gauss(330, 120))))
                desk.append((mid, lid, day.isoformat(), zone,
                             ci.strftime("%Y-%m-%d %H:%M:%S") if ci else None,
                             co.strftime("%Y-%m-%d %H:%M:%S") if co else None))
        # room usage
        per_month = {"hot_desk": 0.8, "dedicated_desk": 1.5, "private_office": 3.2, "virtual_office": 0.7}[ptype]
        per_month *= rng.uniform(0.4, 1.6)
        incl = PLANS[pid - 1][3]
        day = a
        month_hours = {}
        overage = {}
        while True:
            day = day + dt.timedelta(days=max(1, int(rng.expovariate(per_month / 30.0))))
            if day > b or (lclose and day >= lclose):
                break
            if day.weekday() >= 5:
                continue
            if rng.random() > USE_SEASON[day.month] / 1.1:
                continue
            rl = rooms_by_loc[lid]
            sxsw = lid in (1, 2) and day.year == 2024 and day.month == 3
            rtw = [("phone_booth", 35), ("meeting_room", 45), ("boardroom", 8 if ptype == "private_office" else 3),
                   ("event_space", 12 if sxsw else 2)]
            rt = wchoice(rng, rtw)
            cands = [r for r in rl if r[3] == rt] or [r for r in rl if r[3] == "meeting_room"]
            room = rng.choice(cands)
            hours = rng.choice([1, 1, 1, 2, 2, 3]) if room[3] != "event_space" else rng.choice([3, 4, 6])
            if room[3] == "phone_booth":
                hours = rng.choice([0.5, 1, 1])
            start = dt.datetime(day.year, day.month, day.day, rng.randrange(8, 18 - int(hours + 0.5)),
                                rng.choice([0, 30]))
            endt = start + dt.timedelta(minutes=int(60 * hours))
            created = start - dt.timedelta(minutes=int(rng.expovariate(1 / 2880.0)) + 10)
            u = rng.random()
            if u < 0.11:
                st = "cancelled"
                canc = created + (start - created) * rng.random()
            elif u < 0.16:
                st = "no_show"
                canc = None
            else:
                st = "held"
                canc = None
            att = None
            if rng.random() < 0.7:
                att = 1 if room[4] == 1 else max(1, min(room[4], int(rng.uniform(0.3, 1.05) * room[4]) + 1))
            charge = None
            if st != "cancelled":
                key = (day.year, day.month)
                used = month_hours.get(key, 0.0)
                over = max(0.0, used + hours - incl) - max(0.0, used - incl)
                month_hours[key] = used + hours
                charge = round(over * room[5], 2)
                if charge > 0:
                    overage[key] = overage.get(key, 0.0) + charge
            roomb.append((room[0], mid, created.strftime("%Y-%m-%d %H:%M:%S"),
                          start.strftime("%Y-%m-%d %H:%M:%S"), endt.strftime("%Y-%m-%d %H:%M:%S"), st,
                          canc.strftime("%Y-%m-%d %H:%M:%S") if canc else None, att, charge))
        for (y, mo), amt in sorted(overage.items()):
            iss = add_months(dt.date(y, mo, 1), 1)
            if iss > END:
                continue
            due = iss + dt.timedelta(days=14)
            if rng.random() < 0.85:
                paid = iss + dt.timedelta(days=rng.randrange(0, 30))
                st = "paid"
                if paid > END:
                    paid, st = None, "open"
            else:
                paid, st = None, ("overdue" if due < END else "open")
            invoices.append([iss, mid, msid, "room_overage", due, paid, round(amt, 2), st])
    # day passes from churned members / visitors
    for _ in range(2600):
        mid = rng.randrange(1, n_members + 1)
        first = max(START, join_days[mid - 1])
        day = first + dt.timedelta(days=rng.randrange(0, (END - first).days + 1))
        if day.weekday() >= 5 and day - dt.timedelta(days=2) >= first:
            day -= dt.timedelta(days=2)
        amt = rng.choice([35.0, 35.0, 45.0, 120.0])
        paid = day
        invoices.append([day, mid, None, "day_pass", day, paid, amt, "paid"])

    desk.sort(key=lambda x: (x[2], x[0]))
    roomb.sort(key=lambda x: (x[3], x[0], x[1]))
    invoices.sort(key=lambda x: (x[0], x[1], x[3]))

    con.executemany("INSERT INTO locations VALUES (?,?,?,?,?,?,?)", loc_rows)
    con.executemany("INSERT INTO companies VALUES (?,?,?,?)", companies)
    con.executemany("INSERT INTO plans VALUES (?,?,?,?,?)", plan_rows)
    con.executemany("INSERT INTO members VALUES (?,?,?,?,?,?,?,?,?,?)", members)
    con.executemany("INSERT INTO memberships VALUES (?,?,?,?,?,?,?,?,?)",
                    [(x[0], x[1], x[2], x[3], x[4].isoformat(), x[5].isoformat() if x[5] else None,
                      x[6], x[7], x[8]) for x in memberships])
    con.executemany("INSERT INTO rooms VALUES (?,?,?,?,?,?,?)", rooms)
    con.executemany("INSERT INTO room_bookings VALUES (?,?,?,?,?,?,?,?,?,?)",
                    [(i + 1,) + r for i, r in enumerate(roomb)])
    con.executemany("INSERT INTO desk_bookings VALUES (?,?,?,?,?,?,?)",
                    [(i + 1,) + r for i, r in enumerate(desk)])
    con.executemany("INSERT INTO invoices VALUES (?,?,?,?,?,?,?,?,?)",
                    [(i + 1, x[1], x[2], x[3], x[0].isoformat(), x[4].isoformat(),
                      x[5].isoformat() if x[5] else None, x[6], x[7]) for i, x in enumerate(invoices)])
    con.commit()
    con.execute("VACUUM")
    con.close()
    os.replace(tmp, path)


if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "cowork.sqlite")
    generate(out)
