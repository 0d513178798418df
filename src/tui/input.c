/* input.c: the input line at the bottom, a small line editor: UTF-8
 * aware, Emacs keys (Ctrl-A/E/B/F/K/U/W, arrows, Home/End, Delete),
 * history through GNU history's file format in the same file the line
 * prompt uses ($DATABOT_HISTFILE, else $XDG_STATE_HOME/databot/history),
 * and Tab completion of backslash commands and table and column names.
 * It serves three purposes: questions (and backslash commands), editing
 * the plan's SQL in place (e in the SQL pane), and the table's / search. */
#include "tui.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include <readline/history.h>

#include "../history.h"
#include "text.h"

static const char *const commands[] = {
    "\\tables", "\\dt", "\\d", "\\sql", "\\export", "\\chart", "\\history", "\\save", "\\clear",
    "\\stats", "\\prompt", "\\memory", "\\forget", "\\help", "\\?", "\\q", "\\quit", NULL
};

typedef struct input {
    buf text;
    size_t cur;              /* cursor, a byte offset on a code point boundary */
    int mode;
    int hist;                /* -1: editing a new line; else an index into history */
    char *saved;             /* the new line while browsing history */
    char *histfile;
    int hist_open;
} input;

static input *get(tui *t)
{
    pane *p = &t->panes[P_INPUT];
    if (!p->data) {
        input *in = calloc(1, sizeof *in);
        if (!in)
            return NULL;
        buf_init(&in->text);
        in->hist = -1;
        p->data = in;
    }
    return p->data;
}

/* ---- history ----------------------------------------------------------------- */

void input_history_open(tui *t)
{
    input *in = get(t);
    if (!in || in->hist_open)
        return;
    in->hist_open = 1;
    char why[600];
    in->histfile = history_load(why, sizeof why);
    if (*why)
        conv_add(t, CONV_ERROR, "%s", why);
}

void input_history_show(tui *t)
{
    int n = history_length, from = n > 20 ? n - 20 : 0;
    if (n == 0) {
        conv_add(t, CONV_INFO, "no history yet");
        return;
    }
    for (int i = from; i < n; i++) {
        HIST_ENTRY *h = history_get(history_base + i);
        if (h)
            conv_add(t, CONV_INFO, "%4d  %s", history_base + i, h->line);
    }
}

/* ---- editing ----------------------------------------------------------------- */

static void set_text(input *in, const char *s)
{
    buf_reset(&in->text);
    buf_add(&in->text, s ? s : "");
    in->cur = in->text.len;
}

void input_set_mode(tui *t, int mode, const char *prefill)
{
    input *in = get(t);
    if (!in)
        return;
    in->mode = mode;
    in->hist = -1;
    set_text(in, prefill);
    t->panes[P_INPUT].dirty = 1;
}

int input_mode(tui *t)
{
    input *in = get(t);
    return in ? in->mode : IN_QUESTION;
}

static size_t prev_cp(const input *in, size_t i)
{
    while (i > 0) {
        i--;
        if (((unsigned char)in->text.p[i] & 0xc0) != 0x80)
            break;
    }
    return i;
}

static size_t next_cp(const input *in, size_t i)
{
    if (i >= in->text.len)
        return in->text.len;
    i++;
    while (i < in->text.len && ((unsigned char)in->text.p[i] & 0xc0) == 0x80)
        i++;
    return i;
}

static void delete_range(input *in, size_t from, size_t to)
{
    if (to <= from)
        return;
    memmove(in->text.p + from, in->text.p + to, in->text.len - to + 1);
    in->text.len -= to - from;
    in->cur = from;
}

static void insert(input *in, const char *s, size_t n)
{
    buf tail;
    buf_init(&tail);
    buf_add(&tail, in->text.p ? in->text.p + in->cur : "");
    in->text.len = in->cur;
    if (in->text.p)
        in->text.p[in->cur] = '\0';
    buf_addn(&in->text, s, n);
    in->cur = in->text.len;
    buf_add(&in->text, buf_str(&tail));
    buf_free(&tail);
}

static void insert_cp(input *in, unsigned cp)
{
    char u[4];
    size_t n;
    if (cp < 0x80) {
        u[0] = (char)cp, n = 1;
    } else if (cp < 0x800) {
        u[0] = (char)(0xc0 | cp >> 6), u[1] = (char)(0x80 | (cp & 0x3f)), n = 2;
    } else if (cp < 0x10000) {
        u[0] = (char)(0xe0 | cp >> 12), u[1] = (char)(0x80 | ((cp >> 6) & 0x3f));
        u[2] = (char)(0x80 | (cp & 0x3f)), n = 3;
    } else {
        u[0] = (char)(0xf0 | cp >> 18), u[1] = (char)(0x80 | ((cp >> 12) & 0x3f));
        u[2] = (char)(0x80 | ((cp >> 6) & 0x3f)), u[3] = (char)(0x80 | (cp & 0x3f)), n = 4;
    }
    insert(in, u, n);
}

