/* draw.c: putting text on the screen. Every string passes text_sanitize
 * (no value can drive the terminal) and text_fit (clipped by display
 * width, never by bytes), then goes out through the wide-character API.
 * Also pane title bars, rules, and word wrapping by display width. */
#include "tui.h"

#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include "text.h"

attr_t draw_pair(tui *t, int pair)
{
    return t->color && pair ? COLOR_PAIR(pair) : 0;
}

/* Write already-fitted, sanitised UTF-8 at the cursor. */
static void put_utf8(WINDOW *w, const char *s, size_t len)
{
    wchar_t wb[256];
    size_t i = 0, n = 0;
    while (i < len) {
        uint32_t cp;
        text_utf8_decode(s, len, &i, &cp);
        wb[n++] = (wchar_t)cp;
        if (n == sizeof wb / sizeof *wb - 1) {
            waddnwstr(w, wb, (int)n);
            n = 0;
        }
    }
    if (n)
        waddnwstr(w, wb, (int)n);
}

static void fit(const char *s, int maxw, int utf8, buf *out)
{
    buf clean;
    buf_init(&clean);
    text_sanitize(s, strlen(s), utf8, &clean);
    text_fit(buf_str(&clean), maxw > 0 ? (size_t)maxw : 0, utf8, out);
    buf_free(&clean);
}

int draw_text(WINDOW *w, int y, int x, const char *s, int maxw, attr_t attr, int pair, int utf8)
{
    if (maxw <= 0 || !s)
        return 0;
    buf b;
    buf_init(&b);
    fit(s, maxw, utf8, &b);
    attr_t a = attr | (pair ? COLOR_PAIR(pair) : 0);
    wattron(w, a);
    wmove(w, y, x);
    put_utf8(w, buf_str(&b), b.len);
    wattroff(w, a);
    int used = (int)text_width(buf_str(&b));
    buf_free(&b);
    return used;
}

int draw_text_right(WINDOW *w, int y, int x_end, const char *s, int maxw, attr_t attr, int pair,
                    int utf8)
{
    if (maxw <= 0 || !s)
        return 0;
    buf b;
    buf_init(&b);
    fit(s, maxw, utf8, &b);
    int used = (int)text_width(buf_str(&b));
    attr_t a = attr | (pair ? COLOR_PAIR(pair) : 0);
    wattron(w, a);
    wmove(w, y, x_end - used);
    put_utf8(w, buf_str(&b), b.len);
    wattroff(w, a);
    buf_free(&b);
    return used;
}

void draw_fill(WINDOW *w, int y, int x, int n, attr_t attr, int pair)
{
    attr_t a = attr | (pair ? COLOR_PAIR(pair) : 0);
    wattron(w, a);
    wmove(w, y, x);
    for (int i = 0; i < n; i++)
        waddch(w, ' ');
    wattroff(w, a);
}

void draw_hline(tui *t, WINDOW *w, int y, int x, int n)
{
    wmove(w, y, x);
    for (int i = 0; i < n; i++) {
        if (t->utf8)
            waddwstr(w, L"\x2500");
        else
            waddch(w, '-');
    }
}

/* The pane's first row: its name (bold, reversed when it has the focus)
 * and an optional hint on the right. */
void draw_title(tui *t, pane *p, const char *right)
{
    int focused = t->focus == (int)(p - t->panes);
    attr_t a = focused ? A_REVERSE | A_BOLD : A_UNDERLINE;
    int pair = t->color ? (focused ? CP_TITLE : CP_ACCENT) : 0;
    if (t->color && !focused)
        a = A_BOLD;
    draw_fill(p->win, 0, 0, p->w, a, pair);
    char name[64];
    snprintf(name, sizeof name, "%s%s ", focused ? (t->utf8 ? "\xe2\x96\xb6 " : "> ") : " ",
             p->name);
    int used = draw_text(p->win, 0, 0, name, p->w, a, pair, t->utf8);
    if (right && p->w - used - 1 > 0)
        draw_text_right(p->win, 0, p->w - 1, right, p->w - used - 2, a, pair, t->utf8);
}

/* ---- wrapping ------------------------------------------------------------- */

