/* reader.c: reads one question: keywords (aggregates, top/bottom N,
 * grouping, comparisons), time, then grounded mentions take roles (measure,
 * counted table, dimension, filter, threshold) and become a query. */
#include "reader.h"

#include <stdio.h>
#include <string.h>
#include <strings.h>
#include "ground.h"
#include "joins.h"
#include "lexicon.h"
#include "timeparse.h"
#include "tokens.h"
#include "util.h"

enum { R_NONE = 0, R_DIM, R_SUBJECT, R_MEASURE, R_FILTER, R_THRESH, R_COUNTED };

typedef struct thresh {
    q_op op;
    double num;
    int pos;          /* token of the number */
    int kwpos;        /* token of the comparative */
    lex_concept con;  /* "cheaper than" -> price */
} thresh;

typedef struct kwscan {
    int kw[TOK_MAX];      /* keyword class per token */
    int count, distinct, sum, avg, max, min, top, bottom, list, group;
    int limit;
    int superlative_pos;
    thresh th[4];
    int nth;
    int nullpos[4];
    int nnull;
    lex_concept super_con;   /* "cheapest" -> price */
} kwscan;

static int is_w(const toks *t, size_t i, const char *w) { return tok_is(t, i, w); }

static void use(toks *t, size_t i, int kw, kwscan *k)
{
    if (i < t->n) {
        t->v[i].used = 1;
        k->kw[i] = kw;
    }
}

/* number right after position i (skipping nothing) */
static int number_at(const toks *t, size_t i, double *v)
{
    if (i < t->n && t->v[i].isnum) {
        *v = t->v[i].num;
        return 1;
    }
    return 0;
}

static int comparative(toks *t, size_t i, q_op *op, size_t *len, lex_concept *con)
{
    static const struct { const char *a, *b; q_op op; lex_concept con; } cmp[] = {
        {"more", "than", OP_GT, CON_NONE}, {"greater", "than", OP_GT, CON_NONE},
        {"larger", "than", OP_GT, CON_NONE}, {"higher", "than", OP_GT, CON_NONE},
        {"bigger", "than", OP_GT, CON_NONE}, {"over", NULL, OP_GT, CON_NONE},
        {"above", NULL, OP_GT, CON_NONE}, {"exceeding", NULL, OP_GT, CON_NONE},
        {"exceeds", NULL, OP_GT, CON_NONE}, {"exceed", NULL, OP_GT, CON_NONE},
        {"at", "least", OP_GE, CON_NONE}, {"minimum", "of", OP_GE, CON_NONE},
        {"less", "than", OP_LT, CON_NONE}, {"fewer", "than", OP_LT, CON_NONE},
        {"lower", "than", OP_LT, CON_NONE}, {"smaller", "than", OP_LT, CON_NONE},
        {"under", NULL, OP_LT, CON_NONE}, {"below", NULL, OP_LT, CON_NONE},
        {"at", "most", OP_LE, CON_NONE}, {"maximum", "of", OP_LE, CON_NONE},
        {"cheaper", "than", OP_LT, CON_PRICE}, {"pricier", "than", OP_GT, CON_PRICE},
        {"longer", "than", OP_GT, CON_DURATION}, {"shorter", "than", OP_LT, CON_DURATION},
        {"equal", "to", OP_EQ, CON_NONE}, {"exactly", NULL, OP_EQ, CON_NONE},
    };
    for (size_t k = 0; k < sizeof cmp / sizeof cmp[0]; k++) {
        if (!is_w(t, i, cmp[k].a))
            continue;
        if (cmp[k].b && !is_w(t, i + 1, cmp[k].b))
            continue;
        *op = cmp[k].op;
        *len = cmp[k].b ? 2 : 1;
        *con = cmp[k].con;
        return 1;
    }
    if (is_w(t, i, "more") && is_w(t, i + 1, "expensive") && is_w(t, i + 2, "than")) {
        *op = OP_GT; *len = 3; *con = CON_PRICE;
        return 1;
    }
    return 0;
}

