/* test_llm_prompt.c: the prompt sent to a model: the task, one read-only
 * statement, the dialect's rules, today's date, the schema, examples, the
 * previous turn, the question; corrections; and the request bodies of both
 * formats (model, temperature 0, token bound, stream, roles). */
#include <cjson/cJSON.h>
#include <stdlib.h>
#include <string.h>

#include "llm/llm.h"
#include "tap.h"

int main(void)
{
    llm_example ex[] = { { "how many orders", "SELECT count(*) FROM orders" } };
    prompt_input in = {
        .dialect = "sqlite", .as_of = "2024-06-30", .schema = "CREATE TABLE orders (id INTEGER);\n",
        .question = "orders by month", .prev_question = "how many orders", .prev_sql = "SELECT 1",
        .examples = ex, .nexamples = 1,
    };
    llm_prompt p;
    ok(prompt_build(&p, &in) == 0, "build");
    ok(strstr(p.system, "exactly one read-only") != NULL, "asks for one read-only statement");
    ok(strstr(p.system, "SQLite") && strstr(p.system, "strftime"), "SQLite rules");
    ok(strstr(p.system, "Today is 2024-06-30") != NULL, "today's date");
    is_int(p.nmsgs, 1, "one user message");
    const char *u = p.msgs[0].content;
    ok(strstr(u, "CREATE TABLE orders (id INTEGER);") != NULL, "schema");
    ok(strstr(u, "Q: how many orders\nSQL: SELECT count(*) FROM orders") != NULL, "few-shot example");
    ok(strstr(u, "The previous question was: how many orders") && strstr(u, "SELECT 1"), "previous turn");
    ok(strstr(u, "Question: orders by month") != NULL, "the question");
    ok(strstr(u, "Question:") > strstr(u, "Schema:"), "the question comes last");

    char *fix = prompt_correction("SELECT x FROM orders", "no such column: x", "The nearest real columns: orders.id.");
    ok(fix && strstr(fix, "no such column: x") && strstr(fix, "orders.id"), "correction with error and hints");
    ok(prompt_add(&p, "assistant", "```sql\nSELECT x FROM orders\n```") == 0 && prompt_add(&p, "user", fix) == 0,
       "corrections are new turns");
    free(fix);

    llm_endpoint ep;
    endpoint_parse("openai:gpt-4o", NULL, &ep, NULL);
    char *body = openai_body(&ep, &p, 1, 512);
    cJSON *j = cJSON_Parse(body);
    ok(j != NULL, "openai body is JSON");
    ok(strcmp(cJSON_GetObjectItem(j, "model")->valuestring, "gpt-4o") == 0, "model");
    ok(cJSON_GetObjectItem(j, "temperature")->valuedouble == 0, "temperature 0");
    ok(cJSON_GetObjectItem(j, "max_tokens")->valueint == 512, "token bound");
    ok(cJSON_IsTrue(cJSON_GetObjectItem(j, "stream")), "stream");
    cJSON *m = cJSON_GetObjectItem(j, "messages");
    is_int(cJSON_GetArraySize(m), 4, "system + user + assistant + user");
    is_str(cJSON_GetObjectItem(cJSON_GetArrayItem(m, 0), "role")->valuestring, "system", "system first");
    cJSON_Delete(j);
    free(body);
    endpoint_free(&ep);

    endpoint_parse("anthropic:claude-sonnet-4-5", NULL, &ep, NULL);
    body = anthropic_body(&ep, &p, 0, 256);
    j = cJSON_Parse(body);
    ok(j && cJSON_IsString(cJSON_GetObjectItem(j, "system")), "anthropic: system apart");
    is_int(cJSON_GetArraySize(cJSON_GetObjectItem(j, "messages")), 3, "anthropic: user, assistant, user");
    ok(cJSON_IsFalse(cJSON_GetObjectItem(j, "stream")), "anthropic: not streamed");
    cJSON_Delete(j);
    free(body);
    endpoint_free(&ep);

    char *text = prompt_render(&p);
    ok(text && strstr(text, "--- system ---") && strstr(text, "--- assistant ---"), "render shows every part");
    free(text);
    prompt_free(&p);

    in.dialect = "postgres";
    in.prev_sql = NULL;
    in.nexamples = 0;
    prompt_build(&p, &in);
    ok(strstr(p.system, "PostgreSQL") && strstr(p.system, "date_trunc"), "PostgreSQL rules");
    ok(!strstr(p.msgs[0].content, "previous question"), "no previous turn when none");
    prompt_free(&p);

    llm_reply r;
    reply_init(&r);
    dbt_error err;
    ok(openai_parse("{\"choices\":[{\"message\":{\"content\":\"SELECT 1\"}}],\"usage\":{\"prompt_tokens\":5,\"completion_tokens\":2}}",
                    &r, &err) == 0 && strcmp(buf_str(&r.text), "SELECT 1") == 0 && r.tokens_in == 5, "openai whole reply");
    reply_free(&r);
    reply_init(&r);
    ok(openai_parse("{\"error\":{\"message\":\"bad model\"}}", &r, &err) < 0 && strstr(err.message, "bad model"),
       "openai error reply");
    ok(openai_parse("not json", &r, &err) < 0, "invalid JSON");
    ok(anthropic_parse("{\"content\":[{\"type\":\"text\",\"text\":\"SELECT 2\"}],\"usage\":{\"input_tokens\":7,\"output_tokens\":1}}",
                       &r, &err) == 0 && strcmp(buf_str(&r.text), "SELECT 2") == 0, "anthropic whole reply");
    reply_free(&r);
    return done_testing();
}
