/* sqlpane.c: the SQL pane. The plan's SQL highlighted (keywords bold,
 * strings, numbers, comments; colour only as a second cue), wrapped to
 * the width, with the guard's verdict under it while it waits for
 * confirmation: Enter (or F5, y) runs it, e edits it in the input line, E
 * in $VISUAL/$EDITOR, Esc (or n) drops it. */
#include "tui.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "text.h"

enum { C_PLAIN, C_KEYWORD, C_STRING, C_NUMBER, C_COMMENT, C_IDENT };

static const char *const keywords[] = {
    "select", "from", "where", "group", "by", "order", "limit", "offset", "join", "left", "right",
    "inner", "outer", "full", "cross", "on", "as", "and", "or", "not", "in", "is", "null", "case",
    "when", "then", "else", "end", "asc", "desc", "having", "with", "recursive", "distinct",
    "union", "all", "intersect", "except", "like", "ilike", "between", "exists", "cast", "over",
    "partition", "using", "true", "false", "count", "sum", "avg", "min", "max", "coalesce",
    "round", "strftime", "date", "date_trunc", "extract", "interval", "filter", "nulls", "first",
    "last", "values", "lateral", "window", "rows", "range", NULL
};

typedef struct sqlview {
    int scroll;
    const dbt_plan *ask_scan;  /* Enter on this plan over --max-scan-rows: y runs it */
} sqlview;

static int is_keyword(const char *s, size_t n)
{
    for (size_t i = 0; keywords[i]; i++)
        if (strlen(keywords[i]) == n && strncasecmp(keywords[i], s, n) == 0)
            return 1;
    return 0;
}

/* The class of every byte of sql. */
static unsigned char *classify(const char *sql, size_t len)
{
    unsigned char *c = calloc(len + 1, 1);
    if (!c)
        return NULL;
    size_t i = 0;
    while (i < len) {
        unsigned char ch = (unsigned char)sql[i];
        size_t j = i + 1;
        int k = C_PLAIN;
        if (ch == '-' && i + 1 < len && sql[i + 1] == '-') {
            while (j < len && sql[j] != '\n')
                j++;
            k = C_COMMENT;
        } else if (ch == '\'' || ch == '"' || ch == '`') {
            while (j < len) {
                if ((unsigned char)sql[j] == ch) {
                    if (j + 1 < len && (unsigned char)sql[j + 1] == ch) {
                        j += 2;
                        continue;
                    }
                    j++;
                    break;
                }
                j++;
            }
            k = ch == '\'' ? C_STRING : C_IDENT;
        } else if (isdigit(ch) || (ch == '.' && i + 1 < len && isdigit((unsigned char)sql[i + 1]))) {
            int word_before = i > 0 && (isalnum((unsigned char)sql[i - 1]) || sql[i - 1] == '_');
            while (j < len && (isalnum((unsigned char)sql[j]) || sql[j] == '.'))
                j++;
            k = word_before ? C_PLAIN : C_NUMBER;
        } else if (isalpha(ch) || ch == '_') {
            while (j < len && (isalnum((unsigned char)sql[j]) || sql[j] == '_'))
                j++;
            k = is_keyword(sql + i, j - i) ? C_KEYWORD : C_PLAIN;
        }
        memset(c + i, k, j - i);
        i = j;
    }
    return c;
}

static attr_t class_attr(tui *t, int k)
{
    switch (k) {
    case C_KEYWORD: return A_BOLD | draw_pair(t, CP_KEYWORD);
    case C_STRING: return draw_pair(t, CP_STRING) | (t->color ? 0 : A_UNDERLINE);
    case C_NUMBER: return draw_pair(t, CP_NUMBER);
    case C_COMMENT: return A_DIM | draw_pair(t, CP_COMMENT);
    default: return 0;
    }
}

/* Lay the SQL out in width columns; draw rows [skip, skip + maxrows) into
 * w at row y0 when w is not NULL. Returns the number of rows it takes. */
