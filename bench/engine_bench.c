/* engine_bench.c: how fast the built-in engine is. (1) In process, the
 * time engine_generate takes per question on the sample database (each
 * question fresh, many rounds): median and 95th percentile. (2) On a
 * generated catalog of 1,000 tables and 20,000 columns with realistic
 * sample values: the time to build the engine (its indexes) and per
 * question (median, p95, max). (3) With DB and QUESTIONS, the same on a
 * database's own catalog, sampled as the program samples it (bench/llm.sh
 * passes the 1,000-table schema bench/bigschema builds and the evaluation
 * set's questions, with SAMPLE "-" to skip (1) and (2)).
 *
 *   engine_bench SAMPLE.sqlite|- [ROUNDS [DB.sqlite QUESTIONS.jsonl]]   (ROUNDS default 50;
 *   the big catalogs get ROUNDS / 10 rounds, 3 at least) */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "catalog.h"
#include "databot.h"
#include "engine/engine.h"
#include "pools.h"
#include "qset.h"
#include "question.h"
#include "session.h"
#include "util.h"

static double now_us(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec * 1e6 + (double)t.tv_nsec / 1e3;
}

static int cmp_d(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

static const char *const questions[] = {
    "how many customers are there", "revenue by country", "total revenue by month in 2024",
    "average order value by channel", "top 5 products by revenue", "number of orders by status",
    "customers who never placed an order", "share of revenue by category",
    "average rating by category", "orders last month", "how many orders were cancelled in 2023",
    "top 10 customers by number of orders", "average days between order and shipment",
    "payments by method", "which city has the most customers", "orders over 500",
    "products cheaper than 10", "revenue by quarter", "count of reviews by rating",
    "average price of products by category", NULL
};

/* ---- a realistic catalog of 1,000 tables and 20,000 columns -------------------
 * Some forty kinds of table (customers, orders, invoices, tickets, patients,
 * appointments, shipments...) under twenty-five prefixes (crm_, shop_,
 * stg_, archive_...), as in a warehouse; each table has an id, its kind's
 * columns with foreign keys to the tables of its prefix, and common columns
 * (status, country, notes, created_by, external_ref...) up to 20. Text
 * columns carry sample values as the sampler would keep them: 3 to 12
 * values of shared pools (statuses, countries, plans, specialties: the same
 * values in many tables), 30 person names, 20 company names, 30 e-mail
 * addresses, 30 codes, 10 sentences of free text. Deterministic. */

static uint32_t rng = 12345;

static uint32_t rnd(uint32_t n)
{
    rng = rng * 1103515245u + 12345u;
    return (rng >> 8) % n;
}


static const char *const *pool_of(const char *name)
{
    const char *const *v = bench_pool(name);
    return v ? v : bench_pool("country");
}

/* A column: its name, type, and values: "=pool", "p" a person, "c" a
 * company, "e" an e-mail, "k" a code, "x" free text, "@kind" a foreign
 * key, "" none (numbers, dates). */
typedef struct gcol {
    const char *name, *type, *gen;
} gcol;

typedef struct gkind {
    const char *name;
    gcol cols[8];
} gkind;

static const gkind kinds[] = {
    { "customers", { { "name", "TEXT", "p" }, { "email", "TEXT", "e" }, { "country", "TEXT", "=country" },
                     { "city", "TEXT", "=city" }, { "signup_date", "DATE", "" }, { "segment", "TEXT", "=segment" } } },
    { "accounts", { { "name", "TEXT", "c" }, { "industry", "TEXT", "=industry" }, { "tier", "TEXT", "=tier" },
                    { "annual_revenue", "REAL", "" }, { "owner_id", "INTEGER", "@employees" } } },
    { "users", { { "account_id", "INTEGER", "@accounts" }, { "email", "TEXT", "e" }, { "role", "TEXT", "=role" },
                 { "last_login_at", "TIMESTAMP", "" } } },
    { "contacts", { { "account_id", "INTEGER", "@accounts" }, { "name", "TEXT", "p" }, { "title", "TEXT", "=title" },
                    { "phone", "TEXT", "k" } } },
    { "leads", { { "name", "TEXT", "p" }, { "company", "TEXT", "c" }, { "source", "TEXT", "=channel" },
                 { "score", "INTEGER", "" } } },
    { "opportunities", { { "account_id", "INTEGER", "@accounts" }, { "stage", "TEXT", "=stage" },
                         { "amount", "REAL", "" }, { "close_date", "DATE", "" } } },
    { "orders", { { "customer_id", "INTEGER", "@customers" }, { "order_date", "DATE", "" },
                  { "channel", "TEXT", "=channel" }, { "total", "REAL", "" } } },
    { "order_items", { { "order_id", "INTEGER", "@orders" }, { "product_id", "INTEGER", "@products" },
                       { "quantity", "INTEGER", "" }, { "unit_price", "REAL", "" } } },
    { "products", { { "name", "TEXT", "=product" }, { "category", "TEXT", "=category" }, { "price", "REAL", "" },
                    { "sku", "TEXT", "k" } } },
    { "payments", { { "order_id", "INTEGER", "@orders" }, { "method", "TEXT", "=method" }, { "amount", "REAL", "" },
                    { "paid_at", "TIMESTAMP", "" } } },
    { "invoices", { { "customer_id", "INTEGER", "@customers" }, { "amount", "REAL", "" },
                    { "issued_at", "DATE", "" }, { "due_date", "DATE", "" }, { "invoice_status", "TEXT", "=pay_status" } } },
    { "subscriptions", { { "customer_id", "INTEGER", "@customers" }, { "plan", "TEXT", "=plan" },
                         { "monthly_fee", "REAL", "" }, { "started_at", "DATE", "" }, { "ended_at", "DATE", "" } } },
    { "events", { { "user_id", "INTEGER", "@users" }, { "event_type", "TEXT", "=event_type" },
                  { "occurred_at", "TIMESTAMP", "" }, { "device", "TEXT", "=device" } } },
    { "tickets", { { "customer_id", "INTEGER", "@customers" }, { "subject", "TEXT", "=ticket_category" },
                   { "opened_at", "TIMESTAMP", "" }, { "closed_at", "TIMESTAMP", "" },
                   { "satisfaction", "INTEGER", "" } } },
    { "employees", { { "name", "TEXT", "p" }, { "department_id", "INTEGER", "@departments" },
                     { "title", "TEXT", "=title" }, { "hired_on", "DATE", "" }, { "salary", "REAL", "" } } },
    { "departments", { { "name", "TEXT", "=dept" }, { "cost_center", "TEXT", "k" } } },
    { "projects", { { "name", "TEXT", "c" }, { "client_id", "INTEGER", "@accounts" }, { "budget", "REAL", "" },
                    { "started_on", "DATE", "" } } },
    { "suppliers", { { "name", "TEXT", "c" }, { "rating", "INTEGER", "" }, { "category", "TEXT", "=category" } } },
    { "warehouses", { { "name", "TEXT", "=city" }, { "capacity", "INTEGER", "" } } },
    { "shipments", { { "order_id", "INTEGER", "@orders" }, { "carrier", "TEXT", "=carrier" },
                     { "shipped_at", "DATE", "" }, { "delivered_at", "DATE", "" } } },
    { "returns", { { "order_id", "INTEGER", "@orders" }, { "reason", "TEXT", "=reason" },
                   { "refunded_amount", "REAL", "" }, { "returned_at", "DATE", "" } } },
    { "reviews", { { "product_id", "INTEGER", "@products" }, { "customer_id", "INTEGER", "@customers" },
                   { "rating", "INTEGER", "" }, { "body", "TEXT", "x" } } },
    { "campaigns", { { "name", "TEXT", "c" }, { "channel", "TEXT", "=channel" }, { "budget", "REAL", "" },
                     { "started_on", "DATE", "" } } },
    { "patients", { { "name", "TEXT", "p" }, { "birth_date", "DATE", "" }, { "sex", "TEXT", "=sex" },
                    { "insurance", "TEXT", "=insurance" } } },
    { "doctors", { { "name", "TEXT", "p" }, { "specialty", "TEXT", "=specialty" },
                   { "department_id", "INTEGER", "@departments" } } },
    { "appointments", { { "patient_id", "INTEGER", "@patients" }, { "doctor_id", "INTEGER", "@doctors" },
                        { "scheduled_at", "TIMESTAMP", "" }, { "fee", "REAL", "" } } },
    { "prescriptions", { { "appointment_id", "INTEGER", "@appointments" }, { "drug", "TEXT", "=drug" },
                         { "quantity", "INTEGER", "" }, { "cost", "REAL", "" } } },
    { "admissions", { { "patient_id", "INTEGER", "@patients" }, { "diagnosis", "TEXT", "=diagnosis" },
                      { "admitted_at", "TIMESTAMP", "" }, { "discharged_at", "TIMESTAMP", "" } } },
    { "claims", { { "patient_id", "INTEGER", "@patients" }, { "amount", "REAL", "" }, { "filed_at", "DATE", "" } } },
    { "students", { { "name", "TEXT", "p" }, { "program", "TEXT", "=course" }, { "enrolled_on", "DATE", "" } } },
    { "courses", { { "name", "TEXT", "=course" }, { "department_id", "INTEGER", "@departments" },
                   { "credits", "INTEGER", "" } } },
    { "enrollments", { { "student_id", "INTEGER", "@students" }, { "course_id", "INTEGER", "@courses" },
                       { "grade", "TEXT", "=tier" } } },
    { "devices", { { "user_id", "INTEGER", "@users" }, { "model", "TEXT", "=product" }, { "os", "TEXT", "=os" } } },
    { "bookings", { { "customer_id", "INTEGER", "@customers" }, { "room_type", "TEXT", "=room_type" },
                    { "check_in", "DATE", "" }, { "check_out", "DATE", "" }, { "total", "REAL", "" } } },
    { "flights", { { "origin", "TEXT", "=airport" }, { "destination", "TEXT", "=airport" },
                   { "departs_at", "TIMESTAMP", "" }, { "seats", "INTEGER", "" } } },
    { "transactions", { { "account_id", "INTEGER", "@accounts" }, { "amount", "REAL", "" },
                        { "kind", "TEXT", "=txn_kind" }, { "posted_at", "TIMESTAMP", "" } } },
    { "loans", { { "customer_id", "INTEGER", "@customers" }, { "principal", "REAL", "" },
                 { "rate", "REAL", "" }, { "issued_on", "DATE", "" } } },
    { "articles", { { "title", "TEXT", "x" }, { "author", "TEXT", "p" }, { "published_at", "DATE", "" },
                    { "views", "INTEGER", "" } } },
    { "tasks", { { "project_id", "INTEGER", "@projects" }, { "assignee", "TEXT", "p" },
                 { "priority", "TEXT", "=priority" }, { "due_date", "DATE", "" } } },
    { "vehicles", { { "plate", "TEXT", "k" }, { "make", "TEXT", "c" }, { "mileage", "INTEGER", "" } } },
};

/* Common columns, taken in turn until a table has 20. */
static const gcol common[] = {
    { "status", "TEXT", "=status" }, { "created_at", "TIMESTAMP", "" }, { "country", "TEXT", "=country" },
    { "notes", "TEXT", "x" }, { "updated_at", "TIMESTAMP", "" }, { "created_by", "TEXT", "p" },
    { "external_ref", "TEXT", "k" }, { "region", "TEXT", "=region" }, { "currency", "TEXT", "=currency" },
    { "score", "INTEGER", "" }, { "source", "TEXT", "=channel" }, { "priority", "TEXT", "=priority" },
    { "is_active", "INTEGER", "" }, { "language", "TEXT", "=language" }, { "discount", "REAL", "" },
    { "contact_email", "TEXT", "e" }, { "city", "TEXT", "=city" }, { "version", "INTEGER", "" },
    { "category", "TEXT", "=category" }, { "approved_by", "TEXT", "p" }, { "vendor", "TEXT", "c" },
    { "batch_code", "TEXT", "k" }, { "segment", "TEXT", "=segment" }, { "weight_kg", "REAL", "" },
    { "description", "TEXT", "x" }, { "deleted_at", "TIMESTAMP", "" }, { "plan", "TEXT", "=plan" },
};

static const char *const prefixes[] = {
    "", "crm_", "shop_", "billing_", "hr_", "clinic_", "stg_", "archive_", "dw_", "raw_", "ops_",
    "mkt_", "fin_", "app_", "legacy_", "eu_", "us_", "apac_", "tmp_", "snapshot_2023_", "sandbox_",
    "partner_", "b2b_", "retail_", "support_",
};

static void add_samples(cat_column *col, const char *gen, const char *cname)
{
    static const char *const domains[] = { "example.com", "mail.com", "corp.io", "shop.net" };
    char v[96];
    size_t n = 0;
    const char *const *pv = NULL;
    if (gen[0] == '=') {
        pv = pool_of(gen + 1);
        size_t len = bench_pool_len(pv);
        n = 3 + rnd(10);
        if (n > len)
            n = len;
    } else if (gen[0] == 'p' || gen[0] == 'e' || gen[0] == 'k') {
        n = 30;
    } else if (gen[0] == 'c') {
        n = 20;
    } else if (gen[0] == 'x') {
        n = 10;
    }
    if (!n)
        return;
    col->samples = calloc(n, sizeof *col->samples);
    const char *const *first = pool_of("first"), *const *last = pool_of("last");
    const char *const *comp = pool_of("company"), *const *word = pool_of("word");
    size_t nf = bench_pool_len(first), nl = bench_pool_len(last), nc = bench_pool_len(comp), nw = bench_pool_len(word);
    size_t start = pv ? rnd((uint32_t)bench_pool_len(pv)) : 0;
    for (size_t i = 0; col->samples && i < n; i++) {
        switch (gen[0]) {
        case '=':
            snprintf(v, sizeof v, "%s", pv[(start + i) % bench_pool_len(pv)]);
            break;
        case 'p':
            snprintf(v, sizeof v, "%s %s", first[rnd((uint32_t)nf)], last[rnd((uint32_t)nl)]);
            break;
        case 'e':
            snprintf(v, sizeof v, "%c.%s%u@%s", first[rnd((uint32_t)nf)][0] | 0x20, last[rnd((uint32_t)nl)],
                     rnd(100), domains[rnd(4)]);
            break;
        case 'k':
            snprintf(v, sizeof v, "%c%c-%05u", 'A' + (cname[0] & 15), 'A' + rnd(26), rnd(100000));
            break;
        case 'c':
            snprintf(v, sizeof v, "%s%s", comp[rnd((uint32_t)nc)], rnd(3) ? "" : " Holdings");
            break;
        default: {
            size_t len = 0, words = 3 + rnd(10);
            v[0] = '\0';
            for (size_t w = 0; w < words && len + 16 < sizeof v; w++)
                len += (size_t)snprintf(v + len, sizeof v - len, "%s%s", w ? " " : "", word[rnd((uint32_t)nw)]);
            if (len)
                v[0] = (char)(v[0] & ~0x20);
        }
        }
        /* distinct values, as the sampler keeps them */
        int dup = 0;
        for (size_t k = 0; k < col->nsamples && !dup; k++)
            dup = strcmp(col->samples[k], v) == 0;
        if (!dup)
            col->samples[col->nsamples++] = xstrdup(v);
    }
}

static void realistic_catalog(catalog *cat, int ntables, int ncols)
{
    size_t nkinds = sizeof kinds / sizeof kinds[0], npre = sizeof prefixes / sizeof prefixes[0];
    memset(cat, 0, sizeof *cat);
    rng = 12345;
    char name[128];
    for (int t = 0; t < ntables; t++) {
        const gkind *k = &kinds[(size_t)t % nkinds];
        const char *pre = prefixes[((size_t)t / nkinds) % npre];
        if ((size_t)t < nkinds * npre)
            snprintf(name, sizeof name, "%s%s", pre, k->name);
        else
            snprintf(name, sizeof name, "%s%s_%d", pre, k->name, t);
        cat_table *tab = catalog_add_table(cat, name, 0);
        tab->rows = 1000 + rnd(100000);
        catalog_add_column(tab, "id", "INTEGER")->pk = 1;
        for (int c = 0; c < 8 && k->cols[c].name && (int)tab->ncols < ncols; c++) {
            const gcol *g = &k->cols[c];
            cat_column *col = catalog_add_column(tab, g->name, g->type);
            if (g->gen[0] == '@') {
                /* the table of that kind under the same prefix */
                for (size_t r = 0; r < nkinds; r++)
                    if (strcmp(kinds[r].name, g->gen + 1) == 0) {
                        snprintf(name, sizeof name, "%s%s", pre, kinds[r].name);
                        col->ref_table = xstrdup(name);
                    }
            } else {
                add_samples(col, g->gen, g->name);
            }
        }
        size_t start = rnd(sizeof common / sizeof common[0]);
        for (size_t c = 0; (int)tab->ncols < ncols && c < sizeof common / sizeof common[0]; c++) {
            const gcol *g = &common[(start + c) % (sizeof common / sizeof common[0])];
            if (catalog_find_column(tab, g->name) >= 0)
                continue;
            add_samples(catalog_add_column(tab, g->name, g->type), g->gen, g->name);
        }
    }
    catalog_finish(cat);
}

/* Questions an analyst asks of such a warehouse: names, values, typos. */
static const char *const big_questions[] = {
    "how many customers are there", "total amount of invoices by invoice status",
    "orders by country in 2024", "average price of products by category",
    "top 10 customers by number of orders", "tickets with priority urgent by status",
    "count of doctors by specialty", "payments by method", "total amount of payments by month",
    "subscriptions on the enterprise plan by country", "patients in Berlin",
    "cancelled orders by channel", "average salary of employees by title",
    "shipments by carrier", "canceled subscriptions by plan", "ordrs from Germany",
    "how many appointments were scheduled last month", "leads from referral by status",
    "claims over 1000 by region", "average rating of reviews by product",
    "which city has the most customers", "users by role", "prescriptions of Ibuprofen by quarter",
    "open opportunities by stage", "how many students are enrolled in Statistics",
    "revenue by month in 2024", "what is the average price", NULL
};

/* ---- the engine on a big catalog ------------------------------------------------ */

#define BUILDS 7

static void print_times(const char *what, double *t, size_t n)
{
    qsort(t, n, sizeof *t, cmp_d);
    printf("  %s: median %.2f ms, p95 %.2f ms, max %.2f ms\n", what, t[n / 2] / 1000,
           t[(n * 95) / 100 < n ? (n * 95) / 100 : n - 1] / 1000, t[n - 1] / 1000);
}

/* Build the engine (its indexes) BUILDS times, then ask each question
 * fresh, rounds times: the build's and the questions' times. */
static void bench_catalog(const catalog *cat, const char *const *qs, size_t nq, int rounds)
{
    size_t cols = 0, text = 0, samples = 0, text_samples = 0;
    for (size_t i = 0; i < cat->ntables; i++)
        for (size_t c = 0; c < cat->tables[i].ncols; c++) {
            const cat_column *col = &cat->tables[i].cols[c];
            cols++;
            samples += col->nsamples;
            if (col->kind == COL_TEXT) {
                text++;
                text_samples += col->nsamples;
            }
        }
    printf("  %zu tables, %zu columns (%zu text), %zu sample values (%zu in text columns)\n",
           cat->ntables, cols, text, samples, text_samples);
    double b[BUILDS];
    engine *e = NULL;
    for (int i = 0; i < BUILDS; i++) {
        engine_free(e);
        double t0 = now_us();
        e = engine_new(cat, "sqlite");
        b[i] = now_us() - t0;
    }
    print_times("index build (engine_new)", b, BUILDS);
    double *t = malloc(sizeof *t * nq * (size_t)rounds);
    size_t n = 0, answered = 0;
    dbt_error err;
    for (int r = 0; t && r < rounds; r++)
        for (size_t i = 0; i < nq; i++) {
            char *sql = NULL, *note = NULL;
            engine_reset(e);
            double t0 = now_us();
            int rc = engine_generate(e, qs[i], "2024-12-31", &sql, &note, &err);
            t[n++] = now_us() - t0;
            answered += rc == 0 && r == 0;
            free(sql);
            free(note);
        }
    if (n) {
        char what[96];
        snprintf(what, sizeof what, "per question (%zu questions x %d rounds, %zu answered)", nq, rounds, answered);
        print_times(what, t, n);
    }
    free(t);
    engine_free(e);
}

static void big_catalog(int rounds)
{
    catalog big;
    double g0 = now_us();
    realistic_catalog(&big, 1000, 20);
    printf("engine, generated catalog (made in %.0f ms):\n", (now_us() - g0) / 1000);
    size_t nq = 0;
    while (big_questions[nq])
        nq++;
    bench_catalog(&big, big_questions, nq, rounds);
    catalog_free(&big);
}

/* A database's catalog (sampled as the program samples it) and a question
 * set (JSONL: the evaluation set's questions.jsonl). */
static int real_schema(const char *db, const char *set, int rounds)
{
    qset qs = { 0 };
    if (qset_load(&qs, set) < 0)
        return -1;
    dbt_config cfg;
    dbt_config_init(&cfg);
    cfg.offline = 1;
    dbt_error err;
    dbt_session *s = dbt_open(db, &cfg, &err);
    if (!s) {
        fprintf(stderr, "engine_bench: %s\n", err.message);
        qset_free(&qs);
        return -1;
    }
    char **q = calloc(qs.n + 1, sizeof *q);
    size_t nq = 0;
    for (size_t i = 0; q && i < qs.n; i++)
        if (question_clean(qs.items[i].question, &q[nq], &err) == 0)
            nq++;
    printf("engine, %s with the questions of %s:\n", db, set);
    if (q)
        bench_catalog(&s->cat, (const char *const *)q, nq, rounds);
    for (size_t i = 0; q && i < nq; i++)
        free(q[i]);
    free(q);
    dbt_close(s);
    qset_free(&qs);
    return 0;
}

/* (1) the sample database's questions, in process */
static int sample_db(const char *path, int rounds)
{
    dbt_config cfg;
    dbt_config_init(&cfg);
    cfg.offline = 1;
    cfg.as_of = "2024-12-31";
    dbt_error err;
    dbt_session *s = dbt_open(path, &cfg, &err);
    if (!s) {
        fprintf(stderr, "engine_bench: %s\n", err.message);
        return -1;
    }
    size_t nq = 0;
    while (questions[nq])
        nq++;
    double *t = malloc(sizeof *t * nq * (size_t)rounds);
    size_t n = 0, answered = 0;
    for (int r = 0; t && r < rounds; r++)
        for (size_t i = 0; i < nq; i++) {
            char *sql = NULL, *note = NULL;
            engine_reset(s->eng);
            double t0 = now_us();
            int rc = engine_generate(s->eng, questions[i], "2024-12-31", &sql, &note, &err);
            t[n++] = now_us() - t0;
            answered += rc == 0 && r == 0;
            free(sql);
            free(note);
        }
    if (n) {
        qsort(t, n, sizeof *t, cmp_d);
        printf("engine, sample database: %zu questions x %d rounds (%zu answered): "
               "median %.3f ms, p95 %.3f ms, max %.3f ms per question\n",
               nq, rounds, answered, t[n / 2] / 1000, t[(n * 95) / 100] / 1000, t[n - 1] / 1000);
    }
    free(t);
    dbt_close(s);
    return 0;
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: engine_bench SAMPLE.sqlite|- [ROUNDS [DB.sqlite QUESTIONS.jsonl]]\n");
        return 2;
    }
    int rounds = argc > 2 ? atoi(argv[2]) : 50;
    if (rounds < 1)
        rounds = 1;
    int big_rounds = rounds / 10 < 3 ? 3 : rounds / 10;
    /* "-": only the database given after it */
    if (strcmp(argv[1], "-") != 0) {
        if (sample_db(argv[1], rounds) < 0)
            return 1;
        big_catalog(big_rounds);
    }
    if (argc > 4 && real_schema(argv[3], argv[4], big_rounds) < 0)
        return 1;
    return 0;
}
