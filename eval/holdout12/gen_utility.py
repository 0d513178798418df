#!/usr/bin/env python3
"""Generate utility.sqlite: an electricity and water utility, 2022-01-01 .. 2024-12-31.

Deterministic: the same seed gives the same file on every run.
Usage: python3 gen_utility.py [OUTPUT_PATH]   (default: utility.sqlite next to this script)
"""
import datetime as dt
import math
import os
import random
import sqlite3
import sys

SEED = 12012024
START = dt.date(2022, 1, 1)
END = dt.date(2024, 12, 31)

SCHEMA = """
CREATE TABLE districts (
    district_id   INTEGER PRIMARY KEY,
    district_name TEXT NOT NULL UNIQUE,
    region        TEXT NOT NULL            -- North, South, East, West, Central
);
CREATE TABLE customers (
    customer_id   INTEGER PRIMARY KEY,
    full_name     TEXT NOT NULL,           -- person or business name
    customer_type TEXT NOT NULL,           -- residential, commercial, industrial
    email         TEXT,                    -- NULL when no e-mail address is on file
    autopay       INTEGER NOT NULL,        -- 1 = pays by automatic direct debit, 0 = not enrolled
    account_opened_on TEXT NOT NULL,       -- YYYY-MM-DD, when the customer account was opened (may be before 2022)
    account_closed_on TEXT                 -- YYYY-MM-DD; NULL while the account is still open (active customer)
);
CREATE TABLE premises (
    premise_id    INTEGER PRIMARY KEY,
    customer_id   INTEGER NOT NULL,
    district_id   INTEGER NOT NULL,
    street_address TEXT NOT NULL,
    premise_type  TEXT NOT NULL,           -- house, apartment, shop, office, factory, farm
    year_built    INTEGER,                 -- construction year; NULL if unknown
    has_solar     INTEGER NOT NULL,        -- 1 = rooftop solar panels installed, 0 = none
    FOREIGN KEY (customer_id) REFERENCES customers(customer_id),
    FOREIGN KEY (district_id) REFERENCES districts(district_id)
);
CREATE TABLE meters (
    meter_id       INTEGER PRIMARY KEY,
    premise_id     INTEGER NOT NULL,
    serial_number  TEXT NOT NULL UNIQUE,
    utility_type   TEXT NOT NULL,          -- electricity (reads kWh) or water (reads cubic metres)
    meter_model    TEXT NOT NULL,          -- analog, digital, smart
    installed_on   TEXT NOT NULL,          -- YYYY-MM-DD (may be before 2022)
    removed_on     TEXT,                   -- YYYY-MM-DD; NULL while the meter is still in service
    replaces_meter_id INTEGER,             -- the older meter this one replaced; NULL for a premise's original meter
    FOREIGN KEY (premise_id) REFERENCES premises(premise_id),
    FOREIGN KEY (replaces_meter_id) REFERENCES meters(meter_id)
);
CREATE TABLE meter_readings (
    reading_id    INTEGER PRIMARY KEY,
    meter_id      INTEGER NOT NULL,
    read_on       TEXT NOT NULL,           -- YYYY-MM-DD, date of the reading
    register_value REAL NOT NULL,          -- cumulative register on the dial at read time
    consumption   REAL NOT NULL,           -- usage since the previous reading: kWh for electricity, m3 for water
    read_method   TEXT NOT NULL,           -- actual (meter reader visit), estimated, remote (smart meter)
    FOREIGN KEY (meter_id) REFERENCES meters(meter_id)
);
CREATE TABLE bills (
    bill_id        INTEGER PRIMARY KEY,
    premise_id     INTEGER NOT NULL,
    billing_month  TEXT NOT NULL,          -- YYYY-MM, the month of usage the bill covers
    issued_on      TEXT NOT NULL,          -- YYYY-MM-DD
    due_on         TEXT NOT NULL,          -- YYYY-MM-DD
    electricity_charge REAL NOT NULL,      -- USD
    water_charge   REAL NOT NULL,          -- USD
    amount_due     REAL NOT NULL,          -- USD total = electricity_charge + water_charge
    paid_in_full_on TEXT,                  -- YYYY-MM-DD; NULL if not (yet) paid in full
    FOREIGN KEY (premise_id) REFERENCES premises(premise_id)
);
CREATE TABLE payments (
    payment_id     INTEGER PRIMARY KEY,
    bill_id        INTEGER NOT NULL,
    paid_on        TEXT NOT NULL,          -- YYYY-MM-DD
    amount         REAL NOT NULL,          -- USD
    payment_method TEXT NOT NULL,          -- direct_debit, card, bank_transfer, cash, check
    FOREIGN KEY (bill_id) REFERENCES bills(bill_id)
);
CREATE TABLE outages (
    outage_id      INTEGER PRIMARY KEY,
    district_id    INTEGER NOT NULL,
    utility_type   TEXT NOT NULL,          -- electricity or water
    cause          TEXT NOT NULL,          -- storm, equipment_failure, planned_maintenance, vehicle_accident, pipe_burst, overload
    started_at     TEXT NOT NULL,          -- YYYY-MM-DD HH:MM:SS
    restored_at    TEXT,                   -- YYYY-MM-DD HH:MM:SS; NULL if service is not restored yet
    customers_affected INTEGER NOT NULL,
    FOREIGN KEY (district_id) REFERENCES districts(district_id)
);
CREATE TABLE technicians (
    technician_id  INTEGER PRIMARY KEY,
    full_name      TEXT NOT NULL,
    home_district_id INTEGER NOT NULL,
    trade          TEXT NOT NULL,          -- electrical, plumbing, metering
    hired_on       TEXT NOT NULL,          -- YYYY-MM-DD (may be before 2022)
    supervisor_id  INTEGER,                -- the technician's crew lead; NULL for crew leads themselves
    FOREIGN KEY (home_district_id) REFERENCES districts(district_id),
    FOREIGN KEY (supervisor_id) REFERENCES technicians(technician_id)
);
CREATE TABLE work_orders (
    work_order_id  INTEGER PRIMARY KEY,
    premise_id     INTEGER,                -- NULL for network jobs not tied to one premise
    meter_id       INTEGER,                -- NULL when no specific meter is involved
    outage_id      INTEGER,                -- outage this job repairs; NULL if not outage-related
    technician_id  INTEGER,                -- NULL while unassigned
    job_type       TEXT NOT NULL,          -- meter_replacement, meter_repair, leak_repair, line_repair, inspection, disconnection, reconnection
    priority       TEXT NOT NULL,          -- low, normal, high, emergency
    opened_at      TEXT NOT NULL,          -- YYYY-MM-DD HH:MM:SS
    completed_at   TEXT,                   -- YYYY-MM-DD HH:MM:SS; NULL while the job is still open
    labor_hours    REAL,                   -- hours booked; NULL until completed
    FOREIGN KEY (premise_id) REFERENCES premises(premise_id),
    FOREIGN KEY (meter_id) REFERENCES meters(meter_id),
    FOREIGN KEY (outage_id) REFERENCES outages(outage_id),
    FOREIGN KEY (technician_id) REFERENCES technicians(technician_id)
);
CREATE INDEX idx_premises_customer ON premises(customer_id);
CREATE INDEX idx_premises_district ON premises(district_id);
CREATE INDEX idx_meters_premise ON meters(premise_id);
CREATE INDEX idx_readings_meter ON meter_readings(meter_id);
CREATE INDEX idx_bills_premise ON bills(premise_id);
CREATE INDEX idx_payments_bill ON payments(bill_id);
CREATE INDEX idx_outages_district ON outages(district_id);
CREATE INDEX idx_work_orders_technician ON work_orders(technician_id);
"""

