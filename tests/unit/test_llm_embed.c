/* test_llm_embed.c: embeddings requests and replies (embed.c): the body's
 * shape; replies taken apart and checked (count, numbers, sizes, indices,
 * error objects, garbage); refusals before any request (Anthropic, a
 * missing key) and a refused connection, never naming the key; vectors
 * kept in the cache file (cache.c). */
#include <cjson/cJSON.h>
#include <math.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "llm/llm.h"
#include "tap.h"

static int parse(const char *json, size_t n, size_t *dim, float **v, dbt_error *e)
{
    *v = NULL;
    return embed_parse(json, n, dim, v, e);
}

int main(void)
{
    /* the request body */
    const char *texts[] = { "Table orders (orders).", "how many \"parcels\"" };
    char *body = embed_body("text-embedding-3-small", texts, 2);
    cJSON *j = body ? cJSON_Parse(body) : NULL;
    const cJSON *in = cJSON_GetObjectItemCaseSensitive(j, "input");
    const cJSON *model = cJSON_GetObjectItemCaseSensitive(j, "model");
    ok(cJSON_IsString(model) && strcmp(model->valuestring, "text-embedding-3-small") == 0,
       "body: the model");
    ok(cJSON_IsArray(in) && cJSON_GetArraySize(in) == 2 &&
       strcmp(cJSON_GetArrayItem(in, 1)->valuestring, texts[1]) == 0, "body: the inputs, escaped");
    cJSON_Delete(j);
    free(body);

    /* good replies */
    dbt_error e;
    size_t dim = 0;
    float *v;
    int rc = parse("{\"data\":[{\"embedding\":[1,0,0.5]},{\"embedding\":[0,2,-1]}]}", 2, &dim, &v, &e);
    ok(rc == 0 && dim == 3 && v[0] == 1 && v[2] == 0.5f && v[4] == 2 && v[5] == -1,
       "two vectors of 3 numbers, in order");
    free(v);
    dim = 0;
    rc = parse("{\"object\":\"list\",\"data\":[{\"index\":1,\"embedding\":[9,9]},"
               "{\"index\":0,\"embedding\":[1,1]}],\"usage\":{\"prompt_tokens\":4}}", 2, &dim, &v, &e);
    ok(rc == 0 && dim == 2 && v[0] == 1 && v[2] == 9, "data[i].index places each vector");
    free(v);
    dim = 2;
    rc = parse("{\"data\":[{\"embedding\":[3,4]}]}", 1, &dim, &v, &e);
    ok(rc == 0 && dim == 2, "the size the caller expects");
    free(v);

    /* malformed replies: rejected, with what was wrong */
    dim = 0;
    rc = parse("{\"data\":[{\"embedding\":[1,2]}]}", 2, &dim, &v, &e);
    ok(rc < 0 && v == NULL && strstr(e.message, "1 vectors for 2 inputs"), "wrong count");
    rc = parse("{\"data\":[{\"embedding\":[1,\"x\"]}]}", 1, &dim, &v, &e);
    ok(rc < 0 && strstr(e.message, "other than a number"), "a string among the numbers");
    rc = parse("{\"data\":[{\"embedding\":[1,1e300]}]}", 1, &dim, &v, &e);
    ok(rc < 0, "an absurd number");
    rc = parse("{\"data\":[{\"embedding\":[1,2]},{\"embedding\":[1,2,3]}]}", 2, &dim, &v, &e);
    ok(rc < 0 && strstr(e.message, "differ in size"), "vectors of differing sizes");
    dim = 3;
    rc = parse("{\"data\":[{\"embedding\":[1,2]}]}", 1, &dim, &v, &e);
    ok(rc < 0 && strstr(e.message, "earlier ones 3"), "another size than the earlier batches");
    dim = 0;
    rc = parse("{\"data\":[{\"embedding\":[]}]}", 1, &dim, &v, &e);
    ok(rc < 0, "an empty vector");
    rc = parse("{\"data\":[{\"index\":0,\"embedding\":[1]},{\"index\":0,\"embedding\":[2]}]}", 2, &dim,
               &v, &e);
    ok(rc < 0 && strstr(e.message, "index"), "a repeated index");
    rc = parse("{\"data\":[{\"text\":\"hi\"}]}", 1, &dim, &v, &e);
    ok(rc < 0 && strstr(e.message, "no embedding list"), "a chat reply, not embeddings");
    rc = parse("{\"error\":{\"message\":\"model not found\"}}", 1, &dim, &v, &e);
    ok(rc < 0 && strstr(e.message, "model not found"), "the server's error is quoted");
    rc = parse("<html>502 Bad Gateway</html>", 1, &dim, &v, &e);
    ok(rc < 0 && strstr(e.message, "not valid JSON"), "garbage");
    rc = parse("{\"data\":{}}", 1, &dim, &v, &e);
    ok(rc < 0 && strstr(e.message, "no data list"), "data is not a list");

    /* refused before any request, or by the network; never naming the key */
    const char *key = "sk-unit-embed-0123456789";
    volatile sig_atomic_t cancel = 0;
    uint64_t rng = 1;
    llm_call call = { .connect_timeout_ms = 2000, .total_timeout_ms = 2000, .retries = 0,
                      .cancel = &cancel, .rng = &rng };
    llm_endpoint ep;
    long requests = 0;
    endpoint_parse("anthropic:claude", NULL, &ep, &e);
    ep.key = key;
    rc = embed_texts(&ep, texts, 2, &call, &v, &dim, &requests, &e);
    ok(rc < 0 && e.code == DBT_ERR_USAGE && strstr(e.message, "no embeddings endpoint") && requests == 0,
       "Anthropic: no embeddings endpoint, no request");
    endpoint_free(&ep);
    endpoint_parse("openai:text-embedding-3-small", NULL, &ep, &e);
    rc = embed_texts(&ep, texts, 2, &call, &v, &dim, &requests, &e);
    ok(rc < 0 && strstr(e.message, "OPENAI_API_KEY") && requests == 0, "OpenAI without a key: said so");
    endpoint_free(&ep);
    endpoint_parse("openai:e@http://127.0.0.1:1/v1", NULL, &ep, &e);
    ep.key = key;
    rc = embed_texts(&ep, texts, 2, &call, &v, &dim, &requests, &e);
    ok(rc < 0 && e.code == DBT_ERR_PROVIDER && requests == 1 && !strstr(e.message, key),
       "a refused connection: an error naming the server, not the key");
    endpoint_free(&ep);

    /* vectors in the cache file */
    char dir[] = "/tmp/dbt-embed-XXXXXX";
    ok(mkdtemp(dir) != NULL, "a temporary folder");
    char path[64];
    snprintf(path, sizeof path, "%s/c/cache.sqlite", dir);
    llm_cache *c = cache_open(path, &e);
    ok(c != NULL, "cache opened");
    float vec[4] = { 0.5f, -1, 2, 0 };
    ok(cache_put_vector(c, "k1", "openai:e", vec, 4, 1000) == 0, "a vector stored");
    size_t d = 0;
    float *got = cache_get_vector(c, "k1", &d);
    ok(got && d == 4 && memcmp(got, vec, sizeof vec) == 0, "and read back whole");
    free(got);
    ok(cache_get_vector(c, "k2", &d) == NULL, "another key: a miss");
    cache_prune_vectors(c, 1000 + 31L * 86400);
    ok(cache_get_vector(c, "k1", &d) == NULL, "a month-old vector is pruned");
    cache_close(c);
    unlink(path);
    snprintf(path, sizeof path, "%s/c", dir);
    rmdir(path);
    rmdir(dir);
    return done_testing();
}
