/* chain.c: the conductor of stage 3 with models. For one question: an
 * exact repeat of a confirmed question is answered from memory; then a
 * model's answer to the same question, schema and conversation from the
 * cache (before the engine's reading, which costs more); then the built-in
 * engine when it is confident; then each endpoint in turn (the cheaper
 * --model-simple one first for simple questions, the model, the
 * fallbacks) with a request, unless its circuit breaker is open; SQL the
 * guard or the database rejects goes back to the model with the error and
 * the nearest real names, at most twice; the built-in engine ends the
 * chain. The prompt's schema is retrieved for the question with the
 * conversation's previous question and SQL (retrieve.h); the examples are
 * remembered questions and the semantic file's most like it. Tokens, cost,
 * requests, hits and fallbacks are counted per plan and per session. With
 * --embeddings, the schema in a prompt is ranked with vectors too
 * (vectors.c); when they fail, by words alone, and the plan's note says so. */
#include "llm/chain.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "guard.h"
#include "llm/llm.h"
#include "memory.h"
#include "retrieve.h"
#include "semantic.h"

#define MAX_ENDPOINTS 8
#define MAX_CORRECTIONS 2
#define BREAKER_FAILURES 3
#define BREAKER_COOLDOWN_MS 30000

typedef struct chain_link {
    llm_endpoint ep;
    breaker br;
} chain_link;

struct llm_chain {
    const catalog *cat;
    driver *d;
    engine *eng;
    volatile sig_atomic_t *cancel;
    dbt_config cfg;                /* the strings below are the chain's copies */
    char *openai_key, *anthropic_key, *prices;
    chain_link links[MAX_ENDPOINTS];
    size_t nlinks;
    int simple;                    /* index of the --model-simple link, or -1 */
    llm_cache *cache;
    memory *mem;
    retriever *ret;
    llm_vectors *vec;              /* --embeddings, or NULL */
    const float *qvec;             /* the question's vector (owned by vec), or NULL */
    char *vec_note;                /* why this question's schema was ranked by words alone */
    int vec_done;                  /* the vectors were looked for this question */
    char fingerprint[17];
    char *prev_question, *prev_sql;
    uint64_t rng;
    dbt_stats stats;
};

static double now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

static void wipe_free(char *s)
{
    if (s) {
        volatile char *v = s;
        while (*v)
            *v++ = 0;
        free(s);
    }
}

static int add_link(llm_chain *c, const char *spec, const char *base_url, dbt_error *err)
{
    if (c->nlinks == MAX_ENDPOINTS)
        return err_set(err, DBT_ERR_USAGE, "too many models in the chain (at most %d)", MAX_ENDPOINTS);
    chain_link *l = &c->links[c->nlinks];
    if (endpoint_parse(spec, base_url, &l->ep, err) < 0)
        return -1;
    l->ep.key = l->ep.format == LLM_ANTHROPIC ? c->anthropic_key : c->openai_key;
    breaker_init(&l->br, BREAKER_FAILURES, BREAKER_COOLDOWN_MS);
    c->nlinks++;
    return 0;
}

/* --embeddings: its server is that of the chat model of the same provider
 * (so --base-url serves both), unless the spec names one; its key too. */
static int add_vectors(llm_chain *c, const char *spec, dbt_error *err)
{
    const char *base = NULL;
    size_t plen = strcspn(spec, ":");
    for (size_t i = 0; i < c->nlinks && !base; i++)
        if (strlen(c->links[i].ep.provider) == plen && strncmp(c->links[i].ep.provider, spec, plen) == 0)
            base = c->links[i].ep.base_url;
    c->vec = vectors_new(spec, base, c->openai_key, err);
    return c->vec ? 0 : -1;
}

