#!/usr/bin/env python3
"""Generate charity.sqlite: an international nonprofit (donors, gifts, campaigns,
recurring pledges, volunteers, events, grants to partner organisations),
2022-01-01 .. 2024-12-31.

Deterministic: the same seed gives the same file on every run.
Usage: python3 gen_charity.py [OUTPUT_PATH]   (default: charity.sqlite next to this script)
Python 3 standard library only.
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
CREATE TABLE countries (
    country_id   INTEGER PRIMARY KEY,
    country_name TEXT NOT NULL UNIQUE,
    iso_code     TEXT NOT NULL UNIQUE,     -- ISO 3166 alpha-2
    region       TEXT NOT NULL,            -- Europe, North America, Latin America, Africa, Asia
    currency     TEXT NOT NULL             -- local currency code
);
CREATE TABLE campaigns (
    campaign_id   INTEGER PRIMARY KEY,
    campaign_name TEXT NOT NULL UNIQUE,
    cause         TEXT NOT NULL,           -- education, clean water, health, disaster relief, food security
    goal_usd      REAL NOT NULL,           -- fundraising target, USD
    starts_on     TEXT NOT NULL,           -- YYYY-MM-DD
    ends_on       TEXT,                    -- YYYY-MM-DD; NULL = open-ended (no end date)
    country_id    INTEGER,                 -- country the money is for; NULL = global campaign
    FOREIGN KEY (country_id) REFERENCES countries(country_id)
);
CREATE TABLE donors (
    donor_id             INTEGER PRIMARY KEY,
    full_name            TEXT NOT NULL,
    donor_type           TEXT NOT NULL,    -- individual, corporate, foundation
    country_id           INTEGER NOT NULL,
    email                TEXT,             -- NULL = no email address on file
    joined_on            TEXT NOT NULL,    -- YYYY-MM-DD, date the donor record was created
    gift_aid_eligible    INTEGER NOT NULL, -- 1 = UK taxpayer declaration on file, 0 = not
    referred_by_donor_id INTEGER,          -- donor who referred them; NULL = not referred
    FOREIGN KEY (country_id) REFERENCES countries(country_id),
    FOREIGN KEY (referred_by_donor_id) REFERENCES donors(donor_id)
);
CREATE TABLE donations (
    donation_id  INTEGER PRIMARY KEY,
    donor_id     INTEGER NOT NULL,
    campaign_id  INTEGER,                  -- NULL = unrestricted gift to the general fund
    donated_at   TEXT NOT NULL,            -- YYYY-MM-DD HH:MM:SS
    amount       REAL NOT NULL,            -- in the gift's own currency
    currency     TEXT NOT NULL,            -- USD, EUR, GBP, CAD
    amount_usd   REAL NOT NULL,            -- amount converted to USD on the gift date
    channel      TEXT NOT NULL,            -- online, direct debit, cheque, bank transfer, event, mobile
    refunded_on  TEXT,                     -- YYYY-MM-DD; NULL = not refunded
    FOREIGN KEY (donor_id) REFERENCES donors(donor_id),
    FOREIGN KEY (campaign_id) REFERENCES campaigns(campaign_id)
);
CREATE TABLE pledges (
    pledge_id      INTEGER PRIMARY KEY,
    donor_id       INTEGER NOT NULL,
    campaign_id    INTEGER,                -- NULL = general fund
    frequency      TEXT NOT NULL,          -- monthly, quarterly, annual
    installment_usd REAL NOT NULL,         -- USD charged each period
    started_on     TEXT NOT NULL,          -- YYYY-MM-DD
    cancelled_on   TEXT,                   -- YYYY-MM-DD; NULL = pledge still active
    cancel_reason  TEXT,                   -- financial, moved, dissatisfied, deceased, other; NULL if active
    FOREIGN KEY (donor_id) REFERENCES donors(donor_id),
    FOREIGN KEY (campaign_id) REFERENCES campaigns(campaign_id)
);
CREATE TABLE volunteers (
    volunteer_id  INTEGER PRIMARY KEY,
    full_name     TEXT NOT NULL,
    country_id    INTEGER NOT NULL,
    skill         TEXT NOT NULL,           -- logistics, teaching, medical, fundraising, IT, translation
    joined_on     TEXT NOT NULL,           -- YYYY-MM-DD
    background_check_on TEXT,              -- YYYY-MM-DD; NULL = background check not done yet
    donor_id      INTEGER,                 -- same person's donor record; NULL = not a donor
    FOREIGN KEY (country_id) REFERENCES countries(country_id),
    FOREIGN KEY (donor_id) REFERENCES donors(donor_id)
);
CREATE TABLE events (
    event_id     INTEGER PRIMARY KEY,
    event_name   TEXT NOT NULL,
    event_type   TEXT NOT NULL,            -- gala, fun run, webinar, workshop, community cleanup
    country_id   INTEGER NOT NULL,
    campaign_id  INTEGER,                  -- campaign the event raises money for; NULL = none
    event_date   TEXT NOT NULL,            -- YYYY-MM-DD
    capacity     INTEGER NOT NULL,         -- maximum registrations
    ticket_price_usd REAL NOT NULL,        -- 0 = free event
    cost_usd     REAL NOT NULL,            -- what it cost us to run, USD
    FOREIGN KEY (country_id) REFERENCES countries(country_id),
    FOREIGN KEY (campaign_id) REFERENCES campaigns(campaign_id)
);
CREATE TABLE event_registrations (
    registration_id INTEGER PRIMARY KEY,
    event_id        INTEGER NOT NULL,
    volunteer_id    INTEGER,               -- set when someone signs up to help; NULL for guests
    donor_id        INTEGER,               -- set for guests who are donors; NULL for volunteers and walk-in guests
    role            TEXT NOT NULL,         -- guest, volunteer
    registered_on   TEXT NOT NULL,         -- YYYY-MM-DD
    checked_in_at   TEXT,                  -- YYYY-MM-DD HH:MM:SS; NULL = registered but did not show up
    hours_served    REAL,                  -- volunteer hours worked at the event; NULL for guests and no-shows
    FOREIGN KEY (event_id) REFERENCES events(event_id),
    FOREIGN KEY (volunteer_id) REFERENCES volunteers(volunteer_id),
    FOREIGN KEY (donor_id) REFERENCES donors(donor_id)
);
CREATE TABLE grants (
    grant_id       INTEGER PRIMARY KEY,
    partner_name   TEXT NOT NULL,          -- partner organisation receiving the grant
    partner_type   TEXT NOT NULL,          -- school, clinic, ngo, cooperative, water committee
    country_id     INTEGER NOT NULL,
    campaign_id    INTEGER,                -- campaign that funds it; NULL = general fund
    amount_usd     REAL NOT NULL,
    awarded_on     TEXT NOT NULL,          -- YYYY-MM-DD
    disbursed_on   TEXT,                   -- YYYY-MM-DD; NULL = money not yet paid out
    report_due_on  TEXT NOT NULL,          -- YYYY-MM-DD
    report_received_on TEXT,               -- YYYY-MM-DD; NULL = impact report still outstanding
    FOREIGN KEY (country_id) REFERENCES countries(country_id),
    FOREIGN KEY (campaign_id) REFERENCES campaigns(campaign_id)
);
CREATE INDEX idx_donors_country ON donors(country_id);
CREATE INDEX idx_donations_donor ON donations(donor_id);
CREATE INDEX idx_donations_campaign ON donations(campaign_id);
CREATE INDEX idx_pledges_donor ON pledges(donor_id);
CREATE INDEX idx_reg_event ON event_registrations(event_id);
CREATE INDEX idx_grants_country ON grants(country_id);
"""

