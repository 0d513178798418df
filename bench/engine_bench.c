/* engine_bench.c: how fast the built-in engine is. (1) In process, the
 * time engine_generate takes per question on the sample database (each
 * question fresh, many rounds): median and 95th percentile. (2) On a
 * generated catalog of 1,000 tables and 20,000 columns: the time to build
 * the engine (its indexes) and to answer a question there.
 *
 *   engine_bench SAMPLE.sqlite [ROUNDS]      (default 50) */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "catalog.h"
#include "databot.h"
#include "engine/engine.h"
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

static void fake_catalog(catalog *cat, int ntables, int ncols)
{
    static const char *const words[] = {"account", "invoice", "region", "status", "amount",
                                        "created", "name", "code", "price", "quantity", "owner",
                                        "segment", "plan", "event", "ticket", "device"};
    memset(cat, 0, sizeof *cat);
    char name[64];
    for (int t = 0; t < ntables; t++) {
        snprintf(name, sizeof name, "%s_%s_%d", words[t % 16], words[(t / 16) % 16], t);
        cat_table *tab = catalog_add_table(cat, name, 0);
        tab->rows = 1000;
        catalog_add_column(tab, "id", "INTEGER")->pk = 1;
        for (int c = 1; c < ncols; c++) {
            const char *type = c % 5 == 0 ? "DATE" : c % 3 == 0 ? "REAL" : "TEXT";
            snprintf(name, sizeof name, "%s_%s", words[(t + c) % 16], words[(c * 7) % 16]);
            if (c == 1 && t > 0) {
                snprintf(name, sizeof name, "parent_%d_id", t - 1);
                cat_column *col = catalog_add_column(tab, name, "INTEGER");
                col->ref_table = xstrdup(cat->tables[t - 1].name);
                continue;
            }
            cat_column *col = catalog_add_column(tab, name, type);
            if (c % 4 == 2) {
                col->samples = calloc(4, sizeof *col->samples);
                for (int s = 0; col->samples && s < 4; s++) {
                    snprintf(name, sizeof name, "value %d %d", t, s);
                    col->samples[col->nsamples++] = xstrdup(name);
                }
            }
        }
    }
    catalog_finish(cat);
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: engine_bench SAMPLE.sqlite [ROUNDS]\n");
        return 2;
    }
    int rounds = argc > 2 ? atoi(argv[2]) : 50;
    if (rounds < 1)
        rounds = 1;
    dbt_config cfg;
    dbt_config_init(&cfg);
    cfg.offline = 1;
    cfg.as_of = "2024-12-31";
    dbt_error err;
    dbt_session *s = dbt_open(argv[1], &cfg, &err);
    if (!s) {
        fprintf(stderr, "engine_bench: %s\n", err.message);
        return 1;
    }
    size_t nq = 0;
    while (questions[nq])
        nq++;
    double *t = malloc(sizeof *t * nq * (size_t)rounds);
    size_t n = 0, answered = 0;
    for (int r = 0; r < rounds; r++)
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
    qsort(t, n, sizeof *t, cmp_d);
    printf("engine, sample database: %zu questions x %d rounds (%zu answered): "
           "median %.3f ms, p95 %.3f ms, max %.3f ms per question\n",
           nq, rounds, answered, t[n / 2] / 1000, t[(n * 95) / 100] / 1000, t[n - 1] / 1000);
    free(t);
    dbt_close(s);

    catalog big;
    double g0 = now_us();
    fake_catalog(&big, 1000, 20);
    double g1 = now_us();
    size_t cols = 0;
    for (size_t i = 0; i < big.ntables; i++)
        cols += big.tables[i].ncols;
    double b0 = now_us();
    engine *e = engine_new(&big, "sqlite");
    double b1 = now_us();
    double q[5];
    const char *bq[] = {"total amount by region", "how many invoice accounts",
                        "average price by segment", "count of tickets by status",
                        "name of devices with price over 10"};
    for (int i = 0; i < 5; i++) {
        char *sql = NULL, *note = NULL;
        double q0 = now_us();
        engine_generate(e, bq[i], "2024-12-31", &sql, &note, &err);
        q[i] = now_us() - q0;
        free(sql);
        free(note);
        engine_reset(e);
    }
    qsort(q, 5, sizeof *q, cmp_d);
    printf("engine, generated catalog of %zu tables / %zu columns (made in %.1f ms): "
           "index build %.3f ms; a question there: median %.2f ms, max %.2f ms\n",
           big.ntables, cols, (g1 - g0) / 1000, (b1 - b0) / 1000, q[2] / 1000, q[4] / 1000);
    engine_free(e);
    catalog_free(&big);
    return 0;
}
