#!/usr/bin/env python3
"""Generate kitchen.sqlite: a UK restaurant chain, 2022-01-01 .. 2024-12-31.

Most columns are camelCase (the refunds table, fed by a separate payments system, is snake_case).
Deterministic: the same seed gives the same file on every run.
Usage: python3 gen_kitchen.py [OUTPUT_PATH]   (default: kitchen.sqlite next to this script)
"""
import datetime as dt
import os
import random
import sqlite3
import sys

SEED = 7070
START = dt.date(2022, 1, 1)
END = dt.date(2024, 12, 31)

SCHEMA = """
CREATE TABLE restaurants (
    id        INTEGER PRIMARY KEY,
    name      TEXT NOT NULL UNIQUE,
    city      TEXT NOT NULL,
    openedOn  TEXT NOT NULL,              -- YYYY-MM-DD
    closedOn  TEXT,                       -- YYYY-MM-DD; NULL while the restaurant is still trading
    seats     INTEGER NOT NULL            -- dining-room capacity
);
CREATE TABLE menuItems (
    id           INTEGER PRIMARY KEY,
    itemName     TEXT NOT NULL UNIQUE,
    category     TEXT NOT NULL,           -- starter, main, side, dessert, drink
    price        REAL NOT NULL,           -- current list price, GBP (prices charged on past orders are in orderLines.unitPrice)
    isVegetarian INTEGER NOT NULL,        -- 1 vegetarian, 0 not
    calories     INTEGER,                 -- kcal per portion; NULL if never measured
    addedOn      TEXT NOT NULL,           -- YYYY-MM-DD, date the item joined the menu
    retiredOn    TEXT                     -- YYYY-MM-DD; NULL while still on the menu
);
CREATE TABLE staff (
    id           INTEGER PRIMARY KEY,
    fullName     TEXT NOT NULL,
    restaurantId INTEGER NOT NULL,
    role         TEXT NOT NULL,           -- manager, chef, cook, server, host, dishwasher
    hourlyRate   REAL NOT NULL,           -- GBP per hour
    hiredOn      TEXT NOT NULL,           -- YYYY-MM-DD
    leftOn       TEXT,                    -- YYYY-MM-DD; NULL while still employed
    FOREIGN KEY (restaurantId) REFERENCES restaurants(id)
);
CREATE TABLE shifts (
    id      INTEGER PRIMARY KEY,
    staffId INTEGER NOT NULL,
    startAt TEXT NOT NULL,                -- YYYY-MM-DD HH:MM:SS, clock-in
    endAt   TEXT,                         -- YYYY-MM-DD HH:MM:SS, clock-out; NULL when the clock-out was never recorded
    FOREIGN KEY (staffId) REFERENCES staff(id)
);
CREATE TABLE orders (
    id              INTEGER PRIMARY KEY,
    restaurantId    INTEGER NOT NULL,
    orderedAt       TEXT NOT NULL,        -- YYYY-MM-DD HH:MM:SS
    channel         TEXT NOT NULL,        -- dine-in, takeaway, delivery app
    deliveryPartner TEXT,                 -- Deliveroo, Uber Eats, Just Eat; NULL unless channel = 'delivery app'
    serverId        INTEGER,              -- staff.id of the server; NULL unless channel = 'dine-in'
    guests          INTEGER,              -- party size; NULL unless channel = 'dine-in'
    rating          INTEGER CHECK (rating BETWEEN 1 AND 5),  -- customer rating 1-5 stars; NULL if the customer left no rating
    FOREIGN KEY (restaurantId) REFERENCES restaurants(id),
    FOREIGN KEY (serverId) REFERENCES staff(id)
);
CREATE TABLE orderLines (
    id         INTEGER PRIMARY KEY,
    orderId    INTEGER NOT NULL,
    menuItemId INTEGER NOT NULL,
    quantity   INTEGER NOT NULL,
    unitPrice  REAL NOT NULL,             -- GBP charged per unit at order time (order value = SUM(quantity * unitPrice))
    FOREIGN KEY (orderId) REFERENCES orders(id),
    FOREIGN KEY (menuItemId) REFERENCES menuItems(id)
);
CREATE TABLE refunds (
    refund_id   INTEGER PRIMARY KEY,
    order_id    INTEGER NOT NULL,
    refunded_at TEXT NOT NULL,            -- YYYY-MM-DD HH:MM:SS
    amount      REAL NOT NULL,            -- GBP refunded
    reason      TEXT NOT NULL,            -- wrong item, missing item, late delivery, cold food, quality complaint, order cancelled
    approved_by INTEGER,                  -- staff.id of the approving manager; NULL when refunded automatically by the delivery partner
    FOREIGN KEY (order_id) REFERENCES orders(id),
    FOREIGN KEY (approved_by) REFERENCES staff(id)
);
CREATE INDEX idx_staff_restaurant ON staff(restaurantId);
CREATE INDEX idx_shifts_staff ON shifts(staffId);
CREATE INDEX idx_orders_restaurant ON orders(restaurantId);
CREATE INDEX idx_orderlines_order ON orderLines(orderId);
CREATE INDEX idx_orderlines_item ON orderLines(menuItemId);
CREATE INDEX idx_refunds_order ON refunds(order_id);
"""

