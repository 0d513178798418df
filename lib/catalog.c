/* catalog.c: building, finishing and looking up the schema model. */
#include "catalog.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include "util.h"

cat_table *catalog_add_table(catalog *c, const char *name, int is_view)
{
    cat_table *tables = realloc(c->tables, (c->ntables + 1) * sizeof *tables);
    if (!tables)
        return NULL;
    c->tables = tables;
    cat_table *t = &tables[c->ntables];
    memset(t, 0, sizeof *t);
    t->name = xstrdup(name);
    if (!t->name)
        return NULL;
    t->is_view = is_view;
    t->rows = -1;
    c->ntables++;
    return t;
}

cat_column *catalog_add_column(cat_table *t, const char *name, const char *decl_type)
{
    cat_column *cols = realloc(t->cols, (t->ncols + 1) * sizeof *cols);
    if (!cols)
        return NULL;
    t->cols = cols;
    cat_column *col = &cols[t->ncols];
    memset(col, 0, sizeof *col);
    col->name = xstrdup(name);
    col->decl_type = xstrdup(decl_type ? decl_type : "");
    if (!col->name || !col->decl_type) {
        free(col->name);
        free(col->decl_type);
        return NULL;
    }
    col->ref_t = col->ref_c = -1;
    t->ncols++;
    return col;
}

static int type_has(const char *type, const char *word)
{
    size_t n = strlen(word);
    for (const char *p = type; *p; p++)
        if (strncasecmp(p, word, n) == 0)
            return 1;
    return 0;
}

/* SQLite's affinity rules, extended with the names PostgreSQL uses. */
col_kind catalog_kind_of_type(const char *t)
{
    if (!t || !*t)
        return COL_OTHER;
    if (type_has(t, "timestamp") || type_has(t, "datetime"))
        return COL_DATETIME;
    if (type_has(t, "date"))
        return COL_DATE;
    if (type_has(t, "bool"))
        return COL_BOOL;
    if (type_has(t, "int") || type_has(t, "serial"))
        return COL_INT;
    if (type_has(t, "char") || type_has(t, "clob") || type_has(t, "text") ||
        type_has(t, "uuid") || type_has(t, "enum"))
        return COL_TEXT;
    if (type_has(t, "blob") || type_has(t, "bytea"))
        return COL_BLOB;
    if (type_has(t, "real") || type_has(t, "floa") || type_has(t, "doub") ||
        type_has(t, "num") || type_has(t, "dec") || type_has(t, "money"))
        return COL_REAL;
    return COL_OTHER;
}

/* 'YYYY-MM-DD' or 'YYYY-MM-DD HH:MM[:SS...]' / 'YYYY-MM-DDTHH:MM...';
 * 'YYYY-MM' (a month, 01 to 12) */
static col_kind kind_of_value(const char *v)
{
    if (strlen(v) == 7 && isdigit((unsigned char)v[0]) && isdigit((unsigned char)v[1]) &&
        isdigit((unsigned char)v[2]) && isdigit((unsigned char)v[3]) && v[4] == '-' &&
        isdigit((unsigned char)v[5]) && isdigit((unsigned char)v[6]) && atoi(v + 5) >= 1 && atoi(v + 5) <= 12)
        return COL_MONTH;
    for (int i = 0; i < 10; i++) {
        if (i == 4 || i == 7) {
            if (v[i] != '-')
                return COL_OTHER;
        } else if (!isdigit((unsigned char)v[i])) {
            return COL_OTHER;
        }
    }
    if (v[10] == '\0')
        return COL_DATE;
    if ((v[10] == ' ' || v[10] == 'T') && isdigit((unsigned char)v[11]) &&
        isdigit((unsigned char)v[12]) && v[13] == ':')
        return COL_DATETIME;
    return COL_OTHER;
}

/* A text column whose samples all look like dates holds dates. */
static col_kind kind_from_samples(const cat_column *col)
{
    if (col->nsamples == 0)
        return COL_OTHER;
    col_kind k = kind_of_value(col->samples[0]);
    for (size_t i = 1; i < col->nsamples && k != COL_OTHER; i++) {
        col_kind ki = kind_of_value(col->samples[i]);
        if (ki == COL_OTHER || (ki == COL_MONTH) != (k == COL_MONTH))
            return COL_OTHER;
        if (ki == COL_DATETIME)
            k = COL_DATETIME;
    }
    return k;
}

/* Is w (wn bytes) the noun a (len bytes), or its plural ("category",
 * "categories"; "address", "addresses"), in any case? */
static int same_noun(const char *a, size_t len, const char *w, size_t wn)
{
    if (wn >= len && strncasecmp(a, w, len) == 0) {
        const char *rest = w + len;   /* what the plural adds */
        return wn == len || (wn == len + 1 && tolower((unsigned char)*rest) == 's') ||
               (wn == len + 2 && strncasecmp(rest, "es", 2) == 0);
    }
    return len > 1 && wn == len + 2 && tolower((unsigned char)a[len - 1]) == 'y' &&
           strncasecmp(a, w, len - 1) == 0 && strncasecmp(w + len - 1, "ies", 3) == 0;
}

/* Is word a (len bytes, any case) the same noun as table name t or one of
 * its words ("category" and "categories", "departmentId" and
 * "departments", "order" and "sales_orders" or "sales_orders_17")? */
