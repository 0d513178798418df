#!/usr/bin/env python3
"""Generate delivery.sqlite: a food-delivery platform, 2022-01-01 .. 2024-12-31.

Deterministic: the same seed gives the same file on every run.
Usage: python3 gen_delivery.py [OUTPUT_PATH]   (default: delivery.sqlite next to this script)
"""
import datetime as dt
import math
import os
import random
import sqlite3
import sys

SEED = 77031
START = dt.date(2022, 1, 1)
END = dt.date(2024, 12, 31)

SCHEMA = """
CREATE TABLE Cities (
    CityId      INTEGER PRIMARY KEY,
    CityName    TEXT NOT NULL UNIQUE,
    StateCode   TEXT NOT NULL,
    LaunchDate  TEXT NOT NULL              -- YYYY-MM-DD, date the platform went live in the city
);
CREATE TABLE Restaurants (
    RestaurantId       INTEGER PRIMARY KEY,
    RestaurantName     TEXT NOT NULL,
    CityId             INTEGER NOT NULL,
    Cuisine            TEXT NOT NULL,      -- Pizza, Burgers, Sushi, Mexican, Indian, Thai, Chinese, Vegan, Mediterranean, Breakfast
    PriceTier          TEXT NOT NULL,      -- '$' budget, '$$' mid-range, '$$$' upscale
    ParentRestaurantId INTEGER,            -- flagship location of the chain this branch belongs to; NULL = independent or the flagship itself
    OnboardedDate      TEXT NOT NULL,      -- YYYY-MM-DD, joined the platform (may be before 2022)
    OffboardedDate     TEXT,               -- YYYY-MM-DD, left the platform; NULL = still listed
    CommissionPct      REAL NOT NULL,      -- platform commission on the food subtotal, percent
    FOREIGN KEY (CityId) REFERENCES Cities(CityId),
    FOREIGN KEY (ParentRestaurantId) REFERENCES Restaurants(RestaurantId)
);
CREATE TABLE Customers (
    CustomerId           INTEGER PRIMARY KEY,
    FullName             TEXT NOT NULL,
    Email                TEXT NOT NULL UNIQUE,
    CityId               INTEGER NOT NULL,
    SignupDate           TEXT NOT NULL,    -- YYYY-MM-DD (may be before 2022)
    MembershipTier       TEXT NOT NULL,    -- Free, Plus (paid monthly membership with free delivery), Premier
    ReferredByCustomerId INTEGER,          -- customer who referred them; NULL = signed up without a referral
    FOREIGN KEY (CityId) REFERENCES Cities(CityId),
    FOREIGN KEY (ReferredByCustomerId) REFERENCES Customers(CustomerId)
);
CREATE TABLE Couriers (
    CourierId      INTEGER PRIMARY KEY,
    FullName       TEXT NOT NULL,
    CityId         INTEGER NOT NULL,
    VehicleType    TEXT NOT NULL,          -- Bicycle, E-Bike, Scooter, Car
    HiredDate      TEXT NOT NULL,          -- YYYY-MM-DD (may be before 2022)
    DeactivatedDate TEXT,                  -- YYYY-MM-DD, stopped courying for us; NULL = still active
    FOREIGN KEY (CityId) REFERENCES Cities(CityId)
);
CREATE TABLE MenuItems (
    MenuItemId    INTEGER PRIMARY KEY,
    RestaurantId  INTEGER NOT NULL,
    ItemName      TEXT NOT NULL,
    Course        TEXT NOT NULL,           -- Main, Side, Starter, Dessert, Drink
    ListPrice     REAL NOT NULL,           -- USD, current menu price
    IsVegetarian  INTEGER NOT NULL,        -- 1 = vegetarian, 0 = not
    FOREIGN KEY (RestaurantId) REFERENCES Restaurants(RestaurantId)
);
CREATE TABLE Orders (
    OrderId       INTEGER PRIMARY KEY,
    CustomerId    INTEGER NOT NULL,
    RestaurantId  INTEGER NOT NULL,
    CourierId     INTEGER,                 -- NULL = no courier was ever assigned (cancelled before dispatch)
    PlacedAt      TEXT NOT NULL,           -- YYYY-MM-DD HH:MM:SS, when the customer placed the order
    PickedUpAt    TEXT,                    -- YYYY-MM-DD HH:MM:SS, courier collected the food; NULL = never picked up
    DeliveredAt   TEXT,                    -- YYYY-MM-DD HH:MM:SS, handed to the customer; NULL = not delivered
    OrderStatus   TEXT NOT NULL,           -- Delivered, Cancelled
    CancelReason  TEXT,                    -- only for Cancelled: Customer, Restaurant, NoCourier; NULL = not cancelled
    Platform      TEXT NOT NULL,           -- iOS, Android, Web
    Subtotal      REAL NOT NULL,           -- USD, food total before fees
    DeliveryFee   REAL NOT NULL,           -- USD, 0 for Plus/Premier members
    TipAmount     REAL,                    -- USD, tip to the courier; NULL = no tip given
    PromoCode     TEXT,                    -- discount code used; NULL = no promotion
    FOREIGN KEY (CustomerId) REFERENCES Customers(CustomerId),
    FOREIGN KEY (RestaurantId) REFERENCES Restaurants(RestaurantId),
    FOREIGN KEY (CourierId) REFERENCES Couriers(CourierId)
);
CREATE TABLE OrderLines (
    OrderLineId  INTEGER PRIMARY KEY,
    OrderId      INTEGER NOT NULL,
    MenuItemId   INTEGER NOT NULL,
    Quantity     INTEGER NOT NULL,
    UnitPrice    REAL NOT NULL,            -- USD, price charged per unit at order time
    FOREIGN KEY (OrderId) REFERENCES Orders(OrderId),
    FOREIGN KEY (MenuItemId) REFERENCES MenuItems(MenuItemId)
);
CREATE TABLE Reviews (
    ReviewId      INTEGER PRIMARY KEY,
    OrderId       INTEGER NOT NULL UNIQUE,
    FoodStars     INTEGER NOT NULL CHECK (FoodStars BETWEEN 1 AND 5),   -- 1..5 rating of the food
    CourierStars  INTEGER CHECK (CourierStars BETWEEN 1 AND 5),         -- 1..5 rating of the courier; NULL = customer skipped it
    ReviewedAt    TEXT NOT NULL,           -- YYYY-MM-DD HH:MM:SS
    FOREIGN KEY (OrderId) REFERENCES Orders(OrderId)
);
CREATE TABLE Refunds (
    RefundId     INTEGER PRIMARY KEY,
    OrderId      INTEGER NOT NULL,
    Reason       TEXT NOT NULL,            -- MissingItem, WrongOrder, LateDelivery, FoodQuality, Spilled
    RefundAmount REAL NOT NULL,            -- USD
    RequestedAt  TEXT NOT NULL,            -- YYYY-MM-DD HH:MM:SS
    ApprovedAt   TEXT,                     -- YYYY-MM-DD HH:MM:SS; NULL = still under review or denied
    FOREIGN KEY (OrderId) REFERENCES Orders(OrderId)
);
CREATE INDEX IxOrdersCustomer ON Orders(CustomerId);
CREATE INDEX IxOrdersRestaurant ON Orders(RestaurantId);
CREATE INDEX IxOrdersCourier ON Orders(CourierId);
CREATE INDEX IxLinesOrder ON OrderLines(OrderId);
CREATE INDEX IxMenuRestaurant ON MenuItems(RestaurantId);
"""

