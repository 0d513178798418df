/* layout.c: the window tree. Vertical and horizontal boxes of panes, each
 * child fixed (cells) or filling what is left; rebuilt from the terminal
 * size on every recalc (start, KEY_RESIZE, a plan of another length), so
 * nothing is ever cut off: wide terminals get conversation and SQL on the
 * left, table, chart and insights on the right; narrow ones (80x24) stack
 * conversation, SQL and one results pane whose tab (table, chart,
 * insights) follows the focus. Drawing: every dirty pane repaints into
 * its window, wnoutrefresh, then one doupdate. */
#include "tui.h"

#include <stdlib.h>
#include <string.h>

#define NODE_MAX 24
#define SEP_MAX 4

enum { N_LEAF, N_VBOX, N_HBOX };
#define N_SEP (-1)              /* a leaf that is a one-cell rule between columns */

typedef struct node {
    int kind;
    int pane;                   /* N_LEAF: P_*, or N_SEP */
    int fixed;                  /* > 0: this many cells along the parent's axis; 0: fill */
    int kids[6];
    int nkids;
} node;

static node nodes[NODE_MAX];
static int nnodes;
static WINDOW *seps[SEP_MAX];
static int nseps;

static int add_node(int kind, int leaf, int fixed)
{
    node *n = &nodes[nnodes];
    memset(n, 0, sizeof *n);
    n->kind = kind;
    n->pane = leaf;
    n->fixed = fixed;
    return nnodes++;
}

static void add_kid(int parent, int kid)
{
    nodes[parent].kids[nodes[parent].nkids++] = kid;
}

static void place_pane(tui *t, int id, int y, int x, int h, int w)
{
    pane *p = &t->panes[id];
    if (p->win)
        delwin(p->win);
    p->win = NULL;
    p->y = y, p->x = x, p->h = h, p->w = w;
    if (h > 0 && w > 0) {
        p->win = newwin(h, w, y, x);
        if (p->win && id != P_INPUT)
            leaveok(p->win, TRUE);
        if (p->win)
            keypad(p->win, TRUE);
    }
    p->dirty = 1;
    if (p->ops->recalc)
        p->ops->recalc(p, t);
}

/* Give node n the rectangle y,x,h,w and split it among its children. */
static void place(tui *t, int n, int y, int x, int h, int w)
{
    node *nd = &nodes[n];
    if (nd->kind == N_LEAF) {
        if (nd->pane == N_SEP) {
            if (nseps < SEP_MAX && h > 0 && w > 0) {
                WINDOW *s = newwin(h, w, y, x);
                if (s) {
                    for (int i = 0; i < h; i++) {
                        if (t->utf8)
                            mvwaddwstr(s, i, 0, L"\x2502");
                        else
                            mvwaddch(s, i, 0, '|');
                    }
                    seps[nseps++] = s;
                }
            }
        } else {
            place_pane(t, nd->pane, y, x, h, w);
        }
        return;
    }
    int along = nd->kind == N_VBOX ? h : w;
    int fixed = 0, nfill = 0;
    for (int i = 0; i < nd->nkids; i++) {
        if (nodes[nd->kids[i]].fixed > 0)
            fixed += nodes[nd->kids[i]].fixed;
        else
            nfill++;
    }
    int left = along - fixed;
    if (left < 0)
        left = 0;
    int pos = 0;
    for (int i = 0, fill_seen = 0; i < nd->nkids; i++) {
        node *k = &nodes[nd->kids[i]];
        int size;
        if (k->fixed > 0) {
            size = k->fixed;
        } else {
            fill_seen++;
            size = fill_seen == nfill ? left - (left / nfill) * (nfill - 1) : left / nfill;
        }
        if (pos + size > along)
            size = along - pos;
        if (size < 0)
            size = 0;
        if (nd->kind == N_VBOX)
            place(t, nd->kids[i], y + pos, x, size, w);
        else
            place(t, nd->kids[i], y, x + pos, h, size);
        pos += size;
    }
}

static int clamp(int v, int lo, int hi)
{
    return v < lo ? lo : v > hi ? hi : v;
}

void layout_init(tui *t)
{
    static const struct { const char *name; const pane_ops *ops; } defs[P_COUNT] = {
        [P_CONV] = { "Conversation", &conv_pane_ops },
        [P_SQL] = { "SQL", &sql_pane_ops },
        [P_TABLE] = { "Table", &table_pane_ops },
        [P_CHART] = { "Chart", &chart_pane_ops },
        [P_INSIGHT] = { "Insights", &insight_pane_ops },
        [P_INPUT] = { "Input", &input_pane_ops },
        [P_STATUS] = { "Status", &status_pane_ops },
    };
    for (int i = 0; i < P_COUNT; i++) {
        memset(&t->panes[i], 0, sizeof t->panes[i]);
        t->panes[i].name = defs[i].name;
        t->panes[i].ops = defs[i].ops;
    }
}