# name, iso, region, currency, donor weight, is_donor_market, is_program_country
COUNTRIES = [
    ("United States", "US", "North America", "USD", 34, True, False),
    ("Canada", "CA", "North America", "CAD", 9, True, False),
    ("United Kingdom", "GB", "Europe", "GBP", 20, True, False),
    ("Ireland", "IE", "Europe", "EUR", 4, True, False),
    ("Germany", "DE", "Europe", "EUR", 10, True, False),
    ("Netherlands", "NL", "Europe", "EUR", 6, True, False),
    ("France", "FR", "Europe", "EUR", 5, True, False),
    ("Kenya", "KE", "Africa", "KES", 0, False, True),
    ("Uganda", "UG", "Africa", "UGX", 0, False, True),
    ("Ethiopia", "ET", "Africa", "ETB", 0, False, True),
    ("Malawi", "MW", "Africa", "MWK", 0, False, True),
    ("Bangladesh", "BD", "Asia", "BDT", 0, False, True),
    ("Nepal", "NP", "Asia", "NPR", 0, False, True),
    ("Philippines", "PH", "Asia", "PHP", 0, False, True),
    ("Guatemala", "GT", "Latin America", "GTQ", 0, False, True),
    ("Haiti", "HT", "Latin America", "HTG", 0, False, True),
    ("Peru", "PE", "Latin America", "PEN", 0, False, True),
]
GIFT_CCY = {"US": "USD", "CA": "CAD", "GB": "GBP", "IE": "EUR", "DE": "EUR", "NL": "EUR", "FR": "EUR"}
FX = {"USD": 1.0, "CAD": 0.75, "GBP": 1.25, "EUR": 1.08}