static void history_step(input *in, int dir)
{
    int n = history_length;
    if (n == 0)
        return;
    int idx = in->hist < 0 ? n : in->hist;
    idx += dir;
    if (idx < 0)
        idx = 0;
    if (idx >= n) {
        if (in->hist >= 0) {
            set_text(in, in->saved);
            free(in->saved);
            in->saved = NULL;
            in->hist = -1;
        }
        return;
    }
    if (in->hist < 0) {
        free(in->saved);
        in->saved = xstrdup(buf_str(&in->text));
    }
    HIST_ENTRY *h = history_get(history_base + idx);
    if (h) {
        in->hist = idx;
        set_text(in, h->line);
    }
}

/* ---- completion ---------------------------------------------------------------- */

static int is_break(char c)
{
    return strchr(" \t(),=<>'\";+-*/", c) != NULL;
}

static void complete(tui *t, input *in)
{
    size_t ws = in->cur;
    while (ws > 0 && !is_break(in->text.p[ws - 1]))
        ws--;
    size_t wlen = in->cur - ws;
    const char *word = in->text.p + ws;
    if (wlen == 0)
        return;
    const char *match[64];
    size_t nm = 0;
    if (word[0] == '\\' && ws == 0) {
        for (size_t i = 0; commands[i] && nm < 64; i++)
            if (strncmp(commands[i], word, wlen) == 0)
                match[nm++] = commands[i];
    } else {
        for (size_t i = 0; t->names && t->names[i] && nm < 64; i++) {
            const char *n = t->names[i];
            if (strncasecmp(n, word, wlen) != 0)
                continue;
            int dup = 0;
            for (size_t j = 0; j < nm && !dup; j++)
                dup = strcmp(match[j], n) == 0;
            if (!dup)
                match[nm++] = n;
        }
    }
    if (nm == 0) {
        tui_message(t, 0, "nothing to complete for '%.*s'", (int)wlen, word);
        return;
    }
    size_t common = strlen(match[0]);
    for (size_t i = 1; i < nm; i++) {
        size_t k = 0;
        while (k < common && match[i][k] &&
               (match[i][k] | 0x20) == (match[0][k] | 0x20))
            k++;
        common = k;
    }
    char *rep = xstrndup(match[0], common);
    if (!rep)
        return;
    delete_range(in, ws, in->cur);
    insert(in, rep, strlen(rep));
    free(rep);
    if (nm == 1) {
        insert(in, " ", 1);
        return;
    }
    buf b;
    buf_init(&b);
    for (size_t i = 0; i < nm && i < 12; i++)
        buf_printf(&b, "%s%s", i ? "  " : "", match[i]);
    if (nm > 12)
        buf_printf(&b, "  (+%zu)", nm - 12);
    tui_message(t, 0, "%s", buf_str(&b));
    buf_free(&b);
}

/* ---- the pane ----------------------------------------------------------------- */

static const char *prompt_of(int mode)
{
    return mode == IN_SQL ? "SQL> " : mode == IN_SEARCH ? "search: " : "ask> ";
}

static void input_repaint(pane *p, tui *t)
{
    input *in = get(t);
    if (!in)
        return;
    const char *prompt = prompt_of(in->mode);
    int pw = draw_text(p->win, 0, 0, prompt, p->w, A_BOLD, t->color ? CP_ACCENT : 0, t->utf8);
    int avail = p->w - pw - 1;
    if (avail < 1)
        return;
    if (t->w.running && in->text.len == 0) {
        draw_text(p->win, 0, pw, "(working: Esc or Ctrl-C cancels)", avail, A_DIM, 0, t->utf8);
        return;
    }
    if (in->text.len == 0 && in->mode == IN_QUESTION && t->focus == P_INPUT) {
        draw_text(p->win, 0, pw + 1, "a question, or \\help", avail - 1, A_DIM, 0, t->utf8);
        wmove(p->win, 0, pw);
        return;
    }
    /* scroll so the cursor stays visible: find a start whose width to the
     * cursor fits */
    buf clean;
    buf_init(&clean);
    size_t start = 0;
    for (;;) {
        buf_reset(&clean);
        text_sanitize(in->text.p + start, in->cur - start, t->utf8, &clean);
        if ((int)text_width(buf_str(&clean)) < avail || start >= in->cur)
            break;
        start = next_cp(in, start);
    }
    int cx = (int)text_width(buf_str(&clean));
    buf_reset(&clean);
    text_sanitize(in->text.p + start, in->text.len - start, t->utf8, &clean);
    draw_text(p->win, 0, pw, buf_str(&clean), avail, 0, 0, t->utf8);
    buf_free(&clean);
    wmove(p->win, 0, pw + cx);
}

