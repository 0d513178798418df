#!/usr/bin/env python3
"""Generate insurer.sqlite: a US property & casualty / life insurer, 2022-01-01 .. 2024-12-31.

Deterministic: the same seed gives the same file on every run.
Usage: python3 gen_insurer.py [OUTPUT_PATH]   (default: insurer.sqlite next to this script)
"""
import datetime as dt
import math
import os
import random
import sqlite3
import sys

SEED = 4242024
START = dt.date(2022, 1, 1)
END = dt.date(2024, 12, 31)

SCHEMA = """
CREATE TABLE customers (
    id           INTEGER PRIMARY KEY,
    full_name    TEXT NOT NULL,
    birth_date   TEXT NOT NULL,           -- YYYY-MM-DD
    gender       TEXT NOT NULL,           -- F, M
    city         TEXT NOT NULL,
    state        TEXT NOT NULL,           -- two-letter US state code: CA, TX, FL, NY, IL, AZ, WA, GA, CO, MA
    segment      TEXT NOT NULL,           -- individual, small_business
    email        TEXT,                    -- NULL if no email address on file
    customer_since TEXT NOT NULL          -- YYYY-MM-DD, start date of the customer's first policy
);
CREATE TABLE agents (
    id             INTEGER PRIMARY KEY,
    full_name      TEXT NOT NULL,
    region         TEXT NOT NULL,         -- West, Southwest, Southeast, Northeast, Midwest
    title          TEXT NOT NULL,         -- regional director, team lead, agent
    manager_id     INTEGER,               -- agents.id of the agent's manager; NULL for regional directors (no manager)
    hired_on       TEXT NOT NULL,         -- YYYY-MM-DD
    left_on        TEXT,                  -- YYYY-MM-DD; NULL while still employed
    commission_pct REAL NOT NULL,         -- commission on first-year premium, percent (e.g. 12.5)
    FOREIGN KEY (manager_id) REFERENCES agents(id)
);
CREATE TABLE policies (
    id                 INTEGER PRIMARY KEY,
    policy_number      TEXT NOT NULL UNIQUE,
    customer_id        INTEGER NOT NULL,
    agent_id           INTEGER,           -- selling agent; NULL for policies bought directly online (no agent)
    product_type       TEXT NOT NULL,     -- auto, home, renters, life, health, travel, commercial
    annual_premium     REAL NOT NULL,     -- USD per year (travel: the single trip premium)
    deductible         REAL,              -- USD; NULL for life and travel policies (no deductible)
    coverage_limit     REAL NOT NULL,     -- maximum payout, USD
    start_date         TEXT NOT NULL,     -- YYYY-MM-DD
    end_date           TEXT,              -- YYYY-MM-DD end of term; NULL for whole-life policies (no end date)
    status             TEXT NOT NULL,     -- active, expired, cancelled (as of 2024-12-31)
    cancelled_on       TEXT,              -- YYYY-MM-DD; NULL unless status = 'cancelled'
    renewal_of         INTEGER,           -- policies.id of the term this policy renews; NULL for new business
    FOREIGN KEY (customer_id) REFERENCES customers(id),
    FOREIGN KEY (agent_id) REFERENCES agents(id),
    FOREIGN KEY (renewal_of) REFERENCES policies(id)
);
CREATE TABLE adjusters (
    id        INTEGER PRIMARY KEY,
    full_name TEXT NOT NULL,
    region    TEXT NOT NULL,              -- West, Southwest, Southeast, Northeast, Midwest
    seniority TEXT NOT NULL,              -- junior, senior, principal
    hired_on  TEXT NOT NULL               -- YYYY-MM-DD
);
CREATE TABLE claims (
    id            INTEGER PRIMARY KEY,
    claim_number  TEXT NOT NULL UNIQUE,
    policy_id     INTEGER NOT NULL,
    adjuster_id   INTEGER,                -- handling adjuster; NULL if not yet assigned
    incident_date TEXT NOT NULL,          -- YYYY-MM-DD, when the loss happened
    filed_date    TEXT NOT NULL,          -- YYYY-MM-DD, when the claim was reported
    settled_date  TEXT,                   -- YYYY-MM-DD, when the claim was closed (paid, denied or withdrawn); NULL while open
    cause         TEXT NOT NULL,          -- collision, theft, vandalism, fire, water damage, storm, liability, medical, death, trip cancellation, lost baggage
    claim_amount  REAL NOT NULL,          -- USD amount claimed
    payout        REAL,                   -- USD actually paid; NULL unless status = 'paid'
    status        TEXT NOT NULL,          -- open, paid, denied, withdrawn
    fraud_review  INTEGER NOT NULL,       -- 1 if referred to the special investigations unit, else 0
    FOREIGN KEY (policy_id) REFERENCES policies(id),
    FOREIGN KEY (adjuster_id) REFERENCES adjusters(id)
);
CREATE INDEX idx_policies_customer ON policies(customer_id);
CREATE INDEX idx_policies_agent ON policies(agent_id);
CREATE INDEX idx_claims_policy ON claims(policy_id);
CREATE INDEX idx_claims_adjuster ON claims(adjuster_id);
"""