CAMPAIGNS = [
    # name, cause, goal, start, end, country iso (None = global)
    ("Schools for Every Village", "education", 1500000, "2022-01-15", "2023-06-30", "KE"),
    ("Clean Water Uganda", "clean water", 900000, "2022-02-01", "2022-12-31", "UG"),
    ("Winter Emergency Appeal 2022", "disaster relief", 400000, "2022-11-15", "2023-01-31", None),
    ("Nepal Health Posts", "health", 650000, "2022-04-01", "2023-03-31", "NP"),
    ("Harvest Hope", "food security", 500000, "2022-06-01", "2022-11-30", "ET"),
    ("Philippines Typhoon Response", "disaster relief", 750000, "2022-10-01", "2023-02-28", "PH"),
    ("Girls' Education Fund", "education", 1200000, "2023-01-01", None, None),
    ("Wells for Malawi", "clean water", 600000, "2023-03-01", "2023-12-31", "MW"),
    ("Maternal Health Bangladesh", "health", 800000, "2023-04-15", "2024-04-14", "BD"),
    ("Haiti Rebuild", "disaster relief", 550000, "2023-06-01", "2024-05-31", "HT"),
    ("School Meals Guatemala", "food security", 450000, "2023-08-01", "2024-07-31", "GT"),
    ("Winter Emergency Appeal 2023", "disaster relief", 450000, "2023-11-15", "2024-01-31", None),
    ("Andes Clean Water", "clean water", 700000, "2024-01-15", "2024-12-31", "PE"),
    ("Teachers for Tomorrow", "education", 600000, "2024-02-01", "2024-11-30", "UG"),
    ("Ethiopia Drought Relief", "food security", 1000000, "2024-03-01", "2024-10-31", "ET"),
    ("Community Clinics Kenya", "health", 850000, "2024-05-01", None, "KE"),
    ("Winter Emergency Appeal 2024", "disaster relief", 500000, "2024-11-15", "2024-12-31", None),
    ("Giving Tuesday 2024", "education", 150000, "2024-11-25", "2024-12-10", None),
]
FIRST = ["James", "Mary", "John", "Patricia", "Robert", "Jennifer", "Michael", "Linda", "David",
         "Elizabeth", "William", "Susan", "Joseph", "Jessica", "Thomas", "Sarah", "Daniel", "Karen",
         "Oliver", "Amelia", "Harry", "Isla", "George", "Ava", "Jack", "Emily", "Sean", "Aoife",
         "Liam", "Niamh", "Lukas", "Anna", "Felix", "Leonie", "Jonas", "Mia", "Daan", "Sanne",
         "Lars", "Fleur", "Louis", "Camille", "Hugo", "Chloe", "Ethan", "Olivia", "Noah", "Emma",
         "Grace", "Henry", "Sophie", "Peter", "Ruth", "Paul", "Helen", "Mark", "Claire", "Simon"]
