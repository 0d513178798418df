/* session.c: a conversation on one database. dbt_ask runs stages 1-4
 * (understand, retrieve, generate, guard) and returns a plan; dbt_run runs
 * stage 5 (execute read-only within the limits) and returns the answer.
 * Charts (stage 6) and insights (stage 7) join in their own modules. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "databot.h"
#include "catalog.h"
#include "db/driver.h"
#include "engine/engine.h"
#include "guard.h"
#include "question.h"
#include "sample.h"
#include "session.h"
#include "table.h"
#include "util.h"

struct dbt_plan {
    char *question;                /* NULL for SQL the person wrote */
    char *sql;
    char *note;
};

const char *dbt_version(void)
{
    return "0.1.0";
}

const char *dbt_strerror(dbt_code code)
{
    switch (code) {
    case DBT_OK: return "no error";
    case DBT_ERR_USAGE: return "invalid use";
    case DBT_ERR_NOMEM: return "out of memory";
    case DBT_ERR_INPUT: return "unusable question";
    case DBT_ERR_NOT_UNDERSTOOD: return "question not understood";
    case DBT_ERR_REFUSED: return "SQL refused";
    case DBT_ERR_OPEN: return "cannot open the database";
    case DBT_ERR_DB: return "database error";
    case DBT_ERR_TIMEOUT: return "time limit reached";
    case DBT_ERR_CANCELLED: return "cancelled";
    case DBT_ERR_IO: return "cannot write";
    }
    return "unknown error";
}

void dbt_config_init(dbt_config *cfg)
{
    cfg->timeout_ms = 30000;
    cfg->max_rows = 10000;
    cfg->offline = 0;
    cfg->as_of = NULL;
}

