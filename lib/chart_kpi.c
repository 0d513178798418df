/* chart_kpi.c: the KPI card (one value, large, with its change against
 * the previous period when the answer has one, and a sparkline of the
 * history) and sparklines on their own, for table cells. */
#include "chart.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "numfmt.h"

void chart_sparkline(const double *v, size_t n, int width, int utf8, buf *out)
{
    static const char ascii[] = "_.-:=+*#";
    if (width <= 0 || n == 0)
        return;
    size_t cols = n < (size_t)width ? n : (size_t)width;
    double lo = INFINITY, hi = -INFINITY;
    for (size_t i = 0; i < n; i++)
        if (!isnan(v[i])) {
            lo = fmin(lo, v[i]);
            hi = fmax(hi, v[i]);
        }
    for (size_t c = 0; c < cols; c++) {
        size_t a = c * n / cols, b = (c + 1) * n / cols;
        double sum = 0;
        size_t k = 0;
        for (size_t i = a; i < b; i++)
            if (!isnan(v[i])) {
                sum += v[i];
                k++;
            }
        if (!k) {
            buf_addc(out, ' ');
            continue;
        }
        double x = sum / (double)k;
        int level = hi > lo ? (int)lround((x - lo) / (hi - lo) * 7) : 3;
        if (utf8) {
            char e[3] = { (char)0xE2, (char)0x96, (char)(0x81 + level) };
            buf_addn(out, e, 3);
        } else {
            buf_addc(out, ascii[level]);
        }
    }
}

/* The card's lines, plain text (sanitised on drawing). */
static void chart_kpi_lines(const chart *c, int inner, int utf8, buf *name, buf *value,
                            buf *change, buf *spark)
{
    char num[NUMFMT_SHORT_MAX];
    double v = c->series[0].v[0];
    buf_add(name, c->series[0].name ? c->series[0].name : "value");
    if (c->x_name && c->spark) {
        buf_add(name, " (");
        buf_add(name, c->x_name);
        buf_addc(name, ')');
    }
    if (isnan(v)) {
        buf_add(value, "NULL");
    } else {
        numfmt_value(value, v);
        if ((int)value->len > inner) {
            buf_reset(value);
            buf_add(value, numfmt_short(v, num));
        }
    }
    if (c->has_prev && !isnan(v)) {
        double d = v - c->prev;
        const char *arrow = d > 0 ? (utf8 ? "\xe2\x96\xb2" : "^") : d < 0 ? (utf8 ? "\xe2\x96\xbc" : "v") : "=";
        buf_add(change, arrow);
        buf_addc(change, ' ');
        if (c->prev != 0) {
            numfmt_percent(change, d / fabs(c->prev) * 100, 1);
            buf_add(change, " (");
        } else {
            buf_addc(change, '(');
        }
        if (d > 0)
            buf_addc(change, '+');
        buf_add(change, numfmt_short(d, num));
        buf_add(change, ") vs ");
        buf_add(change, c->prev_label ? c->prev_label : "previous");
    }
    if (c->spark && c->nspark >= 2)
        chart_sparkline(c->spark, c->nspark, inner, utf8, spark);
}

void chart_draw_kpi(chart_grid *g, const chart *c, int utf8)
{
    if (c->nseries == 0)
        return;
    int framed = g->h >= 6 && g->w >= 16;
    int pad = framed ? 2 : 0;
    int inner = g->w - 2 * pad;
    buf name, value, change, spark;
    buf_init(&name);
    buf_init(&value);
    buf_init(&change);
    buf_init(&spark);
    chart_kpi_lines(c, inner, utf8, &name, &value, &change, &spark);
    const buf *lines[4] = { &name, &value, &change, &spark };
    int widest = 0, nl = 0;
    for (int i = 0; i < 4; i++) {
        int w = chart_text_width(buf_str(lines[i]), utf8);
        widest = w > widest ? w : widest;
    }
    if (widest > inner)
        widest = inner;
    int y = framed ? 1 : 0;
    for (int i = 0; i < 4; i++) {
        if (lines[i]->len == 0)
            continue;
        int color = i == 1 || i == 3 ? 1 : 0;
        chart_text(g, pad, y + nl, inner, buf_str(lines[i]), lines[i]->len, utf8, color);
        nl++;
    }
    if (framed) {
        int w = widest + 2 * pad, h = nl + 2;
        for (int x = 1; x < w - 1; x++) {
            chart_put(g, x, 0, utf8 ? 0x2500 : '-', 0);
            chart_put(g, x, h - 1, utf8 ? 0x2500 : '-', 0);
        }
        for (int r = 1; r < h - 1; r++) {
            chart_put(g, 0, r, utf8 ? 0x2502 : '|', 0);
            chart_put(g, w - 1, r, utf8 ? 0x2502 : '|', 0);
        }
        chart_put(g, 0, 0, utf8 ? 0x250C : '+', 0);
        chart_put(g, w - 1, 0, utf8 ? 0x2510 : '+', 0);
        chart_put(g, 0, h - 1, utf8 ? 0x2514 : '+', 0);
        chart_put(g, w - 1, h - 1, utf8 ? 0x2518 : '+', 0);
    }
    buf_free(&name);
    buf_free(&value);
    buf_free(&change);
    buf_free(&spark);
}
