/* openai.c: the OpenAI chat completions format, which OpenAI, OpenRouter,
 * Ollama, llama.cpp's server, vLLM and LM Studio all speak: the request
 * body, a whole JSON reply, and the events of a streamed one. */
#include <cjson/cJSON.h>
#include <stdlib.h>
#include <string.h>

#include "llm/llm.h"

void reply_init(llm_reply *r)
{
    buf_init(&r->text);
    r->tokens_in = r->tokens_out = 0;
    r->done = 0;
    r->error = NULL;
    r->attempts = 0;
}

void reply_free(llm_reply *r)
{
    buf_free(&r->text);
    free(r->error);
    r->error = NULL;
}

static cJSON *message(const char *role, const char *content)
{
    cJSON *m = cJSON_CreateObject();
    if (!m || !cJSON_AddStringToObject(m, "role", role) ||
        !cJSON_AddStringToObject(m, "content", content ? content : "")) {
        cJSON_Delete(m);
        return NULL;
    }
    return m;
}

char *openai_body(const llm_endpoint *ep, const llm_prompt *p, int stream, long max_tokens)
{
    cJSON *root = cJSON_CreateObject();
    cJSON *msgs = cJSON_CreateArray();
    int ok = root && msgs && cJSON_AddStringToObject(root, "model", ep->model) &&
             cJSON_AddNumberToObject(root, "temperature", 0) &&
             cJSON_AddNumberToObject(root, "max_tokens", (double)max_tokens) &&
             cJSON_AddBoolToObject(root, "stream", stream);
    if (ok && stream) {
        cJSON *so = cJSON_AddObjectToObject(root, "stream_options");
        ok = so && cJSON_AddBoolToObject(so, "include_usage", 1);
    }
    if (ok && p->system) {
        cJSON *m = message("system", p->system);
        ok = m && cJSON_AddItemToArray(msgs, m);
    }
    for (size_t i = 0; ok && i < p->nmsgs; i++) {
        cJSON *m = message(p->msgs[i].role, p->msgs[i].content);
        ok = m && cJSON_AddItemToArray(msgs, m);
    }
    char *out = NULL;
    if (ok && cJSON_AddItemToObject(root, "messages", msgs)) {
        msgs = NULL;
        out = cJSON_PrintUnformatted(root);
    }
    cJSON_Delete(msgs);
    cJSON_Delete(root);
    return out;
}

static void usage(const cJSON *root, llm_reply *r)
{
    const cJSON *u = cJSON_GetObjectItemCaseSensitive(root, "usage");
    if (cJSON_IsObject(u)) {
        r->tokens_in = json_count(u, "prompt_tokens");
        r->tokens_out = json_count(u, "completion_tokens");
    }
}

static const cJSON *first_choice(const cJSON *root)
{
    const cJSON *choices = cJSON_GetObjectItemCaseSensitive(root, "choices");
    return cJSON_IsArray(choices) ? cJSON_GetArrayItem(choices, 0) : NULL;
}

static char *error_text(const cJSON *root)
{
    const cJSON *e = cJSON_GetObjectItemCaseSensitive(root, "error");
    if (!e)
        return NULL;
    if (cJSON_IsString(e))
        return xstrdup(e->valuestring);
    const cJSON *m = cJSON_GetObjectItemCaseSensitive(e, "message");
    return xstrdup(cJSON_IsString(m) ? m->valuestring : "the server reported an error");
}

int openai_parse(const char *json, llm_reply *r, dbt_error *err)
{
    cJSON *root = cJSON_Parse(json);
    if (!root)
        return err_set(err, DBT_ERR_PROVIDER, "the reply is not valid JSON");
    char *e = error_text(root);
    if (e) {
        err_set(err, DBT_ERR_PROVIDER, "the server said: %.300s", e);
        free(e);
        cJSON_Delete(root);
        return -1;
    }
    const cJSON *c = first_choice(root);
    const cJSON *m = c ? cJSON_GetObjectItemCaseSensitive(c, "message") : NULL;
    const cJSON *content = m ? cJSON_GetObjectItemCaseSensitive(m, "content") : NULL;
    if (!cJSON_IsString(content)) {
        cJSON_Delete(root);
        return err_set(err, DBT_ERR_PROVIDER, "the reply holds no message (choices[0].message.content)");
    }
    buf_add(&r->text, content->valuestring);
    usage(root, r);
    r->done = 1;
    cJSON_Delete(root);
    return r->text.oom ? err_set(err, DBT_ERR_NOMEM, "out of memory") : 0;
}

int openai_event(llm_reply *r, const char *event, const char *data)
{
    (void)event;
    if (strcmp(data, "[DONE]") == 0) {
        r->done = 1;
        return 0;
    }
    cJSON *root = cJSON_Parse(data);
    if (!root)
        return 0;   /* keep-alives and junk lines are skipped */
    char *e = error_text(root);
    if (e) {
        free(r->error);
        r->error = e;
        cJSON_Delete(root);
        return -1;
    }
    const cJSON *c = first_choice(root);
    const cJSON *d = c ? cJSON_GetObjectItemCaseSensitive(c, "delta") : NULL;
    const cJSON *content = d ? cJSON_GetObjectItemCaseSensitive(d, "content") : NULL;
    if (cJSON_IsString(content))
        buf_add(&r->text, content->valuestring);
    const cJSON *fin = c ? cJSON_GetObjectItemCaseSensitive(c, "finish_reason") : NULL;
    if (cJSON_IsString(fin))
        r->done = 1;
    usage(root, r);
    cJSON_Delete(root);
    return 0;
}
