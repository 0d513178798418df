/* insight.c: the insight list and insights_compute(): it reads the
 * answer's shape (chart_shape.c), picks the measure and its dimension,
 * adds notes (empty, truncated, NULLs), hands the series to the kinds
 * (insight_trend.c, insight_outlier.c, insight_share.c, insight_dist.c)
 * and keeps the best INSIGHT_MAX. */
#include "insight.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "chart.h"
#include "export/export.h"
#include "numfmt.h"

#define INSIGHT_CANDIDATES 24

struct insight_list {
    size_t n;
    insight item[INSIGHT_CANDIDATES];
    int oom;
};

static const char *const insight_names[INSIGHT_KIND_COUNT] = {
    "note", "change", "steps", "extremes", "outlier", "top", "concentration", "compare",
    "distribution"
};

const char *insight_kind_name(insight_kind k)
{
    return (int)k >= 0 && (int)k < INSIGHT_KIND_COUNT ? insight_names[k] : "unknown";
}

const char *insight_sentence(const insight *in) { return in ? in->sentence : NULL; }
double insight_confidence(const insight *in) { return in ? in->confidence : 0; }
size_t insights_count(const insight_list *l) { return l ? l->n : 0; }

const insight *insights_get(const insight_list *l, size_t i)
{
    return l && i < l->n ? &l->item[i] : NULL;
}

void insights_free(insight_list *l)
{
    if (!l)
        return;
    for (size_t i = 0; i < l->n; i++)
        free(l->item[i].sentence);
    free(l);
}

void insight_add(insight_list *l, insight_kind kind, char *sentence, double confidence)
{
    if (!sentence) {
        l->oom = 1;
        return;
    }
    if (l->n == INSIGHT_CANDIDATES) {
        free(sentence);
        return;
    }
    l->item[l->n].kind = kind;
    l->item[l->n].sentence = sentence;
    l->item[l->n].confidence = confidence;
    l->n++;
}

void insights_to_json(const insight_list *l, buf *out)
{
    char num[EXPORT_REAL_MAX];
    buf_addc(out, '[');
    for (size_t i = 0; l && i < l->n; i++) {
        buf_add(out, i ? ",{\"kind\":" : "{\"kind\":");
        const char *k = insight_kind_name(l->item[i].kind);
        json_add_string(out, k, strlen(k));
        buf_add(out, ",\"sentence\":");
        json_add_string(out, l->item[i].sentence, strlen(l->item[i].sentence));
        buf_add(out, ",\"confidence\":");
        buf_add(out, export_real_string(l->item[i].confidence, num));
        buf_addc(out, '}');
    }
    buf_addc(out, ']');
}

/* ---- picking the series ------------------------------------------------ */

static size_t insight_measure(const dbt_answer *a, const chart_shape *sh, const char *hint)
{
    if (hint)
        for (size_t c = 0; c < sh->ncols; c++)
            if (sh->role[c] == CHART_COL_NUMBER && str_ieq(dbt_answer_column_name(a, c), hint))
                return c;
    for (size_t c = 0; c < sh->ncols; c++)
        if (sh->role[c] == CHART_COL_NUMBER)
            return c;
    return (size_t)-1;
}

static size_t insight_dimension(const chart_shape *sh)
{
    if (sh->time_col != (size_t)-1)
        return sh->time_col;
    for (size_t c = 0; c < sh->ncols; c++)
        if (sh->role[c] == CHART_COL_TEXT)
            return c;
    return (size_t)-1;
}

typedef struct insight_point {
    double t, v;
    size_t row;
} insight_point;

static int insight_cmp_point(const void *pa, const void *pb)
{
    const insight_point *x = pa, *y = pb;
    if (x->t != y->t)
        return x->t < y->t ? -1 : 1;
    return x->row < y->row ? -1 : x->row > y->row;
}

/* The measure's non-NULL values along dcol (time-ordered when time);
 * rows sharing a time are summed when the measure adds up. */
