#!/usr/bin/env python3
"""Generate pharmacy.sqlite: a retail pharmacy chain, 2022-01-01 .. 2024-12-31.

Deterministic: the same seed gives the same file on every run.
Usage: python3 gen_pharmacy.py [OUTPUT_PATH]   (default: pharmacy.sqlite next to this script)
"""
import datetime as dt
import os
import random
import sqlite3
import sys

SEED = 7781303
START = dt.date(2022, 1, 1)
END = dt.date(2024, 12, 31)

SCHEMA = """
CREATE TABLE stores (
    id           INTEGER PRIMARY KEY,
    storeName    TEXT NOT NULL UNIQUE,
    city         TEXT NOT NULL,
    state        TEXT NOT NULL,          -- two-letter US state code
    region       TEXT NOT NULL,          -- Northeast, Southeast, Midwest, West
    storeFormat  TEXT NOT NULL,          -- standalone, in_grocery, clinic_attached
    hasDriveThru INTEGER NOT NULL,       -- 1 = drive-through window, 0 = none
    openedOn     TEXT NOT NULL           -- YYYY-MM-DD
);
CREATE TABLE pharmacists (
    id              INTEGER PRIMARY KEY,
    fullName        TEXT NOT NULL,
    storeId         INTEGER NOT NULL,
    jobRole         TEXT NOT NULL,       -- pharmacist_in_charge, staff_pharmacist, technician
    supervisorId    INTEGER,             -- pharmacist this person reports to; NULL = reports to district office
    hireDate        TEXT NOT NULL,       -- YYYY-MM-DD (may be before 2022)
    terminationDate TEXT,                -- YYYY-MM-DD; NULL = still employed
    FOREIGN KEY (storeId) REFERENCES stores(id),
    FOREIGN KEY (supervisorId) REFERENCES pharmacists(id)
);
CREATE TABLE prescribers (
    id            INTEGER PRIMARY KEY,
    fullName      TEXT NOT NULL,
    credential    TEXT NOT NULL,         -- MD, DO, NP, PA, DDS
    specialty     TEXT NOT NULL,         -- Family Medicine, Internal Medicine, Pediatrics, Cardiology, Endocrinology, Psychiatry, Dentistry, Urgent Care
    practiceCity  TEXT NOT NULL,
    npi           TEXT NOT NULL UNIQUE   -- 10-digit National Provider Identifier
);
CREATE TABLE insurancePlans (
    id        INTEGER PRIMARY KEY,
    planName  TEXT NOT NULL UNIQUE,
    payerType TEXT NOT NULL,             -- commercial, medicare_part_d, medicaid
    pbmName   TEXT NOT NULL              -- pharmacy benefit manager that processes the claims
);
CREATE TABLE patients (
    id              INTEGER PRIMARY KEY,
    firstName       TEXT NOT NULL,
    lastName        TEXT NOT NULL,
    birthDate       TEXT NOT NULL,       -- YYYY-MM-DD
    sex             TEXT NOT NULL,       -- F, M
    city            TEXT NOT NULL,       -- home city
    homeStoreId     INTEGER NOT NULL,
    insurancePlanId INTEGER,             -- current drug coverage; NULL = no insurance on file (pays cash)
    allergyNote     TEXT,                -- recorded drug allergy, e.g. 'penicillin'; NULL = none recorded
    enrolledOn      TEXT NOT NULL,       -- YYYY-MM-DD, first registered with the chain (may be before 2022)
    FOREIGN KEY (homeStoreId) REFERENCES stores(id),
    FOREIGN KEY (insurancePlanId) REFERENCES insurancePlans(id)
);
CREATE TABLE drugs (
    id          INTEGER PRIMARY KEY,
    drugName    TEXT NOT NULL UNIQUE,    -- product name with strength
    drugClass   TEXT NOT NULL,           -- antibiotic, statin, antihypertensive, antidiabetic, glp1_agonist, ssri, benzodiazepine, opioid_analgesic, antihistamine, leukotriene_modifier, bronchodilator, proton_pump_inhibitor, stimulant
    isGeneric   INTEGER NOT NULL,        -- 1 = generic, 0 = brand
    deaSchedule TEXT,                    -- controlled-substance schedule II, III or IV; NULL = not controlled
    unitPrice   REAL NOT NULL            -- USD retail price per unit (tablet, pen, inhaler)
);
CREATE TABLE prescriptions (
    id                     INTEGER PRIMARY KEY,
    patientId              INTEGER NOT NULL,
    prescriberId           INTEGER NOT NULL,
    drugId                 INTEGER NOT NULL,
    storeId                INTEGER NOT NULL,  -- store that holds the prescription
    transferredFromStoreId INTEGER,           -- store it was transferred from; NULL = received directly
    writtenDate            TEXT NOT NULL,     -- YYYY-MM-DD, date the prescriber wrote it
    quantity               INTEGER NOT NULL,  -- units per fill
    daysSupply             INTEGER NOT NULL,  -- days one fill lasts
    refillsAllowed         INTEGER NOT NULL,  -- refills authorised after the first fill
    rxStatus               TEXT NOT NULL,     -- active, completed, expired, cancelled
    FOREIGN KEY (patientId) REFERENCES patients(id),
    FOREIGN KEY (prescriberId) REFERENCES prescribers(id),
    FOREIGN KEY (drugId) REFERENCES drugs(id),
    FOREIGN KEY (storeId) REFERENCES stores(id),
    FOREIGN KEY (transferredFromStoreId) REFERENCES stores(id)
);
CREATE TABLE fills (
    id                INTEGER PRIMARY KEY,
    prescriptionId    INTEGER NOT NULL,
    fillNumber        INTEGER NOT NULL,  -- 0 = first (new) fill, 1, 2, ... = refills
    fillDate          TEXT NOT NULL,     -- YYYY-MM-DD, date dispensed
    pharmacistId      INTEGER NOT NULL,  -- pharmacist who verified the fill
    quantityDispensed INTEGER NOT NULL,
    retailPrice       REAL NOT NULL,     -- USD list price of the fill
    copayAmount       REAL,              -- USD the patient paid; NULL = not picked up, nothing collected
    pickupDate        TEXT,              -- YYYY-MM-DD; NULL = never picked up (returned to stock)
    channel           TEXT NOT NULL,     -- counter, drive_thru, mail_order
    FOREIGN KEY (prescriptionId) REFERENCES prescriptions(id),
    FOREIGN KEY (pharmacistId) REFERENCES pharmacists(id)
);
CREATE TABLE claims (
    id              INTEGER PRIMARY KEY,
    fillId          INTEGER NOT NULL,
    insurancePlanId INTEGER NOT NULL,
    submittedAt     TEXT NOT NULL,       -- YYYY-MM-DD HH:MM:SS
    adjudicatedAt   TEXT,                -- YYYY-MM-DD HH:MM:SS; NULL = no response from the payer yet
    claimStatus     TEXT NOT NULL,       -- paid, rejected, reversed, pending
    billedAmount    REAL NOT NULL,       -- USD submitted to the plan
    paidAmount      REAL,                -- USD the plan paid; NULL unless claimStatus is paid or reversed
    rejectCode      TEXT,                -- NULL unless rejected: 70 not covered, 75 prior auth required, 76 plan limits exceeded, 79 refill too soon
    FOREIGN KEY (fillId) REFERENCES fills(id),
    FOREIGN KEY (insurancePlanId) REFERENCES insurancePlans(id)
);
CREATE INDEX idx_pharmacists_store ON pharmacists(storeId);
CREATE INDEX idx_patients_store ON patients(homeStoreId);
CREATE INDEX idx_prescriptions_patient ON prescriptions(patientId);
CREATE INDEX idx_prescriptions_drug ON prescriptions(drugId);
CREATE INDEX idx_fills_prescription ON fills(prescriptionId);
CREATE INDEX idx_claims_fill ON claims(fillId);
"""

