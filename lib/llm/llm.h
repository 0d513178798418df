/* llm.h: stage 3 through a language model, internal to libdatabot. One
 * header for the small modules of lib/llm/, each with one job:
 *   http.c      POST with timeouts, retries (backoff, jitter, Retry-After), cancellation
 *   sse.c       server-sent events parser for streamed replies
 *   endpoint.c  "PROVIDER:MODEL[@URL]" specs, default URLs, which key
 *   openai.c    chat completions bodies and replies (OpenAI, Ollama, llama.cpp, vLLM...)
 *   anthropic.c Messages API bodies and replies
 *   provider.c  one completion: headers, body, stream, errors with keys redacted
 *   embed.c     vectors from an embeddings endpoint, in batches, checked
 *   prompt.c    the messages sent: schema, dialect rules, conversation, examples
 *   extract.c   the SQL inside a reply (fences, prose)
 *   breaker.c   circuit breaker per endpoint
 *   cache.c     question+schema+model -> SQL cache in a SQLite file; embedding vectors
 *   vectors.c   --embeddings: the schema's and the question's vectors for retrieval
 *   cost.c      price table: tokens -> dollars
 *   chain.c     the conductor: memory, cache, endpoints in order, self-correction,
 *               then the built-in engine
 */
#ifndef DBT_LLM_H
#define DBT_LLM_H

#include <signal.h>
#include <stddef.h>
#include <stdint.h>
#include "databot.h"
#include "util.h"

/* ---- http.c ------------------------------------------------------------- */

typedef struct http_req {
    const char *url;
    const char *const *headers;      /* "Name: value", NULL-terminated; may hold a key */
    const char *body;                /* JSON */
    long connect_timeout_ms;
    long total_timeout_ms;           /* per attempt */
    int retries;                     /* extra attempts on 429, 5xx, timeouts, refused connections */
    long backoff_ms;                 /* first wait; doubles each time, with jitter */
    long max_wait_ms;                /* a longer Retry-After is not waited for */
    size_t max_bytes;                /* the reply is cut (and the call fails) beyond this */
    volatile sig_atomic_t *cancel;   /* non-zero stops the transfer and any wait */
    /* Each chunk of a 2xx reply as it arrives (NULL, 0 when an attempt
     * starts, so the receiver resets); return -1 to cancel. May be NULL. */
    int (*on_data)(void *ctx, const char *p, size_t n);
    /* A retry is about to wait wait_ms; return -1 to cancel. May be NULL. */
    int (*on_retry)(void *ctx, int attempt, long wait_ms, const char *why);
    void *ctx;
    uint64_t *rng;                   /* jitter state (xorshift); NULL = no jitter */
} http_req;

typedef struct http_resp {
    long status;                     /* of the last attempt; 0 when none answered */
    buf body;                        /* the last attempt's body */
    char content_type[96];
    int attempts;
} http_resp;

/* POST the request, retrying as configured. Returns 0 when a reply came
 * (any status: look at rs->status), or -1 with err filled: DBT_ERR_CANCELLED,
 * DBT_ERR_TIMEOUT, DBT_ERR_PROVIDER (no connection, reply too large).
 * Messages name the host, never the headers. */
int http_post(const http_req *rq, http_resp *rs, dbt_error *err);
void http_resp_free(http_resp *rs);
/* A Retry-After value (seconds or an HTTP date) in milliseconds, or -1. */
long http_retry_after_ms(const char *value, long now_s);
/* Next pseudo-random number (xorshift64*), for jitter. */
uint64_t http_rand(uint64_t *state);

/* ---- sse.c -------------------------------------------------------------- */

/* One event: its type ("message" when none) and its data lines joined by
 * '\n'. Return -1 to stop. */
typedef int (*sse_event_fn)(void *ctx, const char *event, const char *data);

typedef struct sse_parser {
    buf line, data, event;
    int cr;                          /* the last byte was '\r' */
    int stopped;                     /* the callback returned -1, or a line was too long */
    sse_event_fn fn;
    void *ctx;
} sse_parser;

void sse_init(sse_parser *p, sse_event_fn fn, void *ctx);
/* Feed bytes as they arrive; returns 0, or -1 once stopped. */
int sse_feed(sse_parser *p, const char *bytes, size_t n);
/* The stream ended: dispatch a last event left without its blank line. */
int sse_finish(sse_parser *p);
void sse_reset(sse_parser *p);
void sse_free(sse_parser *p);

/* ---- endpoint.c --------------------------------------------------------- */

typedef enum { LLM_OPENAI = 0, LLM_ANTHROPIC } llm_format;

