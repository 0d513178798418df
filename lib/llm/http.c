/* http.c: one JSON POST to a model provider over libcurl, with a connect
 * and a total timeout per attempt, retries with exponential backoff and
 * jitter on 429, 5xx, timeouts and refused connections (a Retry-After
 * header sets the wait), and cancellation: the transfer runs through the
 * multi interface, polled every 50 ms, so a flag set by a signal handler
 * stops it at once. Headers may carry keys: they never reach a message. */
#include <curl/curl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "llm/llm.h"

uint64_t http_rand(uint64_t *state)
{
    uint64_t x = *state ? *state : 0x9E3779B97F4A7C15ull;
    x ^= x >> 12;
    x ^= x << 25;
    x ^= x >> 27;
    *state = x;
    return x * 0x2545F4914F6CDD1Dull;
}

long http_retry_after_ms(const char *value, long now_s)
{
    if (!value)
        return -1;
    while (*value == ' ' || *value == '\t')
        value++;
    if (!*value)
        return -1;
    char *end;
    double secs = strtod(value, &end);
    if (end != value) {
        while (*end == ' ' || *end == '\t' || *end == '\r' || *end == '\n')
            end++;
        if (!*end)
            return secs < 0 ? 0 : secs > 86400 ? 86400000 : (long)(secs * 1000);
    }
    time_t when = curl_getdate(value, NULL);
    if (when == (time_t)-1)
        return -1;
    long d = (long)when - now_s;
    return d <= 0 ? 0 : d > 86400 ? 86400000 : d * 1000;
}

typedef struct attempt {
    const http_req *rq;
    http_resp *rs;
    long retry_after_ms;
    int too_big;
    int stopped;          /* on_data asked to stop */
} attempt;

static size_t on_header(char *p, size_t size, size_t n, void *ctx)
{
    attempt *a = ctx;
    size_t len = size * n;
    if (len > 5 && strncasecmp(p, "HTTP/", 5) == 0) {
        /* a new response (after a 100 Continue or a redirect) */
        a->retry_after_ms = -1;
        a->rs->content_type[0] = '\0';
        return len;
    }
    const char *colon = memchr(p, ':', len);
    if (!colon)
        return len;
    size_t nlen = (size_t)(colon - p);
    char value[128];
    size_t vlen = len - nlen - 1;
    if (vlen >= sizeof value)
        vlen = sizeof value - 1;
    memcpy(value, colon + 1, vlen);
    value[vlen] = '\0';
    char *e = value + strlen(value);
    while (e > value && (e[-1] == '\r' || e[-1] == '\n' || e[-1] == ' '))
        *--e = '\0';
    char *v = value + strspn(value, " \t");
    if (nlen == 11 && strncasecmp(p, "Retry-After", 11) == 0)
        a->retry_after_ms = http_retry_after_ms(v, (long)time(NULL));
    else if (nlen == 12 && strncasecmp(p, "Content-Type", 12) == 0)
        snprintf(a->rs->content_type, sizeof a->rs->content_type, "%s", v);
    return len;
}

static size_t on_body(char *p, size_t size, size_t n, void *ctx)
{
    attempt *a = ctx;
    size_t len = size * n;
    if (a->rs->body.len + len > a->rq->max_bytes) {
        a->too_big = 1;
        return 0;
    }
    buf_addn(&a->rs->body, p, len);
    if (a->rs->body.oom)
        return 0;
    if (a->rq->on_data && a->rs->status >= 200 && a->rs->status < 300 &&
        a->rq->on_data(a->rq->ctx, p, len) < 0) {
        a->stopped = 1;
        return 0;
    }
    return len;
}

/* The status is known once the headers are in; on_body needs it. */
static int on_xfer(void *ctx, curl_off_t dt, curl_off_t dn, curl_off_t ut, curl_off_t un)
{
    (void)dt, (void)dn, (void)ut, (void)un;
    attempt *a = ctx;
    return a->rq->cancel && *a->rq->cancel;
}

static void set_status_from(CURL *h, attempt *a)
{
    long code = 0;
    curl_easy_getinfo(h, CURLINFO_RESPONSE_CODE, &code);
    a->rs->status = code;
}

/* The body callback needs the status before data flows: a header
 * callback sees the status line, so read it there through the handle. */
typedef struct hdr_ctx {
    attempt *a;
    CURL *h;
} hdr_ctx;

