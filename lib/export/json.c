/* json.c: a small JSON encoder for answers (see export.h). Hand-written
 * rather than cJSON because answers need exact control over numbers
 * (shortest round trip, integers kept exact, non-finite as null) and over
 * bytes that are not valid UTF-8. */
#include "export.h"

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
        export_add_int(b, v->i);
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

typedef struct json_writer {
    export_writer base;
    FILE *f;
    int ndjson;
    char **keys;           /* per column: the key, JSON-encoded, with its ':' */
    size_t rows;
    buf line;
} json_writer;

/* Write and empty the line buffer once it holds a block (or always). */
static int json_flush(json_writer *jw, size_t at_least, dbt_error *err)
{
    if (jw->line.oom)
        return err_set(err, DBT_ERR_NOMEM, "out of memory writing JSON");
    if (jw->line.len < at_least || jw->line.len == 0)
        return 0;
    if (fwrite(jw->line.p, 1, jw->line.len, jw->f) != jw->line.len)
        return export_check_stream(jw->f, "JSON", err) < 0
                   ? -1 : err_set(err, DBT_ERR_IO, "could not write the JSON output");
    buf_reset(&jw->line);
    return 0;
}

static int json_begin(export_writer *w, const dbt_answer *head, dbt_error *err)
{
    json_writer *jw = (json_writer *)w;
    jw->keys = json_keys(head, w->ncols);
    if (!jw->keys)
        return err_set(err, DBT_ERR_NOMEM, "out of memory writing JSON");
    return 0;
}

static int json_row(export_writer *w, const dbt_value *v, dbt_error *err)
{
    json_writer *jw = (json_writer *)w;
    buf *line = &jw->line;
    if (!jw->ndjson)
        buf_add(line, jw->rows ? ",\n" : "[\n");
    buf_addc(line, '{');
    for (size_t c = 0; c < w->ncols; c++) {
        if (c)
            buf_addc(line, ',');
        buf_add(line, jw->keys[c]);
        json_add_value(line, &v[c]);
    }
    buf_addc(line, '}');
    if (jw->ndjson)
        buf_addc(line, '\n');
    jw->rows++;
    return json_flush(jw, 65536, err);
}

static int json_end(export_writer *w, dbt_error *err)
{
    json_writer *jw = (json_writer *)w;
    if (!jw->ndjson)
        buf_add(&jw->line, jw->rows ? "\n]\n" : "[]\n");
    if (json_flush(jw, 0, err) < 0)
        return -1;
    return export_check_stream(jw->f, "JSON", err);
}

static void json_free(export_writer *w)
{
    json_writer *jw = (json_writer *)w;
    for (size_t c = 0; jw->keys && c < w->ncols; c++)
        free(jw->keys[c]);
    free(jw->keys);
    buf_free(&jw->line);
    free(jw);
}

static const export_writer_ops json_ops = { json_begin, json_row, json_end, json_free };

export_writer *export_json_writer(FILE *f, int ndjson, dbt_error *err)
{
    if (!f) {
        err_set(err, DBT_ERR_USAGE, "export_json: no output");
        return NULL;
    }
    json_writer *jw = calloc(1, sizeof *jw);
    if (!jw) {
        err_set(err, DBT_ERR_NOMEM, "out of memory writing JSON");
        return NULL;
    }
    jw->base.ops = &json_ops;
    jw->f = f;
    jw->ndjson = ndjson;
    buf_init(&jw->line);
    return &jw->base;
}

int export_json(FILE *f, const dbt_answer *a, int ndjson, dbt_error *err)
{
    if (!f || !a)
        return err_set(err, DBT_ERR_USAGE, "export_json: no output or no answer");
    export_writer *w = export_json_writer(f, ndjson, err);
    if (!w)
        return -1;
    int rc = export_writer_answer(w, a, err);
    export_writer_free(w);
    return rc;
}
