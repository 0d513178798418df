#!/usr/bin/env python3
"""Generate builder.sqlite: a general construction contractor, 2022-01-01 .. 2024-12-31.

Deterministic: the same seed gives the same file on every run.
Usage: python3 gen_builder.py [OUTPUT_PATH]   (default: builder.sqlite next to this script)
"""
import datetime as dt
import math
import os
import random
import sqlite3
import sys

SEED = 4417
START = dt.date(2022, 1, 1)
END = dt.date(2024, 12, 31)

SCHEMA = """
CREATE TABLE clients (
    cust_id       INTEGER PRIMARY KEY,
    cust_name     TEXT NOT NULL UNIQUE,
    cust_type     TEXT NOT NULL,          -- residential, commercial, municipal, nonprofit
    region        TEXT NOT NULL,          -- North, South, East, West, Central
    since_dt      TEXT NOT NULL,          -- YYYY-MM-DD, first contract with us (may be before 2022)
    credit_limit_amt REAL                 -- USD; NULL = no credit limit set (prepay / public body)
);
CREATE TABLE employees (
    emp_id        INTEGER PRIMARY KEY,
    emp_name      TEXT NOT NULL,
    job_title     TEXT NOT NULL,          -- project manager, superintendent, estimator, operations director
    mgr_emp_id    INTEGER,                -- the employee's manager; NULL = top of the org chart
    hire_dt       TEXT NOT NULL,          -- YYYY-MM-DD (may be before 2022)
    term_dt       TEXT,                   -- YYYY-MM-DD left the company; NULL = still employed
    FOREIGN KEY (mgr_emp_id) REFERENCES employees(emp_id)
);
CREATE TABLE projects (
    proj_id       INTEGER PRIMARY KEY,
    proj_name     TEXT NOT NULL,
    cust_id       INTEGER NOT NULL,
    proj_type     TEXT NOT NULL,          -- new build, renovation, addition, tenant fit-out, roofing, civil
    proj_status   TEXT NOT NULL,          -- bidding, active, on hold, completed, cancelled
    pm_emp_id     INTEGER NOT NULL,       -- project manager (employees)
    super_emp_id  INTEGER,                -- site superintendent (employees); NULL = none assigned yet
    contract_amt  REAL NOT NULL,          -- USD, original contract value before change orders
    bid_dt        TEXT NOT NULL,          -- YYYY-MM-DD bid submitted
    start_dt      TEXT,                   -- YYYY-MM-DD work started on site; NULL = not started
    planned_end_dt TEXT,                  -- YYYY-MM-DD scheduled completion; NULL = not scheduled yet
    actual_end_dt TEXT,                   -- YYYY-MM-DD substantial completion; NULL = not finished
    sq_ft         INTEGER,                -- floor area in square feet; NULL for civil/roofing-only jobs
    FOREIGN KEY (cust_id) REFERENCES clients(cust_id),
    FOREIGN KEY (pm_emp_id) REFERENCES employees(emp_id),
    FOREIGN KEY (super_emp_id) REFERENCES employees(emp_id)
);
CREATE TABLE subcontractors (
    sub_id        INTEGER PRIMARY KEY,
    sub_name      TEXT NOT NULL UNIQUE,
    trade         TEXT NOT NULL,          -- electrical, plumbing, HVAC, concrete, framing, roofing, drywall, painting, excavation
    is_union      INTEGER NOT NULL,       -- 1 = union shop, 0 = open shop
    insurance_exp_dt TEXT                 -- YYYY-MM-DD certificate of insurance expiry; NULL = no certificate on file
);
CREATE TABLE proj_subs (
    proj_sub_id   INTEGER PRIMARY KEY,
    proj_id       INTEGER NOT NULL,
    sub_id        INTEGER NOT NULL,
    award_dt      TEXT NOT NULL,          -- YYYY-MM-DD subcontract awarded
    subcontract_amt REAL NOT NULL,        -- USD
    FOREIGN KEY (proj_id) REFERENCES projects(proj_id),
    FOREIGN KEY (sub_id) REFERENCES subcontractors(sub_id)
);
CREATE TABLE change_orders (
    co_id         INTEGER PRIMARY KEY,
    proj_id       INTEGER NOT NULL,
    co_num        INTEGER NOT NULL,       -- 1, 2, 3 ... within the project
    reason        TEXT NOT NULL,          -- owner request, design error, unforeseen condition, code requirement, material cost
    co_status     TEXT NOT NULL,          -- pending, approved, rejected
    submitted_dt  TEXT NOT NULL,          -- YYYY-MM-DD
    approved_dt   TEXT,                   -- YYYY-MM-DD; NULL = not approved (pending or rejected)
    co_amt        REAL NOT NULL,          -- USD, change to the contract value (negative = credit to the client)
    days_added    INTEGER NOT NULL,       -- schedule extension requested, calendar days
    FOREIGN KEY (proj_id) REFERENCES projects(proj_id)
);
CREATE TABLE invoices (
    inv_id        INTEGER PRIMARY KEY,
    proj_id       INTEGER NOT NULL,
    inv_dt        TEXT NOT NULL,          -- YYYY-MM-DD issued (progress billing, monthly)
    due_dt        TEXT NOT NULL,          -- YYYY-MM-DD
    paid_dt       TEXT,                   -- YYYY-MM-DD paid in full; NULL = unpaid
    billed_amt    REAL NOT NULL,          -- USD, gross amount of work billed
    retainage_amt REAL NOT NULL,          -- USD withheld by the client until completion (part of billed_amt)
    FOREIGN KEY (proj_id) REFERENCES projects(proj_id)
);
CREATE TABLE inspections (
    insp_id       INTEGER PRIMARY KEY,
    proj_id       INTEGER NOT NULL,
    insp_type     TEXT NOT NULL,          -- footing, foundation, framing, electrical rough-in, plumbing rough-in, insulation, final
    sched_dt      TEXT NOT NULL,          -- YYYY-MM-DD scheduled
    result        TEXT,                   -- pass, fail, partial; NULL = not performed yet
    inspector     TEXT NOT NULL,          -- city inspector's name
    reinsp_of_id  INTEGER,                -- the failed inspection this one re-checks; NULL = first inspection
    FOREIGN KEY (proj_id) REFERENCES projects(proj_id),
    FOREIGN KEY (reinsp_of_id) REFERENCES inspections(insp_id)
);
CREATE INDEX ix_projects_cust ON projects(cust_id);
CREATE INDEX ix_ps_proj ON proj_subs(proj_id);
CREATE INDEX ix_co_proj ON change_orders(proj_id);
CREATE INDEX ix_inv_proj ON invoices(proj_id);
CREATE INDEX ix_insp_proj ON inspections(proj_id);
"""

