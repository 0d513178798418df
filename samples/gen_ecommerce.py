#!/usr/bin/env python3
"""gen_ecommerce.py: build databot's sample e-commerce database, deterministically.

Usage:
    python3 samples/gen_ecommerce.py --sql          # SQL text on stdout
    python3 samples/gen_ecommerce.py OUT.sqlite     # build a SQLite file

The SQL is plain enough for both sqlite3 and PostgreSQL 15: CREATE TABLE with
PRIMARY KEY / FOREIGN KEY ... REFERENCES, types INTEGER, TEXT, NUMERIC(10,2),
DATE and TIMESTAMP, then multi-row INSERTs inside BEGIN/COMMIT. Dates are ISO
text 'YYYY-MM-DD', timestamps 'YYYY-MM-DD HH:MM:SS'. The SQLite file is built
from exactly that SQL (python's sqlite3, executescript), then VACUUMed.

Only the standard library is used and the random generator has a fixed seed,
so every run writes the same bytes: tests/cli/sample.sh checks that the
committed samples/ecommerce.sqlite matches a fresh build.

What is in it (three full years, 2022-01-01 .. 2024-12-31):
  categories   4 departments and 10 leaf categories (parent_id)
  products     149 products with realistic names, prices and costs
  customers    ~2,500 customers in 15 countries with real city names
  orders       ~27,000 orders; statuses delivered/shipped/cancelled/returned/
               pending; channels web/mobile/marketplace
  order_items  1-4 lines per order (quantity, unit_price)
  payments     one per order; paid_at NULL when unpaid
  reviews      ratings 1-5, body sometimes NULL
  shipments    carrier, shipped_at, delivered_at NULL while in transit

Built-in patterns an analyst should find:
  * growth: each year has ~25% more orders and revenue than the year before;
  * seasonality: November and December are the peak months every year
    (Black Friday and the run-up to Christmas);
  * ONE anomaly: a flash sale on 2023-03-15 (30% off Audio) makes that single
    day's order count roughly fifteen times a normal day's;
  * a mild weekly rhythm (weekends a little busier).
A few names carry accented or wide characters ("Café Grinder",
"抹茶 Matcha Set", "Malmö", "Łukasz") and apostrophes, to exercise display
and quoting; there are no control characters.
"""

import bisect
import datetime as dt
import io
import math
import os
import random
import sqlite3
import sys
import unicodedata

SEED = 20220101
START = dt.date(2022, 1, 1)
END = dt.date(2024, 12, 31)
FLASH_SALE = dt.date(2023, 3, 15)
BATCH = 500

# --------------------------------------------------------------------------
# reference data

DEPARTMENTS = ["Electronics", "Home & Kitchen", "Sports & Outdoors", "Fashion"]