/* 'YYYY-MM-DD' and a real calendar date. */
static int valid_date(const char *s)
{
    int y, m, d;
    char tail;
    if (strlen(s) != 10 || sscanf(s, "%4d-%2d-%2d%c", &y, &m, &d, &tail) != 3)
        return 0;
    static const int days[] = { 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
    if (m < 1 || m > 12 || d < 1 || d > days[m - 1])
        return 0;
    return m != 2 || d < 29 || (y % 4 == 0 && (y % 100 != 0 || y % 400 == 0));
}

static driver *open_driver(const char *target, dbt_error *err)
{
    return sqlite_driver_open(target, err);
}

dbt_session *dbt_open(const char *target, const dbt_config *cfg, dbt_error *err)
{
    err_clear(err);
    if (!target || !*target) {
        err_set(err, DBT_ERR_USAGE, "no database given");
        return NULL;
    }
    if (cfg && cfg->as_of && !valid_date(cfg->as_of)) {
        err_set(err, DBT_ERR_USAGE, "invalid reference date '%s': write it as YYYY-MM-DD", cfg->as_of);
        return NULL;
    }
    dbt_session *s = calloc(1, sizeof *s);
    if (!s) {
        err_set(err, DBT_ERR_NOMEM, "out of memory");
        return NULL;
    }
    if (cfg)
        s->cfg = *cfg;
    else
        dbt_config_init(&s->cfg);
    s->as_of = xstrdup(s->cfg.as_of);
    s->cfg.as_of = s->as_of;
    s->d = open_driver(target, err);
    if (!s->d)
        goto fail;
    dbt_error e2;
    if (s->d->ops->load_catalog(s->d, &s->cat, &e2) < 0 || sample_catalog(&s->cat, s->d, &e2) < 0) {
        err_set(err, e2.code == DBT_ERR_NOMEM ? DBT_ERR_NOMEM : DBT_ERR_OPEN,
                "cannot read '%s': %s", target, e2.message);
        goto fail;
    }
    catalog_finish(&s->cat);
    s->eng = engine_new(&s->cat, s->d->ops->dialect);
    if (!s->eng) {
        err_set(err, DBT_ERR_NOMEM, "out of memory");
        goto fail;
    }
    return s;
fail:
    dbt_close(s);
    return NULL;
}

void dbt_close(dbt_session *s)
{
    if (!s)
        return;
    engine_free(s->eng);
    catalog_free(&s->cat);
    if (s->d)
        s->d->ops->close(s->d);
    free(s->names);
    free(s->as_of);
    free(s);
}

const char *dbt_session_dialect(const dbt_session *s)
{
    return s->d->ops->dialect;
}

void dbt_session_reset(dbt_session *s)
{
    engine_reset(s->eng);
}

void dbt_cancel(dbt_session *s)
{
    if (s)
        s->cancel = 1;
}

static dbt_plan *plan_new(const char *question, char *sql, char *note, dbt_error *err)
{
    dbt_plan *p = calloc(1, sizeof *p);
    if (!p || (question && !(p->question = xstrdup(question)))) {
        free(p);
        free(sql);
        free(note);
        err_set(err, DBT_ERR_NOMEM, "out of memory");
        return NULL;
    }
    p->sql = sql;
    p->note = note;
    return p;
}

/* The reference date for relative ranges: the configured one, or today. */
static void reference_date(const dbt_session *s, char out[11])
{
    if (s->cfg.as_of) {
        memcpy(out, s->cfg.as_of, 11);
        return;
    }
    time_t now = time(NULL);
    struct tm tm;
    localtime_r(&now, &tm);
    strftime(out, 11, "%Y-%m-%d", &tm);
}

dbt_plan *dbt_ask(dbt_session *s, const char *question, dbt_error *err)
{
    err_clear(err);
    char *clean = NULL, *sql = NULL, *note = NULL;
    if (question_clean(question, &clean, err) < 0)
        return NULL;
    char as_of[11];
    reference_date(s, as_of);
    if (engine_generate(s->eng, clean, as_of, &sql, &note, err) < 0) {
        free(clean);
        return NULL;
    }
    dbt_error gerr;
    if (guard_check(sql, &s->cat, s->d, &gerr) < 0) {
        err_set(err, gerr.code, "the generated SQL did not pass the checks: %s", gerr.message);
        free(clean);
        free(sql);
        free(note);
        return NULL;
    }
    dbt_plan *p = plan_new(clean, sql, note, err);
    free(clean);
    return p;
}

dbt_plan *dbt_plan_from_sql(dbt_session *s, const char *sql, dbt_error *err)
{
    err_clear(err);
    if (!sql) {
        err_set(err, DBT_ERR_USAGE, "no SQL given");
        return NULL;
    }
    if (guard_check(sql, &s->cat, s->d, err) < 0)
        return NULL;
    char *copy = xstrdup(sql);
    if (!copy) {
        err_set(err, DBT_ERR_NOMEM, "out of memory");
        return NULL;
    }
    return plan_new(NULL, copy, NULL, err);
}

int dbt_plan_edit(dbt_session *s, dbt_plan *p, const char *sql, dbt_error *err)
{
    err_clear(err);
    if (!sql)
        return err_set(err, DBT_ERR_USAGE, "no SQL given");
    if (guard_check(sql, &s->cat, s->d, err) < 0)
        return -1;
    char *copy = xstrdup(sql);
    if (!copy)
        return err_set(err, DBT_ERR_NOMEM, "out of memory");
    free(p->sql);
    p->sql = copy;
    return 0;
}

const char *dbt_plan_sql(const dbt_plan *p) { return p->sql; }
const char *dbt_plan_question(const dbt_plan *p) { return p->question; }
const char *dbt_plan_note(const dbt_plan *p) { return p->note; }

void dbt_plan_free(dbt_plan *p)
{
    if (!p)
        return;
    free(p->question);
    free(p->sql);
    free(p->note);
    free(p);
}

static double elapsed_ms(const struct timespec *t0)
{
    struct timespec t1;
    clock_gettime(CLOCK_MONOTONIC, &t1);
    return (double)(t1.tv_sec - t0->tv_sec) * 1e3 + (double)(t1.tv_nsec - t0->tv_nsec) / 1e6;
}

dbt_answer *dbt_run(dbt_session *s, const dbt_plan *p, dbt_error *err)
{
    err_clear(err);
    /* every plan passed the guard when it was made or edited */
    table *t = table_new();
    if (!t) {
        err_set(err, DBT_ERR_NOMEM, "out of memory");
        return NULL;
    }
    s->cancel = 0;
    query_limits lim = { s->cfg.timeout_ms, s->cfg.max_rows, &s->cancel };
    row_sink sink = table_sink(t);
    struct timespec t0;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    int rc = s->d->ops->query(s->d, p->sql, &lim, &sink, err);
    s->cancel = 0;
    if (rc < 0) {
        table_free(t);
        return NULL;
    }
    dbt_answer *a = answer_new(t, p->sql);
    if (!a) {
        err_set(err, DBT_ERR_NOMEM, "out of memory");
        return NULL;
    }
    a->truncated = rc == 1;
    a->elapsed_ms = elapsed_ms(&t0);
    return a;
}
