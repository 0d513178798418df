/* postgres_catalog.c: reads a PostgreSQL database's schema from pg_catalog
 * into the catalog: the tables, views, materialized views and foreign
 * tables the user may read in the schemas on the search_path (where
 * --schema put its schemas first), their columns and types, primary keys,
 * single-column foreign keys, estimated row counts and COMMENT ON texts.
 * A name that appears in two schemas is read from the first, as unqualified
 * SQL would. Five queries, whatever the size of the schema. */
#include "db/driver.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "table.h"
#include "sqltext.h"
#include "util.h"

/* Tables small enough to count exactly when the server has no estimate
 * yet (never analysed): pg_relation_size below this many bytes. */
#define EXACT_COUNT_BYTES (16L * 1024 * 1024)

static const dbt_value *cell(const table *t, size_t r, size_t c)
{
    return &t->cells[r * t->ncols + c];
}

static const char *text_of(const dbt_value *v)
{
    return v->type == DBT_TEXT ? v->s : "";
}

static char *text_or_null(const dbt_value *v)
{
    return v->type == DBT_TEXT && v->len ? xstrdup(v->s) : NULL;
}

/* The relations to read, in search_path order; the filter in later queries
 * is "attrelid = ANY(<oids>)". */
#define RELATIONS_SQL \
    "SELECT c.oid, n.nspname, c.relname, c.relkind, c.reltuples::float8, " \
    "       obj_description(c.oid, 'pg_class'), " \
    "       CASE WHEN c.reltuples < 0 AND c.relkind IN ('r', 'm') " \
    "            AND pg_relation_size(c.oid) < %ld THEN 1 ELSE 0 END " \
    "FROM pg_catalog.pg_class c " \
    "JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace " \
    "JOIN unnest(pg_catalog.current_schemas(false)) WITH ORDINALITY AS s(name, ord) " \
    "  ON s.name = n.nspname " \
    "WHERE c.relkind IN ('r', 'v', 'm', 'p', 'f') AND NOT c.relispartition " \
    "  AND pg_catalog.has_any_column_privilege(c.oid, 'SELECT') " \
    "ORDER BY s.ord, c.relname"

typedef struct rel {
    int64_t oid;
    int t;                 /* index in the catalog, -1 when skipped */
} rel;

static int find_rel(const rel *rels, size_t n, int64_t oid)
{
    for (size_t i = 0; i < n; i++)
        if (rels[i].oid == oid)
            return rels[i].t;
    return -1;
}

static int add_columns(driver *d, catalog *cat, const rel *rels, size_t nrels,
                       const char *oids, dbt_error *err)
{
    buf b;
    buf_init(&b);
    buf_printf(&b,
        "SELECT a.attrelid, a.attname, "
        "       CASE WHEN t.typtype = 'd' THEN pg_catalog.format_type(t.typbasetype, t.typtypmod) "
        "            WHEN t.typtype = 'e' THEN 'enum' "
        "            ELSE pg_catalog.format_type(a.atttypid, a.atttypmod) END, "
        "       a.attnotnull, pg_catalog.col_description(a.attrelid, a.attnum) "
        "FROM pg_catalog.pg_attribute a JOIN pg_catalog.pg_type t ON t.oid = a.atttypid "
        "WHERE a.attrelid = ANY('%s'::oid[]) AND a.attnum > 0 AND NOT a.attisdropped "
        "  AND pg_catalog.has_column_privilege(a.attrelid, a.attnum, 'SELECT') "
        "ORDER BY a.attrelid, a.attnum", oids);
    table *t = b.oom ? NULL : table_query(d, buf_str(&b), 0, err);
    buf_free(&b);
    if (!t)
        return b.oom ? err_set(err, DBT_ERR_NOMEM, "out of memory") : -1;
    for (size_t r = 0; r < t->nrows; r++) {
        int ti = find_rel(rels, nrels, cell(t, r, 0)->i);
        if (ti < 0)
            continue;
        cat_column *col = catalog_add_column(&cat->tables[ti], text_of(cell(t, r, 1)),
                                             text_of(cell(t, r, 2)));
        if (!col) {
            table_free(t);
            return err_set(err, DBT_ERR_NOMEM, "out of memory");
        }
        col->notnull = cell(t, r, 3)->i != 0;
        col->comment = text_or_null(cell(t, r, 4));
    }
    table_free(t);
    return 0;
}

