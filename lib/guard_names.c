/* guard_names.c: the guard's name check. Every table a query names must be
 * in the catalog (or be a CTE or a system table) and not hidden with
 * --deny-table; every column that can be tied to a catalog table must
 * exist in it. Names are resolved scope by scope as SQL does: each SELECT
 * sees its FROM items, then the enclosing queries' (correlated subqueries),
 * then its own output names (ORDER BY/GROUP BY aliases). Where a scope has
 * a source whose columns are unknown (a subquery, a function, a CTE, a
 * system table), an unqualified name is given the benefit of the doubt:
 * the database has the last word. Refusals name the closest real name. */
#include "guard.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include "util.h"

#define NAMES_MAX_DEPTH 200     /* nested SELECTs */

typedef struct source {
    const char *name;          /* alias or relation name */
    const cat_table *tab;      /* NULL: its columns are unknown */
} source;

typedef struct scope {
    source *src;
    size_t n, cap;
    const struct scope *outer;
    const cJSON *targets;      /* this SELECT's targetList, for output names */
} scope;

typedef struct names {
    const catalog *cat;
    int sqlite;
    const char *sql;
    const char **ctes;         /* visible CTE names (a stack) */
    size_t nctes, ctecap;
    int depth;
    dbt_error *err;
} names;

static const cJSON *get(const cJSON *o, const char *key)
{
    return cJSON_GetObjectItemCaseSensitive(o, key);
}

static const char *string_of(const cJSON *o, const char *key)
{
    const cJSON *v = get(o, key);
    return cJSON_IsString(v) ? v->valuestring : NULL;
}

/* Edit distance, ASCII case-insensitive, for "did you mean". */
/* Does a contain b, ASCII case-insensitively? */
static int has_part(const char *a, const char *b)
{
    size_t n = strlen(b);
    if (n == 0)
        return 0;
    for (; *a; a++)
        if (strncasecmp(a, b, n) == 0)
            return 1;
    return 0;
}

/* The closest of the candidates, or NULL when none is close. */
typedef struct suggest {
    const char *best;
    size_t dist;
    const char *want;
} suggest;

static void consider(suggest *s, const char *candidate)
{
    size_t d = (size_t)str_edit_distance(s->want, candidate, 64);
    size_t n = strlen(s->want);
    int contains = has_part(candidate, s->want) || has_part(s->want, candidate);
    if (contains && d > 1)
        d = d > 3 ? 3 : d;
    if (d <= (n < 6 ? 2 : n / 3 + 1) && (!s->best || d < s->dist)) {
        s->best = candidate;
        s->dist = d;
    }
}

static int add_source(names *x, scope *sc, const char *name, const cat_table *tab)
{
    if (sc->n == sc->cap) {
        size_t c = sc->cap ? sc->cap * 2 : 8;
        source *s = realloc(sc->src, c * sizeof *s);
        if (!s)
            return err_set(x->err, DBT_ERR_NOMEM, "out of memory");
        sc->src = s;
        sc->cap = c;
    }
    sc->src[sc->n].name = name;
    sc->src[sc->n].tab = tab;
    sc->n++;
    return 0;
}

static int is_cte(const names *x, const char *name)
{
    for (size_t i = 0; i < x->nctes; i++)
        if (strcmp(x->ctes[i], name) == 0)
            return 1;
    return 0;
}

static int push_cte(names *x, const char *name)
{
    if (x->nctes == x->ctecap) {
        size_t c = x->ctecap ? x->ctecap * 2 : 8;
        const char **p = realloc(x->ctes, c * sizeof *p);
        if (!p)
            return err_set(x->err, DBT_ERR_NOMEM, "out of memory");
        x->ctes = p;
        x->ctecap = c;
    }
    x->ctes[x->nctes++] = name;
    return 0;
}

static int system_schema(const char *schema)
{
    return schema && (str_ieq(schema, "pg_catalog") || str_ieq(schema, "information_schema") ||
                      strncasecmp(schema, "pg_toast", 8) == 0);
}

static void schemas_read(const catalog *cat, buf *b)
{
    for (size_t t = 0; t < cat->ntables; t++) {
        const char *s = cat->tables[t].schema;
        if (!s)
            continue;
        int seen = 0;
        for (size_t u = 0; u < t && !seen; u++)
            seen = cat->tables[u].schema && strcmp(cat->tables[u].schema, s) == 0;
        if (!seen)
            buf_printf(b, "%s%s", b->len ? ", " : "", s);
    }
}

