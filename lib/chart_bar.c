/* chart_bar.c: horizontal bars (one measure by category, largest first,
 * the tail folded into "others"), grouped and stacked bars (several
 * series), the proportion bar (shares of one whole) and the vertical
 * histogram. UTF-8 bars end in eighth blocks ▏▎▍▌▋▊▉█; ASCII bars are
 * '#' with the last cell's tenths as a digit ("####7"). */
#include "chart.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "numfmt.h"

#define CHART_FULL 0x2588u

/* Fill glyph per series: solid, then shades; ASCII letters alike. */
static uint32_t chart_fill(size_t s, int utf8)
{
    static const uint32_t u[] = { 0x2588, 0x2593, 0x2592, 0x2591, 0x259A, 0x2597 };
    static const char a[] = "#=+:%.";
    return utf8 ? u[s % 6] : (uint32_t)a[s % 6];
}

/* Draw a bar of `len` cells (fractional) from column x to the right;
 * returns the cells it took. */
static int chart_hbar(chart_grid *g, int x, int y, double len, int utf8, uint32_t fill,
                       int color)
{
    if (!(len > 0))
        return 0;
    int solid = fill == CHART_FULL || fill == '#';
    int steps = utf8 ? 8 : 10;
    long units = solid ? lround(len * steps) : lround(len) * steps;
    if (units < 1)
        units = solid ? 1 : steps;     /* never hide a value that is not 0 */
    long full = units / steps, rem = units % steps;
    for (long i = 0; i < full; i++)
        chart_put(g, x + (int)i, y, fill, color);
    if (rem)
        chart_put(g, x + (int)full, y, utf8 ? 0x2590u - (uint32_t)rem : (uint32_t)('0' + rem),
                  color);
    return (int)full + (rem ? 1 : 0);
}

/* The widest sanitised label among labels[0..n), capped at cap. */
static int chart_label_width(char *const *labels, size_t n, int cap)
{
    int w = 0;
    for (size_t i = 0; i < n && w < cap; i++) {
        int lw = chart_text_width(labels[i], 0);
        if (lw > w)
            w = lw;
    }
    return w < cap ? w : cap;
}

/* The shown bars: the first `shown` of c, then maybe an "others" row. */
typedef struct chart_barrow {
    const char *label;
    double v;
    int no_bar;           /* "k more" with no value */
} chart_barrow;

static size_t chart_bar_rows(const chart *c, int avail, chart_barrow *rows, char *other_label,
                             size_t other_size)
{
    size_t n = c->n;
    if (avail < 1)
        avail = 1;
    size_t shown = n <= (size_t)avail ? n : (size_t)avail - 1;
    for (size_t i = 0; i < shown; i++) {
        rows[i].label = c->labels[i];
        rows[i].v = c->series[0].v[i];
        rows[i].no_bar = 0;
    }
    if (shown == n)
        return n;
    double rest = 0;
    for (size_t i = shown; i < n; i++)
        if (!isnan(c->series[0].v[i]))
            rest += c->series[0].v[i];
    snprintf(other_label, other_size, c->additive ? "others (%zu)" : "%zu more", n - shown);
    rows[shown].label = other_label;
    rows[shown].v = c->additive ? rest : NAN;
    rows[shown].no_bar = !c->additive;
    return shown + 1;
}

