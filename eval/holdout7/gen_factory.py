#!/usr/bin/env python3
"""Generate factory.sqlite: a discrete manufacturer (plants, lines, work orders,
inspections, maintenance, raw-material purchasing), 2022-01-01 .. 2024-12-31.

Deterministic: the same seed gives the same file on every run.
Usage: python3 gen_factory.py [OUTPUT_PATH]   (default: factory.sqlite next to this script)
Python 3 standard library only.
"""
import datetime as dt
import os
import random
import sqlite3
import sys

SEED = 7031977
START = dt.date(2022, 1, 1)
END = dt.date(2024, 12, 31)

SCHEMA = """
CREATE TABLE Plants (
    PlantId     INTEGER PRIMARY KEY,
    PlantName   TEXT NOT NULL UNIQUE,
    City        TEXT NOT NULL,
    Country     TEXT NOT NULL,
    OpenedOn    TEXT NOT NULL,             -- YYYY-MM-DD
    FloorAreaM2 INTEGER NOT NULL           -- production floor area, square metres
);
CREATE TABLE ProductionLines (
    LineId          INTEGER PRIMARY KEY,
    PlantId         INTEGER NOT NULL,
    LineCode        TEXT NOT NULL UNIQUE,  -- e.g. DAY-2 = line 2 of the Dayton plant
    LineType        TEXT NOT NULL,         -- assembly, machining, stamping, painting, packaging
    RatedUnitsPerHour INTEGER NOT NULL,    -- nameplate capacity, units per hour
    CommissionedOn  TEXT NOT NULL,         -- YYYY-MM-DD
    FOREIGN KEY (PlantId) REFERENCES Plants(PlantId)
);
CREATE TABLE Operators (
    OperatorId   INTEGER PRIMARY KEY,
    PlantId      INTEGER NOT NULL,
    FullName     TEXT NOT NULL,
    JobRole      TEXT NOT NULL,            -- operator, inspector, technician, supervisor
    Shift        TEXT NOT NULL,            -- day (06-14), swing (14-22), night (22-06)
    HourlyWage   REAL NOT NULL,            -- USD per hour
    HiredOn      TEXT NOT NULL,            -- YYYY-MM-DD
    LeftOn       TEXT,                     -- YYYY-MM-DD; NULL = still employed
    SupervisorId INTEGER,                  -- the supervisor this person reports to; NULL for supervisors themselves
    FOREIGN KEY (PlantId) REFERENCES Plants(PlantId),
    FOREIGN KEY (SupervisorId) REFERENCES Operators(OperatorId)
);
CREATE TABLE Products (
    ProductId      INTEGER PRIMARY KEY,
    Sku            TEXT NOT NULL UNIQUE,
    ProductName    TEXT NOT NULL,
    Category       TEXT NOT NULL,          -- pump, valve, gearbox, motor, bracket, housing
    UnitCost       REAL NOT NULL,          -- standard manufacturing cost, USD per unit
    ListPrice      REAL NOT NULL,          -- USD per unit
    WeightKg       REAL NOT NULL,          -- kg per unit
    DiscontinuedOn TEXT                    -- YYYY-MM-DD; NULL = still in the catalogue
);
CREATE TABLE Suppliers (
    SupplierId   INTEGER PRIMARY KEY,
    SupplierName TEXT NOT NULL UNIQUE,
    Country      TEXT NOT NULL,
    Rating       INTEGER CHECK (Rating BETWEEN 1 AND 5)  -- vendor scorecard 1-5; NULL = not yet rated
);
CREATE TABLE PurchaseOrders (
    PurchaseOrderId INTEGER PRIMARY KEY,
    SupplierId      INTEGER NOT NULL,
    PlantId         INTEGER NOT NULL,      -- receiving plant
    Material        TEXT NOT NULL,         -- steel, aluminium, copper, polymer resin, rubber, paint
    QuantityKg      REAL NOT NULL,         -- ordered quantity, kg
    PricePerKg      REAL NOT NULL,         -- USD per kg
    OrderedOn       TEXT NOT NULL,         -- YYYY-MM-DD
    PromisedOn      TEXT NOT NULL,         -- YYYY-MM-DD, delivery date promised by the supplier
    ReceivedOn      TEXT,                  -- YYYY-MM-DD; NULL = not delivered (still open, or cancelled)
    Status          TEXT NOT NULL,         -- open, received, cancelled
    FOREIGN KEY (SupplierId) REFERENCES Suppliers(SupplierId),
    FOREIGN KEY (PlantId) REFERENCES Plants(PlantId)
);
CREATE TABLE WorkOrders (
    WorkOrderId   INTEGER PRIMARY KEY,
    LineId        INTEGER NOT NULL,
    ProductId     INTEGER NOT NULL,
    OperatorId    INTEGER NOT NULL,        -- lead operator running the order
    Shift         TEXT NOT NULL,           -- day, swing, night
    StartedAt     TEXT NOT NULL,           -- YYYY-MM-DD HH:MM:SS
    CompletedAt   TEXT,                    -- YYYY-MM-DD HH:MM:SS when closed (completed or cancelled); NULL = still running
    Status        TEXT NOT NULL,           -- completed, cancelled, running
    UnitsPlanned  INTEGER NOT NULL,
    UnitsProduced INTEGER NOT NULL,        -- all units made, including scrapped ones
    ScrapUnits    INTEGER NOT NULL,        -- units scrapped (part of UnitsProduced)
    FOREIGN KEY (LineId) REFERENCES ProductionLines(LineId),
    FOREIGN KEY (ProductId) REFERENCES Products(ProductId),
    FOREIGN KEY (OperatorId) REFERENCES Operators(OperatorId)
);
CREATE TABLE Inspections (
    InspectionId INTEGER PRIMARY KEY,
    WorkOrderId  INTEGER NOT NULL,
    InspectorId  INTEGER NOT NULL,         -- Operators row of the quality inspector
    InspectedAt  TEXT NOT NULL,            -- YYYY-MM-DD HH:MM:SS
    SampleSize   INTEGER NOT NULL,         -- units checked
    Result       TEXT NOT NULL,            -- pass, fail
    DefectType   TEXT,                     -- dimensional, surface, porosity, misalignment, contamination, weld crack; NULL when Result = pass
    FOREIGN KEY (WorkOrderId) REFERENCES WorkOrders(WorkOrderId),
    FOREIGN KEY (InspectorId) REFERENCES Operators(OperatorId)
);
CREATE TABLE MaintenanceEvents (
    MaintenanceId   INTEGER PRIMARY KEY,
    LineId          INTEGER NOT NULL,
    TechnicianId    INTEGER,               -- Operators row of the in-house technician; NULL = done by an external contractor
    EventType       TEXT NOT NULL,         -- preventive, corrective, breakdown
    Equipment       TEXT NOT NULL,         -- press, conveyor, robot, cnc spindle, oven, compressor
    StartedAt       TEXT NOT NULL,         -- YYYY-MM-DD HH:MM:SS
    EndedAt         TEXT,                  -- YYYY-MM-DD HH:MM:SS; NULL = work still in progress
    DowntimeMinutes INTEGER,               -- production time lost, minutes (0 if done outside production); NULL while in progress
    CostUsd         REAL NOT NULL,         -- parts + labour, USD
    FOREIGN KEY (LineId) REFERENCES ProductionLines(LineId),
    FOREIGN KEY (TechnicianId) REFERENCES Operators(OperatorId)
);
CREATE INDEX idx_lines_plant ON ProductionLines(PlantId);
CREATE INDEX idx_operators_plant ON Operators(PlantId);
CREATE INDEX idx_po_supplier ON PurchaseOrders(SupplierId);
CREATE INDEX idx_wo_line ON WorkOrders(LineId);
CREATE INDEX idx_wo_product ON WorkOrders(ProductId);
CREATE INDEX idx_insp_wo ON Inspections(WorkOrderId);
CREATE INDEX idx_maint_line ON MaintenanceEvents(LineId);
"""

