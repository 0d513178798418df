/* context.c: follow-ups. A question that names no measure or counted table
 * of its own, or starts like a refinement, changes only what it says
 * (grouping, range, filters, limit, aggregate) in the previous query. */
#include "context.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "lexicon.h"
#include "read_state.h"
#include "tokens.h"

int context_is_followup(const query *prev, const reading *r)
{
    if (!prev || prev->base < 0)
        return 0;
    if (r->followup_cue)
        return 1;
    /* "excluding lost parcels", "for York depot only": rows narrowed, nothing
     * asked of them */
    if (r->restrict_cue && !r->kw_agg && !r->has_dims && !r->has_limit && r->q.m1.c < 0 &&
        !r->q.pct)
        return 1;
    return !r->has_subject;
}

/* Put the follow-up's filter f into q, whose first nprev filters are the
 * previous question's: f replaces one of those of its kind, each at most
 * once (kept[i] set), so "except York and Leeds" keeps both. */
static void put_filter(query *q, const qfilter *f, int nprev, int *kept)
{
    /* "year >= 2023 and year < 2024", then "and 2024?": each bound replaces
     * its own kind */
    for (int i = 0; i < nprev; i++) {
        const qfilter *g = &q->f[i];
        if (kept[i])
            continue;
        if (g->col.t == f->col.t && g->col.c == f->col.c && g->having == f->having &&
            g->via == f->via && g->op == f->op && g->cond == f->cond) {
            q->f[i] = *f;
            kept[i] = 1;
            return;
        }
    }
    for (int i = 0; i < nprev; i++) {
        const qfilter *g = &q->f[i];
        if (kept[i])
            continue;
        if (g->col.t == f->col.t && g->col.c == f->col.c && g->having == f->having &&
            g->via == f->via && ((g->op <= OP_NE && f->op <= OP_NE) || g->op == f->op ||
             (g->op >= OP_GT && g->op <= OP_LE && f->op >= OP_GT && f->op <= OP_LE))) {
            int cond = g->cond && f->op <= OP_NE;   /* "cancellation rate", then "what about
                                                     * no-shows": the rate of the new value */
            q->f[i] = *f;
            q->f[i].cond |= cond;
            kept[i] = 1;
            return;
        }
    }
    if (q->nf < Q_MAXF)
        q->f[q->nf++] = *f;
}

/* "add their total cost", "also show the average fee": may the measure
 * r names stand beside prev's? 1: it may; 2: it is prev's own count, shown
 * already; 0: it may not (another table's column, new filters, a rate, a
 * shape the second measure cannot take). */
static int add_fits(const query *prev, const reading *r)
{
    const query *n = &r->q;
    if (prev->list || prev->pct || prev->dur || prev->measure || prev->growth || prev->running ||
        prev->count_groups || prev->per_group || prev->agg == AGG_MEDIAN || prev->xagg ||
        n->nf || r->has_dims || r->has_range || r->has_limit || n->pct || n->dur || n->measure)
        return 0;
    for (int i = 0; i < prev->nf; i++)
        if (prev->f[i].having)
            return 0;
    if (n->agg == AGG_COUNT && n->m1.c < 0 && n->base == prev->base && prev->agg == AGG_COUNT &&
        (r->has_subject || r->kw_agg == AGG_COUNT))
        return 2;   /* "add the number of hires" to a count of hires */
    if (n->m1.c < 0 || n->m2.c >= 0 || n->m1.t != prev->base ||
        (n->agg != AGG_SUM && n->agg != AGG_AVG && n->agg != AGG_MIN && n->agg != AGG_MAX) ||
        (n->m1.t == prev->m1.t && n->m1.c == prev->m1.c && n->agg == prev->agg) ||
        !strcmp(n->alias, prev->alias))
        return 0;
    return 1;
}

/* "also by service", "by month too": may the grouping r names be added
 * to prev's one grouping? */
