/* emit.c: writes the SELECT: joins along the foreign-key tree from the
 * base table, aliases, date buckets and literals per dialect, grouping,
 * HAVING, ordering and limits. */
#include "emit.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "ground.h"
#include "joins.h"
#include "semantic.h"
#include "timeparse.h"

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
    char ralias[8];      /* the self-join along q->role_fk, or "" */
    int rt;              /* its table */
    unsigned rcols;      /* the columns read from it (query.h role_cols) */
    char r2alias[8];     /* the second copy along q->role2_fk, or "" */
    int r2fk;            /* q->role2_fk */
} ectx;

static void col(const ectx *x, buf *out, qcol c)
{
    if (x->multi) {
        buf_add(out, x->ralias[0] && c.t == x->rt && c.c >= 0 && c.c < 32 && (x->rcols >> c.c & 1)
                         ? x->ralias : x->alias[c.t]);
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

/* A week is labelled by its Monday, "YYYY-MM-DD" (weeks start on Monday as
 * in ISO 8601): the same text in both dialects, computable in any SQLite,
 * sorting in time order. */
static void week_start(const ectx *x, buf *out, qcol c, const char *lit)
{
    if (x->postgres) {
        buf_add(out, "to_char(date_trunc('week', ");
        if (lit)
            buf_printf(out, "DATE '%s'", lit);
        else
            col(x, out, c);
        buf_add(out, "), 'YYYY-MM-DD')");
        return;
    }
    buf_add(out, "date(");
    if (lit)
        buf_printf(out, "'%s'", lit);
    else
        col(x, out, c);
    buf_add(out, ", '-6 days', 'weekday 1')");
}

static void bucket_expr(const ectx *x, buf *out, const query *q, int part)
{
    /* part: 0 main label, 1 the year beside a quarter */
    if (q->bucket == BK_YEAR && q->tcol.t >= 0 &&
        x->cat->tables[q->tcol.t].cols[q->tcol.c].kind == COL_INT) {
        col(x, out, q->tcol);   /* a year stored as a number (review_year) */
        return;
    }
    if (q->bucket == BK_WEEK) {
        week_start(x, out, q->tcol, NULL);
        return;
    }
    if (q->tcol.t >= 0 && x->cat->tables[q->tcol.t].cols[q->tcol.c].kind == COL_MONTH) {
        /* 'YYYY-MM' text: the month is the value, the year and the month its
         * parts, in either dialect (read_time declines days and weeks) */
        if (q->bucket == BK_QUARTER && part == 0) {
            buf_add(out, "(CAST(substr(");
            col(x, out, q->tcol);
            buf_add(out, ", 6, 2) AS INTEGER) + 2) / 3");
        } else if (q->bucket == BK_MONTH) {
            col(x, out, q->tcol);
        } else {
            buf_add(out, "substr(");
            col(x, out, q->tcol);
            buf_add(out, ", 1, 4)");
        }
        return;
    }
    if (x->postgres) {
        static const char *const fmt[] = {"", "YYYY-MM-DD", "", "YYYY-MM", "", "YYYY"};
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
    static const char *const fmt[] = {"", "%Y-%m-%d", "", "%Y-%m", "", "%Y"};
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

/* A ranking by a value: groups or rows without one (NULL) come last either
 * way, in both dialects (SQLite puts NULL first when ascending, PostgreSQL
 * when descending). expr: the value, already written. */
static void rank_by(buf *out, int postgres, int asc, const char *expr)
{
    if (postgres)
        buf_printf(out, "%s %s NULLS LAST", expr, asc ? "ASC" : "DESC");
    else if (asc)
        buf_printf(out, "%s IS NULL, %s ASC", expr, expr);
    else
        buf_printf(out, "%s DESC", expr);
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

static void date_value(const ectx *x, buf *out, qcol c, const char *lit)
{
    if (x->postgres) {
        if (lit)
            buf_printf(out, "DATE '%s'", lit);
        else {
            buf_addc(out, '(');
            col(x, out, c);
            buf_add(out, ")::timestamp");
        }
        return;
    }
    if (lit) {
        buf_printf(out, "julianday('%s')", lit);
        return;
    }
    buf_add(out, "julianday(");
    col(x, out, c);
    buf_addc(out, ')');
}

/* a semantic file's measure: its SQL with table.column written with this
 * query's aliases, and bare names of its table's columns qualified */
static void measure_sql(const ectx *x, buf *out, const sem_measure *m)
{
    const catalog *cat = x->cat;
    const char *p = m->sql;
    while (*p) {
        if (*p == '\'') {
            const char *s = p++;
            while (*p && !(*p == '\'' && p[1] != '\''))
                p += *p == '\'' ? 2 : 1;
            if (*p)
                p++;
            buf_addn(out, s, (size_t)(p - s));
            continue;
        }
        if (isalpha((unsigned char)*p) || *p == '_') {
            const char *s = p;
            while (isalnum((unsigned char)*p) || *p == '_')
                p++;
            size_t n = (size_t)(p - s);
            char w[128];
            snprintf(w, sizeof w, "%.*s", (int)n, s);
            const char *e = p;
            while (isspace((unsigned char)*e))
                e++;
            int t = -1, c = -1;
            if (*p == '.' && (isalpha((unsigned char)p[1]) || p[1] == '_') &&
                (t = catalog_find_table(cat, w)) >= 0) {
                const char *s2 = ++p;
                while (isalnum((unsigned char)*p) || *p == '_')
                    p++;
                char w2[128];
                snprintf(w2, sizeof w2, "%.*s", (int)(p - s2), s2);
                c = catalog_find_column(&cat->tables[t], w2);
                if (c < 0) {
                    buf_addn(out, s, (size_t)(p - s));
                    continue;
                }
            } else if (*e != '(' && (s == m->sql || s[-1] != '.') && m->t >= 0 &&
                       (c = catalog_find_column(&cat->tables[m->t], w)) >= 0) {
                t = m->t;
            }
            if (t >= 0 && c >= 0 && x->alias[t][0])
                col(x, out, (qcol){t, c});
            else
                buf_addn(out, s, n);
            continue;
        }
        buf_addc(out, *p++);
    }
}

/* the value one row contributes: a column, a product, a duration */
static void row_value(const ectx *x, buf *out, const query *q)
{
    if (q->measure && x->cat->sem) {
        buf_addc(out, '(');
        measure_sql(x, out, &x->cat->sem->measures[q->measure - 1]);
        buf_addc(out, ')');
        return;
    }
    if (q->dur) {
        static const char *const scale[] = {"", "", " * 24", " * 1440", " / 365.25"};
        static const char *const pscale[] = {"", " / 86400.0", " / 3600.0", " / 60.0",
                                             " / 31557600.0"};
        buf_add(out, "(");
        if (x->postgres)
            buf_add(out, "EXTRACT(EPOCH FROM ");
        if (q->dur_ref[0]) {
            date_value(x, out, q->m1, q->dur_ref);
            buf_add(out, " - ");
            date_value(x, out, q->m1, NULL);
        } else {
            date_value(x, out, q->m1, NULL);
            buf_add(out, " - ");
            date_value(x, out, q->m2, NULL);
        }
        if (x->postgres)
            buf_addc(out, ')');
        buf_addc(out, ')');
        buf_add(out, x->postgres ? pscale[q->dur] : scale[q->dur]);
        return;
    }
    if (q->nulls_zero && q->m2.c < 0) {
        buf_add(out, "COALESCE(");
        col(x, out, q->m1);
        buf_add(out, ", 0)");
        return;
    }
    col(x, out, q->m1);
    if (q->m2.c >= 0) {
        buf_add(out, " * ");
        col(x, out, q->m2);
    }
    if (q->unit_div > 1)   /* seconds in minutes: never an integer division */
        buf_printf(out, " / %.1f", q->unit_div);
    else if (q->unit_div > 0)
        buf_printf(out, " * %.1f", 1 / q->unit_div);
}

static void emit_cond(const ectx *x, buf *out, const query *q);

static void plain_measure(const ectx *x, buf *out, const query *q, int fan)
{
    const cat_table *bt = &x->cat->tables[q->base];
    if (q->measure && x->cat->sem && x->cat->sem->measures[q->measure - 1].aggregate &&
        q->agg != AGG_COUNT && q->agg != AGG_COUNT_DISTINCT) {
        measure_sql(x, out, &x->cat->sem->measures[q->measure - 1]);
        return;
    }
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
    case AGG_MEDIAN:   /* PostgreSQL; SQLite's form is emit_median */
        buf_add(out, "percentile_cont(0.5) WITHIN GROUP (ORDER BY ");
        break;
    default: break;
    }
    row_value(x, out, q);
    if (q->agg != AGG_NONE)
        buf_addc(out, ')');
}

static void measure_expr(const ectx *x, buf *out, const query *q, int fan)
{
    if (q->pct == PCT_RATE && !q->list && q->m1.c >= 0 && q->agg == AGG_SUM) {
        /* "what percentage of its revenue came from OTA bookings": the part
         * of the sum over the rows meeting the condition */
        buf_add(out, "100.0 * SUM(CASE WHEN ");
        emit_cond(x, out, q);
        buf_add(out, " THEN ");
        row_value(x, out, q);
        buf_add(out, " ELSE 0 END) / SUM(");
        row_value(x, out, q);
        buf_addc(out, ')');
        return;
    }
    if (q->pct == PCT_RATE && !q->list) {
        buf_add(out, "100.0 * SUM(CASE WHEN ");
        emit_cond(x, out, q);
        buf_add(out, " THEN 1 ELSE 0 END) / COUNT(*)");
        return;
    }
    if (q->pct == PCT_SHARE && !q->list) {
        buf_add(out, "100.0 * ");
        plain_measure(x, out, q, fan);
        buf_add(out, " / SUM(");
        plain_measure(x, out, q, fan);
        buf_add(out, ") OVER ()");
        return;
    }
    plain_measure(x, out, q, fan);
}

static const char *op_text(q_op op)
{
    static const char *const t[] = {" = ", " <> ", " > ", " >= ", " < ", " <= ", " IS NULL",
                                    " IS NOT NULL", " IN ", "", ""};
    return t[op];
}

static void emit_filter_value(buf *out, const qfilter *f)
{
    if (f->op == OP_NULL || f->op == OP_NOTNULL)
        return;
    if (f->is_num) {
        emit_number(out, f->num);
    } else if (f->op == OP_IN) {
        buf_addc(out, '(');
        emit_string(out, f->text);
        for (int i = 0; i < f->nmore; i++) {
            buf_add(out, ", ");
            emit_string(out, f->more[i]);
        }
        buf_addc(out, ')');
    } else {
        emit_string(out, f->text);
    }
}

/* one filter as a boolean expression */
static void emit_one(const ectx *x, buf *out, const qfilter *f)
{
    if (f->op == OP_EXISTS || f->op == OP_NOTEXISTS) {
        const cat_table *st = &x->cat->tables[f->sub];
        int fk = -1;
        for (size_t c = 0; c < st->ncols && fk < 0; c++)
            if (st->cols[c].ref_t == f->col.t)
                fk = (int)c;
        buf_add(out, f->op == OP_NOTEXISTS ? "NOT EXISTS (SELECT 1 FROM " : "EXISTS (SELECT 1 FROM ");
        emit_ident(out, st->name);
        buf_add(out, " x_ WHERE x_.");
        emit_ident(out, fk >= 0 ? st->cols[fk].name : "id");
        buf_add(out, " = ");
        col(x, out, f->col);
        buf_addc(out, ')');
        return;
    }
    if ((f->cmp_col == 2 || f->cmp_col == 3) && f->col2.t == f->col.t && f->col2.c >= 0 &&
        f->op >= OP_EQ && f->op <= OP_LE) {
        /* days from col2 to col (2) or to the date in text (3) */
        buf_addc(out, '(');
        if (x->postgres)
            buf_add(out, "EXTRACT(EPOCH FROM ");
        date_value(x, out, f->col, f->cmp_col == 3 ? f->text : NULL);
        buf_add(out, " - ");
        date_value(x, out, f->col2, NULL);
        buf_add(out, x->postgres ? ") / 86400.0)" : ")");
        buf_add(out, op_text(f->op));
        emit_number(out, f->num);
        return;
    }
    if (f->cmp_col == 1 && f->col2.t == f->col.t && f->col2.c >= 0 && f->op >= OP_EQ && f->op <= OP_LE) {
        /* two dates of the row, by day: a timestamp against a due date */
        for (int side = 0; side < 2; side++) {
            buf_add(out, x->postgres ? "(" : "date(");
            col(x, out, side ? f->col2 : f->col);
            buf_add(out, x->postgres ? ")::date" : ")");
            if (!side)
                buf_add(out, op_text(f->op));
        }
        return;
    }
    if (f->via && x->r2alias[0] && f->via == x->r2fk) {   /* "to Denver": the second copy */
        buf_printf(out, "%s.", x->r2alias);
        emit_ident(out, x->cat->tables[f->col.t].cols[f->col.c].name);
    } else {
        col(x, out, f->col);
    }
    buf_add(out, op_text(f->op));
    if (f->is_num && (f->op == OP_EQ || f->op == OP_NE) && (f->num == 0 || f->num == 1) &&
        x->cat->tables[f->col.t].cols[f->col.c].kind == COL_BOOL)
        buf_add(out, f->num ? "TRUE" : "FALSE");   /* never a number in PostgreSQL */
    else
        emit_filter_value(out, f);
}

static void emit_cond(const ectx *x, buf *out, const query *q)
{
    int first = 1;
    for (int i = 0; i < q->nf; i++) {
        if (!q->f[i].cond)
            continue;
        if (!first)
            buf_add(out, " AND ");
        first = 0;
        emit_one(x, out, &q->f[i]);
    }
    if (first)
        buf_add(out, "1 = 1");
}

static void emit_where(const ectx *x, buf *out, const query *q)
{
    int first = 1;
    for (int i = 0; i < q->nf; i++) {
        if (q->f[i].having || (q->f[i].cond && q->pct == PCT_RATE && !q->list))
            continue;
        buf_add(out, first ? "\nWHERE " : "\n  AND ");
        first = 0;
        emit_one(x, out, &q->f[i]);
    }
    /* a month column ('YYYY-MM') compares with the months of the range's
     * ends (read_time declines a range that does not start on the 1st) */
    int month = q->tcol.c >= 0 && x->cat->tables[q->tcol.t].cols[q->tcol.c].kind == COL_MONTH;
    if (q->tcol.c >= 0 && q->nparts >= 2) {   /* "2022 vs 2024": each period, not the years between */
        buf_add(out, first ? "\nWHERE (" : "\n  AND (");
        for (int p = 0; p < q->nparts; p++) {
            buf_add(out, p ? " OR (" : "(");
            col(x, out, q->tcol);
            buf_printf(out, " >= '%.*s' AND ", month ? 7 : 10, q->parts[p][0]);
            col(x, out, q->tcol);
            buf_printf(out, " < '%.*s')", month ? 7 : 10, q->parts[p][1]);
        }
        buf_addc(out, ')');
        return;
    }
    if (q->tcol.c >= 0 && q->from[0]) {
        buf_add(out, first ? "\nWHERE " : "\n  AND ");
        first = 0;
        col(x, out, q->tcol);
        buf_printf(out, " >= '%.*s'", month ? 7 : 10, q->from);
    }
    if (q->tcol.c >= 0 && q->to[0]) {
        buf_add(out, first ? "\nWHERE " : "\n  AND ");
        first = 0;
        col(x, out, q->tcol);
        buf_printf(out, " < '%.*s'", month ? 7 : 10, q->to);
    }
    if (q->bucket && q->tcol.c >= 0 && !q->from[0] && !q->to[0] &&
        !x->cat->tables[q->tcol.t].cols[q->tcol.c].notnull) {
        /* a time series over a date that may be empty: no period for those rows */
        buf_add(out, first ? "\nWHERE " : "\n  AND ");
        col(x, out, q->tcol);
        buf_add(out, " IS NOT NULL");
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
    int deepest = 0;   /* the joins nearest first, down to the deepest table needed */
    for (size_t t = 0; t < cat->ntables; t++)
        if (need[t] && depth[t] > deepest)
            deepest = depth[t];
    for (int d = 1; d <= deepest; d++) {
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
    if (x->ralias[0]) {   /* the self-join: employees m ON m.id = e.manager_id */
        const cat_column *fk = &cat->tables[q->role_t].cols[q->role_fk - 1];
        buf_add(out, "\nJOIN ");
        emit_ident(out, cat->tables[q->role_t].name);
        buf_printf(out, " %s ON %s.", x->ralias, x->ralias);
        emit_ident(out, cat->tables[q->role_t].cols[fk->ref_c].name);
        buf_printf(out, " = %s.", x->alias[q->role_t]);
        emit_ident(out, fk->name);
    }
    if (x->r2alias[0]) {   /* flights f JOIN airports d ON d.id = f.dest_airport_id */
        const cat_column *fk = &cat->tables[q->role_t].cols[q->role2_fk - 1];
        buf_add(out, "\nJOIN ");
        emit_ident(out, cat->tables[fk->ref_t].name);
        buf_printf(out, " %s ON %s.", x->r2alias, x->r2alias);
        emit_ident(out, cat->tables[fk->ref_t].cols[fk->ref_c].name);
        buf_printf(out, " = %s.", x->alias[q->role_t]);
        emit_ident(out, fk->name);
    }
}

/* Joins table e.b along edge e (from e.a, already on a path from the base)
 * rather than along the cheapest path, unless e.a is itself reached through
 * e.b; then the depths of the tables below e.b follow. */
static void pin_edge(const catalog *cat, jedge e, jedge *parent, int *depth)
{
    if (depth[e.a] < 0 || depth[e.b] <= 0)
        return;
    for (int t = e.a, k = 0; depth[t] > 0 && k < (int)cat->ntables; t = parent[t].a, k++)
        if (t == e.b)
            return;
    parent[e.b] = e;
    /* each table's depth: the steps of its chain of parents */
    for (size_t t = 0; t < cat->ntables; t++) {
        if (depth[t] <= 0)
            continue;
        int d = 0;
        for (int u = (int)t; depth[u] != 0 && d <= (int)cat->ntables; u = parent[u].a)
            d++;
        depth[t] = d;
    }
}

/* A foreign key named by its role: the join into the referenced table goes
 * along it (BFS takes the first key); returns 1 for a key into its own
 * table, which is joined a second time under its own alias. */
static int role_edge(const catalog *cat, const query *q, jedge *parent, int *depth)
{
    if (q->role_fk <= 0 || q->role_t < 0 || (size_t)q->role_t >= cat->ntables ||
        q->role_fk > (int)cat->tables[q->role_t].ncols)
        return 0;
    const cat_column *fk = &cat->tables[q->role_t].cols[q->role_fk - 1];
    int ref = fk->ref_t;
    if (ref < 0 || fk->ref_c < 0)
        return 0;
    if (ref == q->role_t)
        return 1;
    pin_edge(cat, (jedge){q->role_t, q->role_fk - 1, ref, fk->ref_c, 0}, parent, depth);
    return 0;
}

/* A grouping by a key shown by a label of the table it references
 * (students.majorId shown by departments.name): that table is joined along
 * the key. */
static void key_dim_edges(const catalog *cat, const query *q, jedge *parent, int *depth)
{
    for (int i = 0; i < q->ndims; i++) {
        qcol d = q->dims[i], l = q->labels[i];
        if (d.c < 0 || l.c < 0 || l.t == d.t)
            continue;
        const cat_column *fk = &cat->tables[d.t].cols[d.c];
        if (fk->ref_t == l.t && fk->ref_c >= 0)
            pin_edge(cat, (jedge){d.t, d.c, l.t, fk->ref_c, 0}, parent, depth);
    }
}

/* A short alias for the table joined along key fk of table t ("o" for
 * origin_id), clashing with no other alias nor keyword. */
static void role_alias(const catalog *cat, int t, int fk, char (*alias)[8], char *out)
{
    const char *n = cat->tables[t].cols[fk].name;
    for (int k = 1; k <= 3; k++) {
        snprintf(out, 8, "%.*s", k, n);
        for (char *p = out; *p; p++)
            *p = (char)tolower((unsigned char)*p);
        int clash = !isalpha((unsigned char)out[0]);
        for (size_t u = 0; u < cat->ntables; u++)
            clash |= strcmp(alias[u], out) == 0;
        for (size_t i = 0; reserved[i]; i++)
            clash |= strcmp(reserved[i], out) == 0;
        if (!clash)
            return;
    }
    snprintf(out, 8, "r2_");
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
        if (!(q->f[i].via && q->f[i].via == q->role2_fk))   /* joined on its own (emit_from) */
            cols[n++] = q->f[i].col;
    need[q->base] = 1;
    if (q->role2_fk > 0) {
        if (q->role_t < 0 || (size_t)q->role_t >= cat->ntables || depth[q->role_t] < 0)
            return -1;
        need_table(need, parent, depth, q->role_t);
    }
    const sem_measure *me = q->measure && cat->sem ? &cat->sem->measures[q->measure - 1] : NULL;
    for (int i = 0; me && i < me->nrefs; i++) {
        if (depth[me->refs[i][0]] < 0)
            return -1;
        need_table(need, parent, depth, me->refs[i][0]);
    }
    for (int i = 0; i < n; i++) {
        if (cols[i].c < 0 || cols[i].t < 0)
            continue;
        if ((size_t)cols[i].t >= cat->ntables || depth[cols[i].t] < 0)
            return -1;
        need_table(need, parent, depth, cols[i].t);
    }
    return 0;
}

/* Does column c of table t hold a short code naming its rows (code, sku,
 * iso_code, course_code in courses)? */
static int code_col(const cat_table *t, int c)
{
    static const char *const codes[] = {"code", "sku", "iso", "iso_code", "iso2", "iso3",
                                        "abbreviation", "abbr", "symbol", "ticker", "iata", "icao",
                                        "iata_code", "icao_code", NULL};
    const cat_column *col = &t->cols[c];
    if (col->kind != COL_TEXT || col->ref_t >= 0 || col->pk)
        return 0;
    for (int k = 0; codes[k]; k++)
        if (!strcasecmp(col->name, codes[k]))
            return 1;
    size_t n = strlen(col->name), k = strlen(t->name);
    if (n > 5 && (!strcasecmp(col->name + n - 5, "_code") || !strcmp(col->name + n - 4, "Code")))
        n -= col->name[n - 5] == '_' ? 5 : 4;   /* course_code, courseCode: named for its table */
    else
        return 0;
    return n >= 3 && strncasecmp(col->name, t->name, n < k ? n : k) == 0;
}

/* The column shown beside entity i's label: a person's last name beside
 * the first (first_name, firstName, given_name -> last_name, lastName,
 * surname), an entity's short code beside its name or title (courses.code
 * beside courses.title); -1 when none. Only for an entity's label (not the
 * key itself). */
static int beside_col(const catalog *cat, const query *q, int i)
{
    qcol l = q->labels[i];
    if (l.c < 0 || (l.c == q->dims[i].c && l.t == q->dims[i].t))
        return -1;
    const cat_table *t = &cat->tables[l.t];
    int last = -1;
    if (ground_person_name(t, &last) == l.c)
        return last;
    if (t->cols[l.c].kind != COL_TEXT || code_col(t, l.c))
        return -1;
    for (size_t c = 0; c < t->ncols; c++)
        if ((int)c != l.c && code_col(t, (int)c))
            return (int)c;
    return -1;
}

/* Column c of label l's table, read from the copy l is read from (the
 * manager's last name beside the manager's first name in a self-join). */
static void col_beside(const ectx *x, buf *out, qcol l, int c)
{
    ectx y = *x;
    if (l.t == x->rt && l.c >= 0 && l.c < 32 && (x->rcols >> l.c & 1) && c < 32)
        y.rcols |= 1u << c;
    col(&y, out, (qcol){l.t, c});
}

static void emit_dims_select(const ectx *x, buf *out, const query *q, int *first)
{
    for (int i = 0; i < q->ndims; i++) {
        if (!*first)
            buf_add(out, ", ");
        *first = 0;
        qcol shown = q->labels[i].c >= 0 ? q->labels[i] : q->dims[i];
        int bc = beside_col(x->cat, q, i), code = bc >= 0 && code_col(&x->cat->tables[shown.t], bc);
        if (code) {   /* courses.code, courses.title */
            col_beside(x, out, shown, bc);
            if (q->per_group)
                buf_printf(out, " AS b%d_", i);
            buf_add(out, ", ");
        }
        col(x, out, shown);
        if (q->per_group)
            buf_printf(out, " AS g%d_", i);
        if (bc >= 0 && !code) {   /* first_name, last_name */
            buf_add(out, ", ");
            col_beside(x, out, shown, bc);
            if (q->per_group)
                buf_printf(out, " AS b%d_", i);
        }
        if (q->per_group) {
            if (shown.c != q->dims[i].c || shown.t != q->dims[i].t) {
                buf_add(out, ", ");    /* the key: two groups may share a label */
                col(x, out, q->dims[i]);
                buf_printf(out, " AS k%d_", i);
            }
        }
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
        if (q->labels[i].c >= 0 && (q->labels[i].c != q->dims[i].c || q->labels[i].t != q->dims[i].t)) {
            buf_add(out, ", ");
            col(x, out, q->labels[i]);
        }
        int ln = beside_col(x->cat, q, i);
        if (ln >= 0) {
            buf_add(out, ", ");
            col_beside(x, out, q->labels[i], ln);
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

static int emit_plain(const catalog *cat, const query *q, int postgres, buf *out);

/* WHERE on the named buckets of a wrapped query: the periods from the
 * asked range's first on (q->from set). */
static void from_first_period(const catalog *cat, const query *q, int postgres, buf *out)
{
    switch (q->bucket) {
    case BK_DAY: buf_printf(out, "\nWHERE day >= '%.10s'", q->from); break;
    case BK_MONTH: buf_printf(out, "\nWHERE month >= '%.7s'", q->from); break;
    case BK_YEAR: buf_printf(out, "\nWHERE year >= '%.4s'", q->from); break;
    case BK_QUARTER:
        buf_printf(out, "\nWHERE year > '%.4s' OR (year = '%.4s' AND quarter >= %d)", q->from,
                   q->from, (atoi(q->from + 5) + 2) / 3);
        break;
    case BK_WEEK: {
        ectx wx = {cat, postgres, 0, NULL, "", -1, 0, "", 0};
        buf_add(out, "\nWHERE week >= ");
        week_start(&wx, out, q->tcol, q->from);
        break;
    }
    default: break;
    }
}

/* Period over period: the grouped query one period wider, then each
 * bucket's % change from the one before (LAG), from the asked range on. */
static int emit_growth(const catalog *cat, const query *q, int postgres, buf *out)
{
    query in = *q;
    in.growth = BK_NONE;
    in.limit = 0;
    in.asc = 0;
    if (q->from[0]) {
        int y = atoi(q->from), m = atoi(q->from + 5), d = atoi(q->from + 8);
        switch (q->growth) {
        case BK_DAY: d -= 1; break;
        case BK_WEEK: d -= 7 + time_weekday(y, m, d); break;   /* the Monday a week before */
        case BK_MONTH: m -= 1; break;
        case BK_QUARTER: m -= 3; break;
        case BK_YEAR: y -= 1; break;
        default: break;
        }
        time_fmt(in.from, y, m, d);
    }
    buf inner;
    buf_init(&inner);
    if (emit_plain(cat, &in, postgres, &inner) < 0 || inner.oom) {
        buf_free(&inner);
        return -1;
    }
    const char *b = bucket_name(q->bucket);
    const char *v = q->alias[0] ? q->alias : "value";
    char order[64];
    snprintf(order, sizeof order, "%s%s", q->bucket == BK_QUARTER ? "year, " : "", b);
    buf part;
    buf_init(&part);
    for (int i = 0; i < q->ndims; i++) {
        qcol shown = q->labels[i].c >= 0 ? q->labels[i] : q->dims[i];
        buf_add(&part, i ? ", " : "PARTITION BY ");
        emit_ident(&part, cat->tables[shown.t].cols[shown.c].name);
    }
    if (part.len)
        buf_addc(&part, ' ');
    buf_add(out, "WITH m AS (\n");
    buf_add(out, buf_str(&inner));
    buf_add(out, "\n), g AS (\nSELECT ");
    for (int i = 0; i < q->ndims; i++) {
        qcol shown = q->labels[i].c >= 0 ? q->labels[i] : q->dims[i];
        emit_ident(out, cat->tables[shown.t].cols[shown.c].name);
        buf_add(out, ", ");
    }
    buf_printf(out, "%s, 100.0 * (", order);
    emit_ident(out, v);
    buf_printf(out, " - LAG(");
    emit_ident(out, v);
    buf_printf(out, ") OVER (%sORDER BY %s)) / LAG(", buf_str(&part), order);
    emit_ident(out, v);
    /* the range applies after LAG has seen the period before it */
    buf_printf(out, ") OVER (%sORDER BY %s) AS %s_change_pct\nFROM m\n)\nSELECT *\nFROM g",
               buf_str(&part), order, b);
    buf_free(&part);
    buf_free(&inner);
    if (q->from[0])
        from_first_period(cat, q, postgres, out);
    buf_printf(out, "\nORDER BY %s", order);
    if (q->limit > 0)
        buf_printf(out, "\nLIMIT %d", q->limit);
    return out->oom ? -1 : 0;
}

/* Top-1 per group: the grouped query, each row numbered within its
 * partition by the measure, the first kept. */
static int emit_per_group(const catalog *cat, const query *q, int postgres, buf *out)
{
    query in = *q;
    in.limit = 0;
    buf inner;
    buf_init(&inner);
    if (emit_plain(cat, &in, postgres, &inner) < 0 || inner.oom) {
        buf_free(&inner);
        return -1;
    }
    int p = q->per_group - 1;
    const char *v = q->alias[0] ? q->alias : "value";
    buf_add(out, "WITH g AS (\n");
    buf_add(out, buf_str(&inner));
    char order[32];   /* the partition: a grouping's key or label, or the period */
    if (q->per_group == Q_PER_BUCKET) {
        snprintf(order, sizeof order, "%s%s", q->bucket == BK_QUARTER ? "year, " : "",
                 bucket_name(q->bucket));
    } else {
        qcol pl = q->labels[p].c >= 0 ? q->labels[p] : q->dims[p];
        snprintf(order, sizeof order, "%c%d_", pl.c != q->dims[p].c || pl.t != q->dims[p].t ? 'k' : 'g', p);
    }
    buf_printf(out, "\n), r AS (SELECT *, ROW_NUMBER() OVER (PARTITION BY %s ORDER BY ", order);
    buf vb;
    buf_init(&vb);
    emit_ident(&vb, v);
    rank_by(out, postgres, q->asc, buf_str(&vb));
    buf_free(&vb);
    buf_add(out, ") AS rn_ FROM g)\nSELECT ");
    const char *names[Q_MAXD];
    for (int i = 0; i < q->ndims; i++) {
        qcol shown = q->labels[i].c >= 0 ? q->labels[i] : q->dims[i];
        int bc = beside_col(cat, q, i), code = bc >= 0 && code_col(&cat->tables[shown.t], bc);
        if (code) {
            buf_printf(out, "b%d_ AS ", i);
            emit_ident(out, cat->tables[shown.t].cols[bc].name);
            buf_add(out, ", ");
        }
        names[i] = cat->tables[shown.t].cols[shown.c].name;
        buf_printf(out, "g%d_ AS ", i);
        if (i && !strcmp(names[i], names[0])) {
            char two[160];
            snprintf(two, sizeof two, "%s_%s", cat->tables[shown.t].name, names[i]);
            emit_ident(out, two);
        } else {
            emit_ident(out, names[i]);
        }
        buf_add(out, ", ");
        if (bc >= 0 && !code) {
            buf_printf(out, "b%d_ AS ", i);
            emit_ident(out, cat->tables[shown.t].cols[bc].name);
            buf_add(out, ", ");
        }
    }
    if (q->bucket)   /* the period chosen in each group */
        buf_printf(out, "%s%s, ", q->bucket == BK_QUARTER ? "year, " : "", bucket_name(q->bucket));
    emit_ident(out, v);
    if (q->per_group == Q_PER_BUCKET)
        buf_printf(out, "\nFROM r\nWHERE rn_ = 1\nORDER BY %s", order);
    else
        buf_printf(out, "\nFROM r\nWHERE rn_ = 1\nORDER BY g%d_", p);
    buf_free(&inner);
    return out->oom ? -1 : 0;
}

/* The name a median's inner query gives group i's shown column (see
 * emit_median): its own name, the table's name before it when two groups
 * share one, g<i>_ for a top-1-per-group query (emit_per_group's names). */
static void median_name(const catalog *cat, const query *q, int i, char *out, size_t n)
{
    qcol shown = q->labels[i].c >= 0 ? q->labels[i] : q->dims[i];
    const char *name = cat->tables[shown.t].cols[shown.c].name;
    if (q->per_group) {
        snprintf(out, n, "g%d_", i);
        return;
    }
    int clash = !strcmp(name, "v_") || !strcmp(name, "rn_") || !strcmp(name, "n_") ||
                !strcmp(name, "c_") || (q->bucket && (!strcmp(name, bucket_name(q->bucket)) ||
                                                      !strcmp(name, "year")));
    for (int j = 0; j < i; j++) {
        qcol o = q->labels[j].c >= 0 ? q->labels[j] : q->dims[j];
        clash |= !strcmp(cat->tables[o.t].cols[o.c].name, name);
    }
    if (clash)
        snprintf(out, n, "%s_%s", cat->tables[shown.t].name, name);
    else
        snprintf(out, n, "%s", name);
}

/* A median's inner query (SQLite): each row's group columns, its value v_,
 * its place rn_ among its group's values (NULLs last), the number n_ of
 * values in its group, and, for a HAVING on the count, the group's rows c_. */
static void median_inner_select(const ectx *x, buf *out, const query *q)
{
    buf part;
    buf_init(&part);
    for (int i = 0; i < q->ndims; i++) {
        char name[160];
        median_name(x->cat, q, i, name, sizeof name);
        qcol shown = q->labels[i].c >= 0 ? q->labels[i] : q->dims[i];
        col(x, out, shown);
        if (x->multi || strcmp(name, x->cat->tables[shown.t].cols[shown.c].name)) {
            buf_add(out, " AS ");
            emit_ident(out, name);
        }
        if (shown.c != q->dims[i].c || shown.t != q->dims[i].t) {
            buf_add(out, ", ");
            col(x, out, q->dims[i]);
            buf_printf(out, " AS k%d_", i);
        }
        int bc = beside_col(x->cat, q, i);
        if (bc >= 0) {   /* the last name, the code: b<i>_ (emit_median) */
            buf_add(out, ", ");
            col_beside(x, out, shown, bc);
            buf_printf(out, " AS b%d_", i);
        }
        buf_add(out, ", ");
        buf_add(&part, part.len ? ", " : "PARTITION BY ");
        col(x, &part, q->dims[i]);
    }
    if (q->bucket) {
        if (q->bucket == BK_QUARTER) {
            bucket_expr(x, out, q, 1);
            buf_add(out, " AS year, ");
            buf_add(&part, part.len ? ", " : "PARTITION BY ");
            bucket_expr(x, &part, q, 1);
        }
        bucket_expr(x, out, q, 0);
        buf_printf(out, " AS %s, ", bucket_name(q->bucket));
        buf_add(&part, part.len ? ", " : "PARTITION BY ");
        bucket_expr(x, &part, q, 0);
    }
    row_value(x, out, q);
    buf_add(out, " AS v_,\n  ROW_NUMBER() OVER (");
    if (part.len) {
        buf_add(out, buf_str(&part));
        buf_addc(out, ' ');
    }
    buf_add(out, "ORDER BY ");
    row_value(x, out, q);
    buf_add(out, " IS NULL, ");
    row_value(x, out, q);
    buf_add(out, ") AS rn_,\n  COUNT(");
    row_value(x, out, q);
    buf_printf(out, ") OVER (%s) AS n_", buf_str(&part));
    for (int i = 0; i < q->nf; i++)
        if (q->f[i].having == 2) {   /* "with more than 10 products": the group's rows */
            buf_printf(out, ", COUNT(*) OVER (%s) AS c_", buf_str(&part));
            break;
        }
    buf_free(&part);
}

static int emit_select(const catalog *cat, const query *q, int postgres, int median_inner, buf *out);

/* The median in SQLite, which has no median function: the rows numbered
 * within their group by the value (a window), then the mean of the middle
 * one or two of each group's non-NULL values, grouped as the question asks. */
static int emit_median(const catalog *cat, const query *q, buf *out)
{
    buf inner;
    buf_init(&inner);
    if (emit_select(cat, q, 0, 1, &inner) < 0 || inner.oom) {
        buf_free(&inner);
        return -1;
    }
    int grouped = q->ndims > 0 || q->bucket;
    const char *v = q->alias[0] ? q->alias : "value";
    if (q->count_groups && grouped) {
        buf_add(out, "SELECT COUNT(*) AS ");
        emit_ident(out, cat->tables[q->dims[0].t].name);
        buf_add(out, " FROM (\n");
    }
    buf select, group;
    buf_init(&select);
    buf_init(&group);
    for (int i = 0; i < q->ndims; i++) {
        char name[160];
        median_name(cat, q, i, name, sizeof name);
        qcol shown = q->labels[i].c >= 0 ? q->labels[i] : q->dims[i];
        int key = shown.c != q->dims[i].c || shown.t != q->dims[i].t;
        emit_ident(&select, name);
        buf_add(&select, ", ");
        int bc = beside_col(cat, q, i);
        if (bc >= 0) {   /* beside the label: its last name or code */
            buf_printf(&select, "b%d_ AS ", i);
            emit_ident(&select, cat->tables[shown.t].cols[bc].name);
            buf_add(&select, ", ");
            buf_printf(&group, "%sb%d_", group.len ? ", " : "", i);
        }
        if (key && q->per_group)
            buf_printf(&select, "k%d_, ", i);
        if (group.len)
            buf_add(&group, ", ");
        if (key)
            buf_printf(&group, "k%d_, ", i);
        emit_ident(&group, name);
    }
    if (q->bucket) {
        const char *b = q->bucket == BK_QUARTER ? "year, quarter" : bucket_name(q->bucket);
        buf_printf(&select, "%s, ", b);
        buf_printf(&group, "%s%s", group.len ? ", " : "", b);
    }
    buf_printf(out, "SELECT %sAVG(v_) AS ", buf_str(&select));
    emit_ident(out, v);
    buf_printf(out, "\nFROM (\n%s\n) AS m_\nWHERE rn_ IN ((n_ + 1) / 2, (n_ + 2) / 2)", buf_str(&inner));
    if (grouped)
        buf_printf(out, "\nGROUP BY %s", buf_str(&group));
    buf_free(&select);
    buf_free(&group);
    buf_free(&inner);
    int hfirst = 1;
    for (int i = 0; i < q->nf; i++) {
        if (!q->f[i].having)
            continue;
        buf_add(out, hfirst ? "\nHAVING " : " AND ");
        hfirst = 0;
        buf_add(out, q->f[i].having == 2 ? "MAX(c_)" : "AVG(v_)");
        buf_add(out, op_text(q->f[i].op));
        emit_filter_value(out, &q->f[i]);
    }
    if (q->count_groups && grouped) {
        buf_add(out, "\n) AS g");
    } else if (q->limit > 0 || grouped) {
        buf_add(out, "\nORDER BY ");
        if (q->bucket && q->limit == 0) {
            if (q->bucket == BK_QUARTER)
                buf_add(out, "year, ");
            buf_add(out, bucket_name(q->bucket));
        } else {
            buf vb;
            buf_init(&vb);
            emit_ident(&vb, v);
            rank_by(out, 0, q->asc, buf_str(&vb));
            buf_free(&vb);
        }
        if (q->limit > 0)
            buf_printf(out, "\nLIMIT %d", q->limit);
    }
    return out->oom ? -1 : 0;
}

/* The column the groups are ordered by (query.h chrono): a date of the
 * grouped rows' table, or the grouping column itself; or -1. */
static int chrono_col(const catalog *cat, const query *q)
{
    if (!q->chrono || q->ndims < 1 || q->limit || q->dims[0].t < 0)
        return -1;
    const cat_table *t = &cat->tables[q->dims[0].t];
    if (q->chrono > (int)t->ncols)
        return -1;
    col_kind k = t->cols[q->chrono - 1].kind;
    return k == COL_DATE || k == COL_DATETIME || q->chrono - 1 == q->dims[0].c ? q->chrono - 1 : -1;
}

/* How t is reached from the base: EMIT_FANS when a step goes from a
 * table to rows that refer to it, EMIT_SHARED when such a step follows one
 * up a key (trips to their bike, then to the bike's maintenance jobs). */
static int reach_of(const jedge *parent, const int *depth, int t)
{
    int down_after = 0, how = 0;
    for (int x = t; depth[x] > 0; x = parent[x].a) {
        if (parent[x].fanout) {
            down_after = 1;
            how |= EMIT_FANS;
        } else if (down_after) {
            how |= EMIT_SHARED;
        }
    }
    return how;
}

int emit_tables(const catalog *cat, const query *q, unsigned char *read)
{
    size_t n = cat->ntables;
    jedge *parent = calloc(n, sizeof *parent);
    int *depth = calloc(n, sizeof *depth), *need = calloc(n, sizeof *need);
    int rc = -1;
    if (parent && depth && need && q->base >= 0 && (size_t)q->base < n) {
        joins_bfs(cat, q->base, parent, depth);
        role_edge(cat, q, parent, depth);
        key_dim_edges(cat, q, parent, depth);
        rc = mark_needed(cat, q, parent, depth, need);
        for (size_t t = 0; rc == 0 && t < n; t++)
            read[t] = need[t] ? (unsigned char)(EMIT_READ | reach_of(parent, depth, (int)t)) : 0;
        for (int i = 0; rc == 0 && i < q->nf; i++)   /* EXISTS: the table counted in */
            if (q->f[i].op >= OP_EXISTS && q->f[i].sub >= 0 && (size_t)q->f[i].sub < n && !read[q->f[i].sub])
                read[q->f[i].sub] = EMIT_READ;
    }
    free(parent);
    free(depth);
    free(need);
    return rc;
}

static int emit_plain(const catalog *cat, const query *q, int postgres, buf *out)
{
    if (q->agg == AGG_MEDIAN && !postgres && !q->list && !q->pct)
        return emit_median(cat, q, out);
    return emit_select(cat, q, postgres, 0, out);
}

static int emit_select(const catalog *cat, const query *q, int postgres, int median_inner, buf *out)
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
    int self = role_edge(cat, q, parent, depth);
    key_dim_edges(cat, q, parent, depth);
    if (mark_needed(cat, q, parent, depth, need) < 0)
        goto done;
    int ntab = 0;
    for (size_t t = 0; t < n; t++)
        ntab += need[t];
    make_aliases(cat, need, alias);
    int sub = 0;
    for (int i = 0; i < q->nf; i++)
        sub |= q->f[i].op == OP_EXISTS || q->f[i].op == OP_NOTEXISTS;
    int rused = self && q->role_cols && need[q->role_t];
    int r2used = 0;   /* filters along the second key (query.h role2_fk) */
    if (q->role2_fk > 0 && q->role2_fk <= (int)cat->tables[q->role_t].ncols &&
        cat->tables[q->role_t].cols[q->role2_fk - 1].ref_t >= 0 &&
        cat->tables[q->role_t].cols[q->role2_fk - 1].ref_t != q->role_t &&
        cat->tables[q->role_t].cols[q->role2_fk - 1].ref_c >= 0)
        for (int i = 0; i < q->nf; i++)
            r2used |= q->f[i].via == q->role2_fk;
    ectx x = {cat, postgres, ntab > 1 || sub || rused || r2used, alias, "", q->role_t, q->role_cols,
              "", q->role2_fk};
    if (rused)
        role_alias(cat, q->role_t, q->role_fk - 1, alias, x.ralias);
    else if (q->role_fk > 0 && !self) {   /* flights JOIN airports o ON o.id = f.origin_id */
        int ref = cat->tables[q->role_t].cols[q->role_fk - 1].ref_t;
        if (need[ref] && ref != q->base && parent[ref].a == q->role_t &&
            parent[ref].ac == q->role_fk - 1) {
            char ra[8];
            alias[ref][0] = '\0';
            role_alias(cat, q->role_t, q->role_fk - 1, alias, ra);
            strcpy(alias[ref], ra);
        }
    }
    if (r2used)
        role_alias(cat, q->role_t, q->role2_fk - 1, alias, x.r2alias);
    int fan = fanout(q, parent, depth, need, n);
    int grouped = q->ndims > 0 || q->bucket;
    int first = 1;

    if (q->count_groups == 2 && grouped && !q->list && !median_inner) {
        buf_add(out, "SELECT AVG(");   /* the average of the groups' counts */
        emit_ident(out, q->alias);
        buf_add(out, ") AS ");
        emit_ident(out, q->alias);
        buf_add(out, " FROM (\n");
    } else if (q->count_groups && grouped && !q->list && !median_inner) {
        buf_add(out, "SELECT COUNT(*) AS ");
        emit_ident(out, x.cat->tables[q->dims[0].t].name);
        buf_add(out, " FROM (\n");
    }
    buf_add(out, "SELECT ");
    if (median_inner) {
        median_inner_select(&x, out, q);
        emit_from(&x, out, q, parent, depth, need);
        emit_where(&x, out, q);
        rc = out->oom ? -1 : 0;
        goto done;
    }
    if (q->list) {
        if (q->ndims == 0 && q->m1.c < 0 && semantic_table_has_hidden(cat->sem, cat, q->base)) {
            /* hidden columns: name the others rather than * */
            const cat_table *bt = &cat->tables[q->base];
            for (size_t c = 0; c < bt->ncols; c++) {
                if (c)
                    buf_add(out, ", ");
                col(&x, out, (qcol){q->base, (int)c});
            }
        } else if (q->ndims == 0 && q->m1.c < 0) {
            /* "guests who stayed at Hotel Aurora": each guest once, however
             * many of the joined rows match */
            if (fan && catalog_primary_key(&cat->tables[q->base]) >= 0)
                buf_add(out, "DISTINCT ");
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
        if (q->xagg) {   /* the second measure (query.h xagg) */
            if (fan)
                goto done;   /* joined rows would repeat its values */
            query xq = *q;
            xq.agg = q->xagg;
            xq.m1 = q->x1;
            xq.m2 = (qcol){-1, -1};
            buf_add(out, ", ");
            plain_measure(&x, out, &xq, fan);
            buf_add(out, " AS ");
            emit_ident(out, q->xalias[0] ? q->xalias : "value2");
        }
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
        if (q->f[i].having == 2)
            buf_add(out, "COUNT(*)");
        else
            measure_expr(&x, out, q, fan);
        buf_add(out, op_text(q->f[i].op));
        emit_filter_value(out, &q->f[i]);
    }
    if (q->count_groups && grouped && !q->list) {
        buf_add(out, "\n) AS g");
    } else if (q->limit > 0 || (grouped && !q->list) || (q->list && q->m1.c >= 0 && q->limit)) {
        if (q->bucket && q->limit == 0) {
            buf_add(out, "\nORDER BY ");
            if (q->bucket == BK_QUARTER)
                buf_add(out, "year, ");
            buf_add(out, bucket_name(q->bucket));
        } else if (chrono_col(cat, q) >= 0 && !q->list) {
            buf_add(out, "\nORDER BY MIN(");   /* one value per group: the group's own row's */
            col(&x, out, (qcol){q->dims[0].t, chrono_col(cat, q)});
            buf_addc(out, ')');
        } else if (q->m1.c >= 0 || q->agg == AGG_COUNT) {
            buf_add(out, "\nORDER BY ");
            buf vb;
            buf_init(&vb);
            if (q->list)
                measure_expr(&x, &vb, q, fan);
            else
                emit_ident(&vb, q->alias[0] ? q->alias : "value");
            rank_by(out, postgres, q->asc, buf_str(&vb));
            buf_free(&vb);
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

/* A running total: the grouped query, then each bucket's value summed with
 * the ones before it (within each group), from the asked range's start. */
static int emit_running(const catalog *cat, const query *q, int postgres, buf *out)
{
    query in = *q;
    in.running = 0;
    in.limit = 0;
    in.asc = 0;
    if (q->running == 2)   /* a level at each period's end: counted from the first row on */
        in.from[0] = '\0';
    buf inner;
    buf_init(&inner);
    if (emit_plain(cat, &in, postgres, &inner) < 0 || inner.oom) {
        buf_free(&inner);
        return -1;
    }
    const char *v = q->alias[0] ? q->alias : "value";
    char order[64], name[48];
    snprintf(order, sizeof order, "%s%s", q->bucket == BK_QUARTER ? "year, " : "", bucket_name(q->bucket));
    snprintf(name, sizeof name, "running_%.30s", v);
    buf part;
    buf_init(&part);
    int level = q->running == 2 && q->from[0];
    buf_add(out, "WITH m AS (\n");
    buf_add(out, buf_str(&inner));
    buf_add(out, level ? "\n), r AS (\nSELECT " : "\n)\nSELECT ");
    for (int i = 0; i < q->ndims; i++) {
        qcol shown = q->labels[i].c >= 0 ? q->labels[i] : q->dims[i];
        emit_ident(out, cat->tables[shown.t].cols[shown.c].name);
        buf_add(out, ", ");
        buf_add(&part, i ? ", " : "PARTITION BY ");
        emit_ident(&part, cat->tables[shown.t].cols[shown.c].name);
    }
    if (part.len)
        buf_addc(&part, ' ');
    buf_printf(out, "%s, SUM(", order);
    emit_ident(out, v);
    buf_printf(out, ") OVER (%sORDER BY %s) AS ", buf_str(&part), order);
    emit_ident(out, name);
    buf_add(out, "\nFROM m");
    buf shown_cols;   /* the groupings shown, then the periods: for the outer SELECT and ORDER BY */
    buf_init(&shown_cols);
    for (int i = 0; i < q->ndims; i++) {
        qcol shown = q->labels[i].c >= 0 ? q->labels[i] : q->dims[i];
        emit_ident(&shown_cols, cat->tables[shown.t].cols[shown.c].name);
        buf_add(&shown_cols, ", ");
    }
    buf_add(&shown_cols, order);
    if (level) {   /* the periods asked, after the sum has seen the ones before */
        buf_printf(out, ")\nSELECT %s, ", buf_str(&shown_cols));
        emit_ident(out, name);
        buf_add(out, "\nFROM r");
        from_first_period(cat, q, postgres, out);
    }
    buf_printf(out, "\nORDER BY %s", buf_str(&shown_cols));
    buf_free(&shown_cols);
    buf_free(&part);
    buf_free(&inner);
    return out->oom ? -1 : 0;
}

int emit_sql(const catalog *cat, const query *q, int postgres, buf *out)
{
    if (q->running && q->bucket && !q->list && !q->count_groups && !q->growth && !q->per_group &&
        !q->pct && (q->agg == AGG_COUNT || q->agg == AGG_SUM))
        return emit_running(cat, q, postgres, out);
    if (q->per_group && q->ndims + (q->bucket != 0) == 2 && !q->list && !q->count_groups && !q->growth)
        return emit_per_group(cat, q, postgres, out);
    if (q->growth && q->bucket && !q->list && !q->count_groups)
        return emit_growth(cat, q, postgres, out);
    return emit_plain(cat, q, postgres, out);
}
