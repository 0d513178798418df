#!/usr/bin/env python3
"""Generate hr.sqlite: the HR system of a mid-size software company, 2022-01-01 .. 2024-12-31.

Departments, jobs, employees (with a manager self-reference, hire and termination dates),
salary history, yearly performance reviews and leave requests.
The export holds everyone employed at some point since 2022-01-01.
Deterministic: the same seed gives the same file on every run.
Usage: python3 gen_hr.py [OUTPUT_PATH]   (default: hr.sqlite next to this script)
"""
import datetime as dt
import math
import os
import random
import sqlite3
import sys

SEED = 4242031
START = dt.date(2022, 1, 1)
END = dt.date(2024, 12, 31)

SCHEMA = """
CREATE TABLE departments (
    id            INTEGER PRIMARY KEY,
    name          TEXT NOT NULL UNIQUE,
    cost_center   TEXT NOT NULL UNIQUE,   -- e.g. CC-110
    annual_budget REAL NOT NULL           -- USD, 2024 budget
);
CREATE TABLE jobs (
    id         INTEGER PRIMARY KEY,
    title      TEXT NOT NULL UNIQUE,
    level      TEXT NOT NULL,             -- entry, mid, senior, manager, director, executive
    min_salary REAL NOT NULL,             -- USD per year, pay band
    max_salary REAL NOT NULL
);
CREATE TABLE employees (
    id                 INTEGER PRIMARY KEY,
    first_name         TEXT NOT NULL,
    last_name          TEXT NOT NULL,
    email              TEXT NOT NULL UNIQUE,
    gender             TEXT NOT NULL,     -- F, M, X
    birth_date         TEXT NOT NULL,     -- YYYY-MM-DD
    department_id      INTEGER NOT NULL,
    job_id             INTEGER NOT NULL,  -- current job
    manager_id         INTEGER,           -- NULL for the CEO
    office             TEXT NOT NULL,     -- New York, Austin, Chicago, London, Remote
    employment_type    TEXT NOT NULL,     -- full_time, part_time, contractor
    hire_date          TEXT NOT NULL,     -- YYYY-MM-DD
    termination_date   TEXT,              -- YYYY-MM-DD; NULL while still employed
    termination_reason TEXT,              -- resignation, layoff, dismissal, retirement; NULL while employed
    FOREIGN KEY (department_id) REFERENCES departments(id),
    FOREIGN KEY (job_id) REFERENCES jobs(id),
    FOREIGN KEY (manager_id) REFERENCES employees(id)
);
CREATE TABLE salaries (
    id             INTEGER PRIMARY KEY,
    employee_id    INTEGER NOT NULL,
    annual_salary  REAL NOT NULL,         -- USD
    effective_from TEXT NOT NULL,         -- YYYY-MM-DD
    effective_to   TEXT,                  -- YYYY-MM-DD, last day; NULL for the current salary of a current employee
    FOREIGN KEY (employee_id) REFERENCES employees(id)
);
CREATE TABLE performance_reviews (
    id           INTEGER PRIMARY KEY,
    employee_id  INTEGER NOT NULL,
    reviewer_id  INTEGER NOT NULL,
    review_year  INTEGER NOT NULL,
    rating       INTEGER CHECK (rating BETWEEN 1 AND 5),  -- NULL until the review is submitted
    submitted_on TEXT,                    -- YYYY-MM-DD; NULL until submitted
    FOREIGN KEY (employee_id) REFERENCES employees(id),
    FOREIGN KEY (reviewer_id) REFERENCES employees(id)
);
CREATE TABLE leave_requests (
    id            INTEGER PRIMARY KEY,
    employee_id   INTEGER NOT NULL,
    leave_type    TEXT NOT NULL,          -- vacation, sick, parental, unpaid
    requested_on  TEXT NOT NULL,          -- YYYY-MM-DD
    start_date    TEXT NOT NULL,          -- YYYY-MM-DD
    end_date      TEXT NOT NULL,          -- YYYY-MM-DD, inclusive
    business_days INTEGER NOT NULL,       -- working days taken
    status        TEXT NOT NULL,          -- approved, rejected, pending
    FOREIGN KEY (employee_id) REFERENCES employees(id)
);
CREATE INDEX idx_employees_department ON employees(department_id);
CREATE INDEX idx_employees_manager ON employees(manager_id);
CREATE INDEX idx_salaries_employee ON salaries(employee_id);
CREATE INDEX idx_reviews_employee ON performance_reviews(employee_id);
CREATE INDEX idx_leave_employee ON leave_requests(employee_id);
"""

