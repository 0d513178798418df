#!/usr/bin/env python3
"""Generate restaurant.sqlite: a casual-dining restaurant chain, 2022-01-01 .. 2024-12-31.

Deterministic: the same seed gives the same file on every run.
Usage: python3 gen_restaurant.py [OUTPUT_PATH]   (default: restaurant.sqlite next to this script)
"""
import datetime as dt
import os
import random
import sqlite3
import sys

SEED = 13013
START = dt.date(2022, 1, 1)
END = dt.date(2024, 12, 31)

SCHEMA = """
CREATE TABLE Location (
    LocationId   INTEGER PRIMARY KEY,
    Name         TEXT NOT NULL UNIQUE,
    City         TEXT NOT NULL,
    Region       TEXT NOT NULL,           -- Pacific, Mountain, Central, Atlantic
    OpenedOn     TEXT NOT NULL,           -- YYYY-MM-DD
    ClosedOn     TEXT,                    -- YYYY-MM-DD permanent closure; NULL while the restaurant is still open
    SeatCount    INTEGER NOT NULL
);
CREATE TABLE MenuCategory (
    CategoryId       INTEGER PRIMARY KEY,
    Name             TEXT NOT NULL UNIQUE,
    ParentCategoryId INTEGER,             -- the parent category (Food or Beverages); NULL for a top-level category
    FOREIGN KEY (ParentCategoryId) REFERENCES MenuCategory(CategoryId)
);
CREATE TABLE MenuItem (
    ItemId       INTEGER PRIMARY KEY,
    Name         TEXT NOT NULL UNIQUE,
    CategoryId   INTEGER NOT NULL,
    ListPrice    REAL NOT NULL,           -- current menu price, USD
    IsVegetarian INTEGER NOT NULL,        -- 1 = vegetarian, 0 = not
    LaunchedOn   TEXT NOT NULL,           -- YYYY-MM-DD first day on the menu
    RetiredOn    TEXT,                    -- YYYY-MM-DD taken off the menu; NULL while still on the menu
    FOREIGN KEY (CategoryId) REFERENCES MenuCategory(CategoryId)
);
CREATE TABLE Staff (
    StaffId         INTEGER PRIMARY KEY,
    FullName        TEXT NOT NULL,
    LocationId      INTEGER,              -- home restaurant; NULL for head-office staff (regional directors)
    Role            TEXT NOT NULL,        -- Regional Director, General Manager, Chef, Line Cook, Server, Bartender, Host, Dishwasher
    ManagerId       INTEGER,              -- the staff member this person reports to; NULL for regional directors (top of the chart)
    HireDate        TEXT NOT NULL,        -- YYYY-MM-DD
    TerminationDate TEXT,                 -- YYYY-MM-DD last day; NULL while still employed
    HourlyRate      REAL,                 -- USD per hour; NULL for salaried staff (directors, general managers, chefs)
    FOREIGN KEY (LocationId) REFERENCES Location(LocationId),
    FOREIGN KEY (ManagerId) REFERENCES Staff(StaffId)
);
CREATE TABLE Shift (
    ShiftId        INTEGER PRIMARY KEY,
    StaffId        INTEGER NOT NULL,
    LocationId     INTEGER NOT NULL,
    ScheduledStart TEXT NOT NULL,         -- YYYY-MM-DD HH:MM:SS
    ScheduledEnd   TEXT NOT NULL,         -- YYYY-MM-DD HH:MM:SS
    ClockIn        TEXT,                  -- YYYY-MM-DD HH:MM:SS; NULL if the employee did not show up
    ClockOut       TEXT,                  -- YYYY-MM-DD HH:MM:SS; NULL if the employee did not show up
    FOREIGN KEY (StaffId) REFERENCES Staff(StaffId),
    FOREIGN KEY (LocationId) REFERENCES Location(LocationId)
);
CREATE TABLE CustomerOrder (
    OrderId       INTEGER PRIMARY KEY,
    LocationId    INTEGER NOT NULL,
    ServerId      INTEGER,                -- staff member who served the table; NULL for takeout and delivery orders
    OrderedAt     TEXT NOT NULL,          -- YYYY-MM-DD HH:MM:SS
    Channel       TEXT NOT NULL,          -- DineIn, Takeout, Delivery
    PartySize     INTEGER,                -- guests at the table; NULL for takeout and delivery orders
    PaymentMethod TEXT NOT NULL,          -- Card, Cash, GiftCard, App
    Status        TEXT NOT NULL,          -- Completed, Voided (voided = cancelled before payment, not charged)
    Subtotal      REAL NOT NULL,          -- USD, sum of the order lines before tip
    TipAmount     REAL,                   -- USD; NULL when no tip was recorded (cash tips, voided orders)
    FOREIGN KEY (LocationId) REFERENCES Location(LocationId),
    FOREIGN KEY (ServerId) REFERENCES Staff(StaffId)
);
CREATE TABLE OrderLine (
    OrderLineId INTEGER PRIMARY KEY,
    OrderId     INTEGER NOT NULL,
    ItemId      INTEGER NOT NULL,
    Quantity    INTEGER NOT NULL,
    UnitPrice   REAL NOT NULL,            -- USD charged per unit at the time of the order
    FOREIGN KEY (OrderId) REFERENCES CustomerOrder(OrderId),
    FOREIGN KEY (ItemId) REFERENCES MenuItem(ItemId)
);
CREATE TABLE CourierPartner (
    PartnerId     INTEGER PRIMARY KEY,
    Name          TEXT NOT NULL UNIQUE,
    CommissionPct REAL NOT NULL,          -- percent of the order subtotal the partner keeps
    ContractStart TEXT NOT NULL,          -- YYYY-MM-DD
    ContractEnd   TEXT                    -- YYYY-MM-DD; NULL while the contract is still running
);
CREATE TABLE Delivery (
    DeliveryId   INTEGER PRIMARY KEY,
    OrderId      INTEGER NOT NULL UNIQUE,
    PartnerId    INTEGER NOT NULL,
    DispatchedAt TEXT NOT NULL,           -- YYYY-MM-DD HH:MM:SS courier picked the food up
    DeliveredAt  TEXT,                    -- YYYY-MM-DD HH:MM:SS; NULL if it never arrived (Failed or Cancelled)
    Status       TEXT NOT NULL,           -- Delivered, Failed, Cancelled
    DistanceKm   REAL NOT NULL,
    DeliveryFee  REAL NOT NULL,           -- USD charged to the customer
    FOREIGN KEY (OrderId) REFERENCES CustomerOrder(OrderId),
    FOREIGN KEY (PartnerId) REFERENCES CourierPartner(PartnerId)
);
CREATE TABLE Feedback (
    FeedbackId    INTEGER PRIMARY KEY,
    OrderId       INTEGER NOT NULL,
    SubmittedAt   TEXT NOT NULL,          -- YYYY-MM-DD HH:MM:SS
    Source        TEXT NOT NULL,          -- App, Web, CommentCard
    Rating        INTEGER NOT NULL CHECK (Rating BETWEEN 1 AND 5),  -- overall stars
    ServiceRating INTEGER CHECK (ServiceRating BETWEEN 1 AND 5),    -- table-service stars; NULL if the guest skipped it
    Comment       TEXT,                   -- free text; NULL if none left
    FOREIGN KEY (OrderId) REFERENCES CustomerOrder(OrderId)
);
CREATE INDEX IxStaffLocation ON Staff(LocationId);
CREATE INDEX IxShiftStaff ON Shift(StaffId);
CREATE INDEX IxOrderLocation ON CustomerOrder(LocationId);
CREATE INDEX IxLineOrder ON OrderLine(OrderId);
CREATE INDEX IxDeliveryPartner ON Delivery(PartnerId);
CREATE INDEX IxFeedbackOrder ON Feedback(OrderId);
"""

