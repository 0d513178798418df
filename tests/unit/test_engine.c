/* test_engine.c: the built-in engine on a hand-built library schema (not
 * one of the eval databases): generated SQL is executed on an in-memory
 * SQLite copy and compared with independently written queries; refusals,
 * follow-ups and the PostgreSQL dialect are checked too. */
#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>
#include "catalog.h"
#include "db/driver.h"
#include "engine/engine.h"
#include "engine/joins.h"
#include "util.h"
#include "tap.h"

static const char *const ddl =
    "CREATE TABLE authors (id INTEGER PRIMARY KEY, name TEXT, country TEXT);"
    "CREATE TABLE members (id INTEGER PRIMARY KEY, full_name TEXT, city TEXT);"
    "CREATE TABLE books (id INTEGER PRIMARY KEY, title TEXT, author_id INTEGER REFERENCES authors(id),"
    " genre TEXT, price REAL, published_on TEXT);"
    "CREATE TABLE loans (id INTEGER PRIMARY KEY, book_id INTEGER REFERENCES books(id),"
    " member_id INTEGER REFERENCES members(id), loaned_at TEXT, fee REAL);"
    "INSERT INTO authors VALUES (1,'Ursula Le Guin','United States'),(2,'Stanislaw Lem','Poland'),"
    " (3,'Italo Calvino','Italy');"
    "INSERT INTO members VALUES (1,'Ann Smith','Leeds'),(2,'Bo Chen','York'),(3,'Cy Diaz','Leeds');"
    "INSERT INTO books VALUES (1,'The Dispossessed',1,'Science Fiction',12.5,'1974-05-01'),"
    " (2,'Solaris',2,'Science Fiction',9.0,'1961-01-01'),(3,'Invisible Cities',3,'Fantasy',8.0,'1972-01-01'),"
    " (4,'Earthsea',1,'Fantasy',15.0,'1968-01-01'),(5,'The Cyberiad',2,'Humour',7.5,'1965-01-01');"
    "INSERT INTO loans VALUES (1,1,1,'2023-02-03',1.5),(2,2,1,'2023-11-20',2.0),(3,1,2,'2024-01-15',1.0),"
    " (4,3,3,'2024-01-30',3.0),(5,4,2,'2024-03-02',2.5),(6,4,3,'2024-03-28',2.5),(7,5,1,'2024-07-07',0.5);";

static sqlite3 *db;

