/* format.c: the human-readable table the databot program prints (see
 * format.h), and the number formatting the front end shares. */
#include "format.h"

#include <inttypes.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "export/export.h"
#include "text.h"

#define FORMAT_MIN_SHRINK 8     /* a shrunk text column keeps this many columns */
#define FORMAT_BLOB_SHOWN 32    /* bytes of a blob shown in hex */

/* Group a run of decimal digits by threes into b. */
static void format_add_grouped_digits(buf *b, const char *digits, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        if (i && (n - i) % 3 == 0)
            buf_addc(b, ',');
        buf_addc(b, digits[i]);
    }
}

void format_int_grouped(buf *b, int64_t v)
{
    char digits[24];
    uint64_t m = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
    int n = snprintf(digits, sizeof digits, "%" PRIu64, m);
    if (v < 0)
        buf_addc(b, '-');
    format_add_grouped_digits(b, digits, (size_t)n);
}

/* Copy a printf'd number replacing whatever the locale used as decimal
 * point (',' or a multibyte separator) with '.'. */
static void format_add_c_number(buf *b, const char *s)
{
    int point = 0;
    for (; *s; s++) {
        char c = *s;
        if ((c >= '0' && c <= '9') || c == '-' || c == '+' || c == 'e') {
            buf_addc(b, c);
        } else if (!point) {
            buf_addc(b, '.');
            point = 1;
        }
    }
}

void format_real_column(buf *b, double x, double col_max_abs)
{
    if (isnan(x)) {
        buf_add(b, "NaN");
        return;
    }
    if (isinf(x)) {
        buf_add(b, x < 0 ? "-Inf" : "Inf");
        return;
    }
    char tmp[512];              /* "%.2f" of DBL_MAX is 312 characters */
    if (col_max_abs >= 1) {
        snprintf(tmp, sizeof tmp, "%.2f", fabs(x));
        size_t nint = strspn(tmp, "0123456789");
        const char *frac = tmp + nint;
        while (*frac && !(*frac >= '0' && *frac <= '9'))
            frac++;                         /* skip the locale's decimal point */
        int zero = strspn(tmp, "0") == nint && strspn(frac, "0") == strlen(frac);
        if (x < 0 && !zero)
            buf_addc(b, '-');
        format_add_grouped_digits(b, tmp, nint);
        buf_addc(b, '.');
        buf_add(b, frac);
        return;
    }
    snprintf(tmp, sizeof tmp, "%.4g", x == 0 ? 0.0 : x);   /* no "-0" */
    format_add_c_number(b, tmp);
}

double format_column_max_abs(const dbt_answer *a, size_t col)
{
    double m = 0;
    for (size_t r = 0; r < dbt_answer_rows(a); r++) {
        const dbt_value *v = dbt_answer_value(a, r, col);
        double x = v->type == DBT_INT ? fabs((double)v->i)
                 : v->type == DBT_REAL && isfinite(v->r) ? fabs(v->r) : 0;
        if (x > m)
            m = x;
    }
    return m;
}

/* What the printer knows about one column. */
typedef struct format_col {
    dbt_type type;
    int numeric;            /* INT or REAL: right-aligned, grouped */
    double max_abs;         /* REAL columns: the largest finite |x| */
    size_t width;
} format_col;

/* The display text of one value, sanitised, into out (emptied first). */
static void format_cell(buf *out, const dbt_value *v, const format_col *col, int utf8)
{
    char num[EXPORT_REAL_MAX];
    buf_reset(out);
    switch (v->type) {
    case DBT_NULL:
        buf_add(out, utf8 ? "\xe2\x88\x85" : "NULL");     /* ∅ */
        break;
    case DBT_INT:
        if (col->type == DBT_REAL)
            format_real_column(out, (double)v->i, col->max_abs);
        else if (col->numeric)
            format_int_grouped(out, v->i);
        else
            buf_printf(out, "%" PRId64, v->i);
        break;
    case DBT_REAL:
        if (col->numeric)
            format_real_column(out, v->r, col->max_abs);
        else
            buf_add(out, export_real_string(v->r, num));
        break;
    case DBT_TEXT:
        text_sanitize(v->s ? v->s : "", v->s ? v->len : 0, utf8, out);
        break;
    case DBT_BLOB: {
        size_t n = v->len < FORMAT_BLOB_SHOWN ? v->len : FORMAT_BLOB_SHOWN;
        buf_add(out, "\\x");
        for (size_t i = 0; i < n; i++)
            buf_printf(out, "%02x", (unsigned)(unsigned char)v->s[i]);
        if (n < v->len)
            buf_printf(out, "%s (%zu bytes)", utf8 ? "\xe2\x80\xa6" : "...", v->len);
        break;
    }
    }
}

static void format_header(buf *out, const dbt_answer *a, size_t c, int utf8)
{
    const char *name = dbt_answer_column_name(a, c);
    buf_reset(out);
    text_sanitize(name, strlen(name), utf8, out);
}

/* Shrink the widest text columns until the table fits in max_width
 * columns or every text column is down to FORMAT_MIN_SHRINK. */
