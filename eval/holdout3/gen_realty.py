#!/usr/bin/env python3
"""Generate realty.sqlite: a residential property-rental agency, 2022-01-01 .. 2024-12-31.

Deterministic: the same seed gives the same file on every run.
Usage: python3 gen_realty.py [OUTPUT_PATH]   (default: realty.sqlite next to this script)
"""
import datetime as dt
import math
import os
import random
import sqlite3
import sys

SEED = 8675309
START = dt.date(2022, 1, 1)
END = dt.date(2024, 12, 31)

SCHEMA = """
CREATE TABLE agents (
    id             INTEGER PRIMARY KEY,
    fullName       TEXT NOT NULL UNIQUE,
    office         TEXT NOT NULL,         -- city of the agent's branch office
    managerId      INTEGER,               -- the agent's manager; NULL for the managing director
    hiredOn        TEXT NOT NULL,         -- YYYY-MM-DD
    commissionPct  REAL NOT NULL,         -- percent of the first month's rent paid as commission on each lease signed
    FOREIGN KEY (managerId) REFERENCES agents(id)
);
CREATE TABLE owners (
    id         INTEGER PRIMARY KEY,
    fullName   TEXT NOT NULL,             -- person or company name
    ownerType  TEXT NOT NULL,             -- individual, company, trust
    phone      TEXT,                      -- NULL if no phone number on file
    joinedOn   TEXT NOT NULL              -- YYYY-MM-DD, first property placed with the agency
);
CREATE TABLE properties (
    id            INTEGER PRIMARY KEY,
    ownerId       INTEGER NOT NULL,
    agentId       INTEGER NOT NULL,       -- agent who manages the property
    streetAddress TEXT NOT NULL,
    city          TEXT NOT NULL,          -- Portland, Seattle, Denver, Austin, Raleigh, Columbus
    propertyType  TEXT NOT NULL,          -- apartment, condo, house, townhouse, studio
    bedrooms      INTEGER NOT NULL,       -- 0 for studios
    bathrooms     REAL NOT NULL,          -- 1.5 = one full and one half bathroom
    areaSqft      INTEGER NOT NULL,       -- living area, square feet
    yearBuilt     INTEGER,                -- NULL if unknown
    petsAllowed   INTEGER NOT NULL,       -- 1 = pets allowed, 0 = not
    listedOn      TEXT NOT NULL,          -- YYYY-MM-DD, date the agency took the property on
    withdrawnOn   TEXT,                   -- YYYY-MM-DD, date the owner took it off the agency's books; NULL if still managed
    FOREIGN KEY (ownerId) REFERENCES owners(id),
    FOREIGN KEY (agentId) REFERENCES agents(id)
);
CREATE TABLE tenants (
    id            INTEGER PRIMARY KEY,
    fullName      TEXT NOT NULL,
    email         TEXT NOT NULL UNIQUE,
    birthYear     INTEGER,                -- NULL if not given
    creditScore   INTEGER,                -- 300-850 at application; NULL if no credit check was run
    annualIncome  REAL                    -- USD declared at application; NULL if not declared
);
CREATE TABLE leases (
    id              INTEGER PRIMARY KEY,
    propertyId      INTEGER NOT NULL,
    tenantId        INTEGER NOT NULL,     -- primary tenant on the lease
    agentId         INTEGER NOT NULL,     -- agent who signed the lease
    startDate       TEXT NOT NULL,        -- YYYY-MM-DD
    endDate         TEXT NOT NULL,        -- YYYY-MM-DD, scheduled end of the term
    terminatedOn    TEXT,                 -- YYYY-MM-DD, early move-out date; NULL unless the lease was broken early
    monthlyRent     REAL NOT NULL,        -- USD
    securityDeposit REAL NOT NULL,        -- USD
    leaseStatus     TEXT NOT NULL,        -- active, expired, terminated (as of 2024-12-31)
    FOREIGN KEY (propertyId) REFERENCES properties(id),
    FOREIGN KEY (tenantId) REFERENCES tenants(id),
    FOREIGN KEY (agentId) REFERENCES agents(id)
);
CREATE TABLE rent_payments (
    id            INTEGER PRIMARY KEY,
    leaseId       INTEGER NOT NULL,
    dueDate       TEXT NOT NULL,          -- YYYY-MM-DD
    amountDue     REAL NOT NULL,          -- USD
    paidDate      TEXT,                   -- YYYY-MM-DD; NULL if not paid (yet)
    amountPaid    REAL,                   -- USD; NULL if not paid; can be less than amountDue (partial payment)
    lateFee       REAL NOT NULL,          -- USD charged for paying after the 5-day grace period, else 0
    paymentMethod TEXT,                   -- bank_transfer, card, check, cash; NULL if not paid
    FOREIGN KEY (leaseId) REFERENCES leases(id)
);
CREATE TABLE maintenance_requests (
    id          INTEGER PRIMARY KEY,
    propertyId  INTEGER NOT NULL,
    leaseId     INTEGER,                  -- lease in force when raised; NULL if raised while the property was vacant
    category    TEXT NOT NULL,            -- plumbing, electrical, heating, appliance, pest, roof, other
    priority    TEXT NOT NULL,            -- low, normal, urgent
    openedAt    TEXT NOT NULL,            -- YYYY-MM-DD HH:MM:SS
    closedAt    TEXT,                     -- YYYY-MM-DD HH:MM:SS; NULL while the request is open
    repairCost  REAL,                     -- USD; NULL while open or if no cost was charged
    FOREIGN KEY (propertyId) REFERENCES properties(id),
    FOREIGN KEY (leaseId) REFERENCES leases(id)
);
CREATE INDEX idx_agents_manager ON agents(managerId);
CREATE INDEX idx_properties_owner ON properties(ownerId);
CREATE INDEX idx_properties_agent ON properties(agentId);
CREATE INDEX idx_leases_property ON leases(propertyId);
CREATE INDEX idx_leases_tenant ON leases(tenantId);
CREATE INDEX idx_leases_agent ON leases(agentId);
CREATE INDEX idx_payments_lease ON rent_payments(leaseId);
CREATE INDEX idx_requests_property ON maintenance_requests(propertyId);
CREATE INDEX idx_requests_lease ON maintenance_requests(leaseId);
"""

