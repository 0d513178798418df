/* guard.c: stage 4. The SQL is parsed with libpg_query (PostgreSQL's own
 * parser); exactly one statement, a SELECT, is accepted; the whole tree is
 * walked for anything that writes, locks or calls a dangerous function; the
 * tables named must exist. SQLite SQL outside the PostgreSQL grammar, and
 * all SQL for a SQLite database, is also checked by SQLite's own prepare. */
#include "guard.h"

#include <cjson/cJSON.h>
#include <pg_query.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include "util.h"

#define GUARD_MAX_DEPTH 400

/* Functions refused by name (exact) or by prefix (ending in '*'). */
static const char *const denied_functions[] = {
    /* files, programs and extensions */
    "pg_read_file", "pg_read_binary_file", "pg_ls_*", "pg_stat_file", "lo_*",
    "load_extension", "fts3_tokenizer", "readfile", "writefile", "edit", "fsdir",
    /* other servers and SQL given as text */
    "dblink*", "query_to_xml*", "table_to_xml*", "cursor_to_xml*", "database_to_xml*",
    "schema_to_xml*", "query_to_json*", "xpath*",
    /* settings, locks, signals, sequences, replication */
    "set_config", "pg_advisory*", "pg_try_advisory*", "pg_notify", "pg_sleep*",
    "pg_terminate_backend", "pg_cancel_backend", "pg_reload_conf", "pg_rotate_logfile",
    "pg_promote", "pg_switch_wal", "pg_create_*", "pg_drop_*", "pg_replication_*",
    "pg_logical_*", "pg_import_system_collations", "nextval", "setval",
    "txid_current", "pg_current_xact_id", NULL
};

static int function_denied(const char *name)
{
    for (const char *const *p = denied_functions; *p; p++) {
        size_t n = strlen(*p);
        if ((*p)[n - 1] == '*' ? strncasecmp(name, *p, n - 1) == 0 : strcasecmp(name, *p) == 0)
            return 1;
    }
    return 0;
}

/* What a node key means when it appears anywhere in the tree. */
static const char *refusal_for_key(const char *key)
{
    static const struct { const char *key, *why; } table[] = {
        { "InsertStmt", "INSERT writes to the database" },
        { "UpdateStmt", "UPDATE writes to the database" },
        { "DeleteStmt", "DELETE writes to the database" },
        { "MergeStmt", "MERGE writes to the database" },
        { "intoClause", "SELECT INTO creates a table" },
        { "lockingClause", "FOR UPDATE/SHARE locks rows" },
    };
    for (size_t i = 0; i < sizeof table / sizeof *table; i++)
        if (strcmp(key, table[i].key) == 0)
            return table[i].why;
    return NULL;
}

typedef struct walk {
    const catalog *cat;
    const char *dialect;
    char **ctes;            /* names defined by WITH anywhere in the tree */
    size_t nctes;
    const cJSON **rels;     /* RangeVar nodes, checked after the walk */
    size_t nrels, relcap;
} walk;

static const char *string_of(const cJSON *o, const char *key)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, key);
    return cJSON_IsString(v) ? v->valuestring : NULL;
}

/* funcname is a list of {"String":{"sval":...}}; the last part is the name. */
static const char *function_name(const cJSON *funccall)
{
    const cJSON *parts = cJSON_GetObjectItemCaseSensitive(funccall, "funcname");
    const cJSON *last = NULL, *it;
    cJSON_ArrayForEach(it, parts) last = it;
    if (!last)
        return NULL;
    return string_of(cJSON_GetObjectItemCaseSensitive(last, "String"), "sval");
}

static int remember(void ***list, size_t *n, size_t *cap, void *item)
{
    if (*n == *cap) {
        size_t c = *cap ? *cap * 2 : 16;
        void **p = realloc(*list, c * sizeof *p);
        if (!p)
            return -1;
        *list = p;
        *cap = c;
    }
    (*list)[(*n)++] = item;
    return 0;
}

static int visit(walk *w, const cJSON *node, size_t *ctecap, dbt_error *err)
{
    const char *key = node->string;
    if (!key)
        return 0;
    const char *why = refusal_for_key(key);
    if (why)
        return err_set(err, DBT_ERR_REFUSED, "refused: %s; databot runs only read-only queries", why);
    if (!cJSON_IsObject(node))
        return 0;
    if (strcmp(key, "FuncCall") == 0) {
        const char *fn = function_name(node);
        if (fn && function_denied(fn))
            return err_set(err, DBT_ERR_REFUSED,
                           "refused: the function %s() is not allowed (it can reach files, "
                           "settings, locks or other servers)", fn);
    } else if (strcmp(key, "CommonTableExpr") == 0) {
        const char *name = string_of(node, "ctename");
        if (name && remember((void ***)&w->ctes, &w->nctes, ctecap, (void *)name) < 0)
            return err_set(err, DBT_ERR_NOMEM, "out of memory");
    } else if (strcmp(key, "RangeVar") == 0) {
        if (remember((void ***)&w->rels, &w->nrels, &w->relcap, (void *)node) < 0)
            return err_set(err, DBT_ERR_NOMEM, "out of memory");
    }
    return 0;
}

