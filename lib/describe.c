/* describe.c: what a person asks to see about the session, shown as
 * answers: the catalog (\tables, \d TABLE; no query runs, the catalog is in
 * memory), the names offered for completion, and the remembered questions
 * (\memory, \forget). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "memory.h"
#include "retrieve.h"
#include "session.h"
#include "table.h"
#include "util.h"

static dbt_answer *finish(table *t, int failed, dbt_error *err)
{
    if (failed) {
        table_free(t);
        return NULL;
    }
    dbt_answer *a = answer_new(t, NULL);
    if (!a)
        err_set(err, DBT_ERR_NOMEM, "out of memory");
    return a;
}

dbt_answer *dbt_list_tables(dbt_session *s, dbt_error *err)
{
    static const char *const names[] = { "name", "kind", "rows", "columns" };
    table *t = table_new();
    if (!t || table_set_columns(t, 4, names, err) < 0)
        return finish(t, 1, err);
    int failed = 0;
    for (size_t i = 0; i < s->cat.ntables && !failed; i++) {
        const cat_table *tab = &s->cat.tables[i];
        dbt_value row[4] = {
            value_text(tab->name), value_text(tab->is_view ? "view" : "table"),
            tab->rows >= 0 ? value_int(tab->rows) : value_text(NULL),
            value_int((int64_t)tab->ncols),
        };
        failed = table_add_row(t, row, err) < 0;
    }
    return finish(t, failed, err);
}

dbt_answer *dbt_describe_table(dbt_session *s, const char *name, dbt_error *err)
{
    int ti = name ? catalog_find_table(&s->cat, name) : -1;
    if (ti < 0) {
        err_set(err, DBT_ERR_USAGE, "no table or view named '%s' (\\tables lists them)",
                name ? name : "");
        return NULL;
    }
    const cat_table *tab = &s->cat.tables[ti];
    static const char *const names[] = { "column", "type", "null", "key", "references", "comment" };
    int comments = 0;   /* a comment column only when the schema has comments */
    for (size_t i = 0; i < tab->ncols; i++)
        comments |= tab->cols[i].comment && *tab->cols[i].comment;
    table *t = table_new();
    if (!t || table_set_columns(t, comments ? 6 : 5, names, err) < 0)
        return finish(t, 1, err);
    int failed = 0;
    for (size_t i = 0; i < tab->ncols && !failed; i++) {
        const cat_column *c = &tab->cols[i];
        char ref[512] = "";
        if (c->ref_table)
            snprintf(ref, sizeof ref, "%s.%s", c->ref_table,
                     c->ref_column ? c->ref_column
                     : (c->ref_t >= 0 && c->ref_c >= 0)
                         ? s->cat.tables[c->ref_t].cols[c->ref_c].name : "?");
        const char *key = c->pk ? "primary" : c->ref_table ? "foreign" : NULL;
        dbt_value row[6] = {
            value_text(c->name), value_text(*c->decl_type ? c->decl_type : NULL),
            value_text(c->notnull || c->pk ? "not null" : "null"), value_text(key),
            value_text(c->ref_table ? ref : NULL), value_text(c->comment),
        };
        failed = table_add_row(t, row, err) < 0;
    }
    return finish(t, failed, err);
}

const char *const *dbt_session_names(dbt_session *s)
{
    if (s->names)
        return s->names;
    size_t n = 0;
    for (size_t i = 0; i < s->cat.ntables; i++)
        n += 1 + s->cat.tables[i].ncols;
    s->names = calloc(n + 1, sizeof *s->names);
    if (!s->names)
        return NULL;
    size_t k = 0;
    for (size_t i = 0; i < s->cat.ntables; i++) {
        const cat_table *tab = &s->cat.tables[i];
        s->names[k++] = tab->name;
        for (size_t c = 0; c < tab->ncols; c++) {
            int dup = 0;
            for (size_t j = 0; j < k && !dup; j++)
                dup = strcmp(s->names[j], tab->cols[c].name) == 0;
            if (!dup)
                s->names[k++] = tab->cols[c].name;
        }
    }
    return s->names;
}

/* ---- the memory of confirmed questions: \memory, \forget ------------------- */

/* The memory file, opened for one command, and this database's key in it. */
static memory *open_memory(dbt_session *s, char fp[17], dbt_error *err)
{
    if (!s->cfg.memory_path || !*s->cfg.memory_path) {
        err_set(err, DBT_ERR_USAGE, "memory is off (--no-memory), so nothing is remembered");
        return NULL;
    }
    retrieve_fingerprint(&s->cat, fp);
    return memory_open(s->cfg.memory_path, err);
}

dbt_answer *dbt_memory_list(dbt_session *s, dbt_error *err)
{
    static const char *const names[] = { "n", "question", "sql" };
    char fp[17];
    err_clear(err);
    memory *m = open_memory(s, fp, err);
    if (!m)
        return NULL;
    memory_pair *pairs;
    size_t n = memory_list(m, fp, &pairs);
    memory_close(m);
    table *t = table_new();
    int failed = !t || table_set_columns(t, 3, names, err) < 0;
    for (size_t i = 0; i < n && !failed; i++) {
        dbt_value row[3] = { value_int((int64_t)i + 1), value_text(pairs[i].question),
                             value_text(pairs[i].sql) };
        failed = table_add_row(t, row, err) < 0;
    }
    memory_pairs_free(pairs, n);
    return finish(t, failed, err);
}

int dbt_forget(dbt_session *s, const char *what, dbt_error *err)
{
    char fp[17];
    err_clear(err);
    memory *m = open_memory(s, fp, err);
    if (!m)
        return -1;
    const char *question = what;
    memory_pair *pairs = NULL;
    size_t n = 0;
    char *end;
    long k = strtol(what, &end, 10);
    if (end != what && *end == '\0') {          /* a number from \memory */
        n = memory_list(m, fp, &pairs);
        if (k < 1 || (size_t)k > n) {
            memory_pairs_free(pairs, n);
            memory_close(m);
            return err_set(err, DBT_ERR_USAGE, "there is no remembered question %ld: \\memory "
                           "lists them (%zu)", k, n);
        }
        question = pairs[k - 1].question;
    }
    int gone = memory_forget(m, fp, question);
    memory_pairs_free(pairs, n);
    memory_close(m);
    if (gone < 0)
        return err_set(err, DBT_ERR_IO, "cannot change the memory file %s", s->cfg.memory_path);
    return gone;
}
