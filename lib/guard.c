/* guard.c: stage 4, the read-only gate. The SQL is parsed with libpg_query
 * (PostgreSQL's own parser); exactly one statement is accepted: a SELECT
 * (WITH, UNION/INTERSECT/EXCEPT, VALUES) or an EXPLAIN of one without
 * ANALYZE. The whole tree is walked for anything that writes or locks
 * (data-modifying CTEs hide at any depth), for denied functions (files,
 * settings, locks, sleeps, signals, sequences, other servers, SQL given as
 * text) and for system tables that hold secrets; then every table and
 * column named must exist and be allowed (guard_names.c). SQL for a SQLite
 * database is also prepared by SQLite itself (read-only check, authorizer);
 * SQLite syntax the PostgreSQL grammar cannot read gets that check plus a
 * scan of its words for denied tables and functions. */
#include "guard.h"

#include <cjson/cJSON.h>
#include <ctype.h>
#include <pg_query.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include "util.h"

#define GUARD_MAX_DEPTH 600          /* JSON levels; a subquery is a few */
#define GUARD_MAX_SQL (1024 * 1024)  /* longer SQL is refused unread */

/* Functions refused by name (exact) or prefix (ending in '*'), with why,
 * for both dialects (a name of one means nothing harmless in the other). */
static const struct { const char *name, *why; } denied_functions[] = {
#define FILES "it reads or writes files on the database server"
    { "pg_read_file", FILES }, { "pg_read_binary_file", FILES }, { "pg_ls_*", FILES },
    { "pg_stat_file", FILES }, { "pg_file_*", FILES }, { "pg_current_logfile", FILES },
    { "lo_*", FILES }, { "loread", FILES }, { "lowrite", FILES },
    { "readfile", FILES }, { "writefile", FILES }, { "edit", FILES }, { "fsdir", FILES },
    { "zipfile", FILES }, { "sqlar_*", FILES },
#define CODE "it loads code into the database"
    { "load_extension", CODE }, { "fts3_tokenizer", "it changes how SQLite reads text and can run code" },
#define TEXTSQL "it runs SQL given as text or reaches another server, out of the guard's sight"
    { "dblink*", TEXTSQL }, { "query_to_xml*", TEXTSQL }, { "query_to_xmlschema", TEXTSQL },
    { "table_to_xml*", TEXTSQL }, { "cursor_to_xml*", TEXTSQL }, { "database_to_xml*", TEXTSQL },
    { "schema_to_xml*", TEXTSQL }, { "eval", TEXTSQL },
#define SETTINGS "it changes server or session settings (databot's read-only setting among them)"
    { "set_config", SETTINGS }, { "pg_reload_conf", SETTINGS }, { "pg_rotate_logfile*", SETTINGS },
    { "pg_stat_reset*", SETTINGS }, { "pg_stat_statements_reset", SETTINGS },
    { "pg_log_backend_memory_contexts", SETTINGS },
    { "pg_advisory*", "it takes a lock that outlives the query" },
    { "pg_try_advisory*", "it takes a lock that outlives the query" },
    { "pg_sleep*", "it only makes the server wait" },
#define SIGNALS "it stops other sessions"
    { "pg_terminate_backend", SIGNALS }, { "pg_cancel_backend", SIGNALS },
    { "pg_signal_backend", SIGNALS },
    { "nextval", "it advances a sequence" }, { "setval", "it changes a sequence" },
    { "pg_notify", "it sends messages to other sessions" },
    { "txid_current", "it starts a writing transaction" },
    { "pg_current_xact_id", "it starts a writing transaction" },
#define ADMIN "it administers the server (replication, WAL, backups, slots)"
    { "pg_promote", ADMIN }, { "pg_switch_wal", ADMIN }, { "pg_create_*", ADMIN },
    { "pg_drop_*", ADMIN }, { "pg_copy_*", ADMIN }, { "pg_replication_*", ADMIN },
    { "pg_logical_*", ADMIN }, { "pg_wal_replay_*", ADMIN }, { "pg_backup_*", ADMIN },
    { "pg_start_backup", ADMIN }, { "pg_stop_backup", ADMIN }, { "pg_export_snapshot", ADMIN },
    { "pg_import_system_collations", ADMIN }, { "binary_upgrade_*", ADMIN },
    { "pg_prewarm", ADMIN },
};