static int layout_sql(tui *t, const char *sql, int width, WINDOW *w, int y0, int skip, int maxrows)
{
    if (width < 4)
        width = 4;
    size_t len = strlen(sql);
    unsigned char *cls = w ? classify(sql, len) : NULL;
    int row = 0, col = 0;
    buf piece;
    buf_init(&piece);
    size_t i = 0;
    while (i < len) {
        size_t start = i;
        uint32_t cp;
        text_utf8_decode(sql, len, &i, &cp);
        if (cp == '\n') {
            row++, col = 0;
            continue;
        }
        buf_reset(&piece);
        if (cp == '\t')
            buf_add(&piece, "    ");
        else
            text_sanitize(sql + start, i - start, t->utf8, &piece);
        int pw = (int)text_width(buf_str(&piece));
        /* at the start of a word, wrap before it when the whole word
         * would not fit but fits on a fresh line */
        int prev_space = start == 0 || sql[start - 1] == ' ' || sql[start - 1] == '\n' ||
                         sql[start - 1] == '(' || sql[start - 1] == ',';
        if (cp != ' ' && prev_space && col > 2) {
            size_t e = start;
            while (e < len && sql[e] != ' ' && sql[e] != '\n' && sql[e] != ',' && sql[e] != ')')
                e++;
            int ww = (int)(e - start);      /* bytes: close enough for SQL words */
            if (col + ww > width && 2 + ww <= width) {
                row++;
                col = 2;
            }
        }
        if (cp == ' ' && col == 2 && row > 0 && start > 0 && sql[start - 1] != '\n')
            continue;                       /* no leading space on a continuation row */
        if (col + pw > width && col > 0) {
            row++;
            col = 2;                      /* continuation rows are indented */
        }
        if (w && row >= skip && row < skip + maxrows) {
            attr_t a = cls ? class_attr(t, cls[start]) : 0;
            draw_text(w, y0 + row - skip, col, buf_str(&piece), width - col, a, 0, t->utf8);
        }
        col += pw;
    }
    buf_free(&piece);
    free(cls);
    return row + 1;
}

int sqlpane_lines(tui *t, int width)
{
    if (!t->plan)
        return 1;
    return layout_sql(t, dbt_plan_sql(t->plan), width - 1, NULL, 0, 0, 0) + (t->pending ? 1 : 0);
}

static sqlview *get(pane *p)
{
    if (!p->data)
        p->data = calloc(1, sizeof(sqlview));
    return p->data;
}

static void sql_recalc(pane *p, tui *t)
{
    (void)t;
    sqlview *v = get(p);
    if (v)
        v->scroll = 0;
}

static void sql_repaint(pane *p, tui *t)
{
    sqlview *v = get(p);
    const char *hint = t->pending ? (t->w.running ? "" : "Enter run  e edit  E editor  Esc cancel")
                                  : "";
    draw_title(t, p, hint);
    int body = p->h - 1;
    if (body <= 0)
        return;
    if (!t->plan) {
        draw_text(p->win, 1, 1, "The SQL of your next question shows here before it runs.",
                  p->w - 2, A_DIM, 0, t->utf8);
        return;
    }
    int verdict = t->pending ? 1 : 0;
    int rows = body - verdict;
    if (rows < 1) {
        rows = body;
        verdict = 0;
    }
    int scroll = v ? v->scroll : 0;
    int total = layout_sql(t, dbt_plan_sql(t->plan), p->w - 1, p->win, 1, scroll, rows);
    if (total - scroll > rows)
        draw_text_right(p->win, rows, p->w, t->utf8 ? "\xe2\x86\x93more" : "v more", 6,
                        A_REVERSE, 0, t->utf8);
    if (verdict) {
        /* the guard's verdict and the planner's estimate, before it runs */
        const char *estimate = dbt_plan_estimate(t->s, t->plan);
        long long over = dbt_plan_over_limit(t->s, t->plan);
        buf line;
        buf_init(&line);
        if (over)
            buf_printf(&line, "! reads about %lld rows, over --max-scan-rows: %s", over,
                       v && v->ask_scan == t->plan ? "run anyway? [y/N]" : "Enter asks before running");
        else if (estimate)
            buf_printf(&line, "%sread-only, checked \xc2\xb7 %s",
                       t->utf8 ? "\xe2\x9c\x93 guard: " : "ok guard: ", estimate);
        else
            buf_printf(&line, "%sone read-only SELECT, tables and columns checked",
                       t->utf8 ? "\xe2\x9c\x93 guard: " : "ok guard: ");
        draw_text(p->win, p->h - 1, 0, buf_str(&line), p->w, A_BOLD,
                  (over ? CP_ERROR : CP_STRING) * t->color, t->utf8);
        buf_free(&line);
    }
}