# storeName, city, state, region, format, driveThru, openedOn, weight
STORES = [
    ("Harbor Street", "Baltimore", "MD", "Northeast", "standalone", 1, "2009-05-04", 1.2),
    ("Fells Point", "Baltimore", "MD", "Northeast", "in_grocery", 0, "2015-08-17", 0.8),
    ("Cherry Hill Plaza", "Cherry Hill", "NJ", "Northeast", "standalone", 1, "2012-03-12", 1.0),
    ("Wissahickon", "Philadelphia", "PA", "Northeast", "clinic_attached", 0, "2018-10-01", 1.1),
    ("Peachtree", "Atlanta", "GA", "Southeast", "standalone", 1, "2011-06-06", 1.3),
    ("Decatur Square", "Decatur", "GA", "Southeast", "in_grocery", 0, "2016-02-08", 0.8),
    ("Riverside", "Jacksonville", "FL", "Southeast", "standalone", 1, "2014-09-15", 1.0),
    ("Lakeview", "Chicago", "IL", "Midwest", "clinic_attached", 0, "2013-04-22", 1.2),
    ("Oak Park Avenue", "Oak Park", "IL", "Midwest", "standalone", 1, "2019-07-08", 0.9),
    ("Short North", "Columbus", "OH", "Midwest", "in_grocery", 0, "2022-08-01", 0.8),
    ("Capitol Hill", "Denver", "CO", "West", "standalone", 1, "2017-01-09", 1.0),
    ("Mesa Verde", "Mesa", "AZ", "West", "standalone", 1, "2023-04-03", 0.9),
]
# payerType, pbm, planName, weight
PLANS = [
    ("commercial", "ExpressLink", "BlueHarbor PPO", 14),
    ("commercial", "ExpressLink", "BlueHarbor HMO", 9),
    ("commercial", "OptiScript", "Summit Health Choice", 11),
    ("commercial", "CareMark Direct", "Keystone Employer Rx", 8),
    ("commercial", "OptiScript", "Evergreen Select", 6),
    ("medicare_part_d", "CareMark Direct", "SilverPath Part D", 10),
    ("medicare_part_d", "OptiScript", "Golden Years Rx", 8),
    ("medicaid", "State MMIS", "State Medicaid FFS", 9),
    ("medicaid", "ExpressLink", "CommunityFirst Managed Medicaid", 7),
]
# drugName, class, generic, schedule, unitPrice, qty options, daysSupply, chronic?
DRUGS = [
    ("Amoxicillin 500 mg", "antibiotic", 1, None, 0.45, [21, 30], 10, False),
    ("Azithromycin 250 mg", "antibiotic", 1, None, 2.10, [6], 5, False),
    ("Cephalexin 500 mg", "antibiotic", 1, None, 0.60, [28, 40], 10, False),
    ("Augmentin 875 mg", "antibiotic", 0, None, 5.80, [20], 10, False),
    ("Atorvastatin 20 mg", "statin", 1, None, 0.30, [30, 90], 30, True),
    ("Rosuvastatin 10 mg", "statin", 1, None, 0.55, [30, 90], 30, True),
    ("Crestor 10 mg", "statin", 0, None, 9.40, [30], 30, True),
    ("Lisinopril 10 mg", "antihypertensive", 1, None, 0.20, [30, 90], 30, True),
    ("Amlodipine 5 mg", "antihypertensive", 1, None, 0.25, [30, 90], 30, True),
    ("Losartan 50 mg", "antihypertensive", 1, None, 0.35, [30, 90], 30, True),
    ("Metformin 500 mg", "antidiabetic", 1, None, 0.15, [60, 180], 30, True),
    ("Januvia 100 mg", "antidiabetic", 0, None, 17.50, [30], 30, True),
    ("Ozempic 1 mg pen", "glp1_agonist", 0, None, 935.0, [1], 28, True),
    ("Mounjaro 5 mg pen", "glp1_agonist", 0, None, 1070.0, [4], 28, True),
    ("Sertraline 50 mg", "ssri", 1, None, 0.25, [30, 90], 30, True),
    ("Escitalopram 10 mg", "ssri", 1, None, 0.30, [30, 90], 30, True),
    ("Hydrocodone/APAP 5-325 mg", "opioid_analgesic", 1, "II", 0.90, [12, 20], 5, False),
    ("Oxycodone 5 mg", "opioid_analgesic", 1, "II", 1.20, [10, 20], 5, False),
    ("Tramadol 50 mg", "opioid_analgesic", 1, "IV", 0.40, [20, 30], 7, False),
    ("Cetirizine 10 mg", "antihistamine", 1, None, 0.12, [30], 30, False),
    ("Montelukast 10 mg", "leukotriene_modifier", 1, None, 0.40, [30, 90], 30, True),
    ("Albuterol HFA inhaler", "bronchodilator", 1, None, 32.0, [1, 2], 30, True),
    ("Omeprazole 20 mg", "proton_pump_inhibitor", 1, None, 0.22, [30, 90], 30, True),
    ("Pantoprazole 40 mg", "proton_pump_inhibitor", 1, None, 0.28, [30, 90], 30, True),
    ("Adderall XR 20 mg", "stimulant", 0, "II", 11.0, [30], 30, True),
    ("Methylphenidate ER 36 mg", "stimulant", 1, "II", 4.50, [30], 30, True),
    ("Alprazolam 0.5 mg", "benzodiazepine", 1, "IV", 0.30, [30, 60], 30, True),
]
SPECIALTIES = [("Family Medicine", 30), ("Internal Medicine", 22), ("Pediatrics", 10), ("Cardiology", 7),
               ("Endocrinology", 6), ("Psychiatry", 8), ("Dentistry", 7), ("Urgent Care", 10)]
