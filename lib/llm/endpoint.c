/* endpoint.c: what "PROVIDER:MODEL[@URL]" means: the wire format, the
 * default base URL and whether a key is needed. OpenAI-compatible servers
 * (Ollama, llama.cpp, vLLM, LM Studio, OpenRouter) speak chat completions;
 * Anthropic speaks the Messages API. */
#include <stdlib.h>
#include <string.h>

#include "llm/llm.h"

static const struct {
    const char *provider;
    llm_format format;
    const char *url;
    int hosted;          /* a key is needed at this URL */
} providers[] = {
    { "openai", LLM_OPENAI, "https://api.openai.com/v1", 1 },
    { "anthropic", LLM_ANTHROPIC, "https://api.anthropic.com/v1", 1 },
    { "openrouter", LLM_OPENAI, "https://openrouter.ai/api/v1", 1 },
    { "ollama", LLM_OPENAI, "http://127.0.0.1:11434/v1", 0 },
    { "llamacpp", LLM_OPENAI, "http://127.0.0.1:8080/v1", 0 },
    { "llama.cpp", LLM_OPENAI, "http://127.0.0.1:8080/v1", 0 },
    { "vllm", LLM_OPENAI, "http://127.0.0.1:8000/v1", 0 },
    { "lmstudio", LLM_OPENAI, "http://127.0.0.1:1234/v1", 0 },
};

void endpoint_free(llm_endpoint *ep)
{
    free(ep->name);
    free(ep->provider);
    free(ep->model);
    free(ep->base_url);
    memset(ep, 0, sizeof *ep);
}

int endpoint_parse(const char *spec, const char *base_url, llm_endpoint *ep, dbt_error *err)
{
    memset(ep, 0, sizeof *ep);
    const char *colon = spec ? strchr(spec, ':') : NULL;
    if (!colon || colon == spec || !colon[1] || colon[1] == '@')
        return err_set(err, DBT_ERR_USAGE,
                       "model '%s' is not PROVIDER:MODEL (e.g. openai:gpt-4o, anthropic:claude-sonnet-4-5, "
                       "ollama:qwen2.5-coder)", spec ? spec : "");
    size_t plen = (size_t)(colon - spec);
    const char *at = strchr(colon + 1, '@');
    size_t mlen = at ? (size_t)(at - colon - 1) : strlen(colon + 1);
    int found = -1;
    for (size_t i = 0; i < sizeof providers / sizeof *providers; i++)
        if (strlen(providers[i].provider) == plen && strncmp(providers[i].provider, spec, plen) == 0)
            found = (int)i;
    if (found < 0)
        return err_set(err, DBT_ERR_USAGE,
                       "unknown provider '%.*s': use openai, anthropic, openrouter, ollama, llamacpp, "
                       "vllm or lmstudio (any OpenAI-compatible server works as openai with --base-url)",
                       (int)plen, spec);
    const char *url = at && at[1] ? at + 1 : base_url && *base_url ? base_url : providers[found].url;
    if (strncmp(url, "http://", 7) != 0 && strncmp(url, "https://", 8) != 0)
        return err_set(err, DBT_ERR_USAGE, "base URL for %.*s must start with http:// or https://",
                       (int)plen, spec);
    ep->provider = xstrndup(spec, plen);
    ep->model = xstrndup(colon + 1, mlen);
    ep->name = xstrndup(spec, plen + 1 + mlen);
    ep->base_url = xstrdup(url);
    if (!ep->provider || !ep->model || !ep->name || !ep->base_url) {
        endpoint_free(ep);
        return err_set(err, DBT_ERR_NOMEM, "out of memory");
    }
    size_t n = strlen(ep->base_url);
    while (n > 0 && ep->base_url[n - 1] == '/')
        ep->base_url[--n] = '\0';
    ep->format = providers[found].format;
    ep->needs_key = providers[found].hosted && strcmp(ep->base_url, providers[found].url) == 0;
    return 0;
}

char *endpoint_safe_url(const char *url)
{
    if (!url)
        return NULL;
    const char *scheme = strstr(url, "://");
    const char *host = scheme ? scheme + 3 : url;
    const char *end = host + strcspn(host, "/?#");
    const char *at = memchr(host, '@', (size_t)(end - host));
    if (at)
        host = at + 1;   /* drop user:password@ */
    const char *path_end = end + strcspn(end, "?#");
    buf b;
    buf_init(&b);
    if (scheme)
        buf_addn(&b, url, (size_t)(scheme + 3 - url));
    buf_addn(&b, host, (size_t)(path_end - host));
    return buf_take(&b);
}