const char *guard_function_denied(const char *name)
{
    for (size_t i = 0; i < sizeof denied_functions / sizeof *denied_functions; i++) {
        const char *p = denied_functions[i].name;
        size_t n = strlen(p);
        if (p[n - 1] == '*' ? strncasecmp(name, p, n - 1) == 0 : strcasecmp(name, p) == 0)
            return denied_functions[i].why;
    }
    return NULL;
}

/* System relations no query may read, whatever the user's rights. */
static const char *const secret_relations[] = {
    "pg_authid", "pg_shadow", "pg_user_mapping", "pg_user_mappings", "pg_statistic",
    "pg_statistic_ext_data", "pg_stats", "pg_stats_ext", "pg_stats_ext_exprs",
    "pg_largeobject", "pg_largeobject_metadata", "pg_file_settings", "pg_hba_file_rules",
    "pg_ident_file_mappings", "pg_config", NULL
};

int guard_secret_relation(const char *name)
{
    for (const char *const *p = secret_relations; *p; p++)
        if (strcasecmp(*p, name) == 0)
            return 1;
    return 0;
}

/* What a node key means when it appears anywhere in the tree. */
static const char *refusal_for_key(const char *key)
{
    static const struct { const char *key, *why; } table[] = {
        { "InsertStmt", "it contains an INSERT, which writes to the database" },
        { "UpdateStmt", "it contains an UPDATE, which writes to the database" },
        { "DeleteStmt", "it contains a DELETE, which writes to the database" },
        { "MergeStmt", "it contains a MERGE, which writes to the database" },
        { "intoClause", "SELECT INTO creates a table; drop the INTO clause" },
        { "lockingClause", "FOR UPDATE/SHARE locks rows; drop the FOR ... clause" },
    };
    for (size_t i = 0; i < sizeof table / sizeof *table; i++)
        if (strcmp(key, table[i].key) == 0)
            return table[i].why;
    return NULL;
}

/* Why a top-level statement other than SELECT is refused. */
static const char *refusal_for_statement(const char *kind)
{
    static const struct { const char *prefix, *why; } table[] = {
        { "InsertStmt", "INSERT writes to the database" },
        { "UpdateStmt", "UPDATE writes to the database" },
        { "DeleteStmt", "DELETE writes to the database" },
        { "MergeStmt", "MERGE writes to the database" },
        { "TruncateStmt", "TRUNCATE empties tables" },
        { "CopyStmt", "COPY reads or writes files and programs on the server" },
        { "VariableSetStmt", "SET changes session settings (databot's read-only setting among them)" },
        { "VariableShowStmt", "SHOW is not a query; use SELECT current_setting('name')" },
        { "TransactionStmt", "transaction control is databot's own: every query runs in a "
                             "read-only transaction that is rolled back" },
        { "DoStmt", "DO runs procedural code" },
        { "CallStmt", "CALL runs a procedure, which may write" },
        { "LockStmt", "LOCK locks tables" },
        { "ListenStmt", "LISTEN waits for messages from other sessions" },
        { "UnlistenStmt", "UNLISTEN is session state, not a query" },
        { "NotifyStmt", "NOTIFY sends messages to other sessions" },
        { "PrepareStmt", "PREPARE stores a statement in the session" },
        { "ExecuteStmt", "EXECUTE runs a stored statement the guard cannot see" },
        { "DeallocateStmt", "DEALLOCATE is session state, not a query" },
        { "DeclareCursorStmt", "cursors are databot's own business" },
        { "FetchStmt", "cursors are databot's own business" },
        { "ClosePortalStmt", "cursors are databot's own business" },
        { "LoadStmt", "LOAD loads code into the server" },
        { "VacuumStmt", "VACUUM and ANALYZE maintain tables" },
        { "ReindexStmt", "REINDEX rebuilds indexes" },
        { "ClusterStmt", "CLUSTER rewrites a table" },
        { "CheckPointStmt", "CHECKPOINT is server administration" },
        { "DiscardStmt", "DISCARD is session state, not a query" },
        { "RefreshMatViewStmt", "REFRESH MATERIALIZED VIEW rewrites a view" },
        { "Grant", "GRANT/REVOKE change privileges" },
        { "CreateRoleStmt", "roles are administration" },
        { "AlterRoleStmt", "roles are administration" },
        { "DropRoleStmt", "roles are administration" },
        { "CreateTableAsStmt", "CREATE TABLE AS creates a table" },
        { "Create", "CREATE changes the schema" },
        { "Alter", "ALTER changes the schema" },
        { "Drop", "DROP removes objects" },
        { "Comment", "COMMENT ON changes the schema" },
        { "Rename", "RENAME changes the schema" },
        { "Index", "CREATE INDEX changes the schema" },
        { "Rule", "rules change the schema" },
        { "Secur", "security labels change the schema" },
        { "Import", "IMPORT FOREIGN SCHEMA changes the schema" },
    };
    for (size_t i = 0; i < sizeof table / sizeof *table; i++)
        if (strncmp(kind, table[i].prefix, strlen(table[i].prefix)) == 0)
            return table[i].why;
    return NULL;
}

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