STATES = [  # state, weight, cities, region
    ("CA", 20, ["Los Angeles", "San Diego", "San Jose", "Sacramento", "Fresno"], "West"),
    ("WA", 6, ["Seattle", "Spokane", "Tacoma"], "West"),
    ("TX", 17, ["Houston", "Dallas", "Austin", "San Antonio", "El Paso"], "Southwest"),
    ("AZ", 7, ["Phoenix", "Tucson", "Mesa"], "Southwest"),
    ("CO", 5, ["Denver", "Colorado Springs", "Boulder"], "Southwest"),
    ("FL", 15, ["Miami", "Orlando", "Tampa", "Jacksonville"], "Southeast"),
    ("GA", 7, ["Atlanta", "Savannah", "Augusta"], "Southeast"),
    ("NY", 12, ["New York", "Buffalo", "Rochester", "Albany"], "Northeast"),
    ("MA", 5, ["Boston", "Worcester", "Springfield"], "Northeast"),
    ("IL", 9, ["Chicago", "Naperville", "Peoria"], "Midwest"),
]
REGIONS = ["West", "Southwest", "Southeast", "Northeast", "Midwest"]
FIRST_F = ["Mary", "Patricia", "Jennifer", "Linda", "Elizabeth", "Susan", "Jessica", "Sarah", "Karen",
           "Lisa", "Nancy", "Sandra", "Ashley", "Emily", "Michelle", "Amanda", "Melissa", "Laura",
           "Rebecca", "Maria", "Olivia", "Sophia", "Grace", "Chloe", "Hannah", "Aaliyah", "Mei", "Priya",
           "Rosa", "Camila", "Keisha", "Danielle", "Megan", "Rachel", "Natalie", "Erin"]
FIRST_M = ["James", "Robert", "John", "Michael", "David", "William", "Richard", "Joseph", "Thomas",
           "Charles", "Daniel", "Matthew", "Anthony", "Mark", "Steven", "Paul", "Andrew", "Joshua",
           "Kevin", "Brian", "Jose", "Luis", "Carlos", "Tyrone", "Wei", "Raj", "Omar", "Ethan", "Noah",
           "Lucas", "Marcus", "Derek", "Trevor", "Sean", "Victor", "Hector"]
LAST = ["Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis", "Rodriguez",
        "Martinez", "Hernandez", "Lopez", "Gonzalez", "Wilson", "Anderson", "Thomas", "Taylor", "Moore",
        "Jackson", "Martin", "Lee", "Perez", "Thompson", "White", "Harris", "Sanchez", "Clark",
        "Ramirez", "Lewis", "Robinson", "Walker", "Young", "Allen", "King", "Wright", "Scott", "Torres",
        "Nguyen", "Hill", "Flores", "Green", "Adams", "Nelson", "Baker", "Hall", "Rivera", "Campbell",
        "Mitchell", "Carter", "Roberts", "Chen", "Patel", "Kim", "Okafor", "O'Brien", "Schultz",
        "Novak", "Fitzgerald", "Brennan", "Castillo", "Yamamoto", "Kowalski", "Larsen", "Dubois"]