# name, city, openedOn, closedOn, seats, busyness
RESTAURANTS = [
    ("Ember & Oak Soho", "London", "2016-04-11", None, 120, 1.6),
    ("Ember & Oak Shoreditch", "London", "2019-09-02", None, 95, 1.3),
    ("Ember & Oak Northern Quarter", "Manchester", "2017-03-06", None, 110, 1.2),
    ("Ember & Oak Digbeth", "Birmingham", "2018-05-14", "2024-06-30", 85, 0.8),
    ("Ember & Oak Leeds Dock", "Leeds", "2018-10-01", None, 80, 0.9),
    ("Ember & Oak Harbourside", "Bristol", "2019-02-18", None, 90, 1.0),
    ("Ember & Oak Grassmarket", "Edinburgh", "2020-08-03", None, 75, 1.0),
    ("Ember & Oak Merchant City", "Glasgow", "2021-03-22", None, 85, 0.9),
    ("Ember & Oak Baltic Triangle", "Liverpool", "2021-11-08", None, 70, 0.85),
    ("Ember & Oak The Lanes", "Brighton", "2022-06-06", None, 60, 0.8),
    ("Ember & Oak Cardiff Bay", "Cardiff", "2023-04-17", None, 70, 0.75),
    ("Ember & Oak Quayside", "Newcastle", "2024-03-11", None, 65, 0.7),
]
# itemName, category, price at 2022-01-01, vegetarian, calories (None = not measured), addedOn, retiredOn, popularity
MENU = [
    ("Crispy Calamari", "starter", 7.50, 0, 520, "2015-01-01", None, 10),
    ("Burrata & Tomatoes", "starter", 8.25, 1, 430, "2015-01-01", None, 8),
    ("Chicken Wings", "starter", 6.95, 0, 690, "2015-01-01", None, 12),
    ("Soup of the Day", "starter", 5.50, 1, None, "2015-01-01", None, 6),
    ("Padron Peppers", "starter", 5.25, 1, 180, "2015-01-01", "2023-08-31", 5),
    ("Korean Cauliflower", "starter", 6.75, 1, 410, "2023-09-01", None, 7),
    ("Prawn Cocktail", "starter", 7.95, 0, 390, "2015-01-01", "2022-12-31", 4),
    ("Ember Burger", "main", 14.50, 0, 980, "2015-01-01", None, 22),
    ("Smoky Bean Burger", "main", 13.00, 1, 860, "2015-01-01", None, 9),
    ("Half Roast Chicken", "main", 15.95, 0, 890, "2015-01-01", None, 14),
    ("8oz Sirloin Steak", "main", 24.50, 0, 760, "2015-01-01", None, 10),
    ("Fish & Chips", "main", 15.50, 0, 1050, "2015-01-01", None, 13),
    ("Mushroom Risotto", "main", 13.75, 1, 720, "2015-01-01", None, 7),
    ("Lamb Shoulder", "main", 21.00, 0, 940, "2015-01-01", "2023-03-31", 5),
    ("Miso Salmon", "main", 18.25, 0, 640, "2022-05-02", None, 8),
    ("Jackfruit Tacos", "main", 12.50, 1, 610, "2023-04-03", None, 6),
    ("Chicken Caesar Salad", "main", 12.95, 0, 580, "2015-01-01", None, 8),
    ("Truffle Mac & Cheese", "main", 13.50, 1, None, "2024-02-05", None, 7),
    ("Skinny Fries", "side", 3.95, 1, 350, "2015-01-01", None, 25),
    ("Sweet Potato Fries", "side", 4.50, 1, 380, "2015-01-01", None, 12),
    ("House Slaw", "side", 3.25, 1, 210, "2015-01-01", None, 6),
    ("Onion Rings", "side", 4.25, 1, 450, "2015-01-01", None, 9),
    ("Garden Salad", "side", 3.75, 1, 120, "2015-01-01", None, 5),
    ("Garlic Bread", "side", 4.00, 1, None, "2015-01-01", "2024-01-31", 7),
    ("Sticky Toffee Pudding", "dessert", 6.95, 1, 710, "2015-01-01", None, 9),
    ("Chocolate Brownie", "dessert", 6.50, 1, 640, "2015-01-01", None, 10),
    ("Lemon Cheesecake", "dessert", 6.75, 1, 560, "2015-01-01", None, 6),
    ("Ice Cream Trio", "dessert", 5.25, 1, 390, "2015-01-01", None, 5),
    ("Churros", "dessert", 5.95, 1, None, "2023-06-05", None, 5),
    ("Coca-Cola", "drink", 3.20, 1, 140, "2015-01-01", None, 18),
    ("Sparkling Water", "drink", 2.80, 1, 0, "2015-01-01", None, 10),
    ("Fresh Lemonade", "drink", 3.95, 1, 160, "2015-01-01", None, 9),
    ("House Lager", "drink", 5.60, 1, 210, "2015-01-01", None, 16),
    ("Pale Ale", "drink", 6.10, 1, 230, "2015-01-01", None, 10),
    ("Glass of Red Wine", "drink", 7.25, 1, 160, "2015-01-01", None, 9),
    ("Glass of White Wine", "drink", 7.25, 1, 150, "2015-01-01", None, 8),
    ("Espresso Martini", "drink", 9.50, 1, 240, "2022-09-05", None, 6),
    ("Flat White", "drink", 3.40, 1, 120, "2015-01-01", None, 7),
]
DINE_ONLY = {"House Lager", "Pale Ale", "Glass of Red Wine", "Glass of White Wine", "Espresso Martini",
             "Flat White", "Soup of the Day"}
