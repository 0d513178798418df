/* chart_choose.c: which chart fits an answer, and the numbers it draws.
 * The shape decides (chart_shape.c): a measure over time is a line, a
 * measure by category a sorted bar, two dimensions grouped or stacked
 * bars, shares a proportion bar, one numeric column a histogram, two a
 * scatter, one value a KPI card; the intent hint ("trend", "share",
 * "distribution", "compare") tips the balance, and a forced kind is
 * honoured when the answer can be drawn that way. */
#include "chart.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "numfmt.h"

#define CHART_MAX_CATEGORIES 100   /* more categories than this: table only */
#define CHART_SCATTER_ROWS 20      /* a category and two measures: scatter above this */

static int chart_intent(const char *intent, const char *want)
{
    return intent && str_ieq(intent, want);
}

static size_t chart_first_role(const chart_shape *sh, chart_col_role role, size_t skip)
{
    for (size_t c = 0; c < sh->ncols; c++)
        if (sh->role[c] == role && skip-- == 0)
            return c;
    return (size_t)-1;
}

/* ---- the choice ------------------------------------------------------- */

/* Shares: every value >= 0 and they sum to about 100 or 1. */
static int chart_looks_like_shares(const dbt_answer *a, size_t mcol)
{
    double sum = 0;
    for (size_t r = 0; r < dbt_answer_rows(a); r++) {
        double v = chart_value_num(dbt_answer_value(a, r, mcol));
        if (isnan(v) || v < 0)
            return 0;
        sum += v;
    }
    return fabs(sum - 100) < 0.5 || fabs(sum - 1) < 0.005;
}

static int chart_nonnegative(const dbt_answer *a, size_t mcol)
{
    double sum = 0;
    for (size_t r = 0; r < dbt_answer_rows(a); r++) {
        double v = chart_value_num(dbt_answer_value(a, r, mcol));
        if (v < 0)
            return 0;
        if (!isnan(v))
            sum += v;
    }
    return sum > 0;
}

static chart_kind chart_pick(const dbt_answer *a, const chart_shape *sh, const char *intent)
{
    size_t mcol = chart_first_role(sh, CHART_COL_NUMBER, 0);
    if (sh->nrows == 0 || mcol == (size_t)-1)
        return CHART_NONE;
    if (sh->nrows == 1)
        return CHART_KPI;
    if (chart_intent(intent, "distribution") && sh->nrows >= 5 && sh->nnum == 1)
        return CHART_HISTOGRAM;
    if (sh->ntime)
        return CHART_LINE;
    if (sh->ntext == 0)
        return sh->nnum >= 2 ? CHART_SCATTER : sh->nrows >= 5 ? CHART_HISTOGRAM : CHART_NONE;
    if (sh->ntext >= 2 && sh->nnum == 1) {
        if (sh->nrows > CHART_MAX_CATEGORIES * CHART_MAX_SERIES)
            return CHART_NONE;
        return chart_intent(intent, "share") ? CHART_STACKED_BAR : CHART_GROUPED_BAR;
    }
    if (sh->nrows > CHART_MAX_CATEGORIES)
        return sh->nnum >= 2 ? CHART_SCATTER : CHART_NONE;
    if (sh->nnum >= 2) {
        if (sh->nrows > CHART_SCATTER_ROWS && !chart_intent(intent, "compare"))
            return CHART_SCATTER;
        return chart_intent(intent, "share") ? CHART_STACKED_BAR : CHART_GROUPED_BAR;
    }
    if (chart_nonnegative(a, mcol) &&
        (chart_intent(intent, "share") || chart_looks_like_shares(a, mcol)))
        return CHART_PROPORTION;
    return CHART_BAR;
}