PLANTS = [
    # name, city, country, opened, area, code, line types
    ("Dayton Works", "Dayton", "United States", "1987-04-01", 42000, "DAY",
     ["machining", "machining", "assembly", "painting", "packaging"]),
    ("Monterrey Plant", "Monterrey", "Mexico", "2004-09-15", 36000, "MTY",
     ["stamping", "assembly", "assembly", "packaging"]),
    ("Leipzig Werk", "Leipzig", "Germany", "1996-02-01", 30000, "LEI",
     ["machining", "assembly", "painting", "packaging"]),
    ("Pune Facility", "Pune", "India", "2012-06-01", 28000, "PUN",
     ["stamping", "machining", "assembly", "packaging"]),
    ("Ostrava Plant", "Ostrava", "Czechia", "2022-03-01", 18000, "OST",
     ["machining", "assembly", "packaging"]),
]
RATE = {"assembly": 60, "machining": 35, "stamping": 120, "painting": 80, "packaging": 150}
SCRAP_BASE = {"assembly": 0.018, "machining": 0.032, "stamping": 0.025, "painting": 0.041, "packaging": 0.006}

FIRST = ["James", "Maria", "John", "Ana", "Robert", "Linda", "Carlos", "Sofia", "Luis", "Elena",
         "Jorge", "Lucia", "Miguel", "Carmen", "Thomas", "Anja", "Stefan", "Katrin", "Jan", "Petra",
         "Tomas", "Eva", "Pavel", "Jana", "Rahul", "Priya", "Amit", "Sneha", "Vikram", "Anjali",
         "Michael", "Sarah", "David", "Laura", "Kevin", "Emily", "Brian", "Rachel", "Daniel", "Megan",
         "Felix", "Lena", "Jakub", "Tereza", "Suresh", "Kavya", "Diego", "Valeria", "Oscar", "Ines"]
