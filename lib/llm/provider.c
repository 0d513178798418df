/* provider.c: one completion from one endpoint: the headers (the key goes
 * only there), the body in the endpoint's format, the request through
 * http.c, the reply streamed (SSE, shown through the progress callback) or
 * whole, and errors a person can act on with any key redacted. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "llm/llm.h"

#include <cjson/cJSON.h>

#define REPLY_MAX_BYTES (4u << 20)

typedef struct stream_ctx {
    const llm_endpoint *ep;
    const llm_call *call;
    llm_reply *r;
    http_resp *rs;
    sse_parser sse;
    size_t shown;        /* bytes of r->text already passed to progress */
} stream_ctx;

static int is_sse(const http_resp *rs)
{
    return strncasecmp(rs->content_type, "text/event-stream", 17) == 0;
}

static int on_event(void *ctx, const char *event, const char *data)
{
    stream_ctx *sc = ctx;
    return sc->ep->format == LLM_ANTHROPIC ? anthropic_event(sc->r, event, data)
                                           : openai_event(sc->r, event, data);
}

static int on_data(void *ctx, const char *p, size_t n)
{
    stream_ctx *sc = ctx;
    if (!p) {             /* a new attempt */
        sse_reset(&sc->sse);
        buf_reset(&sc->r->text);
        sc->r->done = 0;
        sc->r->tokens_in = sc->r->tokens_out = 0;
        free(sc->r->error);
        sc->r->error = NULL;
        sc->shown = 0;
        return 0;
    }
    if (!is_sse(sc->rs))
        return 0;         /* a whole JSON reply: parsed at the end */
    if (sse_feed(&sc->sse, p, n) < 0)
        return 0;         /* a stopped stream is reported at the end */
    if (sc->call->progress && sc->r->text.len > sc->shown) {
        char *piece = xstrndup(sc->r->text.p + sc->shown, sc->r->text.len - sc->shown);
        sc->shown = sc->r->text.len;
        int stop = piece && sc->call->progress(sc->call->progress_ctx, DBT_PROGRESS_TEXT, piece);
        free(piece);
        if (stop)
            return -1;
    }
    return 0;
}

static int on_retry(void *ctx, int attempt, long wait_ms, const char *why)
{
    stream_ctx *sc = ctx;
    (void)attempt;
    if (!sc->call->progress)
        return 0;
    char msg[256];
    snprintf(msg, sizeof msg, "%s; retrying in %.1f s", why, (double)wait_ms / 1000);
    return sc->call->progress(sc->call->progress_ctx, DBT_PROGRESS_RETRY, msg) ? -1 : 0;
}

void provider_redact(char *s, size_t cap, const char *key)
{
    (void)cap;
    if (!s)
        return;
    static const char mask[] = "[redacted]";
    size_t klen = key ? strlen(key) : 0;
    if (klen >= 4) {
        char *hit;
        while ((hit = strstr(s, key))) {
            size_t m = klen < sizeof mask - 1 ? klen : sizeof mask - 1;
            memcpy(hit, mask, m);
            memmove(hit + m, hit + klen, strlen(hit + klen) + 1);
        }
    }
    /* masked echoes of keys ("sk-proj-****abcd") go too */
    for (char *p = s; (p = strstr(p, "sk-"));) {
        size_t w = strcspn(p, " \t\n\"',.;");
        memmove(p + 3, p + w, strlen(p + w) + 1);
        memcpy(p, "sk-", 3);
        p += 3;
    }
}

/* What a non-2xx reply says, briefly (embed.c uses it too). */
void provider_status_error(const llm_endpoint *ep, const http_resp *rs, dbt_error *err)
{
    char said[320] = "";
    llm_reply tmp;
    reply_init(&tmp);
    dbt_error perr;
    if (rs->body.len) {
        int rc = ep->format == LLM_ANTHROPIC ? anthropic_parse(buf_str(&rs->body), &tmp, &perr)
                                             : openai_parse(buf_str(&rs->body), &tmp, &perr);
        if (rc < 0 && strncmp(perr.message, "the server said: ", 17) == 0)
            snprintf(said, sizeof said, ": %.300s", perr.message + 17);
    }
    reply_free(&tmp);
    const char *hint = "";
    if (rs->status == 401 || rs->status == 403)
        hint = ep->format == LLM_ANTHROPIC ? " (check ANTHROPIC_API_KEY)" : " (check OPENAI_API_KEY)";
    else if (rs->status == 404)
        hint = " (check the model name and --base-url)";
    char *url = endpoint_safe_url(ep->base_url);
    err_set(err, DBT_ERR_PROVIDER, "HTTP %ld from %s%s%s%s", rs->status, url ? url : "the server",
            rs->attempts > 1 ? " after retries" : "", said, hint);
    free(url);
}