/* NULL when the answer can be drawn as k, else why not. */
static const char *chart_cannot(const dbt_answer *a, const chart_shape *sh, chart_kind k)
{
    size_t mcol = chart_first_role(sh, CHART_COL_NUMBER, 0);
    if (k == CHART_NONE)
        return NULL;
    if (sh->nrows == 0)
        return "the result has no rows";
    if (mcol == (size_t)-1)
        return "the result has no numeric column";
    switch (k) {
    case CHART_SCATTER:
        return sh->nnum < 2 ? "it needs two numeric columns" : NULL;
    case CHART_LINE:
        return sh->nrows < 2 ? "it needs at least two rows" : NULL;
    case CHART_PROPORTION:
        return chart_nonnegative(a, mcol) ? NULL
               : "it needs values that are not negative and add up to more than 0";
    case CHART_GROUPED_BAR:
    case CHART_STACKED_BAR:
    case CHART_BAR:
        return sh->nrows > CHART_MAX_CATEGORIES * CHART_MAX_SERIES
               ? "it has too many categories" : NULL;
    default:
        return NULL;
    }
}

/* ---- building --------------------------------------------------------- */

static int chart_alloc_series(chart *c, size_t nseries, size_t n)
{
    c->series = calloc(nseries ? nseries : 1, sizeof *c->series);
    if (!c->series)
        return -1;
    c->nseries = nseries;
    c->n = n;
    for (size_t s = 0; s < nseries; s++) {
        c->series[s].v = malloc((n ? n : 1) * sizeof(double));
        if (!c->series[s].v)
            return -1;
        for (size_t i = 0; i < n; i++)
            c->series[s].v[i] = NAN;
    }
    return 0;
}

/* Row order: by time value (stable), or as the answer has them. */
typedef struct chart_rowkey {
    double key;
    size_t row;
} chart_rowkey;

static int chart_cmp_rowkey(const void *pa, const void *pb)
{
    const chart_rowkey *x = pa, *y = pb;
    if (x->key != y->key)
        return x->key < y->key ? -1 : 1;
    return x->row < y->row ? -1 : x->row > y->row;
}

static chart_rowkey *chart_row_order(const dbt_answer *a, size_t xcol, int by_time)
{
    size_t n = dbt_answer_rows(a);
    chart_rowkey *k = malloc((n ? n : 1) * sizeof *k);
    if (!k)
        return NULL;
    for (size_t r = 0; r < n; r++) {
        k[r].row = r;
        k[r].key = 0;
        if (by_time && xcol != (size_t)-1) {
            const dbt_value *v = dbt_answer_value(a, r, xcol);
            int ok = 0;
            if (v->type == DBT_INT)
                k[r].key = (double)v->i;
            else if (v->type == DBT_TEXT)
                k[r].key = chart_time_value(v->s, v->len, &ok);
            if (v->type == DBT_NULL || (v->type == DBT_TEXT && !ok))
                k[r].key = INFINITY;
        }
    }
    if (by_time)
        qsort(k, n, sizeof *k, chart_cmp_rowkey);
    return k;
}

/* One row per point: labels from xcol (row numbers when none), one
 * series per measure column. */
static int chart_build_rows(chart *c, const dbt_answer *a, const chart_shape *sh, size_t xcol,
                            int by_time)
{
    size_t n = sh->nrows, ns = sh->nnum < CHART_MAX_SERIES ? sh->nnum : CHART_MAX_SERIES;
    chart_rowkey *order = chart_row_order(a, xcol, by_time);
    if (!order || chart_alloc_series(c, ns, n) < 0 ||
        !(c->labels = calloc(n ? n : 1, sizeof *c->labels))) {
        free(order);
        return -1;
    }
    for (size_t s = 0; s < ns; s++) {
        size_t col = chart_first_role(sh, CHART_COL_NUMBER, s);
        if (!(c->series[s].name = xstrdup(dbt_answer_column_name(a, col))))
            goto fail;
        for (size_t i = 0; i < n; i++)
            c->series[s].v[i] = chart_value_num(dbt_answer_value(a, order[i].row, col));
    }
    for (size_t i = 0; i < n; i++) {
        if (xcol != (size_t)-1) {
            c->labels[i] = chart_value_label(dbt_answer_value(a, order[i].row, xcol));
        } else {
            char tmp[32];
            snprintf(tmp, sizeof tmp, "%zu", order[i].row + 1);
            c->labels[i] = xstrdup(tmp);
        }
        if (!c->labels[i])
            goto fail;
    }
    free(order);
    return 0;
fail:
    free(order);
    return -1;
}