static int also_fits(const query *prev, const reading *r)
{
    const query *n = &r->q;
    if (prev->ndims != 1 || prev->bucket || prev->list || prev->limit || prev->per_group ||
        prev->count_groups || prev->chrono || prev->growth || prev->running)
        return 0;
    if (n->ndims == 1 && !n->bucket)
        return n->dims[0].t != prev->dims[0].t || n->dims[0].c != prev->dims[0].c;
    return n->ndims == 0 && n->bucket;
}

void context_merge(const catalog *cat, const query *prev, const reading *r, query *out)
{
    const query *n = &r->q;
    *out = *prev;
    if (r->add_cue) {   /* the measure beside, nothing else changed */
        if (add_fits(prev, r) == 1) {
            out->xagg = n->agg;
            out->x1 = n->m1;
            memcpy(out->xalias, n->alias, sizeof out->xalias);
        }
        return;
    }
    if (r->has_dims && r->also && also_fits(prev, r)) {
        if (n->ndims) {   /* "also by service": a second grouping */
            out->dims[1] = n->dims[0];
            out->labels[1] = n->labels[0];
            out->ndims = 2;
        } else {          /* "by month too": the groups in each month */
            out->bucket = n->bucket;
            if (out->tcol.c < 0)
                out->tcol = n->tcol;
        }
    } else if (r->has_dims) {
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
    if (r->all_time && !r->has_range) {   /* "for all time": no range */
        out->from[0] = out->to[0] = '\0';
        out->nparts = 0;
    }
    if (r->has_range) {
        memcpy(out->from, n->from, sizeof out->from);
        memcpy(out->to, n->to, sizeof out->to);
        memcpy(out->parts, n->parts, sizeof out->parts);
        out->nparts = n->nparts;
        if (out->tcol.c < 0)
            out->tcol = n->tcol;
    }
    /* a key named by its role ("arriving in Paris", "to Denver") */
    if (n->role_fk && !out->role_fk) {
        out->role_t = n->role_t;
        out->role_fk = n->role_fk;
        out->role_cols = n->role_cols;
    }
    int nprev = out->nf, kept[Q_MAXF] = {0};
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
        put_filter(out, &f, nprev, kept);
    }
    /* "count the tickets instead of revenue": the rows counted, the
     * measure before dropped */
    if (r->kw_agg == AGG_COUNT && r->has_subject && prev->m1.c >= 0 && n->base == prev->base &&
        (n->m1.c < 0 || (r->instead_of && n->m1.t == prev->m1.t && n->m1.c == prev->m1.c)) &&
        !prev->pct && !prev->dur && !prev->measure && !r->has_limit) {
        out->agg = AGG_COUNT;
        out->m1 = out->m2 = (qcol){-1, -1};
        out->list = 0;
        snprintf(out->alias, sizeof out->alias, "%s", cat->tables[out->base].name);
        return;
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

/* Does one of the words of name (split on '_' and camelCase, stemmed)
 * name something one wants less of: a delay, a cancellation, a loss? */
static int bad_name(const char *name)
{
    static const char *const bad[] = {"delay", "late", "overdue", "cancel", "noshow",
                                      "complain", "complaint", "defect", "error", "fail",
                                      "failure", "loss", "lost", "refund", "churn", "incident",
                                      "damage", "fraud", "denied", "denial", "deny",
                                      "downtime", "wait", "penalty", "penalti", "accident",
                                      "injury", "injuri", "violation", "dispute", "chargeback",
                                      "bounce", "absence", "abandon", "breach", "missed",
                                      "outage", "rejected", "rejection", "reject", NULL};
    char words[16][TOK_LEN];
    int n = rd_split_name(name, words, 16);
    for (int i = 0; i < n; i++) {
        if (!strcmp(words[i], "no") && i + 1 < n && !strncmp(words[i + 1], "show", 4))
            return 1;   /* no_show */
        for (int k = 0; bad[k]; k++)
            if (!strncmp(words[i], bad[k], strlen(bad[k])))
                return 1;
    }
    return 0;
}

int context_lower_is_better(const catalog *cat, const query *q)
{
    if (q->base < 0)
        return 0;
    if (q->m1.c >= 0 && bad_name(cat->tables[q->m1.t].cols[q->m1.c].name))
        return 1;
    if (q->m1.c < 0 && bad_name(cat->tables[q->base].name))
        return 1;   /* a count of complaints, of incidents */
    if (q->m1.c < 0 || q->pct == PCT_RATE)
        for (int i = 0; i < q->nf; i++)   /* the lost parcels counted, the no-show rate */
            if (q->f[i].op == OP_EQ && !q->f[i].is_num && (q->f[i].cond || q->pct != PCT_RATE) &&
                bad_name(q->f[i].text))
                return 1;
    return 0;
}

/* Is the stemmed word s one of the words of name? */
static int name_has(const char *name, const char *s)
{
    char words[16][TOK_LEN];
    int n = rd_split_name(name, words, 16);
    for (int i = 0; i < n; i++)
        if (!strcmp(words[i], s))
            return 1;
    return 0;
}

/* May the word (stem s) of a "which one ...?" stand for something of
 * prev: its groups, its measure, what it counts? A word naming another
 * column of the tables prev reads may ask about that column instead. */
static int names_prev_only(const catalog *cat, const query *prev, const char *s)
{
    for (int i = 0; i < prev->ndims; i++) {
        const cat_table *t = &cat->tables[prev->dims[i].t];
        if (name_has(t->name, s) || name_has(t->cols[prev->dims[i].c].name, s) ||
            (prev->labels[i].c >= 0 && name_has(t->cols[prev->labels[i].c].name, s)))
            return 1;
    }
    if (prev->m1.c >= 0 && name_has(cat->tables[prev->m1.t].cols[prev->m1.c].name, s))
        return 1;
    if (prev->agg == AGG_COUNT && name_has(cat->tables[prev->base].name, s))
        return 1;
    if (prev->tcol.c >= 0 && (prev->bucket || prev->from[0] || prev->to[0]) &&
        name_has(cat->tables[prev->tcol.t].cols[prev->tcol.c].name, s))
        return 1;   /* "shipped" of shipped_on, the range's date */
    int tabs[Q_MAXD + Q_MAXF + 2], nt = 0;
    tabs[nt++] = prev->base;
    if (prev->m1.c >= 0)
        tabs[nt++] = prev->m1.t;
    for (int i = 0; i < prev->ndims; i++)
        tabs[nt++] = prev->dims[i].t;
    for (int i = 0; i < prev->nf; i++)
        tabs[nt++] = prev->f[i].col.t;
    for (int k = 0; k < nt; k++) {
        const cat_table *t = &cat->tables[tabs[k]];
        if (name_has(t->name, s))
            return 0;
        for (size_t c = 0; c < t->ncols; c++)
            if (name_has(t->cols[c].name, s))
                return 0;
    }
    return 1;
}

int context_pick_one(const catalog *cat, const query *prev, const char *prev_question,
                     const char *question, query *out)
{
    static const char *const hi[] = {"most", "highest", "largest", "biggest", "greatest", "top",
                                     "maximum", NULL};
    static const char *const lo[] = {"least", "lowest", "smallest", "fewest", "bottom",
                                     "minimum", NULL};
    if (!prev || prev->base < 0 || !prev_question || (!prev->ndims && !prev->bucket) ||
        prev->list || prev->count_groups || prev->per_group || prev->growth || prev->running)
        return 0;
    toks *t = malloc(2 * sizeof *t);
    if (!t)
        return 0;
    toks *pt = t + 1;
    tok_split(question, t);
    tok_split(prev_question, pt);
    int dir = 0, nsup = 0, ok = t->n >= 2 && (tok_is(t, 0, "which") || tok_is(t, 0, "who"));
    for (size_t i = 1; ok && i < t->n; i++) {
        const tok *w = &t->v[i];
        int h = rd_in(w->w, hi), l = rd_in(w->w, lo);
        int good = !strcmp(w->w, "best"), bad = !strcmp(w->w, "worst");
        if (h || l || good || bad) {
            nsup++;
            int lower_better = context_lower_is_better(cat, prev);
            dir = h || (good && !lower_better) || (bad && lower_better) ? 1 : 2;
            continue;
        }
        if ((w->isnum && strcmp(w->w, "one")) || !strcmp(w->w, "ones")) {   /* "which 3", "which ones": how many? */
            ok = 0;
            break;
        }
        if (lex_is_stop(w->w))
            continue;
        int seen = 0;   /* "which one taught the most?" after "... each teacher taught" */
        for (size_t k = 0; k < pt->n && !seen; k++)
            seen = !strcmp(pt->v[k].stem, w->stem);
        ok = seen && names_prev_only(cat, prev, w->stem);
    }
    free(t);
    if (!ok || nsup != 1)
        return 0;
    *out = *prev;
    out->limit = 1;
    out->asc = dir == 2;
    return 1;
}

/* "as a percentage of all 2023 bookings": the previous groups' shares of
 * the whole they were counted in; a whole it names otherwise (other rows,
 * another range, all rows where the groups were filtered) is not that. */
static const char *share_conflict(const query *prev, const reading *r, const char *question)
{
    const query *n = &r->q;
    if (!prev->ndims && !prev->bucket)
        return "a share of one number";
    if (r->has_subject && n->base != prev->base)
        return "a share of other rows";
    if (n->nf)
        return "a share of rows filtered otherwise";
    if (r->has_range && (strcmp(n->from, prev->from) || strcmp(n->to, prev->to)))
        return "a share of another period";
    int wfilters = prev->from[0] || prev->to[0];
    for (int i = 0; i < prev->nf; i++)
        wfilters |= !prev->f[i].cond && !prev->f[i].having;
    toks *t = malloc(sizeof *t);
    if (!t)
        return "a share";
    tok_split(question, t);
    int all = 0;
    for (size_t i = 0; i < t->n; i++)
        all |= tok_is(t, i, "all");
    free(t);
    if (all && wfilters && !r->has_range)
        return "a share of all rows, unfiltered";
    return NULL;
}

const char *context_conflict(const query *prev, const reading *r, const query *merged,
                             const char *question)
{
    const query *n = &r->q;
    if (r->add_cue)
        return add_fits(prev, r) ? NULL : "a column I cannot show beside the one before";
    /* "which one had the highest fee?" after a count: the fee it names is
     * not what the answer ranks */
    if (r->has_subject && n->m1.c >= 0 && !merged->measure &&
        (merged->m1.t != n->m1.t || merged->m1.c != n->m1.c) &&
        !(r->instead_of && merged->m1.c < 0 && n->m1.t == prev->m1.t && n->m1.c == prev->m1.c))
        return "a measure other than the one before";
    if (n->pct == PCT_SHARE && !prev->pct)
        return share_conflict(prev, r, question);
    /* "also by service" where a second grouping cannot be added */
    if (r->also && r->has_dims && (prev->ndims || prev->bucket) && !also_fits(prev, r))
        return "a grouping beside the one before";
    /* "which one was worst?" after a list of rows or one number */
    if (r->has_limit && merged->list && merged->m1.c < 0)
        return "a ranking of rows with nothing to rank them by";
    if (r->has_limit && !merged->list && !merged->ndims && !merged->bucket)
        return "a ranking of one number";
    /* "compare with December 2022" after December 2023: both periods,
     * which one range cannot say */
    if (r->compares && r->has_range && (prev->from[0] || prev->to[0]) &&
        (strcmp(n->from, prev->from) || strcmp(n->to, prev->to)))
        return "two separate periods side by side";
    return NULL;
}
