/* probe.c: `databot doctor`'s look at the configured model: the endpoint
 * parses, a key is there when the service needs one, and the model answers
 * a one-token request. No schema and no data are sent. */
#include <stdlib.h>
#include <string.h>

#include "llm.h"

/* The key for an endpoint's format, from the config (never copied out). */
static const char *key_for(const llm_endpoint *ep, const dbt_config *cfg)
{
    return ep->format == LLM_ANTHROPIC ? cfg->anthropic_api_key : cfg->openai_api_key;
}

int dbt_model_check(const dbt_config *cfg, char *what, size_t n, dbt_error *err)
{
    err_clear(err);
    if (!cfg->model || !*cfg->model) {
        snprintf(what, n, "model: none configured; the built-in engine answers, offline");
        return 0;
    }
    if (cfg->offline) {
        snprintf(what, n, "model: %s configured, but --offline: the built-in engine answers",
                 cfg->model);
        return 0;
    }
    llm_endpoint ep;
    if (endpoint_parse(cfg->model, cfg->base_url, &ep, err) < 0)
        return -1;
    ep.key = key_for(&ep, cfg);
    llm_prompt p = { NULL, NULL, 0 };
    llm_reply r;
    reply_init(&r);
    volatile sig_atomic_t cancel = 0;
    uint64_t rng = 1;
    llm_call call = { .connect_timeout_ms = 5000, .total_timeout_ms = 20000, .retries = 0,
                      .backoff_ms = 0, .max_tokens = 1, .stream = 0, .cancel = &cancel,
                      .rng = &rng };
    int rc = prompt_add(&p, "user", "Reply with the word OK.");
    if (rc == 0)
        rc = provider_complete(&ep, &p, &call, &r, err);
    char *safe = endpoint_safe_url(ep.base_url);
    if (rc == 0)
        snprintf(what, n, "model: %s at %s answers", ep.name, safe ? safe : ep.base_url);
    free(safe);
    reply_free(&r);
    prompt_free(&p);
    endpoint_free(&ep);
    return rc;
}
