/* test_insight.c: insights (lib/insight*.c) on crafted answers with known
 * trends, shares, outliers and distributions. Expected numbers are
 * computed here with separate, plain code (or are known by construction)
 * and the sentences compared exactly. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "insight.h"
#include "table.h"
#include "util.h"
#include "tap.h"

#include "answers.h"

static int cmp_d(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

/* Plain type-7 quantile of a sorted copy. */
static double quantile(const double *v, size_t n, double p)
{
    double *s = malloc(n * sizeof *s);
    memcpy(s, v, n * sizeof *s);
    qsort(s, n, sizeof *s, cmp_d);
    double h = (double)(n - 1) * p, r = s[(size_t)h];
    if ((size_t)h + 1 < n)
        r += (h - floor(h)) * (s[(size_t)h + 1] - s[(size_t)h]);
    free(s);
    return r;
}

static insight_list *compute(const char *header, const char *rows, const char *hint)
{
    dbt_answer *a = answer_from(header, rows);
    insight_list *l = insights_compute(a, hint);
    dbt_answer_free(a);
    return l;
}

static const char *sentence(const insight_list *l, size_t i)
{
    const insight *in = insights_get(l, i);
    return in ? insight_sentence(in) : NULL;
}

/* The sentence of the first insight of kind k, or NULL. */
static const char *of_kind(const insight_list *l, insight_kind k)
{
    for (size_t i = 0; i < insights_count(l); i++)
        if (insights_get(l, i)->kind == k)
            return insight_sentence(insights_get(l, i));
    return NULL;
}

static void test_trend(void)
{
    static const double v[12] = { 1000, 800, 1100, 1400, 1300, 1350, 5000, 1500, 1450, 1600, 1700, 1250 };
    buf rows;
    buf_init(&rows);
    for (int i = 0; i < 12; i++)
        buf_printf(&rows, "2024-%02d|%.0f\n", i + 1, v[i]);
    insight_list *l = compute("month|revenue", buf_str(&rows), NULL);
    char want[512];

    snprintf(want, sizeof want, "Revenue rose %.1f%% from 1,000 in 2024-01 to 1,250 in 2024-12 (+250).",
             (v[11] - v[0]) / v[0] * 100);
    is_str(sentence(l, 0), want, "change first to last comes first");

    snprintf(want, sizeof want, "2024-07 stands out: its revenue of 5,000 is far above the median of %s.",
             quantile(v, 12, 0.5) == 1375 ? "1,375" : "?");
    is_str(sentence(l, 1), want, "the outlier, by date, against the median");

    int rises = 0, falls = 0, up = 1, down = 1;
    for (int i = 1; i < 12; i++) {
        double d = v[i] - v[i - 1];
        rises += d > 0;
        falls += d < 0;
        if (d > v[up] - v[up - 1])
            up = i;
        if (d < v[down] - v[down - 1])
            down = i;
    }
    snprintf(want, sizeof want, "Revenue rose in %d of 11 periods and fell in %d; the largest rise was "
             "+3,650 (+%.1f%%) in 2024-%02d, the largest fall was -3,500 (%.1f%%) in 2024-%02d.",
             rises, falls, (v[up] - v[up - 1]) / v[up - 1] * 100, up + 1,
             (v[down] - v[down - 1]) / v[down - 1] * 100, down + 1);
    is_str(sentence(l, 2), want, "period over period");
    is_str(sentence(l, 3), "The highest revenue was 5,000 in 2024-07 and the lowest 800 in 2024-02.",
           "best and worst period");
    is_int(insights_count(l), 4, "four insights, none restating the table");
    for (size_t i = 1; i < insights_count(l); i++)
        ok(insights_get(l, i - 1)->confidence >= insights_get(l, i)->confidence, "best first");
    insights_free(l);

    /* 10% a year for five years, out of order in the answer */
    buf_free(&rows);
    l = compute("year|revenue",
                "2021|1210\n2019|1000\n2020|1100\n2022|1331\n2024|1610.51\n2023|1464.1\n", NULL);
    snprintf(want, sizeof want, "Revenue rose %.1f%% from 1,000 in 2019 to 1,610.51 in 2024 (+610.51), "
             "a compound annual growth rate of %.1f%%.", 61.051, (pow(1610.51 / 1000, 1 / 5.0) - 1) * 100);
    is_str(sentence(l, 0), want, "compound annual growth over years, sorted by time");
    is_str(of_kind(l, INSIGHT_STEPS), "Revenue rose in every one of the 5 periods; the largest rise was "
           "+146.41 (+10.0%) in 2024.", "rose every period");
    insights_free(l);

    l = compute("month|total_sales", "2024-01|5\n2024-02|5\n", NULL);
    is_str(sentence(l, 0), "Total sales was unchanged at 5 from 2024-01 to 2024-02.", "flat");
    insights_free(l);

    l = compute("quarter|profit", "2024-Q1|-200\n2024-Q2|100\n2024-Q3|50\n", NULL);
    is_str(sentence(l, 0), "Profit rose from -200 in 2024-Q1 to 50 in 2024-Q3 (+250).",
           "change from a negative start: no percentage, only the absolute change");
    insights_free(l);

    l = compute("month|growth_pct", "2024-01|10\n2024-02|20\n2024-03|15\n", NULL);
    is_str(sentence(l, 0), "Growth pct rose from 10 in 2024-01 to 15 in 2024-03 (+5).",
           "a percentage measure: the change in points, not a percentage of a percentage");
    insights_free(l);
}

