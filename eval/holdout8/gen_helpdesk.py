#!/usr/bin/env python3
"""Generate helpdesk.sqlite: an internal IT support ticketing desk, 2022-01-01 .. 2024-12-31.

Deterministic: the same seed gives the same file on every run.
Usage: python3 gen_helpdesk.py [OUTPUT_PATH]   (default: helpdesk.sqlite next to this script)

Structure built into the data: ticket volume peaks in January and September
and dips in August and late December, with fewer tickets at weekends; chat is
a growing channel and replaces phone; staff headcount grows so volume grows;
March 2023 has an email outage (a burst of Email & Collaboration tickets) and
October 2024 a phishing wave (a burst of Security tickets); the evening
shift of the Service Desk responds more slowly.
"""
import bisect
import datetime as dt
import os
import random
import sqlite3
import sys

SEED = 4242
START = dt.date(2022, 1, 1)
END = dt.date(2024, 12, 31)

SCHEMA = """
CREATE TABLE departments (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL,
    building   TEXT NOT NULL,        -- HQ Tower, North Campus, Riverside Plant, Remote
    costCenter TEXT NOT NULL
);
CREATE TABLE employees (
    id             INTEGER PRIMARY KEY,
    fullName       TEXT NOT NULL,
    email          TEXT NOT NULL,
    departmentId   INTEGER NOT NULL,
    jobTitle       TEXT NOT NULL,
    officeLocation TEXT NOT NULL,    -- London, New York, Berlin, Singapore, Remote
    isVip          INTEGER NOT NULL, -- 1 = executive / VIP user, 0 = regular
    hiredOn        TEXT NOT NULL,    -- YYYY-MM-DD
    leftOn         TEXT,             -- YYYY-MM-DD; NULL = still employed
    FOREIGN KEY (departmentId) REFERENCES departments(id)
);
CREATE TABLE agents (
    id           INTEGER PRIMARY KEY,
    fullName     TEXT NOT NULL,
    team         TEXT NOT NULL,      -- Service Desk, Desktop Support, Network, Applications, Security
    tier         INTEGER NOT NULL,   -- support level 1, 2 or 3 (3 = most senior)
    shift        TEXT NOT NULL,      -- day, evening
    supervisorId INTEGER,            -- the agent's team lead; NULL = team lead (no supervisor in the desk)
    startedOn    TEXT NOT NULL,      -- YYYY-MM-DD, joined the support desk
    leftOn       TEXT,               -- YYYY-MM-DD; NULL = still on the desk
    FOREIGN KEY (supervisorId) REFERENCES agents(id)
);
CREATE TABLE categories (
    id       INTEGER PRIMARY KEY,
    name     TEXT NOT NULL,
    parentId INTEGER,                -- the top-level category; NULL = this is a top-level category
    FOREIGN KEY (parentId) REFERENCES categories(id)
);
CREATE TABLE slaPolicies (
    priority        TEXT PRIMARY KEY, -- critical, high, medium, low
    responseMinutes INTEGER NOT NULL, -- target time to first response
    resolveHours    INTEGER NOT NULL  -- target time to resolution
);
CREATE TABLE assets (
    id             INTEGER PRIMARY KEY,
    assetTag       TEXT NOT NULL UNIQUE,
    assetType      TEXT NOT NULL,    -- laptop, desktop, monitor, phone, printer, server
    model          TEXT NOT NULL,
    assignedToId   INTEGER,          -- employee using it; NULL = unassigned (spare, shared or in stock)
    purchasedOn    TEXT NOT NULL,    -- YYYY-MM-DD
    purchaseCost   REAL NOT NULL,    -- USD
    warrantyEndsOn TEXT,             -- YYYY-MM-DD; NULL = bought without warranty
    retiredOn      TEXT,             -- YYYY-MM-DD; NULL = still in service
    FOREIGN KEY (assignedToId) REFERENCES employees(id)
);
CREATE TABLE tickets (
    id                INTEGER PRIMARY KEY,
    requesterId       INTEGER NOT NULL, -- employee who raised the ticket
    assigneeId        INTEGER,          -- agent working it; NULL = not yet assigned
    escalatedToId     INTEGER,          -- agent it was escalated to; NULL = never escalated
    categoryId        INTEGER NOT NULL, -- always a sub-category (its parent is the top-level area)
    assetId           INTEGER,          -- device concerned; NULL = no device involved
    priority          TEXT NOT NULL,    -- critical, high, medium, low
    channel           TEXT NOT NULL,    -- email, portal, phone, chat, walk_in
    status            TEXT NOT NULL,    -- open, in_progress, on_hold, resolved, closed, cancelled
    openedAt          TEXT NOT NULL,    -- YYYY-MM-DD HH:MM:SS
    firstResponseAt   TEXT,             -- YYYY-MM-DD HH:MM:SS; NULL = no agent has responded yet
    resolvedAt        TEXT,             -- YYYY-MM-DD HH:MM:SS; NULL = not resolved (open, in_progress, on_hold, cancelled)
    closedAt          TEXT,             -- YYYY-MM-DD HH:MM:SS; NULL = not closed yet (closed = confirmed by requester or auto-closed)
    reopenCount       INTEGER NOT NULL, -- times the requester reopened it
    satisfactionScore INTEGER,          -- survey score 1-5; NULL = survey not answered
    FOREIGN KEY (requesterId) REFERENCES employees(id),
    FOREIGN KEY (assigneeId) REFERENCES agents(id),
    FOREIGN KEY (escalatedToId) REFERENCES agents(id),
    FOREIGN KEY (categoryId) REFERENCES categories(id),
    FOREIGN KEY (assetId) REFERENCES assets(id),
    FOREIGN KEY (priority) REFERENCES slaPolicies(priority)
);
CREATE TABLE worklogs (
    id           INTEGER PRIMARY KEY,
    ticketId     INTEGER NOT NULL,
    agentId      INTEGER,           -- agent who wrote the entry; NULL = entry by the requester
    loggedAt     TEXT NOT NULL,     -- YYYY-MM-DD HH:MM:SS
    entryType    TEXT NOT NULL,     -- comment, status_change, reassignment, escalation
    minutesSpent INTEGER,           -- agent time booked; NULL for requester entries
    FOREIGN KEY (ticketId) REFERENCES tickets(id),
    FOREIGN KEY (agentId) REFERENCES agents(id)
);
CREATE INDEX idx_employees_dept ON employees(departmentId);
CREATE INDEX idx_assets_assigned ON assets(assignedToId);
CREATE INDEX idx_tickets_requester ON tickets(requesterId);
CREATE INDEX idx_tickets_assignee ON tickets(assigneeId);
CREATE INDEX idx_tickets_category ON tickets(categoryId);
CREATE INDEX idx_worklogs_ticket ON worklogs(ticketId);
"""

