/* table.c: the results table pane. Cells are formatted once per answer
 * (numbers grouped as the printed table does, text sanitised) so a frame
 * only draws the visible rows, whatever the row count. The header stays
 * on top; numbers are right-aligned; NULL is a dimmed ∅ ("NULL" in
 * ASCII, underlined) so it never reads as text; columns are sized by
 * content (capped, clipped with …). Scrolls both ways (arrows, h/j/k/l,
 * PgUp/PgDn, Home/End, g/G, 0/$), / searches (n/N repeat), Enter shows
 * the selected row as a record. */
#include "tui.h"

#include <ctype.h>
#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

#include "../format.h"
#include "text.h"

#define COL_MAX_WIDTH 40
#define BLOB_SHOWN 16

typedef struct tview {
    const dbt_answer *a;
    size_t rows, cols;
    char **cell;           /* rows * cols display strings; NULL for SQL NULL */
    char **head;           /* column names, sanitised */
    int *width;
    int *numeric;
    size_t top, sel, col0;
    char *needle;
} tview;

static tview *get(tui *t)
{
    pane *p = &t->panes[P_TABLE];
    if (!p->data)
        p->data = calloc(1, sizeof(tview));
    return p->data;
}

static void clear_view(tview *v)
{
    if (v->cell)
        for (size_t i = 0; i < v->rows * v->cols; i++)
            free(v->cell[i]);
    if (v->head)
        for (size_t c = 0; c < v->cols; c++)
            free(v->head[c]);
    free(v->cell);
    free(v->head);
    free(v->width);
    free(v->numeric);
    char *needle = v->needle;
    memset(v, 0, sizeof *v);
    v->needle = needle;
}

static char *format_value(const dbt_value *v, dbt_type coltype, double max_abs, int utf8)
{
    buf b;
    buf_init(&b);
    switch (v->type) {
    case DBT_NULL:
        return NULL;
    case DBT_INT:
        if (coltype == DBT_REAL)
            format_real_column(&b, (double)v->i, max_abs);
        else
            format_int_grouped(&b, v->i);
        break;
    case DBT_REAL:
        format_real_column(&b, v->r, coltype == DBT_REAL || coltype == DBT_INT ? max_abs : 1);
        break;
    case DBT_TEXT:
        text_sanitize(v->s ? v->s : "", v->s ? v->len : 0, utf8, &b);
        break;
    case DBT_BLOB: {
        size_t n = v->len < BLOB_SHOWN ? v->len : BLOB_SHOWN;
        buf_add(&b, "\\x");
        for (size_t i = 0; i < n; i++)
            buf_printf(&b, "%02x", (unsigned)(unsigned char)v->s[i]);
        if (n < v->len)
            buf_printf(&b, "%s (%zu bytes)", utf8 ? "\xe2\x80\xa6" : "...", v->len);
        break;
    }
    }
    char *s = buf_take(&b);
    return s ? s : xstrdup("");
}

void table_set_answer(tui *t, const dbt_answer *a)
{
    tview *v = get(t);
    if (!v)
        return;
    clear_view(v);
    t->panes[P_TABLE].dirty = 1;
    if (!a)
        return;
    size_t rows = dbt_answer_rows(a), cols = dbt_answer_columns(a);
    v->cell = calloc(rows * cols + 1, sizeof *v->cell);
    v->head = calloc(cols + 1, sizeof *v->head);
    v->width = calloc(cols + 1, sizeof *v->width);
    v->numeric = calloc(cols + 1, sizeof *v->numeric);
    if (!v->cell || !v->head || !v->width || !v->numeric) {
        clear_view(v);
        return;
    }
    v->a = a;
    v->rows = rows;
    v->cols = cols;
    int null_w = t->utf8 ? 1 : 4;
    for (size_t c = 0; c < cols; c++) {
        dbt_type ty = dbt_answer_column_type(a, c);
        double max_abs = (ty == DBT_REAL || ty == DBT_INT) ? format_column_max_abs(a, c) : 0;
        v->numeric[c] = ty == DBT_INT || ty == DBT_REAL;
        buf h;
        buf_init(&h);
        const char *name = dbt_answer_column_name(a, c);
        text_sanitize(name ? name : "", name ? strlen(name) : 0, t->utf8, &h);
        v->head[c] = buf_take(&h);
        int w = v->head[c] ? (int)text_width(v->head[c]) : 0;
        for (size_t r = 0; r < rows; r++) {
            char *s = format_value(dbt_answer_value(a, r, c), ty, max_abs, t->utf8);
            v->cell[r * cols + c] = s;
            int cw = s ? (int)text_width(s) : null_w;
            if (cw > w)
                w = cw;
        }
        v->width[c] = w < 1 ? 1 : w > COL_MAX_WIDTH ? COL_MAX_WIDTH : w;
    }
}

