/* test_chart.c: charts (lib/chart*.c) and number formatting (numfmt.c):
 * the choice of chart per answer shape and intent, golden renderings of
 * every chart type at 68x18 and 40x12 in UTF-8 and ASCII (files under
 * tests/golden/charts/; UPDATE_GOLDEN=1 rewrites them), edge cases (one
 * row, all equal, all NULL, negative, huge and tiny numbers, 10,000
 * points, long and wide labels) with every line checked to fit the width
 * asked, JSON, sparklines and the kind names.
 *
 * Golden directory: $GOLDEN_DIR, else argv[1], else
 * $SRCDIR/tests/golden/charts, else tests/golden/charts. */
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "chart.h"
#include "numfmt.h"
#include "table.h"
#include "text.h"
#include "util.h"
#include "tap.h"

static char golden_dir[1024];

#include "answers.h"

/* ---- data ---------------------------------------------------------------- */

static const char *MONTHLY =
    "2024-01|1000\n2024-02|800\n2024-03|1100\n2024-04|1400\n2024-05|1300\n2024-06|1350\n"
    "2024-07|5000\n2024-08|1500\n2024-09|1450\n2024-10|1600\n2024-11|1700\n2024-12|1250\n";
static const char *REGIONS = "North|4200\nSouth|3100\nEast|1500\nWest|800\nCentral|400\n";
static const char *TWO_DIMS =
    "North|Widgets|1200\nNorth|Gadgets|800\nSouth|Widgets|700\nSouth|Gadgets|900\n"
    "East|Widgets|300\nEast|Gadgets|650\n";
static const char *SHARES = "Web|45.5\nStore|30\nPhone|14.5\nMail|6\nOther|4\n";
static const char *PIVOT =
    "2024-01|North|100\n2024-01|South|80\n2024-02|North|120\n2024-02|South|70\n"
    "2024-03|North|130\n2024-03|South|95\n2024-04|North|125\n2024-04|South|110\n";
static const char *NEGATIVE = "A|1200\nB|-300\nC|450\nD|-1200.5\nE|0\n";

static char *gen_rows(size_t n, int kind)
{
    buf b;
    buf_init(&b);
    for (size_t i = 0; i < n; i++) {
        switch (kind) {
        case 0:   /* histogram: a skewed but deterministic spread */
            buf_printf(&b, "%.2f\n", 10 + 90 * pow((double)((i * 37) % n) / (double)n, 2));
            break;
        case 1:   /* scatter: qty falling with price */
            buf_printf(&b, "%zu|%zu\n", 5 + (i * 13) % 95, 1000 / (5 + (i * 13) % 95) + i % 7);
            break;
        case 2:   /* 10,000 daily points with a season */
            buf_printf(&b, "%04zu-%02zu-%02zu|%.1f\n", 1990 + i / 336, 1 + (i / 28) % 12,
                       1 + i % 28, 1000 + 400 * sin((double)i / 50) + (double)(i % 17));
            break;
        case 3:   /* 30 categories */
            buf_printf(&b, "cat%02zu|%zu\n", i, 1000 - i * 30);
            break;
        }
    }
    return buf_take(&b);
}

/* ---- golden files ---------------------------------------------------------- */

static int update_golden(void)
{
    const char *u = getenv("UPDATE_GOLDEN");
    return u && strcmp(u, "1") == 0;
}

/* Every line fits: display width <= w (ANSI sequences skipped), <= h lines. */
static int fits(const char *s, int w, int h)
{
    int lines = 0;
    const char *p = s;
    while (*p) {
        const char *nl = strchr(p, '\n');
        size_t len = nl ? (size_t)(nl - p) : strlen(p);
        buf line;
        buf_init(&line);
        for (size_t i = 0; i < len; i++) {
            if (p[i] == '\x1b') {
                while (i < len && p[i] != 'm')
                    i++;
                continue;
            }
            buf_addc(&line, p[i]);
        }
        size_t lw = text_width(buf_str(&line));
        int bad = lw > (size_t)w || !text_valid_utf8(line.p ? line.p : "", line.len);
        buf_free(&line);
        if (bad)
            return 0;
        lines++;
        if (!nl)
            break;
        p = nl + 1;
    }
    return lines <= h;
}

