/* reader.c: reads one question: keywords (aggregates, top/bottom N,
 * grouping, comparisons), time, then grounded mentions take roles (measure,
 * counted table, dimension, filter, threshold) and become a query. */
#include "reader.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include "ground.h"
#include "joins.h"
#include "lexicon.h"
#include "semantic.h"
#include "timeparse.h"
#include "tokens.h"
#include "util.h"

enum { R_NONE = 0, R_DIM, R_SUBJECT, R_MEASURE, R_FILTER, R_THRESH, R_COUNTED, R_EXISTS,
       R_NOTEXISTS, R_QUAL };

typedef struct thresh {
    q_op op;
    double num;
    int pos;          /* token of the number */
    int kwpos;        /* token of the comparative */
    lex_concept con;  /* "cheaper than" -> price */
    int done;         /* taken as "at least one X" */
    double unit;      /* "an hour", "90 minutes": seconds per unit of num, or 0 */
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

/* Seconds in a unit of time named by a word ("hour", "mins"), or 0. */
static double time_unit(const char *w)
{
    static const struct { const char *w; double s; } u[] = {
        {"second", 1}, {"seconds", 1}, {"sec", 1}, {"secs", 1}, {"minute", 60}, {"minutes", 60},
        {"min", 60}, {"mins", 60}, {"hour", 3600}, {"hours", 3600}, {"hr", 3600}, {"hrs", 3600},
        {"day", 86400}, {"days", 86400}, {"week", 604800}, {"weeks", 604800}, {"ms", 0.001},
    };
    for (size_t i = 0; i < sizeof u / sizeof u[0]; i++)
        if (!strcmp(w, u[i].w))
            return u[i].s;
    return 0;
}

/* The unit a numeric column's name gives its values ("duration_min",
 * "wait_hours", "lengthSeconds"): seconds per unit, or 0. */
static double column_time_unit(const char *name)
{
    char w[64];
    size_t k = 0;
    double unit = 0;
    for (const char *p = name;; p++) {
        int boundary = !*p || *p == '_' || (k && isupper((unsigned char)*p));
        if (boundary && k) {
            w[k] = '\0';
            if (time_unit(w) > 0 && strcmp(w, "day") && strcmp(w, "days"))
                unit = time_unit(w);
            else if (!strcmp(w, "days"))
                unit = 86400;
            k = 0;
        }
        if (!*p)
            break;
        if (*p != '_' && k < sizeof w - 1)
            w[k++] = (char)tolower((unsigned char)*p);
    }
    return unit;
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
                                        "most", "top", "best", "newest", "recent", "recently",
                                        NULL};
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
            /* "more than 90 minutes": the unit goes with the number */
            if (i + len + 1 < t->n && (th->unit = time_unit(t->v[i + len + 1].w)) > 0)
                use(t, i + len + 1, KW_GT, k);
            i += len;
        } else if (comparative(t, i, &op, &len, &con) && i + len + 1 < t->n && k->nth < 4 &&
                   (is_w(t, i + len, "an") || is_w(t, i + len, "a") || is_w(t, i + len, "one")) &&
                   time_unit(t->v[i + len + 1].w) > 0) {
            /* "longer than an hour": one unit */
            thresh *th = &k->th[k->nth++];
            th->op = op;
            th->num = 1;
            th->unit = time_unit(t->v[i + len + 1].w);
            th->pos = (int)(i + len);
            th->kwpos = (int)i;
            th->con = con;
            for (size_t j = i; j <= i + len + 1; j++)
                use(t, j, KW_GT, k);
            i += len + 1;
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
    /* "the 5 doctors with the most ...": N before the ranked noun */
    if ((k->top || k->bottom) && !k->limit)
        for (size_t i = 0; i + 1 < t->n; i++) {
            const tok *v = &t->v[i];
            if (!v->isnum || v->used || v->money || v->num < 1 || v->num > 100 ||
                v->num != (double)(int)v->num || t->v[i + 1].isnum || t->v[i + 1].used)
                continue;
            if (i > 0 && !lex_is_stop(t->v[i - 1].w) && !k->kw[i - 1])
                continue;
            k->limit = (int)v->num;
            use(t, i, KW_MAX, k);
            break;
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

/* One reading of an ambiguous mention as a label for the person:
 * "tickets.state = 'open'" for a value, "by tickets.state" for a grouping. */
static void choice_label(const catalog *cat, const mention *m, int i, int value, char *out, size_t n)
{
    qcol c = m->alts[i];
    if (value)
        snprintf(out, n, "%.40s.%.40s = '%.40s'", cat->tables[c.t].name, cat->tables[c.t].cols[c.c].name,
                 m->val[i]);
    else
        snprintf(out, n, "by %.40s.%.40s", cat->tables[c.t].name, cat->tables[c.t].cols[c.c].name);
    /* shown on terminals: no control character from the database passes */
    for (unsigned char *s = (unsigned char *)out; *s; s++)
        if (*s < 0x20 || *s == 0x7f)
            *s = '?';
        else if (*s == 0xc2 && s[1] >= 0x80 && s[1] <= 0x9f)
            s[0] = s[1] = '?';
}

/* Two readings scored alike: say which one was taken (the first such
 * choice only), e.g. "read 'pending' as orders.status = 'pending'; it could
 * also be payments.status", and keep up to READ_CHOICES readings (the
 * default first) for a clarifying question. Returns the candidate to use:
 * `chosen`, or the one r->force asks for. */
static int note_ambiguity(const catalog *cat, reading *r, const mention *m, int chosen, int near,
                          int value)
{
    if (!r || r->nchoices || chosen < 0 || m->nalts < 2)
        return chosen;
    qcol a = m->alts[chosen];
    int da = near >= 0 ? joins_distance(cat, near, a.t) : 0;
    int idx[READ_CHOICES], n = 0;
    idx[n++] = chosen;
    for (int i = 0; i < m->nalts && n < READ_CHOICES; i++) {
        qcol b = m->alts[i];
        int dup = 0;
        for (int j = 0; j < n; j++)
            dup |= i == idx[j] || (b.t == m->alts[idx[j]].t && b.c == m->alts[idx[j]].c);
        if (dup)
            continue;
        int db = near >= 0 ? joins_distance(cat, near, b.t) : 0;
        if (db != da || db < 0)
            continue;
        idx[n++] = i;
    }
    if (n < 2)
        return chosen;
    r->nchoices = n;
    for (int j = 0; j < n; j++)
        choice_label(cat, m, idx[j], value, r->choices[j], sizeof r->choices[j]);
    int take = r->force > 0 && r->force < n ? r->force : 0;
    qcol t = m->alts[idx[take]], o = m->alts[idx[take ? 0 : 1]];
    char want[64];
    snprintf(want, sizeof want, value ? " = '%.40s'" : "", m->val[idx[take]]);
    snprintf(r->ambiguous, sizeof r->ambiguous, "read '%.30s' as %s.%s%s; it could also be %s.%s",
             value ? m->val[idx[take]] : cat->tables[t.t].cols[t.c].name, cat->tables[t.t].name,
             cat->tables[t.t].cols[t.c].name, want, cat->tables[o.t].name,
             cat->tables[o.t].cols[o.c].name);
    return idx[take];
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
    /* a second value of the same column: "Germany or France" */
    for (int i = 0; i < q->nf; i++) {
        qfilter *g = &q->f[i];
        if (f.op == OP_EQ && !f.is_num && (g->op == OP_EQ || g->op == OP_IN) && !g->is_num &&
            g->col.t == f.col.t && g->col.c == f.col.c && !g->having && g->cond == f.cond) {
            if (strcmp(g->text, f.text) == 0)
                return;
            for (int k = 0; k < g->nmore; k++)
                if (strcmp(g->more[k], f.text) == 0)
                    return;
            if (g->nmore < 3) {
                memcpy(g->more[g->nmore++], f.text, sizeof f.text);
                g->op = OP_IN;
            }
            return;
        }
    }
    for (int i = 0; i < q->nf; i++)
        if (q->f[i].col.t == f.col.t && q->f[i].col.c == f.col.c && q->f[i].having == f.having &&
            (q->f[i].op == f.op || (q->f[i].op <= OP_NE && f.op <= OP_NE))) {
            q->f[i] = f;
            return;
        }
    if (q->nf < Q_MAXF)
        q->f[q->nf++] = f;
}

/* Does a word of the column's name start like w ("logged" ~ last_login_at,
 * "paid" ~ paid_at)? Common prefix of 3+ letters covering the shorter word
 * or 4+ letters. */
static int name_word_prefix(const char *name, const char *w, int loose)
{
    const char *p = name;
    size_t lw = strlen(w);
    while (*p) {
        while (*p == '_')
            p++;
        const char *s0 = p;
        while (*p && *p != '_')
            p++;
        size_t ln = (size_t)(p - s0), cp = 0;
        while (cp < ln && cp < lw && tolower((unsigned char)s0[cp]) == w[cp])
            cp++;
        if (ln >= 3 && strcmp(w, "at") && (cp >= 4 || (cp >= 3 && (loose || cp == ln || cp == lw))))
            return 1;
    }
    return 0;
}

/* Date column for the query: the best scored among the base table and the
 * tables the query already uses (the event table's date, not an entity's
 * birth date), else the nearest referenced table's. */
static qcol date_col_near(const catalog *cat, const query *q, const toks *tk)
{
    int t = q->base;
    int cands[2 + 2 * Q_MAXD + Q_MAXF], nc = 0;
    cands[nc++] = t;
    if (q->m1.t >= 0 && q->m1.c >= 0)
        cands[nc++] = q->m1.t;
    for (int i = 0; i < q->ndims; i++)
        cands[nc++] = q->dims[i].t;
    for (int i = 0; i < q->nf; i++)
        if (q->f[i].col.t >= 0 && !q->f[i].having)
            cands[nc++] = q->f[i].col.t;
    int best = -1, bestc = -1, bests = -1000;
    for (int i = 0; i < nc; i++) {
        int dup = 0;
        for (int j = 0; j < i; j++)
            dup |= cands[j] == cands[i];
        if (dup || cands[i] < 0)
            continue;
        int sc;
        int c = ground_date_col_score(cat, cands[i], tk, &sc);
        if (c < 0)
            continue;
        if (cands[i] == t)
            sc += 1;
        if (sc > bests) {
            bests = sc;
            best = cands[i];
            bestc = c;
        }
    }
    if (best >= 0)
        return (qcol){best, bestc};
    size_t n = cat->ntables;
    jedge *parent = malloc(n * sizeof *parent);
    int *depth = malloc(n * sizeof *depth);
    qcol res = {-1, -1};
    if (parent && depth) {
        joins_bfs(cat, t, parent, depth);
        for (int d = 1; d < 4 && res.c < 0; d++)
            for (size_t u = 0; u < n && res.c < 0; u++)
                if (depth[u] == d && !parent[u].fanout) {
                    int c = ground_date_col(cat, (int)u, tk);
                    if (c >= 0)
                        res = (qcol){(int)u, c};
                }
    }
    free(parent);
    free(depth);
    return res;
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


static int in_list_w(const char *w, const char *const *l)
{
    for (; *l; l++)
        if (!strcmp(w, *l))
            return 1;
    return 0;
}

/* Is w a whole word of some column's name ("rate" in tax_rate)? */
static int column_word(const catalog *cat, const char *w)
{
    size_t lw = strlen(w);
    for (size_t t = 0; t < cat->ntables; t++)
        for (size_t c = 0; c < cat->tables[t].ncols; c++) {
            const char *n = cat->tables[t].cols[c].name, *p = n;
            while ((p = strstr(p, w)) != NULL) {
                if ((p == n || p[-1] == '_') && (p[lw] == '\0' || p[lw] == '_'))
                    return 1;
                p += lw;
            }
        }
    return 0;
}

/* Words that shape the measure: rates and percentages, durations,
 * comparisons. Marks the cue words used. Returns the duration unit asked
 * for, or DUR_NONE. */
/* "month over month", "year-over-year", "MoM", "YoY", or "growth" with a
 * bucket: the change from one period to the previous; marks the words. */
/* A foreign key's role: its name without the _id / Id suffix ("origin_id"
 * -> "origin") when that is not just the referenced table's name. */
static int fk_role(const catalog *cat, int t, int c, char *out, size_t n)
{
    const cat_column *col = &cat->tables[t].cols[c];
    if (col->ref_t < 0 || col->ref_c < 0)
        return 0;
    size_t len = strlen(col->name);
    if (len > 3 && strcasecmp(col->name + len - 3, "_id") == 0)
        len -= 3;
    else if (len > 2 && strcmp(col->name + len - 2, "Id") == 0)
        len -= 2;
    else
        return 0;
    if (len < 3 || len >= n)
        return 0;
    snprintf(out, n, "%.*s", (int)len, col->name);
    for (char *p = out; *p; p++)
        *p = (char)tolower((unsigned char)*p);
    const char *rt = cat->tables[col->ref_t].name;
    size_t k = strlen(out) < strlen(rt) ? strlen(out) : strlen(rt);
    if (k >= 3 && strncasecmp(out, rt, k) == 0)
        return 0;   /* customer_id -> customers: no role */
    return 1;
}

/* Does word w name role r ("origins", or "departing" for an origin)? */
static int role_word(const char *w, const char *r)
{
    size_t n = strlen(r);
    if (strncasecmp(w, r, n) == 0 && strlen(w) <= n + 2)
        return 1;
    static const char *const from[] = {"origin", "source", "departure", "from", "start", NULL};
    static const char *const to[] = {"destination", "dest", "target", "arrival", "to", "end", NULL};
    static const char *const from_w[] = {"departing", "departure", "departures", "departs",
                                         "leaving", "leaves", NULL};
    static const char *const to_w[] = {"arriving", "arrival", "arrivals", "arrives", "arrive",
                                       "landing", NULL};
    if (in_list_w(r, from) && in_list_w(w, from_w))
        return 1;
    if (in_list_w(r, to) && in_list_w(w, to_w))
        return 1;
    return 0;
}

/* The first word naming a foreign key's role, not part of another mention:
 * sets *ft, *fc and returns its token, or -1. */
static int find_role(const catalog *cat, const toks *tk, const mention *m, int nm, int *ft,
                     int *fc)
{
    for (size_t i = 0; i < tk->n; i++) {
        int taken = tk->v[i].isnum;
        for (int j = 0; j < nm && !taken; j++)
            taken = m[j].start <= (int)i && (int)i < m[j].end;
        if (taken)
            continue;
        for (size_t t = 0; t < cat->ntables; t++)
            for (size_t c = 0; c < cat->tables[t].ncols; c++) {
                char r[64];
                if (fk_role(cat, (int)t, (int)c, r, sizeof r) && role_word(tk->v[i].w, r)) {
                    *ft = (int)t;
                    *fc = (int)c;
                    return (int)i;
                }
            }
    }
    return -1;
}

static q_bucket growth_cue(toks *t)
{
    static const struct { const char *w; q_bucket b; } per[] = {
        {"day", BK_DAY}, {"week", BK_WEEK}, {"month", BK_MONTH}, {"quarter", BK_QUARTER},
        {"year", BK_YEAR}, {"mom", BK_MONTH}, {"yoy", BK_YEAR}, {"qoq", BK_QUARTER},
        {"wow", BK_WEEK}, {"dod", BK_DAY},
    };
    q_bucket g = BK_NONE;
    for (size_t i = 0; i < t->n && !g; i++)
        for (size_t p = 0; p < sizeof per / sizeof per[0] && !g; p++) {
            if (!tok_is(t, i, per[p].w))
                continue;
            if (p >= 5) {
                g = per[p].b;
                t->v[i].used = 1;
            } else if (tok_is(t, i + 1, "over") && tok_is(t, i + 2, per[p].w)) {
                g = per[p].b;
                t->v[i].used = t->v[i + 1].used = t->v[i + 2].used = 1;
            }
        }
    if (!g)
        return BK_NONE;
    static const char *const words[] = {"change", "changes", "growth", "percentage", "percent",
                                        "pct", "increase", "difference", "rate", NULL};
    for (size_t i = 0; i < t->n; i++)
        for (size_t w = 0; words[w]; w++)
            if (tok_is(t, i, words[w]))
                t->v[i].used = 1;
    return g;
}

static q_dur scan_cues(const catalog *cat, toks *t, int *pct_kind, int *pct_pos, int *cmp_cue)
{
    static const char *const rate_w[] = {"rate", "ratio", NULL};
    static const char *const pct_w[] = {"percent", "percentage", "percentages", "pct",
                                        "share", "proportion", "fraction", NULL};
    static const char *const dur_w[] = {"lifetime", "tenure", "turnaround", "age", NULL};
    static const char *const cmp_w[] = {"vs", "versus", "compare", "compared", "comparing",
                                        "comparison", "both", NULL};
    static const char *const more_w[] = {"more", "fewer", "less", "better", "worse",
                                         "higher", "lower", "bigger", "larger", NULL};
    q_dur dur = DUR_NONE;
    int has_or = 0, has_more = 0;
    for (size_t i = 0; i < t->n; i++) {
        const char *w = t->v[i].w;
        if (t->v[i].used)
            continue;
        if (in_list_w(w, rate_w) && !column_word(cat, w)) {
            *pct_kind = 1;
            *pct_pos = (int)i;
            t->v[i].used = 1;
        } else if (in_list_w(w, pct_w) && !column_word(cat, w)) {
            if (*pct_kind != 1) {
                *pct_kind = 2;
                *pct_pos = (int)i;
            }
            t->v[i].used = 1;
        } else if (in_list_w(w, dur_w) && !column_word(cat, w)) {
            if (!dur)
                dur = strcmp(w, "age") ? DUR_DAYS : DUR_YEARS;
            t->v[i].used = 1;
        } else if (!strcmp(w, "time") && !column_word(cat, w) &&
                   (tok_is(t, i + 1, "to") || tok_is(t, i + 1, "between") ||
                    tok_is(t, i + 1, "from") || tok_is(t, i + 1, "until") ||
                    (i > 0 && !t->v[i - 1].isnum && !tok_is(t, i - 1, "first") &&
                     !tok_is(t, i - 1, "last") && !tok_is(t, i - 1, "the") &&
                     !tok_is(t, i - 1, "over") && !tok_is(t, i - 1, "per")))) {
            if (!dur)
                dur = DUR_DAYS;
            t->v[i].used = 1;
        } else if (!strcmp(w, "long") && i > 0 && tok_is(t, i - 1, "how")) {
            if (!dur)
                dur = DUR_DAYS;
            t->v[i].used = 1;
            t->v[i - 1].used = 1;
        } else if ((!strcmp(w, "days") || !strcmp(w, "hours") || !strcmp(w, "minutes") ||
                    !strcmp(w, "weeks")) && !(i > 0 && t->v[i - 1].isnum)) {
            dur = w[0] == 'h' ? DUR_HOURS : w[0] == 'm' ? DUR_MINUTES : DUR_DAYS;
            t->v[i].used = 1;
        } else if (in_list_w(w, cmp_w)) {
            *cmp_cue = 1;
        } else if (!strcmp(w, "or")) {
            has_or = 1;
        } else if (in_list_w(w, more_w)) {
            has_more = 1;
        }
    }
    if (has_or && has_more)
        *cmp_cue = 1;
    return dur;
}

static int date_kind(const cat_column *c)
{
    return c->kind == COL_DATE || c->kind == COL_DATETIME;
}

static int startish(const char *name)
{
    static const char *const w[] = {"creat", "start", "issu", "open", "order", "placed",
                                    "schedul", "signup", "signed", "hire", "join", "birth",
                                    "book", "submit", "request", "regist", "enrol", "born",
                                    "admit", "depart", "sent", "began", "begin", NULL};
    for (size_t i = 0; w[i]; i++)
        if (strstr(name, w[i]))
            return 1;
    return 0;
}

/* A duration between two date columns of the base table (days between
 * ordered and shipped, time to resolve), or from one to a date (tenure as
 * of a day, age). Returns 0 when the query became one. */
static int shape_duration(const catalog *cat, const toks *tk, query *q, q_dur unit,
                          time_info *ti, const char *as_of, const kwscan *k)
{
    /* a duration up to today only for tenure, age, "so far", "ago" */
    int ref_ok = 0;
    for (size_t i = 0; i < tk->n; i++)
        ref_ok |= tok_is(tk, i, "tenure") || tok_is(tk, i, "age") || tok_is(tk, i, "old") ||
                  tok_is(tk, i, "ago") || tok_is(tk, i, "far") || tok_is(tk, i, "today") ||
                  tok_is(tk, i, "now");
    if (q->base < 0 || (q->m1.c >= 0 && !date_kind(&cat->tables[q->m1.t].cols[q->m1.c])))
        return -1;
    const cat_table *t = &cat->tables[q->base];
    int ment[2] = {-1, -1}, nment = 0, firstpos[64];
    for (size_t c = 0; c < t->ncols && c < 64; c++) {
        firstpos[c] = -1;
        if (!date_kind(&t->cols[c]))
            continue;
        for (size_t i = 0; i < tk->n && firstpos[c] < 0; i++) {
            const char *w = tk->v[i].w;
            if (lex_is_stop(w) || tk->v[i].isnum || strlen(w) < 3 || !strcmp(w, "date") ||
                !strcmp(w, "time") || !strcmp(w, "day") || !strcmp(w, "days"))
                continue;
            if (name_word_prefix(t->cols[c].name, w, 0))
                firstpos[c] = (int)i;
        }
        if (firstpos[c] >= 0 && nment < 2)
            ment[nment++] = (int)c;
    }
    int start = -1, end = -1;
    if (nment == 2) {
        int a = ment[0], b = ment[1];
        int sa = startish(t->cols[a].name), sb = startish(t->cols[b].name);
        if (sa && !sb) { start = a; end = b; }
        else if (sb && !sa) { start = b; end = a; }
        else if (firstpos[a] <= firstpos[b]) { start = a; end = b; }
        else { start = b; end = a; }
    } else {
        int bests = -1, beste = -1, sc_s = -100, sc_e = -100;
        for (size_t c = 0; c < t->ncols; c++) {
            if (!date_kind(&t->cols[c]))
                continue;
            int st = startish(t->cols[c].name);
            int s = (st ? 4 : 0) + (t->cols[c].notnull ? 2 : 0) - (strstr(t->cols[c].name, "birth") ? 3 : 0);
            int e = (st ? -4 : 0) + (t->cols[c].notnull ? 0 : 2) + (strstr(t->cols[c].name, "updat") ? -3 : 0);
            if (s > sc_s) { sc_s = s; bests = (int)c; }
            if (e > sc_e) { sc_e = e; beste = (int)c; }
        }
        if (nment == 1) {
            if (startish(t->cols[ment[0]].name)) {
                start = ment[0];
                end = -1;
            } else {
                end = ment[0];
                start = bests != end ? bests : -1;
            }
        } else {
            start = bests;
            end = beste != bests ? beste : -1;
        }
    }
    int to_ref = 0;   /* tenure, age: from the start up to a day */
    for (size_t i = 0; i < tk->n; i++)
        to_ref |= tok_is(tk, i, "tenure") || tok_is(tk, i, "age");
    /* unless the one named column is an end: keep that pair */
    if (to_ref && nment < 2 && !(end >= 0 && nment == 1 && !startish(t->cols[end].name)))
        end = -1;
    if (start < 0)
        return -1;
    q->dur = unit;
    q->list = 0;
    q->pct = PCT_NONE;
    q->agg = k->max && !k->top ? AGG_MAX : k->min && !k->bottom ? AGG_MIN : k->sum ? AGG_SUM : AGG_AVG;
    if (end < 0) {
        /* from the date to a reference day: "as of December 31, 2024", or today */
        q->m1 = (qcol){q->base, start};
        q->m2 = (qcol){-1, -1};
        if (ti->has_range && ti->from[0]) {
            snprintf(q->dur_ref, sizeof q->dur_ref, "%s", ti->from);
            ti->has_range = 0;
            ti->from[0] = ti->to[0] = '\0';
        } else if (as_of && ref_ok) {
            snprintf(q->dur_ref, sizeof q->dur_ref, "%.10s", as_of);
        } else {
            return -1;
        }
    } else {
        q->m1 = (qcol){q->base, end};
        q->m2 = (qcol){q->base, start};
    }
    return 0;
}

/* Rates ("no-show rate", "what percent of users are admins") put the
 * filters that describe the counted rows into the condition; shares
 * ("share of revenue by region") divide by the total. Returns -1 when the
 * question asks for a percentage the query cannot express. */
static int shape_pct(query *q, int kind, int pos, int subj_end, int followup)
{
    int grouped = q->ndims > 0 || q->bucket;
    int nc = 0;
    for (int i = 0; i < q->nf; i++) {
        qfilter *f = &q->f[i];
        if (f->having || f->pos < 0)
            continue;
        int c = 0;
        if (kind == 1)
            c = (f->pos < pos && f->pos >= pos - 3) || (f->pos > pos && f->pos <= pos + 3);
        else if (subj_end >= 0)
            c = f->pos >= subj_end;
        else if (!grouped)
            c = f->pos > pos;
        f->cond = c;
        nc += c;
    }
    if (q->dur || (q->m1.c >= 0 && q->agg != AGG_SUM && q->agg != AGG_COUNT_DISTINCT && nc == 0))
        return -1;
    if (nc) {
        q->pct = PCT_RATE;
        q->m1 = q->m2 = (qcol){-1, -1};
        snprintf(q->alias, sizeof q->alias, "%s", kind == 1 ? "rate_pct" : "pct");
    } else if (kind == 2 && (grouped || followup)) {
        q->pct = PCT_SHARE;
        snprintf(q->alias, sizeof q->alias, "share_pct");
    } else {
        return -1;
    }
    q->list = 0;
    q->count_groups = 0;
    if (q->agg == AGG_NONE)
        q->agg = q->m1.c >= 0 ? AGG_SUM : AGG_COUNT;
    return 0;
}

static int qcol_in(qcol c, const mention *m)
{
    if (c.t < 0)
        return 0;
    if (m->kind == MK_TABLE)
        return c.t == m->t;
    for (int i = 0; i < m->nalts; i++)
        if (m->alts[i].t == c.t && (m->alts[i].c == c.c || m->kind == MK_VALUE))
            return 1;
    return 0;
}

/* Do the names in a question fit the previous question's table (every
 * column or value named is reachable from it)? */
static int mentions_near(const catalog *cat, const mention *m, int nm, int base)
{
    size_t n = cat->ntables;
    jedge *parent = malloc(n * sizeof *parent);
    int *depth = malloc(n * sizeof *depth);
    int fits = 1;
    if (!parent || !depth) {
        free(parent);
        free(depth);
        return 1;
    }
    joins_bfs(cat, base, parent, depth);
    for (int i = 0; i < nm && fits; i++) {
        if (m[i].kind != MK_COLUMN && m[i].kind != MK_VALUE)
            continue;
        int any = 0;
        for (int a = 0; a < m[i].nalts && !any; a++) {
            /* the base row's own or its parents' columns */
            int t = m[i].alts[a].t, up = depth[t] >= 0;
            while (up && t != base) {
                if (parent[t].fanout)
                    up = 0;
                t = parent[t].a;
            }
            any = up;
        }
        fits = any;
    }
    free(parent);
    free(depth);
    return fits;
}

/* Does the query use what the mention named? */
static int mention_used(const query *q, const mention *m)
{
    if (m->kind == MK_CONCEPT)
        return q->m1.c >= 0 || q->nf > 0;
    if (m->kind == MK_TABLE && q->base == m->t)
        return 1;
    if (qcol_in(q->m1, m) || qcol_in(q->m2, m) || qcol_in(q->tcol, m))
        return 1;
    for (int i = 0; i < q->ndims; i++)
        if (qcol_in(q->dims[i], m) || qcol_in(q->labels[i], m))
            return 1;
    for (int i = 0; i < q->nf; i++)
        if (qcol_in(q->f[i].col, m) || (q->f[i].sub == m->t && m->kind == MK_TABLE &&
                                         q->f[i].op >= OP_EXISTS))
            return 1;
    return 0;
}

/* "which clinic opened most recently", "when did the first customer
 * join": a superlative of time ranks rows by their date. */
static void shape_when(const catalog *cat, const toks *tk, query *q, const kwscan *k)
{
    static const char *const late[] = {"latest", "newest", "recent", "recently", NULL};
    static const char *const early[] = {"earliest", "oldest", "first", NULL};
    int dir = 0;
    for (size_t i = 0; i < tk->n; i++)
        if (in_list_w(tk->v[i].w, late))
            dir = 1;
        else if (in_list_w(tk->v[i].w, early))
            dir = -1;
    if (!dir || q->m1.c >= 0 || q->ndims || q->bucket || q->pct || q->dur || q->count_groups)
        return;
    int sc;
    int c = ground_date_col_score(cat, q->base, tk, &sc);
    if (c < 0)
        return;
    q->m1 = (qcol){q->base, c};
    q->m2 = (qcol){-1, -1};
    const char *cn = cat->tables[q->base].cols[c].name;
    if (tok_is(tk, 0, "when")) {
        q->agg = dir > 0 ? AGG_MAX : AGG_MIN;
        q->list = 0;
        q->limit = 0;
        snprintf(q->alias, sizeof q->alias, "%s_%.20s", dir > 0 ? "last" : "first", cn);
        return;
    }
    q->list = 1;
    q->agg = AGG_NONE;
    q->asc = dir < 0;
    q->limit = k->limit ? k->limit : 1;
    int lb = ground_label(&cat->tables[q->base]);
    if (lb >= 0 && lb != c) {
        q->dims[0] = q->labels[0] = (qcol){q->base, lb};
        q->ndims = 1;
    }
    snprintf(q->alias, sizeof q->alias, "%.31s", cn);
}

/* "United States versus Germany", "2023 vs 2024": one row per compared
 * value. */
static void shape_compare(const catalog *cat, query *q, const time_info *ti, const kwscan *k)
{
    (void)cat;
    int done = 0;
    for (int i = 0; i < q->nf && !done; i++) {
        const qfilter *f = &q->f[i];
        if (f->op != OP_IN || f->cond || f->having)
            continue;
        int have = 0;
        for (int d = 0; d < q->ndims; d++)
            if (q->dims[d].t == f->col.t && q->dims[d].c == f->col.c)
                have = 1;
        if (!have && q->ndims < Q_MAXD) {
            q->dims[q->ndims] = f->col;
            q->labels[q->ndims] = (qcol){-1, -1};
            q->ndims++;
        }
        done = 1;
    }
    if (!done && ti->npoints >= 2 && !q->bucket && ti->grain) {
        q->bucket = ti->grain;
        done = 1;
    }
    if (!done)
        return;
    if (!k->limit)
        q->limit = 0;
    if (q->list) {
        q->list = 0;
        if (q->agg == AGG_NONE)
            q->agg = q->m1.c >= 0 ? AGG_SUM : AGG_COUNT;
        if (q->agg == AGG_COUNT)
            q->m1 = q->m2 = (qcol){-1, -1};
    }
}

int reader_read(const catalog *cat, const ground_index *gx, const char *question,
                const char *as_of, const query *prev, reading *r)
{
    return reader_read_choice(cat, gx, question, as_of, prev, 0, r);
}

int reader_read_choice(const catalog *cat, const ground_index *gx, const char *question,
                       const char *as_of, const query *prev, int choice, reading *r)
{
    toks tk;
    kwscan k;
    time_info ti;
    mention m[M_MAX];
    memset(r, 0, sizeof *r);
    r->force = choice;
    query *q = &r->q;
    q->base = -1;
    q->m1 = q->m2 = q->tcol = (qcol){-1, -1};

    tok_split(question, &tk);
    r->followup_cue = is_following_cue(&tk);
    int pct_kind = 0, pct_pos = -1, cmp_cue = 0;
    q_bucket growth = growth_cue(&tk);
    q_dur dur_unit = scan_cues(cat, &tk, &pct_kind, &pct_pos, &cmp_cue);
    int dur_cue_strong = 0;   /* asked for time between events, not a unit */
    for (size_t i = 0; i < tk.n; i++)
        dur_cue_strong |= tok_is(&tk, i, "lifetime") || tok_is(&tk, i, "tenure") ||
                          (tok_is(&tk, i, "time") && tk.v[i].used) ||
                          (tok_is(&tk, i, "long") && tk.v[i].used) ||
                          ((tok_is(&tk, i, "days") || tok_is(&tk, i, "hours")) &&
                           (tok_is(&tk, i + 1, "between") || tok_is(&tk, i + 1, "after") ||
                            tok_is(&tk, i + 1, "from") || tok_is(&tk, i + 1, "until")));
    int pct_cue = pct_kind != 0;
    time_parse(&tk, as_of, &ti);
    int nm = ground_multiword_values(cat, gx, &tk, m, M_MAX / 2);
    scan_keywords(&tk, &k);
    nm += ground_mentions(cat, gx, &tk, m + nm, M_MAX - nm);
    for (int i = 1; i < nm; i++)   /* in question order */
        for (int j = i; j > 0 && m[j].start < m[j - 1].start; j--) {
            mention tmp = m[j];
            m[j] = m[j - 1];
            m[j - 1] = tmp;
        }
    /* "lasted longer than an hour": the duration word goes with the
     * threshold (a length of time), it is not the measure */
    for (int h = 0; h < k.nth; h++)
        for (int i = 0; k.th[h].unit > 0 && i < nm; i++)
            if (m[i].kind == MK_CONCEPT && m[i].concept == CON_DURATION && !m[i].measure &&
                m[i].end <= k.th[h].kwpos + 1)
                m[i].role = R_THRESH;
    r->nmentions = nm;

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
        if (m[i].kind != MK_TABLE)
            continue;
        /* "the Chicago clinic", "male patients": a table named next to one
         * of its values qualifies the value; it is not what is counted */
        int later_table = 0;
        for (int j = i + 1; j < nm; j++)
            later_table |= m[j].kind == MK_TABLE;
        for (int j = 0; j < nm && later_table; j++)
            if (m[j].kind == MK_VALUE && (m[j].end == m[i].start || m[j].start == m[i].end))
                for (int x = 0; x < m[j].nalts; x++)
                    if (m[j].alts[x].t == m[i].t && m[i].role == R_NONE)
                        m[i].role = R_QUAL;
        /* "with no prescription", "never placed an order" */
        int b = m[i].start - 1, skipped = 0;
        while (b >= 0 && k.kw[b] != KW_NEVER &&
               ((lex_is_stop(tk.v[b].w) && !k.kw[b]) || (!tk.v[b].used && !skipped++)))
            b--;
        if (b >= 0 && k.kw[b] == KW_NEVER && m[i].start - b <= 3)
            m[i].role = R_NOTEXISTS;
        /* "at least one support ticket", "more than zero orders" */
        for (int h = 0; h < k.nth; h++)
            if (m[i].start == k.th[h].pos + 1 &&
                ((k.th[h].op == OP_GE && k.th[h].num == 1) || (k.th[h].op == OP_GT && k.th[h].num == 0))) {
                m[i].role = R_EXISTS;
                k.th[h].done = 1;
            }
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
        if (m[mi].kind == MK_CONCEPT && m[mi].measure && cat->sem) {
            /* the semantic file's measure: its SQL, on its table */
            const sem_measure *me = &cat->sem->measures[m[mi].measure - 1];
            q->measure = m[mi].measure;
            q->m1 = (qcol){me->t, me->nrefs ? me->refs[0][1] : 0};
            for (int j = 0; j < me->nrefs; j++)
                if (me->refs[j][0] == me->t) {
                    q->m1.c = me->refs[j][1];
                    break;
                }
            q->m2 = (qcol){-1, -1};
        } else if (m[mi].kind == MK_CONCEPT) {
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
        } else if (m[subject].kind == MK_TABLE &&
                   (counted < 0 || (k.list && !k.count && !k.sum && !k.avg && !k.distinct))) {
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
    else if (prev && prev->base >= 0 && mentions_near(cat, m, nm, prev->base))
        q->base = prev->base;
    else {
        /* no table named: the rows a value describes ("plan upgrades"),
         * else the first name */
        for (int i = 0; i < nm && q->base < 0; i++)
            if (m[i].kind == MK_TABLE)
                q->base = m[i].t;
        for (int i = 0; i < nm && q->base < 0; i++)
            if (m[i].kind == MK_VALUE)
                q->base = m[i].alts[0].t;
        for (int i = 0; i < nm && q->base < 0; i++)
            if (m[i].kind == MK_COLUMN)
                q->base = m[i].alts[0].t;
    }
    if (q->base < 0)
        return -1;
    /* a measure in the counted table's child: "orders" + "revenue" keeps the measure's table */

    /* rows with or without related rows */
    for (int i = 0; i < nm; i++) {
        if (m[i].role != R_EXISTS && m[i].role != R_NOTEXISTS)
            continue;
        int x = m[i].t, e = q->base;
        int pk = catalog_primary_key(&cat->tables[e]);
        int fk = -1;
        for (size_t c = 0; c < cat->tables[x].ncols && fk < 0; c++)
            if (cat->tables[x].cols[c].ref_t == e)
                fk = (int)c;
        if (x == e || pk < 0)
            continue;
        if (m[i].role == R_EXISTS && q->m1.c < 0 && k.count && !pct_cue) {
            /* "how many accounts opened at least one ticket": count the
             * distinct entities among the related rows */
            q->base = x;
            q->agg = AGG_COUNT_DISTINCT;
            q->m1 = fk >= 0 ? (qcol){x, fk} : (qcol){e, pk};
        } else if (fk >= 0) {
            qfilter f;
            memset(&f, 0, sizeof f);
            f.col = (qcol){e, pk};
            f.op = m[i].role == R_EXISTS ? OP_EXISTS : OP_NOTEXISTS;
            f.sub = x;
            f.pos = m[i].start;
            add_filter(q, f);
        } else {
            r->unplaced++;
        }
    }

    /* 5. dimensions */
    for (int i = 0; i < nm; i++)
        if (m[i].role == R_DIM) {
            int def = m[i].kind == MK_COLUMN ? ground_nearest(cat, m[i].alts, m[i].nalts, q->base) : -1;
            int a = m[i].kind == MK_COLUMN ? note_ambiguity(cat, r, &m[i], def, q->base, 0) : def;
            mention one = m[i];
            if (a != def) {   /* a forced reading: group by that candidate only */
                one.alts[0] = m[i].alts[a];
                one.nalts = 1;
            }
            add_dim(cat, q, &one, q->base);
        }
    if (growth) {
        /* period over period: bucket by that period; the range's first
         * period needs the one before it (emit reads one period back) */
        if (!ti.bucket)
            ti.bucket = growth;
        q->growth = growth;
        r->has_subject = 1;
    }
    if (ti.bucket) {
        q->bucket = ti.bucket;
    }
    r->has_dims = q->ndims > 0 || q->bucket;

    /* 6. filters: values and thresholds */
    for (int i = 0; i < nm; i++) {
        if (m[i].role != R_FILTER)
            continue;
        int a = ground_nearest(cat, m[i].alts, m[i].nalts, q->base);
        int decided = 0;
        /* "the Boston clinic": a table named next to the value decides
         * (unless every candidate is in that table: "open tickets") */
        for (int j = 0; j < nm; j++)
            if (m[j].kind == MK_TABLE && (m[j].start == m[i].end || m[j].end == m[i].start))
                for (int x = 0; x < m[i].nalts; x++)
                    if (m[i].alts[x].t == m[j].t) {
                        a = x;
                        for (int y = 0; y < m[i].nalts && !decided; y++)
                            decided = m[i].alts[y].t != m[j].t;
                    }
        /* "state is open": the column named decides too */
        for (int j = 0; j < nm && !decided; j++)
            for (int x = 0; m[j].kind == MK_COLUMN && x < m[j].nalts; x++)
                if (m[j].alts[x].t == m[i].alts[a].t && m[j].alts[x].c == m[i].alts[a].c)
                    decided = 1;
        if (!decided)
            a = note_ambiguity(cat, r, &m[i], a, q->base, 1);
        qfilter f;
        memset(&f, 0, sizeof f);
        f.pos = m[i].start;
        f.col = m[i].alts[a];
        f.op = OP_EQ;
        snprintf(f.text, sizeof f.text, "%s", m[i].val[a]);
        add_filter(q, f);
    }
    for (int h = 0; h < k.nth; h++) {
        if (k.th[h].done)
            continue;
        qfilter f;
        memset(&f, 0, sizeof f);
        f.pos = k.th[h].kwpos;
        f.op = k.th[h].op;
        f.num = k.th[h].num;
        f.is_num = 1;
        if (k.th[h].unit > 0) {
            /* a length of time: a numeric column whose name gives its unit,
             * in the base table, the value converted to that unit */
            const cat_table *tb = &cat->tables[q->base];
            int found = -1;
            double cu = 0;
            for (size_t c = 0; c < tb->ncols && found < 0; c++)
                if (ground_is_numeric(&tb->cols[c]) && !ground_is_key(tb, (int)c) &&
                    (cu = column_time_unit(tb->cols[c].name)) > 0)
                    found = (int)c;
            if (found >= 0) {
                f.col = (qcol){q->base, found};
                f.num = k.th[h].num * k.th[h].unit / cu;
                add_filter(q, f);
            } else {
                r->unplaced++;     /* no column says how long: decline */
            }
            continue;
        }
        int target = -1;
        for (int i = 0; i < nm; i++)
            if (m[i].start == k.th[h].pos + 1 && m[i].role == R_THRESH)
                target = i;
        int kp = k.th[h].kwpos - 1;
        if (target < 0 && kp >= 0 && !tk.v[kp].used && !k.th[h].con) {
            /* "costing over 200", "weighing more than 5": the verb names a
             * numeric column of the base table */
            char w[TOK_LEN];
            snprintf(w, sizeof w, "%s", tk.v[kp].w);
            size_t lw = strlen(w);
            if (lw > 5 && strcmp(w + lw - 3, "ing") == 0)
                w[lw - 3] = '\0';
            else if (lw > 4 && strcmp(w + lw - 2, "ed") == 0)
                w[lw - 2] = '\0';
            else if (lw > 3 && w[lw - 1] == 's')
                w[lw - 1] = '\0';
            const cat_table *tb = &cat->tables[q->base];
            for (size_t c = 0; c < tb->ncols; c++)
                if (ground_is_numeric(&tb->cols[c]) && !ground_is_key(tb, (int)c) &&
                    strlen(w) >= 3 && name_word_prefix(tb->cols[c].name, w, 0)) {
                    f.col = (qcol){q->base, (int)c};
                    add_filter(q, f);
                    tk.v[kp].used = 1;
                    target = -2;
                    break;
                }
            if (target == -2)
                continue;
        }
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
            /* "an average fee above 350" per group: compares the measure */
            if (target == mi && (k.avg || k.sum) && (q->ndims || q->bucket))
                f.having = 1;
            add_filter(q, f);
        } else if (m[target].kind == MK_TABLE && m[target].role == R_THRESH) {
            /* "more than 100 accounts": count per group */
            if (q->m1.c < 0 && q->base != m[target].t && q->ndims == 0 && counted >= 0 &&
                m[counted].kind == MK_TABLE) {
                mention dm = m[counted];
                add_dim(cat, q, &dm, m[target].t);
                q->count_groups = k.count && !q->bucket;
            } else if (q->m1.c < 0 && q->ndims == 0 && subject >= 0 && m[subject].kind == MK_TABLE) {
                add_dim(cat, q, &m[subject], m[target].t);
            }
            q->base = q->m1.c >= 0 ? q->base : m[target].t;
            f.having = 2;
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
    /* NULL words: "never paid", "no fee", "unpaid", "never logged in" */
    const cat_table *bt = &cat->tables[q->base];
    for (size_t i = 0; i < tk.n; i++) {
        int after_never = 0;
        for (int j = 0; j < k.nnull; j++)
            if ((int)i > k.nullpos[j] && (int)i <= k.nullpos[j] + 3)
                after_never = 1;
        const char *w = tk.v[i].w;
        int un = strncmp(w, "un", 2) == 0 && strlen(w) > 5;
        if ((!after_never && !un) || tk.v[i].isnum || lex_is_stop(w))
            continue;
        int in_table = 0;
        for (int j = 0; j < nm; j++)
            if (m[j].kind != MK_COLUMN && (int)i >= m[j].start && (int)i < m[j].end)
                in_table = 1;
        if (in_table)
            continue;
        const char *stem = un && !after_never ? w + 2 : w;
        /* the base table, or a table named right after ("unpaid invoice") */
        int tabs[2] = {q->base, -1};
        for (int j = 0; j < nm; j++)
            if (m[j].kind == MK_TABLE && m[j].start > (int)i && m[j].start <= (int)i + 2)
                tabs[1] = m[j].t;
        int done = 0;
        for (int ti2 = 0; ti2 < 2 && !done; ti2++) {
            if (tabs[ti2] < 0)
                continue;
            const cat_table *ct = &cat->tables[tabs[ti2]];
            for (size_t c = 0; c < ct->ncols && !done; c++) {
                const cat_column *col = &ct->cols[c];
                if (col->notnull || col->pk || ground_is_key(ct, (int)c))
                    continue;
                if (!name_word_prefix(col->name, stem,
                                      col->kind == COL_DATE || col->kind == COL_DATETIME))
                    continue;
                qfilter f;
                memset(&f, 0, sizeof f);
                f.col = (qcol){tabs[ti2], (int)c};
                f.op = OP_NULL;
                f.pos = (int)i;
                add_filter(q, f);
                tk.v[i].used = 1;
                done = 1;
            }
        }
    }

    /* "paid invoices", "shipped orders": a nullable date column named by
     * its participle and used for nothing else means it is set */
    for (int i = 0; i < nm; i++) {
        if (m[i].kind != MK_COLUMN || m[i].role != R_NONE || m[i].end - m[i].start != 1 || dur_unit)
            continue;
        const char *w = tk.v[m[i].start].w;
        size_t lw = strlen(w);
        if (!(lw > 4 && strcmp(w + lw - 2, "ed") == 0) && strcmp(w, "paid") && strcmp(w, "sent"))
            continue;
        qcol c = pick(cat, &m[i], q->base);
        if (c.t < 0 || !date_kind(&cat->tables[c.t].cols[c.c]) || cat->tables[c.t].cols[c.c].notnull)
            continue;
        int seen = 0;
        for (int j = 0; j < q->nf; j++)
            seen |= q->f[j].col.t == c.t && q->f[j].col.c == c.c;
        if (seen || joins_distance(cat, q->base, c.t) < 0 || ti.has_range)
            continue;
        qfilter f;
        memset(&f, 0, sizeof f);
        f.col = c;
        f.op = OP_NOTNULL;
        f.pos = m[i].start;
        add_filter(q, f);
        m[i].role = R_FILTER;
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
    if (q->measure) {
        const sem_measure *me = &cat->sem->measures[q->measure - 1];
        if (me->aggregate && q->agg != AGG_NONE)
            q->agg = AGG_SUM;       /* the measure aggregates itself */
        snprintf(q->alias, sizeof q->alias, "%s%.24s", me->aggregate || q->agg == AGG_SUM ? "" :
                 q->agg == AGG_AVG ? "avg_" : q->agg == AGG_MAX ? "max_" : q->agg == AGG_MIN ? "min_" : "",
                 me->name);
        for (char *p = q->alias; *p; p++)
            if (!isalnum((unsigned char)*p))
                *p = '_';
    }

    /* 9. shapes: durations, rates and shares, comparisons */
    int dur_rc = dur_unit ? shape_duration(cat, &tk, q, dur_unit, &ti, as_of, &k) : -1;
    if (dur_unit && dur_rc < 0 && dur_cue_strong)
        r->unplaced++;
    if (dur_rc == 0)
        r->has_subject = 1;
    if (dur_rc == 0)
        snprintf(q->alias, sizeof q->alias, "%s_%s",
                 q->agg == AGG_MAX ? "max" : q->agg == AGG_MIN ? "min" : q->agg == AGG_SUM ? "total" : "avg",
                 dur_unit == DUR_HOURS ? "hours" : dur_unit == DUR_MINUTES ? "minutes" :
                 dur_unit == DUR_YEARS ? "years" : "days");
    if (pct_kind) {
        int subj_end = -1;
        for (int i = 0; i < nm; i++)
            if (m[i].kind == MK_TABLE && m[i].start > pct_pos && subj_end < 0 &&
                (m[i].role == R_COUNTED || m[i].role == R_NONE || m[i].role == R_QUAL))
                subj_end = m[i].end;
        if (shape_pct(q, pct_kind, pct_pos, subj_end, prev != NULL) < 0)
            return -1;
    }
    if (cmp_cue)
        shape_compare(cat, q, &ti, &k);
    if ((k.max || k.min) && !dur_unit && !pct_kind)
        shape_when(cat, &tk, q, &k);

    /* a foreign key named by its role: "by origin city", "arriving in
     * Paris", "per manager": join along that key (emit), a self-join for
     * a key into its own table */
    int rft = -1, rfc = -1;
    int rpos = find_role(cat, &tk, m, nm, &rft, &rfc);
    if (rpos >= 0 && joins_distance(cat, q->base, rft) >= 0) {
        int ref = cat->tables[rft].cols[rfc].ref_t;
        tk.v[rpos].used = 1;
        q->role_t = rft;
        q->role_fk = rfc + 1;
        int named = 0;   /* a mention right after the role word, in the referenced table */
        for (int j = 0; j < nm; j++) {
            if (m[j].start < rpos + 1 || m[j].start > rpos + 2)
                continue;
            if (m[j].kind == MK_TABLE)
                continue;   /* "destination airport code": the column says it */
            int in_ref = 0;
            for (int a = 0; a < m[j].nalts; a++)
                in_ref |= m[j].alts[a].t == ref;
            if (!in_ref)
                continue;
            named = 1;
            /* "by origin city": the role word stood between "by" and the column */
            if (m[j].kind == MK_COLUMN && m[j].role == R_NONE && q->ndims < Q_MAXD &&
                kw_before(&tk, &k, rpos) == KW_GROUP) {
                mention one = m[j];
                int a = ground_nearest(cat, m[j].alts, m[j].nalts, ref);
                if (a >= 0) {
                    one.alts[0] = m[j].alts[a];
                    one.nalts = 1;
                }
                m[j].role = R_DIM;
                add_dim(cat, q, &one, ref);
                r->has_dims = 1;
            }
            if (ref != rft)
                continue;
            for (int a = 0; a < m[j].nalts; a++)
                if (m[j].alts[a].t == ref && m[j].alts[a].c < 32 && m[j].alts[a].c != rfc)
                    q->role_cols |= 1u << m[j].alts[a].c;
        }
        if (!named && kw_before(&tk, &k, rpos) == KW_GROUP && q->ndims < Q_MAXD) {
            int lb = ground_label(&cat->tables[ref]);
            q->dims[q->ndims] = (qcol){rft, rfc};
            q->labels[q->ndims] = lb >= 0 ? (qcol){ref, lb} : (qcol){-1, -1};
            if (lb >= 0 && lb < 32 && ref == rft)
                q->role_cols |= 1u << lb;
            q->ndims++;
            r->has_dims = 1;
        }
    } else if (rpos < 0) {
        /* two keys lead from the base to the same table and no word picks
         * one: the join takes the first; say so */
        const cat_table *bq = &cat->tables[q->base];
        for (size_t c = 0; c < bq->ncols && !r->ambiguous[0]; c++)
            for (size_t c2 = c + 1; c2 < bq->ncols && bq->cols[c].ref_t >= 0; c2++) {
                int x = bq->cols[c].ref_t, used = 0;
                if (bq->cols[c2].ref_t != x || x == q->base)
                    continue;
                for (int d = 0; d < q->ndims; d++)
                    used |= q->dims[d].t == x || q->labels[d].t == x;
                for (int f = 0; f < q->nf; f++)
                    used |= q->f[f].col.t == x;
                used |= q->m1.t == x;
                if (!used)
                    continue;
                snprintf(r->ambiguous, sizeof r->ambiguous,
                         "joined %.30s on %.30s; %.30s also leads there", cat->tables[x].name,
                         bq->cols[c].name, bq->cols[c2].name);
                break;
            }
    }

    /* 7. time */
    if (ti.has_range || q->bucket) {
        q->tcol = date_col_near(cat, q, &tk);
        if (q->tcol.c < 0 && !prev)
            return -1;
        snprintf(q->from, sizeof q->from, "%s", ti.from);
        snprintf(q->to, sizeof q->to, "%s", ti.to);
        r->has_range = ti.has_range;
    }

    for (int i = 0; i < nm; i++)
        if (!mention_used(q, &m[i]))
            r->ignored++;
    r->guessed_count = q->agg == AGG_COUNT && !k.count && !k.distinct && !q->pct && !q->list;
    /* "for each industry, which account has the highest MRR": the best row
     * within each group is not something this reading can express */
    if (q->ndims >= 2 && q->limit == 1 && !k.limit && (k.top || k.bottom) && k.group) {
        /* the dimension after "each"/"per"/"for every" partitions; the
         * best row of the other is kept in each (ROW_NUMBER) */
        for (int i = 0; i < nm && !q->per_group; i++) {
            if (m[i].role != R_DIM || m[i].start == 0 || k.kw[m[i].start - 1] != KW_GROUP)
                continue;
            for (int d = 0; d < q->ndims && !q->per_group; d++)
                if (qcol_in(q->dims[d], &m[i]))
                    q->per_group = d + 1;
        }
        if (q->ndims != 2 || !q->per_group || q->list || q->bucket) {
            q->per_group = 0;
            snprintf(r->unsupported, sizeof r->unsupported, "the best row within each group");
        } else {
            q->limit = 0;
        }
    }
    for (size_t i = 0; i < tk.n; i++)
        if (!tk.v[i].used && !tk.v[i].isnum && lex_is_unsupported(tk.v[i].w) &&
            !r->unsupported[0])
            snprintf(r->unsupported, sizeof r->unsupported, "%s", tk.v[i].w);
    for (size_t i = 0; i < tk.n; i++)
        if (!tk.v[i].used && !lex_is_stop(tk.v[i].w) && !tk.v[i].isnum) {
            if (!lex_is_filler(tk.v[i].w))
                r->risky++;
            r->unknown_words++;
            if (strlen(r->unknown) + strlen(tk.v[i].w) + 2 < sizeof r->unknown) {
                if (r->unknown[0])
                    strcat(r->unknown, " ");
                strcat(r->unknown, tk.v[i].w);
            }
        }
    return 0;
}
