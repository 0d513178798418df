/* csv.c: CSV and TSV export of an answer (see export.h), and the
 * locale-independent number text the other exporters share. */
#include "export.h"

#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

/* The common case fast: r is exactly the double nearest m / 10^d for a
 * whole m of at most 15 digits and d <= 9, in the range where "%.15g"
 * writes no exponent. Then "%.15g" writes m with the point d digits from
 * the right, which is what this does without printf and strtod. Returns
 * 0 when r is not such a number. */
static int real_fast(double r, char out[EXPORT_REAL_MAX])
{
    static const double p10[] = { 1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9 };
    double a = fabs(r);
    if (!(a >= 1e-4 && a < 1e15))
        return 0;
    for (int d = 0; d < 10; d++) {
        double x = a * p10[d];
        if (x >= 1e15)
            return 0;
        double m = floor(x + 0.5);
        if (m >= 1e15 || m / p10[d] != a)
            continue;
        char digits[24];
        int n = 0;
        for (uint64_t u = (uint64_t)m; u; u /= 10)
            digits[n++] = (char)('0' + u % 10);
        while (n <= d)
            digits[n++] = '0';          /* 0.25: a zero before the point */
        size_t o = 0;
        if (r < 0)
            out[o++] = '-';
        for (int i = n - 1; i >= 0; i--) {
            out[o++] = digits[i];
            if (i == d && d > 0)
                out[o++] = '.';
        }
        if (d == 0) {
            out[o++] = '.';
            out[o++] = '0';
        }
        out[o] = '\0';
        return 1;
    }
    return 0;
}

char *export_real_string(double r, char out[EXPORT_REAL_MAX])
{
    if (real_fast(r, out))
        return out;
    if (isnan(r)) {
        strcpy(out, "NaN");
        return out;
    }
    if (isinf(r)) {
        strcpy(out, r < 0 ? "-Infinity" : "Infinity");
        return out;
    }
    /* 15 significant digits, as sqlite3 and psql print, when that lands
     * within two units in the last place (sums carry such noise:
     * 500679.9000000001 prints as 500679.9); otherwise the shortest
     * form that reads back exactly. */
    char tmp[EXPORT_REAL_MAX];
    snprintf(tmp, sizeof tmp, "%.15g", r);
    double back = strtod(tmp, NULL);
    double near1 = nextafter(back, r), near2 = nextafter(near1, r);
    if (isinf(back) || (back != r && near1 != r && near2 != r)) {
        for (int prec = 16; prec <= 17; prec++) {
            snprintf(tmp, sizeof tmp, "%.*g", prec, r);
            if (strtod(tmp, NULL) == r)
                break;
        }
    }
    /* Whatever the locale put between the digits (',' or a multibyte
     * separator) becomes '.'. */
    size_t n = 0;
    int has_point = 0;
    for (const char *p = tmp; *p && n < EXPORT_REAL_MAX - 3; p++) {
        char c = *p;
        if ((c >= '0' && c <= '9') || c == '-' || c == '+' || c == 'e') {
            out[n++] = c;
        } else if (!has_point) {
            out[n++] = '.';
            has_point = 1;
        }
    }
    if (!has_point && !memchr(out, 'e', n)) {
        out[n++] = '.';
        out[n++] = '0';
    }
    out[n] = '\0';
    return out;
}

int export_check_stream(FILE *f, const char *what, dbt_error *err)
{
    if (fflush(f) != 0 || ferror(f)) {
        int e = errno;
        return err_set(err, DBT_ERR_IO, "could not write the %s output%s%s", what,
                       e ? ": " : "", e ? strerror(e) : "");
    }
    return 0;
}

static void csv_add_hex(buf *b, const char *s, size_t len)
{
    static const char hex[] = "0123456789abcdef";
    buf_add(b, "\\x");
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        char h[2] = { hex[c >> 4], hex[c & 15] };
        buf_addn(b, h, 2);
    }
}

/* Append one CSV field holding s[0..len), quoted when it needs to be. */
static void csv_add_field(buf *b, const char *s, size_t len, char sep)
{
    int quote = len > 0 && (s[0] == ' ' || s[0] == '\t' || s[len - 1] == ' ' ||
                            s[len - 1] == '\t');
    for (size_t i = 0; i < len && !quote; i++)
        if (s[i] == sep || s[i] == '"' || s[i] == '\r' || s[i] == '\n')
            quote = 1;
    if (!quote) {
        buf_addn(b, s, len);
        return;
    }
    buf_addc(b, '"');
    size_t from = 0;
    for (size_t i = 0; i < len; i++) {
        if (s[i] == '"') {
            buf_addn(b, s + from, i + 1 - from);   /* up to and with the quote */
            buf_addc(b, '"');
            from = i + 1;
        }
    }
    buf_addn(b, s + from, len - from);
    buf_addc(b, '"');
}