static void hide_all(tui *t)
{
    for (int i = 0; i < P_COUNT; i++) {
        if (t->panes[i].win)
            delwin(t->panes[i].win);
        t->panes[i].win = NULL;
        t->panes[i].h = t->panes[i].w = 0;
    }
    for (int i = 0; i < nseps; i++)
        delwin(seps[i]);
    nseps = 0;
}

void layout_recalc(tui *t)
{
    getmaxyx(stdscr, t->rows, t->cols);
    hide_all(t);
    nnodes = 0;
    t->wide = t->cols >= 120 && t->rows >= 30;
    int body = t->rows - 2;
    int root = add_node(N_VBOX, 0, 0);
    if (t->wide) {
        int lw = clamp(t->cols * 2 / 5, 30, 70);
        int sqlh = clamp(sqlpane_lines(t, lw) + 1, 3, body / 2);
        int charth = clamp(body * 2 / 5, 6, 24);
        int top = add_node(N_HBOX, 0, 0);
        int leftcol = add_node(N_VBOX, 0, lw);
        add_kid(leftcol, add_node(N_LEAF, P_CONV, 0));
        add_kid(leftcol, add_node(N_LEAF, P_SQL, sqlh));
        int rightcol = add_node(N_VBOX, 0, 0);
        add_kid(rightcol, add_node(N_LEAF, P_TABLE, 0));
        int bottom = add_node(N_HBOX, 0, charth);
        add_kid(bottom, add_node(N_LEAF, P_CHART, 0));
        add_kid(bottom, add_node(N_LEAF, N_SEP, 1));
        add_kid(bottom, add_node(N_LEAF, P_INSIGHT, clamp((t->cols - lw) * 2 / 5, 20, 60)));
        add_kid(rightcol, bottom);
        add_kid(top, leftcol);
        add_kid(top, add_node(N_LEAF, N_SEP, 1));
        add_kid(top, rightcol);
        add_kid(root, top);
    } else {
        if (t->tab != P_TABLE && t->tab != P_CHART && t->tab != P_INSIGHT)
            t->tab = P_TABLE;
        int convh = clamp(body / 5, 3, 8);
        int sqlh = clamp(sqlpane_lines(t, t->cols) + 1, 2, t->pending ? body / 2 : body / 4);
        if (body - convh - sqlh < 4)
            sqlh = clamp(body - convh - 4, 1, sqlh);
        add_kid(root, add_node(N_LEAF, P_CONV, convh));
        add_kid(root, add_node(N_LEAF, P_SQL, sqlh));
        add_kid(root, add_node(N_LEAF, t->tab, 0));
    }
    add_kid(root, add_node(N_LEAF, P_INPUT, 1));
    add_kid(root, add_node(N_LEAF, P_STATUS, 1));
    werase(stdscr);              /* stdscr stays blank and untouched under the panes */
    wnoutrefresh(stdscr);
    place(t, root, 0, 0, t->rows, t->cols);
    if (t->ovwin) {
        delwin(t->ovwin);
        t->ovwin = NULL;
    }
    clearok(curscr, TRUE);
    t->layout_dirty = 0;
}

void layout_draw(tui *t)
{
    for (int i = 0; i < nseps; i++)
        wnoutrefresh(seps[i]);
    for (int i = 0; i < P_COUNT; i++) {
        pane *p = &t->panes[i];
        if (!p->win || i == P_INPUT)
            continue;
        if (p->dirty) {
            werase(p->win);
            p->ops->repaint(p, t);
            p->dirty = 0;
        }
        wnoutrefresh(p->win);
    }
    /* the input line last, so the cursor ends where the person types */
    pane *in = &t->panes[P_INPUT];
    if (in->win) {
        if (in->dirty) {
            werase(in->win);
            in->ops->repaint(in, t);
            in->dirty = 0;
        }
        wnoutrefresh(in->win);
    }
    if (t->overlay == OV_HELP)
        help_draw(t);
    else if (t->overlay == OV_RECORD)
        record_draw(t);
    else if (t->overlay == OV_STATS)
        stats_draw(t);
    else if (t->overlay == OV_TEXT)
        textview_draw(t);
    int cursor = !t->overlay && in->win && t->focus == P_INPUT && !t->w.running;
    curs_set(cursor ? 1 : 0);
    doupdate();
}

void layout_free(tui *t)
{
    hide_all(t);
    if (t->ovwin)
        delwin(t->ovwin);
    t->ovwin = NULL;
    for (int i = 0; i < P_COUNT; i++)
        if (t->panes[i].ops && t->panes[i].ops->free)
            t->panes[i].ops->free(&t->panes[i]);
}