DISTRICTS = [
    ("Riverside", "West", 1.3), ("Old Town", "Central", 1.0), ("Harbor Point", "East", 0.9),
    ("Maple Heights", "North", 1.1), ("Cedar Falls", "North", 0.7), ("Southgate", "South", 1.2),
    ("Ironworks", "East", 0.6), ("Lakeview", "West", 0.9), ("Millbrook", "South", 0.8),
    ("Pine Ridge", "North", 0.5), ("Eastfield", "East", 1.4), ("Downtown", "Central", 1.0),
]
FIRST = ["James", "Mary", "John", "Patricia", "Robert", "Jennifer", "Michael", "Linda", "David",
         "Elizabeth", "William", "Barbara", "Richard", "Susan", "Joseph", "Jessica", "Thomas", "Sarah",
         "Daniel", "Karen", "Matthew", "Nancy", "Anthony", "Lisa", "Mark", "Betty", "Paul", "Sandra",
         "Steven", "Ashley", "Andrew", "Emily", "Kevin", "Donna", "Brian", "Carol", "Omar", "Aisha",
         "Luis", "Rosa", "Wei", "Mei", "Raj", "Priya", "Tomas", "Elena", "Samuel", "Grace"]
LAST = ["Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis", "Rodriguez",
        "Martinez", "Hernandez", "Lopez", "Wilson", "Anderson", "Thomas", "Taylor", "Moore", "Jackson",
        "Martin", "Lee", "Perez", "Thompson", "White", "Harris", "Clark", "Lewis", "Robinson", "Walker",
        "Young", "Allen", "King", "Wright", "Scott", "Nguyen", "Hill", "Flores", "Green", "Adams",
        "Baker", "Nelson", "Carter", "Mitchell", "Patel", "Chen", "Khan", "Novak", "Okafor", "Reyes"]
