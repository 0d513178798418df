/* conversation.c: saving and resuming a conversation (see conversation.h). */
#include "conversation.h"

#include <cjson/cJSON.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "paths.h"
#include "util.h"

void conversation_add(conversation *c, const char *question, const char *sql)
{
    turn *t = realloc(c->turns, (c->n + 1) * sizeof *t);
    if (!t)
        return;
    c->turns = t;
    c->turns[c->n].question = xstrdup(question);
    c->turns[c->n].sql = xstrdup(sql);
    c->turns[c->n].reading = 0;
    c->n++;
}

void conversation_choose(conversation *c, const char *question, size_t reading, const char *sql)
{
    turn *t = c->n ? &c->turns[c->n - 1] : NULL;
    if (!t || !t->question || !question || strcmp(t->question, question) != 0)
        return;
    char *copy = xstrdup(sql);
    if (sql && !copy)
        return;
    free(t->sql);
    t->sql = copy;
    t->reading = reading;
}

static cJSON *to_json(const conversation *c, const char *database)
{
    cJSON *root = cJSON_CreateObject();
    cJSON_AddNumberToObject(root, "databot", 1);
    cJSON_AddStringToObject(root, "database", database ? database : "");
    cJSON *turns = cJSON_AddArrayToObject(root, "turns");
    for (size_t i = 0; i < c->n; i++) {
        cJSON *t = cJSON_CreateObject();
        if (c->turns[i].question)
            cJSON_AddStringToObject(t, "question", c->turns[i].question);
        else
            cJSON_AddNullToObject(t, "question");
        cJSON_AddStringToObject(t, "sql", c->turns[i].sql ? c->turns[i].sql : "");
        if (c->turns[i].reading)
            cJSON_AddNumberToObject(t, "reading", (double)(c->turns[i].reading + 1));
        cJSON_AddItemToArray(turns, t);
    }
    return root;
}

/* Note where a conversation was saved, so `databot purge` can find it. */
static void remember_saved(const char *path)
{
    char *dir = paths_state_dir();
    char *full = realpath(path, NULL);
    if (dir && full) {
        buf list;
        buf_init(&list);
        buf_printf(&list, "%s/saved", dir);
        int fd = list.oom || make_parent_dirs(buf_str(&list)) < 0
                     ? -1 : open(buf_str(&list), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0600);
        if (fd >= 0) {
            buf_reset(&list);
            buf_printf(&list, "%s\n", full);
            if (write(fd, buf_str(&list), list.len) < 0) {
                /* purge then misses this file; saving itself succeeded */
            }
            close(fd);
        }
        buf_free(&list);
    }
    free(dir);
    free(full);
}

int conversation_save(const conversation *c, const char *database, const char *path, dbt_error *err)
{
    cJSON *root = to_json(c, database);
    char *text = root ? cJSON_Print(root) : NULL;
    cJSON_Delete(root);
    if (!text)
        return err_set(err, DBT_ERR_NOMEM, "out of memory");
    buf tmp;
    buf_init(&tmp);
    buf_printf(&tmp, "%s.XXXXXX", path);
    int fd = tmp.oom ? -1 : mkstemp(tmp.p);
    int rc = -1;
    if (fd < 0) {
        err_set(err, DBT_ERR_IO, "cannot write %s: %s", path, strerror(errno));
    } else {
        size_t len = strlen(text);
        int ok = write(fd, text, len) == (ssize_t)len && write(fd, "\n", 1) == 1;
        ok = close(fd) == 0 && ok;
        if (ok && rename(tmp.p, path) == 0) {
            rc = 0;
            remember_saved(path);
        }
        else
            err_set(err, DBT_ERR_IO, "cannot write %s: %s", path, strerror(errno));
        if (rc < 0)
            unlink(tmp.p);
    }
    buf_free(&tmp);
    free(text);
    return rc;
}

static char *read_file(const char *path, dbt_error *err)
{
    char *text = file_read_all(path, 1u << 24);
    if (!text)
        err_set(err, DBT_ERR_IO, "cannot read %s: %s", path, strerror(errno));
    return text;
}

/* A question asked again as the reading it was answered as: the number
 * saved ("reading": 2 is choice 1), else the reading whose SQL is the saved
 * SQL (files saved before readings were recorded). Frees p when it returns
 * another plan; *reading receives the choice. */
static dbt_plan *replay_reading(dbt_session *s, dbt_plan *p, const char *question,
                                const cJSON *reading, const cJSON *sql, size_t *chosen)
{
    dbt_error e;
    size_t n = dbt_plan_choices(p);
    *chosen = 0;
    if (!p || n < 2)
        return p;
    if (cJSON_IsNumber(reading)) {
        double k = reading->valuedouble;
        if (k < 2 || k > (double)n || k != (double)(size_t)k)
            return p;   /* out of range: the default stands */
        dbt_plan *np = dbt_ask_choice(s, question, (size_t)k - 1, &e);
        if (!np)
            return p;
        *chosen = (size_t)k - 1;
        dbt_plan_free(p);
        return np;
    }
    if (!cJSON_IsString(sql) || !dbt_plan_sql(p) || strcmp(dbt_plan_sql(p), sql->valuestring) == 0)
        return p;
    for (size_t i = 1; i < n; i++) {
        dbt_plan *np = dbt_ask_choice(s, question, i, &e);
        if (np && dbt_plan_sql(np) && strcmp(dbt_plan_sql(np), sql->valuestring) == 0) {
            *chosen = i;
            dbt_plan_free(p);
            return np;
        }
        dbt_plan_free(np);
    }
    dbt_plan_free(dbt_ask_choice(s, question, 0, &e));   /* none: the default is the context again */
    return p;
}

int conversation_resume(conversation *c, dbt_session *s, const char *path, dbt_error *err)
{
    char *text = read_file(path, err);
    if (!text)
        return -1;
    cJSON *root = cJSON_Parse(text);
    free(text);
    const cJSON *turns = cJSON_GetObjectItemCaseSensitive(root, "turns");
    if (!root || !cJSON_IsArray(turns)) {
        cJSON_Delete(root);
        return err_set(err, DBT_ERR_USAGE, "%s is not a conversation saved by databot's \\save", path);
    }
    int replayed = 0;
    const cJSON *t;
    cJSON_ArrayForEach(t, turns) {
        const cJSON *q = cJSON_GetObjectItemCaseSensitive(t, "question");
        const cJSON *sql = cJSON_GetObjectItemCaseSensitive(t, "sql");
        if (cJSON_IsString(q)) {
            dbt_error e;
            size_t chosen = 0;
            dbt_plan *p = dbt_ask(s, q->valuestring, &e);
            p = replay_reading(s, p, q->valuestring, cJSON_GetObjectItemCaseSensitive(t, "reading"), sql,
                               &chosen);
            conversation_add(c, q->valuestring, p ? dbt_plan_sql(p) : NULL);
            if (chosen)
                conversation_choose(c, q->valuestring, chosen, p ? dbt_plan_sql(p) : NULL);
            dbt_plan_free(p);
            replayed++;
        } else if (cJSON_IsString(sql)) {
            conversation_add(c, NULL, sql->valuestring);
        }
    }
    cJSON_Delete(root);
    return replayed;
}

void conversation_free(conversation *c)
{
    for (size_t i = 0; i < c->n; i++) {
        free(c->turns[i].question);
        free(c->turns[i].sql);
    }
    free(c->turns);
    c->turns = NULL;
    c->n = 0;
}
