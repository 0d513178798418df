/* batch.c: batch mode (see batch.h). */
#include "batch.h"
#include "conversation.h"
#include "export_file.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* CSV needs no chart or insights: rows go from the database to stdout as
 * they arrive, so memory stays flat however big the answer. */
static int stream_csv(dbt_session *s, const options *o, output *out, dbt_plan *p)
{
    dbt_error err;
    int rc = dbt_run_to_stream(s, p, out->out, DBT_EXPORT_CSV, &err);
    fflush(out->out);
    if (rc < 0)
        output_error(out, dbt_plan_question(p), dbt_plan_sql(p), &err);
    else if (rc == 1 && !out->quiet)
        fprintf(out->diag, "databot: answer truncated at %ld rows; use --max-rows to change\n",
                o->cfg.max_rows);
    dbt_plan_free(p);
    return rc < 0 ? output_exit_code(err.code) : 0;
}

int batch_one(dbt_session *s, const options *o, output *out, int is_sql, const char *text)
{
    dbt_error err;
    const char *question = is_sql ? NULL : text;
    if (o->show_prompt) {   /* --show-prompt: what would be sent; nothing is sent or run */
        char *prompt = is_sql ? NULL : dbt_prompt_text(s, text, &err);
        if (prompt)
            fprintf(out->out, "%s%s", out->shown++ ? "\n" : "", prompt);
        else if (!is_sql)
            output_error(out, question, NULL, &err);
        free(prompt);
        return prompt || is_sql ? 0 : output_exit_code(err.code);
    }
    dbt_plan *p = is_sql ? dbt_plan_from_sql(s, text, &err) : dbt_ask(s, text, &err);
    if (p && out->conv)
        conversation_add(out->conv, question, dbt_plan_sql(p));
    if (o->sql_only) {
        output_plan(out, question, p, &err);
        dbt_plan_free(p);
        return p ? 0 : output_exit_code(err.code);
    }
    if (!p) {
        output_error(out, question, is_sql ? text : NULL, &err);
        return output_exit_code(err.code);
    }
    if (dbt_plan_note(p) && out->fmt != FMT_JSON && !out->quiet)
        fprintf(out->diag, "-- %s\n", dbt_plan_note(p));
    if (out->fmt == FMT_CSV && !o->output)
        return stream_csv(s, o, out, p);
    dbt_answer *a = dbt_run(s, p, &err);
    int status = 0;
    if (a)
        output_answer(out, question, p, a);
    else
        output_error(out, question, dbt_plan_sql(p), &err);
    if (a && o->output) {
        /* -o FILE: every row, not only the ones shown; FILE, FILE-2, ... */
        char *path = export_nth_path(o->output, ++out->exported);
        status = path ? export_to_file(s, o, out, p, a, path, o->force) : 1;
        free(path);
    }
    dbt_answer_free(a);
    dbt_plan_free(p);
    return a ? status : output_exit_code(err.code);
}

/* Lines that are not questions: blank, or a comment (# or --). */
static int skip_line(const char *line)
{
    line += strspn(line, " \t\r\n");
    return !*line || *line == '#' || (line[0] == '-' && line[1] == '-');
}

int batch_run(dbt_session *s, const options *o, output *out,
              volatile sig_atomic_t *interrupted)
{
    int status = 0;
    if (o->njobs) {
        for (size_t i = 0; i < o->njobs && !*interrupted; i++) {
            int rc = batch_one(s, o, out, o->jobs[i].is_sql, o->jobs[i].text);
            if (rc && !status)
                status = rc;
        }
        return *interrupted ? 130 : status;
    }
    char *line = NULL;
    size_t cap = 0;
    ssize_t n;
    while (!*interrupted && (n = getline(&line, &cap, stdin)) >= 0) {
        if (n > 0 && line[n - 1] == '\n')
            line[--n] = '\0';
        if (skip_line(line))
            continue;
        int rc = batch_one(s, o, out, 0, line);
        if (rc && !status)
            status = rc;
    }
    free(line);
    return *interrupted ? 130 : status;
}
