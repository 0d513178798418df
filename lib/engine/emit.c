/* emit.c: writes the SELECT: joins along the foreign-key tree from the
 * base table, aliases, date buckets and literals per dialect, grouping,
 * HAVING, ordering and limits. */
#include "emit.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "joins.h"

static const char *const reserved[] = {
    "all", "and", "any", "as", "asc", "between", "by", "case", "cast", "check",
    "column", "constraint", "create", "cross", "current_date", "current_time",
    "current_timestamp", "current_user", "default", "delete", "desc", "distinct",
    "do", "drop", "else", "end", "except", "exists", "false", "fetch", "for",
    "foreign", "from", "full", "grant", "group", "having", "in", "index", "inner",
    "insert", "intersect", "into", "is", "join", "key", "left", "like", "limit",
    "natural", "not", "null", "offset", "on", "or", "order", "outer", "primary",
    "references", "right", "select", "session_user", "set", "some", "table",
    "then", "to", "true", "union", "unique", "update", "user", "using", "values",
    "when", "where", "window", "with", NULL
};

void emit_ident(buf *out, const char *name)
{
    int plain = (islower((unsigned char)name[0]) || name[0] == '_');
    for (const char *p = name; *p && plain; p++)
        if (!(islower((unsigned char)*p) || isdigit((unsigned char)*p) || *p == '_'))
            plain = 0;
    for (size_t i = 0; plain && reserved[i]; i++)
        if (strcmp(reserved[i], name) == 0)
            plain = 0;
    if (plain) {
        buf_add(out, name);
        return;
    }
    buf_addc(out, '"');
    for (const char *p = name; *p; p++) {
        if (*p == '"')
            buf_addc(out, '"');
        buf_addc(out, *p);
    }
    buf_addc(out, '"');
}

static void emit_string(buf *out, const char *s)
{
    buf_addc(out, '\'');
    for (; *s; s++) {
        if (*s == '\'')
            buf_addc(out, '\'');
        buf_addc(out, *s);
    }
    buf_addc(out, '\'');
}

static void emit_number(buf *out, double v)
{
    if (v == (double)(long long)v)
        buf_printf(out, "%lld", (long long)v);
    else
        buf_printf(out, "%.10g", v);
}

typedef struct ectx {
    const catalog *cat;
    int postgres;
    int multi;           /* more than one table: qualify columns */
    char (*alias)[8];
} ectx;

static void col(const ectx *x, buf *out, qcol c)
{
    if (x->multi) {
        buf_add(out, x->alias[c.t]);
        buf_addc(out, '.');
    }
    emit_ident(out, x->cat->tables[c.t].cols[c.c].name);
}

static void make_aliases(const catalog *cat, const int *need, char (*alias)[8])
{
    for (size_t t = 0; t < cat->ntables; t++) {
        alias[t][0] = '\0';
        if (!need[t])
            continue;
        char a[8];
        size_t k = 0;
        const char *n = cat->tables[t].name;
        for (size_t i = 0; n[i] && k < 3; i++)
            if ((i == 0 || n[i - 1] == '_' || (isupper((unsigned char)n[i]) && !isupper((unsigned char)n[i - 1]))) &&
                isalpha((unsigned char)n[i]))
                a[k++] = (char)tolower((unsigned char)n[i]);
        if (k == 0)
            a[k++] = 't';
        a[k] = '\0';
        /* unique and not a keyword */
        int suffix = 1;
        char cand[8];
        strcpy(cand, a);
        for (;;) {
            int clash = 0;
            for (size_t u = 0; u < t; u++)
                if (need[u] && strcmp(alias[u], cand) == 0)
                    clash = 1;
            for (size_t i = 0; reserved[i]; i++)
                if (strcmp(reserved[i], cand) == 0)
                    clash = 1;
            if (!clash)
                break;
            suffix++;
            snprintf(cand, sizeof cand, "%.4s%d", a, suffix % 100);
        }
        strcpy(alias[t], cand);
    }
}

static void bucket_expr(const ectx *x, buf *out, const query *q, int part)
{
    /* part: 0 main label, 1 the year beside a quarter */
    if (x->postgres) {
        static const char *const fmt[] = {"", "YYYY-MM-DD", "IYYY-IW", "YYYY-MM", "", "YYYY"};
        if (q->bucket == BK_QUARTER && part == 0) {
            buf_add(out, "EXTRACT(QUARTER FROM ");
            col(x, out, q->tcol);
            buf_add(out, ")::int");
            return;
        }
        buf_add(out, "to_char(");
        col(x, out, q->tcol);
        buf_printf(out, ", '%s')", q->bucket == BK_QUARTER ? "YYYY" : fmt[q->bucket]);
        return;
    }
    static const char *const fmt[] = {"", "%Y-%m-%d", "%Y-%W", "%Y-%m", "", "%Y"};
    if (q->bucket == BK_QUARTER && part == 0) {
        buf_add(out, "(CAST(strftime('%m', ");
        col(x, out, q->tcol);
        buf_add(out, ") AS INTEGER) + 2) / 3");
        return;
    }
    buf_printf(out, "strftime('%s', ", q->bucket == BK_QUARTER ? "%Y" : fmt[q->bucket]);
    col(x, out, q->tcol);
    buf_addc(out, ')');
}