void chart_draw_bar(chart_grid *g, const chart *c, int utf8)
{
    char other[64], num[NUMFMT_SHORT_MAX];
    int top = g->h >= 3 ? 1 : 0;
    if (top)
        chart_draw_title(g, c, utf8);
    int avail = g->h - top;
    chart_barrow *rows = malloc(((size_t)avail + 1) * sizeof *rows);
    if (!rows || c->n == 0) {
        free(rows);
        return;
    }
    size_t nr = chart_bar_rows(c, avail, rows, other, sizeof other);
    double lo = 0, hi = 0;
    int valw = 0;
    for (size_t i = 0; i < nr; i++) {
        if (!isnan(rows[i].v)) {
            lo = fmin(lo, rows[i].v);
            hi = fmax(hi, rows[i].v);
        }
        int w = rows[i].no_bar ? 0 : (int)strlen(isnan(rows[i].v) ? "NULL" : numfmt_short(rows[i].v, num));
        valw = w > valw ? w : valw;
    }
    int labw = 0;
    for (size_t i = 0; i < nr; i++) {
        int lw = chart_text_width(rows[i].label, utf8);
        labw = lw > labw ? lw : labw;
    }
    if (labw > g->w / 3)
        labw = g->w / 3;
    int barw = g->w - labw - 2 - 1 - valw;
    if (barw < 4) {
        valw = 0;
        barw = g->w - labw - 2;
    }
    double span = hi - lo > 0 ? hi - lo : 1;
    int zero = (int)lround(-lo / span * barw);   /* cells left of the zero line */
    int axis = labw + 1 + zero;
    for (size_t i = 0; i < nr; i++) {
        int y = top + (int)i;
        chart_text(g, 0, y, labw, rows[i].label, strlen(rows[i].label), utf8, 0);
        chart_put(g, axis, y, utf8 ? 0x2502 : '|', 0);
        if (rows[i].no_bar)
            continue;
        double v = rows[i].v;
        int end = axis + 1;
        if (v > 0) {
            end = axis + 1 + chart_hbar(g, axis + 1, y, v / span * barw, utf8,
                                        utf8 ? CHART_FULL : '#', 1);
        } else if (v < 0) {
            long cells = lround(-v / span * barw);
            if (cells < 1)
                cells = 1;
            for (long k = 1; k <= cells; k++)
                chart_put(g, axis - (int)k, y, utf8 ? CHART_FULL : '#', 1);
        }
        if (valw) {
            const char *s = isnan(v) ? "NULL" : numfmt_short(v, num);
            chart_text(g, end + 1, y, g->w - end - 1, s, strlen(s), utf8, 0);
        }
    }
    free(rows);
}

void chart_draw_legend(chart_grid *g, const chart *c, int y, const uint32_t *marks, int utf8)
{
    int x = 0;
    for (size_t s = 0; s < c->nseries && x < g->w; s++) {
        chart_put(g, x, y, marks ? marks[s] : chart_fill(s, utf8), (int)(s % CHART_MAX_SERIES) + 1);
        x += 2;
        x += chart_text(g, x, y, g->w - x, c->series[s].name, strlen(c->series[s].name), utf8, 0);
        x += 2;
    }
}