/* Two dimensions and a measure: x groups from xcol, one series per
 * group of scol (the largest CHART_MAX_SERIES), values summed. */
typedef struct chart_group {
    const dbt_value *v;    /* the group's value (first row) */
    size_t first;          /* first row in answer order / time order */
    double key, total;
} chart_group;

static int chart_value_cmp(const dbt_value *x, const dbt_value *y)
{
    if (x->type != y->type)
        return (int)x->type - (int)y->type;
    switch (x->type) {
    case DBT_INT:
        return x->i < y->i ? -1 : x->i > y->i;
    case DBT_REAL:
        return x->r < y->r ? -1 : x->r > y->r;
    case DBT_TEXT:
    case DBT_BLOB: {
        size_t m = x->len < y->len ? x->len : y->len;
        int d = m ? memcmp(x->s, y->s, m) : 0;
        return d ? d : x->len < y->len ? -1 : x->len > y->len;
    }
    case DBT_NULL:
        break;
    }
    return 0;
}

typedef struct chart_sortref {
    const dbt_value *v;
    size_t row;
} chart_sortref;

static int chart_cmp_ref(const void *pa, const void *pb)
{
    const chart_sortref *x = pa, *y = pb;
    int d = chart_value_cmp(x->v, y->v);
    return d ? d : x->row < y->row ? -1 : x->row > y->row;
}

static int chart_cmp_group_key(const void *pa, const void *pb)
{
    const chart_group *x = pa, *y = pb;
    if (x->key != y->key)
        return x->key < y->key ? -1 : 1;
    return x->first < y->first ? -1 : x->first > y->first;
}

/* The distinct values of col: groups sorted by key (time value, first
 * appearance, or -|total| of mcol), gid[row] = group index. */
static size_t chart_groups(const dbt_answer *a, size_t col, size_t mcol, int by_time,
                           int by_total, chart_group **out, size_t *gid)
{
    size_t n = dbt_answer_rows(a), ng = 0;
    chart_sortref *ref = malloc((n ? n : 1) * sizeof *ref);
    chart_group *g = malloc((n ? n : 1) * sizeof *g);
    size_t *map = malloc((n ? n : 1) * sizeof *map);
    if (!ref || !g || !map)
        goto fail;
    for (size_t r = 0; r < n; r++) {
        ref[r].v = dbt_answer_value(a, r, col);
        ref[r].row = r;
    }
    qsort(ref, n, sizeof *ref, chart_cmp_ref);
    for (size_t i = 0; i < n; i++) {
        if (i == 0 || chart_value_cmp(ref[i].v, ref[i - 1].v) != 0) {
            g[ng].v = ref[i].v;
            g[ng].first = ref[i].row;
            g[ng].total = 0;
            ng++;
        }
        gid[ref[i].row] = ng - 1;
        double m = chart_value_num(dbt_answer_value(a, ref[i].row, mcol));
        if (!isnan(m))
            g[ng - 1].total += m;
    }
    for (size_t i = 0; i < ng; i++) {
        int ok = 0;
        if (by_time)
            g[i].key = g[i].v->type == DBT_INT ? (double)g[i].v->i
                     : chart_time_value(g[i].v->s, g[i].v->len, &ok);
        else if (by_total)
            g[i].key = -fabs(g[i].total);
        else
            g[i].key = (double)g[i].first;
        if (by_time && g[i].v->type != DBT_INT && !ok)
            g[i].key = INFINITY;
        g[i].first = i;                 /* remember the old index */
    }
    qsort(g, ng, sizeof *g, chart_cmp_group_key);
    for (size_t i = 0; i < ng; i++)
        map[g[i].first] = i;
    for (size_t r = 0; r < n; r++)
        gid[r] = map[gid[r]];
    free(ref);
    free(map);
    *out = g;
    return ng;
fail:
    free(ref);
    free(g);
    free(map);
    return (size_t)-1;
}