LOCATIONS = [
    # name, city, region, opened, closed, seats, popularity
    ("Pike Place", "Seattle", "Pacific", "2014-05-02", None, 140, 1.3),
    ("Capitol Hill", "Seattle", "Pacific", "2017-09-15", None, 90, 1.0),
    ("Pearl District", "Portland", "Pacific", "2016-03-20", None, 110, 1.0),
    ("LoDo", "Denver", "Mountain", "2018-06-01", None, 120, 1.1),
    ("Old Town", "Scottsdale", "Mountain", "2019-02-11", "2023-09-30", 80, 0.6),
    ("South Congress", "Austin", "Central", "2019-10-05", None, 130, 1.2),
    ("Wicker Park", "Chicago", "Central", "2016-11-12", None, 100, 0.9),
    ("Deep Ellum", "Dallas", "Central", "2023-03-15", None, 150, 1.4),
    ("The Gulch", "Nashville", "Central", "2022-06-01", None, 120, 1.1),
    ("Back Bay", "Boston", "Atlantic", "2020-08-20", None, 95, 0.9),
    ("Midtown", "Atlanta", "Atlantic", "2021-04-10", None, 105, 0.8),
    ("Williamsburg", "New York", "Atlantic", "2024-05-01", None, 85, 1.2),
]

