/* insight_dist.c: the distribution of one numeric column: median,
 * quartiles (linear interpolation), range and skew (the moment
 * coefficient g1: |g1| < 0.5 roughly symmetric, above 1 strongly
 * skewed). */
#include "insight.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "numfmt.h"

void insight_distribution(insight_list *l, const insight_series *s)
{
    size_t n = s->n;
    if (n < 5)
        return;
    double *x = malloc(n * sizeof *x);
    if (!x) {
        insight_add(l, INSIGHT_DISTRIBUTION, NULL, 0);
        return;
    }
    memcpy(x, s->v, n * sizeof *x);
    insight_sort(x, n);
    double mean = 0, m2 = 0, m3 = 0;
    for (size_t i = 0; i < n; i++)
        mean += x[i];
    mean /= (double)n;
    for (size_t i = 0; i < n; i++) {
        double d = x[i] - mean;
        m2 += d * d;
        m3 += d * d * d;
    }
    m2 /= (double)n;
    m3 /= (double)n;
    double g1 = m2 > 0 ? m3 / pow(m2, 1.5) : 0;
    double median = insight_quantile(x, n, 0.5);
    buf b;
    buf_init(&b);
    insight_add_name(&b, s->measure);
    buf_add(&b, ": median ");
    numfmt_value(&b, median);
    buf_add(&b, ", middle half between ");
    numfmt_value(&b, insight_quantile(x, n, 0.25));
    buf_add(&b, " and ");
    numfmt_value(&b, insight_quantile(x, n, 0.75));
    buf_add(&b, ", range ");
    numfmt_value(&b, x[0]);
    buf_add(&b, " to ");
    numfmt_value(&b, x[n - 1]);
    if (fabs(g1) < 0.5) {
        buf_add(&b, "; roughly symmetric.");
    } else {
        buf_add(&b, fabs(g1) > 1 ? "; strongly skewed " : "; skewed ");
        buf_add(&b, g1 > 0 ? "right (mean " : "left (mean ");
        numfmt_value(&b, mean);
        buf_add(&b, g1 > 0 ? " above the median)." : " below the median).");
    }
    insight_add(l, INSIGHT_DISTRIBUTION, insight_finish(&b), 0.8);
    free(x);
}
