#!/usr/bin/env python3
"""Generate streaming.sqlite: a subscription video streaming service, 2022-01-01 .. 2024-12-31.

Deterministic: the same seed gives the same file on every run.
Usage: python3 gen_streaming.py [OUTPUT_PATH]   (default: streaming.sqlite next to this script)
"""
import datetime as dt
import math
import os
import random
import sqlite3
import sys

SEED = 7700123
START = dt.date(2022, 1, 1)
END = dt.date(2024, 12, 31)
END_DT = dt.datetime(2024, 12, 31, 23, 59, 59)

SCHEMA = """
CREATE TABLE countries (
    id           INTEGER PRIMARY KEY,
    countryName  TEXT NOT NULL UNIQUE,
    continent    TEXT NOT NULL,              -- 'Europe', 'North America', 'South America', 'Asia', 'Oceania', 'Africa'
    isoCode      TEXT NOT NULL UNIQUE        -- two-letter ISO code, e.g. 'US', 'GB'
);
CREATE TABLE plans (
    id           INTEGER PRIMARY KEY,
    planName     TEXT NOT NULL UNIQUE,       -- 'Basic with Ads', 'Basic', 'Standard', 'Premium'
    monthlyPrice REAL NOT NULL,              -- USD list price per month in 2022-2023 (prices rose 2024-01-01, see invoices)
    maxStreams   INTEGER NOT NULL,           -- simultaneous streams allowed
    videoQuality TEXT NOT NULL,              -- 'HD', 'Full HD', '4K'
    hasAds       INTEGER NOT NULL            -- 1 = ad-supported plan, 0 = ad-free
);
CREATE TABLE accounts (
    id                  INTEGER PRIMARY KEY,
    email               TEXT NOT NULL UNIQUE,
    countryId           INTEGER NOT NULL,
    signupDate          TEXT NOT NULL,       -- YYYY-MM-DD
    acquisitionChannel  TEXT NOT NULL,       -- 'organic', 'paid search', 'social', 'partner bundle', 'referral'
    referredByAccountId INTEGER,             -- account that referred this one; NULL = not referred
    birthYear           INTEGER,             -- account holder's birth year; NULL = not provided
    FOREIGN KEY (countryId) REFERENCES countries(id),
    FOREIGN KEY (referredByAccountId) REFERENCES accounts(id)
);
CREATE TABLE profiles (
    id          INTEGER PRIMARY KEY,
    accountId   INTEGER NOT NULL,
    profileName TEXT NOT NULL,
    isKids      INTEGER NOT NULL,            -- 1 = kids profile (restricted catalog), 0 = adult profile
    createdAt   TEXT NOT NULL,               -- YYYY-MM-DD
    FOREIGN KEY (accountId) REFERENCES accounts(id)
);
CREATE TABLE subscriptions (
    id           INTEGER PRIMARY KEY,
    accountId    INTEGER NOT NULL,
    planId       INTEGER NOT NULL,
    startDate    TEXT NOT NULL,              -- YYYY-MM-DD
    endDate      TEXT,                       -- YYYY-MM-DD; NULL = still active
    status       TEXT NOT NULL,              -- 'active', 'cancelled', 'switched' (ended because the account moved to another plan)
    cancelReason TEXT,                       -- 'too expensive', 'not enough content', 'technical issues', 'moved to competitor', 'other'; NULL unless status = 'cancelled'
    FOREIGN KEY (accountId) REFERENCES accounts(id),
    FOREIGN KEY (planId) REFERENCES plans(id)
);
CREATE TABLE titles (
    id             INTEGER PRIMARY KEY,
    titleName      TEXT NOT NULL,
    titleType      TEXT NOT NULL,            -- 'film' or 'series'
    genre          TEXT NOT NULL,            -- 'Drama', 'Comedy', 'Action', 'Thriller', 'Documentary', 'Sci-Fi', 'Horror', 'Romance', 'Kids', 'Animation', 'Crime'
    releaseYear    INTEGER NOT NULL,
    runtimeMinutes INTEGER,                  -- film length in minutes; NULL for series (see episodes)
    maturityRating TEXT NOT NULL,            -- 'G', 'PG', 'PG-13', 'R', 'TV-MA'
    isOriginal     INTEGER NOT NULL,         -- 1 = our own original production, 0 = licensed
    addedDate      TEXT NOT NULL,            -- YYYY-MM-DD date added to the catalog
    removedDate    TEXT                      -- YYYY-MM-DD licence expired / taken down; NULL = still available
);
CREATE TABLE episodes (
    id             INTEGER PRIMARY KEY,
    titleId        INTEGER NOT NULL,
    seasonNumber   INTEGER NOT NULL,
    episodeNumber  INTEGER NOT NULL,
    episodeTitle   TEXT NOT NULL,
    runtimeMinutes INTEGER NOT NULL,
    FOREIGN KEY (titleId) REFERENCES titles(id)
);
CREATE TABLE viewingSessions (
    id             INTEGER PRIMARY KEY,
    profileId      INTEGER NOT NULL,
    titleId        INTEGER NOT NULL,
    episodeId      INTEGER,                  -- episode watched; NULL when the title is a film
    deviceType     TEXT NOT NULL,            -- 'smart tv', 'mobile', 'tablet', 'web browser', 'games console'
    startedAt      TEXT NOT NULL,            -- YYYY-MM-DD HH:MM:SS
    watchedSeconds INTEGER NOT NULL,         -- seconds actually watched in this session
    userRating     INTEGER,                  -- 1-5 stars given after watching; NULL = not rated
    FOREIGN KEY (profileId) REFERENCES profiles(id),
    FOREIGN KEY (titleId) REFERENCES titles(id),
    FOREIGN KEY (episodeId) REFERENCES episodes(id)
);
CREATE TABLE invoices (
    id             INTEGER PRIMARY KEY,
    subscriptionId INTEGER NOT NULL,
    billingDate    TEXT NOT NULL,            -- YYYY-MM-DD
    amount         REAL NOT NULL,            -- USD charged
    paidDate       TEXT,                     -- YYYY-MM-DD; NULL = payment failed / never collected
    paymentStatus  TEXT NOT NULL,            -- 'paid', 'failed', 'refunded'
    FOREIGN KEY (subscriptionId) REFERENCES subscriptions(id)
);
CREATE INDEX idx_accounts_country ON accounts(countryId);
CREATE INDEX idx_profiles_account ON profiles(accountId);
CREATE INDEX idx_subs_account ON subscriptions(accountId);
CREATE INDEX idx_episodes_title ON episodes(titleId);
CREATE INDEX idx_sessions_profile ON viewingSessions(profileId);
CREATE INDEX idx_sessions_title ON viewingSessions(titleId);
CREATE INDEX idx_invoices_sub ON invoices(subscriptionId);
"""