LAST = ["Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis", "Wilson", "Taylor",
        "Anderson", "Thomas", "Moore", "Martin", "Thompson", "White", "Clark", "Lewis", "Walker",
        "Hall", "Young", "King", "Wright", "Green", "Baker", "Adams", "Murphy", "Kelly", "O'Brien",
        "Byrne", "Walsh", "Evans", "Roberts", "Hughes", "Edwards", "Mueller", "Schmidt", "Weber",
        "Becker", "de Jong", "Jansen", "Visser", "Bakker", "Dubois", "Bernard", "Moreau", "Lefebvre",
        "Tremblay", "Gagnon", "Roy", "Campbell", "Stewart", "MacDonald", "Patel", "Singh", "Chen", "Nguyen"]
ORG_A = ["Northwind", "Bluebird", "Cedar", "Harbor", "Summit", "Maple", "Oakridge", "Riverside",
         "Lakeshore", "Pioneer", "Beacon", "Evergreen", "Granite", "Silverline", "Keystone", "Horizon"]
ORG_B_CORP = ["Industries", "Holdings", "Bank", "Logistics", "Foods", "Software", "Energy", "Retail Group"]
ORG_B_FOUND = ["Foundation", "Family Foundation", "Charitable Trust", "Fund"]
CHANNELS = [("online", 42), ("direct debit", 18), ("cheque", 9), ("bank transfer", 10), ("event", 8), ("mobile", 13)]
SKILLS = [("logistics", 22), ("teaching", 18), ("medical", 10), ("fundraising", 25), ("IT", 12), ("translation", 13)]
EVENT_TYPES = {"gala": (150, 400, 120.0, 25000), "fun run": (200, 800, 25.0, 6000),
               "webinar": (100, 500, 0.0, 300), "workshop": (20, 60, 10.0, 800),
               "community cleanup": (30, 120, 0.0, 500)}
PARTNER_A = ["Hope", "Sunrise", "Bright Future", "Unity", "Harvest", "Living Water", "New Dawn", "Tumaini",
             "Amani", "Esperanza", "Sahara", "Lotus", "Himalaya", "Green Valley", "Rainbow", "Kibera",
             "Mountain", "River", "Lakeside", "Pacific"]
PARTNER_T = {"school": "Primary School", "clinic": "Health Clinic", "ngo": "Community Trust",
             "cooperative": "Farmers Cooperative", "water committee": "Water Committee"}
CAUSE_PARTNER = {"education": ["school", "ngo"], "clean water": ["water committee", "ngo"],
                 "health": ["clinic", "ngo"], "disaster relief": ["ngo", "cooperative"],
                 "food security": ["cooperative", "ngo", "school"]}


def d2s(d):
    return d.isoformat()


def rand_date(rng, a, b):
    return a + dt.timedelta(days=rng.randrange((b - a).days + 1))


def p(s):
    return dt.date.fromisoformat(s)