/* Depth-first over every object and array, with an explicit stack. */
static int walk_tree(walk *w, const cJSON *root, dbt_error *err)
{
    const cJSON *stack[GUARD_MAX_DEPTH];
    size_t depth = 0, ctecap = 0;
    stack[depth++] = root;
    int rc = 0;
    while (depth && rc == 0) {
        const cJSON *node = stack[--depth];
        rc = visit(w, node, &ctecap, err);
        const cJSON *child;
        cJSON_ArrayForEach(child, node) {
            if (!cJSON_IsObject(child) && !cJSON_IsArray(child))
                continue;
            if (depth == GUARD_MAX_DEPTH) {
                rc = err_set(err, DBT_ERR_REFUSED, "refused: the query is nested too deeply to check");
                break;
            }
            stack[depth++] = child;
        }
    }
    return rc;
}

static int is_cte(const walk *w, const char *name)
{
    for (size_t i = 0; i < w->nctes; i++)
        if (str_ieq(w->ctes[i], name))
            return 1;
    return 0;
}

static int system_table(const walk *w, const char *schema, const char *name)
{
    if (strcmp(w->dialect, "sqlite") == 0)
        return strncasecmp(name, "sqlite_", 7) == 0;
    return (schema && (str_ieq(schema, "pg_catalog") || str_ieq(schema, "information_schema"))) ||
           strncasecmp(name, "pg_", 3) == 0;
}

static int check_tables(const walk *w, dbt_error *err)
{
    for (size_t i = 0; i < w->nrels; i++) {
        const char *name = string_of(w->rels[i], "relname");
        const char *schema = string_of(w->rels[i], "schemaname");
        if (!name || is_cte(w, name) || system_table(w, schema, name))
            continue;
        if (w->cat && catalog_find_table(w->cat, name) < 0)
            return err_set(err, DBT_ERR_REFUSED,
                           "no table or view named '%s' in this database (\\tables lists them)", name);
    }
    return 0;
}

static int check_tree(const char *json, const catalog *cat, const char *dialect, dbt_error *err)
{
    cJSON *root = cJSON_Parse(json);
    if (!root)
        return err_set(err, DBT_ERR_REFUSED, "refused: the query is too complex to check");
    const cJSON *stmts = cJSON_GetObjectItemCaseSensitive(root, "stmts");
    int n = cJSON_GetArraySize(stmts);
    int rc = 0;
    if (n == 0) {
        rc = err_set(err, DBT_ERR_REFUSED, "no SQL statement given");
    } else if (n > 1) {
        rc = err_set(err, DBT_ERR_REFUSED, "refused: %d statements; run one SELECT at a time", n);
    } else {
        const cJSON *stmt = cJSON_GetObjectItemCaseSensitive(cJSON_GetArrayItem(stmts, 0), "stmt");
        const cJSON *top = stmt ? stmt->child : NULL;
        if (!top || strcmp(top->string, "SelectStmt") != 0) {
            const char *kind = top ? top->string : "statement";
            rc = err_set(err, DBT_ERR_REFUSED,
                         "refused: %.*s is not a query; databot runs only read-only SELECT statements",
                         (int)(strlen(kind) > 4 && strcmp(kind + strlen(kind) - 4, "Stmt") == 0
                                   ? strlen(kind) - 4 : strlen(kind)), kind);
        } else {
            walk w = { cat, dialect, NULL, 0, NULL, 0, 0 };
            rc = walk_tree(&w, top, err);
            if (rc == 0)
                rc = check_tables(&w, err);
            free(w.ctes);
            free(w.rels);
        }
    }
    cJSON_Delete(root);
    return rc;
}

int guard_check(const char *sql, const catalog *cat, driver *d, dbt_error *err)
{
    const char *dialect = d ? d->ops->dialect : "postgres";
    PgQueryParseResult r = pg_query_parse(sql);
    int rc;
    if (r.error) {
        /* SQLite syntax the PostgreSQL grammar does not know (GLOB, some
         * functions): SQLite's own read-only check decides. */
        if (d && strcmp(dialect, "sqlite") == 0)
            rc = 0;
        else
            rc = err_set(err, DBT_ERR_REFUSED, "SQL syntax error: %s (at character %d)",
                         r.error->message, r.error->cursorpos);
    } else {
        rc = check_tree(r.parse_tree, cat, dialect, err);
    }
    pg_query_free_parse_result(r);
    if (rc == 0 && d && strcmp(dialect, "sqlite") == 0)
        rc = d->ops->check_readonly(d, sql, err);
    return rc;
}
