/* test_export_stream.c: dbt_export, the streaming export. Every text
 * format streamed from the database equals the in-memory writer's output
 * for the same rows; the xlsx file is a zip; an existing file is refused
 * without force and replaced with it; a failure (query error, no such
 * directory, file size limit, cancellation) leaves neither the file nor
 * a temporary file behind; max_rows cuts; progress is reported. */
#include <dirent.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include "databot.h"
#include "export/export.h"
#include "tap.h"
#include "testdb.h"

static char dir[64];

static char *path_in(const char *name)
{
    static char p[4][128];
    static int next;
    char *out = p[next++ % 4];
    snprintf(out, 128, "%s/%s", dir, name);
    return out;
}

static char *slurp(const char *path, size_t *len)
{
    size_t n = 0;
    char *p = testdb_slurp(path, &n);
    if (p)
        p[n] = '\0';          /* testdb_slurp leaves room for it */
    if (len)
        *len = n;
    return p;
}

/* Files in dir whose name starts with '.' (temporary files). */
static int leftovers(void)
{
    DIR *d = opendir(dir);
    int n = 0;
    struct dirent *e;
    while (d && (e = readdir(d)) != NULL)
        if (e->d_name[0] == '.' && strcmp(e->d_name, ".") && strcmp(e->d_name, ".."))
            n++;
    if (d)
        closedir(d);
    return n;
}

/* What the in-memory writer makes of the same query, into a string. */
static char *in_memory(dbt_session *s, const char *sql, dbt_export_format fmt, size_t *len)
{
    dbt_error err;
    dbt_plan *p = dbt_plan_from_sql(s, sql, &err);
    dbt_answer *a = p ? dbt_run(s, p, &err) : NULL;
    char *out = NULL;
    FILE *f = a ? open_memstream(&out, len) : NULL;
    if (f) {
        if (fmt == DBT_EXPORT_CSV || fmt == DBT_EXPORT_TSV)
            export_csv(f, a, fmt == DBT_EXPORT_TSV ? '\t' : ',', 1, &err);
        else if (fmt == DBT_EXPORT_JSON || fmt == DBT_EXPORT_NDJSON)
            export_json(f, a, fmt == DBT_EXPORT_NDJSON, &err);
        else
            export_markdown(f, a, &err);
        fclose(f);
    }
    dbt_answer_free(a);
    dbt_plan_free(p);
    return out;
}

static int export_sql(dbt_session *s, const char *sql, const char *path,
                      const dbt_export_opts *o, dbt_error *err)
{
    dbt_plan *p = dbt_plan_from_sql(s, sql, err);
    if (!p)
        return -2;
    int rc = dbt_export(s, p, NULL, path, o, err);
    dbt_plan_free(p);
    return rc;
}

static size_t count_lines(const char *p, size_t len)
{
    size_t n = 0;
    for (size_t i = 0; i < len; i++)
        n += p[i] == '\n';
    return n;
}

typedef struct progress_log {
    int calls, done_calls;
    uint64_t last;
    dbt_session *cancel;
} progress_log;

static void on_progress(void *ctx, uint64_t rows, int done)
{
    progress_log *l = ctx;
    l->calls++;
    l->done_calls += done;
    l->last = rows;
    if (l->cancel && !done)
        dbt_cancel(l->cancel);
}