static int input_key(pane *p, tui *t, int key)
{
    input *in = get(t);
    if (!in)
        return 0;
    p->dirty = 1;
    switch (key) {
    case '\r': case '\n': case TK(KEY_ENTER): {
        char *line = xstrdup(buf_str(&in->text));
        int mode = in->mode;
        if (!line)
            return 1;
        const char *text = line + strspn(line, " \t");
        if (mode == IN_QUESTION && *text)
            history_remember(in->histfile, text);
        in->mode = IN_QUESTION;
        in->hist = -1;
        set_text(in, "");
        tui_submit(t, mode, text);
        free(line);
        return 1;
    }
    case TK(KEY_BACKSPACE): case 127: case 8:
        delete_range(in, prev_cp(in, in->cur), in->cur);
        return 1;
    case TK(KEY_DC):
        delete_range(in, in->cur, next_cp(in, in->cur));
        return 1;
    case TK_CTRL('d'):
        if (in->text.len == 0 && in->mode == IN_QUESTION)
            t->quit = 1;
        else
            delete_range(in, in->cur, next_cp(in, in->cur));
        return 1;
    case TK(KEY_LEFT): case TK_CTRL('b'):
        in->cur = prev_cp(in, in->cur);
        return 1;
    case TK(KEY_RIGHT): case TK_CTRL('f'):
        in->cur = next_cp(in, in->cur);
        return 1;
    case TK(KEY_HOME): case TK_CTRL('a'):
        in->cur = 0;
        return 1;
    case TK(KEY_END): case TK_CTRL('e'):
        in->cur = in->text.len;
        return 1;
    case TK_CTRL('k'):
        delete_range(in, in->cur, in->text.len);
        return 1;
    case TK_CTRL('u'):
        delete_range(in, 0, in->cur);
        return 1;
    case TK_CTRL('w'): {
        size_t i = in->cur;
        while (i > 0 && in->text.p[i - 1] == ' ')
            i--;
        while (i > 0 && in->text.p[i - 1] != ' ')
            i--;
        delete_range(in, i, in->cur);
        return 1;
    }
    case TK(KEY_UP): case TK_CTRL('p'):
        if (in->mode == IN_QUESTION)
            history_step(in, -1);
        return 1;
    case TK(KEY_DOWN): case TK_CTRL('n'):
        if (in->mode == IN_QUESTION)
            history_step(in, 1);
        return 1;
    case '\t':
        if (in->text.len == 0 && in->mode == IN_QUESTION)
            return 0;                 /* an empty line: Tab moves the focus */
        if (in->mode != IN_SEARCH)
            complete(t, in);
        return 1;
    case TK_ESC:
        if (in->mode == IN_SQL) {
            in->mode = IN_QUESTION;
            set_text(in, "");
            tui_focus(t, t->pending ? P_SQL : P_INPUT);
            return 1;
        }
        if (in->mode == IN_SEARCH) {
            in->mode = IN_QUESTION;
            set_text(in, "");
            tui_focus(t, P_TABLE);
            return 1;
        }
        if (in->text.len) {
            set_text(in, "");
            return 1;
        }
        return 0;
    case TK_CTRL('c'):
        if (in->text.len || in->mode != IN_QUESTION) {
            in->mode = IN_QUESTION;
            set_text(in, "");
            return 1;
        }
        return 0;
    case '?':
        if (in->text.len == 0 && in->mode == IN_QUESTION) {
            t->overlay = OV_HELP;
            t->ov_scroll = 0;
            return 1;
        }
        break;
    }
    if (key >= 32 && key != 127 && key < TK_FN && !(key >= 0x80 && key < 0xa0)) {
        insert_cp(in, (unsigned)key);
        return 1;
    }
    p->dirty = 0;
    return 0;
}

static void input_free(pane *p)
{
    input *in = p->data;
    if (!in)
        return;
    buf_free(&in->text);
    free(in->saved);
    free(in->histfile);
    free(in);
    p->data = NULL;
    clear_history();
}

const pane_ops input_pane_ops = { NULL, input_repaint, input_key, input_free };
