#!/usr/bin/env python3
"""Generate school.sqlite: a small liberal-arts college, terms Spring 2022 .. Fall 2024.

Deterministic: the same seed gives the same file on every run.
Most columns are camelCase (studentId, finalScore, ...); table names are lower case.
Usage: python3 gen_school.py [OUTPUT_PATH]   (default: school.sqlite next to this script)
"""
import datetime as dt
import math
import os
import random
import sqlite3
import sys

SEED = 8128
START = dt.date(2022, 1, 1)
END = dt.date(2024, 12, 31)

SCHEMA = """
CREATE TABLE departments (
    id       INTEGER PRIMARY KEY,
    name     TEXT NOT NULL UNIQUE,
    faculty  TEXT NOT NULL,               -- Sciences, Humanities, Social Sciences, Arts
    building TEXT NOT NULL
);
CREATE TABLE teachers (
    id           INTEGER PRIMARY KEY,
    firstName    TEXT NOT NULL,
    lastName     TEXT NOT NULL,
    departmentId INTEGER NOT NULL,
    title        TEXT NOT NULL,           -- Lecturer, Assistant Professor, Associate Professor, Professor
    hireDate     TEXT NOT NULL,           -- YYYY-MM-DD
    leftOn       TEXT,                    -- YYYY-MM-DD last day; NULL while still employed
    FOREIGN KEY (departmentId) REFERENCES departments(id)
);
CREATE TABLE students (
    id          INTEGER PRIMARY KEY,
    firstName   TEXT NOT NULL,
    lastName    TEXT NOT NULL,
    birthDate   TEXT NOT NULL,            -- YYYY-MM-DD
    admittedOn  TEXT NOT NULL,            -- YYYY-MM-DD first day of the first term
    majorId     INTEGER,                  -- department of the declared major; NULL = undeclared
    advisorId   INTEGER,                  -- faculty advisor; NULL if none assigned yet
    residency   TEXT NOT NULL,            -- in_state, out_of_state, international
    status      TEXT NOT NULL,            -- active, graduated, withdrawn (as of 2024-12-31)
    graduatedOn TEXT,                     -- YYYY-MM-DD; NULL unless graduated
    FOREIGN KEY (majorId) REFERENCES departments(id),
    FOREIGN KEY (advisorId) REFERENCES teachers(id)
);
CREATE TABLE courses (
    id           INTEGER PRIMARY KEY,
    code         TEXT NOT NULL UNIQUE,    -- e.g. 'MATH 210'
    title        TEXT NOT NULL,
    departmentId INTEGER NOT NULL,
    credits      INTEGER NOT NULL,
    level        INTEGER NOT NULL,        -- 100, 200, 300, 400
    FOREIGN KEY (departmentId) REFERENCES departments(id)
);
CREATE TABLE terms (
    id        INTEGER PRIMARY KEY,
    name      TEXT NOT NULL UNIQUE,       -- e.g. 'Fall 2023'
    season    TEXT NOT NULL,              -- Spring, Summer, Fall
    startDate TEXT NOT NULL,              -- YYYY-MM-DD
    endDate   TEXT NOT NULL               -- YYYY-MM-DD
);
CREATE TABLE sections (
    id        INTEGER PRIMARY KEY,
    courseId  INTEGER NOT NULL,
    termId    INTEGER NOT NULL,
    teacherId INTEGER NOT NULL,
    mode      TEXT NOT NULL,              -- in_person, online, hybrid
    room      TEXT,                       -- NULL for online sections
    capacity  INTEGER NOT NULL,
    FOREIGN KEY (courseId) REFERENCES courses(id),
    FOREIGN KEY (termId) REFERENCES terms(id),
    FOREIGN KEY (teacherId) REFERENCES teachers(id)
);
CREATE TABLE enrollments (
    id          INTEGER PRIMARY KEY,
    studentId   INTEGER NOT NULL,
    sectionId   INTEGER NOT NULL,
    enrolledAt  TEXT NOT NULL,            -- YYYY-MM-DD HH:MM:SS registration time
    status      TEXT NOT NULL,            -- completed, dropped, incomplete
    droppedAt   TEXT,                     -- YYYY-MM-DD; NULL unless dropped
    finalScore  REAL,                     -- 0-100; NULL unless completed
    letterGrade TEXT,                     -- A, B, C, D, F; NULL unless completed
    absences    INTEGER,                  -- classes missed; NULL for online sections and dropped enrollments
    FOREIGN KEY (studentId) REFERENCES students(id),
    FOREIGN KEY (sectionId) REFERENCES sections(id)
);
CREATE INDEX idx_teachers_department ON teachers(departmentId);
CREATE INDEX idx_students_major ON students(majorId);
CREATE INDEX idx_courses_department ON courses(departmentId);
CREATE INDEX idx_sections_course ON sections(courseId);
CREATE INDEX idx_sections_term ON sections(termId);
CREATE INDEX idx_enrollments_student ON enrollments(studentId);
CREATE INDEX idx_enrollments_section ON enrollments(sectionId);
"""

