/* test_export.c: unit tests for lib/export (CSV, TSV, JSON, Markdown)
 * and src/format.c (the human table), on answers built by hand. JSON
 * output is checked by parsing it back with cJSON. */
#include <cjson/cJSON.h>
#include <locale.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "../../src/format.h"
#include "export/export.h"
#include "table.h"
#include "tap.h"
#include "text.h"

/* ---- building answers ---------------------------------------------------- */

static dbt_value v_null(void)
{
    dbt_value v = { DBT_NULL, 0, 0, NULL, 0 };
    return v;
}

static dbt_value v_int(int64_t i)
{
    dbt_value v = { DBT_INT, i, 0, NULL, 0 };
    return v;
}

static dbt_value v_real(double r)
{
    dbt_value v = { DBT_REAL, 0, r, NULL, 0 };
    return v;
}

static dbt_value v_textn(const char *s, size_t len)
{
    dbt_value v = { DBT_TEXT, 0, 0, s, len };
    return v;
}

static dbt_value v_text(const char *s)
{
    return v_textn(s, strlen(s));
}

static dbt_value v_blob(const char *s, size_t len)
{
    dbt_value v = { DBT_BLOB, 0, 0, s, len };
    return v;
}

/* An answer with ncols columns and the rows in cells (row-major). */
static dbt_answer *make_answer(size_t ncols, const char *const *names, size_t nrows,
                               const dbt_value *cells)
{
    table *t = table_new();
    if (!t || table_set_columns(t, ncols, names, NULL) < 0) {
        table_free(t);
        return NULL;
    }
    for (size_t r = 0; r < nrows; r++) {
        if (table_add_row(t, cells + r * ncols, NULL) < 0) {
            table_free(t);
            return NULL;
        }
    }
    return answer_new(t, "SELECT 1");
}

#define ANSWER(names, cells) \
    make_answer(sizeof(names) / sizeof((names)[0]), (names), \
                sizeof(cells) / sizeof((cells)[0]) / (sizeof(names) / sizeof((names)[0])), (cells))

/* ---- capturing output ---------------------------------------------------- */

typedef struct capture {
    char *p;
    size_t size;
    FILE *f;
} capture;

static FILE *cap_open(capture *c)
{
    c->p = NULL;
    c->size = 0;
    c->f = open_memstream(&c->p, &c->size);
    return c->f;
}

static char *cap_close(capture *c)
{
    fclose(c->f);
    return c->p;
}

static char *csv_of(const dbt_answer *a, char sep, int header, int *rc)
{
    capture c;
    *rc = -1;
    if (!cap_open(&c))
        return NULL;
    *rc = export_csv(c.f, a, sep, header, NULL);
    return cap_close(&c);
}

static char *json_of(const dbt_answer *a, int ndjson, int *rc)
{
    capture c;
    *rc = -1;
    if (!cap_open(&c))
        return NULL;
    *rc = export_json(c.f, a, ndjson, NULL);
    return cap_close(&c);
}

static char *markdown_of(const dbt_answer *a, int *rc)
{
    capture c;
    *rc = -1;
    if (!cap_open(&c))
        return NULL;
    *rc = export_markdown(c.f, a, NULL);
    return cap_close(&c);
}

/* ---- numbers --------------------------------------------------------------- */

static void check_real(double r, const char *want, const char *name)
{
    char out[EXPORT_REAL_MAX];
    is_str(export_real_string(r, out), want, name);
}