SPEC_DRUGS = {
    "Family Medicine": None, "Internal Medicine": None,
    "Pediatrics": ["Amoxicillin 500 mg", "Azithromycin 250 mg", "Cetirizine 10 mg", "Albuterol HFA inhaler",
                   "Montelukast 10 mg", "Methylphenidate ER 36 mg", "Cephalexin 500 mg"],
    "Cardiology": ["Atorvastatin 20 mg", "Rosuvastatin 10 mg", "Crestor 10 mg", "Lisinopril 10 mg",
                   "Amlodipine 5 mg", "Losartan 50 mg"],
    "Endocrinology": ["Metformin 500 mg", "Januvia 100 mg", "Ozempic 1 mg pen", "Mounjaro 5 mg pen"],
    "Psychiatry": ["Sertraline 50 mg", "Escitalopram 10 mg", "Alprazolam 0.5 mg", "Adderall XR 20 mg",
                   "Methylphenidate ER 36 mg"],
    "Dentistry": ["Amoxicillin 500 mg", "Hydrocodone/APAP 5-325 mg", "Cephalexin 500 mg", "Augmentin 875 mg"],
    "Urgent Care": ["Amoxicillin 500 mg", "Azithromycin 250 mg", "Augmentin 875 mg", "Cephalexin 500 mg",
                    "Tramadol 50 mg", "Oxycodone 5 mg", "Cetirizine 10 mg"],
}
CREDENTIALS = {"Dentistry": [("DDS", 1)], "Urgent Care": [("MD", 4), ("DO", 2), ("NP", 3), ("PA", 3)]}
FIRST = ["Aaliyah", "Brandon", "Carmen", "Derek", "Esther", "Frank", "Gloria", "Hector", "Imani", "Jared",
         "Keisha", "Luis", "Marisol", "Nathaniel", "Opal", "Preston", "Ruth", "Stefan", "Tamika", "Ulysses",
         "Valerie", "Warren", "Ximena", "Yolanda", "Zachary", "Adele", "Bruno", "Celeste", "Dmitri", "Eunice",
         "Felix", "Greta", "Harold", "Ines", "Jamal", "Kirsten", "Lamar", "Mabel", "Nolan", "Odessa",
         "Pablo", "Rhonda", "Silas", "Trina", "Vernon", "Wanda", "Yusef", "Zelda"]
