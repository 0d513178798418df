/* qset.c: question sets for the benches (see qset.h). */
#include "qset.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include <cjson/cJSON.h>
#include <pg_query.h>

#include "util.h"

double qset_now_ms(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec * 1e3 + (double)t.tv_nsec / 1e6;
}

static int cmp_d(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

double qset_percentile(double *v, size_t n, double p)
{
    if (!n)
        return 0;
    qsort(v, n, sizeof *v, cmp_d);
    /* nearest rank */
    size_t k = (size_t)(p / 100.0 * (double)n + 0.999999);
    if (k < 1)
        k = 1;
    if (k > n)
        k = n;
    return v[k - 1];
}

double qset_mean(const double *v, size_t n)
{
    double s = 0;
    for (size_t i = 0; i < n; i++)
        s += v[i];
    return n ? s / (double)n : 0;
}

/* ---- the tables of a query -------------------------------------------------- */

typedef struct names {
    char **v;
    size_t n, cap;
} names;

static void names_add(names *ns, const char *s)
{
    for (size_t i = 0; i < ns->n; i++)
        if (strcasecmp(ns->v[i], s) == 0)
            return;
    if (ns->n == ns->cap) {
        ns->cap = ns->cap ? ns->cap * 2 : 8;
        ns->v = realloc(ns->v, ns->cap * sizeof *ns->v);
        if (!ns->v)
            abort();
    }
    char *c = xstrdup(s);
    if (!c)
        abort();
    for (char *p = c; *p; p++)
        *p = (char)tolower((unsigned char)*p);
    ns->v[ns->n++] = c;
}

static void walk(const cJSON *node, names *rels, names *ctes)
{
    if (cJSON_IsObject(node)) {
        const cJSON *rv = cJSON_GetObjectItemCaseSensitive(node, "RangeVar");
        const cJSON *rel = rv ? cJSON_GetObjectItemCaseSensitive(rv, "relname") : NULL;
        if (cJSON_IsString(rel))
            names_add(rels, rel->valuestring);
        const cJSON *cte = cJSON_GetObjectItemCaseSensitive(node, "CommonTableExpr");
        const cJSON *cn = cte ? cJSON_GetObjectItemCaseSensitive(cte, "ctename") : NULL;
        if (cJSON_IsString(cn))
            names_add(ctes, cn->valuestring);
    }
    for (const cJSON *c = node ? node->child : NULL; c; c = c->next)
        walk(c, rels, ctes);
}

/* SQL PostgreSQL's grammar refuses (SQLite's subqueries without an alias):
 * the name after each FROM and JOIN, less the CTE names ("WITH x AS (",
 * ", y AS ("). Words inside quotes are skipped. */
static int scan_tables(const char *sql, char ***out)
{
    names rels = { 0 }, ctes = { 0 };
    char prev[128] = "", word[128];
    char before = 0;                  /* the last non-space character before word */
    const char *p = sql;
    while (*p) {
        if (*p == '\'') {
            for (p++; *p && *p != '\''; p++)
                ;
            if (*p)
                p++;
            before = '\'';
            continue;
        }
        if (!isalpha((unsigned char)*p) && *p != '_') {
            if (*p != ' ' && *p != '\n' && *p != '\t')
                before = *p;
            p++;
            continue;
        }
        const char *w = p;
        while (isalnum((unsigned char)*p) || *p == '_')
            p++;
        size_t n = (size_t)(p - w);
        if (n >= sizeof word)
            continue;
        memcpy(word, w, n);
        word[n] = '\0';
        if ((strcasecmp(prev, "from") == 0 || strcasecmp(prev, "join") == 0) && strcasecmp(word, "select") != 0)
            names_add(&rels, word);
        const char *q = p;
        while (*q == ' ' || *q == '\n' || *q == '\t')
            q++;
        if (strncasecmp(q, "as", 2) == 0 && !isalnum((unsigned char)q[2]) &&
            (strcasecmp(prev, "with") == 0 || (before == ',' && prev[0]))) {
            q += 2;
            while (*q == ' ' || *q == '\n' || *q == '\t')
                q++;
            if (*q == '(')
                names_add(&ctes, word);
        }
        memcpy(prev, word, n + 1);
        before = 0;
    }
    size_t k = 0;
    for (size_t i = 0; i < rels.n; i++) {
        int is_cte = 0;
        for (size_t j = 0; j < ctes.n; j++)
            is_cte |= strcmp(rels.v[i], ctes.v[j]) == 0;
        if (is_cte)
            free(rels.v[i]);
        else
            rels.v[k++] = rels.v[i];
    }
    for (size_t j = 0; j < ctes.n; j++)
        free(ctes.v[j]);
    free(ctes.v);
    *out = rels.v;
    return (int)k;
}

int qset_tables(const char *sql, char ***out)
{
    *out = NULL;
    PgQueryParseResult r = pg_query_parse(sql);
    if (r.error) {
        pg_query_free_parse_result(r);
        return scan_tables(sql, out);
    }
    cJSON *tree = cJSON_Parse(r.parse_tree);
    pg_query_free_parse_result(r);
    if (!tree)
        return -1;
    names rels = { 0 }, ctes = { 0 };
    walk(tree, &rels, &ctes);
    cJSON_Delete(tree);
    size_t k = 0;
    for (size_t i = 0; i < rels.n; i++) {
        int is_cte = 0;
        for (size_t j = 0; j < ctes.n; j++)
            is_cte |= strcmp(rels.v[i], ctes.v[j]) == 0;
        if (is_cte)
            free(rels.v[i]);
        else
            rels.v[k++] = rels.v[i];
    }
    for (size_t j = 0; j < ctes.n; j++)
        free(ctes.v[j]);
    free(ctes.v);
    *out = rels.v;
    return (int)k;
}

/* ---- reading ---------------------------------------------------------------- */

static const char *str(const cJSON *o, const char *key)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, key);
    return cJSON_IsString(v) ? v->valuestring : NULL;
}

