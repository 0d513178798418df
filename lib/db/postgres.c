/* postgres.c: the PostgreSQL driver (libpq), read-only by construction.
 * The target goes to libpq as written (URI, conninfo, service=NAME; the PG*
 * environment, ~/.pgpass and pg_service.conf apply by themselves). Every
 * session sets default_transaction_read_only, statement_timeout,
 * lock_timeout, idle_in_transaction_session_timeout and application_name;
 * every query runs in BEGIN READ ONLY ... ROLLBACK through the extended
 * protocol (one statement only), rows stream in single-row mode up to the
 * row cap, and the time limit and cancellation stop the query on the server
 * with PQcancel. A lost connection is reported and re-opened next time. */
#include "db/driver.h"

#include <errno.h>
#include <libpq-fe.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>
#include "sqltext.h"
#include "util.h"

#define PG_LOCK_TIMEOUT_MS 5000          /* waiting for a lock ends a query */
#define PG_IDLE_TX_TIMEOUT_MS 60000      /* a forgotten transaction ends */
#define PG_CONNECT_TIMEOUT "10"          /* seconds, unless the target says */
#define PG_POLL_MS 50                    /* how often a running query checks limits */
#define PG_DRAIN_MS 5000                 /* after a cancel, wait this long at most */

/* Type OIDs from pg_type.dat (stable across versions). */
enum {
    OID_BOOL = 16, OID_BYTEA = 17, OID_INT8 = 20, OID_INT2 = 21, OID_INT4 = 23,
    OID_OID = 26, OID_FLOAT4 = 700, OID_FLOAT8 = 701, OID_NUMERIC = 1700
};

typedef struct pg_driver {
    driver base;
    PGconn *conn;
    PGcancel *cancel;            /* for the current connection */
    long default_timeout_ms;     /* statement_timeout of the session */
    char *search_path;           /* SET search_path for --schema, or NULL */
    int lost;                    /* the connection died: reconnect before the next query */
} pg_driver;

static long elapsed_since(const struct timespec *t0)
{
    struct timespec t1;
    clock_gettime(CLOCK_MONOTONIC, &t1);
    return (long)((t1.tv_sec - t0->tv_sec) * 1000 + (t1.tv_nsec - t0->tv_nsec) / 1000000);
}

/* libpq messages end in a newline and may span lines: keep the first line. */
static void first_line(char *out, size_t n, const char *msg)
{
    if (!msg || !*msg)
        msg = "unknown error";
    size_t len = strcspn(msg, "\n");
    if (len >= n)
        len = n - 1;
    memcpy(out, msg, len);
    out[len] = '\0';
}

int postgres_is_target(const char *target)
{
    if (strncasecmp(target, "postgres://", 11) == 0 || strncasecmp(target, "postgresql://", 13) == 0)
        return 1;
    /* conninfo: "keyword=value ...", e.g. "host=db dbname=shop", "service=prod" */
    const char *p = target;
    while (*p == ' ' || *p == '\t')
        p++;
    const char *k = p;
    while ((*p >= 'a' && *p <= 'z') || *p == '_')
        p++;
    if (p == k)
        return 0;
    while (*p == ' ' || *p == '\t')
        p++;
    return *p == '=';
}

/* Run a statement of our own, waiting at most timeout_ms; 0 on success. */
static int exec_own(pg_driver *d, const char *sql, dbt_error *err)
{
    if (!PQsendQuery(d->conn, sql))
        goto failed;
    struct timespec t0;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    int ok = 1;
    char msg[512] = "";
    for (;;) {
        while (PQisBusy(d->conn)) {
            struct pollfd pfd = { PQsocket(d->conn), POLLIN, 0 };
            if (pfd.fd < 0)
                goto failed;
            if (elapsed_since(&t0) > PG_DRAIN_MS * 2) {
                d->lost = 1;
                return err_set(err, DBT_ERR_DB, "the PostgreSQL server did not answer in time; "
                               "databot will reconnect for the next question");
            }
            if (poll(&pfd, 1, PG_POLL_MS) < 0 && errno != EINTR)
                goto failed;
            if (!PQconsumeInput(d->conn))
                goto failed;
        }
        PGresult *r = PQgetResult(d->conn);
        if (!r)
            break;
        ExecStatusType st = PQresultStatus(r);
        if (st != PGRES_COMMAND_OK && st != PGRES_TUPLES_OK && ok) {
            ok = 0;
            first_line(msg, sizeof msg, PQresultErrorMessage(r));
        }
        PQclear(r);
    }
    if (PQstatus(d->conn) == CONNECTION_BAD)
        goto failed;
    if (!ok)
        return err_set(err, DBT_ERR_DB, "%s", msg);
    return 0;
failed:
    d->lost = 1;
    {
        char m[512];
        first_line(m, sizeof m, PQerrorMessage(d->conn));
        return err_set(err, DBT_ERR_DB, "the connection to the PostgreSQL server was lost (%s); "
                       "databot will reconnect for the next question", m);
    }
}