# leaf category -> (department, [(product name, price)])
CATALOG = [
    ("Phones & Accessories", "Electronics", [
        ("Smartphone X12 128GB", 699.00), ("Smartphone X12 Pro 256GB", 999.00),
        ("Budget Phone A5", 179.00), ("USB-C Fast Charger 30W", 24.99),
        ("Wireless Charging Pad", 29.99), ("Silicone Phone Case", 14.99),
        ("Tempered Glass Screen Protector", 9.99), ("Power Bank 20000mAh", 39.99),
        ("Car Phone Mount", 19.99), ("USB-C Cable 2m", 11.99),
        ("Smartwatch Series 4", 249.00), ("Fitness Band Lite", 49.99),
        ("Phone Tripod with Remote", 27.50), ("MagSafe Wallet", 34.99),
        ("Dual SIM Travel Adapter", 17.99),
    ]),
    ("Computers", "Electronics", [
        ("Ultrabook 14\" i7 16GB", 1299.00), ("Laptop 15.6\" Ryzen 5", 749.00),
        ("Chromebook 11", 289.00), ("27\" 4K Monitor", 379.00),
        ("24\" Full HD Monitor", 139.00), ("Mechanical Keyboard TKL", 89.99),
        ("Wireless Mouse", 24.99), ("Ergonomic Vertical Mouse", 44.99),
        ("USB-C Docking Station", 149.00), ("1TB NVMe SSD", 79.99),
        ("External HDD 2TB", 64.99), ("Webcam 1080p", 49.99),
        ("Laptop Stand Aluminium", 32.99), ("Wi-Fi 6 Router", 119.00),
        ("Tablet 10\" 64GB", 229.00),
    ]),
    ("Audio", "Electronics", [
        ("Wireless Earbuds Pro", 149.00), ("Wireless Earbuds Lite", 59.99),
        ("Noise-Cancelling Headphones", 279.00), ("Studio Monitor Headphones", 129.00),
        ("Bluetooth Speaker Mini", 39.99), ("Bluetooth Speaker Max", 149.99),
        ("Soundbar 2.1", 229.00), ("Smart Speaker", 99.00),
        ("Turntable with USB", 189.00), ("USB Microphone", 89.00),
        ("Kids' Headphones", 24.99), ("Portable DAC Amplifier", 119.00),
        ("Sport Earphones", 34.99), ("Karaoke Microphone", 29.99),
        ("Hi-Fi Bookshelf Speakers", 349.00),
    ]),
    ("Kitchen", "Home & Kitchen", [
        ("Chef's Knife 8\"", 59.99), ("Cast Iron Skillet 12\"", 44.99),
        ("Non-Stick Pan Set", 89.99), ("Stand Mixer 5L", 299.00),
        ("Air Fryer 5.5L", 119.00), ("Blender 1200W", 79.99),
        ("Electric Kettle", 39.99), ("Toaster 2-Slice", 34.99),
        ("Bamboo Cutting Board", 24.99), ("Crème Brûlée Torch", 29.99),
        ("Digital Kitchen Scale", 19.99), ("Glass Meal Prep Containers", 27.99),
        ("Slow Cooker 6L", 59.99), ("Dutch Oven 5.5qt", 84.99),
        ("Stainless Steel Cookware Set", 199.00), ("Silicone Baking Mats", 15.99),
    ]),
    ("Coffee & Tea", "Home & Kitchen", [
        ("Café Grinder", 89.00), ("抹茶 Matcha Set", 54.00),
        ("Espresso Machine Deluxe", 549.00), ("Pour-Over Coffee Kit", 42.00),
        ("French Press 1L", 29.99), ("Drip Coffee Maker", 69.99),
        ("Milk Frother", 24.99), ("Burr Coffee Grinder", 129.00),
        ("Loose Leaf Tea Sampler", 22.50), ("Cold Brew Pitcher", 26.99),
        ("Ceramic Teapot", 34.00), ("Travel Mug Insulated", 27.99),
        ("Moka Pot 6-Cup", 32.00), ("Coffee Beans Ethiopia 1kg", 28.00),
    ]),
    ("Home Decor", "Home & Kitchen", [
        ("Linen Throw Pillow", 29.99), ("Wool Throw Blanket", 69.99),
        ("Scented Candle Set", 24.99), ("Wall Clock Oak", 39.99),
        ("Table Lamp Brass", 79.00), ("Ceramic Vase", 34.99),
        ("Framed Art Print", 49.00), ("Jute Area Rug 5x8", 129.00),
        ("Floor Mirror", 159.00), ("Fairy Lights 10m", 16.99),
        ("Artificial Olive Tree", 89.00), ("Bookshelf Ladder", 119.00),
        ("Blackout Curtains", 44.99), ("Smart LED Bulb 4-Pack", 39.99),
    ]),
    ("Fitness", "Sports & Outdoors", [
        ("Yoga Mat 6mm", 29.99), ("Adjustable Dumbbells 24kg", 299.00),
        ("Resistance Bands Set", 19.99), ("Kettlebell 12kg", 49.99),
        ("Foam Roller", 24.99), ("Jump Rope Speed", 12.99),
        ("Pull-Up Bar", 34.99), ("Exercise Bike", 449.00),
        ("Treadmill Foldable", 899.00), ("Gym Bag", 39.99),
        ("Protein Shaker Bottle", 9.99), ("Ab Roller Wheel", 17.99),
        ("Weightlifting Belt", 44.99), ("Massage Gun", 129.00),
        ("Balance Board", 59.00),
    ]),
    ("Outdoor", "Sports & Outdoors", [
        ("2-Person Tent", 159.00), ("Sleeping Bag -5°C", 89.99),
        ("Hiking Backpack 40L", 99.00), ("Trekking Poles", 54.99),
        ("Camping Stove", 49.99), ("Headlamp 400lm", 24.99),
        ("Insulated Water Bottle", 29.99), ("Camping Chair", 44.99),
        ("Cooler Box 25L", 79.99), ("Hammock with Straps", 39.99),
        ("Binoculars 10x42", 139.00), ("Mountain Bike Helmet", 69.99),
        ("Bike Lights Set", 29.99), ("Kayak Paddle", 89.00),
        ("Picnic Blanket", 27.99),
    ]),
    ("Clothing", "Fashion", [
        ("Merino Wool Sweater", 89.00), ("Organic Cotton T-Shirt", 24.99),
        ("Slim Fit Jeans", 69.99), ("Rain Jacket", 119.00),
        ("Down Puffer Jacket", 189.00), ("Linen Shirt", 54.99),
        ("Hoodie Classic", 49.99), ("Chino Trousers", 59.99),
        ("Wool Beanie", 19.99), ("Cashmere Scarf", 79.00),
        ("Running Shorts", 29.99), ("Leather Belt", 39.99),
        ("Silk Tie", 44.00), ("Thermal Base Layer", 39.99),
        ("Denim Jacket", 89.99),
    ]),
    ("Shoes", "Fashion", [
        ("Running Shoes Aero", 129.00), ("Trail Running Shoes", 139.00),
        ("Leather Chelsea Boots", 179.00), ("Canvas Sneakers", 54.99),
        ("Hiking Boots Waterproof", 159.00), ("Wool Slippers", 39.99),
        ("Suede Loafers", 119.00), ("Sandals Cork", 64.99),
        ("Winter Snow Boots", 149.00), ("Court Sneakers White", 89.99),
        ("Espadrilles", 44.99), ("Oxford Dress Shoes", 149.00),
        ("Kids' Light-Up Sneakers", 39.99), ("Flip-Flops", 14.99),
        ("Rain Boots", 49.99),
    ]),
]

