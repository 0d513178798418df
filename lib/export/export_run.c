/* export_run.c: dbt_export (see databot.h). Runs a plan's SQL again
 * without the display row cap and streams each row, as the driver hands
 * it over, into a format writer (export.h) that writes a temporary file
 * next to the target; the file is renamed into place only when all went
 * well, and removed on any failure or cancellation. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "databot.h"
#include "export.h"
#include "session.h"
#include "table.h"
#include "util.h"

/* Rows held back before the writer begins, so Markdown and xlsx can size
 * their columns from them: this many rows, or this many bytes of text. */
#define EXPORT_HEAD_ROWS 1000
#define EXPORT_HEAD_BYTES ((size_t)4 << 20)
#define EXPORT_PROGRESS_NS 100000000L      /* at most one report per 100 ms */

static const struct {
    const char *name;
    dbt_export_format f;
} export_formats[] = {
    { "xlsx", DBT_EXPORT_XLSX }, { "csv", DBT_EXPORT_CSV }, { "tsv", DBT_EXPORT_TSV },
    { "json", DBT_EXPORT_JSON }, { "ndjson", DBT_EXPORT_NDJSON }, { "jsonl", DBT_EXPORT_NDJSON },
    { "md", DBT_EXPORT_MARKDOWN }, { "markdown", DBT_EXPORT_MARKDOWN },
};

void dbt_export_opts_init(dbt_export_opts *o)
{
    memset(o, 0, sizeof *o);
    o->format = DBT_EXPORT_AUTO;
}

int dbt_export_format_parse(const char *name, dbt_export_format *f)
{
    for (size_t i = 0; name && i < sizeof export_formats / sizeof *export_formats; i++) {
        if (strcasecmp(name, export_formats[i].name) == 0) {
            *f = export_formats[i].f;
            return 0;
        }
    }
    return -1;
}

int dbt_export_format_from_path(const char *path, dbt_export_format *f)
{
    if (!path)
        return -1;
    const char *base = strrchr(path, '/');
    base = base ? base + 1 : path;
    const char *dot = strrchr(base, '.');
    if (!dot || dot == base)
        return -1;
    return dbt_export_format_parse(dot + 1, f);
}

const char *dbt_export_format_name(dbt_export_format f)
{
    switch (f) {
    case DBT_EXPORT_AUTO: return "auto";
    case DBT_EXPORT_XLSX: return "xlsx";
    case DBT_EXPORT_CSV: return "csv";
    case DBT_EXPORT_TSV: return "tsv";
    case DBT_EXPORT_JSON: return "json";
    case DBT_EXPORT_NDJSON: return "ndjson";
    case DBT_EXPORT_MARKDOWN: return "md";
    }
    return "?";
}

/* ---- the temporary file ------------------------------------------------ */

typedef struct export_file {
    char *dir;             /* the target's directory ("." when none given) */
    char *tmp;             /* the temporary file's path, NULL once gone */
    FILE *f;               /* text formats: open on tmp */
} export_file;

/* Create dir/.NAME.XXXXXX.tmp exclusively, with the mode a new file gets
 * (0666 less the umask), as mkstemp would but without its fixed 0600. */
