#!/usr/bin/env python3
"""Generate carrental.sqlite: a vehicle rental agency, 2022-01-01 .. 2024-12-31.

Deterministic: the same seed gives the same file on every run.
Usage: python3 gen_carrental.py [OUTPUT_PATH]   (default: carrental.sqlite next to this script)

Structure built into the data: summer peak and a December holiday bump in
rentals; electric cars are a growing part of the fleet and of rentals; app
bookings grow at the expense of counter bookings; July 2024 has a
convention-driven spike in rentals; February 2023 has a billing glitch with
many refunds; the Portland branch closed in 2023, three branches opened
2022-2024.
"""
import datetime as dt
import os
import random
import sqlite3
import sys

SEED = 80801
START = dt.date(2022, 1, 1)
END = dt.date(2024, 12, 31)

SCHEMA = """
CREATE TABLE branches (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL,
    city        TEXT NOT NULL,
    region      TEXT NOT NULL,        -- Northeast, Southeast, Midwest, West
    branch_type TEXT NOT NULL,        -- airport, downtown, suburban
    opened_on   TEXT NOT NULL,        -- YYYY-MM-DD
    closed_on   TEXT                  -- YYYY-MM-DD; NULL = still open
);
CREATE TABLE employees (
    id            INTEGER PRIMARY KEY,
    full_name     TEXT NOT NULL,
    branch_id     INTEGER,            -- NULL = regional staff not attached to a branch
    role          TEXT NOT NULL,      -- regional_director, branch_manager, rental_agent, mechanic
    manager_id    INTEGER,            -- the employee's boss; NULL = top of the hierarchy (regional directors)
    hired_on      TEXT NOT NULL,      -- YYYY-MM-DD
    terminated_on TEXT,               -- YYYY-MM-DD; NULL = still employed
    FOREIGN KEY (branch_id) REFERENCES branches(id),
    FOREIGN KEY (manager_id) REFERENCES employees(id)
);
CREATE TABLE vehicles (
    id             INTEGER PRIMARY KEY,
    plate          TEXT NOT NULL UNIQUE,
    make           TEXT NOT NULL,
    model          TEXT NOT NULL,
    vehicle_class  TEXT NOT NULL,     -- economy, compact, midsize, fullsize, suv, minivan, luxury
    fuel_type      TEXT NOT NULL,     -- gasoline, hybrid, electric, diesel
    model_year     INTEGER NOT NULL,
    home_branch_id INTEGER NOT NULL,
    daily_rate     REAL NOT NULL,     -- USD list price per rental day
    acquired_on    TEXT NOT NULL,     -- YYYY-MM-DD, date the vehicle joined the fleet
    retired_on     TEXT,              -- YYYY-MM-DD; NULL = still in the fleet
    FOREIGN KEY (home_branch_id) REFERENCES branches(id)
);
CREATE TABLE customers (
    id           INTEGER PRIMARY KEY,
    full_name    TEXT NOT NULL,
    email        TEXT NOT NULL,
    birth_date   TEXT NOT NULL,       -- YYYY-MM-DD
    country      TEXT NOT NULL,       -- country of residence
    loyalty_tier TEXT NOT NULL,       -- none, silver, gold, platinum
    company_name TEXT,                -- employer on a corporate contract; NULL = private (leisure) customer
    signed_up_on TEXT NOT NULL        -- YYYY-MM-DD, date the customer profile was created
);
CREATE TABLE rentals (
    id               INTEGER PRIMARY KEY,
    customer_id      INTEGER NOT NULL,
    vehicle_id       INTEGER NOT NULL,
    pickup_branch_id INTEGER NOT NULL,
    return_branch_id INTEGER,         -- branch the car came back to; NULL = not returned (cancelled, no_show, active)
    agent_id         INTEGER,         -- employee who took the booking; NULL = self-service booking (web, app, partner)
    channel          TEXT NOT NULL,   -- web, app, counter, partner
    status           TEXT NOT NULL,   -- completed, cancelled, no_show, active (car still out)
    insurance_option TEXT NOT NULL,   -- none, basic, full
    booked_at        TEXT NOT NULL,   -- YYYY-MM-DD HH:MM:SS
    pickup_at        TEXT NOT NULL,   -- YYYY-MM-DD HH:MM:SS, scheduled pickup
    due_at           TEXT NOT NULL,   -- YYYY-MM-DD HH:MM:SS, agreed return time
    returned_at      TEXT,            -- YYYY-MM-DD HH:MM:SS; NULL = not returned (cancelled, no_show, active)
    odometer_out     INTEGER,         -- km at pickup; NULL = car never picked up (cancelled, no_show)
    odometer_in      INTEGER,         -- km at return; NULL = not returned
    total_amount     REAL,            -- USD charged for the rental; NULL unless completed
    FOREIGN KEY (customer_id) REFERENCES customers(id),
    FOREIGN KEY (vehicle_id) REFERENCES vehicles(id),
    FOREIGN KEY (pickup_branch_id) REFERENCES branches(id),
    FOREIGN KEY (return_branch_id) REFERENCES branches(id),
    FOREIGN KEY (agent_id) REFERENCES employees(id)
);
CREATE TABLE payments (
    id        INTEGER PRIMARY KEY,
    rental_id INTEGER NOT NULL,
    paid_at   TEXT NOT NULL,          -- YYYY-MM-DD HH:MM:SS
    kind      TEXT NOT NULL,          -- charge (money in), refund (money back to the customer)
    method    TEXT NOT NULL,          -- credit_card, debit_card, cash, invoice
    amount    REAL NOT NULL,          -- USD, always positive; kind says the direction
    FOREIGN KEY (rental_id) REFERENCES rentals(id)
);
CREATE TABLE damage_reports (
    id               INTEGER PRIMARY KEY,
    rental_id        INTEGER NOT NULL,
    reported_on      TEXT NOT NULL,   -- YYYY-MM-DD
    area             TEXT NOT NULL,   -- bumper, door, windshield, tire, mirror, interior
    severity         TEXT NOT NULL,   -- minor, moderate, major
    customer_liable  INTEGER NOT NULL,-- 1 = billed to the customer, 0 = absorbed (insurance or waived)
    repair_cost      REAL,            -- USD; NULL = not yet estimated
    repaired_on      TEXT,            -- YYYY-MM-DD; NULL = not yet repaired
    FOREIGN KEY (rental_id) REFERENCES rentals(id)
);
CREATE TABLE maintenance_jobs (
    id               INTEGER PRIMARY KEY,
    vehicle_id       INTEGER NOT NULL,
    mechanic_id      INTEGER,         -- NULL = done by an outside garage
    damage_report_id INTEGER,         -- the damage this job repairs; NULL = routine service
    service_type     TEXT NOT NULL,   -- oil_change, tire_change, brakes, inspection, battery, body_repair
    started_on       TEXT NOT NULL,   -- YYYY-MM-DD
    completed_on     TEXT,            -- YYYY-MM-DD; NULL = vehicle still in the shop
    cost             REAL NOT NULL,   -- USD parts and labour
    FOREIGN KEY (vehicle_id) REFERENCES vehicles(id),
    FOREIGN KEY (mechanic_id) REFERENCES employees(id),
    FOREIGN KEY (damage_report_id) REFERENCES damage_reports(id)
);
CREATE INDEX idx_employees_branch ON employees(branch_id);
CREATE INDEX idx_vehicles_branch ON vehicles(home_branch_id);
CREATE INDEX idx_rentals_customer ON rentals(customer_id);
CREATE INDEX idx_rentals_vehicle ON rentals(vehicle_id);
CREATE INDEX idx_rentals_pickup ON rentals(pickup_branch_id);
CREATE INDEX idx_payments_rental ON payments(rental_id);
CREATE INDEX idx_damage_rental ON damage_reports(rental_id);
CREATE INDEX idx_maint_vehicle ON maintenance_jobs(vehicle_id);
"""

