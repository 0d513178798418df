/* chart_bench.c: how long charts and insights take on big answers:
 * choose + render of a 10,000-point line chart (68x18, UTF-8), and
 * insights on 10,000 rows (a time series, and 10,000 categories).
 * Prints the median microseconds per operation over many runs.
 *
 *   chart_bench [ITERATIONS]      (default 200) */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <math.h>
#include <time.h>

#include "chart.h"
#include "insight.h"
#include "table.h"
#include "util.h"

#define POINTS 10000

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

static dbt_answer *make_answer(int categories)
{
    table *t = table_new();
    const char *names[2] = { categories ? "customer" : "day", "revenue" };
    if (!t || table_set_columns(t, 2, names, NULL) < 0)
        abort();
    for (size_t i = 0; i < POINTS; i++) {
        char label[32];
        if (categories)
            snprintf(label, sizeof label, "customer %05zu", (i * 7919) % POINTS);
        else
            snprintf(label, sizeof label, "%04zu-%02zu-%02zu", 1990 + i / 336, 1 + (i / 28) % 12,
                     1 + i % 28);
        dbt_value v[2] = { { DBT_TEXT, 0, 0, label, strlen(label) },
                           { DBT_REAL, 0, 1000 + 400 * sin((double)i / 50) + (double)(i % 17), NULL, 0 } };
        if (table_add_row(t, v, NULL) < 0)
            abort();
    }
    return answer_new(t, NULL);
}

static double median(double *v, int n)
{
    qsort(v, (size_t)n, sizeof *v, cmp_d);
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

int main(int argc, char **argv)
{
    int iters = argc > 1 ? atoi(argv[1]) : 200;
    if (iters < 1)
        iters = 1;
    double *t = malloc((size_t)iters * sizeof *t);
    dbt_answer *series = make_answer(0), *cats = make_answer(1);
    buf out;
    buf_init(&out);
    size_t sink = 0;

    for (int i = 0; i < iters; i++) {
        double t0 = now_us();
        chart *c = chart_choose(series, NULL, CHART_AUTO, NULL);
        buf_reset(&out);
        chart_render(c, 68, 18, 1, 0, &out);
        t[i] = now_us() - t0;
        sink += out.len;
        chart_free(c);
    }
    printf("choose+render line chart, %d points, 68x18 UTF-8: median %.0f us\n", POINTS,
           median(t, iters));

    for (int i = 0; i < iters; i++) {
        double t0 = now_us();
        chart *c = chart_choose(series, NULL, CHART_AUTO, NULL);
        t[i] = now_us() - t0;
        chart_free(c);
    }
    printf("  of which choose (reading %d rows, labels):  median %.0f us\n", POINTS, median(t, iters));

    for (int i = 0; i < iters; i++) {
        double t0 = now_us();
        insight_list *l = insights_compute(series, NULL);
        t[i] = now_us() - t0;
        sink += insights_count(l);
        insights_free(l);
    }
    printf("insights, time series of %d rows:             median %.0f us\n", POINTS, median(t, iters));

    for (int i = 0; i < iters; i++) {
        double t0 = now_us();
        insight_list *l = insights_compute(cats, NULL);
        t[i] = now_us() - t0;
        sink += insights_count(l);
        insights_free(l);
    }
    printf("insights, %d categories:                      median %.0f us\n", POINTS, median(t, iters));
    printf("(%d iterations each; checksum %zu)\n", iters, sink);
    buf_free(&out);
    dbt_answer_free(series);
    dbt_answer_free(cats);
    free(t);
    return 0;
}