void chart_draw_grouped(chart_grid *g, const chart *c, int utf8, int stacked)
{
    char num[NUMFMT_SHORT_MAX];
    if (c->n == 0 || c->nseries == 0)
        return;
    int top = g->h >= 3 ? 1 : 0;
    if (top)
        chart_draw_legend(g, c, 0, NULL, utf8);
    size_t ns = c->nseries, per = stacked ? 1 : ns;
    int avail = g->h - top;
    /* every category takes `per` rows, and a blank one between groups */
    size_t gap = !stacked && ns > 1 ? 1 : 0;
    size_t fit = (size_t)(avail + (int)gap) / (per + gap);
    size_t shown = c->n <= fit ? c->n : fit > 0 ? fit - 1 : 0;
    double lo = 0, hi = 0;
    int valw = 0;
    for (size_t i = 0; i < shown; i++) {
        double total = 0;
        for (size_t s = 0; s < ns; s++) {
            double v = c->series[s].v[i];
            if (isnan(v))
                continue;
            if (stacked) {
                total += v > 0 ? v : 0;
            } else {
                lo = fmin(lo, v);
                hi = fmax(hi, v);
                int w = (int)strlen(numfmt_short(v, num));
                valw = w > valw ? w : valw;
            }
        }
        if (stacked) {
            hi = fmax(hi, total);
            int w = (int)strlen(numfmt_short(total, num));
            valw = w > valw ? w : valw;
        }
    }
    int labw = chart_label_width(c->labels, shown, g->w / 3);
    int barw = g->w - labw - 2 - 1 - valw;
    if (barw < 4) {
        valw = 0;
        barw = g->w - labw - 2;
    }
    double span = hi - lo > 0 ? hi - lo : 1;
    int zero = (int)lround(-lo / span * barw);
    int axis = labw + 1 + zero;
    int y = top;
    for (size_t i = 0; i < shown; i++, y += (int)gap) {
        chart_text(g, 0, y, labw, c->labels[i], strlen(c->labels[i]), utf8, 0);
        double cum = 0, total = 0;
        for (size_t s = 0; s < ns; s++) {
            double v = c->series[s].v[i];
            int color = (int)(s % CHART_MAX_SERIES) + 1;
            chart_put(g, axis, y, utf8 ? 0x2502 : '|', 0);
            if (stacked) {
                if (isnan(v) || v <= 0)
                    continue;
                long a = lround(cum / span * barw), b = lround((cum + v) / span * barw);
                for (long x = a; x < b; x++)
                    chart_put(g, axis + 1 + (int)x, y, chart_fill(s, utf8), color);
                cum += v;
                total += v;
                continue;
            }
            int end = axis + 1;
            if (v > 0) {
                end = axis + 1 + chart_hbar(g, axis + 1, y, v / span * barw, utf8,
                                            chart_fill(s, utf8), color);
            } else if (v < 0) {
                long cells = lround(-v / span * barw);
                for (long k = 1; k <= (cells < 1 ? 1 : cells); k++)
                    chart_put(g, axis - (int)k, y, chart_fill(s, utf8), color);
            }
            if (valw) {
                const char *t = isnan(v) ? "NULL" : numfmt_short(v, num);
                chart_text(g, end + 1, y, g->w - end - 1, t, strlen(t), utf8, 0);
            }
            y++;
        }
        if (stacked) {
            int end = axis + 1 + (int)lround(cum / span * barw);
            if (valw) {
                numfmt_short(total, num);
                chart_text(g, end + 1, y, g->w - end - 1, num, strlen(num), utf8, 0);
            }
            y++;
        }
    }
    if (shown < c->n && y < g->h) {
        char more[64];
        snprintf(more, sizeof more, "%zu more", c->n - shown);
        chart_text(g, 0, y - (int)gap + (gap && y - (int)gap < top ? 1 : 0), g->w, more,
                   strlen(more), utf8, 0);
    }
}

void chart_draw_proportion(chart_grid *g, const chart *c, int utf8)
{
    char num[NUMFMT_SHORT_MAX];
    if (c->n == 0)
        return;
    int top = g->h >= 4 ? 1 : 0;
    if (top)
        chart_draw_title(g, c, utf8);
    int thick = g->h >= 10 ? 2 : 1;
    int legend_rows = g->h - top - thick - (g->h >= 6 ? 1 : 0);
    size_t k = c->n;
    size_t maxk = legend_rows < 1 ? 1 : (size_t)legend_rows;
    if (maxk > 6)
        maxk = 6;
    if (k > maxk)
        k = maxk;                       /* the last of them is "others" */
    double total = 0, part[6];
    for (size_t i = 0; i < c->n; i++)
        if (!isnan(c->series[0].v[i]) && c->series[0].v[i] > 0)
            total += c->series[0].v[i];
    if (!(total > 0))
        return;
    for (size_t i = 0; i < k; i++)
        part[i] = 0;
    for (size_t i = 0; i < c->n; i++) {
        double v = c->series[0].v[i];
        if (!isnan(v) && v > 0)
            part[i < k ? i : k - 1] += v;
    }
    int folded = c->n > k;
    double cum = 0;
    for (size_t i = 0; i < k; i++) {
        long a = lround(cum / total * g->w), b = lround((cum + part[i]) / total * g->w);
        for (int t = 0; t < thick; t++)
            for (long x = a; x < b; x++)
                chart_put(g, (int)x, top + t, chart_fill(i, utf8), (int)i + 1);
        cum += part[i];
    }
    int y = top + thick + (g->h >= 6 ? 1 : 0);
    int labw = chart_label_width(c->labels, k, g->w / 2);
    if (folded && labw < 6)
        labw = 6;
    for (size_t i = 0; i < k && y < g->h; i++, y++) {
        char other[32];
        const char *label = c->labels[i];
        if (folded && i == k - 1) {
            snprintf(other, sizeof other, "others (%zu)", c->n - k + 1);
            label = other;
        }
        chart_put(g, 0, y, chart_fill(i, utf8), (int)i + 1);
        chart_text(g, 2, y, labw, label, strlen(label), utf8, 0);
        buf t;
        buf_init(&t);
        numfmt_percent(&t, part[i] / total * 100, 0);
        buf_printf(&t, "  %s", numfmt_short(part[i], num));
        chart_text(g, 2 + labw + 2, y, g->w - labw - 4, buf_str(&t), t.len, utf8, 0);
        buf_free(&t);
    }
}