REGIONS = [("North", 20), ("South", 22), ("East", 18), ("West", 25), ("Central", 15)]
CTYPES = [("residential", 50), ("commercial", 32), ("municipal", 10), ("nonprofit", 8)]
PTYPES = {
    "residential": [("renovation", 40), ("addition", 25), ("new build", 20), ("roofing", 15)],
    "commercial": [("tenant fit-out", 40), ("new build", 25), ("renovation", 20), ("roofing", 10), ("civil", 5)],
    "municipal": [("civil", 45), ("renovation", 25), ("new build", 20), ("roofing", 10)],
    "nonprofit": [("renovation", 45), ("new build", 25), ("addition", 20), ("roofing", 10)],
}
SIZE = {"renovation": 180000, "addition": 240000, "new build": 1400000, "roofing": 60000,
        "tenant fit-out": 420000, "civil": 900000}
DURATION = {"renovation": 90, "addition": 120, "new build": 330, "roofing": 25, "tenant fit-out": 100, "civil": 210}
TRADES = ["electrical", "plumbing", "HVAC", "concrete", "framing", "roofing", "drywall", "painting", "excavation"]
TRADE_NEED = {
    "renovation": ["electrical", "plumbing", "drywall", "painting", "framing"],
    "addition": ["concrete", "framing", "electrical", "plumbing", "roofing", "drywall", "painting"],
    "new build": TRADES,
    "roofing": ["roofing"],
    "tenant fit-out": ["electrical", "HVAC", "drywall", "painting", "plumbing"],
    "civil": ["excavation", "concrete"],
}
INSP_SEQ = {
    "renovation": ["framing", "electrical rough-in", "plumbing rough-in", "final"],
    "addition": ["footing", "foundation", "framing", "electrical rough-in", "insulation", "final"],
    "new build": ["footing", "foundation", "framing", "electrical rough-in", "plumbing rough-in", "insulation", "final"],
    "roofing": ["final"],
    "tenant fit-out": ["framing", "electrical rough-in", "insulation", "final"],
    "civil": ["footing", "foundation", "final"],
}
FAIL_P = {"footing": 0.08, "foundation": 0.10, "framing": 0.16, "electrical rough-in": 0.22,
          "plumbing rough-in": 0.18, "insulation": 0.09, "final": 0.14}
