/* llm_bench.c: what the model pipeline costs outside the model's own time.
 * A fake provider on 127.0.0.1 (tests/llm/fake_provider.py, started by
 * bench/llm.sh) answers every request at once with the question's gold
 * SQL; each question goes through dbt_ask and dbt_run set up as the
 * databot program sets them up (the cache, the memory and the audit log
 * under temporary XDG folders, streamed replies, the engine's confidence
 * check first). Every HTTP exchange is timed where it happens (this
 * program is linked with -Wl,--wrap=http_post), so
 *   overhead = dbt_ask's wall time - the time inside http_post
 *            + dbt_run's wall time - the database's own query time
 * counts everything databot does around the model and the database:
 * cleaning, the engine's check, memory and cache look-ups, retrieval, the
 * prompt, the request body, parsing the reply, the guard, the cache write,
 * the audit line, the answer's analysis. Per database it prints that
 * overhead (median, p95; target under 5 ms), the prompt's size (rendered
 * text and request body, bytes and tokens at 4 bytes each), and the
 * latency of a cache hit (each question asked again: answered from
 * $XDG_CACHE_HOME/databot/llm-cache.sqlite with no request), and where
 * the time goes: the stages that cost most, each timed alone on the same
 * questions (retrieval, the engine's check, the cache's write and read).
 *
 *   llm_bench URL SCRIPT [-r ROUNDS] [-t THRESHOLD] DB=SET.jsonl...
 *
 * URL is the fake's base URL (.../v1), SCRIPT the reply file it reads at
 * each request (rewritten here before each question); XDG_CACHE_HOME and
 * XDG_STATE_HOME must name (temporary) folders. ROUNDS (default 3) fresh
 * sessions per database, each with an empty cache, give the overheads;
 * THRESHOLD is --engine-threshold (default 90, the program's; 101 sends
 * every question to the model without asking the engine first). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cjson/cJSON.h>

#include "databot.h"
#include "engine/engine.h"
#include "llm/llm.h"
#include "qset.h"
#include "question.h"
#include "retrieve.h"
#include "session.h"
#include "util.h"

/* ---- the HTTP exchange, timed (ld --wrap=http_post) ------------------------- */

int __real_http_post(const http_req *rq, http_resp *rs, dbt_error *err);
int __wrap_http_post(const http_req *rq, http_resp *rs, dbt_error *err);

static double http_ms;
static int http_calls;
static size_t http_body;

int __wrap_http_post(const http_req *rq, http_resp *rs, dbt_error *err)
{
    double t0 = qset_now_ms();
    int rc = __real_http_post(rq, rs, err);
    http_ms += qset_now_ms() - t0;
    http_calls++;
    http_body = rq->body ? strlen(rq->body) : 0;
    return rc;
}

/* ---- helpers ------------------------------------------------------------------ */

static int quiet_progress(void *ctx, dbt_progress_kind kind, const char *text)
{
    (void)ctx;
    (void)kind;
    (void)text;
    return 0;
}

/* The fake's next replies: the gold SQL (written whole, then renamed). */
static int write_script(const char *path, const char *sql)
{
    cJSON *o = cJSON_CreateObject(), *replies = cJSON_AddArrayToObject(o, "replies"), *r = cJSON_CreateObject();
    cJSON_AddStringToObject(r, "sql", sql);
    cJSON_AddItemToArray(replies, r);
    char *text = cJSON_PrintUnformatted(o);
    cJSON_Delete(o);
    char tmp[4096];
    snprintf(tmp, sizeof tmp, "%s.tmp", path);
    FILE *f = fopen(tmp, "w");
    int rc = f && text && fputs(text, f) >= 0 ? 0 : -1;
    if (f && fclose(f) != 0)
        rc = -1;
    free(text);
    if (rc == 0 && rename(tmp, path) != 0)
        rc = -1;
    return rc;
}

static char *xdg_file(const char *var, const char *name)
{
    const char *dir = getenv(var);
    buf b;
    buf_init(&b);
    buf_printf(&b, "%s/databot/%s", dir, name);
    return buf_take(&b);
}