static void test_real_string(void)
{
    check_real(0.1, "0.1", "0.1 shortest");
    check_real(1.0 / 3, "0.3333333333333333", "1/3 needs 16 digits");
    check_real(0.1 + 0.2, "0.3", "0.1+0.2: one ulp of noise is dropped");
    check_real(500679.9000000001, "500679.9", "a sum's noise is dropped");
    check_real(3.0, "3.0", "integral real keeps .0");
    check_real(-2.5, "-2.5", "negative");
    check_real(-0.0, "-0.0", "negative zero");
    check_real(1e20, "1e+20", "large: exponent");
    check_real(1.5e-7, "1.5e-07", "small: exponent");
    check_real(123456789012.5, "123456789012.5", "no thousands separators");
    check_real(NAN, "NaN", "NaN");
    check_real(INFINITY, "Infinity", "+Inf");
    check_real(-INFINITY, "-Infinity", "-Inf");
    check_real(1.7976931348623157e308, "1.7976931348623157e+308", "DBL_MAX");
    check_real(5e-324, "4.94065645841247e-324", "smallest subnormal round-trips");

    /* round trip over many values */
    int all = 1;
    uint64_t x = 88172645463325252ULL;
    for (int k = 0; k < 20000; k++) {
        x ^= x << 13, x ^= x >> 7, x ^= x << 17;
        double d;
        memcpy(&d, &x, sizeof d);
        if (!isfinite(d))
            continue;
        char out[EXPORT_REAL_MAX];
        double back = strtod(export_real_string(d, out), NULL);
        double n1 = nextafter(back, d), n2 = nextafter(n1, d);
        if (back != d && n1 != d && n2 != d)
            all = 0;
    }
    ok(all, "20000 random doubles read back within two ulps");

    /* a locale with a decimal comma must not leak into the output */
    const char *loc = setlocale(LC_NUMERIC, "de_DE.UTF-8");
    if (!loc)
        loc = setlocale(LC_NUMERIC, "fr_FR.UTF-8");
    if (loc) {
        check_real(2.5, "2.5", "decimal comma locale: still '.'");
        buf b;
        buf_init(&b);
        format_real_column(&b, 1234.5, 1234.5);
        is_str(buf_str(&b), "1,234.50", "decimal comma locale: table number still '.'");
        buf_free(&b);
        setlocale(LC_NUMERIC, "C");
    } else {
        ok(1, "decimal comma locale # SKIP no de_DE/fr_FR locale installed");
        ok(1, "decimal comma locale table # SKIP no de_DE/fr_FR locale installed");
    }
}

static void check_grouped(int64_t v, const char *want)
{
    buf b;
    buf_init(&b);
    format_int_grouped(&b, v);
    is_str(buf_str(&b), want, want);
    buf_free(&b);
}

static void check_real_col(double x, double max_abs, const char *want)
{
    buf b;
    buf_init(&b);
    format_real_column(&b, x, max_abs);
    is_str(buf_str(&b), want, want);
    buf_free(&b);
}

static void test_format_numbers(void)
{
    check_grouped(0, "0");
    check_grouped(999, "999");
    check_grouped(1000, "1,000");
    check_grouped(1234567, "1,234,567");
    check_grouped(-1234567, "-1,234,567");
    check_grouped(-100, "-100");
    check_grouped(INT64_MAX, "9,223,372,036,854,775,807");
    check_grouped(INT64_MIN, "-9,223,372,036,854,775,808");

    check_real_col(412930.1, 412930.1, "412,930.10");
    check_real_col(-1234.567, 2000, "-1,234.57");
    check_real_col(0.5, 2000, "0.50");
    check_real_col(-0.001, 2000, "0.00");          /* no "-0.00" */
    check_real_col(1e15, 1e15, "1,000,000,000,000,000.00");
    check_real_col(0.012344, 0.5, "0.01234");
    check_real_col(0.5, 0.5, "0.5");
    check_real_col(0.0001234, 0.5, "0.0001234");
    check_real_col(0, 0, "0");
    check_real_col(-0.0, 0.5, "0");
    check_real_col(NAN, 1, "NaN");
    check_real_col(-INFINITY, 1, "-Inf");
}

/* ---- CSV ------------------------------------------------------------------- */