BIZ_A = ["Acme", "Summit", "Bluebird", "Granite", "Harbor", "Pioneer", "Evergreen", "Keystone", "Riverside",
         "Northwind", "Copper", "Oak", "Maple", "Sterling", "Union", "Liberty", "Crescent", "Lakeside"]
BIZ_B = {"commercial": ["Bakery", "Dental", "Cafe", "Hardware", "Salon", "Pharmacy", "Grocers", "Diner",
                        "Books", "Fitness", "Auto Repair", "Laundry", "Florist", "Law Office"],
         "industrial": ["Plastics", "Steel Works", "Foods Plant", "Packaging", "Brewery", "Textiles",
                        "Cold Storage", "Machining", "Paper Mill", "Chemicals"]}
STREETS = ["Main St", "Oak Ave", "Elm St", "Park Rd", "Mill Ln", "River Rd", "Church St", "High St",
           "Lake Dr", "Hill St", "Cedar Ave", "Pine St", "Maple Ave", "Station Rd", "Bridge St",
           "Market St", "Spring St", "Union Ave", "Factory Rd", "Canal St"]

# electricity kWh/month seasonal factor (winter heating + summer cooling), water summer peak
ELEC_SEASON = {1: 1.30, 2: 1.20, 3: 1.00, 4: 0.85, 5: 0.85, 6: 1.05, 7: 1.30, 8: 1.30, 9: 1.00,
               10: 0.85, 11: 0.95, 12: 1.25}
WATER_SEASON = {1: 0.85, 2: 0.85, 3: 0.90, 4: 0.95, 5: 1.05, 6: 1.20, 7: 1.35, 8: 1.30, 9: 1.10,
                10: 0.95, 11: 0.85, 12: 0.85}
HEATWAVE = (2023, 7)     # record heatwave: electricity usage spike and overload outages
STORM = (2023, 2)        # ice storm: outage burst in February 2023
ELEC_BASE = {"house": 720, "apartment": 430, "shop": 1900, "office": 3400, "factory": 26000, "farm": 2600}
WATER_BASE = {"house": 14, "apartment": 8, "shop": 22, "office": 40, "factory": 520, "farm": 95}


def wchoice(rng, pairs):
    return rng.choices([p[0] for p in pairs], weights=[p[1] for p in pairs], k=1)[0]


def add_months(d, n):
    y = d.year + (d.month - 1 + n) // 12
    m = (d.month - 1 + n) % 12 + 1
    last = [31, 29 if (y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)) else 28,
            31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    return dt.date(y, m, min(d.day, last))


