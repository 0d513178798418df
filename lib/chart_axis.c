/* chart_axis.c: value axes with round ticks (1-2-5 steps, numbers
 * shortened as "2.5k") and category/time axes whose labels are spread so
 * they never overlap. */
#include "chart.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "numfmt.h"

chart_axis chart_axis_make(double min, double max, int ticks, int include_zero)
{
    chart_axis ax;
    if (!isfinite(min) || !isfinite(max) || min > max) {
        min = 0;
        max = 1;
    }
    if (include_zero) {
        if (min > 0)
            min = 0;
        if (max < 0)
            max = 0;
    }
    if (min == max) {
        double pad = min != 0 ? fabs(min) * 0.1 : 1;
        min -= pad;
        max += pad;
        if (include_zero && min < 0 && max - pad >= 0)
            min = 0;
        if (include_zero && max > 0 && min + pad <= 0)
            max = 0;
    }
    if (ticks < 1)
        ticks = 1;
    ax.step = numfmt_nice_step(max - min, ticks);
    ax.lo = floor(min / ax.step + 1e-9) * ax.step;
    ax.hi = ceil(max / ax.step - 1e-9) * ax.step;
    if (ax.hi <= ax.lo)
        ax.hi = ax.lo + ax.step;
    if (!isfinite(ax.lo) || !isfinite(ax.hi) || !(ax.hi > ax.lo)) {
        ax.lo = min;
        ax.hi = max > min ? max : min + 1;
        ax.step = ax.hi - ax.lo;
    }
    ax.max_abs = fmax(fabs(ax.lo), fabs(ax.hi));
    return ax;
}

/* The k-th tick's value, exactly a multiple of step where possible. */
static double chart_axis_tick(const chart_axis *ax, long k)
{
    double t = ax->lo + (double)k * ax->step;
    return fabs(t) < ax->step * 1e-9 ? 0 : t;
}

static long chart_axis_nticks(const chart_axis *ax)
{
    double n = floor((ax->hi - ax->lo) / ax->step + 0.5);
    return n > 1000 ? 1000 : (long)n;
}

int chart_axis_label_width(const chart_axis *ax)
{
    char s[NUMFMT_SHORT_MAX];
    int w = 1;
    for (long k = 0; k <= chart_axis_nticks(ax); k++) {
        int n = (int)strlen(numfmt_tick(chart_axis_tick(ax, k), ax->step, ax->max_abs, s));
        if (n > w)
            w = n;
    }
    return w;
}

void chart_axis_draw_y(chart_grid *g, const chart_axis *ax, int labw, int top, int rows,
                       int sub, int utf8)
{
    char s[NUMFMT_SHORT_MAX];
    if (rows <= 0)
        return;
    for (int r = 0; r < rows; r++)
        chart_put(g, labw, top + r, utf8 ? 0x2502 : '|', 0);
    int dots = rows * sub;
    int last_row = -2;
    for (long k = chart_axis_nticks(ax); k >= 0; k--) {
        double t = chart_axis_tick(ax, k);
        double pos = (ax->hi - t) / (ax->hi - ax->lo) * (dots - 1);
        int row = (int)floor(pos / sub + 1e-9);
        if (row == last_row || row < 0 || row >= rows)
            continue;
        last_row = row;
        numfmt_tick(t, ax->step, ax->max_abs, s);
        chart_text_right(g, labw, top + row, labw, s, utf8, 0);
        chart_put(g, labw, top + row, utf8 ? 0x2524 : '+', 0);
    }
}

size_t chart_axis_pick(size_t n, int w, int labw, size_t *idx, size_t max)
{
    if (n == 0 || max == 0)
        return 0;
    size_t k = (size_t)(w / (labw + 2 > 1 ? labw + 2 : 1));
    if (k < 1)
        k = 1;
    if (k > n)
        k = n;
    if (k > max)
        k = max;
    idx[0] = 0;
    if (k == 1)
        return 1;
    idx[1] = n - 1;
    for (size_t j = 1; j + 1 < k; j++)
        idx[j + 1] = (size_t)floor((double)j * (double)(n - 1) / (double)(k - 1) + 0.5);
    return k;
}

void chart_axis_draw_x(chart_grid *g, int x0, int w, int y, const char *const *labels,
                       const int *col, size_t n, int utf8)
{
    if (w <= 0 || y < 0 || y >= g->h)
        return;
    chart_put(g, x0 - 1, y, utf8 ? 0x2514 : '+', 0);
    for (int x = 0; x < w; x++)
        chart_put(g, x0 + x, y, utf8 ? 0x2500 : '-', 0);
    char *used = calloc((size_t)g->w + 2, 1);
    if (!used)
        return;
    for (size_t i = 0; i < n; i++) {
        int lw = chart_text_width(labels[i], utf8);
        int maxw = w < lw ? w : lw;
        int start = col[i] - x0 < 0 ? x0 : col[i];
        if (start + maxw > x0 + w)
            start = x0 + w - maxw;          /* the last label ends at the edge */
        if (start < 0)
            start = 0;
        int clash = 0;
        for (int x = start - 1; x <= start + maxw && !clash; x++)
            if (x >= 0 && x < g->w && used[x])
                clash = 1;
        if (clash || y + 1 >= g->h)
            continue;
        int put = chart_text(g, start, y + 1, maxw, labels[i], strlen(labels[i]), utf8, 0);
        for (int x = start; x < start + put && x < g->w; x++)
            used[x] = 1;
        chart_put(g, col[i], y, utf8 ? 0x252C : '+', 0);
    }
    free(used);
}