CITIES = [  # name, state, launch, weight
    ("Seattle", "WA", "2019-04-01", 24), ("Portland", "OR", "2019-09-15", 14),
    ("Denver", "CO", "2020-03-01", 18), ("Chicago", "IL", "2020-06-01", 30),
    ("Austin", "TX", "2022-09-01", 0),   # new market, grows fast
]
CUISINES = [("Pizza", 16), ("Burgers", 14), ("Mexican", 12), ("Chinese", 11), ("Indian", 9),
            ("Thai", 8), ("Sushi", 9), ("Mediterranean", 7), ("Breakfast", 6), ("Vegan", 4)]
DISHES = {
    "Pizza": ["Margherita Pizza", "Pepperoni Pizza", "Veggie Pizza", "Calzone", "Meat Lovers Pizza"],
    "Burgers": ["Cheeseburger", "Double Burger", "Chicken Sandwich", "Veggie Burger", "Bacon Burger"],
    "Mexican": ["Carnitas Burrito", "Chicken Tacos", "Bean Burrito", "Quesadilla", "Carne Asada Bowl"],
    "Chinese": ["Kung Pao Chicken", "Beef Lo Mein", "Mapo Tofu", "Orange Chicken", "Fried Rice"],
    "Indian": ["Chicken Tikka Masala", "Palak Paneer", "Lamb Vindaloo", "Chana Masala", "Biryani"],
    "Thai": ["Pad Thai", "Green Curry", "Pad See Ew", "Massaman Curry", "Basil Chicken"],
    "Sushi": ["Salmon Nigiri", "California Roll", "Spicy Tuna Roll", "Chirashi Bowl", "Dragon Roll"],
    "Mediterranean": ["Chicken Shawarma", "Falafel Plate", "Lamb Gyro", "Hummus Bowl", "Kofta Plate"],
    "Breakfast": ["Pancake Stack", "Breakfast Burrito", "Eggs Benedict", "Avocado Toast", "French Toast"],
    "Vegan": ["Buddha Bowl", "Tofu Scramble", "Jackfruit Tacos", "Lentil Burger", "Vegan Ramen"],
}
VEG_WORDS = ("Veggie", "Tofu", "Bean", "Paneer", "Chana", "Falafel", "Hummus", "Pancake", "Avocado",
             "French Toast", "Margherita", "Quesadilla", "Buddha", "Jackfruit", "Lentil", "Vegan")
