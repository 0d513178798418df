/* read_shape.c: the shape of the answer: aggregate, order and limit;
 * durations, rates and shares, comparisons, latest rows and keys named by
 * their role (reading stages 8 and 9). */
#include "read_state.h"

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

/* pick one of a column mention's candidates near table `near` */
qcol rd_pick(const catalog *cat, const ground_index *gx, const mention *m, int near)
{
    int i = ground_nearest(cat, gx, m->alts, m->nalts, near);
    return i >= 0 ? m->alts[i] : (qcol){-1, -1};
}

void rd_set_alias(query *q, const catalog *cat, lex_concept con)
{
    const char *pre = q->agg == AGG_AVG ? "avg_" : q->agg == AGG_MAX ? "max_" :
                      q->agg == AGG_MIN ? "min_" : q->agg == AGG_SUM ? "total_" :
                      q->agg == AGG_MEDIAN ? "median_" : "";
    if (q->agg == AGG_COUNT) {
        snprintf(q->alias, sizeof q->alias, "%s", cat->tables[q->base].name);
        return;
    }
    if (q->agg == AGG_COUNT_DISTINCT && q->m1.c >= 0) {
        /* the rows of a table counted by their key: the table's name */
        if (q->m1.t != q->base && q->m1.c == catalog_primary_key(&cat->tables[q->m1.t]))
            snprintf(q->alias, sizeof q->alias, "%s", cat->tables[q->m1.t].name);
        else
            snprintf(q->alias, sizeof q->alias, "distinct_%s", cat->tables[q->m1.t].cols[q->m1.c].name);
        return;
    }
    if (con == CON_REVENUE) {
        snprintf(q->alias, sizeof q->alias, "%srevenue", q->agg == AGG_SUM ? "" : pre);
        return;
    }
    if (q->m1.c >= 0)
        snprintf(q->alias, sizeof q->alias, "%s%s", pre, cat->tables[q->m1.t].cols[q->m1.c].name);
}

/* Is money table t named only by a verb ("we invoiced", "paid") and never
 * by its noun ("invoices", "payments")? */
static int money_verb_only(const catalog *cat, const toks *tk, const mention *m, int nm, int t)
{
    int verb = 0;
    for (int i = 0; i < nm; i++) {
        if (m[i].kind != MK_TABLE || m[i].t != t)
            continue;
        const char *w = tk->v[m[i].end - 1].w;
        size_t lw = strlen(w);
        if (lw > 4 && !strcmp(w + lw - 2, "ed"))
            verb = 1;
        else
            return 0;
    }
    for (size_t i = 0; i < tk->n && !verb; i++) {
        const char *w = tk->v[i].w;
        size_t lw = strlen(w);
        char st[TOK_LEN];
        if (lw <= 4 || strcmp(w + lw - 2, "ed"))
            continue;
        lex_stem(cat->tables[t].name, st, sizeof st);
        verb = strncasecmp(w, st, lw - 2 < 5 ? lw - 2 : 5) == 0;   /* "invoiced" ~ invoices */
    }
    return verb;
}

int rd_money_noun(const char *stem)
{
    static const char *const money[] = {"fine", "fee", "payment", "invoice", "charge", "donation",
                                        "expense", "refund", "bill", "deposit", "withdrawal",
                                        "payout", "tip", "salary", "wage", "grant", "sale", "rent",
                                        NULL};
    return rd_in(stem, money);
}

/* A table whose rows are sums of money (fines, payments, invoices) and
 * its one amount column, or -1. */
int rd_money_amount(const catalog *cat, int t)
{
    const cat_table *rb = &cat->tables[t];
    char tst[TOK_LEN];
    lex_stem(rb->name, tst, sizeof tst);
    for (char *p = tst; *p; p++)
        *p = (char)tolower((unsigned char)*p);
    if (!rd_money_noun(tst))
        return -1;
    int amt = -1, namt = 0;
    for (size_t c = 0; c < rb->ncols; c++) {
        char st[TOK_LEN];
        lex_stem(rb->cols[c].name, st, sizeof st);
        for (char *p = st; *p; p++)
            *p = (char)tolower((unsigned char)*p);
        if (ground_is_numeric(&rb->cols[c]) && !ground_is_key(rb, (int)c) &&
            (lex_is_amount_word(st) || !strcmp(st, "cost") || !strcmp(st, "fee") || !strcmp(st, "price"))) {
            amt = (int)c;
            namt++;
        }
    }
    return namt == 1 ? amt : -1;
}

void rd_add_dim(const catalog *cat, query *q, const mention *m, int near)
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
        for (int i = 0; i < q->ndims; i++)   /* "each store ... show the store name": once */
            if (q->dims[i].t == m->t && q->dims[i].c == pk)
                return;
        q->dims[q->ndims] = (qcol){m->t, pk};
        q->labels[q->ndims] = (qcol){m->t, lb >= 0 ? lb : pk};
        q->ndims++;
    } else if (m->kind == MK_COLUMN) {
        qcol c = rd_pick(cat, NULL, m, near);
        const cat_column *col = &cat->tables[c.t].cols[c.c];
        if ((col->kind == COL_DATE || col->kind == COL_DATETIME) && !q->bucket) {
            q->tcol = c;
            q->bucket = BK_DAY;
            return;
        }
        for (int i = 0; i < q->ndims; i++)   /* "grade distribution: ... each letter grade": once */
            if (q->dims[i].t == c.t && q->dims[i].c == c.c)
                return;
        q->dims[q->ndims] = c;
        q->labels[q->ndims] = (qcol){-1, -1};
        q->ndims++;
    }
}