def generate(path):
    rng = random.Random(SEED)
    tmp = path + ".tmp"
    if os.path.exists(tmp):
        os.remove(tmp)
    con = sqlite3.connect(tmp)
    con.execute("PRAGMA journal_mode=OFF")
    con.execute("PRAGMA synchronous=OFF")
    con.executescript(SCHEMA)

    cid_by_iso = {}
    for i, c in enumerate(COUNTRIES, 1):
        con.execute("INSERT INTO countries VALUES (?,?,?,?,?)", (i, c[0], c[1], c[2], c[3]))
        cid_by_iso[c[1]] = i
    donor_markets = [(cid_by_iso[c[1]], c[1], c[4]) for c in COUNTRIES if c[5]]
    program = [cid_by_iso[c[1]] for c in COUNTRIES if c[6]]

    camps = []
    for i, (nm, cause, goal, s, e, iso) in enumerate(CAMPAIGNS, 1):
        camps.append(dict(id=i, name=nm, cause=cause, goal=goal, start=p(s), end=p(e) if e else None,
                          country=cid_by_iso[iso] if iso else None))
        con.execute("INSERT INTO campaigns VALUES (?,?,?,?,?,?,?)",
                    (i, nm, cause, float(goal), s, e, cid_by_iso[iso] if iso else None))

    # ---- donors ---------------------------------------------------------
    donors = []
    n_donors = 14000
    for i in range(1, n_donors + 1):
        cid, iso, _ = rng.choices(donor_markets, weights=[m[2] for m in donor_markets])[0]
        r = rng.random()
        if r < 0.93:
            dtype = "individual"
            name = rng.choice(FIRST) + " " + rng.choice(LAST)
        elif r < 0.98:
            dtype = "corporate"
            name = rng.choice(ORG_A) + " " + rng.choice(ORG_B_CORP)
        else:
            dtype = "foundation"
            name = rng.choice(LAST) + " " + rng.choice(ORG_B_FOUND)
        # existing donors from before 2022 and new ones through 2024
        if rng.random() < 0.35:
            joined = rand_date(rng, dt.date(2012, 1, 1), dt.date(2021, 12, 31))
        else:
            joined = rand_date(rng, START, dt.date(2024, 12, 20))
        email = None
        if rng.random() < 0.82:
            email = "%s.%d@%s" % (name.lower().replace(" ", ".").replace("'", ""), i,
                                  rng.choice(["mail.com", "post.net", "inbox.org", "example.com"]))
        gift_aid = 1 if iso == "GB" and dtype == "individual" and rng.random() < 0.55 else 0
        ref = None
        if i > 200 and rng.random() < 0.08:
            cand = rng.randrange(1, i)
            if donors[cand - 1]["joined"] <= joined:
                ref = cand
        donors.append(dict(id=i, name=name, type=dtype, country=cid, iso=iso, email=email, joined=joined,
                           gift_aid=gift_aid, ref=ref))
    con.executemany("INSERT INTO donors VALUES (?,?,?,?,?,?,?,?)",
                    [(d["id"], d["name"], d["type"], d["country"], d["email"], d2s(d["joined"]), d["gift_aid"], d["ref"])
                     for d in donors])

    def live_campaigns(day):
        return [c for c in camps if c["start"] <= day and (c["end"] is None or c["end"] >= day)]

    # ---- pledges --------------------------------------------------------
    pledges = []
    pid = 0
    for d in donors:
        if d["type"] != "individual" or rng.random() > 0.2:
            continue
        start = rand_date(rng, max(d["joined"], START), END) if d["joined"] < START and rng.random() < 0.5 else \
            rand_date(rng, max(d["joined"], START), END)
        if d["joined"] < START and rng.random() < 0.4:
            start = rand_date(rng, d["joined"], dt.date(2021, 12, 31))
        freq = rng.choices(["monthly", "quarterly", "annual"], weights=[75, 12, 13])[0]
        base = {"monthly": 20, "quarterly": 55, "annual": 200}[freq]
        inst = round(base * rng.choice([0.5, 1, 1, 1.25, 1.5, 2, 2.5, 5]), 2)
        lc = live_campaigns(max(start, START))
        camp = rng.choice(lc)["id"] if lc and rng.random() < 0.3 else None
        cancelled = None
        reason = None
        life = rng.expovariate(1 / 900.0)
        cdate = start + dt.timedelta(days=int(life) + 30)
        if cdate <= END:
            cancelled = cdate
            reason = rng.choices(["financial", "moved", "dissatisfied", "deceased", "other"], weights=[45, 12, 10, 5, 28])[0]
        pid += 1
        pledges.append(dict(id=pid, donor=d["id"], camp=camp, freq=freq, inst=inst, start=start, cancelled=cancelled,
                            reason=reason, iso=d["iso"]))
    con.executemany("INSERT INTO pledges VALUES (?,?,?,?,?,?,?,?)",
                    [(x["id"], x["donor"], x["camp"], x["freq"], x["inst"], d2s(x["start"]),
                      d2s(x["cancelled"]) if x["cancelled"] else None, x["reason"]) for x in pledges])

    # ---- donations ------------------------------------------------------
    gifts = []

    def add_gift(donor, day, amount_usd, channel, camp):
        ccy = GIFT_CCY[donor["iso"]]
        fxr = FX[ccy] * (1 + 0.04 * math.sin((day - START).days / 97.0))
        amount = round(amount_usd / fxr, 2)
        usd = round(amount * fxr, 2)
        secs = rng.randrange(7 * 3600, 23 * 3600)
        t = dt.datetime(day.year, day.month, day.day) + dt.timedelta(seconds=secs)
        refunded = None
        if rng.random() < 0.012:
            refunded = day + dt.timedelta(days=rng.randint(1, 40))
            if refunded > END:
                refunded = None
        gifts.append([donor["id"], camp, t.strftime("%Y-%m-%d %H:%M:%S"), amount, ccy, usd, channel,
                      d2s(refunded) if refunded else None])

    donor_by_id = {d["id"]: d for d in donors}
    # pledge installments
    for x in pledges:
        step = {"monthly": 1, "quarterly": 3, "annual": 12}[x["freq"]]
        day = x["start"]
        while day <= END and (x["cancelled"] is None or day < x["cancelled"]):
            if day >= START:
                add_gift(donor_by_id[x["donor"]], day, x["inst"] / (1 + 0.04 * 0) , "direct debit", x["camp"])
            y, m = day.year, day.month + step
            while m > 12:
                y, m = y + 1, m - 12
            day = dt.date(y, m, min(day.day, 28))
    # one-off gifts
    for d in donors:
        if d["type"] == "individual":
            n = min(40, int(rng.expovariate(1 / 2.6)) + (1 if d["joined"] >= START else 0))
            scale = rng.lognormvariate(3.7, 0.9)
        elif d["type"] == "corporate":
            n = rng.randint(1, 6)
            scale = rng.lognormvariate(8.0, 1.0)
        else:
            n = rng.randint(1, 4)
            scale = rng.lognormvariate(9.3, 0.8)
        lo = max(d["joined"], START)
        frac = (END - lo).days / float((END - START).days)
        n = max(1, int(round(n * frac))) if n > 0 else (1 if d["joined"] >= START else 0)
        for _ in range(n):
            day = rand_date(rng, lo, END)
            # year-end and appeal seasonality
            if rng.random() < 0.25:
                day = rand_date(rng, max(lo, dt.date(day.year, 11, 15)), dt.date(day.year, 12, 31)) if lo <= dt.date(day.year, 12, 31) and max(lo, dt.date(day.year, 11, 15)) <= dt.date(day.year, 12, 31) else day
            amt = max(5.0, round(scale * rng.uniform(0.5, 1.6), 0))
            ch = rng.choices([c[0] for c in CHANNELS if c[0] != "direct debit"],
                             weights=[c[1] for c in CHANNELS if c[0] != "direct debit"])[0]
            if d["type"] != "individual":
                ch = rng.choice(["bank transfer", "bank transfer", "cheque", "online"])
            lc = live_campaigns(day)
            camp = None
            if lc and rng.random() < 0.72:
                w = [3.0 if c["cause"] == "disaster relief" else 1.0 for c in lc]
                camp = rng.choices(lc, weights=w)[0]["id"]
                if camps[camp - 1]["cause"] == "disaster relief":
                    amt = round(amt * 1.3, 0)
            add_gift(d, day, amt, ch, camp)
    gifts.sort(key=lambda g: (g[2], g[0]))
    con.executemany("INSERT INTO donations VALUES (?,?,?,?,?,?,?,?,?)",
                    [(i,) + tuple(g) for i, g in enumerate(gifts, 1)])

    # ---- volunteers -----------------------------------------------------
    vols = []
    individuals = [d for d in donors if d["type"] == "individual"]
    for i in range(1, 2601):
        cid, iso, _ = rng.choices(donor_markets, weights=[m[2] for m in donor_markets])[0]
        donor_id = None
        if rng.random() < 0.3:
            dd = rng.choice([x for x in individuals[i * 3:i * 3 + 40] if x["iso"] == iso] or [None])
            if dd is not None:
                donor_id = dd["id"]
                name = dd["name"]
        if donor_id is None:
            name = rng.choice(FIRST) + " " + rng.choice(LAST)
        if rng.random() < 0.4:
            joined = rand_date(rng, dt.date(2015, 1, 1), dt.date(2021, 12, 31))
        else:
            joined = rand_date(rng, START, dt.date(2024, 12, 15))
        skill = rng.choices([s[0] for s in SKILLS], weights=[s[1] for s in SKILLS])[0]
        bc = None
        if rng.random() < 0.85:
            bc = joined + dt.timedelta(days=rng.randint(3, 60))
            if bc > END:
                bc = None
        vols.append(dict(id=i, name=name, country=cid, skill=skill, joined=joined, donor=donor_id))
        con.execute("INSERT INTO volunteers VALUES (?,?,?,?,?,?,?)",
                    (i, name, cid, skill, d2s(joined), d2s(bc) if bc else None, donor_id))
    vols_by_country = {}
    for v in vols:
        vols_by_country.setdefault(v["country"], []).append(v)
    donors_by_country = {}
    for d in donors:
        donors_by_country.setdefault(d["country"], []).append(d)

    # ---- events and registrations ---------------------------------------
    ev_rows, reg_rows = [], []
    eid = 0
    rid = 0
    CITY = {"US": ["New York", "Chicago", "Boston", "Seattle"], "CA": ["Toronto", "Vancouver"],
            "GB": ["London", "Manchester", "Edinburgh"], "IE": ["Dublin"], "DE": ["Berlin", "Munich"],
            "NL": ["Amsterdam"], "FR": ["Paris", "Lyon"]}
    month = START
    while month <= END:
        n_ev = rng.randint(6, 11)
        for _ in range(n_ev):
            cid, iso, _ = rng.choices(donor_markets, weights=[m[2] for m in donor_markets])[0]
            etype = rng.choices(list(EVENT_TYPES), weights=[10, 14, 30, 26, 20])[0]
            if etype == "gala" and month.month not in (3, 5, 10, 11, 12):
                etype = "webinar"
            if etype == "fun run" and month.month in (12, 1, 2):
                etype = "workshop"
            lo, hi, price, cost = EVENT_TYPES[etype]
            cap = rng.randint(lo, hi) // 10 * 10
            day = month + dt.timedelta(days=rng.randrange(28))
            lc = live_campaigns(day)
            camp = rng.choice(lc)["id"] if lc and rng.random() < 0.6 else None
            city = rng.choice(CITY[iso])
            name = "%s %s %d" % (city, etype.title(), day.year) if etype != "webinar" else \
                "Webinar: %s" % rng.choice(["Impact Update", "Meet the Field Team", "Water Stories",
                                            "Inside Our Schools", "Emergency Briefing", "Annual Review"])
            eid += 1
            ecost = round(cost * rng.uniform(0.6, 1.5), 2)
            tprice = price if price == 0 else round(price * rng.uniform(0.8, 1.3) / 5) * 5.0
            ev_rows.append((eid, name, etype, cid, camp, d2s(day), cap, tprice, ecost))
            fill = rng.uniform(0.35, 1.0)
            n_reg = int(cap * fill)
            pool_d = donors_by_country[cid]
            pool_v = vols_by_country.get(cid, [])
            n_vol = 0 if etype == "webinar" else int(n_reg * rng.uniform(0.05, 0.25))
            show_p = {"gala": 0.92, "fun run": 0.85, "webinar": 0.55, "workshop": 0.8, "community cleanup": 0.75}[etype]
            for k in range(n_reg):
                reg_day = day - dt.timedelta(days=rng.randint(0, 60))
                if k < n_vol and pool_v:
                    v = rng.choice(pool_v)
                    vol_id, don_id, role = v["id"], None, "volunteer"
                    showed = rng.random() < 0.88
                    hours = round(rng.choice([2, 3, 4, 4, 5, 6, 8]) * rng.uniform(0.8, 1.1), 1) if showed else None
                else:
                    role, vol_id, hours = "guest", None, None
                    don_id = rng.choice(pool_d)["id"] if rng.random() < 0.8 else None
                    showed = rng.random() < show_p
                chk = None
                if showed:
                    h = {"gala": 18, "fun run": 8, "webinar": 17, "workshop": 10, "community cleanup": 9}[etype]
                    chk = (dt.datetime(day.year, day.month, day.day, h) + dt.timedelta(minutes=rng.randint(-30, 50))).strftime("%Y-%m-%d %H:%M:%S")
                rid += 1
                reg_rows.append((rid, eid, vol_id, don_id, role, d2s(max(reg_day, dt.date(2021, 11, 1))), chk, hours))
        y, m = month.year, month.month + 1
        if m > 12:
            y, m = y + 1, 1
        month = dt.date(y, m, 1)
    con.executemany("INSERT INTO events VALUES (?,?,?,?,?,?,?,?,?)", ev_rows)
    con.executemany("INSERT INTO event_registrations VALUES (?,?,?,?,?,?,?,?)", reg_rows)

    # ---- grants ---------------------------------------------------------
    g_rows = []
    used = set()
    gid = 0
    for c in camps:
        n = max(3, int(c["goal"] / 40000 * rng.uniform(0.7, 1.2)))
        for _ in range(n):
            country = c["country"] or rng.choice(program)
            ptype = rng.choice(CAUSE_PARTNER[c["cause"]])
            while True:
                pname = "%s %s" % (rng.choice(PARTNER_A), PARTNER_T[ptype])
                if (pname, country) not in used or rng.random() < 0.3:
                    break
            used.add((pname, country))
            endc = c["end"] or END
            awarded = rand_date(rng, c["start"] + dt.timedelta(days=20), min(END, endc + dt.timedelta(days=90)))
            amt = round(rng.choice([5000, 10000, 15000, 25000, 40000, 60000, 100000]) * rng.uniform(0.8, 1.2), -2)
            disb = awarded + dt.timedelta(days=int(rng.expovariate(1 / 30.0)) + 5)
            if disb > END or rng.random() < 0.03:
                disb = None
            due = awarded + dt.timedelta(days=rng.choice([180, 270, 365]))
            rec = None
            if disb is not None:
                rec = due + dt.timedelta(days=int(rng.gauss(5, 25)))
                if rec > END or rng.random() < 0.08:
                    rec = None
            gid += 1
            g_rows.append((gid, pname, ptype, country, c["id"] if rng.random() < 0.9 else None, amt, awarded,
                           disb, due, rec))
    g_rows.sort(key=lambda r: (r[6], r[1]))
    con.executemany("INSERT INTO grants VALUES (?,?,?,?,?,?,?,?,?,?)",
                    [(i,) + r[1:6] + (d2s(r[6]), d2s(r[7]) if r[7] else None, d2s(r[8]), d2s(r[9]) if r[9] else None)
                     for i, r in enumerate(g_rows, 1)])

    con.commit()
    con.execute("VACUUM")
    con.close()
    os.replace(tmp, path)


if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "charity.sqlite")
    generate(out)