/* Functions that build a value as large as their argument says. */
static const char *const sized_functions[] = {
    "repeat", "lpad", "rpad", "randomblob", "zeroblob", "space", NULL
};
#define GUARD_MAX_BUILT 10000000L    /* bytes one such call may ask for */

/* A constant argument of a sized function asking for a huge value. */
static long huge_argument(const cJSON *funccall, const char *fn)
{
    const char *const *p = sized_functions;
    while (*p && strcasecmp(*p, fn) != 0)
        p++;
    if (!*p)
        return 0;
    const cJSON *arg;
    cJSON_ArrayForEach(arg, cJSON_GetObjectItemCaseSensitive(funccall, "args")) {
        const cJSON *c = cJSON_GetObjectItemCaseSensitive(arg, "A_Const");
        const cJSON *iv = cJSON_GetObjectItemCaseSensitive(
            cJSON_GetObjectItemCaseSensitive(c, "ival"), "ival");
        const cJSON *fv = cJSON_GetObjectItemCaseSensitive(
            cJSON_GetObjectItemCaseSensitive(c, "fval"), "fval");
        double v = cJSON_IsNumber(iv) ? iv->valuedouble
                 : cJSON_IsString(fv) ? strtod(fv->valuestring, NULL) : 0;
        if (v > GUARD_MAX_BUILT)
            return v > 9e18 ? (long)9e18 : (long)v;
    }
    return 0;
}

static int visit(const cJSON *node, const char *dialect, dbt_error *err)
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
        if (fn && (why = guard_function_denied(fn)))
            return err_set(err, DBT_ERR_REFUSED,
                           "refused: the function %s() is not allowed: %s; write the query "
                           "without it", fn, why);
        long n = fn ? huge_argument(node, fn) : 0;
        if (n)
            return err_set(err, DBT_ERR_REFUSED,
                           "refused: %s(..., %ld) would build a value of %ld bytes; databot "
                           "allows at most %ld", fn, n, n, GUARD_MAX_BUILT);
    } else if (strcmp(key, "RangeVar") == 0 && strcmp(dialect, "sqlite") != 0) {
        const char *rel = string_of(node, "relname");
        const char *schema = string_of(node, "schemaname");
        if (rel && guard_secret_relation(rel) &&
            (!schema || str_ieq(schema, "pg_catalog")))
            return err_set(err, DBT_ERR_REFUSED,
                           "refused: the system table %s holds passwords, server files or "
                           "samples of other tables' data; databot does not read it", rel);
    }
    return 0;
}

