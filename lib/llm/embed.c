/* embed.c: vectors from an OpenAI-compatible embeddings endpoint (OpenAI,
 * OpenRouter, Ollama, llama.cpp, vLLM, LM Studio): POST {base}/embeddings
 * with {"model":..., "input":[...]} in batches, through http.c (timeouts,
 * retries, cancellation), and the reply checked before any number is used:
 * as many vectors as inputs, finite numbers only, one size throughout, a
 * bounded body. The key goes only into the Authorization header. */
#include <cjson/cJSON.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "llm/llm.h"

/* 64 vectors of 3072 numbers printed at ~20 bytes each fit with room */
#define EMBED_REPLY_MAX (16u << 20)

char *embed_body(const char *model, const char *const *texts, size_t n)
{
    cJSON *root = cJSON_CreateObject();
    cJSON *input = cJSON_CreateArray();
    int ok = root && input && cJSON_AddStringToObject(root, "model", model);
    for (size_t i = 0; ok && i < n; i++) {
        cJSON *s = cJSON_CreateString(texts[i] ? texts[i] : "");
        ok = s && cJSON_AddItemToArray(input, s);
    }
    char *out = NULL;
    if (ok && cJSON_AddItemToObject(root, "input", input)) {
        input = NULL;
        out = cJSON_PrintUnformatted(root);
    }
    cJSON_Delete(input);
    cJSON_Delete(root);
    return out;
}

/* One data[] entry's vector into dst (dim numbers), or -1 with err. */
static int one_vector(const cJSON *e, size_t i, size_t dim, float *dst, dbt_error *err)
{
    const cJSON *v = cJSON_IsObject(e) ? cJSON_GetObjectItemCaseSensitive(e, "embedding") : NULL;
    if (!cJSON_IsArray(v))
        return err_set(err, DBT_ERR_PROVIDER, "the embeddings reply's data[%zu] holds no embedding list "
                       "(is the model an embeddings model?)", i);
    if ((size_t)cJSON_GetArraySize(v) != dim)
        return err_set(err, DBT_ERR_PROVIDER, "the embeddings reply's vectors differ in size "
                       "(%d numbers in data[%zu], %zu before)", cJSON_GetArraySize(v), i, dim);
    size_t k = 0;
    for (const cJSON *x = v->child; x; x = x->next, k++) {
        if (!cJSON_IsNumber(x) || !isfinite(x->valuedouble) || fabs(x->valuedouble) > 1e30)
            return err_set(err, DBT_ERR_PROVIDER, "the embeddings reply's data[%zu] holds something "
                           "other than a number at position %zu", i, k);
        dst[k] = (float)x->valuedouble;
    }
    return 0;
}

int embed_parse(const char *json, size_t n, size_t *dim, float **vecs, dbt_error *err)
{
    *vecs = NULL;
    cJSON *root = cJSON_Parse(json);
    if (!root)
        return err_set(err, DBT_ERR_PROVIDER, "the embeddings reply is not valid JSON");
    int rc = -1;
    float *out = NULL;
    char *seen = NULL;
    const cJSON *e = cJSON_GetObjectItemCaseSensitive(root, "error");
    const cJSON *data = cJSON_GetObjectItemCaseSensitive(root, "data");
    if (e) {
        const cJSON *m = cJSON_IsObject(e) ? cJSON_GetObjectItemCaseSensitive(e, "message") : e;
        err_set(err, DBT_ERR_PROVIDER, "the server said: %.300s",
                cJSON_IsString(m) ? m->valuestring : "an error");
        goto out;
    }
    if (!cJSON_IsArray(data)) {
        err_set(err, DBT_ERR_PROVIDER, "the embeddings reply holds no data list");
        goto out;
    }
    if ((size_t)cJSON_GetArraySize(data) != n) {
        err_set(err, DBT_ERR_PROVIDER, "the embeddings reply holds %d vectors for %zu inputs",
                cJSON_GetArraySize(data), n);
        goto out;
    }
    const cJSON *first = cJSON_IsObject(data->child)
                             ? cJSON_GetObjectItemCaseSensitive(data->child, "embedding") : NULL;
    size_t d = cJSON_IsArray(first) ? (size_t)cJSON_GetArraySize(first) : 0;
    if (n && !cJSON_IsArray(first)) {
        one_vector(data->child, 0, 0, NULL, err);   /* says what is missing */
        goto out;
    }
    if (n && (d == 0 || d > EMBED_MAX_DIM)) {
        err_set(err, DBT_ERR_PROVIDER, "the embeddings reply's vectors hold %zu numbers (expected 1 "
                "to %d)", d, EMBED_MAX_DIM);
        goto out;
    }
    if (n && *dim && d != *dim) {
        err_set(err, DBT_ERR_PROVIDER, "the embeddings reply's vectors hold %zu numbers, the "
                "earlier ones %zu", d, *dim);
        goto out;
    }
    out = malloc((n && d ? n * d : 1) * sizeof *out);
    seen = calloc(n ? n : 1, 1);
    if (!out || !seen) {
        err_set(err, DBT_ERR_NOMEM, "out of memory");
        goto out;
    }
    size_t i = 0;
    for (const cJSON *x = data->child; x; x = x->next, i++) {
        /* OpenAI says which input each vector is for; others keep the order */
        const cJSON *ix = cJSON_IsObject(x) ? cJSON_GetObjectItemCaseSensitive(x, "index") : NULL;
        size_t at = i;
        if (ix) {
            double v = cJSON_IsNumber(ix) ? ix->valuedouble : -1;
            if (v < 0 || v >= (double)n || v != floor(v) || seen[(size_t)v]) {
                err_set(err, DBT_ERR_PROVIDER, "the embeddings reply's data[%zu] has a bad or repeated "
                        "index", i);
                goto out;
            }
            at = (size_t)v;
        }
        seen[at] = 1;
        if (one_vector(x, i, d, out + at * d, err) < 0)
            goto out;
    }
    *dim = d;
    *vecs = out;
    out = NULL;
    rc = 0;
out:
    free(out);
    free(seen);
    cJSON_Delete(root);
    return rc;
}