static void test_shares(void)
{
    insight_list *l = compute("category|revenue", "A|30\nB|20\nC|15\nD|15\nE|10\nF|10\n", NULL);
    double top3 = (30 + 20 + 15) / 100.0 * 100;
    char want[256];
    snprintf(want, sizeof want, "The top 3 categories (A, B, C) make %.1f%% of revenue.", top3);
    is_str(of_kind(l, INSIGHT_TOP), want, "Pareto top 3");
    is_str(of_kind(l, INSIGHT_EXTREMES), "The highest revenue is 30 (A), 3.0 times the lowest, 10 (F).",
           "highest against lowest");
    ok(!of_kind(l, INSIGHT_CONCENTRATION), "neither concentrated nor even: no sentence");
    insights_free(l);

    l = compute("region|revenue", "North|60\nSouth|25\nEast|15\n", NULL);
    is_str(of_kind(l, INSIGHT_TOP), "North alone makes 60.0% of revenue (60 of 100).", "one dominant");
    insights_free(l);

    l = compute("country|orders", "a|90\nb|4\nc|3\nd|1\ne|1\nf|1\ng|0\nh|0\ni|0\nj|0\n", NULL);
    is_str(of_kind(l, INSIGHT_TOP), "a alone makes 90.0% of orders (90 of 100).",
           "labels keep their case, even at a sentence's start");
    is_str(of_kind(l, INSIGHT_CONCENTRATION), "Orders is concentrated: the top 2 of 10 countries make 94.0% of it.",
           "concentration, Pareto");
    insights_free(l);

    l = compute("store|sales", "s1|10\ns2|11\ns3|9\ns4|10\ns5|10\n", NULL);
    is_str(of_kind(l, INSIGHT_CONCENTRATION), "Sales is spread evenly across the 5 stores: each makes between "
           "18.0% and 22.0%.", "even spread");
    insights_free(l);

    l = compute("region|revenue", "South|1000\nNorth|1500\n", NULL);
    is_str(sentence(l, 0), "Revenue for North (1,500) is 50.0% higher than for South (1,000), a difference of 500.",
           "two groups compared");
    is_int(insights_count(l), 1, "and nothing else");
    insights_free(l);

    l = compute("region|product|revenue", "N|x|10\nN|y|30\nS|x|20\nS|y|40\n", NULL);
    is_str(sentence(l, 0), "Revenue for S (60) is 50.0% higher than for N (40), a difference of 20.",
           "a second dimension is summed over");
    insights_free(l);

    l = compute("region|avg_price", "a|10\na|30\nb|5\n", NULL);
    is_int(insights_count(l), 0, "averages of parts are not summed");
    insights_free(l);
}