CATEGORIES = [  # name, parent
    ("Food", None), ("Beverages", None),
    ("Starters", "Food"), ("Salads", "Food"), ("Burgers", "Food"), ("Pizza", "Food"),
    ("Mains", "Food"), ("Sides", "Food"), ("Desserts", "Food"),
    ("Soft Drinks", "Beverages"), ("Coffee & Tea", "Beverages"), ("Beer", "Beverages"),
    ("Wine", "Beverages"), ("Cocktails", "Beverages"),
]

ITEMS = [  # name, category, price, vegetarian, launched, retired, weight
    ("Crispy Calamari", "Starters", 13.5, 0, "2018-01-01", None, 5),
    ("Loaded Nachos", "Starters", 12.0, 1, "2018-01-01", None, 7),
    ("Chicken Wings", "Starters", 14.0, 0, "2018-01-01", None, 8),
    ("Burrata Plate", "Starters", 15.5, 1, "2023-04-01", None, 4),
    ("Spinach Dip", "Starters", 11.0, 1, "2018-01-01", "2023-03-31", 4),
    ("Caesar Salad", "Salads", 12.5, 0, "2018-01-01", None, 6),
    ("Greek Salad", "Salads", 12.0, 1, "2018-01-01", None, 4),
    ("Harvest Grain Bowl", "Salads", 14.5, 1, "2022-09-01", None, 5),
    ("Classic Cheeseburger", "Burgers", 16.0, 0, "2018-01-01", None, 12),
    ("Smokehouse Burger", "Burgers", 18.5, 0, "2018-01-01", None, 8),
    ("Beyond Burger", "Burgers", 17.0, 1, "2020-06-01", None, 5),
    ("Double Stack Burger", "Burgers", 21.0, 0, "2024-02-01", None, 6),
    ("Margherita Pizza", "Pizza", 15.0, 1, "2018-01-01", None, 9),
    ("Pepperoni Pizza", "Pizza", 17.0, 0, "2018-01-01", None, 9),
    ("Truffle Mushroom Pizza", "Pizza", 19.5, 1, "2022-03-01", None, 5),
    ("BBQ Chicken Pizza", "Pizza", 18.0, 0, "2018-01-01", "2024-06-30", 4),
    ("Grilled Salmon", "Mains", 26.0, 0, "2018-01-01", None, 6),
    ("Ribeye Steak", "Mains", 38.0, 0, "2018-01-01", None, 5),
    ("Chicken Parmesan", "Mains", 22.0, 0, "2018-01-01", None, 6),
    ("Mushroom Risotto", "Mains", 20.0, 1, "2018-01-01", None, 4),
    ("Fish Tacos", "Mains", 17.5, 0, "2019-05-01", None, 6),
    ("Short Rib Ragu", "Mains", 27.0, 0, "2023-10-01", None, 4),
    ("French Fries", "Sides", 5.5, 1, "2018-01-01", None, 14),
    ("Sweet Potato Fries", "Sides", 6.5, 1, "2018-01-01", None, 7),
    ("Mac and Cheese", "Sides", 7.0, 1, "2018-01-01", None, 6),
    ("Onion Rings", "Sides", 6.0, 1, "2018-01-01", "2022-12-31", 4),
    ("Chocolate Lava Cake", "Desserts", 9.5, 1, "2018-01-01", None, 5),
    ("New York Cheesecake", "Desserts", 9.0, 1, "2018-01-01", None, 4),
    ("Seasonal Pie", "Desserts", 8.5, 1, "2018-01-01", None, 3),
    ("Affogato", "Desserts", 7.5, 1, "2024-03-01", None, 3),
    ("Cola", "Soft Drinks", 3.5, 1, "2018-01-01", None, 12),
    ("Lemonade", "Soft Drinks", 4.5, 1, "2018-01-01", None, 8),
    ("Iced Tea", "Soft Drinks", 3.5, 1, "2018-01-01", None, 7),
    ("Sparkling Water", "Soft Drinks", 4.0, 1, "2018-01-01", None, 5),
    ("Espresso", "Coffee & Tea", 3.5, 1, "2018-01-01", None, 4),
    ("Cappuccino", "Coffee & Tea", 5.0, 1, "2018-01-01", None, 5),
    ("Hot Tea", "Coffee & Tea", 3.5, 1, "2018-01-01", None, 3),
    ("House Lager", "Beer", 7.0, 1, "2018-01-01", None, 9),
    ("IPA", "Beer", 8.0, 1, "2018-01-01", None, 8),
    ("Seasonal Stout", "Beer", 8.5, 1, "2018-01-01", None, 3),
    ("House Red", "Wine", 11.0, 1, "2018-01-01", None, 5),
    ("House White", "Wine", 11.0, 1, "2018-01-01", None, 5),
    ("Prosecco", "Wine", 12.0, 1, "2018-01-01", None, 3),
    ("Margarita", "Cocktails", 13.0, 1, "2018-01-01", None, 6),
    ("Old Fashioned", "Cocktails", 14.0, 1, "2018-01-01", None, 4),
    ("Espresso Martini", "Cocktails", 15.0, 1, "2022-05-01", None, 5),
    ("Aperol Spritz", "Cocktails", 13.5, 1, "2018-01-01", None, 5),
]

