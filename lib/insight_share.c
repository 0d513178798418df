/* insight_share.c: insights on a measure by category: two groups
 * compared, the top contributors and their share (Pareto), how
 * concentrated or even the total is, and the highest against the
 * lowest. */
#include "insight.h"

#include <math.h>
#include <stdlib.h>
#include "numfmt.h"

typedef struct insight_rank {
    double v;
    size_t i;
} insight_rank;

static int insight_cmp_rank(const void *pa, const void *pb)
{
    const insight_rank *x = pa, *y = pb;
    if (x->v != y->v)
        return x->v > y->v ? -1 : 1;
    return x->i < y->i ? -1 : x->i > y->i;
}

static void insight_dims(buf *b, const insight_series *s)
{
    if (s->dim)
        insight_add_plural(b, s->dim);
    else
        buf_add(b, "categories");
}

static void insight_compare(insight_list *l, const insight_series *s, const insight_rank *r)
{
    size_t a = r[0].i, c = r[1].i;
    buf b;
    buf_init(&b);
    if (s->v[a] == s->v[c]) {
        insight_add_label(&b, s->label[a]);
        buf_add(&b, " and ");
        insight_add_label(&b, s->label[c]);
        buf_add(&b, " have the same ");
        insight_add_name(&b, s->measure);
        buf_add(&b, " (");
        numfmt_value(&b, s->v[a]);
        buf_add(&b, ").");
        insight_add(l, INSIGHT_COMPARE, insight_finish(&b), 0.8);
        return;
    }
    insight_add_name(&b, s->measure);
    buf_add(&b, " for ");
    insight_add_label(&b, s->label[a]);
    buf_add(&b, " (");
    numfmt_value(&b, s->v[a]);
    buf_add(&b, ") is ");
    if (s->v[c] > 0) {
        numfmt_percent(&b, (s->v[a] - s->v[c]) / s->v[c] * 100, 0);
        buf_add(&b, " higher than for ");
    } else {
        numfmt_value(&b, s->v[a] - s->v[c]);
        buf_add(&b, " more than for ");
    }
    insight_add_label(&b, s->label[c]);
    buf_add(&b, " (");
    numfmt_value(&b, s->v[c]);
    buf_addc(&b, ')');
    if (s->v[c] > 0) {
        buf_add(&b, ", a difference of ");
        numfmt_value(&b, s->v[a] - s->v[c]);
    }
    buf_addc(&b, '.');
    insight_add(l, INSIGHT_COMPARE, insight_finish(&b), 0.85);
}

/* Returns how many top categories the sentence named. */
static size_t insight_top(insight_list *l, const insight_series *s, const insight_rank *r,
                          double total)
{
    size_t n = s->n;
    buf b;
    buf_init(&b);
    double top1 = r[0].v / total * 100;
    if (top1 >= 50 || n == 3) {
        insight_add_label(&b, s->label[r[0].i]);
        buf_add(&b, top1 >= 50 ? " alone makes " : " makes the largest share of ");
        if (top1 < 50) {
            insight_add_name(&b, s->measure);
            buf_add(&b, ": ");
        }
        numfmt_percent(&b, top1, 0);
        if (top1 >= 50) {
            buf_add(&b, " of ");
            insight_add_name(&b, s->measure);
        }
        buf_add(&b, " (");
        numfmt_value(&b, r[0].v);
        buf_add(&b, " of ");
        numfmt_value(&b, total);
        buf_add(&b, ").");
        insight_add(l, INSIGHT_TOP, insight_finish(&b), 0.85);
        return 1;
    }
    size_t k = n >= 5 ? 3 : 2;
    double part = 0;
    buf_add(&b, "The top ");
    numfmt_value(&b, (double)k);
    buf_addc(&b, ' ');
    insight_dims(&b, s);
    buf_add(&b, " (");
    for (size_t j = 0; j < k; j++) {
        if (j)
            buf_add(&b, ", ");
        insight_add_label(&b, s->label[r[j].i]);
        part += r[j].v;
    }
    buf_add(&b, ") make ");
    numfmt_percent(&b, part / total * 100, 0);
    buf_add(&b, " of ");
    insight_add_name(&b, s->measure);
    buf_addc(&b, '.');
    insight_add(l, INSIGHT_TOP, insight_finish(&b), 0.85);
    return k;
}