static int insight_series_make(const dbt_answer *a, const chart_shape *sh, size_t mcol,
                               size_t dcol, insight_series *s)
{
    size_t rows = sh->nrows, n = 0;
    int time = dcol != (size_t)-1 && sh->role[dcol] == CHART_COL_TIME;
    insight_point *p = malloc((rows ? rows : 1) * sizeof *p);
    s->v = malloc((rows ? rows : 1) * sizeof *s->v);
    s->label = dcol != (size_t)-1 ? malloc((rows ? rows : 1) * sizeof *s->label) : NULL;
    s->t = time ? malloc((rows ? rows : 1) * sizeof *s->t) : NULL;
    if (!p || !s->v || (dcol != (size_t)-1 && !s->label) || (time && !s->t)) {
        free(p);
        return -1;
    }
    for (size_t r = 0; r < rows; r++) {
        double v = chart_value_num(dbt_answer_value(a, r, mcol));
        if (isnan(v))
            continue;
        double t = (double)r;
        if (time) {
            const dbt_value *dv = dbt_answer_value(a, r, dcol);
            int ok = dv->type == DBT_INT;
            t = ok ? (double)dv->i : dv->type == DBT_TEXT ? chart_time_value(dv->s, dv->len, &ok) : 0;
            if (!ok)
                continue;
        }
        p[n].t = t;
        p[n].v = v;
        p[n].row = r;
        n++;
    }
    if (time)
        qsort(p, n, sizeof *p, insight_cmp_point);
    s->n = 0;
    for (size_t i = 0; i < n; i++) {
        if (time && s->n && p[i].t == s->t[s->n - 1]) {
            if (s->additive)
                s->v[s->n - 1] += p[i].v;      /* several categories in one period */
            continue;
        }
        s->v[s->n] = p[i].v;
        if (s->label)
            s->label[s->n] = dbt_answer_value(a, p[i].row, dcol);
        if (s->t)
            s->t[s->n] = p[i].t;
        s->n++;
    }
    free(p);
    return 0;
}

typedef struct insight_ref {
    const dbt_value *label;
    size_t i;
} insight_ref;

static int insight_cmp_ref(const void *pa, const void *pb)
{
    const insight_ref *x = pa, *y = pb;
    const dbt_value *a = x->label, *b = y->label;
    int d = (int)a->type - (int)b->type;
    if (!d && a->type == DBT_INT)
        d = a->i < b->i ? -1 : a->i > b->i;
    else if (!d && a->type == DBT_REAL)
        d = a->r < b->r ? -1 : a->r > b->r;
    else if (!d && a->type == DBT_TEXT) {
        size_t m = a->len < b->len ? a->len : b->len;
        d = m ? memcmp(a->s, b->s, m) : 0;
        if (!d)
            d = a->len < b->len ? -1 : a->len > b->len;
    }
    return d ? d : x->i < y->i ? -1 : x->i > y->i;
}

/* Categories that repeat (a second dimension split them): summed into
 * one when the measure adds up; else 0 and the series is left as is. */
static int insight_merge_categories(insight_series *s)
{
    insight_ref *r = malloc((s->n ? s->n : 1) * sizeof *r);
    char *keep = calloc(s->n ? s->n : 1, 1);
    if (!r || !keep) {
        free(r);
        free(keep);
        return -1;
    }
    for (size_t i = 0; i < s->n; i++) {
        r[i].label = s->label[i];
        r[i].i = i;
    }
    qsort(r, s->n, sizeof *r, insight_cmp_ref);
    int dup = 0;
    for (size_t j = 0; j < s->n; j++) {
        size_t head = j;
        while (j + 1 < s->n && insight_cmp_ref(&(insight_ref){ r[j + 1].label, 0 },
                                               &(insight_ref){ r[head].label, 0 }) == 0) {
            j++;
            dup = 1;
            s->v[r[head].i] += s->v[r[j].i];
        }
        keep[r[head].i] = 1;
    }
    if (dup && !s->additive) {
        s->n = 0;                       /* averages of parts do not add up */
    } else if (dup) {
        size_t n = 0;
        for (size_t i = 0; i < s->n; i++)
            if (keep[i]) {
                s->v[n] = s->v[i];
                s->label[n] = s->label[i];
                n++;
            }
        s->n = n;
    }
    free(r);
    free(keep);
    return 0;
}