# country -> (weight, [cities], [first names], [last names], [carriers])
COUNTRIES = [
    ("United States", 27, ["New York", "Los Angeles", "Chicago", "Houston", "Phoenix",
        "Philadelphia", "San Antonio", "San Diego", "Dallas", "Seattle", "Denver",
        "Boston", "Austin", "Portland", "Atlanta", "Miami"],
     ["James", "Mary", "Robert", "Patricia", "John", "Jennifer", "Michael", "Linda",
      "David", "Elizabeth", "William", "Barbara", "Richard", "Susan", "Joseph",
      "Jessica", "Thomas", "Sarah", "Christopher", "Karen", "Daniel", "Emily",
      "Matthew", "Ashley", "Anthony", "Megan", "Tyler", "Brittany"],
     ["Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis",
      "Rodriguez", "Martinez", "Hernandez", "Lopez", "Wilson", "Anderson", "Thomas",
      "Taylor", "Moore", "Jackson", "Martin", "Lee", "Thompson", "White", "Harris",
      "Clark", "O'Brien", "Lewis"],
     ["UPS", "FedEx", "USPS"]),
    ("United Kingdom", 12, ["London", "Manchester", "Birmingham", "Leeds", "Glasgow",
        "Liverpool", "Bristol", "Edinburgh", "Sheffield", "Cardiff", "Belfast",
        "Nottingham"],
     ["Oliver", "Amelia", "George", "Isla", "Harry", "Ava", "Jack", "Olivia", "Charlie",
      "Emily", "Alfie", "Sophie", "Freddie", "Grace", "Oscar", "Lily", "Archie",
      "Chloe", "Henry", "Poppy"],
     ["Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies",
      "Patel", "Robinson", "Wright", "Thompson", "Evans", "Walker", "White", "Roberts",
      "Green", "Hall", "O'Connor", "Khan"],
     ["Royal Mail", "DPD", "Evri"]),
    ("Germany", 10, ["Berlin", "Hamburg", "München", "Köln", "Frankfurt am Main",
        "Stuttgart", "Düsseldorf", "Leipzig", "Dortmund", "Dresden", "Bremen",
        "Hannover", "Nürnberg"],
     ["Lukas", "Anna", "Leon", "Mia", "Finn", "Hannah", "Jonas", "Lena", "Paul",
      "Lea", "Felix", "Sophie", "Maximilian", "Laura", "Jürgen", "Katrin", "Tobias",
      "Julia", "Stefan", "Sabine"],
     ["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner",
      "Becker", "Schulz", "Hoffmann", "Schäfer", "Koch", "Bauer", "Richter", "Klein",
      "Wolf", "Schröder", "Neumann"],
     ["DHL", "Hermes", "DPD"]),
    ("France", 8, ["Paris", "Marseille", "Lyon", "Toulouse", "Nice", "Nantes",
        "Strasbourg", "Montpellier", "Bordeaux", "Lille", "Rennes", "Reims"],
     ["Gabriel", "Louise", "Léo", "Emma", "Raphaël", "Jade", "Arthur", "Alice",
      "Louis", "Chloé", "Hugo", "Léa", "Jules", "Manon", "Théo", "Camille", "Hélène",
      "François", "Inès", "Mathis"],
     ["Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand",
      "Leroy", "Moreau", "Simon", "Laurent", "Lefèvre", "Michel", "Garcia", "Fournier",
      "Girard", "Bonnet"],
     ["La Poste", "Chronopost", "DPD"]),
    ("Canada", 7, ["Toronto", "Montréal", "Vancouver", "Calgary", "Edmonton", "Ottawa",
        "Winnipeg", "Québec City", "Hamilton", "Halifax", "Victoria"],
     ["Liam", "Olivia", "Noah", "Emma", "William", "Charlotte", "Benjamin", "Amelia",
      "Lucas", "Ava", "Ethan", "Chloe", "Nathan", "Zoé", "Samuel", "Madison", "Owen",
      "Abigail"],
     ["Smith", "Brown", "Tremblay", "Martin", "Roy", "Wilson", "Gagnon", "Johnson",
      "MacDonald", "Taylor", "Campbell", "Anderson", "Côté", "Bouchard", "Gauthier",
      "Morin", "Lee", "Leblanc"],
     ["Canada Post", "Purolator", "UPS"]),
    ("Australia", 5, ["Sydney", "Melbourne", "Brisbane", "Perth", "Adelaide",
        "Gold Coast", "Canberra", "Newcastle", "Hobart", "Darwin"],
     ["Jack", "Charlotte", "Oliver", "Olivia", "William", "Mia", "Noah", "Ava",
      "Thomas", "Isla", "James", "Grace", "Lachlan", "Matilda", "Cooper", "Ruby"],
     ["Smith", "Jones", "Williams", "Brown", "Wilson", "Taylor", "Johnson", "White",
      "Martin", "Anderson", "Thompson", "Nguyen", "Ryan", "Walker", "Kelly", "Murphy"],
     ["Australia Post", "StarTrack", "DHL"]),
    ("Netherlands", 4, ["Amsterdam", "Rotterdam", "Den Haag", "Utrecht", "Eindhoven",
        "Groningen", "Tilburg", "Almere", "Breda", "Nijmegen"],
     ["Daan", "Emma", "Sem", "Julia", "Lucas", "Mila", "Levi", "Tess", "Finn",
      "Sophie", "Bram", "Anna", "Thijs", "Fleur", "Ruben", "Sanne"],
     ["de Jong", "Jansen", "de Vries", "van den Berg", "van Dijk", "Bakker", "Janssen",
      "Visser", "Smit", "Meijer", "de Boer", "Mulder", "de Groot", "Bos", "Vos"],
     ["PostNL", "DHL", "DPD"]),
    ("Spain", 4, ["Madrid", "Barcelona", "Valencia", "Sevilla", "Zaragoza", "Málaga",
        "Murcia", "Palma", "Bilbao", "Alicante", "Córdoba"],
     ["Hugo", "Lucía", "Martín", "Sofía", "Pablo", "Martina", "Daniel", "María",
      "Alejandro", "Paula", "Álvaro", "Valeria", "Javier", "Carmen", "José", "Elena"],
     ["García", "Rodríguez", "González", "Fernández", "López", "Martínez", "Sánchez",
      "Pérez", "Gómez", "Martín", "Jiménez", "Ruiz", "Hernández", "Díaz", "Núñez"],
     ["Correos", "SEUR", "MRW"]),
    ("Italy", 4, ["Roma", "Milano", "Napoli", "Torino", "Palermo", "Genova", "Bologna",
        "Firenze", "Bari", "Venezia", "Verona"],
     ["Leonardo", "Sofia", "Francesco", "Giulia", "Alessandro", "Aurora", "Lorenzo",
      "Alice", "Mattia", "Ginevra", "Andrea", "Emma", "Gabriele", "Giorgia",
      "Niccolò", "Chiara"],
     ["Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo",
      "Ricci", "Marino", "Greco", "Bruno", "Gallo", "Conti", "De Luca", "Costa"],
     ["Poste Italiane", "BRT", "GLS"]),
    ("Sweden", 3, ["Stockholm", "Göteborg", "Malmö", "Uppsala", "Västerås", "Örebro",
        "Linköping", "Helsingborg", "Umeå", "Lund"],
     ["William", "Alice", "Liam", "Maja", "Hugo", "Elsa", "Lucas", "Astrid", "Oscar",
      "Wilma", "Björn", "Åsa", "Erik", "Ingrid", "Anders", "Karin"],
     ["Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson",
      "Olsson", "Persson", "Svensson", "Gustafsson", "Pettersson", "Jönsson",
      "Lindström", "Berg"],
     ["PostNord", "DHL", "Bring"]),
    ("Japan", 4, ["Tokyo", "Osaka", "Yokohama", "Nagoya", "Sapporo", "Fukuoka", "Kobe",
        "Kyoto", "Kawasaki", "Sendai", "Hiroshima"],
     ["Haruto", "Yui", "Sota", "Hina", "Yuto", "Mei", "Ren", "Sakura", "Hiroshi",
      "Yuki", "Takumi", "Aoi", "Kenji", "Emi", "Daiki", "Naomi"],
     ["Sato", "Suzuki", "Takahashi", "Tanaka", "Watanabe", "Ito", "Yamamoto",
      "Nakamura", "Kobayashi", "Kato", "Yoshida", "Yamada", "Sasaki", "Matsumoto"],
     ["Yamato", "Sagawa", "Japan Post"]),
    ("Brazil", 4, ["São Paulo", "Rio de Janeiro", "Brasília", "Salvador", "Fortaleza",
        "Belo Horizonte", "Manaus", "Curitiba", "Recife", "Porto Alegre"],
     ["Miguel", "Helena", "Arthur", "Alice", "Gael", "Laura", "Heitor", "Maria",
      "Theo", "Valentina", "João", "Ana", "Pedro", "Júlia", "Lucas", "Beatriz"],
     ["Silva", "Santos", "Oliveira", "Souza", "Rodrigues", "Ferreira", "Alves",
      "Pereira", "Lima", "Gomes", "Costa", "Ribeiro", "Martins", "Carvalho",
      "Araújo"],
     ["Correios", "Jadlog", "Loggi"]),
    ("India", 4, ["Mumbai", "Delhi", "Bengaluru", "Hyderabad", "Chennai", "Kolkata",
        "Pune", "Ahmedabad", "Jaipur", "Lucknow", "Kochi"],
     ["Aarav", "Saanvi", "Vivaan", "Ananya", "Aditya", "Diya", "Arjun", "Priya",
      "Rohan", "Isha", "Rahul", "Kavya", "Vikram", "Neha", "Sanjay", "Pooja"],
     ["Sharma", "Verma", "Gupta", "Patel", "Singh", "Kumar", "Reddy", "Iyer",
      "Nair", "Mehta", "Joshi", "Rao", "Das", "Chopra", "Banerjee"],
     ["Delhivery", "Blue Dart", "India Post"]),
    ("Mexico", 2, ["Ciudad de México", "Guadalajara", "Monterrey", "Puebla",
        "Tijuana", "León", "Mérida", "Querétaro", "Cancún"],
     ["Santiago", "Sofía", "Mateo", "Valentina", "Sebastián", "Regina", "Leonardo",
      "Camila", "Diego", "Ximena", "José", "Fernanda", "Luis", "Mariana"],
     ["Hernández", "García", "Martínez", "López", "González", "Pérez", "Rodríguez",
      "Sánchez", "Ramírez", "Cruz", "Flores", "Gómez", "Morales", "Vázquez"],
     ["Estafeta", "DHL", "FedEx"]),
    ("Poland", 2, ["Warszawa", "Kraków", "Łódź", "Wrocław", "Poznań", "Gdańsk",
        "Szczecin", "Lublin", "Katowice", "Białystok"],
     ["Jakub", "Zuzanna", "Jan", "Julia", "Antoni", "Zofia", "Szymon", "Maja",
      "Łukasz", "Agnieszka", "Piotr", "Katarzyna", "Tomasz", "Małgorzata",
      "Michał", "Anna"],
     ["Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kowalczyk", "Kamiński",
      "Lewandowski", "Zieliński", "Szymański", "Woźniak", "Dąbrowski", "Kozłowski"],
     ["InPost", "DPD", "Poczta Polska"]),
]