/* Depth-first over every object and array, iteratively, depth bounded. */
static int walk_tree(const cJSON *root, const char *dialect, dbt_error *err)
{
    typedef struct { const cJSON *node; int depth; } item;
    size_t cap = 256, n = 0;
    item *stack = malloc(cap * sizeof *stack);
    if (!stack)
        return err_set(err, DBT_ERR_NOMEM, "out of memory");
    stack[n++] = (item){ root, 0 };
    int rc = 0;
    while (n && rc == 0) {
        item it = stack[--n];
        rc = visit(it.node, dialect, err);
        const cJSON *child;
        cJSON_ArrayForEach(child, it.node) {
            if (rc)
                break;
            if (!cJSON_IsObject(child) && !cJSON_IsArray(child))
                continue;
            if (it.depth + 1 > GUARD_MAX_DEPTH) {
                rc = err_set(err, DBT_ERR_REFUSED,
                             "refused: the query is nested too deeply to check; simplify it");
                break;
            }
            if (n == cap) {
                item *s = realloc(stack, cap * 2 * sizeof *s);
                if (!s) {
                    rc = err_set(err, DBT_ERR_NOMEM, "out of memory");
                    break;
                }
                stack = s;
                cap *= 2;
            }
            stack[n++] = (item){ child, it.depth + 1 };
        }
    }
    free(stack);
    return rc;
}

/* EXPLAIN is a query when it wraps one and does not run it (ANALYZE). */
static const cJSON *explained_select(const cJSON *explain, dbt_error *err)
{
    const cJSON *opt;
    cJSON_ArrayForEach(opt, cJSON_GetObjectItemCaseSensitive(explain, "options")) {
        const char *name = string_of(cJSON_GetObjectItemCaseSensitive(opt, "DefElem"), "defname");
        if (name && strcmp(name, "analyze") == 0) {
            err_set(err, DBT_ERR_REFUSED, "refused: EXPLAIN ANALYZE runs the statement it "
                    "explains; use EXPLAIN without ANALYZE, or run the SELECT itself");
            return NULL;
        }
    }
    const cJSON *q = cJSON_GetObjectItemCaseSensitive(explain, "query");
    const cJSON *sel = q ? q->child : NULL;
    if (!sel || !sel->string || strcmp(sel->string, "SelectStmt") != 0) {
        err_set(err, DBT_ERR_REFUSED, "refused: EXPLAIN of anything but a SELECT; databot runs "
                "only read-only queries");
        return NULL;
    }
    return sel;
}

static int refuse_statement(const char *kind, dbt_error *err)
{
    const char *why = refusal_for_statement(kind);
    size_t n = strlen(kind);
    if (n > 4 && strcmp(kind + n - 4, "Stmt") == 0)
        n -= 4;
    if (why)
        return err_set(err, DBT_ERR_REFUSED, "refused: %s; databot runs only read-only SELECT "
                       "queries", why);
    return err_set(err, DBT_ERR_REFUSED, "refused: %.*s is not a query; databot runs only "
                   "read-only SELECT queries", (int)n, kind);
}

static int check_tree(const char *json, const char *sql, const catalog *cat, const char *dialect,
                      dbt_error *err)
{
    cJSON *root = cJSON_Parse(json);
    if (!root)
        return err_set(err, DBT_ERR_REFUSED, "refused: the query is too complex to check; "
                       "simplify it");
    const cJSON *stmts = cJSON_GetObjectItemCaseSensitive(root, "stmts");
    int n = cJSON_GetArraySize(stmts);
    int rc = 0;
    if (n == 0) {
        rc = err_set(err, DBT_ERR_REFUSED, "no SQL statement given");
    } else if (n > 1) {
        rc = err_set(err, DBT_ERR_REFUSED, "refused: %d statements; databot runs one SELECT "
                     "at a time", n);
    } else {
        const cJSON *stmt = cJSON_GetObjectItemCaseSensitive(cJSON_GetArrayItem(stmts, 0), "stmt");
        const cJSON *top = stmt ? stmt->child : NULL;
        if (top && top->string && strcmp(top->string, "ExplainStmt") == 0) {
            top = explained_select(top, err);
            if (!top)
                rc = -1;
        } else if (!top || !top->string || strcmp(top->string, "SelectStmt") != 0) {
            rc = refuse_statement(top && top->string ? top->string : "statement", err);
        }
        if (rc == 0)
            rc = walk_tree(top, dialect, err);
        if (rc == 0 && cat)
            rc = guard_check_names(top, sql, cat, dialect, err);
    }
    cJSON_Delete(root);
    return rc;
}