llm_chain *chain_new(const dbt_config *cfg, const catalog *cat, driver *d, engine *eng,
                     volatile sig_atomic_t *cancel, dbt_error *err)
{
    llm_chain *c = calloc(1, sizeof *c);
    if (!c) {
        err_set(err, DBT_ERR_NOMEM, "out of memory");
        return NULL;
    }
    c->cat = cat;
    c->d = d;
    c->eng = eng;
    c->cancel = cancel;
    c->cfg = *cfg;
    c->simple = -1;
    c->openai_key = xstrdup(cfg->openai_api_key);
    c->anthropic_key = xstrdup(cfg->anthropic_api_key);
    c->prices = xstrdup(cfg->prices);
    /* the session's copy of the config keeps no pointer to a key */
    c->cfg.openai_api_key = c->cfg.anthropic_api_key = NULL;
    c->cfg.prices = c->prices;
    c->rng = (uint64_t)time(NULL) ^ ((uint64_t)getpid() << 32) ^ (uint64_t)(uintptr_t)c;
    retrieve_fingerprint(cat, c->fingerprint);
    if (cfg->model_simple && *cfg->model_simple) {
        if (add_link(c, cfg->model_simple, NULL, err) < 0)
            goto fail;
        c->simple = 0;
    }
    if (add_link(c, cfg->model, cfg->base_url, err) < 0)
        goto fail;
    if (cfg->fallback) {
        const char *p = cfg->fallback;
        while (*p) {
            p += strspn(p, " ,");
            size_t n = strcspn(p, ",");
            while (n && p[n - 1] == ' ')
                n--;
            if (n) {
                char *spec = xstrndup(p, n);
                int rc = spec ? add_link(c, spec, NULL, err) : err_set(err, DBT_ERR_NOMEM, "out of memory");
                free(spec);
                if (rc < 0)
                    goto fail;
            }
            p += n;
            p += strcspn(p, ",");
        }
    }
    c->ret = retrieve_new(cat);
    if (!c->ret) {
        err_set(err, DBT_ERR_NOMEM, "out of memory");
        goto fail;
    }
    if (cfg->embeddings && *cfg->embeddings && add_vectors(c, cfg->embeddings, err) < 0)
        goto fail;
    /* a cache or memory that cannot be opened costs speed, not answers */
    if (cfg->cache_path && *cfg->cache_path)
        c->cache = cache_open(cfg->cache_path, NULL);
    if (cfg->memory_path && *cfg->memory_path)
        c->mem = memory_open(cfg->memory_path, NULL);
    return c;
fail:
    chain_free(c);
    return NULL;
}

void chain_free(llm_chain *c)
{
    if (!c)
        return;
    for (size_t i = 0; i < c->nlinks; i++)
        endpoint_free(&c->links[i].ep);
    wipe_free(c->openai_key);
    wipe_free(c->anthropic_key);
    free(c->prices);
    cache_close(c->cache);
    memory_close(c->mem);
    retrieve_free(c->ret);
    vectors_free(c->vec);
    free(c->vec_note);
    free(c->prev_question);
    free(c->prev_sql);
    free(c);
}

void chain_reset(llm_chain *c)
{
    free(c->prev_question);
    free(c->prev_sql);
    c->prev_question = c->prev_sql = NULL;
}

void chain_stats(const llm_chain *c, dbt_stats *out)
{
    *out = c->stats;
}

void chain_result_free(chain_result *r)
{
    free(r->sql);
    free(r->note);
    r->sql = r->note = NULL;
}

/* "and only 2024", "now by month": a question that leans on the last one. */
static int looks_followup(const char *q)
{
    static const char *const starts[] = { "and ", "now ", "only ", "what about ", "how about ",
                                          "same ", "but ", "also ", "then ", "instead ", "by ",
                                          "just ", "except ", "sort ", "order " };
    char low[32];
    size_t n = 0;
    for (; q[n] && n < sizeof low - 1; n++)
        low[n] = (char)tolower((unsigned char)q[n]);
    low[n] = '\0';
    for (size_t i = 0; i < sizeof starts / sizeof *starts; i++)
        if (strncmp(low, starts[i], strlen(starts[i])) == 0)
            return 1;
    return 0;
}