static int chart_build_pivot(chart *c, const dbt_answer *a, size_t xcol, size_t scol,
                             size_t mcol, int x_by_time)
{
    size_t n = dbt_answer_rows(a);
    size_t *xg = malloc((n ? n : 1) * sizeof *xg), *sg = malloc((n ? n : 1) * sizeof *sg);
    chart_group *xs = NULL, *ss = NULL;
    int rc = -1;
    if (!xg || !sg)
        goto out;
    size_t nx = chart_groups(a, xcol, mcol, x_by_time, !x_by_time, &xs, xg);
    size_t nsg = nx == (size_t)-1 ? nx : chart_groups(a, scol, mcol, 0, 1, &ss, sg);
    if (nx == (size_t)-1 || nsg == (size_t)-1)
        goto out;
    size_t ns = nsg > CHART_MAX_SERIES ? CHART_MAX_SERIES : nsg;
    int others = nsg > CHART_MAX_SERIES && c->additive;
    if (chart_alloc_series(c, ns, nx) < 0 || !(c->labels = calloc(nx ? nx : 1, sizeof *c->labels)))
        goto out;
    for (size_t i = 0; i < nx; i++)
        if (!(c->labels[i] = chart_value_label(xs[i].v)))
            goto out;
    for (size_t s = 0; s < ns; s++) {
        c->series[s].name = others && s == ns - 1 ? xstrdup("others") : chart_value_label(ss[s].v);
        if (!c->series[s].name)
            goto out;
    }
    for (size_t r = 0; r < n; r++) {
        size_t s = sg[r];
        if (s >= ns) {
            if (!others)
                continue;
            s = ns - 1;
        }
        double m = chart_value_num(dbt_answer_value(a, r, mcol));
        if (isnan(m))
            continue;
        double *cell = &c->series[s].v[xg[r]];
        *cell = isnan(*cell) ? m : *cell + m;
    }
    rc = 0;
out:
    free(xg);
    free(sg);
    free(xs);
    free(ss);
    return rc;
}

typedef struct chart_sortbar {
    double v;
    size_t i;
} chart_sortbar;

static int chart_cmp_bar(const void *pa, const void *pb)
{
    const chart_sortbar *x = pa, *y = pb;
    int xn = isnan(x->v), yn = isnan(y->v);
    if (xn != yn)
        return xn - yn;
    if (!xn && x->v != y->v)
        return x->v > y->v ? -1 : 1;
    return x->i < y->i ? -1 : x->i > y->i;
}

/* Bars largest first (NULLs last); labels and every series follow. */
static int chart_sort_bars(chart *c)
{
    size_t n = c->n;
    chart_sortbar *o = malloc((n ? n : 1) * sizeof *o);
    char **labels = malloc((n ? n : 1) * sizeof *labels);
    double *tmp = malloc((n ? n : 1) * sizeof *tmp);
    if (!o || !labels || !tmp) {
        free(o);
        free(labels);
        free(tmp);
        return -1;
    }
    for (size_t i = 0; i < n; i++) {
        o[i].v = c->series[0].v[i];
        o[i].i = i;
    }
    qsort(o, n, sizeof *o, chart_cmp_bar);
    for (size_t i = 0; i < n; i++)
        labels[i] = c->labels[o[i].i];
    memcpy(c->labels, labels, n * sizeof *labels);
    for (size_t s = 0; s < c->nseries; s++) {
        for (size_t i = 0; i < n; i++)
            tmp[i] = c->series[s].v[o[i].i];
        memcpy(c->series[s].v, tmp, n * sizeof *tmp);
    }
    free(o);
    free(labels);
    free(tmp);
    return 0;
}