# month (1-12) -> demand factor: quiet winter start, November/December peak
SEASON = [0.85, 0.80, 0.90, 0.90, 0.95, 0.95, 0.90, 0.92, 0.95, 1.05, 1.55, 1.75]
# weekday (Monday=0) -> demand factor
WEEKDAY = [0.95, 0.95, 0.97, 0.98, 1.02, 1.08, 1.10]
YEARLY_GROWTH = 1.25
BASE_PER_DAY = 16.0

REVIEW_BODIES = {
    5: ["Absolutely love it, exceeded my expectations.", "Perfect, would buy again!",
        "Great quality for the price.", "Five stars. Fast delivery too.",
        "Exactly as described - my partner's favourite gift this year."],
    4: ["Very good, just one small niggle.", "Solid product, does what it says.",
        "Good value; packaging could be better.", "Happy with it overall."],
    3: ["It's okay. Nothing special.", "Average quality, arrived a bit late.",
        "Does the job but feels cheap."],
    2: ["Not great, the finish wasn't what I expected.",
        "Disappointed - stopped working after a month."],
    1: ["Broke on day one. Returned it.", "Terrible. Don't buy.",
        "Wrong item delivered and support didn't help."],
}

# --------------------------------------------------------------------------
# helpers


def q(value):
    """Render one Python value as an SQL literal."""
    if value is None:
        return "NULL"
    if isinstance(value, bool):
        raise TypeError("no booleans in this schema")
    if isinstance(value, int):
        return str(value)
    if isinstance(value, Money):
        return value.text
    if isinstance(value, dt.datetime):
        return "'" + value.strftime("%Y-%m-%d %H:%M:%S") + "'"
    if isinstance(value, dt.date):
        return "'" + value.isoformat() + "'"
    if isinstance(value, str):
        return "'" + value.replace("'", "''") + "'"
    raise TypeError(repr(value))


