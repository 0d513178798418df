#!/usr/bin/env python3
"""Generate recruiting.sqlite: a company's applicant tracking system, 2022-01-01 .. 2024-12-31.

Deterministic: the same seed gives the same file on every run.
Usage: python3 gen_recruiting.py [OUTPUT_PATH]   (default: recruiting.sqlite next to this script)
"""
import datetime as dt
import math
import os
import random
import sqlite3
import sys

SEED = 880412
START = dt.date(2022, 1, 1)
END = dt.date(2024, 12, 31)

SCHEMA = """
CREATE TABLE departments (
    departmentId       INTEGER PRIMARY KEY,
    departmentName     TEXT NOT NULL UNIQUE,
    parentDepartmentId INTEGER,              -- the department this one rolls up into; NULL for top-level divisions
    costCenter         TEXT NOT NULL,             -- finance cost-center code, e.g. CC110
    FOREIGN KEY (parentDepartmentId) REFERENCES departments(departmentId)
);
CREATE TABLE employees (
    employeeId      INTEGER PRIMARY KEY,
    fullName        TEXT NOT NULL,
    departmentId    INTEGER NOT NULL,
    jobTitle        TEXT NOT NULL,
    jobLevel        TEXT NOT NULL,            -- IC1, IC2, IC3, IC4, M1, M2
    officeLocation  TEXT NOT NULL,            -- Berlin, London, New York, Toronto, Remote
    hireDate        TEXT NOT NULL,            -- YYYY-MM-DD (may be before 2022)
    terminationDate TEXT,                     -- YYYY-MM-DD; NULL while the person still works here
    FOREIGN KEY (departmentId) REFERENCES departments(departmentId)
);
CREATE TABLE referralSources (
    sourceId    INTEGER PRIMARY KEY,
    sourceName  TEXT NOT NULL UNIQUE,
    channel     TEXT NOT NULL,                -- job_board, employee_referral, agency, careers_site, social, campus
    costPerApplicant REAL                     -- USD paid per applicant; NULL when the channel has no per-applicant fee
);
CREATE TABLE jobOpenings (
    openingId       INTEGER PRIMARY KEY,
    jobTitle        TEXT NOT NULL,
    departmentId    INTEGER NOT NULL,
    hiringManagerId INTEGER NOT NULL,         -- employee who owns the opening
    officeLocation  TEXT NOT NULL,            -- Berlin, London, New York, Toronto, Remote
    seniority       TEXT NOT NULL,            -- junior, mid, senior, staff
    employmentType  TEXT NOT NULL,            -- full_time, part_time, contract
    salaryMin       INTEGER NOT NULL,         -- advertised band, USD per year
    salaryMax       INTEGER NOT NULL,
    postedDate      TEXT NOT NULL,            -- YYYY-MM-DD, when the opening was published
    closedDate      TEXT,                     -- YYYY-MM-DD; NULL while the opening is still open
    openingStatus   TEXT NOT NULL,            -- open, filled, cancelled, on_hold
    FOREIGN KEY (departmentId) REFERENCES departments(departmentId),
    FOREIGN KEY (hiringManagerId) REFERENCES employees(employeeId)
);
CREATE TABLE candidates (
    candidateId      INTEGER PRIMARY KEY,
    firstName        TEXT NOT NULL,
    lastName         TEXT NOT NULL,
    email            TEXT NOT NULL UNIQUE,
    country          TEXT NOT NULL,           -- country of residence: United States, United Kingdom, Germany, Canada, India, Poland, Spain, Brazil, Netherlands
    yearsExperience  INTEGER,                 -- self-reported; NULL if the candidate did not say
    sourceId         INTEGER NOT NULL,        -- where the candidate came from
    referredByEmployeeId INTEGER,             -- employee who referred the candidate; NULL if not referred
    createdAt        TEXT NOT NULL,           -- YYYY-MM-DD HH:MM:SS, profile created in the ATS
    FOREIGN KEY (sourceId) REFERENCES referralSources(sourceId),
    FOREIGN KEY (referredByEmployeeId) REFERENCES employees(employeeId)
);
CREATE TABLE applications (
    applicationId   INTEGER PRIMARY KEY,
    candidateId     INTEGER NOT NULL,
    openingId       INTEGER NOT NULL,
    appliedAt       TEXT NOT NULL,            -- YYYY-MM-DD HH:MM:SS
    currentStage    TEXT NOT NULL,            -- applied, interview, offer, hired, rejected, withdrawn (current pipeline position)
    rejectionReason TEXT,                     -- skills, experience, salary, culture, position_filled; NULL unless rejected
    lastActivityAt  TEXT NOT NULL,            -- YYYY-MM-DD HH:MM:SS
    FOREIGN KEY (candidateId) REFERENCES candidates(candidateId),
    FOREIGN KEY (openingId) REFERENCES jobOpenings(openingId)
);
CREATE TABLE interviews (
    interviewId     INTEGER PRIMARY KEY,
    applicationId   INTEGER NOT NULL,
    roundNumber     INTEGER NOT NULL,         -- 1 = first round
    roundType       TEXT NOT NULL,            -- phone_screen, technical, onsite, hiring_manager, final
    interviewerId   INTEGER NOT NULL,         -- employee who ran the interview
    reviewerId      INTEGER,                  -- second employee who reviewed the write-up; NULL if no second review
    scheduledAt     TEXT NOT NULL,            -- YYYY-MM-DD HH:MM:SS
    durationMinutes INTEGER NOT NULL,
    score           INTEGER,                  -- 1 (strong no) .. 5 (strong yes); NULL if no scorecard was submitted
    recommendation  TEXT NOT NULL,            -- advance, reject, no_show
    FOREIGN KEY (applicationId) REFERENCES applications(applicationId),
    FOREIGN KEY (interviewerId) REFERENCES employees(employeeId),
    FOREIGN KEY (reviewerId) REFERENCES employees(employeeId)
);
CREATE TABLE offers (
    offerId        INTEGER PRIMARY KEY,
    applicationId  INTEGER NOT NULL,
    extendedAt     TEXT NOT NULL,             -- YYYY-MM-DD, offer sent
    baseSalary     INTEGER NOT NULL,          -- USD per year
    signingBonus   INTEGER,                   -- USD; NULL when no signing bonus was offered
    offerStatus    TEXT NOT NULL,             -- accepted, declined, rescinded, pending
    respondedAt    TEXT,                      -- YYYY-MM-DD; NULL while the candidate has not answered (pending) or the offer was rescinded first
    FOREIGN KEY (applicationId) REFERENCES applications(applicationId)
);
CREATE TABLE hires (
    hireId        INTEGER PRIMARY KEY,
    offerId       INTEGER NOT NULL UNIQUE,
    employeeId    INTEGER NOT NULL UNIQUE,    -- the new employee record
    startDate     TEXT NOT NULL,              -- YYYY-MM-DD, first working day
    probationPassed INTEGER,                  -- 1 passed, 0 failed; NULL while probation (90 days) is still running
    FOREIGN KEY (offerId) REFERENCES offers(offerId),
    FOREIGN KEY (employeeId) REFERENCES employees(employeeId)
);
CREATE INDEX idx_employees_department ON employees(departmentId);
CREATE INDEX idx_openings_department ON jobOpenings(departmentId);
CREATE INDEX idx_candidates_source ON candidates(sourceId);
CREATE INDEX idx_applications_candidate ON applications(candidateId);
CREATE INDEX idx_applications_opening ON applications(openingId);
CREATE INDEX idx_interviews_application ON interviews(applicationId);
CREATE INDEX idx_offers_application ON offers(applicationId);
"""