static int chart_build_histogram(chart *c, const dbt_answer *a, size_t mcol)
{
    size_t n = dbt_answer_rows(a), count = 0;
    double lo = INFINITY, hi = -INFINITY;
    for (size_t r = 0; r < n; r++) {
        double v = chart_value_num(dbt_answer_value(a, r, mcol));
        if (isnan(v))
            continue;
        lo = fmin(lo, v);
        hi = fmax(hi, v);
        count++;
    }
    if (!count) {
        lo = 0;
        hi = 1;
    }
    int target = (int)ceil(log2((double)(count ? count : 1))) + 1;
    if (target < 5)
        target = 5;
    if (target > 20)
        target = 20;
    chart_axis ax = chart_axis_make(lo, hi, target, 0);
    size_t bins = (size_t)floor((ax.hi - ax.lo) / ax.step + 0.5);
    if (bins < 1)
        bins = 1;
    if (chart_alloc_series(c, 1, bins) < 0 || !(c->edges = malloc((bins + 1) * sizeof *c->edges)))
        return -1;
    if (!(c->series[0].name = xstrdup("count")))
        return -1;
    for (size_t b = 0; b <= bins; b++)
        c->edges[b] = ax.lo + (double)b * ax.step;
    for (size_t b = 0; b < bins; b++)
        c->series[0].v[b] = 0;
    for (size_t r = 0; r < n; r++) {
        double v = chart_value_num(dbt_answer_value(a, r, mcol));
        if (isnan(v))
            continue;
        double f = floor((v - ax.lo) / ax.step);
        size_t b = f < 0 ? 0 : f >= (double)bins ? bins - 1 : (size_t)f;
        c->series[0].v[b] += 1;
    }
    return 0;
}

static int chart_build_scatter(chart *c, const dbt_answer *a, const chart_shape *sh)
{
    size_t n = sh->nrows, xcol = chart_first_role(sh, CHART_COL_NUMBER, 0);
    size_t ns = sh->nnum - 1 < CHART_MAX_SERIES ? sh->nnum - 1 : CHART_MAX_SERIES;
    if (chart_alloc_series(c, ns, n) < 0 || !(c->x = malloc((n ? n : 1) * sizeof *c->x)))
        return -1;
    for (size_t i = 0; i < n; i++)
        c->x[i] = chart_value_num(dbt_answer_value(a, i, xcol));
    for (size_t s = 0; s < ns; s++) {
        size_t col = chart_first_role(sh, CHART_COL_NUMBER, s + 1);
        if (!(c->series[s].name = xstrdup(dbt_answer_column_name(a, col))))
            return -1;
        for (size_t i = 0; i < n; i++)
            c->series[s].v[i] = chart_value_num(dbt_answer_value(a, i, col));
    }
    free(c->x_name);
    free(c->y_name);
    c->x_name = xstrdup(dbt_answer_column_name(a, xcol));
    c->y_name = xstrdup(c->series[0].name);
    return c->x_name && c->y_name ? 0 : -1;
}

/* KPI: the first row's measure; with a time column and several rows,
 * the latest value, the one before it and the history. */
static int chart_build_kpi(chart *c, const dbt_answer *a, const chart_shape *sh, size_t mcol)
{
    if (chart_alloc_series(c, 1, 1) < 0 ||
        !(c->series[0].name = xstrdup(dbt_answer_column_name(a, mcol))))
        return -1;
    c->series[0].v[0] = chart_value_num(dbt_answer_value(a, 0, mcol));
    if (sh->nrows < 2 || sh->time_col == (size_t)-1)
        return 0;
    chart_rowkey *order = chart_row_order(a, sh->time_col, 1);
    if (!order || !(c->spark = malloc(sh->nrows * sizeof *c->spark))) {
        free(order);
        return -1;
    }
    c->nspark = sh->nrows;
    size_t last = (size_t)-1, prev = (size_t)-1;
    for (size_t i = 0; i < sh->nrows; i++) {
        c->spark[i] = chart_value_num(dbt_answer_value(a, order[i].row, mcol));
        if (!isnan(c->spark[i])) {
            prev = last;
            last = i;
        }
    }
    if (last != (size_t)-1) {
        c->series[0].v[0] = c->spark[last];
        free(c->x_name);
        c->x_name = chart_value_label(dbt_answer_value(a, order[last].row, sh->time_col));
    }
    if (prev != (size_t)-1) {
        c->has_prev = 1;
        c->prev = c->spark[prev];
        c->prev_label = chart_value_label(dbt_answer_value(a, order[prev].row, sh->time_col));
    }
    free(order);
    return 0;
}

