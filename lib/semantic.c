/* semantic.c: loading and checking the semantic file (see semantic.h),
 * the guard's hidden-column check, example lookup and the starter file
 * written by --init-semantic. */
#include "semantic.h"

#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <cjson/cJSON.h>
#include "util.h"

#define SEM_MAX_FILE (4L * 1024 * 1024)

/* --- parsing ------------------------------------------------------- */

typedef struct pctx {
    const char *origin;
    dbt_error *err;
} pctx;

static int bad(const pctx *x, const char *path, const char *what)
{
    return err_set(x->err, DBT_ERR_USAGE, "semantic file %s: %s: %s; correct the file (the "
                   "SEMANTIC FILE section of the manual describes it)", x->origin, path, what);
}

static int get_string(const pctx *x, const cJSON *o, const char *key, const char *path, char **out)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, key);
    *out = NULL;
    if (!v || cJSON_IsNull(v))
        return 0;
    char p[512];
    snprintf(p, sizeof p, "%s.%s", path, key);
    if (!cJSON_IsString(v))
        return bad(x, p, "expected a string");
    if (!(*out = xstrdup(v->valuestring)))
        return err_set(x->err, DBT_ERR_NOMEM, "out of memory");
    return 0;
}

static int get_synonyms(const pctx *x, const cJSON *o, const char *path, char ***out, size_t *n)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, "synonyms");
    *out = NULL;
    *n = 0;
    if (!v || cJSON_IsNull(v))
        return 0;
    char p[512];
    snprintf(p, sizeof p, "%s.synonyms", path);
    if (cJSON_IsString(v)) {
        *out = calloc(1, sizeof **out);
        if (!*out || !((*out)[0] = xstrdup(v->valuestring)))
            return err_set(x->err, DBT_ERR_NOMEM, "out of memory");
        *n = 1;
        return 0;
    }
    if (!cJSON_IsArray(v))
        return bad(x, p, "expected a list of strings");
    int len = cJSON_GetArraySize(v);
    *out = calloc((size_t)len + 1, sizeof **out);
    if (!*out)
        return err_set(x->err, DBT_ERR_NOMEM, "out of memory");
    int i = 0;
    const cJSON *it;
    cJSON_ArrayForEach(it, v) {
        if (!cJSON_IsString(it) || !*it->valuestring) {
            char q[700];
            snprintf(q, sizeof q, "%s[%d]", p, i);
            return bad(x, q, "expected a non-empty string");
        }
        if (!((*out)[(*n)++] = xstrdup(it->valuestring)))
            return err_set(x->err, DBT_ERR_NOMEM, "out of memory");
        i++;
    }
    return 0;
}

static int check_keys(const pctx *x, const cJSON *o, const char *path, const char *const *allowed)
{
    const cJSON *it;
    cJSON_ArrayForEach(it, o) {
        int ok = 0;
        for (size_t i = 0; allowed[i] && !ok; i++)
            ok = strcmp(it->string, allowed[i]) == 0;
        if (!ok) {
            char p[600], what[600];
            snprintf(p, sizeof p, "%s.%s", path, it->string);
            buf b;
            buf_init(&b);
            for (size_t i = 0; allowed[i]; i++)
                buf_printf(&b, "%s%s", i ? ", " : "", allowed[i]);
            snprintf(what, sizeof what, "unknown key (expected one of: %s)", buf_str(&b));
            buf_free(&b);
            return bad(x, p, what);
        }
    }
    return 0;
}