# name, faculty, building, code prefix, popularity as a major, difficulty (score shift)
DEPARTMENTS = [
    ("Mathematics", "Sciences", "Euler Hall", "MATH", 6, -4.0),
    ("Computer Science", "Sciences", "Turing Center", "CS", 16, -2.0),
    ("Physics", "Sciences", "Euler Hall", "PHYS", 4, -5.0),
    ("Biology", "Sciences", "Darwin Building", "BIO", 12, -1.5),
    ("Chemistry", "Sciences", "Darwin Building", "CHEM", 5, -4.5),
    ("History", "Humanities", "Gibbon Hall", "HIST", 6, 2.0),
    ("English", "Humanities", "Austen House", "ENGL", 7, 2.5),
    ("Philosophy", "Humanities", "Gibbon Hall", "PHIL", 3, 1.0),
    ("Economics", "Social Sciences", "Keynes Hall", "ECON", 13, -1.0),
    ("Psychology", "Social Sciences", "Keynes Hall", "PSYC", 14, 1.5),
    ("Political Science", "Social Sciences", "Keynes Hall", "POLS", 8, 1.0),
    ("Music", "Arts", "Bach Studio", "MUS", 3, 4.0),
    ("Fine Arts", "Arts", "Bach Studio", "ART", 3, 4.5),
]
COURSES = {
    "MATH": [("Calculus I", 110, 4), ("Calculus II", 120, 4), ("Linear Algebra", 210, 3),
             ("Discrete Mathematics", 220, 3), ("Probability", 310, 3), ("Real Analysis", 410, 3),
             ("Statistics for Everyone", 105, 3)],
    "CS": [("Introduction to Programming", 101, 4), ("Data Structures", 201, 4), ("Computer Systems", 230, 4),
           ("Algorithms", 310, 3), ("Databases", 340, 3), ("Machine Learning", 420, 3),
           ("Web Development", 250, 3)],
    "PHYS": [("General Physics I", 101, 4), ("General Physics II", 102, 4), ("Modern Physics", 210, 3),
             ("Quantum Mechanics", 410, 3), ("Astronomy Today", 150, 3)],
    "BIO": [("Principles of Biology", 101, 4), ("Genetics", 220, 4), ("Ecology", 230, 3),
            ("Cell Biology", 310, 4), ("Human Physiology", 330, 3), ("Biology Capstone", 490, 2)],
    "CHEM": [("General Chemistry", 101, 4), ("Organic Chemistry I", 210, 4), ("Organic Chemistry II", 220, 4),
             ("Biochemistry", 350, 3)],
    "HIST": [("World History to 1500", 101, 3), ("Modern Europe", 210, 3), ("American History", 220, 3),
             ("History of Science", 310, 3), ("Historiography Seminar", 450, 2)],
    "ENGL": [("College Writing", 100, 3), ("Introduction to Literature", 120, 3), ("Shakespeare", 310, 3),
             ("Creative Writing", 250, 3), ("The Modern Novel", 330, 3)],
    "PHIL": [("Introduction to Philosophy", 101, 3), ("Ethics", 210, 3), ("Logic", 220, 3),
             ("Philosophy of Mind", 340, 3)],
    "ECON": [("Principles of Microeconomics", 101, 3), ("Principles of Macroeconomics", 102, 3),
             ("Intermediate Microeconomics", 301, 3), ("Econometrics", 350, 4), ("Behavioral Economics", 360, 3)],
    "PSYC": [("Introduction to Psychology", 101, 3), ("Developmental Psychology", 220, 3),
             ("Research Methods", 250, 4), ("Cognitive Psychology", 320, 3), ("Clinical Psychology", 410, 3)],
    "POLS": [("Introduction to Politics", 101, 3), ("Comparative Politics", 210, 3),
             ("International Relations", 230, 3), ("Public Policy", 340, 3)],
    "MUS": [("Music Theory I", 101, 3), ("Music History", 210, 3), ("Ensemble", 150, 2)],
    "ART": [("Drawing I", 101, 3), ("Art History Survey", 120, 3), ("Digital Design", 230, 3)],
}
# general-education courses many students take regardless of major
GEN_ED = ["ENGL 100", "MATH 105", "PSYC 101", "ECON 101", "PHIL 101", "HIST 101", "BIO 101",
          "CS 101", "POLS 101", "PHYS 150", "ART 120", "MUS 150", "ENGL 120"]
