#!/usr/bin/env python3
"""Generate logistics.sqlite: a freight network moving shipments between warehouses, 2022-01-01 .. 2024-12-31.

Warehouses, carriers, drivers (with a manager self-reference), customers, shipments
(origin and destination warehouses: two foreign keys to the same table) and damage/loss claims.
The shipments and drivers tables use camelCase column names (a legacy TMS export);
the other tables use snake_case.
Deterministic: the same seed gives the same file on every run.
Usage: python3 gen_logistics.py [OUTPUT_PATH]   (default: logistics.sqlite next to this script)
"""
import datetime as dt
import math
import os
import random
import sqlite3
import sys

SEED = 5550124
START = dt.date(2022, 1, 1)
END = dt.date(2024, 12, 31)

SCHEMA = """
CREATE TABLE warehouses (
    id               INTEGER PRIMARY KEY,
    code             TEXT NOT NULL UNIQUE,   -- e.g. ATL1
    city             TEXT NOT NULL,
    state            TEXT NOT NULL,          -- two-letter US state
    region           TEXT NOT NULL,          -- East, Central, West, South
    capacity_pallets INTEGER NOT NULL,
    opened_on        TEXT NOT NULL           -- YYYY-MM-DD
);
CREATE TABLE carriers (
    id             INTEGER PRIMARY KEY,
    name           TEXT NOT NULL UNIQUE,
    mode           TEXT NOT NULL,            -- road, rail, air
    contract_start TEXT NOT NULL,            -- YYYY-MM-DD
    rating         REAL                      -- 1.0-5.0 vendor score; NULL if not yet rated
);
CREATE TABLE drivers (
    id          INTEGER PRIMARY KEY,
    fullName    TEXT NOT NULL,
    carrierId   INTEGER NOT NULL,
    managerId   INTEGER,                     -- the driver's team lead; NULL for team leads
    licenseClass TEXT NOT NULL,              -- A, B
    hiredOn     TEXT NOT NULL,               -- YYYY-MM-DD
    FOREIGN KEY (carrierId) REFERENCES carriers(id),
    FOREIGN KEY (managerId) REFERENCES drivers(id)
);
CREATE TABLE customers (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL UNIQUE,
    segment    TEXT NOT NULL,                -- retail, e-commerce, manufacturing, healthcare, food
    created_on TEXT NOT NULL                 -- YYYY-MM-DD
);
CREATE TABLE shipments (
    id                     INTEGER PRIMARY KEY,
    trackingNumber         TEXT NOT NULL UNIQUE,
    customerId             INTEGER NOT NULL,
    originWarehouseId      INTEGER NOT NULL,
    destinationWarehouseId INTEGER NOT NULL,
    carrierId              INTEGER NOT NULL,
    driverId               INTEGER,          -- NULL for rail and air legs (no truck driver assigned)
    serviceLevel           TEXT NOT NULL,    -- economy, standard, express
    status                 TEXT NOT NULL,    -- delivered, in_transit, cancelled, lost
    createdAt              TEXT NOT NULL,    -- YYYY-MM-DD HH:MM:SS, when the order was booked
    shippedAt              TEXT,             -- YYYY-MM-DD HH:MM:SS; NULL if cancelled before pickup
    promisedDate           TEXT NOT NULL,    -- YYYY-MM-DD, delivery date promised to the customer
    deliveredAt            TEXT,             -- YYYY-MM-DD HH:MM:SS; NULL unless delivered
    weightKg               REAL NOT NULL,
    distanceKm             INTEGER NOT NULL,
    costUsd                REAL,             -- freight cost billed to the customer, USD; NULL if cancelled (not billed)
    FOREIGN KEY (customerId) REFERENCES customers(id),
    FOREIGN KEY (originWarehouseId) REFERENCES warehouses(id),
    FOREIGN KEY (destinationWarehouseId) REFERENCES warehouses(id),
    FOREIGN KEY (carrierId) REFERENCES carriers(id),
    FOREIGN KEY (driverId) REFERENCES drivers(id)
);
CREATE TABLE claims (
    id             INTEGER PRIMARY KEY,
    shipment_id    INTEGER NOT NULL,
    reason         TEXT NOT NULL,            -- damaged, lost, shortage
    filed_on       TEXT NOT NULL,            -- YYYY-MM-DD
    amount_claimed REAL NOT NULL,            -- USD
    amount_paid    REAL,                     -- USD; NULL while the claim is pending, 0 if rejected
    settled_on     TEXT,                     -- YYYY-MM-DD; NULL while pending
    FOREIGN KEY (shipment_id) REFERENCES shipments(id)
);
CREATE INDEX idx_drivers_carrier ON drivers(carrierId);
CREATE INDEX idx_shipments_customer ON shipments(customerId);
CREATE INDEX idx_shipments_origin ON shipments(originWarehouseId);
CREATE INDEX idx_shipments_destination ON shipments(destinationWarehouseId);
CREATE INDEX idx_shipments_carrier ON shipments(carrierId);
CREATE INDEX idx_claims_shipment ON claims(shipment_id);
"""

