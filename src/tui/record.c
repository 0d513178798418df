/* record.c: the record overlay (Enter on a table row): the selected row
 * as "column: value" lines, long values wrapped, so a wide row can be
 * read whole. Up/Down scroll, n/p go to the next or previous row, any
 * other key closes it. */
#include "tui.h"

#include <stdio.h>
#include <string.h>

#include "text.h"

void record_draw(tui *t)
{
    int w = t->cols - 2 < 100 ? t->cols - 2 : 100;
    int h = t->rows - 2;
    if (h < 3 || w < 16)
        return;
    /* "name  value" with names padded to the widest (at most a third) */
    int namew = 4;
    const char *name;
    int is_null;
    for (size_t c = 0; table_cell(t, c, &name, &is_null); c++) {
        int nw = (int)text_width(name);
        if (nw > namew)
            namew = nw;
    }
    if (namew > w / 3)
        namew = w / 3;
    lines l = { 0 };
    buf b;
    buf_init(&b);
    const char *v;
    for (size_t c = 0; (v = table_cell(t, c, &name, &is_null)) != NULL; c++) {
        buf_reset(&b);
        buf clip;
        buf_init(&clip);
        text_fit(name, (size_t)namew, t->utf8, &clip);
        buf_add(&b, buf_str(&clip));
        for (int k = (int)text_width(buf_str(&clip)); k < namew + 2; k++)
            buf_addc(&b, ' ');
        buf_free(&clip);
        buf_add(&b, is_null ? (t->utf8 ? "\xe2\x88\x85 (NULL)" : "NULL") : v);
        char indent[128];
        int iw = namew + 2 < (int)sizeof indent - 1 ? namew + 2 : (int)sizeof indent - 1;
        memset(indent, ' ', (size_t)iw);
        indent[iw] = '\0';
        lines_wrap(&l, buf_str(&b), w - 2, t->utf8, indent);
    }
    buf_free(&b);
    int n = (int)l.n;
    if (n + 2 < h)
        h = n + 2;
    if (t->ov_scroll > n - (h - 2))
        t->ov_scroll = n - (h - 2) > 0 ? n - (h - 2) : 0;
    if (t->ovwin)
        delwin(t->ovwin);
    t->ovwin = newwin(h, w, (t->rows - 1 - h) / 2, (t->cols - w) / 2);
    if (!t->ovwin) {
        lines_free(&l);
        return;
    }
    WINDOW *o = t->ovwin;
    leaveok(o, TRUE);
    draw_box(t, o);
    char title[64];
    snprintf(title, sizeof title, " Row %ld ", table_selected_row(t) + 1);
    draw_text(o, 0, 2, title, w - 4, A_BOLD, 0, t->utf8);
    for (int i = 0; i < h - 2 && t->ov_scroll + i < n; i++)
        draw_text(o, 1 + i, 1, l.v[t->ov_scroll + i], w - 2, 0, 0, t->utf8);
    draw_text(o, h - 1, 2, " n/p next/previous row, any other key closes ", w - 4, A_BOLD, 0,
              t->utf8);
    lines_free(&l);
    wnoutrefresh(o);
}

int record_handle_key(tui *t, int key)
{
    pane *tp = &t->panes[P_TABLE];
    if (key == TK(KEY_DOWN) || key == 'j') {
        t->ov_scroll++;
    } else if (key == TK(KEY_UP) || key == 'k') {
        if (t->ov_scroll > 0)
            t->ov_scroll--;
    } else if (key == 'n' || key == 'p') {
        tp->ops->handle_key(tp, t, key == 'n' ? TK(KEY_DOWN) : TK(KEY_UP));
        t->ov_scroll = 0;
    } else {
        t->overlay = OV_NONE;
    }
    return 1;
}
