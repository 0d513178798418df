/* conversation.c: the conversation pane. The questions asked, how the
 * engine read them (its notes), short status lines (rows, time,
 * cancelled) and errors, wrapped to the pane's width and kept scrolled
 * to the newest line unless the person scrolls back. */
#include "tui.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct entry {
    int kind;
    char *text;
} entry;

typedef struct conv {
    entry *e;
    size_t n, cap;
    lines wrapped;           /* every entry wrapped to the width */
    int *kind_of;            /* kind per wrapped line */
    size_t scroll;           /* lines scrolled back from the bottom */
} conv;

static conv *get(tui *t)
{
    pane *p = &t->panes[P_CONV];
    if (!p->data)
        p->data = calloc(1, sizeof(conv));
    return p->data;
}

static const char *prefix(tui *t, int kind)
{
    switch (kind) {
    case CONV_QUESTION: return t->utf8 ? "\xe2\x80\xba " : "> ";   /* › */
    case CONV_NOTE: return "  -- ";
    case CONV_ERROR: return "! ";
    default: return "  ";
    }
}

static void conv_recalc(pane *p, tui *t)
{
    conv *c = get(t);
    if (!c)
        return;
    lines_free(&c->wrapped);
    free(c->kind_of);
    c->kind_of = NULL;
    int width = p->w > 1 ? p->w - 1 : 1;
    size_t cap = 0;
    for (size_t i = 0; i < c->n; i++) {
        size_t before = c->wrapped.n;
        buf b;
        buf_init(&b);
        buf_add(&b, prefix(t, c->e[i].kind));
        buf_add(&b, c->e[i].text);
        lines_wrap(&c->wrapped, buf_str(&b), width, t->utf8,
                   c->e[i].kind == CONV_NOTE ? "     " : "  ");
        buf_free(&b);
        if (c->wrapped.n > cap) {
            cap = c->wrapped.cap;
            int *k = realloc(c->kind_of, cap * sizeof *k);
            if (!k)
                return;
            c->kind_of = k;
        }
        for (size_t j = before; j < c->wrapped.n; j++)
            c->kind_of[j] = c->e[i].kind;
    }
    size_t body = p->h > 1 ? (size_t)p->h - 1 : 0;
    size_t max_scroll = c->wrapped.n > body ? c->wrapped.n - body : 0;
    if (c->scroll > max_scroll)
        c->scroll = max_scroll;
}

static void conv_repaint(pane *p, tui *t)
{
    conv *c = get(t);
    char right[48] = "";
    if (c && c->scroll)
        snprintf(right, sizeof right, "%zu more below", c->scroll);
    draw_title(t, p, right);
    if (!c)
        return;
    int body = p->h - 1;
    if (c->n == 0 && body > 0) {
        draw_text(p->win, 1, 1, "Ask a question about the data, e.g. \"how many orders by month\". "
                  "F1 or ? on an empty line shows the keys.", p->w - 2, A_DIM, 0, t->utf8);
        return;
    }
    size_t n = c->wrapped.n;
    size_t end = n > c->scroll ? n - c->scroll : 0;
    size_t start = end > (size_t)body ? end - (size_t)body : 0;
    for (size_t i = start; i < end; i++) {
        int k = c->kind_of ? c->kind_of[i] : CONV_INFO;
        attr_t a = k == CONV_QUESTION ? A_BOLD : k == CONV_ERROR ? A_BOLD : k == CONV_NOTE ? A_DIM : 0;
        int pair = k == CONV_ERROR ? CP_ERROR : k == CONV_NOTE ? CP_COMMENT : 0;
        draw_text(p->win, 1 + (int)(i - start), 0, c->wrapped.v[i], p->w, a,
                  t->color ? pair : 0, t->utf8);
    }
}

static int conv_key(pane *p, tui *t, int key)
{
    conv *c = get(t);
    if (!c)
        return 0;
    size_t body = p->h > 1 ? (size_t)p->h - 1 : 1;
    size_t max_scroll = c->wrapped.n > body ? c->wrapped.n - body : 0;
    switch (key) {
    case TK(KEY_UP): case 'k': c->scroll = c->scroll < max_scroll ? c->scroll + 1 : max_scroll; break;
    case TK(KEY_DOWN): case 'j': c->scroll = c->scroll ? c->scroll - 1 : 0; break;
    case TK(KEY_PPAGE): c->scroll = c->scroll + body < max_scroll ? c->scroll + body : max_scroll; break;
    case TK(KEY_NPAGE): c->scroll = c->scroll > body ? c->scroll - body : 0; break;
    case TK(KEY_HOME): case 'g': c->scroll = max_scroll; break;
    case TK(KEY_END): case 'G': c->scroll = 0; break;
    default: return 0;
    }
    p->dirty = 1;
    return 1;
}

static void conv_free(pane *p)
{
    conv *c = p->data;
    if (!c)
        return;
    for (size_t i = 0; i < c->n; i++)
        free(c->e[i].text);
    free(c->e);
    lines_free(&c->wrapped);
    free(c->kind_of);
    free(c);
    p->data = NULL;
}

void conv_add(tui *t, int kind, const char *fmt, ...)
{
    conv *c = get(t);
    if (!c)
        return;
    if (c->n == c->cap) {
        size_t cap = c->cap ? c->cap * 2 : 32;
        entry *e = realloc(c->e, cap * sizeof *e);
        if (!e)
            return;
        c->e = e;
        c->cap = cap;
    }
    va_list ap;
    va_start(ap, fmt);
    char *text = str_vprintf(fmt, ap);
    va_end(ap);
    if (!text)
        return;
    c->e[c->n].kind = kind;
    c->e[c->n].text = text;
    c->n++;
    c->scroll = 0;
    pane *p = &t->panes[P_CONV];
    if (p->win)
        conv_recalc(p, t);
    p->dirty = 1;
}

void conv_clear(tui *t)
{
    pane *p = &t->panes[P_CONV];
    conv_free(p);
    if (p->win)
        conv_recalc(p, t);
    p->dirty = 1;
}

const pane_ops conv_pane_ops = { conv_recalc, conv_repaint, conv_key, conv_free };