INSPECTORS = ["R. Alvarez", "D. Okonkwo", "S. Brennan", "M. Takahashi", "L. Novak", "P. Haddad",
              "J. Whitfield", "K. Lindgren", "T. Osei", "A. Marchetti", "B. Kowalski", "N. Ferreira"]
HARSH = {"D. Okonkwo": 1.8, "L. Novak": 1.5, "A. Marchetti": 0.6}
FIRST = ["Jim", "Maria", "Tom", "Linda", "Dave", "Rosa", "Mike", "Karen", "Steve", "Angela", "Raj", "Mei",
         "Carlos", "Denise", "Paul", "Tanya", "Greg", "Nina", "Omar", "Heidi", "Frank", "Lucy", "Sean", "Irene"]
LAST = ["Kowalczyk", "Reyes", "Dunn", "Park", "O'Brien", "Nakamura", "Hughes", "Castillo", "Byrne",
        "Schultz", "Mensah", "Varga", "Delgado", "Price", "Sorensen", "Whitaker", "Abbott", "Quinn"]
CO_WORDS = ["Harbor", "Summit", "Ridge", "Lakeview", "Pine", "Granite", "Oak", "Meadow", "River", "Elm",
            "Cedar", "Sterling", "Birch", "Bayside", "Hillcrest", "Valley", "Prairie", "Maple", "Stone", "Crown"]
CO_SUFFIX = {"residential": ["Residence", "Home", "Household"],
             "commercial": ["Holdings LLC", "Properties", "Retail Group", "Partners", "Ventures", "Medical Group", "Logistics"],
             "municipal": ["City Parks Dept", "Public Works", "School District", "Water Authority"],
             "nonprofit": ["Community Center", "Foundation", "Church", "Housing Trust"]}
# starts per month: fewer in winter, more in spring/summer
SEASON = {1: 0.55, 2: 0.65, 3: 1.0, 4: 1.25, 5: 1.35, 6: 1.3, 7: 1.2, 8: 1.15, 9: 1.1, 10: 0.95, 11: 0.7, 12: 0.5}
LUMBER_SPIKE = (2022, 5)      # material-cost change orders surge (lumber spike)
ICE_MONTH = (2023, 2)         # ice storm: inspection failures and delays


def wchoice(rng, pairs):
    return rng.choices([p[0] for p in pairs], weights=[p[1] for p in pairs], k=1)[0]


def ds(d):
    return d.strftime("%Y-%m-%d")


def rdate(rng, a, b):
    return a + dt.timedelta(days=rng.randrange((b - a).days + 1))


def add_months(d, n):
    y = d.year + (d.month - 1 + n) // 12
    m = (d.month - 1 + n) % 12 + 1
    return dt.date(y, m, min(d.day, 28))


