#!/usr/bin/env python3
"""Generate games.sqlite: an online game studio, 2022-01-01 .. 2024-12-31.

Deterministic (fixed seed). Python 3 standard library only.
Usage: python3 gen_games.py [OUTPUT_PATH]   (default: games.sqlite next to this script)
"""
import datetime as dt
import os
import random
import sqlite3
import sys

SEED = 41414
START = dt.date(2022, 1, 1)
END = dt.date(2024, 12, 31)

SCHEMA = """
CREATE TABLE gameTitle (
    titleId      INTEGER PRIMARY KEY,
    titleName    TEXT NOT NULL UNIQUE,
    genre        TEXT NOT NULL,           -- shooter, racing, rpg, puzzle, strategy, sports
    releaseDate  TEXT NOT NULL,           -- YYYY-MM-DD
    sunsetDate   TEXT,                    -- YYYY-MM-DD servers shut down; NULL while the title is live
    isFreeToPlay INTEGER NOT NULL         -- 1 free-to-play, 0 paid up front
);
CREATE TABLE player (
    playerId           INTEGER PRIMARY KEY,
    gamerTag           TEXT NOT NULL UNIQUE,
    country            TEXT NOT NULL,     -- ISO 3166 alpha-2 code, e.g. US, DE, BR, JP
    platform           TEXT NOT NULL,     -- pc, playstation, xbox, switch, mobile
    signupDate         TEXT NOT NULL,     -- YYYY-MM-DD
    referredByPlayerId INTEGER,           -- player who referred this player (player.playerId); NULL if the player signed up organically
    birthYear          INTEGER,           -- NULL if not provided
    FOREIGN KEY (referredByPlayerId) REFERENCES player(playerId)
);
CREATE TABLE gameSession (
    sessionId INTEGER PRIMARY KEY,
    playerId  INTEGER NOT NULL,
    titleId   INTEGER NOT NULL,
    startedAt TEXT NOT NULL,              -- YYYY-MM-DD HH:MM:SS
    endedAt   TEXT,                       -- YYYY-MM-DD HH:MM:SS; NULL if the session crashed (no clean end recorded)
    FOREIGN KEY (playerId) REFERENCES player(playerId),
    FOREIGN KEY (titleId) REFERENCES gameTitle(titleId)
);
CREATE TABLE inGamePurchase (
    purchaseId     INTEGER PRIMARY KEY,
    playerId       INTEGER NOT NULL,
    titleId        INTEGER NOT NULL,
    itemName       TEXT NOT NULL,
    itemType       TEXT NOT NULL,         -- skin, coinPack, battlePass, booster, expansion
    priceUsd       REAL NOT NULL,         -- price paid in USD
    coinAmount     INTEGER,               -- in-game coins granted; NULL unless itemType = 'coinPack'
    isRefunded     INTEGER NOT NULL,      -- 1 if the purchase was refunded, else 0
    purchasedAt    TEXT NOT NULL,         -- YYYY-MM-DD HH:MM:SS
    FOREIGN KEY (playerId) REFERENCES player(playerId),
    FOREIGN KEY (titleId) REFERENCES gameTitle(titleId)
);
CREATE TABLE pvpMatch (
    matchId        INTEGER PRIMARY KEY,
    titleId        INTEGER NOT NULL,
    winnerPlayerId INTEGER NOT NULL,      -- player.playerId of the winner
    loserPlayerId  INTEGER NOT NULL,      -- player.playerId of the loser
    matchMode      TEXT NOT NULL,         -- ranked, casual, tournament
    playedAt       TEXT NOT NULL,         -- YYYY-MM-DD HH:MM:SS match start
    durationSec    INTEGER NOT NULL,      -- match length in seconds
    FOREIGN KEY (titleId) REFERENCES gameTitle(titleId),
    FOREIGN KEY (winnerPlayerId) REFERENCES player(playerId),
    FOREIGN KEY (loserPlayerId) REFERENCES player(playerId)
);
CREATE TABLE achievement (
    achievementId   INTEGER PRIMARY KEY,
    titleId         INTEGER NOT NULL,
    achievementName TEXT NOT NULL,
    rarity          TEXT NOT NULL,        -- common, rare, epic, legendary
    points          INTEGER NOT NULL,
    FOREIGN KEY (titleId) REFERENCES gameTitle(titleId)
);
CREATE TABLE playerAchievement (
    playerId      INTEGER NOT NULL,
    achievementId INTEGER NOT NULL,
    unlockedAt    TEXT NOT NULL,          -- YYYY-MM-DD HH:MM:SS
    PRIMARY KEY (playerId, achievementId),
    FOREIGN KEY (playerId) REFERENCES player(playerId),
    FOREIGN KEY (achievementId) REFERENCES achievement(achievementId)
);
CREATE TABLE supportReport (
    reportId   INTEGER PRIMARY KEY,
    playerId   INTEGER NOT NULL,
    titleId    INTEGER,                   -- NULL if the report is not about a specific title (account or billing issues)
    category   TEXT NOT NULL,             -- bug, crash, billing, cheating, account
    status     TEXT NOT NULL,             -- open, inProgress, resolved, closedNoAction
    createdAt  TEXT NOT NULL,             -- YYYY-MM-DD HH:MM:SS
    resolvedAt TEXT,                      -- YYYY-MM-DD HH:MM:SS; NULL while the report is open or in progress
    FOREIGN KEY (playerId) REFERENCES player(playerId),
    FOREIGN KEY (titleId) REFERENCES gameTitle(titleId)
);
CREATE INDEX idxSessionPlayer ON gameSession(playerId);
CREATE INDEX idxSessionTitle ON gameSession(titleId);
CREATE INDEX idxPurchasePlayer ON inGamePurchase(playerId);
CREATE INDEX idxMatchTitle ON pvpMatch(titleId);
CREATE INDEX idxReportPlayer ON supportReport(playerId);
"""