/* The session settings every connection gets, again after a reconnect. */
static int configure_session(pg_driver *d, dbt_error *err)
{
    buf b;
    buf_init(&b);
    buf_add(&b, "SET default_transaction_read_only = on; ");
    buf_printf(&b, "SET statement_timeout = %ld; ", d->default_timeout_ms);
    buf_printf(&b, "SET lock_timeout = %d; ", PG_LOCK_TIMEOUT_MS);
    buf_printf(&b, "SET idle_in_transaction_session_timeout = %d; ", PG_IDLE_TX_TIMEOUT_MS);
    buf_add(&b, "SET application_name = 'databot'; ");
    if (d->search_path)
        buf_printf(&b, "SET search_path = %s; ", d->search_path);
    int rc = b.oom ? err_set(err, DBT_ERR_NOMEM, "out of memory") : exec_own(d, buf_str(&b), err);
    buf_free(&b);
    PQfreeCancel(d->cancel);
    d->cancel = rc == 0 ? PQgetCancel(d->conn) : NULL;
    return rc;
}

static int reconnect(pg_driver *d, dbt_error *err)
{
    PQreset(d->conn);
    if (PQstatus(d->conn) != CONNECTION_OK) {
        char m[512];
        first_line(m, sizeof m, PQerrorMessage(d->conn));
        return err_set(err, DBT_ERR_DB, "the connection to the PostgreSQL server was lost and "
                       "could not be re-opened: %s", m);
    }
    d->lost = 0;
    if (configure_session(d, err) < 0)
        return -1;
    return 0;
}

/* Digits that carry a numeric's value ("000123.4500" has 5): beyond 15 a
 * double would round it, so such values stay text. */
static int significant_digits(const char *s)
{
    while (*s == '-' || *s == '+' || *s == '0' || *s == '.')
        s++;
    int n = 0, trailing_zeros = 0;
    for (; *s && *s != 'e' && *s != 'E'; s++) {
        if (*s < '0' || *s > '9')
            continue;
        n++;
        trailing_zeros = *s == '0' ? trailing_zeros + 1 : 0;
    }
    return n - trailing_zeros;
}

/* One value of the current row, typed by the column's type. *tofree gets
 * memory to release after the row was handed on. */
static void read_value(const PGresult *r, int col, dbt_value *v, unsigned char **tofree)
{
    memset(v, 0, sizeof *v);
    if (PQgetisnull(r, 0, col))
        return;
    const char *s = PQgetvalue(r, 0, col);
    size_t len = (size_t)PQgetlength(r, 0, col);
    char *end;
    switch (PQftype(r, col)) {
    case OID_INT2: case OID_INT4: case OID_INT8: case OID_OID:
        v->type = DBT_INT;
        v->i = strtoll(s, NULL, 10);
        return;
    case OID_BOOL:
        v->type = DBT_INT;
        v->i = s[0] == 't';
        return;
    case OID_FLOAT4: case OID_FLOAT8: case OID_NUMERIC:
        if (strchr(s, '.') == NULL && strchr(s, 'e') == NULL && len < 19 && len > 0 &&
            PQftype(r, col) == OID_NUMERIC) {
            /* a whole numeric (sum of integers): keep it exact */
            v->type = DBT_INT;
            v->i = strtoll(s, &end, 10);
            if (*end == '\0')
                return;
        }
        if (PQftype(r, col) == OID_NUMERIC && significant_digits(s) > 15)
            break;   /* more digits than a double holds: keep the exact text */
        v->type = DBT_REAL;
        v->r = strtod(s, NULL);
        return;
    case OID_BYTEA: {
        size_t n = 0;
        unsigned char *bytes = PQunescapeBytea((const unsigned char *)s, &n);
        if (bytes) {
            *tofree = bytes;
            v->type = DBT_BLOB;
            v->s = (const char *)bytes;
            v->len = n;
            return;
        }
        break;
    }
    default:
        break;
    }
    v->type = DBT_TEXT;
    v->s = s;
    v->len = len;
}