static int parse_column(const pctx *x, const cJSON *v, const char *path, sem_column *c)
{
    static const char *const keys[] = {"description", "synonyms", "hidden", NULL};
    c->c = -1;
    if (!(c->name = xstrdup(v->string)))
        return err_set(x->err, DBT_ERR_NOMEM, "out of memory");
    if (cJSON_IsString(v))       /* "country": "where the customer lives" */
        return (c->description = xstrdup(v->valuestring)) ? 0 :
               err_set(x->err, DBT_ERR_NOMEM, "out of memory");
    if (!cJSON_IsObject(v))
        return bad(x, path, "expected an object (description, synonyms, hidden) or a description");
    if (check_keys(x, v, path, keys) < 0 || get_string(x, v, "description", path, &c->description) < 0 ||
        get_synonyms(x, v, path, &c->synonyms, &c->nsyn) < 0)
        return -1;
    const cJSON *h = cJSON_GetObjectItemCaseSensitive(v, "hidden");
    if (h && !cJSON_IsBool(h)) {
        char p[700];
        snprintf(p, sizeof p, "%s.hidden", path);
        return bad(x, p, "expected true or false");
    }
    c->hidden = h && cJSON_IsTrue(h);
    return 0;
}

static int parse_table(const pctx *x, const cJSON *v, const char *path, sem_table *t)
{
    static const char *const keys[] = {"description", "synonyms", "time_column", "columns", NULL};
    t->t = t->time_c = -1;
    if (!(t->name = xstrdup(v->string)))
        return err_set(x->err, DBT_ERR_NOMEM, "out of memory");
    if (!cJSON_IsObject(v))
        return bad(x, path, "expected an object (description, synonyms, time_column, columns)");
    if (check_keys(x, v, path, keys) < 0 || get_string(x, v, "description", path, &t->description) < 0 ||
        get_synonyms(x, v, path, &t->synonyms, &t->nsyn) < 0 ||
        get_string(x, v, "time_column", path, &t->time_column) < 0)
        return -1;
    const cJSON *cols = cJSON_GetObjectItemCaseSensitive(v, "columns");
    if (!cols || cJSON_IsNull(cols))
        return 0;
    char p[512];
    snprintf(p, sizeof p, "%s.columns", path);
    if (!cJSON_IsObject(cols))
        return bad(x, p, "expected an object of column names");
    t->cols = calloc((size_t)cJSON_GetArraySize(cols) + 1, sizeof *t->cols);
    if (!t->cols)
        return err_set(x->err, DBT_ERR_NOMEM, "out of memory");
    const cJSON *it;
    cJSON_ArrayForEach(it, cols) {
        char q[600];
        snprintf(q, sizeof q, "%s.%s", p, it->string);
        if (parse_column(x, it, q, &t->cols[t->ncols++]) < 0)
            return -1;
    }
    return 0;
}

static int parse_measure(const pctx *x, const cJSON *v, const char *path, sem_measure *m)
{
    static const char *const keys[] = {"sql", "description", "synonyms", "table", NULL};
    m->t = -1;
    if (!(m->name = xstrdup(v->string)))
        return err_set(x->err, DBT_ERR_NOMEM, "out of memory");
    if (cJSON_IsString(v)) {
        m->sql = xstrdup(v->valuestring);
    } else {
        if (!cJSON_IsObject(v))
            return bad(x, path, "expected an SQL expression or an object with \"sql\"");
        if (check_keys(x, v, path, keys) < 0 || get_string(x, v, "sql", path, &m->sql) < 0 ||
            get_string(x, v, "description", path, &m->description) < 0 ||
            get_synonyms(x, v, path, &m->synonyms, &m->nsyn) < 0 ||
            get_string(x, v, "table", path, &m->table) < 0)
            return -1;
    }
    if (!m->sql || !*m->sql) {
        char p[700];
        snprintf(p, sizeof p, "%s.sql", path);
        return bad(x, p, "a measure needs its SQL expression");
    }
    if (strchr(m->sql, ';'))
        return bad(x, path, "a measure is one SQL expression, without ';'");
    return 0;
}

static int parse_examples(const pctx *x, const cJSON *v, semantic *s)
{
    if (!cJSON_IsArray(v))
        return bad(x, "examples", "expected a list of {\"question\", \"sql\"}");
    s->examples = calloc((size_t)cJSON_GetArraySize(v) + 1, sizeof *s->examples);
    if (!s->examples)
        return err_set(x->err, DBT_ERR_NOMEM, "out of memory");
    static const char *const keys[] = {"question", "sql", NULL};
    const cJSON *it;
    cJSON_ArrayForEach(it, v) {
        char p[64];
        snprintf(p, sizeof p, "examples[%zu]", s->nexamples);
        sem_example *e = &s->examples[s->nexamples++];
        if (!cJSON_IsObject(it))
            return bad(x, p, "expected {\"question\": ..., \"sql\": ...}");
        if (check_keys(x, it, p, keys) < 0 || get_string(x, it, "question", p, &e->question) < 0 ||
            get_string(x, it, "sql", p, &e->sql) < 0)
            return -1;
        if (!e->question || !e->sql)
            return bad(x, p, "an example needs both \"question\" and \"sql\"");
    }
    return 0;
}