DEPARTMENTS = [
    ("Finance", "HQ Tower", "CC-100", 1.0), ("Human Resources", "HQ Tower", "CC-110", 0.5),
    ("Legal", "HQ Tower", "CC-120", 0.35), ("Executive Office", "HQ Tower", "CC-130", 0.15),
    ("Sales", "North Campus", "CC-200", 1.6), ("Marketing", "North Campus", "CC-210", 0.8),
    ("Customer Service", "North Campus", "CC-220", 1.4), ("Engineering", "North Campus", "CC-300", 1.8),
    ("Product", "North Campus", "CC-310", 0.6), ("Data Science", "Remote", "CC-320", 0.4),
    ("Manufacturing", "Riverside Plant", "CC-400", 1.5), ("Logistics", "Riverside Plant", "CC-410", 0.9),
    ("Procurement", "Riverside Plant", "CC-420", 0.3), ("Facilities", "Riverside Plant", "CC-430", 0.3),
]
TITLES = ["Analyst", "Senior Analyst", "Manager", "Specialist", "Coordinator", "Associate", "Director",
          "Engineer", "Senior Engineer", "Technician", "Representative", "Consultant"]
LOCATIONS = [("London", 30), ("New York", 30), ("Berlin", 15), ("Singapore", 10), ("Remote", 15)]

