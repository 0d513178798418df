/* xlsx.c: an answer as an Excel workbook, streamed (see export.h).
 * libxlsxwriter in constant-memory mode: each row goes to disk when the
 * next begins, so a million rows take little memory; rows are written
 * strictly in order and strings inline. Cells are typed (numbers, dates
 * and timestamps as Excel dates, text, blank for NULL, blobs as hex), the
 * header is bold, frozen and filtered, columns are sized from the first
 * rows, a native chart of the terminal chart's kind references the data,
 * and an "About" sheet says where the data came from. */
#include "export.h"

#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <xlsxwriter.h>

#include "text.h"

#define XLSX_TEXT_MAX 32767        /* Excel's limit per cell, in UTF-16 units */
#define XLSX_WIDTH_MIN 6.0
#define XLSX_WIDTH_MAX 60.0
#define XLSX_SERIES_MAX 8
#define XLSX_BARS_MAX 50           /* categories in a bar or pie chart */
#define XLSX_POINTS_MAX 10000      /* points in a line or scatter chart */
#define XLSX_BINS 20               /* histogram bins */
#define XLSX_EXACT_INT 9007199254740992LL   /* 2^53: larger integers go as text */

typedef enum { XC_NONE, XC_BAR, XC_GROUPED, XC_STACKED, XC_PIE, XC_LINE, XC_HIST,
               XC_SCATTER } xlsx_chart_kind;

typedef struct xlsx_writer {
    export_writer base;
    lxw_workbook *wb;
    lxw_worksheet *ws;
    lxw_format *bold, *date, *datetime, *wrap;
    char sheet[LXW_SHEETNAME_MAX * 4 + 1];
    char *question, *sql, *database, *chart;
    char **insights;
    long max_rows;
    int truncated;
    lxw_row_t row;               /* the next row to write; 0 is the header */
    uint64_t cut;                /* texts cut to Excel's limit */
    buf text;                    /* a cell's text, cleaned */
    char **names;                /* column names (for the chart title) */
    /* the chart, decided when the writer begins */
    xlsx_chart_kind kind;
    size_t cat_col;              /* categories (or scatter x) */
    size_t val_col[XLSX_SERIES_MAX];
    size_t nval;
    double lo, hi;               /* histogram range, from the first rows */
    uint64_t bins[XLSX_BINS];
} xlsx_writer;

static int xlsx_fail(lxw_error rc, const char *what, dbt_error *err)
{
    return err_set(err, DBT_ERR_IO, "could not write the xlsx file (%s): %s", what,
                   lxw_strerror(rc));
}

/* Text as Excel can hold it: valid UTF-8 (each bad byte U+FFFD), no
 * control characters but tab and line breaks, at most XLSX_TEXT_MAX
 * UTF-16 units. Returns 1 when it had to be cut. */