# code, city, state, region, capacity, opened_on, lat, lon, volume weight
WAREHOUSES = [
    ("ATL1", "Atlanta", "GA", "South", 42000, "2012-04-02", 33.75, -84.39, 1.4),
    ("CHI1", "Chicago", "IL", "Central", 56000, "2010-09-13", 41.88, -87.63, 1.8),
    ("DAL1", "Dallas", "TX", "South", 48000, "2013-02-18", 32.78, -96.80, 1.5),
    ("DEN1", "Denver", "CO", "West", 26000, "2016-06-06", 39.74, -104.99, 0.8),
    ("LAX1", "Los Angeles", "CA", "West", 61000, "2011-03-21", 34.05, -118.24, 1.9),
    ("SEA1", "Seattle", "WA", "West", 30000, "2015-10-05", 47.61, -122.33, 0.9),
    ("EWR1", "Newark", "NJ", "East", 52000, "2010-01-11", 40.74, -74.17, 1.7),
    ("MEM1", "Memphis", "TN", "South", 45000, "2014-08-25", 35.15, -90.05, 1.2),
    ("PHX1", "Phoenix", "AZ", "West", 24000, "2019-05-13", 33.45, -112.07, 0.7),
    ("CMH1", "Columbus", "OH", "Central", 38000, "2017-11-06", 39.96, -83.00, 1.0),
    ("CLT1", "Charlotte", "NC", "East", 28000, "2018-03-19", 35.23, -80.84, 0.8),
    ("SLC1", "Salt Lake City", "UT", "West", 22000, "2023-04-17", 40.76, -111.89, 0.6),
]
# name, mode, contract_start, rating, reliability (prob. on time), price factor, share
CARRIERS = [
    ("Swiftline Freight", "road", "2015-02-01", 4.2, 0.90, 1.00, 26),
    ("Redhawk Trucking", "road", "2017-07-15", 3.6, 0.80, 0.88, 20),
    ("Blue Ridge Haulers", "road", "2019-03-01", 4.5, 0.93, 1.10, 14),
    ("Prairie Wind Logistics", "road", "2021-11-01", 3.1, 0.74, 0.82, 11),
    ("Ironhorse Rail", "rail", "2016-05-01", 3.9, 0.84, 0.55, 10),
    ("Continental Railways", "rail", "2020-01-10", 3.4, 0.78, 0.50, 6),
    ("SkyBridge Air Cargo", "air", "2018-09-01", 4.4, 0.95, 3.20, 8),
    ("Northstar Express Air", "air", "2024-02-01", None, 0.91, 3.00, 5),
]
SEGMENTS = [("retail", 30), ("e-commerce", 28), ("manufacturing", 20), ("healthcare", 10), ("food", 12)]
SEG_WEIGHT = {"retail": (180, 1.0), "e-commerce": (25, 1.0), "manufacturing": (900, 1.1),
              "healthcare": (60, 1.0), "food": (420, 1.0)}
NAME_A = ["Acorn", "Bayline", "Blue Mesa", "Brightwater", "Canyon", "Cardinal", "Cascade", "Clearfield",
          "Copperleaf", "Crossroads", "Driftwood", "Evergreen", "Fairhaven", "Foxhollow", "Goldleaf",
          "Granite Peak", "Harvest", "Highpoint", "Ironbridge", "Juniper", "Kestrel", "Lakeshore",
          "Lone Pine", "Maplewood", "Meadowlark", "Millstone", "Northfield", "Oakhurst", "Pinnacle",
          "Prairie", "Quarryview", "Redstone", "Riverside", "Sagebrush", "Silverpine", "Stonegate",
          "Summit", "Tallgrass", "Timberline", "Twin Oaks", "Westbrook", "Whitecap", "Wildflower"]