# city: (rent per sqft per month, weight)
CITIES = {"Portland": (2.05, 1.0), "Seattle": (2.55, 1.2), "Denver": (2.10, 1.1), "Austin": (1.95, 1.3),
          "Raleigh": (1.60, 0.8), "Columbus": (1.35, 0.7)}
TYPES = [("apartment", 40), ("condo", 18), ("house", 20), ("townhouse", 12), ("studio", 10)]
STREETS = ["Oak", "Maple", "Cedar", "Pine", "Elm", "Lake", "Hill", "Park", "Washington", "Lincoln", "Jefferson",
           "Madison", "Main", "Church", "Spring", "River", "Sunset", "Highland", "Meadow", "Willow", "Birch",
           "Franklin", "Chestnut", "Walnut", "Valley", "Forest", "Ridge", "Mill", "Union", "Broadway"]
SUFFIX = ["St", "Ave", "Rd", "Blvd", "Ln", "Dr", "Way", "Ct"]
CATEGORIES = [("plumbing", 28), ("electrical", 12), ("heating", 14), ("appliance", 22), ("pest", 8),
              ("roof", 4), ("other", 12)]
CAT_COST = {"plumbing": 260, "electrical": 310, "heating": 420, "appliance": 330, "pest": 180, "roof": 1100,
            "other": 150}