/* SQLite SQL the PostgreSQL grammar cannot read: its words must name no
 * denied table or function (SQLite's prepare checks the rest). */
static int scan_words(const char *sql, const catalog *cat, dbt_error *err)
{
    const char *p = sql;
    while (*p) {
        if (*p == '\'') {                     /* skip string literals */
            for (p++; *p; p++) {
                if (*p == '\'' && p[1] == '\'')
                    p++;
                else if (*p == '\'')
                    break;
            }
            if (*p)
                p++;
            continue;
        }
        char quote = *p == '"' || *p == '`' || *p == '[' ? (*p == '[' ? ']' : *p) : 0;
        const char *s = quote ? p + 1 : p;
        const char *e = s;
        if (quote) {
            while (*e && *e != quote)
                e++;
        } else {
            while (isalnum((unsigned char)*e) || *e == '_' || (unsigned char)*e >= 0x80)
                e++;
        }
        if (e == s) {
            p++;
            continue;
        }
        char *word = xstrndup(s, (size_t)(e - s));
        p = quote && *e ? e + 1 : e;
        if (!word)
            return err_set(err, DBT_ERR_NOMEM, "out of memory");
        const char *q = p;
        while (isspace((unsigned char)*q))
            q++;
        const char *why = *q == '(' ? guard_function_denied(word) : NULL;
        int denied = cat && catalog_is_denied(cat, NULL, word);
        int rc = 0;
        if (why)
            rc = err_set(err, DBT_ERR_REFUSED, "refused: the function %s() is not allowed: %s; "
                         "write the query without it", word, why);
        else if (denied)
            rc = err_set(err, DBT_ERR_REFUSED, "refused: the table '%s' is hidden (--deny-table); "
                         "ask about other tables", word);
        free(word);
        if (rc)
            return rc;
    }
    return 0;
}

int guard_check(const char *sql, const catalog *cat, driver *d, dbt_error *err)
{
    const char *dialect = d ? d->ops->dialect : "postgres";
    if (!sql)
        return err_set(err, DBT_ERR_REFUSED, "no SQL statement given");
    if (strlen(sql) > GUARD_MAX_SQL)
        return err_set(err, DBT_ERR_REFUSED, "refused: the SQL is longer than %d KB; databot "
                       "checks and runs shorter queries only", GUARD_MAX_SQL / 1024);
    PgQueryParseResult r = pg_query_parse(sql);
    int rc;
    if (r.error) {
        /* SQLite syntax the PostgreSQL grammar does not know (GLOB, REPLACE
         * INTO, some functions): SQLite's own read-only check decides. */
        if (d && strcmp(dialect, "sqlite") == 0) {
            rc = scan_words(sql, cat, err);
        } else {
            int pos = r.error->cursorpos;
            if (pos > 0 && (size_t)pos <= strlen(sql)) {
                const char *at = sql + pos - 1;
                rc = err_set(err, DBT_ERR_REFUSED, "SQL syntax error: %s at character %d "
                             "(near \"%.20s\"); correct the SQL and try again",
                             r.error->message, pos, at);
            } else {
                rc = err_set(err, DBT_ERR_REFUSED, "SQL syntax error: %s; correct the SQL and "
                             "try again", r.error->message);
            }
        }
    } else {
        rc = check_tree(r.parse_tree, sql, cat, dialect, err);
    }
    pg_query_free_parse_result(r);
    if (rc == 0 && d && strcmp(dialect, "sqlite") == 0)
        rc = d->ops->check_readonly(d, sql, err);
    return rc;
}
