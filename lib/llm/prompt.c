/* prompt.c: what is sent to a model for one question: a system message
 * (the task, one read-only statement, the dialect's rules, today's date)
 * and a user message (the retrieved schema as compact DDL, remembered
 * questions and the semantic file's examples as few-shot pairs, the
 * conversation's last turn, the question);
 * later turns carry the model's reply and corrections. prompt_render shows
 * it all as text, so a person can see exactly what leaves the machine. */
#include <stdlib.h>
#include <string.h>

#include "llm/llm.h"

static const char *dialect_rules(const char *dialect)
{
    if (dialect && strcmp(dialect, "postgres") == 0)
        return "The database is PostgreSQL. Use date_trunc('month', col), EXTRACT(YEAR FROM col), "
               "to_char(col, 'YYYY-MM'), CURRENT_DATE and interval arithmetic (col >= DATE '2024-01-01' "
               "- INTERVAL '30 days') for dates; ILIKE for case-insensitive matching; || to join text; "
               "double quotes for identifiers that need quoting; LIMIT n for the first n rows.";
    return "The database is SQLite. Dates are ISO-8601 text ('YYYY-MM-DD' or 'YYYY-MM-DD HH:MM:SS'): "
           "use date(col), strftime('%Y-%m', col), strftime('%Y', col), date('2024-01-31', '-30 days') "
           "and julianday() for dates; there is no ILIKE (LIKE ignores ASCII case), no date_trunc, no "
           "EXTRACT; || joins text; double quotes for identifiers that need quoting; LIMIT n for the "
           "first n rows; CAST(x AS REAL) before dividing integers.";
}

int prompt_add(llm_prompt *p, const char *role, const char *content)
{
    llm_message *m = realloc(p->msgs, (p->nmsgs + 1) * sizeof *m);
    if (!m)
        return -1;
    p->msgs = m;
    m[p->nmsgs].role = xstrdup(role);
    m[p->nmsgs].content = xstrdup(content ? content : "");
    if (!m[p->nmsgs].role || !m[p->nmsgs].content) {
        free(m[p->nmsgs].role);
        free(m[p->nmsgs].content);
        return -1;
    }
    p->nmsgs++;
    return 0;
}

int prompt_build(llm_prompt *p, const prompt_input *in)
{
    memset(p, 0, sizeof *p);
    buf b;
    buf_init(&b);
    buf_add(&b, "You write SQL for a data analyst. Answer the question with exactly one read-only "
                "query (SELECT, or WITH ... SELECT) in a ```sql block. Never write INSERT, UPDATE, "
                "DELETE, DDL, PRAGMA or more than one statement. Use only the tables and columns in "
                "the schema given; join along the REFERENCES shown. Name result columns clearly with "
                "AS. ");
    buf_add(&b, dialect_rules(in->dialect));
    if (in->as_of)
        buf_printf(&b, " Today is %s: resolve relative dates (\"last month\", \"this year\") from it.",
                   in->as_of);
    buf_add(&b, " If the schema cannot answer the question, say so in one sentence and write no SQL.");
    p->system = buf_take(&b);
    if (!p->system)
        return -1;

    buf_add(&b, "Schema:\n");
    buf_add(&b, in->schema && *in->schema ? in->schema : "(no tables)\n");
    if (in->nexamples) {
        buf_add(&b, "\nQuestions asked before on this database, with the SQL the analyst confirmed "
                    "(or the team wrote as an example):\n");
        for (size_t i = 0; i < in->nexamples; i++)
            buf_printf(&b, "Q: %s\nSQL: %s\n", in->examples[i].question, in->examples[i].sql);
    }
    if (in->prev_sql) {
        buf_printf(&b, "\nThe previous question was: %s\nIts SQL was:\n%s\n"
                       "The next question may refine it (\"only 2024\", \"now by month\"); if so, "
                       "change that SQL.\n", in->prev_question ? in->prev_question : "(SQL written by the analyst)",
                   in->prev_sql);
    }
    buf_printf(&b, "\nQuestion: %s\n", in->question);
    char *user = buf_take(&b);
    if (!user || prompt_add(p, "user", user) < 0) {
        free(user);
        prompt_free(p);
        return -1;
    }
    free(user);
    return 0;
}

char *prompt_correction(const char *sql, const char *error, const char *hints)
{
    buf b;
    buf_init(&b);
    if (sql)
        buf_printf(&b, "That SQL was rejected:\n%s\nError: %s\n", sql, error);
    else
        buf_printf(&b, "%s\n", error);
    if (hints && *hints)
        buf_printf(&b, "%s\n", hints);
    buf_add(&b, "Reply with one corrected read-only SELECT in a ```sql block.");
    return buf_take(&b);
}

char *prompt_render(const llm_prompt *p)
{
    buf b;
    buf_init(&b);
    if (p->system)
        buf_printf(&b, "--- system ---\n%s\n", p->system);
    for (size_t i = 0; i < p->nmsgs; i++)
        buf_printf(&b, "--- %s ---\n%s\n", p->msgs[i].role, p->msgs[i].content);
    return buf_take(&b);
}

void prompt_free(llm_prompt *p)
{
    free(p->system);
    for (size_t i = 0; i < p->nmsgs; i++) {
        free(p->msgs[i].role);
        free(p->msgs[i].content);
    }
    free(p->msgs);
    memset(p, 0, sizeof *p);
}