def rand_date(rng, a, b):
    return a + dt.timedelta(days=rng.randrange((b - a).days + 1))


def ts(d, sec):
    return (dt.datetime(d.year, d.month, d.day) + dt.timedelta(seconds=int(sec))).strftime("%Y-%m-%d %H:%M:%S")


def elec_price(month):
    # USD per kWh; tariff increase on 2023-04-01 and 2024-04-01
    if month < dt.date(2023, 4, 1):
        return 0.142
    if month < dt.date(2024, 4, 1):
        return 0.158
    return 0.166


def water_price(month):
    return 2.10 if month < dt.date(2024, 1, 1) else 2.35


def generate(path):
    rng = random.Random(SEED)
    tmp = path + ".tmp"
    if os.path.exists(tmp):
        os.remove(tmp)
    con = sqlite3.connect(tmp)
    con.execute("PRAGMA journal_mode=OFF")
    con.execute("PRAGMA synchronous=OFF")
    con.executescript(SCHEMA)

    districts = [(i + 1, n, r) for i, (n, r, _) in enumerate(DISTRICTS)]
    dweights = [w for (_, _, w) in DISTRICTS]

    # ---- customers and premises ------------------------------------------
    customers, premises = [], []
    n_cust = 2600
    for cid in range(1, n_cust + 1):
        ctype = wchoice(rng, [("residential", 86), ("commercial", 11), ("industrial", 3)])
        if ctype == "residential":
            name = rng.choice(FIRST) + " " + rng.choice(LAST)
        else:
            name = rng.choice(BIZ_A) + " " + rng.choice(BIZ_B[ctype])
        # most accounts predate 2022; new connections grow over time (Eastfield development)
        r = rng.random()
        if r < 0.62:
            opened = rand_date(rng, dt.date(2005, 1, 1), dt.date(2021, 12, 31))
        else:
            # growing: later months more likely
            x = rng.random() ** 0.7
            opened = START + dt.timedelta(days=int(x * ((END - START).days - 20)))
        closed = None
        if rng.random() < 0.10 and opened + dt.timedelta(days=90) < END:
            closed = rand_date(rng, max(opened + dt.timedelta(days=90), START), END)
        email = None
        if rng.random() < (0.78 if ctype == "residential" else 0.95):
            email = "%s%d@%s" % (name.lower().replace(" ", "."), cid,
                                 rng.choice(["mailbox.com", "webmail.net", "inbox.org", "post.io"]))
        autopay = 1 if rng.random() < (0.42 if opened < dt.date(2022, 1, 1) else 0.58) else 0
        customers.append([cid, name, ctype, email, autopay, opened.isoformat(),
                          closed.isoformat() if closed else None])
        n_prem = 1
        if ctype != "residential" and rng.random() < 0.35:
            n_prem = rng.choice([2, 2, 3, 4])
        elif ctype == "residential" and rng.random() < 0.04:
            n_prem = 2
        for _ in range(n_prem):
            pid = len(premises) + 1
            if opened >= START and rng.random() < 0.45:
                did = 11   # Eastfield: the new housing development
            else:
                did = rng.choices(range(1, 13), weights=dweights, k=1)[0]
            if ctype == "residential":
                ptype = wchoice(rng, [("house", 60), ("apartment", 36), ("farm", 4)])
            elif ctype == "commercial":
                ptype = wchoice(rng, [("shop", 55), ("office", 45)])
            else:
                ptype = wchoice(rng, [("factory", 85), ("farm", 15)])
            if did == 11 and opened >= START:
                yb = opened.year
            elif rng.random() < 0.17:
                yb = None
            else:
                yb = int(min(2021, max(1890, rng.gauss(1975, 22))))
            solar = 1 if (ptype in ("house", "farm", "office") and rng.random() < (0.30 if (yb or 0) >= 2010 else 0.09)) else 0
            addr = "%d %s" % (rng.randrange(1, 2400), rng.choice(STREETS))
            premises.append({"id": pid, "cid": cid, "did": did, "addr": addr, "type": ptype, "yb": yb,
                             "solar": solar, "opened": opened, "closed": closed, "ctype": ctype,
                             "autopay": autopay, "scale": math.exp(rng.gauss(0, 0.35))})

    # ---- technicians -------------------------------------------------------
    technicians = []
    tid = 0
    leads = []
    for trade, nlead in (("electrical", 4), ("plumbing", 3), ("metering", 2)):
        for k in range(nlead):
            tid += 1
            technicians.append([tid, rng.choice(FIRST) + " " + rng.choice(LAST), rng.randrange(1, 13), trade,
                                rand_date(rng, dt.date(2003, 1, 1), dt.date(2016, 12, 31)).isoformat(), None])
            leads.append((tid, trade))
    for k in range(46):
        tid += 1
        trade = wchoice(rng, [("electrical", 45), ("plumbing", 33), ("metering", 22)])
        lead = rng.choice([l for l, t in leads if t == trade])
        if rng.random() < 0.3:
            hired = rand_date(rng, dt.date(2022, 1, 1), dt.date(2024, 9, 30))
        else:
            hired = rand_date(rng, dt.date(2008, 1, 1), dt.date(2021, 12, 31))
        technicians.append([tid, rng.choice(FIRST) + " " + rng.choice(LAST), rng.randrange(1, 13), trade,
                            hired.isoformat(), lead])
    tech_by_trade = {}
    for t in technicians:
        tech_by_trade.setdefault(t[3], []).append(t)

    def pick_tech(trade, when):
        pool = [t for t in tech_by_trade[trade] if t[4] <= when.isoformat()]
        return rng.choice(pool)[0]

    # ---- meters, readings, bills ------------------------------------------
    meters, readings, bills, payments, work_orders = [], [], [], [], []
    serial_n = [100000]

    def new_meter(pid, utype, model, installed, replaces):
        mid = len(meters) + 1
        serial_n[0] += rng.randrange(1, 40)
        serial = ("E" if utype == "electricity" else "W") + str(serial_n[0])
        meters.append([mid, pid, serial, utype, model, installed.isoformat(), None, replaces])
        return mid

    for p in premises:
        pid = p["id"]
        start = max(p["opened"], START)
        stop = p["closed"] if p["closed"] else END
        # meter timeline per utility: list of (meter_id, from, to)
        usage = {}
        for utype in ("electricity", "water"):
            if p["opened"] >= START:
                model = "smart" if rng.random() < 0.8 else "digital"
                installed = p["opened"]
            else:
                model = wchoice(rng, [("analog", 55), ("digital", 35), ("smart", 10)])
                installed = rand_date(rng, max(p["opened"], dt.date(1998, 1, 1)), dt.date(2021, 12, 31))
            mid = new_meter(pid, utype, model, installed, None)
            timeline = []
            cur_from = start
            # smart meter rollout 2023-2024 replaces analog meters; some faulty replacements too
            while True:
                repl = None
                mrow = meters[mid - 1]
                if mrow[4] == "analog" and rng.random() < 0.62:
                    repl = rand_date(rng, dt.date(2023, 1, 15), dt.date(2024, 11, 30))
                    reason = "rollout"
                elif rng.random() < 0.05:
                    repl = rand_date(rng, START, END)
                    reason = "fault"
                if repl is None or repl <= cur_from + dt.timedelta(days=30) or repl >= stop:
                    timeline.append((mid, cur_from, stop))
                    break
                timeline.append((mid, cur_from, repl))
                mrow[6] = repl.isoformat()
                newmodel = "smart" if reason == "rollout" or rng.random() < 0.6 else "digital"
                nmid = new_meter(pid, utype, newmodel, repl, mid)
                # the work order that did the swap
                opened = repl - dt.timedelta(days=rng.randrange(3, 40))
                tech = pick_tech("metering" if reason == "rollout" else
                                 ("electrical" if utype == "electricity" else "plumbing"), opened)
                hours = round(max(0.5, rng.gauss(1.6 if reason == "rollout" else 2.4, 0.5)), 1)
                work_orders.append([pid, mid, None, tech, "meter_replacement",
                                    "normal" if reason == "rollout" else "high",
                                    ts(opened, rng.randrange(7 * 3600, 17 * 3600)),
                                    ts(repl, rng.randrange(8 * 3600, 17 * 3600)), hours])
                mid = nmid
                cur_from = repl
            if p["closed"]:
                meters[timeline[-1][0] - 1][6] = p["closed"].isoformat()
            usage[utype] = timeline

        # monthly readings and bills
        month = dt.date(start.year, start.month, 1)
        reg = {"electricity": rng.uniform(1000, 90000), "water": rng.uniform(50, 4000)}
        solar_cut = 0.62 if p["solar"] else 1.0
        bill_prev_unpaid = False
        habit = rng.random()
        while month <= stop:
            read_day = add_months(month, 1) - dt.timedelta(days=1)
            if read_day > END:
                break
            if read_day > stop:
                break
            cons = {}
            for utype in ("electricity", "water"):
                mid = None
                for (m_id, f, t) in usage[utype]:
                    if f <= read_day <= t:
                        mid = m_id
                if mid is None:
                    mid = usage[utype][-1][0]
                model = meters[mid - 1][4]
                if utype == "electricity":
                    base = ELEC_BASE[p["type"]] * ELEC_SEASON[month.month] * solar_cut
                    if (month.year, month.month) == HEATWAVE:
                        base *= 1.45
                    base *= 1.0 + 0.015 * (month.year - 2022)
                else:
                    base = WATER_BASE[p["type"]] * WATER_SEASON[month.month]
                    if (month.year, month.month) == HEATWAVE:
                        base *= 1.2
                c = max(0.0, base * p["scale"] * rng.gauss(1.0, 0.12))
                c = round(c, 1) if utype == "electricity" else round(c, 2)
                if model == "smart":
                    method = "remote" if rng.random() < 0.97 else "estimated"
                else:
                    method = "actual" if rng.random() < 0.86 else "estimated"
                    if (month.year, month.month) == STORM and rng.random() < 0.5:
                        method = "estimated"
                reg[utype] += c
                rd = read_day if model == "smart" else read_day - dt.timedelta(days=rng.randrange(0, 4))
                readings.append((mid, rd.isoformat(), round(reg[utype], 2), c, method))
                cons[utype] = c
            ech = round(cons["electricity"] * elec_price(month) + 9.50, 2)
            wch = round(cons["water"] * water_price(month) + 6.00, 2)
            amt = round(ech + wch, 2)
            issued = add_months(month, 1) + dt.timedelta(days=rng.randrange(2, 6))
            due = issued + dt.timedelta(days=21)
            bid = len(bills) + 1
            # payment behaviour
            paid_full = None
            pays = []
            if p["autopay"]:
                d = due - dt.timedelta(days=rng.randrange(0, 3))
                if rng.random() < 0.985:
                    pays.append((d, amt, "direct_debit"))
            else:
                late_prob = 0.12 + 0.35 * habit * habit + (0.10 if p["ctype"] == "residential" else 0)
                r = rng.random()
                method = wchoice(rng, [("card", 45), ("bank_transfer", 30), ("cash", 12), ("check", 13)]) \
                    if p["ctype"] == "residential" else wchoice(rng, [("bank_transfer", 70), ("check", 20), ("card", 10)])
                if r < 0.035 + 0.05 * habit:
                    pass  # never paid
                elif rng.random() < 0.08:
                    part = round(amt * rng.choice([0.3, 0.5, 0.6]), 2)
                    d1 = issued + dt.timedelta(days=rng.randrange(5, 25))
                    pays.append((d1, part, method))
                    if rng.random() < 0.7:
                        d2 = d1 + dt.timedelta(days=rng.randrange(10, 50))
                        pays.append((d2, round(amt - part, 2), method))
                else:
                    if rng.random() < late_prob:
                        d = due + dt.timedelta(days=rng.randrange(1, 60))
                    else:
                        d = issued + dt.timedelta(days=rng.randrange(1, 21))
                    pays.append((d, amt, method))
            pays = [x for x in pays if x[0] <= END]
            if pays and abs(sum(x[1] for x in pays) - amt) < 0.02:
                paid_full = max(x[0] for x in pays).isoformat()
            if issued <= END:
                bills.append([bid, p["id"], "%04d-%02d" % (month.year, month.month), issued.isoformat(),
                              due.isoformat(), ech, wch, amt, paid_full])
                for (d, a, m) in pays:
                    payments.append((bid, d.isoformat(), a, m))
            month = add_months(month, 1)

    # ---- outages -----------------------------------------------------------
    outages = []
    prem_by_district = {}
    for p in premises:
        prem_by_district.setdefault(p["did"], []).append(p["id"])
    day = START
    while day <= END:
        for (did, dname, region) in districts:
            w = dweights[did - 1]
            lam_e = 0.020 * w * (1.8 if day.month in (1, 2, 7, 8) else 1.0)
            lam_w = 0.014 * w * (1.6 if day.month in (1, 2, 12) else 1.0)   # frozen pipes
            if (day.year, day.month) == STORM and 8 <= day.day <= 12:
                lam_e *= 25
            if (day.year, day.month) == HEATWAVE and 14 <= day.day <= 24:
                lam_e *= 6
            if did == 7:   # Ironworks: ageing grid
                lam_e *= 1.8
                lam_w *= 1.6
            for utype, lam in (("electricity", lam_e), ("water", lam_w)):
                if rng.random() < lam:
                    if utype == "electricity":
                        if (day.year, day.month) == STORM and 8 <= day.day <= 12:
                            cause = "storm"
                        elif (day.year, day.month) == HEATWAVE and 14 <= day.day <= 24:
                            cause = "overload"
                        else:
                            cause = wchoice(rng, [("equipment_failure", 35), ("storm", 20), ("planned_maintenance", 25),
                                                  ("vehicle_accident", 10), ("overload", 10)])
                    else:
                        cause = wchoice(rng, [("pipe_burst", 50), ("planned_maintenance", 30), ("equipment_failure", 20)])
                    sec = rng.randrange(0, 86400) if cause != "planned_maintenance" else rng.randrange(8 * 3600, 11 * 3600)
                    st = dt.datetime(day.year, day.month, day.day) + dt.timedelta(seconds=sec)
                    hours = {"storm": 14, "equipment_failure": 4, "planned_maintenance": 3, "vehicle_accident": 5,
                             "overload": 2.5, "pipe_burst": 7}[cause] * math.exp(rng.gauss(0, 0.6))
                    rest = st + dt.timedelta(seconds=int(hours * 3600) + 300)
                    rest_s = rest.strftime("%Y-%m-%d %H:%M:%S")
                    if rest.date() > END or (rng.random() < 0.004):
                        rest_s = None
                    aff = int(max(3, len(prem_by_district[did]) * rng.uniform(0.02, 0.6) * 9))
                    outages.append([len(outages) + 1, did, utype, cause, st.strftime("%Y-%m-%d %H:%M:%S"),
                                    rest_s, aff])
        day += dt.timedelta(days=1)
    # network work orders for unplanned outages
    for o in outages:
        if o[3] == "planned_maintenance":
            continue
        st = dt.datetime.strptime(o[4], "%Y-%m-%d %H:%M:%S")
        trade = "electrical" if o[2] == "electricity" else "plumbing"
        tech = pick_tech(trade, st.date())
        jt = "line_repair" if o[2] == "electricity" else "leak_repair"
        prio = "emergency" if o[6] > 300 or o[3] == "storm" else "high"
        opened = st + dt.timedelta(minutes=rng.randrange(5, 90))
        if o[5] is None:
            comp, hrs = None, None
        else:
            comp = o[5]
            hrs = round(max(0.5, (dt.datetime.strptime(o[5], "%Y-%m-%d %H:%M:%S") - opened).total_seconds() / 3600
                            * rng.uniform(0.6, 1.2)), 1)
        work_orders.append([None, None, o[0], tech, jt, prio, opened.strftime("%Y-%m-%d %H:%M:%S"), comp, hrs])

    # ---- routine premise work orders ----------------------------------------
    for p in premises:
        start = max(p["opened"], START)
        stop = p["closed"] if p["closed"] else END
        span = (stop - start).days
        if span <= 0:
            continue
        n = int(rng.expovariate(1.0 / 1.1))
        for _ in range(n):
            d = start + dt.timedelta(days=rng.randrange(span))
            jt = wchoice(rng, [("inspection", 30), ("meter_repair", 18), ("leak_repair", 16), ("disconnection", 14),
                               ("reconnection", 12)])
            trade = {"inspection": rng.choice(["electrical", "plumbing"]), "meter_repair": "metering",
                     "leak_repair": "plumbing", "disconnection": "electrical", "reconnection": "electrical"}[jt]
            prio = wchoice(rng, [("low", 30), ("normal", 50), ("high", 17), ("emergency", 3)])
            opened = dt.datetime(d.year, d.month, d.day) + dt.timedelta(seconds=rng.randrange(7 * 3600, 18 * 3600))
            tech = pick_tech(trade, d)
            wait_days = {"low": 12, "normal": 5, "high": 1.5, "emergency": 0.2}[prio] * math.exp(rng.gauss(0, 0.7))
            comp = opened + dt.timedelta(days=wait_days)
            hrs = round(max(0.3, rng.gauss(2.0, 0.8)), 1)
            comp_s = comp.strftime("%Y-%m-%d %H:%M:%S")
            if comp.date() > END or rng.random() < 0.02:
                comp_s, hrs = None, None
                if rng.random() < 0.5:
                    tech = None
            meter = None
            work_orders.append([p["id"], meter, None, tech, jt, prio, opened.strftime("%Y-%m-%d %H:%M:%S"),
                                comp_s, hrs])

    # meter_repair jobs get a meter of the premise
    meters_by_prem = {}
    for m in meters:
        meters_by_prem.setdefault(m[1], []).append(m)
    for w in work_orders:
        if w[4] == "meter_repair" and w[0] is not None:
            day_s = w[6][:10]
            cands = [m for m in meters_by_prem[w[0]] if m[5] <= day_s and (m[6] is None or m[6] >= day_s)]
            if cands:
                w[1] = rng.choice(cands)[0]

    work_orders.sort(key=lambda w: w[6])
    wo_rows = [(i + 1,) + tuple(w) for i, w in enumerate(work_orders)]
    readings.sort(key=lambda r: (r[1], r[0]))
    reading_rows = [(i + 1,) + r for i, r in enumerate(readings)]
    payments.sort(key=lambda x: (x[1], x[0]))
    pay_rows = [(i + 1,) + x for i, x in enumerate(payments)]

    con.executemany("INSERT INTO districts VALUES (?,?,?)", districts)
    con.executemany("INSERT INTO customers VALUES (?,?,?,?,?,?,?)", customers)
    con.executemany("INSERT INTO premises VALUES (?,?,?,?,?,?,?)",
                    [(p["id"], p["cid"], p["did"], p["addr"], p["type"], p["yb"], p["solar"]) for p in premises])
    con.executemany("INSERT INTO meters VALUES (?,?,?,?,?,?,?,?)", meters)
    con.executemany("INSERT INTO meter_readings VALUES (?,?,?,?,?,?)", reading_rows)
    con.executemany("INSERT INTO bills VALUES (?,?,?,?,?,?,?,?,?)", bills)
    con.executemany("INSERT INTO payments VALUES (?,?,?,?,?)", pay_rows)
    con.executemany("INSERT INTO outages VALUES (?,?,?,?,?,?,?)", outages)
    con.executemany("INSERT INTO technicians VALUES (?,?,?,?,?,?)", technicians)
    con.executemany("INSERT INTO work_orders VALUES (?,?,?,?,?,?,?,?,?,?)", wo_rows)
    con.commit()
    con.execute("VACUUM")
    con.close()
    os.replace(tmp, path)


if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "utility.sqlite")
    generate(out)