typedef struct llm_endpoint {
    char *name;          /* "openai:gpt-4o": for notes, stats, the cache key */
    char *provider;      /* "openai", "anthropic", "ollama", ... */
    char *model;
    char *base_url;      /* without a trailing '/' */
    llm_format format;
    int needs_key;       /* a hosted API at its default URL */
    const char *key;     /* borrowed; NULL when none */
} llm_endpoint;

/* Parse "PROVIDER:MODEL" or "PROVIDER:MODEL@URL"; base_url (may be NULL)
 * overrides the provider's default URL. Returns 0 or -1 with err. */
int endpoint_parse(const char *spec, const char *base_url, llm_endpoint *ep, dbt_error *err);
void endpoint_free(llm_endpoint *ep);
/* The URL without credentials or query string, for messages. */
char *endpoint_safe_url(const char *url);

/* ---- prompt.c ----------------------------------------------------------- */

typedef struct llm_message {
    char *role;          /* "user" or "assistant" */
    char *content;
} llm_message;

typedef struct llm_prompt {
    char *system;
    llm_message *msgs;
    size_t nmsgs;
} llm_prompt;

/* A remembered pair offered as an example. */
typedef struct llm_example {
    const char *question;
    const char *sql;
} llm_example;

typedef struct prompt_input {
    const char *dialect;             /* "sqlite" or "postgres" */
    const char *as_of;               /* today's date for relative ranges */
    const char *schema;              /* compact DDL from retrieval */
    const char *question;
    const char *prev_question;       /* the conversation's last turn, or NULL */
    const char *prev_sql;
    const llm_example *examples;
    size_t nexamples;
} prompt_input;

/* Build the system message and the first user message. -1 on no memory. */
int prompt_build(llm_prompt *p, const prompt_input *in);
/* Append a turn (the model's reply, or a correction). -1 on no memory. */
int prompt_add(llm_prompt *p, const char *role, const char *content);
/* A correction after SQL was rejected: the error and the nearest names. */
char *prompt_correction(const char *sql, const char *error, const char *hints);
/* Everything in the prompt as readable text (what leaves the machine). */
char *prompt_render(const llm_prompt *p);
void prompt_free(llm_prompt *p);

/* ---- extract.c ---------------------------------------------------------- */

/* The one SQL statement in a model's reply: the first fenced block holding
 * a query, else a SELECT/WITH in prose up to ';' or a blank line; reasoning
 * in <think>...</think> is skipped. malloc'd, or NULL when there is none. */
char *extract_sql(const char *reply);

/* ---- openai.c, anthropic.c, provider.c ---------------------------------- */

typedef struct llm_reply {
    buf text;
    long tokens_in, tokens_out;
    int done;            /* the stream said it was complete */
    char *error;         /* an error event inside a stream */
    int attempts;        /* HTTP requests made, retries included */
} llm_reply;

/* A non-negative count from a JSON object (token usage), 0 when absent. */
struct cJSON;
long json_count(const struct cJSON *o, const char *key);

void reply_init(llm_reply *r);
void reply_free(llm_reply *r);

char *openai_body(const llm_endpoint *ep, const llm_prompt *p, int stream, long max_tokens);
int openai_parse(const char *json, llm_reply *r, dbt_error *err);
int openai_event(llm_reply *r, const char *event, const char *data);

char *anthropic_body(const llm_endpoint *ep, const llm_prompt *p, int stream, long max_tokens);
int anthropic_parse(const char *json, llm_reply *r, dbt_error *err);
int anthropic_event(llm_reply *r, const char *event, const char *data);

/* How one completion is made. */
typedef struct llm_call {
    long connect_timeout_ms, total_timeout_ms;
    int retries;
    long backoff_ms;
    long max_tokens;
    int stream;
    volatile sig_atomic_t *cancel;
    dbt_progress_fn progress;
    void *progress_ctx;
    uint64_t *rng;
} llm_call;

/* Ask ep for a completion of p. Returns 0 with r filled, or -1 with err
 * (DBT_ERR_CANCELLED, DBT_ERR_TIMEOUT, DBT_ERR_PROVIDER); the key never
 * appears in err. */
int provider_complete(const llm_endpoint *ep, const llm_prompt *p, const llm_call *call,
                      llm_reply *r, dbt_error *err);
/* Replace every occurrence of key in s (in place) with "[redacted]"-like
 * filler of the same or shorter length. */
void provider_redact(char *s, size_t cap, const char *key);
/* err for a non-2xx reply: the status, what the server said, a hint. */
void provider_status_error(const llm_endpoint *ep, const http_resp *rs, dbt_error *err);

/* ---- embed.c ------------------------------------------------------------ */