semantic *semantic_parse(const char *json, const char *origin, dbt_error *err)
{
    pctx x = {origin ? origin : "(text)", err};
    cJSON *root = cJSON_Parse(json ? json : "");
    if (!root) {
        const char *at = cJSON_GetErrorPtr();
        int line = 1;
        for (const char *p = json; p && at && p < at && *p; p++)
            line += *p == '\n';
        err_set(err, DBT_ERR_USAGE, "semantic file %s: not valid JSON (line %d, near \"%.20s\"); "
                "correct the file", x.origin, line, at ? at : "");
        return NULL;
    }
    semantic *s = calloc(1, sizeof *s);
    if (!s) {
        cJSON_Delete(root);
        err_set(err, DBT_ERR_NOMEM, "out of memory");
        return NULL;
    }
    static const char *const keys[] = {"tables", "measures", "examples", "description",
                                       "version", NULL};
    int rc = 0;
    if (!cJSON_IsObject(root))
        rc = bad(&x, "(top)", "expected an object with \"tables\", \"measures\", \"examples\"");
    if (rc == 0)
        rc = check_keys(&x, root, "(top)", keys);
    const cJSON *tabs = cJSON_GetObjectItemCaseSensitive(root, "tables");
    if (rc == 0 && tabs && !cJSON_IsObject(tabs))
        rc = bad(&x, "tables", "expected an object of table names");
    if (rc == 0 && tabs) {
        s->tables = calloc((size_t)cJSON_GetArraySize(tabs) + 1, sizeof *s->tables);
        if (!s->tables)
            rc = err_set(err, DBT_ERR_NOMEM, "out of memory");
        const cJSON *it;
        cJSON_ArrayForEach(it, tabs) {
            if (rc)
                break;
            char p[300];
            snprintf(p, sizeof p, "tables.%s", it->string);
            rc = parse_table(&x, it, p, &s->tables[s->ntables++]);
        }
    }
    const cJSON *ms = cJSON_GetObjectItemCaseSensitive(root, "measures");
    if (rc == 0 && ms && !cJSON_IsObject(ms))
        rc = bad(&x, "measures", "expected an object of measure names");
    if (rc == 0 && ms) {
        s->measures = calloc((size_t)cJSON_GetArraySize(ms) + 1, sizeof *s->measures);
        if (!s->measures)
            rc = err_set(err, DBT_ERR_NOMEM, "out of memory");
        const cJSON *it;
        cJSON_ArrayForEach(it, ms) {
            if (rc)
                break;
            char p[300];
            snprintf(p, sizeof p, "measures.%s", it->string);
            rc = parse_measure(&x, it, p, &s->measures[s->nmeasures++]);
        }
    }
    const cJSON *ex = cJSON_GetObjectItemCaseSensitive(root, "examples");
    if (rc == 0 && ex)
        rc = parse_examples(&x, ex, s);
    cJSON_Delete(root);
    if (rc == 0)
        s->path = xstrdup(x.origin);
    if (rc) {
        semantic_free(s);
        return NULL;
    }
    return s;
}