COUNTRIES = [
    (1, "United States", "North America", "US", 30), (2, "Canada", "North America", "CA", 7),
    (3, "Mexico", "North America", "MX", 6), (4, "Brazil", "South America", "BR", 8),
    (5, "Argentina", "South America", "AR", 3), (6, "United Kingdom", "Europe", "GB", 10),
    (7, "Germany", "Europe", "DE", 8), (8, "France", "Europe", "FR", 6),
    (9, "Spain", "Europe", "ES", 5), (10, "Italy", "Europe", "IT", 4),
    (11, "Poland", "Europe", "PL", 3), (12, "India", "Asia", "IN", 5),
    (13, "Japan", "Asia", "JP", 4), (14, "South Korea", "Asia", "KR", 3),
    (15, "Australia", "Oceania", "AU", 4), (16, "New Zealand", "Oceania", "NZ", 1),
    (17, "South Africa", "Africa", "ZA", 2), (18, "Nigeria", "Africa", "NG", 1),
]
PLANS = [
    (1, "Basic with Ads", 6.99, 1, "HD", 1),
    (2, "Basic", 9.99, 1, "HD", 0),
    (3, "Standard", 15.49, 2, "Full HD", 0),
    (4, "Premium", 19.99, 4, "4K", 0),
]
PRICE_2024 = {1: 6.99, 2: 11.99, 3: 16.99, 4: 22.99}
GENRES = [("Drama", 16), ("Comedy", 14), ("Action", 11), ("Thriller", 10), ("Documentary", 8),
          ("Sci-Fi", 7), ("Horror", 6), ("Romance", 7), ("Kids", 7), ("Animation", 6), ("Crime", 8)]
ADJ = ["Silent", "Broken", "Golden", "Last", "Hidden", "Midnight", "Crimson", "Lost", "Wild", "Frozen",
       "Burning", "Electric", "Distant", "Secret", "Hollow", "Iron", "Velvet", "Paper", "Glass", "Savage",
       "Little", "Endless", "Northern", "Bright", "Dark", "Final", "Lucky", "Stolen", "Quiet", "Neon"]