static int cmp_rows(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Every row of a query as text, rows sorted unless ordered. */
static char *rows_of(const char *sql, int ordered)
{
    sqlite3_stmt *st;
    if (!sql || sqlite3_prepare_v2(db, sql, -1, &st, NULL) != SQLITE_OK)
        return xstrdup("ERROR");
    char *rows[256];
    int n = 0;
    while (sqlite3_step(st) == SQLITE_ROW && n < 256) {
        buf b;
        buf_init(&b);
        for (int c = 0; c < sqlite3_column_count(st); c++) {
            if (sqlite3_column_type(st, c) == SQLITE_FLOAT)
                buf_printf(&b, "%.4f|", sqlite3_column_double(st, c));
            else
                buf_printf(&b, "%s|", sqlite3_column_text(st, c) ? (const char *)sqlite3_column_text(st, c) : "NULL");
        }
        rows[n++] = buf_take(&b);
    }
    sqlite3_finalize(st);
    if (!ordered)
        qsort(rows, (size_t)n, sizeof rows[0], cmp_rows);
    buf all;
    buf_init(&all);
    for (int i = 0; i < n; i++) {
        buf_printf(&all, "%s\n", rows[i]);
        free(rows[i]);
    }
    return buf_take(&all);
}

static void check(engine *e, const char *q, const char *gold, int ordered)
{
    char *sql = NULL, *note = NULL;
    dbt_error err = {0};
    int rc = engine_generate(e, q, "2024-12-31", &sql, &note, &err);
    if (!ok(rc == 0, q)) {
        printf("#   error: %s\n", err.message);
        return;
    }
    char *got = rows_of(sql, ordered), *want = rows_of(gold, ordered);
    is_str(got, want, q);
    if (strcmp(got, want) != 0)
        printf("#   sql: %s\n#   note: %s\n", sql, note ? note : "");
    free(got);
    free(want);
    free(sql);
    free(note);
}

/* Each column of a query's result as a sorted list of its values. */
static int columns_of(const char *sql, char ***cols, int *ncols, int *nrows)
{
    sqlite3_stmt *st;
    *ncols = *nrows = 0;
    if (!sql || sqlite3_prepare_v2(db, sql, -1, &st, NULL) != SQLITE_OK)
        return -1;
    int nc = sqlite3_column_count(st);
    buf *b = calloc((size_t)nc, sizeof *b);
    char ***vals = calloc((size_t)nc, sizeof *vals);
    int n = 0;
    for (int c = 0; c < nc; c++)
        vals[c] = calloc(512, sizeof **vals);
    while (sqlite3_step(st) == SQLITE_ROW && n < 512) {
        for (int c = 0; c < nc; c++) {
            buf v;
            buf_init(&v);
            if (sqlite3_column_type(st, c) == SQLITE_FLOAT || sqlite3_column_type(st, c) == SQLITE_INTEGER)
                buf_printf(&v, "%.4f", sqlite3_column_double(st, c));
            else
                buf_printf(&v, "%s", sqlite3_column_text(st, c) ? (const char *)sqlite3_column_text(st, c) : "NULL");
            vals[c][n] = buf_take(&v);
        }
        n++;
    }
    sqlite3_finalize(st);
    *cols = calloc((size_t)nc, sizeof **cols);
    for (int c = 0; c < nc; c++) {
        qsort(vals[c], (size_t)n, sizeof *vals[c], cmp_rows);
        buf_init(&b[c]);
        for (int i = 0; i < n; i++) {
            buf_printf(&b[c], "%s\n", vals[c][i]);
            free(vals[c][i]);
        }
        free(vals[c]);
        (*cols)[c] = buf_take(&b[c]);
    }
    free(vals);
    free(b);
    *ncols = nc;
    *nrows = n;
    return 0;
}

/* Like check, but the answer may carry extra columns (a label beside a
 * ranking): each gold column's values must be some distinct answer
 * column's values. */
static void check_cols(engine *e, const char *q, const char *gold)
{
    char *sql = NULL, *note = NULL;
    dbt_error err = {0};
    int rc = engine_generate(e, q, "2024-12-31", &sql, &note, &err);
    if (!ok(rc == 0, q)) {
        printf("#   error: %s\n", err.message);
        return;
    }
    char **got, **want;
    int ng, nw, rg, rw;
    columns_of(sql, &got, &ng, &rg);
    columns_of(gold, &want, &nw, &rw);
    int match = rg == rw && nw > 0;
    int used[16] = {0};
    for (int w = 0; w < nw && match; w++) {
        int found = 0;
        for (int g = 0; g < ng && g < 16 && !found; g++)
            if (!used[g] && strcmp(got[g], want[w]) == 0)
                used[g] = found = 1;
        match = found;
    }
    ok(match, q);
    if (!match)
        printf("#   sql: %s\n#   note: %s\n", sql, note ? note : "");
    for (int i = 0; i < ng; i++)
        free(got[i]);
    for (int i = 0; i < nw; i++)
        free(want[i]);
    free(got);
    free(want);
    free(sql);
    free(note);
}

/* The engine declines (and emits nothing). */
static void declines(engine *e, const char *q)
{
    char *sql = NULL, *note = NULL;
    dbt_error err = {0};
    int rc = engine_generate(e, q, "2024-12-31", &sql, &note, &err);
    ok(rc == -1 && err.code == DBT_ERR_NOT_UNDERSTOOD && !sql && err.message[0], q);
    free(sql);
    free(note);
}

static const char *const hr_ddl =
    "CREATE TABLE teams (id INTEGER PRIMARY KEY, name TEXT NOT NULL, floor INTEGER NOT NULL);"
    "CREATE TABLE staff (id INTEGER PRIMARY KEY, full_name TEXT NOT NULL,"
    " team_id INTEGER NOT NULL REFERENCES teams(id), manager_id INTEGER REFERENCES staff(id),"
    " grade TEXT NOT NULL, salary REAL NOT NULL, started_on TEXT NOT NULL, left_on TEXT);"
    "CREATE TABLE trainings (id INTEGER PRIMARY KEY, staff_id INTEGER NOT NULL REFERENCES staff(id),"
    " course TEXT NOT NULL, booked_on TEXT NOT NULL, completed_on TEXT, cost REAL NOT NULL);"
    "INSERT INTO teams VALUES (1,'Platform',2),(2,'Mobile',3),(3,'Data',3),(4,'Archive',1);"
    "INSERT INTO staff VALUES (1,'Ada Byron',1,NULL,'senior',9000,'2019-03-01',NULL),"
    " (2,'Alan Kay',1,1,'junior',4000,'2022-06-15',NULL),(3,'Grace Hopper',2,NULL,'senior',8800,'2018-01-10','2024-05-31'),"
    " (4,'Ken Thompson',2,3,'junior',4200,'2023-02-01',NULL),(5,'Barbara Liskov',3,NULL,'senior',9500,'2020-09-09',NULL),"
    " (6,'Edsger Dijkstra',3,5,'mid',6100,'2021-11-30','2023-12-31');"
    "INSERT INTO trainings VALUES (1,2,'Rust','2024-01-05','2024-02-01',1200),(2,2,'SQL','2024-03-01',NULL,300),"
    " (3,4,'Rust','2023-05-01','2023-05-20',1200),(4,5,'Leadership','2024-07-01','2024-07-03',2500),"
    " (5,6,'SQL','2023-01-10','2023-01-30',300);";

/* Two text columns share a value: "open" is a state and a priority. */
static const char *const tickets_ddl =
    "CREATE TABLE tickets (id INTEGER PRIMARY KEY, state TEXT, priority TEXT, title TEXT);"
    "INSERT INTO tickets VALUES (1,'open','open','a'),(2,'open','high','b'),(3,'closed','open','c'),"
    " (4,'closed','low','d'),(5,'pending','high','e'),(6,'open','low','f');";

static void load_catalog(catalog *cat);

/* A fresh in-memory database made by SQL schema, its catalog loaded. */
static void open_schema(const char *schema, catalog *cat)
{
    sqlite3_open(":memory:", &db);
    sqlite3_exec(db, schema, NULL, NULL, NULL);
    load_catalog(cat);
}

/* Free what open_schema and engine_new made (e may be NULL). */
static void close_schema(engine *e, catalog *cat)
{
    engine_free(e);
    catalog_free(cat);
    sqlite3_close(db);
}

/* A third domain for words, NULLs and thresholds: vans rented from depots,
 * repairs with an optional mechanic. Nullable columns carry meaning:
 * rentals.returned_on (still out), repairs.closed_on (still open),
 * repairs.mechanic_id (nobody assigned), vans.rating (not rated yet),
 * customers.email (none on file). */
static const char *const vans_ddl =
    "CREATE TABLE depots (id INTEGER PRIMARY KEY, city TEXT NOT NULL, capacity_bays INTEGER NOT NULL,"
    " floor_area REAL NOT NULL);"
    "CREATE TABLE customers (id INTEGER PRIMARY KEY, first_name TEXT NOT NULL, last_name TEXT NOT NULL,"
    " email TEXT, joined_on TEXT NOT NULL);"
    "CREATE TABLE mechanics (id INTEGER PRIMARY KEY, name TEXT NOT NULL);"
    "CREATE TABLE vans (id INTEGER PRIMARY KEY, plate TEXT NOT NULL, depot_id INTEGER NOT NULL REFERENCES depots(id),"
    " seats INTEGER NOT NULL, load_kg REAL NOT NULL, rating REAL);"
    "CREATE TABLE rentals (id INTEGER PRIMARY KEY, van_id INTEGER NOT NULL REFERENCES vans(id),"
    " customer_id INTEGER NOT NULL REFERENCES customers(id), rented_on TEXT NOT NULL, returned_on TEXT,"
    " distance_km REAL NOT NULL, price REAL NOT NULL, extensions INTEGER NOT NULL);"
    "CREATE TABLE repairs (id INTEGER PRIMARY KEY, van_id INTEGER NOT NULL REFERENCES vans(id),"
    " mechanic_id INTEGER REFERENCES mechanics(id), opened_on TEXT NOT NULL, closed_on TEXT, cost REAL NOT NULL);"
    "INSERT INTO depots VALUES (1,'Leeds',12,800),(2,'York',20,650),(3,'Hull',8,1200);"
    "INSERT INTO customers VALUES (1,'Ann','Lee','ann@x.org','2023-05-01'),(2,'Bob','Ray',NULL,'2024-02-10'),"
    " (3,'Cy','Fox',NULL,'2024-07-07'),(4,'Di','Hart','di@x.org','2022-01-15');"
    "INSERT INTO mechanics VALUES (1,'Joe'),(2,'Kim');"
    "INSERT INTO vans VALUES (1,'AB1',1,3,1200,4.5),(2,'CD2',1,7,2100,NULL),(3,'EF3',2,9,800,3.9),"
    " (4,'GH4',3,5,1600,NULL),(5,'IJ5',2,2,500,4.1);"
    "INSERT INTO rentals VALUES (1,1,1,'2024-01-05','2024-01-07',120,80,0),(2,1,2,'2024-02-01','2024-02-03',600,150,1),"
    " (3,1,4,'2024-03-10',NULL,50,40,0),(4,3,1,'2024-03-12','2024-03-20',900,300,3),"
    " (5,3,2,'2024-04-01',NULL,300,90,1),(6,4,4,'2024-05-05','2024-05-06',20,30,0);"
    "INSERT INTO repairs VALUES (1,1,1,'2024-01-10','2024-01-12',200),(2,2,NULL,'2024-02-01',NULL,350),"
    " (3,3,2,'2024-03-01',NULL,120),(4,4,NULL,'2024-04-04','2024-04-09',80);";

static void test_words(void)
{
    catalog cat = {0};
    open_schema(vans_ddl, &cat);
    engine *e = engine_new(&cat, "sqlite");
    /* filler phrases that never change the question */
    check_cols(e, "How many vans are on record?", "SELECT COUNT(*) FROM vans");
    check_cols(e, "how many vans are in the catalog", "SELECT COUNT(*) FROM vans");
    check_cols(e, "What are the 2 most rented vans of all time?",
               "SELECT v.plate FROM rentals r JOIN vans v ON v.id = r.van_id GROUP BY v.id ORDER BY COUNT(*) DESC LIMIT 2");
    /* negation and a key, a verb or a column: the column is empty */
    check_cols(e, "How many repairs have no mechanic assigned?",
               "SELECT COUNT(*) FROM repairs WHERE mechanic_id IS NULL");
    check_cols(e, "How many vans haven't been rated yet?", "SELECT COUNT(*) FROM vans WHERE rating IS NULL");
    check_cols(e, "list vans with no rating", "SELECT * FROM vans WHERE rating IS NULL");
    check_cols(e, "What percent of customers have no email address on file?",
               "SELECT 100.0 * SUM(email IS NULL) / COUNT(*) FROM customers");
    /* state words: the row's end date is empty, or set */
    check_cols(e, "How many rentals are still open?", "SELECT COUNT(*) FROM rentals WHERE returned_on IS NULL");
    check_cols(e, "outstanding repair cost", "SELECT SUM(cost) FROM repairs WHERE closed_on IS NULL");
    check_cols(e, "How many repairs have been closed?", "SELECT COUNT(*) FROM repairs WHERE closed_on IS NOT NULL");
    check_cols(e, "average cost of completed repairs", "SELECT AVG(cost) FROM repairs WHERE closed_on IS NOT NULL");
    /* a verb naming the event table: rows without one */
    check_cols(e, "How many vans were never rented?",
               "SELECT COUNT(*) FROM vans v WHERE NOT EXISTS (SELECT 1 FROM rentals r WHERE r.van_id = v.id)");
    check_cols(e, "How many vans were never rented by a customer?",
               "SELECT COUNT(*) FROM vans v WHERE NOT EXISTS (SELECT 1 FROM rentals r WHERE r.van_id = v.id)");
    check_cols(e, "customers who never rented a van",
               "SELECT c.* FROM customers c WHERE NOT EXISTS (SELECT 1 FROM rentals r WHERE r.customer_id = c.id)");
    /* adjectives and nouns naming a measure */
    check_cols(e, "Which van is the heaviest?", "SELECT plate FROM vans ORDER BY load_kg DESC LIMIT 1");
    check_cols(e, "Which depot is the largest?", "SELECT city FROM depots ORDER BY capacity_bays DESC LIMIT 1");
    check_cols(e, "avg seat count per van", "SELECT AVG(seats) FROM vans");
    check_cols(e, "How many people joined in 2024?",
               "SELECT COUNT(*) FROM customers WHERE joined_on >= '2024-01-01' AND joined_on < '2025-01-01'");
    /* thresholds: a unit noun names the column; units convert to the column's */
    check_cols(e, "List the plates of vans with more than 6 seats", "SELECT plate FROM vans WHERE seats > 6");
    check_cols(e, "list depots with capacity under 15 bays", "SELECT * FROM depots WHERE capacity_bays < 15");
    check_cols(e, "How many vans have a load over 1.5 tonnes?", "SELECT COUNT(*) FROM vans WHERE load_kg > 1500");
    check_cols(e, "How many rentals were longer than 300 miles?",
               "SELECT COUNT(*) FROM rentals WHERE distance_km > 300 * 1.609344");
    check_cols(e, "how many rentals were extended at least once", "SELECT COUNT(*) FROM rentals WHERE extensions >= 1");
    check_cols(e, "list rentals with 3 or more extensions", "SELECT * FROM rentals WHERE extensions >= 3");
    check_cols(e, "what percentage of rentals had zero extensions",
               "SELECT 100.0 * SUM(extensions = 0) / COUNT(*) FROM rentals");
    check_cols(e, "Which cities average more than 5 seats per van?",
               "SELECT d.city FROM vans v JOIN depots d ON d.id = v.depot_id GROUP BY d.id HAVING AVG(v.seats) > 5");
    check_cols(e, "how many vans are not in Leeds",
               "SELECT COUNT(*) FROM vans v JOIN depots d ON d.id = v.depot_id WHERE d.city <> 'Leeds'");
    /* a bare noun phrase asked as a question: how many */
    check_cols(e, "vans in leeds?", "SELECT COUNT(*) FROM vans v JOIN depots d ON d.id = v.depot_id WHERE d.city = 'Leeds'");
    /* honest declines: a threshold with nothing to compare, a number left over */
    declines(e, "how many vans are farther than 20 miles");
    declines(e, "how many vans have seats 4");
    declines(e, "list active customers");   /* nothing says when a customer stops */
    declines(e, "how many customers over 30");   /* nothing of a customer is over 30 */
    declines(e, "how many vans did Smith return");   /* a name the data does not hold */
    /* words that would turn the answer into its opposite, left unplaced */
    declines(e, "uninsured customers count");      /* a negated adjective */
    declines(e, "how many customers have never been happy");   /* a negation that filters nothing */
    declines(e, "how many vans are not convertibles");
    declines(e, "how many rentals went to customers of a different depot");
    engine_reset(e);
    declines(e, "now just for Leeds");   /* a refinement of no question */
    declines(e, "largest customer");     /* nothing measures a customer's size */
    close_schema(e, &cat);
}

/* SQL for a question as its choice-th reading (-1: a new question). */
static char *ask_choice(engine *e, const char *q, int choice, engine_choices *ch, char **note)
{
    char *sql = NULL;
    dbt_error err = {0};
    if (engine_generate_choice(e, q, "2024-12-31", choice, &sql, note, ch, &err) < 0)
        printf("#   error: %s\n", err.message);
    return sql;
}

/* Ambiguity: readings as labels, the default first; forcing one. */
static void test_choices(void)
{
    catalog cat = {0};
    open_schema(tickets_ddl, &cat);
    engine *e = engine_new(&cat, "sqlite");
    engine_choices ch;
    char *note = NULL;
    char *s0 = ask_choice(e, "how many open tickets", -1, &ch, &note);
    is_int((int)ch.n, 2, "an ambiguous value has two readings");
    ok(ch.n == 2 && strstr(ch.label[0], "tickets.") && strstr(ch.label[0], " = 'open'") &&
           strstr(ch.label[1], " = 'open'") && strcmp(ch.label[0], ch.label[1]) != 0,
       "readings are labels: table.column = 'value'");
    if (ch.n == 2)
        printf("#   %s | %s\n", ch.label[0], ch.label[1]);
    ok(note && strstr(note, "it could also be"), "the note says which reading it took");
    int state_first = ch.n == 2 && strstr(ch.label[0], "state") != NULL;
    free(note);
    note = NULL;
    char *s1 = ask_choice(e, "how many open tickets", 1, &ch, &note);
    ok(s0 && s1 && strcmp(s0, s1) != 0, "choice 1 gives other SQL");
    char *got = rows_of(s1, 0);
    is_str(got, state_first ? "2|\n" : "3|\n", "choice 1 counts by the other column");
    free(got);
    is_int((int)ch.n, 2, "a forced reading still lists the readings");
    ok(note && strstr(note, state_first ? "as tickets.priority" : "as tickets.state"),
       "the note names the forced reading");
    free(note);
    note = NULL;
    char *s2 = ask_choice(e, "how many open tickets", 0, &ch, NULL);
    is_str(s2, s0, "choice 0 is the default reading again");
    free(s2);
    /* the chosen reading is the context of follow-ups, and re-reading
     * does not stack on itself */
    free(ask_choice(e, "how many open tickets", 1, &ch, NULL));
    s2 = ask_choice(e, "by title", -1, &ch, NULL);
    got = rows_of(s2, 0);
    is_str(got, state_first ? "a|1|\nc|1|\n" : "a|1|\nb|1|\nf|1|\n", "a follow-up refines the chosen reading");
    free(got);
    free(s2);
    engine_reset(e);
    s2 = ask_choice(e, "how many tickets by title", -1, &ch, NULL);
    is_int((int)ch.n, 0, "an unambiguous question has no readings");
    free(s2);
    s2 = ask_choice(e, "how many pending tickets", -1, &ch, NULL);
    is_int((int)ch.n, 0, "a value of one column has no readings");
    free(s2);
    free(s0);
    free(s1);
    close_schema(e, &cat);
}

/* A fourth domain for role keys, people and guards: agents (a camelCase
 * key into their own table for whom they report to), trips between two
 * depots (originDepotId, destinationDepotId), wage history (valid_to is
 * empty on the current wage), audits with a year column, absences with a
 * days column. */
static const char *const crew_ddl =
    "CREATE TABLE depots (id INTEGER PRIMARY KEY, city TEXT NOT NULL, region TEXT NOT NULL);"
    "CREATE TABLE agents (id INTEGER PRIMARY KEY, first_name TEXT NOT NULL, last_name TEXT NOT NULL,"
    " email TEXT NOT NULL, gender TEXT NOT NULL, level TEXT NOT NULL, depot_id INTEGER NOT NULL REFERENCES depots(id),"
    " supervisorId INTEGER REFERENCES agents(id), hired_on TEXT NOT NULL, left_on TEXT, left_reason TEXT);"
    "CREATE TABLE wages (id INTEGER PRIMARY KEY, agent_id INTEGER NOT NULL REFERENCES agents(id),"
    " weekly_wage REAL NOT NULL, valid_from TEXT NOT NULL, valid_to TEXT);"
    "CREATE TABLE trips (id INTEGER PRIMARY KEY, tripCode TEXT NOT NULL,"
    " originDepotId INTEGER NOT NULL REFERENCES depots(id), destinationDepotId INTEGER NOT NULL REFERENCES depots(id),"
    " agentId INTEGER NOT NULL REFERENCES agents(id), bookedAt TEXT NOT NULL, distance_km REAL NOT NULL);"
    "CREATE TABLE audits (id INTEGER PRIMARY KEY, agent_id INTEGER NOT NULL REFERENCES agents(id),"
    " audit_year INTEGER NOT NULL, score INTEGER, submitted_on TEXT);"
    "CREATE TABLE absence_requests (id INTEGER PRIMARY KEY, agent_id INTEGER NOT NULL REFERENCES agents(id),"
    " kind TEXT NOT NULL, requested_on TEXT NOT NULL, start_date TEXT NOT NULL, working_days INTEGER NOT NULL,"
    " status TEXT NOT NULL);"
    "INSERT INTO depots VALUES (1,'Leeds','North'),(2,'York','North'),(3,'Bath','South');"
    "INSERT INTO agents VALUES (1,'Ann','Lee','ann@x.org','F','supervisor',1,NULL,'2019-01-10',NULL,NULL),"
    " (2,'Bob','Ray','bob@x.org','M','agent',1,1,'2021-05-01',NULL,NULL),"
    " (3,'Cy','Fox','cy@x.org','M','agent',2,1,'2022-02-01','2023-08-31','resignation'),"
    " (4,'Di','Hart','di@x.org','F','supervisor',3,NULL,'2018-03-03',NULL,NULL),"
    " (5,'Ed','Moss','ed@x.org','M','agent',3,4,'2023-06-06',NULL,NULL),"
    " (6,'Flo','Nash','flo@x.org','F','agent',2,4,'2022-09-09','2024-02-29','layoff'),"
    " (7,'Gus','Otto','gus@x.org','M','agent',2,1,'2024-03-03',NULL,NULL);"
    "INSERT INTO wages VALUES (1,1,900,'2019-01-10','2022-12-31'),(2,1,1000,'2023-01-01',NULL),"
    " (3,2,600,'2021-05-01',NULL),(4,3,550,'2022-02-01','2023-08-31'),(5,4,1100,'2018-03-03',NULL),"
    " (6,5,650,'2023-06-06',NULL),(7,6,500,'2022-09-09','2024-02-29');"
    "INSERT INTO trips VALUES (1,'T1',1,2,2,'2023-01-05',40),(2,'T2',1,3,2,'2023-03-01',300),"
    " (3,'T3',2,3,3,'2023-04-04',280),(4,'T4',3,1,5,'2024-02-02',310),(5,'T5',1,2,5,'2024-05-05',41),"
    " (6,'T6',2,1,6,'2024-01-07',39),(7,'T7',1,3,2,'2024-07-07',305);"
    "INSERT INTO audits VALUES (1,2,2023,4,'2024-01-20'),(2,3,2023,2,'2024-01-25'),(3,5,2023,5,'2024-02-02'),"
    " (4,2,2024,3,'2025-01-15'),(5,5,2024,NULL,NULL),(6,6,2023,3,'2023-12-30');"
    "INSERT INTO absence_requests VALUES (1,2,'sick','2024-01-02','2024-01-03',2,'approved'),"
    " (2,2,'vacation','2024-02-01','2024-03-01',5,'approved'),(3,5,'sick','2024-03-10','2024-03-10',1,'approved'),"
    " (4,5,'vacation','2024-04-01','2024-06-01',10,'pending'),(5,6,'sick','2023-11-11','2023-11-12',3,'rejected'),"
    " (6,1,'vacation','2024-08-01','2024-09-01',4,'rejected');";

static void test_roles_and_guards(void)
{
    catalog cat = {0};
    open_schema(crew_ddl, &cat);
    engine *e = engine_new(&cat, "sqlite");
    /* camelCase keys name their roles: originDepotId is the origin */
    check_cols(e, "trips booked in 2023 by origin city",
               "SELECT d.city, COUNT(*) FROM trips t JOIN depots d ON d.id = t.originDepotId "
               "WHERE t.bookedAt >= '2023-01-01' AND t.bookedAt < '2024-01-01' GROUP BY d.city");
    check_cols(e, "top 2 destination cities by number of trips",
               "SELECT d.city FROM trips t JOIN depots d ON d.id = t.destinationDepotId "
               "GROUP BY d.city ORDER BY COUNT(*) DESC LIMIT 2");
    check_cols(e, "Which origin city has the longest total distance?",
               "SELECT d.city FROM trips t JOIN depots d ON d.id = t.originDepotId "
               "GROUP BY d.city ORDER BY SUM(t.distance_km) DESC LIMIT 1");
    check_cols(e, "how many outbound trips from Leeds",
               "SELECT COUNT(*) FROM trips t JOIN depots d ON d.id = t.originDepotId WHERE d.city = 'Leeds'");
    /* reporting lines along a key into the table itself (supervisorId) */
    check_cols(e, "How many agents report to Ann Lee?",
               "SELECT COUNT(*) FROM agents a JOIN agents s ON s.id = a.supervisorId "
               "WHERE s.first_name = 'Ann' AND s.last_name = 'Lee'");
    check_cols(e, "how many agents currently report directly to Di Hart",
               "SELECT COUNT(*) FROM agents a JOIN agents s ON s.id = a.supervisorId "
               "WHERE s.first_name = 'Di' AND s.last_name = 'Hart' AND a.left_on IS NULL");
    check_cols(e, "agents per supervisor",
               "SELECT s.first_name, s.last_name, COUNT(*) FROM agents a JOIN agents s ON s.id = a.supervisorId GROUP BY s.id");
    check_cols(e, "Which supervisor has the most direct reports still employed?",
               "SELECT s.first_name FROM agents a JOIN agents s ON s.id = a.supervisorId "
               "WHERE a.left_on IS NULL GROUP BY s.id ORDER BY COUNT(*) DESC LIMIT 1");
    check_cols(e, "how many agents does each team lead have",
               "SELECT s.first_name, COUNT(*) FROM agents a JOIN agents s ON s.id = a.supervisorId GROUP BY s.id");
    /* "supervisor" is a stored level too: read as the value without a role cue */
    engine_reset(e);
    check_cols(e, "who are the supervisors", "SELECT * FROM agents WHERE level = 'supervisor'");
    /* a table named after a value: its own column is the measure; the
     * history's current row when "current" is said */
    check_cols(e, "average current wage by depot",
               "SELECT d.city, AVG(w.weekly_wage) FROM wages w JOIN agents a ON a.id = w.agent_id "
               "JOIN depots d ON d.id = a.depot_id WHERE w.valid_to IS NULL GROUP BY d.id");
    check_cols(e, "highest current wage in Leeds",
               "SELECT MAX(w.weekly_wage) FROM wages w JOIN agents a ON a.id = w.agent_id "
               "JOIN depots d ON d.id = a.depot_id WHERE w.valid_to IS NULL AND d.city = 'Leeds'");
    check_cols(e, "average weekly wage of current agents",
               "SELECT AVG(w.weekly_wage) FROM wages w JOIN agents a ON a.id = w.agent_id "
               "WHERE a.left_on IS NULL AND w.valid_to IS NULL");
    check_cols(e, "top 2 agents by current wage",
               "SELECT a.first_name FROM wages w JOIN agents a ON a.id = w.agent_id WHERE w.valid_to IS NULL "
               "ORDER BY w.weekly_wage DESC LIMIT 2");
    check_cols(e, "how many current agents earn more than 700 a week",
               "SELECT COUNT(*) FROM wages w JOIN agents a ON a.id = w.agent_id "
               "WHERE w.valid_to IS NULL AND a.left_on IS NULL AND w.weekly_wage > 700");
    /* a year stored as a number dates its rows */
    check_cols(e, "average score in the 2023 audits", "SELECT AVG(score) FROM audits WHERE audit_year = 2023");
    check_cols(e, "average score for each audit year",
               "SELECT audit_year, AVG(score) FROM audits GROUP BY audit_year");
    check_cols(e, "How many 2024 audits have not been submitted yet?",
               "SELECT COUNT(*) FROM audits WHERE audit_year = 2024 AND submitted_on IS NULL");
    /* a numeric days column: "sick days", "how many ... days" sums it */
    check_cols(e, "sick days per month in 2024",
               "SELECT strftime('%Y-%m', start_date), SUM(working_days) FROM absence_requests "
               "WHERE kind = 'sick' AND start_date >= '2024-01-01' AND start_date < '2025-01-01' GROUP BY 1");
    check_cols(e, "How many sick days were taken in 2024?",
               "SELECT SUM(working_days) FROM absence_requests WHERE kind = 'sick' "
               "AND start_date >= '2024-01-01' AND start_date < '2025-01-01'");
    check_cols(e, "How many agents took more than 5 working days of absence in total?",
               "SELECT COUNT(*) FROM (SELECT agent_id FROM absence_requests GROUP BY agent_id HAVING SUM(working_days) > 5)");
    /* the first word of a table's name; "never" with its verb */
    check_cols(e, "How many current agents have never requested an absence?",
               "SELECT COUNT(*) FROM agents a WHERE a.left_on IS NULL AND NOT EXISTS "
               "(SELECT 1 FROM absence_requests r WHERE r.agent_id = a.id)");
    /* "non-", a rate's population, a share's rows ended by the verb */
    check_cols(e, "What percentage of non-sick absence requests were rejected?",
               "SELECT 100.0 * SUM(status = 'rejected') / COUNT(*) FROM absence_requests WHERE kind <> 'sick'");
    check_cols(e, "approval rate of vacation absence requests",
               "SELECT 100.0 * SUM(status = 'approved') / COUNT(*) FROM absence_requests WHERE kind = 'vacation'");
    check_cols(e, "gender split of current agents, %",
               "SELECT gender, 100.0 * COUNT(*) / (SELECT COUNT(*) FROM agents WHERE left_on IS NULL) "
               "FROM agents WHERE left_on IS NULL GROUP BY gender");
    /* rows with related rows; distinct rows among the events */
    check_cols(e, "how many depots have agents", "SELECT COUNT(DISTINCT depot_id) FROM agents");
    check_cols(e, "list agents with trips", "SELECT * FROM agents a WHERE EXISTS (SELECT 1 FROM trips t WHERE t.agentId = a.id)");
    /* names the keywords would take: "first and last names" */
    check_cols(e, "List the first and last names of agents in York",
               "SELECT a.first_name, a.last_name FROM agents a JOIN depots d ON d.id = a.depot_id WHERE d.city = 'York'");
    /* a sort asked as a follow-up; a measure added that is already shown */
    engine_reset(e);
    check_cols(e, "average current wage by depot",
               "SELECT d.city, AVG(w.weekly_wage) FROM wages w JOIN agents a ON a.id = w.agent_id "
               "JOIN depots d ON d.id = a.depot_id WHERE w.valid_to IS NULL GROUP BY d.id");
    check(e, "sorted from lowest to highest",
          "SELECT d.city, AVG(w.weekly_wage) FROM wages w JOIN agents a ON a.id = w.agent_id "
          "JOIN depots d ON d.id = a.depot_id WHERE w.valid_to IS NULL GROUP BY d.id ORDER BY 2", 1);
    engine_reset(e);

    check_cols(e, "trips by origin city", "SELECT d.city, COUNT(*) FROM trips t JOIN depots d ON d.id = t.originDepotId GROUP BY d.city");
    check_cols(e, "add the number of trips", "SELECT d.city, COUNT(*) FROM trips t JOIN depots d ON d.id = t.originDepotId GROUP BY d.city");
    check_cols(e, "add the total distance for each",   /* a second measure beside the count */
               "SELECT d.city, COUNT(*), SUM(t.distance_km) FROM trips t JOIN depots d ON d.id = t.originDepotId "
               "GROUP BY d.city");
    declines(e, "add the name of the agent");   /* not a measure of the rows counted */
    /* guards: a word the reading would drop declines */
    engine_reset(e);
    check_cols(e, "average number of trips per agent",   /* the average of each agent's count */
               "SELECT AVG(n) FROM (SELECT COUNT(*) AS n FROM trips GROUP BY agentId)");
    declines(e, "average number of trips per agent per depot");   /* two groupings: not one average */
    declines(e, "How many different agents had trips longer than 300 km?");   /* km: not an agent's */
    check_cols(e, "trips booked in 2022 vs 2024",   /* each year, not 2023 between */
               "SELECT strftime('%Y', bookedAt) AS y, COUNT(*) FROM trips "
               "WHERE strftime('%Y', bookedAt) IN ('2022', '2024') GROUP BY y");
    declines(e, "which depots are current");   /* no end date: "current" sets nothing */
    declines(e, "current depots in York");
    check_cols(e, "list current agents in York",
               "SELECT a.* FROM agents a JOIN depots d ON d.id = a.depot_id WHERE d.city = 'York' AND a.left_on IS NULL");
    check_cols(e, "how many agents had absence requests in 2024",
               "SELECT COUNT(DISTINCT agent_id) FROM absence_requests WHERE requested_on >= '2024-01-01' "
               "AND requested_on < '2025-01-01'");
    declines(e, "How many vacation requests are still waiting for approval?");
    declines(e, "the most recent wage per agent");
    close_schema(e, &cat);
}

/* Keys named for a role (majorId -> departments, manager_id -> staff) and
 * keys named for their table (departmentId, category_id -> categories,
 * sku -> products.sku); the cheapest path takes the latter. */
static const char *const keys_ddl =
    "CREATE TABLE departments (id INTEGER PRIMARY KEY, name TEXT);"
    "CREATE TABLE categories (id INTEGER PRIMARY KEY, name TEXT);"
    "CREATE TABLE products (sku TEXT PRIMARY KEY, categoryId INTEGER REFERENCES categories(id));"
    "CREATE TABLE staff (id INTEGER PRIMARY KEY, departmentId INTEGER REFERENCES departments(id),"
    " manager_id INTEGER REFERENCES staff(id));"
    "CREATE TABLE students (id INTEGER PRIMARY KEY, majorId INTEGER REFERENCES departments(id),"
    " advisorId INTEGER REFERENCES staff(id));"
    "CREATE TABLE courses (id INTEGER PRIMARY KEY, department_id INTEGER REFERENCES departments(id));"
    "CREATE TABLE sales_orders (id INTEGER PRIMARY KEY, category_id INTEGER REFERENCES categories(id),"
    " sku TEXT REFERENCES products(sku));"
    "CREATE TABLE enrollments (id INTEGER PRIMARY KEY, studentId INTEGER REFERENCES students(id),"
    " courseId INTEGER REFERENCES courses(id), order_id INTEGER REFERENCES sales_orders(id));";

static void test_role_keys(void)
{
    catalog cat = {0};
    open_schema(keys_ddl, &cat);
    int st = catalog_find_table(&cat, "students"), sf = catalog_find_table(&cat, "staff");
    int so = catalog_find_table(&cat, "sales_orders"), en = catalog_find_table(&cat, "enrollments");
    int pr = catalog_find_table(&cat, "products"), dp = catalog_find_table(&cat, "departments");
    ok(joins_is_role(&cat, st, catalog_find_column(&cat.tables[st], "majorId")), "majorId is a role");
    ok(joins_is_role(&cat, st, catalog_find_column(&cat.tables[st], "advisorId")), "advisorId is a role");
    ok(joins_is_role(&cat, sf, catalog_find_column(&cat.tables[sf], "manager_id")), "manager_id is a role");
    ok(!joins_is_role(&cat, sf, catalog_find_column(&cat.tables[sf], "departmentId")),
       "departmentId names its table");
    ok(!joins_is_role(&cat, so, catalog_find_column(&cat.tables[so], "category_id")),
       "category_id names categories");
    ok(!joins_is_role(&cat, so, catalog_find_column(&cat.tables[so], "sku")), "sku names the key it holds");
    ok(!joins_is_role(&cat, pr, catalog_find_column(&cat.tables[pr], "categoryId")),
       "categoryId names categories");
    ok(!joins_is_role(&cat, en, catalog_find_column(&cat.tables[en], "order_id")),
       "order_id names sales_orders");
    /* enrollments -> departments: through courses.department_id (two plain
     * steps), not students.majorId (a step and a role) */
    size_t n = cat.ntables;
    jedge *parent = calloc(n, sizeof *parent);
    int *depth = calloc(n, sizeof *depth);
    joins_bfs(&cat, en, parent, depth);
    ok(depth[dp] == 2 && parent[dp].a == catalog_find_table(&cat, "courses"),
       "the path to departments goes through courses");
    joins_bfs(&cat, st, parent, depth);
    ok(depth[dp] == 1 && parent[dp].a == st, "a role key is taken when nothing shorter leads there");
    free(parent);
    free(depth);
    close_schema(NULL, &cat);
}

/* A schema documented in its comments: what NULL means in a column. */
static const char *const notes_ddl =
    "CREATE TABLE majors (id INTEGER PRIMARY KEY, title TEXT NOT NULL);\n"
    "CREATE TABLE pupils (\n"
    "  id INTEGER PRIMARY KEY,\n"
    "  full_name TEXT NOT NULL,\n"
    "  major_id INTEGER REFERENCES majors(id), -- the declared major; NULL = undeclared\n"
    "  tier TEXT,           -- bronze, silver; NULL if not a club member\n"
    "  last_seen TEXT,      -- NULL if the pupil never logged in\n"
    "  phase TEXT NOT NULL, -- enrolled, left\n"
    "  town TEXT NOT NULL,  -- Lake Town, Hill, Port\n"
    "  house TEXT           -- NULL for boarders\n"
    ");\n"
    "CREATE TABLE plans (\n"
    "  id INTEGER PRIMARY KEY, pupil_id INTEGER REFERENCES pupils(id),\n"
    "  fee REAL NOT NULL,   -- monthly tuition charge, USD\n"
    "  units INTEGER NOT NULL, -- pupil's study units, where the plan was signed\n"
    "  stopped TEXT         -- NULL while running\n"
    ");\n"
    "INSERT INTO majors VALUES (1,'Art'),(2,'Law');"
    "INSERT INTO pupils VALUES (1,'Ann',1,'bronze','2024-01-02','enrolled','Lake Town','Elm'),"
    " (2,'Bo',NULL,NULL,NULL,'enrolled','Hill',NULL),(3,'Cy',2,NULL,'2024-03-04','left','Port','Oak'),"
    " (4,'Di',NULL,'silver',NULL,'enrolled','Lake Town','Elm'),(5,'Ed',1,NULL,NULL,'left','Hill','Oak');"
    "INSERT INTO plans VALUES (1,1,10,2,NULL),(2,2,20,3,'2024-05-01'),(3,3,30,1,NULL);";

/* Comments in the schema say what NULL means: "undeclared", "club
 * members", "never logged in", "still running". */
static void test_comments(void)
{
    catalog cat = {0};
    open_schema(notes_ddl, &cat);
    engine *e = engine_new(&cat, "sqlite");
    check(e, "how many undeclared pupils", "SELECT COUNT(*) FROM pupils WHERE major_id IS NULL", 0);
    check(e, "how many pupils are club members", "SELECT COUNT(*) FROM pupils WHERE tier IS NOT NULL", 0);
    check(e, "pupils who are not club members", "SELECT * FROM pupils WHERE tier IS NULL", 0);
    check(e, "how many pupils are boarders", "SELECT COUNT(*) FROM pupils WHERE house IS NULL", 0);
    check(e, "how many pupils never logged in", "SELECT COUNT(*) FROM pupils WHERE last_seen IS NULL", 0);
    check(e, "total fee of plans still running", "SELECT SUM(fee) FROM plans WHERE stopped IS NULL", 0);
    /* one word of a joined table's comment is too little to go on */
    declines(e, "total fee of plans of undeclared pupils");
    /* a comment's prose is no name of its column: too loose to answer by */
    declines(e, "plans with a tuition charge above 15");
    /* the currency the comments name is the amounts' unit */
    check(e, "list plans with a fee above 15 dollars", "SELECT * FROM plans WHERE fee > 15", 0);
    declines(e, "plans with a fee above 15 euros");
    /* a value a comment lists is found as a value */
    check(e, "how many pupils live in Lake Town", "SELECT COUNT(*) FROM pupils WHERE town = 'Lake Town'", 0);
    close_schema(e, &cat);
}

static void load_catalog(catalog *cat)
{
    sqlite3_stmt *st, *s2;
    sqlite3_prepare_v2(db, "SELECT name, sql FROM sqlite_master WHERE type='table' ORDER BY rowid", -1, &st, NULL);
    while (sqlite3_step(st) == SQLITE_ROW) {
        const char *tn = (const char *)sqlite3_column_text(st, 0);
        cat_table *t = catalog_add_table(cat, tn, 0);
        char sql[256];
        snprintf(sql, sizeof sql, "PRAGMA table_info(%s)", tn);
        sqlite3_prepare_v2(db, sql, -1, &s2, NULL);
        while (sqlite3_step(s2) == SQLITE_ROW) {
            cat_column *c = catalog_add_column(t, (const char *)sqlite3_column_text(s2, 1),
                                               (const char *)sqlite3_column_text(s2, 2));
            c->pk = sqlite3_column_int(s2, 5) > 0;
            c->notnull = sqlite3_column_int(s2, 3) != 0;
        }
        sqlite3_finalize(s2);
        sqlite_read_comments(t, (const char *)sqlite3_column_text(st, 1));
        snprintf(sql, sizeof sql, "PRAGMA foreign_key_list(%s)", tn);
        sqlite3_prepare_v2(db, sql, -1, &s2, NULL);
        int declared = 0;
        while (sqlite3_step(s2) == SQLITE_ROW) {
            int ci = catalog_find_column(t, (const char *)sqlite3_column_text(s2, 3));
            if (ci >= 0) {
                t->cols[ci].ref_table = xstrdup((const char *)sqlite3_column_text(s2, 2));
                declared = 1;
            }
        }
        sqlite3_finalize(s2);
        for (size_t c = 0; c < t->ncols; c++) {
            cat_column *col = &t->cols[c];
            size_t n = strlen(col->name);
            if (!declared && n > 3 && strcmp(col->name + n - 3, "_id") == 0) {
                char ref[64];
                snprintf(ref, sizeof ref, "%.*ss", (int)(n - 3), col->name);
                col->ref_table = xstrdup(ref);
            }
            if (catalog_kind_of_type(col->decl_type) != COL_TEXT)
                continue;
            snprintf(sql, sizeof sql, "SELECT DISTINCT %s FROM %s WHERE %s IS NOT NULL", col->name, tn,
                     col->name);
            sqlite3_prepare_v2(db, sql, -1, &s2, NULL);
            col->samples = calloc(64, sizeof *col->samples);
            while (sqlite3_step(s2) == SQLITE_ROW && col->nsamples < 64)
                col->samples[col->nsamples++] = xstrdup((const char *)sqlite3_column_text(s2, 0));
            col->samples_complete = 1;
            sqlite3_finalize(s2);
        }
    }
    sqlite3_finalize(st);
    catalog_finish(cat);
}

int main(void)
{
    test_comments();
    catalog cat = {0};
    open_schema(ddl, &cat);
    ok(cat.ntables == 4 && cat.tables[2].cols[2].ref_t == 0, "catalog built by hand");

    engine *e = engine_new(&cat, "sqlite");
    check(e, "how many books", "SELECT COUNT(*) FROM books", 0);
    check(e, "number of members in each city", "SELECT city, COUNT(*) FROM members GROUP BY city", 0);
    check(e, "average price of books", "SELECT AVG(price) FROM books", 0);
    declines(e, "Fantasy vs Cookery: number of books");   /* one side matched nothing */
    check(e, "Fantasy vs Humour: number of books",
          "SELECT genre, COUNT(*) FROM books WHERE genre IN ('Fantasy', 'Humour') GROUP BY genre", 0);
    check(e, "total fees by genre",
          "SELECT b.genre, SUM(l.fee) FROM loans l JOIN books b ON b.id = l.book_id GROUP BY b.genre", 0);
    check(e, "top 2 authors by fees",
          "SELECT a.name, SUM(l.fee) FROM loans l JOIN books b ON b.id = l.book_id "
          "JOIN authors a ON a.id = b.author_id GROUP BY a.id ORDER BY 2 DESC LIMIT 2", 1);
    check(e, "loans per month in 2024",
          "SELECT strftime('%Y-%m', loaned_at), COUNT(*) FROM loans WHERE loaned_at >= '2024-01-01' "
          "AND loaned_at < '2025-01-01' GROUP BY 1 ORDER BY 1", 1);
    check(e, "how many loans of books by Ursula Le Guin",
          "SELECT COUNT(*) FROM loans l JOIN books b ON b.id = l.book_id JOIN authors a ON a.id = b.author_id "
          "WHERE a.name = 'Ursula Le Guin'", 0);
    check(e, "3 cheapest books", "SELECT title, price FROM books ORDER BY price LIMIT 3", 1);
    check(e, "how many science fiction books", "SELECT COUNT(*) FROM books WHERE genre = 'Science Fiction'", 0);
    check(e, "which genre has the most books",
          "SELECT genre, COUNT(*) FROM books GROUP BY genre ORDER BY 2 DESC LIMIT 1", 1);
    check(e, "list loans in March 2024", "SELECT * FROM loans WHERE loaned_at >= '2024-03-01' AND loaned_at < '2024-04-01'", 0);
    check(e, "list books cheaper than 9", "SELECT * FROM books WHERE price < 9", 0);

    /* follow-ups */
    engine_reset(e);
    check(e, "how many loans in 2024", "SELECT COUNT(*) FROM loans WHERE loaned_at >= '2024-01-01' AND loaned_at < '2025-01-01'", 0);
    check(e, "what about 2023?", "SELECT COUNT(*) FROM loans WHERE loaned_at >= '2023-01-01' AND loaned_at < '2024-01-01'", 0);
    check(e, "now by month",
          "SELECT strftime('%Y-%m', loaned_at), COUNT(*) FROM loans WHERE loaned_at >= '2023-01-01' "
          "AND loaned_at < '2024-01-01' GROUP BY 1 ORDER BY 1", 1);
    engine_reset(e);
    check(e, "total fees by city",
          "SELECT m.city, SUM(l.fee) FROM loans l JOIN members m ON m.id = l.member_id GROUP BY m.city", 0);
    check(e, "only Leeds",
          "SELECT m.city, SUM(l.fee) FROM loans l JOIN members m ON m.id = l.member_id WHERE m.city = 'Leeds' GROUP BY m.city", 0);
    check(e, "what about York?",
          "SELECT m.city, SUM(l.fee) FROM loans l JOIN members m ON m.id = l.member_id WHERE m.city = 'York' GROUP BY m.city", 0);

    /* refusals keep the context and name tables */
    char *sql = NULL, *note = NULL;
    dbt_error err = {0};
    int rc = engine_generate(e, "what is the weather like in paris", "2024-12-31", &sql, &note, &err);
    is_int(rc, -1, "nonsense is refused");
    is_int(err.code, DBT_ERR_NOT_UNDERSTOOD, "refusal code");
    ok(strstr(err.message, "books") != NULL, "refusal names tables");
    ok(sql == NULL, "no SQL on refusal");

    /* relative dates */
    engine_reset(e);
    check(e, "how many loans in the last 12 months",
          "SELECT COUNT(*) FROM loans WHERE loaned_at >= '2024-01-01' AND loaned_at < '2025-01-01'", 0);

    /* period over period: the first asked month's change needs the month
     * before it */
    engine_reset(e);
    check(e, "month over month change in loans from February to July 2024",
          "WITH m AS (SELECT strftime('%Y-%m', loaned_at) AS mo, COUNT(*) AS n FROM loans "
          "WHERE loaned_at >= '2024-01-01' AND loaned_at < '2024-08-01' GROUP BY 1), "
          "g AS (SELECT mo, 100.0 * (n - LAG(n) OVER (ORDER BY mo)) / LAG(n) OVER (ORDER BY mo) FROM m) "
          "SELECT * FROM g WHERE mo >= '2024-02' ORDER BY 1", 1);
    engine_reset(e);
    check(e, "year-over-year growth in total fees",
          "WITH m AS (SELECT strftime('%Y', loaned_at) AS y, SUM(fee) AS v FROM loans GROUP BY 1) "
          "SELECT y, 100.0 * (v - LAG(v) OVER (ORDER BY y)) / LAG(v) OVER (ORDER BY y) FROM m ORDER BY 1", 1);
    /* the best row within each group */
    engine_reset(e);
    check(e, "for each genre, which author has the most loans",
          "WITH x AS (SELECT b.genre, a.name, COUNT(*) AS n FROM loans l JOIN books b ON b.id = l.book_id "
          "JOIN authors a ON a.id = b.author_id GROUP BY b.genre, a.id), "
          "r AS (SELECT *, ROW_NUMBER() OVER (PARTITION BY genre ORDER BY n DESC) AS rn FROM x) "
          "SELECT genre, name, n FROM r WHERE rn = 1", 0);
    /* medians: odd and even counts per group, a group of one (the values
     * are in the ddl above: fees 0.5 1 1.5 2 2.5 2.5 3) */
    engine_reset(e);
    check(e, "median fee of loans", "SELECT 2.0", 0);
    check(e, "median price of books by genre",
          "SELECT 'Science Fiction', 10.75 UNION ALL SELECT 'Fantasy', 11.5 UNION ALL SELECT 'Humour', 7.5", 0);
    check(e, "which genre has the highest median price", "SELECT 'Fantasy', 11.5", 1);
    engine_reset(e);
    check(e, "total fees by city", "SELECT 'Leeds', 9.5 UNION ALL SELECT 'York', 3.5", 0);
    check(e, "and the median?", "SELECT 'Leeds', 2.0 UNION ALL SELECT 'York', 1.75", 0);
    engine_reset(e);
    declines(e, "median number of loans per member");
    /* weeks: labelled by their Monday (2024-01-15 and 2024-01-30 are a Monday and a Tuesday) */
    check(e, "loans by week in 2024",
          "SELECT '2024-01-15', 1 UNION ALL SELECT '2024-01-29', 1 UNION ALL SELECT '2024-02-26', 1 "
          "UNION ALL SELECT '2024-03-25', 1 UNION ALL SELECT '2024-07-01', 1", 1);
    engine_free(e);

    /* PostgreSQL dialect */
    e = engine_new(&cat, "postgres");
    rc = engine_generate(e, "loans per month", "2024-12-31", &sql, &note, &err);
    ok(rc == 0 && sql && strstr(sql, "to_char(loaned_at, 'YYYY-MM')"), "postgres month bucket");
    free(sql);
    free(note);
    rc = engine_generate(e, "loans per week", "2024-12-31", &sql, &note, &err);
    ok(rc == 0 && sql && strstr(sql, "to_char(date_trunc('week', loaned_at), 'YYYY-MM-DD')"),
       "postgres week bucket: its Monday, as in SQLite");
    free(sql);
    free(note);
    rc = engine_generate(e, "median fee by city", "2024-12-31", &sql, &note, &err);
    ok(rc == 0 && sql && strstr(sql, "percentile_cont(0.5) WITHIN GROUP (ORDER BY l.fee)") &&
           strstr(note, "median of fee"), "postgres median: percentile_cont");
    free(sql);
    free(note);
    rc = engine_generate(e, "bottom 2 cities by median fee", "2024-12-31", &sql, &note, &err);
    ok(rc == 0 && sql && strstr(sql, "ASC NULLS LAST"), "postgres ranking: groups without a value last");
    free(sql);
    free(note);
    close_schema(e, &cat);

    /* a second schema of another domain: teams, staff with a manager
     * self-reference, trainings with two dates */
    catalog hr = {0};
    open_schema(hr_ddl, &hr);
    e = engine_new(&hr, "sqlite");
    check_cols(e, "how many staff", "SELECT COUNT(*) FROM staff");
    check_cols(e, "average salary by team",
               "SELECT t.name, AVG(s.salary) FROM staff s JOIN teams t ON t.id = s.team_id GROUP BY t.id");
    check_cols(e, "what percentage of staff are senior",
               "SELECT 100.0 * SUM(grade = 'senior') / COUNT(*) FROM staff");
    check_cols(e, "share of salary by grade",
               "SELECT grade, 100.0 * SUM(salary) / (SELECT SUM(salary) FROM staff) FROM staff GROUP BY grade");
    check_cols(e, "average days between booked and completed",
               "SELECT AVG(julianday(completed_on) - julianday(booked_on)) FROM trainings");
    check_cols(e, "how many teams have no staff",
               "SELECT COUNT(*) FROM teams t WHERE NOT EXISTS (SELECT 1 FROM staff s WHERE s.team_id = t.id)");
    check_cols(e, "how many staff never left", "SELECT COUNT(*) FROM staff WHERE left_on IS NULL");
    check_cols(e, "senior vs junior staff: average salary",
               "SELECT grade, AVG(salary) FROM staff WHERE grade IN ('senior', 'junior') GROUP BY grade");
    check_cols(e, "which teams have an average salary above 6000",
               "SELECT t.name FROM staff s JOIN teams t ON t.id = s.team_id GROUP BY t.id HAVING AVG(s.salary) > 6000");
    check_cols(e, "how many staff completed at least one training in 2024",
               "SELECT COUNT(DISTINCT staff_id) FROM trainings WHERE completed_on >= '2024-01-01' AND completed_on < '2025-01-01'");
    check_cols(e, "when did the first staff member start",
               "SELECT MIN(started_on) FROM staff");
    check_cols(e, "trainings costing over 1000 by course",
               "SELECT course, COUNT(*) FROM trainings WHERE cost > 1000 GROUP BY course");
    /* people words: headcount and payroll are of the staff here now */
    check_cols(e, "What is the headcount by team?",
               "SELECT t.name, COUNT(*) FROM staff s JOIN teams t ON t.id = s.team_id WHERE s.left_on IS NULL GROUP BY t.id");
    check_cols(e, "total payroll", "SELECT SUM(salary) FROM staff WHERE left_on IS NULL");
    check_cols(e, "how many people left in 2024",
               "SELECT COUNT(*) FROM staff WHERE left_on >= '2024-01-01' AND left_on < '2025-01-01'");
    check_cols(e, "how many former staff", "SELECT COUNT(*) FROM staff WHERE left_on IS NOT NULL");
    check_cols(e, "staff who are still employed", "SELECT * FROM staff WHERE left_on IS NULL");
    check_cols(e, "how many staff have no manager", "SELECT COUNT(*) FROM staff WHERE manager_id IS NULL");
    check_cols(e, "how many trainings are still pending", "SELECT COUNT(*) FROM trainings WHERE completed_on IS NULL");
    check_cols(e, "staff who left, by team",
               "SELECT t.name, COUNT(*) FROM staff s JOIN teams t ON t.id = s.team_id WHERE s.left_on IS NOT NULL GROUP BY t.id");
    engine_reset(e);
    declines(e, "How many staff does Ada Byron manage?");   /* the manager key is not followed */
    engine_reset(e);
    check_cols(e, "staff by grade", "SELECT grade, COUNT(*) FROM staff GROUP BY grade");
    check_cols(e, "show it as percentages",
               "SELECT grade, 100.0 * COUNT(*) / (SELECT COUNT(*) FROM staff) FROM staff GROUP BY grade");
    /* a running total over time periods (of the month each started) */
    check_cols(e, "cumulative salary by month",
               "SELECT m, SUM(s) OVER (ORDER BY m) FROM (SELECT strftime('%Y-%m', started_on) AS m,"
               " SUM(salary) AS s FROM staff GROUP BY m)");
    declines(e, "cumulative salary");   /* no time periods to run over */
    declines(e, "how many wibbles frobbed the quux");
    close_schema(e, &hr);
    test_choices();
    test_words();
    test_roles_and_guards();
    test_role_keys();
    return done_testing();
}