/* Append one TSV field: backslash, tab, LF and CR escaped. */
static void csv_add_tsv_field(buf *b, const char *s, size_t len)
{
    size_t from = 0;
    for (size_t i = 0; i < len; i++) {
        const char *e = NULL;
        switch (s[i]) {
        case '\\': e = "\\\\"; break;
        case '\t': e = "\\t"; break;
        case '\n': e = "\\n"; break;
        case '\r': e = "\\r"; break;
        default: break;
        }
        if (e) {
            buf_addn(b, s + from, i - from);
            buf_add(b, e);
            from = i + 1;
        }
    }
    buf_addn(b, s + from, len - from);
}

static void csv_add_text(buf *b, const char *s, size_t len, char sep)
{
    if (sep == '\t')
        csv_add_tsv_field(b, s, len);
    else if (len == 0)
        buf_add(b, "\"\"");
    else
        csv_add_field(b, s, len, sep);
}

static void csv_add_value(buf *b, const dbt_value *v, char sep)
{
    char num[EXPORT_REAL_MAX];
    switch (v->type) {
    case DBT_NULL:
        break;
    case DBT_INT:
        export_add_int(b, v->i);
        break;
    case DBT_REAL:
        buf_add(b, export_real_string(v->r, num));
        break;
    case DBT_TEXT:
        csv_add_text(b, v->s ? v->s : "", v->s ? v->len : 0, sep);
        break;
    case DBT_BLOB: {
        buf hex;
        buf_init(&hex);
        csv_add_hex(&hex, v->s, v->len);
        if (sep == '\t')
            csv_add_tsv_field(b, buf_str(&hex), hex.len);
        else
            buf_addn(b, buf_str(&hex), hex.len);
        b->oom |= hex.oom;
        buf_free(&hex);
        break;
    }
    }
}

/* Write and empty the line buffer. */
static int csv_flush_line(FILE *f, buf *line, dbt_error *err)
{
    if (line->oom)
        return err_set(err, DBT_ERR_NOMEM, "out of memory writing CSV");
    if (line->len && fwrite(line->p, 1, line->len, f) != line->len)
        return export_check_stream(f, "CSV", err) < 0
                   ? -1 : err_set(err, DBT_ERR_IO, "could not write the CSV output");
    buf_reset(line);
    return 0;
}

typedef struct csv_writer {
    export_writer base;
    FILE *f;
    char sep;
    int header;
    const char *eol;
    buf line;
} csv_writer;

static int csv_begin(export_writer *w, const dbt_answer *head, dbt_error *err)
{
    csv_writer *cw = (csv_writer *)w;
    size_t ncols = dbt_answer_columns(head);
    if (!cw->header || !ncols)
        return 0;
    for (size_t c = 0; c < ncols; c++) {
        const char *name = dbt_answer_column_name(head, c);
        if (c)
            buf_addc(&cw->line, cw->sep);
        csv_add_text(&cw->line, name, strlen(name), cw->sep);
    }
    buf_add(&cw->line, cw->eol);
    return csv_flush_line(cw->f, &cw->line, err);
}

static int csv_row(export_writer *w, const dbt_value *v, dbt_error *err)
{
    csv_writer *cw = (csv_writer *)w;
    buf *line = &cw->line;
    for (size_t c = 0; c < w->ncols; c++) {
        if (c)
            buf_addc(line, cw->sep);
        csv_add_value(line, &v[c], cw->sep);
    }
    buf_add(line, cw->eol);
    /* lines are gathered into blocks before they reach stdio */
    return line->len >= 65536 || line->oom ? csv_flush_line(cw->f, line, err) : 0;
}

static int csv_end(export_writer *w, dbt_error *err)
{
    csv_writer *cw = (csv_writer *)w;
    if (csv_flush_line(cw->f, &cw->line, err) < 0)
        return -1;
    return export_check_stream(cw->f, "CSV", err);
}

static void csv_free(export_writer *w)
{
    csv_writer *cw = (csv_writer *)w;
    buf_free(&cw->line);
    free(cw);
}

static const export_writer_ops csv_ops = { csv_begin, csv_row, csv_end, csv_free };

export_writer *export_csv_writer(FILE *f, char sep, int header, dbt_error *err)
{
    if (!f) {
        err_set(err, DBT_ERR_USAGE, "export_csv: no output");
        return NULL;
    }
    if (sep == '"' || sep == '\r' || sep == '\n' || sep == '\0' || sep == '\\') {
        err_set(err, DBT_ERR_USAGE, "'%c' cannot separate CSV fields", sep ? sep : '0');
        return NULL;
    }
    csv_writer *cw = calloc(1, sizeof *cw);
    if (!cw) {
        err_set(err, DBT_ERR_NOMEM, "out of memory writing CSV");
        return NULL;
    }
    cw->base.ops = &csv_ops;
    cw->f = f;
    cw->sep = sep;
    cw->header = header;
    cw->eol = sep == '\t' ? "\n" : "\r\n";
    buf_init(&cw->line);
    return &cw->base;
}

int export_csv(FILE *f, const dbt_answer *a, char sep, int header, dbt_error *err)
{
    if (!f || !a)
        return err_set(err, DBT_ERR_USAGE, "export_csv: no output or no answer");
    export_writer *w = export_csv_writer(f, sep, header, err);
    if (!w)
        return -1;
    int rc = export_writer_answer(w, a, err);
    export_writer_free(w);
    return rc;
}
