/* test_audit.c: the audit log (audit.c) and the scan limit through the
 * public API: lines written where the session says, mode 0600, valid
 * fields, outcomes; a plan over max_scan_rows refused by dbt_run until
 * allowed. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "audit.h"
#include "databot.h"
#include "tap.h"
#include "util.h"
#include "testdb.h"

static int count_lines(const char *s)
{
    int n = 0;
    for (; s && *s; s++)
        n += *s == '\n';
    return n;
}

int main(void)
{
    char dir[] = "/tmp/databot-audit.XXXXXX";
    ok(mkdtemp(dir) != NULL, "a temporary folder");
    char path[256];
    snprintf(path, sizeof path, "%s/state/databot/audit.jsonl", dir);

    dbt_config cfg;
    dbt_config_init(&cfg);
    ok(cfg.audit_path == NULL, "no audit log by default");
    is_int(cfg.max_scan_rows, 1000000, "default scan limit");
    audit_entry e = { "how many \"x\"", "SELECT 1\n", "engine", 1, 2.5, 0, NULL };
    is_int(audit_write(&cfg, &e), 0, "no path: nothing to do");

    cfg.audit_path = path;
    cfg.audit_database = "postgres://bob:***@db/shop";
    is_int(audit_write(&cfg, &e), 0, "a line written");
    struct stat st;
    ok(stat(path, &st) == 0 && (st.st_mode & 0777) == 0600, "the file is mode 0600");
    char parent[300];
    snprintf(parent, sizeof parent, "%s/state/databot", dir);
    ok(stat(parent, &st) == 0 && (st.st_mode & 0777) == 0700, "its folder is mode 0700");
    char *text = file_read_all(path, 0);
    ok(text && strstr(text, "\"question\":\"how many \\\"x\\\"\""), "the question, escaped");
    ok(text && strstr(text, "\"sql\":\"SELECT 1\\n\""), "the SQL, newline escaped");
    ok(text && strstr(text, "\"database\":\"postgres://bob:***@db/shop\""), "the database as given");
    ok(text && strstr(text, "\"rows\":1,\"duration_ms\":2.5,\"outcome\":\"ok\"}\n"), "rows, duration, ok");
    ok(text && strncmp(text, "{\"time\":\"", 9) == 0 && strstr(text, "Z\",\"user\":\""), "time (UTC) and user");
    free(text);

    dbt_error err;
    err_set(&err, DBT_ERR_REFUSED, "only SELECT");
    audit_entry r = { NULL, "DELETE FROM t", "sql", -1, -1, -1, &err };
    audit_write(&cfg, &r);
    err_set(&err, DBT_ERR_CANCELLED, "cancelled by Ctrl-C");
    audit_entry c = { NULL, "SELECT 2", "sql", -1, 10, -1, &err };
    audit_write(&cfg, &c);
    err_set(&err, DBT_ERR_TIMEOUT, "the time limit (1 s) ended the query");
    c.sql = "SELECT 3";
    audit_write(&cfg, &c);
    audit_entry t = { "q", "SELECT 4", "openai:gpt-4o", 5, 1, 1, NULL };
    audit_write(&cfg, &t);
    text = file_read_all(path, 0);
    is_int(count_lines(text), 5, "one line per entry, appended");
    ok(text && strstr(text, "\"question\":null,\"sql\":\"DELETE FROM t\",\"source\":\"sql\",\"rows\":null,"
                            "\"duration_ms\":null,\"outcome\":\"refused: only SELECT\""), "refused: reason");
    ok(text && strstr(text, "\"outcome\":\"cancelled\""), "cancelled");
    ok(text && strstr(text, "\"outcome\":\"error: the time limit (1 s) ended the query\""), "error: message");
    ok(text && strstr(text, "\"source\":\"openai:gpt-4o\",\"rows\":5,\"duration_ms\":1.0,\"outcome\":\"truncated\""),
       "truncated, the model as source");
    free(text);

    /* through a session: dbt_run logs, and the scan limit holds */
    const char *db = testdb_create(TESTDB_SHOP);
    unlink(path);
    cfg.audit_database = "shop";
    cfg.max_scan_rows = 2;
    dbt_session *s = dbt_open(db, &cfg, &err);
    ok(s != NULL, "a session with an audit log");
    dbt_plan *p = s ? dbt_plan_from_sql(s, "SELECT count(*) FROM sales", &err) : NULL;
    ok(p && dbt_plan_over_limit(s, p) > 2, "a full scan of sales is over a limit of 2 rows");
    dbt_answer *a = p ? dbt_run(s, p, &err) : NULL;
    ok(!a && err.code == DBT_ERR_REFUSED && strstr(err.message, "--force"), "dbt_run refuses it, saying what to do");
    if (p)
        dbt_plan_allow_scan(p);
    ok(p && dbt_plan_over_limit(s, p) == 0, "allowed by the person");
    a = p ? dbt_run(s, p, &err) : NULL;
    ok(a != NULL, "then it runs");
    dbt_answer_free(a);
    dbt_plan_free(p);
    p = s ? dbt_plan_from_sql(s, "SELECT id FROM sales WHERE id = 1", &err) : NULL;
    ok(p && dbt_plan_over_limit(s, p) == 0, "an index search is not limited");
    dbt_plan_free(p);
    ok(s && !dbt_plan_from_sql(s, "DROP TABLE sales", &err), "a write refused");
    dbt_close(s);
    text = file_read_all(path, 0);
    is_int(count_lines(text), 3, "refused scan, run, refused write: three lines");
    ok(text && strstr(text, "\"outcome\":\"refused: this query would read about"), "the scan refusal");
    ok(text && strstr(text, "\"sql\":\"DROP TABLE sales\""), "the refused write");
    free(text);

    unlink(path);
    rmdir(parent);
    snprintf(parent, sizeof parent, "%s/state", dir);
    rmdir(parent);
    rmdir(dir);
    unlink(db);
    return done_testing();
}