static void insight_series_free(insight_series *s)
{
    free(s->v);
    free(s->label);
    free(s->t);
}

/* ---- notes -------------------------------------------------------------- */

static void insight_notes(insight_list *l, const dbt_answer *a, const chart_shape *sh,
                          size_t mcol)
{
    buf b;
    buf_init(&b);
    if (sh->nrows == 0) {
        buf_add(&b, "The query returned no rows.");
        insight_add(l, INSIGHT_NOTE, insight_finish(&b), 1.0);
        return;
    }
    if (dbt_answer_truncated(a)) {
        buf_add(&b, "Only the first ");
        numfmt_value(&b, (double)sh->nrows);
        buf_add(&b, " rows were returned (the row cap was reached); figures describe those rows only.");
        insight_add(l, INSIGHT_NOTE, insight_finish(&b), 0.95);
    }
    if (mcol == (size_t)-1 || sh->nrows < 2)
        return;
    size_t nulls = 0;
    for (size_t r = 0; r < sh->nrows; r++)
        nulls += isnan(chart_value_num(dbt_answer_value(a, r, mcol)));
    if (nulls) {
        buf_init(&b);
        numfmt_value(&b, (double)nulls);
        buf_add(&b, " of ");
        numfmt_value(&b, (double)sh->nrows);
        buf_addc(&b, ' ');
        insight_add_name(&b, dbt_answer_column_name(a, mcol));
        buf_add(&b, nulls == 1 ? " values is empty (NULL) and was left out."
                               : " values are empty (NULL) and were left out.");
        insight_add(l, INSIGHT_NOTE, insight_finish(&b), 0.5);
    }
}

/* ---- the list ------------------------------------------------------------ */

/* Best first (stable), at most INSIGHT_MAX kept. */
static void insight_rank(insight_list *l)
{
    for (size_t i = 1; i < l->n; i++) {
        insight x = l->item[i];
        size_t j = i;
        while (j > 0 && l->item[j - 1].confidence < x.confidence) {
            l->item[j] = l->item[j - 1];
            j--;
        }
        l->item[j] = x;
    }
    while (l->n > INSIGHT_MAX)
        free(l->item[--l->n].sentence);
}

insight_list *insights_compute(const dbt_answer *a, const char *measure_hint)
{
    insight_list *l = calloc(1, sizeof *l);
    chart_shape sh;
    if (!l || !a || chart_shape_read(a, &sh) < 0) {
        free(l);
        return NULL;
    }
    size_t mcol = insight_measure(a, &sh, measure_hint), dcol = insight_dimension(&sh);
    insight_notes(l, a, &sh, mcol);
    if (mcol != (size_t)-1 && sh.nrows >= 2) {
        insight_series s;
        memset(&s, 0, sizeof s);
        s.measure = dbt_answer_column_name(a, mcol);
        s.dim = dcol != (size_t)-1 ? dbt_answer_column_name(a, dcol) : NULL;
        s.additive = chart_name_additive(s.measure);
        if (insight_series_make(a, &sh, mcol, dcol, &s) < 0) {
            l->oom = 1;
        } else if (s.t) {
            insight_trend(l, &s);
            insight_outliers(l, &s);
        } else if (s.label) {
            if (insight_merge_categories(&s) < 0)
                l->oom = 1;
            insight_shares(l, &s);
            insight_outliers(l, &s);
        } else if (sh.nnum == 1) {
            insight_distribution(l, &s);
            insight_outliers(l, &s);
        }
        insight_series_free(&s);
    }
    chart_shape_free(&sh);
    if (l->oom) {
        insights_free(l);
        return NULL;
    }
    insight_rank(l);
    return l;
}