def generate(path):
    rng = random.Random(SEED)
    tmp = path + ".tmp"
    if os.path.exists(tmp):
        os.remove(tmp)
    con = sqlite3.connect(tmp)
    con.execute("PRAGMA journal_mode=OFF")
    con.execute("PRAGMA synchronous=OFF")
    con.executescript(SCHEMA)

    # ---- employees -----------------------------------------------------
    emps = []   # (id, name, title, mgr, hire, term)
    used = set()

    def person():
        while True:
            n = rng.choice(FIRST) + " " + rng.choice(LAST)
            if n not in used:
                used.add(n)
                return n
    emps.append([1, person(), "operations director", None, dt.date(2008, 3, 3), None])
    emps.append([2, person(), "operations director", 1, dt.date(2012, 6, 11), None])
    emps.append([3, person(), "operations director", 1, dt.date(2015, 1, 19), None])
    eid = 3
    for title, n in (("project manager", 55), ("superintendent", 70), ("estimator", 12)):
        for _ in range(n):
            eid += 1
            hire = rdate(rng, dt.date(2010, 1, 1), dt.date(2024, 6, 30))
            term = None
            if rng.random() < 0.22:
                lo = max(hire + dt.timedelta(days=200), START)
                if lo < dt.date(2024, 12, 1):
                    term = rdate(rng, lo, dt.date(2024, 12, 20))
            emps.append([eid, person(), title, rng.choice([1, 2, 3]) if title != "estimator" else 1, hire, term])
    for e in emps:
        con.execute("INSERT INTO employees VALUES (?,?,?,?,?,?)",
                    (e[0], e[1], e[2], e[3], ds(e[4]), ds(e[5]) if e[5] else None))

    def staff(title, day):
        c = [e for e in emps if e[2] == title and e[4] <= day and (e[5] is None or e[5] > day)]
        return c

    # ---- clients -------------------------------------------------------
    clients = []
    cnames = set()
    for cid in range(1, 3001):
        ct = wchoice(rng, CTYPES)
        while True:
            if ct == "residential":
                nm = rng.choice(LAST) + " " + rng.choice(CO_SUFFIX[ct]) + " " + str(rng.randint(10, 9999))
            else:
                nm = rng.choice(CO_WORDS) + " " + rng.choice(CO_WORDS) + " " + rng.choice(CO_SUFFIX[ct])
            if nm not in cnames:
                cnames.add(nm)
                break
        since = rdate(rng, dt.date(2012, 1, 1), dt.date(2024, 10, 31)) if rng.random() < 0.45 else rdate(rng, START, dt.date(2024, 10, 31))
        if ct in ("municipal",) or rng.random() < 0.1:
            lim = None
        else:
            lim = float(rng.choice([50000, 100000, 250000, 500000, 1000000, 2500000]) if ct != "residential" else rng.choice([25000, 50000, 100000, 250000]))
        reg = wchoice(rng, REGIONS)
        clients.append((cid, nm, ct, reg, since, lim))
        con.execute("INSERT INTO clients VALUES (?,?,?,?,?,?)", (cid, nm, ct, reg, ds(since), lim))

    # ---- subcontractors -------------------------------------------------
    subs = {t: [] for t in TRADES}
    sid = 0
    snames = set()
    for t in TRADES:
        for _ in range(rng.randint(8, 16)):
            sid += 1
            while True:
                nm = rng.choice(CO_WORDS) + " " + {"electrical": "Electric", "plumbing": "Plumbing", "HVAC": "Mechanical",
                                                    "concrete": "Concrete", "framing": "Framing", "roofing": "Roofing",
                                                    "drywall": "Drywall", "painting": "Painting", "excavation": "Excavating"}[t]
                nm += rng.choice([" Inc", " Co", " LLC", " & Sons", ""])
                if nm not in snames:
                    snames.add(nm)
                    break
            union = 1 if rng.random() < 0.35 else 0
            ins = None if rng.random() < 0.08 else ds(rdate(rng, dt.date(2024, 3, 1), dt.date(2026, 6, 30)))
            con.execute("INSERT INTO subcontractors VALUES (?,?,?,?,?)", (sid, nm, t, union, ins))
            subs[t].append((sid, rng.uniform(0.85, 1.2)))

    # ---- projects and everything under them --------------------------------
    proj_rows, ps_rows, co_rows, inv_rows, insp_rows = [], [], [], [], []
    pid = psid = coid = invid = inspid = 0
    month = dt.date(2022, 1, 1)
    midx = 0
    while month <= dt.date(2024, 12, 1):
        lam = 130 * SEASON[month.month] * (1 + 0.008 * midx)
        n = int(lam * rng.uniform(0.9, 1.1))
        for _ in range(n):
            pid += 1
            cl = rng.choice(clients) if rng.random() < 0.6 else rng.choice(clients[:1200])
            ct = cl[2]
            # commercial tenant fit-outs are a growing line of business
            if ct == "commercial" and rng.random() < 0.15 * midx / 35:
                pt = "tenant fit-out"
            else:
                pt = wchoice(rng, PTYPES[ct])
            bid = month + dt.timedelta(days=rng.randrange(28))
            amt = round(SIZE[pt] * math.exp(rng.gauss(0, 0.55)) * (1.12 if ct == "municipal" else 1.0), -2)
            sqft = None if pt in ("civil", "roofing") else int(amt / rng.uniform(120, 320))
            pm = rng.choice(staff("project manager", bid))[0]
            # outcome
            r = rng.random()
            start = planned = actual = None
            sup = None
            dur = int(DURATION[pt] * math.exp(rng.gauss(0, 0.25)) * (amt / SIZE[pt]) ** 0.3)
            start_c = bid + dt.timedelta(days=rng.randint(20, 75))
            if r < 0.08:
                status = "cancelled"
                if rng.random() < 0.4 and start_c <= END:
                    start = start_c
                    planned = start + dt.timedelta(days=dur)
            elif start_c > END:
                status = "bidding" if rng.random() < 0.6 else "active"
                if status == "active":
                    if bid < END - dt.timedelta(days=6):
                        start = rdate(rng, bid + dt.timedelta(days=5), END)
                        planned = start + dt.timedelta(days=dur)
                    else:
                        status = "bidding"
                if status == "bidding" and rng.random() < 0.5:
                    planned = start_c + dt.timedelta(days=dur)
            else:
                start = start_c
                planned = start + dt.timedelta(days=dur)
                slip = max(-10, int(rng.gauss(0.12, 0.2) * dur))
                if pt in ("new build", "civil"):
                    slip += int(0.1 * dur)
                fin = planned + dt.timedelta(days=slip)
                if rng.random() < 0.04:
                    status = "on hold"
                elif fin <= END:
                    status = "completed"
                    actual = fin
                else:
                    status = "active"
            if start is not None or (status == "bidding" and rng.random() < 0.3):
                cand = staff("superintendent", start or bid)
                sup = rng.choice(cand)[0] if cand else None
            proj_rows.append((pid, "%s %s" % (cl[1].split(" ")[0], {"new build": "New Build", "renovation": "Renovation",
                              "addition": "Addition", "tenant fit-out": "Fit-Out", "roofing": "Reroof", "civil": "Sitework"}[pt]) + " #%d" % pid,
                              cl[0], pt, status, pm, sup, amt, ds(bid), ds(start) if start else None,
                              ds(planned) if planned else None, ds(actual) if actual else None, sqft))
            if start is None:
                continue
            end_work = actual or (END if status == "active" else min(END, start + dt.timedelta(days=max(30, dur // 3))))
            # subcontracts
            for t in TRADE_NEED[pt]:
                if rng.random() < 0.85:
                    s = rng.choices(subs[t], weights=[x[1] for x in subs[t]], k=1)[0]
                    psid += 1
                    aw = min(END, start + dt.timedelta(days=rng.randint(-15, max(1, dur // 2))))
                    ps_rows.append((psid, pid, s[0], ds(aw), round(amt * rng.uniform(0.05, 0.2) * s[1], 2)))
            # change orders
            nco = int(rng.expovariate(1.0) * (1 + dur / 150.0))
            if pt == "renovation":
                nco += rng.choice([0, 1, 1])
            for k in range(1, nco + 1):
                sub_dt = start + dt.timedelta(days=rng.randint(5, max(6, dur)))
                if sub_dt > END:
                    break
                if (sub_dt.year, sub_dt.month) == LUMBER_SPIKE or (sub_dt.year == 2022 and sub_dt.month in (4, 6) and rng.random() < 0.5):
                    reason = "material cost" if rng.random() < 0.7 else wchoice(rng, [("owner request", 40), ("unforeseen condition", 25), ("design error", 15), ("code requirement", 10)])
                else:
                    reason = wchoice(rng, [("owner request", 42), ("unforeseen condition", 24 + (12 if pt == "renovation" else 0)),
                                           ("design error", 15), ("code requirement", 10), ("material cost", 6)])
                camt = round(amt * rng.uniform(0.005, 0.06) * (1.6 if reason == "unforeseen condition" else 1.0), 2)
                if reason == "owner request" and rng.random() < 0.12:
                    camt = -round(camt * 0.5, 2)
                days = max(0, int(rng.gauss(6, 8))) if reason != "material cost" else 0
                st = wchoice(rng, [("approved", 78), ("rejected", 12), ("pending", 10)])
                appr = None
                if st == "approved":
                    a = sub_dt + dt.timedelta(days=int(rng.expovariate(1 / 12.0)) + 1 + (10 if ct == "municipal" else 0))
                    if a > END:
                        st = "pending"
                    else:
                        appr = a
                elif st == "pending" and sub_dt < dt.date(2024, 9, 1) and rng.random() < 0.7:
                    st = "rejected"
                coid += 1
                co_rows.append((coid, pid, k, reason, st, ds(sub_dt), ds(appr) if appr else None, camt, days))
            # invoices: monthly progress billing
            billed_total = 0.0
            d = add_months(dt.date(start.year, start.month, 25), 1)
            months = max(1, (end_work.year - start.year) * 12 + end_work.month - start.month + 1)
            per = amt / max(1, (dur / 30.0))
            while d <= END and (d <= end_work + dt.timedelta(days=31)):
                b = round(per * rng.uniform(0.6, 1.4), 2)
                if billed_total + b > amt * 1.05:
                    b = round(max(0.0, amt * 1.05 - billed_total), 2)
                if b <= 0:
                    break
                billed_total += b
                ret = round(b * (0.05 if ct != "municipal" else 0.10), 2)
                due = d + dt.timedelta(days=30 if ct != "municipal" else 45)
                lag = rng.gauss(28 if ct != "municipal" else 52, 12)
                if ct == "residential" and rng.random() < 0.06:
                    lag += rng.uniform(40, 150)
                paid = d + dt.timedelta(days=max(3, int(lag)))
                if rng.random() < 0.02 or paid > END:
                    paid = None
                invid += 1
                inv_rows.append((invid, pid, ds(d), ds(due), ds(paid) if paid else None, b, ret))
                d = add_months(d, 1)
            # inspections
            seq = INSP_SEQ[pt]
            span = ((actual or planned) - start).days
            for i, it in enumerate(seq):
                sd = start + dt.timedelta(days=int(span * (i + 1) / (len(seq) + 0.3)) + rng.randint(-3, 3))
                if it == "final" and actual:
                    sd = actual - dt.timedelta(days=rng.randint(1, 10))
                if sd > END:
                    break
                if status in ("cancelled", "on hold") and sd > end_work:
                    break
                prev = None
                for attempt in range(4):
                    if sd > END:
                        break
                    insp = rng.choice(INSPECTORS)
                    fp = FAIL_P[it] * HARSH.get(insp, 1.0) * (2.2 if (sd.year, sd.month) == ICE_MONTH else 1.0)
                    fp *= 1.25 if sd.month in (12, 1, 2) else 1.0
                    if attempt:
                        fp *= 0.45
                    if sd > END - dt.timedelta(days=10) and rng.random() < 0.7:
                        res = None
                    else:
                        x = rng.random()
                        res = "fail" if x < fp else ("partial" if x < fp + 0.05 else "pass")
                    inspid += 1
                    insp_rows.append((inspid, pid, it, ds(sd), res, insp, prev))
                    if res in ("fail", "partial"):
                        prev = inspid
                        sd = sd + dt.timedelta(days=rng.randint(3, 15))
                    else:
                        break
        month = add_months(month, 1)
        midx += 1

    con.executemany("INSERT INTO projects VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)", proj_rows)
    con.executemany("INSERT INTO proj_subs VALUES (?,?,?,?,?)", ps_rows)
    con.executemany("INSERT INTO change_orders VALUES (?,?,?,?,?,?,?,?,?)", co_rows)
    con.executemany("INSERT INTO invoices VALUES (?,?,?,?,?,?,?)", inv_rows)
    con.executemany("INSERT INTO inspections VALUES (?,?,?,?,?,?,?)", insp_rows)
    con.commit()
    con.execute("VACUUM")
    con.close()
    os.replace(tmp, path)


if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "builder.sqlite")
    generate(out)