static int xlsx_clean(buf *out, const char *s, size_t len)
{
    buf_reset(out);
    size_t i = 0, units = 0;
    while (i < len) {
        size_t start = i;
        uint32_t cp;
        if (text_utf8_decode(s, len, &i, &cp) < 0)
            cp = 0xFFFD;
        if ((cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\r') || cp == 0x7F ||
            cp == 0xFFFE || cp == 0xFFFF)
            cp = 0xFFFD;
        size_t u = cp > 0xFFFF ? 2 : 1;
        if (units + u > XLSX_TEXT_MAX)
            return 1;
        units += u;
        if (cp == 0xFFFD && !(i - start == 3 && memcmp(s + start, "\xef\xbf\xbd", 3) == 0))
            buf_add(out, "\xef\xbf\xbd");
        else
            buf_addn(out, s + start, i - start);
    }
    return 0;
}

static int xlsx_digits(const char *s, int n)
{
    for (int i = 0; i < n; i++)
        if (s[i] < '0' || s[i] > '9')
            return 0;
    return 1;
}

static int xlsx_num(const char *s, int n)
{
    int v = 0;
    for (int i = 0; i < n; i++)
        v = v * 10 + (s[i] - '0');
    return v;
}

/* 'YYYY-MM-DD', optionally followed by ' HH:MM', ':SS' and a fraction
 * (or 'T' in place of the space): 1 for a date, 2 for a timestamp, 0 when
 * it is not one Excel can hold (years 1900-9999, no time zone). */
static int xlsx_parse_date(const char *s, size_t len, lxw_datetime *dt)
{
    if (len < 10 || len > 29 || !xlsx_digits(s, 4) || s[4] != '-' || !xlsx_digits(s + 5, 2) ||
        s[7] != '-' || !xlsx_digits(s + 8, 2))
        return 0;
    memset(dt, 0, sizeof *dt);
    dt->year = xlsx_num(s, 4);
    dt->month = xlsx_num(s + 5, 2);
    dt->day = xlsx_num(s + 8, 2);
    static const int days[] = { 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
    int leap = dt->year % 4 == 0 && (dt->year % 100 != 0 || dt->year % 400 == 0);
    if (dt->year < 1900 || dt->month < 1 || dt->month > 12 || dt->day < 1 ||
        dt->day > days[dt->month - 1] || (dt->month == 2 && dt->day == 29 && !leap))
        return 0;
    if (len == 10)
        return 1;
    if ((s[10] != ' ' && s[10] != 'T') || len < 16 || !xlsx_digits(s + 11, 2) || s[13] != ':' ||
        !xlsx_digits(s + 14, 2))
        return 0;
    dt->hour = xlsx_num(s + 11, 2);
    dt->min = xlsx_num(s + 14, 2);
    if (dt->hour > 23 || dt->min > 59)
        return 0;
    if (len == 16)
        return 2;
    if (len < 19 || s[16] != ':' || !xlsx_digits(s + 17, 2))
        return 0;
    dt->sec = xlsx_num(s + 17, 2);
    if (dt->sec >= 60)
        return 0;
    if (len == 19)
        return 2;
    if (s[19] != '.' || len == 20 || !xlsx_digits(s + 20, (int)(len - 20)))
        return 0;
    double frac = 0, scale = 0.1;
    for (size_t i = 20; i < len; i++, scale /= 10)
        frac += (s[i] - '0') * scale;
    dt->sec += frac;
    return 2;
}

/* A sheet name Excel accepts: at most 31 characters, none of []:*?/\,
 * no control characters, not starting or ending with an apostrophe. */
static void xlsx_sheet_name(char *out, size_t outlen, const char *from, const char *fallback)
{
    buf b;
    buf_init(&b);
    size_t chars = 0, i = 0, len = from ? strlen(from) : 0;
    while (i < len && chars < LXW_SHEETNAME_MAX) {
        size_t start = i;
        uint32_t cp;
        if (text_utf8_decode(from, len, &i, &cp) < 0 || cp > 0xFFFF)
            continue;
        if (cp < 0x20 || cp == 0x7F || strchr("[]:*?/\\", (int)cp) ||
            (cp == '\'' && chars == 0) || (cp == ' ' && chars == 0))
            continue;
        buf_addn(&b, from + start, i - start);
        chars++;
    }
    while (b.len && (b.p[b.len - 1] == ' ' || b.p[b.len - 1] == '\''))
        b.p[--b.len] = '\0';
    const char *name = b.len && !b.oom ? buf_str(&b) : fallback;
    if (str_ieq(name, "About") || str_ieq(name, "History") || str_ieq(name, "Chart data"))
        name = fallback;
    snprintf(out, outlen, "%s", name);
    buf_free(&b);
}

/* ---- column widths --------------------------------------------------------- */

static double xlsx_value_width(const dbt_value *v, buf *tmp)
{
    char num[EXPORT_REAL_MAX];
    lxw_datetime dt;
    switch (v->type) {
    case DBT_NULL: return 0;
    case DBT_INT:
        buf_reset(tmp);
        export_add_int(tmp, v->i);
        return (double)tmp->len;
    case DBT_REAL: {
        size_t n = strlen(export_real_string(v->r, num));
        return n > 15 ? 15 : (double)n;
    }
    case DBT_BLOB: return 2.0 + 2.0 * (double)v->len;
    case DBT_TEXT: {
        int d = xlsx_parse_date(v->s, v->len, &dt);
        if (d)
            return d == 1 ? 10 : 19;
        const char *nl = memchr(v->s, '\n', v->len);
        size_t n = nl ? (size_t)(nl - v->s) : v->len;
        if (n > 256)
            return XLSX_WIDTH_MAX;
        buf_reset(tmp);
        buf_addn(tmp, v->s, n);
        return (double)text_width(buf_str(tmp));
    }
    }
    return 0;
}

static void xlsx_set_widths(xlsx_writer *x, const dbt_answer *head)
{
    buf tmp;
    buf_init(&tmp);
    for (size_t c = 0; c < x->base.ncols; c++) {
        double w = (double)text_width(dbt_answer_column_name(head, c)) + 3;   /* the filter button */
        for (size_t r = 0; r < dbt_answer_rows(head); r++) {
            double vw = xlsx_value_width(dbt_answer_value(head, r, c), &tmp) + 1;
            if (vw > w)
                w = vw;
        }
        w = w < XLSX_WIDTH_MIN ? XLSX_WIDTH_MIN : w > XLSX_WIDTH_MAX ? XLSX_WIDTH_MAX : w;
        worksheet_set_column(x->ws, (lxw_col_t)c, (lxw_col_t)c, w, NULL);
    }
    buf_free(&tmp);
}

/* ---- the chart --------------------------------------------------------------- */

static int xlsx_numeric(dbt_type t)
{
    return t == DBT_INT || t == DBT_REAL;
}

static int xlsx_timeish(const char *name)
{
    static const char *const words[] = { "date", "day", "week", "month", "quarter", "year",
                                         "time", "period", NULL };
    for (size_t i = 0; words[i]; i++)
        if (strstr(name, words[i]))
            return 1;
    return 0;
}

/* Which chart, over which columns: the kind the terminal chart has (by
 * name), or one guessed from the shape of the first rows. */
static void xlsx_choose_chart(xlsx_writer *x, const dbt_answer *head)
{
    size_t ncols = x->base.ncols, nrows = dbt_answer_rows(head);
    size_t text_col = (size_t)-1, nnum = 0, num[XLSX_SERIES_MAX + 1];
    for (size_t c = 0; c < ncols; c++) {
        dbt_type t = dbt_answer_column_type(head, c);
        if (xlsx_numeric(t) && nnum < XLSX_SERIES_MAX + 1)
            num[nnum++] = c;
        else if (t == DBT_TEXT && text_col == (size_t)-1)
            text_col = c;
    }
    const char *k = x->chart;
    xlsx_chart_kind kind = XC_NONE;
    if (k) {
        kind = strcmp(k, "bar") == 0 ? XC_BAR : strcmp(k, "grouped") == 0 ? XC_GROUPED
             : strcmp(k, "stacked") == 0 ? XC_STACKED : strcmp(k, "proportion") == 0 ? XC_PIE
             : strcmp(k, "line") == 0 ? XC_LINE : strcmp(k, "histogram") == 0 ? XC_HIST
             : strcmp(k, "scatter") == 0 ? XC_SCATTER : XC_NONE;
    } else if (nrows >= 2 && nnum >= 1) {
        const dbt_value *first = text_col != (size_t)-1 ? dbt_answer_value(head, 0, text_col) : NULL;
        lxw_datetime dt;
        int dates = first && first->type == DBT_TEXT && xlsx_parse_date(first->s, first->len, &dt);
        if (text_col != (size_t)-1)
            kind = dates || xlsx_timeish(dbt_answer_column_name(head, text_col)) ? XC_LINE
                   : nnum > 1 ? XC_GROUPED : XC_BAR;
        else if (nnum >= 2 && xlsx_timeish(dbt_answer_column_name(head, num[0])))
            kind = XC_LINE;
        else if (nnum >= 2)
            kind = XC_SCATTER;
        else if (ncols == 1)
            kind = XC_HIST;
    }
    /* the columns: categories, then the measures after them */
    x->nval = 0;
    if (kind == XC_HIST || kind == XC_SCATTER || text_col == (size_t)-1) {
        if (nnum == 0 || (kind != XC_HIST && nnum < 2)) {
            x->kind = XC_NONE;
            return;
        }
        x->cat_col = num[0];
        for (size_t i = 1; i < nnum && x->nval < XLSX_SERIES_MAX; i++)
            x->val_col[x->nval++] = num[i];
    } else {
        x->cat_col = text_col;
        for (size_t i = 0; i < nnum && x->nval < XLSX_SERIES_MAX; i++)
            x->val_col[x->nval++] = num[i];
    }
    if (kind == XC_PIE || kind == XC_SCATTER)
        x->nval = x->nval ? 1 : 0;
    if (kind == XC_HIST) {
        int any = 0;
        for (size_t r = 0; r < nrows; r++) {
            const dbt_value *v = dbt_answer_value(head, r, x->cat_col);
            double d = v->type == DBT_INT ? (double)v->i : v->type == DBT_REAL ? v->r : NAN;
            if (!isfinite(d))
                continue;
            x->lo = any && x->lo < d ? x->lo : d;
            x->hi = any && x->hi > d ? x->hi : d;
            any = 1;
        }
        if (!any)
            kind = XC_NONE;
    } else if (x->nval == 0) {
        kind = XC_NONE;
    }
    x->kind = kind;
}

static void xlsx_count_bin(xlsx_writer *x, const dbt_value *v)
{
    double d = v->type == DBT_INT ? (double)v->i : v->type == DBT_REAL ? v->r : NAN;
    if (!isfinite(d))
        return;
    double span = x->hi - x->lo;
    long b = span > 0 ? (long)floor((d - x->lo) / span * XLSX_BINS) : 0;
    b = b < 0 ? 0 : b >= XLSX_BINS ? XLSX_BINS - 1 : b;
    x->bins[b]++;
}

static void xlsx_chart_title(xlsx_writer *x, lxw_chart *ch, lxw_row_t points, lxw_row_t rows)
{
    buf t;
    buf_init(&t);
    const char *y = x->nval ? x->names[x->val_col[0]] : NULL;
    if (x->kind == XC_HIST)
        buf_printf(&t, "Distribution of %s", x->names[x->cat_col]);
    else
        buf_printf(&t, "%s by %s", x->nval > 1 ? "values" : y, x->names[x->cat_col]);
    if (points < rows)
        buf_printf(&t, " (first %lu rows)", (unsigned long)points);
    xlsx_clean(&x->text, buf_str(&t), t.len);
    chart_title_set_name(ch, buf_str(&x->text));
    buf_free(&t);
}

/* Histogram counts on their own sheet, for the chart to reference. */
static int xlsx_bins_sheet(xlsx_writer *x, dbt_error *err)
{
    lxw_worksheet *ws = workbook_add_worksheet(x->wb, "Chart data");
    if (!ws)
        return err_set(err, DBT_ERR_IO, "could not add the chart data sheet");
    worksheet_write_string(ws, 0, 0, "from", x->bold);
    worksheet_write_string(ws, 0, 1, "to", x->bold);
    worksheet_write_string(ws, 0, 2, "count", x->bold);
    double step = (x->hi - x->lo) / XLSX_BINS;
    for (int b = 0; b < XLSX_BINS; b++) {
        worksheet_write_number(ws, (lxw_row_t)b + 1, 0, x->lo + step * b, NULL);
        worksheet_write_number(ws, (lxw_row_t)b + 1, 1, b + 1 == XLSX_BINS ? x->hi : x->lo + step * (b + 1), NULL);
        worksheet_write_number(ws, (lxw_row_t)b + 1, 2, (double)x->bins[b], NULL);
    }
    return 0;
}

static int xlsx_add_chart(xlsx_writer *x, dbt_error *err)
{
    lxw_row_t rows = x->row - 1;
    if (x->kind == XC_NONE || rows == 0)
        return 0;
    static const uint8_t types[] = { 0, LXW_CHART_BAR, LXW_CHART_BAR, LXW_CHART_BAR_STACKED,
                                     LXW_CHART_PIE, LXW_CHART_LINE, LXW_CHART_COLUMN,
                                     LXW_CHART_SCATTER };
    lxw_chart *ch = workbook_add_chart(x->wb, types[x->kind]);
    if (!ch)
        return err_set(err, DBT_ERR_NOMEM, "out of memory adding the chart");
    lxw_row_t max = x->kind == XC_BAR || x->kind == XC_GROUPED || x->kind == XC_STACKED ||
                    x->kind == XC_PIE ? XLSX_BARS_MAX : XLSX_POINTS_MAX;
    lxw_row_t points = rows < max ? rows : max;
    if (x->kind == XC_HIST) {
        if (xlsx_bins_sheet(x, err) < 0)
            return -1;
        lxw_chart_series *s = chart_add_series(ch, NULL, NULL);
        chart_series_set_categories(s, "Chart data", 1, 0, XLSX_BINS, 0);
        chart_series_set_values(s, "Chart data", 1, 2, XLSX_BINS, 2);
        chart_series_set_name_range(s, "Chart data", 0, 2);
        chart_legend_set_position(ch, LXW_CHART_LEGEND_NONE);
        points = rows;
    } else {
        for (size_t i = 0; i < x->nval; i++) {
            lxw_chart_series *s = chart_add_series(ch, NULL, NULL);
            if (!s)
                return err_set(err, DBT_ERR_NOMEM, "out of memory adding the chart");
            lxw_col_t cc = (lxw_col_t)x->cat_col, vc = (lxw_col_t)x->val_col[i];
            chart_series_set_categories(s, x->sheet, 1, cc, points, cc);
            chart_series_set_values(s, x->sheet, 1, vc, points, vc);
            chart_series_set_name_range(s, x->sheet, 0, vc);
        }
        if (x->nval == 1 && x->kind != XC_PIE)
            chart_legend_set_position(ch, LXW_CHART_LEGEND_NONE);
    }
    xlsx_chart_title(x, ch, points, rows);
    lxw_chart_options opt = { 0 };
    opt.x_scale = 1.5;
    opt.y_scale = 1.5;
    lxw_error rc = worksheet_insert_chart_opt(x->ws, 1, (lxw_col_t)(x->base.ncols + 1), ch, &opt);
    return rc ? xlsx_fail(rc, "chart", err) : 0;
}

/* ---- cells --------------------------------------------------------------------- */

static lxw_error xlsx_text_cell(xlsx_writer *x, lxw_worksheet *ws, lxw_row_t r, lxw_col_t c,
                                const char *s, size_t len, lxw_format *fmt)
{
    if (xlsx_clean(&x->text, s, len))
        x->cut++;
    if (x->text.oom)
        return LXW_ERROR_MEMORY_MALLOC_FAILED;
    return worksheet_write_string(ws, r, c, buf_str(&x->text), fmt);
}

static lxw_error xlsx_cell(xlsx_writer *x, lxw_col_t c, const dbt_value *v)
{
    lxw_row_t r = x->row;
    char num[EXPORT_REAL_MAX];
    lxw_datetime dt;
    switch (v->type) {
    case DBT_NULL:
        return LXW_NO_ERROR;
    case DBT_INT:
        if (v->i > XLSX_EXACT_INT || v->i < -XLSX_EXACT_INT) {
            buf_reset(&x->text);
            export_add_int(&x->text, v->i);
            return worksheet_write_string(x->ws, r, c, buf_str(&x->text), NULL);
        }
        return worksheet_write_number(x->ws, r, c, (double)v->i, NULL);
    case DBT_REAL:
        if (!isfinite(v->r))
            return worksheet_write_string(x->ws, r, c, export_real_string(v->r, num), NULL);
        return worksheet_write_number(x->ws, r, c, v->r, NULL);
    case DBT_TEXT:
        switch (xlsx_parse_date(v->s, v->len, &dt)) {
        case 1: return worksheet_write_datetime(x->ws, r, c, &dt, x->date);
        case 2: return worksheet_write_datetime(x->ws, r, c, &dt, x->datetime);
        default: return xlsx_text_cell(x, x->ws, r, c, v->s, v->len, NULL);
        }
    case DBT_BLOB: {
        buf hex;
        buf_init(&hex);
        buf_add(&hex, "\\x");
        for (size_t i = 0; i < v->len && hex.len < XLSX_TEXT_MAX + 2; i++)
            buf_printf(&hex, "%02x", (unsigned)(unsigned char)v->s[i]);
        lxw_error rc = hex.oom ? LXW_ERROR_MEMORY_MALLOC_FAILED
                               : xlsx_text_cell(x, x->ws, r, c, hex.p, hex.len, NULL);
        buf_free(&hex);
        return rc;
    }
    }
    return LXW_NO_ERROR;
}

/* ---- the writer ---------------------------------------------------------------- */

/* libxlsxwriter does not check its writes to the constant-memory
 * temporary file: a full disk would silently lose rows. Check it. */
static int xlsx_tmpfile_ok(xlsx_writer *x, int flush, dbt_error *err)
{
    FILE *tf = x->ws ? x->ws->optimize_tmpfile : NULL;
    if (!tf)
        return 0;
    errno = 0;
    if ((flush && fflush(tf) != 0) || ferror(tf)) {
        int e = errno;
        return err_set(err, DBT_ERR_IO, "could not write the xlsx file's rows: %s",
                       e ? strerror(e) : "the disk is full or the file too large");
    }
    return 0;
}

static int xlsx_begin(export_writer *w, const dbt_answer *head, dbt_error *err)
{
    xlsx_writer *x = (xlsx_writer *)w;
    size_t ncols = w->ncols;
    if (ncols > LXW_COL_MAX)
        return err_set(err, DBT_ERR_IO, "an xlsx sheet holds at most %d columns; this result has %zu",
                       LXW_COL_MAX, ncols);
    x->names = calloc(ncols ? ncols : 1, sizeof *x->names);
    if (!x->names)
        return err_set(err, DBT_ERR_NOMEM, "out of memory writing xlsx");
    for (size_t c = 0; c < ncols; c++) {
        const char *name = dbt_answer_column_name(head, c);
        x->names[c] = xstrdup(name);
        if (!x->names[c])
            return err_set(err, DBT_ERR_NOMEM, "out of memory writing xlsx");
        lxw_error rc = xlsx_text_cell(x, x->ws, 0, (lxw_col_t)c, name, strlen(name), x->bold);
        if (rc)
            return xlsx_fail(rc, "header", err);
    }
    worksheet_freeze_panes(x->ws, 1, 0);
    xlsx_set_widths(x, head);
    xlsx_choose_chart(x, head);
    x->row = 1;
    return 0;
}

static int xlsx_row(export_writer *w, const dbt_value *v, dbt_error *err)
{
    xlsx_writer *x = (xlsx_writer *)w;
    if (x->row >= LXW_ROW_MAX)
        return err_set(err, DBT_ERR_IO,
                       "an xlsx sheet holds at most %d rows: export to .csv, or use --max-rows %d",
                       LXW_ROW_MAX - 1, LXW_ROW_MAX - 1);
    for (size_t c = 0; c < w->ncols; c++) {
        lxw_error rc = xlsx_cell(x, (lxw_col_t)c, &v[c]);
        if (rc)
            return xlsx_fail(rc, "a cell", err);
    }
    if (x->kind == XC_HIST)
        xlsx_count_bin(x, &v[x->cat_col]);
    if ((++x->row & 1023) == 0)
        return xlsx_tmpfile_ok(x, 0, err);
    return 0;
}

/* One "label: value" line of the About sheet. */
static void xlsx_about_line(xlsx_writer *x, lxw_worksheet *ws, lxw_row_t *r, const char *label,
                            const char *value)
{
    if (label)
        worksheet_write_string(ws, *r, 0, label, x->bold);
    if (value)
        xlsx_text_cell(x, ws, *r, 1, value, strlen(value), x->wrap);
    (*r)++;
}

static int xlsx_about(xlsx_writer *x, dbt_error *err)
{
    lxw_worksheet *ws = workbook_add_worksheet(x->wb, "About");
    if (!ws)
        return err_set(err, DBT_ERR_IO, "could not add the About sheet");
    worksheet_set_column(ws, 0, 0, 14, NULL);
    worksheet_set_column(ws, 1, 1, 100, NULL);
    lxw_row_t r = 0;
    xlsx_about_line(x, ws, &r, "Question", x->question ? x->question : "(SQL written by hand)");
    xlsx_about_line(x, ws, &r, "SQL", x->sql);
    xlsx_about_line(x, ws, &r, "Database", x->database);
    time_t now = time(NULL);
    struct tm tm;
    localtime_r(&now, &tm);
    lxw_datetime dt = { tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min,
                        tm.tm_sec };
    worksheet_write_string(ws, r, 0, "Exported", x->bold);
    worksheet_write_datetime(ws, r++, 1, &dt, x->datetime);
    worksheet_write_string(ws, r, 0, "Rows", x->bold);
    worksheet_write_number(ws, r++, 1, (double)(x->row ? x->row - 1 : 0), NULL);
    buf note;
    buf_init(&note);
    if (x->truncated) {
        buf_printf(&note, "Stopped after %ld rows (--max-rows); the query has more.", x->max_rows);
        xlsx_about_line(x, ws, &r, "Row cap", buf_str(&note));
    }
    if (x->cut) {
        buf_reset(&note);
        buf_printf(&note, "%llu text%s longer than Excel's limit of 32,767 characters per cell "
                   "%s cut; export to .csv to keep them whole.", (unsigned long long)x->cut,
                   x->cut == 1 ? " was" : "s were", x->cut == 1 ? "was" : "were");
        xlsx_about_line(x, ws, &r, "Note", buf_str(&note));
    }
    buf_free(&note);
    for (size_t i = 0; x->insights && x->insights[i]; i++)
        xlsx_about_line(x, ws, &r, i == 0 ? "Insights" : NULL, x->insights[i]);
    return 0;
}

static int xlsx_end(export_writer *w, dbt_error *err)
{
    xlsx_writer *x = (xlsx_writer *)w;
    lxw_row_t last = x->row ? x->row - 1 : 0;
    if (w->ncols) {
        lxw_error rc = worksheet_autofilter(x->ws, 0, 0, last, (lxw_col_t)(w->ncols - 1));
        if (rc)
            return xlsx_fail(rc, "autofilter", err);
    }
    if (xlsx_tmpfile_ok(x, 1, err) < 0 || xlsx_add_chart(x, err) < 0 || xlsx_about(x, err) < 0)
        return -1;
    lxw_workbook *wb = x->wb;
    x->wb = NULL;                       /* workbook_close frees it, whatever happens */
    lxw_error rc = workbook_close(wb);
    return rc ? xlsx_fail(rc, "closing the workbook", err) : 0;
}

static void xlsx_free(export_writer *w)
{
    xlsx_writer *x = (xlsx_writer *)w;
    if (x->wb)
        lxw_workbook_free(x->wb);       /* abandoned: nothing is written */
    for (size_t c = 0; x->names && c < w->ncols; c++)
        free(x->names[c]);
    free(x->names);
    for (size_t i = 0; x->insights && x->insights[i]; i++)
        free(x->insights[i]);
    free(x->insights);
    free(x->question);
    free(x->sql);
    free(x->database);
    free(x->chart);
    buf_free(&x->text);
    free(x);
}

static const export_writer_ops xlsx_ops = { xlsx_begin, xlsx_row, xlsx_end, xlsx_free };

void export_xlsx_set_truncated(export_writer *w)
{
    if (w && w->ops == &xlsx_ops)
        ((xlsx_writer *)w)->truncated = 1;
}

export_writer *export_xlsx_writer(const char *path, const char *tmpdir,
                                  const export_xlsx_meta *meta, dbt_error *err)
{
    xlsx_writer *x = calloc(1, sizeof *x);
    if (!x) {
        err_set(err, DBT_ERR_NOMEM, "out of memory writing xlsx");
        return NULL;
    }
    x->base.ops = &xlsx_ops;
    buf_init(&x->text);
    int oom = 0;
    if (meta) {
        x->question = xstrdup(meta->question);
        x->sql = xstrdup(meta->sql);
        x->database = xstrdup(meta->database);
        x->chart = xstrdup(meta->chart);
        oom = (meta->question && !x->question) || (meta->sql && !x->sql) ||
              (meta->database && !x->database) || (meta->chart && !x->chart);
        size_t n = 0;
        while (meta->insights && meta->insights[n])
            n++;
        if (n) {
            x->insights = calloc(n + 1, sizeof *x->insights);
            for (size_t i = 0; x->insights && i < n; i++)
                oom |= !(x->insights[i] = xstrdup(meta->insights[i]));
            oom |= !x->insights;
        }
        x->max_rows = meta->max_rows;
    }
    lxw_workbook_options opt = { 0 };
    opt.constant_memory = LXW_TRUE;
    opt.tmpdir = (char *)tmpdir;
    if (!oom)
        x->wb = workbook_new_opt(path, &opt);
    if (oom || !x->wb) {
        err_set(err, oom ? DBT_ERR_NOMEM : DBT_ERR_IO, "could not start the xlsx file '%s'", path);
        xlsx_free(&x->base);
        return NULL;
    }
    xlsx_sheet_name(x->sheet, sizeof x->sheet, x->question, "Result");
    x->ws = workbook_add_worksheet(x->wb, x->sheet);
    x->bold = workbook_add_format(x->wb);
    x->date = workbook_add_format(x->wb);
    x->datetime = workbook_add_format(x->wb);
    x->wrap = workbook_add_format(x->wb);
    if (!x->ws || !x->bold || !x->date || !x->datetime || !x->wrap) {
        err_set(err, DBT_ERR_IO, "could not start the xlsx file '%s'", path);
        xlsx_free(&x->base);
        return NULL;
    }
    format_set_bold(x->bold);
    format_set_num_format(x->date, "yyyy-mm-dd");
    format_set_num_format(x->datetime, "yyyy-mm-dd hh:mm:ss");
    format_set_text_wrap(x->wrap);
    format_set_align(x->wrap, LXW_ALIGN_VERTICAL_TOP);
    return &x->base;
}
