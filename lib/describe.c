/* describe.c: the catalog shown as answers (\tables, \d TABLE) and the
 * names offered for completion. No query runs: the catalog is in memory. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "session.h"
#include "table.h"
#include "util.h"

static dbt_value int_value(int64_t i)
{
    dbt_value v = { DBT_INT, i, 0, NULL, 0 };
    return v;
}

static dbt_value text_value(const char *s)
{
    dbt_value v = { DBT_NULL, 0, 0, NULL, 0 };
    if (s) {
        v.type = DBT_TEXT;
        v.s = s;
        v.len = strlen(s);
    }
    return v;
}

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
            text_value(tab->name), text_value(tab->is_view ? "view" : "table"),
            tab->rows >= 0 ? int_value(tab->rows) : text_value(NULL),
            int_value((int64_t)tab->ncols),
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
    static const char *const names[] = { "column", "type", "null", "key", "references" };
    table *t = table_new();
    if (!t || table_set_columns(t, 5, names, err) < 0)
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
        dbt_value row[5] = {
            text_value(c->name), text_value(*c->decl_type ? c->decl_type : NULL),
            text_value(c->notnull || c->pk ? "not null" : "null"), text_value(key),
            text_value(c->ref_table ? ref : NULL),
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