typedef struct series {
    double *v;
    size_t n;
} series;

static void push(series *s, double x)
{
    double *v = realloc(s->v, (s->n + 1) * sizeof *v);
    if (!v)
        abort();
    s->v = v;
    s->v[s->n++] = x;
}

static void print_series(const char *what, series *s, const char *unit, int decimals)
{
    if (!s->n) {
        printf("    %s: none\n", what);
        return;
    }
    double mean = qset_mean(s->v, s->n);
    printf("    %s (%zu): median %.*f, p95 %.*f, max %.*f, mean %.*f %s\n", what, s->n, decimals,
           qset_percentile(s->v, s->n, 50), decimals, qset_percentile(s->v, s->n, 95), decimals,
           qset_percentile(s->v, s->n, 100), decimals, mean, unit);
    free(s->v);
    s->v = NULL;
    s->n = 0;
}

/* The costly stages, each timed alone on the session's catalog: retrieval
 * as a prompt is built, the engine's confidence check, a cache write
 * (an INSERT and the prune, each its own transaction) and a cache read. */
static void breakdown(dbt_session *s, const qset *qs, long budget, int engine_first, const char *cache_path)
{
    series ret = { 0 }, eng = { 0 }, put = { 0 }, get = { 0 };
    retriever *r = retrieve_new(&s->cat);
    dbt_error err;
    llm_cache *c = cache_open(cache_path, &err);
    for (size_t i = 0; r && i < qs->n; i++) {
        char *clean = NULL;
        if (question_clean(qs->items[i].question, &clean, &err) < 0)
            continue;
        double t0 = qset_now_ms();
        char *schema = retrieve_schema(r, clean, budget, 1);
        push(&ret, qset_now_ms() - t0);
        free(schema);
        if (engine_first) {
            char *sql = NULL, *note = NULL;
            engine_reset(s->eng);
            t0 = qset_now_ms();
            engine_generate(s->eng, clean, "2024-12-31", &sql, &note, &err);
            push(&eng, qset_now_ms() - t0);
            free(sql);
            free(note);
        }
        if (c) {
            char key[33];
            const char *parts[] = { "bench", clean };
            cache_key(key, parts, 2);
            t0 = qset_now_ms();
            cache_put(c, key, qs->items[i].sql, 2000000000);
            push(&put, qset_now_ms() - t0);
            t0 = qset_now_ms();
            free(cache_get(c, key, 3600, 2000000000));
            push(&get, qset_now_ms() - t0);
        }
        free(clean);
    }
    printf("  where the time goes, each stage timed alone on the same questions:\n");
    print_series("  retrieval (retrieve_schema)", &ret, "ms", 2);
    if (engine_first)
        print_series("  the engine's confidence check (engine_generate)", &eng, "ms", 2);
    print_series("  cache write (cache_put)", &put, "ms", 2);
    print_series("  cache read (cache_get)", &get, "ms", 3);
    cache_close(c);
    retrieve_free(r);
}

/* ---- one database --------------------------------------------------------------- */