typedef struct run {
    pg_driver *d;
    const query_limits *lim;
    const row_sink *sink;
    long timeout_ms;
    struct timespec t0;
    int stopped_by;              /* 0, DBT_ERR_TIMEOUT, DBT_ERR_CANCELLED */
    int truncated;               /* cancelled because the row cap was reached */
    int sink_failed;
    int columns_sent;
    long rows;
    dbt_error server;            /* the first error the server sent */
    int server_failed;
    char sqlstate[6];
    dbt_value *vals;
    const char **names;
} run;

static void send_cancel(run *q)
{
    char ebuf[256];
    if (q->d->cancel)
        PQcancel(q->d->cancel, ebuf, sizeof ebuf);
}

static int deliver_columns(run *q, const PGresult *r, dbt_error *err)
{
    int n = PQnfields(r);
    q->names = calloc(n ? (size_t)n : 1, sizeof *q->names);
    q->vals = calloc(n ? (size_t)n : 1, sizeof *q->vals);
    if (!q->names || !q->vals)
        return err_set(err, DBT_ERR_NOMEM, "out of memory");
    for (int i = 0; i < n; i++)
        q->names[i] = PQfname(r, i);
    q->columns_sent = 1;
    return q->sink->columns(q->sink->ctx, (size_t)n, q->names, err);
}

static int deliver_row(run *q, const PGresult *r, dbt_error *err)
{
    int n = PQnfields(r);
    unsigned char **blobs = calloc(n ? (size_t)n : 1, sizeof *blobs);
    if (!blobs)
        return err_set(err, DBT_ERR_NOMEM, "out of memory");
    for (int i = 0; i < n; i++)
        read_value(r, i, &q->vals[i], &blobs[i]);
    int rc = q->sink->row(q->sink->ctx, q->vals, err);
    for (int i = 0; i < n; i++)
        PQfreemem(blobs[i]);
    free(blobs);
    return rc;
}

/* One result of the running query. Returns -1 when the query must stop
 * (the caller cancels it on the server and drains the rest). */
static int take_result(run *q, PGresult *r, dbt_error *err)
{
    ExecStatusType st = PQresultStatus(r);
    if (st == PGRES_SINGLE_TUPLE || st == PGRES_TUPLES_OK) {
        if (!q->columns_sent && deliver_columns(q, r, err) < 0) {
            q->sink_failed = 1;
            return -1;
        }
        if (st == PGRES_TUPLES_OK)
            return 0;
        long cap = q->lim ? q->lim->max_rows : 0;
        if (cap > 0 && q->rows == cap) {
            q->truncated = 1;     /* one row past the cap */
            return -1;
        }
        if (deliver_row(q, r, err) < 0) {
            q->sink_failed = 1;
            return -1;
        }
        q->rows++;
        return 0;
    }
    if (st == PGRES_COMMAND_OK || st == PGRES_EMPTY_QUERY)
        return 0;
    if (!q->server_failed) {
        q->server_failed = 1;
        const char *state = PQresultErrorField(r, PG_DIAG_SQLSTATE);
        snprintf(q->sqlstate, sizeof q->sqlstate, "%s", state ? state : "");
        char m[900];
        first_line(m, sizeof m, PQresultErrorMessage(r));
        const char *prefix = "ERROR:  ";
        const char *text = strncmp(m, prefix, strlen(prefix)) == 0 ? m + strlen(prefix) : m;
        err_set(&q->server, DBT_ERR_DB, "%s", text);
    }
    return 0;
}

/* Wait for and take every result of the running query, honouring the
 * limits. Returns 0 when the exchange finished (errors are in q), -1 when
 * the connection was lost or stopped answering. */
