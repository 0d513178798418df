/* estimate.c: the planner's view of a query before it runs (see
 * estimate.h). Table aliases in SQLite's plan are mapped back to tables
 * through the parse tree (libpg_query); PostgreSQL's JSON plan names the
 * relations itself. */
#include "estimate.h"

#include <cjson/cJSON.h>
#include <pg_query.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "numfmt.h"
#include "table.h"
#include "util.h"

#define ESTIMATE_MAX_DEPTH 200

typedef struct scan_tally {
    int64_t rows;          /* rows read by full scans */
    buf tables;            /* "orders (27,089), order_items (45,335)" */
    int lookups;           /* indexed searches */
    int sorts;             /* temporary b-trees, sorts */
    double total_cost;     /* PostgreSQL's Total Cost of the top plan; -1 unknown */
} scan_tally;

/* The table an alias in the query stands for (or the name itself). */
static const char *alias_table(const cJSON *node, const char *alias, int depth)
{
    if (!node || depth > ESTIMATE_MAX_DEPTH)
        return NULL;
    if (node->string && strcmp(node->string, "RangeVar") == 0) {
        const cJSON *rel = cJSON_GetObjectItemCaseSensitive(node, "relname");
        const cJSON *al = cJSON_GetObjectItemCaseSensitive(
            cJSON_GetObjectItemCaseSensitive(node, "alias"), "aliasname");
        const char *a = cJSON_IsString(al) ? al->valuestring
                        : cJSON_IsString(rel) ? rel->valuestring : NULL;
        if (a && cJSON_IsString(rel) && str_ieq(a, alias))
            return rel->valuestring;
    }
    const cJSON *child;
    cJSON_ArrayForEach(child, node) {
        const char *t = alias_table(child, alias, depth + 1);
        if (t)
            return t;
    }
    return NULL;
}

static void tally_scan(scan_tally *t, const catalog *cat, const char *name)
{
    int ti = catalog_find_table(cat, name);
    int64_t rows = ti >= 0 ? cat->tables[ti].rows : -1;
    if (t->tables.len)
        buf_add(&t->tables, ", ");
    buf_add(&t->tables, ti >= 0 ? cat->tables[ti].name : name);
    if (rows >= 0) {
        t->rows += rows;
        buf_add(&t->tables, " (");
        numfmt_grouped(&t->tables, (double)rows, 0);
        buf_addc(&t->tables, ')');
    }
}

/* SQLite: EXPLAIN QUERY PLAN rows are (id, parent, notused, detail). */
static int sqlite_plan(driver *d, const catalog *cat, const char *sql, scan_tally *t)
{
    buf q;
    buf_init(&q);
    buf_printf(&q, "EXPLAIN QUERY PLAN %s", sql);
    dbt_error err;
    table *plan = q.oom ? NULL : table_query(d, buf_str(&q), 200, &err);
    buf_free(&q);
    if (!plan || plan->ncols < 4) {
        table_free(plan);
        return -1;
    }
    PgQueryParseResult parsed = pg_query_parse(sql);
    cJSON *tree = parsed.error ? NULL : cJSON_Parse(parsed.parse_tree);
    pg_query_free_parse_result(parsed);
    for (size_t r = 0; r < plan->nrows; r++) {
        const dbt_value *v = &plan->cells[r * plan->ncols + 3];
        if (v->type != DBT_TEXT)
            continue;
        char word[128];
        if (sscanf(v->s, "SCAN %127s", word) == 1 && strcmp(word, "CONSTANT") != 0 &&
            word[0] != '(') {
            const char *scanned = alias_table(tree, word, 0);
            tally_scan(t, cat, scanned ? scanned : word);
        } else if (strncmp(v->s, "SEARCH ", 7) == 0) {
            t->lookups++;
        } else if (strstr(v->s, "TEMP B-TREE")) {
            t->sorts++;
        }
    }
    cJSON_Delete(tree);
    table_free(plan);
    return 0;
}

static void pg_walk(const cJSON *node, const catalog *cat, scan_tally *t, int depth)
{
    if (!cJSON_IsObject(node) || depth > ESTIMATE_MAX_DEPTH)
        return;
    const cJSON *type = cJSON_GetObjectItemCaseSensitive(node, "Node Type");
    const cJSON *rel = cJSON_GetObjectItemCaseSensitive(node, "Relation Name");
    if (cJSON_IsString(type) && cJSON_IsString(rel)) {
        if (strcmp(type->valuestring, "Seq Scan") == 0)
            tally_scan(t, cat, rel->valuestring);
        else if (strstr(type->valuestring, "Index"))
            t->lookups++;
    }
    if (cJSON_IsString(type) && (strstr(type->valuestring, "Sort") || strstr(type->valuestring, "Aggregate")))
        t->sorts += strstr(type->valuestring, "Sort") != NULL;
    const cJSON *kids = cJSON_GetObjectItemCaseSensitive(node, "Plans");
    const cJSON *k;
    cJSON_ArrayForEach(k, kids)
        pg_walk(k, cat, t, depth + 1);
}