static int export_file_create(export_file *ef, const char *path, dbt_error *err)
{
    const char *slash = strrchr(path, '/');
    const char *base = slash ? slash + 1 : path;
    if (!*base)
        return err_set(err, DBT_ERR_IO, "'%s' names a directory: give a file name", path);
    ef->dir = slash ? xstrndup(path, slash == path ? 1 : (size_t)(slash - path)) : xstrdup(".");
    if (!ef->dir)
        return err_set(err, DBT_ERR_NOMEM, "out of memory");
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    unsigned long seed = (unsigned long)ts.tv_nsec ^ ((unsigned long)getpid() << 16) ^
                         (unsigned long)(size_t)ef;
    buf b;
    buf_init(&b);
    for (int attempt = 0; attempt < 100; attempt++) {
        seed = seed * 6364136223846793005UL + 1442695040888963407UL;
        buf_reset(&b);
        if (slash)
            buf_addn(&b, path, (size_t)(slash - path) + 1);
        buf_printf(&b, ".%.200s.%06lx.tmp", base, (seed >> 24) & 0xffffff);
        if (b.oom)
            break;
        int fd = open(buf_str(&b), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
        if (fd >= 0) {
            close(fd);
            ef->tmp = buf_take(&b);
            return ef->tmp ? 0 : err_set(err, DBT_ERR_NOMEM, "out of memory");
        }
        if (errno != EEXIST) {
            int e = errno;
            buf_free(&b);
            return err_set(err, DBT_ERR_IO, "cannot create a file in '%s': %s", ef->dir,
                           strerror(e));
        }
    }
    int oom = b.oom;
    buf_free(&b);
    return oom ? err_set(err, DBT_ERR_NOMEM, "out of memory")
               : err_set(err, DBT_ERR_IO, "cannot create a temporary file in '%s'", ef->dir);
}

/* Remove what is left of a failed export. */
static void export_file_discard(export_file *ef)
{
    if (ef->f)
        fclose(ef->f);
    ef->f = NULL;
    if (ef->tmp)
        unlink(ef->tmp);
    free(ef->tmp);
    ef->tmp = NULL;
    free(ef->dir);
    ef->dir = NULL;
}

static int export_exists(const char *path, dbt_error *err)
{
    return err_set(err, DBT_ERR_IO, "'%s' already exists: use --force to replace it", path);
}

/* The written temporary file to disk, then into place. */
static int export_file_commit(export_file *ef, const char *path, int force, dbt_error *err)
{
    int fd = open(ef->tmp, O_RDONLY | O_CLOEXEC);
    if (fd < 0 || fsync(fd) < 0) {
        int e = errno;
        if (fd >= 0)
            close(fd);
        return err_set(err, DBT_ERR_IO, "cannot write '%s': %s", path, strerror(e));
    }
    close(fd);
    if (!force) {
        /* link() refuses to replace, so a file that appeared meanwhile survives */
        if (link(ef->tmp, path) == 0) {
            unlink(ef->tmp);
            free(ef->tmp);
            ef->tmp = NULL;
            return 0;
        }
        if (errno == EEXIST)
            return export_exists(path, err);
        struct stat st;   /* a file system without hard links: check, then rename */
        if (lstat(path, &st) == 0)
            return export_exists(path, err);
    }
    if (rename(ef->tmp, path) < 0)
        return err_set(err, DBT_ERR_IO, "cannot write '%s': %s", path, strerror(errno));
    free(ef->tmp);
    ef->tmp = NULL;
    return 0;
}

/* ---- rows from the database to the writer -------------------------------- */

typedef struct export_run {
    export_writer *w;
    const dbt_export_opts *opts;
    const char *sql;
    table *head;           /* rows held back until the writer begins; NULL after */
    size_t head_bytes;
    int begun;
    uint64_t rows;
    struct timespec last;  /* last progress report */
    volatile sig_atomic_t *cancel;
} export_run;

static void run_progress(export_run *r, int done)
{
    if (!r->opts->progress)
        return;
    if (!done) {
        struct timespec now;
        clock_gettime(CLOCK_MONOTONIC, &now);
        long ns = (long)(now.tv_sec - r->last.tv_sec) * 1000000000L + (now.tv_nsec - r->last.tv_nsec);
        if (ns < EXPORT_PROGRESS_NS)
            return;
        r->last = now;
    }
    r->opts->progress(r->opts->progress_ctx, r->rows, done);
}

static int run_write(export_run *r, const dbt_value *values, dbt_error *err)
{
    if (r->cancel && *r->cancel)
        return err_set(err, DBT_ERR_CANCELLED, "export cancelled");
    if (export_writer_row(r->w, values, err) < 0)
        return -1;
    if ((++r->rows & 255) == 0)
        run_progress(r, 0);
    return 0;
}

/* Begin the writer with the rows held back, then write them. */
static int run_begin(export_run *r, dbt_error *err)
{
    dbt_answer *head = answer_new(r->head, r->sql);
    r->head = NULL;
    r->begun = 1;
    if (!head)
        return err_set(err, DBT_ERR_NOMEM, "out of memory");
    int rc = export_writer_begin(r->w, head, err);
    size_t ncols = head->t->ncols;
    for (size_t i = 0; i < head->t->nrows && rc == 0; i++)
        rc = run_write(r, &head->t->cells[i * ncols], err);
    dbt_answer_free(head);
    return rc;
}

static int sink_columns(void *ctx, size_t ncols, const char *const *names, dbt_error *err)
{
    export_run *r = ctx;
    return table_set_columns(r->head, ncols, names, err);
}

static int sink_row(void *ctx, const dbt_value *values, dbt_error *err)
{
    export_run *r = ctx;
    if (r->begun)
        return run_write(r, values, err);
    if (table_add_row(r->head, values, err) < 0)
        return -1;
    for (size_t c = 0; c < r->head->ncols; c++)
        if (values[c].type == DBT_TEXT || values[c].type == DBT_BLOB)
            r->head_bytes += values[c].len;
    if (r->head->nrows >= EXPORT_HEAD_ROWS || r->head_bytes >= EXPORT_HEAD_BYTES)
        return run_begin(r, err);
    return 0;
}

/* Run the query into the writer. 0, 1 (cut by max_rows) or -1. */
static int run_query(export_run *r, dbt_session *s, dbt_error *err)
{
    query_limits lim;
    driver *d = session_driver(s, &lim);
    lim.max_rows = r->opts->max_rows;
    r->cancel = lim.cancel;
    r->head = table_new();
    if (!r->head)
        return err_set(err, DBT_ERR_NOMEM, "out of memory");
    row_sink sink = { sink_columns, sink_row, r };
    int rc = d->ops->query(d, r->sql, &lim, &sink, err);
    if (rc >= 0 && !r->begun && run_begin(r, err) < 0)
        rc = -1;
    table_free(r->head);
    r->head = NULL;
    return rc;
}

/* The answer on screen already holds every row: write it as it is. */
static int run_shown(export_run *r, dbt_session *s, const dbt_answer *a, dbt_error *err)
{
    query_limits lim;
    session_driver(s, &lim);
    r->cancel = lim.cancel;
    r->begun = 1;
    if (export_writer_begin(r->w, a, err) < 0)
        return -1;
    size_t n = dbt_answer_rows(a), ncols = dbt_answer_columns(a);
    long cap = r->opts->max_rows;
    int cut = cap > 0 && n > (size_t)cap;
    if (cut)
        n = (size_t)cap;
    for (size_t i = 0; i < n; i++)
        if (run_write(r, &a->t->cells[i * ncols], err) < 0)
            return -1;
    return cut;
}

static int shown_is_whole(const dbt_answer *a, const char *sql)
{
    return a && !dbt_answer_truncated(a) && dbt_answer_sql(a) && strcmp(dbt_answer_sql(a), sql) == 0;
}

static double run_elapsed_ms(const struct timespec *t0)
{
    struct timespec t1;
    clock_gettime(CLOCK_MONOTONIC, &t1);
    return (double)(t1.tv_sec - t0->tv_sec) * 1e3 + (double)(t1.tv_nsec - t0->tv_nsec) / 1e6;
}

/* A writer of a text format on f. */
static export_writer *text_writer(FILE *f, dbt_export_format fmt, dbt_error *err)
{
    if (fmt == DBT_EXPORT_CSV || fmt == DBT_EXPORT_TSV)
        return export_csv_writer(f, fmt == DBT_EXPORT_TSV ? '\t' : ',', 1, err);
    if (fmt == DBT_EXPORT_JSON || fmt == DBT_EXPORT_NDJSON)
        return export_json_writer(f, fmt == DBT_EXPORT_NDJSON, err);
    return export_markdown_writer(f, err);
}

int dbt_run_to_stream(dbt_session *s, const dbt_plan *p, FILE *out, dbt_export_format fmt,
                      dbt_error *err)
{
    err_clear(err);
    if (fmt == DBT_EXPORT_XLSX || fmt == DBT_EXPORT_AUTO)
        return err_set(err, DBT_ERR_USAGE, "dbt_run_to_stream: a text format is needed");
    dbt_export_opts opts;
    dbt_export_opts_init(&opts);
    export_run r;
    memset(&r, 0, sizeof r);
    r.opts = &opts;
    r.sql = dbt_plan_sql(p);
    query_limits lim;
    session_driver(s, &lim);
    opts.max_rows = lim.max_rows;     /* the display cap still holds */
    if (session_check_scan(s, p, err) < 0)
        return -1;
    r.w = text_writer(out, fmt, err);
    if (!r.w)
        return -1;
    struct timespec t0;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    int rc = run_query(&r, s, err);
    session_audit(s, p, rc < 0 ? -1 : (long long)r.rows, run_elapsed_ms(&t0), rc, err);
    if (rc >= 0 && export_writer_end(r.w, err) < 0)
        rc = -1;
    export_writer_free(r.w);
    if (r.cancel)
        *r.cancel = 0;
    return rc;
}

int dbt_export(dbt_session *s, const dbt_plan *p, const dbt_answer *shown, const char *path,
               const dbt_export_opts *opts, dbt_error *err)
{
    err_clear(err);
    dbt_export_opts defaults;
    if (!opts) {
        dbt_export_opts_init(&defaults);
        opts = &defaults;
    }
    if (!s || !p || !path || !*path)
        return err_set(err, DBT_ERR_USAGE, "dbt_export: no session, plan or file name");
    struct stat st;
    if (stat(path, &st) == 0 && S_ISDIR(st.st_mode))
        return err_set(err, DBT_ERR_IO, "'%s' is a directory: give a file name", path);
    dbt_export_format fmt = opts->format;
    if (fmt == DBT_EXPORT_AUTO && dbt_export_format_from_path(path, &fmt) < 0)
        return err_set(err, DBT_ERR_USAGE,
                       "cannot tell the format of '%s' from its name: end it in .xlsx, .csv, "
                       ".tsv, .json, .ndjson or .md, or use --output-format", path);
    if (!opts->force && lstat(path, &st) == 0)
        return export_exists(path, err);

    export_file ef = { NULL, NULL, NULL };
    if (export_file_create(&ef, path, err) < 0) {
        export_file_discard(&ef);
        return -1;
    }
    export_run r;
    memset(&r, 0, sizeof r);
    r.opts = opts;
    r.sql = dbt_plan_sql(p);
    clock_gettime(CLOCK_MONOTONIC, &r.last);
    if (fmt == DBT_EXPORT_XLSX) {
        /* the chart and insights of the answer on screen, unless told otherwise */
        const char *q = opts->question ? opts->question : dbt_plan_question(p);
        const char *chart = opts->chart ? opts->chart : shown ? dbt_answer_chart_type(shown) : NULL;
        const char *ins[6] = { NULL };
        for (size_t i = 0; !opts->insights && shown && i < 5 && i < dbt_answer_insights(shown); i++)
            ins[i] = dbt_answer_insight(shown, i);
        export_xlsx_meta meta = { q, r.sql, opts->database, chart,
                                  opts->insights ? opts->insights : ins, opts->max_rows };
        r.w = export_xlsx_writer(ef.tmp, ef.dir, &meta, err);
    } else {
        ef.f = fopen(ef.tmp, "wb");
        if (!ef.f) {
            err_set(err, DBT_ERR_IO, "cannot write '%s': %s", ef.tmp, strerror(errno));
        } else {
            setvbuf(ef.f, NULL, _IOFBF, 1 << 16);
            r.w = text_writer(ef.f, fmt, err);
        }
    }
    int rc = -1;
    if (r.w) {
        if (shown_is_whole(shown, r.sql)) {
            rc = run_shown(&r, s, shown, err);
        } else if (session_check_scan(s, p, err) == 0) {
            struct timespec t0;
            clock_gettime(CLOCK_MONOTONIC, &t0);
            rc = run_query(&r, s, err);
            session_audit(s, p, rc < 0 ? -1 : (long long)r.rows, run_elapsed_ms(&t0), rc, err);
        }
        if (rc == 1 && fmt == DBT_EXPORT_XLSX)
            export_xlsx_set_truncated(r.w);
        if (rc >= 0 && export_writer_end(r.w, err) < 0)
            rc = -1;
    }
    if (rc >= 0 && ef.f) {
        FILE *f = ef.f;
        ef.f = NULL;
        if (fclose(f) != 0)
            rc = err_set(err, DBT_ERR_IO, "cannot write '%s': %s", path, strerror(errno));
    }
    /* Ctrl-C during the last steps still means no file */
    if (rc >= 0 && r.cancel && *r.cancel)
        rc = err_set(err, DBT_ERR_CANCELLED, "export cancelled");
    if (rc >= 0 && export_file_commit(&ef, path, opts->force, err) < 0)
        rc = -1;
    export_writer_free(r.w);
    if (r.cancel)
        *r.cancel = 0;
    if (rc >= 0)
        run_progress(&r, 1);
    export_file_discard(&ef);
    return rc;
}