# name, parent name, cost center, opening weight, growth per year
DEPARTMENTS = [
    ("Engineering", None, "CC100", 0, 0), ("Sales", None, "CC200", 0, 0), ("Operations", None, "CC300", 0, 0),
    ("People", None, "CC400", 0, 0),
    ("Platform Engineering", "Engineering", "CC110", 14, 1.30), ("Product Engineering", "Engineering", "CC120", 18, 1.25),
    ("Data Science", "Engineering", "CC130", 8, 1.45), ("Security", "Engineering", "CC140", 4, 1.20),
    ("Account Executives", "Sales", "CC210", 14, 1.0), ("Sales Development", "Sales", "CC220", 12, 0.85),
    ("Customer Success", "Sales", "CC230", 9, 1.0), ("Finance", "Operations", "CC310", 4, 1.0),
    ("Legal", "Operations", "CC320", 2, 1.0), ("IT Support", "Operations", "CC330", 4, 0.9),
    ("Talent Acquisition", "People", "CC410", 3, 0.9), ("People Operations", "People", "CC420", 3, 1.0),
    ("Machine Learning", "Data Science", "CC131", 5, 1.7),
]
TITLES = {
    "Platform Engineering": ["Site Reliability Engineer", "Platform Engineer", "Infrastructure Engineer"],
    "Product Engineering": ["Backend Engineer", "Frontend Engineer", "Full Stack Engineer", "Mobile Engineer"],
    "Data Science": ["Data Scientist", "Data Analyst", "Analytics Engineer"],
    "Machine Learning": ["Machine Learning Engineer", "Research Scientist"],
    "Security": ["Security Engineer", "Security Analyst"],
    "Account Executives": ["Account Executive", "Enterprise Account Executive"],
    "Sales Development": ["Sales Development Representative", "Business Development Representative"],
    "Customer Success": ["Customer Success Manager", "Support Specialist"],
    "Finance": ["Financial Analyst", "Accountant", "Payroll Specialist"],
    "Legal": ["Corporate Counsel", "Paralegal"],
    "IT Support": ["IT Support Technician", "Systems Administrator"],
    "Talent Acquisition": ["Recruiter", "Sourcer", "Recruiting Coordinator"],
    "People Operations": ["HR Business Partner", "People Operations Specialist"],
}
BAND = {"Platform Engineering": 135000, "Product Engineering": 128000, "Data Science": 125000,
        "Machine Learning": 155000, "Security": 140000, "Account Executives": 95000,
        "Sales Development": 62000, "Customer Success": 78000, "Finance": 90000, "Legal": 130000,
        "IT Support": 65000, "Talent Acquisition": 80000, "People Operations": 82000}
