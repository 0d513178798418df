/* csv.c: CSV and TSV export of an answer (see export.h), and the
 * locale-independent number text the other exporters share. */
#include "export.h"

#include <errno.h>
#include <inttypes.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

char *export_real_string(double r, char out[EXPORT_REAL_MAX])
{
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
        buf_printf(b, "%" PRId64, v->i);
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

int export_csv(FILE *f, const dbt_answer *a, char sep, int header, dbt_error *err)
{
    if (!f || !a)
        return err_set(err, DBT_ERR_USAGE, "export_csv: no output or no answer");
    if (sep == '"' || sep == '\r' || sep == '\n' || sep == '\0' || sep == '\\')
        return err_set(err, DBT_ERR_USAGE, "'%c' cannot separate CSV fields",
                       sep ? sep : '0');
    const char *eol = sep == '\t' ? "\n" : "\r\n";
    size_t ncols = dbt_answer_columns(a), nrows = dbt_answer_rows(a);
    buf line;
    buf_init(&line);
    int rc = 0;
    if (header && ncols) {
        for (size_t c = 0; c < ncols; c++) {
            const char *name = dbt_answer_column_name(a, c);
            if (c)
                buf_addc(&line, sep);
            csv_add_text(&line, name, strlen(name), sep);
        }
        buf_add(&line, eol);
        rc = csv_flush_line(f, &line, err);
    }
    for (size_t r = 0; r < nrows && rc == 0; r++) {
        for (size_t c = 0; c < ncols; c++) {
            if (c)
                buf_addc(&line, sep);
            csv_add_value(&line, dbt_answer_value(a, r, c), sep);
        }
        buf_add(&line, eol);
        rc = csv_flush_line(f, &line, err);
    }
    buf_free(&line);
    if (rc < 0)
        return -1;
    return export_check_stream(f, "CSV", err);
}
