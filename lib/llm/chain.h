/* chain.h: stage 3 with models: the fallback chain that ends at the
 * built-in engine. Internal to libdatabot; the session calls it when a
 * model is configured and the network allowed. */
#ifndef DBT_CHAIN_H
#define DBT_CHAIN_H

#include <signal.h>
#include "databot.h"
#include "catalog.h"
#include "db/driver.h"
#include "engine/engine.h"

typedef struct llm_chain llm_chain;

typedef struct chain_result {
    char *sql, *note;          /* malloc'd; the SQL passed the guard */
    const char *source;        /* "engine", "cache", "memory" or an endpoint's name; owned by the chain */
    long tokens_in, tokens_out;
    double cost;               /* -1 when a price was unknown */
} chain_result;

/* The endpoints of cfg (model, fallback, model_simple), the cache and the
 * memory files. cancel is polled during requests. NULL with err (a bad
 * model spec is DBT_ERR_USAGE). */
llm_chain *chain_new(const dbt_config *cfg, const catalog *cat, driver *d, engine *eng,
                     volatile sig_atomic_t *cancel, dbt_error *err);
void chain_free(llm_chain *c);

/* A checked plan for a cleaned question: memory, cache, each endpoint in
 * turn (rejected SQL goes back to the model at most twice), then the
 * built-in engine. 0 with out filled, or -1 with err. */
int chain_ask(llm_chain *c, const char *question, const char *as_of, chain_result *out, dbt_error *err);
/* The prompt the first endpoint would be sent for question (\prompt). */
char *chain_prompt_text(llm_chain *c, const char *question, const char *as_of);
void chain_result_free(chain_result *r);
/* --llm-insights: the first endpoint's narrative (two sentences and at most
 * one "Suggestion:") for context, a text holding the question, SQL, column
 * names and insight sentences (the caller sends no rows). malloc'd, or NULL
 * with err. Tokens are counted in the session's stats. */
char *chain_narrate(llm_chain *c, const char *context, long *tokens_in, long *tokens_out,
                    dbt_error *err);
/* Forget the conversation. */
void chain_reset(llm_chain *c);
void chain_stats(const llm_chain *c, dbt_stats *out);

/* Remember a confirmed pair (c may be NULL: the file in cfg is opened for
 * the call). 0, or -1 with err; 0 when no memory file is configured. */
int chain_remember(llm_chain *c, const dbt_config *cfg, const catalog *cat,
                   const char *question, const char *sql, dbt_error *err);

#endif