/* A duration between two date columns of the base table (days between
 * ordered and shipped, time to resolve), or from one to a date (tenure as
 * of a day, age). Returns 0 when the query became one. */
static int shape_duration(const catalog *cat, const ground_index *gx, toks *tk, query *q,
                          q_dur unit, time_info *ti, const char *as_of, const kwscan *k,
                          const duecue *due)
{
    /* a duration up to today only for tenure, age, "so far", "ago" */
    int ref_ok = 0;
    for (size_t i = 0; i < tk->n; i++)
        ref_ok |= tok_is(tk, i, "tenure") || tok_is(tk, i, "age") || tok_is(tk, i, "old") ||
                  tok_is(tk, i, "ago") || tok_is(tk, i, "far") || tok_is(tk, i, "today") ||
                  tok_is(tk, i, "now") || (tok_is(tk, i, "as") && tok_is(tk, i + 1, "of"));
    if (q->base < 0 || (q->m1.c >= 0 && !rd_date_kind(&cat->tables[q->m1.t].cols[q->m1.c])))
        return -1;
    const cat_table *t = &cat->tables[q->base];
    int ment[2] = {-1, -1}, firstpos[64];
    int start = -1, end = -1;
    int nment = rd_named_dates(cat, gx, tk, q->base, ment, firstpos, &start, &end);
    int dc, ac;
    if ((due->sign == 1 || due->dur) && rd_due_pair(cat, gx, tk, q->base, due, &dc, &ac) == 0) {
        /* "days overdue", "how many days late": from the due date to the
         * event, else to the date that ends the row's business */
        if (ac < 0) {
            int e = rd_end_date_col(cat, q->base);
            ac = e >= 0 && e != dc ? e : -1;
        }
        if (ac >= 0) {
            nment = 2;
            start = dc;
            end = ac;
        }
    }
    if (nment < 2) {
        int bests = -1, beste = -1, sc_s = -100, sc_e = -100;
        for (size_t c = 0; c < t->ncols; c++) {
            if (!rd_date_kind(&t->cols[c]))
                continue;
            int st = rd_startish(t->cols[c].name);
            int s = (st ? 4 : 0) + (t->cols[c].notnull ? 2 : 0) - (strstr(t->cols[c].name, "birth") ? 3 : 0);
            int e = (st ? -4 : 0) + (t->cols[c].notnull ? 0 : 2) + (strstr(t->cols[c].name, "updat") ? -3 : 0);
            if (s > sc_s) { sc_s = s; bests = (int)c; }
            if (e > sc_e) { sc_e = e; beste = (int)c; }
        }
        int ps, pe;
        if (nment == 1 && rd_span_pair(t, &ps, &pe) == 0 && (ps == ment[0] || pe == ment[0])) {
            start = ps;   /* "check-in length": the span the named date opens */
            end = pe;
        } else if (nment == 1) {
            if (rd_startish(t->cols[ment[0]].name)) {
                start = ment[0];
                end = -1;
            } else {
                end = ment[0];
                start = bests != end ? bests : -1;
                /* the start must come before the end ("days to settle a
                 * claim": filed, not a date usually later) */
                if (start >= 0 && ground_date_order(cat, (qcol){q->base, start}, (qcol){q->base, end}) > 0) {
                    int alt = -1, sc_a = -100;
                    for (size_t c = 0; c < t->ncols; c++) {
                        if (!rd_date_kind(&t->cols[c]) || (int)c == end ||
                            ground_date_order(cat, (qcol){q->base, (int)c}, (qcol){q->base, end}) >= 0)
                            continue;
                        int s = (rd_startish(t->cols[c].name) ? 4 : 0) + (t->cols[c].notnull ? 2 : 0) -
                                (strstr(t->cols[c].name, "birth") ? 3 : 0);
                        if (s > sc_a) { sc_a = s; alt = (int)c; }
                    }
                    start = alt;
                }
            }
        } else if (rd_span_pair(t, &start, &end) < 0) {
            start = bests;
            end = beste != bests ? beste : -1;
        }
    }
    int to_ref = 0;   /* tenure, age: from the start up to a day */
    for (size_t i = 0; i < tk->n; i++)
        to_ref |= tok_is(tk, i, "tenure") || tok_is(tk, i, "age");
    /* unless the one named column is an end: keep that pair */
    if (to_ref && nment < 2 && !(end >= 0 && nment == 1 && !rd_startish(t->cols[end].name)))
        end = -1;
    if (start < 0 || (end < 0 && !(ti->has_range && ti->from[0]) && !(as_of && ref_ok)))
        return -1;   /* no second date, no reference day: the query is left as it was */
    ground_mark_event_words(cat, gx, (qcol){q->base, start}, tk);   /* the words naming the ends */
    if (end >= 0)
        ground_mark_event_words(cat, gx, (qcol){q->base, end}, tk);
    q->dur = unit;
    q->list = 0;
    q->pct = PCT_NONE;
    q->agg = k->max && !k->top ? AGG_MAX : k->min && !k->bottom ? AGG_MIN : k->sum ? AGG_SUM :
             k->median ? AGG_MEDIAN : AGG_AVG;
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
static int shape_pct(const toks *tk, query *q, int kind, int pos, int subj_end, int followup, int ranked)
{
    int grouped = q->ndims > 0 || q->bucket;
    int nc = 0, said_before = 0;
    for (int i = 0; i < q->nf; i++)   /* "approval rate": the condition before the word */
        said_before |= kind == 1 && !q->f[i].having && q->f[i].pos >= 0 && q->f[i].pos < pos &&
                       q->f[i].pos >= pos - 3;
    for (int i = 0; i < q->nf; i++) {
        qfilter *f = &q->f[i];
        if (f->having || f->pos < 0)
            continue;
        int c = 0;
        if (kind == 1)   /* "... of vacation requests" after it: the rows rated */
            c = (f->pos < pos && f->pos >= pos - 3) ||
                (f->pos > pos && f->pos <= pos + 3 && !(said_before && subj_end >= 0 && f->pos < subj_end) &&
                 /* "cancellation rate for Hotel Aurora": the rows rated, not the condition */
                 !(said_before && f->pos > 0 &&
                   (tok_is(tk, (size_t)f->pos - 1, "for") || tok_is(tk, (size_t)f->pos - 1, "at") ||
                    tok_is(tk, (size_t)f->pos - 1, "in") || tok_is(tk, (size_t)f->pos - 1, "on") ||
                    tok_is(tk, (size_t)f->pos - 1, "among") || tok_is(tk, (size_t)f->pos - 1, "from") ||
                    tok_is(tk, (size_t)f->pos - 1, "through") || tok_is(tk, (size_t)f->pos - 1, "via"))));
        else if (subj_end >= 0)
            /* "which district has the highest share of electric trips": a
             * ranking of groups by their share of a kind of row is of the
             * rate within each (ranked by the share of the total, it would
             * be the one with the most such rows) */
            c = f->pos >= subj_end || (ranked && grouped && f->pos > pos && !f->is_num && f->col.t >= 0 &&
                                       (f->op == OP_EQ || f->op == OP_IN));
        else if (!grouped)
            c = f->pos > pos;
        f->cond = c;
        nc += c;
    }
    if (q->dur || (q->m1.c >= 0 && q->agg != AGG_SUM && q->agg != AGG_COUNT_DISTINCT && nc == 0))
        return -1;
    if (nc && kind == 2 && q->measure)
        return -1;   /* a semantic measure's part: its SQL cannot be split by rows */
    if (nc && kind == 2 && q->m1.c >= 0 && q->agg == AGG_SUM) {
        /* "what percentage of its revenue came from OTA bookings": the
         * sum's part over the rows meeting the condition */
        q->pct = PCT_RATE;
        snprintf(q->alias, sizeof q->alias, "share_pct");
    } else if (nc) {
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

/* "Do OTA bookings get cancelled more often ...? Show the cancellation
 * rate": the verb that says what the rate counts (cancelled_at is set) is
 * the rate's condition (status = 'cancelled') again, not a filter on the
 * rows rated; an emptiness filter on a column named like a condition's
 * value is dropped. */
static void drop_rate_echo(const catalog *cat, query *q)
{
    if (q->pct != PCT_RATE)
        return;
    for (int i = 0; i < q->nf; i++) {
        const qfilter *f = &q->f[i];
        if (f->cond || f->having || (f->op != OP_NOTNULL && f->op != OP_NULL) || f->col.t < 0)
            continue;
        const char *name = cat->tables[f->col.t].cols[f->col.c].name;
        int echo = 0;
        for (int j = 0; j < q->nf && !echo; j++) {
            const qfilter *g = &q->f[j];
            echo = g->cond && !g->is_num && g->op == OP_EQ && g->col.t == f->col.t && strlen(g->text) >= 5 &&
                   strncasecmp(name, g->text, 5) == 0;
        }
        if (echo)
            rd_drop_filter(q, i--);
    }
}

/* "how many sick days", "number of business days": the count asks for
 * the sum of the numeric column it names (the measure, mention mi), when
 * only stop words and values stand between */
static int count_of_column(const toks *tk, const kwscan *k, const mention *m, int nm, int mi)
{
    if (mi < 0 || m[mi].kind != MK_COLUMN)
        return 0;
    for (int j = m[mi].start - 1; j >= 0; j--) {
        if (k->kw[j] == KW_COUNT)
            return 1;
        int value = 0;   /* "how many parental leave days": values and the column's table */
        for (int x = 0; x < nm && !value; x++)
            value = (m[x].kind == MK_VALUE || (m[x].kind == MK_TABLE && m[x].t == m[mi].alts[0].t)) &&
                    m[x].start <= j && j < m[x].end;
        static const char *const verb[] = {"have", "has", "had", "are", "is", "were", "was", "do",
                                           "does", "did", NULL};
        if ((!value && !lex_is_stop(tk->v[j].w)) || rd_in(tk->v[j].w, verb))
            return 0;   /* "how many vans have seats": a count of vans */
    }
    return 0;
}

/* "which clinic opened most recently", "when did the first customer
 * join": a superlative of time ranks rows by their date. */
static void shape_when(const catalog *cat, const ground_index *gx, const toks *tk, query *q,
                       const kwscan *k)
{
    static const char *const late[] = {"latest", "newest", "recent", "recently", NULL};
    static const char *const early[] = {"earliest", "oldest", "first", NULL};
    int dir = 0;
    for (size_t i = 0; i < tk->n; i++)
        if (rd_in_list_w(tk->v[i].w, late))
            dir = 1;
        else if (rd_in_list_w(tk->v[i].w, early))
            dir = -1;
    if (!dir || q->m1.c >= 0 || q->ndims || q->bucket || q->pct || q->dur || q->count_groups)
        return;
    int sc;
    int c = ground_date_col_score(cat, gx, q->base, tk, &sc);
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
    char st[TOK_LEN];
    lex_stem(cat->tables[q->base].name, st, sizeof st);
    if (lb < 0 || lb == catalog_primary_key(&cat->tables[q->base]) ||
        cat->tables[q->base].cols[lb].kind != COL_TEXT) {
        /* "the latest salary": rows with no name show the value the
         * table is named after (annual_salary of salaries) */
        int own = rd_own_measure(cat, q->base, st);
        if (own >= 0)
            lb = own;
    }
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

/* "list the distinct aircraft models", "what are the different plan
 * types": the values of a text column, not how many there are; asked by
 * a listing word with no count, sum or average, nothing grouped yet. */
static int distinct_values_asked(const read_state *s, const mention *m)
{
    if (!s->k.list || s->k.count || s->k.sum || s->k.avg || s->q->ndims || s->q->bucket || s->pct_kind)
        return 0;
    qcol c = rd_pick(s->cat, s->gx, m, s->q->base);
    return c.t >= 0 && !rd_date_kind(&s->cat->tables[c.t].cols[c.c]) &&
           !ground_is_numeric(&s->cat->tables[c.t].cols[c.c]);
}

/* Stage 8: the aggregate, the order and the limit. */
int read_aggregate(read_state *s)
{
    const catalog *cat = s->cat;
    reading *r = s->r;
    query *q = s->q;
    /* 8. aggregate, order, limit */
    r->kw_agg = s->k.avg ? AGG_AVG : s->k.sum ? AGG_SUM : s->k.count ? AGG_COUNT :
                (s->k.max && !s->k.top) ? AGG_MAX : (s->k.min && !s->k.bottom) ? AGG_MIN : AGG_NONE;
    if (!r->kw_agg && ((s->k.max && !s->k.top) || (s->k.min && !s->k.bottom)) && !s->subject_is_dim &&
        q->ndims == 0 && !q->bucket)
        r->kw_agg = s->k.max ? AGG_MAX : AGG_MIN;
    r->has_agg_word = s->k.count || s->k.sum || s->k.avg || s->k.distinct ||
                      ((s->k.max || s->k.min) && !s->subject_is_dim && q->ndims == 0 && !q->bucket);
    if (s->k.distinct && q->m1.c < 0) {
        /* "how many distinct countries": a column mention after distinct */
        for (int i = 0; i < s->nm; i++)
            if (rd_kw_before(&s->tk, &s->k, s->m[i].start) == KW_DISTINCT) {
                if (s->m[i].kind == MK_COLUMN && distinct_values_asked(s, &s->m[i])) {
                    /* "list the distinct models": the values, one row each */
                    rd_add_dim(cat, q, &s->m[i], q->base);
                    s->m[i].role = R_DIM;
                    q->agg = AGG_COUNT;
                } else if (s->m[i].kind == MK_COLUMN) {
                    q->m1 = rd_pick(cat, s->gx, &s->m[i], q->base);
                    q->agg = AGG_COUNT_DISTINCT;
                    s->m[i].role = R_MEASURE;
                } else if (s->m[i].kind == MK_TABLE) {
                    int pk = catalog_primary_key(&cat->tables[s->m[i].t]);
                    if (pk >= 0 && s->m[i].t != q->base) {
                        q->m1 = (qcol){s->m[i].t, pk};
                        q->agg = AGG_COUNT_DISTINCT;
                    }
                } else if (s->m[i].kind == MK_VALUE && s->m[i].nalts == 1 && s->m[i].alts[0].t != q->base) {
                    /* "how many different servers served ...": the rows of the
                     * table whose value names them ('server' of staff.role) */
                    int vt = s->m[i].alts[0].t, pk = catalog_primary_key(&cat->tables[vt]);
                    if (pk >= 0 && joins_distance_g(cat, s->jg, q->base, vt) > 0) {
                        q->m1 = (qcol){vt, pk};
                        q->agg = AGG_COUNT_DISTINCT;
                    }
                }
            }
        if (q->agg == AGG_COUNT_DISTINCT && q->m1.t == q->base) {
            /* count distinct in the table that mentions it: keep base */
        }
        /* the entity of a counted table follows: "distinct customers ... orders" */
        if (q->agg == AGG_COUNT_DISTINCT) {
            for (int i = 0; i < s->nm; i++)
                if (s->m[i].kind == MK_TABLE && s->m[i].t != q->m1.t && s->m[i].role != R_DIM &&
                    joins_distance_g(cat, s->jg, s->m[i].t, q->m1.t) > 0) {
                    q->base = s->m[i].t;
                    break;
                }
        }
    }
    int grouped = q->ndims > 0 || q->bucket;
    if (q->agg == AGG_NONE) {
        if (q->m1.c >= 0) {
            if (s->k.avg) q->agg = AGG_AVG;
            else if (s->k.sum) q->agg = AGG_SUM;
            else if (s->k.count) q->agg = count_of_column(&s->tk, &s->k, s->m, s->nm, s->mi) ? AGG_SUM : AGG_COUNT;
            else if (s->k.max && !grouped) q->agg = AGG_MAX;
            else if (s->k.min && !grouped) q->agg = AGG_MIN;
            else q->agg = AGG_SUM;
        } else {
            q->agg = AGG_COUNT;
        }
    }
    if (q->agg == AGG_COUNT)
        q->m1 = q->m2 = (qcol){-1, -1};
    /* "the 5 accounts we invoiced the most", "which customer paid the
     * most": a verb of money rows ranked, no noun counted, is their amount */
    if (q->agg == AGG_COUNT && !s->k.count && !q->list && !s->pct_kind && (s->k.top || s->k.bottom) && q->m1.c < 0 &&
        !s->k.distinct && money_verb_only(cat, &s->tk, s->m, s->nm, q->base)) {
        int amt = rd_money_amount(cat, q->base);
        if (amt >= 0) {
            q->agg = AGG_SUM;
            q->m1 = (qcol){q->base, amt};
            rd_set_alias(q, cat, CON_NONE);
        }
    }
    /* "bank transfer payments total per hotel", "total fines", "total paid
     * by card": the total of rows that are sums of money is their amount's */
    if (q->agg == AGG_COUNT && !s->k.count && !q->list && !s->pct_kind && s->k.sum && q->m1.c < 0) {
        int amt = rd_money_amount(cat, q->base);
        if (amt >= 0) {
            q->agg = AGG_SUM;
            q->m1 = (qcol){q->base, amt};
            rd_set_alias(q, cat, CON_NONE);
        }
    }
    if (s->k.median && q->agg == AGG_AVG)
        q->agg = AGG_MEDIAN;
    if (s->k.median && r->kw_agg == AGG_AVG)
        r->kw_agg = AGG_MEDIAN;
    if (grouped && (s->k.top || s->k.bottom || s->k.limit)) {
        q->limit = s->k.limit ? s->k.limit : 1;
        q->asc = s->k.bottom && !s->k.top;
        r->has_limit = 1;
    } else if (s->k.limit) {
        q->limit = s->k.limit;
        q->asc = s->k.bottom && !s->k.top;
        r->has_limit = 1;
    } else if ((s->k.top || s->k.bottom) && r->followup_cue && s->prev && (s->prev->ndims || s->prev->bucket) && !s->prev->list) {
        /* "which of them had the lowest total?": the previous groups' first */
        q->limit = 1;
        q->asc = s->k.bottom && !s->k.top;
        r->has_limit = 1;
    }
    /* "bottom 5 enterprise customers by current MRR": the table counted is
     * one the measure's rows belong to; rank its rows by their measure */
    if (!grouped && q->m1.c >= 0 && (s->k.top || s->k.bottom) && s->k.limit && s->counted >= 0 &&
        s->m[s->counted].kind == MK_TABLE && s->m[s->counted].t != q->base && !q->measure &&
        rd_keys_holder(cat, q->base, s->m[s->counted].t) >= 0) {
        rd_add_dim(cat, q, &s->m[s->counted], q->base);
        grouped = q->ndims > 0;
        r->has_dims = grouped;
        /* "bottom 5" ranks them by their total, as "top 5 customers by MRR" */
        int sp = s->k.superlative_pos;
        if ((q->agg == AGG_MIN || q->agg == AGG_MAX) && sp >= 0 &&
            (tok_is(&s->tk, (size_t)sp, "top") || tok_is(&s->tk, (size_t)sp, "bottom")))
            q->agg = AGG_SUM;
    }
    /* an entity ranked by its own column: list rows ("3 cheapest products") */
    if (!grouped && q->m1.c >= 0 && (s->k.top || s->k.bottom) && s->k.limit && !s->k.sum && !s->k.avg) {
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
    /* a phrase with no word asking for rows wants how many, not the rows:
     * "books in french?", "desk bookings march 2024", "passengers with no
     * home airport" (written by five people who did not know this program,
     * such phrases asked for how many each time); "list", "show", "which"
     * ask for the rows, and a refinement keeps the shape it refines */
    int bare = !s->k.list && !s->r->restrict_cue && !s->r->followup_cue && !s->r->add_cue &&
               !rd_is_w(&s->tk, 0, "how") && !rd_is_w(&s->tk, 0, "are") && !rd_is_w(&s->tk, 0, "is") &&
               !rd_is_w(&s->tk, 0, "do") && !rd_is_w(&s->tk, 0, "does") && !rd_is_w(&s->tk, 0, "any") &&
               s->counted >= 0;
    if (!s->k.count && !s->k.sum && !s->k.avg && !s->k.distinct && q->m1.c < 0 && !grouped &&
        !having && !(s->k.top || s->k.bottom) && (s->k.list || s->counted >= 0) && !bare)
        q->list = 1;
    if (q->list && q->agg == AGG_COUNT)
        q->agg = AGG_NONE;
    if (q->list && s->show.c >= 0 && q->ndims == 0 && q->m1.c < 0 && s->show.t == q->base) {
        q->dims[0] = q->labels[0] = s->show;
        q->ndims = 1;
        if (s->show2.c >= 0 && s->show2.t == q->base) {
            q->dims[1] = q->labels[1] = s->show2;
            q->ndims = 2;
        }
    }
    /* "the top 5 drivers, with their ids and names": the key beside the name */
    if (s->ids && q->ndims == 1 && !q->list && q->labels[0].c >= 0 && q->labels[0].c != q->dims[0].c &&
        catalog_primary_key(&cat->tables[q->dims[0].t]) == q->dims[0].c) {
        q->dims[1] = q->labels[1] = q->dims[0];
        q->ndims = 2;
    }
    /* "who are the directors": people, the rows of the table of persons
     * whose job (or team, ...) the value describes */
    int people = q->list && tok_is(&s->tk, 0, "who") && s->counted < 0 && q->m1.c < 0 && !q->ndims ?
                 rd_person_table(cat) : -1;   /* a scan of every column: only when asked */
    if (people >= 0 && q->base != people && rd_keys_holder(cat, people, q->base) >= 0)
        q->base = people;
    rd_set_alias(q, cat, s->con);
    if (q->measure) {
        const sem_measure *me = &cat->sem->measures[q->measure - 1];
        if (me->aggregate && q->agg != AGG_NONE)
            q->agg = AGG_SUM;       /* the measure aggregates itself */
        snprintf(q->alias, sizeof q->alias, "%s%.24s", me->aggregate || q->agg == AGG_SUM ? "" :
                 q->agg == AGG_AVG ? "avg_" : q->agg == AGG_MAX ? "max_" : q->agg == AGG_MIN ? "min_" :
                 q->agg == AGG_MEDIAN ? "median_" : "",
                 me->name);
        for (char *p = q->alias; *p; p++)
            if (!isalnum((unsigned char)*p))
                *p = '_';
    }
    return 0;
}

/* "total hours worked", "average days": a unit of time right after a
 * total or an average is the measure asked for, not a way to say it. */
static int unit_measured(const read_state *s)
{
    for (size_t i = 1; i < s->tk.n; i++)
        if (rd_time_unit(s->tk.v[i].w) > 0 && !s->tk.v[i - 1].isnum &&
            (s->k.kw[i - 1] == KW_SUM || s->k.kw[i - 1] == KW_AVG))
            return 1;
    return 0;
}

/* "how many days does it take to deliver a shipment": the verb names the
 * duration's end (delivered_at), not a value of another table ('delivered'
 * orders) that no word names. */
static void drop_event_values(read_state *s)
{
    query *q = s->q;
    for (int i = 0; i < q->nf; i++) {
        const qfilter *f = &q->f[i];
        if (f->pos < 0 || f->is_num || f->op != OP_EQ || f->col.t == q->base || f->having || f->cond)
            continue;
        size_t p = (size_t)f->pos;
        qcol d = q->m1.c >= 0 && ground_event_word_at(s->cat, s->gx, q->m1, &s->tk, p) ? q->m1 :
                 q->m2.c >= 0 && ground_event_word_at(s->cat, s->gx, q->m2, &s->tk, p) ? q->m2 :
                 (qcol){-1, -1};
        if (d.c < 0)
            continue;
        rd_drop_filter(q, i--);
        for (int j = 0; j < s->nm; j++)   /* the word is the date's, which the query uses */
            if (s->m[j].start == (int)p && s->m[j].kind == MK_VALUE) {
                s->m[j].kind = MK_COLUMN;
                s->m[j].alts[0] = d;
                s->m[j].nalts = 1;
                s->m[j].role = R_QUAL;
            }
    }
}

/* Stage 9: durations, rates and shares, comparisons, latest rows; -1 when
 * a share cannot be read. */
int read_shapes(read_state *s)
{
    const catalog *cat = s->cat;
    reading *r = s->r;
    query *q = s->q;
    /* 9. shapes: durations, rates and shares, comparisons */
    int dur_rc = s->dur_unit ? shape_duration(cat, s->gx, &s->tk, q, s->dur_unit, &s->ti, s->as_of, &s->k, &s->due) : -1;
    double asked = s->dur_unit == DUR_HOURS ? 3600.0 : s->dur_unit == DUR_MINUTES ? 60.0 :
                   s->dur_unit == DUR_YEARS ? 31557600.0 : 86400.0;   /* seconds in the unit asked */
    if (s->dur_th >= 0 && dur_rc == 0) {   /* "take more than 4 days on average" per group */
        qfilter f;
        memset(&f, 0, sizeof f);
        f.pos = s->k.th[s->dur_th].kwpos;
        f.op = s->k.th[s->dur_th].op;
        f.is_num = 1;
        f.having = 1;
        f.col = q->m1;
        f.num = s->k.th[s->dur_th].num * s->k.th[s->dur_th].unit / asked;
        rd_add_filter(q, f);
    } else if (s->dur_th >= 0) {
        r->unplaced++;
    }
    /* "average match length in minutes" of durationSec: the column in
     * the unit asked */
    double stored = dur_rc < 0 && s->dur_unit && q->m1.c >= 0 && q->m2.c < 0 && !q->dur && !q->measure &&
                    q->agg != AGG_COUNT && q->agg != AGG_COUNT_DISTINCT && !q->pct ?
                    rd_column_time_unit(cat->tables[q->m1.t].cols[q->m1.c].name) : 0;
    if (stored > 0 && stored != asked) {
        q->unit_div = asked / stored;
        dur_rc = 0;
    }
    if (s->dur_unit && dur_rc < 0 && (s->dur_cue_strong || s->due.dur || unit_measured(s)))
        r->unplaced++;
    if (dur_rc == 0) {
        r->has_subject = 1;
        drop_event_values(s);
    }
    if (dur_rc == 0)
        snprintf(q->alias, sizeof q->alias, "%s%s%s",
                 q->agg == AGG_MAX ? "max" : q->agg == AGG_MIN ? "min" : q->agg == AGG_SUM ? "total" :
                 q->agg == AGG_MEDIAN ? "median" : q->agg == AGG_NONE ? "" : "avg", q->agg == AGG_NONE ? "" : "_",
                 s->dur_unit == DUR_HOURS ? "hours" : s->dur_unit == DUR_MINUTES ? "minutes" :
                 s->dur_unit == DUR_YEARS ? "years" : "days");
    if (s->pct_kind) {
        int subj_end = -1;
        for (int i = 0; i < s->nm; i++)
            if (s->m[i].kind == MK_TABLE && s->m[i].start > s->pct_pos && subj_end < 0 &&
                (s->m[i].role == R_COUNTED || s->m[i].role == R_NONE || s->m[i].role == R_QUAL))
                subj_end = s->m[i].end;
        /* "what share of all terminations were resignations": no table
         * named, the verb ends the rows measured */
        for (size_t i = (size_t)s->pct_pos + 1; subj_end < 0 && s->pct_kind == 2 && i < s->tk.n; i++)
            if (tok_is(&s->tk, i, "were") || tok_is(&s->tk, i, "are") || tok_is(&s->tk, i, "was") ||
                tok_is(&s->tk, i, "is") || tok_is(&s->tk, i, "that") || tok_is(&s->tk, i, "which"))
                subj_end = (int)i;
        /* "payouts as a percentage of the amount claimed": one measure over
         * another, which the query does not express; ask rather than give
         * a share of the first */
        for (int i = 0; i < s->nm && q->m1.c >= 0; i++)
            if (s->m[i].kind == MK_COLUMN && s->m[i].start > s->pct_pos && s->m[i].start <= s->pct_pos + 4 &&
                tok_is(&s->tk, (size_t)s->pct_pos + 1, "of") && rd_all_numeric(cat, &s->m[i]) &&
                (rd_pick(cat, s->gx, &s->m[i], q->base).t != q->m1.t || rd_pick(cat, s->gx, &s->m[i], q->base).c != q->m1.c)) {
                r->unplaced++;
                snprintf(r->unsupported, sizeof r->unsupported, "a ratio of two measures");
                break;
            }
        /* "what percentage of its revenue came from OTA bookings": the
         * measure's rows end at the verb saying where part of it came from */
        for (size_t i = (size_t)s->pct_pos + 1; s->pct_kind == 2 && q->m1.c >= 0 && q->agg == AGG_SUM && i < s->tk.n; i++)
            if (!s->tk.v[i].used && (tok_is(&s->tk, i, "came") || tok_is(&s->tk, i, "come") || tok_is(&s->tk, i, "comes") ||
                                     tok_is(&s->tk, i, "coming"))) {
                subj_end = (int)i;
                s->tk.v[i].used = 1;
                break;
            }
        if (shape_pct(&s->tk, q, s->pct_kind, s->pct_pos, subj_end, s->prev != NULL, s->k.top || s->k.bottom) < 0)
            return -1;
        drop_rate_echo(cat, q);
    }
    if (s->cmp_cue)
        shape_compare(cat, q, &s->ti, &s->k);
    /* "hires in 2022 vs 2024": the periods compared are not one run of
     * periods; the range from the first to the last would add those
     * between them */
    if (s->ti.npoints >= 2 && s->ti.grain && q->bucket == s->ti.grain && s->ti.from[0] && s->ti.to[0] &&
        !(s->ti.gap && s->ti.nparts >= 2)) {   /* separate periods: each dates the rows (read_time) */
        int fy, fm, ty, tm, fd, td;
        if (sscanf(s->ti.from, "%4d-%2d-%2d", &fy, &fm, &fd) == 3 &&
            sscanf(s->ti.to, "%4d-%2d-%2d", &ty, &tm, &td) == 3) {
            int months = (ty * 12 + tm) - (fy * 12 + fm);
            int span = s->ti.grain == BK_YEAR ? months / 12 : s->ti.grain == BK_QUARTER ? months / 3 :
                       s->ti.grain == BK_MONTH ? months : s->ti.npoints;
            if (span > s->ti.npoints)
                r->unplaced++;
        }
    }
    if ((s->k.max || s->k.min) && !s->dur_unit && !s->pct_kind)
        shape_when(cat, s->gx, &s->tk, q, &s->k);
    /* "the most recent salary per employee", "latest order of each
     * customer" read as the groups with the most rows: the word asked for
     * a date, the latest row within each group */
    for (size_t i = 0; i < s->tk.n && q->agg == AGG_COUNT && q->limit && !q->list && !q->pct; i++)
        if (tok_is(&s->tk, i, "latest") || tok_is(&s->tk, i, "newest") || tok_is(&s->tk, i, "recent") ||
            tok_is(&s->tk, i, "recently") || tok_is(&s->tk, i, "earliest") || tok_is(&s->tk, i, "oldest")) {
            r->unplaced++;
            break;
        }
    return 0;
}

/* Stage 9, continued: joins along a key named by its role ("by origin
 * city", "per manager"). */
int read_role_keys(read_state *s)
{
    const catalog *cat = s->cat;
    reading *r = s->r;
    query *q = s->q;
    /* a foreign key named by its role: "by origin city", "arriving in
     * Paris", "per manager": join along that key (emit), a self-join for
     * a key into its own table */
    int rft = -1, rfc = -1;
    int rpos = rd_find_role(cat, s->gx, &s->tk, s->m, s->nm, &rft, &rfc);
    if (rpos >= 0 && joins_distance_g(cat, s->jg, q->base, rft) >= 0) {
        int ref = cat->tables[rft].cols[rfc].ref_t;
        s->tk.v[rpos].used = 1;
        if (tok_is(&s->tk, rpos, "to"))   /* "reports directly to": the phrase is the role's */
            for (int b = rpos - 1; b >= 0 && b >= rpos - 2 &&
                               (tok_is(&s->tk, b, "directly") || !strncmp(s->tk.v[b].w, "report", 6)); b--)
                s->tk.v[b].used = 1;
        q->role_t = rft;
        q->role_fk = rfc + 1;
        /* the role's phrase starts at the words the idioms placed before it
         * ("each team lead") */
        int rstart = rpos;
        while (rstart > 0 && s->tk.v[rstart - 1].used && !s->k.kw[rstart - 1] && !s->tk.v[rstart - 1].isnum)
            rstart--;
        int named = 0;   /* a mention right after the role word, in the referenced table */
        int chain = -1;  /* and the mentions right after it ("Daphne Jaramillo") */
        for (int j = 0; j < s->nm; j++) {
            if ((s->m[j].start < rpos + 1 || s->m[j].start > rpos + 2) && s->m[j].start != chain)
                continue;
            chain = s->m[j].end;
            if (s->m[j].kind == MK_TABLE) {
                if (s->m[j].t == ref && s->m[j].role == R_DIM)
                    named = 1;   /* "per origin warehouse": grouped by it already */
                continue;   /* "destination airport code": the column says it */
            }
            int in_ref = 0;
            for (int a = 0; a < s->m[j].nalts; a++)
                in_ref |= s->m[j].alts[a].t == ref;
            if (!in_ref)
                continue;
            named = 1;
            /* "by origin city": the role word stood between "by" and the column */
            if (s->m[j].kind == MK_COLUMN && s->m[j].role == R_NONE && q->ndims < Q_MAXD &&
                rd_kw_before(&s->tk, &s->k, rstart) == KW_GROUP) {
                mention one = s->m[j];
                int a = ground_nearest(cat, s->gx, s->m[j].alts, s->m[j].nalts, ref);
                if (a >= 0) {
                    one.alts[0] = s->m[j].alts[a];
                    one.nalts = 1;
                }
                s->m[j].role = R_DIM;
                rd_add_dim(cat, q, &one, ref);
                r->has_dims = 1;
            }
            if (ref != rft)
                continue;
            for (int a = 0; a < s->m[j].nalts; a++)
                if (s->m[j].alts[a].t == ref && s->m[j].alts[a].c < 32 && s->m[j].alts[a].c != rfc)
                    q->role_cols |= 1u << s->m[j].alts[a].c;
        }
        /* "which manager has the most direct reports", "top 3 managers by
         * team size": the role ranked, as "by manager" */
        int rank = (rd_kw_before(&s->tk, &s->k, rstart) == KW_LIST || rd_kw_before(&s->tk, &s->k, rstart) == KW_MAX ||
                    rd_kw_before(&s->tk, &s->k, rstart) == KW_MIN) && (s->k.top || s->k.bottom) && !q->ndims &&
                   !q->bucket && q->m1.c < 0 && !q->pct;
        if (!named && (rd_kw_before(&s->tk, &s->k, rstart) == KW_GROUP || rank) && q->ndims < Q_MAXD) {
            if (rank) {
                q->list = 0;
                q->agg = AGG_COUNT;
                q->limit = s->k.limit ? s->k.limit : 1;
                q->asc = s->k.bottom && !s->k.top;
                r->has_limit = 1;
                rd_set_alias(q, cat, s->con);
            }
            int lb = ground_label(&cat->tables[ref]);
            q->dims[q->ndims] = (qcol){rft, rfc};
            q->labels[q->ndims] = lb >= 0 ? (qcol){ref, lb} : (qcol){-1, -1};
            if (lb >= 0 && lb < 32 && ref == rft)
                q->role_cols |= 1u << lb;
            q->ndims++;
            r->has_dims = 1;
        }
        /* "number of majors per department": the rows holding the key
         * (students, by majorId) counted, not the table it references */
        if (ref != rft && q->base == ref && q->agg == AGG_COUNT && q->m1.c < 0 && !q->list &&
            !q->pct && !q->bucket && (q->ndims >= 1 || q->nf >= 1) && s->tk.v[rpos].stem[0] &&
            strcmp(s->tk.v[rpos].w, s->tk.v[rpos].stem) != 0) {
            int entity = 1;   /* grouped by the referenced rows, or some of them picked */
            for (int d = 0; d < q->ndims; d++)
                entity &= q->dims[d].t == ref && q->dims[d].c == catalog_primary_key(&cat->tables[ref]);
            for (int f = 0; f < q->nf; f++)
                entity &= !q->f[f].having && q->f[f].op != OP_EXISTS && q->f[f].op != OP_NOTEXISTS &&
                          q->f[f].col.t == ref;
            if (entity) {
                q->base = rft;
                for (int d = 0; d < q->ndims; d++)
                    q->dims[d] = (qcol){rft, rfc};
                rd_set_alias(q, cat, s->con);
            }
        }
        /* the role said must shape the query: a column read along its key
         * (or from the self-joined copy), or the grouping by it; else
         * "which manager ..." would read the rows' own columns */
        int shaped = q->role_cols != 0;
        for (int d = 0; d < q->ndims && !shaped; d++)
            shaped = (q->dims[d].t == rft && q->dims[d].c == rfc) ||
                     (ref != rft && q->base != ref && (q->dims[d].t == ref || q->labels[d].t == ref));
        for (int f = 0; f < q->nf && !shaped; f++)   /* "no manager": the key itself */
            shaped = (ref != rft && q->base != ref && q->f[f].col.t == ref) ||
                     (q->f[f].col.t == rft && q->f[f].col.c == rfc);
        shaped |= ref != rft && q->m1.t == ref;
        if (!shaped)
            r->unplaced++;
    }
    if (r->has_dims && q->list && q->m1.c < 0 && q->ndims && !q->limit) {
        /* "flights from Boston by destination city": grouped by the role's
         * column like any "by": rows counted, as in step 8 */
        q->list = 0;
        q->agg = AGG_COUNT;
        rd_set_alias(q, cat, s->con);
    }
    /* "from Boston to Denver": the keys the filters chose (step 6) join
     * along the role's key, the other along a second copy of the table */
    for (int i = 0; i < q->nf && s->via_t >= 0; i++) {
        int v = q->f[i].via;
        if (!v || v == q->role_fk || v == q->role2_fk)
            continue;
        if (!q->role_fk) {
            q->role_t = s->via_t;
            q->role_fk = v;
        } else if (!q->role2_fk && q->role_t == s->via_t &&
                   cat->tables[s->via_t].cols[q->role_fk - 1].ref_t == cat->tables[s->via_t].cols[v - 1].ref_t) {
            q->role2_fk = v;
        } else {
            r->unplaced++;   /* a third copy, or keys of two tables: not expressible */
            q->f[i].via = 0;
        }
    }
    if (rpos < 0 && s->via_t < 0)
        rd_role_paths(cat, q, r, s->m, s->nm);
    if (rpos < 0 && s->via_t < 0) {
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
    return 0;
}
