/* test_session.c: the public API end to end on a real database: open,
 * ask, plan from SQL, edit, run, listings, errors. */
#include <stdlib.h>
#include <string.h>
#include "databot.h"
#include "tap.h"
#include "testdb.h"

int main(void)
{
    const char *path = testdb_create(TESTDB_SHOP);
    dbt_error err;
    dbt_config cfg;
    dbt_config_init(&cfg);
    is_int(cfg.max_rows, 10000, "default row cap");
    is_int(cfg.timeout_ms, 30000, "default time limit");

    ok(dbt_open("/no/such/file.db", &cfg, &err) == NULL && err.code == DBT_ERR_OPEN, "missing file");
    cfg.as_of = "2024-02-30";
    ok(dbt_open(path, &cfg, &err) == NULL && err.code == DBT_ERR_USAGE, "invalid --as-of date refused");
    cfg.as_of = "2024-06-30";
    cfg.max_rows = 2;
    dbt_session *s = dbt_open(path, &cfg, &err);
    ok(s != NULL, "opens");
    is_str(dbt_session_dialect(s), "sqlite", "dialect");

    dbt_plan *p = dbt_plan_from_sql(s, "SELECT id, amount FROM sales ORDER BY id", &err);
    ok(p != NULL, "plan from SQL");
    ok(dbt_plan_question(p) == NULL, "SQL plan has no question");
    dbt_answer *a = dbt_run(s, p, &err);
    ok(a != NULL, "runs");
    is_int(dbt_answer_rows(a), 2, "row cap applies");
    ok(dbt_answer_truncated(a), "marked truncated");
    is_int(dbt_answer_columns(a), 2, "columns");
    is_str(dbt_answer_column_name(a, 1), "amount", "column name");
    is_int(dbt_answer_column_type(a, 1), DBT_REAL, "column type");
    is_int(dbt_answer_value(a, 1, 0)->i, 2, "value");
    ok(dbt_answer_value(a, 2, 0) == NULL, "out of range is NULL");
    ok(dbt_answer_elapsed_ms(a) >= 0, "elapsed time");
    dbt_answer_free(a);

    ok(dbt_plan_edit(s, p, "DELETE FROM sales", &err) < 0 && err.code == DBT_ERR_REFUSED, "edit to a write refused");
    is_str(dbt_plan_sql(p), "SELECT id, amount FROM sales ORDER BY id", "refused edit keeps the old SQL");
    ok(dbt_plan_edit(s, p, "SELECT count(*) FROM stores", &err) == 0, "edit accepted");
    a = dbt_run(s, p, &err);
    is_int(a ? dbt_answer_value(a, 0, 0)->i : -1, 3, "edited SQL runs");
    dbt_answer_free(a);
    dbt_plan_free(p);

    p = dbt_plan_from_sql(s, "SELECT * FROM sales s JOIN stores t ON t.id = s.store_id", &err);
    const char *est = p ? dbt_plan_estimate(s, p) : NULL;
    ok(est && strstr(est, "full scan of sales (5)") && strstr(est, "1 index search"),
       "the estimate names the full scan and the index search");
    if (est)
        printf("# %s\n", est);
    ok(p && dbt_plan_estimate(s, p) == est, "the estimate is asked once");
    dbt_plan_free(p);
    p = dbt_plan_from_sql(s, "SELECT * FROM sales WHERE id = 3", &err);
    est = p ? dbt_plan_estimate(s, p) : NULL;
    ok(est && strstr(est, "no full table scan"), "a primary-key lookup reads no whole table");
    dbt_plan_free(p);

    ok(dbt_plan_from_sql(s, "DROP TABLE sales", &err) == NULL && err.code == DBT_ERR_REFUSED, "write refused");
    p = dbt_plan_from_sql(s, "SELECT nosuchcolumn FROM sales", &err);
    ok(p == NULL && err.code == DBT_ERR_REFUSED && strstr(err.message, "nosuchcolumn"),
       "unknown column: refused by the guard, named");
    dbt_plan_free(p);

    p = dbt_ask(s, "how many sales", &err);
    ok(p != NULL, "a simple question is understood");
    if (p) {
        is_str(dbt_plan_question(p), "how many sales", "question kept");
        a = dbt_run(s, p, &err);
        ok(a && dbt_answer_rows(a) == 1 && dbt_answer_value(a, 0, 0)->i == 5, "and answered correctly");
        dbt_answer_free(a);
        dbt_plan_free(p);
    }
    ok(dbt_ask(s, "", &err) == NULL && err.code == DBT_ERR_INPUT, "empty question");
    ok(dbt_ask(s, "colorless green ideas sleep furiously", &err) == NULL &&
       err.code == DBT_ERR_NOT_UNDERSTOOD, "nonsense is not understood");
    printf("# %s\n", err.message);

    a = dbt_list_tables(s, &err);
    is_int(a ? dbt_answer_rows(a) : 0, 4, "\\tables lists tables and views");
    dbt_answer_free(a);
    a = dbt_describe_table(s, "sales", &err);
    is_int(a ? dbt_answer_rows(a) : 0, 5, "\\d sales lists its columns");
    if (a)
        is_str(dbt_answer_value(a, 1, 4)->s, "stores.id", "with the reference");
    dbt_answer_free(a);
    ok(dbt_describe_table(s, "nope", &err) == NULL && strstr(err.message, "nope"), "\\d unknown table");
    const char *const *names = dbt_session_names(s);
    int found = 0;
    for (size_t i = 0; names && names[i]; i++)
        found += strcmp(names[i], "store_id") == 0;
    is_int(found, 1, "completion names hold each column once");

    dbt_cancel(s);
    p = dbt_plan_from_sql(s, "SELECT 1", &err);
    a = dbt_run(s, p, &err);
    ok(a != NULL, "a cancel before a run does not stop the next run");
    dbt_answer_free(a);
    dbt_plan_free(p);
    is_str(dbt_strerror(DBT_ERR_REFUSED), "SQL refused", "strerror");
    dbt_close(s);
    unlink(path);
    return done_testing();
}