SENIORITY = [("junior", 25), ("mid", 40), ("senior", 28), ("staff", 7)]
SEN_MULT = {"junior": 0.72, "mid": 1.0, "senior": 1.3, "staff": 1.6}
LOCATIONS = [("Berlin", 20), ("London", 22), ("New York", 28), ("Toronto", 12), ("Remote", 18)]
SOURCES = [
    ("LinkedIn Jobs", "job_board", 18.0, 26), ("Indeed", "job_board", 9.5, 22), ("Glassdoor", "job_board", 12.0, 8),
    ("Employee Referral", "employee_referral", None, 12), ("Careers Page", "careers_site", None, 18),
    ("TopTalent Agency", "agency", 310.0, 4), ("Northbridge Search", "agency", 450.0, 2),
    ("Twitter/X", "social", None, 2), ("University Career Fair", "campus", 40.0, 4),
    ("Stack Overflow Jobs", "job_board", 22.0, 2),
]
COUNTRIES = [("Germany", 18), ("United Kingdom", 20), ("United States", 30), ("Canada", 11), ("India", 8),
             ("Poland", 4), ("Brazil", 3), ("Netherlands", 3), ("Spain", 3)]
FIRST = ["Ava", "Liam", "Olivia", "Noah", "Emma", "Ethan", "Sophia", "Mason", "Isabella", "Lucas", "Mia",
         "Leon", "Hannah", "Felix", "Lena", "Jonas", "Clara", "Arjun", "Priya", "Rohan", "Ananya", "Wei",
         "Li", "Yuki", "Kenji", "Mateo", "Lucia", "Diego", "Sofia", "Omar", "Fatima", "Tariq", "Chloe",
         "Jack", "Grace", "Harry", "Amelia", "Oscar", "Freya", "Piotr", "Zofia", "Pedro", "Ana", "Daan",
         "Sanne", "Kwame", "Amara", "Nia", "Ravi", "Meera"]
