/* read_time.c: dates: the range's date column, year columns, the date
 * columns a table's events and lengths of time use (reading stage 7). */
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

/* The unit a numeric column's name gives its values ("duration_min",
 * "wait_hours", "lengthSeconds"): seconds per unit, or 0. */
double rd_column_time_unit(const char *name)
{
    char w[64];
    size_t k = 0;
    double unit = 0;
    for (const char *p = name;; p++) {
        int boundary = !*p || *p == '_' || (k && isupper((unsigned char)*p));
        if (boundary && k) {
            w[k] = '\0';
            if (rd_time_unit(w) > 0 && strcmp(w, "day") && strcmp(w, "days"))
                unit = rd_time_unit(w);
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

/* The one whole-number column of table t whose name says it holds the
 * row's year (review_year of reviews, fiscalYear; not a key, not the year
 * of another event: birth_year, year_built), or -1. */
static int year_col(const catalog *cat, int t)
{
    static const char *const kinds[] = {"fiscal", "calendar", "tax", "financial", "academic",
                                        "school", "report", "reporting", "budget", NULL};
    const cat_table *tb = &cat->tables[t];
    char tw[8][TOK_LEN];
    int ntw = rd_split_name(tb->name, tw, 8);
    int found = -1;
    for (size_t c = 0; c < tb->ncols; c++) {
        if (tb->cols[c].kind != COL_INT || ground_is_key(tb, (int)c))
            continue;
        char w[8][TOK_LEN];
        int n = rd_split_name(tb->cols[c].name, w, 8), hit = 0, other = 0;
        for (int j = 0; j < n; j++) {
            int yr = !strcmp(w[j], "year") || !strcmp(w[j], "yr"), own = rd_in(w[j], kinds);
            for (int x = 0; x < ntw && !own; x++)
                own = !strcmp(w[j], tw[x]);
            hit |= yr;
            other |= !yr && !own;
        }
        hit = hit && !other;
        if (hit && found >= 0)
            return -1;
        if (hit)
            found = (int)c;
    }
    return found;
}

/* Is every table of the set reached from f along foreign keys only (no
 * one-to-many step)? parent/depth: scratch for the search from f. */
static int reaches_all(const catalog *cat, const ground_index *gx, int f, const int *set,
                       jedge *parent, int *depth)
{
    joins_bfs_g(cat, ground_joins(gx), f, parent, depth);
    for (size_t u = 0; u < cat->ntables; u++) {
        if (!set[u])
            continue;
        if (depth[u] < 0)
            return 0;
        for (int v = (int)u; v != f; v = parent[v].a)
            if (parent[v].fanout)
                return 0;
    }
    return 1;
}

/* Is table t read by the query only as a grouping of its rows as
 * entities (dims by key, with labels), not by its measure nor its filters?
 * ("per teacher": the teacher's own dates are not the sections'; "by
 * channel" of orders: a column of the fact's header, its date is theirs) */
static int dim_only(const query *q, int t)
{
    int dim = 0;
    for (int i = 0; i < q->ndims; i++)
        dim |= q->labels[i].c >= 0 && (q->dims[i].t == t || q->labels[i].t == t);
    for (int i = 0; i < q->nf && dim; i++)
        dim = q->f[i].col.t != t;
    return dim && q->m1.t != t && q->base != t;
}

/* Date column for the query. The tables it reads (the base, the measure's,
 * the groupings', the filters') and those joining them form a set; its fact
 * is the table the others hang from (loans for books by branch). A date
 * column the question's event words name ("delivered", "borrowed") wins,
 * the one nearest the fact on a tie; else the fact's own date column, or
 * the nearest one up from it (the event table's date, not a joined
 * entity's opening or birth date). */
qcol rd_date_col_near(const catalog *cat, const ground_index *gx, const query *q, const toks *tk)
{
    int t = q->base;
    size_t n = cat->ntables;
    jedge *parent = malloc(n * sizeof *parent), *fp = malloc(n * sizeof *fp);
    int *depth = malloc(n * sizeof *depth), *fd = malloc(n * sizeof *fd);
    int *set = calloc(n, sizeof *set);
    qcol res = {-1, -1};
    if (!parent || !fp || !depth || !fd || !set)
        goto done;
    joins_bfs_g(cat, ground_joins(gx), t, parent, depth);
    int used[2 + 2 * Q_MAXD + Q_MAXF], nu = 0;
    used[nu++] = t;
    if (q->m1.t >= 0 && q->m1.c >= 0)
        used[nu++] = q->m1.t;
    for (int i = 0; i < q->ndims; i++) {
        used[nu++] = q->dims[i].t;
        if (q->labels[i].c >= 0)
            used[nu++] = q->labels[i].t;
    }
    for (int i = 0; i < q->nf; i++)
        if (q->f[i].col.t >= 0 && !q->f[i].having)
            used[nu++] = q->f[i].col.t;
    for (int i = 0; i < nu; i++)
        for (int u = used[i]; u >= 0 && (size_t)u < n && depth[u] >= 0 && !set[u];
             u = depth[u] > 0 ? parent[u].a : -1)
            set[u] = 1;
    set[t] = 1;
    int fact = t;
    if (!reaches_all(cat, gx, t, set, fp, fd))
        for (size_t f = 0; f < n; f++)
            if (set[f] && (int)f != t && reaches_all(cat, gx, (int)f, set, fp, fd)) {
                fact = (int)f;
                break;
            }
    joins_bfs_g(cat, ground_joins(gx), fact, fp, fd);
    /* a date column named by the question's event words */
    int bestn = 0, bestd = 1 << 30;
    for (size_t u = 0; u < n; u++) {
        if (!set[u])
            continue;
        int sc, named;
        int c = ground_date_col_named(cat, gx, (int)u, tk, &sc, &named);
        int d = fd[u] >= 0 ? fd[u] : 1000;
        if (c >= 0 && named >= 8 && (named > bestn || (named == bestn && d < bestd))) {
            bestn = named;
            bestd = d;
            res = (qcol){(int)u, c};
        }
    }
    /* none: the nearest table of the set up from the fact with a date; a
     * grouped entity's own date (teachers.hireDate for "sections per
     * teacher in 2024") only after a table the fact refers to */
    int maxd = -1;   /* the set's farthest table from the fact: no level past it holds one */
    for (size_t u = 0; u < n; u++)
        if (set[u] && fd[u] > maxd)
            maxd = fd[u];
    for (int pass = 0; pass < 3 && res.c < 0; pass++) {
        if (pass == 1) {   /* a table the fact refers to (sections -> terms) */
            /* of two, the one with more rows: order lines are dated by their
             * order (orderedAt), not by the menu item (addedOn) */
            for (int d = 1; d < 4 && res.c < 0; d++) {
                int64_t most = -2;
                for (size_t u = 0; u < n; u++)
                    if (fd[u] == d && !fp[u].fanout && !set[u] && cat->tables[u].rows > most) {
                        int c = ground_date_col(cat, gx, (int)u, tk);
                        if (c >= 0) {
                            res = (qcol){(int)u, c};
                            most = cat->tables[u].rows;
                        }
                    }
            }
            continue;
        }
        for (int d = 0; d <= maxd && res.c < 0; d++) {
            int bests = -1000;
            for (size_t u = 0; u < n; u++) {
                int sc;
                if (!set[u] || fd[u] != d || (pass == 0 && d > 0 && dim_only(q, (int)u)))
                    continue;
                int c = ground_date_col_score(cat, gx, (int)u, tk, &sc);
                if (c >= 0 && sc > bests) {
                    bests = sc;
                    res = (qcol){(int)u, c};
                }
            }
        }
    }
done:
    free(parent);
    free(fp);
    free(depth);
    free(fd);
    free(set);
    return res;
}

int rd_date_kind(const cat_column *c)
{
    return c->kind == COL_DATE || c->kind == COL_DATETIME || c->kind == COL_MONTH;
}

int rd_startish(const char *name)
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

/* The date column of table t that stays empty until a row's business is
 * over (ended_at, returned_on, settled_on, termination_date, effective_to):
 * nullable, a name saying an end. Its index; -1
 * none; -2 several. */
int rd_end_date_col(const catalog *cat, int t)
{
    static const char *const endw[] = {"end", "clos", "return", "settl", "paid", "resolv",
                                       "complet", "finish", "terminat", "cancel", "churn",
                                       "delet", "archiv", "left", "exit", "deliver", "fulfil",
                                       "discharg", "withdr", "revok", NULL};
    const cat_table *ct = &cat->tables[t];
    int found = -1, n = 0;
    for (size_t c = 0; c < ct->ncols; c++) {
        const cat_column *col = &ct->cols[c];
        if (col->notnull || col->pk || !rd_date_kind(col) || rd_startish(col->name))
            continue;
        int endish = 0;
        char w[64];
        size_t k = 0;
        for (const char *p = col->name;; p++) {
            int boundary = !*p || *p == '_' || (k && isupper((unsigned char)*p));
            if (boundary && k) {
                w[k] = '\0';
                for (size_t e = 0; endw[e] && !endish; e++)
                    endish = strncmp(w, endw[e], strlen(endw[e])) == 0;
                endish |= !strcmp(w, "to") || !strcmp(w, "until");
                k = 0;
            }
            if (!*p)
                break;
            if (*p != '_' && k < sizeof w - 1)
                w[k++] = (char)tolower((unsigned char)*p);
        }
        if (endish) {
            found = (int)c;
            n++;
        }
    }
    return n > 1 ? -2 : found;
}

/* Does a date column's name say the row was called off rather than done
 * (cancelled_at, churnedOn, deleted_at, withdrawn_on, revoked)? */
int rd_abort_end(const char *name)
{
    static const char *const w[] = {"cancel", "churn", "delet", "withdr", "revok", "abandon",
                                     "reject", "void", NULL};
    for (size_t i = 0; w[i]; i++)
        if (str_find_ci(name, w[i]))
            return 1;
    return 0;
}

/* Two date columns of a table that open and close one span: names alike
 * but for start/end, from/to, begin/end, opened/closed ("start_date" and
 * "end_date", "effective_from" and "effective_to"). Returns 0 and sets
 * them when exactly one such pair, else -1. */
int rd_span_pair(const cat_table *t, int *start, int *end)
{
    static const char *const pairs[][2] = {{"start", "end"}, {"from", "to"}, {"begin", "end"},
                                           {"open", "close"}, {"in", "out"},
                                           {"arrival", "departure"}, {"admission", "discharge"},
                                           {"pickup", "dropoff"}, {"pickup", "returned"},
                                           {"picked_up", "returned"}, {"borrowed", "returned"},
                                           {"loaned", "returned"}, {"checked_out", "returned"},
                                           {"issued", "returned"}};
    int found = 0;
    for (size_t a = 0; a < t->ncols; a++)
        for (size_t b = 0; b < t->ncols; b++) {
            if (a == b || !rd_date_kind(&t->cols[a]) || !rd_date_kind(&t->cols[b]))
                continue;
            for (size_t p = 0; p < sizeof pairs / sizeof pairs[0]; p++) {
                const char *na = t->cols[a].name, *nb = t->cols[b].name;
                const char *ia = str_find_ci(na, pairs[p][0]), *ib = str_find_ci(nb, pairs[p][1]);
                if (!ia || !ib || ia - na != ib - nb || strncasecmp(na, nb, (size_t)(ia - na)) ||
                    strcasecmp(ia + strlen(pairs[p][0]), ib + strlen(pairs[p][1])))
                    continue;
                if (found++ == 0) {
                    *start = (int)a;
                    *end = (int)b;
                } else if (*start != (int)a || *end != (int)b) {
                    return -1;   /* two spans: not one to choose */
                }
            }
        }
    return found ? 0 : -1;
}

/* The due date column of table t the lateness words compare with (*dc:
 * the one the words name, "promised", else the only one) and the event
 * compared (*ac: the date column the words name nearest the cue, else the
 * one that ends the row's business; -1 when none). Returns 0, or -1 when no
 * single due date column. */
int rd_due_pair(const catalog *cat, const ground_index *gx, const toks *tk, int t,
                const duecue *due, int *dc, int *ac)
{
    const cat_table *dt = &cat->tables[t];
    int ndc = 0, apos = 1 << 30, cue = due->tpos >= 0 ? due->tpos : due->pos;
    *dc = *ac = -1;
    for (size_t c = 0; c < dt->ncols; c++) {
        if (!rd_date_kind(&dt->cols[c]) || !rd_due_name(dt->cols[c].name))
            continue;
        if (due->due[0] && rd_name_word_prefix(dt->cols[c].name, due->due, 0)) {
            *dc = (int)c;
            ndc = 1;
            break;
        }
        *dc = (int)c;
        ndc++;
    }
    if (ndc != 1)
        return -1;
    for (size_t c = 0; c < dt->ncols; c++) {
        if (!rd_date_kind(&dt->cols[c]) || (int)c == *dc || rd_due_name(dt->cols[c].name))
            continue;
        int p = ground_event_word_pos(cat, gx, (qcol){t, (int)c}, tk);
        char ts[TOK_LEN];
        lex_stem(dt->name, ts, sizeof ts);
        if (p >= 0 && !strcasecmp(tk->v[p].stem, ts))
            p = -1;   /* "loans" names loaned_on, not the event that is late */
        int d = p < 0 ? -1 : p > cue ? p - cue : cue - p;
        if (d >= 0 && d < apos) {
            apos = d;
            *ac = (int)c;
        }
    }
    return 0;
}

/* The date columns of table `base` the words name ("from pickup to
 * delivery": shippedAt, deliveredAt), the two named first in the
 * question's order (ment), and each column's first naming word
 * (firstpos[c], -1: none; 64 columns at most). With two, *start and *end
 * order them: the words ("from X to Y", "Y after X", "X before Y"), else
 * the names (created, booked, started), else the sample dates (the later
 * event is the end), else the words' order. Returns how many (0-2). */
int rd_named_dates(const catalog *cat, const ground_index *gx, const toks *tk, int base,
                   int ment[2], int *firstpos, int *start, int *end)
{
    const cat_table *t = &cat->tables[base];
    int nment = 0;
    ment[0] = ment[1] = -1;
    for (size_t c = 0; c < t->ncols && c < 64; c++) {
        firstpos[c] = -1;
        if (rd_date_kind(&t->cols[c]))
            firstpos[c] = ground_event_word_pos(cat, gx, (qcol){base, (int)c}, tk);
        if (firstpos[c] < 0)
            continue;
        if (nment < 2)
            ment[nment++] = (int)c;
        else if (firstpos[c] < firstpos[ment[1]])
            ment[1] = (int)c;
        if (nment == 2 && firstpos[ment[1]] < firstpos[ment[0]]) {
            int x = ment[0];
            ment[0] = ment[1];
            ment[1] = x;
        }
    }
    if (nment == 2 && firstpos[ment[0]] == firstpos[ment[1]])
        nment = 1;   /* one word naming two columns says no pair */
    /* "from booking to repair" in repairs: an end of the span may be the
     * table's own name, right after from/to/between/and */
    for (size_t i = 1; nment == 1 && i < tk->n; i++) {
        size_t j = tok_is(tk, i - 1, "the") && i > 1 ? i - 2 : i - 1;
        if (!tok_is(tk, j, "from") && !tok_is(tk, j, "to") && !tok_is(tk, j, "until") &&
            !tok_is(tk, j, "between") && !tok_is(tk, j, "and"))
            continue;
        for (size_t c = 0; c < t->ncols && c < 64 && nment == 1; c++)
            if ((int)c != ment[0] && rd_date_kind(&t->cols[c]) &&
                ground_event_word_at(cat, gx, (qcol){base, (int)c}, tk, i) && (int)i != firstpos[ment[0]]) {
                firstpos[c] = (int)i;
                ment[nment++] = (int)c;
                if (firstpos[ment[1]] < firstpos[ment[0]]) {
                    int x = ment[0];
                    ment[0] = ment[1];
                    ment[1] = x;
                }
            }
    }
    if (nment < 2)
        return nment;
    int a = ment[0], b = ment[1], pa = firstpos[a], pb = firstpos[b];
    int fa = pa > 0 && (tok_is(tk, (size_t)pa - 1, "from") || tok_is(tk, (size_t)pa - 1, "since") ||
                        (pa > 1 && tok_is(tk, (size_t)pa - 1, "the") && tok_is(tk, (size_t)pa - 2, "from")));
    int tb = pb > 0 && (tok_is(tk, (size_t)pb - 1, "to") || tok_is(tk, (size_t)pb - 1, "until") ||
                        tok_is(tk, (size_t)pb - 1, "till") ||
                        (pb > 1 && tok_is(tk, (size_t)pb - 1, "the") && tok_is(tk, (size_t)pb - 2, "to")));
    int after = 0, before = 0;
    for (int i = pa + 1; i < pb; i++) {
        after |= tok_is(tk, (size_t)i, "after");
        before |= tok_is(tk, (size_t)i, "before");
    }
    int ord = ground_date_order(cat, (qcol){base, a}, (qcol){base, b});
    int sa = rd_startish(t->cols[a].name), sb = rd_startish(t->cols[b].name);
    int first_a = (fa && tb) || (before && !after) ? 1 : after && !before ? 0 :
                  sa && !sb ? 1 : sb && !sa ? 0 : ord ? ord < 0 : 1;
    *start = first_a ? a : b;
    *end = first_a ? b : a;
    return 2;
}

/* "for terms that started in 2024", "during 2022 terms": a table named
 * next to the range (up to three words before it, or right after its
 * year), above the base (each base row has one), with a date of its own:
 * that date, chosen by the event words ("started": startDate); else none. */
static qcol range_noun_col(const catalog *cat, const ground_index *gx, const toks *tk, const int *kw,
                           const mention *m, int nm, const query *q, int first)
{
    qcol res = {-1, -1};
    if (first < 0)
        return res;
    for (int i = 0; i < nm && res.c < 0; i++) {
        if (m[i].kind != MK_TABLE || m[i].t == q->base)
            continue;
        int before = m[i].end <= first && first - m[i].end <= 3, clause = 0;
        int after = m[i].start > first && m[i].start <= first + 2;
        int c = ground_date_col(cat, gx, m[i].t, tk);
        if (c < 0)
            continue;
        /* "that started", "which began", "hired": a clause saying the
         * table's own event, no other mention in it */
        for (int k = m[i].end; before && k < first; k++) {
            for (int j = 0; j < nm; j++) {
                if (!(m[j].start <= k && k < m[j].end))
                    continue;
                /* "games played in 2023": a state of the table's own rows */
                if (m[j].kind == MK_VALUE && m[j].nalts && m[j].alts[0].t == m[i].t)
                    clause = 1;
                else
                    before = 0;
            }
            clause |= tok_is(tk, (size_t)k, "that") || tok_is(tk, (size_t)k, "which") ||
                      tok_is(tk, (size_t)k, "who") ||
                      ground_event_word_at(cat, gx, (qcol){m[i].t, c}, tk, (size_t)k);
        }
        for (int k = first; after && k < m[i].start; k++)  /* "2022 terms": the year's words, not
                                                            * "in 2024? Give driver id" */
            after = tk->v[k].used && !kw[k] && !tok_is(tk, (size_t)k, "by") && !tok_is(tk, (size_t)k, "per");
        if (((before && clause) || after) && rd_up_path(cat, q->base, m[i].t))
            res = (qcol){m[i].t, c};
    }
    return res;
}

/* Does table t join the query's tables (the repairs between vehicles and
 * the garage they are grouped by): on the path from the base to a table
 * the query reads? */
static int on_join_path(const catalog *cat, const query *q, int t)
{
    size_t n = cat->ntables;
    jedge *parent = malloc(n * sizeof *parent);
    int *depth = malloc(n * sizeof *depth), on = 0;
    if (parent && depth) {
        joins_bfs(cat, q->base, parent, depth);
        int used[2 * Q_MAXD + Q_MAXF + 1], nu = 0;
        for (int i = 0; i < q->ndims; i++) {
            used[nu++] = q->dims[i].t;
            if (q->labels[i].c >= 0)
                used[nu++] = q->labels[i].t;
        }
        for (int i = 0; i < q->nf; i++)
            if (q->f[i].col.t >= 0)
                used[nu++] = q->f[i].col.t;
        if (q->m1.c >= 0)
            used[nu++] = q->m1.t;
        for (int i = 0; i < nu && !on; i++)
            for (int v = used[i]; v >= 0 && (size_t)v < n && depth[v] > 0 && !on; v = parent[v].a)
                on = parent[v].a == t;
    }
    free(parent);
    free(depth);
    return on;
}

/* "average rating by delivery partner": rows with no partner are no
 * group of partners; a grouping by an optional column of the row leaves
 * them out (unless the question tests that column itself). */
static void drop_empty_groups(const catalog *cat, query *q)
{
    for (int d = 0; d < q->ndims; d++) {
        qcol g = q->dims[d];
        if (g.t < 0 || g.c < 0 || q->labels[d].c >= 0)
            continue;   /* an entity by its key, joined: no empty group */
        const cat_table *t = &cat->tables[g.t];
        const cat_column *c = &t->cols[g.c];
        if (c->notnull || c->pk || ground_is_key(t, g.c) || rd_date_kind(c))
            continue;
        int seen = 0;
        for (int i = 0; i < q->nf; i++)
            seen |= q->f[i].col.t == g.t && q->f[i].col.c == g.c;
        if (seen || q->nf >= Q_MAXF)
            continue;
        rd_add_state(q, g, OP_NOTNULL, -1);
    }
}

/* "desk bookings in 2024 that never had a check-in": a date the query
 * requires empty dates nothing; the row's own date does (the first of the
 * table's dates that is always set), else c stays. So too for a rate's
 * condition ("what share of the bills issued in 2024 are not yet paid"):
 * dated by the payment, none would be unpaid. */
static qcol date_not_empty(const read_state *s, qcol c)
{
    const query *q = s->q;
    int empty = 0;
    for (int i = 0; i < q->nf; i++)
        empty |= q->f[i].op == OP_NULL && q->f[i].col.t == c.t && q->f[i].col.c == c.c;
    if (!empty || c.t < 0)
        return c;
    const cat_table *t = &s->cat->tables[c.t];
    int first = -1;   /* "bills issued in 2024": the one the words name, else the first */
    for (size_t k = 0; k < t->ncols; k++) {
        if ((int)k == c.c || !rd_date_kind(&t->cols[k]) || !t->cols[k].notnull)
            continue;
        if (ground_event_word_pos(s->cat, s->gx, (qcol){c.t, (int)k}, &s->tk) >= 0)
            return (qcol){c.t, (int)k};
        if (first < 0)
            first = (int)k;
    }
    return first >= 0 ? (qcol){c.t, first} : c;
}

/* The date a range or bucket uses, by the question's words, but not by
 * the words of a column read as something else: "by booking channel, for
 * rentals with a pickup date in 2024" is dated by the pickup, not the
 * booking. Those words name no event while it is chosen. */
static qcol date_col_unnamed_aside(read_state *s)
{
    unsigned char was[TOK_MAX] = {0};
    for (int i = 0; i < s->nm; i++) {
        const mention *m = &s->m[i];
        if (m->kind != MK_COLUMN || m->role == R_NONE || !m->nalts ||
            rd_date_kind(&s->cat->tables[m->alts[0].t].cols[m->alts[0].c]))
            continue;
        for (int k = m->start; k < m->end && k < TOK_MAX; k++)
            if (!s->tk.v[k].idiom)
                was[k] = s->tk.v[k].idiom = 1;
    }
    qcol c = rd_date_col_near(s->cat, s->gx, s->q, &s->tk);
    for (size_t k = 0; k < s->tk.n && k < TOK_MAX; k++)
        if (was[k])
            s->tk.v[k].idiom = 0;
    return c;
}

/* Stage 7, run after 9: the range's date column and what dates it; -1
 * when no date column fits and no question came before. */
int read_time(read_state *s)
{
    const catalog *cat = s->cat;
    reading *r = s->r;
    query *q = s->q;
    /* 7. time */
    if (s->ti.has_range || q->bucket) {
        if (s->range_col.c < 0 && s->ti.has_range && !q->bucket)
            s->range_col = range_noun_col(cat, s->gx, &s->tk, s->k.kw, s->m, s->nm, q, s->ti.first_tok);
        q->tcol = s->range_col.c >= 0 ? s->range_col : date_col_unnamed_aside(s);
        if (q->tcol.c < 0 && !s->prev)
            return -1;
        if (s->range_col.c < 0)
            q->tcol = date_not_empty(s, q->tcol);
        ground_mark_event_words(cat, s->gx, q->tcol, &s->tk);   /* "booked in 2023": the word is placed */
        /* "in 2024, by payment date": which date the range uses, not a grouping */
        for (size_t i = 0; s->ti.has_range && !q->bucket && q->tcol.c >= 0 && s->ti.first_tok >= 0 && i + 2 < s->tk.n; i++)
            if ((int)i > s->ti.first_tok && tok_is(&s->tk, i, "by") && ground_event_word_at(cat, s->gx, q->tcol, &s->tk, i + 1) &&
                (tok_is(&s->tk, i + 2, "date") || tok_is(&s->tk, i + 2, "day")) && !s->tk.v[i + 2].used) {
                s->tk.v[i].used = s->tk.v[i + 1].used = s->tk.v[i + 2].used = 1;
                break;
            }
        snprintf(q->from, sizeof q->from, "%s", s->ti.from);
        snprintf(q->to, sizeof q->to, "%s", s->ti.to);
        r->has_range = s->ti.has_range;
        /* "ATM withdrawals 2022 vs 2024": each period, grouped by its grain */
        q->nparts = 0;
        if (s->ti.gap && s->ti.nparts >= 2 && q->bucket == s->ti.grain && !q->running && !q->growth &&
            !q->list && !q->per_group) {
            memcpy(q->parts, s->ti.part, sizeof q->parts);
            q->nparts = s->ti.nparts;
        }
        /* "current monthly subscription revenue" of MonthlyPrice: the word
         * is the measure's own, no grain */
        int bt = s->ti.bucket_tok;
        if (q->bucket && bt >= 0 && q->m1.c >= 0 && !(bt >= 1 && s->k.kw[bt - 1] == KW_GROUP) &&
            rd_name_word_prefix(cat->tables[q->m1.t].cols[q->m1.c].name, s->tk.v[bt].w, 0))
            q->bucket = BK_NONE;
        /* "2024 usage months" of billing_month ("the month of usage"): the
         * column's own words, no grain; "by billing month" is one */
        if (q->tcol.c >= 0 && cat->tables[q->tcol.t].cols[q->tcol.c].kind == COL_MONTH &&
            q->bucket == BK_MONTH && bt >= 1 && !s->k.kw[bt - 1] && !(bt >= 2 && s->k.kw[bt - 2] == KW_GROUP) &&
            ground_comment_verb_at(cat, q->tcol, &s->tk, (size_t)bt - 1))
            q->bucket = BK_NONE;
        /* a column of months ('YYYY-MM') holds no days: no day or week
         * grain, no range that starts or ends inside a month */
        if (q->tcol.c >= 0 && cat->tables[q->tcol.t].cols[q->tcol.c].kind == COL_MONTH &&
            (q->bucket == BK_DAY || q->bucket == BK_WEEK || (q->from[0] && atoi(q->from + 8) != 1) ||
             (q->to[0] && atoi(q->to + 8) != 1))) {
            r->unplaced++;
            snprintf(r->why, sizeof r->why, "which days %.40s means: it holds months",
                     cat->tables[q->tcol.t].cols[q->tcol.c].name);
            snprintf(r->hint, sizeof r->hint, "%s", "Try whole months, quarters or years");
        }
    }

    /* "the 2024 reviews", "rating for each review year": a table that
     * stores its year as a number (review_year, fiscalYear) is dated by it,
     * whole years at a time, unless a word names the date column's event
     * ("submitted in 2024") that is not also said to be missing */
    int yc = (s->ti.has_range || q->bucket == BK_YEAR) && q->tcol.c >= 0 && !q->growth && !q->running
             ? year_col(cat, q->tcol.t) : -1;   /* the dated table's own year */
    if (yc >= 0) {
        int nulled = 0, fy = 0, ty = 0, fm = 1, tm = 1, fd = 1, td = 1;
        for (int j = 0; j < q->nf; j++)
            nulled |= q->f[j].col.t == q->tcol.t && q->f[j].col.c == q->tcol.c && q->f[j].op == OP_NULL;
        int whole = (!q->from[0] || (sscanf(q->from, "%4d-%2d-%2d", &fy, &fm, &fd) == 3 && fm == 1 && fd == 1)) &&
                    (!q->to[0] || (sscanf(q->to, "%4d-%2d-%2d", &ty, &tm, &td) == 3 && tm == 1 && td == 1));
        if ((nulled || ground_event_word_pos(cat, s->gx, q->tcol, &s->tk) < 0) && whole &&
            (q->bucket == BK_YEAR || !q->bucket)) {
            int one = q->from[0] && q->to[0] && ty == fy + 1;   /* review_year = 2024 */
            for (int e = 0; e < 2 - one; e++) {
                if (!(e ? q->to[0] : q->from[0]))
                    continue;
                qfilter f;
                memset(&f, 0, sizeof f);
                f.col = (qcol){q->tcol.t, yc};
                f.op = one ? OP_EQ : e ? OP_LT : OP_GE;
                f.is_num = 1;
                f.num = e ? ty : fy;
                f.pos = s->ti.first_tok;
                rd_add_filter(q, f);
            }
            /* by year: the column itself is the year (emit) */
            q->tcol = q->bucket == BK_YEAR ? (qcol){q->tcol.t, yc} : (qcol){-1, -1};
            q->from[0] = q->to[0] = '\0';
            r->has_range = 0;
        }
    }

    /* "the fewest loyalty members", "loyalty guests": an optional column
     * of the counted rows named before them (loyalty_tier) says they have
     * one */
    for (int i = 0; i < s->nm; i++) {
        if (s->m[i].kind != MK_COLUMN || s->m[i].role != R_NONE || s->m[i].nalts != 1 || s->m[i].alts[0].t != q->base ||
            rd_mention_used(cat, &s->tk, q, &s->m[i]) || q->list || q->pct)
            continue;
        const cat_column *fc = &cat->tables[q->base].cols[s->m[i].alts[0].c];
        size_t e = (size_t)s->m[i].end, skip = 0;   /* "loyalty program members": past one word */
        if (e + 1 < s->tk.n && !s->tk.v[e].used && !s->tk.v[e].isnum && !lex_is_stop(s->tk.v[e].w) &&
            (tok_is(&s->tk, e + 1, "members") || tok_is(&s->tk, e + 1, "member") || tok_is(&s->tk, e + 1, "holders")))
            skip = e++ + 1;
        int rows_after = tok_is(&s->tk, e, "members") || tok_is(&s->tk, e, "member") || tok_is(&s->tk, e, "holders");
        for (int j = 0; j < s->nm; j++)
            rows_after |= s->m[j].kind == MK_TABLE && s->m[j].t == q->base && s->m[j].start == (int)e;
        if (fc->notnull || fc->pk || fc->kind != COL_TEXT || ground_is_key(&cat->tables[q->base], s->m[i].alts[0].c) ||
            !rows_after)
            continue;
        rd_add_state(q, s->m[i].alts[0], OP_NOTNULL, s->m[i].start);
        s->m[i].role = R_FILTER;
        if (skip)
            s->tk.v[skip - 1].used = 1;
        if (tok_is(&s->tk, e, "members") || tok_is(&s->tk, e, "member") || tok_is(&s->tk, e, "holders"))
            s->tk.v[e].used = 1;
    }
    for (int i = 0; i < s->nm; i++)
        if (i != s->absorbed && !(i < 32 && ((s->evmask | s->verbs) >> i & 1)) && s->m[i].role != R_KEYREF &&
            !rd_mention_used(cat, &s->tk, q, &s->m[i])) {
            /* "no phone" and phone is never empty: not expressible; a value
             * said and not filtered on: a condition dropped */
            int flag = s->m[i].kind == MK_COLUMN && s->m[i].nalts > 0;
            for (int a = 0; flag && a < s->m[i].nalts; a++) {
                /* "stays that were cancelled" naming is_cancelled: a yes/no
                 * condition the query leaves out */
                const cat_column *fc = &cat->tables[s->m[i].alts[a].t].cols[s->m[i].alts[a].c];
                flag = ground_is_flag(fc);
            }
            /* "orders that got a review": what the rows have, not followed */
            if (s->m[i].kind == MK_TABLE && rd_having_verb_before(&s->tk, s->m[i].start))
                flag = 1;
            int merges = s->prev && s->prev->base >= 0 && (r->followup_cue || !r->has_subject);
            if (s->m[i].role == R_NULLED || (s->m[i].kind == MK_VALUE && s->m[i].role == R_FILTER) || flag)
                r->unplaced++;
            /* a mention neither used nor accounted for (by the query, or by
             * the one a follow-up refines): the query answers a question
             * without it; decline rather than drop the words */
            else if (!rd_mention_accounted(cat, &s->tk, q, &s->m[i],
                                           s->m[i].role != R_NONE && s->m[i].role != R_OWNER) &&
                     !(merges && (r->instead_of || rd_mention_accounted(cat, &s->tk, s->prev, &s->m[i], 0)))) {
                r->unplaced++;
                for (int k = s->m[i].start; k < s->m[i].end; k++)
                    rd_note_unknown(r, s->tk.v[k].w);
            }
            else
                r->ignored++;   /* R_KEYREF: a key read in step 6 */
        }
    /* "stays not cancelled" with is_cancelled: a yes/no column holds 0 or
     * false, not NULL, for "no"; empty or not is not what was asked */
    for (int j = 0; j < q->nf; j++) {
        const qfilter *f = &q->f[j];
        if ((f->op != OP_NULL && f->op != OP_NOTNULL) || f->col.t < 0 || f->col.c < 0)
            continue;
        const cat_column *fc = &cat->tables[f->col.t].cols[f->col.c];
        if (ground_is_flag(fc))
            r->unplaced++;
    }
    /* a range dated by a column no word names: of a table nothing in the
     * question names, joined on the way (books borrowed in 2024 dated by
     * their branch's opening), or while a table the question names and the
     * query leaves out has dates of its own (members who borrowed books in
     * 2023 dated by joining); either way the time may be another event's */
    if (r->has_range && q->tcol.c >= 0 && !(s->prev && r->followup_cue) &&
        ground_event_word_pos(cat, s->gx, q->tcol, &s->tk) < 0) {
        int named_t = q->tcol.t == q->base || rd_up_path(cat, q->base, q->tcol.t) ||
                      on_join_path(cat, q, q->tcol.t), other = 0;
        for (int i = 0; i < s->nm; i++) {
            named_t |= (s->m[i].kind == MK_TABLE && s->m[i].t == q->tcol.t) ||
                       ((s->m[i].kind == MK_COLUMN || s->m[i].kind == MK_VALUE) && s->m[i].nalts &&
                        s->m[i].alts[0].t == q->tcol.t);
            int counted_key = q->agg == AGG_COUNT_DISTINCT && q->m1.c >= 0 &&
                              cat->tables[q->m1.t].cols[q->m1.c].ref_t == s->m[i].t;   /* its rows' keys */
            if (s->m[i].kind == MK_TABLE && s->m[i].t != q->tcol.t && i != s->absorbed && !counted_key &&
                !rd_mention_used(cat, &s->tk, q, &s->m[i]))
                for (size_t c = 0; c < cat->tables[s->m[i].t].ncols && !other; c++)
                    other = rd_date_kind(&cat->tables[s->m[i].t].cols[c]);
        }
        if (!named_t || other)
            r->unplaced++;
    }
    r->guessed_count = q->agg == AGG_COUNT && !s->k.count && !s->k.distinct && !q->pct && !q->list;
    drop_empty_groups(cat, q);
    return 0;
}