static void test_csv(void)
{
    static const char *const names[] = { "id", "name", "amount", "data" };
    const dbt_value cells[] = {
        v_int(1), v_text("plain"), v_real(0.1), v_null(),
        v_int(-2), v_text("a,b"), v_real(3), v_blob("\x00\xff\x10", 3),
        v_int(3), v_text("say \"hi\""), v_real(NAN), v_text(""),
        v_int(4), v_text("two\nlines"), v_real(1e20), v_text(" padded"),
        v_int(5), v_text("cr\rhere"), v_null(), v_text("tab\tin"),
        v_int(6), v_text("back\\slash"), v_real(-0.5), v_text("trailing "),
    };
    dbt_answer *a = ANSWER(names, cells);
    ok(a != NULL, "built the CSV answer");
    if (!a)
        return;
    int rc;
    char *s = csv_of(a, ',', 1, &rc);
    is_int(rc, 0, "export_csv returns 0");
    is_str(s,
           "id,name,amount,data\r\n"
           "1,plain,0.1,\r\n"
           "-2,\"a,b\",3.0,\\x00ff10\r\n"
           "3,\"say \"\"hi\"\"\",NaN,\"\"\r\n"
           "4,\"two\nlines\",1e+20,\" padded\"\r\n"
           "5,\"cr\rhere\",,tab\tin\r\n"
           "6,back\\slash,-0.5,\"trailing \"\r\n",
           "CSV: quoting, doubling, NULL vs empty, numbers, blob, CRLF");
    free(s);

    s = csv_of(a, ',', 0, &rc);
    ok(s && strncmp(s, "1,plain,0.1,\r\n", 14) == 0, "CSV without header starts with data");
    free(s);

    s = csv_of(a, ';', 1, &rc);
    ok(s && strstr(s, "\r\n-2;a,b;3.0;\\x00ff10\r\n") != NULL,
       "semicolon separator: comma no longer needs quotes");
    free(s);

    s = csv_of(a, '\t', 1, &rc);
    is_int(rc, 0, "TSV returns 0");
    is_str(s,
           "id\tname\tamount\tdata\n"
           "1\tplain\t0.1\t\n"
           "-2\ta,b\t3.0\t\\\\x00ff10\n"
           "3\tsay \"hi\"\tNaN\t\n"
           "4\ttwo\\nlines\t1e+20\t padded\n"
           "5\tcr\\rhere\t\ttab\\tin\n"
           "6\tback\\\\slash\t-0.5\ttrailing \n",
           "TSV: escapes instead of quotes, LF line ends");
    free(s);

    dbt_error err;
    err_clear(&err);
    capture c;
    cap_open(&c);
    is_int(export_csv(c.f, a, '"', 1, &err), -1, "quote as separator refused");
    is_int(err.code, DBT_ERR_USAGE, "  with DBT_ERR_USAGE");
    free(cap_close(&c));

    /* write errors: /dev/full fails on flush, a read-only stream on write */
    FILE *full = fopen("/dev/full", "w");
    if (full) {
        err_clear(&err);
        is_int(export_csv(full, a, ',', 1, &err), -1, "/dev/full: export_csv fails");
        is_int(err.code, DBT_ERR_IO, "  with DBT_ERR_IO");
        ok(strstr(err.message, "CSV") != NULL, "  and says what it was writing");
        fclose(full);
        full = fopen("/dev/full", "w");
        err_clear(&err);
        is_int(export_json(full, a, 0, &err), -1, "/dev/full: export_json fails");
        is_int(err.code, DBT_ERR_IO, "  with DBT_ERR_IO");
        fclose(full);
        full = fopen("/dev/full", "w");
        err_clear(&err);
        is_int(export_markdown(full, a, &err), -1, "/dev/full: export_markdown fails");
        is_int(err.code, DBT_ERR_IO, "  with DBT_ERR_IO");
        fclose(full);
    }
    FILE *ro = fopen("/dev/null", "r");
    if (ro) {
        err_clear(&err);
        is_int(export_csv(ro, a, ',', 1, &err), -1, "read-only stream: export_csv fails");
        is_int(err.code, DBT_ERR_IO, "  with DBT_ERR_IO");
        fclose(ro);
    }
    dbt_answer_free(a);

    /* no rows: just the header */
    static const char *const one[] = { "x y" };
    table *t = table_new();
    table_set_columns(t, 1, one, NULL);
    a = answer_new(t, NULL);
    s = csv_of(a, ',', 1, &rc);
    is_str(s, "x y\r\n", "no rows: header only");
    free(s);
    dbt_answer_free(a);
}

/* ---- JSON ------------------------------------------------------------------ */

static char *json_string_of(const char *s, size_t len)
{
    buf b;
    buf_init(&b);
    json_add_string(&b, s, len);
    return buf_take(&b);
}

static void check_json_string(const char *in, size_t len, const char *want, const char *name)
{
    char *got = json_string_of(in, len);
    is_str(got, want, name);
    free(got);
}

#define CHECK_JS(s, want, name) check_json_string((s), sizeof(s) - 1, (want), (name))

static void test_json_string(void)
{
    CHECK_JS("plain", "\"plain\"", "plain string");
    CHECK_JS("q\"b\\s/", "\"q\\\"b\\\\s/\"", "quote and backslash escaped");
    CHECK_JS("a\nb\tc\rd\be\ff", "\"a\\nb\\tc\\rd\\be\\ff\"", "short escapes");
    CHECK_JS("\x01\x1b\x7f", "\"\\u0001\\u001b\\u007f\"", "other controls as \\u00XX");
    CHECK_JS("\0", "\"\\u0000\"", "NUL as \\u0000");
    CHECK_JS("caf\xc3\xa9 \xe4\xb8\xad \xf0\x9f\x98\x80", "\"caf\xc3\xa9 \xe4\xb8\xad \xf0\x9f\x98\x80\"",
             "valid UTF-8 passes through");
    CHECK_JS("caf\xe9", "\"caf\xef\xbf\xbd\"", "invalid byte becomes U+FFFD");
    CHECK_JS("\xed\xa0\x80", "\"\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd\"", "surrogate: U+FFFD per byte");
    CHECK_JS("\xe2\x80\xa8\xe2\x80\xae", "\"\\u2028\\u202e\"", "U+2028 and RLO escaped");
    CHECK_JS("", "\"\"", "empty string");
}