# top-level -> [(sub-category, weight)], with default team
CATEGORIES = [
    ("Hardware", "Desktop Support", [("Laptop", 30), ("Desktop", 10), ("Monitor", 8), ("Peripherals", 12),
                                     ("Mobile Phone", 10)]),
    ("Software", "Applications", [("Operating System", 14), ("Office Apps", 18), ("ERP", 12), ("CRM", 10),
                                  ("Software Install Request", 16)]),
    ("Network", "Network", [("VPN", 16), ("Wi-Fi", 12), ("Internet Outage", 5), ("Network Drive", 8)]),
    ("Access & Accounts", "Service Desk", [("Password Reset", 38), ("New Account", 12), ("Permissions", 16),
                                           ("MFA", 10)]),
    ("Email & Collaboration", "Service Desk", [("Email", 18), ("Calendar", 6), ("Video Conferencing", 10),
                                               ("Shared Mailbox", 5)]),
    ("Security", "Security", [("Phishing Report", 10), ("Malware", 4), ("Lost Device", 4),
                              ("Data Access Review", 3)]),
    ("Printing", "Desktop Support", [("Printer Jam", 6), ("Print Queue", 5), ("Scanner", 3)]),
]
SLA = [("critical", 15, 4), ("high", 60, 24), ("medium", 240, 72), ("low", 480, 120)]
ASSET_TYPES = [("laptop", ["Dell Latitude 5440", "Lenovo ThinkPad T14", "MacBook Pro 14", "HP EliteBook 840"], 1400),
               ("desktop", ["Dell OptiPlex 7010", "HP ProDesk 600"], 900),
               ("monitor", ["Dell P2723D", "LG 27UP850"], 320),
               ("phone", ["iPhone 14", "Samsung Galaxy S23", "iPhone 15"], 850),
               ("printer", ["HP LaserJet M507", "Canon imageRUNNER C3226"], 1900),
               ("server", ["Dell PowerEdge R750", "HPE ProLiant DL380"], 9000)]

FIRST = ["Oliver", "Amelia", "Jack", "Isla", "Harry", "Ava", "George", "Mia", "Noah", "Grace", "Leo", "Freya",
         "Arjun", "Ananya", "Lukas", "Lena", "Felix", "Marie", "Wei", "Mei", "Jun", "Hana", "Ethan", "Zoe",
         "Samuel", "Chloe", "Daniel", "Ruby", "Omar", "Layla", "Mateo", "Lucia", "Kofi", "Ama", "Ivan",
         "Elena", "Tom", "Sara", "Ben", "Nina", "Raj", "Priya", "Hugo", "Clara", "Max", "Julia"]
LAST = ["Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Patel", "Wright",
        "Walker", "White", "Green", "Hall", "Wood", "Thompson", "Müller", "Schmidt", "Schneider", "Fischer",
        "Weber", "Tan", "Lim", "Ng", "Wong", "Chen", "Garcia", "Rodriguez", "Martinez", "Kowalski",
        "Nowak", "Rossi", "Russo", "Okafor", "Mensah", "Ivanova", "Singh", "Kumar", "Sato", "Suzuki",
        "O'Connor", "Murphy", "Kelly", "Dubois", "Laurent", "Novak"]

SEASON = {1: 1.28, 2: 1.05, 3: 1.02, 4: 0.98, 5: 0.97, 6: 0.95, 7: 0.86, 8: 0.72, 9: 1.18, 10: 1.05,
          11: 1.0, 12: 0.82}


def wchoice(rng, pairs):
    tot = sum(w for _, w in pairs)
    x = rng.random() * tot
    for v, w in pairs:
        x -= w
        if x < 0:
            return v
    return pairs[-1][0]


def d2s(d):
    return d.strftime("%Y-%m-%d")


def t2s(t):
    return t.strftime("%Y-%m-%d %H:%M:%S")


def rand_date(rng, a, b):
    if b <= a:
        return a
    return a + dt.timedelta(days=rng.randint(0, (b - a).days))


def add_work_minutes(t, minutes):
    """Add minutes, but push results that land at night or at weekends forward (slow desk)."""
    r = t + dt.timedelta(minutes=minutes)
    if r.weekday() >= 5:
        r += dt.timedelta(days=7 - r.weekday(), hours=0)
        r = r.replace(hour=8, minute=r.minute)
    elif r.hour >= 21:
        r = (r + dt.timedelta(days=1)).replace(hour=8)
    elif r.hour < 7:
        r = r.replace(hour=8)
    return r


