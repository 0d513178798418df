/* sse.c: a server-sent events parser (the text/event-stream format of
 * streamed model replies), fed bytes in whatever pieces the network gives:
 * lines end in \n, \r\n or \r (even split across pieces), "data:" lines
 * join with \n, "event:" names the event, ':' lines are comments, a blank
 * line dispatches. A line longer than 4 MB stops the parser. */
#include <string.h>

#include "llm/llm.h"

#define SSE_MAX_LINE (4u << 20)

void sse_init(sse_parser *p, sse_event_fn fn, void *ctx)
{
    buf_init(&p->line);
    buf_init(&p->data);
    buf_init(&p->event);
    p->cr = 0;
    p->stopped = 0;
    p->fn = fn;
    p->ctx = ctx;
}

void sse_reset(sse_parser *p)
{
    buf_reset(&p->line);
    buf_reset(&p->data);
    buf_reset(&p->event);
    p->cr = 0;
    p->stopped = 0;
}

void sse_free(sse_parser *p)
{
    buf_free(&p->line);
    buf_free(&p->data);
    buf_free(&p->event);
}

static int dispatch(sse_parser *p)
{
    if (p->data.len == 0 && p->event.len == 0)
        return 0;
    int rc = 0;
    if (p->data.len || p->event.len) {
        const char *ev = p->event.len ? buf_str(&p->event) : "message";
        /* the data buffer ends in the '\n' of its last line: drop it */
        if (p->data.len && p->data.p[p->data.len - 1] == '\n')
            p->data.p[--p->data.len] = '\0';
        if (p->data.len || p->event.len)
            rc = p->fn(p->ctx, ev, buf_str(&p->data));
    }
    buf_reset(&p->data);
    buf_reset(&p->event);
    return rc;
}

static int line_done(sse_parser *p)
{
    if (p->line.oom || p->data.oom || p->event.oom)
        return -1;
    const char *l = buf_str(&p->line);
    size_t n = p->line.len;
    int rc = 0;
    if (n == 0) {
        rc = dispatch(p);
    } else if (l[0] != ':') {
        const char *colon = memchr(l, ':', n);
        size_t flen = colon ? (size_t)(colon - l) : n;
        const char *v = colon ? colon + 1 : l + n;
        if (*v == ' ')
            v++;
        size_t vlen = n - (size_t)(v - l);
        if (flen == 4 && memcmp(l, "data", 4) == 0) {
            buf_addn(&p->data, v, vlen);
            buf_addc(&p->data, '\n');
        } else if (flen == 5 && memcmp(l, "event", 5) == 0) {
            buf_reset(&p->event);
            buf_addn(&p->event, v, vlen);
        }
        /* id:, retry: and unknown fields are ignored */
    }
    buf_reset(&p->line);
    return rc;
}

int sse_feed(sse_parser *p, const char *bytes, size_t n)
{
    if (p->stopped)
        return -1;
    for (size_t i = 0; i < n; i++) {
        char c = bytes[i];
        if (c == '\n' && p->cr) {   /* the \n of a \r\n */
            p->cr = 0;
            continue;
        }
        p->cr = c == '\r';
        if (c == '\n' || c == '\r') {
            if (line_done(p) < 0) {
                p->stopped = 1;
                return -1;
            }
            continue;
        }
        /* copy the run up to the next line end at once */
        size_t j = i;
        while (j < n && bytes[j] != '\n' && bytes[j] != '\r')
            j++;
        if (p->line.len + (j - i) > SSE_MAX_LINE) {
            p->stopped = 1;
            return -1;
        }
        buf_addn(&p->line, bytes + i, j - i);
        i = j - 1;
    }
    return 0;
}

int sse_finish(sse_parser *p)
{
    if (p->stopped)
        return -1;
    if (p->line.len && line_done(p) < 0)
        return -1;
    return dispatch(p) < 0 ? -1 : 0;
}