# name, cost center, budget, headcount weight, pay multiplier
DEPARTMENTS = [
    ("Executive", "CC-100", 4200000.0, 0, 1.0),
    ("Engineering", "CC-110", 61000000.0, 36, 1.12),
    ("Product", "CC-120", 9800000.0, 7, 1.08),
    ("Sales", "CC-200", 24500000.0, 18, 0.98),
    ("Marketing", "CC-210", 8900000.0, 8, 0.95),
    ("Customer Support", "CC-300", 9400000.0, 14, 0.78),
    ("Finance", "CC-400", 5600000.0, 5, 1.0),
    ("Human Resources", "CC-410", 3900000.0, 4, 0.92),
    ("Legal", "CC-420", 3100000.0, 2, 1.15),
]
# (title, level, min, max) ; ladders per department: entry, mid, senior, manager, director
JOBS = [
    ("Chief Executive Officer", "executive", 300000, 450000),
    ("Software Engineer I", "entry", 85000, 115000),
    ("Software Engineer II", "mid", 110000, 145000),
    ("Senior Software Engineer", "senior", 140000, 190000),
    ("Engineering Manager", "manager", 170000, 220000),
    ("VP of Engineering", "director", 230000, 300000),
    ("Associate Product Manager", "entry", 90000, 115000),
    ("Product Manager", "mid", 115000, 150000),
    ("Senior Product Manager", "senior", 145000, 185000),
    ("Group Product Manager", "manager", 175000, 215000),
    ("VP of Product", "director", 220000, 280000),
    ("Sales Development Representative", "entry", 50000, 70000),
    ("Account Executive", "mid", 70000, 100000),
    ("Senior Account Executive", "senior", 95000, 130000),
    ("Sales Manager", "manager", 125000, 160000),
    ("VP of Sales", "director", 190000, 250000),
    ("Marketing Coordinator", "entry", 52000, 68000),
    ("Marketing Specialist", "mid", 66000, 88000),
    ("Senior Marketing Specialist", "senior", 85000, 110000),
    ("Marketing Manager", "manager", 110000, 140000),
    ("VP of Marketing", "director", 180000, 230000),
    ("Support Agent", "entry", 42000, 55000),
    ("Support Specialist", "mid", 52000, 66000),
    ("Senior Support Specialist", "senior", 62000, 78000),
    ("Support Manager", "manager", 80000, 100000),
    ("Director of Support", "director", 130000, 165000),
    ("Accountant", "entry", 60000, 78000),
    ("Financial Analyst", "mid", 75000, 98000),
    ("Senior Financial Analyst", "senior", 95000, 125000),
    ("Finance Manager", "manager", 120000, 150000),
    ("Chief Financial Officer", "director", 220000, 300000),
    ("HR Coordinator", "entry", 50000, 64000),
    ("HR Generalist", "mid", 62000, 80000),
    ("HR Business Partner", "senior", 80000, 105000),
    ("HR Manager", "manager", 100000, 130000),
    ("Chief People Officer", "director", 190000, 250000),
    ("Paralegal", "entry", 58000, 75000),
    ("Corporate Counsel", "mid", 130000, 170000),
    ("Senior Corporate Counsel", "senior", 165000, 210000),
    ("Legal Manager", "manager", 180000, 225000),
    ("General Counsel", "director", 240000, 320000),
]
LADDER = {   # job ids (JOBS is 1-based; id 1 is the CEO)
    "Engineering": [2, 3, 4, 5, 6], "Product": [7, 8, 9, 10, 11], "Sales": [12, 13, 14, 15, 16],
    "Marketing": [17, 18, 19, 20, 21], "Customer Support": [22, 23, 24, 25, 26],
    "Finance": [27, 28, 29, 30, 31], "Human Resources": [32, 33, 34, 35, 36], "Legal": [37, 38, 39, 40, 41],
}
OFFICES = [("New York", 34), ("Austin", 24), ("Chicago", 14), ("London", 12), ("Remote", 16)]
FIRST_F = ["Abigail", "Bianca", "Camila", "Daphne", "Eleanor", "Frida", "Gwen", "Helena", "Imogen",
           "Jada", "Kira", "Lucia", "Maya", "Nadia", "Olga", "Paige", "Renata", "Selma", "Tessa",
           "Valeria", "Wren", "Yasmin", "Zoe", "Aurora", "Bethany", "Celine", "Dalia", "Esther"]
FIRST_M = ["Aaron", "Bastian", "Caleb", "Dmitri", "Elliot", "Fabian", "Grant", "Hector", "Idris",
           "Joel", "Kai", "Leon", "Milo", "Nico", "Owen", "Rafael", "Soren", "Tobias", "Vikram",
           "Wyatt", "Yosef", "Zachary", "Anders", "Bennett", "Colin", "Dario", "Emeka", "Farid"]