void chart_draw_histogram(chart_grid *g, const chart *c, int utf8)
{
    char title[64];
    if (c->n == 0 || !c->edges)
        return;
    double count = 0, maxc = 0;
    for (size_t b = 0; b < c->n; b++) {
        count += c->series[0].v[b];
        maxc = fmax(maxc, c->series[0].v[b]);
    }
    int top = g->h >= 5 ? 1 : 0;
    if (top) {
        snprintf(title, sizeof title, ": %.0f values", count);
        int x = chart_text(g, 0, 0, g->w, c->x_name ? c->x_name : "", c->x_name ? strlen(c->x_name) : 0,
                           utf8, 0);
        chart_text(g, x, 0, g->w - x, title, strlen(title), utf8, 0);
    }
    int ph = g->h - top - 2;
    if (ph < 1)
        ph = 1;
    chart_axis ax = chart_axis_make(0, maxc, ph >= 6 ? 4 : 2, 1);
    int labw = chart_axis_label_width(&ax);
    int x0 = labw + 1, pw = g->w - x0;
    if (pw < 1)
        return;
    size_t merge = (c->n + (size_t)pw - 1) / (size_t)pw;   /* bins per drawn column */
    size_t nb = (c->n + merge - 1) / merge;
    int bw = pw / (int)nb;
    if (bw < 1)
        bw = 1;
    chart_axis_draw_y(g, &ax, labw, top, ph, 8, utf8);
    for (size_t b = 0; b < nb; b++) {
        double v = 0;
        for (size_t k = b * merge; k < (b + 1) * merge && k < c->n; k++)
            v += c->series[0].v[k];
        long units = lround(v / ax.hi * ph * (utf8 ? 8 : 1));
        if (v > 0 && units < 1)
            units = 1;
        int x = x0 + (int)b * bw + (bw >= 3 ? 1 : 0);
        int w = bw >= 3 ? bw - 1 : bw;
        for (int r = 0; r < ph && units > 0; r++) {
            long here = utf8 ? (units >= 8 ? 8 : units) : 1;
            uint32_t cp = utf8 ? (here == 8 ? CHART_FULL : 0x2580u + (uint32_t)here) : '#';
            for (int i = 0; i < w; i++)
                chart_put(g, x + i, top + ph - 1 - r, cp, 1);
            units -= utf8 ? 8 : 1;
        }
    }
    /* edges under the bins */
    size_t idx[64];
    char lab[64][NUMFMT_SHORT_MAX];
    const char *labels[64];
    int col[64];
    double step = (c->edges[c->n] - c->edges[0]) / (double)c->n * (double)merge;
    double max_abs = fmax(fabs(c->edges[0]), fabs(c->edges[c->n]));
    int ew = 0;
    for (size_t b = 0; b <= nb; b++) {
        size_t e = b * merge > c->n ? c->n : b * merge;
        int w = (int)strlen(numfmt_tick(c->edges[e], step, max_abs, lab[0]));
        ew = w > ew ? w : ew;
    }
    size_t k = chart_axis_pick(nb + 1, pw, ew, idx, 64);
    for (size_t i = 0; i < k; i++) {
        size_t e = idx[i] * merge > c->n ? c->n : idx[i] * merge;
        labels[i] = numfmt_tick(c->edges[e], step, max_abs, lab[i]);
        col[i] = x0 + (int)idx[i] * bw;
        if (col[i] >= g->w)
            col[i] = g->w - 1;
    }
    chart_axis_draw_x(g, x0, pw, top + ph, labels, col, k, utf8);
}