static int pump(run *q, dbt_error *err)
{
    PGconn *c = q->d->conn;
    int stopping = 0;              /* a cancel was sent: drain, deliver nothing */
    struct timespec stop_t0 = q->t0;
    for (;;) {
        while (PQisBusy(c)) {
            if (!stopping) {
                if (q->lim && q->lim->cancel && *q->lim->cancel)
                    q->stopped_by = DBT_ERR_CANCELLED;
                else if (q->timeout_ms > 0 && elapsed_since(&q->t0) >= q->timeout_ms)
                    q->stopped_by = DBT_ERR_TIMEOUT;
                if (q->stopped_by) {
                    send_cancel(q);
                    stopping = 1;
                    clock_gettime(CLOCK_MONOTONIC, &stop_t0);
                }
            } else if (elapsed_since(&stop_t0) > PG_DRAIN_MS) {
                q->d->lost = 1;
                return err_set(err, q->stopped_by ? (dbt_code)q->stopped_by : DBT_ERR_DB,
                               "the PostgreSQL server did not stop the query in time; the "
                               "connection was closed and will be re-opened for the next question");
            }
            struct pollfd pfd = { PQsocket(c), POLLIN, 0 };
            if (pfd.fd < 0)
                goto lost;
            if (poll(&pfd, 1, PG_POLL_MS) < 0 && errno != EINTR)
                goto lost;
            if (!PQconsumeInput(c))
                goto lost;
        }
        PGresult *r = PQgetResult(c);
        if (!r)
            break;
        if (!stopping && take_result(q, r, err) < 0) {
            send_cancel(q);
            stopping = 1;
            clock_gettime(CLOCK_MONOTONIC, &stop_t0);
        } else if (stopping && PQresultStatus(r) == PGRES_FATAL_ERROR && !q->server_failed) {
            q->server_failed = 1;   /* the cancel's own error: expected */
            snprintf(q->sqlstate, sizeof q->sqlstate, "%s",
                     PQresultErrorField(r, PG_DIAG_SQLSTATE) ? PQresultErrorField(r, PG_DIAG_SQLSTATE) : "");
        }
        PQclear(r);
    }
    if (PQstatus(c) == CONNECTION_BAD)
        goto lost;
    return 0;
lost:
    q->d->lost = 1;
    {
        char m[512];
        first_line(m, sizeof m, PQerrorMessage(c));
        return err_set(err, DBT_ERR_DB, "the connection to the PostgreSQL server was lost (%s); "
                       "databot will reconnect for the next question", m);
    }
}

/* Turn what happened into the query's result: 0, 1 (truncated) or -1. */
static int outcome(run *q, dbt_error *err)
{
    if (q->sink_failed)
        return -1;
    if (q->stopped_by == DBT_ERR_CANCELLED)
        return err_set(err, DBT_ERR_CANCELLED, "query cancelled (the server stopped it)");
    if (q->stopped_by == DBT_ERR_TIMEOUT || strcmp(q->sqlstate, "57014") == 0) {
        if (q->truncated)
            return 1;
        if (q->stopped_by == DBT_ERR_TIMEOUT || strstr(q->server.message, "statement timeout"))
            return err_set(err, DBT_ERR_TIMEOUT,
                           "query stopped after the %.1f s time limit; use --timeout to allow more",
                           q->timeout_ms / 1000.0);
        return err_set(err, DBT_ERR_CANCELLED, "query cancelled on the server");
    }
    if (q->truncated)
        return 1;
    if (q->server_failed) {
        if (strcmp(q->sqlstate, "25006") == 0)     /* read_only_sql_transaction */
            return err_set(err, DBT_ERR_REFUSED, "refused by the server: %s (databot runs every "
                           "query in a read-only transaction)", q->server.message);
        if (strcmp(q->sqlstate, "55P03") == 0)     /* lock_not_available */
            return err_set(err, DBT_ERR_DB, "%s: a table is locked by another session; try "
                           "again later", q->server.message);
        if (strcmp(q->sqlstate, "42501") == 0)     /* insufficient_privilege */
            return err_set(err, DBT_ERR_DB, "%s: the database user may not read this; ask "
                           "the database owner for SELECT rights", q->server.message);
        return err_set(err, DBT_ERR_DB, "%s", q->server.message);
    }
    return 0;
}