static int chart_build(chart *c, const dbt_answer *a, const chart_shape *sh)
{
    size_t mcol = chart_first_role(sh, CHART_COL_NUMBER, 0);
    size_t tcol = sh->time_col;
    size_t t0 = chart_first_role(sh, CHART_COL_TEXT, 0), t1 = chart_first_role(sh, CHART_COL_TEXT, 1);
    size_t xcol = tcol != (size_t)-1 ? tcol : t0;
    if (mcol == (size_t)-1)
        return 0;
    c->additive = chart_name_additive(dbt_answer_column_name(a, mcol));
    if (!(c->y_name = xstrdup(dbt_answer_column_name(a, mcol))))
        return -1;
    if (xcol != (size_t)-1 && !(c->x_name = xstrdup(dbt_answer_column_name(a, xcol))))
        return -1;
    switch (c->kind) {
    case CHART_NONE:
        return 0;
    case CHART_KPI:
        return chart_build_kpi(c, a, sh, mcol);
    case CHART_HISTOGRAM:
        free(c->x_name);
        c->x_name = xstrdup(c->y_name);
        free(c->y_name);
        c->y_name = xstrdup("count");
        return c->x_name && c->y_name ? chart_build_histogram(c, a, mcol) : -1;
    case CHART_SCATTER:
        return chart_build_scatter(c, a, sh);
    case CHART_LINE:
        c->x_time = tcol != (size_t)-1;
        if (sh->nnum == 1 && tcol != (size_t)-1 && t0 != (size_t)-1)
            return chart_build_pivot(c, a, tcol, t0, mcol, 1);
        return chart_build_rows(c, a, sh, xcol, c->x_time);
    case CHART_GROUPED_BAR:
    case CHART_STACKED_BAR:
        if (sh->nnum == 1 && xcol != (size_t)-1) {
            size_t second = tcol != (size_t)-1 ? t0 : t1;
            if (second != (size_t)-1)
                return chart_build_pivot(c, a, xcol, second, mcol, 0);
        }
        return chart_build_rows(c, a, sh, xcol, 0);
    case CHART_BAR:
    case CHART_PROPORTION:
        if (chart_build_rows(c, a, sh, xcol, 0) < 0)
            return -1;
        for (size_t s = 1; s < c->nseries; s++) {
            free(c->series[s].name);
            free(c->series[s].v);
        }
        c->nseries = 1;
        return chart_sort_bars(c);
    }
    return 0;
}

chart *chart_choose(const dbt_answer *a, const char *intent, chart_kind forced, dbt_error *err)
{
    chart_shape sh;
    err_clear(err);
    if (!a) {
        err_set(err, DBT_ERR_USAGE, "no answer to chart");
        return NULL;
    }
    if (chart_shape_read(a, &sh) < 0) {
        err_set(err, DBT_ERR_NOMEM, "out of memory choosing a chart");
        return NULL;
    }
    chart_kind kind = forced == CHART_AUTO ? chart_pick(a, &sh, intent) : forced;
    const char *why = forced == CHART_AUTO ? NULL : chart_cannot(a, &sh, kind);
    if (why || (int)kind < 0 || (int)kind >= CHART_KIND_COUNT) {
        err_set(err, DBT_ERR_USAGE, "cannot draw a %s chart: %s",
                chart_kind_name(kind), why ? why : "unknown chart type");
        chart_shape_free(&sh);
        return NULL;
    }
    chart *c = calloc(1, sizeof *c);
    if (c) {
        c->kind = kind;
        c->rows = sh.nrows;
        if (chart_build(c, a, &sh) < 0) {
            chart_free(c);
            c = NULL;
        }
    }
    chart_shape_free(&sh);
    if (!c)
        err_set(err, DBT_ERR_NOMEM, "out of memory building a chart");
    return c;
}