LAST = ["Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Müller", "Schmidt", "Schneider",
        "Fischer", "Weber", "Meyer", "Patel", "Sharma", "Singh", "Gupta", "Chen", "Wang", "Tanaka",
        "Sato", "Garcia", "Martinez", "Lopez", "Silva", "Santos", "Kowalski", "Nowak", "de Jong",
        "Jansen", "Okafor", "Mensah", "Hassan", "Ali", "Khan", "Murphy", "O'Brien", "Roberts", "Walker",
        "Evans", "Thomas", "Johnson", "Lee", "Kim", "Park", "Nguyen", "Tran", "Rossi", "Bianchi"]
REJECT_REASONS = [("skills", 34), ("experience", 26), ("salary", 10), ("culture", 8), ("position_filled", 22)]
ROUND_PLAN = ["phone_screen", "technical", "onsite", "hiring_manager", "final"]
# seasonality of posting volume; hiring freeze Feb-Jun 2023; burst after a funding round Sep 2023
MONTH_SEASON = {1: 1.25, 2: 1.1, 3: 1.1, 4: 1.0, 5: 0.95, 6: 0.85, 7: 0.75, 8: 0.8, 9: 1.2, 10: 1.15,
                11: 0.95, 12: 0.6}


def wchoice(rng, pairs):
    return rng.choices([p[0] for p in pairs], weights=[p[-1] for p in pairs], k=1)[0]


def add_months(d, n):
    y = d.year + (d.month - 1 + n) // 12
    m = (d.month - 1 + n) % 12 + 1
    last = [31, 29 if (y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)) else 28,
            31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    return dt.date(y, m, min(d.day, last))


def rand_date(rng, a, b):
    return a + dt.timedelta(days=rng.randrange((b - a).days + 1))


def work_dt(rng, d):
    h = min(max(rng.gauss(12.5, 2.5), 7.0), 21.0)
    return dt.datetime(d.year, d.month, d.day) + dt.timedelta(seconds=int(h * 3600) + rng.randrange(60))


def fmt(x):
    return x.strftime("%Y-%m-%d %H:%M:%S")


def weekday_after(d, days):
    x = d + dt.timedelta(days=days)
    while x.weekday() >= 5:
        x += dt.timedelta(days=1)
    return x


