/* vectors.c: embeddings for schema retrieval (--embeddings PROVIDER:MODEL).
 * Each table's text (retrieve_table_text) is embedded once and kept in the
 * cache file under a hash of the model, its server and the text, so an
 * unchanged schema costs no request on the next run; the question's vector
 * is fetched per question (and cached too). The vectors go to the
 * retriever. Anything that goes wrong (no server, an open circuit, a
 * malformed reply) leaves retrieval on words alone, with a reason for the
 * plan's note: embeddings never cost an answer. */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "llm/llm.h"
#include "retrieve.h"

#define BREAKER_FAILURES 3
#define BREAKER_COOLDOWN_MS 30000

struct llm_vectors {
    llm_endpoint ep;
    breaker br;
    int tables_set;        /* the retriever holds the table vectors */
    char *q_text;          /* the question whose vector q_vec is */
    float *q_vec;
};

static double now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

llm_vectors *vectors_new(const char *spec, const char *base_url, const char *key, dbt_error *err)
{
    llm_vectors *v = calloc(1, sizeof *v);
    if (!v) {
        err_set(err, DBT_ERR_NOMEM, "out of memory");
        return NULL;
    }
    dbt_error e;
    if (endpoint_parse(spec, base_url, &v->ep, &e) < 0) {
        err_set(err, e.code, "--embeddings: %s", e.message);
        free(v);
        return NULL;
    }
    if (v->ep.format == LLM_ANTHROPIC) {
        err_set(err, DBT_ERR_USAGE, "--embeddings %s: Anthropic has no embeddings endpoint; use an "
                "OpenAI-compatible one, e.g. openai:text-embedding-3-small or ollama:nomic-embed-text",
                spec);
        vectors_free(v);
        return NULL;
    }
    v->ep.key = key;
    breaker_init(&v->br, BREAKER_FAILURES, BREAKER_COOLDOWN_MS);
    return v;
}

void vectors_free(llm_vectors *v)
{
    if (!v)
        return;
    endpoint_free(&v->ep);
    free(v->q_text);
    free(v->q_vec);
    free(v);
}

const char *vectors_name(const llm_vectors *v)
{
    return v->ep.name;
}

/* Retrieval falls back to words: *why says why. 1, or -1 on no memory. */
static int words_only(char **why, dbt_error *err, const char *fmt, ...) DBT_PRINTF(3, 4);
static int words_only(char **why, dbt_error *err, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    *why = str_vprintf(fmt, ap);
    va_end(ap);
    return *why ? 1 : err_set(err, DBT_ERR_NOMEM, "out of memory");
}

static void item_key(const llm_vectors *v, const char *kind, const char *text, char out[33])
{
    const char *parts[] = { v->ep.name, v->ep.base_url, kind, text };
    cache_key(out, parts, sizeof parts / sizeof *parts);
}

/* Fetch the n texts' vectors, unless the breaker is open; a failure is
 * counted by the breaker. */
static int fetch(llm_vectors *v, const char *const *texts, size_t n, const llm_call *call,
                 size_t *dim, float **out, long *requests, dbt_error *err)
{
    if (!breaker_allow(&v->br, now_ms()))
        return err_set(err, DBT_ERR_PROVIDER, "%s skipped after repeated failures (circuit open)",
                       v->ep.name);
    int rc = embed_texts(&v->ep, texts, n, call, out, dim, requests, err);
    if (rc == 0)
        breaker_success(&v->br);
    else if (err->code != DBT_ERR_CANCELLED && err->code != DBT_ERR_NOMEM)
        breaker_failure(&v->br, now_ms());
    return rc;
}

/* The table vectors into the retriever: from the cache (unless force),
 * the missing ones fetched (may_fetch 0: none) and stored. 0, 1 with *why,
 * -1 with err. */