static int unknown_table(names *x, const char *schema, const char *name)
{
    suggest s = { NULL, 0, name };
    for (size_t t = 0; t < x->cat->ntables; t++)
        consider(&s, x->cat->tables[t].name);
    if (schema && !x->sqlite) {
        buf b;
        buf_init(&b);
        schemas_read(x->cat, &b);
        int rc = err_set(x->err, DBT_ERR_REFUSED, "no table or view %s.%s among the schemas "
                         "databot reads (%s); add --schema %s to read that schema",
                         schema, name, b.len ? buf_str(&b) : "none", schema);
        buf_free(&b);
        return rc;
    }
    if (s.best)
        return err_set(x->err, DBT_ERR_REFUSED, "no table or view named '%s' in this database; "
                       "did you mean '%s'? (\\tables lists them)", name, s.best);
    return err_set(x->err, DBT_ERR_REFUSED, "no table or view named '%s' in this database "
                   "(\\tables lists them)", name);
}

static int check_select(names *x, const cJSON *sel, const scope *outer);
static int check_expr(names *x, const cJSON *node, const scope *sc);

static int add_range_var(names *x, scope *sc, const cJSON *rv)
{
    const char *name = string_of(rv, "relname");
    const char *schema = string_of(rv, "schemaname");
    const cJSON *alias = get(rv, "alias");
    const char *aname = string_of(alias, "aliasname");
    const char *shown = aname ? aname : name;
    if (!name)
        return 0;
    if (x->sqlite && schema && (str_ieq(schema, "main") || str_ieq(schema, "temp")))
        schema = NULL;
    if (!schema && is_cte(x, name))
        return add_source(x, sc, shown, NULL);
    if (catalog_is_denied(x->cat, schema, name))
        return err_set(x->err, DBT_ERR_REFUSED, "refused: the table '%s' is hidden "
                       "(--deny-table); ask about other tables", name);
    int t = catalog_find_table(x->cat, name);
    const cat_table *tab = t >= 0 ? &x->cat->tables[t] : NULL;
    if (tab && schema && !x->sqlite && (!tab->schema || !str_ieq(tab->schema, schema)))
        tab = NULL;
    if (!tab) {
        if (x->sqlite ? strncasecmp(name, "sqlite_", 7) == 0
                      : system_schema(schema) || (!schema && strncasecmp(name, "pg_", 3) == 0))
            return add_source(x, sc, shown, NULL);
        return unknown_table(x, schema, name);
    }
    /* FROM t AS a(x, y) renames the columns: their names are the alias's */
    if (get(alias, "colnames"))
        tab = NULL;
    return add_source(x, sc, shown, tab);
}

static int add_from(names *x, scope *sc, const cJSON *item)
{
    const cJSON *node = item->child;
    if (!node || !node->string)
        return 0;
    const char *kind = node->string;
    if (strcmp(kind, "RangeVar") == 0)
        return add_range_var(x, sc, node);
    if (strcmp(kind, "JoinExpr") == 0) {
        const cJSON *l = get(node, "larg"), *r = get(node, "rarg");
        /* larg and rarg are generic nodes here: {"RangeVar": {...}} */
        if ((l && add_from(x, sc, l) < 0) || (r && add_from(x, sc, r) < 0))
            return -1;
        if (check_expr(x, get(node, "quals"), sc) < 0)
            return -1;
        const char *aname = string_of(get(node, "alias"), "aliasname");
        return aname ? add_source(x, sc, aname, NULL) : 0;
    }
    if (strcmp(kind, "RangeSubselect") == 0) {
        const cJSON *sub = get(get(node, "subquery"), "SelectStmt");
        if (sub && check_select(x, sub, sc) < 0)
            return -1;
        return add_source(x, sc, string_of(get(node, "alias"), "aliasname"), NULL);
    }
    if (strcmp(kind, "RangeTableSample") == 0) {
        const cJSON *rel = get(node, "relation");
        return rel ? add_from(x, sc, rel) : 0;
    }
    if (strcmp(kind, "RangeFunction") == 0) {
        if (check_expr(x, get(node, "functions"), sc) < 0)
            return -1;
        const char *aname = string_of(get(node, "alias"), "aliasname");
        if (!aname) {
            /* unaliased: the function's name names it */
            const cJSON *fns = get(node, "functions");
            const cJSON *list = fns ? get(fns->child, "List") : NULL;
            const cJSON *fc = get(cJSON_GetArrayItem(get(list, "items"), 0), "FuncCall");
            const cJSON *parts = get(fc, "funcname"), *last = NULL, *it;
            cJSON_ArrayForEach(it, parts) last = it;
            aname = last ? string_of(get(last, "String"), "sval") : NULL;
        }
        return add_source(x, sc, aname, NULL);
    }
    /* XMLTABLE, JSON_TABLE and the like: columns unknown */
    return add_source(x, sc, string_of(get(node, "alias"), "aliasname"), NULL);
}

