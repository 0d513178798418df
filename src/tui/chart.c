/* chart.c: the chart pane. The chart stage draws the answer into exactly
 * the pane's cells (dbt_answer_chart_cells: a code point and a series
 * colour per cell, Unicode or ASCII) on every recalc, so a resize redraws
 * the chart at its new size. Series are told apart by their glyphs; the
 * colour (when colours are on) is a second cue. An answer with no chart
 * that fits says so. */
#include "tui.h"

#include <stdlib.h>
#include <string.h>

typedef struct chartview {
    const dbt_answer *a;
    int w, h;                /* the grid's size */
    uint32_t *cp;            /* w * h code points, 0 = right half of a wide one */
    unsigned char *color;
    int rendered;
} chartview;

static chartview *get(tui *t)
{
    pane *p = &t->panes[P_CHART];
    if (!p->data)
        p->data = calloc(1, sizeof(chartview));
    return p->data;
}

static void drop_grid(chartview *v)
{
    free(v->cp);
    free(v->color);
    v->cp = NULL;
    v->color = NULL;
    v->rendered = 0;
}

static void chart_recalc(pane *p, tui *t)
{
    chartview *v = get(t);
    if (!v)
        return;
    drop_grid(v);
    if (!v->a || p->h < 3 || p->w < 8)
        return;
    const char *type = dbt_answer_chart_type(v->a);
    if (!type || strcmp(type, "none") == 0)
        return;
    v->w = p->w - 1;
    v->h = p->h - 1;
    v->cp = calloc((size_t)v->w * (size_t)v->h, sizeof *v->cp);
    v->color = calloc((size_t)v->w * (size_t)v->h, 1);
    if (!v->cp || !v->color ||
        dbt_answer_chart_cells(v->a, v->w, v->h, t->utf8, v->cp, v->color) < 0) {
        drop_grid(v);
        return;
    }
    v->rendered = 1;
}

static void chart_repaint(pane *p, tui *t)
{
    chartview *v = get(t);
    const char *type = v && v->a ? dbt_answer_chart_type(v->a) : NULL;
    draw_title(t, p, type && strcmp(type, "none") != 0 ? type : "");
    if (!v || p->h < 2)
        return;
    if (!v->rendered) {
        draw_text(p->win, 1, 1, v->a ? "no chart for this answer" : "no chart yet", p->w - 2,
                  A_DIM, 0, t->utf8);
        return;
    }
    /* each row in runs of one colour */
    buf run;
    buf_init(&run);
    for (int y = 0; y < v->h; y++) {
        int x = 0;
        while (x < v->w) {
            int start = x, col = v->color[y * v->w + x];
            buf_reset(&run);
            while (x < v->w && v->color[y * v->w + x] == col) {
                uint32_t c = v->cp[y * v->w + x];
                if (c) {
                    char u[5];
                    int n;
                    if (c < 0x80) u[0] = (char)c, n = 1;
                    else if (c < 0x800) u[0] = (char)(0xc0 | c >> 6), u[1] = (char)(0x80 | (c & 0x3f)), n = 2;
                    else if (c < 0x10000) u[0] = (char)(0xe0 | c >> 12), u[1] = (char)(0x80 | ((c >> 6) & 0x3f)),
                                          u[2] = (char)(0x80 | (c & 0x3f)), n = 3;
                    else u[0] = (char)(0xf0 | c >> 18), u[1] = (char)(0x80 | ((c >> 12) & 0x3f)),
                         u[2] = (char)(0x80 | ((c >> 6) & 0x3f)), u[3] = (char)(0x80 | (c & 0x3f)), n = 4;
                    buf_addn(&run, u, (size_t)n);
                }
                x++;
            }
            int pair = t->color && col ? CP_SERIES + (col - 1) % 6 : 0;
            draw_text(p->win, 1 + y, start, buf_str(&run), v->w - start, 0, pair, t->utf8);
        }
    }
    buf_free(&run);
}

static void chart_free(pane *p)
{
    chartview *v = p->data;
    if (!v)
        return;
    drop_grid(v);
    free(v);
    p->data = NULL;
}

void chart_pane_set_answer(tui *t, const dbt_answer *a)
{
    chartview *v = get(t);
    if (!v)
        return;
    v->a = a;
    pane *p = &t->panes[P_CHART];
    if (p->win)
        chart_recalc(p, t);
    p->dirty = 1;
}

/* \chart TYPE: draw the answer as TYPE ("auto" chooses again). Returns 0,
 * or -1 with err when the answer cannot be drawn that way. */
int chart_pane_set_kind(tui *t, dbt_answer *a, const char *kind, dbt_error *err)
{
    if (dbt_answer_set_chart(a, kind, err) < 0)
        return -1;
    chart_pane_set_answer(t, a);
    return 0;
}

const pane_ops chart_pane_ops = { chart_recalc, chart_repaint, NULL, chart_free };
