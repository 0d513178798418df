/* chart_line.c: line charts (measures over time or over a numeric x)
 * and scatter plots in braille dots, 2x4 per cell (U+2800 + dot bits),
 * or in ASCII marks one per cell. NULL values leave gaps; several series
 * get a legend, a colour each and, in braille, a dot pattern each
 * (solid, every 2nd dot, every 3rd...) so colour never carries meaning
 * alone. */
#include "chart.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "numfmt.h"

static const char chart_marks[] = "*+ox#@%&";

/* The dot canvas: braille bits per cell, or one mark per cell. */
typedef struct chart_canvas {
    int pw, ph, dw, dh, utf8;
    unsigned char *bits;   /* braille: dot bits; ASCII: series mark + 1 */
    unsigned char *color;
} chart_canvas;

static void chart_dot(chart_canvas *cv, int dx, int dy, size_t series)
{
    static const unsigned char braille[4][2] = {
        { 0x01, 0x08 }, { 0x02, 0x10 }, { 0x04, 0x20 }, { 0x40, 0x80 }
    };
    if (dx < 0 || dy < 0 || dx >= cv->dw || dy >= cv->dh)
        return;
    int cx = cv->utf8 ? dx / 2 : dx, cy = cv->utf8 ? dy / 4 : dy;
    size_t i = (size_t)cy * (size_t)cv->pw + (size_t)cx;
    if (cv->utf8)
        cv->bits[i] |= braille[dy % 4][dx % 2];
    else
        cv->bits[i] = (unsigned char)(series % 8 + 1);
    cv->color[i] = (unsigned char)(series % CHART_MAX_SERIES + 1);
}

/* A segment in dot space; series s > 0 in braille draws every (s+1)th dot. */
static void chart_segment(chart_canvas *cv, int x0, int y0, int x1, int y1, size_t s,
                          unsigned *phase)
{
    int dx = abs(x1 - x0), sx = x0 < x1 ? 1 : -1;
    int dy = -abs(y1 - y0), sy = y0 < y1 ? 1 : -1;
    int e = dx + dy;
    unsigned every = cv->utf8 ? (unsigned)(s % 4) + 1 : 1;
    for (;;) {
        if ((*phase)++ % every == 0)
            chart_dot(cv, x0, y0, s);
        if (x0 == x1 && y0 == y1)
            break;
        int e2 = 2 * e;
        if (e2 >= dy) {
            e += dy;
            x0 += sx;
        }
        if (e2 <= dx) {
            e += dx;
            y0 += sy;
        }
    }
}

static int chart_map(double v, double lo, double hi, int dots)
{
    if (dots <= 1 || !(hi > lo))
        return 0;
    return (int)lround((v - lo) / (hi - lo) * (dots - 1));
}

/* Column of point i in dot space. */
static int chart_point_x(const chart *c, size_t i, const chart_axis *xa, int dw)
{
    if (c->x)
        return chart_map(c->x[i], xa->lo, xa->hi, dw);
    if (c->n <= 1)
        return dw / 2;
    return (int)lround((double)i * (dw - 1) / (double)(c->n - 1));
}

static void chart_plot(chart_canvas *cv, const chart *c, const chart_axis *xa,
                       const chart_axis *ya, int scatter)
{
    for (size_t s = 0; s < c->nseries; s++) {
        const double *v = c->series[s].v;
        unsigned phase = 0;
        int have = 0, px = 0, py = 0;
        for (size_t i = 0; i < c->n; i++) {
            if (isnan(v[i]) || (c->x && isnan(c->x[i]))) {
                have = 0;               /* a gap */
                continue;
            }
            int x = chart_point_x(c, i, xa, cv->dw);
            int y = cv->dh - 1 - chart_map(v[i], ya->lo, ya->hi, cv->dh);
            if (scatter || !have)
                chart_dot(cv, x, y, s);
            else
                chart_segment(cv, px, py, x, y, s, &phase);
            have = 1;
            px = x;
            py = y;
        }
    }
}

static void chart_canvas_blit(chart_grid *g, const chart_canvas *cv, int x0, int top)
{
    for (int y = 0; y < cv->ph; y++)
        for (int x = 0; x < cv->pw; x++) {
            size_t i = (size_t)y * (size_t)cv->pw + (size_t)x;
            if (!cv->bits[i])
                continue;
            uint32_t cp = cv->utf8 ? 0x2800u + cv->bits[i] : (uint32_t)chart_marks[cv->bits[i] - 1];
            chart_put(g, x0 + x, top + y, cp, cv->color[i]);
        }
}