def generate(path):
    rng = random.Random(SEED)
    tmp = path + ".tmp"
    if os.path.exists(tmp):
        os.remove(tmp)
    con = sqlite3.connect(tmp)
    con.execute("PRAGMA journal_mode=OFF")
    con.execute("PRAGMA synchronous=OFF")
    con.executescript(SCHEMA)

    dept_id = {}
    dept_rows = []
    for i, (name, parent, cc, _, _) in enumerate(DEPARTMENTS, start=1):
        dept_id[name] = i
        dept_rows.append((i, name, dept_id[parent] if parent else None, cc))
    leaf = [d for d in DEPARTMENTS if d[3] > 0]

    # ---- existing employees ------------------------------------------------
    employees = []   # [id, name, dept, title, level, location, hire, term]
    by_dept = {}

    def add_employee(name, dept, title, level, loc, hire, term):
        eid = len(employees) + 1
        employees.append([eid, name, dept_id[dept], title, level, loc, hire.isoformat(),
                          term.isoformat() if term else None])
        by_dept.setdefault(dept, []).append(eid)
        return eid

    for (name, parent, cc, w, g) in DEPARTMENTS:
        n = 6 if parent is None else int(8 + w * 2.2)
        titles = TITLES.get(name, ["Director", "Vice President", "Program Manager"])
        for k in range(n):
            level = "M2" if k == 0 else ("M1" if k < max(2, n // 7) else wchoice(rng, [("IC1", 15), ("IC2", 35), ("IC3", 35), ("IC4", 15)]))
            title = ("Head of " + name) if k == 0 else (("Manager, " + name) if level == "M1" else rng.choice(titles))
            hire = rand_date(rng, dt.date(2012, 1, 1), dt.date(2021, 12, 31))
            term = None
            if k > 1 and rng.random() < 0.16:
                term = rand_date(rng, START, END)
            add_employee(rng.choice(FIRST) + " " + rng.choice(LAST), name, title, level, wchoice(rng, LOCATIONS),
                         hire, term)

    def active_emps(dept, day):
        ds = day.isoformat()
        return [e for e in by_dept[dept] if employees[e - 1][6] <= ds and (employees[e - 1][7] is None or employees[e - 1][7] > ds)]

    def managers(dept, day):
        ms = [e for e in active_emps(dept, day) if employees[e - 1][4] in ("M1", "M2")]
        return ms or active_emps(dept, day)

    sources = [(i + 1, s[0], s[1], s[2]) for i, s in enumerate(SOURCES)]
    src_weights = [s[3] for s in SOURCES]

    # ---- openings ----------------------------------------------------------
    openings = []
    month = START
    while month <= dt.date(2024, 11, 1):
        yrs = (month.year - 2022) + (month.month - 1) / 12.0
        factor = MONTH_SEASON[month.month]
        if dt.date(2023, 2, 1) <= month <= dt.date(2023, 6, 1):
            factor *= 0.35   # hiring freeze
        if month == dt.date(2023, 9, 1):
            factor *= 1.9    # after the Series D round
        for (name, parent, cc, w, g) in leaf:
            lam = 0.2 * w * factor * (g ** yrs)
            n = 0
            L, p = math.exp(-lam), 1.0
            while True:
                p *= rng.random()
                if p <= L:
                    break
                n += 1
            for _ in range(n):
                posted = rand_date(rng, month, add_months(month, 1) - dt.timedelta(days=1))
                sen = wchoice(rng, SENIORITY)
                et = wchoice(rng, [("full_time", 86), ("contract", 10), ("part_time", 4)])
                base = BAND[name] * SEN_MULT[sen]
                smin = int(round(base * 0.88 / 1000.0)) * 1000
                smax = int(round(base * 1.15 / 1000.0)) * 1000
                openings.append({"title": ("Senior " if sen == "senior" else "Staff " if sen == "staff" else "Junior " if sen == "junior" else "") + rng.choice(TITLES[name]),
                                 "dept": name, "hm": rng.choice(managers(name, posted)), "loc": wchoice(rng, LOCATIONS),
                                 "sen": sen, "et": et, "smin": smin, "smax": smax, "posted": posted,
                                 "pop": math.exp(rng.gauss(0, 0.5)) * (1.6 if sen == "junior" else 0.7 if sen == "staff" else 1.0)})
        month = add_months(month, 1)
    openings.sort(key=lambda o: (o["posted"], o["dept"]))
    for i, o in enumerate(openings, start=1):
        o["id"] = i

    # ---- candidates, applications, interviews, offers, hires ----------------
    candidates, applications, interviews, offers, hires = [], [], [], [], []
    used_emails = set()
    new_emps = []

    def new_candidate(day):
        cid = len(candidates) + 1
        fn, ln = rng.choice(FIRST), rng.choice(LAST)
        while True:
            email = "%s.%s%d@%s" % (fn.lower(), ln.lower().replace(" ", "").replace("'", ""), rng.randrange(1, 999),
                                    rng.choice(["gmail.com", "outlook.com", "proton.me", "yahoo.com", "web.de"]))
            if email not in used_emails:
                used_emails.add(email)
                break
        src = rng.choices(sources, weights=src_weights, k=1)[0]
        if day.month == 9 and day.year == 2023 and rng.random() < 0.25:
            src = sources[8]   # the September 2023 university career fair
        ref = None
        if src[2] == "employee_referral":
            pool = [e[0] for e in employees if e[6] <= day.isoformat() and (e[7] is None or e[7] > day.isoformat())]
            ref = rng.choice(pool)
        yx = None if rng.random() < 0.14 else max(0, int(rng.gauss(6, 4.5)))
        if src[2] == "campus" and yx is not None:
            yx = rng.choice([0, 0, 1, 2])
        cday = day - dt.timedelta(days=rng.randrange(0, 3))
        candidates.append([cid, fn, ln, email, wchoice(rng, COUNTRIES), yx, src[0], ref, fmt(work_dt(rng, cday)), src[2]])
        return cid

    pool_cands = []
    for o in openings:
        posted = o["posted"]
        n_app = max(3, int(rng.gauss(32, 10) * o["pop"]))
        if o["dept"] in ("Sales Development", "Customer Success"):
            n_app = int(n_app * 1.3)
        # fate of the opening
        r = rng.random()
        if dt.date(2023, 1, 15) <= posted <= dt.date(2023, 3, 31) and rng.random() < 0.5:
            fate = "cancelled"
        elif r < 0.08:
            fate = "cancelled"
        elif r < 0.12:
            fate = "on_hold"
        else:
            fate = "fill"
        window = int(rng.uniform(30, 75))
        apps_for = []
        for k in range(n_app):
            aday = posted + dt.timedelta(days=int(rng.expovariate(1.0 / (window / 2.5))))
            if aday > END:
                continue
            if pool_cands and rng.random() < 0.12:
                cid = rng.choice(pool_cands)
                if cid in [a[0] for a in apps_for]:
                    continue
                if candidates[cid - 1][8][:10] > aday.isoformat():
                    continue
            else:
                cid = new_candidate(aday)
                pool_cands.append(cid)
            apps_for.append((cid, aday))
        apps_for.sort(key=lambda a: a[1])
        filled = False
        close_day = None
        hire_app = None
        app_recs = []
        for (cid, aday) in apps_for:
            c = candidates[cid - 1]
            channel = c[9]
            applied = work_dt(rng, aday)
            aid = len(applications) + 1
            quality = rng.random() + (0.22 if channel == "employee_referral" else 0.0) + \
                (0.12 if channel == "agency" else 0.0) - (0.08 if channel == "job_board" else 0.0)
            stage = "applied"
            last = applied
            reason = None
            rounds_done = 0
            ok_rounds = 0
            if filled and close_day and aday > close_day:
                stage, reason = "rejected", "position_filled"
                last = work_dt(rng, close_day + dt.timedelta(days=rng.randrange(0, 5)))
            elif quality < 0.45:
                # rejected at screening or left in the pile
                if (END - aday).days < 10:
                    stage = "applied"
                else:
                    stage = "rejected" if rng.random() < 0.9 else "withdrawn"
                    reason = wchoice(rng, [("skills", 50), ("experience", 40), ("salary", 10)]) if stage == "rejected" else None
                    last = work_dt(rng, weekday_after(aday, rng.randrange(2, 20)))
            else:
                # interview loop
                n_rounds = 3 if o["sen"] == "junior" else 4 if o["sen"] == "mid" else 5
                day = weekday_after(aday, rng.randrange(3, 12))
                dead = False
                for rn in range(1, n_rounds + 1):
                    if day > END:
                        stage = "interview"
                        break
                    rtype = ROUND_PLAN[rn - 1] if n_rounds == 5 else \
                        (["phone_screen", "technical", "hiring_manager"] if n_rounds == 3 else
                         ["phone_screen", "technical", "onsite", "hiring_manager"])[rn - 1]
                    if rtype == "hiring_manager":
                        interviewer = o["hm"]
                    else:
                        pool = active_emps(o["dept"], day)
                        if rtype == "phone_screen":
                            pool = active_emps("Talent Acquisition", day) or pool
                        interviewer = rng.choice(pool)
                    reviewer = None
                    if rtype in ("technical", "onsite", "final") or rng.random() < 0.3:
                        cands_r = [e for e in active_emps(o["dept"], day) if e != interviewer]
                        if cands_r and rng.random() < 0.85:
                            reviewer = rng.choice(cands_r)
                    dur = {"phone_screen": 30, "technical": 60, "onsite": 180, "hiring_manager": 45, "final": 60}[rtype]
                    if rng.random() < 0.2:
                        dur = int(dur * rng.choice([0.75, 1.5]))
                    when = dt.datetime(day.year, day.month, day.day) + dt.timedelta(hours=rng.choice([9, 10, 11, 13, 14, 15, 16]), minutes=rng.choice([0, 30]))
                    if rng.random() < 0.03:
                        rec, score = "no_show", None
                    else:
                        pass_p = min(0.92, 0.35 + quality * 0.5)
                        if rng.random() < pass_p:
                            rec = "advance"
                            score = rng.choice([3, 4, 4, 4, 5, 5])
                        else:
                            rec = "reject"
                            score = rng.choice([1, 2, 2, 2, 3])
                        if rng.random() < 0.07:
                            score = None   # scorecard never submitted
                    interviews.append([aid, rn, rtype, interviewer, reviewer, fmt(when), dur, score, rec])
                    last = when
                    rounds_done = rn
                    if rec != "advance":
                        stage = "rejected" if rec == "reject" else "withdrawn"
                        reason = (wchoice(rng, [("skills", 45), ("experience", 25), ("culture", 20), ("salary", 10)])
                                  if rec == "reject" else None)
                        dead = True
                        break
                    if rng.random() < 0.04:
                        stage, dead = "withdrawn", True
                        break
                    day = weekday_after(day, rng.randrange(2, 10))
                else:
                    stage = "offer_ready"
                if stage == "interview" or dead:
                    pass
            app_recs.append([aid, cid, o["id"], fmt(applied), stage, reason, fmt(last), quality, last])
            applications.append(app_recs[-1])
            # offer
            if stage == "offer_ready":
                if fate != "fill" or filled:
                    app_recs[-1][4] = "rejected"
                    app_recs[-1][5] = "position_filled"
                    continue
                off_day = (last + dt.timedelta(days=rng.randrange(1, 8))).date()
                if off_day > END:
                    app_recs[-1][4] = "interview"
                    continue
                base_sal = int(round(rng.uniform(o["smin"], o["smax"]) / 500.0)) * 500
                bonus = None
                if rng.random() < (0.55 if o["dept"] in ("Machine Learning", "Security", "Platform Engineering") else 0.25):
                    bonus = rng.choice([5000, 7500, 10000, 15000, 20000, 25000])
                r = rng.random()
                decline_p = 0.22 + (0.15 if o["dept"] == "Machine Learning" else 0) - (0.1 if candidates[cid - 1][9] == "employee_referral" else 0)
                if (END - off_day).days < 12 and r < 0.6:
                    ostat, resp = "pending", None
                elif r < 0.025:
                    ostat, resp = "rescinded", None
                elif r < 0.025 + decline_p:
                    ostat, resp = "declined", off_day + dt.timedelta(days=rng.randrange(1, 12))
                else:
                    ostat, resp = "accepted", off_day + dt.timedelta(days=int(rng.expovariate(1 / 3.5)) + 1)
                if resp and resp > END:
                    ostat, resp = "pending", None
                oid = len(offers) + 1
                offers.append([oid, aid, off_day.isoformat(), base_sal, bonus, ostat,
                               resp.isoformat() if resp else None])
                app_recs[-1][6] = fmt(work_dt(rng, resp if resp else off_day))
                if ostat == "accepted":
                    app_recs[-1][4] = "hired"
                    filled = True
                    close_day = resp
                    start = weekday_after(resp, rng.choice([14, 21, 28, 30, 35, 45, 60]))
                    lvl = {"junior": "IC1", "mid": "IC2", "senior": "IC3", "staff": "IC4"}[o["sen"]]
                    hire_app = aid
                    if start <= END:
                        fn, ln = candidates[cid - 1][1], candidates[cid - 1][2]
                        term = None
                        prob = None
                        if (END - start).days > 90:
                            prob = 1 if rng.random() < 0.93 else 0
                            if prob == 0:
                                term = start + dt.timedelta(days=rng.randrange(60, 92))
                            elif rng.random() < 0.08:
                                term = rand_date(rng, start + dt.timedelta(days=120), END) if start + dt.timedelta(days=120) < END else None
                        eid = add_employee(fn + " " + ln, o["dept"], o["title"], lvl, o["loc"], start, term)
                        hires.append([len(hires) + 1, oid, eid, start.isoformat(), prob])
                    # an accepted offer whose start date is after 2024-12-31 has no hire row yet
                elif ostat == "declined":
                    app_recs[-1][4] = "offer"
                    app_recs[-1][4] = "withdrawn"
                elif ostat == "rescinded":
                    app_recs[-1][4] = "rejected"
                    app_recs[-1][5] = "position_filled"
                else:
                    app_recs[-1][4] = "offer"
        # close the opening
        if fate == "fill" and filled:
            o["status"], o["closed"] = "filled", close_day
        elif fate == "cancelled":
            cd = o["posted"] + dt.timedelta(days=rng.randrange(20, 80))
            if cd <= END:
                o["status"], o["closed"] = "cancelled", cd
            else:
                o["status"], o["closed"] = "open", None
        elif fate == "on_hold":
            o["status"], o["closed"] = "on_hold", None
        else:
            o["status"], o["closed"] = "open", None
        # candidates still in the pipeline of a closed opening get closed out
        if o["closed"] is not None:
            for a in app_recs:
                if a[4] in ("applied", "interview", "offer_ready"):
                    a[4], a[5] = "rejected", "position_filled"
                    a[6] = fmt(work_dt(rng, o["closed"]))
        else:
            for a in app_recs:
                if a[4] == "offer_ready":
                    a[4] = "interview"
                if a[4] == "applied" and rng.random() < 0.5 and a[8].date() < dt.date(2024, 12, 15):
                    a[4] = "screen"

    open_rows = [(o["id"], o["title"], dept_id[o["dept"]], o["hm"], o["loc"], o["sen"], o["et"], o["smin"], o["smax"],
                  o["posted"].isoformat(), o["closed"].isoformat() if o["closed"] else None, o["status"])
                 for o in openings]
    app_rows = [tuple(a[:7]) for a in applications]
    cand_rows = [tuple(c[:9]) for c in candidates]
    interviews.sort(key=lambda x: (x[5], x[0], x[1]))
    int_rows = [(i + 1,) + tuple(x) for i, x in enumerate(interviews)]

    con.executemany("INSERT INTO departments VALUES (?,?,?,?)", dept_rows)
    con.executemany("INSERT INTO employees VALUES (?,?,?,?,?,?,?,?)", employees)
    con.executemany("INSERT INTO referralSources VALUES (?,?,?,?)", sources)
    con.executemany("INSERT INTO jobOpenings VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", open_rows)
    con.executemany("INSERT INTO candidates VALUES (?,?,?,?,?,?,?,?,?)", cand_rows)
    con.executemany("INSERT INTO applications VALUES (?,?,?,?,?,?,?)", app_rows)
    con.executemany("INSERT INTO interviews VALUES (?,?,?,?,?,?,?,?,?,?)", int_rows)
    con.executemany("INSERT INTO offers VALUES (?,?,?,?,?,?,?)", offers)
    con.executemany("INSERT INTO hires VALUES (?,?,?,?,?)", hires)
    con.commit()
    con.execute("VACUUM")
    con.close()
    os.replace(tmp, path)


if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "recruiting.sqlite")
    generate(out)