TERMS = [
    ("Spring 2022", "Spring", "2022-01-10", "2022-05-06"),
    ("Summer 2022", "Summer", "2022-06-06", "2022-08-05"),
    ("Fall 2022", "Fall", "2022-08-29", "2022-12-16"),
    ("Spring 2023", "Spring", "2023-01-09", "2023-05-05"),
    ("Summer 2023", "Summer", "2023-06-05", "2023-08-04"),
    ("Fall 2023", "Fall", "2023-08-28", "2023-12-15"),
    ("Spring 2024", "Spring", "2024-01-08", "2024-05-03"),
    ("Summer 2024", "Summer", "2024-06-03", "2024-08-02"),
    ("Fall 2024", "Fall", "2024-08-26", "2024-12-13"),
]
TITLES = [("Lecturer", 25), ("Assistant Professor", 30), ("Associate Professor", 25), ("Professor", 20)]
FIRST = ["Aaron", "Abigail", "Adrian", "Aisha", "Alex", "Alexis", "Amir", "Ana", "Andrew", "Angela",
         "Ben", "Bianca", "Brandon", "Brianna", "Caleb", "Carmen", "Chris", "Daisy", "Dante", "Dylan",
         "Elijah", "Ella", "Emily", "Eric", "Eva", "Gabriel", "Gianna", "Hailey", "Ian", "Isabella",
         "Jack", "Jada", "Jason", "Jasmine", "Jordan", "Josephine", "Kai", "Kayla", "Kevin", "Layla",
         "Leo", "Lily", "Logan", "Lucy", "Malik", "Maya", "Miguel", "Nadia", "Nathan", "Nia",
         "Owen", "Paige", "Quinn", "Riley", "Ryan", "Samir", "Sara", "Sean", "Sophia", "Tyler",
         "Valeria", "Victoria", "Wyatt", "Xavier", "Yasmin", "Zachary", "Zara", "Hiro", "Mei", "Arjun"]
LAST = ["Adams", "Ahmed", "Allen", "Alvarez", "Baker", "Bell", "Brooks", "Campbell", "Carter", "Chavez",
        "Collins", "Cook", "Cooper", "Cruz", "Diaz", "Edwards", "Evans", "Flores", "Foster", "Garcia",
        "Gomez", "Gray", "Green", "Hall", "Harris", "Hughes", "Jackson", "James", "Jenkins", "Kim",
        "Lee", "Lewis", "Long", "Martinez", "Mendoza", "Mitchell", "Morales", "Morgan", "Murphy", "Nguyen",
        "Ortiz", "Parker", "Patel", "Perez", "Peterson", "Phillips", "Price", "Ramirez", "Reed", "Reyes",
        "Rivera", "Roberts", "Robinson", "Rogers", "Russell", "Sanders", "Shah", "Singh", "Stewart", "Sullivan",
        "Thomas", "Torres", "Turner", "Walker", "Ward", "Watson", "White", "Wood", "Wright", "Young"]


def wchoice(rng, pairs):
    return rng.choices([p[0] for p in pairs], weights=[p[1] for p in pairs], k=1)[0]


def d(s):
    return dt.date.fromisoformat(s)


def letter(score):
    if score >= 90:
        return "A"
    if score >= 80:
        return "B"
    if score >= 70:
        return "C"
    if score >= 60:
        return "D"
    return "F"