semantic *semantic_load(const char *path, dbt_error *err)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        err_set(err, DBT_ERR_USAGE, "cannot read the semantic file '%s': %s; check the path",
                path, strerror(errno));
        return NULL;
    }
    buf b;
    buf_init(&b);
    char chunk[8192];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0 && b.len < (size_t)SEM_MAX_FILE)
        buf_addn(&b, chunk, n);
    fclose(f);
    if (b.len >= (size_t)SEM_MAX_FILE) {
        buf_free(&b);
        err_set(err, DBT_ERR_USAGE, "semantic file %s: larger than 4 MB; keep it smaller", path);
        return NULL;
    }
    if (b.oom) {
        buf_free(&b);
        err_set(err, DBT_ERR_NOMEM, "out of memory");
        return NULL;
    }
    semantic *s = semantic_parse(buf_str(&b), path, err);
    buf_free(&b);
    return s;
}

static void free_list(char **l, size_t n)
{
    for (size_t i = 0; i < n; i++)
        free(l[i]);
    free(l);
}

void semantic_free(semantic *s)
{
    if (!s)
        return;
    for (size_t i = 0; i < s->ntables; i++) {
        sem_table *t = &s->tables[i];
        for (size_t c = 0; c < t->ncols; c++) {
            free(t->cols[c].name);
            free(t->cols[c].description);
            free_list(t->cols[c].synonyms, t->cols[c].nsyn);
        }
        free(t->cols);
        free(t->name);
        free(t->description);
        free(t->time_column);
        free_list(t->synonyms, t->nsyn);
    }
    free(s->tables);
    for (size_t i = 0; i < s->nmeasures; i++) {
        sem_measure *m = &s->measures[i];
        free(m->name);
        free(m->sql);
        free(m->description);
        free(m->table);
        free_list(m->synonyms, m->nsyn);
    }
    free(s->measures);
    for (size_t i = 0; i < s->nexamples; i++) {
        free(s->examples[i].question);
        free(s->examples[i].sql);
    }
    free(s->examples);
    free(s->path);
    free(s);
}

/* --- checking against the catalog ------------------------------------ */

/* The semantic file's description replaces the database's own comment (the
 * file is written for databot; the comment fills in when it says nothing).
 * Returns 0, or -1 when out of memory. */
static int set_comment(char **comment, const char *description)
{
    char *s = xstrdup(description);
    if (!s)
        return -1;
    free(*comment);
    *comment = s;
    return 0;
}

static void remove_column(cat_table *t, size_t i)
{
    cat_column *col = &t->cols[i];
    free(col->name);
    free(col->decl_type);
    free(col->ref_table);
    free(col->ref_column);
    free(col->comment);
    for (size_t k = 0; k < col->nsamples; k++)
        free(col->samples[k]);
    free(col->samples);
    memmove(&t->cols[i], &t->cols[i + 1], (t->ncols - i - 1) * sizeof *t->cols);
    t->ncols--;
}

/* Walk an SQL expression's identifiers outside quotes: fn(ident, len,
 * qualifier or NULL, qlen, followed by '(') */
typedef int (*ident_fn)(void *ctx, const char *id, size_t n, const char *q, size_t qn, int call);

static int scan_idents(const char *sql, ident_fn fn, void *ctx)
{
    const char *p = sql;
    while (*p) {
        if (*p == '\'') {
            for (p++; *p && !(*p == '\'' && p[1] != '\''); p += (*p == '\'' ? 2 : 1))
                ;
            if (*p)
                p++;
            continue;
        }
        if (isalpha((unsigned char)*p) || *p == '_' || *p == '"') {
            const char *q = NULL;
            size_t qn = 0;
            const char *s;
            size_t n;
            for (;;) {
                if (*p == '"') {
                    s = ++p;
                    while (*p && *p != '"')
                        p++;
                    n = (size_t)(p - s);
                    if (*p)
                        p++;
                } else {
                    s = p;
                    while (isalnum((unsigned char)*p) || *p == '_' || *p == '$')
                        p++;
                    n = (size_t)(p - s);
                }
                if (*p == '.' && (isalpha((unsigned char)p[1]) || p[1] == '_' || p[1] == '"') && !q) {
                    q = s;
                    qn = n;
                    p++;
                    continue;
                }
                break;
            }
            const char *e = p;
            while (isspace((unsigned char)*e))
                e++;
            int rc = fn(ctx, s, n, q, qn, *e == '(');
            if (rc)
                return rc;
            continue;
        }
        if (isdigit((unsigned char)*p)) {
            while (isalnum((unsigned char)*p) || *p == '.')
                p++;
            continue;
        }
        p++;
    }
    return 0;
}