static void test_json(void)
{
    static const char *const names[] = { "id", "name", "score", "data", "id" };
    const dbt_value cells[] = {
        v_int(INT64_MAX), v_text("say \"hi\"\n\x1b[31m"), v_real(NAN), v_blob("\x01\xab", 2), v_int(1),
        v_int(-1), v_textn("bad\xff\xfe" "end", 8), v_real(INFINITY), v_null(), v_int(2),
        v_int(0), v_text("\xe4\xb8\xad\xe6\x96\x87"), v_real(0.1), v_textn("n\0ul", 4), v_null(),
    };
    dbt_answer *a = ANSWER(names, cells);
    ok(a != NULL, "built the JSON answer");
    if (!a)
        return;
    int rc;
    char *s = json_of(a, 0, &rc);
    is_int(rc, 0, "export_json returns 0");
    ok(s && text_valid_utf8(s, strlen(s)), "JSON output is valid UTF-8");
    cJSON *root = s ? cJSON_Parse(s) : NULL;
    ok(root && cJSON_IsArray(root), "JSON output parses as an array");
    is_int(cJSON_GetArraySize(root), 3, "one object per row");
    cJSON *o0 = cJSON_GetArrayItem(root, 0), *o1 = cJSON_GetArrayItem(root, 1),
          *o2 = cJSON_GetArrayItem(root, 2);
    ok(s && strstr(s, "\"id\":9223372036854775807") != NULL, "INT64_MAX written exactly");
    is_str(cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(o0, "name")),
           "say \"hi\"\n\x1b[31m", "quotes and controls round-trip");
    ok(cJSON_IsNull(cJSON_GetObjectItemCaseSensitive(o0, "score")), "NaN is null");
    is_str(cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(o0, "data")), "\\x01ab",
           "blob is the string \\x01ab");
    ok(cJSON_IsNumber(cJSON_GetObjectItemCaseSensitive(o0, "id_2")),
       "repeated column name becomes id_2");
    is_str(cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(o1, "name")),
           "bad\xef\xbf\xbd\xef\xbf\xbd" "end", "invalid UTF-8 replaced with U+FFFD");
    ok(cJSON_IsNull(cJSON_GetObjectItemCaseSensitive(o1, "score")), "Infinity is null");
    ok(cJSON_IsNull(cJSON_GetObjectItemCaseSensitive(o1, "data")), "NULL is null");
    is_str(cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(o2, "name")),
           "\xe4\xb8\xad\xe6\x96\x87", "CJK text round-trips");
    ok(cJSON_GetNumberValue(cJSON_GetObjectItemCaseSensitive(o2, "score")) == 0.1,
       "0.1 round-trips");
    ok(s && strstr(s, "\"data\":\"n\\u0000ul\"") != NULL, "embedded NUL escaped");
    cJSON_Delete(root);
    ok(s && strncmp(s, "[\n{", 3) == 0 && strcmp(s + strlen(s) - 3, "\n]\n") == 0,
       "array layout: one object per line");
    free(s);

    s = json_of(a, 1, &rc);
    is_int(rc, 0, "NDJSON returns 0");
    int lines = 0, parsed = 1;
    for (char *line = s, *nl; line && (nl = strchr(line, '\n')); line = nl + 1) {
        *nl = '\0';
        cJSON *o = cJSON_Parse(line);
        if (!cJSON_IsObject(o))
            parsed = 0;
        cJSON_Delete(o);
        lines++;
    }
    is_int(lines, 3, "NDJSON: one line per row");
    ok(parsed, "NDJSON: every line is an object");
    free(s);

    /* the embeddable fields */
    a->truncated = 1;
    a->elapsed_ms = 12.3456;
    buf b;
    buf_init(&b);
    buf_addc(&b, '{');
    json_add_answer_fields(&b, a);
    buf_addc(&b, '}');
    root = cJSON_Parse(buf_str(&b));
    ok(cJSON_IsObject(root), "answer fields embed into a valid object");
    cJSON *cols = cJSON_GetObjectItemCaseSensitive(root, "columns");
    is_int(cJSON_GetArraySize(cols), 5, "columns: 5 names");
    is_str(cJSON_GetStringValue(cJSON_GetArrayItem(cols, 4)), "id", "columns keep the real names");
    cJSON *rows = cJSON_GetObjectItemCaseSensitive(root, "rows");
    is_int(cJSON_GetArraySize(rows), 3, "rows: 3 arrays");
    is_int(cJSON_GetArraySize(cJSON_GetArrayItem(rows, 0)), 5, "each row has 5 values");
    ok(cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(root, "truncated")), "truncated: true");
    ok(fabs(cJSON_GetNumberValue(cJSON_GetObjectItemCaseSensitive(root, "elapsed_ms")) - 12.346)
       < 1e-9, "elapsed_ms rounded to microseconds");
    cJSON_Delete(root);
    buf_free(&b);
    dbt_answer_free(a);

    /* empty results */
    static const char *const one[] = { "x" };
    table *t = table_new();
    table_set_columns(t, 1, one, NULL);
    a = answer_new(t, NULL);
    s = json_of(a, 0, &rc);
    is_str(s, "[]\n", "no rows: []");
    free(s);
    s = json_of(a, 1, &rc);
    is_str(s, "", "no rows, NDJSON: nothing");
    free(s);
    buf_init(&b);
    json_add_answer_fields(&b, a);
    is_str(buf_str(&b), "\"columns\":[\"x\"],\"rows\":[],\"truncated\":false,\"elapsed_ms\":0.0",
           "answer fields of an empty answer");
    buf_free(&b);
    dbt_answer_free(a);
}

