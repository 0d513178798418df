/* help.c: the help overlay (F1, or ? on an empty input line): every key
 * and backslash command, in a box over the screen; arrows scroll it, any
 * other key closes it. The same list is the KEYS section of databot(1).
 * The box itself (overlay_lines) serves the \stats overlay too. */
#include "tui.h"

#include <string.h>

static const char *const help_lines[] = {
    "Everywhere",
    "  F1, ?          this help (? on an empty input line)",
    "  Tab, Shift-Tab move the focus: input, SQL, table, chart, insights,",
    "                 conversation (Tab completes when the line has text)",
    "  Esc, Ctrl-C    cancel the question or query in progress",
    "  Ctrl-L         redraw the screen",
    "  Ctrl-Z         suspend to the shell (fg comes back)",
    "  mouse wheel    scroll the pane under the pointer",
    "  Ctrl-D, \\q     leave (Ctrl-D on an empty input line)",
    "Input line",
    "  Enter          ask the question, or run the backslash command",
    "  Up, Down       history (shared with the line prompt)",
    "  Tab            complete table and column names, backslash commands",
    "  Ctrl-A/E/B/F   start, end, back, forward; Ctrl-K/U/W delete",
    "  PgUp, PgDn     scroll the table",
    "SQL pane (the plan waits for you)",
    "  Enter, F5, y   run the SQL",
    "  e              edit the SQL in the input line (Enter checks it again)",
    "  E              edit the SQL in $VISUAL or $EDITOR",
    "  Esc, n         drop the plan",
    "  1-4            another reading of an ambiguous word (\"Did you mean\")",
    "Table",
    "  arrows, h j k l  move; PgUp/PgDn, Space/b  by page",
    "  Home/End, g/G  first and last row; 0/$ first and last column",
    "  /  n  N        search, next match, previous match",
    "  Enter          show the row as a record",
    "  Esc            back to the input line",
    "Commands",
    "  \\tables        list tables        \\d TABLE   describe a table",
    "  \\sql QUERY     plan your own SQL (read-only, checked)",
    "  \\export FILE   write the answer; the extension picks the format:",
    "                 .xlsx .csv .tsv .json .ndjson .md",
    "  \\chart TYPE    chart kind: bar, line, ... (auto to choose)",
    "  \\history       recent questions  \\clear     forget the conversation",
    "  \\stats         model requests, tokens and cost: last question, session",
    "  \\prompt Q      what would be sent to the model for Q (sends nothing)",
    "  \\memory        remembered questions  \\forget [N|Q]  forget one",
    "  \\save FILE     save the conversation (databot --resume FILE continues)",
    "  \\help          this help         \\q         leave",
    NULL
};

static int count_lines(void)
{
    int n = 0;
    while (help_lines[n])
        n++;
    return n;
}

void help_draw(tui *t)
{
    overlay_lines(t, " Keys ", help_lines, count_lines());
}

void overlay_lines(tui *t, const char *title, const char *const *text, int n)
{
    int h = n + 2 < t->rows - 1 ? n + 2 : t->rows - 1;
    int w = t->cols - 2 < 76 ? t->cols - 2 : 76;
    if (h < 3 || w < 10)
        return;
    if (t->ovwin)
        delwin(t->ovwin);
    t->ovwin = newwin(h, w, (t->rows - 1 - h) / 2, (t->cols - w) / 2);
    if (!t->ovwin)
        return;
    leaveok(t->ovwin, TRUE);
    WINDOW *o = t->ovwin;
    werase(o);
    draw_box(t, o);
    int body = h - 2;
    if (t->ov_scroll > n - body)
        t->ov_scroll = n - body > 0 ? n - body : 0;
    draw_text(o, 0, 2, title, w - 4, A_BOLD, 0, t->utf8);
    for (int i = 0; i < body && t->ov_scroll + i < n; i++) {
        const char *l = text[t->ov_scroll + i];
        attr_t a = l[0] != ' ' ? A_BOLD | A_UNDERLINE : 0;
        draw_text(o, 1 + i, 1, l, w - 2, a, 0, t->utf8);
    }
    if (t->ov_scroll + body < n)
        draw_text(o, h - 1, 2, " more: Down ", w - 4, A_BOLD, 0, t->utf8);
    else
        draw_text(o, h - 1, 2, " any key closes ", w - 4, A_BOLD, 0, t->utf8);
    wnoutrefresh(o);
}

int help_handle_key(tui *t, int key)
{
    if (key == TK(KEY_DOWN) || key == 'j' || key == TK(KEY_NPAGE) || key == ' ') {
        t->ov_scroll += key == TK(KEY_NPAGE) || key == ' ' ? 10 : 1;
        return 1;
    }
    if (key == TK(KEY_UP) || key == 'k' || key == TK(KEY_PPAGE)) {
        t->ov_scroll -= key == TK(KEY_PPAGE) ? 10 : 1;
        if (t->ov_scroll < 0)
            t->ov_scroll = 0;
        return 1;
    }
    t->overlay = OV_NONE;
    return 1;
}