static void golden(const char *name, const char *header, const char *rows, const char *intent,
                   chart_kind forced, const char *want_kind)
{
    static const int sizes[2][2] = { { 68, 18 }, { 40, 12 } };
    dbt_answer *a = answer_from(header, rows);
    dbt_error err;
    chart *c = chart_choose(a, intent, forced, &err);
    char msg[256];
    snprintf(msg, sizeof msg, "%s: chose %s", name, want_kind);
    if (!ok(c != NULL, msg)) {
        printf("#   error: %s\n", err.message);
        dbt_answer_free(a);
        return;
    }
    is_str(chart_kind_name(chart_get_kind(c)), want_kind, msg);
    for (int s = 0; s < 2; s++)
        for (int utf8 = 1; utf8 >= 0; utf8--) {
            int w = sizes[s][0], h = sizes[s][1];
            char path[1200];
            snprintf(path, sizeof path, "%s/%s-%dx%d-%s.txt", golden_dir, name, w, h,
                     utf8 ? "utf8" : "ascii");
            buf out;
            buf_init(&out);
            chart_render(c, w, h, utf8, 0, &out);
            snprintf(msg, sizeof msg, "%s %dx%d %s fits", name, w, h, utf8 ? "utf8" : "ascii");
            ok(fits(buf_str(&out), w, h), msg);
            if (!utf8) {
                int ascii = 1;
                for (size_t i = 0; i < out.len; i++)
                    ascii &= (unsigned char)out.p[i] < 0x80;
                snprintf(msg, sizeof msg, "%s %dx%d ascii only", name, w, h);
                ok(ascii, msg);
            }
            snprintf(msg, sizeof msg, "%s %dx%d %s golden", name, w, h, utf8 ? "utf8" : "ascii");
            if (update_golden()) {
                FILE *f = fopen(path, "wb");
                ok(f && fwrite(buf_str(&out), 1, out.len, f) == out.len && fclose(f) == 0, msg);
            } else {
                char *want = file_read_all(path, 0);
                if (!want)
                    printf("#   cannot read %s: %s (run with UPDATE_GOLDEN=1)\n", path, strerror(errno));
                is_str(buf_str(&out), want, msg);
                free(want);
            }
            buf_free(&out);
        }
    chart_free(c);
    dbt_answer_free(a);
}

/* Renders at many sizes, with and without colour, all fit. */
static void fits_everywhere(const char *name, const char *header, const char *rows,
                            chart_kind forced)
{
    static const int sizes[][2] = { { 1, 1 }, { 5, 3 }, { 10, 4 }, { 20, 6 }, { 40, 12 },
                                    { 68, 18 }, { 132, 40 } };
    dbt_answer *a = answer_from(header, rows);
    chart *c = chart_choose(a, NULL, forced, NULL);
    int good = c != NULL;
    for (size_t s = 0; good && s < sizeof sizes / sizeof sizes[0]; s++)
        for (int mode = 0; mode < 4; mode++) {
            buf out;
            buf_init(&out);
            int rc = chart_render(c, sizes[s][0], sizes[s][1], mode & 1, mode >> 1, &out);
            if (rc < 0 || !fits(buf_str(&out), sizes[s][0], sizes[s][1])) {
                printf("#   %s does not fit %dx%d mode %d:\n%s", name, sizes[s][0], sizes[s][1],
                       mode, buf_str(&out));
                good = 0;
            }
            buf_free(&out);
        }
    char msg[200];
    snprintf(msg, sizeof msg, "%s fits every size, UTF-8, ASCII and ANSI", name);
    ok(good, msg);
    chart_free(c);
    dbt_answer_free(a);
}

/* ---- the tests ------------------------------------------------------------- */