int provider_complete(const llm_endpoint *ep, const llm_prompt *p, const llm_call *call,
                      llm_reply *r, dbt_error *err)
{
    if (ep->needs_key && (!ep->key || !*ep->key))
        return err_set(err, DBT_ERR_PROVIDER, "%s needs an API key: set %s", ep->name,
                       ep->format == LLM_ANTHROPIC ? "ANTHROPIC_API_KEY" : "OPENAI_API_KEY");
    char *body = ep->format == LLM_ANTHROPIC ? anthropic_body(ep, p, call->stream, call->max_tokens)
                                             : openai_body(ep, p, call->stream, call->max_tokens);
    buf url, auth;
    buf_init(&url);
    buf_init(&auth);
    buf_printf(&url, "%s%s", ep->base_url,
               ep->format == LLM_ANTHROPIC ? "/messages" : "/chat/completions");
    const char *headers[6];
    size_t nh = 0;
    headers[nh++] = "Content-Type: application/json";
    headers[nh++] = call->stream ? "Accept: text/event-stream" : "Accept: application/json";
    if (ep->format == LLM_ANTHROPIC) {
        headers[nh++] = "anthropic-version: 2023-06-01";
        if (ep->key && *ep->key)
            buf_printf(&auth, "x-api-key: %s", ep->key);
    } else if (ep->key && *ep->key) {
        buf_printf(&auth, "Authorization: Bearer %s", ep->key);
    }
    if (auth.len)
        headers[nh++] = buf_str(&auth);
    headers[nh] = NULL;
    int rc = -1;
    if (!body || url.oom || auth.oom) {
        err_set(err, DBT_ERR_NOMEM, "out of memory");
        goto out;
    }
    http_resp rs;
    stream_ctx sc = { .ep = ep, .call = call, .r = r, .rs = &rs };
    sse_init(&sc.sse, on_event, &sc);
    http_req rq = {
        .url = buf_str(&url), .headers = headers, .body = body,
        .connect_timeout_ms = call->connect_timeout_ms, .total_timeout_ms = call->total_timeout_ms,
        .retries = call->retries, .backoff_ms = call->backoff_ms,
        .max_wait_ms = call->total_timeout_ms > 0 ? call->total_timeout_ms : 60000,
        .max_bytes = REPLY_MAX_BYTES, .cancel = call->cancel,
        .on_data = on_data, .on_retry = on_retry, .ctx = &sc, .rng = call->rng,
    };
    int posted = http_post(&rq, &rs, err);
    r->attempts = rs.attempts;
    if (posted == 0) {
        char *safe = endpoint_safe_url(ep->base_url);
        if (rs.status < 200 || rs.status > 299) {
            provider_status_error(ep, &rs, err);
        } else if (is_sse(&rs)) {
            sse_finish(&sc.sse);
            if (r->error)
                err_set(err, DBT_ERR_PROVIDER, "%s reported an error in its stream: %.300s",
                        safe ? safe : "the server", r->error);
            else if (!r->done)
                err_set(err, DBT_ERR_PROVIDER, "the stream from %s ended before the reply was complete",
                        safe ? safe : "the server");
            else
                rc = 0;
        } else {
            buf_reset(&r->text);
            dbt_error perr;
            int prc = ep->format == LLM_ANTHROPIC ? anthropic_parse(buf_str(&rs.body), r, &perr)
                                                  : openai_parse(buf_str(&rs.body), r, &perr);
            if (prc < 0)
                err_set(err, perr.code, "%s from %s", perr.message, safe ? safe : "the server");
            else
                rc = 0;
        }
        free(safe);
    }
    sse_free(&sc.sse);
    http_resp_free(&rs);
out:
    if (err && rc < 0)
        provider_redact(err->message, sizeof err->message, ep->key);
    /* the key leaves no copy behind */
    if (auth.p)
        memset(auth.p, 0, auth.cap);
    buf_free(&auth);
    buf_free(&url);
    free(body);
    return rc;
}

long json_count(const struct cJSON *o, const char *key)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, key);
    return cJSON_IsNumber(v) && v->valuedouble >= 0 ? (long)v->valuedouble : 0;
}