long table_selected_row(tui *t)
{
    tview *v = get(t);
    return v && v->rows ? (long)v->sel : -1;
}

/* ---- drawing ---------------------------------------------------------------- */

static int body_rows(pane *p)
{
    return p->h > 2 ? p->h - 2 : 0;
}

static void keep_visible(tview *v, int body)
{
    if (body < 1)
        body = 1;
    if (v->rows == 0) {
        v->sel = v->top = 0;
        return;
    }
    if (v->sel >= v->rows)
        v->sel = v->rows - 1;
    if (v->sel < v->top)
        v->top = v->sel;
    if (v->sel >= v->top + (size_t)body)
        v->top = v->sel - (size_t)body + 1;
}

static void table_recalc(pane *p, tui *t)
{
    tview *v = get(t);
    if (v)
        keep_visible(v, body_rows(p));
}

/* The last column index that fits from col0 in width w (at least col0). */
static size_t last_visible(const tview *v, int w)
{
    int x = 1;
    size_t c = v->col0;
    for (; c < v->cols; c++) {
        int cw = v->width[c] < w - 2 ? v->width[c] : w - 2;
        if (x + cw > w && c > v->col0)
            break;
        x += cw + 3;
    }
    return c > v->col0 ? c - 1 : v->col0;
}

static void draw_cell(tui *t, WINDOW *w, int y, int x, int cw, const char *s, int numeric,
                      attr_t base)
{
    if (!s) {
        const char *null = t->utf8 ? "\xe2\x88\x85" : "NULL";
        attr_t a = base | A_DIM | (t->utf8 ? 0 : A_UNDERLINE);
        int nw = t->utf8 ? 1 : 4;
        if (numeric)
            draw_text(w, y, x + (cw > nw ? cw - nw : 0), null, cw, a, t->color ? CP_NULL : 0, t->utf8);
        else
            draw_text(w, y, x, null, cw, a, t->color ? CP_NULL : 0, t->utf8);
        return;
    }
    if (numeric)
        draw_text_right(w, y, x + cw, s, cw, base, 0, t->utf8);
    else
        draw_text(w, y, x, s, cw, base, 0, t->utf8);
}

static void table_repaint(pane *p, tui *t)
{
    tview *v = get(t);
    char right[96] = "";
    if (v && v->a) {
        buf b;
        buf_init(&b);
        if (v->rows) {
            buf_add(&b, "row ");
            format_int_grouped(&b, (int64_t)v->sel + 1);
            buf_add(&b, "/");
        }
        format_int_grouped(&b, (int64_t)v->rows);
        buf_add(&b, v->rows == 1 ? " row" : " rows");
        if (v->cols > 1)
            buf_printf(&b, "  col %zu-%zu/%zu", v->col0 + 1, last_visible(v, p->w) + 1, v->cols);
        snprintf(right, sizeof right, "%s", buf_str(&b));
        buf_free(&b);
    }
    draw_title(t, p, right);
    if (!v || !v->a) {
        if (p->h > 1)
            draw_text(p->win, 1, 1, "No results yet: ask a question, then Enter runs its SQL.",
                      p->w - 2, A_DIM, 0, t->utf8);
        return;
    }
    int body = body_rows(p);
    keep_visible(v, body);
    const char *sep = t->utf8 ? "\xe2\x94\x82" : "|";
    size_t last = last_visible(v, p->w);
    int focused = t->focus == P_TABLE;
    /* the header */
    int x = 1;
    for (size_t c = v->col0; c <= last && c < v->cols; c++) {
        int cw = v->width[c] < p->w - 2 ? v->width[c] : p->w - 2;
        if (x + cw > p->w)
            cw = p->w - x;
        draw_cell(t, p->win, 1, x, cw, v->head[c] ? v->head[c] : "", v->numeric[c],
                  A_BOLD | A_UNDERLINE);
        x += cw;
        if (c < last && x + 3 <= p->w) {
            draw_text(p->win, 1, x + 1, sep, 1, A_BOLD, 0, t->utf8);
            x += 3;
        }
    }
    if (v->rows == 0 && p->h > 2) {
        draw_text(p->win, 2, 1, "(no rows)", p->w - 2, A_DIM, 0, t->utf8);
        return;
    }
    for (int i = 0; i < body && v->top + (size_t)i < v->rows; i++) {
        size_t r = v->top + (size_t)i;
        attr_t base = (r == v->sel && focused) ? A_REVERSE : 0;
        if (base)
            draw_fill(p->win, 2 + i, 0, p->w, base, 0);
        x = 1;
        for (size_t c = v->col0; c <= last && c < v->cols; c++) {
            int cw = v->width[c] < p->w - 2 ? v->width[c] : p->w - 2;
            if (x + cw > p->w)
                cw = p->w - x;
            draw_cell(t, p->win, 2 + i, x, cw, v->cell[r * v->cols + c], v->numeric[c], base);
            x += cw;
            if (c < last && x + 3 <= p->w) {
                draw_text(p->win, 2 + i, x + 1, sep, 1, base, 0, t->utf8);
                x += 3;
            }
        }
    }
}