static int progress(llm_chain *c, dbt_progress_kind kind, const char *text)
{
    if (c->cfg.progress && c->cfg.progress(c->cfg.progress_ctx, kind, text)) {
        if (c->cancel)
            *c->cancel = 1;
        return -1;
    }
    return 0;
}

static void remember_turn(llm_chain *c, const char *question, const char *sql)
{
    char *q = xstrdup(question), *s = xstrdup(sql);
    free(c->prev_question);
    free(c->prev_sql);
    c->prev_question = q;
    c->prev_sql = s;
}

/* ---- hints for corrections: the real names nearest a wrong one ----------- */

/* The wrong name in a rejection: SQLite's "no such column: X" / "no such
 * table: X", or the guard's "no column 'X' in T" / "no table or view named 'X'". */
static int wrong_name(const char *msg, char *out, size_t cap, int *is_table)
{
    static const struct { const char *lead; int table; char end; } forms[] = {
        { "no such column: ", 0, ' ' }, { "no such table: ", 1, ' ' },
        { "no column '", 0, '\'' }, { "no column \"", 0, '"' },
        { "no table or view named '", 1, '\'' },
    };
    for (size_t i = 0; i < sizeof forms / sizeof *forms; i++) {
        const char *p = strstr(msg, forms[i].lead);
        if (!p)
            continue;
        p += strlen(forms[i].lead);
        size_t n = forms[i].end == ' ' ? strcspn(p, " ,;)") : strcspn(p, forms[i].end == '"' ? "\"" : "'");
        if (n == 0 || n >= cap)
            return -1;
        memcpy(out, p, n);
        out[n] = '\0';
        char *dot = strrchr(out, '.');
        if (dot)
            memmove(out, dot + 1, strlen(dot));
        *is_table = forms[i].table;
        return 0;
    }
    return -1;
}

static char *correction_hints(const llm_chain *c, const char *msg)
{
    char name[128];
    int is_table;
    if (wrong_name(msg, name, sizeof name, &is_table) < 0)
        return NULL;
    struct { const char *t, *c; size_t d; } best[3] = { { NULL, NULL, 99 }, { NULL, NULL, 99 }, { NULL, NULL, 99 } };
    for (size_t i = 0; i < c->cat->ntables; i++) {
        const cat_table *t = &c->cat->tables[i];
        for (size_t k = 0; k < (is_table ? 1 : t->ncols); k++) {
            const char *cand = is_table ? t->name : t->cols[k].name;
            size_t d = (size_t)str_edit_distance(name, cand, 64);
            /* a column whose name contains the wrong one (amount -> total_amount) is close too */
            if (strstr(cand, name) || strstr(name, cand))
                d = d > 2 ? 2 : d;
            for (int b = 0; b < 3; b++)
                if (d < best[b].d) {
                    memmove(&best[b + 1], &best[b], (size_t)(2 - b) * sizeof best[0]);
                    best[b].t = t->name;
                    best[b].c = is_table ? NULL : cand;
                    best[b].d = d;
                    break;
                }
        }
    }
    if (!best[0].t)
        return NULL;
    buf b;
    buf_init(&b);
    buf_printf(&b, "'%s' does not exist. The nearest real %s: ", name, is_table ? "tables" : "columns");
    for (int i = 0; i < 3 && best[i].t; i++) {
        if (best[i].c)
            buf_printf(&b, "%s%s.%s", i ? ", " : "", best[i].t, best[i].c);
        else
            buf_printf(&b, "%s%s", i ? ", " : "", best[i].t);
    }
    buf_addc(&b, '.');
    return buf_take(&b);
}

/* ---- the prompt ------------------------------------------------------------ */

