/* session.c: a conversation on one database. dbt_ask runs stages 1-4
 * (understand, retrieve, generate, guard) and returns a plan; dbt_run runs
 * stage 5 (execute read-only within the limits) and returns the answer.
 * Stages 6 and 7 (chart, insights: answer.c) follow on the answer. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "databot.h"
#include "catalog.h"
#include "db/driver.h"
#include "engine/engine.h"
#include "audit.h"
#include "estimate.h"
#include "guard.h"
#include "intent.h"
#include "numfmt.h"
#include "llm/chain.h"
#include "question.h"
#include "sample.h"
#include "semantic.h"
#include "session.h"
#include "table.h"
#include "util.h"

struct dbt_plan {
    char *question;                /* NULL for SQL the person wrote */
    char *sql;
    char *note;
    char source[96];               /* "engine", "sql", "cache", "memory", "provider:model" */
    long tokens_in, tokens_out;
    double cost;
    char *estimate;                /* the planner's estimate, made when first asked */
    int estimated;
    estimate_numbers num;          /* its numbers (estimate.h) */
    int scan_allowed;              /* the person confirmed a scan over the limit */
    engine_choices choices;        /* the engine's readings of an ambiguous word */
    size_t reading;                /* the one this plan is (dbt_ask_choice's choice; 0: default) */
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
    case DBT_ERR_PROVIDER: return "model provider failed";
    }
    return "unknown error";
}