/* The SQL on one line for the input line: newlines outside quotes and
 * comments become spaces (a comment keeps its newline out: it is ended
 * with a space-separated block comment instead). */
static char *one_line(const char *sql)
{
    buf b;
    buf_init(&b);
    char quote = 0;
    int comment = 0;
    for (const char *p = sql; *p; p++) {
        char c = *p;
        if (comment) {
            if (c == '\n') {
                buf_add(&b, " */ ");
                comment = 0;
            } else if (!(c == '*' && p[1] == '/')) {
                buf_addc(&b, c);
            }
            continue;
        }
        if (quote) {
            if (c == quote)
                quote = 0;
            buf_addc(&b, c);
            continue;
        }
        if (c == '\'' || c == '"') {
            quote = c;
        } else if (c == '-' && p[1] == '-') {
            buf_add(&b, "/*");
            p++;
            comment = 1;
            continue;
        } else if (c == '\n' || c == '\t' || c == '\r') {
            c = ' ';
        }
        buf_addc(&b, c);
    }
    if (comment)
        buf_add(&b, " */");
    /* drop a trailing semicolon and spaces */
    while (b.len && (b.p[b.len - 1] == ' ' || b.p[b.len - 1] == ';'))
        b.p[--b.len] = '\0';
    return buf_take(&b);
}

static int sql_key(pane *p, tui *t, int key)
{
    sqlview *v = get(p);
    if (!t->plan)
        return 0;
    if (v && v->ask_scan == t->plan && t->pending) {
        /* over --max-scan-rows: y runs it, any other key does not */
        v->ask_scan = NULL;
        p->dirty = 1;
        if (key != 'y' && key != 'Y')
            return 1;
        dbt_plan_allow_scan(t->plan);
        tui_run_plan(t);
        return 1;
    }
    switch (key) {
    case '1': case '2': case '3': case '4':   /* a reading of an ambiguous word */
        return tui_choose_reading(t, (size_t)(key - '1'));
    case '\r': case '\n': case TK(KEY_ENTER): case TK(KEY_F(5)): case 'y': case 'r':
        if (t->pending && v && dbt_plan_over_limit(t->s, t->plan)) {
            v->ask_scan = t->plan;
            p->dirty = 1;
        } else if (t->pending) {
            tui_run_plan(t);
        }
        return 1;
    case 'e': {
        char *line = one_line(dbt_plan_sql(t->plan));
        input_set_mode(t, IN_SQL, line ? line : dbt_plan_sql(t->plan));
        free(line);
        tui_focus(t, P_INPUT);
        return 1;
    }
    case 'E': case 'v':
        tui_edit_plan_external(t);
        return 1;
    case TK_ESC: case 'n':
        if (t->pending)
            tui_cancel_plan(t);
        else
            tui_focus(t, P_INPUT);
        return 1;
    case TK(KEY_DOWN): case 'j':
        if (v && layout_sql(t, dbt_plan_sql(t->plan), p->w - 1, NULL, 0, 0, 0) - v->scroll >
                     p->h - 1 - t->pending)
            v->scroll++;
        p->dirty = 1;
        return 1;
    case TK(KEY_UP): case 'k':
        if (v && v->scroll > 0)
            v->scroll--;
        p->dirty = 1;
        return 1;
    }
    return 0;
}

static void sql_free(pane *p)
{
    free(p->data);
    p->data = NULL;
}

void sqlpane_update(tui *t)
{
    pane *p = &t->panes[P_SQL];
    sqlview *v = get(p);
    if (v)
        v->scroll = 0;
    t->layout_dirty = 1;      /* the SQL pane's height follows its SQL */
}

const pane_ops sql_pane_ops = { sql_recalc, sql_repaint, sql_key, sql_free };