/* A new question: its vector is looked for again. */
static void vectors_reset(llm_chain *c)
{
    c->vec_done = 0;
    c->qvec = NULL;
    free(c->vec_note);
    c->vec_note = NULL;
}

/* The question's vector (--embeddings), looked for once per question; a
 * failure leaves words alone and a note. may_fetch 0: cached vectors only.
 * -1 with err when cancelled or out of memory. */
static int rank_vectors(llm_chain *c, const char *question, int may_fetch, dbt_error *err)
{
    if (!c->vec || c->vec_done)
        return 0;
    c->vec_done = 1;
    long total = c->cfg.llm_timeout_ms > 0 ? c->cfg.llm_timeout_ms : 60000;
    int retries = c->cfg.llm_retries >= 0 ? c->cfg.llm_retries : 2;
    /* an aid to retrieval, not the answer: it fails fast */
    llm_call call = {
        .connect_timeout_ms = c->cfg.llm_connect_timeout_ms > 0 ? c->cfg.llm_connect_timeout_ms : 10000,
        .total_timeout_ms = total < 30000 ? total : 30000,
        .retries = retries < 1 ? retries : 1,
        .backoff_ms = 250,
        .cancel = c->cancel, .progress = c->cfg.progress, .progress_ctx = c->cfg.progress_ctx,
        .rng = &c->rng,
    };
    long requests = 0;
    char *why = NULL;
    int rc = vectors_for(c->vec, c->ret, c->cat, c->cache, question, &call, may_fetch, &requests,
                         &c->qvec, &why, err);
    c->stats.requests += requests;
    if (why) {
        buf b;
        buf_init(&b);
        buf_printf(&b, "schema ranked by words only: %s", why);
        free(why);
        c->vec_note = buf_take(&b);
    }
    if (rc < 0 && err && err->code == DBT_ERR_CANCELLED && c->cancel)
        *c->cancel = 1;
    return rc < 0 ? -1 : 0;
}

#define MAX_EXAMPLES 3

static int build_prompt(llm_chain *c, const char *question, const char *as_of, llm_prompt *p)
{
    retrieve_query rq = { question, c->prev_question, c->prev_sql, c->qvec };
    char *schema = retrieve_schema_q(c->ret, &rq, c->cfg.schema_budget, !c->cfg.no_sample_values);
    memory_pair *pairs = NULL;
    size_t npairs = c->mem ? memory_similar(c->mem, c->fingerprint, question, MAX_EXAMPLES, &pairs) : 0;
    llm_example ex[MAX_EXAMPLES];
    size_t nex = 0;
    for (size_t i = 0; i < npairs; i++) {
        ex[nex].question = pairs[i].question;
        ex[nex++].sql = pairs[i].sql;
    }
    /* then the semantic file's examples most like the question */
    size_t idx[MAX_EXAMPLES];
    size_t nidx = c->cat->sem ? retrieve_examples(c->ret, question, MAX_EXAMPLES - nex, idx) : 0;
    for (size_t i = 0; i < nidx; i++) {
        const sem_example *e = &c->cat->sem->examples[idx[i]];
        int dup = 0;
        for (size_t j = 0; j < nex; j++)
            dup |= strcmp(ex[j].sql, e->sql) == 0;
        if (!dup) {
            ex[nex].question = e->question;
            ex[nex++].sql = e->sql;
        }
    }
    prompt_input in = {
        .dialect = c->d->ops->dialect, .as_of = as_of, .schema = schema, .question = question,
        .prev_question = c->prev_question, .prev_sql = c->prev_sql,
        .examples = ex, .nexamples = nex,
    };
    int rc = schema ? prompt_build(p, &in) : -1;
    memory_pairs_free(pairs, npairs);
    free(schema);
    return rc;
}