#define EMBED_BATCH 64         /* inputs per request */
#define EMBED_MAX_DIM 16384    /* numbers per vector */

/* The request body {"model":..., "input":[...]}; malloc'd, NULL on no memory. */
char *embed_body(const char *model, const char *const *texts, size_t n);
/* The n vectors of an embeddings reply (data[i].embedding, placed by
 * data[i].index when given): *vecs malloc'd n * *dim floats. *dim 0 takes
 * the reply's size; otherwise the reply must match it. -1 with err when the
 * reply is not JSON, holds another count, non-numbers or differing sizes. */
int embed_parse(const char *json, size_t n, size_t *dim, float **vecs, dbt_error *err);
/* Vectors for n texts from ep ({base}/embeddings, OpenAI-compatible), in
 * batches of EMBED_BATCH through http.c with call's timeouts, retries and
 * cancel flag: *vecs malloc'd n * *dim floats (*dim as for embed_parse).
 * *requests counts the HTTP requests made. -1 with err (DBT_ERR_CANCELLED,
 * DBT_ERR_TIMEOUT, DBT_ERR_PROVIDER, DBT_ERR_NOMEM); the key never appears. */
int embed_texts(const llm_endpoint *ep, const char *const *texts, size_t n, const llm_call *call,
                float **vecs, size_t *dim, long *requests, dbt_error *err);

/* ---- breaker.c ---------------------------------------------------------- */

typedef enum { BREAKER_CLOSED = 0, BREAKER_OPEN, BREAKER_HALF_OPEN } breaker_state;

typedef struct breaker {
    breaker_state state;
    int failures;        /* in a row */
    int threshold;       /* failures that open it */
    long cooldown_ms;    /* open -> half-open */
    double opened_ms;
} breaker;

void breaker_init(breaker *b, int threshold, long cooldown_ms);
/* May a request go now? In half-open state one trial goes through. */
int breaker_allow(breaker *b, double now_ms);
void breaker_success(breaker *b);
void breaker_failure(breaker *b, double now_ms);

/* ---- cache.c ------------------------------------------------------------ */

typedef struct llm_cache llm_cache;

/* Open (creating it and its folder) the cache file; NULL with err. */
llm_cache *cache_open(const char *path, dbt_error *err);
void cache_close(llm_cache *c);
/* The SQL stored under key within ttl_s seconds of now, malloc'd, or NULL. */
char *cache_get(llm_cache *c, const char *key, long ttl_s, int64_t now_s);
int cache_put(llm_cache *c, const char *key, const char *sql, int64_t now_s);
/* A hex key (32 digits) for the given parts, in order. */
void cache_key(char out[33], const char *const *parts, size_t n);
/* The embedding vector stored under key: malloc'd floats and *dim, or NULL. */
float *cache_get_vector(llm_cache *c, const char *key, size_t *dim);
int cache_put_vector(llm_cache *c, const char *key, const char *model, const float *v, size_t dim,
                     int64_t now_s);
/* Drop vectors stored more than 30 days before now. */
void cache_prune_vectors(llm_cache *c, int64_t now_s);

/* ---- vectors.c ---------------------------------------------------------- */

typedef struct llm_vectors llm_vectors;
struct retriever;
struct catalog;

/* The embeddings endpoint spec ("PROVIDER:MODEL[@URL]"; base_url as for
 * endpoint_parse) with key (borrowed). NULL with err: DBT_ERR_USAGE for a
 * bad spec or a provider without embeddings (Anthropic). */
llm_vectors *vectors_new(const char *spec, const char *base_url, const char *key, dbt_error *err);
void vectors_free(llm_vectors *v);
const char *vectors_name(const llm_vectors *v);
/* The question's vector for retriever r (the tables' vectors are given to
 * r first, from cache c, which may be NULL, or fetched): 0 with *qvec
 * (owned by v, valid until the next call); 1 when retrieval stays on words
 * alone, with *why (malloc'd; NULL for an empty catalog); -1 with err when
 * cancelled or out of memory. may_fetch 0 uses cached vectors only (sends
 * nothing). *requests counts the HTTP requests made. */
int vectors_for(llm_vectors *v, struct retriever *r, const struct catalog *cat, llm_cache *c,
                const char *question, const llm_call *call, int may_fetch, long *requests,
                const float **qvec, char **why, dbt_error *err);

/* ---- cost.c ------------------------------------------------------------- */

/* Dollars for tokens on provider:model, from prices ("MODEL=IN/OUT,..." in
 * dollars per million tokens; may be NULL) then the built-in table; 0 for
 * local servers; -1 when unknown. */
double cost_of(const char *provider, const char *model, long tokens_in, long tokens_out,
               const char *prices);

#endif
