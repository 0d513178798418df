/* table.h: a result table held in memory (column names, typed values) and
 * the dbt_answer that wraps it. Filled row by row through a row_sink, so
 * the same driver call can feed a table or stream to a file.
 * Internal to libdatabot. */
#ifndef DBT_TABLE_H
#define DBT_TABLE_H

#include <stddef.h>
#include "databot.h"
#include "db/driver.h"

typedef struct table {
    size_t ncols, nrows, rowcap;
    char **names;          /* ncols column names */
    dbt_type *types;       /* per column, see dbt_answer_column_type() */
    dbt_value *cells;      /* nrows * ncols, row-major; text points into the arena */
    struct arena_block *arena;
} table;

table *table_new(void);
void table_free(table *t);
/* Set the columns (once, before any row). */
int table_set_columns(table *t, size_t ncols, const char *const *names, dbt_error *err);
/* Append a row: values are copied (text and blobs into the arena). */
int table_add_row(table *t, const dbt_value *values, dbt_error *err);
/* Values for table_add_row: borrowed text (NULL gives SQL NULL), an integer. */
dbt_value value_text(const char *s);
dbt_value value_int(int64_t i);
/* A row_sink that fills t. */
row_sink table_sink(table *t);

struct dbt_answer {
    table *t;
    struct chart *chart;            /* stage 6, or NULL */
    struct insight_list *insights;  /* stage 7, or NULL */
    const char *intent;             /* static, from intent_classify(), or NULL */
    int truncated;
    double elapsed_ms;
    char *sql;             /* NULL for catalog listings */
    char *narrative;       /* --llm-insights: the model's narrative, or NULL */
};

/* Run an internal query (catalog reading, sampling) into a new table;
 * NULL with err filled on failure. max_rows 0 = no cap. */
table *table_query(driver *d, const char *sql, long max_rows, dbt_error *err);

/* Run "SELECT count(*) ..." and store the count in *n (left alone when the
 * result is not one integer); 0, or -1 with err filled. */
int table_query_count(driver *d, const char *sql, int64_t *n, dbt_error *err);

/* Stages 6 and 7: choose the chart and compute the insights (answer.c). */
void answer_analyse(dbt_answer *a, const char *intent);

/* Wrap t (ownership passes to the answer); NULL on no memory (t is freed). */
dbt_answer *answer_new(table *t, const char *sql);

#endif