static size_t on_header_status(char *p, size_t size, size_t n, void *ctx)
{
    hdr_ctx *hc = ctx;
    size_t len = on_header(p, size, n, hc->a);
    if (len == 2 && p[0] == '\r')      /* end of headers */
        set_status_from(hc->h, hc->a);
    else if (len == 1 && p[0] == '\n')
        set_status_from(hc->h, hc->a);
    return len;
}

/* Host part of a URL, for messages. */
static void host_of(const char *url, char *out, size_t cap)
{
    char *safe = endpoint_safe_url(url);
    snprintf(out, cap, "%s", safe ? safe : "the server");
    free(safe);
}

static int sleep_cancellable(long ms, volatile sig_atomic_t *cancel)
{
    while (ms > 0) {
        if (cancel && *cancel)
            return -1;
        long step = ms < 50 ? ms : 50;
        struct timespec ts = { step / 1000, (step % 1000) * 1000000L };
        nanosleep(&ts, NULL);
        ms -= step;
    }
    return cancel && *cancel ? -1 : 0;
}

/* One attempt; returns the CURLcode. */
static CURLcode run_once(const http_req *rq, attempt *a, struct curl_slist *hdrs, dbt_error *err)
{
    (void)err;
    CURL *h = curl_easy_init();
    CURLM *m = curl_multi_init();
    if (!h || !m) {
        curl_easy_cleanup(h);
        curl_multi_cleanup(m);
        return CURLE_OUT_OF_MEMORY;
    }
    hdr_ctx hc = { a, h };
    curl_easy_setopt(h, CURLOPT_URL, rq->url);
    curl_easy_setopt(h, CURLOPT_POST, 1L);
    curl_easy_setopt(h, CURLOPT_POSTFIELDS, rq->body);
    curl_easy_setopt(h, CURLOPT_POSTFIELDSIZE_LARGE, (curl_off_t)strlen(rq->body));
    curl_easy_setopt(h, CURLOPT_HTTPHEADER, hdrs);
    curl_easy_setopt(h, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(h, CURLOPT_CONNECTTIMEOUT_MS, rq->connect_timeout_ms);
    curl_easy_setopt(h, CURLOPT_TIMEOUT_MS, rq->total_timeout_ms);
    curl_easy_setopt(h, CURLOPT_WRITEFUNCTION, on_body);
    curl_easy_setopt(h, CURLOPT_WRITEDATA, a);
    curl_easy_setopt(h, CURLOPT_HEADERFUNCTION, on_header_status);
    curl_easy_setopt(h, CURLOPT_HEADERDATA, &hc);
    curl_easy_setopt(h, CURLOPT_NOPROGRESS, 0L);
    curl_easy_setopt(h, CURLOPT_XFERINFOFUNCTION, on_xfer);
    curl_easy_setopt(h, CURLOPT_XFERINFODATA, a);
    curl_easy_setopt(h, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(h, CURLOPT_FOLLOWLOCATION, 0L);
    curl_easy_setopt(h, CURLOPT_ACCEPT_ENCODING, "");
    curl_easy_setopt(h, CURLOPT_USERAGENT, "databot/" "0.1");
    curl_multi_add_handle(m, h);
    int running = 1;
    CURLcode rc = CURLE_OK;
    int cancelled = 0;
    while (running) {
        if (curl_multi_perform(m, &running) != CURLM_OK) {
            rc = CURLE_FAILED_INIT;
            break;
        }
        if (!running)
            break;
        if (rq->cancel && *rq->cancel) {
            cancelled = 1;
            break;
        }
        curl_multi_poll(m, NULL, 0, 50, NULL);
    }
    int q;
    CURLMsg *msg;
    while ((msg = curl_multi_info_read(m, &q)))
        if (msg->msg == CURLMSG_DONE)
            rc = msg->data.result;
    if (cancelled)
        rc = CURLE_ABORTED_BY_CALLBACK;
    set_status_from(h, a);
    curl_multi_remove_handle(m, h);
    curl_easy_cleanup(h);
    curl_multi_cleanup(m);
    return rc;
}

static int retryable_status(long st)
{
    return st == 429 || st == 408 || st == 409 || (st >= 500 && st <= 599);
}

int http_post(const http_req *rq, http_resp *rs, dbt_error *err)
{
    buf_init(&rs->body);
    rs->status = 0;
    rs->content_type[0] = '\0';
    rs->attempts = 0;
    struct curl_slist *hdrs = NULL;
    for (const char *const *hp = rq->headers; hp && *hp; hp++) {
        struct curl_slist *n2 = curl_slist_append(hdrs, *hp);
        if (!n2) {
            curl_slist_free_all(hdrs);
            return err_set(err, DBT_ERR_NOMEM, "out of memory");
        }
        hdrs = n2;
    }
    char host[256];
    host_of(rq->url, host, sizeof host);
    int result = -1;
    long wait = rq->backoff_ms > 0 ? rq->backoff_ms : 250;
    for (int attempt_no = 0;; attempt_no++) {
        attempt a = { rq, rs, -1, 0, 0 };
        buf_reset(&rs->body);
        rs->status = 0;
        rs->content_type[0] = '\0';
        rs->attempts++;
        if (rq->on_data && rq->on_data(rq->ctx, NULL, 0) < 0) {
            err_set(err, DBT_ERR_CANCELLED, "cancelled");
            break;
        }
        CURLcode rc = run_once(rq, &a, hdrs, err);
        char why[512];
        if (rc == CURLE_ABORTED_BY_CALLBACK || (rq->cancel && *rq->cancel) || a.stopped) {
            err_set(err, DBT_ERR_CANCELLED, "cancelled");
            break;
        }
        if (a.too_big) {
            err_set(err, DBT_ERR_PROVIDER, "the reply from %s is larger than %zu bytes",
                    host, rq->max_bytes);
            break;
        }
        if (rc == CURLE_OUT_OF_MEMORY || rs->body.oom) {
            err_set(err, DBT_ERR_NOMEM, "out of memory");
            break;
        }
        int retry;
        if (rc == CURLE_OK) {
            if (!retryable_status(rs->status)) {
                result = 0;
                break;
            }
            snprintf(why, sizeof why, "HTTP %ld from %s", rs->status, host);
            retry = 1;
        } else if (rc == CURLE_OPERATION_TIMEDOUT) {
            snprintf(why, sizeof why, "no reply from %s within %.3g s", host,
                     (double)rq->total_timeout_ms / 1000);
            retry = 1;
        } else if (rc == CURLE_COULDNT_CONNECT || rc == CURLE_COULDNT_RESOLVE_HOST ||
                   rc == CURLE_GOT_NOTHING || rc == CURLE_RECV_ERROR || rc == CURLE_SEND_ERROR ||
                   rc == CURLE_PARTIAL_FILE) {
            snprintf(why, sizeof why, "%s: %s", host, curl_easy_strerror(rc));
            retry = 1;
        } else {
            snprintf(why, sizeof why, "%s: %s", host, curl_easy_strerror(rc));
            retry = 0;
        }
        long delay = wait;
        if (rq->rng) {   /* equal jitter: half fixed, half random */
            delay = wait / 2 + (long)(http_rand(rq->rng) % (uint64_t)(wait / 2 + 1));
        }
        if (a.retry_after_ms >= 0)
            delay = a.retry_after_ms;
        int give_up = !retry || attempt_no >= rq->retries ||
                      (rq->max_wait_ms > 0 && delay > rq->max_wait_ms);
        if (give_up) {
            if (rc == CURLE_OK) {
                result = 0;   /* the caller reads the status and body */
            } else {
                dbt_code code = rc == CURLE_OPERATION_TIMEDOUT ? DBT_ERR_TIMEOUT : DBT_ERR_PROVIDER;
                if (rs->attempts > 1)
                    err_set(err, code, "%s (after %d tries)", why, rs->attempts);
                else
                    err_set(err, code, "%s", why);
            }
            break;
        }
        if (rq->on_retry && rq->on_retry(rq->ctx, attempt_no + 1, delay, why) < 0) {
            err_set(err, DBT_ERR_CANCELLED, "cancelled");
            break;
        }
        if (sleep_cancellable(delay, rq->cancel) < 0) {
            err_set(err, DBT_ERR_CANCELLED, "cancelled");
            break;
        }
        wait = wait > 60000 ? 120000 : wait * 2;
    }
    curl_slist_free_all(hdrs);
    return result;
}

void http_resp_free(http_resp *rs)
{
    buf_free(&rs->body);
}
