#!/usr/bin/env python3
"""Generate bank.sqlite: a retail bank, 2022-01-01 .. 2024-12-31.

Deterministic (fixed seed). Python 3 standard library only.
Usage: python3 gen_bank.py [OUTPUT_PATH]   (default: bank.sqlite next to this script)
"""
import datetime as dt
import os
import random
import sqlite3
import sys

SEED = 1414
START = dt.date(2022, 1, 1)
END = dt.date(2024, 12, 31)

SCHEMA = """
CREATE TABLE branches (
    branch_id   INTEGER PRIMARY KEY,
    branch_name TEXT NOT NULL UNIQUE,
    city        TEXT NOT NULL,
    region      TEXT NOT NULL,            -- North, South, East, West
    opened_dt   TEXT NOT NULL             -- YYYY-MM-DD
);
CREATE TABLE employees (
    emp_id      INTEGER PRIMARY KEY,
    first_name  TEXT NOT NULL,
    last_name   TEXT NOT NULL,
    job_title   TEXT NOT NULL,            -- Regional Director, Branch Manager, Senior Advisor, Advisor, Teller
    branch_id   INTEGER,                  -- NULL for regional directors (head office)
    mgr_emp_id  INTEGER,                  -- the employee's manager (employees.emp_id); NULL for regional directors
    hire_dt     TEXT NOT NULL,            -- YYYY-MM-DD
    term_dt     TEXT,                     -- YYYY-MM-DD the employee left; NULL while still employed
    FOREIGN KEY (branch_id) REFERENCES branches(branch_id),
    FOREIGN KEY (mgr_emp_id) REFERENCES employees(emp_id)
);
CREATE TABLE customers (
    cust_id        INTEGER PRIMARY KEY,
    first_name     TEXT NOT NULL,
    last_name      TEXT NOT NULL,
    birth_dt       TEXT NOT NULL,         -- YYYY-MM-DD
    segment        TEXT NOT NULL,         -- mass, affluent, private, student
    home_branch_id INTEGER NOT NULL,
    advisor_emp_id INTEGER,               -- assigned advisor (employees.emp_id); NULL if the customer has no advisor
    cust_since_dt  TEXT NOT NULL,         -- YYYY-MM-DD the customer joined the bank
    email          TEXT,                  -- NULL if no email on file
    FOREIGN KEY (home_branch_id) REFERENCES branches(branch_id),
    FOREIGN KEY (advisor_emp_id) REFERENCES employees(emp_id)
);
CREATE TABLE accounts (
    acct_id          INTEGER PRIMARY KEY,
    cust_id          INTEGER NOT NULL,
    branch_id        INTEGER NOT NULL,    -- branch where the account was opened
    acct_type        TEXT NOT NULL,       -- checking, savings, credit_card
    opened_dt        TEXT NOT NULL,       -- YYYY-MM-DD
    closed_dt        TEXT,                -- YYYY-MM-DD; NULL while the account is open
    credit_limit_amt REAL,                -- USD; NULL unless acct_type = 'credit_card'
    interest_rate_pct REAL,               -- annual rate in percent (e.g. 3.5); NULL for checking accounts
    FOREIGN KEY (cust_id) REFERENCES customers(cust_id),
    FOREIGN KEY (branch_id) REFERENCES branches(branch_id)
);
CREATE TABLE txns (
    txn_id        INTEGER PRIMARY KEY,
    acct_id       INTEGER NOT NULL,
    txn_ts        TEXT NOT NULL,          -- YYYY-MM-DD HH:MM:SS
    txn_kind      TEXT NOT NULL,          -- deposit, withdrawal, transfer, fee, purchase
    amt           REAL NOT NULL,          -- USD, always positive; the kind says the direction
    channel       TEXT NOT NULL,          -- branch, atm, online, mobile
    merchant_cat  TEXT,                   -- groceries, dining, travel, fuel, electronics, utilities, entertainment; NULL unless txn_kind = 'purchase'
    FOREIGN KEY (acct_id) REFERENCES accounts(acct_id)
);
CREATE TABLE loans (
    loan_id       INTEGER PRIMARY KEY,
    cust_id       INTEGER NOT NULL,
    branch_id     INTEGER NOT NULL,       -- originating branch
    loan_type     TEXT NOT NULL,          -- mortgage, auto, personal, student
    principal_amt REAL NOT NULL,          -- USD lent
    rate_pct      REAL NOT NULL,          -- annual interest rate in percent
    term_months   INTEGER NOT NULL,
    status        TEXT NOT NULL,          -- current, paid_off, defaulted
    disbursed_dt  TEXT NOT NULL,          -- YYYY-MM-DD
    paid_off_dt   TEXT,                   -- YYYY-MM-DD; NULL while the loan is outstanding (status current or defaulted)
    FOREIGN KEY (cust_id) REFERENCES customers(cust_id),
    FOREIGN KEY (branch_id) REFERENCES branches(branch_id)
);
CREATE TABLE loan_pmts (
    pmt_id       INTEGER PRIMARY KEY,
    loan_id      INTEGER NOT NULL,
    due_dt       TEXT NOT NULL,           -- YYYY-MM-DD
    paid_dt      TEXT NOT NULL,           -- YYYY-MM-DD the instalment was received
    pmt_amt      REAL NOT NULL,           -- USD
    is_late      INTEGER NOT NULL,        -- 1 if paid after due_dt, else 0
    late_fee_amt REAL,                    -- USD; NULL if the payment was on time
    FOREIGN KEY (loan_id) REFERENCES loans(loan_id)
);
CREATE INDEX idx_emp_branch ON employees(branch_id);
CREATE INDEX idx_cust_branch ON customers(home_branch_id);
CREATE INDEX idx_acct_cust ON accounts(cust_id);
CREATE INDEX idx_txn_acct ON txns(acct_id);
CREATE INDEX idx_loan_cust ON loans(cust_id);
CREATE INDEX idx_pmt_loan ON loan_pmts(loan_id);
"""

