/* sqlite.c: the SQLite driver, read-only by construction. The file is
 * opened read-only, defensive mode is on, extensions and ATTACH are off, an
 * authorizer allows only reading actions and refuses dangerous functions,
 * and a progress handler enforces the time limit and cancellation. */
#include "db/driver.h"

#include <errno.h>
#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include "util.h"

#define SQLITE_VALUE_MAX (50 * 1000 * 1000)

typedef struct sqlite_driver {
    driver base;
    sqlite3 *db;
    /* limits of the running query, read by the progress handler */
    struct timespec deadline;
    int has_deadline;
    volatile sig_atomic_t *cancel;
    int stopped_by;            /* 0, DBT_ERR_TIMEOUT or DBT_ERR_CANCELLED */
} sqlite_driver;

/* Functions no query may call: they load code, touch files or change how
 * SQLite parses. The authorizer refuses them at prepare time. */
static const char *const denied_functions[] = {
    "load_extension", "fts3_tokenizer", "readfile", "writefile", "edit",
    "fsdir", "zipfile", "sqlar_compress", "sqlar_uncompress", NULL
};

/* Pragmas that only report on the schema; their argument is a name. */
static const char *const read_pragmas[] = {
    "table_info", "table_xinfo", "foreign_key_list", "index_list", "index_info",
    "index_xinfo", "table_list", NULL
};

static int in_list(const char *const *list, const char *name)
{
    for (; name && *list; list++)
        if (str_ieq(*list, name))
            return 1;
    return 0;
}

static int authorize(void *ctx, int action, const char *a1, const char *a2,
                     const char *db, const char *trigger)
{
    (void)ctx, (void)db, (void)trigger;
    switch (action) {
    case SQLITE_SELECT:
    case SQLITE_READ:
    case SQLITE_RECURSIVE:
        return SQLITE_OK;
    case SQLITE_FUNCTION:
        return in_list(denied_functions, a2) ? SQLITE_DENY : SQLITE_OK;
    case SQLITE_PRAGMA:
        return in_list(read_pragmas, a1) ? SQLITE_OK : SQLITE_DENY;
    default:
        return SQLITE_DENY;   /* writes, ATTACH, transactions, schema changes */
    }
}

static int now_past(const struct timespec *deadline)
{
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    return now.tv_sec > deadline->tv_sec ||
           (now.tv_sec == deadline->tv_sec && now.tv_nsec >= deadline->tv_nsec);
}

static int progress(void *ctx)
{
    sqlite_driver *d = ctx;
    if (d->cancel && *d->cancel) {
        d->stopped_by = DBT_ERR_CANCELLED;
        return 1;
    }
    if (d->has_deadline && now_past(&d->deadline)) {
        d->stopped_by = DBT_ERR_TIMEOUT;
        return 1;
    }
    return 0;
}

static void set_limits(sqlite_driver *d, const query_limits *lim)
{
    d->stopped_by = 0;
    d->cancel = lim ? lim->cancel : NULL;
    d->has_deadline = lim && lim->timeout_ms > 0;
    if (d->has_deadline) {
        clock_gettime(CLOCK_MONOTONIC, &d->deadline);
        d->deadline.tv_sec += lim->timeout_ms / 1000;
        d->deadline.tv_nsec += (lim->timeout_ms % 1000) * 1000000L;
        if (d->deadline.tv_nsec >= 1000000000L) {
            d->deadline.tv_sec++;
            d->deadline.tv_nsec -= 1000000000L;
        }
    }
}

/* Turn a failed step or prepare into a message a person can act on. */
static int query_error(sqlite_driver *d, int rc, const query_limits *lim, dbt_error *err)
{
    if (rc == SQLITE_INTERRUPT && d->stopped_by == DBT_ERR_TIMEOUT)
        return err_set(err, DBT_ERR_TIMEOUT,
                       "query stopped after the %.1f s time limit; use --timeout to allow more",
                       lim->timeout_ms / 1000.0);
    if (rc == SQLITE_INTERRUPT)
        return err_set(err, DBT_ERR_CANCELLED, "query cancelled");
    if (rc == SQLITE_AUTH)
        return err_set(err, DBT_ERR_REFUSED,
                       "refused: %s (databot opens databases read-only and runs only reading queries)",
                       sqlite3_errmsg(d->db));
    if (rc == SQLITE_NOTADB || rc == SQLITE_CORRUPT)
        return err_set(err, DBT_ERR_DB, "the database file is damaged or not a SQLite database: %s",
                       sqlite3_errmsg(d->db));
    return err_set(err, DBT_ERR_DB, "%s", sqlite3_errmsg(d->db));
}

/* Is the rest of the text only blanks and comments? */
static int only_trivia(const char *s)
{
    while (*s) {
        if (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r' || *s == '\f' || *s == ';') {
            s++;
        } else if (s[0] == '-' && s[1] == '-') {
            while (*s && *s != '\n')
                s++;
        } else if (s[0] == '/' && s[1] == '*') {
            const char *end = strstr(s + 2, "*/");
            if (!end)
                return 1;
            s = end + 2;
        } else {
            return 0;
        }
    }
    return 1;
}

static int prepare_one(sqlite_driver *d, const char *sql, sqlite3_stmt **st,
                       const query_limits *lim, dbt_error *err)
{
    const char *tail = NULL;
    int rc = sqlite3_prepare_v2(d->db, sql, -1, st, &tail);
    if (rc != SQLITE_OK) {
        query_error(d, rc, lim, err);
        sqlite3_finalize(*st);
        *st = NULL;
        return -1;
    }
    if (!*st)
        return err_set(err, DBT_ERR_REFUSED, "no SQL statement given");
    if (tail && !only_trivia(tail)) {
        sqlite3_finalize(*st);
        *st = NULL;
        return err_set(err, DBT_ERR_REFUSED,
                       "refused: more than one statement; run one SELECT at a time");
    }
    if (!sqlite3_stmt_readonly(*st)) {
        sqlite3_finalize(*st);
        *st = NULL;
        return err_set(err, DBT_ERR_REFUSED, "refused: the statement would write; only reading queries run");
    }
    return 0;
}

