/* json.c: a small JSON encoder for answers (see export.h). Hand-written
 * rather than cJSON because answers need exact control over numbers
 * (shortest round trip, integers kept exact, non-finite as null) and over
 * bytes that are not valid UTF-8. */
#include "export.h"

#include <inttypes.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "text.h"

static const char json_hex[] = "0123456789abcdef";

static void json_add_u4(buf *b, uint32_t cp)
{
    char e[6] = { '\\', 'u', json_hex[(cp >> 12) & 15], json_hex[(cp >> 8) & 15],
                  json_hex[(cp >> 4) & 15], json_hex[cp & 15] };
    buf_addn(b, e, 6);
}

void json_add_string(buf *b, const char *s, size_t len)
{
    buf_addc(b, '"');
    size_t i = 0, from = 0;
    while (i < len) {
        size_t start = i;
        uint32_t cp;
        int bad = text_utf8_decode(s, len, &i, &cp) < 0;
        const char *esc = NULL;
        int u4 = 0;
        if (bad)
            esc = "\xef\xbf\xbd";           /* U+FFFD */
        else if (cp == '"')
            esc = "\\\"";
        else if (cp == '\\')
            esc = "\\\\";
        else if (cp == '\n')
            esc = "\\n";
        else if (cp == '\t')
            esc = "\\t";
        else if (cp == '\r')
            esc = "\\r";
        else if (cp == '\b')
            esc = "\\b";
        else if (cp == '\f')
            esc = "\\f";
        else if (cp < 0x20 || (cp >= 0x7F && cp < 0xA0) || cp == 0x2028 || cp == 0x2029 ||
                 (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069))
            u4 = 1;
        if (!esc && !u4)
            continue;
        buf_addn(b, s + from, start - from);
        if (esc)
            buf_add(b, esc);
        else
            json_add_u4(b, cp);
        from = i;
    }
    buf_addn(b, s + from, len - from);
    buf_addc(b, '"');
}

void json_add_value(buf *b, const dbt_value *v)
{
    char num[EXPORT_REAL_MAX];
    switch (v->type) {
    case DBT_NULL:
        buf_add(b, "null");
        break;
    case DBT_INT:
        buf_printf(b, "%" PRId64, v->i);
        break;
    case DBT_REAL:
        buf_add(b, isfinite(v->r) ? export_real_string(v->r, num) : "null");
        break;
    case DBT_TEXT:
        json_add_string(b, v->s ? v->s : "", v->s ? v->len : 0);
        break;
    case DBT_BLOB:
        buf_add(b, "\"\\\\x");
        for (size_t i = 0; i < v->len; i++) {
            unsigned char c = (unsigned char)v->s[i];
            char h[2] = { json_hex[c >> 4], json_hex[c & 15] };
            buf_addn(b, h, 2);
        }
        buf_addc(b, '"');
        break;
    }
}

void json_add_answer_fields(buf *b, const dbt_answer *a)
{
    size_t ncols = dbt_answer_columns(a), nrows = dbt_answer_rows(a);
    buf_add(b, "\"columns\":[");
    for (size_t c = 0; c < ncols; c++) {
        const char *name = dbt_answer_column_name(a, c);
        if (c)
            buf_addc(b, ',');
        json_add_string(b, name, strlen(name));
    }
    buf_add(b, "],\"rows\":[");
    for (size_t r = 0; r < nrows; r++) {
        buf_add(b, r ? ",[" : "[");
        for (size_t c = 0; c < ncols; c++) {
            if (c)
                buf_addc(b, ',');
            json_add_value(b, dbt_answer_value(a, r, c));
        }
        buf_addc(b, ']');
    }
    double ms = dbt_answer_elapsed_ms(a);
    char num[EXPORT_REAL_MAX];
    buf_printf(b, "],\"truncated\":%s,\"elapsed_ms\":%s",
               dbt_answer_truncated(a) ? "true" : "false",
               isfinite(ms) && ms >= 0 ? export_real_string(round(ms * 1000) / 1000, num) : "0");
}

/* The object keys, JSON-encoded with their ':', made unique. */
static char **json_keys(const dbt_answer *a, size_t ncols)
{
    char **keys = calloc(ncols ? ncols : 1, sizeof *keys);
    char **plain = calloc(ncols ? ncols : 1, sizeof *plain);
    int ok = keys && plain;
    buf k;
    buf_init(&k);
    for (size_t c = 0; c < ncols && ok; c++) {
        const char *name = dbt_answer_column_name(a, c);
        buf_reset(&k);
        buf_add(&k, name);
        for (unsigned n = 2;; n++) {
            size_t d = 0;
            while (d < c && strcmp(plain[d], buf_str(&k)) != 0)
                d++;
            if (d == c)
                break;
            buf_reset(&k);
            buf_printf(&k, "%s_%u", name, n);
        }
        plain[c] = xstrdup(buf_str(&k));
        buf_reset(&k);
        if (plain[c])
            json_add_string(&k, plain[c], strlen(plain[c]));
        buf_addc(&k, ':');
        keys[c] = k.oom ? NULL : xstrdup(buf_str(&k));
        ok = plain[c] && keys[c];
    }
    buf_free(&k);
    for (size_t c = 0; plain && c < ncols; c++)
        free(plain[c]);
    free(plain);
    if (!ok && keys) {
        for (size_t c = 0; c < ncols; c++)
            free(keys[c]);
        free(keys);
        keys = NULL;
    }
    return keys;
}

int export_json(FILE *f, const dbt_answer *a, int ndjson, dbt_error *err)
{
    if (!f || !a)
        return err_set(err, DBT_ERR_USAGE, "export_json: no output or no answer");
    size_t ncols = dbt_answer_columns(a), nrows = dbt_answer_rows(a);
    char **keys = json_keys(a, ncols);
    if (!keys)
        return err_set(err, DBT_ERR_NOMEM, "out of memory writing JSON");
    buf line;
    buf_init(&line);
    int rc = 0;
    if (!ndjson)
        buf_add(&line, nrows ? "[\n" : "[]\n");
    for (size_t r = 0; r < nrows && rc == 0; r++) {
        buf_addc(&line, '{');
        for (size_t c = 0; c < ncols; c++) {
            if (c)
                buf_addc(&line, ',');
            buf_add(&line, keys[c]);
            json_add_value(&line, dbt_answer_value(a, r, c));
        }
        buf_addc(&line, '}');
        if (!ndjson && r + 1 < nrows)
            buf_addc(&line, ',');
        buf_addc(&line, '\n');
        if (!ndjson && r + 1 == nrows)
            buf_add(&line, "]\n");
        if (line.oom)
            rc = err_set(err, DBT_ERR_NOMEM, "out of memory writing JSON");
        else if (fwrite(line.p, 1, line.len, f) != line.len)
            rc = -1;
        buf_reset(&line);
    }
    if (rc == 0 && line.len && fwrite(line.p, 1, line.len, f) != line.len)
        rc = -1;
    for (size_t c = 0; c < ncols; c++)
        free(keys[c]);
    free(keys);
    int oom = line.oom;
    buf_free(&line);
    if (oom)
        return err_set(err, DBT_ERR_NOMEM, "out of memory writing JSON");
    if (export_check_stream(f, "JSON", err) < 0)
        return -1;
    return rc < 0 ? err_set(err, DBT_ERR_IO, "could not write the JSON output") : 0;
}