BRANCHES = [
    ("Downtown Main", "Springfield", "North", "1998-03-02"),
    ("Riverside", "Springfield", "North", "2005-06-13"),
    ("Harbor Point", "Bayport", "East", "2001-09-10"),
    ("Old Mill", "Millbrook", "East", "2010-04-19"),
    ("Cedar Park", "Cedarville", "South", "2012-08-06"),
    ("Lakeshore", "Lakeview", "West", "2008-11-03"),
    ("Summit Plaza", "Highland", "West", "2016-02-15"),
    ("Eastgate", "Bayport", "East", "2019-05-20"),
    ("Southfield", "Cedarville", "South", "2014-10-01"),
    ("University", "Springfield", "North", "2022-09-01"),
]
WEAK_BRANCH = 4  # Old Mill: fewer customers, more late payments
FIRST = ["James", "Mary", "John", "Patricia", "Robert", "Jennifer", "Michael", "Linda", "David",
         "Elizabeth", "William", "Barbara", "Richard", "Susan", "Joseph", "Jessica", "Thomas", "Sarah",
         "Daniel", "Karen", "Matthew", "Lisa", "Anthony", "Nancy", "Mark", "Sandra", "Paul", "Ashley",
         "Steven", "Emily", "Andrew", "Michelle", "Kevin", "Amanda", "Brian", "Maria", "Luis", "Wei",
         "Priya", "Omar", "Fatima", "Hiro", "Sofia", "Noah", "Olivia", "Liam", "Ava", "Ethan", "Mia"]
LAST = ["Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis", "Rodriguez",
        "Martinez", "Hernandez", "Lopez", "Gonzalez", "Wilson", "Anderson", "Thomas", "Taylor", "Moore",
        "Jackson", "Martin", "Lee", "Perez", "Thompson", "White", "Harris", "Sanchez", "Clark", "Ramirez",
        "Lewis", "Robinson", "Walker", "Young", "Allen", "King", "Wright", "Scott", "Torres", "Nguyen",
        "Hill", "Flores", "Green", "Adams", "Nelson", "Baker", "Hall", "Rivera", "Campbell", "Mitchell"]
MERCH = [("groceries", 30), ("dining", 20), ("fuel", 12), ("utilities", 10), ("travel", 8),
         ("electronics", 8), ("entertainment", 12)]


def wchoice(rng, pairs):
    tot = sum(w for _, w in pairs)
    r = rng.random() * tot
    for v, w in pairs:
        r -= w
        if r <= 0:
            return v
    return pairs[-1][0]


def rdate(rng, a, b):
    if b <= a:
        return a
    return a + dt.timedelta(days=rng.randint(0, (b - a).days))


def season(day):
    # December holiday peak, summer travel bump
    return {12: 1.35, 11: 1.15, 7: 1.15, 8: 1.1, 1: 0.85, 2: 0.85}.get(day.month, 1.0)