# product: (weight new business, base premium, premium spread, deductible choices, limit choices,
#           yearly claim frequency, causes with weights, severity mean USD)
PRODUCTS = {
    "auto": (34, 1450.0, 0.45, [250, 500, 1000, 2000], [50000, 100000, 300000], 0.16,
             [("collision", 55), ("theft", 12), ("vandalism", 10), ("liability", 18), ("storm", 5)], 5200.0),
    "home": (18, 1750.0, 0.5, [500, 1000, 2500, 5000], [250000, 400000, 600000, 900000], 0.10,
             [("water damage", 34), ("storm", 28), ("fire", 10), ("theft", 14), ("liability", 8),
              ("vandalism", 6)], 14500.0),
    "renters": (10, 210.0, 0.35, [250, 500, 1000], [20000, 40000, 60000], 0.05,
                [("theft", 45), ("water damage", 30), ("fire", 10), ("liability", 15)], 3100.0),
    "life": (9, 820.0, 0.8, [None], [100000, 250000, 500000, 1000000], 0.004,
             [("death", 100)], 0.0),
    "health": (13, 5400.0, 0.3, [1000, 2500, 5000, 7500], [1000000, 2000000], 0.55,
               [("medical", 100)], 3900.0),
    "travel": (11, 95.0, 0.6, [None], [10000, 25000, 50000], 0.08,
               [("trip cancellation", 55), ("lost baggage", 25), ("medical", 20)], 1400.0),
    "commercial": (5, 6800.0, 0.6, [1000, 2500, 5000, 10000], [1000000, 2000000, 5000000], 0.14,
                   [("liability", 35), ("fire", 12), ("theft", 18), ("water damage", 20), ("storm", 15)],
                   26000.0),
}
PRODUCT_LIST = list(PRODUCTS)
RENEW_RATE = {"auto": 0.82, "home": 0.87, "renters": 0.70, "health": 0.78, "commercial": 0.85}
MONTH_SEASON = {1: 1.15, 2: 0.95, 3: 1.05, 4: 1.0, 5: 1.05, 6: 1.1, 7: 1.05, 8: 1.0, 9: 0.95,
                10: 0.95, 11: 0.85, 12: 0.9}
HURRICANE = (dt.date(2022, 9, 28), dt.date(2022, 10, 3))   # a storm wave of home claims in FL
HAIL = (dt.date(2024, 5, 20), dt.date(2024, 5, 28))         # hail storms in TX / CO


def wchoice(rng, pairs):
    return rng.choices([p[0] for p in pairs], weights=[p[1] for p in pairs], k=1)[0]


def add_years(d, n):
    try:
        return d.replace(year=d.year + n)
    except ValueError:
        return d.replace(year=d.year + n, day=28)


def iso(d):
    return d.isoformat() if d is not None else None