FIRST = ["Amelia", "Brandon", "Camila", "Derek", "Eva", "Frank", "Gina", "Hector", "Imani", "Jack", "Keiko",
         "Logan", "Marisol", "Nate", "Opal", "Pedro", "Quinn", "Rosa", "Seth", "Tamara", "Umar", "Violet",
         "Wade", "Ximena", "Yusuf", "Zara", "Aaron", "Bianca", "Colin", "Dana", "Eli", "Fiona", "Gavin",
         "Heidi", "Ivan", "Jade", "Kyle", "Lila", "Mason", "Nadia", "Oliver", "Paige", "Reid", "Stella"]
LAST = ["Anderson", "Blake", "Carter", "Diaz", "Ellis", "Fuller", "Gomez", "Harper", "Irving", "Jacobs",
        "Knight", "Lambert", "Moss", "Nash", "Ochoa", "Price", "Rivera", "Sutton", "Torres", "Upton", "Vaughn",
        "Wolfe", "Yates", "Zamora", "Barnes", "Cho", "Duarte", "Fitzgerald", "Guzman", "Hale", "Jimenez",
        "Kang", "Lowe", "Mercer", "Navarro", "Pham", "Ross", "Stone", "Tucker", "Webb"]
COMPANY = ["Summit", "Evergreen", "Bluebird", "Granite", "Keystone", "Harbor", "Northstar", "Redwood",
           "Silverline", "Copper", "Lakeside", "Prairie", "Atlas", "Beacon", "Crescent", "Ironwood"]


def wchoice(rng, pairs):
    return rng.choices([p[0] for p in pairs], weights=[p[1] for p in pairs], k=1)[0]


def rand_date(rng, a, b):
    return a + dt.timedelta(days=rng.randrange((b - a).days + 1))