NAME_B = {"retail": ["Outfitters", "Home Goods", "Mercantile", "Stores", "Apparel"],
          "e-commerce": ["Online", "Direct", "Shop", "Marketplace", "Digital"],
          "manufacturing": ["Industries", "Manufacturing", "Components", "Fabrication", "Works"],
          "healthcare": ["Medical Supply", "Pharma", "Health", "Diagnostics"],
          "food": ["Foods", "Provisions", "Farms", "Beverages", "Bakeries"]}
FIRST = ["Alonzo", "Brenda", "Cedric", "Dolores", "Earl", "Francine", "Gustavo", "Hollis", "Irma",
         "Jerome", "Kendra", "Luther", "Marisol", "Nestor", "Opal", "Percy", "Rosalind", "Sterling",
         "Tonya", "Vernon", "Wanda", "Xavier", "Yolanda", "Zeke", "Ambrose", "Bonnie", "Clyde", "Darlene",
         "Elton", "Faye", "Gordon", "Hattie", "Isaiah", "Josie", "Kirk", "Loretta", "Marvin", "Nadine"]
LAST = ["Abrams", "Beckett", "Crowley", "Dominguez", "Easley", "Fuentes", "Gatlin", "Hargrove",
        "Isley", "Jeffries", "Kimura", "Lattimore", "McAllister", "Norwood", "Ochoa", "Pruitt",
        "Quintero", "Rutledge", "Stroud", "Tillman", "Urquhart", "Voss", "Whitlock", "Yates",
        "Zamora", "Bledsoe", "Cantrell", "Dupree", "Ferrell", "Gaines", "Holt", "Ingle", "Kearney"]
SEASON = {1: 0.85, 2: 0.85, 3: 0.95, 4: 0.95, 5: 1.0, 6: 1.0, 7: 0.95, 8: 1.0,
          9: 1.05, 10: 1.15, 11: 1.35, 12: 1.25}
LEVELS = [("economy", 30), ("standard", 52), ("express", 18)]


def wchoice(rng, pairs):
    return rng.choices([p[0] for p in pairs], weights=[p[1] for p in pairs], k=1)[0]


def d(s):
    return dt.date.fromisoformat(s)


def km(a, b):
    lat1, lon1, lat2, lon2 = map(math.radians, (a[6], a[7], b[6], b[7]))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(h))


