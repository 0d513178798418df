/* mouse.c: the mouse wheel, where the terminal reports it (screen.c asks
 * ncurses for wheel buttons only; ncurses turns on the report format its
 * terminfo entry names: SGR 1006 on xterm, X10 on screen and tmux). A
 * wheel step scrolls what is under the pointer by three lines, as three Up
 * or Down keys would: the overlay (help, record, \stats) when one is open, else
 * the conversation, the SQL, the table (its selected row) or the insights;
 * anywhere else (input line, status bar, chart) the table when it shows.
 * Clicks do nothing: every action has a key. */
#include "tui.h"

#define WHEEL_LINES 3

static int over(const pane *p, int y, int x)
{
    return p->win && y >= p->y && y < p->y + p->h && x >= p->x && x < p->x + p->w;
}

/* The scrollable pane under the pointer, or the table; -1: none shows. */
static int target(tui *t, int y, int x)
{
    static const int scrollable[] = { P_CONV, P_SQL, P_TABLE, P_INSIGHT };
    for (size_t i = 0; i < sizeof scrollable / sizeof *scrollable; i++)
        if (over(&t->panes[scrollable[i]], y, x))
            return scrollable[i];
    return t->panes[P_TABLE].win ? P_TABLE : -1;
}

void mouse_wheel(tui *t)
{
    MEVENT ev;
    if (getmouse(&ev) != OK)
        return;
    int key = (ev.bstate & BUTTON4_PRESSED) ? TK(KEY_UP)
            : (ev.bstate & BUTTON5_PRESSED) ? TK(KEY_DOWN) : 0;
    if (!key)
        return;
    if (t->overlay) {
        for (int i = 0; i < WHEEL_LINES; i++) {
            if (t->overlay == OV_RECORD)
                record_handle_key(t, key);
            else
                help_handle_key(t, key);
        }
        return;
    }
    int id = target(t, ev.y, ev.x);
    if (id < 0)
        return;
    pane *p = &t->panes[id];
    for (int i = 0; i < WHEEL_LINES && p->ops->handle_key; i++)
        p->ops->handle_key(p, t, key);
}