void dbt_config_init(dbt_config *cfg)
{
    cfg->timeout_ms = 30000;
    cfg->max_rows = 10000;
    cfg->offline = 0;
    cfg->as_of = NULL;
    cfg->schemas = NULL;
    cfg->deny_tables = NULL;
    cfg->semantic_path = NULL;
    cfg->password = NULL;
    cfg->password_ctx = NULL;
    /* language models: none unless the front end names one */
    cfg->model = cfg->base_url = cfg->fallback = cfg->model_simple = NULL;
    cfg->embeddings = NULL;
    cfg->openai_api_key = cfg->anthropic_api_key = NULL;
    cfg->cache_path = cfg->memory_path = cfg->prices = NULL;
    cfg->cache_ttl_s = 3600;
    cfg->llm_timeout_ms = 60000;
    cfg->llm_connect_timeout_ms = 10000;
    cfg->llm_retries = 2;
    cfg->llm_max_tokens = 1024;
    cfg->schema_budget = 3000;
    cfg->no_sample_values = 0;
    cfg->engine_threshold = 90;
    cfg->llm_insights = 0;
    cfg->progress = NULL;
    cfg->progress_ctx = NULL;
    cfg->audit_path = cfg->audit_database = NULL;
    cfg->max_scan_rows = 1000000;
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

static driver *open_driver(const char *target, const dbt_config *cfg, dbt_error *err)
{
    if (postgres_is_target(target) && access(target, F_OK) != 0)
        return postgres_driver_open(target, cfg, err);
    return sqlite_driver_open(target, err);
}

/* The semantic file: --semantic FILE, or DATABASE.databot.json beside a
 * SQLite file; checked against the catalog before sampling (hidden columns
 * leave the catalog and are never read). */
static int load_semantic(dbt_session *s, const char *target, dbt_error *err)
{
    const char *path = s->cfg.semantic_path;
    char *found = NULL;
    if (!path && strcmp(s->d->ops->dialect, "sqlite") == 0)
        path = found = semantic_discover(target);
    s->cfg.semantic_path = NULL;
    if (!path || !*path)
        return 0;
    s->sem = semantic_load(path, err);
    free(found);
    if (!s->sem || semantic_apply(s->sem, &s->cat, err) < 0)
        return -1;
    s->cat.sem = s->sem;
    return 0;
}

const char *dbt_semantic_path(const dbt_session *s)
{
    return s && s->sem ? s->sem->path : NULL;
}

char *dbt_semantic_starter(const dbt_session *s)
{
    return s ? semantic_starter(&s->cat) : NULL;
}

/* Stage 4: the semantic file's hidden columns, then the guard. */
static int check_sql(dbt_session *s, const char *sql, dbt_error *err)
{
    if (semantic_check_sql(s->sem, &s->cat, sql, err) < 0)
        return -1;
    return guard_check(sql, &s->cat, s->d, err);
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
    s->d = open_driver(target, &s->cfg, err);
    if (!s->d)
        goto fail;
    dbt_error e2;
    int semantic_failed = 0;
    if (s->d->ops->load_catalog(s->d, &s->cat, &e2) < 0 ||
        (catalog_deny(&s->cat, s->cfg.deny_tables) < 0 &&
         err_set(&e2, DBT_ERR_NOMEM, "out of memory") < 0) ||
        (load_semantic(s, target, err) < 0 && (semantic_failed = 1)) ||
        sample_catalog(&s->cat, s->d, &e2) < 0) {
        if (semantic_failed)
            goto fail;
        err_set(err, e2.code == DBT_ERR_NOMEM ? DBT_ERR_NOMEM : DBT_ERR_OPEN,
                "cannot read '%s': %s", target, e2.message);
        goto fail;
    }
    catalog_finish(&s->cat);
    s->cfg.schemas = s->cfg.deny_tables = NULL;   /* used up; the caller's memory */
    s->eng = engine_new(&s->cat, s->d->ops->dialect);
    if (!s->eng) {
        err_set(err, DBT_ERR_NOMEM, "out of memory");
        goto fail;
    }
    if (s->cfg.model && *s->cfg.model && !s->cfg.offline &&
        !(s->chain = chain_new(&s->cfg, &s->cat, s->d, s->eng, &s->cancel, err)))
        goto fail;
    s->cfg.openai_api_key = s->cfg.anthropic_api_key = NULL;   /* only the chain holds keys */
    return s;
fail:
    dbt_close(s);
    return NULL;
}

void dbt_close(dbt_session *s)
{
    if (!s)
        return;
    chain_free(s->chain);
    engine_free(s->eng);
    catalog_free(&s->cat);
    semantic_free(s->sem);
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
    if (s->chain)
        chain_reset(s->chain);
}

driver *session_driver(dbt_session *s, query_limits *lim)
{
    s->cancel = 0;
    lim->timeout_ms = s->cfg.timeout_ms;
    lim->max_rows = s->cfg.max_rows;
    lim->cancel = &s->cancel;
    return s->d;
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
    snprintf(p->source, sizeof p->source, "%s", question ? "engine" : "sql");
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

/* dbt_ask through the model chain (it ends at the engine); takes clean. */
static dbt_plan *ask_chain(dbt_session *s, char *clean, const char *as_of, dbt_error *err)
{
    chain_result r;
    s->cancel = 0;
    int rc = chain_ask(s->chain, clean, as_of, &r, err);
    s->cancel = 0;
    dbt_plan *p = rc < 0 ? NULL : plan_new(clean, r.sql, r.note, err);
    free(clean);
    if (p) {
        snprintf(p->source, sizeof p->source, "%s", r.source);
        p->tokens_in = r.tokens_in;
        p->tokens_out = r.tokens_out;
        p->cost = r.cost;
        s->asked++;
    }
    return p;
}

/* choice < 0: a new question; otherwise the engine's choice-th reading of
 * the question last asked (engine_generate_choice). */
static dbt_plan *ask(dbt_session *s, const char *question, int choice, dbt_error *err)
{
    err_clear(err);
    char *clean = NULL, *sql = NULL, *note = NULL;
    engine_choices ch;
    if (question_clean(question, &clean, err) < 0)
        return NULL;
    char as_of[11];
    reference_date(s, as_of);
    if (s->chain && choice < 0)
        return ask_chain(s, clean, as_of, err);
    if (engine_generate_choice(s->eng, clean, as_of, choice, &sql, &note, &ch, err) < 0) {
        free(clean);
        return NULL;
    }
    dbt_error gerr;
    if (check_sql(s, sql, &gerr) < 0) {
        err_set(err, gerr.code, "the generated SQL did not pass the checks: %s", gerr.message);
        free(clean);
        free(sql);
        free(note);
        return NULL;
    }
    dbt_plan *p = plan_new(clean, sql, note, err);
    free(clean);
    if (p) {
        p->choices = ch;
        p->reading = choice > 0 ? (size_t)choice : 0;
    }
    if (p && choice < 0)
        s->asked++;
    return p;
}

dbt_plan *dbt_ask(dbt_session *s, const char *question, dbt_error *err)
{
    return ask(s, question, -1, err);
}

dbt_plan *dbt_ask_choice(dbt_session *s, const char *question, size_t choice, dbt_error *err)
{
    if (choice >= ENGINE_CHOICES) {
        err_set(err, DBT_ERR_USAGE, "there is no reading %zu; choose 1 to %d", choice + 1,
                ENGINE_CHOICES);
        return NULL;
    }
    return ask(s, question, (int)choice, err);
}

size_t dbt_plan_choices(const dbt_plan *p)
{
    return p ? p->choices.n : 0;
}

const char *dbt_plan_choice(const dbt_plan *p, size_t i)
{
    return p && i < p->choices.n ? p->choices.label[i] : NULL;
}

size_t dbt_plan_reading(const dbt_plan *p)
{
    return p ? p->reading : 0;
}

char *dbt_prompt_text(dbt_session *s, const char *question, dbt_error *err)
{
    err_clear(err);
    if (!s->chain) {
        err_set(err, DBT_ERR_USAGE, "no model is configured%s, so nothing would be sent: "
                "name one with --model PROVIDER:MODEL", s->cfg.offline ? " (or --offline is on)" : "");
        return NULL;
    }
    char *clean = NULL;
    if (question_clean(question, &clean, err) < 0)
        return NULL;
    char as_of[11];
    reference_date(s, as_of);
    char *text = chain_prompt_text(s->chain, clean, as_of);
    free(clean);
    if (!text)
        err_set(err, DBT_ERR_NOMEM, "out of memory");
    return text;
}

dbt_plan *dbt_plan_from_sql(dbt_session *s, const char *sql, dbt_error *err)
{
    err_clear(err);
    if (!sql) {
        err_set(err, DBT_ERR_USAGE, "no SQL given");
        return NULL;
    }
    if (check_sql(s, sql, err) < 0) {
        audit_entry e = { NULL, sql, "sql", -1, -1, -1, err };
        audit_write(&s->cfg, &e);
        return NULL;
    }
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
    if (check_sql(s, sql, err) < 0) {
        audit_entry e = { p->question, sql, "sql", -1, -1, -1, err };
        audit_write(&s->cfg, &e);
        return -1;
    }
    char *copy = xstrdup(sql);
    if (!copy)
        return err_set(err, DBT_ERR_NOMEM, "out of memory");
    free(p->sql);
    p->sql = copy;
    free(p->estimate);
    p->estimate = NULL;
    p->estimated = 0;
    p->scan_allowed = 0;
    return 0;
}

const char *dbt_plan_estimate(dbt_session *s, dbt_plan *p)
{
    if (!p->estimated) {
        p->estimate = estimate_cost(s->d, &s->cat, p->sql, &p->num);
        p->estimated = 1;
    }
    return p->estimate;
}

long long dbt_plan_over_limit(dbt_session *s, dbt_plan *p)
{
    if (s->cfg.max_scan_rows <= 0 || p->scan_allowed)
        return 0;
    dbt_plan_estimate(s, p);
    return p->num.scan_rows > s->cfg.max_scan_rows ? p->num.scan_rows : 0;
}

void dbt_plan_allow_scan(dbt_plan *p)
{
    p->scan_allowed = 1;
}

int session_check_scan(dbt_session *s, const dbt_plan *p, dbt_error *err)
{
    /* the estimate is a cache on the plan, not part of what the caller gave */
    dbt_plan *mp = (dbt_plan *)p;
    long long over = dbt_plan_over_limit(s, mp);
    if (!over)
        return 0;
    buf n, lim;
    buf_init(&n);
    buf_init(&lim);
    numfmt_grouped(&n, (double)over, 0);
    numfmt_grouped(&lim, (double)s->cfg.max_scan_rows, 0);
    const char *tables = mp->estimate ? strstr(mp->estimate, "full scan of ") : NULL;
    err_set(err, DBT_ERR_REFUSED,
            "this query would read about %s rows by full table scans (%.*s), over the scan "
            "limit of %s rows: use --force to run it anyway, or raise --max-scan-rows",
            buf_str(&n), tables ? (int)strcspn(tables, ";") : 24,
            tables ? tables : "the planner's estimate", buf_str(&lim));
    buf_free(&n);
    buf_free(&lim);
    session_audit(s, p, -1, -1, -1, err);
    return -1;
}

void session_audit(dbt_session *s, const dbt_plan *p, long long rows, double ms, int rc,
                   const dbt_error *err)
{
    audit_entry e = { p->question, p->sql, p->source, rows, ms, rc, err };
    audit_write(&s->cfg, &e);
}

const char *dbt_plan_sql(const dbt_plan *p) { return p->sql; }
const char *dbt_plan_question(const dbt_plan *p) { return p->question; }
const char *dbt_plan_note(const dbt_plan *p) { return p->note; }
const char *dbt_plan_source(const dbt_plan *p) { return p->source; }
long dbt_plan_tokens_in(const dbt_plan *p) { return p->tokens_in; }
long dbt_plan_tokens_out(const dbt_plan *p) { return p->tokens_out; }
double dbt_plan_cost(const dbt_plan *p) { return p->cost; }

int dbt_remember(dbt_session *s, const dbt_plan *p, dbt_error *err)
{
    err_clear(err);
    if (!p->question)
        return 0;      /* SQL the person wrote has no question to remember */
    return chain_remember(s->chain, &s->cfg, &s->cat, p->question, p->sql, err);
}

void dbt_session_stats(const dbt_session *s, dbt_stats *out)
{
    if (s->chain)
        chain_stats(s->chain, out);
    else
        memset(out, 0, sizeof *out);
    out->questions = s->asked;
}

void dbt_plan_free(dbt_plan *p)
{
    if (!p)
        return;
    free(p->question);
    free(p->estimate);
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

/* --llm-insights: the question, the SQL, the column names and the insight
 * sentences (never a row) go to the model for a short narrative; a failure
 * costs the narrative only. */
static void narrate(dbt_session *s, const dbt_plan *p, dbt_answer *a)
{
    size_t n = dbt_answer_insights(a);
    if (!n)
        return;
    buf b;
    buf_init(&b);
    buf_printf(&b, "Question: %s\nSQL: %s\nColumns:", p->question ? p->question : "(SQL written by the person)",
               p->sql);
    for (size_t c = 0; c < dbt_answer_columns(a); c++)
        buf_printf(&b, "%s %s", c ? "," : "", dbt_answer_column_name(a, c));
    buf_add(&b, "\nInsights:\n");
    for (size_t i = 0; i < n; i++)
        buf_printf(&b, "- %s\n", dbt_answer_insight(a, i));
    if (!b.oom) {
        dbt_error e;
        s->cancel = 0;
        a->narrative = chain_narrate(s->chain, buf_str(&b), NULL, NULL, &e);
        s->cancel = 0;
    }
    buf_free(&b);
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
    if (session_check_scan(s, p, err) < 0) {
        table_free(t);
        return NULL;
    }
    s->cancel = 0;
    query_limits lim = { s->cfg.timeout_ms, s->cfg.max_rows, &s->cancel };
    row_sink sink = table_sink(t);
    struct timespec t0;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    int rc = s->d->ops->query(s->d, p->sql, &lim, &sink, err);
    s->cancel = 0;
    session_audit(s, p, rc < 0 ? -1 : (long long)t->nrows, elapsed_ms(&t0), rc, err);
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
    answer_analyse(a, p->question ? intent_classify(p->question) : NULL);
    if (s->cfg.llm_insights && s->chain && !s->cfg.offline)
        narrate(s, p, a);
    return a;
}