static void test_numfmt(void)
{
    char s[NUMFMT_SHORT_MAX];
    is_str(numfmt_short(950, s), "950", "short 950");
    is_str(numfmt_short(12534, s), "12.5k", "short 12.5k");
    is_str(numfmt_short(3400000, s), "3.4M", "short 3.4M");
    is_str(numfmt_short(-1.2e9, s), "-1.2B", "short -1.2B");
    is_str(numfmt_short(999999, s), "1M", "short rounds up to the next unit");
    is_str(numfmt_short(0.125, s), "0.125", "short 0.125");
    is_str(numfmt_short(-0.0, s), "0", "short no -0");
    is_str(numfmt_short(1e18, s), "1e+18", "short beyond T");
    is_str(numfmt_short(NAN, s), "NaN", "short NaN");
    is_str(numfmt_tick(7500, 2500, 10000, s), "7.5k", "tick 7.5k");
    is_str(numfmt_tick(5000, 2500, 10000, s), "5k", "tick 5k");
    is_str(numfmt_tick(0, 2500, 10000, s), "0", "tick 0");
    is_str(numfmt_tick(0.0003, 0.0001, 0.0005, s), "0.0003", "tick tiny");
    ok(numfmt_nice_step(10000, 4) == 2500 || numfmt_nice_step(10000, 4) == 2000, "nice step 1-2-5");
    ok(numfmt_nice_step(7, 7) == 1, "nice step 1");
    ok(numfmt_nice_step(0.03, 3) == 0.01, "nice step small");
    buf b;
    buf_init(&b);
    numfmt_grouped(&b, -1234567.891, 2);
    is_str(buf_str(&b), "-1,234,567.89", "grouped");
    buf_reset(&b);
    numfmt_value(&b, 1250);
    buf_add(&b, " ");
    numfmt_value(&b, 1250.75);
    buf_add(&b, " ");
    numfmt_value(&b, 0.01234);
    buf_add(&b, " ");
    numfmt_signed(&b, 250);
    buf_add(&b, " ");
    numfmt_percent(&b, 12.345, 1);
    is_str(buf_str(&b), "1,250 1,250.75 0.0123 +250 +12.3%", "sentence numbers");
    buf_free(&b);
}

static void test_kinds(void)
{
    chart_kind k;
    int good = 1;
    for (int i = 0; i < CHART_KIND_COUNT; i++)
        good &= chart_kind_parse(chart_kind_name((chart_kind)i), &k) == 0 && k == (chart_kind)i;
    ok(good, "every kind name parses back");
    ok(chart_kind_parse("auto", &k) == 0 && k == CHART_AUTO, "auto parses");
    ok(chart_kind_parse("PIE", &k) == 0 && k == CHART_PROPORTION, "pie is proportion");
    ok(chart_kind_parse("donut", &k) < 0, "unknown name refused");
}

static void expect_kind(const char *header, const char *rows, const char *intent,
                        const char *want, const char *name)
{
    dbt_answer *a = answer_from(header, rows);
    chart *c = chart_choose(a, intent, CHART_AUTO, NULL);
    is_str(c ? chart_kind_name(chart_get_kind(c)) : "(null)", want, name);
    chart_free(c);
    dbt_answer_free(a);
}

