/* test_sqlite_driver.c: the SQLite driver is read-only by construction and
 * keeps its limits: authorizer, time limit, cancellation, row cap, types,
 * and clear errors for missing or damaged files. */
#include <stdlib.h>
#include <string.h>
#include "db/driver.h"
#include "table.h"
#include "tap.h"
#include "testdb.h"

static int run(driver *d, const char *sql, long timeout_ms, long max_rows,
               volatile sig_atomic_t *cancel, table **out, dbt_error *err)
{
    table *t = table_new();
    query_limits lim = { timeout_ms, max_rows, cancel };
    row_sink sink = table_sink(t);
    int rc = d->ops->query(d, sql, &lim, &sink, err);
    if (out)
        *out = t;
    else
        table_free(t);
    return rc;
}

int main(void)
{
    const char *path = testdb_create(TESTDB_SHOP);
    size_t len0, len1;
    char *before = testdb_slurp(path, &len0);
    dbt_error err;
    driver *d = sqlite_driver_open(path, &err);
    ok(d != NULL, "opens");
    is_str(d->ops->dialect, "sqlite", "dialect");

    table *t = NULL;
    is_int(run(d, "SELECT id, amount, note, x'00ff' FROM sales ORDER BY id", 0, 0, NULL, &t, &err), 0, "query runs");
    is_int(t->nrows, 5, "all rows");
    is_int(t->cells[0].type, DBT_INT, "integer value");
    is_int(t->cells[1].type, DBT_REAL, "real value");
    is_int(t->cells[2].type, DBT_NULL, "NULL value");
    ok(t->cells[3].type == DBT_BLOB && t->cells[3].len == 2, "blob value");
    is_int(t->types[2], DBT_TEXT, "text column type");
    is_str(t->names[1], "amount", "column name");
    table_free(t);

    is_int(run(d, "SELECT * FROM sales", 0, 3, NULL, &t, &err), 1, "row cap reports truncation");
    is_int(t->nrows, 3, "row cap keeps N rows");
    table_free(t);
    is_int(run(d, "SELECT * FROM sales", 0, 5, NULL, NULL, &err), 0, "cap equal to rows is not truncation");

    const char *endless = "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) "
                          "SELECT count(*) FROM n";
    is_int(run(d, endless, 200, 0, NULL, NULL, &err), -1, "endless query stops");
    is_int(err.code, DBT_ERR_TIMEOUT, "stopped by the time limit");
    ok(strstr(err.message, "--timeout") != NULL, "message says how to allow more");
    volatile sig_atomic_t cancel = 1;
    is_int(run(d, endless, 0, 0, &cancel, NULL, &err), -1, "cancelled query stops");
    is_int(err.code, DBT_ERR_CANCELLED, "stopped by cancellation");

    static const char *const writes[] = {
        "DELETE FROM sales", "UPDATE sales SET amount = 0", "INSERT INTO regions VALUES (9, 'x')",
        "DROP TABLE sales", "CREATE TABLE t2(a)", "ATTACH DATABASE ':memory:' AS m",
        "PRAGMA query_only = 0", "PRAGMA journal_mode = delete", "BEGIN IMMEDIATE",
        "SELECT load_extension('x')", "SELECT fts3_tokenizer('simple')", "VACUUM",
        "SELECT 1; DELETE FROM sales",
    };
    for (size_t i = 0; i < sizeof writes / sizeof *writes; i++) {
        char name[200];
        snprintf(name, sizeof name, "driver refuses: %s", writes[i]);
        ok(run(d, writes[i], 0, 0, NULL, NULL, &err) < 0 && err.code != DBT_OK, name);
        ok(d->ops->check_readonly(d, writes[i], &err) < 0, "  and its read-only check refuses it");
    }
    ok(d->ops->check_readonly(d, "SELECT * FROM sales", &err) == 0, "read-only check passes a SELECT");
    d->ops->close(d);

    char *after = testdb_slurp(path, &len1);
    ok(len0 == len1 && memcmp(before, after, len0) == 0, "database file byte-identical");
    free(before);
    free(after);
    unlink(path);

    ok(sqlite_driver_open("/nonexistent/db.sqlite", &err) == NULL && err.code == DBT_ERR_OPEN,
       "missing file: open error");
    ok(strstr(err.message, "No such file") != NULL, "  says the file is missing");
    ok(sqlite_driver_open("/tmp", &err) == NULL && strstr(err.message, "directory"), "directory refused");
    char junk[] = "/tmp/databot-junk-XXXXXX";
    int fd = mkstemp(junk);
    ok(write(fd, "this is not a database, just some text.........................................................................................", 120) == 120, "junk file written");
    close(fd);
    d = sqlite_driver_open(junk, &err);
    catalog cat = { 0 };
    int rc = d ? d->ops->load_catalog(d, &cat, &err) : -1;
    ok(rc < 0 && strstr(err.message, "not a") != NULL, "corrupt file: clear error");
    printf("# %s\n", err.message);
    catalog_free(&cat);
    if (d)
        d->ops->close(d);
    unlink(junk);
    return done_testing();
}