/* ---- keys and search -------------------------------------------------------- */

static int icontains(const char *hay, const char *needle)
{
    size_t n = strlen(needle);
    for (; *hay; hay++) {
        size_t i = 0;
        while (i < n && hay[i] &&
               tolower((unsigned char)hay[i]) == tolower((unsigned char)needle[i]))
            i++;
        if (i == n)
            return 1;
    }
    return n == 0;
}

int table_search(tui *t, const char *needle, int dir)
{
    tview *v = get(t);
    if (!v || !v->a || v->rows == 0)
        return 0;
    if (needle && needle != v->needle) {
        free(v->needle);
        v->needle = xstrdup(needle);
    }
    if (!v->needle || !*v->needle)
        return 0;
    for (size_t k = 1; k <= v->rows; k++) {
        size_t r = dir > 0 ? (v->sel + k) % v->rows : (v->sel + v->rows - k % v->rows) % v->rows;
        for (size_t c = 0; c < v->cols; c++) {
            const char *s = v->cell[r * v->cols + c];
            if (s && icontains(s, v->needle)) {
                v->sel = r;
                /* bring the matching column into view */
                if (c < v->col0 || c > last_visible(v, t->panes[P_TABLE].w))
                    v->col0 = c;
                t->panes[P_TABLE].dirty = 1;
                return 1;
            }
        }
    }
    return 0;
}

static int table_key(pane *p, tui *t, int key)
{
    tview *v = get(t);
    if (!v || !v->a)
        return 0;
    size_t body = (size_t)(body_rows(p) > 0 ? body_rows(p) : 1);
    switch (key) {
    case TK(KEY_DOWN): case 'j':
        if (v->sel + 1 < v->rows)
            v->sel++;
        break;
    case TK(KEY_UP): case 'k':
        if (v->sel > 0)
            v->sel--;
        break;
    case TK(KEY_NPAGE): case ' ': case TK_CTRL('f'):
        v->sel = v->sel + body < v->rows ? v->sel + body : (v->rows ? v->rows - 1 : 0);
        v->top = v->top + body < v->rows ? v->top + body : v->top;
        break;
    case TK(KEY_PPAGE): case 'b': case TK_CTRL('b'):
        v->sel = v->sel > body ? v->sel - body : 0;
        v->top = v->top > body ? v->top - body : 0;
        break;
    case TK(KEY_HOME): case 'g':
        v->sel = v->top = 0;
        break;
    case TK(KEY_END): case 'G':
        v->sel = v->rows ? v->rows - 1 : 0;
        break;
    case TK(KEY_RIGHT): case 'l':
        if (last_visible(v, p->w) + 1 < v->cols)
            v->col0++;
        break;
    case TK(KEY_LEFT): case 'h':
        if (v->col0 > 0)
            v->col0--;
        break;
    case '0':
        v->col0 = 0;
        break;
    case '$':
        while (last_visible(v, p->w) + 1 < v->cols)
            v->col0++;
        break;
    case '/':
        input_set_mode(t, IN_SEARCH, "");
        tui_focus(t, P_INPUT);
        return 1;
    case 'n': case 'N':
        if (!table_search(t, NULL, key == 'n' ? 1 : -1))
            tui_message(t, 0, "%s", v->needle ? "no match" : "/ starts a search");
        break;
    case '\r': case '\n': case TK(KEY_ENTER):
        if (v->rows) {
            t->overlay = OV_RECORD;
            t->ov_scroll = 0;
        }
        return 1;
    default:
        return 0;
    }
    keep_visible(v, (int)body);
    p->dirty = 1;
    return 1;
}

static void table_free(pane *p)
{
    tview *v = p->data;
    if (!v)
        return;
    clear_view(v);
    free(v->needle);
    free(v);
    p->data = NULL;
}

const char *table_cell(tui *t, size_t col, const char **name, int *is_null)
{
    tview *v = get(t);
    if (!v || !v->a || col >= v->cols || v->rows == 0)
        return NULL;
    *name = v->head[col] ? v->head[col] : "";
    const char *s = v->cell[v->sel * v->cols + col];
    *is_null = s == NULL;
    return s ? s : "";
}

const pane_ops table_pane_ops = { table_recalc, table_repaint, table_key, table_free };