static const cat_table *table_named(const scope *sc, const char *q, int *found)
{
    for (const scope *s = sc; s; s = s->outer)
        for (size_t i = s->n; i-- > 0;)
            if (s->src[i].name && str_ieq(s->src[i].name, q)) {
                *found = 1;
                return s->src[i].tab;
            }
    *found = 0;
    return NULL;
}

static int implicit_column(const names *x, const char *c)
{
    static const char *const sq[] = { "rowid", "oid", "_rowid_", NULL };
    static const char *const pg[] = { "ctid", "xmin", "xmax", "cmin", "cmax", "tableoid", NULL };
    for (const char *const *p = x->sqlite ? sq : pg; *p; p++)
        if (str_ieq(*p, c))
            return 1;
    return 0;
}

static int output_name(const scope *sc, const char *c)
{
    for (const scope *s = sc; s; s = s->outer) {
        const cJSON *t;
        cJSON_ArrayForEach(t, s->targets) {
            const char *n = string_of(get(t, "ResTarget"), "name");
            if (n && str_ieq(n, c))
                return 1;
        }
    }
    return 0;
}

static int no_column(names *x, const char *c, const cat_table *only, const char *alias,
                     const scope *sc, int location)
{
    suggest s = { NULL, 0, c };
    buf where;
    buf_init(&where);
    if (only) {
        for (size_t i = 0; i < only->ncols; i++)
            consider(&s, only->cols[i].name);
        buf_add(&where, only->name);
        if (alias && !str_ieq(alias, only->name))
            buf_printf(&where, " (as %s)", alias);
    } else {
        for (size_t i = 0; sc && i < sc->n; i++) {
            const cat_table *t = sc->src[i].tab;
            if (!t)
                continue;
            for (size_t k = 0; k < t->ncols; k++)
                consider(&s, t->cols[k].name);
            buf_printf(&where, "%s%s", where.len ? ", " : "", t->name);
        }
    }
    int quoted = x->sqlite && location >= 0 && (size_t)location < strlen(x->sql) &&
                 x->sql[location] == '"';
    int rc;
    if (quoted)
        rc = err_set(x->err, DBT_ERR_REFUSED, "no column \"%s\" in %s; text in SQL goes in "
                     "single quotes ('%s')", c, where.len ? buf_str(&where) : "the query", c);
    else if (s.best)
        rc = err_set(x->err, DBT_ERR_REFUSED, "no column '%s' in %s; did you mean '%s'? "
                     "(\\d TABLE lists the columns)", c, where.len ? buf_str(&where) : "the query",
                     s.best);
    else
        rc = err_set(x->err, DBT_ERR_REFUSED, "no column '%s' in %s (\\d TABLE lists the "
                     "columns)", c, where.len ? buf_str(&where) : "the tables the query reads");
    buf_free(&where);
    return rc;
}