# name, genre, release, sunset, f2p, popularity
TITLES = [
    ("Starfall Arena", "shooter", "2020-10-15", None, 1, 30),
    ("Neon Drift", "racing", "2021-05-20", None, 0, 12),
    ("Ashen Crown", "rpg", "2022-03-10", None, 0, 18),
    ("Block Bloom", "puzzle", "2019-08-01", "2024-06-30", 1, 8),
    ("Iron Dominion", "strategy", "2023-02-14", None, 0, 7),
    ("Pitch Kings", "sports", "2023-09-05", None, 1, 15),
    ("Hollow Orbit", "shooter", "2024-04-18", None, 1, 10),
]
WEAK_TITLE = 5  # Iron Dominion: low engagement, more crashes
COUNTRIES = [("US", 28), ("BR", 10), ("DE", 8), ("GB", 7), ("JP", 7), ("FR", 6), ("KR", 6),
             ("CA", 5), ("MX", 5), ("PL", 4), ("IN", 6), ("AU", 4), ("SE", 2), ("ES", 2)]
PLATFORMS_BY_YEAR = {
    2021: [("pc", 40), ("playstation", 25), ("xbox", 18), ("switch", 9), ("mobile", 8)],
    2022: [("pc", 38), ("playstation", 24), ("xbox", 17), ("switch", 9), ("mobile", 12)],
    2023: [("pc", 34), ("playstation", 22), ("xbox", 15), ("switch", 9), ("mobile", 20)],
    2024: [("pc", 30), ("playstation", 20), ("xbox", 13), ("switch", 8), ("mobile", 29)],
}
ADJ = ["Silent", "Rapid", "Crimson", "Lucky", "Frost", "Shadow", "Golden", "Wild", "Iron", "Pixel",
       "Cosmic", "Toxic", "Mighty", "Sneaky", "Turbo", "Lunar", "Solar", "Feral", "Noble", "Rusty"]
NOUN = ["Wolf", "Falcon", "Ninja", "Pilot", "Dragon", "Golem", "Ranger", "Otter", "Viper", "Knight",
        "Panda", "Comet", "Raven", "Tiger", "Wizard", "Badger", "Cobra", "Phoenix", "Yeti", "Shark"]