char *chain_prompt_text(llm_chain *c, const char *question, const char *as_of)
{
    llm_prompt p;
    vectors_reset(c);
    if (rank_vectors(c, question, 0, NULL) < 0 || build_prompt(c, question, as_of, &p) < 0)
        return NULL;
    char *text = prompt_render(&p);
    prompt_free(&p);
    /* which endpoint it would go to (the URL without credentials; never a key) */
    const llm_endpoint *ep = &c->links[c->simple == 0 && c->nlinks > 1 ? 1 : 0].ep;
    char *url = endpoint_safe_url(ep->base_url);
    buf b;
    buf_init(&b);
    buf_printf(&b, "--- to %s at %s ---\n", ep->name, url ? url : "?");
    if (c->vec_note)
        buf_printf(&b, "--- %s ---\n", c->vec_note);
    else if (c->vec && c->qvec)
        buf_printf(&b, "--- schema ranked by words and %s embeddings ---\n", vectors_name(c->vec));
    buf_add(&b, text ? text : "");
    free(url);
    free(text);
    return text ? buf_take(&b) : (buf_free(&b), NULL);
}

/* ---- one endpoint ------------------------------------------------------------ */

typedef enum { TRY_OK, TRY_NEXT, TRY_CANCELLED, TRY_NOMEM } try_result;

static void account(llm_chain *c, const llm_endpoint *ep, const llm_reply *r, chain_result *out)
{
    c->stats.requests += r->attempts;
    c->stats.tokens_in += r->tokens_in;
    c->stats.tokens_out += r->tokens_out;
    out->tokens_in += r->tokens_in;
    out->tokens_out += r->tokens_out;
    double cost = cost_of(ep->provider, ep->model, r->tokens_in, r->tokens_out, c->prices);
    if (cost >= 0) {
        c->stats.cost += cost;
        if (out->cost >= 0)
            out->cost += cost;
    } else {
        out->cost = -1;
    }
}

static try_result try_endpoint(llm_chain *c, chain_link *l, const char *question, const char *as_of,
                               const char *cache_key_hex, chain_result *out, buf *why)
{
    llm_endpoint *ep = &l->ep;
    llm_prompt p;
    dbt_error ve;
    if (rank_vectors(c, question, 1, &ve) < 0)
        return ve.code == DBT_ERR_CANCELLED ? TRY_CANCELLED : TRY_NOMEM;
    if (build_prompt(c, question, as_of, &p) < 0)
        return TRY_NOMEM;
    llm_call call = {
        .connect_timeout_ms = c->cfg.llm_connect_timeout_ms > 0 ? c->cfg.llm_connect_timeout_ms : 10000,
        .total_timeout_ms = c->cfg.llm_timeout_ms > 0 ? c->cfg.llm_timeout_ms : 60000,
        .retries = c->cfg.llm_retries >= 0 ? c->cfg.llm_retries : 2,
        .backoff_ms = 250,
        .max_tokens = c->cfg.llm_max_tokens > 0 ? c->cfg.llm_max_tokens : 1024,
        .stream = c->cfg.progress != NULL,
        .cancel = c->cancel, .progress = c->cfg.progress, .progress_ctx = c->cfg.progress_ctx,
        .rng = &c->rng,
    };
    try_result res = TRY_NEXT;
    for (int round = 0; round <= MAX_CORRECTIONS; round++) {
        if (progress(c, DBT_PROGRESS_REQUEST, ep->name) < 0) {
            res = TRY_CANCELLED;
            break;
        }
        llm_reply r;
        reply_init(&r);
        dbt_error e;
        int rc = provider_complete(ep, &p, &call, &r, &e);
        account(c, ep, &r, out);
        if (rc < 0) {
            reply_free(&r);
            if (e.code == DBT_ERR_CANCELLED) {
                res = TRY_CANCELLED;
                break;
            }
            if (e.code == DBT_ERR_NOMEM) {
                res = TRY_NOMEM;
                break;
            }
            breaker_failure(&l->br, now_ms());
            buf_printf(why, "%s%s: %s", why->len ? "; " : "", ep->name, e.message);
            break;
        }
        breaker_success(&l->br);
        char *sql = extract_sql(buf_str(&r.text));
        dbt_error g;
        if (!sql)
            err_set(&g, DBT_ERR_PROVIDER, "the reply held no SQL query");
        if (sql && guard_check(sql, c->cat, c->d, &g) == 0) {
            if (c->cache && cache_key_hex)
                cache_put(c->cache, cache_key_hex, sql, (int64_t)time(NULL));
            out->sql = sql;
            out->source = ep->name;
            buf b;
            buf_init(&b);
            buf_printf(&b, "written by %s", ep->name);
            if (round)
                buf_printf(&b, " after %d correction%s", round, round > 1 ? "s" : "");
            if (why->len)
                buf_printf(&b, " (%s)", buf_str(why));
            out->note = buf_take(&b);
            reply_free(&r);
            res = TRY_OK;
            break;
        }
        if (round == MAX_CORRECTIONS) {
            buf_printf(why, "%s%s: its SQL was still rejected after %d corrections: %s",
                       why->len ? "; " : "", ep->name, MAX_CORRECTIONS, g.message);
            free(sql);
            reply_free(&r);
            break;
        }
        c->stats.corrections++;
        if (progress(c, DBT_PROGRESS_CORRECT, g.message) < 0) {
            free(sql);
            reply_free(&r);
            res = TRY_CANCELLED;
            break;
        }
        char *hints = correction_hints(c, g.message);
        char *fix = prompt_correction(sql, g.message, hints);
        int ok = fix && prompt_add(&p, "assistant", r.text.len ? buf_str(&r.text) : "(no reply)") == 0 &&
                 prompt_add(&p, "user", fix) == 0;
        free(hints);
        free(fix);
        free(sql);
        reply_free(&r);
        if (!ok) {
            res = TRY_NOMEM;
            break;
        }
    }
    prompt_free(&p);
    return res;
}