static int add(qset *qs, const char *id, const char *db, const char *question, const char *sql,
               const char *prev, const char *prev_sql)
{
    qitem *it = realloc(qs->items, (qs->n + 1) * sizeof *it);
    if (!it)
        return -1;
    qs->items = it;
    it = &qs->items[qs->n];
    memset(it, 0, sizeof *it);
    it->id = xstrdup(id);
    it->db = xstrdup(db ? db : "");
    it->question = xstrdup(question);
    it->sql = xstrdup(sql);
    it->prev = prev ? xstrdup(prev) : NULL;
    it->prev_sql = prev && prev_sql ? xstrdup(prev_sql) : NULL;
    int n = qset_tables(sql, &it->gold);
    if (n < 0) {
        fprintf(stderr, "qset: %s: the gold SQL does not parse; its tables are unknown\n", id);
        n = 0;
    }
    it->ngold = (size_t)n;
    qs->n++;
    return 0;
}

int qset_load(qset *qs, const char *path)
{
    char *text = file_read_all(path, 64u << 20);
    if (!text) {
        fprintf(stderr, "qset: cannot read %s\n", path);
        return -1;
    }
    int rc = 0;
    for (char *line = strtok(text, "\n"); line && rc == 0; line = strtok(NULL, "\n")) {
        while (*line == ' ' || *line == '\t')
            line++;
        if (!*line || *line == '#')
            continue;
        cJSON *o = cJSON_Parse(line);
        if (!o) {
            fprintf(stderr, "qset: %s: a line is not JSON: %.60s\n", path, line);
            continue;
        }
        const char *id = str(o, "id"), *db = str(o, "db");
        const cJSON *turns = cJSON_GetObjectItemCaseSensitive(o, "turns");
        if (cJSON_IsArray(turns)) {
            const char *prev = NULL, *prev_sql = NULL;
            int k = 0;
            const cJSON *t;
            cJSON_ArrayForEach(t, turns) {
                const char *q = str(t, "question"), *s = str(t, "sql");
                char tid[160];
                snprintf(tid, sizeof tid, "%s#%d", id ? id : "?", ++k);
                if (q && s && add(qs, tid, db, q, s, prev, prev_sql) < 0)
                    rc = -1;
                prev = q;
                prev_sql = s;
            }
        } else if (str(o, "question") && str(o, "sql")) {
            rc = add(qs, id ? id : "?", db, str(o, "question"), str(o, "sql"), NULL, NULL);
        }
        cJSON_Delete(o);
    }
    free(text);
    return rc;
}

void qset_free(qset *qs)
{
    for (size_t i = 0; i < qs->n; i++) {
        qitem *it = &qs->items[i];
        free(it->id);
        free(it->db);
        free(it->question);
        free(it->sql);
        free(it->prev);
        free(it->prev_sql);
        for (size_t g = 0; g < it->ngold; g++)
            free(it->gold[g]);
        free(it->gold);
    }
    free(qs->items);
    qs->items = NULL;
    qs->n = 0;
}