# name, city, region, type, opened_on, closed_on, weight
BRANCHES = [
    ("Logan Airport", "Boston", "Northeast", "airport", "2012-04-02", None, 1.5),
    ("Back Bay", "Boston", "Northeast", "downtown", "2015-06-01", None, 0.7),
    ("JFK Airport", "New York", "Northeast", "airport", "2010-03-15", None, 2.0),
    ("Midtown West", "New York", "Northeast", "downtown", "2014-09-08", None, 1.0),
    ("Hartsfield Airport", "Atlanta", "Southeast", "airport", "2013-01-14", None, 1.4),
    ("Miami International", "Miami", "Southeast", "airport", "2011-11-01", None, 1.7),
    ("Orlando Airport", "Orlando", "Southeast", "airport", "2016-02-22", None, 1.6),
    ("Charlotte Uptown", "Charlotte", "Southeast", "downtown", "2022-05-02", None, 0.6),
    ("O'Hare Airport", "Chicago", "Midwest", "airport", "2012-08-20", None, 1.6),
    ("Schaumburg", "Chicago", "Midwest", "suburban", "2018-03-05", None, 0.6),
    ("Detroit Metro", "Detroit", "Midwest", "airport", "2017-07-10", None, 0.8),
    ("Minneapolis Airport", "Minneapolis", "Midwest", "airport", "2023-03-06", None, 0.7),
    ("LAX Airport", "Los Angeles", "West", "airport", "2010-05-03", None, 2.0),
    ("Santa Monica", "Los Angeles", "West", "suburban", "2019-04-15", None, 0.7),
    ("SFO Airport", "San Francisco", "West", "airport", "2011-10-10", None, 1.5),
    ("Denver Airport", "Denver", "West", "airport", "2015-12-01", None, 1.1),
    ("Portland Pearl District", "Portland", "West", "downtown", "2016-05-16", "2023-06-30", 0.6),
    ("Phoenix Sky Harbor", "Phoenix", "West", "airport", "2024-02-05", None, 0.9),
]