static int bench_db(const char *url, const char *script, const char *db, const char *set, int rounds,
                    int threshold)
{
    qset qs = { 0 };
    if (qset_load(&qs, set) < 0)
        return -1;
    char *cache = xdg_file("XDG_CACHE_HOME", "llm-cache.sqlite");
    char *memory = xdg_file("XDG_STATE_HOME", "memory.sqlite");
    char *audit = xdg_file("XDG_STATE_HOME", "audit.jsonl");
    char model[512];
    snprintf(model, sizeof model, "openai:bench-model@%s", url);
    dbt_config cfg;
    dbt_config_init(&cfg);
    cfg.model = model;
    cfg.cache_path = cache;
    cfg.memory_path = memory;
    cfg.audit_path = audit;
    cfg.audit_database = db;
    cfg.progress = quiet_progress;
    cfg.as_of = "2024-12-31";
    if (threshold >= 0)
        cfg.engine_threshold = threshold;

    series overhead = { 0 }, overhead_model = { 0 }, overhead_engine = { 0 }, ask_over = { 0 }, run_over = { 0 };
    series http = { 0 }, hit = { 0 }, prompt_bytes = { 0 }, body_bytes = { 0 }, open_ms = { 0 };
    size_t from_model = 0, from_engine = 0, from_other = 0, failed = 0, hits = 0, hit_requests = 0, repeats = 0;
    dbt_error err;
    dbt_session *last = NULL;
    for (int round = 0; round < rounds; round++) {
        remove(cache);
        double o0 = qset_now_ms();
        dbt_session *s = dbt_open(db, &cfg, &err);
        push(&open_ms, qset_now_ms() - o0);
        if (!s) {
            fprintf(stderr, "llm_bench: %s: %s\n", db, err.message);
            free(cache);
            free(memory);
            free(audit);
            qset_free(&qs);
            return -1;
        }
        for (int pass = 0; pass < (round == rounds - 1 ? 2 : 1); pass++) {
            /* pass 0: every question new (a request); pass 1, last round: again, from the cache */
            for (size_t i = 0; i < qs.n; i++) {
                const qitem *it = &qs.items[i];
                if (write_script(script, it->sql) < 0) {
                    fprintf(stderr, "llm_bench: cannot write %s\n", script);
                    exit(1);
                }
                dbt_session_reset(s);
                http_ms = 0;
                http_calls = 0;
                double t0 = qset_now_ms();
                dbt_plan *p = dbt_ask(s, it->question, &err);
                double t1 = qset_now_ms();
                double in_http = http_ms;
                int calls = http_calls;
                if (!p) {
                    if (pass == 0 && round == 0)
                        printf("    %s: no plan: %s\n", it->id, err.message);
                    failed += round == 0 && pass == 0;
                    continue;
                }
                const char *src = dbt_plan_source(p);
                if (pass == 1) {
                    if (strcmp(src, "cache") == 0) {
                        push(&hit, t1 - t0);
                        hits++;
                    }
                    repeats++;
                    hit_requests += (size_t)calls;
                    dbt_plan_free(p);
                    continue;
                }
                double t2 = qset_now_ms();
                dbt_answer *a = dbt_run(s, p, &err);
                double t3 = qset_now_ms();
                double db_ms = a ? dbt_answer_elapsed_ms(a) : 0;
                if (!a && round == 0)
                    printf("    %s: the SQL failed: %s\n", it->id, err.message);
                double ov_ask = (t1 - t0) - in_http, ov_run = a ? (t3 - t2) - db_ms : 0;
                push(&overhead, ov_ask + ov_run);
                push(&ask_over, ov_ask);
                if (a)
                    push(&run_over, ov_run);
                if (calls) {
                    push(&overhead_model, ov_ask + ov_run);
                    push(&http, in_http);
                } else if (strcmp(src, "engine") == 0) {
                    push(&overhead_engine, ov_ask + ov_run);
                }
                if (round == 0) {
                    from_model += calls > 0;
                    from_engine += !calls && strcmp(src, "engine") == 0;
                    from_other += !calls && strcmp(src, "engine") != 0;
                    /* the prompt this question sends (or would send): a first
                     * question again, not a follow-up of itself */
                    dbt_session_reset(s);
                    char *text = dbt_prompt_text(s, it->question, &err);
                    if (text)
                        push(&prompt_bytes, (double)strlen(text));
                    free(text);
                    if (calls)
                        push(&body_bytes, (double)http_body);
                }
                dbt_answer_free(a);
                dbt_plan_free(p);
            }
        }
        if (round == rounds - 1)
            last = s;
        else
            dbt_close(s);
    }
    const char *base = strrchr(db, '/') ? strrchr(db, '/') + 1 : db;
    printf("pipeline: %s, %zu questions x %d round%s (fresh session and empty cache each round)\n", base, qs.n,
           rounds, rounds == 1 ? "" : "s");
    printf("  answered by the model %zu, by the confident engine with no request %zu, otherwise %zu, "
           "no plan %zu\n", from_model, from_engine, from_other, failed);
    print_series("session open (catalog, samples, engine, retriever)", &open_ms, "ms", 1);
    if (overhead.n) {
        double med = qset_percentile(overhead.v, overhead.n, 50), p95 = qset_percentile(overhead.v, overhead.n, 95);
        printf("  target, overhead under 5 ms per question: %s (median %.2f ms, p95 %.2f ms)\n",
               p95 < 5 ? "met" : med < 5 ? "met at the median, not at p95" : "NOT met", med, p95);
    }
    print_series("overhead per question (ask + run, outside HTTP and the query)", &overhead, "ms", 2);
    print_series("  of it in dbt_ask (outside HTTP)", &ask_over, "ms", 2);
    print_series("  of it in dbt_run (outside the query)", &run_over, "ms", 2);
    print_series("  questions the model answered", &overhead_model, "ms", 2);
    print_series("  questions the engine answered", &overhead_engine, "ms", 2);
    print_series("HTTP exchange with the fake (not overhead)", &http, "ms", 2);
    if (prompt_bytes.n) {
        double mb = qset_percentile(prompt_bytes.v, prompt_bytes.n, 50);
        double xb = qset_percentile(prompt_bytes.v, prompt_bytes.n, 100);
        printf("    prompt (rendered, as --show-prompt prints it): median %.0f bytes (~%.0f tokens), max %.0f "
               "bytes (~%.0f tokens)\n", mb, mb / 4, xb, xb / 4);
        free(prompt_bytes.v);
    }
    if (body_bytes.n) {
        double mb = qset_percentile(body_bytes.v, body_bytes.n, 50);
        double xb = qset_percentile(body_bytes.v, body_bytes.n, 100);
        printf("    request body (JSON on the wire): median %.0f bytes, max %.0f bytes\n", mb, xb);
        free(body_bytes.v);
    }
    printf("  cache: asked again, %zu of %zu questions came from $XDG_CACHE_HOME/databot/llm-cache.sqlite%s; "
           "%zu requests\n", hits, repeats, hits < repeats ? " (the others from the engine, as before)" : "",
           hit_requests);
    print_series("cache hit latency (dbt_ask)", &hit, "ms", 3);
    if (last) {
        char *scratch = xdg_file("XDG_CACHE_HOME", "bench-scratch.sqlite");
        breakdown(last, &qs, cfg.schema_budget, cfg.engine_threshold <= 100, scratch);
        remove(scratch);
        free(scratch);
        dbt_close(last);
    }
    free(cache);
    free(memory);
    free(audit);
    qset_free(&qs);
    return 0;
}