SIDES = [("Fries", "Side", 4.5), ("Garlic Bread", "Side", 5.0), ("Side Salad", "Side", 5.5),
         ("Spring Rolls", "Starter", 6.5), ("Soup of the Day", "Starter", 6.0), ("Wings", "Starter", 9.0),
         ("Cheesecake", "Dessert", 7.0), ("Brownie", "Dessert", 5.0), ("Mango Pudding", "Dessert", 5.5),
         ("Soda", "Drink", 2.5), ("Iced Tea", "Drink", 3.0), ("Lemonade", "Drink", 3.5), ("Bottled Water", "Drink", 2.0)]
NAME_A = ["Golden", "Little", "Urban", "Red", "Blue", "Happy", "Lucky", "Green", "Royal", "Corner", "Old Town",
          "Sunny", "Twin", "Silver", "Spicy", "Wild", "Rustic", "Harbor", "Maple", "Cedar", "Copper", "Night Owl",
          "Lotus", "Bamboo", "Olive", "Saffron", "Basil", "Fire", "Stone", "Union"]
NAME_B = {"Pizza": ["Pizzeria", "Slice", "Pie Co", "Pizza Kitchen"], "Burgers": ["Burger Bar", "Grill", "Patty Shack", "Diner"],
          "Mexican": ["Taqueria", "Cantina", "Burrito Co", "Cocina"], "Chinese": ["Wok", "Dragon", "Noodle House", "Garden"],
          "Indian": ["Curry House", "Tandoor", "Masala", "Spice Route"], "Thai": ["Thai Kitchen", "Bangkok Bites", "Thai Basil", "Siam"],
          "Sushi": ["Sushi Bar", "Izakaya", "Sushi House", "Roll Co"], "Mediterranean": ["Grill", "Taverna", "Kebab", "Mezze"],
          "Breakfast": ["Cafe", "Griddle", "Brunch Club", "Morning Co"], "Vegan": ["Greens", "Plant Kitchen", "Sprout", "Root"]}
FIRST = ["James", "Mary", "John", "Patricia", "Robert", "Jennifer", "Michael", "Linda", "David", "Elizabeth",
         "William", "Barbara", "Richard", "Susan", "Joseph", "Jessica", "Thomas", "Sarah", "Daniel", "Karen",
         "Carlos", "Maria", "Jose", "Ana", "Wei", "Mei", "Raj", "Priya", "Omar", "Fatima", "Dmitri", "Olga",
         "Kwame", "Amara", "Hiro", "Yuki", "Liam", "Emma", "Noah", "Olivia", "Ethan", "Ava", "Lucas", "Mia"]
LAST = ["Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis", "Rodriguez", "Martinez",
        "Hernandez", "Lopez", "Gonzalez", "Wilson", "Anderson", "Thomas", "Taylor", "Moore", "Jackson", "Martin",
        "Lee", "Perez", "Thompson", "White", "Harris", "Clark", "Lewis", "Nguyen", "Chen", "Patel", "Kim",
        "Singh", "Ivanov", "Mensah", "Tanaka", "Okafor", "Reyes", "Cruz", "Flores", "Rivera"]