static int name_is(const char *s, size_t n, const char *name)
{
    return strlen(name) == n && strncasecmp(s, name, n) == 0;
}

static int find_table_n(const catalog *cat, const char *s, size_t n)
{
    for (size_t t = 0; t < cat->ntables; t++)
        if (name_is(s, n, cat->tables[t].name))
            return (int)t;
    return -1;
}

static int find_col_n(const cat_table *t, const char *s, size_t n)
{
    for (size_t c = 0; c < t->ncols; c++)
        if (name_is(s, n, t->cols[c].name))
            return (int)c;
    return -1;
}

typedef struct mctx {
    const semantic *s;
    const catalog *cat;
    sem_measure *m;
    dbt_error *err;
    const char *origin;
} mctx;

static int measure_ident(void *ctx, const char *id, size_t n, const char *q, size_t qn, int call)
{
    mctx *x = ctx;
    static const char *const aggs[] = {"sum", "count", "avg", "min", "max", "total",
                                       "group_concat", "string_agg", "median", "stddev", NULL};
    if (call && !q) {
        for (size_t i = 0; aggs[i]; i++)
            if (name_is(id, n, aggs[i]))
                x->m->aggregate = 1;
        return 0;
    }
    if (!q)
        return 0;
    pctx p = {x->origin, x->err};
    char path[300], what[300];
    snprintf(path, sizeof path, "measures.%s.sql", x->m->name);
    int t = find_table_n(x->cat, q, qn);
    if (t < 0) {
        snprintf(what, sizeof what, "no table '%.*s' in the database", (int)qn, q);
        return bad(&p, path, what);
    }
    int c = find_col_n(&x->cat->tables[t], id, n);
    if (c < 0) {
        char col[128];
        snprintf(col, sizeof col, "%.*s", (int)n, id);
        snprintf(what, sizeof what, "%s '%s' in %s", semantic_is_hidden(x->s, x->cat->tables[t].name,
                 col) ? "a measure may not read the hidden column" : "no column", col,
                 x->cat->tables[t].name);
        return bad(&p, path, what);
    }
    if (x->m->t < 0)
        x->m->t = t;
    if (x->m->nrefs < SEM_MAXREFS) {
        x->m->refs[x->m->nrefs][0] = t;
        x->m->refs[x->m->nrefs][1] = c;
        x->m->nrefs++;
    }
    return 0;
}

static int bad_name(const semantic *s, dbt_error *err, const char *path, const char *what)
{
    pctx x = {s->path ? s->path : "(text)", err};
    return bad(&x, path, what);
}