static int in(const char *w, const char *const *list)
{
    for (; *list; list++)
        if (!strcmp(w, *list))
            return 1;
    return 0;
}

static void scan_keywords(toks *t, kwscan *k)
{
    static const char *const w_sum[] = {"total", "sum", NULL};
    static const char *const w_avg[] = {"average", "avg", "mean", "typical", NULL};
    static const char *const w_max[] = {"maximum", "max", "largest", "biggest", "highest",
                                        "greatest", "longest", "latest", "priciest",
                                        "most", "top", "best", "newest", "recent", NULL};
    static const char *const w_min[] = {"minimum", "min", "smallest", "lowest", "cheapest",
                                        "shortest", "earliest", "least", "fewest", "bottom",
                                        "worst", "oldest", "first", NULL};
    static const char *const w_distinct[] = {"distinct", "different", "unique", NULL};
    static const char *const w_list[] = {"list", "show", "which", "what", "who", "display",
                                         "give", "name", NULL};
    static const char *const w_group[] = {"by", "per", "each", "every", NULL};
    static const char *const w_never[] = {"never", "no", "without", "missing", NULL};
    memset(k, 0, sizeof *k);
    k->superlative_pos = -1;
    for (size_t i = 0; i < t->n; i++) {
        if (t->v[i].used)
            continue;
        const char *w = t->v[i].w;
        q_op op;
        size_t len;
        lex_concept con;
        double v;
        if (is_w(t, i, "how") && is_w(t, i + 1, "many")) {
            k->count = 1;
            use(t, i, KW_COUNT, k);
            use(t, i + 1, KW_COUNT, k);
            i++;
        } else if (is_w(t, i, "number") && is_w(t, i + 1, "of")) {
            k->count = 1;
            use(t, i, KW_COUNT, k);
            use(t, i + 1, KW_COUNT, k);
            i++;
        } else if (!strcmp(w, "count") || !strcmp(w, "volume") || !strcmp(w, "counts")) {
            k->count = 1;
            use(t, i, KW_COUNT, k);
        } else if (comparative(t, i, &op, &len, &con) && i + len < t->n &&
                   number_at(t, i + len, &v) && k->nth < 4) {
            thresh *th = &k->th[k->nth++];
            th->op = op;
            th->num = v;
            th->pos = (int)(i + len);
            th->kwpos = (int)i;
            th->con = con;
            for (size_t j = i; j <= i + len; j++)
                use(t, j, KW_GT, k);
            /* "an hour", units: leave the unit word for the reader */
            i += len;
        } else if (is_w(t, i, "an") && is_w(t, i + 1, "hour") && i > 0 && k->kw[i - 1] == 0) {
            continue;
        } else if (in(w, w_distinct)) {
            k->distinct = 1;
            use(t, i, KW_DISTINCT, k);
        } else if (in(w, w_sum)) {
            k->sum = 1;
            use(t, i, KW_SUM, k);
        } else if (in(w, w_avg)) {
            k->avg = 1;
            use(t, i, KW_AVG, k);
        } else if (in(w, w_max) || (is_w(t, i, "most") && is_w(t, i + 1, "expensive"))) {
            if (!strcmp(w, "most") && is_w(t, i + 1, "expensive")) {
                k->super_con = CON_PRICE;
                use(t, i + 1, KW_MAX, k);
            }
            if (!strcmp(w, "longest"))
                k->super_con = CON_DURATION;
            k->max = 1;
            k->top = 1;
            k->superlative_pos = (int)i;
            use(t, i, KW_MAX, k);
            if (number_at(t, i + 1, &v) && v >= 1 && v <= 1000) {
                k->limit = (int)v;
                use(t, i + 1, KW_MAX, k);
            } else if (i > 0 && t->v[i - 1].isnum && !t->v[i - 1].used) {
                k->limit = (int)t->v[i - 1].num;
                use(t, i - 1, KW_MAX, k);
            }
        } else if (in(w, w_min) || (is_w(t, i, "least") && is_w(t, i + 1, "expensive"))) {
            if (!strcmp(w, "cheapest") || (is_w(t, i, "least") && is_w(t, i + 1, "expensive"))) {
                k->super_con = CON_PRICE;
                if (is_w(t, i + 1, "expensive"))
                    use(t, i + 1, KW_MIN, k);
            }
            if (!strcmp(w, "shortest"))
                k->super_con = CON_DURATION;
            k->min = 1;
            k->bottom = 1;
            k->superlative_pos = (int)i;
            use(t, i, KW_MIN, k);
            if (number_at(t, i + 1, &v) && v >= 1 && v <= 1000) {
                k->limit = (int)v;
                use(t, i + 1, KW_MIN, k);
            } else if (i > 0 && t->v[i - 1].isnum && !t->v[i - 1].used) {
                k->limit = (int)t->v[i - 1].num;
                use(t, i - 1, KW_MIN, k);
            }
        } else if (in(w, w_group)) {
            k->group = 1;
            use(t, i, KW_GROUP, k);
        } else if (in(w, w_list)) {
            k->list = 1;
            use(t, i, KW_LIST, k);
            if (number_at(t, i + 1, &v) && v >= 1 && v <= 1000 && !t->v[i + 1].used) {
                k->limit = (int)v;
                use(t, i + 1, KW_LIST, k);
            }
        } else if (in(w, w_never) && k->nnull < 4) {
            k->nullpos[k->nnull++] = (int)i;
            use(t, i, KW_NEVER, k);
        }
    }
}