NOUN = ["River", "Kingdom", "Signal", "Harbor", "Garden", "Empire", "Witness", "Orbit", "Frontier", "Echo",
        "Shadows", "Summer", "Detective", "Island", "Protocol", "Circus", "Dynasty", "Heist", "Planet", "Road",
        "Promise", "Machine", "Forest", "Hotel", "Verdict", "Tide", "Crown", "Station", "Letters", "Game"]
DEVICES = [("smart tv", 42), ("mobile", 24), ("web browser", 13), ("tablet", 12), ("games console", 9)]
CHANNELS = [("organic", 38), ("paid search", 20), ("social", 18), ("partner bundle", 14), ("referral", 10)]
REASONS = [("too expensive", 34), ("not enough content", 24), ("moved to competitor", 16),
           ("technical issues", 8), ("other", 18)]
PROFILE_NAMES = ["Mum", "Dad", "Kids", "Alex", "Sam", "Jordan", "Taylor", "Chris", "Max", "Lily", "Noah",
                 "Emma", "Leo", "Mia", "Guest", "Grandma", "Ben", "Zoe", "Ava", "Luca", "Ella", "Kai"]
KIDS_GENRES = ["Kids", "Animation", "Comedy"]


def wchoice(rng, pairs):
    return rng.choices([p[0] for p in pairs], weights=[p[1] for p in pairs], k=1)[0]