static void format_shrink(format_col *cols, size_t ncols, size_t total, size_t max_width)
{
    size_t excess = total > max_width ? total - max_width : 0;
    while (excess > 0) {
        size_t top = 0, k = 0;
        for (size_t c = 0; c < ncols; c++) {
            if (cols[c].numeric || cols[c].width <= FORMAT_MIN_SHRINK)
                continue;
            if (cols[c].width > top)
                top = cols[c].width, k = 1;
            else if (cols[c].width == top)
                k++;
        }
        if (k == 0)
            return;
        size_t next = FORMAT_MIN_SHRINK;        /* the next lower width */
        for (size_t c = 0; c < ncols; c++)
            if (!cols[c].numeric && cols[c].width < top && cols[c].width > next)
                next = cols[c].width;
        size_t room = (top - next) * k;
        if (excess >= room) {
            for (size_t c = 0; c < ncols; c++)
                if (!cols[c].numeric && cols[c].width == top)
                    cols[c].width = next;
            excess -= room;
            continue;
        }
        size_t each = excess / k, extra = excess % k;
        for (size_t c = 0; c < ncols; c++) {
            if (cols[c].numeric || cols[c].width != top)
                continue;
            cols[c].width -= each + (extra ? 1 : 0);
            if (extra)
                extra--;
        }
        excess = 0;
    }
}

static void format_spaces(FILE *f, size_t n)
{
    while (n--)
        fputc(' ', f);
}

/* One line of the table: the header, or data row row. */
static void format_line(FILE *f, const dbt_answer *a, const format_col *cols, int header,
                        size_t row, int utf8, buf *cell, buf *fit)
{
    size_t ncols = dbt_answer_columns(a);
    for (size_t c = 0; c < ncols; c++) {
        if (header)
            format_header(cell, a, c, utf8);
        else
            format_cell(cell, dbt_answer_value(a, row, c), &cols[c], utf8);
        buf_reset(fit);
        text_fit(buf_str(cell), cols[c].width, utf8, fit);
        size_t w = text_width(buf_str(fit));
        size_t pad = cols[c].width > w ? cols[c].width - w : 0;
        fputs(c == 0 ? " " : utf8 ? " \xe2\x94\x82 " : " | ", f);
        if (cols[c].numeric)
            format_spaces(f, pad);
        fputs(buf_str(fit), f);
        if (!cols[c].numeric && c + 1 < ncols)
            format_spaces(f, pad);
    }
    fputc('\n', f);
}

static void format_rule(FILE *f, const format_col *cols, size_t ncols, int utf8)
{
    const char *h = utf8 ? "\xe2\x94\x80" : "-";
    for (size_t c = 0; c < ncols; c++) {
        if (c)
            fputs(utf8 ? "\xe2\x94\xbc" : "+", f);
        size_t n = 1 + cols[c].width + (c + 1 < ncols);
        while (n--)
            fputs(h, f);
    }
    fputc('\n', f);
}

static void format_footer(FILE *f, const dbt_answer *a, int utf8)
{
    size_t n = dbt_answer_rows(a);
    fprintf(f, "(%zu %s)", n, n == 1 ? "row" : "rows");
    if (dbt_answer_truncated(a))
        fprintf(f, ", truncated at %zu %s %s use --max-rows to change", n,
                n == 1 ? "row" : "rows", utf8 ? "\xe2\x80\x94" : "-");
    fputc('\n', f);
}

void format_table(FILE *f, const dbt_answer *a, const format_opts *o)
{
    int utf8 = o ? o->utf8 : 0;
    size_t max_width = o && o->max_width > 0 ? (size_t)o->max_width : 0;
    size_t ncols = dbt_answer_columns(a), nrows = dbt_answer_rows(a);
    format_col *cols = ncols ? calloc(ncols, sizeof *cols) : NULL;
    if (ncols && !cols) {
        fputs("(out of memory formatting the table)\n", f);
        return;
    }
    buf cell, fit;
    buf_init(&cell);
    buf_init(&fit);
    size_t total = 1;
    for (size_t c = 0; c < ncols; c++) {
        format_col *col = &cols[c];
        col->type = dbt_answer_column_type(a, c);
        col->numeric = col->type == DBT_INT || col->type == DBT_REAL;
        col->max_abs = col->type == DBT_REAL ? format_column_max_abs(a, c) : 0;
        format_header(&cell, a, c, utf8);
        col->width = text_width(buf_str(&cell));
        for (size_t r = 0; r < nrows; r++) {
            format_cell(&cell, dbt_answer_value(a, r, c), col, utf8);
            size_t w = text_width(buf_str(&cell));
            if (w > col->width)
                col->width = w;
        }
        total += col->width + (c ? 3 : 0);
    }
    if (max_width)
        format_shrink(cols, ncols, total, max_width);
    if (ncols) {
        format_line(f, a, cols, 1, 0, utf8, &cell, &fit);
        format_rule(f, cols, ncols, utf8);
        for (size_t r = 0; r < nrows; r++)
            format_line(f, a, cols, 0, r, utf8, &cell, &fit);
    }
    format_footer(f, a, utf8);
    free(cols);
    buf_free(&cell);
    buf_free(&fit);
}

char *format_table_string(const dbt_answer *a, const format_opts *o)
{
    char *p = NULL;
    size_t size = 0;
    FILE *f = open_memstream(&p, &size);
    if (!f)
        return NULL;
    format_table(f, a, o);
    if (fclose(f) != 0) {
        free(p);
        return NULL;
    }
    return p;
}
