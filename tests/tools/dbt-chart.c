/* dbt-chart: a test tool (like git's test-tool) that reads a CSV file
 * into an answer and prints the chart chosen for it, its rendering and
 * the insights: for golden tests and for eyeballing charts.
 *
 *   dbt-chart [--width W] [--height H] [--ascii] [--ansi] [--type T]
 *             [--intent I] [--json] FILE.csv
 *
 * The CSV has a header row; a field that reads entirely as an integer is
 * an INT, as a number a REAL, an empty unquoted field NULL, else TEXT. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "chart.h"
#include "insight.h"
#include "table.h"
#include "util.h"

/* One CSV record into fields (quotes, doubled quotes, CRLF); -1 at EOF. */
static int read_record(FILE *f, buf *fields, size_t *nf, int *quoted, size_t maxf)
{
    int c = getc(f), inq = 0;
    if (c == EOF)
        return -1;
    *nf = 0;
    buf_reset(&fields[0]);
    quoted[0] = 0;
    for (; c != EOF; c = getc(f)) {
        if (inq) {
            if (c == '"') {
                int d = getc(f);
                if (d == '"') {
                    buf_addc(&fields[*nf], '"');
                    continue;
                }
                inq = 0;
                c = d;
                if (c == EOF)
                    break;
            } else {
                buf_addc(&fields[*nf], (char)c);
                continue;
            }
        }
        if (c == '"') {
            inq = 1;
            quoted[*nf] = 1;
        } else if (c == ',') {
            if (*nf + 1 < maxf) {
                (*nf)++;
                buf_reset(&fields[*nf]);
                quoted[*nf] = 0;
            }
        } else if (c == '\n') {
            break;
        } else if (c != '\r') {
            buf_addc(&fields[*nf], (char)c);
        }
    }
    (*nf)++;
    return 0;
}

static dbt_value field_value(const buf *b, int quoted)
{
    dbt_value v = { DBT_TEXT, 0, 0, buf_str(b), b->len };
    const char *s = buf_str(b);
    char *end;
    if (b->len == 0 && !quoted) {
        v.type = DBT_NULL;
        return v;
    }
    if (quoted)
        return v;
    errno = 0;
    long long i = strtoll(s, &end, 10);
    if (*s && !*end && !errno) {
        v.type = DBT_INT;
        v.i = i;
        return v;
    }
    double r = strtod(s, &end);
    if (*s && !*end) {
        v.type = DBT_REAL;
        v.r = r;
    }
    return v;
}

static dbt_answer *read_csv(const char *path, dbt_error *err)
{
    enum { MAXF = 64 };
    buf fields[MAXF];
    int quoted[MAXF];
    size_t nf, ncols;
    dbt_answer *a = NULL;
    FILE *f = fopen(path, "r");
    if (!f) {
        err_set(err, DBT_ERR_IO, "cannot read %s: %s", path, strerror(errno));
        return NULL;
    }
    for (int i = 0; i < MAXF; i++)
        buf_init(&fields[i]);
    table *t = table_new();
    if (!t || read_record(f, fields, &ncols, quoted, MAXF) < 0) {
        err_set(err, DBT_ERR_INPUT, "%s: no header row", path);
        table_free(t);
        goto out;
    }
    const char *names[MAXF];
    for (size_t i = 0; i < ncols; i++)
        names[i] = buf_str(&fields[i]);
    if (table_set_columns(t, ncols, names, err) < 0) {
        table_free(t);
        goto out;
    }
    while (read_record(f, fields, &nf, quoted, MAXF) == 0) {
        dbt_value row[MAXF];
        if (nf == 1 && fields[0].len == 0)
            continue;                       /* a blank line */
        for (size_t i = 0; i < ncols; i++)
            row[i] = i < nf ? field_value(&fields[i], quoted[i]) : (dbt_value){ DBT_NULL, 0, 0, NULL, 0 };
        if (table_add_row(t, row, err) < 0) {
            table_free(t);
            goto out;
        }
    }
    a = answer_new(t, NULL);
    if (!a)
        err_set(err, DBT_ERR_NOMEM, "out of memory");
out:
    for (int i = 0; i < MAXF; i++)
        buf_free(&fields[i]);
    fclose(f);
    return a;
}

static int usage(void)
{
    fprintf(stderr, "usage: dbt-chart [--width W] [--height H] [--ascii] [--ansi] [--type T] "
                    "[--intent I] [--json] FILE.csv\n");
    return 2;
}

int main(int argc, char **argv)
{
    int width = 68, height = 18, utf8 = 1, ansi = 0, json = 0;
    const char *intent = NULL, *path = NULL;
    chart_kind kind = CHART_AUTO;
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--width") && i + 1 < argc)
            width = atoi(argv[++i]);
        else if (!strcmp(argv[i], "--height") && i + 1 < argc)
            height = atoi(argv[++i]);
        else if (!strcmp(argv[i], "--ascii"))
            utf8 = 0;
        else if (!strcmp(argv[i], "--ansi"))
            ansi = 1;
        else if (!strcmp(argv[i], "--json"))
            json = 1;
        else if (!strcmp(argv[i], "--intent") && i + 1 < argc)
            intent = argv[++i];
        else if (!strcmp(argv[i], "--type") && i + 1 < argc) {
            if (chart_kind_parse(argv[++i], &kind) < 0) {
                fprintf(stderr, "dbt-chart: unknown chart type '%s'\n", argv[i]);
                return 2;
            }
        } else if (argv[i][0] == '-' || path)
            return usage();
        else
            path = argv[i];
    }
    if (!path || width < 1 || height < 1)
        return usage();
    dbt_error err;
    dbt_answer *a = read_csv(path, &err);
    if (!a) {
        fprintf(stderr, "dbt-chart: %s\n", err.message);
        return 1;
    }
    chart *c = chart_choose(a, intent, kind, &err);
    if (!c) {
        fprintf(stderr, "dbt-chart: %s\n", err.message);
        dbt_answer_free(a);
        return 1;
    }
    buf out;
    buf_init(&out);
    insight_list *ins = insights_compute(a, NULL);
    if (json) {
        chart_to_json(c, &out);
        buf_addc(&out, '\n');
        insights_to_json(ins, &out);
        buf_addc(&out, '\n');
    } else {
        buf_printf(&out, "chart: %s\n", chart_kind_name(chart_get_kind(c)));
        chart_render(c, width, height, utf8, ansi, &out);
        for (size_t i = 0; i < insights_count(ins); i++)
            buf_printf(&out, "insight: %s\n", insight_sentence(insights_get(ins, i)));
    }
    fputs(buf_str(&out), stdout);
    int rc = out.oom ? 1 : 0;
    buf_free(&out);
    insights_free(ins);
    chart_free(c);
    dbt_answer_free(a);
    return rc;
}
