/* table.c: the in-memory result table and the dbt_answer accessors. Text
 * and blob values live in an arena of large blocks so a big result costs
 * few allocations. */
#include "table.h"

#include <stdlib.h>
#include <string.h>
#include "chart.h"
#include "insight.h"
#include "util.h"

#define ARENA_BLOCK (64 * 1024)

struct arena_block {
    struct arena_block *next;
    size_t used, size;
    char data[];
};

static char *arena_alloc(table *t, size_t n)
{
    struct arena_block *b = t->arena;
    if (!b || b->size - b->used < n) {
        size_t size = n > ARENA_BLOCK ? n : ARENA_BLOCK;
        b = malloc(sizeof *b + size);
        if (!b)
            return NULL;
        b->next = t->arena;
        b->used = 0;
        b->size = size;
        t->arena = b;
    }
    char *p = b->data + b->used;
    b->used += n;
    return p;
}

table *table_new(void)
{
    return calloc(1, sizeof(table));
}

void table_free(table *t)
{
    if (!t)
        return;
    for (size_t i = 0; i < t->ncols; i++)
        free(t->names[i]);
    free(t->names);
    free(t->types);
    free(t->cells);
    while (t->arena) {
        struct arena_block *next = t->arena->next;
        free(t->arena);
        t->arena = next;
    }
    free(t);
}

int table_set_columns(table *t, size_t ncols, const char *const *names, dbt_error *err)
{
    if (t->names)
        return err_set(err, DBT_ERR_USAGE, "result columns set twice");
    t->names = calloc(ncols ? ncols : 1, sizeof *t->names);
    t->types = calloc(ncols ? ncols : 1, sizeof *t->types);
    if (!t->names || !t->types)
        return err_set(err, DBT_ERR_NOMEM, "out of memory reading the result");
    t->ncols = ncols;
    for (size_t i = 0; i < ncols; i++) {
        t->names[i] = xstrdup(names[i] ? names[i] : "?");
        if (!t->names[i])
            return err_set(err, DBT_ERR_NOMEM, "out of memory reading the result");
    }
    return 0;
}

/* The column type after one more value: numbers stay numbers only while
 * every value is a number; REAL wins over INT. */
static dbt_type merge_type(dbt_type col, dbt_type v)
{
    if (v == DBT_NULL)
        return col;
    if (col == DBT_NULL)
        return v;
    if (col == v)
        return col;
    if ((col == DBT_INT && v == DBT_REAL) || (col == DBT_REAL && v == DBT_INT))
        return DBT_REAL;
    if (col == DBT_BLOB || v == DBT_BLOB)
        return DBT_BLOB;
    return DBT_TEXT;
}

int table_add_row(table *t, const dbt_value *values, dbt_error *err)
{
    if (t->nrows == t->rowcap) {
        size_t cap = t->rowcap ? t->rowcap * 2 : 64;
        size_t ncols = t->ncols ? t->ncols : 1;
        if (cap > ((size_t)-1) / sizeof(dbt_value) / ncols)
            return err_set(err, DBT_ERR_NOMEM, "result too large to hold in memory");
        dbt_value *cells = realloc(t->cells, cap * ncols * sizeof *cells);
        if (!cells)
            return err_set(err, DBT_ERR_NOMEM, "out of memory reading the result");
        t->cells = cells;
        t->rowcap = cap;
    }
    dbt_value *row = t->cells + t->nrows * t->ncols;
    for (size_t c = 0; c < t->ncols; c++) {
        row[c] = values[c];
        if (values[c].type == DBT_TEXT || values[c].type == DBT_BLOB) {
            char *p = arena_alloc(t, values[c].len + 1);
            if (!p)
                return err_set(err, DBT_ERR_NOMEM, "out of memory reading the result");
            if (values[c].len)
                memcpy(p, values[c].s, values[c].len);
            p[values[c].len] = '\0';
            row[c].s = p;
        } else {
            row[c].s = NULL;
            row[c].len = 0;
        }
        t->types[c] = merge_type(t->types[c], values[c].type);
    }
    t->nrows++;
    return 0;
}

static int sink_columns(void *ctx, size_t ncols, const char *const *names, dbt_error *err)
{
    return table_set_columns(ctx, ncols, names, err);
}

static int sink_row(void *ctx, const dbt_value *values, dbt_error *err)
{
    return table_add_row(ctx, values, err);
}

row_sink table_sink(table *t)
{
    row_sink s = { sink_columns, sink_row, t };
    return s;
}

dbt_answer *answer_new(table *t, const char *sql)
{
    dbt_answer *a = calloc(1, sizeof *a);
    if (!a || (sql && !(a->sql = xstrdup(sql)))) {
        free(a);
        table_free(t);
        return NULL;
    }
    a->t = t;
    return a;
}

void dbt_answer_free(dbt_answer *a)
{
    if (!a)
        return;
    table_free(a->t);
    chart_free(a->chart);
    insights_free(a->insights);
    free(a->sql);
    free(a->narrative);
    free(a);
}

size_t dbt_answer_columns(const dbt_answer *a) { return a->t->ncols; }
size_t dbt_answer_rows(const dbt_answer *a) { return a->t->nrows; }
int dbt_answer_truncated(const dbt_answer *a) { return a->truncated; }
double dbt_answer_elapsed_ms(const dbt_answer *a) { return a->elapsed_ms; }
const char *dbt_answer_sql(const dbt_answer *a) { return a->sql; }

const char *dbt_answer_column_name(const dbt_answer *a, size_t col)
{
    return col < a->t->ncols ? a->t->names[col] : NULL;
}

dbt_type dbt_answer_column_type(const dbt_answer *a, size_t col)
{
    return col < a->t->ncols ? a->t->types[col] : DBT_NULL;
}

const dbt_value *dbt_answer_value(const dbt_answer *a, size_t row, size_t col)
{
    if (row >= a->t->nrows || col >= a->t->ncols)
        return NULL;
    return &a->t->cells[row * a->t->ncols + col];
}

dbt_value value_text(const char *s)
{
    dbt_value v = { DBT_NULL, 0, 0, NULL, 0 };
    if (s) {
        v.type = DBT_TEXT;
        v.s = s;
        v.len = strlen(s);
    }
    return v;
}

dbt_value value_int(int64_t i)
{
    dbt_value v = { DBT_INT, i, 0, NULL, 0 };
    return v;
}

table *table_query(driver *d, const char *sql, long max_rows, dbt_error *err)
{
    table *t = table_new();
    if (!t) {
        err_set(err, DBT_ERR_NOMEM, "out of memory");
        return NULL;
    }
    query_limits lim = { 0, max_rows, NULL };
    row_sink sink = table_sink(t);
    if (d->ops->query(d, sql, &lim, &sink, err) < 0) {
        table_free(t);
        return NULL;
    }
    return t;
}

int table_query_count(driver *d, const char *sql, int64_t *n, dbt_error *err)
{
    table *t = table_query(d, sql, 2, err);
    if (!t)
        return -1;
    if (t->nrows == 1 && t->ncols >= 1 && t->cells[0].type == DBT_INT)
        *n = t->cells[0].i;
    table_free(t);
    return 0;
}