def generate(path):
    rng = random.Random(SEED)
    tmp = path + ".tmp"
    if os.path.exists(tmp):
        os.remove(tmp)
    con = sqlite3.connect(tmp)
    con.execute("PRAGMA journal_mode=OFF")
    con.execute("PRAGMA synchronous=OFF")
    con.executescript(SCHEMA)

    used_names = set()

    def person(gender=None, initial=False):
        while True:
            g = gender or rng.choice("FM")
            first = rng.choice(FIRST_F if g == "F" else FIRST_M)
            if initial:
                first += " " + rng.choice("ABCDEFGHJKLMNPRSTW") + "."
            name = "%s %s" % (first, rng.choice(LAST))
            if name not in used_names:
                used_names.add(name)
                return g, name

    # ---- agents: 5 regional directors, 2-3 team leads each, 4-7 agents per team ----
    agents = []   # dicts
    aid = 0
    for region in REGIONS:
        aid += 1
        _, nm = person()
        director = {"id": aid, "name": nm, "region": region, "title": "regional director", "manager": None,
                    "hired": dt.date(rng.randint(2005, 2015), rng.randint(1, 12), rng.randint(1, 28)),
                    "left": None, "comm": 5.0}
        agents.append(director)
        for _t in range(rng.choice([2, 3, 3])):
            aid += 1
            _, nm = person()
            lead = {"id": aid, "name": nm, "region": region, "title": "team lead", "manager": director["id"],
                    "hired": dt.date(rng.randint(2010, 2019), rng.randint(1, 12), rng.randint(1, 28)),
                    "left": None, "comm": rng.choice([8.0, 9.0, 10.0])}
            agents.append(lead)
            for _a in range(rng.randint(4, 7)):
                aid += 1
                _, nm = person()
                if rng.random() < 0.75:
                    hired = dt.date(rng.randint(2012, 2021), rng.randint(1, 12), rng.randint(1, 28))
                else:
                    hired = START + dt.timedelta(days=rng.randrange(900))
                left = None
                if rng.random() < 0.22:
                    left = max(hired, START) + dt.timedelta(days=rng.randint(120, 900))
                    if left > END:
                        left = None
                agents.append({"id": aid, "name": nm, "region": region, "title": "agent",
                               "manager": lead["id"], "hired": hired, "left": left,
                               "comm": rng.choice([10.0, 11.5, 12.5, 13.0, 14.0, 15.0])})
    by_region = {r: [a for a in agents if a["region"] == r and a["title"] != "regional director"]
                 for r in REGIONS}
    # productivity differs per agent
    for a in agents:
        a["w"] = rng.uniform(0.4, 1.8) if a["title"] == "agent" else rng.uniform(0.15, 0.4)

    # ---- adjusters ----------------------------------------------------------
    adjusters = []
    for i in range(1, 31):
        _, nm = person()
        region = REGIONS[(i - 1) % 5]
        sen = wchoice(rng, [("junior", 45), ("senior", 40), ("principal", 15)])
        hired = dt.date(rng.randint(2008, 2021), rng.randint(1, 12), rng.randint(1, 28))
        if i > 26:
            hired = dt.date(2023, rng.randint(1, 12), rng.randint(1, 28))
        adjusters.append({"id": i, "name": nm, "region": region, "seniority": sen, "hired": hired})
    adj_by_region = {r: [a for a in adjusters if a["region"] == r] for r in REGIONS}
    state_region = {s[0]: s[3] for s in STATES}

    # ---- customers and policies --------------------------------------------
    customers = []
    policies = []   # dicts
    cust_pool = []  # existing customers who may buy more

    def new_customer(start):
        g, nm = person(initial=True)
        st = wchoice(rng, [(s[0], s[1]) for s in STATES])
        city = rng.choice([s[2] for s in STATES if s[0] == st][0])
        seg = "small_business" if rng.random() < 0.07 else "individual"
        age = rng.choice([rng.randint(18, 35), rng.randint(25, 60), rng.randint(35, 85)])
        birth = dt.date(start.year - age, rng.randint(1, 12), rng.randint(1, 28))
        email = None
        if rng.random() > (0.06 + (0.25 if age > 65 else 0.0)):
            email = "%s.%d@%s" % (nm.lower().replace(".", "").replace(" ", ".").replace("'", ""), rng.randint(1, 999),
                                  rng.choice(["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com"]))
        c = {"id": len(customers) + 1, "name": nm, "birth": birth, "gender": g, "city": city, "state": st,
             "segment": seg, "email": email, "since": start, "age": age}
        customers.append(c)
        return c

    def pick_agent(region, day):
        if rng.random() < 0.24:
            return None   # bought online
        cands = [a for a in by_region[region] if a["hired"] <= day and (a["left"] is None or a["left"] > day)]
        if not cands:
            return None
        return rng.choices(cands, weights=[a["w"] for a in cands], k=1)[0]

    def make_policy(cust, product, start, agent, renewal_of=None, prev=None):
        (_, base, spread, deds, limits, _, _, _) = PRODUCTS[product]
        if prev is not None:
            premium = round(prev["premium"] * rng.uniform(1.02, 1.11) * (1.04 if start.year == 2024 else 1.0), 2)
            ded, lim = prev["ded"], prev["limit"]
        else:
            premium = base * rng.lognormvariate(0, spread)
            if product == "auto" and cust["age"] < 25:
                premium *= 1.7
            if product == "life":
                premium *= 1 + max(0, cust["age"] - 30) / 18.0
            if cust["state"] in ("FL",) and product == "home":
                premium *= 1.6
            if cust["state"] in ("CA", "NY") and product in ("auto", "home"):
                premium *= 1.2
            if start >= dt.date(2024, 1, 1):
                premium *= 1.06
            premium = round(premium, 2)
            ded = rng.choice(deds)
            lim = rng.choice(limits)
        if product == "travel":
            end = start + dt.timedelta(days=rng.randint(4, 30))
        elif product == "life":
            end = None if rng.random() < 0.35 else add_years(start, rng.choice([10, 20, 30]))
        else:
            end = add_years(start, 1) - dt.timedelta(days=1)
        p = {"id": None, "cust": cust, "agent": agent, "product": product, "premium": premium,
             "ded": ded, "limit": lim, "start": start, "end": end, "renewal_of": renewal_of,
             "cancelled": None}
        # mid-term cancellation
        cr = {"auto": 0.07, "home": 0.04, "renters": 0.10, "life": 0.03, "health": 0.05,
              "travel": 0.01, "commercial": 0.04}[product]
        if rng.random() < cr:
            span = ((end or add_years(start, 5)) - start).days
            c = start + dt.timedelta(days=rng.randint(1, max(2, span - 1)))
            if c <= END:
                p["cancelled"] = c
        policies.append(p)
        return p

    month = START
    idx = 0
    pending = []  # policies to consider for renewal
    while month <= END:
        nm_ = dt.date(month.year + (month.month // 12), month.month % 12 + 1, 1)
        days = (nm_ - month).days
        n = int(round(230 * (1.012 ** idx) * MONTH_SEASON[month.month] * rng.uniform(0.92, 1.08)))
        for _ in range(n):
            start = month + dt.timedelta(days=rng.randrange(days))
            product = wchoice(rng, [(k, v[0]) for k, v in PRODUCTS.items()])
            if product == "commercial" or (cust_pool and rng.random() < 0.28):
                cust = None
                if cust_pool and product != "commercial":
                    cust = rng.choice(cust_pool)
                    if cust["since"] > start:
                        cust = None
                if cust is None:
                    cust = new_customer(start)
                    if product == "commercial":
                        cust["segment"] = "small_business"
                    cust_pool.append(cust)
            else:
                cust = new_customer(start)
                cust_pool.append(cust)
            region = state_region[cust["state"]]
            agent = pick_agent(region, start)
            make_policy(cust, product, start, agent)
        idx += 1
        month = nm_

    # renewals (process in start order; renewals can renew again)
    i = 0
    policies.sort(key=lambda p: p["start"])
    queue = list(policies)
    while queue:
        p = queue.pop(0)
        if p["product"] not in RENEW_RATE or p["cancelled"] is not None or p["end"] is None:
            continue
        nstart = p["end"] + dt.timedelta(days=1)
        if nstart > END:
            continue
        if rng.random() < RENEW_RATE[p["product"]]:
            agent = p["agent"]
            if agent is not None and agent["left"] is not None and agent["left"] <= nstart:
                agent = pick_agent(agent["region"], nstart)
            q = make_policy(p["cust"], p["product"], nstart, agent, renewal_of=p, prev=p)
            queue.append(q)

    policies.sort(key=lambda p: (p["start"], p["cust"]["id"], p["product"]))
    for n_, p in enumerate(policies, start=1):
        p["id"] = n_
    for c in customers:
        c["since"] = None
    for p in policies:
        if p["cust"]["since"] is None or p["start"] < p["cust"]["since"]:
            p["cust"]["since"] = p["start"]

    # ---- claims -------------------------------------------------------------
    claims = []
    for p in policies:
        (_, _, _, _, limit_choices, freq, causes, sev) = PRODUCTS[p["product"]]
        last = min(p["end"] or END, p["cancelled"] or END, END)
        span = (last - p["start"]).days + 1
        if span <= 0:
            continue
        lam = freq * span / 365.0
        if p["product"] == "travel":
            lam = freq
        if p["product"] == "life":
            lam = freq * span / 365.0 * (1 + max(0, p["cust"]["age"] - 50) / 8.0)
        lam *= 2.2
        k, acc = 0, rng.random()
        thr = math.exp(-lam)
        while acc > thr and k < 8:
            k += 1
            acc *= rng.random()
        # extra storm claims
        if p["product"] == "home" and p["cust"]["state"] == "FL" and p["start"] <= HURRICANE[0] <= last \
                and rng.random() < 0.25:
            claims.append((p, HURRICANE[0] + dt.timedelta(days=rng.randint(0, 5)), "storm"))
        if p["product"] in ("home", "auto") and p["cust"]["state"] in ("TX", "CO") \
                and p["start"] <= HAIL[0] <= last and rng.random() < 0.18:
            claims.append((p, HAIL[0] + dt.timedelta(days=rng.randint(0, 8)), "storm"))
        for _ in range(k):
            inc = p["start"] + dt.timedelta(days=rng.randrange(span))
            claims.append((p, inc, wchoice(rng, causes)))

    claim_rows = []
    for (p, inc, cause) in claims:
        if p["product"] == "life":
            lag = rng.randint(5, 60)
        elif p["product"] == "health":
            lag = rng.randint(1, 45)
        else:
            lag = int(rng.expovariate(1 / 6.0)) + (0 if rng.random() < 0.3 else 1)
        filed = inc + dt.timedelta(days=lag)
        if filed > END:
            continue
        sev = PRODUCTS[p["product"]][7]
        if p["product"] == "life":
            amount = float(p["limit"])
        else:
            amount = sev * rng.lognormvariate(0, 0.9)
            if cause == "storm" and (HURRICANE[0] <= inc <= HURRICANE[1] + dt.timedelta(days=5)):
                amount *= 2.2
            amount = round(min(amount, p["limit"] * 0.9), 2)
            if amount < 50:
                amount = round(50 + rng.random() * 100, 2)
        fraud = 1 if rng.random() < (0.03 + (0.05 if cause in ("theft", "fire") else 0) +
                                      (0.04 if amount > 20000 else 0)) else 0
        # outcome
        r = rng.random()
        pdeny = 0.11 + (0.25 if fraud else 0) + (0.05 if cause == "trip cancellation" else 0)
        if r < pdeny:
            status = "denied"
        elif r < pdeny + 0.05:
            status = "withdrawn"
        else:
            status = "paid"
        region = state_region[p["cust"]["state"]]
        days_to_close = {"life": 45, "health": 20, "travel": 18, "auto": 24, "renters": 20,
                         "home": 38, "commercial": 60}[p["product"]]
        days_to_close = int(days_to_close * rng.lognormvariate(0, 0.6)) + 2
        if fraud:
            days_to_close += rng.randint(30, 120)
        if cause == "storm" and HURRICANE[0] <= inc <= HURRICANE[1] + dt.timedelta(days=5):
            days_to_close += rng.randint(20, 70)   # backlog after the hurricane
        settled = filed + dt.timedelta(days=days_to_close)
        adjuster = None
        if settled > END:
            status = "open"
            settled = None
        if status == "open" and (END - filed).days < 25 and rng.random() < 0.55:
            adjuster = None
        else:
            cands = [a for a in adj_by_region[region] if a["hired"] <= filed]
            if not cands:
                cands = [a for a in adjusters if a["hired"] <= filed]
            if amount > 25000:
                cands = [a for a in cands if a["seniority"] != "junior"] or cands
            adjuster = rng.choice(cands)
        payout = None
        if status == "paid":
            ded = p["ded"] or 0.0
            if p["product"] == "life":
                payout = amount
            else:
                payout = round(max(0.0, amount * rng.choice([1.0, 1.0, 1.0, rng.uniform(0.55, 0.98)]) - ded), 2)
                if payout <= 0:
                    status = "denied"   # below deductible
                    payout = None
        claim_rows.append([None, None, p["id"], adjuster["id"] if adjuster else None, iso(inc), iso(filed),
                           iso(settled), cause, amount, payout, status, fraud])
    claim_rows.sort(key=lambda r: (r[5], r[4], r[2], r[7]))
    for n_, r in enumerate(claim_rows, start=1):
        r[0] = n_
        r[1] = "CLM-%s-%06d" % (r[5][:4], n_)

    # ---- write ----------------------------------------------------------------
    con.executemany("INSERT INTO customers VALUES (?,?,?,?,?,?,?,?,?)",
                    [(c["id"], c["name"], iso(c["birth"]), c["gender"], c["city"], c["state"], c["segment"],
                      c["email"], iso(c["since"])) for c in customers])
    con.executemany("INSERT INTO agents VALUES (?,?,?,?,?,?,?,?)",
                    [(a["id"], a["name"], a["region"], a["title"], a["manager"], iso(a["hired"]),
                      iso(a["left"]), a["comm"]) for a in agents])
    rows = []
    for p in policies:
        if p["cancelled"] is not None:
            status = "cancelled"
        elif p["end"] is not None and p["end"] <= END:
            status = "expired"
        else:
            status = "active"
        prefix = {"auto": "AU", "home": "HO", "renters": "RE", "life": "LI", "health": "HE",
                  "travel": "TR", "commercial": "CM"}[p["product"]]
        rows.append((p["id"], "%s-%07d" % (prefix, 1000000 + p["id"] * 7), p["cust"]["id"],
                     p["agent"]["id"] if p["agent"] else None, p["product"], p["premium"],
                     float(p["ded"]) if p["ded"] is not None else None, float(p["limit"]), iso(p["start"]),
                     iso(p["end"]), status, iso(p["cancelled"]),
                     p["renewal_of"]["id"] if p["renewal_of"] else None))
    con.executemany("INSERT INTO policies VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)", rows)
    con.executemany("INSERT INTO adjusters VALUES (?,?,?,?,?)",
                    [(a["id"], a["name"], a["region"], a["seniority"], iso(a["hired"])) for a in adjusters])
    con.executemany("INSERT INTO claims VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", claim_rows)
    con.commit()
    con.execute("VACUUM")
    con.close()
    os.replace(tmp, path)


if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "insurer.sqlite")
    generate(out)
