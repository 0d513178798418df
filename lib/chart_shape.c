/* chart_shape.c: what an answer's columns are for charts and insights:
 * measures (numbers), time (dates, months, quarters, years) and
 * categories (text, ids). Shared by chart_choose.c and insight.c. */
#include "chart.h"

#include <inttypes.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int chart_digits(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (s[i] < '0' || s[i] > '9')
            return 0;
    return 1;
}

static int chart_num_at(const char *s, size_t n)
{
    int v = 0;
    for (size_t i = 0; i < n; i++)
        v = v * 10 + (s[i] - '0');
    return v;
}

static int chart_is_sep(char c)
{
    return c == '-' || c == '/' || c == ' ' || c == '.';
}

/* "Qn" at s: the quarter 1..4, else 0. */
static int chart_quarter(const char *s, size_t len)
{
    if (len >= 2 && (s[0] == 'Q' || s[0] == 'q') && s[1] >= '1' && s[1] <= '4')
        return s[1] - '0';
    return 0;
}

double chart_time_value(const char *s, size_t len, int *ok)
{
    *ok = 0;
    if (!s || len < 4)
        return 0;
    int q;
    if (len == 7 && (q = chart_quarter(s, 2)) && chart_is_sep(s[2]) && chart_digits(s + 3, 4)) {
        *ok = 1;                                           /* Q3 2024 */
        return chart_num_at(s + 3, 4) + (q - 1) / 4.0;
    }
    if (!chart_digits(s, 4))
        return 0;
    double year = chart_num_at(s, 4);
    if (year < 1000)
        return 0;
    if (len == 4) {
        *ok = 1;
        return year;
    }
    size_t p = chart_is_sep(s[4]) ? 5 : 4;
    if (len == p + 2 && (q = chart_quarter(s + p, 2))) {
        *ok = 1;                                           /* 2024-Q3, 2024Q3 */
        return year + (q - 1) / 4.0;
    }
    if (p != 5 || len < 7 || !chart_digits(s + 5, 2))
        return 0;
    int month = chart_num_at(s + 5, 2);
    if (month < 1 || month > 12)
        return 0;
    if (len == 7) {
        *ok = 1;
        return year + (month - 1) / 12.0;
    }
    if (len < 10 || s[7] != s[4] || !chart_digits(s + 8, 2))
        return 0;
    int day = chart_num_at(s + 8, 2);
    if (day < 1 || day > 31 || (len > 10 && s[10] != ' ' && s[10] != 'T'))
        return 0;
    *ok = 1;
    return year + (month - 1) / 12.0 + (day - 1) / 372.0;
}

double chart_value_num(const dbt_value *v)
{
    if (!v)
        return NAN;
    if (v->type == DBT_INT)
        return (double)v->i;
    if (v->type == DBT_REAL && isfinite(v->r))
        return v->r;
    return NAN;
}

char *chart_value_label(const dbt_value *v)
{
    char tmp[64];
    switch (v ? v->type : DBT_NULL) {
    case DBT_TEXT:
        return xstrndup(v->s ? v->s : "", v->s ? v->len : 0);
    case DBT_INT:
        snprintf(tmp, sizeof tmp, "%" PRId64, v->i);
        return xstrdup(tmp);
    case DBT_REAL:
        snprintf(tmp, sizeof tmp, "%g", v->r);
        for (char *p = tmp; *p; p++)
            if (*p == ',')
                *p = '.';           /* whatever the locale's decimal point */
        return xstrdup(tmp);
    case DBT_BLOB:
        return xstrdup("(blob)");
    case DBT_NULL:
        break;
    }
    return xstrdup("NULL");
}

int chart_name_has(const char *name, const char *w)
{
    size_t n = strlen(name), m = strlen(w);
    for (size_t i = 0; i + m <= n; i++) {
        size_t j = 0;
        while (j < m && (name[i + j] | 0x20) == w[j])
            j++;
        if (j == m)
            return 1;
    }
    return 0;
}

int chart_name_additive(const char *name)
{
    static const char *const not_additive[] = {
        "avg", "average", "mean", "median", "rate", "ratio", "pct", "percent",
        "min", "max", "share", "score", "price", "margin", NULL
    };
    if (!name)
        return 1;
    for (size_t i = 0; not_additive[i]; i++)
        if (chart_name_has(name, not_additive[i]))
            return 0;
    return 1;
}

/* A name that reads as an identifier: "id", "user_id", "OrderID". */
static int chart_name_is_id(const char *name)
{
    size_t n = strlen(name);
    if (n < 2)
        return 0;
    if (n == 2)
        return (name[0] | 0x20) == 'i' && (name[1] | 0x20) == 'd';
    return ((name[n - 2] | 0x20) == 'i' && (name[n - 1] | 0x20) == 'd' &&
            (name[n - 3] == '_' || (name[n - 2] == 'I' && name[n - 3] != 'I')));
}

static int chart_name_is_year(const char *name)
{
    return chart_name_has(name, "year") || str_ieq(name, "yr") || str_ieq(name, "fy");
}

static chart_col_role chart_col_classify(const dbt_answer *a, size_t col)
{
    dbt_type t = dbt_answer_column_type(a, col);
    const char *name = dbt_answer_column_name(a, col);
    size_t rows = dbt_answer_rows(a);
    if (t == DBT_NULL || t == DBT_BLOB)
        return CHART_COL_EMPTY;
    if (t == DBT_INT || t == DBT_REAL) {
        if (chart_name_is_id(name))
            return CHART_COL_TEXT;
        if (t == DBT_INT && chart_name_is_year(name)) {
            for (size_t r = 0; r < rows; r++) {
                const dbt_value *v = dbt_answer_value(a, r, col);
                if (v->type == DBT_INT && (v->i < 1000 || v->i > 9999))
                    return CHART_COL_NUMBER;
            }
            return CHART_COL_TIME;
        }
        return CHART_COL_NUMBER;
    }
    size_t seen = 0;
    for (size_t r = 0; r < rows; r++) {
        const dbt_value *v = dbt_answer_value(a, r, col);
        if (v->type == DBT_NULL)
            continue;
        int ok;
        chart_time_value(v->s, v->len, &ok);
        if (!ok)
            return CHART_COL_TEXT;
        seen++;
    }
    return seen ? CHART_COL_TIME : CHART_COL_TEXT;
}

int chart_shape_read(const dbt_answer *a, chart_shape *sh)
{
    memset(sh, 0, sizeof *sh);
    sh->ncols = dbt_answer_columns(a);
    sh->nrows = dbt_answer_rows(a);
    sh->time_col = (size_t)-1;
    sh->role = calloc(sh->ncols ? sh->ncols : 1, sizeof *sh->role);
    if (!sh->role)
        return -1;
    for (size_t c = 0; c < sh->ncols; c++) {
        sh->role[c] = chart_col_classify(a, c);
        if (sh->role[c] == CHART_COL_NUMBER)
            sh->nnum++;
        else if (sh->role[c] == CHART_COL_TEXT)
            sh->ntext++;
        else if (sh->role[c] == CHART_COL_TIME) {
            if (!sh->ntime)
                sh->time_col = c;
            sh->ntime++;
        }
    }
    return 0;
}

void chart_shape_free(chart_shape *sh)
{
    free(sh->role);
    sh->role = NULL;
}