/* ---- the chain --------------------------------------------------------------- */

static int accept(llm_chain *c, char *sql, dbt_error *err)
{
    if (guard_check(sql, c->cat, c->d, err) < 0) {
        free(sql);
        return -1;
    }
    return 0;
}

int chain_ask(llm_chain *c, const char *question, const char *as_of, chain_result *out, dbt_error *err)
{
    memset(out, 0, sizeof *out);
    vectors_reset(c);
    int followup = c->prev_sql && looks_followup(question);
    if (c->mem && !followup) {
        char *sql = memory_exact(c->mem, c->fingerprint, question);
        if (sql && accept(c, sql, NULL) == 0) {
            out->sql = sql;
            out->note = xstrdup("answered from memory: a question you confirmed before");
            out->source = "memory";
            c->stats.memory_hits++;
            goto done;
        }
    }
    int order[MAX_ENDPOINTS];
    size_t n = 0;
    int use_simple = c->simple >= 0 && retrieve_is_simple(c->ret, question);
    for (size_t i = 0; i < c->nlinks; i++)
        if ((int)i != c->simple || use_simple)
            order[n++] = (int)i;
    /* a model's answer to the same question, schema and conversation comes
     * from the cache first: it costs less than the engine's reading */
    char keys[MAX_ENDPOINTS][33];
    for (size_t k = 0; k < n; k++) {
        const chain_link *l = &c->links[order[k]];
        const char *parts[] = { l->ep.name, l->ep.base_url, c->fingerprint, c->prev_sql, question };
        cache_key(keys[k], parts, sizeof parts / sizeof *parts);
        char *sql = c->cache ? cache_get(c->cache, keys[k], c->cfg.cache_ttl_s > 0 ? c->cfg.cache_ttl_s : 3600,
                                         (int64_t)time(NULL)) : NULL;
        if (sql && accept(c, sql, NULL) == 0) {
            out->sql = sql;
            out->source = "cache";
            buf b;
            buf_init(&b);
            buf_printf(&b, "from the cache (%s, no request)", l->ep.name);
            out->note = buf_take(&b);
            c->stats.cache_hits++;
            goto done;
        }
    }
    /* a confident built-in engine answers without a request; its reading is
     * kept for the end of the chain, so the engine reads each question once */
    int eng_rc = 1;                    /* 1: not asked yet */
    char *eng_sql = NULL, *eng_note = NULL;
    dbt_error eng_err;
    if (c->cfg.engine_threshold <= 100) {
        eng_rc = engine_generate(c->eng, question, as_of, &eng_sql, &eng_note, &eng_err);
        int conf = eng_rc == 0 ? engine_last_confidence(c->eng) : 0;
        if (eng_rc == 0 && conf >= c->cfg.engine_threshold && guard_check(eng_sql, c->cat, c->d, NULL) == 0) {
            buf b;
            buf_init(&b);
            buf_printf(&b, "%s%sthe built-in engine was confident (%d%%): no model request",
                       eng_note ? eng_note : "", eng_note ? "; " : "", conf);
            free(eng_note);
            out->sql = eng_sql;
            out->note = buf_take(&b);
            out->source = "engine";
            c->stats.engine_answers++;
            goto done;
        }
    }
    buf why;
    buf_init(&why);
    int tried = 0;
    for (size_t k = 0; k < n; k++) {
        chain_link *l = &c->links[order[k]];
        if (!breaker_allow(&l->br, now_ms())) {
            buf_printf(&why, "%s%s: skipped after repeated failures (circuit open)",
                       why.len ? "; " : "", l->ep.name);
            continue;
        }
        if (k > 0 && tried && progress(c, DBT_PROGRESS_FALLBACK, l->ep.name) < 0) {
            buf_free(&why);
            free(eng_sql);
            free(eng_note);
            return err_set(err, DBT_ERR_CANCELLED, "cancelled");
        }
        tried = 1;
        try_result tr = try_endpoint(c, l, question, as_of, keys[k], out, &why);
        if (tr == TRY_OK) {
            buf_free(&why);
            free(eng_sql);
            free(eng_note);
            goto done;
        }
        if (tr == TRY_CANCELLED) {
            buf_free(&why);
            free(eng_sql);
            free(eng_note);
            return err_set(err, DBT_ERR_CANCELLED, "cancelled while asking %s", l->ep.name);
        }
        if (tr == TRY_NOMEM) {
            buf_free(&why);
            free(eng_sql);
            free(eng_note);
            return err_set(err, DBT_ERR_NOMEM, "out of memory");
        }
    }
    /* the built-in engine ends the chain */
    if (tried || why.len)
        progress(c, DBT_PROGRESS_FALLBACK, "built-in engine");
    char *sql = eng_sql, *note = eng_note;
    dbt_error e;
    if (eng_rc == 1)
        eng_rc = engine_generate(c->eng, question, as_of, &sql, &note, &e);
    else if (eng_rc < 0)
        e = eng_err;
    if (eng_rc < 0) {
        err_set(err, e.code, "%s%s%s", e.message, why.len ? " (the models failed too: " : "",
                why.len ? buf_str(&why) : "");
        if (why.len && strlen(err->message) < sizeof err->message - 1)
            strcat(err->message, ")");
        buf_free(&why);
        free(note);
        return -1;
    }
    dbt_error g;
    if (guard_check(sql, c->cat, c->d, &g) < 0) {
        err_set(err, g.code, "the generated SQL did not pass the checks: %s", g.message);
        free(sql);
        free(note);
        buf_free(&why);
        return -1;
    }
    if (why.len) {
        c->stats.fallbacks++;
        buf b;
        buf_init(&b);
        buf_printf(&b, "%s%sanswered by the built-in engine because %s", note ? note : "",
                   note ? "; " : "", buf_str(&why));
        free(note);
        note = buf_take(&b);
    }
    buf_free(&why);
    out->sql = sql;
    out->note = note;
    out->source = "engine";
done:
    if (c->vec_note) {
        /* the front end shows the note: the answer came, from a narrower schema */
        buf b;
        buf_init(&b);
        buf_printf(&b, "%s%s%s", out->note ? out->note : "", out->note ? "; " : "", c->vec_note);
        free(out->note);
        out->note = buf_take(&b);
    }
    c->stats.questions++;
    remember_turn(c, question, out->sql);
    return 0;
}