static void test_choose(void)
{
    char *many = gen_rows(150, 3);
    expect_kind("month|revenue", MONTHLY, NULL, "line", "measure over months is a line");
    expect_kind("year|revenue", "2020|1\n2021|2\n2022|3\n", NULL, "line", "int years are time");
    expect_kind("quarter|revenue", "2024-Q1|1\n2024-Q2|2\n2024-Q3|3\n", NULL, "line", "quarters are time");
    expect_kind("region|revenue", REGIONS, NULL, "bar", "measure by category is a bar");
    expect_kind("region|revenue", REGIONS, "share", "proportion", "share intent: proportion");
    expect_kind("channel|pct", SHARES, NULL, "proportion", "values adding to 100: proportion");
    expect_kind("region|product|revenue", TWO_DIMS, NULL, "grouped", "two dimensions: grouped");
    expect_kind("region|product|revenue", TWO_DIMS, "share", "stacked", "two dimensions, share: stacked");
    expect_kind("region|a|b", "x|1|2\ny|3|4\n", NULL, "grouped", "two measures by category: grouped");
    expect_kind("total", "42\n", NULL, "kpi", "one value: KPI");
    expect_kind("amount", "1\n2\n3\n4\n5\n6\n", NULL, "histogram", "one numeric column: histogram");
    expect_kind("price|qty", "1|2\n2|3\n3|1\n", NULL, "scatter", "two numeric columns: scatter");
    expect_kind("name|city", "a|b\nc|d\n", NULL, "none", "text only: none");
    expect_kind("region|revenue", "", NULL, "none", "empty: none");
    expect_kind("region|revenue", many, NULL, "none", "more than 100 categories: none");
    expect_kind("region|revenue", many, "distribution", "histogram", "too many, distribution intent: histogram");
    expect_kind("x|nothing", "a|\nb|\n", NULL, "none", "all NULL measure: none");
    expect_kind("user_id|orders", "1|5\n2|7\n3|1\n", NULL, "bar", "ids are categories");
    free(many);

    dbt_error err;
    dbt_answer *a = answer_from("region|revenue", REGIONS);
    chart *c = chart_choose(a, NULL, CHART_SCATTER, &err);
    ok(!c && err.code == DBT_ERR_USAGE && strstr(err.message, "two numeric columns"),
       "forcing scatter on one measure explains why");
    c = chart_choose(a, NULL, CHART_LINE, &err);
    ok(c && chart_get_kind(c) == CHART_LINE, "forcing line on categories works");
    chart_free(c);
    dbt_answer_free(a);
}

static void test_goldens(void)
{
    char *hist = gen_rows(400, 0), *scatter = gen_rows(200, 1), *many = gen_rows(30, 3);
    golden("line", "month|revenue", MONTHLY, NULL, CHART_AUTO, "line");
    golden("line-pivot", "month|region|revenue", PIVOT, NULL, CHART_AUTO, "line");
    golden("bar", "region|revenue", REGIONS, NULL, CHART_AUTO, "bar");
    golden("bar-others", "category|revenue", many, NULL, CHART_AUTO, "bar");
    golden("bar-negative", "team|profit", NEGATIVE, NULL, CHART_AUTO, "bar");
    golden("grouped", "region|product|revenue", TWO_DIMS, NULL, CHART_AUTO, "grouped");
    golden("stacked", "region|product|revenue", TWO_DIMS, "share", CHART_AUTO, "stacked");
    golden("proportion", "channel|pct", SHARES, NULL, CHART_AUTO, "proportion");
    golden("histogram", "amount", hist, NULL, CHART_AUTO, "histogram");
    golden("scatter", "price|qty", scatter, NULL, CHART_AUTO, "scatter");
    golden("kpi", "total_revenue", "1234567.89\n", NULL, CHART_AUTO, "kpi");
    golden("kpi-trend", "month|revenue", MONTHLY, NULL, CHART_KPI, "kpi");
    golden("equal", "month|revenue", "2024-01|5\n2024-02|5\n2024-03|5\n", NULL, CHART_AUTO, "line");
    golden("gaps", "month|revenue", "2024-01|5\n2024-02|\n2024-03|7\n2024-04|6\n2024-05|\n2024-06|9\n",
           NULL, CHART_AUTO, "line");
    golden("huge", "planet|mass", "Jupiter|1.898e27\nSaturn|5.683e26\nEarth|5.972e24\n", NULL,
           CHART_AUTO, "bar");
    golden("tiny", "sensor|reading", "a|0.00012\nb|0.00034\nc|0.00007\n", NULL, CHART_AUTO, "bar");
    golden("long-labels", "name|n",
           "an extraordinarily long category name that will never fit|30\nshort|20\n"
           "another very very long label indeed, with commas|10\n", NULL, CHART_AUTO, "bar");
    golden("wide-labels", "city|visits",
           "東京都|120\n北京市|95\nSão Paulo|60\n서울특별시|40\nZürich\xcc\x81|10\n", NULL,
           CHART_AUTO, "bar");
    golden("hostile-labels", "label|n", "\x1b[31mred\x1b[0m|3\nnew\tline|2\n\xff\xfe bad|1\n", NULL,
           CHART_AUTO, "bar");
    free(hist);
    free(scatter);
    free(many);
}

