/* test_llm_sse.c: the server-sent events parser, fed whole, byte by byte
 * and split at awkward places; \r\n, \r and \n line ends; comments;
 * multi-line data; a stream without its final blank line; a stop. */
#include <stdlib.h>
#include <string.h>

#include "llm/llm.h"
#include "tap.h"

typedef struct seen {
    buf log;
    int n, stop_after;
} seen;

static int on_event(void *ctx, const char *event, const char *data)
{
    seen *s = ctx;
    buf_printf(&s->log, "[%s|%s]", event, data);
    return ++s->n == s->stop_after ? -1 : 0;
}

/* Parse text in pieces of `step` bytes (0 = all at once). */
static char *parse(const char *text, size_t step, int *n)
{
    seen s = { { 0 }, 0, 0 };
    buf_init(&s.log);
    sse_parser p;
    sse_init(&p, on_event, &s);
    size_t len = strlen(text);
    if (!step)
        step = len ? len : 1;
    for (size_t i = 0; i < len; i += step)
        sse_feed(&p, text + i, i + step > len ? len - i : step);
    sse_finish(&p);
    sse_free(&p);
    if (n)
        *n = s.n;
    return buf_take(&s.log);
}

int main(void)
{
    const char *openai = "data: {\"a\":1}\n\ndata: {\"b\":2}\n\ndata: [DONE]\n\n";
    const char *want = "[message|{\"a\":1}][message|{\"b\":2}][message|[DONE]]";
    for (size_t step = 0; step <= 7; step++) {
        char name[64];
        snprintf(name, sizeof name, "openai stream in pieces of %zu", step);
        char *got = parse(openai, step, NULL);
        is_str(got, want, name);
        free(got);
    }
    char *got = parse("event: message_start\r\ndata: {\"x\":1}\r\n\r\nevent: ping\r\ndata: {}\r\n\r\n", 3, NULL);
    is_str(got, "[message_start|{\"x\":1}][ping|{}]", "event names, CRLF split across pieces");
    free(got);
    got = parse("data: a\rdata: b\r\r", 1, NULL);
    is_str(got, "[message|a\nb]", "CR line ends; data lines join with newline");
    free(got);
    got = parse(": keep-alive\n\ndata:no-space\n\n", 0, NULL);
    is_str(got, "[message|no-space]", "comments skipped, no space after the colon");
    free(got);
    got = parse("id: 7\nretry: 100\ndata: x\n\n", 0, NULL);
    is_str(got, "[message|x]", "id and retry fields ignored");
    free(got);
    got = parse("data: last", 0, NULL);
    is_str(got, "[message|last]", "an event without its blank line is dispatched at the end");
    free(got);
    int n;
    got = parse("data: cut in the mid", 4, &n);
    is_int(n, 1, "a cut stream still yields what arrived");
    free(got);
    got = parse("\n\n\n", 1, &n);
    is_int(n, 0, "blank lines alone dispatch nothing");
    free(got);

    /* the callback stops the parser */
    seen s = { { 0 }, 0, 1 };
    buf_init(&s.log);
    sse_parser p;
    sse_init(&p, on_event, &s);
    int rc = sse_feed(&p, "data: 1\n\ndata: 2\n\n", 18);
    ok(rc == -1 && s.n == 1, "a callback returning -1 stops the parser");
    ok(sse_feed(&p, "data: 3\n\n", 9) == -1, "and it stays stopped");
    sse_reset(&p);
    ok(sse_feed(&p, "data: 4\n\n", 9) == 0 && s.n == 2, "reset starts it again");
    sse_free(&p);
    buf_free(&s.log);

    /* openai and anthropic events build the reply */
    llm_reply r;
    reply_init(&r);
    openai_event(&r, "message", "{\"choices\":[{\"delta\":{\"content\":\"SEL\"}}]}");
    openai_event(&r, "message", "{\"choices\":[{\"delta\":{\"content\":\"ECT 1\"},\"finish_reason\":\"stop\"}]}");
    openai_event(&r, "message", "{\"choices\":[],\"usage\":{\"prompt_tokens\":11,\"completion_tokens\":3}}");
    is_str(buf_str(&r.text), "SELECT 1", "openai deltas join");
    ok(r.done && r.tokens_in == 11 && r.tokens_out == 3, "openai finish and usage");
    reply_free(&r);
    reply_init(&r);
    anthropic_event(&r, "message_start", "{\"type\":\"message_start\",\"message\":{\"usage\":{\"input_tokens\":20}}}");
    anthropic_event(&r, "content_block_delta", "{\"type\":\"content_block_delta\",\"delta\":{\"text\":\"SELECT 2\"}}");
    anthropic_event(&r, "message_delta", "{\"type\":\"message_delta\",\"usage\":{\"output_tokens\":4}}");
    ok(!r.done, "anthropic: not done before message_stop");
    anthropic_event(&r, "message_stop", "{\"type\":\"message_stop\"}");
    is_str(buf_str(&r.text), "SELECT 2", "anthropic deltas");
    ok(r.done && r.tokens_in == 20 && r.tokens_out == 4, "anthropic stop and usage");
    ok(anthropic_event(&r, "error", "{\"type\":\"error\",\"error\":{\"message\":\"overloaded\"}}") == -1 &&
       r.error && strcmp(r.error, "overloaded") == 0, "anthropic error event");
    reply_free(&r);
    return done_testing();
}
