/* chart_grid.c: the cell grid charts are drawn into, and its text form.
 * A cell holds one code point and a colour index; wide characters take
 * two cells (the second holds 0). Text from the database goes through
 * text_sanitize and text_fit before it reaches a cell, and every write
 * clips to the grid, so no line is ever wider than asked. */
#include "chart.h"

#include <stdlib.h>
#include <string.h>
#include "text.h"

int chart_grid_init(chart_grid *g, int w, int h)
{
    if (w < 1)
        w = 1;
    if (h < 1)
        h = 1;
    g->w = w;
    g->h = h;
    g->cp = malloc((size_t)w * (size_t)h * sizeof *g->cp);
    g->color = calloc((size_t)w * (size_t)h, 1);
    if (!g->cp || !g->color) {
        chart_grid_free(g);
        return -1;
    }
    for (size_t i = 0; i < (size_t)w * (size_t)h; i++)
        g->cp[i] = ' ';
    return 0;
}

void chart_grid_free(chart_grid *g)
{
    if (!g)
        return;
    free(g->cp);
    free(g->color);
    g->cp = NULL;
    g->color = NULL;
    g->w = g->h = 0;
}

void chart_put(chart_grid *g, int x, int y, uint32_t cp, int color)
{
    if (x < 0 || y < 0 || x >= g->w || y >= g->h)
        return;
    size_t i = (size_t)y * (size_t)g->w + (size_t)x;
    g->cp[i] = cp;
    g->color[i] = (unsigned char)color;
}

/* Sanitised, clipped text into f (emptied first). */
static void chart_prepare(const char *s, size_t len, int maxw, int utf8, buf *f)
{
    buf t;
    buf_init(&t);
    text_sanitize(s ? s : "", s ? len : 0, utf8, &t);
    buf_reset(f);
    text_fit(buf_str(&t), maxw > 0 ? (size_t)maxw : 0, utf8, f);
    buf_free(&t);
}

/* Place already safe, fitted text; returns the columns used. */
static int chart_place(chart_grid *g, int x, int y, const char *s, int color)
{
    size_t len = strlen(s), i = 0;
    int col = 0;
    while (i < len) {
        uint32_t cp;
        int cw = text_utf8_decode(s, len, &i, &cp) < 0 ? 1 : text_cp_width(cp);
        if (cw <= 0)
            continue;               /* combining marks have no cell of their own */
        if (x + col + cw > g->w)
            break;
        chart_put(g, x + col, y, cp, color);
        if (cw == 2)
            chart_put(g, x + col + 1, y, 0, color);
        col += cw;
    }
    return col;
}

int chart_text(chart_grid *g, int x, int y, int maxw, const char *s, size_t len,
               int utf8, int color)
{
    if (maxw > g->w - x)
        maxw = g->w - x;
    if (maxw <= 0 || y < 0 || y >= g->h)
        return 0;
    buf f;
    buf_init(&f);
    chart_prepare(s, len, maxw, utf8, &f);
    int used = chart_place(g, x, y, buf_str(&f), color);
    buf_free(&f);
    return used;
}

int chart_text_right(chart_grid *g, int x_end, int y, int maxw, const char *s,
                     int utf8, int color)
{
    if (maxw > x_end)
        maxw = x_end;
    if (maxw <= 0)
        return 0;
    buf f;
    buf_init(&f);
    chart_prepare(s, strlen(s), maxw, utf8, &f);
    int w = (int)text_width(buf_str(&f));
    int used = chart_place(g, x_end - w, y, buf_str(&f), color);
    buf_free(&f);
    return used;
}

int chart_text_width(const char *s, int utf8)
{
    buf t;
    buf_init(&t);
    text_sanitize(s ? s : "", s ? strlen(s) : 0, utf8, &t);
    int w = (int)text_width(buf_str(&t));
    buf_free(&t);
    return w;
}

static void chart_add_utf8(buf *out, uint32_t cp)
{
    char e[4];
    if (cp < 0x80) {
        buf_addc(out, (char)cp);
        return;
    }
    if (cp < 0x800) {
        e[0] = (char)(0xC0 | (cp >> 6));
        e[1] = (char)(0x80 | (cp & 0x3F));
        buf_addn(out, e, 2);
    } else if (cp < 0x10000) {
        e[0] = (char)(0xE0 | (cp >> 12));
        e[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        e[2] = (char)(0x80 | (cp & 0x3F));
        buf_addn(out, e, 3);
    } else {
        e[0] = (char)(0xF0 | (cp >> 18));
        e[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
        e[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
        e[3] = (char)(0x80 | (cp & 0x3F));
        buf_addn(out, e, 4);
    }
}

/* SGR foreground for series colour k (1-based): blue, yellow, green,
 * magenta, cyan, red, then bright blue and bright yellow. */
static const char *chart_sgr(int k)
{
    static const char *const sgr[] = { "\x1b[34m", "\x1b[33m", "\x1b[32m", "\x1b[35m",
                                       "\x1b[36m", "\x1b[31m", "\x1b[94m", "\x1b[93m" };
    return sgr[(k - 1) % 8];
}

void chart_grid_to_text(const chart_grid *g, int ansi, buf *out)
{
    for (int y = 0; y < g->h; y++) {
        const uint32_t *row = g->cp + (size_t)y * (size_t)g->w;
        const unsigned char *col = g->color + (size_t)y * (size_t)g->w;
        int end = g->w;
        while (end > 0 && row[end - 1] == ' ')
            end--;
        int cur = 0;
        for (int x = 0; x < end; x++) {
            if (row[x] == 0)
                continue;
            int want = row[x] == ' ' ? cur : col[x];
            if (ansi && want != cur) {
                buf_add(out, want ? chart_sgr(want) : "\x1b[0m");
                cur = want;
            }
            chart_add_utf8(out, row[x]);
        }
        if (ansi && cur)
            buf_add(out, "\x1b[0m");
        buf_addc(out, '\n');
    }
}

void chart_draw_title(chart_grid *g, const chart *c, int utf8)
{
    buf t;
    buf_init(&t);
    if (c->y_name)
        buf_add(&t, c->y_name);
    if (c->x_name && c->y_name)
        buf_add(&t, " by ");
    if (c->x_name)
        buf_add(&t, c->x_name);
    chart_text(g, 0, 0, g->w, buf_str(&t), t.len, utf8, 0);
    buf_free(&t);
}