static int pg_query(driver *base, const char *sql, const query_limits *lim,
                    const row_sink *sink, dbt_error *err)
{
    pg_driver *d = (pg_driver *)base;
    run q;
    memset(&q, 0, sizeof q);
    q.d = d;
    q.lim = lim;
    q.sink = sink;
    q.timeout_ms = lim && lim->timeout_ms > 0 ? lim->timeout_ms : 0;
    long server_timeout = q.timeout_ms ? q.timeout_ms : d->default_timeout_ms;

    if (d->lost && reconnect(d, err) < 0)
        return -1;
    char begin[160];
    snprintf(begin, sizeof begin, "BEGIN READ ONLY; SET LOCAL statement_timeout = %ld",
             server_timeout);
    if (exec_own(d, begin, err) < 0) {
        /* nothing of the query ran yet: a connection that died while idle
         * (a server restart) is re-opened once, quietly */
        if (!d->lost || reconnect(d, err) < 0 || exec_own(d, begin, err) < 0)
            return -1;
    }
    clock_gettime(CLOCK_MONOTONIC, &q.t0);
    int rc;
    /* the extended protocol: one statement only, whatever the text holds */
    if (!PQsendQueryParams(d->conn, sql, 0, NULL, NULL, NULL, NULL, 0)) {
        char m[512];
        first_line(m, sizeof m, PQerrorMessage(d->conn));
        if (PQstatus(d->conn) == CONNECTION_BAD)
            d->lost = 1;
        rc = err_set(err, DBT_ERR_DB, "cannot send the query: %s", m);
    } else {
        PQsetSingleRowMode(d->conn);
        rc = pump(&q, err);
        if (rc == 0)
            rc = outcome(&q, err);
    }
    free(q.names);
    free(q.vals);
    if (!d->lost) {
        dbt_error e2;
        /* advisory locks are the one session state a rollback keeps (a
         * user function may take one): release them all */
        if (exec_own(d, "ROLLBACK; SELECT pg_catalog.pg_advisory_unlock_all()", &e2) < 0 &&
            !d->lost && rc >= 0)
            rc = err_set(err, DBT_ERR_DB, "%s", e2.message);
        if (!d->lost && PQtransactionStatus(d->conn) != PQTRANS_IDLE)
            d->lost = 1;          /* never leave a transaction open: reconnect */
    }
    return rc;
}

static int pg_check_readonly(driver *base, const char *sql, dbt_error *err)
{
    (void)base, (void)sql, (void)err;
    return 0;   /* the guard's parser is PostgreSQL's own grammar */
}

static void pg_close(driver *base)
{
    pg_driver *d = (pg_driver *)base;
    if (!d)
        return;
    PQfreeCancel(d->cancel);
    PQfinish(d->conn);
    free(d->search_path);
    free(d);
}

static const driver_ops postgres_ops = {
    "postgres", postgres_load_catalog, pg_query, pg_check_readonly, pg_close
};

/* Notices (warnings from the server) are not ours to print. */
static void quiet_notices(void *arg, const char *message)
{
    (void)arg, (void)message;
}

static PGconn *connect_with(const char *target, const char *password)
{
    const char *keys[5], *vals[5];
    int n = 0;
    if (!getenv("PGCONNECT_TIMEOUT")) {
        keys[n] = "connect_timeout";
        vals[n++] = PG_CONNECT_TIMEOUT;
    }
    keys[n] = "fallback_application_name";
    vals[n++] = "databot";
    keys[n] = "dbname";          /* expanded: the target's own settings win */
    vals[n++] = target;
    if (password) {
        keys[n] = "password";
        vals[n++] = password;
    }
    keys[n] = NULL;
    vals[n] = NULL;
    return PQconnectdbParams(keys, vals, 1);
}