static void chart_range(const chart *c, double *lo, double *hi)
{
    *lo = INFINITY;
    *hi = -INFINITY;
    for (size_t s = 0; s < c->nseries; s++)
        for (size_t i = 0; i < c->n; i++) {
            double v = c->series[s].v[i];
            if (isnan(v) || (c->x && isnan(c->x[i])))
                continue;
            *lo = fmin(*lo, v);
            *hi = fmax(*hi, v);
        }
}

/* Category / date labels under the plot. */
static void chart_label_axis(chart_grid *g, const chart *c, int x0, int pw, int y, int utf8)
{
    size_t idx[64];
    const char *labels[64];
    int col[64];
    int labw = 1;
    size_t probe = c->n < 50 ? c->n : 50;
    for (size_t k = 0; k < probe; k++) {
        size_t i = probe > 1 ? k * (c->n - 1) / (probe - 1) : 0;
        int w = chart_text_width(c->labels[i], utf8);
        labw = w > labw ? w : labw;
    }
    if (labw > pw)
        labw = pw;
    int dw = utf8 ? pw * 2 : pw;
    size_t k = chart_axis_pick(c->n, pw, labw, idx, 64);
    for (size_t j = 0; j < k; j++) {
        labels[j] = c->labels[idx[j]];
        int dx = chart_point_x(c, idx[j], NULL, dw);
        col[j] = x0 + (utf8 ? dx / 2 : dx);
    }
    chart_axis_draw_x(g, x0, pw, y, labels, col, k, utf8);
}

/* Numeric x ticks under the plot. */
static void chart_number_axis(chart_grid *g, const chart_axis *xa, int x0, int pw, int y,
                              int utf8)
{
    char lab[64][NUMFMT_SHORT_MAX];
    const char *labels[64];
    int col[64];
    size_t k = 0;
    long nt = lround((xa->hi - xa->lo) / xa->step);
    int dw = utf8 ? pw * 2 : pw;
    for (long t = 0; t <= nt && k < 64; t++) {
        double v = xa->lo + (double)t * xa->step;
        labels[k] = numfmt_tick(fabs(v) < xa->step * 1e-9 ? 0 : v, xa->step, xa->max_abs, lab[k]);
        int dx = chart_map(v, xa->lo, xa->hi, dw);
        col[k] = x0 + (utf8 ? dx / 2 : dx);
        k++;
    }
    chart_axis_draw_x(g, x0, pw, y, labels, col, k, utf8);
}

void chart_draw_line(chart_grid *g, const chart *c, int utf8, int scatter)
{
    if (c->n == 0 || c->nseries == 0)
        return;
    int top = g->h >= 5 ? 1 : 0;
    if (top && c->nseries == 1) {
        chart_draw_title(g, c, utf8);
    } else if (top) {
        uint32_t marks[CHART_MAX_SERIES];
        static const uint32_t pattern[4] = { 0x28E4, 0x2824, 0x2804, 0x2820 };
        for (size_t s = 0; s < c->nseries && s < CHART_MAX_SERIES; s++)
            marks[s] = utf8 ? pattern[s % 4] : (uint32_t)chart_marks[s % 8];
        chart_draw_legend(g, c, 0, marks, utf8);
    }
    int ph = g->h - top - 2;
    if (ph < 1)
        ph = 1;
    double lo, hi;
    chart_range(c, &lo, &hi);
    int zero = lo > 0 && lo < hi * 0.25;     /* near zero anyway: show it */
    chart_axis ya = chart_axis_make(lo, hi, ph >= 9 ? ph / 3 : 2, zero);
    int labw = chart_axis_label_width(&ya);
    int x0 = labw + 1, pw = g->w - x0;
    if (pw < 1)
        return;
    chart_axis xa = { 0, 1, 1, 1 };
    if (c->x) {
        double xl = INFINITY, xh = -INFINITY;
        for (size_t i = 0; i < c->n; i++)
            if (!isnan(c->x[i])) {
                xl = fmin(xl, c->x[i]);
                xh = fmax(xh, c->x[i]);
            }
        xa = chart_axis_make(xl, xh, pw >= 40 ? 5 : 2, 0);
    }
    chart_canvas cv = { pw, ph, utf8 ? pw * 2 : pw, utf8 ? ph * 4 : ph, utf8, NULL, NULL };
    cv.bits = calloc((size_t)pw * (size_t)ph, 1);
    cv.color = calloc((size_t)pw * (size_t)ph, 1);
    if (cv.bits && cv.color) {
        chart_axis_draw_y(g, &ya, labw, top, ph, utf8 ? 4 : 1, utf8);
        chart_plot(&cv, c, &xa, &ya, scatter);
        chart_canvas_blit(g, &cv, x0, top);
        if (c->x)
            chart_number_axis(g, &xa, x0, pw, top + ph, utf8);
        else if (c->labels)
            chart_label_axis(g, c, x0, pw, top + ph, utf8);
    }
    free(cv.bits);
    free(cv.color);
}
