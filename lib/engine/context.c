/* context.c: follow-ups. A question that names no measure or counted table
 * of its own, or starts like a refinement, changes only what it says
 * (grouping, range, filters, limit, aggregate) in the previous query. */
#include "context.h"

#include <stdio.h>
#include <string.h>

int context_is_followup(const query *prev, const reading *r)
{
    if (!prev || prev->base < 0)
        return 0;
    if (r->followup_cue)
        return 1;
    return !r->has_subject;
}

static void put_filter(query *q, const qfilter *f)
{
    /* "year >= 2023 and year < 2024", then "and 2024?": each bound replaces
     * its own kind */
    for (int i = 0; i < q->nf; i++) {
        const qfilter *g = &q->f[i];
        if (g->col.t == f->col.t && g->col.c == f->col.c && g->having == f->having &&
            g->via == f->via && g->op == f->op && g->cond == f->cond) {
            q->f[i] = *f;
            return;
        }
    }
    for (int i = 0; i < q->nf; i++) {
        const qfilter *g = &q->f[i];
        if (g->col.t == f->col.t && g->col.c == f->col.c && g->having == f->having &&
            g->via == f->via && ((g->op <= OP_NE && f->op <= OP_NE) || g->op == f->op ||
             (g->op >= OP_GT && g->op <= OP_LE && f->op >= OP_GT && f->op <= OP_LE))) {
            int cond = g->cond && f->op <= OP_NE;   /* "cancellation rate", then "what about
                                                     * no-shows": the rate of the new value */
            q->f[i] = *f;
            q->f[i].cond |= cond;
            return;
        }
    }
    if (q->nf < Q_MAXF)
        q->f[q->nf++] = *f;
}

void context_merge(const catalog *cat, const query *prev, const reading *r, query *out)
{
    const query *n = &r->q;
    *out = *prev;
    if (r->has_dims) {
        out->ndims = n->ndims;
        memcpy(out->dims, n->dims, sizeof out->dims);
        memcpy(out->labels, n->labels, sizeof out->labels);
        out->chrono = n->chrono;
        out->bucket = n->bucket;
        if (n->bucket && out->tcol.c < 0)
            out->tcol = n->tcol;
        if (out->list && out->ndims + (out->bucket != 0) > 0 && !n->list) {
            out->list = 0;
            if (out->agg == AGG_NONE)
                out->agg = out->m1.c >= 0 ? AGG_SUM : AGG_COUNT;
        }
        if (!r->has_limit)
            out->limit = 0;
    }
    if (r->has_range) {
        memcpy(out->from, n->from, sizeof out->from);
        memcpy(out->to, n->to, sizeof out->to);
        if (out->tcol.c < 0)
            out->tcol = n->tcol;
    }
    /* a key named by its role ("arriving in Paris", "to Denver") */
    if (n->role_fk && !out->role_fk) {
        out->role_t = n->role_t;
        out->role_fk = n->role_fk;
        out->role_cols = n->role_cols;
    }
    for (int i = 0; i < n->nf; i++) {
        qfilter f = n->f[i];
        int v = f.via;
        if (v && v != out->role_fk && v != out->role2_fk) {
            if (out->role_t == n->role_t && !out->role2_fk &&
                cat->tables[out->role_t].cols[out->role_fk - 1].ref_t ==
                    cat->tables[n->role_t].cols[v - 1].ref_t)
                out->role2_fk = v;   /* "from Boston", then "what about to Denver?" */
            else
                f.via = 0;
        }
        put_filter(out, &f);
    }
    /* "and the average seats?" after a count: the measure it names, on
     * the same rows */
    int new_measure = r->has_subject && n->m1.c >= 0 && n->base == prev->base && !n->dur &&
                      !n->pct && !n->list && n->agg != AGG_COUNT && n->agg != AGG_NONE &&
                      (prev->m1.c < 0 || prev->agg == AGG_COUNT);
    if (new_measure) {
        out->m1 = n->m1;
        out->m2 = n->m2;
        out->measure = n->measure;
        out->agg = n->agg;
        out->list = 0;
        out->pct = PCT_NONE;
        memcpy(out->alias, n->alias, sizeof out->alias);
    }
    if (n->pct == PCT_RATE && !out->pct) {   /* a rate of rows, or of the sum it names */
        out->m1 = n->m1;
        out->m2 = n->m2;
        out->agg = n->agg;
    }
    if (n->pct && !out->pct) {
        out->pct = n->pct;
        out->list = 0;
        if (out->agg == AGG_NONE)
            out->agg = out->m1.c >= 0 ? AGG_SUM : AGG_COUNT;
    }
    if (r->has_limit) {
        out->limit = n->limit;
        out->asc = n->asc;
    }
    if (r->sort)   /* "sorted from lowest to highest" */
        out->asc = r->sort == 2;
    if (r->kw_agg && r->kw_agg != AGG_COUNT && out->m1.c >= 0) {
        out->agg = r->kw_agg;
        out->list = 0;
    } else if (r->kw_agg == AGG_COUNT && out->m1.c >= 0 && !r->has_limit &&
               (r->has_subject == 0 || (n->base == prev->base && n->m1.c < 0 && n->agg == AGG_COUNT))) {
        /* "now count the bookings instead of revenue": the rows summed before */
        out->agg = AGG_COUNT;
        out->m1 = out->m2 = (qcol){-1, -1};
    }
    /* the measure alias follows the aggregate */
    if (new_measure)
        return;
    if (out->pct)
        snprintf(out->alias, sizeof out->alias, "%s", out->pct == PCT_SHARE ? "share_pct" : "rate_pct");
    else if (out->agg == AGG_COUNT)
        snprintf(out->alias, sizeof out->alias, "%s", cat->tables[out->base].name);
    else if (r->kw_agg && out->m1.c >= 0 && r->kw_agg != prev->agg) {
        const char *pre = out->agg == AGG_AVG ? "avg" : out->agg == AGG_MAX ? "max" :
                          out->agg == AGG_MIN ? "min" : out->agg == AGG_MEDIAN ? "median" : "total";
        char tmp[32];
        const char *u = strchr(prev->alias, '_');
        snprintf(tmp, sizeof tmp, "%s_%.24s", pre, u ? u + 1 : prev->alias);
        memcpy(out->alias, tmp, sizeof out->alias);
    }
}
