/* cost.c: dollars for tokens. The config's price table ("MODEL=IN/OUT"
 * in dollars per million tokens, comma-separated) wins over the built-in
 * one, which holds list prices of common hosted models; local servers
 * cost nothing; an unknown model's cost is unknown (-1). */
#include <stdlib.h>
#include <string.h>

#include "llm/llm.h"

static const struct {
    const char *model;   /* a prefix of the model name */
    double in, out;      /* dollars per million tokens */
} builtin[] = {
    { "gpt-4o-mini", 0.15, 0.60 },
    { "gpt-4o", 2.50, 10.00 },
    { "gpt-4.1-nano", 0.10, 0.40 },
    { "gpt-4.1-mini", 0.40, 1.60 },
    { "gpt-4.1", 2.00, 8.00 },
    { "gpt-5-mini", 0.25, 2.00 },
    { "gpt-5-nano", 0.05, 0.40 },
    { "gpt-5", 1.25, 10.00 },
    { "claude-haiku-4-5", 1.00, 5.00 },
    { "claude-sonnet-4", 3.00, 15.00 },
    { "claude-opus-4", 15.00, 75.00 },
    { "claude-3-5-haiku", 0.80, 4.00 },
    { "claude-3-5-sonnet", 3.00, 15.00 },
};

/* "model=in/out" entries; 0 and the prices when model is listed (the
 * last entry for it wins). */
static int from_table(const char *prices, const char *model, double *in, double *out)
{
    if (!prices)
        return -1;
    size_t mlen = strlen(model);
    int found = -1;
    for (const char *p = prices; *p;) {
        p += strspn(p, " ,");
        const char *eq = strchr(p, '=');
        if (!eq)
            break;
        const char *k = p;
        size_t klen = (size_t)(eq - k);
        while (klen && k[klen - 1] == ' ')
            klen--;
        char *end;
        double i = strtod(eq + 1, &end);
        double o = 0;
        if (*end == '/')
            o = strtod(end + 1, &end);
        if (klen == mlen && strncmp(k, model, mlen) == 0) {
            *in = i;          /* a later entry (a flag after the config file) wins */
            *out = o;
            found = 0;
        }
        p = end + strcspn(end, ",");
    }
    return found;
}

double cost_of(const char *provider, const char *model, long tokens_in, long tokens_out,
               const char *prices)
{
    double in = -1, out = -1;
    if (from_table(prices, model, &in, &out) < 0) {
        if (strcmp(provider, "ollama") == 0 || strcmp(provider, "llamacpp") == 0 ||
            strcmp(provider, "llama.cpp") == 0 || strcmp(provider, "vllm") == 0 ||
            strcmp(provider, "lmstudio") == 0)
            return 0;
        for (size_t i = 0; i < sizeof builtin / sizeof *builtin; i++)
            if (strncmp(model, builtin[i].model, strlen(builtin[i].model)) == 0) {
                in = builtin[i].in;
                out = builtin[i].out;
                break;
            }
        if (in < 0)
            return -1;
    }
    return ((double)tokens_in * in + (double)tokens_out * out) / 1e6;
}