/* The keyword nearest before token i, skipping stop words (up to 3). */
static int kw_before(const toks *t, const kwscan *k, int i)
{
    for (int j = i - 1, steps = 0; j >= 0 && steps < 4; j--) {
        if (k->kw[j])
            return k->kw[j];
        if (!lex_is_stop(t->v[j].w) && !t->v[j].isnum)
            return 0;
        steps++;
    }
    return 0;
}

static int is_following_cue(const toks *t)
{
    static const char *const cues[] = {"now", "only", "just", "and", "what", "how",
                                       "instead", "but", "same", "break", "split",
                                       "also", "then", "show", "sort", "add", "exclude",
                                       "limit", "filter", NULL};
    if (t->n == 0)
        return 0;
    if (in(t->v[0].w, cues) && strcmp(t->v[0].w, "what") && strcmp(t->v[0].w, "how") &&
        strcmp(t->v[0].w, "show"))
        return 1;
    if ((is_w(t, 0, "what") || is_w(t, 0, "how")) && is_w(t, 1, "about"))
        return 1;
    if (is_w(t, 0, "show") && (is_w(t, 1, "just") || is_w(t, 1, "only")))
        return 1;
    for (size_t i = 0; i < t->n; i++)
        if (is_w(t, i, "instead") || is_w(t, i, "those") || is_w(t, i, "that") ||
            is_w(t, i, "it") || is_w(t, i, "them"))
            return 1;
    return 0;
}

static int all_numeric(const catalog *cat, const mention *m)
{
    if (m->kind != MK_COLUMN)
        return 0;
    for (int i = 0; i < m->nalts; i++)
        if (!ground_is_numeric(&cat->tables[m->alts[i].t].cols[m->alts[i].c]))
            return 0;
    return 1;
}

/* "top 10 countries by MRR": after a ranked subject, a numeric column
 * mentioned after "by" is what ranks, not a grouping */
static int measure_like(const catalog *cat, const mention *m, int subject, const kwscan *k)
{
    if (m->kind != MK_COLUMN || (subject < 0 && !k->top && !k->bottom))
        return 0;
    for (int i = 0; i < m->nalts; i++)
        if (!ground_is_numeric(&cat->tables[m->alts[i].t].cols[m->alts[i].c]))
            return 0;
    return 1;
}

/* pick one of a column mention's candidates near table `near` */
static qcol pick(const catalog *cat, const mention *m, int near)
{
    int i = ground_nearest(cat, m->alts, m->nalts, near);
    return i >= 0 ? m->alts[i] : (qcol){-1, -1};
}

