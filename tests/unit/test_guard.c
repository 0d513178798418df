/* test_guard.c: stage 4, the read-only gate, as data: each SQL with the
 * verdict it must get. Checked against a real SQLite database, whose file
 * must stay byte-identical. */
#include <stdlib.h>
#include <string.h>
#include "catalog.h"
#include "db/driver.h"
#include "guard.h"
#include "tap.h"
#include "util.h"
#include "testdb.h"

static const struct { const char *sql; int allowed; } cases[] = {
    { "SELECT * FROM sales", 1 },
    { "select count(*) from sales s join stores t on t.id = s.store_id", 1 },
    { "WITH x AS (SELECT * FROM sales) SELECT * FROM x", 1 },
    { "SELECT 1 UNION SELECT 2", 1 },
    { "VALUES (1), (2)", 1 },
    { "SELECT strftime('%Y', sold_on) FROM sales", 1 },
    { "SELECT * FROM sales WHERE note GLOB 'b*'", 1 },       /* SQLite-only syntax */
    { "SELECT * FROM big_sales", 1 },
    { "SELECT name FROM sqlite_schema", 1 },
    { "  SELECT 1 ; ", 1 },
    { "SELECT 1; -- trailing comment", 1 },
    { "DELETE FROM sales", 0 },
    { "INSERT INTO sales(id) VALUES (99)", 0 },
    { "UPDATE sales SET amount = 0", 0 },
    { "DROP TABLE sales", 0 },
    { "CREATE TABLE x(a)", 0 },
    { "SELECT 1; DROP TABLE sales", 0 },
    { "SELECT 1; SELECT 2", 0 },
    { "WITH d AS (DELETE FROM sales RETURNING *) SELECT * FROM d", 0 },
    { "SELECT * INTO newtab FROM sales", 0 },
    { "SELECT * FROM sales FOR UPDATE", 0 },
    { "ATTACH DATABASE '/tmp/x.db' AS x", 0 },
    { "PRAGMA query_only = 0", 0 },
    { "PRAGMA writable_schema = 1", 0 },
    { "BEGIN", 0 },
    { "VACUUM", 0 },
    { "SELECT load_extension('/tmp/evil')", 0 },
    { "SELECT fts3_tokenizer('simple')", 0 },
    { "SELECT readfile('/etc/passwd')", 0 },
    { "SELECT pg_read_file('/etc/passwd')", 0 },
    { "SELECT set_config('default_transaction_read_only','off',false)", 0 },
    { "SELECT pg_sleep(10)", 0 },
    { "SELECT * FROM dblink('host=x', 'select 1') AS t(a int)", 0 },
    { "SELECT pg_advisory_lock(1)", 0 },
    { "SELECT * FROM (SELECT * FROM (WITH d AS (UPDATE sales SET amount=1 RETURNING id) SELECT * FROM d) a) b", 0 },
    { "EXPLAIN ANALYZE DELETE FROM sales", 0 },
    { "SELECT * FROM no_such_table", 0 },
    { "", 0 },
    { "   ", 0 },
    { "-- just a comment", 0 },
    { "SELECT * FROM sales WHERE", 0 },
    { "REPLACE INTO sales(id) VALUES (1)", 0 },
    { "INSERT OR REPLACE INTO sales(id) VALUES (1)", 0 },
};

int main(void)
{
    const char *path = testdb_create(TESTDB_SHOP);
    size_t len0, len1;
    char *before = testdb_slurp(path, &len0);
    dbt_error err;
    driver *d = sqlite_driver_open(path, &err);
    catalog cat = { 0 };
    d->ops->load_catalog(d, &cat, &err);
    catalog_finish(&cat);
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        int rc = guard_check(cases[i].sql, &cat, d, &err);
        char name[300];
        snprintf(name, sizeof name, "%s: %s", cases[i].allowed ? "allowed" : "refused", cases[i].sql);
        if (!ok((rc == 0) == cases[i].allowed, name))
            printf("#   message: %s\n", rc ? err.message : "(none)");
        if (rc < 0)
            ok(err.message[0] != '\0', "  with a message");
    }
    guard_check("SELECT pg_read_file('/etc/passwd')", &cat, d, &err);
    ok(strstr(err.message, "pg_read_file") != NULL, "refusal names the function");
    guard_check("SELECT * FROM sales WHERE", &cat, d, &err);
    ok(strstr(err.message, "syntax") != NULL || strstr(err.message, "incomplete") != NULL,
       "syntax error says so");
    guard_check("SELECT * FROM no_such_table", &cat, d, &err);
    ok(strstr(err.message, "no_such_table") != NULL, "unknown table is named");
    /* deep nesting is refused, not crashed on */
    buf b;
    buf_init(&b);
    for (int i = 0; i < 300; i++)
        buf_add(&b, "SELECT * FROM (");
    buf_add(&b, "SELECT 1");
    for (int i = 0; i < 300; i++)
        buf_add(&b, ") AS t");
    ok(guard_check(buf_str(&b), &cat, d, &err) < 0, "300 nested subqueries refused cleanly");
    buf_free(&b);
    catalog_free(&cat);
    d->ops->close(d);
    char *after = testdb_slurp(path, &len1);
    ok(len0 == len1 && memcmp(before, after, len0) == 0, "database file byte-identical");
    free(before);
    free(after);
    unlink(path);
    return done_testing();
}