static const char *bucket_name(q_bucket b)
{
    static const char *const n[] = {"", "day", "week", "month", "quarter", "year"};
    return n[b];
}

static int fanout(const query *q, const jedge *parent, const int *depth, const int *need, size_t n)
{
    for (size_t t = 0; t < n; t++)
        if (need[t] && depth[t] > 0 && parent[t].fanout)
            return 1;
    (void)q;
    return 0;
}

static void measure_expr(const ectx *x, buf *out, const query *q, int fan)
{
    const cat_table *bt = &x->cat->tables[q->base];
    switch (q->agg) {
    case AGG_COUNT:
        if (fan && catalog_primary_key(bt) >= 0) {
            buf_add(out, "COUNT(DISTINCT ");
            col(x, out, (qcol){q->base, catalog_primary_key(bt)});
            buf_addc(out, ')');
        } else {
            buf_add(out, "COUNT(*)");
        }
        return;
    case AGG_COUNT_DISTINCT:
        buf_add(out, "COUNT(DISTINCT ");
        col(x, out, q->m1);
        buf_addc(out, ')');
        return;
    case AGG_SUM: buf_add(out, "SUM("); break;
    case AGG_AVG: buf_add(out, "AVG("); break;
    case AGG_MIN: buf_add(out, "MIN("); break;
    case AGG_MAX: buf_add(out, "MAX("); break;
    default: break;
    }
    col(x, out, q->m1);
    if (q->m2.c >= 0) {
        buf_add(out, " * ");
        col(x, out, q->m2);
    }
    if (q->agg != AGG_NONE)
        buf_addc(out, ')');
}

static const char *op_text(q_op op)
{
    static const char *const t[] = {" = ", " <> ", " > ", " >= ", " < ", " <= ", " IS NULL", " IS NOT NULL"};
    return t[op];
}

static void emit_filter_value(buf *out, const qfilter *f)
{
    if (f->op == OP_NULL || f->op == OP_NOTNULL)
        return;
    if (f->is_num)
        emit_number(out, f->num);
    else
        emit_string(out, f->text);
}

static void emit_where(const ectx *x, buf *out, const query *q)
{
    int first = 1;
    for (int i = 0; i < q->nf; i++) {
        if (q->f[i].having)
            continue;
        buf_add(out, first ? "\nWHERE " : "\n  AND ");
        first = 0;
        col(x, out, q->f[i].col);
        buf_add(out, op_text(q->f[i].op));
        emit_filter_value(out, &q->f[i]);
    }
    if (q->tcol.c >= 0 && q->from[0]) {
        buf_add(out, first ? "\nWHERE " : "\n  AND ");
        first = 0;
        col(x, out, q->tcol);
        buf_printf(out, " >= '%s'", q->from);
    }
    if (q->tcol.c >= 0 && q->to[0]) {
        buf_add(out, first ? "\nWHERE " : "\n  AND ");
        col(x, out, q->tcol);
        buf_printf(out, " < '%s'", q->to);
    }
}

static void emit_from(const ectx *x, buf *out, const query *q, const jedge *parent,
                      const int *depth, const int *need)
{
    const catalog *cat = x->cat;
    buf_add(out, "\nFROM ");
    emit_ident(out, cat->tables[q->base].name);
    if (x->multi)
        buf_printf(out, " %s", x->alias[q->base]);
    for (int d = 1; d < (int)cat->ntables; d++) {
        for (size_t t = 0; t < cat->ntables; t++) {
            if (!need[t] || depth[t] != d)
                continue;
            const jedge *e = &parent[t];
            buf_add(out, "\nJOIN ");
            emit_ident(out, cat->tables[t].name);
            buf_printf(out, " %s ON ", x->alias[t]);
            col(x, out, (qcol){e->b, e->bc});
            buf_add(out, " = ");
            col(x, out, (qcol){e->a, e->ac});
        }
    }
}

static void need_table(int *need, const jedge *parent, const int *depth, int t)
{
    while (t >= 0 && depth[t] > 0 && !need[t]) {
        need[t] = 1;
        t = parent[t].a;
    }
    if (t >= 0)
        need[t] = 1;
}

static int mark_needed(const catalog *cat, const query *q, const jedge *parent,
                       const int *depth, int *need)
{
    qcol cols[4 + 2 * Q_MAXD + Q_MAXF];
    int n = 0;
    cols[n++] = q->m1;
    cols[n++] = q->m2;
    cols[n++] = q->tcol;
    for (int i = 0; i < q->ndims; i++) {
        cols[n++] = q->dims[i];
        cols[n++] = q->labels[i];
    }
    for (int i = 0; i < q->nf; i++)
        cols[n++] = q->f[i].col;
    need[q->base] = 1;
    for (int i = 0; i < n; i++) {
        if (cols[i].c < 0 || cols[i].t < 0)
            continue;
        if ((size_t)cols[i].t >= cat->ntables || depth[cols[i].t] < 0)
            return -1;
        need_table(need, parent, depth, cols[i].t);
    }
    return 0;
}