LAST = ["Smith", "Johnson", "Brown", "Miller", "Davis", "Garcia", "Hernandez", "Lopez", "Martinez",
        "Gonzalez", "Ramirez", "Torres", "Muller", "Schmidt", "Schneider", "Fischer", "Weber", "Wagner",
        "Novak", "Svoboda", "Dvorak", "Cerny", "Prochazka", "Sharma", "Patel", "Kulkarni", "Deshpande",
        "Joshi", "Iyer", "Nair", "Wilson", "Moore", "Taylor", "Anderson", "Clark", "Lewis", "Walker",
        "Hoffmann", "Koch", "Richter", "Kral", "Pokorny", "Reyes", "Flores", "Castillo", "Rao"]

CATEGORIES = {
    "pump": (["Centrifugal Pump", "Gear Pump", "Diaphragm Pump", "Submersible Pump", "Booster Pump", "Dosing Pump", "Vane Pump"], (180, 900), (8, 40)),
    "valve": (["Ball Valve", "Gate Valve", "Check Valve", "Butterfly Valve", "Globe Valve", "Relief Valve", "Needle Valve"], (25, 220), (0.8, 12)),
    "gearbox": (["Helical Gearbox", "Worm Gearbox", "Planetary Gearbox", "Bevel Gearbox", "Inline Reducer"], (300, 1600), (15, 90)),
    "motor": (["AC Motor 2kW", "AC Motor 5kW", "DC Motor 1kW", "Servo Motor", "Stepper Motor", "Brake Motor"], (120, 1100), (4, 60)),
    "bracket": (["L-Bracket", "Mounting Plate", "Pipe Clamp", "Motor Base", "Angle Bracket", "Support Arm", "Flange Plate"], (2, 18), (0.2, 3)),
    "housing": (["Pump Housing", "Gear Housing", "Valve Body", "End Cover", "Bearing Housing", "Terminal Box"], (20, 140), (1.5, 20)),
}
MATERIALS = {"steel": (0.9, 1.4), "aluminium": (2.3, 3.1), "copper": (7.8, 9.9),
             "polymer resin": (1.6, 2.6), "rubber": (1.9, 3.0), "paint": (6.0, 11.0)}
SUPPLIERS = [
    ("Allegheny Steel Supply", "United States"), ("Great Lakes Metals", "United States"),
    ("Buckeye Polymers", "United States"), ("Keystone Coatings", "United States"),
    ("Aceros del Norte", "Mexico"), ("Hules de Monterrey", "Mexico"), ("Cobre Industrial MX", "Mexico"),
    ("Sachsen Stahl GmbH", "Germany"), ("Rhein Aluminium AG", "Germany"), ("Lackwerk Halle", "Germany"),
    ("Bohemia Metal s.r.o.", "Czechia"), ("Moravia Plast", "Czechia"),
    ("Deccan Steel Traders", "India"), ("Sahyadri Rubber Works", "India"), ("Bharat Copper Ltd", "India"),
    ("Pacific Resin Co", "China"), ("Shenzhen Alloy Trading", "China"), ("Nordic Copper AB", "Sweden"),
    ("Tata Alloys Export", "India"), ("Ohio Valley Paints", "United States"), ("Polska Guma", "Poland"),
    ("Silesia Steel", "Poland"),
]
DEFECTS = [("dimensional", 30), ("surface", 24), ("porosity", 12), ("misalignment", 14),
           ("contamination", 9), ("weld crack", 6)]