FIRST_X = ["Alex", "Jordan", "Riley", "Sam", "Quinn", "Rowan", "Avery", "Sasha"]
LAST = ["Ahmed", "Becker", "Carvalho", "Donovan", "Eklund", "Fitzgerald", "Gallagher", "Haddad",
        "Ivanova", "Jaramillo", "Kovacs", "Laine", "Moretti", "Nakamura", "Olsen", "Pereira",
        "Rahman", "Salazar", "Takahashi", "Ueda", "Valdez", "Wojcik", "Yilmaz", "Zhang", "Bauer",
        "Coulter", "Dimitrov", "Engel", "Forsberg", "Gonzaga", "Hughes", "Ishikawa", "Jovanovic",
        "Keller", "Lindholm", "Mahoney", "Nyberg", "Osei", "Pham", "Reinholt", "Stavros", "Tierney"]
LEVEL_W = [40, 32, 18, 8, 0]   # share of entry, mid, senior, manager among non-directors
LAYOFF_DAY = dt.date(2023, 3, 15)


def wchoice(rng, pairs):
    return rng.choices([p[0] for p in pairs], weights=[p[1] for p in pairs], k=1)[0]


def rand_day(rng, a, b):
    return a + dt.timedelta(days=rng.randrange((b - a).days + 1))


def busdays(a, b):
    n = 0
    x = a
    while x <= b:
        if x.weekday() < 5:
            n += 1
        x += dt.timedelta(days=1)
    return n