PRICE_RISE = [(dt.date(2023, 4, 1), 1.06), (dt.date(2024, 4, 1), 1.045)]
FIRST = ["Oliver", "George", "Harry", "Jack", "Jacob", "Noah", "Charlie", "Thomas", "Oscar", "William",
         "James", "Leo", "Alfie", "Joshua", "Freddie", "Archie", "Ethan", "Isaac", "Mohammed", "Callum",
         "Olivia", "Amelia", "Isla", "Ava", "Emily", "Sophie", "Grace", "Mia", "Poppy", "Ella", "Lily",
         "Evie", "Jessica", "Ruby", "Chloe", "Freya", "Aisha", "Zara", "Niamh", "Megan", "Priya", "Kasia",
         "Tomasz", "Marta", "Luca", "Giulia", "Ines", "Mateo", "Sean", "Rhys", "Eilidh", "Fraser"]
LAST = ["Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Robinson",
        "Wright", "Thompson", "Evans", "Walker", "White", "Roberts", "Green", "Hall", "Wood", "Jackson",
        "Clarke", "Patel", "Khan", "Lewis", "Hughes", "Edwards", "Murphy", "Campbell", "Stewart",
        "MacDonald", "Kowalski", "Nowak", "Rossi", "Ferreira", "Okoye", "Begum", "Ali", "Morgan",
        "Price", "Ahmed", "Shaw", "Doyle", "Fraser", "Reid", "Kelly", "Lloyd", "Owen", "Bell"]
ROLES = [("manager", 1, 17.50), ("chef", 2, 15.20), ("cook", 3, 12.10), ("server", 6, 11.05),
         ("host", 1, 11.20), ("dishwasher", 2, 10.60)]