int main(void)
{
    snprintf(dir, sizeof dir, "/tmp/databot-export-XXXXXX");
    if (!mkdtemp(dir))
        return 99;
    const char *db = testdb_create(
        "CREATE TABLE t(id INTEGER, name TEXT, price REAL, day TEXT, at TEXT, nada TEXT, raw BLOB);"
        "INSERT INTO t VALUES (1, 'plain', 1.5, '2024-01-15', '2024-01-15 10:30:00', NULL, x'00ff'),"
        " (2, 'comma, \"quote\"', -0.1, '1999-12-31', '2024-02-29T23:59:59', NULL, NULL),"
        " (3, 'línea\nnueva 漢字', 1e300, NULL, NULL, NULL, x''),"
        " (4, '', 0.0, '2024-13-01', 'not a date', NULL, NULL);"
        "CREATE TABLE big(x INTEGER, label TEXT);"
        "WITH RECURSIVE c(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM c WHERE i < 5000)"
        " INSERT INTO big SELECT i, 'row ' || i FROM c;");
    dbt_error err;
    dbt_config cfg;
    dbt_config_init(&cfg);
    cfg.max_rows = 100;              /* the display cap: exports must ignore it */
    dbt_session *s = dbt_open(db, &cfg, &err);
    if (!ok(s != NULL, "open the test database")) {
        printf("# %s\n", err.message);
        return done_testing();
    }
    dbt_export_opts o;
    dbt_export_opts_init(&o);

    /* ---- formats from names ---- */
    dbt_export_format f;
    ok(dbt_export_format_from_path("a/b.XLSX", &f) == 0 && f == DBT_EXPORT_XLSX, ".XLSX is xlsx");
    ok(dbt_export_format_from_path("x.tsv", &f) == 0 && f == DBT_EXPORT_TSV, ".tsv is TSV");
    ok(dbt_export_format_from_path("x.jsonl", &f) == 0 && f == DBT_EXPORT_NDJSON, ".jsonl is NDJSON");
    ok(dbt_export_format_from_path("x.md", &f) == 0 && f == DBT_EXPORT_MARKDOWN, ".md is Markdown");
    ok(dbt_export_format_from_path("x.txt", &f) < 0, ".txt is unknown");
    ok(dbt_export_format_from_path(".csv", &f) < 0, "a dot file has no extension");
    ok(dbt_export_format_parse("markdown", &f) == 0 && f == DBT_EXPORT_MARKDOWN, "'markdown' parses");
    is_int(export_sql(s, "SELECT 1", path_in("x.txt"), &o, &err), -1, "unknown extension refused");
    is_int(err.code, DBT_ERR_USAGE, "  with DBT_ERR_USAGE");
    ok(strstr(err.message, "--output-format") != NULL, "  and says how to force a format");

    /* ---- every text format equals the in-memory writer ---- */
    static const struct { const char *file; dbt_export_format fmt; } text[] = {
        { "t.csv", DBT_EXPORT_CSV }, { "t.tsv", DBT_EXPORT_TSV }, { "t.json", DBT_EXPORT_JSON },
        { "t.ndjson", DBT_EXPORT_NDJSON }, { "t.md", DBT_EXPORT_MARKDOWN },
    };
    const char *sqls[] = { "SELECT * FROM t", "SELECT * FROM big", "SELECT * FROM t WHERE 0" };
    const char *what[] = { "typed values", "5000 rows, past the head", "no rows" };
    for (size_t q = 0; q < 3; q++) {
        cfg.max_rows = 0;
        dbt_session *all = dbt_open(db, &cfg, &err);
        for (size_t i = 0; i < sizeof text / sizeof *text; i++) {
            char name[64];
            snprintf(name, sizeof name, "%s", text[i].file);
            const char *path = path_in(name);
            unlink(path);
            int rc = export_sql(s, sqls[q], path, &o, &err);
            char msg[160];
            snprintf(msg, sizeof msg, "%s, %s: exported", text[i].file, what[q]);
            if (!ok(rc == 0, msg))
                printf("# %s\n", err.message);
            size_t glen = 0, wlen = 0;
            char *got = slurp(path, &glen);
            char *want = in_memory(all, sqls[q], text[i].fmt, &wlen);
            snprintf(msg, sizeof msg, "%s, %s: same bytes as the in-memory writer", text[i].file, what[q]);
            ok(got && want && glen == wlen && memcmp(got, want, glen) == 0, msg);
            free(got);
            free(want);
        }
        dbt_close(all);
    }
    size_t len;
    char *csv = slurp(path_in("t.csv"), &len);
    ok(csv && strcmp(csv, "id,name,price,day,at,nada,raw\r\n") == 0, "no rows: the CSV header alone");
    free(csv);

    /* the display cap (100) does not apply; max_rows does */
    unlink(path_in("big.csv"));
    is_int(export_sql(s, "SELECT * FROM big", path_in("big.csv"), &o, &err), 0, "5000 rows exported");
    csv = slurp(path_in("big.csv"), &len);
    is_int(count_lines(csv, len), 5001, "  all of them, past the display cap");
    free(csv);
    o.max_rows = 10;
    unlink(path_in("big.csv"));
    is_int(export_sql(s, "SELECT * FROM big", path_in("big.csv"), &o, &err), 1, "max_rows 10: returns 1");
    csv = slurp(path_in("big.csv"), &len);
    is_int(count_lines(csv, len), 11, "  header and 10 rows");
    free(csv);
    o.max_rows = 0;

    /* ---- existing files ---- */
    int rc = export_sql(s, "SELECT 1 AS one", path_in("big.csv"), &o, &err);
    is_int(rc, -1, "an existing file is refused");
    is_int(err.code, DBT_ERR_IO, "  with DBT_ERR_IO");
    ok(strstr(err.message, "--force") != NULL, "  and the message says --force");
    csv = slurp(path_in("big.csv"), &len);
    is_int(count_lines(csv, len), 11, "  the file is untouched");
    free(csv);
    o.force = 1;
    is_int(export_sql(s, "SELECT 1 AS one", path_in("big.csv"), &o, &err), 0, "force replaces it");
    csv = slurp(path_in("big.csv"), &len);
    is_str(csv, "one\r\n1\r\n", "  with the new rows");
    free(csv);
    struct stat st;
    mode_t um = umask(022);
    umask(um);
    ok(stat(path_in("big.csv"), &st) == 0 && (st.st_mode & 0777) == (0666 & ~um),
       "the file has the mode a new file gets (umask)");
    o.force = 0;
    is_int(leftovers(), 0, "no temporary file left so far");

    /* ---- failures leave nothing ---- */
    rc = export_sql(s, "SELECT x, CASE WHEN x < 3000 THEN x ELSE abs(-9223372036854775807 - 1) END "
                       "FROM big", path_in("fail.csv"), &o, &err);
    is_int(rc, -1, "a query failing after 2999 rows fails the export");
    is_int(err.code, DBT_ERR_DB, "  with DBT_ERR_DB");
    ok(access(path_in("fail.csv"), F_OK) != 0, "  no file");
    is_int(leftovers(), 0, "  no temporary file");

    rc = export_sql(s, "SELECT 1", "/nonexistent-databot-dir/x.csv", &o, &err);
    is_int(rc, -1, "a missing directory fails");
    is_int(err.code, DBT_ERR_IO, "  with DBT_ERR_IO");
    ok(strstr(err.message, "/nonexistent-databot-dir") != NULL, "  naming the directory");
    rc = export_sql(s, "SELECT 1", dir, &o, &err);
    ok(rc == -1 && err.code == DBT_ERR_IO && strstr(err.message, "directory"),
       "a directory as the target is refused");

    /* a full disk, as a file size limit (writes fail with EFBIG) */
    struct rlimit old, lim;
    getrlimit(RLIMIT_FSIZE, &old);
    signal(SIGXFSZ, SIG_IGN);
    lim = old;
    lim.rlim_cur = 16384;
    setrlimit(RLIMIT_FSIZE, &lim);
    static const char *const full[] = { "full.csv", "full.json", "full.md", "full.xlsx" };
    for (size_t i = 0; i < 4; i++) {
        rc = export_sql(s, "SELECT * FROM big", path_in(full[i]), &o, &err);
        char msg[96];
        snprintf(msg, sizeof msg, "%s: file size limit fails the export", full[i]);
        if (!ok(rc == -1 && err.code == DBT_ERR_IO, msg))
            printf("# rc %d: %s\n", rc, err.message);
        snprintf(msg, sizeof msg, "%s:   no file, no temporary file", full[i]);
        ok(access(path_in(full[i]), F_OK) != 0 && leftovers() == 0, msg);
    }
    setrlimit(RLIMIT_FSIZE, &old);

    /* cancellation from the progress callback (as Ctrl-C would) */
    progress_log pl = { 0, 0, 0, s };
    o.progress = on_progress;
    o.progress_ctx = &pl;
    const char *million = "WITH RECURSIVE c(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM c "
                          "WHERE i < 1000000) SELECT i, 'label ' || i AS label FROM c";
    static const char *const cancelled[] = { "cancel.csv", "cancel.xlsx" };
    for (size_t i = 0; i < 2; i++) {
        pl.calls = 0;
        rc = export_sql(s, million, path_in(cancelled[i]), &o, &err);
        char msg[96];
        snprintf(msg, sizeof msg, "%s: dbt_cancel stops the export", cancelled[i]);
        ok(rc == -1 && err.code == DBT_ERR_CANCELLED, msg);
        snprintf(msg, sizeof msg, "%s:   no file, no temporary file", cancelled[i]);
        ok(access(path_in(cancelled[i]), F_OK) != 0 && leftovers() == 0, msg);
    }

    /* progress: reported, and once at the end with the total */
    pl = (progress_log){ 0, 0, 0, NULL };
    rc = export_sql(s, "SELECT * FROM big", path_in("progress.ndjson"), &o, &err);
    is_int(rc, 0, "export with a progress callback");
    is_int(pl.done_calls, 1, "  one final report");
    is_int((long long)pl.last, 5000, "  with the row count");
    o.progress = NULL;

    /* the answer on screen, when whole, is written as is */
    dbt_plan *p = dbt_plan_from_sql(s, "SELECT * FROM t", &err);
    dbt_answer *a = p ? dbt_run(s, p, &err) : NULL;
    rc = a ? dbt_export(s, p, a, path_in("shown.json"), &o, &err) : -1;
    is_int(rc, 0, "export of the shown answer");
    size_t wlen = 0;
    char *got = slurp(path_in("shown.json"), &len), *want = in_memory(s, "SELECT * FROM t",
                                                                         DBT_EXPORT_JSON, &wlen);
    ok(got && want && len == wlen && memcmp(got, want, len) == 0, "  the same JSON");
    free(got);
    free(want);
    dbt_answer_free(a);
    dbt_plan_free(p);

    /* ---- xlsx ---- */
    rc = export_sql(s, "SELECT * FROM t", path_in("t.xlsx"), &o, &err);
    if (!ok(rc == 0, "xlsx exported"))
        printf("# %s\n", err.message);
    char *x = slurp(path_in("t.xlsx"), &len);
    ok(x && len > 4 && memcmp(x, "PK\3\4", 4) == 0, "  it is a zip file");
    free(x);
    rc = export_sql(s, "SELECT * FROM big", path_in("big.xlsx"), &o, &err);
    is_int(rc, 0, "xlsx of 5000 rows");
    is_int(leftovers(), 0, "no temporary file left at the end");

    dbt_close(s);
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    if (system(cmd) != 0)
        return 99;
    unlink(db);
    return done_testing();
}
