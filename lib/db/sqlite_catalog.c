/* sqlite_catalog.c: reads a SQLite database's schema into the catalog:
 * tables and views, columns with declared types, primary keys, foreign keys
 * and row counts, through the driver's own read-only queries. */
#include "db/driver.h"

#include <stdlib.h>
#include <string.h>
#include "sqltext.h"
#include "table.h"
#include "util.h"

static const dbt_value *cell(const table *t, size_t r, size_t c)
{
    return &t->cells[r * t->ncols + c];
}

static const char *text_of(const dbt_value *v)
{
    return v->type == DBT_TEXT ? v->s : "";
}

/* Run SQL built in b, then reset b. */
static table *fetch(driver *d, buf *b, dbt_error *err)
{
    if (b->oom) {
        err_set(err, DBT_ERR_NOMEM, "out of memory");
        return NULL;
    }
    table *t = table_query(d, buf_str(b), 0, err);
    buf_reset(b);
    return t;
}

/* Run PRAGMA name('table') for tab. */
static table *pragma(driver *d, const char *name, const cat_table *tab, buf *b, dbt_error *err)
{
    buf_add(b, "PRAGMA ");
    buf_add(b, name);
    buf_addc(b, '(');
    sql_add_literal(b, tab->name);
    buf_addc(b, ')');
    return fetch(d, b, err);
}

static int load_columns(driver *d, cat_table *tab, buf *b, dbt_error *err)
{
    /* PRAGMA table_info: cid, name, type, notnull, dflt_value, pk */
    table *t = pragma(d, "table_info", tab, b, err);
    if (!t)
        return -1;
    for (size_t r = 0; r < t->nrows; r++) {
        cat_column *col = catalog_add_column(tab, text_of(cell(t, r, 1)), text_of(cell(t, r, 2)));
        if (!col) {
            table_free(t);
            return err_set(err, DBT_ERR_NOMEM, "out of memory");
        }
        col->notnull = cell(t, r, 3)->i != 0;
        col->pk = cell(t, r, 5)->i != 0;
    }
    table_free(t);
    return 0;
}

/* How many rows of a foreign_key_list result belong to key id. */
static size_t key_parts(const table *t, int64_t id)
{
    size_t n = 0;
    for (size_t r = 0; r < t->nrows; r++)
        n += cell(t, r, 0)->i == id;
    return n;
}

/* Single-column foreign keys only. PRAGMA foreign_key_list:
 * id, seq, table, from, to, on_update, on_delete, match. */
static int load_foreign_keys(driver *d, cat_table *tab, buf *b, dbt_error *err)
{
    table *t = pragma(d, "foreign_key_list", tab, b, err);
    if (!t)
        return -1;
    for (size_t r = 0; r < t->nrows; r++) {
        if (key_parts(t, cell(t, r, 0)->i) != 1)
            continue;
        int c = catalog_find_column(tab, text_of(cell(t, r, 3)));
        if (c < 0 || tab->cols[c].ref_table)
            continue;
        cat_column *col = &tab->cols[c];
        col->ref_table = xstrdup(text_of(cell(t, r, 2)));
        if (cell(t, r, 4)->type == DBT_TEXT)
            col->ref_column = xstrdup(cell(t, r, 4)->s);
    }
    table_free(t);
    return 0;
}

static int load_row_count(driver *d, cat_table *tab, buf *b, dbt_error *err)
{
    buf_add(b, "SELECT count(*) FROM ");
    sql_add_ident(b, tab->name);
    if (b->oom)
        return err_set(err, DBT_ERR_NOMEM, "out of memory");
    int rc = table_query_count(d, buf_str(b), &tab->rows, err);
    buf_reset(b);
    return rc;
}

int sqlite_load_catalog(driver *d, catalog *cat, dbt_error *err)
{
    buf b;
    buf_init(&b);
    buf_add(&b, "SELECT name, type FROM sqlite_schema WHERE type IN ('table', 'view') "
                "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name");
    table *list = fetch(d, &b, err);
    if (!list) {
        buf_free(&b);
        return -1;
    }
    int rc = 0;
    for (size_t r = 0; r < list->nrows && rc == 0; r++) {
        int is_view = strcmp(text_of(cell(list, r, 1)), "view") == 0;
        cat_table *tab = catalog_add_table(cat, text_of(cell(list, r, 0)), is_view);
        if (!tab) {
            rc = err_set(err, DBT_ERR_NOMEM, "out of memory");
            break;
        }
        rc = load_columns(d, tab, &b, err);
        if (rc == 0 && !is_view)
            rc = load_foreign_keys(d, tab, &b, err);
        if (rc == 0 && !is_view)
            rc = load_row_count(d, tab, &b, err);
    }
    table_free(list);
    buf_free(&b);
    return rc;
}