ITEMS = {
    "skin": [("Neon Skin", 9.99), ("Camo Skin", 4.99), ("Legendary Skin", 19.99)],
    "coinPack": [("Small Coin Pack", 4.99, 500), ("Medium Coin Pack", 9.99, 1100), ("Large Coin Pack", 49.99, 6000)],
    "battlePass": [("Season Battle Pass", 9.99)],
    "booster": [("XP Booster", 2.99), ("Loot Booster", 3.99)],
    "expansion": [("Expansion Pack", 24.99)],
}
ACH = ["First Blood", "Marathon", "Collector", "Untouchable", "Veteran", "Speed Demon", "Completionist",
       "Social Butterfly", "Comeback", "Perfectionist", "Explorer", "Champion"]


def wchoice(rng, pairs):
    tot = sum(p[1] for p in pairs)
    r = rng.random() * tot
    for p in pairs:
        r -= p[1]
        if r <= 0:
            return p[0]
    return pairs[-1][0]


def rdate(rng, a, b):
    if b <= a:
        return a
    return a + dt.timedelta(days=rng.randint(0, (b - a).days))


def ts(day, rng, evening=True):
    h = wchoice(rng, [(h, 3 if 18 <= h <= 23 else (1 if h >= 8 else 0.3)) for h in range(24)]) if evening else rng.randint(0, 23)
    return dt.datetime(day.year, day.month, day.day, h, rng.randint(0, 59), rng.randint(0, 59))


def fmt(t):
    return t.strftime("%Y-%m-%d %H:%M:%S")