int semantic_apply(semantic *s, catalog *cat, dbt_error *err)
{
    if (!s)
        return 0;
    char path[600], what[300];
    /* tables and columns: names, then hidden columns leave the catalog */
    for (size_t i = 0; i < s->ntables; i++) {
        sem_table *st = &s->tables[i];
        st->t = catalog_find_table(cat, st->name);
        if (st->t < 0) {
            if (catalog_is_denied(cat, NULL, st->name))
                continue;
            snprintf(path, sizeof path, "tables.%s", st->name);
            return bad_name(s, err, path, "no such table in the database");
        }
        cat_table *ct = &cat->tables[st->t];
        for (size_t c = 0; c < st->ncols; c++) {
            if (catalog_find_column(ct, st->cols[c].name) < 0) {
                snprintf(path, sizeof path, "tables.%s.columns.%s", st->name, st->cols[c].name);
                snprintf(what, sizeof what, "no such column in %s", ct->name);
                return bad_name(s, err, path, what);
            }
        }
        for (size_t c = 0; c < st->ncols; c++) {
            int k = catalog_find_column(ct, st->cols[c].name);
            if (st->cols[c].hidden && k >= 0)
                remove_column(ct, (size_t)k);
        }
        if (st->description && set_comment(&ct->comment, st->description) < 0)
            return err_set(err, DBT_ERR_NOMEM, "out of memory");
        for (size_t c = 0; c < st->ncols; c++) {
            st->cols[c].c = catalog_find_column(ct, st->cols[c].name);
            cat_column *cc = st->cols[c].c >= 0 ? &ct->cols[st->cols[c].c] : NULL;
            if (cc && st->cols[c].description && set_comment(&cc->comment, st->cols[c].description) < 0)
                return err_set(err, DBT_ERR_NOMEM, "out of memory");
        }
        if (st->time_column) {
            st->time_c = catalog_find_column(ct, st->time_column);
            if (st->time_c < 0) {
                snprintf(path, sizeof path, "tables.%s.time_column", st->name);
                snprintf(what, sizeof what, "no column '%s' in %s", st->time_column, ct->name);
                return bad_name(s, err, path, what);
            }
        }
    }
    /* measures: the columns they read */
    for (size_t i = 0; i < s->nmeasures; i++) {
        sem_measure *m = &s->measures[i];
        m->t = -1;
        m->nrefs = 0;
        m->aggregate = 0;
        if (m->table) {
            m->t = catalog_find_table(cat, m->table);
            if (m->t < 0) {
                snprintf(path, sizeof path, "measures.%s.table", m->name);
                return bad_name(s, err, path, "no such table in the database");
            }
        }
        mctx x = {s, cat, m, err, s->path ? s->path : "(text)"};
        if (scan_idents(m->sql, measure_ident, &x))
            return -1;
        if (m->t < 0) {
            snprintf(path, sizeof path, "measures.%s", m->name);
            return bad_name(s, err, path, "name its table: write columns as table.column, "
                            "or add \"table\"");
        }
    }
    return 0;
}

int semantic_is_hidden(const semantic *s, const char *table, const char *column)
{
    for (size_t i = 0; s && i < s->ntables; i++) {
        if (table && !str_ieq(s->tables[i].name, table))
            continue;
        for (size_t c = 0; c < s->tables[i].ncols; c++)
            if (s->tables[i].cols[c].hidden && str_ieq(s->tables[i].cols[c].name, column))
                return 1;
    }
    return 0;
}

int semantic_table_has_hidden(const semantic *s, const catalog *cat, int t)
{
    for (size_t i = 0; s && i < s->ntables; i++) {
        if (s->tables[i].t != t && !(s->tables[i].t < 0 && t >= 0 && (size_t)t < cat->ntables &&
                                     str_ieq(s->tables[i].name, cat->tables[t].name)))
            continue;
        for (size_t c = 0; c < s->tables[i].ncols; c++)
            if (s->tables[i].cols[c].hidden)
                return 1;
    }
    return 0;
}

const sem_table *semantic_table(const semantic *s, int t)
{
    for (size_t i = 0; s && i < s->ntables; i++)
        if (s->tables[i].t == t)
            return &s->tables[i];
    return NULL;
}

/* --- the guard's hook ------------------------------------------------ */

typedef struct hctx {
    const semantic *s;
    const catalog *cat;
    dbt_error *err;
    int star_tables;      /* the SQL names a table with hidden columns */
    char star_table[128];
} hctx;

static int hidden_ident(void *ctx, const char *id, size_t n, const char *q, size_t qn, int call)
{
    hctx *x = ctx;
    if (call)
        return 0;
    char name[128], tab[128];
    snprintf(name, sizeof name, "%.*s", (int)n, id);
    snprintf(tab, sizeof tab, "%.*s", (int)qn, q ? q : "");
    for (size_t i = 0; i < x->s->ntables; i++) {
        const sem_table *st = &x->s->tables[i];
        if (str_ieq(st->name, name) && semantic_table_has_hidden(x->s, x->cat, st->t) &&
            !x->star_tables) {
            x->star_tables = 1;
            snprintf(x->star_table, sizeof x->star_table, "%s", st->name);
        }
        for (size_t c = 0; c < st->ncols; c++) {
            if (!st->cols[c].hidden || !str_ieq(st->cols[c].name, name))
                continue;
            /* another table's visible column of that name is fine */
            int visible = 0;
            if (q) {
                int t = catalog_find_table(x->cat, tab);
                visible = t >= 0 && catalog_find_column(&x->cat->tables[t], name) >= 0;
            } else {
                for (size_t t = 0; t < x->cat->ntables && !visible; t++)
                    visible = catalog_find_column(&x->cat->tables[t], name) >= 0;
            }
            if (visible)
                continue;
            return err_set(x->err, DBT_ERR_REFUSED, "refused: %s.%s is hidden by the semantic "
                           "file; ask about other columns", st->name, st->cols[c].name);
        }
    }
    return 0;
}