typedef struct retry_ctx {
    const llm_call *call;
} retry_ctx;

static int on_retry(void *ctx, int attempt, long wait_ms, const char *why)
{
    const llm_call *call = ((retry_ctx *)ctx)->call;
    (void)attempt;
    if (!call->progress)
        return 0;
    char msg[320];
    snprintf(msg, sizeof msg, "embeddings: %s; retrying in %.1f s", why, (double)wait_ms / 1000);
    return call->progress(call->progress_ctx, DBT_PROGRESS_RETRY, msg) ? -1 : 0;
}

/* One batch: POST and parse into *vecs. */
static int one_batch(const llm_endpoint *ep, const char *url, const char *const *headers,
                     const char *const *texts, size_t n, const llm_call *call, size_t *dim,
                     float **vecs, long *requests, dbt_error *err)
{
    char *body = embed_body(ep->model, texts, n);
    if (!body)
        return err_set(err, DBT_ERR_NOMEM, "out of memory");
    retry_ctx rc_ctx = { call };
    http_req rq = {
        .url = url, .headers = headers, .body = body,
        .connect_timeout_ms = call->connect_timeout_ms, .total_timeout_ms = call->total_timeout_ms,
        .retries = call->retries, .backoff_ms = call->backoff_ms,
        .max_wait_ms = call->total_timeout_ms > 0 ? call->total_timeout_ms : 60000,
        .max_bytes = EMBED_REPLY_MAX, .cancel = call->cancel,
        .on_retry = on_retry, .ctx = &rc_ctx, .rng = call->rng,
    };
    http_resp rs;
    int rc = http_post(&rq, &rs, err);
    *requests += rs.attempts;
    free(body);
    if (rc == 0) {
        char *safe = endpoint_safe_url(ep->base_url);
        dbt_error perr;
        if (rs.status < 200 || rs.status > 299) {
            provider_status_error(ep, &rs, err);
            rc = -1;
        } else if (embed_parse(buf_str(&rs.body), n, dim, vecs, &perr) < 0) {
            err_set(err, perr.code, "%s from %s", perr.message, safe ? safe : "the server");
            rc = -1;
        }
        free(safe);
    }
    http_resp_free(&rs);
    return rc;
}

int embed_texts(const llm_endpoint *ep, const char *const *texts, size_t n, const llm_call *call,
                float **vecs, size_t *dim, long *requests, dbt_error *err)
{
    *vecs = NULL;
    if (ep->format == LLM_ANTHROPIC)
        return err_set(err, DBT_ERR_USAGE, "%s: Anthropic has no embeddings endpoint", ep->name);
    if (ep->needs_key && (!ep->key || !*ep->key))
        return err_set(err, DBT_ERR_PROVIDER, "%s needs an API key: set OPENAI_API_KEY", ep->name);
    buf url, auth;
    buf_init(&url);
    buf_init(&auth);
    buf_printf(&url, "%s/embeddings", ep->base_url);
    const char *headers[4];
    size_t nh = 0;
    headers[nh++] = "Content-Type: application/json";
    headers[nh++] = "Accept: application/json";
    if (ep->key && *ep->key) {
        buf_printf(&auth, "Authorization: Bearer %s", ep->key);
        headers[nh++] = buf_str(&auth);
    }
    headers[nh] = NULL;
    float *all = NULL;
    int rc = 0;
    if (url.oom || auth.oom)
        rc = err_set(err, DBT_ERR_NOMEM, "out of memory");
    for (size_t at = 0; rc == 0 && at < n; at += EMBED_BATCH) {
        size_t k = n - at < EMBED_BATCH ? n - at : EMBED_BATCH;
        if (call->progress && call->progress(call->progress_ctx, DBT_PROGRESS_REQUEST, ep->name)) {
            rc = err_set(err, DBT_ERR_CANCELLED, "cancelled");
            break;
        }
        float *part = NULL;
        rc = one_batch(ep, buf_str(&url), headers, texts + at, k, call, dim, &part, requests, err);
        if (rc == 0 && !all && !(all = malloc((n && *dim ? n * *dim : 1) * sizeof *all))) {
            rc = err_set(err, DBT_ERR_NOMEM, "out of memory");
        }
        if (rc == 0)
            memcpy(all + at * *dim, part, k * *dim * sizeof *all);
        free(part);
    }
    if (rc == 0 && n == 0)
        all = malloc(sizeof *all);
    if (err && rc < 0)
        provider_redact(err->message, sizeof err->message, ep->key);
    if (auth.p)
        memset(auth.p, 0, auth.cap);   /* the key leaves no copy behind */
    buf_free(&auth);
    buf_free(&url);
    if (rc < 0) {
        free(all);
        return -1;
    }
    *vecs = all;
    return 0;
}