# class -> (daily rate, weight, [(make, model)])
CLASSES = {
    "economy": (39.0, 22, [("Toyota", "Yaris"), ("Kia", "Rio"), ("Nissan", "Versa"), ("Hyundai", "Accent")]),
    "compact": (49.0, 22, [("Toyota", "Corolla"), ("Honda", "Civic"), ("Volkswagen", "Jetta"), ("Mazda", "3")]),
    "midsize": (59.0, 18, [("Toyota", "Camry"), ("Honda", "Accord"), ("Hyundai", "Sonata"), ("Tesla", "Model 3")]),
    "fullsize": (69.0, 10, [("Chevrolet", "Malibu"), ("Nissan", "Altima"), ("Chrysler", "300")]),
    "suv": (84.0, 16, [("Ford", "Explorer"), ("Toyota", "RAV4"), ("Jeep", "Grand Cherokee"), ("Tesla", "Model Y"), ("Kia", "EV6")]),
    "minivan": (89.0, 6, [("Chrysler", "Pacifica"), ("Honda", "Odyssey"), ("Toyota", "Sienna")]),
    "luxury": (139.0, 6, [("BMW", "5 Series"), ("Mercedes-Benz", "E-Class"), ("Audi", "A6"), ("Polestar", "2")]),
}
EV_MODELS = {("Tesla", "Model 3"), ("Tesla", "Model Y"), ("Kia", "EV6"), ("Polestar", "2")}
HYBRID_OK = {("Toyota", "Corolla"), ("Toyota", "Camry"), ("Toyota", "RAV4"), ("Honda", "Accord"),
             ("Toyota", "Sienna"), ("Hyundai", "Sonata"), ("Chrysler", "Pacifica")}
DIESEL_OK = {("Jeep", "Grand Cherokee"), ("BMW", "5 Series"), ("Mercedes-Benz", "E-Class"), ("Audi", "A6")}

FIRST = ["James", "Mary", "Robert", "Patricia", "John", "Jennifer", "Michael", "Linda", "David", "Elizabeth",
         "William", "Barbara", "Richard", "Susan", "Joseph", "Jessica", "Thomas", "Sarah", "Carlos", "Karen",
         "Daniel", "Lisa", "Matthew", "Nancy", "Anthony", "Sandra", "Mark", "Ashley", "Wei", "Priya",
         "Kevin", "Emily", "Brian", "Donna", "George", "Michelle", "Luis", "Sofia", "Ahmed", "Yuki",
         "Hannah", "Lukas", "Emma", "Noah", "Olivia", "Liam", "Chloe", "Mateo", "Aisha", "Diego"]