SHIFT_HOURS = {"manager": 9.0, "chef": 9.0, "cook": 8.0, "server": 6.5, "host": 6.0, "dishwasher": 7.0}
SHIFTS_PER_WEEK = {"manager": 1.6, "chef": 1.5, "cook": 1.4, "server": 1.3, "host": 1.2, "dishwasher": 1.3}
MONTH_SEASON = {1: 0.78, 2: 0.85, 3: 0.95, 4: 1.0, 5: 1.05, 6: 1.08, 7: 1.12, 8: 1.1, 9: 0.98,
                10: 1.0, 11: 1.05, 12: 1.25}
DOW = [0.7, 0.75, 0.85, 0.95, 1.35, 1.55, 1.1]   # Mon..Sun


def wchoice(rng, pairs):
    return rng.choices([p[0] for p in pairs], weights=[p[1] for p in pairs], k=1)[0]


def d(s):
    return dt.date.fromisoformat(s) if s else None


def fmt(t):
    return t.strftime("%Y-%m-%d %H:%M:%S")


def price_on(base, day):
    p = base
    for when, f in PRICE_RISE:
        if day >= when:
            p = p * f
    return round(p, 2)


def generate(path):
    rng = random.Random(SEED)
    tmp = path + ".tmp"
    if os.path.exists(tmp):
        os.remove(tmp)
    con = sqlite3.connect(tmp)
    con.execute("PRAGMA journal_mode=OFF")
    con.execute("PRAGMA synchronous=OFF")
    con.executescript(SCHEMA)

    rests = []
    for i, (nm, city, op, cl, seats, busy) in enumerate(RESTAURANTS, start=1):
        rests.append({"id": i, "name": nm, "city": city, "open": d(op), "close": d(cl), "seats": seats,
                      "busy": busy})
    items = []
    for i, (nm, cat, pr, veg, cal, add, ret, pop) in enumerate(MENU, start=1):
        items.append({"id": i, "name": nm, "cat": cat, "base": pr, "veg": veg, "cal": cal, "add": d(add),
                      "ret": d(ret), "pop": pop})

    # ---- staff -----------------------------------------------------------------
    used = set()

    def name():
        while True:
            n = "%s %s" % (rng.choice(FIRST), rng.choice(LAST))
            if n not in used:
                used.add(n)
                return n

    staff = []
    for r in rests:
        first_day = max(r["open"], START)
        last_day = min(r["close"] or END, END)
        for role, n, rate in ROLES:
            for _slot in range(n):
                # a chain of people filling this slot over time
                if r["open"] < START:
                    hired = START - dt.timedelta(days=rng.randint(30, 1500))
                else:
                    hired = r["open"] - dt.timedelta(days=rng.randint(7, 28))
                while hired <= last_day:
                    tenure = int(rng.expovariate(1 / ({"manager": 1400, "chef": 1100}.get(role, 520))))
                    left = hired + dt.timedelta(days=max(30, tenure))
                    if r["close"] is not None and (left > r["close"]):
                        left = r["close"]
                    if left > END:
                        left = None
                    yrs = max(0, (min(left or END, END) - hired).days) / 365.0
                    hr = round(rate * (1.0 + 0.15 * (r["city"] == "London")) * rng.uniform(0.97, 1.08) +
                               0.25 * min(3, int(yrs)) + (0.8 if hired >= dt.date(2023, 4, 1) else 0.0), 2)
                    staff.append({"id": None, "name": name(), "rest": r, "role": role, "rate": hr,
                                  "hired": hired, "left": left})
                    if left is None or left >= last_day:
                        break
                    hired = left + dt.timedelta(days=rng.randint(3, 40))
    staff.sort(key=lambda s: (s["hired"], s["rest"]["id"], s["role"], s["name"]))
    for i, s in enumerate(staff, start=1):
        s["id"] = i

    # ---- shifts -----------------------------------------------------------------
    shifts = []
    for s in staff:
        day = max(s["hired"], START, s["rest"]["open"])
        stop = min(s["left"] or END, END)
        per_day = SHIFTS_PER_WEEK[s["role"]] / 7.0
        while day <= stop:
            w = DOW[day.weekday()]
            if rng.random() < per_day * w:
                if s["role"] in ("manager", "chef"):
                    h0 = rng.choice([9.5, 10.0, 14.0, 15.0])
                elif s["role"] == "server" or s["role"] == "host":
                    h0 = rng.choice([11.0, 11.5, 17.0, 17.5])
                else:
                    h0 = rng.choice([10.0, 15.5, 16.0])
                st = dt.datetime(day.year, day.month, day.day) + dt.timedelta(minutes=int(h0 * 60) + rng.randint(-12, 12))
                dur = SHIFT_HOURS[s["role"]] * rng.uniform(0.8, 1.2)
                en = st + dt.timedelta(minutes=int(dur * 60))
                missing = rng.random() < (0.025 if s["role"] != "server" else 0.04)
                shifts.append((st, s["id"], None if missing else en))
            day += dt.timedelta(days=1)
    shifts.sort(key=lambda x: (x[0], x[1]))

    # servers on staff per restaurant and day: lookup by scanning
    servers_by_rest = {}
    for s in staff:
        if s["role"] == "server":
            servers_by_rest.setdefault(s["rest"]["id"], []).append(s)
    managers_by_rest = {}
    for s in staff:
        if s["role"] == "manager":
            managers_by_rest.setdefault(s["rest"]["id"], []).append(s)

    # ---- orders -----------------------------------------------------------------
    orders = []
    lines = []
    refunds = []
    day = START
    while day <= END:
        season = MONTH_SEASON[day.month] * DOW[day.weekday()]
        growth = 1.0 + 0.0004 * (day - START).days
        for r in rests:
            if day < r["open"] or (r["close"] is not None and day > r["close"]):
                continue
            if day.month == 12 and day.day == 25:
                continue
            ramp = 1.0
            if (day - r["open"]).days < 120:
                ramp = 0.6 + 0.4 * (day - r["open"]).days / 120.0
            lam = 2.8 * r["busy"] * season * growth * ramp
            n = max(0, int(round(rng.gauss(lam, lam ** 0.5))))
            avail = [s for s in servers_by_rest.get(r["id"], [])
                     if s["hired"] <= day and (s["left"] is None or s["left"] >= day)]
            mgrs = [s for s in managers_by_rest.get(r["id"], [])
                    if s["hired"] <= day and (s["left"] is None or s["left"] >= day)]
            # delivery share grows over time
            dshare = 0.22 + 0.10 * (day - START).days / 1095.0
            for _ in range(n):
                ch = wchoice(rng, [("dine-in", 0.58 - dshare / 2), ("takeaway", 0.42 - dshare / 2),
                                   ("delivery app", dshare)])
                if ch == "dine-in" and not avail:
                    ch = "takeaway"
                if ch == "dine-in":
                    hour = rng.choice([12, 13, 13, 14, 18, 19, 19, 20, 20, 21])
                elif ch == "takeaway":
                    hour = rng.choice([11, 12, 12, 13, 17, 18, 18, 19])
                else:
                    hour = rng.choice([12, 13, 18, 19, 19, 20, 20, 21, 21, 22])
                t = dt.datetime(day.year, day.month, day.day, hour, rng.randrange(60), rng.randrange(60))
                partner = server = guests = None
                if ch == "delivery app":
                    partner = wchoice(rng, [("Deliveroo", 45), ("Uber Eats", 35 + 5 * (day.year - 2022)),
                                            ("Just Eat", 20)])
                elif ch == "dine-in":
                    server = rng.choice(avail)
                    guests = wchoice(rng, [(1, 8), (2, 40), (3, 15), (4, 22), (5, 6), (6, 6), (8, 3)])
                oid = len(orders) + 1
                # lines
                menu = [it for it in items if it["add"] <= day and (it["ret"] is None or it["ret"] >= day)
                        and (ch == "dine-in" or it["name"] not in DINE_ONLY)]
                mains = [it for it in menu if it["cat"] == "main"]
                people = guests or wchoice(rng, [(1, 45), (2, 35), (3, 12), (4, 8)])
                basket = {}
                for _p in range(people):
                    m = rng.choices(mains, weights=[it["pop"] for it in mains], k=1)[0]
                    basket[m["id"]] = basket.get(m["id"], 0) + 1
                    for cat, pr in (("starter", 0.35), ("side", 0.55), ("dessert", 0.25),
                                    ("drink", 0.8 if ch == "dine-in" else 0.35)):
                        if rng.random() < pr:
                            cands = [it for it in menu if it["cat"] == cat]
                            it = rng.choices(cands, weights=[c["pop"] for c in cands], k=1)[0]
                            basket[it["id"]] = basket.get(it["id"], 0) + 1
                total = 0.0
                for iid in sorted(basket):
                    it = items[iid - 1]
                    up = price_on(it["base"], day)
                    if ch == "delivery app":
                        up = round(up * 1.10, 2)    # delivery menu carries a 10% markup
                    lines.append((oid, iid, basket[iid], up))
                    total += basket[iid] * up
                # rating
                rating = None
                prate = {"dine-in": 0.12, "takeaway": 0.08, "delivery app": 0.55}[ch]
                base_r = 4.3 if ch == "dine-in" else (4.1 if ch == "takeaway" else 3.8)
                if r["city"] == "Birmingham" and day >= dt.date(2024, 1, 1):
                    base_r -= 0.6
                late = False
                if ch == "delivery app" and rng.random() < (0.09 + (0.08 if day.month == 12 else 0)):
                    late = True
                    base_r -= 1.5
                if rng.random() < prate + (0.2 if late else 0):
                    rating = int(min(5, max(1, round(rng.gauss(base_r, 0.9)))))
                orders.append((oid, r["id"], fmt(t), ch, partner, server["id"] if server else None, guests,
                               rating))
                # refunds
                pref = {"dine-in": 0.006, "takeaway": 0.012, "delivery app": 0.04}[ch] + (0.25 if late else 0)
                if rng.random() < pref:
                    if late:
                        reason = "late delivery"
                    elif ch == "delivery app":
                        reason = wchoice(rng, [("missing item", 40), ("wrong item", 25), ("cold food", 20),
                                               ("order cancelled", 15)])
                    elif ch == "takeaway":
                        reason = wchoice(rng, [("wrong item", 35), ("missing item", 30), ("quality complaint", 20),
                                               ("order cancelled", 15)])
                    else:
                        reason = wchoice(rng, [("quality complaint", 70), ("wrong item", 30)])
                    if reason == "order cancelled":
                        amt = round(total, 2)
                    elif reason in ("late delivery",):
                        amt = round(total * rng.choice([0.2, 0.3, 0.5, 1.0]), 2)
                    else:
                        amt = round(min(total, rng.uniform(3, 16)), 2)
                    auto = ch == "delivery app" and rng.random() < 0.7
                    appr = None if (auto or not mgrs) else rng.choice(mgrs)["id"]
                    rt = t + dt.timedelta(minutes=rng.randint(25, 60 * 30))
                    refunds.append((oid, fmt(rt), amt, reason, appr))
        day += dt.timedelta(days=1)

    con.executemany("INSERT INTO restaurants VALUES (?,?,?,?,?,?)",
                    [(r["id"], r["name"], r["city"], r["open"].isoformat(),
                      r["close"].isoformat() if r["close"] else None, r["seats"]) for r in rests])
    con.executemany("INSERT INTO menuItems VALUES (?,?,?,?,?,?,?,?)",
                    [(it["id"], it["name"], it["cat"], price_on(it["base"], END), it["veg"], it["cal"],
                      it["add"].isoformat(), it["ret"].isoformat() if it["ret"] else None) for it in items])
    con.executemany("INSERT INTO staff VALUES (?,?,?,?,?,?,?)",
                    [(s["id"], s["name"], s["rest"]["id"], s["role"], s["rate"], s["hired"].isoformat(),
                      s["left"].isoformat() if s["left"] else None) for s in staff])
    con.executemany("INSERT INTO shifts VALUES (?,?,?,?)",
                    [(i, sid, fmt(st), fmt(en) if en else None) for i, (st, sid, en) in enumerate(shifts, start=1)])
    con.executemany("INSERT INTO orders VALUES (?,?,?,?,?,?,?,?)", orders)
    con.executemany("INSERT INTO orderLines VALUES (?,?,?,?,?)",
                    [(i,) + l for i, l in enumerate(lines, start=1)])
    refunds.sort(key=lambda x: (x[1], x[0]))
    con.executemany("INSERT INTO refunds VALUES (?,?,?,?,?,?)",
                    [(i,) + x for i, x in enumerate(refunds, start=1)])
    con.commit()
    con.execute("VACUUM")
    con.close()
    os.replace(tmp, path)


if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "kitchen.sqlite")
    generate(out)
