/* anthropic.c: Anthropic's Messages API: the request body (the system
 * prompt apart, user and assistant turns alternating), a whole JSON reply,
 * and the events of a streamed one (message_start, content_block_delta,
 * message_delta, message_stop, error). */
#include <cjson/cJSON.h>
#include <stdlib.h>
#include <string.h>

#include "llm/llm.h"

char *anthropic_body(const llm_endpoint *ep, const llm_prompt *p, int stream, long max_tokens)
{
    cJSON *root = cJSON_CreateObject();
    cJSON *msgs = cJSON_CreateArray();
    int ok = root && msgs && cJSON_AddStringToObject(root, "model", ep->model) &&
             cJSON_AddNumberToObject(root, "max_tokens", (double)max_tokens) &&
             cJSON_AddNumberToObject(root, "temperature", 0) &&
             cJSON_AddBoolToObject(root, "stream", stream);
    if (ok && p->system)
        ok = cJSON_AddStringToObject(root, "system", p->system) != NULL;
    for (size_t i = 0; ok && i < p->nmsgs; i++) {
        cJSON *m = cJSON_CreateObject();
        ok = m && cJSON_AddStringToObject(m, "role", p->msgs[i].role) &&
             cJSON_AddStringToObject(m, "content", p->msgs[i].content);
        if (ok)
            ok = cJSON_AddItemToArray(msgs, m);
        else
            cJSON_Delete(m);
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

static char *error_text(const cJSON *root)
{
    const cJSON *type = cJSON_GetObjectItemCaseSensitive(root, "type");
    const cJSON *e = cJSON_GetObjectItemCaseSensitive(root, "error");
    if (!e && !(cJSON_IsString(type) && strcmp(type->valuestring, "error") == 0))
        return NULL;
    const cJSON *m = e ? cJSON_GetObjectItemCaseSensitive(e, "message") : NULL;
    return xstrdup(cJSON_IsString(m) ? m->valuestring : "the server reported an error");
}

int anthropic_parse(const char *json, llm_reply *r, dbt_error *err)
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
    const cJSON *content = cJSON_GetObjectItemCaseSensitive(root, "content");
    const cJSON *block;
    int any = 0;
    cJSON_ArrayForEach(block, content) {
        const cJSON *t = cJSON_GetObjectItemCaseSensitive(block, "text");
        if (cJSON_IsString(t)) {
            buf_add(&r->text, t->valuestring);
            any = 1;
        }
    }
    if (!any) {
        cJSON_Delete(root);
        return err_set(err, DBT_ERR_PROVIDER, "the reply holds no text (content[].text)");
    }
    const cJSON *u = cJSON_GetObjectItemCaseSensitive(root, "usage");
    r->tokens_in = json_count(u, "input_tokens");
    r->tokens_out = json_count(u, "output_tokens");
    r->done = 1;
    cJSON_Delete(root);
    return r->text.oom ? err_set(err, DBT_ERR_NOMEM, "out of memory") : 0;
}

int anthropic_event(llm_reply *r, const char *event, const char *data)
{
    (void)event;
    cJSON *root = cJSON_Parse(data);
    if (!root)
        return 0;
    const cJSON *type = cJSON_GetObjectItemCaseSensitive(root, "type");
    const char *t = cJSON_IsString(type) ? type->valuestring : "";
    int rc = 0;
    if (strcmp(t, "error") == 0) {
        free(r->error);
        r->error = error_text(root);
        rc = -1;
    } else if (strcmp(t, "message_start") == 0) {
        const cJSON *m = cJSON_GetObjectItemCaseSensitive(root, "message");
        const cJSON *u = m ? cJSON_GetObjectItemCaseSensitive(m, "usage") : NULL;
        r->tokens_in = json_count(u, "input_tokens");
        r->tokens_out = json_count(u, "output_tokens");
    } else if (strcmp(t, "content_block_delta") == 0) {
        const cJSON *d = cJSON_GetObjectItemCaseSensitive(root, "delta");
        const cJSON *text = d ? cJSON_GetObjectItemCaseSensitive(d, "text") : NULL;
        if (cJSON_IsString(text))
            buf_add(&r->text, text->valuestring);
    } else if (strcmp(t, "message_delta") == 0) {
        const cJSON *u = cJSON_GetObjectItemCaseSensitive(root, "usage");
        if (u && json_count(u, "output_tokens"))
            r->tokens_out = json_count(u, "output_tokens");
    } else if (strcmp(t, "message_stop") == 0) {
        r->done = 1;
    }
    cJSON_Delete(root);
    return rc;
}