# winter heavier, summer lighter
SEASON = {1: 1.18, 2: 1.12, 3: 1.02, 4: 0.95, 5: 0.92, 6: 0.85, 7: 0.82, 8: 0.86, 9: 0.95, 10: 1.02, 11: 1.10, 12: 1.20}
HOUR_W = [0.3, 0.15, 0.05, 0.02, 0.02, 0.05, 0.2, 0.6, 1.0, 0.9, 0.8, 2.2, 3.2, 2.0, 1.0, 0.8, 1.2, 2.8, 4.2, 4.0, 2.6, 1.6, 1.0, 0.6]
PROMO_MONTH = (2023, 11)       # "FEAST50" campaign: a one-off volume spike
STORM_MONTH = (2024, 1)        # winter storm: late deliveries and NoCourier cancellations
PROMOS = ["WELCOME10", "FREESHIP", "LUNCH5", "WEEKEND15"]


def wchoice(rng, pairs):
    return rng.choices([p[0] for p in pairs], weights=[p[1] for p in pairs], k=1)[0]


def dstr(d):
    return d.strftime("%Y-%m-%d")


def tstr(t):
    return t.strftime("%Y-%m-%d %H:%M:%S")


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

    for i, (name, st, launch, _) in enumerate(CITIES, start=1):
        con.execute("INSERT INTO Cities VALUES (?,?,?,?)", (i, name, st, launch))
    city_launch = {i: dt.date.fromisoformat(c[2]) for i, c in enumerate(CITIES, start=1)}

    # ---- restaurants ------------------------------------------------------
    restaurants = []   # (id, city, cuisine, tier, onboard, offboard, parent)
    used = set()
    rid = 0
    chain_specs = []
    for _ in range(14):   # chains: a flagship plus 2-6 branches
        cui = wchoice(rng, CUISINES[:8])
        chain_specs.append(cui)

    def new_name(cui):
        while True:
            n = rng.choice(NAME_A) + " " + rng.choice(NAME_B[cui])
            if n not in used:
                used.add(n)
                return n

    def onboard_for(city):
        launch = city_launch[city]
        if city == 5:
            # Austin keeps adding restaurants
            return rand_date(rng, launch, dt.date(2024, 10, 31))
        if rng.random() < 0.55:
            return rand_date(rng, launch, dt.date(2021, 12, 31))
        return rand_date(rng, START, dt.date(2024, 10, 31))

    def tier_for(cui):
        if cui in ("Sushi", "Mediterranean"):
            return wchoice(rng, [("$", 10), ("$$", 55), ("$$$", 35)])
        if cui in ("Pizza", "Burgers", "Mexican", "Breakfast"):
            return wchoice(rng, [("$", 50), ("$$", 42), ("$$$", 8)])
        return wchoice(rng, [("$", 30), ("$$", 55), ("$$$", 15)])

    city_w = [(1, 24), (2, 14), (3, 18), (4, 30), (5, 14)]
    for cui in chain_specs:
        name = new_name(cui)
        tier = tier_for(cui)
        rid += 1
        flag = rid
        city = wchoice(rng, city_w[:4])
        ob = rand_date(rng, city_launch[city], dt.date(2021, 12, 31))
        restaurants.append([rid, name, city, cui, tier, None, ob, None])
        for b in range(rng.randint(2, 6)):
            rid += 1
            c2 = wchoice(rng, city_w)
            restaurants.append([rid, name, c2, cui, tier, flag, onboard_for(c2), None])
    while rid < 420:
        rid += 1
        if rng.random() < 0.2:
            cui = "Vegan" if rng.random() < 0.5 else wchoice(rng, CUISINES)
        else:
            cui = wchoice(rng, CUISINES)
        city = wchoice(rng, city_w)
        ob = onboard_for(city)
        if cui == "Vegan" and ob < dt.date(2022, 6, 1) and rng.random() < 0.7:
            ob = rand_date(rng, dt.date(2022, 6, 1), dt.date(2024, 10, 31))   # vegan is a growing segment
        restaurants.append([rid, new_name(cui), city, cui, tier_for(cui), None, ob, None])
    for r in restaurants:
        if rng.random() < 0.12 and r[5] is None or rng.random() < 0.06:
            lo = max(r[6] + dt.timedelta(days=120), START)
            if lo < dt.date(2024, 12, 1):
                r[7] = rand_date(rng, lo, dt.date(2024, 12, 20))
    # branches can't outlive... keep simple: chains' flagships never close
    for r in restaurants:
        if r[5] is None and any(x[5] == r[0] for x in restaurants):
            r[7] = None
    for r in restaurants:
        comm = {"$": 18.0, "$$": 22.0, "$$$": 25.0}[r[4]] + rng.choice([-2.0, 0.0, 0.0, 2.0])
        con.execute("INSERT INTO Restaurants VALUES (?,?,?,?,?,?,?,?,?)",
                    (r[0], r[1], r[2], r[3], r[4], r[5], dstr(r[6]), dstr(r[7]) if r[7] else None, comm))

    # ---- menu items ---------------------------------------------------------
    menu = {}   # rid -> list of (id, course, price, weight)
    mid = 0
    tier_mult = {"$": 0.85, "$$": 1.0, "$$$": 1.45}
    for r in restaurants:
        items = []
        mains = rng.sample(DISHES[r[3]], k=rng.randint(3, 5))
        for dname in mains:
            mid += 1
            base = 13.0 if r[3] != "Sushi" else 16.0
            p = round(base * tier_mult[r[4]] * rng.uniform(0.8, 1.25), 2)
            veg = 1 if any(w in dname for w in VEG_WORDS) or r[3] == "Vegan" else 0
            con.execute("INSERT INTO MenuItems VALUES (?,?,?,?,?,?)", (mid, r[0], dname, "Main", p, veg))
            items.append((mid, "Main", p))
        for sname, course, sp in rng.sample(SIDES, k=rng.randint(4, 7)):
            mid += 1
            p = round(sp * tier_mult[r[4]] * rng.uniform(0.9, 1.15), 2)
            veg = 0 if sname == "Wings" else 1
            con.execute("INSERT INTO MenuItems VALUES (?,?,?,?,?,?)", (mid, r[0], sname, course, p, veg))
            items.append((mid, course, p))
        menu[r[0]] = items

    # ---- customers ---------------------------------------------------------
    customers = []  # (id, city, signup, tier)
    n_cust = 14000
    for cid in range(1, n_cust + 1):
        city = wchoice(rng, city_w)
        launch = max(city_launch[city], dt.date(2020, 1, 1))
        if city == 5:
            su = rand_date(rng, launch, dt.date(2024, 12, 15))
            # Austin signups accelerate
            if rng.random() < 0.5:
                su = rand_date(rng, dt.date(2024, 1, 1), dt.date(2024, 12, 15))
        elif rng.random() < 0.35:
            su = rand_date(rng, launch, dt.date(2021, 12, 31))
        else:
            su = rand_date(rng, START, dt.date(2024, 12, 15))
        customers.append((cid, city, su))
    customers.sort(key=lambda c: (c[2], c[0]))
    customers = [(i + 1, c[1], c[2]) for i, c in enumerate(customers)]
    cust_rows = []
    emails = set()
    tiers = {}
    for cid, city, su in customers:
        fn, ln = rng.choice(FIRST), rng.choice(LAST)
        em = "%s.%s%d@example.com" % (fn.lower(), ln.lower(), cid)
        tier = wchoice(rng, [("Free", 70), ("Plus", 24), ("Premier", 6)])
        ref = None
        if cid > 50 and rng.random() < 0.18:
            ref = rng.randrange(1, cid)   # earlier signup
        tiers[cid] = tier
        cust_rows.append((cid, fn + " " + ln, em, city, dstr(su), tier, ref))
    con.executemany("INSERT INTO Customers VALUES (?,?,?,?,?,?,?)", cust_rows)
    # activity weight per customer (heavy users)
    activity = {c[0]: min(25.0, rng.paretovariate(1.6)) * (2.0 if tiers[c[0]] != "Free" else 1.0) for c in customers}

    # ---- couriers ------------------------------------------------------------
    couriers = []
    crow = []
    for kid in range(1, 751):
        city = wchoice(rng, city_w)
        launch = city_launch[city]
        if city != 5 and rng.random() < 0.3:
            hd = rand_date(rng, launch, dt.date(2021, 12, 31))
        else:
            hd = rand_date(rng, max(launch, START), dt.date(2024, 11, 30))
        veh = wchoice(rng, [("Bicycle", 22), ("E-Bike", 30), ("Scooter", 20), ("Car", 28)])
        if city in (3, 5) and rng.random() < 0.4:
            veh = "Car"
        deact = None
        if rng.random() < 0.35:
            lo = max(hd + dt.timedelta(days=60), START)
            if lo < dt.date(2024, 12, 1):
                deact = rand_date(rng, lo, dt.date(2024, 12, 31))
        fn, ln = rng.choice(FIRST), rng.choice(LAST)
        crow.append((kid, fn + " " + ln, city, veh, dstr(hd), dstr(deact) if deact else None))
        couriers.append((kid, city, veh, hd, deact, rng.uniform(0.6, 1.6)))
    con.executemany("INSERT INTO Couriers VALUES (?,?,?,?,?,?)", crow)

    by_city_rest = {c: [r for r in restaurants if r[2] == c] for c in range(1, 6)}
    by_city_cust = {c: [x for x in customers if x[1] == c] for c in range(1, 6)}
    rest_pop = {r[0]: rng.paretovariate(1.3) * (1.6 if r[3] == "Vegan" else 1.0) for r in restaurants}

    # ---- orders --------------------------------------------------------------
    orders, lines, reviews, refunds = [], [], [], []
    oid = lid = rvid = rfid = 0
    base_city = {1: 8.0, 2: 4.5, 3: 6.0, 4: 10.0, 5: 0.0}
    day = START
    while day <= END:
        midx = (day.year - 2022) * 12 + day.month - 1
        season = SEASON[day.month]
        wk = 1.25 if day.weekday() >= 4 else 1.0
        spike = (day.year, day.month) == PROMO_MONTH
        storm = (day.year, day.month) == STORM_MONTH and day.day <= 20
        for city in range(1, 6):
            if day < city_launch[city]:
                continue
            if city == 5:
                lam = 0.4 + 0.45 * ((day - city_launch[5]).days / 30.0)
            else:
                lam = base_city[city] * (1.0 + 0.012 * midx)
            lam *= season * wk * (1.6 if spike else 1.0)
            n = int(lam + rng.random())
            if n <= 0:
                continue
            rests = [r for r in by_city_rest[city] if r[6] <= day and (r[7] is None or r[7] > day)]
            custs = [c for c in by_city_cust[city] if c[2] <= day]
            cours = [k for k in couriers if k[1] == city and k[3] <= day and (k[4] is None or k[4] > day)]
            if not rests or not custs:
                continue
            rw = [rest_pop[r[0]] for r in rests]
            cw = [activity[c[0]] for c in custs]
            chosen_r = rng.choices(rests, weights=rw, k=n)
            chosen_c = rng.choices(custs, weights=cw, k=n)
            for r, c in zip(chosen_r, chosen_c):
                oid += 1
                hour = rng.choices(range(24), weights=HOUR_W, k=1)[0]
                if day == END and hour >= 21:
                    hour = 20
                placed = dt.datetime(day.year, day.month, day.day, hour, rng.randrange(60), rng.randrange(60))
                plat = wchoice(rng, [("iOS", 45), ("Android", 38), ("Web", 17 - min(midx // 6, 8))])
                # lines
                items = menu[r[0]]
                mains = [x for x in items if x[1] == "Main"]
                others = [x for x in items if x[1] != "Main"]
                picks = [rng.choice(mains)]
                if rng.random() < 0.35:
                    picks.append(rng.choice(mains))
                for _ in range(rng.choice([0, 1, 1, 2, 3])):
                    picks.append(rng.choice(others))
                sub = 0.0
                olines = []
                seen = set()
                for it in picks:
                    if it[0] in seen:
                        continue
                    seen.add(it[0])
                    q = 1 if rng.random() < 0.8 else rng.randint(2, 4)
                    price = it[2] if day >= dt.date(2024, 1, 1) else round(it[2] / 1.06, 2)
                    olines.append((it[0], q, price))
                    sub += q * price
                sub = round(sub, 2)
                promo = None
                if spike and rng.random() < 0.55:
                    promo = "FEAST50"
                elif rng.random() < 0.09:
                    promo = rng.choice(PROMOS)
                fee = 0.0 if tiers[c[0]] != "Free" or promo == "FREESHIP" else round(rng.choice([2.99, 3.99, 4.99]), 2)
                # cancellation?
                pc = 0.045 + (0.08 if storm else 0.0)
                status, reason = "Delivered", None
                courier = None
                picked = delivered = None
                tip = None
                if rng.random() < pc or not cours:
                    status = "Cancelled"
                    reason = wchoice(rng, [("Customer", 50), ("Restaurant", 30), ("NoCourier", 20 + (60 if storm else 0))])
                    if not cours:
                        reason = "NoCourier"
                    if reason == "Restaurant" and cours and rng.random() < 0.5:
                        courier = rng.choice(cours)[0]
                else:
                    k = rng.choice(cours)
                    courier = k[0]
                    prep = max(6.0, rng.gauss(18, 6))
                    if hour in (12, 18, 19):
                        prep += 4
                    travel = max(5.0, rng.gauss(16, 6)) * {"Bicycle": 1.15, "E-Bike": 1.0, "Scooter": 0.95, "Car": 1.05}[k[2]] * k[5] ** 0.3
                    if storm:
                        travel *= 1.9
                    if rng.random() < 0.01:
                        travel += rng.uniform(40, 120)   # the occasional lost courier
                    picked = placed + dt.timedelta(minutes=prep)
                    delivered = picked + dt.timedelta(minutes=travel)
                    if rng.random() < 0.72:
                        tip = round(max(1.0, sub * rng.uniform(0.08, 0.22)), 2)
                orders.append((oid, c[0], r[0], courier, tstr(placed), tstr(picked) if picked else None,
                               tstr(delivered) if delivered else None, status, reason, plat, sub, fee, tip, promo))
                for mi, q, pr in olines:
                    lid += 1
                    lines.append((lid, oid, mi, q, pr))
                if status == "Delivered":
                    mins = (delivered - placed).total_seconds() / 60
                    if rng.random() < 0.38:
                        rvid += 1
                        fs = 4.3 - (0.5 if r[4] == "$" else 0) + rng.gauss(0, 0.9) + (0.3 if r[3] == "Sushi" else 0)
                        fs = max(1, min(5, int(round(fs))))
                        cs = None
                        if rng.random() < 0.7:
                            cs = 4.8 - max(0.0, mins - 40) / 15.0 + rng.gauss(0, 0.7)
                            cs = max(1, min(5, int(round(cs))))
                        rt = delivered + dt.timedelta(minutes=rng.randint(5, 60 * 48))
                        if rt.date() > END:
                            rt = delivered + dt.timedelta(minutes=5)
                        reviews.append((rvid, oid, fs, cs, tstr(rt)))
                    prf = 0.025 + (0.05 if mins > 70 else 0)
                    if rng.random() < prf:
                        rfid += 1
                        rs = "LateDelivery" if mins > 70 and rng.random() < 0.7 else wchoice(
                            rng, [("MissingItem", 40), ("WrongOrder", 20), ("FoodQuality", 25), ("Spilled", 15)])
                        amt = round(sub * (1.0 if rs in ("WrongOrder", "Spilled") else rng.uniform(0.15, 0.6)), 2)
                        req = delivered + dt.timedelta(minutes=rng.randint(3, 300))
                        if req.date() > END:
                            req = delivered + dt.timedelta(minutes=3)
                        appr = None
                        if rng.random() < 0.86 and req.date() < dt.date(2024, 12, 28):
                            appr = tstr(req + dt.timedelta(hours=rng.uniform(0.5, 70)))
                        refunds.append((rfid, oid, rs, amt, tstr(req), appr))
        day += dt.timedelta(days=1)

    con.executemany("INSERT INTO Orders VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)", orders)
    con.executemany("INSERT INTO OrderLines VALUES (?,?,?,?,?)", lines)
    con.executemany("INSERT INTO Reviews VALUES (?,?,?,?,?)", reviews)
    con.executemany("INSERT INTO Refunds VALUES (?,?,?,?,?,?)", refunds)
    con.commit()
    con.execute("VACUUM")
    con.close()
    os.replace(tmp, path)


if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "delivery.sqlite")
    generate(out)
