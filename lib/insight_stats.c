/* insight_stats.c: the few statistics insights need: sorting, quantiles
 * (linear interpolation, "type 7", as numpy and Excel's QUARTILE.INC),
 * medians and robust z-scores (median and MAD). */
#include "insight.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

static int insight_cmp_double(const void *pa, const void *pb)
{
    double a = *(const double *)pa, b = *(const double *)pb;
    return a < b ? -1 : a > b;
}

void insight_sort(double *v, size_t n)
{
    qsort(v, n, sizeof *v, insight_cmp_double);
}

double insight_quantile(const double *sorted, size_t n, double p)
{
    if (n == 0)
        return NAN;
    double pos = p * (double)(n - 1);
    size_t lo = (size_t)floor(pos);
    if (lo + 1 >= n)
        return sorted[n - 1];
    return sorted[lo] + (pos - (double)lo) * (sorted[lo + 1] - sorted[lo]);
}

double insight_median(const double *v, size_t n)
{
    double *s = malloc((n ? n : 1) * sizeof *s);
    if (!s || n == 0) {
        free(s);
        return NAN;
    }
    memcpy(s, v, n * sizeof *s);
    insight_sort(s, n);
    double m = insight_quantile(s, n, 0.5);
    free(s);
    return m;
}

int insight_robust_z(const double *v, size_t n, double *z, double *median)
{
    double *dev = malloc((n ? n : 1) * sizeof *dev);
    if (!dev)
        return -1;
    double m = insight_median(v, n), mean_ad = 0;
    for (size_t i = 0; i < n; i++) {
        dev[i] = fabs(v[i] - m);
        mean_ad += dev[i];
    }
    mean_ad /= (double)(n ? n : 1);
    double mad = insight_median(dev, n);
    for (size_t i = 0; i < n; i++) {
        if (mad > 0)
            z[i] = 0.6745 * (v[i] - m) / mad;
        else if (mean_ad > 0)
            z[i] = (v[i] - m) / (1.253314 * mean_ad);
        else
            z[i] = 0;
    }
    *median = m;
    free(dev);
    return 0;
}