int chain_remember(llm_chain *c, const dbt_config *cfg, const catalog *cat,
                   const char *question, const char *sql, dbt_error *err)
{
    if (c && c->mem)
        return memory_add(c->mem, c->fingerprint, question, sql, err);
    if (!cfg->memory_path || !*cfg->memory_path)
        return 0;
    memory *m = memory_open(cfg->memory_path, err);
    if (!m)
        return -1;
    char fp[17];
    retrieve_fingerprint(cat, fp);
    int rc = memory_add(m, fp, question, sql, err);
    memory_close(m);
    return rc;
}

/* ---- --llm-insights: a narrative from the insight sentences ------------------ */

char *chain_narrate(llm_chain *c, const char *context, long *tokens_in, long *tokens_out,
                    dbt_error *err)
{
    llm_prompt p = { 0 };
    p.system = xstrdup("You write for a person reading the result of a database query. From the "
                       "question, the SQL, the column names and the computed insights given, write "
                       "exactly two plain sentences of narrative about what the result means, then "
                       "at most one recommendation on its own line starting with \"Suggestion:\". "
                       "Use only the facts given; do not invent numbers. No SQL, no markdown.");
    if (!p.system || prompt_add(&p, "user", context) < 0) {
        prompt_free(&p);
        return err_set(err, DBT_ERR_NOMEM, "out of memory"), NULL;
    }
    llm_call call = {
        .connect_timeout_ms = c->cfg.llm_connect_timeout_ms > 0 ? c->cfg.llm_connect_timeout_ms : 10000,
        .total_timeout_ms = c->cfg.llm_timeout_ms > 0 ? c->cfg.llm_timeout_ms : 60000,
        .retries = c->cfg.llm_retries >= 0 ? c->cfg.llm_retries : 2,
        .backoff_ms = 250, .max_tokens = 300, .stream = 0, .cancel = c->cancel, .rng = &c->rng,
    };
    err_set(err, DBT_ERR_PROVIDER, "no model could be asked for a narrative");
    char *text = NULL;
    chain_result acc = { 0 };
    for (size_t i = 0; i < c->nlinks && !text; i++) {
        chain_link *l = &c->links[i];
        if ((int)i == c->simple && c->nlinks > 1)
            continue;
        if (!breaker_allow(&l->br, now_ms()))
            continue;
        llm_reply r;
        reply_init(&r);
        int rc = provider_complete(&l->ep, &p, &call, &r, err);
        account(c, &l->ep, &r, &acc);
        if (rc == 0 && r.text.len) {
            breaker_success(&l->br);
            text = buf_take(&r.text);
        } else if (rc < 0) {
            if (err->code == DBT_ERR_CANCELLED) {
                reply_free(&r);
                break;
            }
            breaker_failure(&l->br, now_ms());
        }
        reply_free(&r);
    }
    prompt_free(&p);
    if (tokens_in)
        *tokens_in = acc.tokens_in;
    if (tokens_out)
        *tokens_out = acc.tokens_out;
    if (text) {
        /* trimmed; no SQL fences or think blocks survive in a narrative */
        size_t n = strlen(text);
        while (n && (text[n - 1] == '\n' || text[n - 1] == ' ' || text[n - 1] == '\r'))
            text[--n] = '\0';
        err_clear(err);
    }
    return text;
}