def generate(path):
    rng = random.Random(SEED)
    if os.path.exists(path):
        os.remove(path)
    con = sqlite3.connect(path)
    con.executescript(SCHEMA)
    con.executemany("INSERT INTO gameTitle VALUES (?,?,?,?,?,?)",
                    [(i + 1, t[0], t[1], t[2], t[3], t[4]) for i, t in enumerate(TITLES)])
    rel = {i + 1: dt.date.fromisoformat(t[2]) for i, t in enumerate(TITLES)}
    sunset = {i + 1: (dt.date.fromisoformat(t[3]) if t[3] else END) for i, t in enumerate(TITLES)}

    # ---- players ---------------------------------------------------------
    players = []
    tags = set()
    for pid in range(1, 9001):
        if rng.random() < 0.2:
            sd = rdate(rng, dt.date(2020, 1, 1), dt.date(2021, 12, 31))
        else:
            y = wchoice(rng, [(2022, 27), (2023, 33), (2024, 40)])
            sd = rdate(rng, dt.date(y, 1, 1), dt.date(y, 12, 31))
            # December holiday and summer bumps
            if sd.month not in (6, 7, 12) and rng.random() < 0.15:
                sd = dt.date(sd.year, rng.choice([6, 7, 12]), rng.randint(1, 28))
            # outlier: Pitch Kings launch, September 2023
            if rng.random() < 0.035:
                sd = dt.date(2023, 9, rng.randint(5, 30))
        while True:
            tag = rng.choice(ADJ) + rng.choice(NOUN) + str(rng.randint(1, 999))
            if tag not in tags:
                tags.add(tag)
                break
        plat = wchoice(rng, PLATFORMS_BY_YEAR[max(2021, sd.year)])
        players.append([pid, tag, wchoice(rng, COUNTRIES), plat, sd, None,
                        None if rng.random() < 0.25 else rng.randint(1965, 2010)])
    players.sort(key=lambda p: p[4])
    for i, p in enumerate(players):
        p[0] = i + 1
    # referrals: growing share over time
    for i, p in enumerate(players):
        if i < 50:
            continue
        share = {2020: 0.05, 2021: 0.07, 2022: 0.12, 2023: 0.2, 2024: 0.28}[p[4].year]
        if rng.random() < share:
            p[5] = players[rng.randint(0, i - 1)][0]
    rows = [(p[0], p[1], p[2], p[3], p[4].isoformat(), p[5], p[6]) for p in players]
    con.executemany("INSERT INTO player VALUES (?,?,?,?,?,?,?)", rows)

    # ---- sessions, purchases ---------------------------------------------
    sessions = []
    purchases = []
    pop = [(i + 1, t[5]) for i, t in enumerate(TITLES)]
    pl_titles = {}
    for p in players:
        pid, sd = p[0], max(p[4], START)
        nt = 1 if rng.random() < 0.6 else 2
        mytitles = []
        for _ in range(nt):
            for _ in range(10):
                t = wchoice(rng, pop)
                if rel[t] <= END - dt.timedelta(days=30) and sunset[t] > sd and t not in mytitles:
                    mytitles.append(t)
                    break
        pl_titles[pid] = mytitles
        engagement = rng.lognormvariate(0, 0.9)
        churn = sd + dt.timedelta(days=int(rng.expovariate(1 / 400.0)))
        for t in mytitles:
            a = max(sd, rel[t])
            b = min(churn, sunset[t], END)
            if b < a:
                continue
            span = (b - a).days + 1
            n = int(span / 60.0 * engagement * (0.45 if t == WEAK_TITLE else 1.0)) + 1
            n = min(n, 60)
            for _ in range(n):
                day = a + dt.timedelta(days=rng.randint(0, span - 1))
                if day.month in (1, 2, 3, 4, 5, 9, 10) and rng.random() < 0.15:
                    continue
                st = ts(day, rng)
                crash_p = 0.12 if t == WEAK_TITLE else 0.03
                if p[3] == "mobile":
                    crash_p += 0.02
                if t == 7 and day < dt.date(2024, 6, 1):
                    crash_p += 0.08  # launch instability
                mins = max(3, int(rng.lognormvariate(3.6, 0.7)))
                end = None if rng.random() < crash_p else fmt(st + dt.timedelta(minutes=mins, seconds=rng.randint(0, 59)))
                sessions.append((pid, t, fmt(st), end))
            # purchases
            f2p = TITLES[t - 1][4]
            np = int(rng.expovariate(1.0) * span / 120.0 * (1.5 if f2p else 0.6) * engagement)
            for _ in range(min(np, 25)):
                day = a + dt.timedelta(days=rng.randint(0, span - 1))
                if day.month == 12 and rng.random() < 0.4:
                    np += 0
                it = wchoice(rng, [("skin", 30), ("coinPack", 30), ("battlePass", 18 if f2p else 0.01),
                                   ("booster", 15), ("expansion", 7 if not f2p else 0.01)])
                choice = rng.choice(ITEMS[it])
                price = choice[1]
                coins = choice[2] if it == "coinPack" else None
                if day.month == 11 and day.day >= 20 and it == "skin":
                    price = round(price * 0.7, 2)  # Black Friday sale
                refunded = 1 if rng.random() < (0.06 if it != "expansion" else 0.1) else 0
                purchases.append((pid, t, choice[0], it, price, coins, refunded, fmt(ts(day, rng))))
            # extra December purchases (holiday season)
            if rng.random() < 0.25 * engagement:
                for y in range(a.year, b.year + 1):
                    d = dt.date(y, 12, rng.randint(1, 31))
                    if a <= d <= b:
                        choice = rng.choice(ITEMS["skin"])
                        purchases.append((pid, t, choice[0], "skin", choice[1], None, 0, fmt(ts(d, rng))))
    sessions.sort(key=lambda r: r[2])
    con.executemany("INSERT INTO gameSession VALUES (?,?,?,?,?)", [(i + 1,) + r for i, r in enumerate(sessions)])
    purchases.sort(key=lambda r: r[7])
    con.executemany("INSERT INTO inGamePurchase VALUES (?,?,?,?,?,?,?,?,?)", [(i + 1,) + r for i, r in enumerate(purchases)])

    # ---- matches ---------------------------------------------------------
    by_title = {}
    for p in players:
        for t in pl_titles[p[0]]:
            by_title.setdefault(t, []).append(p)
    matches = []
    skill = {p[0]: rng.gauss(0, 1) for p in players}
    for t in (1, 2, 6, 7, 5):
        pool = by_title.get(t, [])
        nm = {1: 9000, 2: 3000, 6: 5000, 7: 4000, 5: 1200}[t]
        for _ in range(nm):
            day = rdate(rng, max(rel[t], START), min(sunset[t], END))
            cand = [p for p in (rng.choice(pool) for _ in range(8)) if p[4] <= day]
            if len(cand) < 2 or cand[0][0] == cand[1][0]:
                continue
            x, y = cand[0], cand[1]
            if rng.random() < 1 / (1 + 10 ** ((skill[y[0]] - skill[x[0]]) * 0.6)):
                w, l = x, y
            else:
                w, l = y, x
            mode = wchoice(rng, [("ranked", 45), ("casual", 50), ("tournament", 5)])
            dur = int({1: 720, 2: 300, 6: 1500, 7: 840, 5: 2400}[t] * rng.uniform(0.5, 1.6))
            matches.append((t, w[0], l[0], mode, fmt(ts(day, rng)), dur))
    matches.sort(key=lambda r: r[4])
    con.executemany("INSERT INTO pvpMatch VALUES (?,?,?,?,?,?,?)", [(i + 1,) + r for i, r in enumerate(matches)])

    # ---- achievements ------------------------------------------------------
    achs = []
    aid = 0
    for t in range(1, len(TITLES) + 1):
        for name in rng.sample(ACH, 8):
            aid += 1
            rar = wchoice(rng, [("common", 45), ("rare", 30), ("epic", 18), ("legendary", 7)])
            pts = {"common": 10, "rare": 25, "epic": 50, "legendary": 100}[rar]
            achs.append((aid, t, name, rar, pts))
    con.executemany("INSERT INTO achievement VALUES (?,?,?,?,?)", achs)
    pa = []
    for p in players:
        for t in pl_titles[p[0]]:
            a = max(p[4], rel[t], START)
            b = min(sunset[t], END)
            if b < a:
                continue
            for ac in achs:
                if ac[1] != t:
                    continue
                pr = {"common": 0.6, "rare": 0.3, "epic": 0.12, "legendary": 0.03}[ac[3]]
                if rng.random() < pr:
                    pa.append((p[0], ac[0], fmt(ts(rdate(rng, a, b), rng))))
    con.executemany("INSERT INTO playerAchievement VALUES (?,?,?)", pa)

    # ---- support reports ---------------------------------------------------
    reps = []
    for p in players:
        r = rng.random()
        n = 0 if r < 0.8 else (1 if r < 0.94 else rng.randint(2, 4))
        for _ in range(n):
            cat = wchoice(rng, [("bug", 30), ("crash", 18), ("billing", 17), ("cheating", 15), ("account", 20)])
            t = None
            if cat in ("bug", "crash", "cheating") and pl_titles[p[0]]:
                t = rng.choice(pl_titles[p[0]])
                if cat == "crash" and WEAK_TITLE in pl_titles[p[0]] and rng.random() < 0.5:
                    t = WEAK_TITLE
            day = rdate(rng, max(p[4], START), END)
            c = ts(day, rng, evening=False)
            hrs = rng.lognormvariate(3.2, 1.1) * (2.0 if cat == "cheating" else 1.0)
            res = c + dt.timedelta(hours=hrs)
            if res > dt.datetime(2024, 12, 31, 23, 59, 59) or rng.random() < 0.04:
                status, resolved = rng.choice(["open", "inProgress"]), None
            else:
                status = "resolved" if rng.random() < 0.85 else "closedNoAction"
                resolved = fmt(res)
            reps.append((p[0], t, cat, status, fmt(c), resolved))
    reps.sort(key=lambda r: r[4])
    con.executemany("INSERT INTO supportReport VALUES (?,?,?,?,?,?,?)", [(i + 1,) + r for i, r in enumerate(reps)])
    con.commit()
    con.close()


if __name__ == "__main__":
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "games.sqlite")
    generate(out)