EQUIP = {"assembly": ["conveyor", "robot", "compressor"], "machining": ["cnc spindle", "conveyor", "compressor"],
         "stamping": ["press", "conveyor", "compressor"], "painting": ["oven", "robot", "conveyor", "compressor"],
         "packaging": ["conveyor", "robot"]}
SHIFT_START = {"day": 6, "swing": 14, "night": 22}


def ts(x):
    return x.strftime("%Y-%m-%d %H:%M:%S")


def rand_date(rng, a, b):
    return a + dt.timedelta(days=rng.randrange((b - a).days + 1))


def generate(path):
    rng = random.Random(SEED)
    tmp = path + ".tmp"
    if os.path.exists(tmp):
        os.remove(tmp)
    con = sqlite3.connect(tmp)
    con.execute("PRAGMA journal_mode=OFF")
    con.execute("PRAGMA synchronous=OFF")
    con.executescript(SCHEMA)

    # ---- plants and lines -----------------------------------------------
    lines = []  # (line_id, plant_id, type, rate, commissioned)
    lid = 0
    for pid, (name, city, country, opened, area, code, ltypes) in enumerate(PLANTS, 1):
        con.execute("INSERT INTO Plants VALUES (?,?,?,?,?,?)", (pid, name, city, country, opened, area))
        for k, lt in enumerate(ltypes, 1):
            lid += 1
            if pid == 5:
                comm = dt.date(2022, 3, 1) + dt.timedelta(days=40 * (k - 1))
            else:
                comm = rand_date(rng, dt.date(2008, 1, 1), dt.date(2020, 12, 31))
            rate = int(RATE[lt] * rng.uniform(0.8, 1.25))
            lines.append((lid, pid, lt, rate, comm, code))
            con.execute("INSERT INTO ProductionLines VALUES (?,?,?,?,?,?)",
                        (lid, pid, "%s-%d" % (code, k), lt, rate, comm.isoformat()))

    # ---- operators ------------------------------------------------------
    ops = []  # dicts
    used = set()
    oid = 0

    def person():
        while True:
            n = rng.choice(FIRST) + " " + rng.choice(LAST)
            if n not in used:
                used.add(n)
                return n

    by_plant_shift_role = {}
    for pid in range(1, 6):
        nlines = len(PLANTS[pid - 1][6])
        for shift in ("day", "swing", "night"):
            oid += 1
            hired = rand_date(rng, dt.date(2005, 1, 1), dt.date(2019, 12, 31)) if pid != 5 else rand_date(rng, dt.date(2021, 10, 1), dt.date(2022, 2, 1))
            sup = oid
            ops.append(dict(id=oid, plant=pid, name=person(), role="supervisor", shift=shift,
                            wage=round(rng.uniform(34, 46), 2), hired=hired, left=None, sup=None))
            by_plant_shift_role.setdefault((pid, shift, "supervisor"), []).append(oid)
            mult = 1.0 if shift != "night" else 0.6
            for role, n in (("operator", int(nlines * 6 * mult) + 2), ("inspector", 3 if shift != "night" else 2),
                            ("technician", 3 if shift != "night" else 2)):
                for _ in range(n):
                    oid += 1
                    if pid == 5:
                        hired = rand_date(rng, dt.date(2021, 11, 1), dt.date(2024, 9, 30))
                    else:
                        hired = rand_date(rng, dt.date(2006, 1, 1), dt.date(2024, 9, 30))
                    left = None
                    if rng.random() < 0.16:
                        left = rand_date(rng, max(hired + dt.timedelta(days=60), START), END)
                        if left <= hired or left > END:
                            left = None
                    base = {"operator": 19, "inspector": 23, "technician": 27}[role]
                    if PLANTS[pid - 1][2] == "Mexico":
                        base *= 0.45
                    elif PLANTS[pid - 1][2] == "India":
                        base *= 0.3
                    elif PLANTS[pid - 1][2] == "Czechia":
                        base *= 0.6
                    ops.append(dict(id=oid, plant=pid, name=person(), role=role, shift=shift,
                                    wage=round(base * rng.uniform(0.9, 1.3), 2), hired=hired, left=left, sup=sup))
                    by_plant_shift_role.setdefault((pid, shift, role), []).append(oid)
    # fix supervisor wages by country too
    for o in ops:
        if o["role"] == "supervisor":
            c = PLANTS[o["plant"] - 1][2]
            f = {"Mexico": 0.45, "India": 0.3, "Czechia": 0.6}.get(c, 1.0)
            o["wage"] = round(o["wage"] * f, 2)
    con.executemany("INSERT INTO Operators VALUES (?,?,?,?,?,?,?,?,?)",
                    [(o["id"], o["plant"], o["name"], o["role"], o["shift"], o["wage"], o["hired"].isoformat(),
                      o["left"].isoformat() if o["left"] else None, o["sup"]) for o in ops])
    op_by_id = {o["id"]: o for o in ops}

    def active_people(pid, shift, role, day):
        ids = by_plant_shift_role.get((pid, shift, role), [])
        r = [i for i in ids if op_by_id[i]["hired"] <= day and (op_by_id[i]["left"] is None or op_by_id[i]["left"] > day)]
        if not r:
            r = [i for i in by_plant_shift_role.get((pid, shift, "supervisor"), [])]
        return r

    # ---- products -------------------------------------------------------
    products = []
    pno = 0
    for cat, (names, (clo, chi), (wlo, whi)) in CATEGORIES.items():
        for nm in names:
            for variant in (["Standard"] if rng.random() < 0.5 else ["Standard", "Heavy Duty"]):
                pno += 1
                cost = round(rng.uniform(clo, chi), 2)
                price = round(cost * rng.uniform(1.35, 1.9), 2)
                w = round(rng.uniform(wlo, whi), 2)
                disc = None
                if rng.random() < 0.15:
                    disc = rand_date(rng, dt.date(2023, 1, 1), dt.date(2024, 10, 31))
                pname = nm if variant == "Standard" else nm + " HD"
                sku = "%s-%04d" % (cat[:3].upper(), 100 + pno * 7)
                products.append((pno, sku, pname, cat, cost, price, w, disc))
    con.executemany("INSERT INTO Products VALUES (?,?,?,?,?,?,?,?)",
                    [(p[0], p[1], p[2], p[3], p[4], p[5], p[6], p[7].isoformat() if p[7] else None) for p in products])
    # which line types make which categories
    makes = {"machining": ["gearbox", "housing", "valve"], "stamping": ["bracket", "housing"],
             "assembly": ["pump", "motor", "gearbox", "valve"], "painting": ["pump", "housing", "motor"],
             "packaging": ["pump", "valve", "gearbox", "motor", "bracket", "housing"]}
    prod_by_cat = {}
    for p in products:
        prod_by_cat.setdefault(p[3], []).append(p)

    # ---- suppliers ------------------------------------------------------
    sup_rows = []
    for i, (nm, c) in enumerate(SUPPLIERS, 1):
        rating = None if rng.random() < 0.15 else rng.choices([1, 2, 3, 4, 5], weights=[3, 8, 25, 40, 24])[0]
        sup_rows.append((i, nm, c, rating))
    con.executemany("INSERT INTO Suppliers VALUES (?,?,?,?)", sup_rows)
    sup_mats = {}
    for s in sup_rows:
        mats = rng.sample(sorted(MATERIALS), rng.randint(1, 3))
        sup_mats[s[0]] = mats

    # ---- purchase orders ------------------------------------------------
    po_rows = []
    poid = 0
    d = START
    while d <= END:
        if d.weekday() < 5:
            for pid in range(1, 6):
                if pid == 5 and d < dt.date(2022, 3, 1):
                    continue
                if rng.random() < (0.95 if pid != 5 else 0.5):
                    for _ in range(rng.choice([1, 1, 1, 2, 2, 3])):
                        country = PLANTS[pid - 1][2]
                        local = [s for s in sup_rows if s[2] == country] if rng.random() < 0.6 else []
                        s = rng.choice(local) if local else rng.choice(sup_rows)
                        mat = rng.choice(sup_mats[s[0]])
                        lo, hi = MATERIALS[mat]
                        infl = 1.0 + 0.06 * ((d - START).days / 365.0)
                        if mat == "copper" and dt.date(2022, 3, 1) <= d < dt.date(2022, 7, 1):
                            infl *= 1.25
                        price = round(rng.uniform(lo, hi) * infl, 3)
                        qty = round(rng.choice([500, 1000, 2000, 2500, 5000, 10000, 20000]) * rng.uniform(0.8, 1.2), 1)
                        if mat in ("paint", "rubber"):
                            qty = round(qty / 5, 1)
                        lead = rng.randint(7, 35) if s[2] == country else rng.randint(25, 70)
                        promised = d + dt.timedelta(days=lead)
                        late = int(max(0, rng.gauss(2, 6 if (s[3] or 3) >= 3 else 14)))
                        if s[3] is not None and s[3] <= 2:
                            late += rng.randint(0, 15)
                        received = promised + dt.timedelta(days=late - rng.randint(0, 4))
                        status = "received"
                        if rng.random() < 0.035:
                            status, received = "cancelled", None
                        elif received > END:
                            status, received = "open", None
                        poid += 1
                        po_rows.append((poid, s[0], pid, mat, qty, price, d.isoformat(), promised.isoformat(),
                                        received.isoformat() if received else None, status))
        d += dt.timedelta(days=1)
    con.executemany("INSERT INTO PurchaseOrders VALUES (?,?,?,?,?,?,?,?,?,?)", po_rows)

    # ---- work orders and inspections ------------------------------------
    wo_rows = []
    insp_rows = []
    woid = 0
    iid = 0
    now = dt.datetime(2024, 12, 31, 23, 59, 0)
    d = START
    while d <= END:
        for (line_id, pid, lt, rate, comm, code) in lines:
            if comm > d:
                continue
            for shift in ("day", "swing", "night"):
                p_run = {"day": 0.62, "swing": 0.55, "night": 0.3}[shift]
                if d.weekday() >= 5:
                    p_run *= 0.35
                if d.month == 12 and d.day >= 23:
                    p_run *= 0.3
                if rng.random() >= p_run:
                    continue
                cats = makes[lt]
                cat = rng.choice(cats)
                cands = [p for p in prod_by_cat[cat] if p[7] is None or p[7] > d]
                if not cands:
                    continue
                prod = rng.choice(cands)
                opers = active_people(pid, shift, "operator", d)
                op = rng.choice(opers)
                start = dt.datetime(d.year, d.month, d.day, SHIFT_START[shift]) + dt.timedelta(minutes=rng.randint(0, 75))
                hours = rng.uniform(3.0, 7.5)
                if d >= dt.date(2024, 12, 29) and rng.random() < 0.6:
                    hours = rng.uniform(30.0, 80.0)   # long year-end batches still on the line
                planned = int(rate * hours * rng.uniform(0.85, 1.0) / 10) * 10 + 10
                eff = rng.uniform(0.78, 1.02)
                if shift == "night":
                    eff *= 0.95
                scrap_rate = SCRAP_BASE[lt] * rng.uniform(0.4, 1.8)
                if shift == "night":
                    scrap_rate *= 1.3
                if pid == 5 and d < dt.date(2023, 1, 1):
                    scrap_rate *= 1.8   # ramp-up year of the new plant
                if pid == 2 and lt == "stamping" and dt.date(2023, 6, 1) <= d < dt.date(2023, 9, 1):
                    scrap_rate *= 2.5   # worn die set, summer 2023
                status = "completed"
                r = rng.random()
                if r < 0.025:
                    status = "cancelled"
                    hours *= rng.uniform(0.1, 0.6)
                    eff *= 0.5
                produced = max(0, int(rate * hours * eff))
                produced = min(produced, int(planned * 1.05))
                scrap = min(produced, int(round(produced * scrap_rate + rng.random())))
                end = start + dt.timedelta(minutes=int(hours * 60))
                if end > now:
                    status = "running"
                    end_s = None
                    elapsed = (now - start).total_seconds() / 3600.0
                    produced = int(rate * max(0.0, elapsed) * eff)
                    scrap = int(produced * scrap_rate)
                else:
                    end_s = ts(end)
                woid += 1
                wo_rows.append((woid, line_id, prod[0], op, shift, ts(start), end_s, status, planned, produced, scrap))
                if status == "completed":
                    n_insp = 1 if rng.random() < 0.8 else 2
                    if rng.random() < 0.07:
                        n_insp = 0
                    fail_p = min(0.9, 0.04 + scrap_rate * 2.2)
                    insp_t = end
                    for _ in range(n_insp):
                        insp_t = insp_t + dt.timedelta(minutes=rng.randint(10, 300))
                        if insp_t > now:
                            break
                        inspectors = active_people(pid, shift, "inspector", d)
                        inspector = rng.choice(inspectors)
                        res = "fail" if rng.random() < fail_p else "pass"
                        defect = None
                        if res == "fail":
                            dw = list(DEFECTS)
                            if lt == "painting":
                                dw = [("surface", 50), ("contamination", 25), ("dimensional", 5)]
                            elif lt == "stamping":
                                dw = [("dimensional", 40), ("surface", 20), ("misalignment", 20), ("weld crack", 10)]
                            defect = rng.choices([x[0] for x in dw], weights=[x[1] for x in dw])[0]
                        iid += 1
                        sample = min(produced, rng.choice([5, 10, 10, 20, 25, 50])) if produced else 1
                        insp_rows.append((iid, woid, inspector, ts(insp_t), max(1, sample), res, defect))
        d += dt.timedelta(days=1)
    con.executemany("INSERT INTO WorkOrders VALUES (?,?,?,?,?,?,?,?,?,?,?)", wo_rows)
    con.executemany("INSERT INTO Inspections VALUES (?,?,?,?,?,?,?)", insp_rows)

    # ---- maintenance ----------------------------------------------------
    m_rows = []
    mid = 0
    for (line_id, pid, lt, rate, comm, code) in lines:
        d = max(START, comm)
        age_factor = 1.0 + max(0, (2022 - comm.year)) * 0.03
        while d <= END:
            # preventive every ~2 weeks
            if d.weekday() == 5 and rng.random() < 0.5:
                ev = "preventive"
            elif rng.random() < 0.018 * age_factor:
                ev = "breakdown"
            elif rng.random() < 0.022:
                ev = "corrective"
            else:
                d += dt.timedelta(days=1)
                continue
            shift = rng.choice(["day", "day", "swing", "night"])
            start = dt.datetime(d.year, d.month, d.day, SHIFT_START[shift]) + dt.timedelta(minutes=rng.randint(0, 420))
            equip = rng.choice(EQUIP[lt])
            if ev == "preventive":
                hours = rng.uniform(1.0, 6.0)
                down = 0 if rng.random() < 0.6 else int(hours * 60 * rng.uniform(0.2, 0.8))
                cost = rng.uniform(150, 1200)
            elif ev == "corrective":
                hours = rng.uniform(0.5, 10.0)
                down = int(hours * 60 * rng.uniform(0.4, 1.0))
                cost = rng.uniform(300, 4000)
            else:
                hours = rng.expovariate(1 / 7.0) + 0.5
                if equip in ("press", "cnc spindle"):
                    hours *= 1.8
                down = int(hours * 60 * rng.uniform(0.85, 1.0))
                cost = rng.uniform(800, 6000) * (1.5 if equip in ("press", "robot", "cnc spindle") else 1.0)
            techs = active_people(pid, shift, "technician", d)
            tech = None if rng.random() < (0.12 if ev != "breakdown" else 0.25) else rng.choice(techs)
            if tech is None:
                cost *= 1.4
            if d >= dt.date(2024, 12, 20) and rng.random() < 0.5:
                hours += 300.0   # waiting for parts over the holidays
            end = start + dt.timedelta(minutes=int(hours * 60))
            end_s, down_v = ts(end), down
            if end > now:
                end_s, down_v = None, None
            mid += 1
            m_rows.append((mid, line_id, tech, ev, equip, ts(start), end_s, down_v, round(cost, 2)))
            d += dt.timedelta(days=1)
    m_rows.sort(key=lambda r: (r[5], r[1]))
    m_rows = [(i,) + r[1:] for i, r in enumerate(m_rows, 1)]
    con.executemany("INSERT INTO MaintenanceEvents VALUES (?,?,?,?,?,?,?,?,?)", m_rows)

    con.commit()
    con.execute("VACUUM")
    con.close()
    os.replace(tmp, path)


if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "factory.sqlite")
    generate(out)