void lines_add(lines *l, const char *s)
{
    if (l->n == l->cap) {
        size_t cap = l->cap ? l->cap * 2 : 16;
        char **v = realloc(l->v, cap * sizeof *v);
        if (!v)
            return;
        l->v = v;
        l->cap = cap;
    }
    char *c = xstrdup(s);
    if (c)
        l->v[l->n++] = c;
}

void lines_free(lines *l)
{
    for (size_t i = 0; i < l->n; i++)
        free(l->v[i]);
    free(l->v);
    l->v = NULL;
    l->n = l->cap = 0;
}

/* Wrap one sanitised paragraph p to width columns. */
static void wrap_para(lines *l, const char *p, int width, const char *indent)
{
    size_t len = strlen(p), i = 0;
    int indent_w = (int)text_width(indent);
    int first = 1;
    buf line;
    buf_init(&line);
    while (i < len || first) {
        int room = width - (first ? 0 : indent_w);
        if (room < 1)
            room = 1;
        size_t start = i, brk = 0, j = i;
        int used = 0;
        while (j < len) {
            size_t k = j;
            uint32_t cp;
            int cw = text_utf8_decode(p, len, &k, &cp) < 0 ? 1 : text_cp_width(cp);
            if (cw < 0)
                cw = 0;
            if (used + cw > room)
                break;
            used += cw;
            if (cp == ' ')
                brk = k;
            j = k;
        }
        size_t end = j;
        if (j < len && brk > start)
            end = brk;           /* break after the last space that fits */
        if (end == start && j < len) {
            size_t k = j;        /* not even one character fits: take one */
            uint32_t cp;
            text_utf8_decode(p, len, &k, &cp);
            end = k;
        }
        buf_reset(&line);
        if (!first)
            buf_add(&line, indent);
        buf_addn(&line, p + start, end - start);
        lines_add(l, buf_str(&line));
        i = end;
        first = 0;
        while (i < len && p[i] == ' ')
            i++;
    }
    buf_free(&line);
}

void lines_wrap(lines *l, const char *s, int width, int utf8, const char *indent)
{
    if (!indent)
        indent = "";
    const char *p = s;
    buf clean;
    buf_init(&clean);
    int first = 1;
    for (;;) {
        const char *nl = strchr(p, '\n');
        size_t n = nl ? (size_t)(nl - p) : strlen(p);
        buf_reset(&clean);
        if (!first)
            buf_add(&clean, indent);
        text_sanitize(p, n, utf8, &clean);
        wrap_para(l, buf_str(&clean), width, indent);
        first = 0;
        if (!nl)
            break;
        p = nl + 1;
    }
    buf_free(&clean);
}

/* A frame around the whole window: box-drawing characters, or +-| in ASCII
 * (drawn as characters, not the terminal's alternate character set). */
void draw_box(tui *t, WINDOW *w)
{
    int h, wd;
    getmaxyx(w, h, wd);
    const char *hz = t->utf8 ? "\xe2\x94\x80" : "-", *vt = t->utf8 ? "\xe2\x94\x82" : "|";
    const char *c[4] = { t->utf8 ? "\xe2\x94\x8c" : "+", t->utf8 ? "\xe2\x94\x90" : "+",
                         t->utf8 ? "\xe2\x94\x94" : "+", t->utf8 ? "\xe2\x94\x98" : "+" };
    for (int x = 1; x < wd - 1; x++) {
        draw_text(w, 0, x, hz, 1, 0, 0, t->utf8);
        draw_text(w, h - 1, x, hz, 1, 0, 0, t->utf8);
    }
    for (int y = 1; y < h - 1; y++) {
        draw_text(w, y, 0, vt, 1, 0, 0, t->utf8);
        draw_text(w, y, wd - 1, vt, 1, 0, 0, t->utf8);
    }
    draw_text(w, 0, 0, c[0], 1, 0, 0, t->utf8);
    draw_text(w, 0, wd - 1, c[1], 1, 0, 0, t->utf8);
    draw_text(w, h - 1, 0, c[2], 1, 0, 0, t->utf8);
    draw_text(w, h - 1, wd - 1, c[3], 1, 0, 0, t->utf8);
}