/* ---- Markdown -------------------------------------------------------------- */

static void test_markdown(void)
{
    static const char *const names[] = { "name", "qty", "price" };
    const dbt_value cells[] = {
        v_text("a|b"), v_int(5), v_real(2.5),
        v_text("line1\nline2"), v_int(-12), v_null(),
        v_text("\xe4\xb8\xad\xe6\x96\x87\x1b[1m"), v_null(), v_real(10),
    };
    dbt_answer *a = ANSWER(names, cells);
    int rc;
    char *s = markdown_of(a, &rc);
    is_int(rc, 0, "export_markdown returns 0");
    is_str(s,
           "| name           | qty | price |\n"
           "| -------------- | --: | ----: |\n"
           "| a\\|b           |   5 |   2.5 |\n"
           "| line1<br>line2 | -12 |       |\n"
           "| \xe4\xb8\xad\xe6\x96\x87\\e[1m      |     |  10.0 |\n",
           "Markdown: pipes escaped, <br>, numbers right-aligned, sanitised, padded");
    free(s);
    dbt_answer_free(a);
}

/* ---- the human table ------------------------------------------------------- */

static void test_format_table(void)
{
    static const char *const names[] = { "city", "orders", "revenue" };
    const dbt_value cells[] = {
        v_text("Z\xc3\xbcrich"), v_int(1234567), v_real(412930.1),
        v_text("\xe6\x9d\xb1\xe4\xba\xac"), v_int(-5), v_null(),
        v_text("Cafe\xcc\x81"), v_null(), v_real(0.456),
    };
    dbt_answer *a = ANSWER(names, cells);
    format_opts u = { 1, 0 }, asc = { 0, 0 };
    char *s = format_table_string(a, &u);
    is_str(s,
           " city   \xe2\x94\x82    orders \xe2\x94\x82    revenue\n"
           "\xe2\x94\x80\xe2\x94\x80\xe2\x94\x80\xe2\x94\x80\xe2\x94\x80\xe2\x94\x80\xe2\x94\x80\xe2\x94\x80"
           "\xe2\x94\xbc"
           "\xe2\x94\x80\xe2\x94\x80\xe2\x94\x80\xe2\x94\x80\xe2\x94\x80\xe2\x94\x80\xe2\x94\x80\xe2\x94\x80"
           "\xe2\x94\x80\xe2\x94\x80\xe2\x94\x80"
           "\xe2\x94\xbc"
           "\xe2\x94\x80\xe2\x94\x80\xe2\x94\x80\xe2\x94\x80\xe2\x94\x80\xe2\x94\x80\xe2\x94\x80\xe2\x94\x80"
           "\xe2\x94\x80\xe2\x94\x80\xe2\x94\x80\n"
           " Z\xc3\xbcrich \xe2\x94\x82 1,234,567 \xe2\x94\x82 412,930.10\n"
           " \xe6\x9d\xb1\xe4\xba\xac   \xe2\x94\x82        -5 \xe2\x94\x82          \xe2\x88\x85\n"
           " Cafe\xcc\x81   \xe2\x94\x82         \xe2\x88\x85 \xe2\x94\x82       0.46\n"
           "(3 rows)\n",
           "UTF-8 table: wide and combining characters align, numbers grouped");
    free(s);

    s = format_table_string(a, &asc);
    is_str(s,
           " city   |    orders |    revenue\n"
           "--------+-----------+-----------\n"
           " Z?rich | 1,234,567 | 412,930.10\n"
           " ????   |        -5 |       NULL\n"
           " Cafe   |      NULL |       0.46\n"
           "(3 rows)\n",
           "ASCII table");
    free(s);

    /* every line has the same display width */
    s = format_table_string(a, &u);
    size_t w0 = 0;
    int same = s != NULL;
    int lineno = 0;
    for (char *line = s, *nl; same && line && (nl = strchr(line, '\n')) && lineno < 5;
         line = nl + 1, lineno++) {
        *nl = '\0';
        size_t w = text_width(line);
        if (lineno == 0)
            w0 = w;
        else if (w != w0)
            same = 0;
    }
    ok(same && w0 == 32, "all lines 32 columns wide");
    free(s);
    dbt_answer_free(a);

    /* shrinking to the terminal width, clipping, hostile text, the footer */
    static const char *const n2[] = { "id", "description", "note" };
    const dbt_value c2[] = {
        v_int(1), v_text("a rather long description that will not fit"), v_text("short"),
        v_int(2), v_text("\x1b]0;pwned\x07" "ok"), v_text("NULL"),
    };
    a = ANSWER(n2, c2);
    a->truncated = 1;
    format_opts narrow = { 1, 30 };
    s = format_table_string(a, &narrow);
    is_str(s,
           " id \xe2\x94\x82 description      \xe2\x94\x82 note\n"
           "\xe2\x94\x80\xe2\x94\x80\xe2\x94\x80\xe2\x94\x80\xe2\x94\xbc"
           "\xe2\x94\x80\xe2\x94\x80\xe2\x94\x80\xe2\x94\x80\xe2\x94\x80\xe2\x94\x80\xe2\x94\x80\xe2\x94\x80"
           "\xe2\x94\x80\xe2\x94\x80\xe2\x94\x80\xe2\x94\x80\xe2\x94\x80\xe2\x94\x80\xe2\x94\x80\xe2\x94\x80"
           "\xe2\x94\x80\xe2\x94\x80\xe2\x94\xbc"
           "\xe2\x94\x80\xe2\x94\x80\xe2\x94\x80\xe2\x94\x80\xe2\x94\x80\xe2\x94\x80\n"
           "  1 \xe2\x94\x82 a rather long d\xe2\x80\xa6 \xe2\x94\x82 short\n"
           "  2 \xe2\x94\x82 \\e]0;pwned\\x07ok \xe2\x94\x82 NULL\n"
           "(2 rows), truncated at 2 rows \xe2\x80\x94 use --max-rows to change\n",
           "narrow terminal: widest text column shrunk and clipped; footer says truncated");
    ok(s && !strchr(s, 0x1b) && !strchr(s, 0x07), "no control character reaches the terminal");
    ok(s && text_width(strtok(s, "\n")) <= 30, "header fits in 30 columns");
    free(s);

    format_opts tiny = { 0, 10 };
    s = format_table_string(a, &tiny);
    ok(s && strstr(s, "| a rathe~ |") != NULL, "columns never shrink below 8");
    free(s);
    dbt_answer_free(a);

    static const char *const n3[] = { "n" };
    const dbt_value c3[] = { v_int(7) };
    a = ANSWER(n3, c3);
    s = format_table_string(a, &asc);
    is_str(s, " n\n--\n 7\n(1 row)\n", "one row: singular footer");
    free(s);
    dbt_answer_free(a);

    table *t = table_new();
    table_set_columns(t, 1, n3, NULL);
    a = answer_new(t, NULL);
    s = format_table_string(a, &asc);
    is_str(s, " n\n--\n(0 rows)\n", "no rows: header, rule, footer");
    free(s);
    dbt_answer_free(a);
}

int main(void)
{
    test_real_string();
    test_format_numbers();
    test_csv();
    test_json_string();
    test_json();
    test_markdown();
    test_format_table();
    return done_testing();
}