def generate(path):
    rng = random.Random(SEED)
    tmp = path + ".tmp"
    if os.path.exists(tmp):
        os.remove(tmp)
    con = sqlite3.connect(tmp)
    con.execute("PRAGMA journal_mode=OFF")
    con.execute("PRAGMA synchronous=OFF")
    con.executescript(SCHEMA)

    emps = []          # dicts
    used_emails = set()

    def new_emp(dept_id, job_id, manager, hire, office=None, etype=None):
        g = wchoice(rng, [("F", 45), ("M", 52), ("X", 3)])
        fn = rng.choice(FIRST_F if g == "F" else FIRST_M if g == "M" else FIRST_X)
        ln = rng.choice(LAST)
        base = (fn + "." + ln).lower()
        email = base + "@northwind-soft.com"
        k = 2
        while email in used_emails:
            email = "%s%d@northwind-soft.com" % (base, k)
            k += 1
        used_emails.add(email)
        age_at_hire = max(21, min(63, int(rng.gauss(35, 9.5))))
        bd = hire - dt.timedelta(days=int(age_at_hire * 365.25) + rng.randrange(365))
        if office is None:
            office = wchoice(rng, OFFICES)
        if etype is None:
            etype = wchoice(rng, [("full_time", 86), ("part_time", 6), ("contractor", 8)])
        e = {"id": len(emps) + 1, "first": fn, "last": ln, "email": email, "gender": g,
             "birth": bd, "dept": dept_id, "job": job_id, "manager": manager, "office": office,
             "type": etype, "hire": hire, "term": None, "reason": None, "salaries": [],
             "perf": rng.gauss(0, 1)}
        emps.append(e)
        return e

    def start_salary(e, when):
        j = JOBS[e["job"] - 1]
        mult = DEPARTMENTS[e["dept"] - 1][4]
        lo, hi = j[2], j[3]
        s = lo + (hi - lo) * min(1.0, max(0.0, rng.uniform(0.1, 0.6) + 0.1 * e["perf"]))
        s *= (mult ** 0.25)
        if e["office"] == "London":
            s *= 0.9
        if e["type"] == "part_time":
            s *= 0.6
        # bands were about 3.5% a year lower in the past
        if j[1] != "executive":
            s *= 0.965 ** max(0, 2024 - when.year)
        return round(s / 100.0) * 100.0

    # ---- leadership ------------------------------------------------------
    ceo = new_emp(1, 1, None, dt.date(2011, 2, 7), office="New York", etype="full_time")
    directors = {}
    managers = {}
    for di, dep in enumerate(DEPARTMENTS[1:], start=2):
        name = dep[0]
        lad = LADDER[name]
        dr = new_emp(di, lad[4], ceo["id"], rand_day(rng, dt.date(2011, 6, 1), dt.date(2019, 12, 31)),
                     office=rng.choice(["New York", "Austin"]), etype="full_time")
        directors[name] = dr
        n_mgr = max(1, round(dep[3] / 2.5))
        managers[name] = []
        for _ in range(n_mgr):
            m = new_emp(di, lad[3], dr["id"], rand_day(rng, dt.date(2012, 1, 1), dt.date(2021, 6, 30)),
                        etype="full_time")
            managers[name].append(m)

    # ---- staff on 2022-01-01 -----------------------------------------------
    weights = [(dep[0], dep[3]) for dep in DEPARTMENTS[1:]]

    def add_staff(hire):
        dname = wchoice(rng, weights)
        di = [dep[0] for dep in DEPARTMENTS].index(dname) + 1
        lvl = rng.choices(range(3), weights=LEVEL_W[:3], k=1)[0]
        mgr = rng.choice(managers[dname])
        return new_emp(di, LADDER[dname][lvl], mgr["id"], hire)

    for _ in range(780):
        if rng.random() < 0.3:
            hire = rand_day(rng, dt.date(2012, 1, 1), dt.date(2018, 12, 31))
        else:
            hire = rand_day(rng, dt.date(2019, 1, 1), dt.date(2021, 12, 31))
        add_staff(hire)

    # ---- hires 2022-2024 ----------------------------------------------------
    hires_per_year = {2022: 260, 2023: 150, 2024: 210}
    for y, n in hires_per_year.items():
        for _ in range(n):
            while True:
                h = rand_day(rng, dt.date(y, 1, 1), dt.date(y, 12, 31))
                if h.weekday() == 0 or rng.random() < 0.25:     # most start on a Monday
                    if not (y == 2023 and dt.date(2023, 3, 1) <= h <= dt.date(2023, 5, 31) and rng.random() < 0.8):
                        break
            add_staff(h)

    # ---- terminations --------------------------------------------------------
    leaders = {ceo["id"]} | {d["id"] for d in directors.values()} | {m["id"] for ms in managers.values() for m in ms}
    # layoff on 2023-03-15: Sales, Marketing and Support bear the brunt
    pool = [e for e in emps if e["id"] not in leaders and e["hire"] < LAYOFF_DAY
            and DEPARTMENTS[e["dept"] - 1][0] in ("Sales", "Marketing", "Customer Support", "Product")]
    rng.shuffle(pool)
    for e in pool[:58]:
        e["term"] = LAYOFF_DAY
        e["reason"] = "layoff"
    for e in emps:
        if e["id"] in leaders or e["term"] is not None:
            continue
        annual = 0.11 * (1.5 if e["type"] == "contractor" else 1.0) * \
            (1.35 if DEPARTMENTS[e["dept"] - 1][0] in ("Customer Support", "Sales") else 1.0) * \
            (1.3 if e["perf"] < -1.0 else 1.0)
        day = max(e["hire"] + dt.timedelta(days=30), START)
        # yearly hazard walked in quarters
        q = day
        while q <= END:
            nxt = q + dt.timedelta(days=91)
            if rng.random() < annual / 4:
                t = rand_day(rng, q, min(END, nxt))
                if (t.month, t.day) == (12, 31):
                    t -= dt.timedelta(days=1)        # nobody's last day is New Year's Eve
                age = (t - e["birth"]).days / 365.25
                if age >= 57 and rng.random() < 0.85:
                    reason = "retirement"
                elif e["perf"] < -1.2 and rng.random() < 0.6:
                    reason = "dismissal"
                elif rng.random() < 0.08:
                    reason = "dismissal"
                else:
                    reason = "resignation"
                e["term"] = t
                e["reason"] = reason
                break
            q = nxt

    # ---- salaries and promotions ----------------------------------------------
    for e in emps:
        end = e["term"] or None
        hire = e["hire"]
        # reconstruct the starting job: some current seniors were promoted along the way
        cur = start_salary(e, hire)
        frm = hire
        rows = []
        y = hire.year
        while True:
            cycle = dt.date(y, 4, 1)
            if cycle <= hire + dt.timedelta(days=180):
                y += 1
                continue
            if cycle > END or (end is not None and cycle > end):
                break
            pct = max(0.0, rng.gauss(0.035 + 0.01 * e["perf"], 0.012))
            if y == 2023:
                pct *= 0.6          # tight year
            if rng.random() < 0.07 and e["id"] not in leaders:
                pct += rng.uniform(0.08, 0.14)    # promotion-sized adjustment
            if pct < 0.005:
                y += 1
                continue
            rows.append((cur, frm, cycle - dt.timedelta(days=1)))
            cur = round(cur * (1 + pct) / 100.0) * 100.0
            frm = cycle
            y += 1
        rows.append((cur, frm, end))
        e["salaries"] = rows

    # ---- performance reviews ----------------------------------------------------
    reviews = []
    for y in (2022, 2023, 2024):
        for e in emps:
            if e["manager"] is None:
                continue
            if e["hire"] > dt.date(y, 9, 30):
                continue
            if e["term"] is not None and e["term"] < dt.date(y, 12, 1):
                continue
            base = 3.3 + 0.6 * e["perf"] + rng.gauss(0, 0.6)
            rating = max(1, min(5, int(round(base))))
            sub = dt.date(y, 12, 1) + dt.timedelta(days=int(rng.uniform(0, 45)))
            if y == 2024 and (sub > END or rng.random() < 0.04):
                rating, sub = None, None
            reviews.append((e["id"], e["manager"], y, rating, sub.isoformat() if sub else None))

    # ---- leave requests -------------------------------------------------------------
    leaves = []
    for e in emps:
        if e["type"] == "contractor":
            continue
        a = max(e["hire"], START)
        b = min(e["term"] or END, END)
        if a >= b:
            continue
        span_years = (b - a).days / 365.25
        plans = []
        for _ in range(int(round(span_years * rng.uniform(2.5, 5.0)))):
            plans.append("vacation")
        for _ in range(int(round(span_years * rng.expovariate(1 / 1.6)))):
            plans.append("sick")
        if rng.random() < 0.05 * span_years and 25 <= (a - e["birth"]).days / 365.25 <= 45:
            plans.append("parental")
        if rng.random() < 0.04 * span_years:
            plans.append("unpaid")
        for lt in plans:
            for _try in range(5):
                s = rand_day(rng, a, b)
                if s.weekday() < 5:
                    break
            if lt == "vacation":
                n = rng.choice([1, 2, 3, 5, 5, 5, 8, 10, 10, 15])
                req = s - dt.timedelta(days=int(rng.uniform(7, 70)))
            elif lt == "sick":
                n = rng.choice([1, 1, 1, 2, 2, 3, 5])
                req = s
            elif lt == "parental":
                n = rng.choice([40, 60, 80])
                req = s - dt.timedelta(days=int(rng.uniform(30, 120)))
            else:
                n = rng.choice([3, 5, 10, 20])
                req = s - dt.timedelta(days=int(rng.uniform(14, 60)))
            # walk n business days
            x = s
            k = 1
            while k < n:
                x += dt.timedelta(days=1)
                if x.weekday() < 5:
                    k += 1
            if lt == "sick":
                status = "approved"
            else:
                r = rng.random()
                status = "approved" if r < 0.9 else "rejected"
                if s >= dt.date(2024, 12, 1) and rng.random() < 0.5:
                    status = "pending"
            if req > END:
                req = END
            leaves.append((e["id"], lt, req.isoformat(), s.isoformat(), x.isoformat(), busdays(s, x), status))
    leaves.sort(key=lambda r: (r[2], r[0], r[3]))

    # ---- write -------------------------------------------------------------------------
    con.executemany("INSERT INTO departments VALUES (?,?,?,?)",
                    [(i, d[0], d[1], d[2]) for i, d in enumerate(DEPARTMENTS, start=1)])
    con.executemany("INSERT INTO jobs VALUES (?,?,?,?,?)",
                    [(i, j[0], j[1], float(j[2]), float(j[3])) for i, j in enumerate(JOBS, start=1)])
    con.executemany("INSERT INTO employees VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                    [(e["id"], e["first"], e["last"], e["email"], e["gender"], e["birth"].isoformat(),
                      e["dept"], e["job"], e["manager"], e["office"], e["type"], e["hire"].isoformat(),
                      e["term"].isoformat() if e["term"] else None, e["reason"]) for e in emps])
    sal_rows = []
    for e in emps:
        for (amt, frm, to) in e["salaries"]:
            sal_rows.append((e["id"], amt, frm.isoformat(), to.isoformat() if to else None))
    sal_rows.sort(key=lambda r: (r[2], r[0]))
    con.executemany("INSERT INTO salaries VALUES (?,?,?,?,?)", [(i + 1,) + r for i, r in enumerate(sal_rows)])
    con.executemany("INSERT INTO performance_reviews VALUES (?,?,?,?,?,?)",
                    [(i + 1,) + r for i, r in enumerate(reviews)])
    con.executemany("INSERT INTO leave_requests VALUES (?,?,?,?,?,?,?,?)",
                    [(i + 1,) + r for i, r in enumerate(leaves)])
    con.commit()
    con.execute("VACUUM")
    con.close()
    os.replace(tmp, path)


if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "hr.sqlite")
    generate(out)