def add_months(d, n):
    m = d.month - 1 + n
    y = d.year + m // 12
    m = m % 12 + 1
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

    used = set()

    def person(unique=True):
        if not unique:
            return rng.choice(FIRST) + " " + rng.choice(LAST)
        while True:
            n = rng.choice(FIRST) + " " + rng.choice(LAST)
            if n not in used:
                used.add(n)
                return n

    # ---- agents: director -> one branch manager per city -> 2-5 agents ----------
    agents = []   # (id, name, office, managerId, hired, commission)
    agents.append((1, person(), "Denver", None, "2009-04-13", 3.0))
    managers = {}
    for city in CITIES:
        aid = len(agents) + 1
        managers[city] = aid
        hired = rand_date(rng, dt.date(2010, 1, 1), dt.date(2018, 12, 31))
        agents.append((aid, person(), city, 1, hired.isoformat(), 5.0))
    for city, (_, w) in CITIES.items():
        for j in range(2 + int(w * 2.2)):
            aid = len(agents) + 1
            if j >= 3 and rng.random() < 0.5:
                hired = rand_date(rng, dt.date(2022, 2, 1), dt.date(2024, 3, 31))
            else:
                hired = rand_date(rng, dt.date(2013, 1, 1), dt.date(2021, 12, 31))
            agents.append((aid, person(), city, managers[city], hired.isoformat(),
                           rng.choice([6.0, 7.5, 8.0, 8.0, 10.0])))
    agents_by_city = {c: [a for a in agents if a[2] == c and a[3] is not None] for c in CITIES}

    # ---- owners ----------------------------------------------------------------
    owners = []
    for i in range(1, 341):
        t = wchoice(rng, [("individual", 72), ("company", 20), ("trust", 8)])
        if t == "individual":
            name = person(False)
        elif t == "company":
            name = "%s %s" % (rng.choice(COMPANY), rng.choice(["Properties LLC", "Holdings", "Realty Group",
                                                                 "Investments", "Capital LLC"]))
        else:
            name = "%s Family Trust" % rng.choice(LAST)
        phone = None if rng.random() < 0.15 else "(%03d) 555-%04d" % (rng.randint(201, 989), rng.randint(0, 9999))
        joined = rand_date(rng, dt.date(2012, 1, 1), dt.date(2024, 6, 30))
        owners.append([i, name, t, phone, joined])

    # ---- properties -------------------------------------------------------------
    props = []
    addr_used = set()
    for i in range(1, 1101):
        o = rng.choice(owners)
        if o[2] == "company" and rng.random() < 0.6:
            pass
        city = wchoice(rng, [(c, v[1]) for c, v in CITIES.items()])
        ptype = wchoice(rng, TYPES)
        if ptype == "studio":
            beds, baths, area = 0, 1.0, rng.randint(380, 600)
        elif ptype == "apartment":
            beds = wchoice(rng, [(1, 45), (2, 40), (3, 15)])
            baths = wchoice(rng, [(1.0, 60), (1.5, 15), (2.0, 25)]) if beds > 1 else 1.0
            area = 450 + beds * rng.randint(230, 330)
        elif ptype == "condo":
            beds = wchoice(rng, [(1, 30), (2, 50), (3, 20)])
            baths = wchoice(rng, [(1.0, 30), (1.5, 20), (2.0, 40), (2.5, 10)])
            area = 500 + beds * rng.randint(250, 350)
        elif ptype == "townhouse":
            beds = wchoice(rng, [(2, 35), (3, 50), (4, 15)])
            baths = wchoice(rng, [(1.5, 30), (2.0, 20), (2.5, 40), (3.0, 10)])
            area = 600 + beds * rng.randint(300, 380)
        else:
            beds = wchoice(rng, [(2, 15), (3, 45), (4, 30), (5, 10)])
            baths = wchoice(rng, [(1.0, 10), (2.0, 40), (2.5, 30), (3.0, 15), (3.5, 5)])
            area = 700 + beds * rng.randint(320, 450)
        while True:
            addr = "%d %s %s" % (rng.randint(10, 9899), rng.choice(STREETS), rng.choice(SUFFIX))
            if ptype in ("apartment", "condo", "studio"):
                addr += " Unit %d" % rng.randint(1, 40)
            if (addr, city) not in addr_used:
                addr_used.add((addr, city))
                break
        yb = None if rng.random() < 0.12 else rng.randint(1925 if ptype == "house" else 1965, 2021)
        pets = 1 if rng.random() < (0.7 if ptype == "house" else 0.4) else 0
        listed = max(o[4], rand_date(rng, dt.date(2015, 1, 1), dt.date(2024, 8, 31)))
        if listed < START and rng.random() < 0.35:
            listed = rand_date(rng, START, dt.date(2024, 8, 31))
        if listed < o[4]:
            listed = o[4]
        withdrawn = None
        if rng.random() < 0.08 and listed < dt.date(2024, 1, 1):
            withdrawn = rand_date(rng, max(listed, START) + dt.timedelta(days=180), dt.date(2024, 12, 15))
        agent = rng.choice(agents_by_city[city])
        rent = CITIES[city][0] * area * rng.uniform(0.85, 1.2) * (1.1 if ptype == "house" else 1.0)
        props.append(dict(id=i, owner=o[0], agent=agent[0], addr=addr, city=city, ptype=ptype, beds=beds,
                          baths=baths, area=area, yb=yb, pets=pets, listed=listed, withdrawn=withdrawn,
                          rent=rent))

    # ---- tenants and leases --------------------------------------------------------
    tenants = []

    def new_tenant():
        tid = len(tenants) + 1
        name = person(False)
        email = "%s.%s%d@%s" % (name.split()[0].lower(), name.split()[1].lower(), tid,
                                rng.choice(["gmail.com", "outlook.com", "yahoo.com", "icloud.com", "proton.me"]))
        by = None if rng.random() < 0.1 else rng.randint(1948, 2003)
        cs = None if rng.random() < 0.09 else max(300, min(850, int(rng.gauss(705, 65))))
        inc = None if rng.random() < 0.18 else float(1000 * round(rng.lognormvariate(math.log(82000), 0.45) / 1000))
        tenants.append((tid, name, email, by, cs, inc))
        return tid

    leases = []
    payments = []
    for p in props:
        hi = p["withdrawn"] or END
        # current lease running into 2022?
        day = max(p["listed"], START)
        tenant = None
        first = True
        while day <= hi:
            if first and p["listed"] < START and rng.random() < 0.85:
                start = rand_date(rng, START, dt.date(2022, 2, 28))   # took over an occupied unit
                first_pre = True
            elif tenant is not None:
                start = day
                first_pre = False
            else:
                start = day + dt.timedelta(days=int(rng.expovariate(1 / 28.0)))
                start = start.replace(day=1) if start.day > 1 and rng.random() < 0.6 and start.month < 12 \
                    else start
                if start < day:
                    start = add_months(start, 1).replace(day=1)
                first_pre = False
            first = False
            if start > hi:
                break
            term = wchoice(rng, [(12, 70), (6, 12), (18, 6), (24, 12)])
            end = add_months(start, term) - dt.timedelta(days=1)
            tid = tenant if tenant is not None else new_tenant()
            rent = p["rent"] * (1 + 0.045 * ((start - dt.date(2022, 1, 1)).days / 365.0))
            rent = float(5 * round(rent / 5))
            dep = rent * rng.choice([1.0, 1.0, 1.5, 2.0])
            terminated = None
            if rng.random() < 0.1:
                t = rand_date(rng, start + dt.timedelta(days=60), end - dt.timedelta(days=20))
                if t <= END:
                    terminated = t
            if p["withdrawn"] and end > p["withdrawn"] and terminated is None:
                terminated = p["withdrawn"]
            if terminated:
                status = "terminated"
                out = terminated
            elif end > END:
                status = "active"
                out = end
            else:
                status = "expired"
                out = end
            signer = p["agent"] if rng.random() < 0.8 else rng.choice(agents_by_city[p["city"]])[0]
            # the lease was signed by someone who worked there then
            ag = agents[signer - 1]
            if dt.date.fromisoformat(ag[4]) > start:
                hired = [a for a in agents_by_city[p["city"]] if dt.date.fromisoformat(a[4]) <= start]
                signer = rng.choice(hired)[0] if hired and rng.random() < 0.8 else managers[p["city"]]
            lid = len(leases) + 1
            leases.append((lid, p["id"], tid, signer, start.isoformat(), end.isoformat(),
                           terminated and terminated.isoformat(), rent, dep, status))
            # rent schedule: due each month on the start day (max 28) from start until move-out
            k = 0
            reliability = rng.random()
            while True:
                due = add_months(start, k)
                k += 1
                if due >= out or due > END:
                    break
                if due < START:
                    continue
                u = rng.random()
                late_p = 0.04 + 0.25 * (1 - reliability) ** 2
                miss_p = 0.004 + 0.03 * (1 - reliability) ** 3
                if terminated and (terminated - due).days < 70:
                    miss_p += 0.25
                method = None
                fee = 0.0
                if u < miss_p or (due > END - dt.timedelta(days=6) and rng.random() < 0.5):
                    paid, amt = None, None
                else:
                    if u < miss_p + late_p:
                        paid = due + dt.timedelta(days=rng.randint(6, 40))
                        fee = 75.0 if rent < 2500 else 100.0
                    else:
                        paid = max(START, due + dt.timedelta(days=rng.randint(-6, 5)))
                    if paid > END:
                        paid, amt, fee = None, None, 0.0
                    else:
                        amt = rent if rng.random() > 0.02 else float(round(rent * rng.uniform(0.4, 0.9)))
                        method = wchoice(rng, [("bank_transfer", 55), ("card", 25), ("check", 15), ("cash", 5)])
                payments.append((lid, due.isoformat(), rent, paid and paid.isoformat(), amt, fee, method))
            # the tenant renews, or the next tenant moves in after a vacancy
            renewal = status == "expired" and rng.random() < 0.3
            tenant = tid if renewal else None
            day = out + dt.timedelta(days=1 if renewal else 1 + int(rng.expovariate(1 / 25.0)))
            if status == "active":
                break

    payments.sort(key=lambda r: (r[1], r[0]))
    pay_rows = [(i + 1,) + r for i, r in enumerate(payments)]

    # ---- maintenance requests ------------------------------------------------------
    leases_by_prop = {}
    for l in leases:
        leases_by_prop.setdefault(l[1], []).append(l)
    reqs = []
    for p in props:
        lo = max(p["listed"], START)
        hi = p["withdrawn"] or END
        if hi <= lo:
            continue
        age = 2024 - (p["yb"] or 1985)
        rate = (1.2 + age / 30.0) * (1.3 if p["ptype"] == "house" else 1.0)
        n = int(rate * (hi - lo).days / 365.0 + rng.random())
        for _ in range(n):
            day = rand_date(rng, lo, hi)
            cat = wchoice(rng, CATEGORIES)
            if cat == "heating" and day.month in (6, 7, 8):
                cat = wchoice(rng, CATEGORIES)
            lease = None
            for l in leases_by_prop.get(p["id"], []):
                out = l[6] or l[5]
                if l[4] <= day.isoformat() <= out:
                    lease = l[0]
            if lease is None and rng.random() < 0.5:
                continue
            pri = wchoice(rng, [("low", 30), ("normal", 55), ("urgent", 15)])
            if cat in ("heating", "roof") and rng.random() < 0.4:
                pri = "urgent"
            opened = dt.datetime.combine(day, dt.time(rng.randrange(7, 21), rng.randrange(60), rng.randrange(60)))
            hours = rng.lognormvariate(math.log({"urgent": 20, "normal": 70, "low": 160}[pri]), 0.8)
            closed = opened + dt.timedelta(hours=hours)
            cost = round(CAT_COST[cat] * rng.lognormvariate(0, 0.5), 2)
            if rng.random() < 0.12:
                cost = None
            if closed > dt.datetime(2024, 12, 31, 23, 59, 59) or rng.random() < 0.01:
                closed_s, cost = None, None
            else:
                closed_s = closed.strftime("%Y-%m-%d %H:%M:%S")
            reqs.append((p["id"], lease, cat, pri, opened.strftime("%Y-%m-%d %H:%M:%S"), closed_s, cost))
    reqs.sort(key=lambda r: (r[4], r[0]))
    req_rows = [(i + 1,) + r for i, r in enumerate(reqs)]

    con.executemany("INSERT INTO agents VALUES (?,?,?,?,?,?)", agents)
    con.executemany("INSERT INTO owners VALUES (?,?,?,?,?)",
                    [(o[0], o[1], o[2], o[3], o[4].isoformat()) for o in owners])
    con.executemany("INSERT INTO properties VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                    [(p["id"], p["owner"], p["agent"], p["addr"], p["city"], p["ptype"], p["beds"], p["baths"],
                      p["area"], p["yb"], p["pets"], p["listed"].isoformat(),
                      p["withdrawn"] and p["withdrawn"].isoformat()) for p in props])
    con.executemany("INSERT INTO tenants VALUES (?,?,?,?,?,?)", tenants)
    con.executemany("INSERT INTO leases VALUES (?,?,?,?,?,?,?,?,?,?)", leases)
    con.executemany("INSERT INTO rent_payments VALUES (?,?,?,?,?,?,?,?)", pay_rows)
    con.executemany("INSERT INTO maintenance_requests VALUES (?,?,?,?,?,?,?,?)", req_rows)
    con.commit()
    con.execute("VACUUM")
    con.close()
    os.replace(tmp, path)


if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "realty.sqlite")
    generate(out)