int main(int argc, char **argv)
{
    if (argc < 4) {
        fprintf(stderr, "usage: llm_bench URL SCRIPT [-r ROUNDS] DB=SET.jsonl...\n");
        return 2;
    }
    if (!getenv("XDG_CACHE_HOME") || !getenv("XDG_STATE_HOME")) {
        fprintf(stderr, "llm_bench: set XDG_CACHE_HOME and XDG_STATE_HOME to temporary folders\n");
        return 2;
    }
    int rounds = 3, threshold = -1, a = 3;
    for (; a + 1 < argc && argv[a][0] == '-'; a += 2) {
        if (strcmp(argv[a], "-r") == 0)
            rounds = atoi(argv[a + 1]);
        else if (strcmp(argv[a], "-t") == 0)
            threshold = atoi(argv[a + 1]);
    }
    if (rounds < 1)
        rounds = 1;
    int rc = 0;
    for (; a < argc; a++) {
        const char *eq = strchr(argv[a], '=');
        if (!eq) {
            fprintf(stderr, "llm_bench: %s: write DB=SET.jsonl\n", argv[a]);
            return 2;
        }
        char *db = xstrndup(argv[a], (size_t)(eq - argv[a]));
        if (bench_db(argv[1], argv[2], db, eq + 1, rounds, threshold) < 0)
            rc = 1;
        free(db);
    }
    return rc;
}