def generate(path):
    rng = random.Random(SEED)
    tmp = path + ".tmp"
    if os.path.exists(tmp):
        os.remove(tmp)
    con = sqlite3.connect(tmp)
    con.executescript(SCHEMA)

    dept_rows = [(i, n, b, cc) for i, (n, b, cc, w) in enumerate(DEPARTMENTS, start=1)]
    dept_w = [(i, d[3]) for i, d in enumerate(DEPARTMENTS, start=1)]

    # ---- employees: headcount grows ~8 % a year
    emp_rows = []
    used_emails = set()
    n_emp = 3600
    for eid in range(1, n_emp + 1):
        fn, ln = rng.choice(FIRST), rng.choice(LAST)
        dep = wchoice(rng, dept_w)
        if rng.random() < 0.55:
            hired = rand_date(rng, dt.date(2008, 1, 1), dt.date(2021, 12, 31))
        else:
            # growing hiring through the period
            x = rng.random() ** 0.75
            hired = START + dt.timedelta(days=int(x * 1080))
        left = None
        if rng.random() < 0.20:
            left = rand_date(rng, max(hired + dt.timedelta(days=60), START), END)
            if left <= hired:
                left = None
        vip = 1 if (dep == 4 or rng.random() < 0.015) else 0
        loc = "Remote" if dep == 10 and rng.random() < 0.8 else wchoice(rng, LOCATIONS)
        title = "Director" if vip and rng.random() < 0.5 else rng.choice(TITLES)
        base = "%s.%s" % (fn.lower(), ln.lower().replace("'", "").replace("ü", "ue"))
        email = base + "@corp.example"
        k = 2
        while email in used_emails:
            email = "%s%d@corp.example" % (base, k)
            k += 1
        used_emails.add(email)
        emp_rows.append((eid, fn + " " + ln, email, dep, title, loc, vip, d2s(hired), d2s(left) if left else None))
    emp_active = [(e[0], dt.date.fromisoformat(e[7]), dt.date.fromisoformat(e[8]) if e[8] else None, e[6], e[3])
                  for e in emp_rows]

    # ---- agents
    agent_rows = []
    teams = [("Service Desk", 16), ("Desktop Support", 10), ("Network", 6), ("Applications", 8), ("Security", 5)]
    team_agents = {}
    for team, n in teams:
        team_agents[team] = []
        lead = len(agent_rows) + 1
        agent_rows.append((lead, rng.choice(FIRST) + " " + rng.choice(LAST), team, 3, "day", None,
                           d2s(rand_date(rng, dt.date(2012, 1, 1), dt.date(2019, 12, 31))), None))
        team_agents[team].append((lead, 3, "day", dt.date(2012, 1, 1), None))
        for k in range(n):
            aid = len(agent_rows) + 1
            tier = 1 if team == "Service Desk" and k < n * 0.7 else wchoice(rng, [(1, 30), (2, 50), (3, 20)])
            shift = "evening" if team == "Service Desk" and k % 3 == 2 else "day"
            if k < n * 0.6:
                st = rand_date(rng, dt.date(2015, 1, 1), dt.date(2021, 10, 1))
            else:
                st = rand_date(rng, dt.date(2022, 1, 1), dt.date(2024, 8, 1))
            left = None
            if rng.random() < 0.18:
                left = rand_date(rng, max(st + dt.timedelta(days=120), dt.date(2022, 3, 1)), dt.date(2024, 12, 1))
            agent_rows.append((aid, rng.choice(FIRST) + " " + rng.choice(LAST), team, tier, shift, lead, d2s(st),
                               d2s(left) if left else None))
            team_agents[team].append((aid, tier, shift, st, left))

    # ---- categories (top level first, then children)
    cat_rows = []
    sub_cats = []
    top_ids = {}
    for top, team, subs in CATEGORIES:
        cid = len(cat_rows) + 1
        top_ids[top] = cid
        cat_rows.append((cid, top, None))
    for top, team, subs in CATEGORIES:
        for name, w in subs:
            cid = len(cat_rows) + 1
            cat_rows.append((cid, name, top_ids[top]))
            sub_cats.append((cid, name, top, team, w))

    # ---- assets
    asset_rows = []
    assets_by_emp = {}
    shared_assets = {"printer": [], "server": []}
    tag_n = 10000
    for e in emp_rows:
        eid, hired = e[0], dt.date.fromisoformat(e[7])
        kinds = ["laptop"] if e[3] != 11 else ["desktop"]
        if rng.random() < 0.5:
            kinds.append("monitor")
        if rng.random() < 0.35 or e[6]:
            kinds.append("phone")
        for kind in kinds:
            models, cost = [(m, c) for t, m, c in ASSET_TYPES if t == kind][0]
            bought = max(hired, dt.date(2019, 1, 1)) - dt.timedelta(days=rng.randint(0, 30))
            retired = None
            left = dt.date.fromisoformat(e[8]) if e[8] else None
            assignee = eid
            if bought < dt.date(2021, 1, 1) and rng.random() < 0.5:
                retired = bought + dt.timedelta(days=rng.randint(1100, 1800))
                if retired > END:
                    retired = None
            if left and retired is None:
                if rng.random() < 0.6:
                    assignee = None
                else:
                    retired = left + dt.timedelta(days=rng.randint(5, 60))
                    if retired > END:
                        retired = None
                        assignee = None
            warranty = bought + dt.timedelta(days=365 * rng.choice([1, 3, 3, 3])) if rng.random() < 0.85 else None
            tag_n += rng.randint(1, 7)
            aid = len(asset_rows) + 1
            asset_rows.append((aid, "AT-%06d" % tag_n, kind, rng.choice(models), assignee, d2s(bought),
                               round(cost * rng.uniform(0.85, 1.2), 2), d2s(warranty) if warranty else None,
                               d2s(retired) if retired else None))
            assets_by_emp.setdefault(eid, []).append((aid, kind))
    for kind, n in (("printer", 60), ("server", 45), ("laptop", 150)):
        models, cost = [(m, c) for t, m, c in ASSET_TYPES if t == kind][0]
        for _ in range(n):
            bought = rand_date(rng, dt.date(2017, 1, 1), dt.date(2024, 6, 30))
            tag_n += rng.randint(1, 7)
            aid = len(asset_rows) + 1
            warranty = bought + dt.timedelta(days=365 * 3) if rng.random() < 0.9 else None
            asset_rows.append((aid, "AT-%06d" % tag_n, kind, rng.choice(models), None, d2s(bought),
                               round(cost * rng.uniform(0.85, 1.2), 2), d2s(warranty) if warranty else None, None))
            if kind in shared_assets:
                shared_assets[kind].append(aid)

    # ---- tickets
    emp_sorted = sorted(emp_active, key=lambda x: x[1])
    hire_dates = [x[1] for x in emp_sorted]
    tickets = []
    logs = []
    sla = {p: (r, h) for p, r, h in SLA}
    day = START
    while day <= END:
        t = (day - START).days / 1095.0
        base = 44 * (1 + 0.22 * t) * SEASON[day.month]
        if day.month == 12 and day.day >= 22:
            base *= 0.5
        if day.weekday() >= 5:
            base *= 0.18
        elif day.weekday() == 0:
            base *= 1.25
        n = max(0, int(base + rng.gauss(0, base ** 0.5)))
        outage = dt.date(2023, 3, 6) <= day <= dt.date(2023, 3, 17)
        phishing = dt.date(2024, 10, 1) <= day <= dt.date(2024, 10, 31)
        k_hired = bisect.bisect_right(hire_dates, day)
        for _ in range(n):
            # requester employed on that day
            for _try in range(20):
                e = emp_sorted[rng.randrange(k_hired)]
                if e[2] is None or e[2] > day:
                    break
            rid, _, _, vip, dep = e
            sw = []
            for c in sub_cats:
                w = c[4]
                if outage and c[2] == "Email & Collaboration":
                    w *= 6
                if phishing and c[1] == "Phishing Report":
                    w *= 9
                if c[2] == "Security":
                    w *= 1 + 0.8 * t
                if c[1] == "VPN" and day.month in (1, 2, 12):
                    w *= 1.5
                sw.append((c, w))
            cat = wchoice(rng, sw)
            cid, cname, top, team, _ = cat
            if cname in ("Internet Outage", "Malware") or (outage and top == "Email & Collaboration"):
                pr = wchoice(rng, [("critical", 35), ("high", 45), ("medium", 20)])
            elif top == "Security":
                pr = wchoice(rng, [("critical", 10), ("high", 40), ("medium", 40), ("low", 10)])
            else:
                pr = wchoice(rng, [("critical", 3), ("high", 17), ("medium", 50), ("low", 30)])
            if vip and pr in ("medium", "low") and rng.random() < 0.5:
                pr = "high"
            ch = wchoice(rng, [("email", 30 - 8 * t), ("portal", 30), ("phone", 24 - 12 * t), ("chat", 6 + 22 * t),
                               ("walk_in", 6)])
            if cname == "Password Reset" and rng.random() < 0.3:
                ch = "phone"
            hour = wchoice(rng, [(h, w) for h, w in ((7, 2), (8, 6), (9, 12), (10, 13), (11, 11), (12, 7), (13, 9),
                                                       (14, 10), (15, 9), (16, 8), (17, 5), (18, 3), (19, 2),
                                                       (20, 1))])
            opened = dt.datetime(day.year, day.month, day.day, hour, rng.randint(0, 59), rng.randint(0, 59))
            asset = None
            if top in ("Hardware", "Printing") or (cname in ("Operating System", "Lost Device", "Malware")):
                if top == "Printing":
                    asset = rng.choice(shared_assets["printer"])
                elif assets_by_emp.get(rid):
                    choices = assets_by_emp[rid]
                    pref = [a for a, k in choices if (cname == "Mobile Phone") == (k == "phone")]
                    asset = rng.choice(pref or [a for a, k in choices])
            elif cname in ("Network Drive", "ERP") and rng.random() < 0.3:
                asset = rng.choice(shared_assets["server"])
            # agent
            pool = [a for a in team_agents[team] if a[3] <= day and (a[4] is None or a[4] > day)]
            if hour >= 17:
                ev = [a for a in pool if a[2] == "evening"]
                if ev:
                    pool = ev
            ag = rng.choice(pool)
            resp_target, res_target = sla[pr]
            slow = 2.2 if ag[2] == "evening" else 1.0
            if outage or phishing:
                slow *= 1.8
            resp_min = max(1, int(rng.expovariate(1.0 / (resp_target * 0.7 * slow))))
            first_resp = add_work_minutes(opened, resp_min)
            res_h = rng.expovariate(1.0 / (res_target * 0.55)) * (1.4 if ag[1] == 1 and top != "Access & Accounts"
                                                                   else 1.0)
            if cname == "Password Reset":
                res_h *= 0.15
            resolved = add_work_minutes(first_resp, int(res_h * 60) + rng.randint(5, 60))
            escal = None
            if rng.random() < (0.05 + (0.12 if pr in ("critical", "high") else 0.0)):
                seniors = [a for a in team_agents[team] if a[1] == 3 and a[0] != ag[0] and a[3] <= day and
                           (a[4] is None or a[4] > day)]
                if not seniors:
                    seniors = [a for a in team_agents["Applications"] if a[1] == 3 and a[3] <= day and
                               (a[4] is None or a[4] > day)]
                if seniors:
                    escal = rng.choice(seniors)[0]
                    resolved += dt.timedelta(hours=rng.randint(4, 72))
            u = rng.random()
            status = "closed"
            if u < 0.03:
                status = "cancelled"
            reopen = 0
            if status != "cancelled" and rng.random() < 0.07:
                reopen = 1 if rng.random() < 0.8 else 2
                resolved += dt.timedelta(days=reopen * rng.randint(1, 4))
            closed = resolved + dt.timedelta(days=rng.choice([0, 1, 2, 3, 5]), hours=rng.randint(0, 6))
            now = dt.datetime(2024, 12, 31, 23, 59, 59)
            assignee = ag[0]
            if status == "cancelled":
                resolved_v = None
                closed_v = opened + dt.timedelta(hours=rng.randint(1, 48))
                if rng.random() < 0.5:
                    first_resp = None
                    assignee = None if rng.random() < 0.6 else assignee
                escal = None
            else:
                resolved_v, closed_v = resolved, closed
                if first_resp > now:
                    first_resp = None
                    assignee = None if rng.random() < 0.5 else assignee
                    resolved_v = closed_v = None
                    status = "open"
                    escal = None
                elif resolved > now:
                    resolved_v = closed_v = None
                    status = rng.choice(["in_progress", "in_progress", "on_hold"])
                elif closed > now:
                    closed_v = None
                    status = "resolved"
                elif rng.random() < 0.004:
                    # a few very old tickets still stuck on hold
                    resolved_v = closed_v = None
                    status = "on_hold"
            if closed_v is not None and closed_v > now:
                closed_v = now
            score = None
            if status in ("resolved", "closed") and rng.random() < 0.32:
                hrs = (resolved_v - opened).total_seconds() / 3600
                s = 4.6 - 0.6 * min(2, hrs / max(1, res_target)) - 0.8 * reopen - (0.4 if escal else 0)
                s += rng.gauss(0, 0.8)
                score = max(1, min(5, int(round(s))))
            tid = len(tickets) + 1
            tickets.append((tid, rid, assignee, escal, cid, asset, pr, ch, status, t2s(opened),
                            t2s(first_resp) if first_resp else None, t2s(resolved_v) if resolved_v else None,
                            t2s(closed_v) if closed_v else None, reopen, score))
            # worklog entries
            if first_resp and assignee:
                logs.append((tid, assignee, first_resp, "comment", rng.choice([5, 10, 15, 20, 30])))
                end = resolved_v or now
                extra = rng.choice([0, 1, 1, 2, 3]) + (2 if pr == "critical" else 0)
                for _ in range(extra):
                    lt = first_resp + (end - first_resp) * rng.random()
                    if rng.random() < 0.35:
                        logs.append((tid, None, lt, "comment", None))
                    else:
                        logs.append((tid, assignee, lt, "comment", rng.choice([10, 15, 20, 30, 45, 60, 90])))
                if escal:
                    et = first_resp + (end - first_resp) * rng.uniform(0.1, 0.5)
                    logs.append((tid, assignee, et, "escalation", rng.choice([5, 10, 15])))
                    logs.append((tid, escal, et + dt.timedelta(minutes=rng.randint(10, 240)), "comment",
                                 rng.choice([30, 45, 60, 90, 120, 180])))
                if rng.random() < 0.06:
                    others = [a for a in team_agents[team] if a[0] != assignee]
                    logs.append((tid, rng.choice(others)[0], first_resp + dt.timedelta(minutes=rng.randint(5, 120)),
                                 "reassignment", 5))
                if resolved_v:
                    logs.append((tid, escal or assignee, resolved_v, "status_change", rng.choice([5, 10, 15])))
                for _ in range(reopen if resolved_v else 0):
                    logs.append((tid, None, resolved_v - dt.timedelta(hours=rng.randint(2, 40)), "status_change",
                                 None))
            elif status == "cancelled":
                logs.append((tid, None, closed_v, "status_change", None))
        day += dt.timedelta(days=1)

    # tickets in time order get increasing ids
    order = sorted(range(len(tickets)), key=lambda i: (tickets[i][9], i))
    remap = {}
    t_rows = []
    for new_id, i in enumerate(order, start=1):
        remap[tickets[i][0]] = new_id
        t_rows.append((new_id,) + tickets[i][1:])
    logs = [(remap[l[0]],) + l[1:] for l in logs]
    logs.sort(key=lambda l: (l[2], l[0], l[3]))
    log_rows = [(i + 1, l[0], l[1], t2s(l[2]), l[3], l[4]) for i, l in enumerate(logs)]

    con.executemany("INSERT INTO departments VALUES (?,?,?,?)", dept_rows)
    con.executemany("INSERT INTO employees VALUES (?,?,?,?,?,?,?,?,?)", emp_rows)
    con.executemany("INSERT INTO agents VALUES (?,?,?,?,?,?,?,?)", agent_rows)
    con.executemany("INSERT INTO categories VALUES (?,?,?)", cat_rows)
    con.executemany("INSERT INTO slaPolicies VALUES (?,?,?)", SLA)
    con.executemany("INSERT INTO assets VALUES (?,?,?,?,?,?,?,?,?)", asset_rows)
    con.executemany("INSERT INTO tickets VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", t_rows)
    con.executemany("INSERT INTO worklogs VALUES (?,?,?,?,?,?)", log_rows)
    con.commit()
    con.execute("VACUUM")
    con.close()
    os.replace(tmp, path)


if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "helpdesk.sqlite")
    generate(out)