LAST = ["Ackerman", "Bishop", "Crawford", "Dominguez", "Ellis", "Ferreira", "Gallagher", "Hutchins", "Ingram",
        "Jefferson", "Kline", "Lombardi", "McAllister", "Nash", "Oyelaran", "Pruitt", "Rahman", "Stanton",
        "Thornton", "Upshaw", "Villarreal", "Whitfield", "Yancey", "Zeller", "Boateng", "Carrington",
        "Desai", "Espinoza", "Fitzgerald", "Greenberg", "Holloway", "Kaminski", "Larsen", "Mwangi",
        "Okonkwo", "Pemberton", "Quarles", "Robles", "Sinclair", "Takahashi", "Vogel", "Winslow"]
SUBURBS = {"Baltimore": ["Towson", "Dundalk"], "Cherry Hill": ["Camden", "Haddonfield"],
           "Philadelphia": ["Upper Darby", "Cheltenham"], "Atlanta": ["Sandy Springs", "Smyrna"],
           "Decatur": ["Tucker"], "Jacksonville": ["Orange Park", "Jacksonville Beach"],
           "Chicago": ["Evanston", "Cicero"], "Oak Park": ["Forest Park", "Berwyn"],
           "Columbus": ["Worthington", "Grandview Heights"], "Denver": ["Aurora", "Lakewood"],
           "Mesa": ["Gilbert", "Tempe"]}
ALLERGIES = [("penicillin", 50), ("sulfa", 25), ("codeine", 12), ("aspirin", 8), ("latex", 5)]
ACUTE_SEASON = {1: 1.6, 2: 1.5, 3: 1.2, 4: 0.9, 5: 0.8, 6: 0.7, 7: 0.65, 8: 0.75, 9: 0.9, 10: 1.1,
                11: 1.3, 12: 1.55}
