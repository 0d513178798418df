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
    /* EXPLAIN: only of a SELECT, never ANALYZE */
    { "EXPLAIN SELECT * FROM sales", 1 },
    { "EXPLAIN QUERY PLAN SELECT * FROM sales", 1 },       /* SQLite's own */
    { "EXPLAIN ANALYZE SELECT 1", 0 },
    { "EXPLAIN (ANALYZE) SELECT 1", 0 },
    { "EXPLAIN DELETE FROM sales", 0 },
    /* columns are checked where a table is known */
    { "SELECT amount FROM sales", 1 },
    { "SELECT s.amount, t.name FROM sales s JOIN stores t ON t.id = s.store_id", 1 },
    { "SELECT s.amount FROM sales AS s WHERE s.id IN (SELECT id FROM stores WHERE name = 'x')", 1 },
    { "SELECT id, (SELECT count(*) FROM stores t WHERE t.id = s.store_id) FROM sales s", 1 },
    { "SELECT store_id, sum(amount) AS total FROM sales GROUP BY store_id ORDER BY total", 1 },
    { "SELECT x.n FROM (SELECT count(*) AS n FROM sales) x", 1 },
    { "WITH t AS (SELECT store_id AS k FROM sales) SELECT k FROM t", 1 },
    { "SELECT rowid, amount FROM sales", 1 },
    { "SELECT amount FROM big_sales", 1 },
    { "SELECT amont FROM sales", 0 },
    { "SELECT s.amont FROM sales s", 0 },
    { "SELECT t.amount FROM sales s JOIN stores t ON t.id = s.store_id", 0 },
    { "SELECT id FROM sales WHERE store_id IN (SELECT nosuch FROM stores)", 0 },
    { "SELECT * FROM sales WHERE note = \"nothing\"", 0 },
    /* functions: deny lists of both dialects, sized values */
    { "SELECT lo_import('/etc/passwd')", 0 },
    { "SELECT query_to_xml('delete from sales', true, true, '')", 0 },
    { "SELECT nextval('s')", 0 },
    { "SELECT pg_terminate_backend(1)", 0 },
    { "SELECT * FROM fsdir('/')", 0 },
    { "SELECT writefile('/tmp/x', 'y')", 0 },
    { "SELECT zeroblob(2000000000)", 0 },
    { "SELECT length(randomblob(100000000))", 0 },
    { "SELECT length(zeroblob(10))", 1 },
    /* statements that are not queries */
    { "COPY sales TO '/tmp/x'", 0 },
    { "SET x = 1", 0 },
    { "DO $$BEGIN END$$", 0 },
    { "CALL p()", 0 },
    { "LOCK TABLE sales", 0 },
    { "LISTEN x", 0 },
    { "NOTIFY x", 0 },
    { "COMMIT", 0 },
    { "SELECT * FROM pg_authid", 0 },
};

/* Refusals say why: (SQL, a phrase the message must hold). */
static const struct { const char *sql, *says; } messages[] = {
    { "SELECT amont FROM sales", "did you mean 'amount'" },
    { "SELECT * FROM sale", "did you mean 'sales'" },
    { "SELECT * FROM sales WHERE note = \"nothing\"", "single quotes" },
    { "EXPLAIN ANALYZE SELECT 1", "EXPLAIN without ANALYZE" },
    { "SELECT pg_sleep(1)", "makes the server wait" },
    { "SELECT set_config('a', 'b', false)", "settings" },
    { "COPY sales TO '/tmp/x'", "COPY" },
    { "BEGIN", "transaction" },
    { "SELECT * FROM sales FOR UPDATE", "locks rows" },
    { "SELECT * FROM stores", "hidden" },           /* denied below */
    { "SELECT zeroblob(2000000000)", "bytes" },
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
    for (size_t i = 0; i < sizeof messages / sizeof *messages; i++) {
        if (i == sizeof messages / sizeof *messages - 2)
            catalog_deny(&cat, "stores");
        int rc = guard_check(messages[i].sql, &cat, d, &err);
        char name[300];
        snprintf(name, sizeof name, "refusal of %s says '%s'", messages[i].sql, messages[i].says);
        if (!ok(rc < 0 && strstr(err.message, messages[i].says) != NULL, name))
            printf("#   message: %s\n", rc ? err.message : "(accepted)");
    }
    ok(guard_check("SELECT s.amount FROM sales s JOIN stores t ON t.id = s.store_id", &cat, d, &err) < 0,
       "a denied table is refused inside a join");
    ok(guard_check("SELECT * FROM sales WHERE note GLOB 'x*' AND store_id IN (SELECT id FROM stores)",
                   &cat, d, &err) < 0, "a denied table is refused in SQLite-only syntax too");
    ok(catalog_find_table(&cat, "stores") < 0, "a denied table leaves the catalog");
    /* wide is not deep: a long IN list passes */
    buf w;
    buf_init(&w);
    buf_add(&w, "SELECT amount FROM sales WHERE id IN (0");
    for (int i = 1; i < 5000; i++)
        buf_printf(&w, ", %d", i);
    buf_add(&w, ")");
    ok(guard_check(buf_str(&w), &cat, d, &err) == 0, "an IN list of 5000 values is accepted");
    buf_free(&w);
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