static void test_outliers(void)
{
    insight_list *l = compute("k|latency", "a|10\nb|10\nc|10\nd|10\ne|10\nf|10\ng|50\n", NULL);
    is_str(of_kind(l, INSIGHT_OUTLIER), "g stands out: its latency of 50 is far above the median of 10.",
           "MAD 0 falls back to the mean absolute deviation; labels keep their case");
    insights_free(l);

    l = compute("amount", "1\n2\n2\n3\n3\n3\n4\n4\n5\n50\n", NULL);
    is_str(of_kind(l, INSIGHT_OUTLIER), "The value 50 stands out: it is far above the median amount of 3.",
           "an unlabelled outlier");
    insights_free(l);

    /* z just below and above 3.5: median 10, MAD 1 -> z = 0.6745 * d */
    l = compute("k|v", "a|9\nb|10\nc|10\nd|11\ne|9\nf|11\ng|15\n", NULL);
    ok(!of_kind(l, INSIGHT_OUTLIER), "z = 3.37 is no outlier");
    insights_free(l);
    l = compute("k|v", "a|9\nb|10\nc|10\nd|11\ne|9\nf|11\ng|16\nh|2\n", NULL);
    is_str(of_kind(l, INSIGHT_OUTLIER), "2 ks stand out from the median v of 10: h (2) and g (16).",
           "two outliers, largest |z| first");
    insights_free(l);
}

static void test_distribution(void)
{
    static const double v[10] = { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 };
    insight_list *l = compute("amount", "1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n", NULL);
    char want[256];
    snprintf(want, sizeof want, "Amount: median %.2f, middle half between %.2f and %.2f, range 1 to 10; "
             "roughly symmetric.", quantile(v, 10, 0.5), quantile(v, 10, 0.25), quantile(v, 10, 0.75));
    is_str(sentence(l, 0), want, "median, quartiles, range, symmetric");
    insights_free(l);

    l = compute("amount", "1\n1\n1\n1\n2\n2\n3\n10\n", NULL);
    double m = (1 + 1 + 1 + 1 + 2 + 2 + 3 + 10) / 8.0;
    snprintf(want, sizeof want, "Amount: median 1.50, middle half between 1 and 2.25, range 1 to 10; "
             "strongly skewed right (mean %.2f above the median).", m);
    is_str(of_kind(l, INSIGHT_DISTRIBUTION), want, "skewed right");
    insights_free(l);
}

static void test_notes(void)
{
    insight_list *l = compute("month|revenue", "", NULL);
    is_str(sentence(l, 0), "The query returned no rows.", "empty result");
    is_int(insights_count(l), 1, "only the note");
    insights_free(l);

    l = compute("total", "42\n", NULL);
    is_int(insights_count(l), 0, "a single value gets no insight");
    insights_free(l);

    dbt_answer *a = answer_from("region|revenue", "a|1\nb|2\nc|\n");
    a->truncated = 1;
    l = insights_compute(a, NULL);
    is_str(sentence(l, 0), "Only the first 3 rows were returned (the row cap was reached); "
           "figures describe those rows only.", "truncated");
    is_str(of_kind(l, INSIGHT_NOTE) ? sentence(l, insights_count(l) - 1) : NULL,
           "1 of 3 revenue values is empty (NULL) and was left out.", "NULLs left out");
    insights_free(l);
    dbt_answer_free(a);
}

static void test_hint_and_json(void)
{
    insight_list *l = compute("region|orders|revenue", "x|1|100\ny|2|300\n", "REVENUE");
    is_str(sentence(l, 0), "Revenue for y (300) is 200.0% higher than for x (100), a difference of 200.",
           "the measure hint picks the column");
    buf b;
    buf_init(&b);
    insights_to_json(l, &b);
    is_str(buf_str(&b), "[{\"kind\":\"compare\",\"sentence\":\"Revenue for y (300) is 200.0% higher than "
           "for x (100), a difference of 200.\",\"confidence\":0.85}]", "insights as JSON");
    insights_free(l);

    l = compute("k|n", "\x1b[2Jevil|1\nok|3\n", NULL);
    ok(sentence(l, 0) && !strchr(sentence(l, 0), '\x1b'), "labels are sanitised in sentences");
    insights_free(l);
    buf_reset(&b);
    insights_to_json(NULL, &b);
    is_str(buf_str(&b), "[]", "no list, empty JSON array");
    buf_free(&b);
}

int main(void)
{
    test_trend();
    test_shares();
    test_outliers();
    test_distribution();
    test_notes();
    test_hint_and_json();
    return done_testing();
}