static void emit_dims_select(const ectx *x, buf *out, const query *q, int *first)
{
    for (int i = 0; i < q->ndims; i++) {
        if (!*first)
            buf_add(out, ", ");
        *first = 0;
        qcol shown = q->labels[i].c >= 0 ? q->labels[i] : q->dims[i];
        col(x, out, shown);
    }
    if (q->bucket) {
        if (!*first)
            buf_add(out, ", ");
        *first = 0;
        if (q->bucket == BK_QUARTER) {
            bucket_expr(x, out, q, 1);
            buf_add(out, " AS year, ");
        }
        bucket_expr(x, out, q, 0);
        buf_printf(out, " AS %s", bucket_name(q->bucket));
    }
}

static void emit_group_by(const ectx *x, buf *out, const query *q)
{
    int first = 1;
    buf_add(out, "\nGROUP BY ");
    for (int i = 0; i < q->ndims; i++) {
        if (!first)
            buf_add(out, ", ");
        first = 0;
        col(x, out, q->dims[i]);
        if (q->labels[i].c >= 0 && q->labels[i].c != q->dims[i].c) {
            buf_add(out, ", ");
            col(x, out, q->labels[i]);
        }
    }
    if (q->bucket) {
        if (!first)
            buf_add(out, ", ");
        if (q->bucket == BK_QUARTER)
            buf_add(out, "year, ");
        buf_add(out, bucket_name(q->bucket));
    }
}

int emit_sql(const catalog *cat, const query *q, int postgres, buf *out)
{
    size_t n = cat->ntables;
    jedge *parent = calloc(n, sizeof *parent);
    int *depth = calloc(n, sizeof *depth);
    int *need = calloc(n, sizeof *need);
    char (*alias)[8] = calloc(n, sizeof *alias);
    int rc = -1;
    if (!parent || !depth || !need || !alias)
        goto done;
    joins_bfs(cat, q->base, parent, depth);
    if (mark_needed(cat, q, parent, depth, need) < 0)
        goto done;
    int ntab = 0;
    for (size_t t = 0; t < n; t++)
        ntab += need[t];
    make_aliases(cat, need, alias);
    ectx x = {cat, postgres, ntab > 1, alias};
    int fan = fanout(q, parent, depth, need, n);
    int grouped = q->ndims > 0 || q->bucket;
    int first = 1;

    buf_add(out, "SELECT ");
    if (q->list) {
        if (q->ndims == 0 && q->m1.c < 0) {
            if (x.multi)
                buf_printf(out, "%s.", alias[q->base]);
            buf_addc(out, '*');
        } else {
            emit_dims_select(&x, out, q, &first);
            if (q->m1.c >= 0) {
                if (!first)
                    buf_add(out, ", ");
                measure_expr(&x, out, q, fan);
                if (q->m2.c >= 0 || q->alias[0])
                    buf_printf(out, " AS %s", q->alias[0] ? q->alias : "value");
            }
        }
    } else {
        emit_dims_select(&x, out, q, &first);
        if (!first)
            buf_add(out, ", ");
        measure_expr(&x, out, q, fan);
        buf_add(out, " AS ");
        emit_ident(out, q->alias[0] ? q->alias : "value");
    }
    emit_from(&x, out, q, parent, depth, need);
    emit_where(&x, out, q);
    if (grouped && !q->list)
        emit_group_by(&x, out, q);
    int hfirst = 1;
    for (int i = 0; i < q->nf; i++) {
        if (!q->f[i].having)
            continue;
        buf_add(out, hfirst ? "\nHAVING " : " AND ");
        hfirst = 0;
        measure_expr(&x, out, q, fan);
        buf_add(out, op_text(q->f[i].op));
        emit_filter_value(out, &q->f[i]);
    }
    if (q->limit > 0 || (grouped && !q->list) || (q->list && q->m1.c >= 0 && q->limit)) {
        if (q->bucket && q->limit == 0) {
            buf_add(out, "\nORDER BY ");
            if (q->bucket == BK_QUARTER)
                buf_add(out, "year, ");
            buf_add(out, bucket_name(q->bucket));
        } else if (q->m1.c >= 0 || q->agg == AGG_COUNT) {
            buf_add(out, "\nORDER BY ");
            if (q->list) {
                measure_expr(&x, out, q, fan);
            } else {
                emit_ident(out, q->alias[0] ? q->alias : "value");
            }
            buf_add(out, q->asc ? " ASC" : " DESC");
        }
        if (q->limit > 0)
            buf_printf(out, "\nLIMIT %d", q->limit);
    }
    rc = out->oom ? -1 : 0;
done:
    free(parent);
    free(depth);
    free(need);
    free(alias);
    return rc;
}
