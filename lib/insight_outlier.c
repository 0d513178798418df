/* insight_outlier.c: values far from the rest, by robust z-score
 * (0.6745 (x - median) / MAD, |z| > 3.5, after Iglewicz and Hoaglin),
 * named by their label or date. */
#include "insight.h"

#include <math.h>
#include <stdlib.h>
#include "numfmt.h"

#define INSIGHT_Z 3.5
#define INSIGHT_NAMED 3    /* outliers named in the sentence */

typedef struct insight_out {
    double az;
    size_t i;
} insight_out;

static int insight_cmp_out(const void *pa, const void *pb)
{
    const insight_out *x = pa, *y = pb;
    if (x->az != y->az)
        return x->az > y->az ? -1 : 1;
    return x->i < y->i ? -1 : x->i > y->i;
}

static void insight_add_one(buf *b, const insight_series *s, size_t i, int with_value)
{
    if (s->label) {
        insight_add_label(b, s->label[i]);
        if (!with_value)
            return;
        buf_add(b, " (");
        numfmt_value(b, s->v[i]);
        buf_addc(b, ')');
    } else {
        numfmt_value(b, s->v[i]);
    }
}

static void insight_sentence_out(insight_list *l, const insight_series *s, const insight_out *o,
                                 size_t k, double median)
{
    buf b;
    buf_init(&b);
    if (k == 1) {
        size_t i = o[0].i;
        if (s->label) {
            insight_add_one(&b, s, i, 0);
            buf_add(&b, " stands out: its ");
            insight_add_name(&b, s->measure);
            buf_add(&b, " of ");
            numfmt_value(&b, s->v[i]);
            buf_add(&b, " is far ");
        } else {
            buf_add(&b, "The value ");
            numfmt_value(&b, s->v[i]);
            buf_add(&b, " stands out: it is far ");
        }
        buf_add(&b, s->v[i] > median ? "above" : "below");
        buf_add(&b, " the median ");
        if (!s->label)
            insight_add_name(&b, s->measure);
        buf_add(&b, s->label ? "of " : " of ");
        numfmt_value(&b, median);
        buf_addc(&b, '.');
        insight_add(l, INSIGHT_OUTLIER, insight_finish(&b), 0.8);
        return;
    }
    numfmt_value(&b, (double)k);
    buf_addc(&b, ' ');
    if (s->label && s->dim)
        insight_add_plural(&b, s->dim);
    else
        buf_add(&b, "values");
    buf_add(&b, " stand out from the median ");
    insight_add_name(&b, s->measure);
    buf_add(&b, " of ");
    numfmt_value(&b, median);
    buf_add(&b, ": ");
    size_t named = k < INSIGHT_NAMED ? k : INSIGHT_NAMED;
    for (size_t j = 0; j < named; j++) {
        if (j)
            buf_add(&b, j + 1 == named && k == named ? " and " : ", ");
        insight_add_one(&b, s, o[j].i, 1);
    }
    if (k > named) {
        buf_add(&b, " and ");
        numfmt_value(&b, (double)(k - named));
        buf_add(&b, " more");
    }
    buf_addc(&b, '.');
    insight_add(l, INSIGHT_OUTLIER, insight_finish(&b), 0.8);
}

void insight_outliers(insight_list *l, const insight_series *s)
{
    if (s->n < 5)
        return;
    double *z = malloc(s->n * sizeof *z), median;
    insight_out *o = malloc(s->n * sizeof *o);
    if (!z || !o || insight_robust_z(s->v, s->n, z, &median) < 0) {
        free(z);
        free(o);
        insight_add(l, INSIGHT_OUTLIER, NULL, 0);    /* marks no memory */
        return;
    }
    size_t k = 0;
    for (size_t i = 0; i < s->n; i++)
        if (fabs(z[i]) > INSIGHT_Z) {
            o[k].az = fabs(z[i]);
            o[k].i = i;
            k++;
        }
    qsort(o, k, sizeof *o, insight_cmp_out);
    if (k && k * 4 <= s->n)         /* a quarter of the data is no outlier */
        insight_sentence_out(l, s, o, k, median);
    free(z);
    free(o);
}