static int check_column_ref(names *x, const cJSON *ref, const scope *sc)
{
    const char *parts[4];
    int n = 0;
    const cJSON *f;
    cJSON_ArrayForEach(f, get(ref, "fields")) {
        if (get(f, "A_Star"))
            return 0;                       /* t.* or * */
        if (n == 4)
            return 0;
        parts[n] = string_of(get(f, "String"), "sval");
        if (!parts[n])
            return 0;
        n++;
    }
    const cJSON *loc = get(ref, "location");
    int location = cJSON_IsNumber(loc) ? loc->valueint : -1;
    if (n == 0)
        return 0;
    if (n >= 2) {
        /* q.c (or schema.table.c): the source named q must have c */
        const char *q = parts[n - 2], *c = parts[n - 1];
        int found;
        const cat_table *t = table_named(sc, q, &found);
        if (!found || !t || catalog_find_column(t, c) >= 0 || implicit_column(x, c))
            return 0;
        return no_column(x, c, t, q, NULL, location);
    }
    const char *c = parts[0];
    int any_source = 0;
    for (const scope *s = sc; s; s = s->outer) {
        int unknown = 0;
        for (size_t i = 0; i < s->n; i++) {
            any_source = 1;
            if (!s->src[i].tab)
                unknown = 1;
            else if (catalog_find_column(s->src[i].tab, c) >= 0)
                return 0;
            if (s->src[i].name && str_ieq(s->src[i].name, c))
                return 0;                   /* a whole-row reference */
        }
        if (unknown)
            return 0;
    }
    if (output_name(sc, c) || implicit_column(x, c))
        return 0;
    if (!any_source && !x->sqlite)
        return err_set(x->err, DBT_ERR_REFUSED, "no column '%s': the query reads no table; "
                       "add a FROM clause, or quote text with single quotes ('%s')", c, c);
    if (!any_source)
        return 0;                           /* SQLite may read it as a string */
    /* the innermost scope with tables, for the message */
    const scope *show = sc;
    while (show && show->n == 0)
        show = show->outer;
    return no_column(x, c, NULL, NULL, show, location);
}

/* Any expression: resolve column references, descend into subqueries. */
static int check_expr(names *x, const cJSON *node, const scope *sc)
{
    if (!node)
        return 0;
    if (node->string && strcmp(node->string, "ColumnRef") == 0)
        return check_column_ref(x, node, sc);
    if (node->string && strcmp(node->string, "SelectStmt") == 0)
        return check_select(x, node, sc);
    const cJSON *child;
    cJSON_ArrayForEach(child, node) {
        if ((cJSON_IsObject(child) || cJSON_IsArray(child)) && check_expr(x, child, sc) < 0)
            return -1;
    }
    return 0;
}

static int check_select(names *x, const cJSON *sel, const scope *outer)
{
    if (++x->depth > NAMES_MAX_DEPTH) {
        x->depth--;
        return err_set(x->err, DBT_ERR_REFUSED, "refused: the query is nested too deeply to "
                       "check; simplify it");
    }
    size_t ctes_before = x->nctes;
    scope sc = { NULL, 0, 0, outer, get(sel, "targetList") };
    int rc = 0;
    const cJSON *cte;
    const cJSON *ctes = get(get(sel, "withClause"), "ctes");
    cJSON_ArrayForEach(cte, ctes) {            /* every name first: WITH RECURSIVE */
        const char *name = string_of(get(cte, "CommonTableExpr"), "ctename");
        if (name && push_cte(x, name) < 0) {
            rc = -1;
            goto done;
        }
    }
    cJSON_ArrayForEach(cte, ctes) {
        const cJSON *q = get(get(get(cte, "CommonTableExpr"), "ctequery"), "SelectStmt");
        if (q && (rc = check_select(x, q, outer)) < 0)
            goto done;
    }
    const char *op = string_of(sel, "op");
    if (op && strcmp(op, "SETOP_NONE") != 0) {
        const cJSON *l = get(sel, "larg"), *r = get(sel, "rarg");
        if ((l && (rc = check_select(x, l, outer)) < 0) ||
            (r && (rc = check_select(x, r, outer)) < 0))
            goto done;
        goto done;       /* ORDER BY of a UNION names its output columns */
    }
    const cJSON *item;
    cJSON_ArrayForEach(item, get(sel, "fromClause")) {
        if ((rc = add_from(x, &sc, item)) < 0)
            goto done;
    }
    static const char *const parts[] = {
        "targetList", "whereClause", "groupClause", "havingClause", "sortClause",
        "windowClause", "distinctClause", "valuesLists", "limitCount", "limitOffset", NULL
    };
    for (const char *const *p = parts; *p; p++)
        if ((rc = check_expr(x, get(sel, *p), &sc)) < 0)
            goto done;
done:
    free(sc.src);
    x->nctes = ctes_before;
    x->depth--;
    return rc;
}

int guard_check_names(const cJSON *top, const char *sql, const catalog *cat,
                      const char *dialect, dbt_error *err)
{
    names x = { cat, dialect && strcmp(dialect, "sqlite") == 0, sql, NULL, 0, 0, 0, err };
    int rc = check_select(&x, top, NULL);
    free(x.ctes);
    return rc;
}