def generate(path):
    rng = random.Random(SEED)
    tmp = path + ".tmp"
    if os.path.exists(tmp):
        os.remove(tmp)
    con = sqlite3.connect(tmp)
    con.execute("PRAGMA journal_mode=OFF")
    con.execute("PRAGMA synchronous=OFF")
    con.executescript(SCHEMA)

    wh_rows = [(i, w[0], w[1], w[2], w[3], w[4], w[5]) for i, w in enumerate(WAREHOUSES, start=1)]
    car_rows = [(i, c[0], c[1], c[2], c[3]) for i, c in enumerate(CARRIERS, start=1)]

    # ---- drivers (road carriers only) -----------------------------------
    drivers = []
    used = set()
    for cid, c in enumerate(CARRIERS, start=1):
        if c[1] != "road":
            continue
        n_leads = {1: 4, 2: 3, 3: 2, 4: 2}[cid]
        per_lead = {1: 9, 2: 8, 3: 8, 4: 7}[cid]
        leads = []
        for _ in range(n_leads):
            drivers.append(None)
            did = len(drivers)
            name = _name(rng, used)
            hired = dt.date(2008, 1, 1) + dt.timedelta(days=rng.randrange(3000))
            drivers[-1] = (did, name, cid, None, "A", hired.isoformat())
            leads.append(did)
        for lead in leads:
            for _ in range(per_lead + rng.randint(-2, 2)):
                drivers.append(None)
                did = len(drivers)
                name = _name(rng, used)
                hired = dt.date(2012, 1, 1) + dt.timedelta(days=rng.randrange((dt.date(2024, 9, 30) - dt.date(2012, 1, 1)).days))
                lic = "A" if rng.random() < 0.7 else "B"
                drivers[-1] = (did, name, cid, lead, lic, hired.isoformat())
    drivers_by_carrier = {}
    for dr in drivers:
        drivers_by_carrier.setdefault(dr[2], []).append(dr)
    drv_weight = {dr[0]: math.exp(rng.gauss(0, 0.35)) for dr in drivers}

    # ---- customers -------------------------------------------------------
    customers = []
    names = set()
    for cid in range(1, 321):
        seg = wchoice(rng, SEGMENTS)
        while True:
            nm = rng.choice(NAME_A) + " " + rng.choice(NAME_B[seg])
            if nm not in names:
                names.add(nm)
                break
        if rng.random() < 0.5:
            created = dt.date(2016, 1, 1) + dt.timedelta(days=rng.randrange((START - dt.date(2016, 1, 1)).days))
        else:
            created = START + dt.timedelta(days=rng.randrange((dt.date(2024, 10, 31) - START).days))
        vol = math.exp(rng.gauss(0, 1.0))
        home = rng.choices(range(len(WAREHOUSES)), weights=[w[8] for w in WAREHOUSES], k=1)[0]
        customers.append({"id": cid, "name": nm, "segment": seg, "created": created, "vol": vol, "home": home})
    cust_cum = []
    acc = 0.0
    for c in customers:
        acc += c["vol"]
        cust_cum.append(acc)

    # ---- shipments -------------------------------------------------------
    shipments = []
    claims = []
    tracking = set()
    day = START
    wh_w = [w[8] for w in WAREHOUSES]
    while day <= END:
        if day.weekday() == 6:
            day += dt.timedelta(days=1)
            continue
        growth = 1.0 + 0.10 * ((day - START).days / 365.0)
        lam = 8.6 * SEASON[day.month] * growth * (0.4 if day.weekday() == 5 else 1.0)
        n = max(0, int(round(rng.gauss(lam, math.sqrt(lam)))))
        for _ in range(n):
            while True:
                c = rng.choices(customers, cum_weights=cust_cum, k=1)[0]
                if c["created"] <= day:
                    break
            # origin: customer's home warehouse most of the time
            while True:
                oi = c["home"] if rng.random() < 0.65 else rng.choices(range(len(WAREHOUSES)), weights=wh_w, k=1)[0]
                di = rng.choices(range(len(WAREHOUSES)), weights=wh_w, k=1)[0]
                if oi != di and d(WAREHOUSES[oi][5]) <= day and d(WAREHOUSES[di][5]) <= day:
                    break
            o, de = WAREHOUSES[oi], WAREHOUSES[di]
            dist = int(round(km(o, de) * 1.18))
            level = wchoice(rng, LEVELS)
            # carrier: air for express long-haul, rail for heavy economy, else road
            while True:
                if level == "express" and dist > 1200 and rng.random() < 0.7:
                    mode = "air"
                elif level == "economy" and dist > 900 and rng.random() < 0.55:
                    mode = "rail"
                else:
                    mode = "road"
                cands = [(i + 1, cr) for i, cr in enumerate(CARRIERS)
                         if cr[1] == mode and d(cr[2]) <= day]
                if cands:
                    break
            cid, cr = rng.choices(cands, weights=[x[1][6] for x in cands], k=1)[0]
            driver = None
            if mode == "road":
                pool = [dr for dr in drivers_by_carrier[cid] if d(dr[5]) <= day]
                driver = rng.choices(pool, weights=[drv_weight[dr[0]] for dr in pool], k=1)[0]
            base_w, _ = SEG_WEIGHT[c["segment"]]
            weight = round(max(0.5, base_w * math.exp(rng.gauss(0, 0.8))), 1)
            if mode == "air":
                weight = round(min(weight, 900.0), 1)
            # transit time in days
            speed = {"road": 650.0, "rail": 420.0, "air": 3000.0}[mode]
            lvl_fast = {"economy": 1.25, "standard": 1.0, "express": 0.7}[level]
            transit = max(1, int(math.ceil(dist / speed * lvl_fast)) + (1 if mode == "rail" else 0))
            promised_days = transit + {"economy": 2, "standard": 1, "express": 0}[level]
            created_t = dt.datetime(day.year, day.month, day.day) + dt.timedelta(
                seconds=int(min(20.5, max(6.0, rng.gauss(12.5, 3.0))) * 3600) + rng.randrange(60))
            pickup_lag = rng.choice([0, 0, 1, 1, 1, 2]) if level != "express" else rng.choice([0, 0, 1])
            shipped_t = created_t + dt.timedelta(days=pickup_lag, hours=rng.uniform(1, 9))
            promised = (created_t + dt.timedelta(days=pickup_lag)).date() + dt.timedelta(days=promised_days)
            # cost
            rate = {"economy": 0.00042, "standard": 0.00055, "express": 0.00085}[level]
            cost = (35.0 + rate * weight * dist + 0.06 * dist) * cr[5]
            if shipped_t.date() >= dt.date(2023, 7, 1):
                cost *= 1.06                         # fuel surcharge from July 2023
            cost = round(cost * rng.uniform(0.93, 1.07), 2)
            # outcome
            status = "delivered"
            delivered_t = None
            r = rng.random()
            rel = cr[4] - (0.08 if day.month in (11, 12) else 0.0) - (0.05 if dist > 2500 else 0.0)
            if r < 0.035:
                status = "cancelled"
                shipped_t = None
                cost = None
            else:
                lost = rng.random() < (0.004 if mode != "rail" else 0.009)
                # actual = calendar days after the pickup day on which the freight arrives
                if rng.random() < rel:
                    actual = transit - (1 if transit > 1 and rng.random() < 0.25 else 0)
                else:
                    actual = promised_days + 1 + int(rng.expovariate(1 / 1.6))
                arrive = created_t.date() + dt.timedelta(days=pickup_lag + actual)
                delivered_t = dt.datetime(arrive.year, arrive.month, arrive.day) + dt.timedelta(
                    seconds=int(rng.uniform(8, 19) * 3600))
                if delivered_t < shipped_t + dt.timedelta(hours=3):
                    delivered_t = shipped_t + dt.timedelta(hours=3 + rng.uniform(0, 5))
                if shipped_t.date() > END:
                    shipped_t = None
                    status = "in_transit"      # booked but not yet picked up
                    delivered_t = None
                elif lost:
                    status = "lost"
                    delivered_t = None
                elif delivered_t.date() > END:
                    status = "in_transit"
                    delivered_t = None
            while True:
                tn = "1Z" + "".join(rng.choice("0123456789ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(12))
                if tn not in tracking:
                    tracking.add(tn)
                    break
            sid = len(shipments) + 1
            shipments.append((sid, tn, c["id"], oi + 1, di + 1, cid, driver[0] if driver else None, level, status,
                              created_t.strftime("%Y-%m-%d %H:%M:%S"),
                              shipped_t.strftime("%Y-%m-%d %H:%M:%S") if shipped_t else None,
                              promised.isoformat(),
                              delivered_t.strftime("%Y-%m-%d %H:%M:%S") if delivered_t else None,
                              weight, dist, cost))
            # claims
            reason = None
            if status == "lost":
                reason = "lost"
            elif status == "delivered":
                p = 0.022 * (1.6 if cr[1] == "rail" else 1.0) * (1.5 if cid == 4 else 1.0)
                if rng.random() < p:
                    reason = "damaged" if rng.random() < 0.72 else "shortage"
            if reason:
                base_day = delivered_t.date() if delivered_t else promised + dt.timedelta(days=10)
                filed = base_day + dt.timedelta(days=1 + int(rng.expovariate(1 / 6.0)))
                if filed <= END:
                    value = weight * rng.uniform(4, 25) if reason == "lost" else weight * rng.uniform(0.5, 6)
                    claimed = round(min(50000.0, max(40.0, value)), 2)
                    settle = filed + dt.timedelta(days=int(rng.uniform(10, 75)))
                    if settle > END or rng.random() < 0.07:
                        paid, settled = None, None
                    else:
                        rr = rng.random()
                        if rr < 0.15:
                            paid = 0.0
                        elif rr < 0.65:
                            paid = claimed
                        else:
                            paid = round(claimed * rng.uniform(0.3, 0.9), 2)
                        settled = settle.isoformat()
                    claims.append((sid, reason, filed.isoformat(), claimed, paid, settled))
        day += dt.timedelta(days=1)

    claims.sort(key=lambda c: (c[2], c[0]))
    claim_rows = [(i + 1,) + c for i, c in enumerate(claims)]

    con.executemany("INSERT INTO warehouses VALUES (?,?,?,?,?,?,?)", wh_rows)
    con.executemany("INSERT INTO carriers VALUES (?,?,?,?,?)", car_rows)
    con.executemany("INSERT INTO drivers VALUES (?,?,?,?,?,?)", drivers)
    con.executemany("INSERT INTO customers VALUES (?,?,?,?)",
                    [(c["id"], c["name"], c["segment"], c["created"].isoformat()) for c in customers])
    con.executemany("INSERT INTO shipments VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", shipments)
    con.executemany("INSERT INTO claims VALUES (?,?,?,?,?,?,?)", claim_rows)
    con.commit()
    con.execute("VACUUM")
    con.close()
    os.replace(tmp, path)


def _name(rng, used):
    while True:
        nm = rng.choice(FIRST) + " " + rng.choice(LAST)
        if nm not in used:
            used.add(nm)
            return nm


if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "logistics.sqlite")
    generate(out)