/* The table a name stands for in sql: a table's own name, or the alias
 * that follows a table's name ("customers c", "customers AS c"); or -1. */
typedef struct actx {
    const catalog *cat;
    const char *alias;
    int prev_t, prev_as, found;
} actx;

static int alias_ident(void *ctx, const char *id, size_t n, const char *q, size_t qn, int call)
{
    actx *x = ctx;
    (void)q;
    (void)qn;
    if (name_is(id, n, x->alias) && x->prev_t >= 0 && x->found < 0) {
        x->found = x->prev_t;
        return 0;
    }
    if (x->prev_t >= 0 && !x->prev_as && name_is(id, n, "as")) {
        x->prev_as = 1;
        return 0;
    }
    x->prev_as = 0;
    x->prev_t = call ? -1 : find_table_n(x->cat, id, n);
    return 0;
}

static int star_table(const catalog *cat, const char *sql, const char *name)
{
    int t = catalog_find_table(cat, name);
    if (t >= 0)
        return t;
    actx x = {cat, name, -1, 0, -1};
    scan_idents(sql, alias_ident, &x);
    return x.found;
}

int semantic_check_sql(const semantic *s, const catalog *cat, const char *sql, dbt_error *err)
{
    if (!s || !sql)
        return 0;
    hctx x = {s, cat, err, 0, ""};
    if (scan_idents(sql, hidden_ident, &x))
        return -1;
    if (!x.star_tables)
        return 0;
    /* a star that selects columns: after SELECT, DISTINCT, ',' or 'alias.' */
    for (const char *p = sql; *p; p++) {
        if (*p == '\'') {
            for (p++; *p && !(*p == '\'' && p[1] != '\''); p += (*p == '\'' ? 2 : 1))
                ;
            if (!*p)
                break;
            continue;
        }
        if (*p != '*')
            continue;
        const char *b = p;
        while (b > sql && isspace((unsigned char)b[-1]))
            b--;
        int star = 0;
        if (b > sql && b[-1] == '.') {
            /* X.*: only X's columns; X a table or an alias of one */
            const char *e = b - 1, *q = e;
            while (q > sql && (isalnum((unsigned char)q[-1]) || q[-1] == '_'))
                q--;
            char name[128];
            snprintf(name, sizeof name, "%.*s", (int)(e - q), q);
            int t = star_table(cat, sql, name);
            if (t >= 0 && semantic_table_has_hidden(s, cat, t))
                return err_set(err, DBT_ERR_REFUSED, "refused: %s has columns hidden by the "
                               "semantic file, so %s.* may not read it; name the columns you want",
                               cat->tables[t].name, name);
            continue;
        }
        if (b > sql && b[-1] == ',')
            star = 1;
        else if (b - sql >= 6 && (strncasecmp(b - 6, "select", 6) == 0 ||
                                  (b - sql >= 8 && strncasecmp(b - 8, "distinct", 8) == 0)))
            star = 1;
        if (star)
            return err_set(err, DBT_ERR_REFUSED, "refused: %s has columns hidden by the semantic "
                           "file, so * may not read it; name the columns you want", x.star_table);
    }
    return 0;
}

/* --- examples -------------------------------------------------------- */

static void normalise(const char *q, char *out, size_t n)
{
    size_t k = 0;
    int space = 0;
    for (; *q && k + 1 < n; q++) {
        if (isalnum((unsigned char)*q) || (unsigned char)*q >= 0x80) {
            if (space && k)
                out[k++] = ' ';
            space = 0;
            if (k + 1 < n)
                out[k++] = (char)tolower((unsigned char)*q);
        } else {
            space = 1;
        }
    }
    out[k] = '\0';
}