static int names_table(const char *a, size_t len, const char *t)
{
    size_t n = strlen(t), k = len < n ? len : n;
    if (len < 3)
        return 0;
    if (strncasecmp(a, t, k) == 0)
        return 1;   /* customer -> customers, cust -> customers: most keys, at once */
    for (const char *w = t; w; w = strchr(w, '_') ? strchr(w, '_') + 1 : NULL) {
        const char *e = strchr(w, '_');
        if (same_noun(a, len, w, e ? (size_t)(e - w) : strlen(w)))
            return 1;
    }
    return 0;
}

/* Is a resolved foreign key named for a role (majorId -> departments,
 * advisorId -> teachers) rather than for the table it references
 * (departmentId -> departments, sku -> products.sku)? */
static int role_key(const cat_column *col, const cat_table *rt)
{
    /* the name without its key suffix: majorId -> "major" */
    size_t len = strlen(col->name);
    if (len > 3 && strcasecmp(col->name + len - 3, "_id") == 0)
        len -= 3;
    else if (len > 2 && (strcmp(col->name + len - 2, "Id") == 0 || strcmp(col->name + len - 2, "id") == 0))
        len -= 2;
    if (names_table(col->name, len, rt->name))
        return 0;
    return strcasecmp(col->name, rt->cols[col->ref_c].name) != 0;   /* orders.sku -> products.sku */
}

void catalog_finish(catalog *c)
{
    for (size_t t = 0; t < c->ntables; t++) {
        cat_table *tab = &c->tables[t];
        for (size_t i = 0; i < tab->ncols; i++) {
            cat_column *col = &tab->cols[i];
            if (col->kind == COL_OTHER)
                col->kind = catalog_kind_of_type(col->decl_type);
            if (col->kind == COL_TEXT || col->kind == COL_OTHER ||
                col->kind == COL_DATE || col->kind == COL_DATETIME) {
                col_kind k = kind_from_samples(col);
                if (k != COL_OTHER)
                    col->kind = k;
            }
            if (col->kind == COL_OTHER)
                col->kind = COL_TEXT;
            if (col->ref_table) {
                col->ref_t = catalog_find_table(c, col->ref_table);
                if (col->ref_t >= 0) {
                    const cat_table *rt = &c->tables[col->ref_t];
                    col->ref_c = col->ref_column ? catalog_find_column(rt, col->ref_column)
                                                 : catalog_primary_key(rt);
                    col->role_key = col->ref_c >= 0 && role_key(col, rt);
                }
            }
        }
    }
}

static void free_table(cat_table *tab)
{
    for (size_t i = 0; i < tab->ncols; i++) {
        cat_column *col = &tab->cols[i];
        free(col->name);
        free(col->decl_type);
        free(col->ref_table);
        free(col->ref_column);
        free(col->comment);
        for (size_t s = 0; s < col->nsamples; s++)
            free(col->samples[s]);
        free(col->samples);
    }
    free(tab->cols);
    free(tab->name);
    free(tab->schema);
    free(tab->comment);
}

void catalog_free(catalog *c)
{
    if (!c)
        return;
    for (size_t t = 0; t < c->ntables; t++)
        free_table(&c->tables[t]);
    free(c->tables);
    c->tables = NULL;
    c->ntables = 0;
    for (size_t i = 0; i < c->ndenied; i++)
        free(c->denied[i]);
    free(c->denied);
    c->denied = NULL;
    c->ndenied = 0;
}

/* "schema.table" or "table" matches a table of that name (and schema);
 * a name written without its schema matches either pattern. */
static int deny_matches(const char *pattern, const char *schema, const char *name)
{
    const char *dot = strchr(pattern, '.');
    if (!dot)
        return str_ieq(pattern, name);
    size_t n = (size_t)(dot - pattern);
    return (!schema || (strlen(schema) == n && strncasecmp(pattern, schema, n) == 0)) &&
           str_ieq(dot + 1, name);
}

int catalog_is_denied(const catalog *c, const char *schema, const char *name)
{
    for (size_t i = 0; i < c->ndenied; i++)
        if (deny_matches(c->denied[i], schema, name))
            return 1;
    return 0;
}

int catalog_deny(catalog *c, const char *list)
{
    for (const char *p = list; p && *p;) {
        size_t n = strcspn(p, ",");
        const char *s = p, *e = p + n;
        while (s < e && isspace((unsigned char)*s))
            s++;
        while (e > s && isspace((unsigned char)e[-1]))
            e--;
        if (e > s) {
            char **d = realloc(c->denied, (c->ndenied + 1) * sizeof *d);
            if (!d)
                return -1;
            c->denied = d;
            if (!(d[c->ndenied] = xstrndup(s, (size_t)(e - s))))
                return -1;
            c->ndenied++;
        }
        p += n;
        if (*p == ',')
            p++;
    }
    size_t kept = 0;
    for (size_t t = 0; t < c->ntables; t++) {
        if (catalog_is_denied(c, c->tables[t].schema, c->tables[t].name))
            free_table(&c->tables[t]);
        else
            c->tables[kept++] = c->tables[t];
    }
    c->ntables = kept;
    return 0;
}

int catalog_find_table(const catalog *c, const char *name)
{
    for (size_t t = 0; t < c->ntables; t++)
        if (str_ieq(c->tables[t].name, name))
            return (int)t;
    return -1;
}

int catalog_find_column(const cat_table *t, const char *name)
{
    for (size_t i = 0; i < t->ncols; i++)
        if (str_ieq(t->cols[i].name, name))
            return (int)i;
    return -1;
}

int catalog_primary_key(const cat_table *t)
{
    int found = -1;
    for (size_t i = 0; i < t->ncols; i++) {
        if (t->cols[i].pk) {
            if (found >= 0)
                return -1;   /* composite key */
            found = (int)i;
        }
    }
    return found;
}