static void read_value(sqlite3_stmt *st, int i, dbt_value *v)
{
    memset(v, 0, sizeof *v);
    switch (sqlite3_column_type(st, i)) {
    case SQLITE_INTEGER:
        v->type = DBT_INT;
        v->i = sqlite3_column_int64(st, i);
        break;
    case SQLITE_FLOAT:
        v->type = DBT_REAL;
        v->r = sqlite3_column_double(st, i);
        break;
    case SQLITE_TEXT:
        v->type = DBT_TEXT;
        v->s = (const char *)sqlite3_column_text(st, i);
        v->len = (size_t)sqlite3_column_bytes(st, i);
        break;
    case SQLITE_BLOB:
        v->type = DBT_BLOB;
        v->s = sqlite3_column_blob(st, i);
        v->len = (size_t)sqlite3_column_bytes(st, i);
        break;
    default:
        v->type = DBT_NULL;
    }
}

static int sq_query(driver *base, const char *sql, const query_limits *lim,
                    const row_sink *sink, dbt_error *err)
{
    sqlite_driver *d = (sqlite_driver *)base;
    sqlite3_stmt *st = NULL;
    set_limits(d, lim);
    if (prepare_one(d, sql, &st, lim, err) < 0)
        return -1;
    int ncols = sqlite3_column_count(st);
    const char **names = calloc(ncols ? (size_t)ncols : 1, sizeof *names);
    dbt_value *vals = calloc(ncols ? (size_t)ncols : 1, sizeof *vals);
    int result = -1;
    if (!names || !vals) {
        err_set(err, DBT_ERR_NOMEM, "out of memory");
        goto done;
    }
    for (int i = 0; i < ncols; i++)
        names[i] = sqlite3_column_name(st, i);
    if (sink->columns(sink->ctx, (size_t)ncols, names, err) < 0)
        goto done;
    long rows = 0;
    long cap = lim ? lim->max_rows : 0;
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        if (cap > 0 && rows == cap) {
            result = 1;   /* one row past the cap: truncated */
            goto done;
        }
        for (int i = 0; i < ncols; i++)
            read_value(st, i, &vals[i]);
        if (sink->row(sink->ctx, vals, err) < 0)
            goto done;
        rows++;
    }
    if (rc != SQLITE_DONE) {
        query_error(d, rc, lim, err);
        goto done;
    }
    result = 0;
done:
    free(names);
    free(vals);
    sqlite3_finalize(st);
    return result;
}

static int sq_check_readonly(driver *base, const char *sql, dbt_error *err)
{
    sqlite_driver *d = (sqlite_driver *)base;
    sqlite3_stmt *st = NULL;
    set_limits(d, NULL);
    if (prepare_one(d, sql, &st, NULL, err) < 0)
        return -1;
    sqlite3_finalize(st);
    return 0;
}

static void sq_close(driver *base)
{
    sqlite_driver *d = (sqlite_driver *)base;
    if (!d)
        return;
    sqlite3_close_v2(d->db);
    free(d);
}

static const driver_ops sqlite_ops = {
    "sqlite", sqlite_load_catalog, sq_query, sq_check_readonly, sq_close
};

driver *sqlite_driver_open(const char *path, dbt_error *err)
{
    struct stat sb;
    int is_uri = strncmp(path, "file:", 5) == 0;
    if (!is_uri && stat(path, &sb) < 0) {
        err_set(err, DBT_ERR_OPEN, "cannot open '%s': %s", path, strerror(errno));
        return NULL;
    }
    if (!is_uri && S_ISDIR(sb.st_mode)) {
        err_set(err, DBT_ERR_OPEN, "cannot open '%s': it is a directory, not a database file", path);
        return NULL;
    }
    sqlite_driver *d = calloc(1, sizeof *d);
    if (!d) {
        err_set(err, DBT_ERR_NOMEM, "out of memory");
        return NULL;
    }
    d->base.ops = &sqlite_ops;
    int flags = SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX | (is_uri ? SQLITE_OPEN_URI : 0);
    int rc = sqlite3_open_v2(path, &d->db, flags, NULL);
    if (rc != SQLITE_OK) {
        err_set(err, DBT_ERR_OPEN, "cannot open '%s': %s", path,
                d->db ? sqlite3_errmsg(d->db) : sqlite3_errstr(rc));
        sq_close(&d->base);
        return NULL;
    }
    sqlite3_extended_result_codes(d->db, 0);
    sqlite3_db_config(d->db, SQLITE_DBCONFIG_DEFENSIVE, 1, (int *)NULL);
    sqlite3_db_config(d->db, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0, (int *)NULL);
    sqlite3_db_config(d->db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, (int *)NULL);
    sqlite3_limit(d->db, SQLITE_LIMIT_ATTACHED, 0);
    /* no value over 50 MB: a query cannot build a giant string or blob in
     * one call, which the progress handler could not interrupt */
    sqlite3_limit(d->db, SQLITE_LIMIT_LENGTH, SQLITE_VALUE_MAX);
    sqlite3_busy_timeout(d->db, 2000);
    sqlite3_set_authorizer(d->db, authorize, d);
    sqlite3_progress_handler(d->db, 1000, progress, d);
    return &d->base;
}