const sem_example *semantic_example(const semantic *s, const char *question)
{
    if (!s || !question)
        return NULL;
    char a[512], b[512];
    normalise(question, a, sizeof a);
    for (size_t i = 0; i < s->nexamples; i++) {
        normalise(s->examples[i].question, b, sizeof b);
        if (*a && strcmp(a, b) == 0)
            return &s->examples[i];
    }
    return NULL;
}

/* --- the starter file ------------------------------------------------ */

static int pii_name(const char *n)
{
    static const char *const pii[] = {"email", "phone", "ssn", "password", "passwd",
                                      "address", "birth", "dob", "iban", "card", NULL};
    char low[128];
    size_t k = 0;
    for (; n[k] && k + 1 < sizeof low; k++)
        low[k] = (char)tolower((unsigned char)n[k]);
    low[k] = '\0';
    for (size_t i = 0; pii[i]; i++)
        if (strstr(low, pii[i]))
            return 1;
    return 0;
}

char *semantic_starter(const catalog *cat)
{
    cJSON *root = cJSON_CreateObject();
    cJSON *tabs = cJSON_AddObjectToObject(root, "tables");
    for (size_t t = 0; tabs && t < cat->ntables; t++) {
        const cat_table *ct = &cat->tables[t];
        cJSON *jt = cJSON_AddObjectToObject(tabs, ct->name);
        if (!jt)
            continue;
        cJSON_AddStringToObject(jt, "description", ct->comment ? ct->comment : "");
        cJSON_AddArrayToObject(jt, "synonyms");
        const char *tc = NULL;
        for (size_t c = 0; c < ct->ncols && !tc; c++)
            if (ct->cols[c].kind == COL_DATE || ct->cols[c].kind == COL_DATETIME)
                tc = ct->cols[c].name;
        if (tc)
            cJSON_AddStringToObject(jt, "time_column", tc);
        cJSON *cols = cJSON_AddObjectToObject(jt, "columns");
        for (size_t c = 0; cols && c < ct->ncols; c++) {
            cJSON *jc = cJSON_AddObjectToObject(cols, ct->cols[c].name);
            if (!jc)
                continue;
            cJSON_AddStringToObject(jc, "description", ct->cols[c].comment ? ct->cols[c].comment : "");
            cJSON_AddArrayToObject(jc, "synonyms");
            cJSON_AddBoolToObject(jc, "hidden", pii_name(ct->cols[c].name));
        }
    }
    cJSON_AddObjectToObject(root, "measures");
    cJSON_AddArrayToObject(root, "examples");
    char *out = cJSON_Print(root);
    cJSON_Delete(root);
    if (!out)
        return NULL;
    char *copy = NULL;
    size_t n = strlen(out);
    if ((copy = malloc(n + 2))) {      /* cJSON's allocator may differ: copy */
        memcpy(copy, out, n);
        copy[n] = '\n';
        copy[n + 1] = '\0';
    }
    cJSON_free(out);
    return copy;
}

char *semantic_discover(const char *db_path)
{
    if (!db_path || !*db_path || strncmp(db_path, "file:", 5) == 0 ||
        strncmp(db_path, "postgres", 8) == 0)
        return NULL;
    buf b;
    buf_init(&b);
    const char *slash = strrchr(db_path, '/');
    const char *dot = strrchr(slash ? slash + 1 : db_path, '.');
    struct stat st;
    if (dot) {
        buf_addn(&b, db_path, (size_t)(dot - db_path));
        buf_add(&b, ".databot.json");
        if (!b.oom && stat(buf_str(&b), &st) == 0 && S_ISREG(st.st_mode))
            return buf_take(&b);
        buf_reset(&b);
    }
    buf_printf(&b, "%s.databot.json", db_path);
    if (!b.oom && stat(buf_str(&b), &st) == 0 && S_ISREG(st.st_mode))
        return buf_take(&b);
    buf_free(&b);
    return NULL;
}