/* PostgreSQL: EXPLAIN (FORMAT JSON) gives one row: [{"Plan": {...}}]. */
static int pg_plan(driver *d, const catalog *cat, const char *sql, scan_tally *t)
{
    buf q;
    buf_init(&q);
    buf_printf(&q, "EXPLAIN (FORMAT JSON) %s", sql);
    dbt_error err;
    table *plan = q.oom ? NULL : table_query(d, buf_str(&q), 1, &err);
    buf_free(&q);
    if (!plan || plan->nrows != 1 || plan->cells[0].type != DBT_TEXT) {
        table_free(plan);
        return -1;
    }
    cJSON *json = cJSON_Parse(plan->cells[0].s);
    table_free(plan);
    if (!json)
        return -1;
    const cJSON *top = cJSON_GetObjectItemCaseSensitive(cJSON_GetArrayItem(json, 0), "Plan");
    const cJSON *cost = cJSON_GetObjectItemCaseSensitive(top, "Total Cost");
    if (cJSON_IsNumber(cost))
        t->total_cost = cost->valuedouble;
    pg_walk(top, cat, t, 0);
    cJSON_Delete(json);
    return 0;
}

static int has_key(const cJSON *node, const char *key, int depth)
{
    if (!node || depth > ESTIMATE_MAX_DEPTH)
        return 0;
    if (node->string && strcmp(node->string, key) == 0)
        return 1;
    const cJSON *child;
    cJSON_ArrayForEach(child, node)
        if (has_key(child, key, depth + 1))
            return 1;
    return 0;
}

/* A plain "SELECT columns FROM table LIMIT n" (no WHERE, ORDER BY, GROUP
 * BY, DISTINCT, OFFSET, function, subquery, join, WITH or set operation)
 * stops after n rows whatever its plan's full scan says: n, else -1. */
static long long early_stop(const char *sql)
{
    PgQueryParseResult parsed = pg_query_parse(sql);
    cJSON *tree = parsed.error ? NULL : cJSON_Parse(parsed.parse_tree);
    pg_query_free_parse_result(parsed);
    const cJSON *stmts = cJSON_GetObjectItemCaseSensitive(tree, "stmts");
    const cJSON *sel = cJSON_GetArraySize(stmts) == 1
        ? cJSON_GetObjectItemCaseSensitive(
              cJSON_GetObjectItemCaseSensitive(cJSON_GetArrayItem(stmts, 0), "stmt"), "SelectStmt")
        : NULL;
    long long n = -1;
    const cJSON *from = cJSON_GetObjectItemCaseSensitive(sel, "fromClause");
    const cJSON *limit = cJSON_GetObjectItemCaseSensitive(
        cJSON_GetObjectItemCaseSensitive(sel, "limitCount"), "A_Const");
    const cJSON *k;
    int plain = sel && limit && cJSON_GetArraySize(from) == 1 &&
                cJSON_GetObjectItemCaseSensitive(cJSON_GetArrayItem(from, 0), "RangeVar") &&
                !has_key(cJSON_GetObjectItemCaseSensitive(sel, "targetList"), "FuncCall", 0) &&
                !has_key(cJSON_GetObjectItemCaseSensitive(sel, "targetList"), "SubLink", 0);
    cJSON_ArrayForEach(k, sel)
        if (strcmp(k->string, "targetList") && strcmp(k->string, "fromClause") &&
            strcmp(k->string, "limitCount") && strcmp(k->string, "limitOption") &&
            (strcmp(k->string, "op") || !cJSON_IsString(k) || strcmp(k->valuestring, "SETOP_NONE")))
            plain = 0;
    if (plain) {
        const cJSON *iv = cJSON_GetObjectItemCaseSensitive(limit, "ival");
        const cJSON *v = cJSON_GetObjectItemCaseSensitive(iv, "ival");
        if (cJSON_IsObject(iv) && (!v || cJSON_IsNumber(v)))
            n = v ? (long long)v->valuedouble : 0;   /* LIMIT 0 has no ival */
    }
    cJSON_Delete(tree);
    return n;
}

char *estimate_cost(driver *d, const catalog *cat, const char *sql, estimate_numbers *num)
{
    scan_tally t = { 0, { NULL, 0, 0, 0 }, 0, 0, -1 };
    int rc = strcmp(d->ops->dialect, "sqlite") == 0 ? sqlite_plan(d, cat, sql, &t)
                                                    : pg_plan(d, cat, sql, &t);
    long long stop = rc < 0 || !t.tables.len ? -1 : early_stop(sql);
    if (num) {
        num->scan_rows = rc < 0 ? -1 : stop >= 0 && stop < t.rows ? stop : (long long)t.rows;
        num->total_cost = rc < 0 ? -1 : t.total_cost;
    }
    if (rc < 0) {
        buf_free(&t.tables);
        return NULL;
    }
    buf out;
    buf_init(&out);
    if (t.tables.len) {
        buf_add(&out, "reads about ");
        numfmt_grouped(&out, (double)t.rows, 0);
        buf_printf(&out, " rows: full scan of %s", buf_str(&t.tables));
    } else {
        buf_add(&out, "no full table scan");
    }
    if (t.lookups)
        buf_printf(&out, "; %d index search%s", t.lookups, t.lookups == 1 ? "" : "es");
    if (t.sorts)
        buf_printf(&out, "; %d sort%s", t.sorts, t.sorts == 1 ? "" : "s");
    if (stop >= 0 && stop < t.rows) {
        buf_add(&out, "; stops after ");
        numfmt_grouped(&out, (double)stop, 0);
        buf_add(&out, " rows (LIMIT)");
    }
    buf_free(&t.tables);
    return buf_take(&out);
}