LAST = ["Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis", "Rodriguez", "Martinez",
        "Hernandez", "Lopez", "Gonzalez", "Wilson", "Anderson", "Thomas", "Taylor", "Moore", "Jackson", "Martin",
        "Lee", "Perez", "Thompson", "White", "Harris", "Sanchez", "Clark", "Ramirez", "Lewis", "Robinson",
        "Walker", "Young", "Allen", "King", "Wright", "Scott", "Torres", "Nguyen", "Hill", "Flores",
        "Green", "Adams", "Nelson", "Baker", "Hall", "Rivera", "Campbell", "Mitchell", "Carter", "Patel",
        "Müller", "Schmidt", "Dubois", "Tanaka", "Kowalski", "O'Brien", "Rossi", "Silva", "Kim", "Chen"]
COUNTRIES = [("United States", 70), ("Canada", 8), ("United Kingdom", 6), ("Germany", 5), ("Mexico", 4),
             ("France", 3), ("Japan", 2), ("Brazil", 2)]
COMPANIES = ["Acme Logistics", "Northwind Traders", "Globex Consulting", "Initech", "Umbrella Pharma",
             "Stark Engineering", "Wayne Capital", "Hooli", "Vandelay Industries", "Soylent Foods",
             "Cyberdyne Systems", "Tyrell Biotech"]

SEASON = {1: 0.72, 2: 0.75, 3: 0.92, 4: 0.95, 5: 1.02, 6: 1.25, 7: 1.38, 8: 1.32, 9: 0.98, 10: 0.95,
          11: 0.90, 12: 1.12}


def wchoice(rng, pairs):
    tot = sum(w for _, w in pairs)
    x = rng.random() * tot
    for v, w in pairs:
        x -= w
        if x < 0:
            return v
    return pairs[-1][0]


def d2s(d):
    return d.strftime("%Y-%m-%d")


def t2s(t):
    return t.strftime("%Y-%m-%d %H:%M:%S")


def rand_date(rng, a, b):
    if b <= a:
        return a
    return a + dt.timedelta(days=rng.randint(0, (b - a).days))


