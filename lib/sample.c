/* sample.c: distinct sample values per text-like column (see sample.h). */
#include "sample.h"

#include <stdlib.h>
#include <string.h>
#include "sqltext.h"
#include "table.h"
#include "util.h"

static int wants_samples(const cat_column *col)
{
    col_kind k = catalog_kind_of_type(col->decl_type);
    return k == COL_TEXT || k == COL_OTHER || k == COL_DATE || k == COL_DATETIME;
}

/* 'YYYY-MM-DD...' */
static int looks_like_date(const dbt_value *v)
{
    const char *s = v->s;
    if (v->type != DBT_TEXT || v->len < 10)
        return 0;
    for (int i = 0; i < 10; i++)
        if (i == 4 || i == 7 ? s[i] != '-' : (s[i] < '0' || s[i] > '9'))
            return 0;
    return 1;
}

/* Dates need no frequency count, only enough values to tell they are
 * dates: a cheap look at the first few spares a scan of the column. Returns
 * 1 when the column was recognised (and its samples kept), 0 to go on to
 * the full sample, -1 on error. */
static int probe_dates(driver *d, const cat_table *tab, cat_column *col, dbt_error *err)
{
    buf b;
    buf_init(&b);
    buf_add(&b, "SELECT ");
    sql_add_ident(&b, col->name);
    buf_add(&b, " FROM ");
    sql_add_ident(&b, tab->name);
    buf_add(&b, " WHERE ");
    sql_add_ident(&b, col->name);
    buf_add(&b, " IS NOT NULL LIMIT 20");
    table *t = b.oom ? NULL : table_query(d, buf_str(&b), 0, err);
    buf_free(&b);
    if (!t)
        return -1;
    int dates = t->nrows > 0;
    for (size_t r = 0; r < t->nrows && dates; r++)
        dates = looks_like_date(&t->cells[r]);
    if (dates && (col->samples = calloc(t->nrows, sizeof *col->samples)) != NULL) {
        for (size_t r = 0; r < t->nrows; r++)
            if ((col->samples[col->nsamples] = xstrdup(t->cells[r].s)) != NULL)
                col->nsamples++;
    }
    table_free(t);
    return dates && col->samples ? 1 : 0;
}

static int sample_column(driver *d, const cat_table *tab, cat_column *col, dbt_error *err)
{
    int rc = probe_dates(d, tab, col, err);
    if (rc != 0)
        return rc < 0 ? -1 : 0;
    buf b;
    buf_init(&b);
    /* the most frequent values among the first SAMPLE_SCAN_ROWS rows */
    buf_add(&b, "SELECT v, count(*) AS n FROM (SELECT ");
    sql_add_ident(&b, col->name);
    buf_add(&b, " AS v FROM ");
    sql_add_ident(&b, tab->name);
    buf_printf(&b, " LIMIT %d) AS s GROUP BY v ORDER BY n DESC, v LIMIT %d",
               SAMPLE_SCAN_ROWS, SAMPLE_VALUES + 2);
    if (b.oom) {
        buf_free(&b);
        return err_set(err, DBT_ERR_NOMEM, "out of memory");
    }
    table *t = table_query(d, buf_str(&b), 0, err);
    buf_free(&b);
    if (!t)
        return -1;
    col->samples = calloc(t->nrows ? t->nrows : 1, sizeof *col->samples);
    if (!col->samples) {
        table_free(t);
        return err_set(err, DBT_ERR_NOMEM, "out of memory");
    }
    size_t distinct = 0;
    int skipped = 0;
    for (size_t r = 0; r < t->nrows; r++) {
        const dbt_value *v = &t->cells[r * 2];
        if (v->type == DBT_NULL) {
            col->has_nulls = 1;
            continue;
        }
        distinct++;
        if (v->type != DBT_TEXT || v->len > SAMPLE_VALUE_BYTES || strlen(v->s) != v->len ||
            col->nsamples == SAMPLE_VALUES) {
            skipped = 1;
            continue;
        }
        col->samples[col->nsamples] = xstrdup(v->s);
        if (col->samples[col->nsamples])
            col->nsamples++;
    }
    col->samples_complete = !skipped && distinct <= SAMPLE_VALUES &&
                            tab->rows >= 0 && tab->rows <= SAMPLE_SCAN_ROWS;
    table_free(t);
    return 0;
}

int sample_catalog(catalog *cat, driver *d, dbt_error *err)
{
    for (size_t t = 0; t < cat->ntables; t++) {
        cat_table *tab = &cat->tables[t];
        for (size_t c = 0; c < tab->ncols; c++) {
            if (!wants_samples(&tab->cols[c]) || tab->cols[c].pk)
                continue;
            if (sample_column(d, tab, &tab->cols[c], err) < 0)
                return -1;
        }
    }
    return 0;
}