PARTNERS = [  # name, commission, start, end, weight function
    ("DashPal", 25.0, "2019-01-01", None),
    ("UberBite", 28.0, "2019-06-01", None),
    ("GrubRunner", 22.0, "2020-03-01", "2023-06-30"),
    ("ZipEat", 18.0, "2023-04-01", None),
]

FIRST = ["James", "Maria", "Daniel", "Sofia", "Michael", "Emma", "David", "Olivia", "Chris", "Ava",
         "Luis", "Mia", "Kevin", "Chloe", "Jason", "Grace", "Ryan", "Zoe", "Tyler", "Hannah",
         "Marcus", "Priya", "Andre", "Leah", "Omar", "Nina", "Sam", "Isabel", "Ethan", "Rosa",
         "Noah", "Lily", "Carlos", "Jade", "Ben", "Ana", "Victor", "Elena", "Jamal", "Kara"]
LAST = ["Smith", "Garcia", "Nguyen", "Johnson", "Brown", "Martinez", "Lee", "Walker", "Hall", "Young",
        "King", "Lopez", "Hill", "Scott", "Green", "Adams", "Baker", "Rivera", "Campbell", "Carter",
        "Turner", "Phillips", "Parker", "Evans", "Edwards", "Collins", "Stewart", "Morris", "Reed", "Cook",
        "Patel", "Kim", "Chen", "Shah", "Wood", "Price", "Bell", "Ward", "Ross", "Hayes"]

COMMENTS_GOOD = ["Great food!", "Loved the burger", "Friendly staff", "Will come back", "Fast delivery",
                 "Best pizza in town", "Cocktails were excellent"]
COMMENTS_BAD = ["Food arrived cold", "Waited too long", "Order was wrong", "Too noisy", "Overpriced",
                "Server was rude", "Missing items"]

# month seasonality of order volume (1..12)
SEASON = {1: 0.78, 2: 0.82, 3: 0.92, 4: 0.97, 5: 1.05, 6: 1.12, 7: 1.18, 8: 1.15,
          9: 1.0, 10: 0.98, 11: 0.95, 12: 1.22}
DOW = [0.85, 0.8, 0.88, 0.97, 1.25, 1.4, 1.15]  # Mon..Sun


def d(s):
    return dt.date.fromisoformat(s)


def ts(day, minutes):
    return (dt.datetime(day.year, day.month, day.day) + dt.timedelta(minutes=minutes)).strftime("%Y-%m-%d %H:%M:%S")