static void insight_concentration(insight_list *l, const insight_series *s,
                                  const insight_rank *r, double total, size_t named)
{
    size_t n = s->n, k = (n + 4) / 5;          /* the top fifth, rounded up */
    double part = 0;
    for (size_t j = 0; j < k; j++)
        part += r[j].v;
    buf b;
    buf_init(&b);
    if (part / total >= 0.8 && k != named) {
        insight_add_name(&b, s->measure);
        buf_add(&b, " is concentrated: the top ");
        numfmt_value(&b, (double)k);
        buf_add(&b, " of ");
        numfmt_value(&b, (double)n);
        buf_addc(&b, ' ');
        insight_dims(&b, s);
        buf_add(&b, " make ");
        numfmt_percent(&b, part / total * 100, 0);
        buf_add(&b, " of it.");
        insight_add(l, INSIGHT_CONCENTRATION, insight_finish(&b), 0.7);
    } else if (r[0].v / total <= 1.5 / (double)n) {
        insight_add_name(&b, s->measure);
        buf_add(&b, " is spread evenly across the ");
        numfmt_value(&b, (double)n);
        buf_addc(&b, ' ');
        insight_dims(&b, s);
        buf_add(&b, ": each makes between ");
        numfmt_percent(&b, r[n - 1].v / total * 100, 0);
        buf_add(&b, " and ");
        numfmt_percent(&b, r[0].v / total * 100, 0);
        buf_addc(&b, '.');
        insight_add(l, INSIGHT_CONCENTRATION, insight_finish(&b), 0.6);
    } else {
        buf_free(&b);
    }
}

static void insight_high_low(insight_list *l, const insight_series *s, const insight_rank *r)
{
    const insight_rank *hi = &r[0], *lo = &r[s->n - 1];
    if (hi->v == lo->v)
        return;
    buf b;
    buf_init(&b);
    buf_add(&b, "The highest ");
    insight_add_name(&b, s->measure);
    buf_add(&b, " is ");
    numfmt_value(&b, hi->v);
    buf_add(&b, " (");
    insight_add_label(&b, s->label[hi->i]);
    buf_add(&b, lo->v > 0 ? "), " : ") and the lowest ");
    if (lo->v > 0) {
        numfmt_grouped(&b, hi->v / lo->v, 1);
        buf_add(&b, " times the lowest, ");
    }
    numfmt_value(&b, lo->v);
    buf_add(&b, " (");
    insight_add_label(&b, s->label[lo->i]);
    buf_add(&b, ").");
    insight_add(l, INSIGHT_EXTREMES, insight_finish(&b), 0.5);
}

void insight_shares(insight_list *l, const insight_series *s)
{
    size_t n = s->n;
    if (n < 2)
        return;
    insight_rank *r = malloc(n * sizeof *r);
    if (!r) {
        insight_add(l, INSIGHT_TOP, NULL, 0);
        return;
    }
    double total = 0;
    int negative = 0;
    for (size_t i = 0; i < n; i++) {
        r[i].v = s->v[i];
        r[i].i = i;
        total += s->v[i];
        negative |= s->v[i] < 0;
    }
    qsort(r, n, sizeof *r, insight_cmp_rank);
    if (n == 2) {
        insight_compare(l, s, r);
    } else {
        size_t named = 0;
        if (s->additive && !negative && total > 0) {
            named = insight_top(l, s, r, total);
            if (n >= 5)
                insight_concentration(l, s, r, total, named);
        }
        insight_high_low(l, s, r);
    }
    free(r);
}