static void test_edges(void)
{
    char *big = gen_rows(10000, 2), *hist = gen_rows(400, 0), *scatter = gen_rows(200, 1);
    fits_everywhere("line", "month|revenue", MONTHLY, CHART_AUTO);
    fits_everywhere("10,000 points", "day|value", big, CHART_AUTO);
    fits_everywhere("pivot", "month|region|revenue", PIVOT, CHART_AUTO);
    fits_everywhere("bar", "region|revenue", REGIONS, CHART_AUTO);
    fits_everywhere("grouped", "region|product|revenue", TWO_DIMS, CHART_AUTO);
    fits_everywhere("stacked", "region|product|revenue", TWO_DIMS, CHART_STACKED_BAR);
    fits_everywhere("proportion", "channel|pct", SHARES, CHART_AUTO);
    fits_everywhere("histogram", "amount", hist, CHART_AUTO);
    fits_everywhere("scatter", "price|qty", scatter, CHART_AUTO);
    fits_everywhere("kpi", "total", "1234567.89\n", CHART_AUTO);
    fits_everywhere("kpi trend", "month|revenue", MONTHLY, CHART_KPI);
    fits_everywhere("negative", "team|profit", NEGATIVE, CHART_AUTO);
    fits_everywhere("one row", "month|revenue", "2024-01|5\n", CHART_AUTO);
    fits_everywhere("all NULL", "month|revenue", "2024-01|\n2024-02|\n", CHART_AUTO);
    fits_everywhere("some NULL bar", "k|revenue", "a|\nb|\nc|1\n", CHART_BAR);
    fits_everywhere("NULL labels", "k|revenue", "|3\n|\nc|1\n", CHART_BAR);
    fits_everywhere("all zero bar", "k|revenue", "a|0\nb|0\n", CHART_BAR);
    fits_everywhere("wide labels", "city|visits", "東京都東京都東京都東京都東京都|120\n北京市|95\n",
                    CHART_AUTO);
    fits_everywhere("wide labels proportion", "city|visits", "東京都東京都東京都東京都東京都|120\n北京市|95\n",
                    CHART_PROPORTION);
    fits_everywhere("huge", "k|v", "a|1e300\nb|-1e300\n", CHART_AUTO);
    fits_everywhere("huge line", "m|v", "2024-01|1e300\n2024-02|-1e300\n2024-03|0\n", CHART_AUTO);
    fits_everywhere("one value histogram", "v", "5\n5\n5\n5\n5\n", CHART_AUTO);

    dbt_error err;
    dbt_answer *a = answer_from("month|revenue", "2024-01|5\n");
    chart *c = chart_choose(a, NULL, CHART_LINE, &err);
    ok(!c && strstr(err.message, "at least two rows"), "a line of one row is refused");
    dbt_answer_free(a);
    a = answer_from("month|revenue", "2024-01|\n2024-02|\n");
    c = chart_choose(a, NULL, CHART_AUTO, NULL);
    ok(c && chart_get_kind(c) == CHART_NONE, "an all-NULL measure gets no chart");
    chart_free(c);
    c = chart_choose(a, NULL, CHART_BAR, &err);
    ok(!c && strstr(err.message, "no numeric column"), "forcing a bar on all NULL explains why");
    dbt_answer_free(a);

    a = answer_from("day|value", big);
    c = chart_choose(a, NULL, CHART_AUTO, NULL);
    buf out;
    buf_init(&out);
    ok(c && chart_get_kind(c) == CHART_LINE && chart_render(c, 68, 18, 1, 0, &out) > 0,
       "10,000 points draw as a line");
    buf_free(&out);
    chart_free(c);
    dbt_answer_free(a);
    free(big);
    free(hist);
    free(scatter);
}