def generate(path):
    rng = random.Random(SEED)
    tmp = path + ".tmp"
    if os.path.exists(tmp):
        os.remove(tmp)
    con = sqlite3.connect(tmp)
    con.execute("PRAGMA journal_mode=OFF")
    con.execute("PRAGMA synchronous=OFF")
    con.executescript(SCHEMA)

    dept_rows = [(i + 1, x[0], x[1], x[2]) for i, x in enumerate(DEPARTMENTS)]
    prefix_dept = {x[3]: i + 1 for i, x in enumerate(DEPARTMENTS)}
    difficulty = {i + 1: x[5] for i, x in enumerate(DEPARTMENTS)}

    # ---- courses ----------------------------------------------------------
    course_rows = []
    course_by_code = {}
    for pre in [x[3] for x in DEPARTMENTS]:
        for title, num, cr in COURSES[pre]:
            cid = len(course_rows) + 1
            code = "%s %d" % (pre, num)
            lvl = (num // 100) * 100
            course_rows.append((cid, code, title, prefix_dept[pre], cr, lvl))
            course_by_code[code] = course_rows[-1]
    courses_by_dept = {}
    for c in course_rows:
        courses_by_dept.setdefault(c[3], []).append(c)

    # ---- teachers ---------------------------------------------------------
    teachers = []
    used = set()
    for did, x in enumerate(DEPARTMENTS, start=1):
        n = 2 + len(COURSES[x[3]]) // 2 + (1 if x[4] >= 12 else 0)
        for _ in range(n):
            while True:
                fn, ln = rng.choice(FIRST), rng.choice(LAST)
                if (fn, ln) not in used:
                    used.add((fn, ln))
                    break
            title = wchoice(rng, TITLES)
            if rng.random() < 0.8:
                hired = dt.date(1995, 1, 1) + dt.timedelta(days=rng.randrange(0, 9800))
                hired = dt.date(hired.year, 8, rng.randrange(15, 25))
            else:
                y = rng.choice([2022, 2023, 2024])
                hired = dt.date(y, rng.choice([1, 8]), rng.randrange(2, 20))
                title = rng.choice(["Lecturer", "Assistant Professor"])
            left = None
            if hired < dt.date(2022, 6, 1) and rng.random() < 0.08:
                left = dt.date(rng.choice([2022, 2023, 2024]), rng.choice([5, 12]), 31 if rng.random() < 0.5 else 20)
                if left.month == 12:
                    left = dt.date(left.year, 12, 20)
                else:
                    left = dt.date(left.year, 5, 31)
            teachers.append({"first": fn, "last": ln, "dept": did, "title": title, "hired": hired, "left": left})
    teachers.sort(key=lambda t: (t["hired"], t["last"], t["first"]))
    for i, t in enumerate(teachers, start=1):
        t["id"] = i
    teachers_by_dept = {}
    for t in teachers:
        teachers_by_dept.setdefault(t["dept"], []).append(t)

    def teacher_for(did, term_start, term_end):
        c = [t for t in teachers_by_dept[did] if t["hired"] <= term_start and (t["left"] is None or t["left"] >= term_end)]
        return rng.choice(c)

    term_rows = [(i + 1, t[0], t[1], t[2], t[3]) for i, t in enumerate(TERMS)]

    # ---- students ---------------------------------------------------------
    students = []
    cohorts = []   # (admit date, size)
    for y in range(2018, 2025):
        cohorts.append((dt.date(y, 8, 29) if y < 2022 else d(TERMS[3 * (y - 2022) + 2][2]),
                        int(330 * (1 + 0.04 * (y - 2018)))))
        if y >= 2019:
            spring = d(TERMS[3 * (y - 2022)][2]) if y >= 2022 else dt.date(y, 1, 10)
            cohorts.append((spring, int(45 * (1 + 0.04 * (y - 2018)))))
    for admit, size in sorted(cohorts):
        for _ in range(size):
            fn, ln = rng.choice(FIRST), rng.choice(LAST)
            age = 18 if rng.random() < 0.8 else rng.choice([19, 20, 21, 23, 26])
            birth = dt.date(admit.year - age - 1, 9, 1) + dt.timedelta(days=rng.randrange(0, 365))
            res = wchoice(rng, [("in_state", 58), ("out_of_state", 30), ("international", 12)])
            ability = rng.gauss(0, 7.5)
            major = wchoice(rng, [(i + 1, x[4]) for i, x in enumerate(DEPARTMENTS)])
            years_in = (END - admit).days / 365.25
            declared = rng.random() < min(0.97, 0.25 + 0.45 * years_in)
            # graduation after 8 regular terms (some 9-10), withdrawal hazard per term
            n_terms = 8 if rng.random() < 0.72 else rng.choice([9, 10])
            students.append({"first": fn, "last": ln, "birth": birth, "admit": admit, "res": res,
                             "ability": ability + (2.0 if res == "international" else 0.0),
                             "major": major if declared else None, "n_terms": n_terms,
                             "done": 0, "status": "active", "grad": None,
                             "load": rng.choice([3, 4, 4, 4, 5])})
    for i, s in enumerate(students, start=1):
        s["id"] = i
        # terms completed before 2022 (two regular terms a year)
        before = 0
        day = s["admit"]
        while day < START:
            before += 1
            day = dt.date(day.year + (day.month >= 8), 1 if day.month >= 8 else 8, 10 if day.month >= 8 else 29)
        s["done"] = before
        if before >= s["n_terms"]:
            s["skip"] = True      # graduated before the window; not in the database
        else:
            s["skip"] = rng.random() < 0.04 * before   # some earlier withdrawals
    students = [s for s in students if not s["skip"]]
    for i, s in enumerate(students, start=1):
        s["id"] = i

    # ---- sections and enrollments ------------------------------------------
    sections = []
    enrollments = []
    for tid, (tname, season, tstart, tend) in enumerate(TERMS, start=1):
        ts_, te_ = d(tstart), d(tend)
        active = [s for s in students if s["admit"] <= ts_ and s["status"] == "active"]
        demand = {}
        plans = []
        for s in active:
            if season == "Summer":
                if rng.random() > 0.14:
                    continue
                k = rng.choice([1, 1, 2])
            else:
                k = s["load"]
                if rng.random() < 0.03:
                    continue      # leave of absence
            year = min(4, 1 + s["done"] // 2)
            picks = []
            tries = 0
            while len(picks) < k and tries < 40:
                tries += 1
                if s["major"] and rng.random() < 0.55 + 0.08 * year:
                    pool = [c for c in courses_by_dept[s["major"]] if c[5] <= 100 * year + 100]
                    pool = [(c, 3.0 if c[5] // 100 in (year, year - 1) else 1.0) for c in pool]
                    c = wchoice(rng, pool)
                else:
                    c = course_by_code[rng.choice(GEN_ED)] if rng.random() < 0.7 else \
                        rng.choice([c for c in course_rows if c[5] <= 200])
                if c not in picks:
                    picks.append(c)
            for c in picks:
                demand[c[0]] = demand.get(c[0], 0) + 1
            plans.append((s, picks))
        # open sections for the demand
        sec_of_course = {}
        for cid in sorted(demand):
            c = course_rows[cid - 1]
            n = demand[cid]
            cap = 35 if c[5] <= 100 else (30 if c[5] <= 200 else 24)
            if c[4] == 2:
                cap = 18
            k = max(1, int(math.ceil(n / (cap * 1.05))))
            sec_of_course[cid] = []
            for _ in range(k):
                if season == "Summer":
                    mode = wchoice(rng, [("online", 55), ("in_person", 30), ("hybrid", 15)])
                else:
                    online_share = 14 if tid <= 3 else 10
                    mode = wchoice(rng, [("in_person", 100 - online_share - 12), ("online", online_share),
                                         ("hybrid", 12)])
                t = teacher_for(c[3], ts_, te_)
                room = None
                if mode != "online":
                    bldg = DEPARTMENTS[c[3] - 1][2]
                    room = "%s %d%02d" % ("".join(w[0] for w in bldg.split()), rng.randrange(1, 4), rng.randrange(1, 20))
                sid = len(sections) + 1
                capacity = cap + rng.choice([0, 0, 5, -5])
                sections.append((sid, cid, tid, t["id"], mode, room, capacity))
                sec_of_course[cid].append([sid, 0, capacity, mode])
        for s, picks in plans:
            for c in picks:
                opts = sec_of_course[c[0]]
                opts.sort(key=lambda o: (o[1] / o[2], o[0]))
                sec = opts[0] if rng.random() < 0.8 else rng.choice(opts)
                sec[1] += 1
                reg = ts_ - dt.timedelta(days=int(rng.expovariate(1 / 25.0)) + 1)
                if reg < START:
                    reg = START + dt.timedelta(days=rng.randrange(0, 9))
                when = dt.datetime(reg.year, reg.month, reg.day) + dt.timedelta(
                    seconds=int(min(max(rng.gauss(13.0, 4.0), 0.1), 23.9) * 3600))
                u = rng.random()
                p_drop = 0.06 + (0.03 if s["ability"] < -8 else 0.0) + (0.02 if sec[3] == "online" else 0.0)
                dropped = absences = score = grade = None
                if u < p_drop:
                    status = "dropped"
                    dropped = (ts_ + dt.timedelta(days=int(rng.uniform(2, 50)))).isoformat()
                elif u < p_drop + 0.012:
                    status = "incomplete"
                    if sec[3] != "online":
                        absences = int(rng.expovariate(1 / 6.0))
                else:
                    status = "completed"
                    sc = 80.5 + s["ability"] + difficulty[c[3]] + (c[5] - 200) / 100.0 + rng.gauss(0, 7.0)
                    if sec[3] != "online":
                        absences = max(0, int(rng.expovariate(1 / (2.2 if sc > 75 else 4.0))))
                        sc -= 0.4 * absences
                    if sec[3] == "online":
                        sc -= 1.5
                    score = round(min(100.0, max(12.0, sc)), 1)
                    grade = letter(score)
                enrollments.append([s["id"], sec[0], when.strftime("%Y-%m-%d %H:%M:%S"), status, dropped,
                                    score, grade, absences, c[0]])
        # progress: regular terms count; graduation / withdrawal
        if season != "Summer":
            for s in active:
                s["done"] += 1
                if s["done"] >= s["n_terms"] and s["status"] == "active":
                    s["status"] = "graduated"
                    s["grad"] = te_ + dt.timedelta(days=rng.choice([1, 1, 8]))
                    if s["major"] is None:
                        s["major"] = wchoice(rng, [(i + 1, x[4]) for i, x in enumerate(DEPARTMENTS)])
                elif rng.random() < 0.022 + (0.02 if s["ability"] < -10 else 0.0):
                    s["status"] = "withdrawn"

    # advisors: declared majors get one from their department (most of them)
    student_rows = []
    for s in students:
        adv = None
        if s["major"] is not None and rng.random() < 0.9:
            cand = [t for t in teachers_by_dept[s["major"]] if t["left"] is None and t["title"] != "Lecturer"]
            if cand:
                adv = rng.choice(cand)["id"]
        student_rows.append((s["id"], s["first"], s["last"], s["birth"].isoformat(), s["admit"].isoformat(),
                             s["major"], adv, s["res"], s["status"],
                             s["grad"].isoformat() if s["grad"] else None))
    teacher_rows = [(t["id"], t["first"], t["last"], t["dept"], t["title"], t["hired"].isoformat(),
                     t["left"].isoformat() if t["left"] else None) for t in teachers]
    order = sorted(range(len(enrollments)), key=lambda i: (enrollments[i][2], i))
    enr_rows = [tuple([n + 1] + enrollments[i][:8]) for n, i in enumerate(order)]

    con.executemany("INSERT INTO departments VALUES (?,?,?,?)", dept_rows)
    con.executemany("INSERT INTO teachers VALUES (?,?,?,?,?,?,?)", teacher_rows)
    con.executemany("INSERT INTO students VALUES (?,?,?,?,?,?,?,?,?,?)", student_rows)
    con.executemany("INSERT INTO courses VALUES (?,?,?,?,?,?)", course_rows)
    con.executemany("INSERT INTO terms VALUES (?,?,?,?,?)", term_rows)
    con.executemany("INSERT INTO sections VALUES (?,?,?,?,?,?,?)", sections)
    con.executemany("INSERT INTO enrollments VALUES (?,?,?,?,?,?,?,?,?)", enr_rows)
    con.commit()
    con.execute("VACUUM")
    con.close()
    os.replace(tmp, path)


if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "school.sqlite")
    generate(out)
