/* answers.h: unit-test helper that builds an answer from text: "a|b|c"
 * column names and rows of '|'-separated fields, one per line; integers
 * become INT, other numbers REAL, empty fields NULL, the rest TEXT. */
#ifndef DBT_TEST_ANSWERS_H
#define DBT_TEST_ANSWERS_H

#include <stdlib.h>
#include <string.h>
#include "table.h"
#include "util.h"

__attribute__((unused)) static dbt_answer *answer_from(const char *header, const char *rows)
{
    table *t = table_new();
    char *h = xstrdup(header), *names[32];
    size_t ncols = 0;
    for (char *p = h, *tok; (tok = strsep(&p, "|")) && ncols < 32;)
        names[ncols++] = tok;
    if (!t || table_set_columns(t, ncols, (const char *const *)names, NULL) < 0)
        abort();
    free(h);
    char *all = xstrdup(rows), *line, *lp = all;
    while ((line = strsep(&lp, "\n"))) {
        if (!*line)
            continue;
        dbt_value v[32];
        size_t c = 0;
        for (char *fp = line, *f; (f = strsep(&fp, "|")) && c < ncols; c++) {
            char *end;
            v[c] = (dbt_value){ DBT_TEXT, 0, 0, f, strlen(f) };
            if (!*f) {
                v[c].type = DBT_NULL;
                continue;
            }
            long long i = strtoll(f, &end, 10);
            if (!*end) {
                v[c].type = DBT_INT;
                v[c].i = i;
                continue;
            }
            double r = strtod(f, &end);
            if (!*end) {
                v[c].type = DBT_REAL;
                v[c].r = r;
            }
        }
        for (; c < ncols; c++)
            v[c] = (dbt_value){ DBT_NULL, 0, 0, NULL, 0 };
        if (table_add_row(t, v, NULL) < 0)
            abort();
    }
    free(all);
    return answer_new(t, NULL);
}

#endif