static int load_tables(llm_vectors *v, retriever *r, const catalog *cat, llm_cache *cache,
                       const llm_call *call, int may_fetch, int force, long *requests, char **why,
                       dbt_error *err)
{
    size_t n = cat->ntables;
    char **texts = calloc(n ? n : 1, sizeof *texts);
    float **got = calloc(n ? n : 1, sizeof *got);
    size_t *missing = calloc(n ? n : 1, sizeof *missing);
    float *all = NULL, *fetched = NULL;
    size_t dim = 0, nmiss = 0;
    int rc = -1, mixed = 0, refetch = 0;
    if (!texts || !got || !missing) {
        err_set(err, DBT_ERR_NOMEM, "out of memory");
        goto out;
    }
    for (size_t i = 0; i < n; i++) {
        if (!(texts[i] = retrieve_table_text(cat, i))) {
            err_set(err, DBT_ERR_NOMEM, "out of memory");
            goto out;
        }
        char key[33];
        item_key(v, "table", texts[i], key);
        size_t d = 0;
        got[i] = force ? NULL : cache_get_vector(cache, key, &d);
        if (got[i] && dim && d != dim)
            mixed = 1;
        if (got[i])
            dim = d;
        else
            missing[nmiss++] = i;
    }
    if (mixed) {
        /* vectors of two sizes: the model changed; fetch them all again */
        nmiss = 0;
        dim = 0;
        for (size_t i = 0; i < n; i++) {
            free(got[i]);
            got[i] = NULL;
            missing[nmiss++] = i;
        }
    }
    if (nmiss && !may_fetch) {
        rc = words_only(why, err, "the tables' vectors from %s are not cached yet (--show-prompt "
                        "fetches none)", v->ep.name);
        goto out;
    }
    if (nmiss) {
        const char **mt = malloc(nmiss * sizeof *mt);
        if (!mt) {
            err_set(err, DBT_ERR_NOMEM, "out of memory");
            goto out;
        }
        for (size_t k = 0; k < nmiss; k++)
            mt[k] = texts[missing[k]];
        dbt_error e;
        size_t fd = 0;
        int frc = fetch(v, mt, nmiss, call, &fd, &fetched, requests, &e);
        free(mt);
        if (frc < 0) {
            if (e.code == DBT_ERR_CANCELLED || e.code == DBT_ERR_NOMEM) {
                if (err)
                    *err = e;
                goto out;
            }
            rc = words_only(why, err, "embeddings failed: %s", e.message);
            goto out;
        }
        if (dim && fd != dim) {
            refetch = !force;   /* the cached ones are from the model as it was */
            if (force)
                rc = words_only(why, err, "embeddings failed: %s gave vectors of two sizes",
                                v->ep.name);
            goto out;
        }
        dim = fd;
        int64_t now = (int64_t)time(NULL);
        for (size_t k = 0; k < nmiss; k++) {
            char key[33];
            item_key(v, "table", texts[missing[k]], key);
            cache_put_vector(cache, key, v->ep.name, fetched + k * dim, dim, now);
        }
        cache_prune_vectors(cache, now);
    }
    all = malloc((n && dim ? n * dim : 1) * sizeof *all);
    if (!all) {
        err_set(err, DBT_ERR_NOMEM, "out of memory");
        goto out;
    }
    for (size_t i = 0, k = 0; i < n; i++) {
        const float *src = got[i] ? got[i] : fetched + (k++) * dim;
        memcpy(all + i * dim, src, dim * sizeof *all);
    }
    if (retrieve_set_vectors(r, all, dim) < 0) {
        err_set(err, DBT_ERR_NOMEM, "out of memory");
        goto out;
    }
    v->tables_set = 1;
    rc = 0;
out:
    for (size_t i = 0; texts && i < n; i++)
        free(texts[i]);
    for (size_t i = 0; got && i < n; i++)
        free(got[i]);
    free(texts);
    free(got);
    free(missing);
    free(fetched);
    free(all);
    if (refetch)
        return load_tables(v, r, cat, cache, call, may_fetch, 1, requests, why, err);
    return rc;
}

int vectors_for(llm_vectors *v, retriever *r, const catalog *cat, llm_cache *cache,
                const char *question, const llm_call *call, int may_fetch, long *requests,
                const float **qvec, char **why, dbt_error *err)
{
    *qvec = NULL;
    *why = NULL;
    if (v->tables_set && v->q_text && strcmp(v->q_text, question) == 0) {
        *qvec = v->q_vec;
        return 0;
    }
    if (!cat->ntables)
        return 1;
    int rc = v->tables_set ? 0 : load_tables(v, r, cat, cache, call, may_fetch, 0, requests, why, err);
    if (rc != 0)
        return rc;
    size_t dim = retrieve_vector_dim(r);
    char key[33];
    item_key(v, "question", question, key);
    size_t d = 0;
    float *q = cache_get_vector(cache, key, &d);
    if (q && d != dim) {
        free(q);
        q = NULL;
    }
    if (!q && !may_fetch)
        return words_only(why, err, "this question's vector from %s is not cached (--show-prompt "
                          "fetches none)", v->ep.name);
    if (!q) {
        dbt_error e;
        d = 0;
        if (fetch(v, &question, 1, call, &d, &q, requests, &e) < 0) {
            if (e.code == DBT_ERR_CANCELLED || e.code == DBT_ERR_NOMEM) {
                if (err)
                    *err = e;
                return -1;
            }
            return words_only(why, err, "embeddings failed: %s", e.message);
        }
        if (d != dim) {
            /* the tables' cached vectors are from the model as it was: fetch them again */
            v->tables_set = 0;
            rc = load_tables(v, r, cat, cache, call, may_fetch, 1, requests, why, err);
            if (rc == 0 && retrieve_vector_dim(r) != d)
                rc = words_only(why, err, "embeddings failed: %s gave vectors of %zu numbers for "
                                "the question but %zu for the tables", v->ep.name, d,
                                retrieve_vector_dim(r));
            if (rc != 0) {
                free(q);
                return rc;
            }
        }
        cache_put_vector(cache, key, v->ep.name, q, d, (int64_t)time(NULL));
    }
    char *text = xstrdup(question);
    if (!text) {
        free(q);
        return err_set(err, DBT_ERR_NOMEM, "out of memory");
    }
    free(v->q_text);
    free(v->q_vec);
    v->q_text = text;
    v->q_vec = q;
    *qvec = q;
    return 0;
}
