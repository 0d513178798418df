/* test_llm_extract.c: the SQL inside a model's reply, however it is
 * dressed; and the pieces around it: endpoint specs, key redaction,
 * Retry-After, prices, the circuit breaker. */
#include <stdlib.h>
#include <string.h>

#include "llm/llm.h"
#include "tap.h"

static void check(const char *reply, const char *want, const char *name)
{
    char *got = extract_sql(reply);
    is_str(got, want, name);
    free(got);
}

int main(void)
{
    check("```sql\nSELECT 1\n```", "SELECT 1", "sql fence");
    check("Here you go:\n```SQL\nSELECT a\nFROM t;\n```\nThis counts.", "SELECT a\nFROM t", "SQL fence, prose around, ';' dropped");
    check("```\nWITH x AS (SELECT 1) SELECT * FROM x\n```", "WITH x AS (SELECT 1) SELECT * FROM x", "bare fence, WITH");
    check("```python\nprint(1)\n```\n```sql\nSELECT 2\n```", "SELECT 2", "first fence holding SQL");
    check("The query is: SELECT name FROM t WHERE a = 'x;y'; done", "SELECT name FROM t WHERE a = 'x;y'", "prose, ';' inside quotes kept");
    check("SELECT count(*) FROM orders", "SELECT count(*) FROM orders", "bare SQL");
    check("<think>maybe SELECT x FROM y</think>\n```sql\nSELECT z FROM w\n```", "SELECT z FROM w", "reasoning skipped");
    check("<think>SELECT x FROM y", NULL, "reasoning that never ends: nothing");
    check("I cannot answer that from this schema.", NULL, "no SQL");
    check("I select the best answer for you", NULL, "'select' in a sentence is not SQL");
    check("```sql\nDELETE FROM t\n```", "DELETE FROM t", "a write is extracted (the guard refuses it)");
    check("SELECT a FROM t;\nSELECT b FROM t;", "SELECT a FROM t", "one statement only");
    check("", NULL, "empty reply");

    llm_endpoint ep;
    dbt_error err;
    ok(endpoint_parse("openai:gpt-4o", NULL, &ep, &err) == 0 && ep.needs_key &&
       strcmp(ep.base_url, "https://api.openai.com/v1") == 0, "openai: default URL, key needed");
    endpoint_free(&ep);
    ok(endpoint_parse("openai:gpt-4o", "http://127.0.0.1:9/v1/", &ep, &err) == 0 && !ep.needs_key &&
       strcmp(ep.base_url, "http://127.0.0.1:9/v1") == 0, "--base-url: no key needed, '/' trimmed");
    endpoint_free(&ep);
    ok(endpoint_parse("ollama:qwen2.5-coder:7b@http://h:1/v1", NULL, &ep, &err) == 0 &&
       strcmp(ep.model, "qwen2.5-coder:7b") == 0 && strcmp(ep.base_url, "http://h:1/v1") == 0,
       "@URL, a model name with ':'");
    endpoint_free(&ep);
    ok(endpoint_parse("anthropic:claude-sonnet-4-5", NULL, &ep, &err) == 0 && ep.format == LLM_ANTHROPIC,
       "anthropic format");
    endpoint_free(&ep);
    ok(endpoint_parse("gpt-4o", NULL, &ep, &err) < 0 && err.code == DBT_ERR_USAGE, "no provider: usage error");
    ok(endpoint_parse("foo:bar", NULL, &ep, &err) < 0 && strstr(err.message, "unknown provider"), "unknown provider");
    char *safe = endpoint_safe_url("https://user:pw@host:8/v1?key=abc");
    is_str(safe, "https://host:8/v1", "safe URL drops credentials and query");
    free(safe);

    char msg[256] = "Incorrect API key provided: sk-test-SECRET123 (sk-proj-****abcd).";
    provider_redact(msg, sizeof msg, "sk-test-SECRET123");
    ok(!strstr(msg, "SECRET123") && !strstr(msg, "abcd"), "keys and masked echoes redacted");

    ok(http_retry_after_ms("2", 0) == 2000, "Retry-After seconds");
    ok(http_retry_after_ms("Wed, 21 Oct 2015 07:28:10 GMT", 1445412480) == 10000, "Retry-After HTTP date");
    ok(http_retry_after_ms("soon", 0) == -1, "Retry-After garbage");

    ok(cost_of("openai", "gpt-4o-mini", 1000000, 0, NULL) == 0.15, "built-in price");
    ok(cost_of("openai", "mine", 1000000, 1000000, "mine=1/2, other=3/4") == 3.0, "configured price");
    ok(cost_of("ollama", "qwen", 5000, 5000, NULL) == 0, "local models cost nothing");
    ok(cost_of("openai", "unknown-model", 10, 10, NULL) < 0, "unknown price");
    ok(cost_of("openai", "mine", 1000000, 1000000, "mine=1/2,mine=5/6") == 11.0,
       "the last price for a model wins (a --price flag after the config file's)");
    ok(cost_of("openai", "gpt-4o", 1000000, 1000000, "gpt-4o=0/0") == 0, "a configured price over the built-in one");
    ok(cost_of("ollama", "qwen", 1000000, 0, "qwen=1/1") == 1.0, "a configured price for a local model");

    breaker b;
    breaker_init(&b, 3, 1000);
    breaker_failure(&b, 0);
    breaker_failure(&b, 0);
    ok(breaker_allow(&b, 0), "breaker: closed below the threshold");
    breaker_failure(&b, 0);
    ok(!breaker_allow(&b, 10), "breaker: open after 3 failures");
    ok(breaker_allow(&b, 1000), "breaker: half-open after the cool-down: one trial");
    ok(!breaker_allow(&b, 1001), "breaker: only one trial");
    breaker_failure(&b, 1002);
    ok(!breaker_allow(&b, 1500), "breaker: a failed trial opens it again");
    ok(breaker_allow(&b, 2100), "breaker: next trial");
    breaker_success(&b);
    ok(breaker_allow(&b, 2101) && b.failures == 0, "breaker: success closes it");

    char k1[33], k2[33], k3[33];
    const char *a[] = { "m", "fp", NULL, "q" }, *bb[] = { "m", "fp", NULL, "q2" }, *c[] = { "m", "fpq", NULL, "" };
    cache_key(k1, a, 4);
    cache_key(k2, bb, 4);
    cache_key(k3, c, 4);
    ok(strlen(k1) == 32 && strcmp(k1, k2) && strcmp(k1, k3), "cache keys differ by question and by part boundaries");
    return done_testing();
}