static int numeric_alt(const catalog *cat, const mention *m, int near, qcol *out)
{
    qcol best = {-1, -1};
    int bestd = 1 << 30;
    for (int i = 0; i < m->nalts; i++) {
        const cat_column *c = &cat->tables[m->alts[i].t].cols[m->alts[i].c];
        if (!ground_is_numeric(c))
            continue;
        int d = near < 0 ? 0 : joins_distance(cat, near, m->alts[i].t);
        if (d < 0)
            d = 1000;
        if (d < bestd) {
            bestd = d;
            best = m->alts[i];
        }
    }
    *out = best;
    return best.c >= 0;
}

static void set_alias(query *q, const catalog *cat, lex_concept con)
{
    const char *pre = q->agg == AGG_AVG ? "avg_" : q->agg == AGG_MAX ? "max_" :
                      q->agg == AGG_MIN ? "min_" : q->agg == AGG_SUM ? "total_" : "";
    if (q->agg == AGG_COUNT) {
        snprintf(q->alias, sizeof q->alias, "%s", cat->tables[q->base].name);
        return;
    }
    if (q->agg == AGG_COUNT_DISTINCT && q->m1.c >= 0) {
        snprintf(q->alias, sizeof q->alias, "distinct_%s",
                 cat->tables[q->m1.t].cols[q->m1.c].name);
        return;
    }
    if (con == CON_REVENUE) {
        snprintf(q->alias, sizeof q->alias, "%srevenue", q->agg == AGG_SUM ? "" : pre);
        return;
    }
    if (q->m1.c >= 0)
        snprintf(q->alias, sizeof q->alias, "%s%s", pre, cat->tables[q->m1.t].cols[q->m1.c].name);
}

/* Add an equality filter, replacing one on the same column. */
static void add_filter(query *q, qfilter f)
{
    for (int i = 0; i < q->nf; i++)
        if (q->f[i].col.t == f.col.t && q->f[i].col.c == f.col.c && q->f[i].having == f.having &&
            (q->f[i].op == f.op || (q->f[i].op <= OP_NE && f.op <= OP_NE))) {
            q->f[i] = f;
            return;
        }
    if (q->nf < Q_MAXF)
        q->f[q->nf++] = f;
}

/* Date column for table t, or the nearest table's. */
static qcol date_col_near(const catalog *cat, int t, const toks *tk)
{
    int c = ground_date_col(cat, t, tk);
    if (c >= 0)
        return (qcol){t, c};
    size_t n = cat->ntables;
    jedge parent[256];
    int depth[256];
    if (n > 256)
        return (qcol){-1, -1};
    joins_bfs(cat, t, parent, depth);
    for (int d = 1; d < 4; d++)
        for (size_t u = 0; u < n; u++)
            if (depth[u] == d && !parent[u].fanout) {
                c = ground_date_col(cat, (int)u, tk);
                if (c >= 0)
                    return (qcol){(int)u, c};
            }
    return (qcol){-1, -1};
}

static void add_dim(const catalog *cat, query *q, const mention *m, int near)
{
    if (q->ndims >= Q_MAXD)
        return;
    if (m->kind == MK_TABLE) {
        const cat_table *t = &cat->tables[m->t];
        int pk = catalog_primary_key(t);
        int lb = ground_label(t);
        if (pk < 0)
            pk = lb;
        if (pk < 0)
            return;
        q->dims[q->ndims] = (qcol){m->t, pk};
        q->labels[q->ndims] = (qcol){m->t, lb >= 0 ? lb : pk};
        q->ndims++;
    } else if (m->kind == MK_COLUMN) {
        qcol c = pick(cat, m, near);
        const cat_column *col = &cat->tables[c.t].cols[c.c];
        if ((col->kind == COL_DATE || col->kind == COL_DATETIME) && !q->bucket) {
            q->tcol = c;
            q->bucket = BK_DAY;
            return;
        }
        q->dims[q->ndims] = c;
        q->labels[q->ndims] = (qcol){-1, -1};
        q->ndims++;
    }
}