class Money:
    """An exact amount in cents, printed with two decimals."""

    __slots__ = ("cents", "text")

    def __init__(self, amount_cents):
        if amount_cents < 0:
            raise ValueError("negative amount")
        self.cents = int(amount_cents)
        self.text = "%d.%02d" % divmod(self.cents, 100)


def cents(price):
    return int(round(price * 100))


def poisson(rng, lam):
    """Knuth's method, fine for the small rates used here."""
    limit = math.exp(-lam)
    k, p = 0, 1.0
    while True:
        p *= rng.random()
        if p <= limit:
            return k
        k += 1


def ascii_fold(text):
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.replace("ł", "l").replace("Ł", "L").replace("ø", "o")
    return "".join(c for c in text.lower() if c.isalnum() and c.isascii())


def weighted_pick(rng, items, cum_weights):
    return rng.choices(items, cum_weights=cum_weights, k=1)[0]


def cumulative(weights):
    out, total = [], 0.0
    for w in weights:
        total += w
        out.append(total)
    return out


def days(d0, d1):
    return (d1 - d0).days


# --------------------------------------------------------------------------
# generation


def generate():
    rng = random.Random(SEED)
    tables = {}

    # categories: departments first (parent_id NULL), then leaves
    categories = []
    dept_id = {}
    for name in DEPARTMENTS:
        cid = len(categories) + 1
        dept_id[name] = cid
        categories.append((cid, name, None))
    leaf_id = {}
    for leaf, dept, _ in CATALOG:
        cid = len(categories) + 1
        leaf_id[leaf] = cid
        categories.append((cid, leaf, dept_id[dept]))
    tables["categories"] = categories

    # products: most launched in 2021, some during the three years
    products = []
    for leaf, _, items in CATALOG:
        for name, price in items:
            pid = len(products) + 1
            if rng.random() < 0.8:
                created = dt.date(2021, 1, 1) + dt.timedelta(days=rng.randrange(365))
            else:
                created = START + dt.timedelta(days=rng.randrange(days(START, END) - 60))
            cost = Money(cents(price) * rng.randint(42, 68) // 100)
            products.append((pid, name, leaf_id[leaf], Money(cents(price)), cost, created))
    tables["products"] = products
    # popularity: a long tail, shuffled so it is not tied to catalog order
    popularity = [1.0 / (rank + 3) ** 0.9 for rank in range(len(products))]
    rng.shuffle(popularity)
    audio_ids = [p[0] for p in products if p[2] == leaf_id["Audio"]]

    # customers: sign-ups from 2021 onward, growing over time
    n_customers = 2500
    country_names = [c[0] for c in COUNTRIES]
    country_cum = cumulative([c[1] for c in COUNTRIES])
    by_country = {c[0]: c for c in COUNTRIES}
    signup_start = dt.date(2021, 1, 1)
    span = days(signup_start, END)
    raw_signups = []
    for _ in range(n_customers):
        # more sign-ups later on: the site grows
        raw_signups.append(signup_start + dt.timedelta(days=int(span * rng.random() ** 0.8)))
    raw_signups.sort()
    customers = []
    emails = set()
    domains = ["example.com", "example.net", "example.org", "mail.example.com"]
    for i, signup in enumerate(raw_signups):
        country = weighted_pick(rng, country_names, country_cum)
        _, _, cities, firsts, lasts, _ = by_country[country]
        first, last = rng.choice(firsts), rng.choice(lasts)
        city = rng.choice(cities)
        base = ascii_fold(first) + "." + ascii_fold(last)
        email = base + "@" + rng.choice(domains)
        n = 2
        while email in emails:
            email = "%s%d@%s" % (base, n, email.split("@")[1])
            n += 1
        emails.add(email)
        segment = "business" if rng.random() < 0.15 else "consumer"
        customers.append((i + 1, first, last, email, country, city, signup, segment))
    tables["customers"] = customers
    # some customers buy far more often than others
    cust_weight = [rng.paretovariate(1.6) for _ in customers]
    signup_ord = [c[6].toordinal() for c in customers]

    # orders, day by day
    orders, items, payments, shipments, reviews = [], [], [], [], []
    day = START
    cust_cum = cumulative(cust_weight)
    while day <= END:
        t = days(START, day) / 365.25
        lam = BASE_PER_DAY * YEARLY_GROWTH ** t * SEASON[day.month - 1] * WEEKDAY[day.weekday()]
        black_friday = day.month == 11 and day.weekday() == 4 and 23 <= day.day <= 29
        cyber_monday = day.weekday() == 0 and (
            (day.month == 11 and 26 <= day.day <= 30) or (day.month == 12 and day.day <= 2))
        if black_friday:
            lam *= 2.2
        elif cyber_monday:
            lam *= 1.7
        elif day.month == 12 and 24 <= day.day <= 26:
            lam *= 0.6                                   # Christmas lull
        flash = day == FLASH_SALE
        if flash:
            lam *= 16.0                                  # the anomaly
        n_orders = poisson(rng, lam)
        # eligible customers: signed up on or before this day
        hi = bisect.bisect_right(signup_ord, day.toordinal())
        eligible_products = [p for p in products if p[5] <= day]
        prod_cum = cumulative([popularity[p[0] - 1] for p in eligible_products])
        age = days(day, END)
        for _ in range(n_orders):
            if hi == 0:
                break
            if rng.random() < 0.6:
                cust = customers[_weighted_index(rng, cust_cum, hi)]
            else:
                cust = customers[rng.randrange(hi)]
            oid = len(orders) + 1
            if flash:
                channel = rng.choices(["web", "mobile", "marketplace"], [45, 50, 5])[0]
            else:
                mobile_share = 30 + 5 * t               # mobile gains on web
                channel = rng.choices(["web", "mobile", "marketplace"],
                                      [90 - mobile_share, mobile_share, 10])[0]
            if age <= 3:
                status = rng.choices(["pending", "shipped", "cancelled"], [55, 38, 7])[0]
            elif age <= 10:
                status = rng.choices(["pending", "shipped", "delivered", "cancelled"],
                                     [4, 46, 44, 6])[0]
            else:
                status = rng.choices(["delivered", "returned", "cancelled"], [88, 6, 6])[0]
            orders.append((oid, cust[0], day, status, channel))

            # order lines
            n_lines = rng.choices([1, 2, 3, 4], [55, 28, 12, 5])[0]
            chosen = []
            if flash and rng.random() < 0.85:
                chosen.append(rng.choice(audio_ids))
            while len(chosen) < n_lines:
                p = weighted_pick(rng, eligible_products, prod_cum)[0]
                if p not in chosen:
                    chosen.append(p)
            total = 0
            for pid in chosen:
                qty = rng.choices([1, 2, 3, 4, 5], [72, 18, 6, 2, 2])[0]
                if cust[7] == "business" and rng.random() < 0.3:
                    qty += rng.randint(2, 9)
                price = products[pid - 1][3].cents
                if flash and pid in audio_ids:
                    price = price * 70 // 100
                elif (black_friday or cyber_monday) and rng.random() < 0.5:
                    price = price * 85 // 100
                items.append((len(items) + 1, oid, pid, qty, Money(price)))
                total += qty * price

            # payment
            method = rng.choices(["card", "paypal", "bank_transfer", "gift_card"],
                                 [62, 24, 9, 5])[0]
            if status == "pending" and rng.random() < 0.6 or \
                    status == "cancelled" and rng.random() < 0.5:
                paid_at = None
            else:
                paid_at = dt.datetime(day.year, day.month, day.day) + \
                    dt.timedelta(seconds=rng.randrange(86400))
            payments.append((len(payments) + 1, oid, method, Money(total), paid_at))

            # shipment
            if status in ("shipped", "delivered", "returned"):
                carrier = rng.choice(by_country[cust[4]][5])
                shipped = min(day + dt.timedelta(days=rng.choices([0, 1, 2, 3], [20, 50, 20, 10])[0]), END)
                if status == "shipped":
                    delivered = None
                else:
                    transit = rng.choices([1, 2, 3, 4, 5, 6, 8, 12], [8, 25, 25, 18, 10, 7, 5, 2])[0]
                    delivered = min(shipped + dt.timedelta(days=transit), END)
                shipments.append((len(shipments) + 1, oid, carrier, shipped, delivered))
                # reviews, some time after delivery
                if delivered is not None and rng.random() < 0.28:
                    pid = rng.choice(chosen)
                    when = delivered + dt.timedelta(days=rng.randint(1, 30))
                    if when <= END:
                        if status == "returned":
                            rating = rng.choices([1, 2, 3], [60, 30, 10])[0]
                        else:
                            rating = rng.choices([5, 4, 3, 2, 1], [46, 31, 12, 6, 5])[0]
                        body = rng.choice(REVIEW_BODIES[rating]) if rng.random() < 0.6 else None
                        reviews.append((len(reviews) + 1, pid, cust[0], rating, when, body))
        day += dt.timedelta(days=1)

    tables["orders"] = orders
    tables["order_items"] = items
    tables["payments"] = payments
    # reviews were made in delivery order; number them by date
    reviews.sort(key=lambda r: (r[4], r[0]))
    tables["reviews"] = [(i + 1,) + r[1:] for i, r in enumerate(reviews)]
    tables["shipments"] = shipments
    return tables


def _weighted_index(rng, cum, hi):
    """Index in [0, hi) drawn with the weights whose running sums are cum."""
    target = rng.random() * cum[hi - 1]
    lo, top = 0, hi - 1
    while lo < top:
        mid = (lo + top) // 2
        if cum[mid] <= target:
            lo = mid + 1
        else:
            top = mid
    return lo


# --------------------------------------------------------------------------
# SQL output

SCHEMA = [
    ("categories", """CREATE TABLE categories (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    parent_id INTEGER REFERENCES categories (id)
);"""),
    ("products", """CREATE TABLE products (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    category_id INTEGER NOT NULL,
    price NUMERIC(10,2) NOT NULL,
    cost NUMERIC(10,2),
    created_at DATE NOT NULL,
    FOREIGN KEY (category_id) REFERENCES categories (id)
);"""),
    ("customers", """CREATE TABLE customers (
    id INTEGER PRIMARY KEY,
    first_name TEXT NOT NULL,
    last_name TEXT NOT NULL,
    email TEXT NOT NULL UNIQUE,
    country TEXT NOT NULL,
    city TEXT NOT NULL,
    signup_date DATE NOT NULL,
    segment TEXT NOT NULL
);"""),
    ("orders", """CREATE TABLE orders (
    id INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL,
    order_date DATE NOT NULL,
    status TEXT NOT NULL,
    channel TEXT NOT NULL,
    FOREIGN KEY (customer_id) REFERENCES customers (id)
);"""),
    ("order_items", """CREATE TABLE order_items (
    id INTEGER PRIMARY KEY,
    order_id INTEGER NOT NULL,
    product_id INTEGER NOT NULL,
    quantity INTEGER NOT NULL,
    unit_price NUMERIC(10,2) NOT NULL,
    FOREIGN KEY (order_id) REFERENCES orders (id),
    FOREIGN KEY (product_id) REFERENCES products (id)
);"""),
    ("payments", """CREATE TABLE payments (
    id INTEGER PRIMARY KEY,
    order_id INTEGER NOT NULL,
    method TEXT NOT NULL,
    amount NUMERIC(10,2) NOT NULL,
    paid_at TIMESTAMP,
    FOREIGN KEY (order_id) REFERENCES orders (id)
);"""),
    ("reviews", """CREATE TABLE reviews (
    id INTEGER PRIMARY KEY,
    product_id INTEGER NOT NULL,
    customer_id INTEGER NOT NULL,
    rating INTEGER NOT NULL,
    created_at DATE NOT NULL,
    body TEXT,
    FOREIGN KEY (product_id) REFERENCES products (id),
    FOREIGN KEY (customer_id) REFERENCES customers (id)
);"""),
    ("shipments", """CREATE TABLE shipments (
    id INTEGER PRIMARY KEY,
    order_id INTEGER NOT NULL,
    carrier TEXT NOT NULL,
    shipped_at DATE NOT NULL,
    delivered_at DATE,
    FOREIGN KEY (order_id) REFERENCES orders (id)
);"""),
]

INDEXES = [
    "CREATE INDEX products_category_id ON products (category_id);",
    "CREATE INDEX orders_customer_id ON orders (customer_id);",
    "CREATE INDEX orders_order_date ON orders (order_date);",
    "CREATE INDEX order_items_order_id ON order_items (order_id);",
    "CREATE INDEX order_items_product_id ON order_items (product_id);",
    "CREATE INDEX payments_order_id ON payments (order_id);",
    "CREATE INDEX reviews_product_id ON reviews (product_id);",
    "CREATE INDEX shipments_order_id ON shipments (order_id);",
]


def write_sql(out):
    tables = generate()
    out.write("-- databot sample e-commerce database, written by samples/gen_ecommerce.py\n"
              "-- (deterministic; loads into sqlite3 and PostgreSQL alike)\n")
    out.write("BEGIN;\n")
    for name, ddl in SCHEMA:
        out.write(ddl + "\n")
    for name, _ in SCHEMA:
        rows = tables[name]
        for i in range(0, len(rows), BATCH):
            out.write("INSERT INTO %s VALUES\n" % name)
            out.write(",\n".join("(" + ",".join(q(v) for v in row) + ")"
                                 for row in rows[i:i + BATCH]))
            out.write(";\n")
    for ddl in INDEXES:
        out.write(ddl + "\n")
    out.write("COMMIT;\n")


def build_sqlite(path):
    buf = io.StringIO()
    write_sql(buf)
    if os.path.exists(path):
        os.remove(path)
    con = sqlite3.connect(path)
    try:
        con.executescript(buf.getvalue())
        con.execute("VACUUM")
    finally:
        con.close()


def main(argv):
    if len(argv) == 2 and argv[1] == "--sql":
        sys.stdout.reconfigure(encoding="utf-8", newline="\n")
        write_sql(sys.stdout)
        return 0
    if len(argv) == 2 and not argv[1].startswith("-"):
        build_sqlite(argv[1])
        return 0
    sys.stderr.write("usage: %s --sql | %s OUT.sqlite\n" % (argv[0], argv[0]))
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