OUTAGE = (dt.date(2024, 2, 21), dt.date(2024, 3, 31))   # clearinghouse outage: slow, rejected claims


def d(s):
    return dt.date.fromisoformat(s)


def wchoice(rng, pairs):
    return rng.choices([p[0] for p in pairs], weights=[p[1] for p in pairs], k=1)[0]


def generate(path):
    rng = random.Random(SEED)
    tmp = path + ".tmp"
    if os.path.exists(tmp):
        os.remove(tmp)
    con = sqlite3.connect(tmp)
    con.execute("PRAGMA journal_mode=OFF")
    con.execute("PRAGMA synchronous=OFF")
    con.executescript(SCHEMA)

    store_rows = [(i + 1,) + s[:7] for i, s in enumerate(STORES)]
    plan_rows = [(i + 1, p[2], p[0], p[1]) for i, p in enumerate(PLANS)]
    drug_rows = [(i + 1, x[0], x[1], x[2], x[3], x[4]) for i, x in enumerate(DRUGS)]
    drug_id = {x[0]: i + 1 for i, x in enumerate(DRUGS)}
    used = set()

    def person():
        while True:
            nm = rng.choice(FIRST) + " " + rng.choice(LAST)
            if nm not in used:
                used.add(nm)
                return nm

    # ---- pharmacists ----------------------------------------------------------
    pharm = []
    staff_by_store = {}
    for sid, s in enumerate(STORES, start=1):
        opened = d(s[6])
        n_staff = 2 + int(2 * s[7]) + 1
        n_tech = 1 + int(s[7] * 1.5)
        pic_id = None
        for j in range(n_staff + n_tech):
            role = "pharmacist_in_charge" if j == 0 else ("staff_pharmacist" if j < n_staff else "technician")
            if opened >= START:
                hire = opened - dt.timedelta(days=rng.randrange(10, 60))
            elif rng.random() < 0.7:
                hire = opened + dt.timedelta(days=rng.randrange(0, max(1, (START - opened).days)))
            else:
                hire = START + dt.timedelta(days=rng.randrange(0, 900))
            term = None
            if j > 0 and rng.random() < 0.22:
                t0 = max(hire, START) + dt.timedelta(days=rng.randrange(90, 700))
                term = t0 if t0 < END else None
            pid = len(pharm) + 1
            pharm.append([pid, person(), sid, role, None if j == 0 else pic_id, hire.isoformat(),
                          term.isoformat() if term else None])
            if j == 0:
                pic_id = pid
            staff_by_store.setdefault(sid, []).append(pharm[-1])
    # store leads report to one of three district leads (the first store lead in each region group)
    region_lead = {}
    for p in pharm:
        if p[3] == "pharmacist_in_charge":
            reg = STORES[p[2] - 1][3]
            if reg in region_lead:
                p[4] = region_lead[reg]
            else:
                region_lead[reg] = p[0]

    # ---- prescribers ------------------------------------------------------------
    prescribers = []
    by_spec = {}
    cities = sorted(set(s[1] for s in STORES))
    for i in range(1, 421):
        sp = wchoice(rng, SPECIALTIES)
        cred = wchoice(rng, CREDENTIALS.get(sp, [("MD", 6), ("DO", 2), ("NP", 2), ("PA", 1)]))
        nm = ("Dr. " if cred in ("MD", "DO", "DDS") else "") + person()
        npi = "1%09d" % rng.randrange(10 ** 8, 10 ** 9)
        prescribers.append((i, nm, cred, sp, rng.choice(cities), npi))
        by_spec.setdefault(sp, []).append(i)
    pres_city = {p[0]: p[4] for p in prescribers}

    # ---- patients ---------------------------------------------------------------
    patients = []
    n_pat = 14000
    for pid in range(1, n_pat + 1):
        if rng.random() < 0.45:
            enrolled = dt.date(2012, 1, 1) + dt.timedelta(days=rng.randrange(0, (START - dt.date(2012, 1, 1)).days))
        else:
            enrolled = START + dt.timedelta(days=int(1095 * (rng.random() ** 0.85)))
        opts = [(i + 1, s[7] * (1.7 if d(s[6]) > START else 1.0)) for i, s in enumerate(STORES)
                if d(s[6]) <= enrolled]
        if not opts:
            opts = [(1, 1.0)]
        sid = wchoice(rng, opts)
        city = STORES[sid - 1][1] if rng.random() < 0.7 else rng.choice(SUBURBS[STORES[sid - 1][1]])
        r = rng.random()
        age = rng.randrange(0, 18) if r < 0.14 else (rng.randrange(18, 65) if r < 0.74 else
                                                     min(98, 65 + int(rng.expovariate(1 / 9.0))))
        birth = dt.date(2022 - age - 1, 1, 1) + dt.timedelta(days=rng.randrange(0, 365))
        sex = "F" if rng.random() < 0.55 else "M"
        if age >= 65:
            pl = wchoice(rng, [(6, 48), (7, 40), (1, 6), (None, 6)])
        elif rng.random() < 0.27:
            pl = wchoice(rng, [(8, 55), (9, 45)])
        elif rng.random() < 0.88:
            pl = wchoice(rng, [(1, 14), (2, 9), (3, 11), (4, 8), (5, 6)])
        else:
            pl = None
        allergy = wchoice(rng, ALLERGIES) if rng.random() < 0.16 else None
        patients.append((pid, rng.choice(FIRST), rng.choice(LAST), birth.isoformat(), sex, city, sid, pl,
                         allergy, enrolled.isoformat(), age))

    # ---- prescriptions, fills, claims ----------------------------------------
    rx = []
    fills = []
    claims = []
    acute_drugs = [x[0] for x in DRUGS if not x[7]]
    chronic_by_class = {}
    for x in DRUGS:
        if x[7]:
            chronic_by_class.setdefault(x[1], []).append(x[0])

    def pick_prescriber(drug_name, city):
        cls = DRUGS[drug_id[drug_name] - 1][1]
        fits = [sp for sp, lst in SPEC_DRUGS.items() if lst and drug_name in lst]
        pool = [("Family Medicine", 5), ("Internal Medicine", 4)] + [(sp, 4) for sp in fits]
        if cls in ("glp1_agonist", "stimulant"):
            pool = [(sp, 6) for sp in fits] + [("Family Medicine", 2), ("Internal Medicine", 2)]
        sp = wchoice(rng, pool)
        cands = by_spec[sp]
        local = [c for c in cands if pres_city[c] == city]
        return rng.choice(local if local and rng.random() < 0.75 else cands)

    def staff_on(sid, day):
        cands = [p for p in staff_by_store[sid] if p[3] != "technician" and d(p[5]) <= day
                 and (p[6] is None or d(p[6]) > day)]
        return rng.choice(cands or [p for p in staff_by_store[sid] if p[3] != "technician"])[0]

    def add_claim(fill_id, plan, day, billed, drug):
        if plan is None:
            return
        sub = dt.datetime(day.year, day.month, day.day, rng.randrange(8, 21), rng.randrange(60), rng.randrange(60))
        outage = OUTAGE[0] <= day <= OUTAGE[1]
        cls = drug[1]
        p_rej = 0.07 + (0.18 if cls == "glp1_agonist" else 0) + (0.05 if drug[2] == 0 else 0)
        if outage:
            p_rej += 0.2
        u = rng.random()
        if u < p_rej:
            status = "rejected"
            if cls == "glp1_agonist" and rng.random() < 0.7:
                code = "75"
            else:
                code = wchoice(rng, [("70", 30), ("75", 20), ("76", 15), ("79", 35)])
            paid = None
        else:
            status = "paid"
            code = None
            share = {"commercial": 0.82, "medicare_part_d": 0.78, "medicaid": 0.95}[PLANS[plan - 1][0]]
            paid = round(billed * share * rng.uniform(0.92, 1.0), 2)
            if rng.random() < 0.02:
                status = "reversed"
        lag = rng.expovariate(1 / 40.0)                       # seconds
        if outage:
            lag = rng.uniform(2, 25) * 86400
        adj = sub + dt.timedelta(seconds=int(lag) + 1)
        if adj.date() > END or (day >= dt.date(2024, 12, 28) and rng.random() < 0.3):
            adj = None
            status, paid, code = "pending", None, None
        claims.append((fill_id, plan, sub.strftime("%Y-%m-%d %H:%M:%S"),
                       adj.strftime("%Y-%m-%d %H:%M:%S") if adj else None, status, billed, paid, code))
        return status

    def write_rx(pat, drug_name, written, chronic):
        pid, _, _, birth, sex, city, sid, plan, allergy, enrolled, age = pat
        drug = DRUGS[drug_id[drug_name] - 1]
        qty = rng.choice(drug[5])
        days = drug[6] * (qty // drug[5][0]) if drug[6] >= 28 and len(drug[5]) > 1 else drug[6]
        if drug[3] == "II":
            refills = 0
        elif chronic:
            refills = rng.choice([3, 5, 5, 11, 11]) if days <= 31 else rng.choice([1, 3, 3])
        else:
            refills = rng.choice([0, 0, 0, 1])
        presc = pick_prescriber(drug_name, city)
        store = sid
        tfrom = None
        if rng.random() < 0.05:
            others = [i + 1 for i, s in enumerate(STORES) if i + 1 != sid and d(s[6]) <= written]
            if others:
                tfrom = rng.choice(others)
        rx_id = len(rx) + 1
        # fills
        day = written + dt.timedelta(days=int(rng.expovariate(1 / 1.5)))
        n_fill = 0
        adherence = rng.uniform(0.55, 1.0)
        last_day = None
        while n_fill <= refills and day <= END:
            if n_fill > 0 and rng.random() > adherence:
                break
            retail = round(drug[4] * qty * rng.uniform(0.97, 1.06), 2)
            if day >= dt.date(2023, 7, 1):
                retail = round(retail * 1.04, 2)
            fid = len(fills) + 1
            st = add_claim(fid, plan, day, retail, drug)
            if plan is None:
                copay = round(retail * (0.8 if drug[2] else 0.95), 2)
            elif st in ("paid", "reversed"):
                copay = round(max(0.0, min(retail, {1: 5.0, 0: 45.0}[drug[2]] * (0.5 if PLANS[plan - 1][0] == "medicaid" else 1))), 2)
            elif st == "pending":
                copay = round(min(retail, 10.0), 2)
            else:
                copay = round(retail * 0.9, 2)   # rejected: patient may pay cash
            p_abandon = 0.03 + (0.5 if st == "rejected" else 0) + (0.08 if retail > 300 else 0)
            if rng.random() < p_abandon or day > END - dt.timedelta(days=2) and rng.random() < 0.5:
                pick = None
                copay = None
            else:
                pick = day + dt.timedelta(days=int(rng.expovariate(1 / 1.2)))
                if pick > END:
                    pick, copay = None, None
            ch = wchoice(rng, [("counter", 70), ("drive_thru", 22 if STORES[store - 1][5] else 0),
                               ("mail_order", 8 + 10 * (chronic and days >= 84))])
            fills.append((rx_id, n_fill, day.isoformat(), staff_on(store, day), qty, retail, copay,
                          pick.isoformat() if pick else None, ch))
            last_day = day
            n_fill += 1
            day = day + dt.timedelta(days=max(1, int(days * rng.uniform(0.85, 1.35))))
        if n_fill == 0:
            status = "cancelled" if written <= END - dt.timedelta(days=10) else "active"
        elif n_fill > refills:
            status = "completed"
        elif (END - written).days > 365:
            status = "expired"
        elif last_day and (END - last_day).days > days * 2:
            status = "expired" if rng.random() < 0.5 else "active"
        else:
            status = "active"
        if n_fill == 0 and rng.random() < 0.5:
            status = "cancelled"
        rx.append((rx_id, pid, presc, drug_id[drug_name], store, tfrom, written.isoformat(), qty, days,
                   refills, status))
        return day

    for pat in patients:
        pid, _, _, birth, sex, city, sid, plan, allergy, enrolled, age = pat
        first = max(START, d(enrolled))
        store_open = d(STORES[sid - 1][6])
        first = max(first, store_open)
        # chronic therapies
        n_chronic = 0
        if age >= 18:
            n_chronic = min(4, int(rng.expovariate(1 / (0.4 + age / 60.0))))
        classes = []
        for _ in range(n_chronic):
            w = [("statin", 3 + age / 20), ("antihypertensive", 3 + age / 15), ("antidiabetic", 2 + age / 40),
                 ("ssri", 3), ("benzodiazepine", 1), ("proton_pump_inhibitor", 2), ("leukotriene_modifier", 1), ("bronchodilator", 1),
                 ("stimulant", 1 if age < 40 else 0.1)]
            c = wchoice(rng, w)
            if c not in classes:
                classes.append(c)
        if age < 18 and rng.random() < 0.12:
            classes.append(rng.choice(["bronchodilator", "stimulant", "leukotriene_modifier"]))
        for c in classes:
            name = rng.choice(chronic_by_class[c])
            day = first + dt.timedelta(days=rng.randrange(0, max(1, (END - first).days)))
            if rng.random() < 0.5:
                day = first + dt.timedelta(days=rng.randrange(0, 60))
            while day <= END:
                day = write_rx(pat, name, day, True)
                day += dt.timedelta(days=rng.randrange(0, 20))
                if rng.random() < 0.35:
                    break
        # GLP-1 uptake: a growing segment from 2023
        if age >= 25 and (("antidiabetic" in classes) or rng.random() < 0.05):
            t0 = dt.date(2022, 6, 1) + dt.timedelta(days=int(900 * (rng.random() ** 0.5)))
            if t0 <= END and rng.random() < 0.45:
                name = "Ozempic 1 mg pen" if t0 < dt.date(2023, 6, 1) or rng.random() < 0.55 else "Mounjaro 5 mg pen"
                day = max(t0, first)
                while day <= END:
                    day = write_rx(pat, name, day, True)
                    if rng.random() < 0.4:
                        break
        # acute episodes, seasonal
        rate = 0.55 + (0.5 if age < 12 else 0) + (0.3 if age >= 70 else 0)
        day = first
        while True:
            day = day + dt.timedelta(days=max(1, int(rng.expovariate(rate / 365.0))))
            if day > END:
                break
            if rng.random() > ACUTE_SEASON[day.month] / 1.6:
                continue
            if age < 16:
                name = wchoice(rng, [("Amoxicillin 500 mg", 45), ("Azithromycin 250 mg", 20),
                                     ("Cephalexin 500 mg", 10), ("Cetirizine 10 mg", 25)])
            else:
                name = wchoice(rng, [("Amoxicillin 500 mg", 25), ("Azithromycin 250 mg", 18),
                                     ("Cephalexin 500 mg", 10), ("Augmentin 875 mg", 8),
                                     ("Hydrocodone/APAP 5-325 mg", 7 if day.year == 2022 else 4),
                                     ("Oxycodone 5 mg", 3 if day.year == 2022 else 2), ("Tramadol 50 mg", 5),
                                     ("Cetirizine 10 mg", 12)])
            write_rx(pat, name, day, False)

    # ids in time order: prescriptions by written date, fills by fill date
    rx_order = sorted(range(len(rx)), key=lambda i: (rx[i][6], rx[i][0]))
    rx_map = {}
    rx_rows = []
    for new, i in enumerate(rx_order, start=1):
        rx_map[rx[i][0]] = new
        rx_rows.append((new,) + rx[i][1:])
    f_order = sorted(range(len(fills)), key=lambda i: (fills[i][2], rx_map[fills[i][0]], fills[i][1]))
    f_map = {}
    fill_rows = []
    for new, i in enumerate(f_order, start=1):
        f_map[i + 1] = new
        f = fills[i]
        fill_rows.append((new, rx_map[f[0]]) + f[1:])
    claim_rows = sorted(((f_map[c[0]],) + c[1:] for c in claims), key=lambda c: (c[2], c[0]))
    claim_rows = [(i + 1,) + c for i, c in enumerate(claim_rows)]

    con.executemany("INSERT INTO stores VALUES (?,?,?,?,?,?,?,?)", store_rows)
    con.executemany("INSERT INTO pharmacists VALUES (?,?,?,?,?,?,?)", pharm)
    con.executemany("INSERT INTO prescribers VALUES (?,?,?,?,?,?)", prescribers)
    con.executemany("INSERT INTO insurancePlans VALUES (?,?,?,?)", plan_rows)
    con.executemany("INSERT INTO patients VALUES (?,?,?,?,?,?,?,?,?,?)", [p[:10] for p in patients])
    con.executemany("INSERT INTO drugs VALUES (?,?,?,?,?,?)", drug_rows)
    rx_rows.sort()
    fill_rows.sort()
    con.executemany("INSERT INTO prescriptions VALUES (?,?,?,?,?,?,?,?,?,?,?)", rx_rows)
    con.executemany("INSERT INTO fills VALUES (?,?,?,?,?,?,?,?,?,?)", fill_rows)
    con.executemany("INSERT INTO claims VALUES (?,?,?,?,?,?,?,?,?)", claim_rows)
    con.commit()
    con.execute("VACUUM")
    con.close()
    os.replace(tmp, path)


if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "pharmacy.sqlite")
    generate(out)