static int add_keys(driver *d, catalog *cat, const rel *rels, size_t nrels,
                    const char *oids, dbt_error *err)
{
    buf b;
    buf_init(&b);
    /* contype p: the primary key's columns; f: single-column foreign keys */
    buf_printf(&b,
        "SELECT c.contype, c.conrelid, a.attname, rc.relname, ra.attname "
        "FROM pg_catalog.pg_constraint c "
        "JOIN pg_catalog.pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = ANY(c.conkey) "
        "LEFT JOIN pg_catalog.pg_class rc ON rc.oid = c.confrelid "
        "LEFT JOIN pg_catalog.pg_attribute ra ON ra.attrelid = c.confrelid "
        "  AND ra.attnum = c.confkey[1] "
        "WHERE c.conrelid = ANY('%s'::oid[]) "
        "  AND (c.contype = 'p' OR (c.contype = 'f' AND cardinality(c.conkey) = 1)) "
        "ORDER BY c.conrelid, c.contype DESC, c.conname", oids);
    table *t = b.oom ? NULL : table_query(d, buf_str(&b), 0, err);
    buf_free(&b);
    if (!t)
        return b.oom ? err_set(err, DBT_ERR_NOMEM, "out of memory") : -1;
    for (size_t r = 0; r < t->nrows; r++) {
        int ti = find_rel(rels, nrels, cell(t, r, 1)->i);
        if (ti < 0)
            continue;
        cat_table *tab = &cat->tables[ti];
        int c = catalog_find_column(tab, text_of(cell(t, r, 2)));
        if (c < 0)
            continue;
        cat_column *col = &tab->cols[c];
        if (text_of(cell(t, r, 0))[0] == 'p') {
            col->pk = 1;
        } else if (!col->ref_table) {
            col->ref_table = xstrdup(text_of(cell(t, r, 3)));
            col->ref_column = text_or_null(cell(t, r, 4));
        }
    }
    table_free(t);
    return 0;
}


/* Exact counts for small tables the server has no estimate of yet. */
static int count_small(driver *d, cat_table *tab, dbt_error *err)
{
    buf b;
    buf_init(&b);
    buf_add(&b, "SELECT count(*) FROM ");
    sql_add_quoted(&b, tab->schema ? tab->schema : "public");
    buf_addc(&b, '.');
    sql_add_quoted(&b, tab->name);
    int rc = b.oom ? err_set(err, DBT_ERR_NOMEM, "out of memory")
                   : table_query_count(d, buf_str(&b), &tab->rows, err);
    buf_free(&b);
    return rc;
}

int postgres_load_catalog(driver *d, catalog *cat, dbt_error *err)
{
    char sql[1200];
    snprintf(sql, sizeof sql, RELATIONS_SQL, EXACT_COUNT_BYTES);
    table *list = table_query(d, sql, 0, err);
    if (!list)
        return -1;
    rel *rels = calloc(list->nrows ? list->nrows : 1, sizeof *rels);
    char *small = calloc(list->nrows ? list->nrows : 1, 1);
    buf oids;
    buf_init(&oids);
    buf_addc(&oids, '{');
    int rc = 0;
    if (!rels || !small)
        rc = err_set(err, DBT_ERR_NOMEM, "out of memory");
    size_t nrels = 0;
    for (size_t r = 0; r < list->nrows && rc == 0; r++) {
        const char *schema = text_of(cell(list, r, 1));
        const char *name = text_of(cell(list, r, 2));
        char kind = text_of(cell(list, r, 3))[0];
        rels[nrels].oid = cell(list, r, 0)->i;
        rels[nrels].t = -1;
        if (catalog_find_table(cat, name) >= 0) {
            nrels++;      /* shadowed by the same name earlier on the path */
            continue;
        }
        cat_table *tab = catalog_add_table(cat, name, kind == 'v');
        if (!tab) {
            rc = err_set(err, DBT_ERR_NOMEM, "out of memory");
            break;
        }
        tab->schema = xstrdup(schema);
        tab->comment = text_or_null(cell(list, r, 5));
        const dbt_value *est = cell(list, r, 4);
        double rows = est->type == DBT_REAL ? est->r : est->type == DBT_INT ? (double)est->i : -1;
        tab->rows = kind == 'v' || rows < 0 ? -1 : (int64_t)rows;
        small[cat->ntables - 1] = cell(list, r, 6)->i == 1;
        rels[nrels].t = (int)(cat->ntables - 1);
        buf_printf(&oids, "%s%lld", oids.len > 1 ? "," : "", (long long)rels[nrels].oid);
        nrels++;
    }
    buf_addc(&oids, '}');
    table_free(list);
    if (rc == 0 && oids.oom)
        rc = err_set(err, DBT_ERR_NOMEM, "out of memory");
    if (rc == 0)
        rc = add_columns(d, cat, rels, nrels, buf_str(&oids), err);
    if (rc == 0)
        rc = add_keys(d, cat, rels, nrels, buf_str(&oids), err);
    for (size_t t = 0; t < cat->ntables && rc == 0; t++)
        if (small && small[t])
            rc = count_small(d, &cat->tables[t], err);
    free(rels);
    free(small);
    buf_free(&oids);
    return rc;
}