def add_months(d, n):
    y = d.year + (d.month - 1 + n) // 12
    m = (d.month - 1 + n) % 12 + 1
    last = [31, 29 if y % 4 == 0 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    return dt.date(y, m, min(d.day, last))


def rand_date(rng, a, b):
    return a + dt.timedelta(days=rng.randrange((b - a).days + 1))


def tsf(x):
    return x.strftime("%Y-%m-%d %H:%M:%S")


def generate(path):
    rng = random.Random(SEED)
    tmp = path + ".tmp"
    if os.path.exists(tmp):
        os.remove(tmp)
    con = sqlite3.connect(tmp)
    con.execute("PRAGMA journal_mode=OFF")
    con.execute("PRAGMA synchronous=OFF")
    con.executescript(SCHEMA)
    con.executemany("INSERT INTO countries VALUES (?,?,?,?)", [c[:4] for c in COUNTRIES])
    con.executemany("INSERT INTO plans VALUES (?,?,?,?,?,?)", PLANS)

    # ---- titles & episodes -----------------------------------------------------
    titles = []
    episodes = []
    used = set()
    eid = 0
    for tid in range(1, 641):
        while True:
            name = "The " + rng.choice(ADJ) + " " + rng.choice(NOUN) if rng.random() < 0.4 else rng.choice(ADJ) + " " + rng.choice(NOUN)
            if name not in used:
                used.add(name)
                break
        genre = wchoice(rng, GENRES)
        ttype = "series" if rng.random() < (0.38 if genre != "Documentary" else 0.5) else "film"
        ryear = rng.randint(1985, 2024) if rng.random() < 0.3 else rng.randint(2015, 2024)
        original = 1 if (ryear >= 2019 and rng.random() < 0.35) else 0
        if genre in ("Kids", "Animation"):
            rating = rng.choice(["G", "G", "PG"])
        elif genre in ("Horror", "Crime", "Thriller"):
            rating = rng.choice(["R", "TV-MA", "PG-13", "R"])
        else:
            rating = rng.choice(["PG", "PG-13", "PG-13", "R", "TV-MA"])
        earliest = max(START, dt.date(ryear, 1, 1))
        if earliest <= START and rng.random() < 0.6:
            added = START
        else:
            added = rand_date(rng, earliest, dt.date(2024, 12, 15)) if earliest <= dt.date(2024, 12, 15) else dt.date(2024, 12, 15)
        removed = None
        if not original and rng.random() < 0.18:
            r = added + dt.timedelta(days=rng.randint(200, 900))
            if r <= END:
                removed = r
        runtime = None
        if ttype == "film":
            runtime = int(rng.gauss(104 if genre not in ("Kids", "Animation", "Documentary") else 88, 14))
        titles.append((tid, name, ttype, genre, ryear, runtime, rating, original, added.isoformat(),
                       removed.isoformat() if removed else None))
        if ttype == "series":
            seasons = rng.choices([1, 2, 3, 4, 5], weights=[35, 28, 18, 12, 7], k=1)[0]
            base = rng.choice([22, 25, 30, 42, 48, 55]) if genre not in ("Kids", "Animation") else rng.choice([11, 12, 22, 24])
            for s in range(1, seasons + 1):
                for e in range(1, rng.randint(6, 12) + 1):
                    eid += 1
                    episodes.append((eid, tid, s, e, "Episode %d" % e if rng.random() < 0.3 else rng.choice(ADJ) + " " + rng.choice(NOUN),
                                     max(8, int(rng.gauss(base, base * 0.1)))))
    con.executemany("INSERT INTO titles VALUES (?,?,?,?,?,?,?,?,?,?)", titles)
    con.executemany("INSERT INTO episodes VALUES (?,?,?,?,?,?)", episodes)
    eps_by_title = {}
    for e in episodes:
        eps_by_title.setdefault(e[1], []).append(e)
    # popularity weight per title (heavy tail); originals promoted
    pop = {t[0]: math.exp(rng.gauss(0, 1.1)) * (2.2 if t[7] else 1.0) for t in titles}

    # ---- accounts -------------------------------------------------------------
    accounts = []
    d = START
    aid = 0
    month_idx = 0
    while d <= END:
        mstart = d
        mend = add_months(d, 1) - dt.timedelta(days=1)
        n = int(210 * (1.02 ** month_idx) * (1.35 if d.month in (1, 12) else 1.0) * rng.uniform(0.9, 1.1))
        if (d.year, d.month) == (2023, 5):
            n = int(n * 1.6)   # big original series launch
        days = sorted(rand_date(rng, mstart, mend) for _ in range(n))
        for sd in days:
            aid += 1
            ch = wchoice(rng, CHANNELS)
            ref = None
            if ch == "referral" and aid > 1:
                ref = rng.randrange(1, aid)
            ctry = wchoice(rng, [(c[0], c[4]) for c in COUNTRIES])
            by = rng.randint(1950, 2006) if rng.random() < 0.78 else None
            accounts.append((aid, "user%05d@%s" % (aid, rng.choice(["gmail.com", "outlook.com", "yahoo.com", "icloud.com", "proton.me"])),
                             ctry, sd.isoformat(), ch, ref, by))
        d = add_months(d, 1)
        month_idx += 1
    con.executemany("INSERT INTO accounts VALUES (?,?,?,?,?,?,?)", accounts)

    # ---- profiles, subscriptions, invoices, sessions -----------------------------------
    profiles = []
    subs = []
    invs = []
    sessions = []
    prid = 0
    sid = 0
    iid = 0
    vid = 0
    avail_cache = {}
    for (aid, email, ctry, sds, ch, ref, by) in accounts:
        sd = dt.date.fromisoformat(sds)
        # plan choice, cheaper plans in lower-price markets
        cheap = ctry in (3, 4, 5, 12, 17, 18, 11)
        w = [30, 25, 30, 15] if cheap else [16, 17, 42, 25]
        if sd < dt.date(2022, 11, 1):
            w[0] = 0        # ad tier launched November 2022
        plan = rng.choices([1, 2, 3, 4], weights=w, k=1)[0]
        # subscription timeline
        cur = sd
        timeline = []
        churn = {1: 0.050, 2: 0.042, 3: 0.030, 4: 0.024}
        if ch == "partner bundle":
            churn = {k: v * 0.6 for k, v in churn.items()}
        while True:
            months = 0
            end = None
            status = "active"
            d2 = cur
            while True:
                nxt = add_months(d2, 1)
                months += 1
                if nxt > END:
                    break
                p_churn = churn[plan] * (1.4 if nxt.year == 2024 and nxt.month <= 3 else 1.0)
                r = rng.random()
                if r < p_churn:
                    end, status = nxt, "cancelled"
                    break
                if r < p_churn + 0.008:
                    end, status = nxt, "switched"
                    break
                d2 = nxt
            timeline.append((plan, cur, end, status))
            if status != "switched":
                break
            opts = [p for p in (1, 2, 3, 4) if p != plan and not (p == 1 and end < dt.date(2022, 11, 1))]
            plan = rng.choice(opts)
            cur = end
        # a few cancelled accounts come back
        if timeline[-1][3] == "cancelled" and rng.random() < 0.12:
            back = timeline[-1][2] + dt.timedelta(days=rng.randint(30, 300))
            if back < dt.date(2024, 12, 1):
                timeline.append((rng.choice([2, 3, 4]), back, None, "active"))
        # profiles
        n_prof = rng.choices([1, 2, 3, 4, 5], weights=[30, 30, 20, 14, 6], k=1)[0]
        profs = []
        for j in range(n_prof):
            prid += 1
            kids = 1 if j > 0 and rng.random() < 0.3 else 0
            cdate = sd if j == 0 else min(END, sd + dt.timedelta(days=int(rng.expovariate(1 / 40.0))))
            pname = "Kids" if kids and rng.random() < 0.5 else rng.choice(PROFILE_NAMES)
            profiles.append((prid, aid, pname, kids, cdate.isoformat()))
            profs.append((prid, kids, cdate))
        heavy = math.exp(rng.gauss(0, 0.7))
        dev_pref = wchoice(rng, DEVICES)
        for (plan, st, en, status) in timeline:
            sid += 1
            reason = wchoice(rng, REASONS) if status == "cancelled" else None
            if status == "cancelled" and plan == 1 and rng.random() < 0.3:
                reason = "other"
            subs.append((sid, aid, plan, st.isoformat(), en.isoformat() if en else None, status, reason))
            # monthly invoices
            bd = st
            k = 0
            while bd <= END and (en is None or bd < en):
                iid += 1
                price = PRICE_2024[plan] if bd >= dt.date(2024, 1, 1) else PLANS[plan - 1][2]
                if ch == "partner bundle":
                    price = round(price * 0.8, 2)
                r = rng.random()
                if r < 0.025:
                    pst, pdt = "failed", None
                elif r < 0.033:
                    pst, pdt = "refunded", bd.isoformat()
                else:
                    pst = "paid"
                    pdt = (bd + dt.timedelta(days=rng.choice([0, 0, 0, 0, 1, 2, 3]))).isoformat()
                invs.append((iid, sid, bd.isoformat(), price, pdt, pst))
                k += 1
                bd = add_months(st, k)
            # viewing sessions
            last = min(en or END, END)
            span_days = (last - st).days
            if span_days <= 0:
                continue
            n_sess = int(span_days / 30.0 * 1.4 * heavy * (1.3 if plan == 4 else 1.0))
            for _ in range(n_sess):
                day = rand_date(rng, st, last)
                cand = [p for p in profs if p[2] <= day] or profs[:1]
                prof = rng.choice(cand)
                key = (day.year, day.month, prof[1])
                if key not in avail_cache:
                    lim = dt.date(day.year, day.month, 1)
                    pool = [t for t in titles if t[8] <= lim.isoformat() and (t[9] is None or t[9] > lim.isoformat())
                            and (not prof[1] or t[3] in KIDS_GENRES and t[6] in ("G", "PG"))]
                    avail_cache[key] = (pool, [pop[t[0]] * (3.0 if (t[1] == "The Silent Kingdom" or t[0] == 77) and day >= dt.date(2023, 5, 1) else 1.0) for t in pool])
                pool, wts = avail_cache[key]
                t = rng.choices(pool, weights=wts, k=1)[0]
                if t[2] == "series":
                    ep = rng.choice(eps_by_title[t[0]])
                    length = ep[5] * 60
                    epid = ep[0]
                else:
                    length = t[5] * 60
                    epid = None
                if rng.random() < 0.55:
                    watched = length - rng.randint(0, 90)
                else:
                    watched = int(length * rng.uniform(0.03, 0.95))
                watched = max(watched, 30)
                hour = min(23.9, max(0.0, rng.gauss(20.5, 2.5)))
                st_dt = dt.datetime(day.year, day.month, day.day) + dt.timedelta(seconds=int(hour * 3600))
                dev = dev_pref if rng.random() < 0.6 else wchoice(rng, DEVICES)
                rating = None
                if rng.random() < 0.14:
                    q = 3.2 + 0.6 * math.log(pop[t[0]] + 0.5) + (0.3 if t[7] else 0.0)
                    rating = max(1, min(5, int(round(q + rng.gauss(0, 0.9)))))
                sessions.append([st_dt, prof[0], t[0], epid, dev, watched, rating])
    con.executemany("INSERT INTO profiles VALUES (?,?,?,?,?)", profiles)
    con.executemany("INSERT INTO subscriptions VALUES (?,?,?,?,?,?,?)", subs)
    con.executemany("INSERT INTO invoices VALUES (?,?,?,?,?,?)", invs)
    sessions.sort(key=lambda s: (s[0], s[1], s[2]))
    con.executemany("INSERT INTO viewingSessions VALUES (?,?,?,?,?,?,?,?)",
                    [(i + 1, s[1], s[2], s[3], s[4], tsf(s[0]), s[5], s[6]) for i, s in enumerate(sessions)])
    con.commit()
    con.execute("VACUUM")
    con.close()
    os.replace(tmp, path)


if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "streaming.sqlite")
    generate(out)