def generate(path):
    rng = random.Random(SEED)
    tmp = path + ".tmp"
    if os.path.exists(tmp):
        os.remove(tmp)
    con = sqlite3.connect(tmp)
    con.executescript(SCHEMA)

    # ---- branches
    branch_rows = []
    for i, (name, city, region, btype, op, cl, w) in enumerate(BRANCHES, start=1):
        branch_rows.append((i, name, city, region, btype, op, cl))
    bopen = {i: (dt.date.fromisoformat(b[4]), dt.date.fromisoformat(b[5]) if b[5] else None)
             for i, b in enumerate(BRANCHES, start=1)}
    bweight = {i: b[6] for i, b in enumerate(BRANCHES, start=1)}
    bregion = {i: b[2] for i, b in enumerate(BRANCHES, start=1)}

    def names():
        return rng.choice(FIRST) + " " + rng.choice(LAST)

    # ---- employees
    emp_rows = []
    regions = ["Northeast", "Southeast", "Midwest", "West"]
    director = {}
    for r in regions:
        eid = len(emp_rows) + 1
        director[r] = eid
        emp_rows.append([eid, names(), None, "regional_director", None,
                         d2s(rand_date(rng, dt.date(2008, 1, 1), dt.date(2016, 12, 31))), None])
    agents_by_branch = {}
    mechanics_by_branch = {}
    for bid in range(1, len(BRANCHES) + 1):
        op, cl = bopen[bid]
        hire0 = max(op - dt.timedelta(days=60), dt.date(2009, 1, 1))
        mid = len(emp_rows) + 1
        emp_rows.append([mid, names(), bid, "branch_manager", director[bregion[bid]],
                         d2s(rand_date(rng, hire0, max(hire0, op))), d2s(cl) if cl else None])
        n_ag = max(3, int(round(6 * bweight[bid])))
        agents_by_branch[bid] = []
        for _ in range(n_ag):
            eid = len(emp_rows) + 1
            h = rand_date(rng, max(hire0, dt.date(2015, 1, 1)) if op < dt.date(2020, 1, 1) else op - dt.timedelta(days=30),
                          dt.date(2024, 6, 30))
            term = None
            if cl:
                term = cl
            elif rng.random() < 0.22:
                term = rand_date(rng, max(h + dt.timedelta(days=90), dt.date(2022, 1, 1)), dt.date(2024, 12, 31))
                if term <= h:
                    term = None
            emp_rows.append([eid, names(), bid, "rental_agent", mid, d2s(h), d2s(term) if term else None])
            agents_by_branch[bid].append((eid, h, term))
        mechanics_by_branch[bid] = []
        for _ in range(max(1, int(round(2 * bweight[bid])))):
            eid = len(emp_rows) + 1
            h = rand_date(rng, max(hire0, dt.date(2014, 1, 1)), dt.date(2023, 6, 30))
            if h < op - dt.timedelta(days=30):
                h = op - dt.timedelta(days=30)
            emp_rows.append([eid, names(), bid, "mechanic", mid, d2s(h), d2s(cl) if cl else None])
            mechanics_by_branch[bid].append((eid, h, cl))

    # ---- vehicles
    veh_rows = []
    fleet = {bid: [] for bid in range(1, len(BRANCHES) + 1)}
    plates = set()
    class_pairs = [(c, v[1]) for c, v in CLASSES.items()]
    for bid in range(1, len(BRANCHES) + 1):
        op, cl = bopen[bid]
        n = int(round(95 * bweight[bid]))
        for k in range(n):
            # acquisitions spread over 2019-2024, later ones more often electric
            acq = rand_date(rng, max(op, dt.date(2019, 1, 1)), dt.date(2024, 10, 31))
            if op > dt.date(2019, 1, 1) and k < n // 2:
                acq = op - dt.timedelta(days=rng.randint(0, 20))
            cls = wchoice(rng, class_pairs)
            rate, _, models = CLASSES[cls]
            ev_share = 0.04 + 0.14 * max(0.0, (acq - dt.date(2019, 1, 1)).days / 2100.0)
            evs = [m for m in models if m in EV_MODELS]
            if evs and rng.random() < ev_share * 3.5:
                mk = rng.choice(evs)
            else:
                mk = rng.choice([m for m in models if m not in EV_MODELS])
            if mk in EV_MODELS:
                fuel = "electric"
            elif mk in HYBRID_OK and rng.random() < 0.35:
                fuel = "hybrid"
            elif mk in DIESEL_OK and rng.random() < 0.3:
                fuel = "diesel"
            else:
                fuel = "gasoline"
            my = min(2025, acq.year + rng.choice([0, 0, 1, -1]))
            retired = None
            if acq < dt.date(2022, 6, 1) and rng.random() < 0.45:
                retired = acq + dt.timedelta(days=rng.randint(700, 1400))
                if retired > dt.date(2024, 12, 20):
                    retired = None
            if cl and (retired is None or retired > cl):
                retired = cl
            while True:
                plate = "%s%d%s" % (rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ"), rng.randint(100, 999),
                                    "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)))
                if plate not in plates:
                    plates.add(plate)
                    break
            dr = rate * (1.15 if fuel == "electric" else 1.0) * rng.choice([0.95, 1.0, 1.0, 1.05])
            vid = len(veh_rows) + 1
            veh_rows.append((vid, plate, mk[0], mk[1], cls, fuel, my, bid, round(dr, 2), d2s(acq),
                             d2s(retired) if retired else None))
            fleet[bid].append((vid, acq, retired, dr, fuel, cls))

    # ---- customers
    cust_rows = []
    n_cust = 16000
    cust_weight = []
    for cid in range(1, n_cust + 1):
        fn, ln = rng.choice(FIRST), rng.choice(LAST)
        country = wchoice(rng, COUNTRIES)
        bd = rand_date(rng, dt.date(1945, 1, 1), dt.date(2003, 12, 31))
        company = rng.choice(COMPANIES) if rng.random() < 0.18 else None
        tier = wchoice(rng, [("none", 58), ("silver", 24), ("gold", 13), ("platinum", 5)])
        if company and tier == "none" and rng.random() < 0.5:
            tier = "silver"
        su = rand_date(rng, dt.date(2016, 1, 1), dt.date(2024, 11, 30))
        email = "%s.%s%d@%s" % (fn.lower(), ln.lower().replace("'", ""), cid,
                                rng.choice(["gmail.com", "yahoo.com", "outlook.com", "icloud.com"])
                                if not company else company.lower().replace(" ", "") + ".com")
        cust_rows.append((cid, fn + " " + ln, email, d2s(bd), country, tier, company, d2s(su)))
        w = {"none": 1.0, "silver": 2.0, "gold": 3.5, "platinum": 6.0}[tier] * (2.0 if company else 1.0)
        cust_weight.append((cid, w, su))
    # sorted by signup date for picking customers already signed up
    cust_by_su = sorted(cust_weight, key=lambda x: x[2])

    # ---- rentals
    rentals = []
    payments = []
    damages = []
    odo = {}
    for v in veh_rows:
        odo[v[0]] = rng.randint(5, 40) * 1000 if v[6] < int(v[9][:4]) + 1 else rng.randint(0, 3000)
    cum = []
    import bisect
    total = 0.0
    su_dates = []
    for cid, w, su in cust_by_su:
        total += w
        cum.append(total)
        su_dates.append(su)

    def pick_customer(day):
        k = bisect.bisect_right(su_dates, day)
        if k == 0:
            k = 1
        x = rng.random() * cum[k - 1]
        j = bisect.bisect_left(cum, x, 0, k)
        return cust_by_su[j][0], cust_by_su[j][1]

    cust_tier = {c[0]: c[5] for c in cust_rows}
    cust_corp = {c[0]: c[6] is not None for c in cust_rows}
    day = START
    while day <= END:
        t = (day - START).days / 1095.0
        base = 52 * (1 + 0.25 * t) * SEASON[day.month]
        if day.weekday() in (4, 5):
            base *= 1.18
        if dt.date(2024, 7, 1) <= day <= dt.date(2024, 7, 31):
            base *= 1.45
        if dt.date(2022, 1, 1) <= day <= dt.date(2022, 1, 20):
            base *= 0.75
        n = int(base + rng.gauss(0, base ** 0.5))
        open_b = [(bid, bweight[bid] * (1.5 if bid in (6, 7) and day.month in (1, 2, 3) else 1.0))
                  for bid in bweight if bopen[bid][0] <= day and (bopen[bid][1] is None or day <= bopen[bid][1])]
        for _ in range(max(0, n)):
            bid = wchoice(rng, open_b)
            cands = [v for v in fleet[bid] if v[1] <= day and (v[2] is None or v[2] > day)]
            if not cands:
                continue
            cls_pref = None
            # growing electric demand
            ev_boost = 0.03 + 0.10 * t
            evs = [v for v in cands if v[4] == "electric"]
            if evs and rng.random() < ev_boost:
                veh = rng.choice(evs)
            else:
                veh = rng.choice(cands)
            vid, _, _, rate, fuel, cls = veh
            cid, _ = pick_customer(day)
            corp = cust_corp[cid]
            tier = cust_tier[cid]
            ch = wchoice(rng, [("web", 40), ("app", 8 + 30 * t), ("counter", 35 - 20 * t), ("partner", 12)])
            agent = None
            if ch == "counter":
                ags = [a for a in agents_by_branch[bid] if a[1] <= day and (a[2] is None or a[2] > day)]
                if ags:
                    agent = rng.choice(ags)[0]
                else:
                    ch = "web"
            lead = 0 if ch == "counter" else int(rng.expovariate(1 / 14.0))
            hour = rng.choice([7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20])
            pickup = dt.datetime(day.year, day.month, day.day, hour, rng.choice([0, 15, 30, 45]))
            booked = pickup - dt.timedelta(days=lead, minutes=rng.randint(20, 600))
            if corp:
                days = max(1, min(21, int(rng.expovariate(1 / 2.5)) + 1))
            else:
                days = max(1, min(28, int(rng.expovariate(1 / 4.5)) + 1))
                if day.month in (7, 8, 12):
                    days = min(28, days + rng.choice([0, 1, 2, 3]))
            due = pickup + dt.timedelta(days=days)
            ins = wchoice(rng, [("none", 35), ("basic", 40), ("full", 25 if not corp else 45)])
            u = rng.random()
            p_cancel = 0.075 if ch != "partner" else 0.11
            if u < p_cancel:
                status = "cancelled"
            elif u < p_cancel + 0.028:
                status = "no_show"
            else:
                status = "completed"
            if status == "completed" and due > dt.datetime(2024, 12, 31, 23, 0):
                status = "active"
            if status == "completed" and rng.random() < 0.004 and pickup > dt.datetime(2024, 11, 1):
                status = "active"
            ret_b = returned = o_out = o_in = amount = None
            if status in ("completed", "active"):
                o_out = odo[vid]
            if status == "completed":
                late = rng.random() < 0.09
                if late:
                    returned = due + dt.timedelta(minutes=rng.randint(30, 60 * 30))
                else:
                    returned = due - dt.timedelta(minutes=rng.randint(0, 60 * 5))
                if rng.random() < 0.12:
                    same_region = [b for b, _ in open_b if bregion[b] == bregion[bid] and b != bid]
                    ret_b = rng.choice(same_region) if same_region else bid
                else:
                    ret_b = bid
                km = int(days * rng.uniform(40, 260))
                o_in = o_out + km
                odo[vid] = o_in
                disc = {"none": 0.0, "silver": 0.05, "gold": 0.10, "platinum": 0.15}[tier]
                amt = rate * days * (1 - disc)
                amt += {"none": 0, "basic": 14, "full": 29}[ins] * days
                if ret_b != bid:
                    amt += 75
                if late:
                    amt += rate * 0.5 * (1 + int((returned - due).total_seconds() // 86400))
                amount = round(amt, 2)
            rid = len(rentals) + 1
            rentals.append((rid, cid, vid, bid, ret_b, agent, ch, status, ins, t2s(booked), t2s(pickup), t2s(due),
                            t2s(returned) if returned else None, o_out, o_in, amount))
            method = "invoice" if corp and rng.random() < 0.7 else wchoice(
                rng, [("credit_card", 70), ("debit_card", 20), ("cash", 10 if ch == "counter" else 1)])
            if status == "completed":
                payments.append((rid, t2s(returned + dt.timedelta(minutes=rng.randint(1, 90))), "charge", method, amount))
                p_ref = 0.035
                if dt.date(2023, 2, 1) <= returned.date() <= dt.date(2023, 2, 28):
                    p_ref = 0.30
                if rng.random() < p_ref:
                    rdate = returned + dt.timedelta(days=rng.randint(2, 20), hours=rng.randint(0, 8))
                    if rdate < dt.datetime(2025, 1, 1):
                        payments.append((rid, t2s(rdate), "refund", method,
                                         round(amount * rng.choice([0.1, 0.2, 0.25, 0.5, 1.0]), 2)))
                # damage
                p_dmg = 0.045 if cls not in ("luxury",) else 0.06
                if rng.random() < p_dmg:
                    sev = wchoice(rng, [("minor", 62), ("moderate", 28), ("major", 10)])
                    area = wchoice(rng, [("bumper", 30), ("door", 18), ("windshield", 16), ("tire", 14),
                                         ("mirror", 12), ("interior", 10)])
                    damages.append([rid, returned.date(), area, sev, ins, vid, bid, cls])
            elif status == "cancelled" and ch in ("web", "app") and rng.random() < 0.5:
                pre = round(rate * days * 0.9, 2)
                payments.append((rid, t2s(booked + dt.timedelta(minutes=3)), "charge", method, pre))
                cancel_at = min(pickup - dt.timedelta(hours=rng.randint(1, 48)), dt.datetime(2024, 12, 31, 12))
                if cancel_at < booked:
                    cancel_at = booked + dt.timedelta(hours=1)
                payments.append((rid, t2s(cancel_at), "refund", method, pre))
        day += dt.timedelta(days=1)

    # ---- damage reports and maintenance
    dmg_rows = []
    maint = []
    for rid, rep, area, sev, ins, vid, bid, cls in damages:
        did = len(dmg_rows) + 1
        liable = 0 if ins == "full" else (1 if rng.random() < 0.8 else 0)
        base = {"minor": 250, "moderate": 900, "major": 3200}[sev] * (1.6 if cls == "luxury" else 1.0)
        cost = round(base * rng.uniform(0.6, 1.6), 2)
        age = (END - rep).days
        if age < 20 and rng.random() < 0.7:
            cost = None
        elif rng.random() < 0.03:
            cost = None
        repaired = None
        if cost is not None:
            r = rep + dt.timedelta(days=rng.randint(1, {"minor": 10, "moderate": 25, "major": 60}[sev]))
            if r <= END and rng.random() < 0.97:
                repaired = r
        dmg_rows.append((did, rid, d2s(rep), area, sev, liable, cost, d2s(repaired) if repaired else None))
        if cost is not None:
            mechs = [m for m in mechanics_by_branch[bid] if m[1] <= rep and (m[2] is None or m[2] > rep)]
            mech = rng.choice(mechs)[0] if mechs and sev != "major" and rng.random() < 0.8 else None
            stype = "tire_change" if area == "tire" else "body_repair"
            maint.append((vid, mech, did, stype, rep + dt.timedelta(days=rng.randint(0, 3)), repaired,
                          round(cost * rng.uniform(0.85, 1.0), 2)))
    for vid, plate, mk, md, cls, fuel, my, bid, rate, acq, ret in veh_rows:
        a = dt.date.fromisoformat(acq)
        e = dt.date.fromisoformat(ret) if ret else END
        d = max(a, START) + dt.timedelta(days=rng.randint(20, 120))
        while d < e:
            if fuel == "electric":
                st = wchoice(rng, [("tire_change", 35), ("inspection", 35), ("brakes", 10), ("battery", 20)])
            else:
                st = wchoice(rng, [("oil_change", 50), ("tire_change", 17), ("inspection", 20), ("brakes", 9),
                                   ("battery", 4)])
            cost = {"oil_change": 65, "tire_change": 420, "inspection": 90, "brakes": 380, "battery": 210}[st]
            if fuel == "electric" and st == "battery":
                cost = 1500
            cost = round(cost * rng.uniform(0.8, 1.3), 2)
            days = {"oil_change": 0, "tire_change": 1, "inspection": 0, "brakes": 2, "battery": 1}[st]
            done = d + dt.timedelta(days=days + rng.choice([0, 0, 0, 1, 2]))
            if done > END or (d > dt.date(2024, 12, 20) and rng.random() < 0.5):
                done = None
            mechs = [m for m in mechanics_by_branch[bid] if m[1] <= d and (m[2] is None or m[2] > d)]
            mech = rng.choice(mechs)[0] if mechs and rng.random() < 0.75 else None
            maint.append((vid, mech, None, st, d, done, cost))
            d += dt.timedelta(days=rng.randint(70, 150) if fuel != "electric" else rng.randint(120, 240))
    maint.sort(key=lambda m: (m[4], m[0], m[3]))
    maint_rows = [(i + 1, m[0], m[1], m[2], m[3], d2s(m[4]), d2s(m[5]) if m[5] else None, m[6])
                  for i, m in enumerate(maint)]

    payments.sort(key=lambda p: (p[1], p[0], p[2]))
    pay_rows = [(i + 1,) + p for i, p in enumerate(payments)]

    con.executemany("INSERT INTO branches VALUES (?,?,?,?,?,?,?)", branch_rows)
    con.executemany("INSERT INTO employees VALUES (?,?,?,?,?,?,?)", [tuple(e) for e in emp_rows])
    con.executemany("INSERT INTO vehicles VALUES (?,?,?,?,?,?,?,?,?,?,?)", veh_rows)
    con.executemany("INSERT INTO customers VALUES (?,?,?,?,?,?,?,?)", cust_rows)
    con.executemany("INSERT INTO rentals VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", rentals)
    con.executemany("INSERT INTO payments VALUES (?,?,?,?,?,?)", pay_rows)
    con.executemany("INSERT INTO damage_reports VALUES (?,?,?,?,?,?,?,?)", dmg_rows)
    con.executemany("INSERT INTO maintenance_jobs VALUES (?,?,?,?,?,?,?,?)", maint_rows)
    con.commit()
    con.execute("VACUUM")
    con.close()
    os.replace(tmp, path)


if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "carrental.sqlite")
    generate(out)