static void test_ansi(void)
{
    dbt_answer *a = answer_from("month|region|revenue", PIVOT);
    chart *c = chart_choose(a, NULL, CHART_AUTO, NULL);
    buf plain, color;
    buf_init(&plain);
    buf_init(&color);
    chart_render(c, 40, 12, 1, 0, &plain);
    chart_render(c, 40, 12, 1, 1, &color);
    ok(!strchr(buf_str(&plain), '\x1b'), "no escape sequences unless asked");
    ok(strstr(buf_str(&color), "\x1b[34m") && strstr(buf_str(&color), "\x1b[33m") &&
       strstr(buf_str(&color), "\x1b[0m"), "ansi: a colour per series, reset");
    chart_grid g;
    ok(chart_render_grid(c, 40, 12, 1, &g) == 0 && g.w == 40 && g.h == 12, "grid for a TUI");
    int seen2 = 0;
    for (int i = 0; i < g.w * g.h; i++)
        seen2 |= g.color[i] == 2;
    ok(seen2, "grid carries the series colour index");
    chart_grid_free(&g);
    buf_free(&plain);
    buf_free(&color);
    chart_free(c);
    dbt_answer_free(a);
}

static void test_json(void)
{
    dbt_answer *a = answer_from("month|revenue", "2024-01|1.5\n2024-02|\n2024-03|3\n");
    chart *c = chart_choose(a, NULL, CHART_AUTO, NULL);
    buf b;
    buf_init(&b);
    chart_to_json(c, &b);
    is_str(buf_str(&b),
           "{\"type\":\"line\",\"x\":\"month\",\"y\":\"revenue\",\"labels\":[\"2024-01\",\"2024-02\","
           "\"2024-03\"],\"series\":[{\"name\":\"revenue\",\"values\":[1.5,null,3]}]}",
           "line as JSON");
    chart_free(c);
    dbt_answer_free(a);
    a = answer_from("total", "42\n");
    c = chart_choose(a, NULL, CHART_AUTO, NULL);
    buf_reset(&b);
    chart_to_json(c, &b);
    is_str(buf_str(&b), "{\"type\":\"kpi\",\"x\":null,\"y\":\"total\",\"value\":42}", "KPI as JSON");
    chart_free(c);
    dbt_answer_free(a);
    a = answer_from("k|v", "\"q\\uote|1\n");
    c = chart_choose(a, NULL, CHART_BAR, NULL);
    buf_reset(&b);
    chart_to_json(c, &b);
    ok(strstr(buf_str(&b), "\"labels\":[\"\\\"q\\\\uote\"]") != NULL, "labels escaped in JSON");
    chart_free(c);
    dbt_answer_free(a);
    buf_free(&b);
}

static void test_sparkline(void)
{
    double v[] = { 1, 2, 3, 4, 5, 6, 7, 8 }, g[] = { 1, NAN, 8 };
    buf b;
    buf_init(&b);
    chart_sparkline(v, 8, 8, 1, &b);
    is_str(buf_str(&b), "▁▂▃▄▅▆▇█", "sparkline UTF-8");
    buf_reset(&b);
    chart_sparkline(v, 8, 8, 0, &b);
    is_str(buf_str(&b), "_.-:=+*#", "sparkline ASCII");
    buf_reset(&b);
    chart_sparkline(g, 3, 10, 1, &b);
    is_str(buf_str(&b), "▁ █", "sparkline gap");
    buf_reset(&b);
    chart_sparkline(v, 8, 4, 1, &b);
    ok(text_width(buf_str(&b)) == 4, "sparkline averages into the width");
    buf_free(&b);
}

int main(int argc, char **argv)
{
    const char *dir = getenv("GOLDEN_DIR"), *src = getenv("SRCDIR");
    if (dir && *dir)
        snprintf(golden_dir, sizeof golden_dir, "%s", dir);
    else if (argc > 1)
        snprintf(golden_dir, sizeof golden_dir, "%s", argv[1]);
    else if (src && *src)
        snprintf(golden_dir, sizeof golden_dir, "%s/tests/golden/charts", src);
    else
        snprintf(golden_dir, sizeof golden_dir, "tests/golden/charts");
    test_numfmt();
    test_kinds();
    test_choose();
    test_goldens();
    test_edges();
    test_ansi();
    test_json();
    test_sparkline();
    return done_testing();
}