int reader_read(const catalog *cat, const char *question, const char *as_of,
                const query *prev, reading *r)
{
    toks tk;
    kwscan k;
    time_info ti;
    mention m[M_MAX];
    memset(r, 0, sizeof *r);
    query *q = &r->q;
    q->base = -1;
    q->m1 = q->m2 = q->tcol = (qcol){-1, -1};

    tok_split(question, &tk);
    r->followup_cue = is_following_cue(&tk);
    time_parse(&tk, as_of, &ti);
    scan_keywords(&tk, &k);
    int nm = ground_mentions(cat, &tk, m, M_MAX);
    r->nmentions = nm;
    for (size_t i = 0; i < tk.n; i++)
        if (!tk.v[i].used && !lex_is_stop(tk.v[i].w) && !tk.v[i].isnum) {
            r->unknown_words++;
            if (strlen(r->unknown) + strlen(tk.v[i].w) + 2 < sizeof r->unknown) {
                if (r->unknown[0])
                    strcat(r->unknown, " ");
                strcat(r->unknown, tk.v[i].w);
            }
        }

    /* 1. roles from the words before each mention */
    int subject = -1;
    for (int i = 0; i < nm; i++) {
        int kb = kw_before(&tk, &k, m[i].start);
        if (m[i].kind == MK_VALUE)
            m[i].role = R_FILTER;
        else if (kb == KW_GROUP && m[i].kind != MK_CONCEPT && !measure_like(cat, &m[i], subject, &k))
            m[i].role = R_DIM;
        else if ((kb == KW_LIST || kb == KW_MAX || kb == KW_MIN) && subject < 0 &&
                 m[i].kind != MK_CONCEPT && !all_numeric(cat, &m[i]))
            subject = i;
        /* a threshold's target: the mention right after the number */
        for (int h = 0; h < k.nth; h++)
            if (m[i].start == k.th[h].pos + 1 && m[i].role != R_FILTER)
                m[i].role = R_THRESH;
    }

    /* 2. measure: a concept or a numeric column not otherwise used */
    lex_concept con = CON_NONE;
    int first_table = -1;
    for (int i = 0; i < nm; i++)
        if (m[i].kind == MK_TABLE && m[i].role == R_NONE && first_table < 0)
            first_table = m[i].t;
    int near = first_table >= 0 ? first_table : (prev && prev->base >= 0 ? prev->base : -1);
    int mi = -1;
    for (int i = 0; i < nm && mi < 0; i++)
        if (m[i].kind == MK_CONCEPT && m[i].role != R_THRESH)
            mi = i;
    for (int i = 0; i < nm && mi < 0; i++) {
        qcol c;
        if (m[i].kind == MK_COLUMN && m[i].role == R_NONE && i != subject &&
            numeric_alt(cat, &m[i], near, &c))
            mi = i;
    }
    if (mi < 0 && subject >= 0 && m[subject].kind == MK_COLUMN) {
        qcol c;
        int others = 0;
        for (int i = 0; i < nm; i++)
            if (i != subject && m[i].role != R_FILTER && m[i].role != R_THRESH)
                others++;
        if (!others && numeric_alt(cat, &m[subject], near, &c) && (k.max || k.min || k.avg || k.sum)) {
            mi = subject;
            subject = -1;
        }
    }
    if (mi < 0 && k.super_con && !k.count) {
        con = k.super_con;
        if (ground_concept(cat, con, near, &q->m1, &q->m2) == 0)
            r->has_subject = 1;
    }
    if (mi >= 0) {
        m[mi].role = R_MEASURE;
        if (m[mi].kind == MK_CONCEPT) {
            con = m[mi].concept;
            if (ground_concept(cat, con, near, &q->m1, &q->m2) < 0)
                return -1;
        } else {
            numeric_alt(cat, &m[mi], near, &q->m1);
            q->m2 = (qcol){-1, -1};
        }
        r->has_subject = 1;
    }

    /* 3. the counted table: a table mention that is not a dimension */
    int counted = -1;
    for (int i = 0; i < nm; i++)
        if (m[i].kind == MK_TABLE && m[i].role == R_NONE && i != subject) {
            counted = i;
            break;
        }
    /* "which country has the most customers": the subject is the dimension */
    int subject_is_dim = 0;
    if (subject >= 0) {
        int other = q->m1.c >= 0 || counted >= 0;
        if (m[subject].kind == MK_COLUMN && !other && (k.top || k.bottom || k.count))
            other = 1;   /* "which industries have the fewest accounts" w/o table */
        if (other && (k.top || k.bottom || k.limit || k.count || k.nth || q->m1.c >= 0)) {
            subject_is_dim = 1;
            m[subject].role = R_DIM;
        } else if (m[subject].kind == MK_TABLE && counted < 0) {
            counted = subject;
        } else if (m[subject].kind == MK_COLUMN) {
            m[subject].role = R_DIM;
            subject_is_dim = 1;
        }
    }
    if (counted >= 0) {
        m[counted].role = R_COUNTED;
        r->has_subject = 1;
    }

    /* 4. base table */
    if (q->m1.c >= 0)
        q->base = q->m1.t;
    else if (counted >= 0)
        q->base = m[counted].t;
    else if (prev && prev->base >= 0)
        q->base = prev->base;
    else {
        for (int i = 0; i < nm && q->base < 0; i++)
            if (m[i].kind == MK_TABLE)
                q->base = m[i].t;
            else if (m[i].kind == MK_COLUMN || m[i].kind == MK_VALUE)
                q->base = m[i].alts[0].t;
    }
    if (q->base < 0)
        return -1;
    /* a measure in the counted table's child: "orders" + "revenue" keeps the measure's table */

    /* 5. dimensions */
    for (int i = 0; i < nm; i++)
        if (m[i].role == R_DIM)
            add_dim(cat, q, &m[i], q->base);
    if (ti.bucket) {
        q->bucket = ti.bucket;
    }
    r->has_dims = q->ndims > 0 || q->bucket;

    /* 6. filters: values and thresholds */
    for (int i = 0; i < nm; i++) {
        if (m[i].role != R_FILTER)
            continue;
        int a = ground_nearest(cat, m[i].alts, m[i].nalts, q->base);
        qfilter f;
        memset(&f, 0, sizeof f);
        f.col = m[i].alts[a];
        f.op = OP_EQ;
        snprintf(f.text, sizeof f.text, "%s", m[i].val[a]);
        add_filter(q, f);
    }
    for (int h = 0; h < k.nth; h++) {
        qfilter f;
        memset(&f, 0, sizeof f);
        f.op = k.th[h].op;
        f.num = k.th[h].num;
        f.is_num = 1;
        int target = -1;
        for (int i = 0; i < nm; i++)
            if (m[i].start == k.th[h].pos + 1 && m[i].role == R_THRESH)
                target = i;
        if (target < 0) {   /* the mention just before the comparative */
            for (int i = nm - 1; i >= 0; i--)
                if (m[i].end <= k.th[h].kwpos && m[i].role != R_FILTER) {
                    target = i;
                    break;
                }
        }
        if (k.th[h].con) {
            qcol c1, c2;
            if (ground_concept(cat, k.th[h].con, q->base, &c1, &c2) == 0 && c2.c < 0) {
                f.col = c1;
                add_filter(q, f);
            }
            continue;
        }
        if (target < 0)
            continue;
        qcol c;
        if (m[target].kind == MK_COLUMN && numeric_alt(cat, &m[target], q->base, &c)) {
            f.col = c;
            add_filter(q, f);
        } else if (m[target].kind == MK_TABLE && m[target].role == R_THRESH) {
            /* "more than 100 accounts": count per group */
            if (q->m1.c < 0 && q->base != m[target].t && q->ndims == 0 && counted >= 0 &&
                m[counted].kind == MK_TABLE) {
                mention dm = m[counted];
                add_dim(cat, q, &dm, m[target].t);
            } else if (q->m1.c < 0 && q->ndims == 0 && subject >= 0 && m[subject].kind == MK_TABLE) {
                add_dim(cat, q, &m[subject], m[target].t);
            }
            q->base = q->m1.c >= 0 ? q->base : m[target].t;
            f.having = 1;
            f.col = (qcol){q->base, 0};
            r->has_subject = 1;
            add_filter(q, f);
        } else if (m[target].kind == MK_TABLE || m[target].kind == MK_CONCEPT) {
            qcol c1, c2;
            lex_concept tc = m[target].kind == MK_CONCEPT ? m[target].concept : CON_REVENUE;
            int tt = m[target].kind == MK_TABLE ? m[target].t : q->base;
            if (ground_concept(cat, tc, tt, &c1, &c2) == 0 && c2.c < 0 && c1.t == tt) {
                f.col = c1;
                add_filter(q, f);
            }
        }
    }
    /* NULL words: "never paid", "no fee", "unpaid" */
    const cat_table *bt = &cat->tables[q->base];
    for (size_t i = 0; i < tk.n; i++) {
        int after_never = 0;
        for (int j = 0; j < k.nnull; j++)
            if ((int)i > k.nullpos[j] && (int)i <= k.nullpos[j] + 3)
                after_never = 1;
        const char *w = tk.v[i].w;
        int un = strncmp(w, "un", 2) == 0 && strlen(w) > 5;
        if (!after_never && !un)
            continue;
        const char *stem = un && !after_never ? w + 2 : w;
        for (size_t c = 0; c < bt->ncols; c++) {
            const cat_column *col = &bt->cols[c];
            if (col->notnull || col->pk || ground_is_key(bt, (int)c))
                continue;
            size_t l = strlen(stem) < 4 ? strlen(stem) : 4;
            if (l >= 3 && strncasecmp(col->name, stem, l) == 0) {
                qfilter f;
                memset(&f, 0, sizeof f);
                f.col = (qcol){q->base, (int)c};
                f.op = OP_NULL;
                add_filter(q, f);
                break;
            }
        }
    }

    /* "current", "right now": rows whose end date is still empty */
    int now_word = 0;
    for (size_t i = 0; i < tk.n; i++)
        if (tok_is(&tk, i, "current") || tok_is(&tk, i, "currently") ||
            (tok_is(&tk, i, "right") && tok_is(&tk, i + 1, "now")))
            now_word = 1;
    for (size_t c = 0; now_word && c < bt->ncols; c++) {
        static const char *const ends[] = {"end", "cancel", "closed", "deleted", "expire",
                                           "churn", "terminat", NULL};
        const cat_column *col = &bt->cols[c];
        if (col->notnull || (col->kind != COL_DATE && col->kind != COL_DATETIME))
            continue;
        for (size_t e = 0; ends[e]; e++)
            if (strncasecmp(col->name, ends[e], strlen(ends[e])) == 0) {
                qfilter f;
                memset(&f, 0, sizeof f);
                f.col = (qcol){q->base, (int)c};
                f.op = OP_NULL;
                add_filter(q, f);
                now_word = 0;
                break;
            }
    }

    /* 7. time */
    if (ti.has_range || q->bucket) {
        q->tcol = date_col_near(cat, q->base, &tk);
        if (q->tcol.c < 0 && !prev)
            return -1;
        snprintf(q->from, sizeof q->from, "%s", ti.from);
        snprintf(q->to, sizeof q->to, "%s", ti.to);
        r->has_range = ti.has_range;
    }

    /* 8. aggregate, order, limit */
    r->kw_agg = k.avg ? AGG_AVG : k.sum ? AGG_SUM : k.count ? AGG_COUNT :
                (k.max && !k.top) ? AGG_MAX : (k.min && !k.bottom) ? AGG_MIN : AGG_NONE;
    if (!r->kw_agg && ((k.max && !k.top) || (k.min && !k.bottom)) && !subject_is_dim &&
        q->ndims == 0 && !q->bucket)
        r->kw_agg = k.max ? AGG_MAX : AGG_MIN;
    r->has_agg_word = k.count || k.sum || k.avg || k.distinct ||
                      ((k.max || k.min) && !subject_is_dim && q->ndims == 0 && !q->bucket);
    int grouped = q->ndims > 0 || q->bucket;
    if (k.distinct && q->m1.c < 0) {
        /* "how many distinct countries": a column mention after distinct */
        for (int i = 0; i < nm; i++)
            if (kw_before(&tk, &k, m[i].start) == KW_DISTINCT) {
                if (m[i].kind == MK_COLUMN) {
                    q->m1 = pick(cat, &m[i], q->base);
                    q->agg = AGG_COUNT_DISTINCT;
                    m[i].role = R_MEASURE;
                } else if (m[i].kind == MK_TABLE) {
                    int pk = catalog_primary_key(&cat->tables[m[i].t]);
                    if (pk >= 0 && m[i].t != q->base) {
                        q->m1 = (qcol){m[i].t, pk};
                        q->agg = AGG_COUNT_DISTINCT;
                    }
                }
            }
        if (q->agg == AGG_COUNT_DISTINCT && q->m1.t == q->base) {
            /* count distinct in the table that mentions it: keep base */
        }
        /* the entity of a counted table follows: "distinct customers ... orders" */
        if (q->agg == AGG_COUNT_DISTINCT) {
            for (int i = 0; i < nm; i++)
                if (m[i].kind == MK_TABLE && m[i].t != q->m1.t && m[i].role != R_DIM &&
                    joins_distance(cat, m[i].t, q->m1.t) > 0) {
                    q->base = m[i].t;
                    break;
                }
        }
    }
    if (q->agg == AGG_NONE) {
        if (q->m1.c >= 0) {
            if (k.avg) q->agg = AGG_AVG;
            else if (k.sum) q->agg = AGG_SUM;
            else if (k.count) q->agg = AGG_COUNT;
            else if (k.max && !grouped) q->agg = AGG_MAX;
            else if (k.min && !grouped) q->agg = AGG_MIN;
            else q->agg = AGG_SUM;
        } else {
            q->agg = AGG_COUNT;
        }
    }
    if (q->agg == AGG_COUNT)
        q->m1 = q->m2 = (qcol){-1, -1};
    if (grouped && (k.top || k.bottom || k.limit)) {
        q->limit = k.limit ? k.limit : 1;
        q->asc = k.bottom && !k.top;
        r->has_limit = 1;
    } else if (k.limit) {
        q->limit = k.limit;
        q->asc = k.bottom && !k.top;
        r->has_limit = 1;
    }
    /* an entity ranked by its own column: list rows ("3 cheapest products") */
    if (!grouped && q->m1.c >= 0 && (k.top || k.bottom) && k.limit && !k.sum && !k.avg) {
        q->list = 1;
        q->agg = AGG_NONE;
        int lb = ground_label(&cat->tables[q->base]);
        if (lb >= 0 && lb != q->m1.c) {
            q->dims[0] = q->labels[0] = (qcol){q->base, lb};
            q->ndims = 1;
        }
    } else if (q->ndims == 1 && q->dims[0].t == q->base && q->m1.c >= 0 &&
               q->m1.t == q->base && q->labels[0].c >= 0 &&
               q->dims[0].c == catalog_primary_key(&cat->tables[q->base]) && !q->bucket) {
        q->list = 1;
        q->agg = AGG_NONE;
    }
    /* a plain listing: "list the accounts with more than 2,000 employees" */
    int having = 0;
    for (int i = 0; i < q->nf; i++)
        having |= q->f[i].having;
    if (!k.count && !k.sum && !k.avg && !k.distinct && q->m1.c < 0 && !grouped &&
        !having && !(k.top || k.bottom) && (k.list || counted >= 0))
        q->list = 1;
    if (q->list && q->agg == AGG_COUNT)
        q->agg = AGG_NONE;
    set_alias(q, cat, con);
    return 0;
}