def generate(path):
    rng = random.Random(SEED)
    tmp = path + ".tmp"
    if os.path.exists(tmp):
        os.remove(tmp)
    con = sqlite3.connect(tmp)
    con.executescript(SCHEMA)

    loc_rows = []
    for i, (name, city, region, op, cl, seats, pop) in enumerate(LOCATIONS, start=1):
        loc_rows.append((i, name, city, region, op, cl, seats))

    cat_id = {}
    cat_rows = []
    for i, (name, parent) in enumerate(CATEGORIES, start=1):
        cat_id[name] = i
        cat_rows.append((i, name, cat_id[parent] if parent else None))

    item_rows = []
    items = []
    for i, (name, cat, price, veg, la, ret, w) in enumerate(ITEMS, start=1):
        item_rows.append((i, name, cat_id[cat], price, veg, la, ret))
        items.append({"id": i, "cat": cat, "price": price, "la": d(la), "ret": d(ret) if ret else None, "w": w,
                      "drink": cat in ("Soft Drinks", "Coffee & Tea", "Beer", "Wine", "Cocktails")})

    # ---- staff -------------------------------------------------------------
    staff = []  # dicts

    def person():
        return rng.choice(FIRST) + " " + rng.choice(LAST)

    def add_staff(loc, role, mgr, hire, term, rate):
        sid = len(staff) + 1
        staff.append({"id": sid, "name": person(), "loc": loc, "role": role, "mgr": mgr,
                      "hire": hire, "term": term, "rate": rate})
        return sid

    regions = ["Pacific", "Mountain", "Central", "Atlantic"]
    director = {}
    for r in regions:
        director[r] = add_staff(None, "Regional Director", None,
                                dt.date(2012, 1, 1) + dt.timedelta(days=rng.randint(0, 2500)), None, None)
    role_mix = [("Server", 9, (15.0, 19.0)), ("Line Cook", 6, (17.0, 22.0)), ("Bartender", 3, (16.0, 20.0)),
                ("Host", 2, (14.0, 17.0)), ("Dishwasher", 2, (14.0, 16.5))]
    for li, (name, city, region, op, cl, seats, pop) in enumerate(LOCATIONS, start=1):
        opened = d(op)
        closed = d(cl) if cl else None
        gm = add_staff(li, "General Manager", director[region], max(opened - dt.timedelta(days=60), dt.date(2014, 1, 1)) + dt.timedelta(days=rng.randint(0, 200)),
                       closed, None)
        chef = add_staff(li, "Chef", gm, max(opened - dt.timedelta(days=45), dt.date(2014, 1, 1)) + dt.timedelta(days=rng.randint(0, 400)),
                         closed, None)
        for role, n, (lo, hi) in role_mix:
            boss = chef if role in ("Line Cook", "Dishwasher") else gm
            for k in range(n):
                # a chain of tenures for this position
                hire = max(opened - dt.timedelta(days=20), dt.date(2019, 1, 1) - dt.timedelta(days=rng.randint(0, 900)))
                hire = hire + dt.timedelta(days=rng.randint(0, 60))
                while hire <= END:
                    tenure = int(rng.expovariate(1 / 520.0)) + 30
                    term = hire + dt.timedelta(days=tenure)
                    if closed and term > closed:
                        term = closed
                    if term > END:
                        term = None
                    rate = round(rng.uniform(lo, hi) + 0.6 * max(0, hire.year - 2021), 2)
                    add_staff(li, role, boss, hire, term, rate)
                    if term is None or (closed and term >= closed):
                        break
                    hire = term + dt.timedelta(days=rng.randint(3, 40))
    staff_rows = [(s["id"], s["name"], s["loc"], s["role"], s["mgr"], s["hire"].isoformat(),
                   s["term"].isoformat() if s["term"] else None, s["rate"]) for s in staff]

    by_loc_role = {}
    for s in staff:
        if s["loc"]:
            by_loc_role.setdefault((s["loc"], s["role"]), []).append(s)

    def active(loc, role, day):
        return [s for s in by_loc_role.get((loc, role), []) if s["hire"] <= day and (s["term"] is None or s["term"] >= day)]

    # ---- partners ----------------------------------------------------------
    partner_rows = [(i, n, c, s, e) for i, (n, c, s, e) in enumerate(PARTNERS, start=1)]

    def partner_weights(day):
        w = []
        for i, (n, c, s, e) in enumerate(PARTNERS, start=1):
            if d(s) <= day and (e is None or d(e) >= day):
                if n == "ZipEat":
                    months = (day.year - 2023) * 12 + day.month - 4
                    w.append((i, 0.3 + 0.12 * months))
                elif n == "DashPal":
                    w.append((i, 3.0))
                elif n == "UberBite":
                    w.append((i, 2.2))
                else:
                    w.append((i, 1.5))
        return w

    # ---- orders ------------------------------------------------------------
    orders, lines, deliveries, feedback, shifts = [], [], [], [], []
    day = START
    total_days = (END - START).days
    while day <= END:
        frac = (day - START).days / total_days
        deliv_share = 0.14 + 0.22 * frac
        takeout_share = 0.16
        season = SEASON[day.month] * DOW[day.weekday()]
        if day.year == 2023 and day.month == 8:
            season *= 1.55  # "Summer Feast" promotion month
        price_factor = {2022: 0.9, 2023: 0.95, 2024: 1.0}[day.year]
        for li, (name, city, region, op, cl, seats, pop) in enumerate(LOCATIONS, start=1):
            opened, closed = d(op), (d(cl) if cl else None)
            if day < opened or (closed and day > closed):
                continue
            if name == "Capitol Hill" and dt.date(2024, 2, 5) <= day <= dt.date(2024, 3, 3):
                continue  # closed for renovation
            ramp = 1.0
            if (day - opened).days < 120:
                ramp = 0.55 + 0.45 * (day - opened).days / 120
            lam = 6.2 * pop * season * ramp
            n = max(0, int(rng.gauss(lam, lam ** 0.5)))
            servers = active(li, "Server", day)
            # shifts: a few hourly staff per day
            for role, k in (("Server", 3), ("Line Cook", 2), ("Bartender", 1), ("Host", 1), ("Dishwasher", 1)):
                pool = active(li, role, day)
                if not pool:
                    continue
                for s in rng.sample(pool, min(k, len(pool))):
                    start_min = rng.choice([600, 660, 960, 1020])
                    length = rng.choice([300, 360, 420, 480])
                    if rng.random() < 0.035:
                        cin = cout = None
                    else:
                        cin = ts(day, start_min + int(rng.gauss(2, 6)))
                        cout = ts(day, start_min + length + int(rng.gauss(8, 15)))
                    shifts.append((s["id"], li, ts(day, start_min), ts(day, start_min + length), cin, cout))
            for _ in range(n):
                r = rng.random()
                channel = "Delivery" if r < deliv_share else ("Takeout" if r < deliv_share + takeout_share else "DineIn")
                minute = int(rng.triangular(660, 1320, 1140))
                if rng.random() < 0.3:
                    minute = int(rng.triangular(690, 840, 750))
                at = ts(day, minute)
                if channel == "DineIn":
                    party = min(12, 1 + int(rng.expovariate(1 / 1.6)))
                    server = rng.choice(servers)["id"] if servers else None
                else:
                    party = None
                    server = None
                nitems = max(1, int(rng.gauss(1.3 * (party or 2), 1)))
                avail = [it for it in items if it["la"] <= day and (it["ret"] is None or it["ret"] >= day)]
                if channel != "DineIn":
                    avail = [it for it in avail if it["cat"] not in ("Beer", "Wine", "Cocktails")]
                weights = [it["w"] for it in avail]
                chosen = {}
                for it in rng.choices(avail, weights=weights, k=nitems):
                    chosen[it["id"]] = chosen.get(it["id"], 0) + 1
                oid = len(orders) + 1
                subtotal = 0.0
                for iid in sorted(chosen):
                    it = items[iid - 1]
                    up = round(it["price"] * price_factor, 2)
                    lines.append((oid, iid, chosen[iid], up))
                    subtotal += up * chosen[iid]
                subtotal = round(subtotal, 2)
                status = "Voided" if rng.random() < 0.02 else "Completed"
                if channel == "Delivery":
                    pay = "App"
                else:
                    pay = rng.choices(["Card", "Cash", "GiftCard"], weights=[78 + 10 * frac, 18 - 10 * frac, 4])[0]
                if status == "Voided" or pay == "Cash":
                    tip = None
                elif channel == "DineIn":
                    tip = round(subtotal * rng.choice([0.15, 0.18, 0.18, 0.2, 0.2, 0.22, 0.25]), 2)
                else:
                    tip = round(subtotal * rng.choice([0, 0, 0.05, 0.1, 0.15]), 2)
                orders.append((oid, li, server, at, channel, party, pay, status, subtotal, tip))
                late = False
                if channel == "Delivery" and status == "Completed":
                    pw = partner_weights(day)
                    pid = rng.choices([p for p, w in pw], weights=[w for p, w in pw])[0]
                    disp = minute + rng.randint(12, 30)
                    dist = round(rng.uniform(0.8, 9.5), 1)
                    rr = rng.random()
                    fail = 0.025 if PARTNERS[pid - 1][0] != "GrubRunner" else 0.07
                    if rr < fail:
                        dstat, dat = "Failed", None
                    elif rr < fail + 0.02:
                        dstat, dat = "Cancelled", None
                    else:
                        dstat = "Delivered"
                        travel = 8 + dist * rng.uniform(2.5, 4.0) + rng.expovariate(1 / 6.0)
                        if PARTNERS[pid - 1][0] == "UberBite":
                            travel *= 1.15
                        if day.month == 12 or day.month == 1:
                            travel *= 1.1
                        dat = ts(day, disp + int(travel))
                        late = travel > 40
                    fee = round(1.99 + 0.45 * dist, 2)
                    deliveries.append((oid, pid, ts(day, disp), dat, dstat, dist, fee))
                    if dstat != "Delivered":
                        late = True
                if status == "Completed" and rng.random() < 0.13:
                    base = 4.3 if not late else 2.6
                    if name == "Midtown":
                        base -= 0.7
                    if name == "Deep Ellum":
                        base += 0.2
                    rating = max(1, min(5, int(round(rng.gauss(base, 0.9)))))
                    srv = None
                    if channel == "DineIn" and rng.random() < 0.75:
                        srv = max(1, min(5, int(round(rng.gauss(base + 0.1, 0.9)))))
                    src = "App" if channel == "Delivery" else rng.choices(["App", "Web", "CommentCard"], weights=[40 + 30 * frac, 35, 25 - 20 * frac])[0]
                    cm = None
                    if rng.random() < 0.35:
                        cm = rng.choice(COMMENTS_GOOD if rating >= 4 else COMMENTS_BAD)
                    sub_day = day + dt.timedelta(days=min(int(rng.expovariate(1 / 1.5)), 12))
                    if sub_day > END:
                        sub_day = END
                    feedback.append((oid, ts(sub_day, rng.randint(0, 1439) if sub_day > day else min(1439, minute + rng.randint(40, 120))), src, rating, srv, cm))
        day += dt.timedelta(days=1)

    # orders sorted by time get increasing ids
    order_idx = sorted(range(len(orders)), key=lambda i: (orders[i][3], orders[i][1], i))
    remap = {}
    order_rows = []
    for new_id, i in enumerate(order_idx, start=1):
        remap[orders[i][0]] = new_id
        order_rows.append((new_id,) + orders[i][1:])
    line_rows = sorted(((remap[o], it, q, up) for (o, it, q, up) in lines), key=lambda r: (r[0], r[1]))
    line_rows = [(i,) + r for i, r in enumerate(line_rows, start=1)]
    deliv_rows = sorted(((remap[o],) + r[1:] for r in deliveries for o in [r[0]]), key=lambda r: r[0])
    deliv_rows = [(i,) + r for i, r in enumerate(deliv_rows, start=1)]
    fb_rows = sorted(((remap[r[0]],) + r[1:] for r in feedback), key=lambda r: (r[1], r[0]))
    fb_rows = [(i,) + r for i, r in enumerate(fb_rows, start=1)]
    shift_rows = sorted(shifts, key=lambda r: (r[2], r[1], r[0]))
    shift_rows = [(i,) + r for i, r in enumerate(shift_rows, start=1)]

    con.executemany("INSERT INTO Location VALUES (?,?,?,?,?,?,?)", loc_rows)
    con.executemany("INSERT INTO MenuCategory VALUES (?,?,?)", cat_rows)
    con.executemany("INSERT INTO MenuItem VALUES (?,?,?,?,?,?,?)", item_rows)
    con.executemany("INSERT INTO Staff VALUES (?,?,?,?,?,?,?,?)", staff_rows)
    con.executemany("INSERT INTO Shift VALUES (?,?,?,?,?,?,?)", shift_rows)
    con.executemany("INSERT INTO CustomerOrder VALUES (?,?,?,?,?,?,?,?,?,?)", order_rows)
    con.executemany("INSERT INTO OrderLine VALUES (?,?,?,?,?)", line_rows)
    con.executemany("INSERT INTO CourierPartner VALUES (?,?,?,?,?)", partner_rows)
    con.executemany("INSERT INTO Delivery VALUES (?,?,?,?,?,?,?,?)", deliv_rows)
    con.executemany("INSERT INTO Feedback VALUES (?,?,?,?,?,?,?)", fb_rows)
    con.commit()
    con.execute("VACUUM")
    con.close()
    os.replace(tmp, path)


if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "restaurant.sqlite")
    generate(out)