def generate(path):
    rng = random.Random(SEED)
    if os.path.exists(path):
        os.remove(path)
    con = sqlite3.connect(path)
    con.executescript(SCHEMA)
    con.executemany("INSERT INTO branches VALUES (?,?,?,?,?)",
                    [(i + 1,) + b for i, b in enumerate(BRANCHES)])
    regions = {}
    for i, b in enumerate(BRANCHES):
        regions.setdefault(b[2], []).append(i + 1)

    # ---- employees -------------------------------------------------------
    emps = []
    eid = 0
    directors = {}
    for reg in ["North", "South", "East", "West"]:
        eid += 1
        directors[reg] = eid
        emps.append((eid, rng.choice(FIRST), rng.choice(LAST), "Regional Director", None, None,
                     rdate(rng, dt.date(2005, 1, 1), dt.date(2015, 12, 31)).isoformat(), None))
    advisors_by_branch = {}
    for bid, b in enumerate(BRANCHES, 1):
        bopen = max(dt.date.fromisoformat(b[3]), dt.date(2000, 1, 1))
        eid += 1
        mgr = eid
        emps.append((eid, rng.choice(FIRST), rng.choice(LAST), "Branch Manager", bid, directors[b[2]],
                     rdate(rng, bopen, max(bopen, dt.date(2021, 6, 30))).isoformat(), None))
        nsen = 2 if bid != WEAK_BRANCH else 1
        seniors = []
        for _ in range(nsen):
            eid += 1
            seniors.append(eid)
            emps.append((eid, rng.choice(FIRST), rng.choice(LAST), "Senior Advisor", bid, mgr,
                         rdate(rng, bopen, dt.date(2022, 6, 30)).isoformat(), None))
        advs = list(seniors)
        for k in range(rng.randint(3, 5) if bid != WEAK_BRANCH else 2):
            eid += 1
            hire = rdate(rng, max(bopen, dt.date(2015, 1, 1)), dt.date(2024, 6, 30))
            term = None
            if rng.random() < 0.2:
                t = hire + dt.timedelta(days=rng.randint(200, 900))
                if t < END:
                    term = t.isoformat()
            emps.append((eid, rng.choice(FIRST), rng.choice(LAST), "Advisor", bid, rng.choice(seniors),
                         hire.isoformat(), term))
            advs.append(eid)
        advisors_by_branch[bid] = advs
        for k in range(rng.randint(3, 6)):
            eid += 1
            hire = rdate(rng, max(bopen, dt.date(2014, 1, 1)), dt.date(2024, 9, 30))
            term = None
            if rng.random() < 0.3:
                t = hire + dt.timedelta(days=rng.randint(120, 800))
                if t < END:
                    term = t.isoformat()
            emps.append((eid, rng.choice(FIRST), rng.choice(LAST), "Teller", bid, mgr, hire.isoformat(), term))
    con.executemany("INSERT INTO employees VALUES (?,?,?,?,?,?,?,?)", emps)

    # ---- customers -------------------------------------------------------
    bweights = [(1, 16), (2, 11), (3, 13), (4, 5), (5, 10), (6, 12), (7, 9), (8, 10), (9, 8), (10, 6)]
    custs = []
    for cid in range(1, 5201):
        bid = wchoice(rng, bweights)
        bopen = dt.date.fromisoformat(BRANCHES[bid - 1][3])
        if rng.random() < 0.45:
            since = rdate(rng, max(bopen, dt.date(2000, 1, 1)), dt.date(2021, 12, 31))
        else:
            # growth: more new customers each year
            y = wchoice(rng, [(2022, 28), (2023, 34), (2024, 40)])
            since = rdate(rng, dt.date(y, 1, 1), dt.date(y, 12, 31))
        if since < bopen:
            since = rdate(rng, bopen, END)
        seg = wchoice(rng, [("mass", 60), ("affluent", 22), ("private", 5), ("student", 13)])
        if seg == "student":
            birth = rdate(rng, dt.date(1998, 1, 1), dt.date(2006, 6, 30))
        else:
            birth = rdate(rng, dt.date(1940, 1, 1), dt.date(2000, 12, 31))
        adv = None
        padv = {"private": 1.0, "affluent": 0.75, "mass": 0.2, "student": 0.05}[seg]
        if rng.random() < padv:
            adv = rng.choice(advisors_by_branch[bid])
        fn, ln = rng.choice(FIRST), rng.choice(LAST)
        email = None if rng.random() < 0.12 else f"{fn.lower()}.{ln.lower()}{cid}@mail.example"
        custs.append((cid, fn, ln, birth.isoformat(), seg, bid, adv, since.isoformat(), email))
    con.executemany("INSERT INTO customers VALUES (?,?,?,?,?,?,?,?,?)", custs)

    # ---- accounts --------------------------------------------------------
    accts = []
    aid = 0
    for c in custs:
        cid, seg, bid = c[0], c[4], c[5]
        since = dt.date.fromisoformat(c[7])
        types = ["checking"]
        if rng.random() < (0.75 if seg in ("affluent", "private") else 0.45):
            types.append("savings")
        if rng.random() < (0.35 if seg != "student" else 0.15):
            types.append("credit_card")
        if rng.random() < 0.08:
            types.append("savings")
        for t in types:
            aid += 1
            opened = since if t == "checking" else rdate(rng, since, max(since, END - dt.timedelta(days=30)))
            closed = None
            if rng.random() < 0.12:
                cd = opened + dt.timedelta(days=rng.randint(60, 1500))
                if dt.date(2022, 1, 1) <= cd <= END:
                    closed = cd.isoformat()
            limit = None
            rate = None
            if t == "credit_card":
                limit = float(rng.choice([1000, 2500, 5000, 7500, 10000, 15000, 25000] if seg != "student" else [500, 1000, 1500]))
                rate = round(rng.uniform(17.9, 27.9), 2)
            elif t == "savings":
                y = max(opened.year, 2022)
                rate = round({2022: 0.6, 2023: 3.2, 2024: 4.1}.get(y, 0.5) + rng.uniform(-0.3, 0.6), 2)
            accts.append((aid, cid, bid, t, opened.isoformat(), closed, limit, rate))
    con.executemany("INSERT INTO accounts VALUES (?,?,?,?,?,?,?,?)", accts)

    # ---- transactions ----------------------------------------------------
    txns = []
    tid = 0
    days = (END - START).days + 1
    for a in accts:
        aid, cid, bid, t = a[0], a[1], a[2], a[3]
        o = max(dt.date.fromisoformat(a[4]), START)
        c = dt.date.fromisoformat(a[5]) if a[5] else END
        if c < o:
            continue
        span = (c - o).days + 1
        rate = {"checking": 1 / 40.0, "savings": 1 / 140.0, "credit_card": 1 / 45.0}[t]
        n = int(span * rate * rng.uniform(0.5, 1.5))
        for _ in range(n):
            day = o + dt.timedelta(days=rng.randint(0, span - 1))
            if rng.random() > season(day) / 1.35:
                continue
            if t == "checking":
                kind = wchoice(rng, [("deposit", 25), ("withdrawal", 22), ("transfer", 15), ("fee", 5), ("purchase", 33)])
            elif t == "savings":
                kind = wchoice(rng, [("deposit", 55), ("withdrawal", 20), ("transfer", 25)])
            else:
                kind = wchoice(rng, [("purchase", 88), ("fee", 7), ("transfer", 5)])
            # channel mix: mobile grows each year
            yi = day.year - 2022
            if kind == "withdrawal":
                ch = wchoice(rng, [("atm", 70 - 8 * yi), ("branch", 20 - 3 * yi), ("mobile", 5 + 8 * yi), ("online", 5 + 3 * yi)])
            elif kind == "fee":
                ch = "online"
            elif kind == "purchase":
                ch = wchoice(rng, [("online", 45), ("mobile", 20 + 18 * yi), ("branch", 0.1), ("atm", 0.1)])
                ch = "online" if ch in ("branch", "atm") else ch
            else:
                ch = wchoice(rng, [("branch", 30 - 8 * yi), ("online", 35), ("mobile", 20 + 15 * yi), ("atm", 15 - 3 * yi)])
            merch = None
            if kind == "purchase":
                merch = wchoice(rng, MERCH)
                if day.month in (6, 7, 8) and rng.random() < 0.15:
                    merch = "travel"
                amt = {"groceries": 65, "dining": 45, "fuel": 50, "utilities": 120, "travel": 420,
                       "electronics": 300, "entertainment": 40}[merch] * rng.lognormvariate(0, 0.5)
            elif kind == "fee":
                amt = rng.choice([2.5, 5.0, 12.0, 15.0, 35.0])
            elif kind == "deposit":
                amt = rng.lognormvariate(6.6, 0.9)
            elif kind == "withdrawal":
                amt = rng.choice([20, 40, 60, 80, 100, 200, 300, 500]) * 1.0 if ch == "atm" else rng.lognormvariate(5.5, 0.8)
            else:
                amt = rng.lognormvariate(6.0, 1.0)
            ts = f"{day.isoformat()} {rng.randint(6, 22):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"
            tid += 1
            txns.append((tid, aid, ts, kind, round(amt, 2), ch, merch))
        # outlier: March 2023 fee incident (duplicate maintenance fees charged overnight)
        if t == "checking" and o <= dt.date(2023, 3, 31) and c >= dt.date(2023, 3, 1) and rng.random() < 0.6:
            day = dt.date(2023, 3, rng.randint(1, 31))
            tid += 1
            txns.append((tid, aid, f"{day.isoformat()} 02:{rng.randint(0, 59):02d}:00", "fee", 12.0, "online", None))
    txns.sort(key=lambda r: r[2])
    txns = [(i + 1,) + r[1:] for i, r in enumerate(txns)]
    con.executemany("INSERT INTO txns VALUES (?,?,?,?,?,?,?)", txns)

    # ---- loans and payments ---------------------------------------------
    loans = []
    pmts = []
    lid = 0
    pid = 0
    for c in custs:
        cid, seg, bid = c[0], c[4], c[5]
        p = {"mass": 0.22, "affluent": 0.35, "private": 0.4, "student": 0.3}[seg]
        if rng.random() >= p:
            continue
        since = dt.date.fromisoformat(c[7])
        for _ in range(1 if rng.random() < 0.85 else 2):
            lt = "student" if seg == "student" else wchoice(rng, [("mortgage", 20), ("auto", 35), ("personal", 45)])
            disb = rdate(rng, max(since, dt.date(2019, 1, 1)), dt.date(2024, 11, 30))
            if lt == "mortgage":
                principal = round(rng.uniform(120000, 650000), -3); term = rng.choice([180, 240, 360])
                base = {2019: 4.0, 2020: 3.1, 2021: 3.0, 2022: 5.2, 2023: 6.8, 2024: 6.6}[disb.year]
            elif lt == "auto":
                principal = round(rng.uniform(8000, 55000), -2); term = rng.choice([36, 48, 60, 72])
                base = {2019: 5.0, 2020: 4.6, 2021: 4.4, 2022: 6.0, 2023: 7.8, 2024: 7.5}[disb.year]
            elif lt == "personal":
                principal = round(rng.uniform(1500, 30000), -2); term = rng.choice([12, 24, 36, 48, 60])
                base = {2019: 9.5, 2020: 9.0, 2021: 9.0, 2022: 10.5, 2023: 12.5, 2024: 12.0}[disb.year]
            else:
                principal = round(rng.uniform(3000, 40000), -2); term = rng.choice([60, 120])
                base = {2019: 4.5, 2020: 4.2, 2021: 4.0, 2022: 4.9, 2023: 5.5, 2024: 5.5}[disb.year]
            rate = round(base + rng.uniform(-0.5, 1.5), 2)
            # term date / payoff
            status = "current"
            paid_off = None
            r = rng.random()
            default_p = 0.1 if bid == WEAK_BRANCH else 0.035
            full_end = disb + dt.timedelta(days=int(term * 30.4))
            if full_end <= END and r < 0.9:
                status, paid_off = "paid_off", full_end
            elif r < 0.14 and lt != "mortgage":
                po = disb + dt.timedelta(days=rng.randint(180, 900))
                if dt.date(2022, 1, 1) <= po <= END:
                    status, paid_off = "paid_off", po
            elif r > 1 - default_p:
                status = "defaulted"
            lid += 1
            loans.append((lid, cid, bid, lt, principal, rate, term, status, disb.isoformat(),
                          paid_off.isoformat() if paid_off else None))
            mr = rate / 1200.0
            inst = round(principal * mr / (1 - (1 + mr) ** -term), 2)
            stop = paid_off or END
            if status == "defaulted":
                stop = min(END, disb + dt.timedelta(days=rng.randint(200, 700)))
            late_p = 0.16 if bid == WEAK_BRANCH else 0.06
            if lt == "personal":
                late_p += 0.04
            k = 1
            while True:
                m = disb.month - 1 + k
                due = dt.date(disb.year + m // 12, m % 12 + 1, min(disb.day, 28))
                if due > stop or due > END:
                    break
                k += 1
                if due < START:
                    continue
                lp = late_p * (1.5 if due.month == 1 else 1.0) * (3 if status == "defaulted" else 1)
                if rng.random() < lp:
                    paid = due + dt.timedelta(days=rng.randint(1, 40))
                    fee = float(rng.choice([25, 35, 50])) if rng.random() < 0.97 else 0.0
                    late = 1
                else:
                    paid = due - dt.timedelta(days=rng.randint(0, 6))
                    fee = None
                    late = 0
                if paid > END:
                    continue
                pid += 1
                pmts.append((pid, lid, due.isoformat(), paid.isoformat(), inst, late, fee))
    con.executemany("INSERT INTO loans VALUES (?,?,?,?,?,?,?,?,?,?)", loans)
    con.executemany("INSERT INTO loan_pmts VALUES (?,?,?,?,?,?,?)", pmts)
    con.commit()
    con.close()


if __name__ == "__main__":
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "bank.sqlite")
    generate(out)