/* --schema a,b: those schemas first on the search_path, then the rest. */
static int set_schemas(pg_driver *d, const char *schemas, dbt_error *err)
{
    if (!schemas || !*schemas)
        return 0;
    PGresult *r = PQexec(d->conn, "SHOW search_path");
    if (PQresultStatus(r) != PGRES_TUPLES_OK || PQntuples(r) != 1) {
        PQclear(r);
        return err_set(err, DBT_ERR_OPEN, "cannot read the search_path");
    }
    buf b, check;
    buf_init(&b);
    buf_init(&check);
    buf_add(&check, "SELECT s FROM unnest(ARRAY[");
    const char *p = schemas;
    int first = 1;
    while (*p) {
        size_t n = strcspn(p, ",");
        char *name = xstrndup(p, n);
        char *s = name, *e;
        while (s && (*s == ' ' || *s == '\t'))
            s++;
        e = s ? s + strlen(s) : NULL;
        while (e && e > s && (e[-1] == ' ' || e[-1] == '\t'))
            *--e = '\0';
        if (s && *s) {
            if (!first) {
                buf_add(&b, ", ");
                buf_add(&check, ", ");
            }
            buf_addc(&b, '"');
            for (const char *c = s; *c; c++) {
                if (*c == '"')
                    buf_addc(&b, '"');
                buf_addc(&b, *c);
            }
            buf_addc(&b, '"');
            sql_add_literal(&check, s);
            first = 0;
        }
        free(name);
        p += n;
        if (*p == ',')
            p++;
    }
    buf_add(&check, "]::text[]) AS s WHERE s NOT IN (SELECT nspname FROM pg_namespace)");
    int rc = 0;
    if (!first) {
        PGresult *m = PQexec(d->conn, buf_str(&check));
        if (PQresultStatus(m) != PGRES_TUPLES_OK)
            rc = err_set(err, DBT_ERR_OPEN, "cannot check the schemas given with --schema");
        else if (PQntuples(m) > 0)
            rc = err_set(err, DBT_ERR_OPEN, "no schema named '%s' in this database (--schema); "
                         "\\dn in psql lists them", PQgetvalue(m, 0, 0));
        PQclear(m);
        const char *rest = PQgetvalue(r, 0, 0);
        if (rest && *rest) {
            buf_add(&b, ", ");
            buf_add(&b, rest);
        }
        if (rc == 0 && !b.oom)
            d->search_path = buf_take(&b);
    }
    PQclear(r);
    buf_free(&b);
    buf_free(&check);
    return rc;
}

driver *postgres_driver_open(const char *target, const dbt_config *cfg, dbt_error *err)
{
    PGconn *conn = connect_with(target, NULL);
    char password[256] = "";
    if (conn && PQstatus(conn) == CONNECTION_BAD && PQconnectionNeedsPassword(conn) &&
        cfg && cfg->password) {
        const char *user = PQuser(conn), *host = PQhost(conn);
        char prompt[300];
        snprintf(prompt, sizeof prompt, "Password for %s%s%s: ", user ? user : "user",
                 host && host[0] != '/' ? "@" : "", host && host[0] != '/' ? host : "");
        if (cfg->password(cfg->password_ctx, prompt, password, sizeof password) == 0) {
            PQfinish(conn);
            conn = connect_with(target, password);
        }
    }
    if (!conn) {
        err_set(err, DBT_ERR_NOMEM, "out of memory");
        return NULL;
    }
    if (PQstatus(conn) != CONNECTION_OK) {
        char m[700];
        first_line(m, sizeof m, PQerrorMessage(conn));
        if (PQconnectionNeedsPassword(conn) && !password[0])
            err_set(err, DBT_ERR_OPEN, "the PostgreSQL server wants a password: %s (put it in "
                    "~/.pgpass or PGPASSWORD, or run databot on a terminal to be asked)", m);
        else
            err_set(err, DBT_ERR_OPEN, "cannot connect to PostgreSQL: %s", m);
        PQfinish(conn);
        memset(password, 0, sizeof password);
        return NULL;
    }
    memset(password, 0, sizeof password);
    pg_driver *d = calloc(1, sizeof *d);
    if (!d) {
        PQfinish(conn);
        err_set(err, DBT_ERR_NOMEM, "out of memory");
        return NULL;
    }
    d->base.ops = &postgres_ops;
    d->conn = conn;
    d->default_timeout_ms = cfg ? cfg->timeout_ms : 30000;
    PQsetNoticeProcessor(conn, quiet_notices, NULL);
    if (set_schemas(d, cfg ? cfg->schemas : NULL, err) < 0 || configure_session(d, err) < 0) {
        if (err && err->code != DBT_ERR_OPEN) {
            char m[sizeof err->message];
            snprintf(m, sizeof m, "%s", err->message);
            err_set(err, DBT_ERR_OPEN, "cannot set up the PostgreSQL session: %s", m);
        }
        pg_close(&d->base);
        return NULL;
    }
    return &d->base;
}
