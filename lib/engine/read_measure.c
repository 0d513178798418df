/* read_measure.c: what is measured and over which rows: the measure, the
 * counted table, the base table with the events and related rows it
 * stands for, and the dimensions (reading stages 2 to 5). */
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

/* A concept of a thing's physical size (weight, size, distance): named by
 * a column of the thing itself, never found elsewhere. */
int rd_physical(lex_concept c)
{
    return c == CON_WEIGHT || c == CON_SIZE || c == CON_DISTANCE;
}

/* Is the mention starting at token start what threshold th counts ("more
 * than 100 employees", "more than 100 current employees": stop words
 * between, up to two)? */
int rd_th_at(const toks *tk, const thresh *th, int start)
{
    if (start <= th->pos || start > th->pos + 3)
        return 0;
    static const char *const prep[] = {"in", "during", "for", "at", "on", "from", "by", "of",
                                       "per", NULL};
    for (int j = th->pos + 1; j < start; j++)
        if (!lex_is_stop(tk->v[j].w) || tk->v[j].isnum || tk->v[j].used || rd_in(tk->v[j].w, prep))
            return 0;   /* a keyword's word ("over 200, by drug") ends it; "below 74 in
                         * terms that ...": what is below 74 came before */
    return 1;
}

/* The keyword nearest before token i, skipping stop words (up to 3). */
int rd_kw_before(const toks *t, const kwscan *k, int i)
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
int rd_note_ambiguity(const catalog *cat, const ground_index *gx, reading *r, const mention *m,
                      int chosen, int near, int value)
{
    if (!r || r->nchoices || chosen < 0 || m->nalts < 2)
        return chosen;
    qcol a = m->alts[chosen];
    int *depth = joins_depths_g(cat, ground_joins(gx), near);   /* NULL: all alike */
    int da = depth ? depth[a.t] : 0;
    int idx[READ_CHOICES], n = 0;
    idx[n++] = chosen;
    for (int i = 0; i < m->nalts && n < READ_CHOICES; i++) {
        qcol b = m->alts[i];
        int dup = 0;
        for (int j = 0; j < n; j++)
            dup |= i == idx[j] || (b.t == m->alts[idx[j]].t && b.c == m->alts[idx[j]].c);
        if (dup)
            continue;
        int db = depth ? depth[b.t] : 0;
        if (db != da || db < 0)
            continue;
        idx[n++] = i;
    }
    free(depth);
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

/* Is table mention ti said only as where the rows are ("for Economics
 * courses", "at the Barcelona hotel"): after for/at/in, past articles
 * and values? */
static int where_table(const toks *tk, const mention *m, int nm, int ti)
{
    int b = m[ti].start - 1;
    while (b >= 0) {
        int in_value = 0;
        for (int j = 0; j < nm && !in_value; j++)
            in_value = m[j].kind == MK_VALUE && m[j].start <= b && b < m[j].end;
        if (!in_value && !tok_is(tk, (size_t)b, "the") && !tok_is(tk, (size_t)b, "a") && !tok_is(tk, (size_t)b, "an"))
            break;
        b--;
    }
    return b >= 0 && (tok_is(tk, (size_t)b, "for") || tok_is(tk, (size_t)b, "at") || tok_is(tk, (size_t)b, "in"));
}

/* The table whose rows are the events a word of the question names: one
 * with a key into table `base`, not named itself (unless named_ok: a length
 * of time needs the table of its dates), whose date column the words name
 * ("checked out" ~ loans.loaned_on) when no date column of base or of
 * another named table is named. Returns it and sets *col, or -1 (none, or
 * two such tables). */
static int event_table(const catalog *cat, const ground_index *gx, const toks *tk,
                       const mention *m, int nm, int base, qcol *col, int named_ok)
{
    int sc, named;
    for (int i = -1; i < nm; i++) {
        int t = i < 0 ? base : m[i].kind == MK_TABLE ? m[i].t :
                (m[i].kind == MK_COLUMN || m[i].kind == MK_VALUE) && m[i].nalts ? m[i].alts[0].t : -1;
        const cat_column *mc = i >= 0 && m[i].kind == MK_COLUMN && m[i].nalts ?
                               &cat->tables[m[i].alts[0].t].cols[m[i].alts[0].c] : NULL;
        if (mc && (mc->kind == COL_DATE || mc->kind == COL_DATETIME))
            continue;   /* "repaired" ~ repairs.repairedOn: the event's own word */
        int refers = 0;   /* "lent" naming lendings itself, for a length of time */
        for (size_t c = 0; named_ok && t >= 0 && t != base && c < cat->tables[t].ncols; c++)
            refers |= cat->tables[t].cols[c].ref_t == base;
        if (refers)
            continue;
        if (t >= 0 && ground_date_col_named(cat, gx, t, tk, &sc, &named) >= 0 && named >= 8)
            return -1;
    }
    int found = -1;
    for (size_t t = 0; t < cat->ntables; t++) {
        if ((int)t == base)
            continue;
        int refers = 0, mentioned = 0;   /* by a plain key: a team's captain is no event of a player */
        for (size_t c = 0; c < cat->tables[t].ncols; c++)
            refers |= cat->tables[t].cols[c].ref_t == base && !joins_is_role(cat, (int)t, (int)c);
        for (int i = 0; i < nm; i++)
            mentioned |= m[i].kind == MK_TABLE && m[i].t == (int)t;
        if (!refers || (mentioned && !named_ok))
            continue;
        int c = ground_date_col_named(cat, gx, (int)t, tk, &sc, &named);
        if (c < 0 || named < 8)
            continue;
        if (found >= 0)
            return -1;
        found = (int)t;
        *col = (qcol){(int)t, c};
    }
    return found;
}

/* "grade distribution", "distribution of ratings": how the values of a
 * column are spread, among the rows that have one (no empty group). */
static void distribution_of_values(const catalog *cat, const toks *tk, const mention *m, int nm, query *q)
{
    for (int i = 0; i < nm; i++) {
        if (m[i].kind != MK_COLUMN || m[i].role != R_DIM ||
            !(tok_is(tk, (size_t)m[i].end, "distribution") ||
              (m[i].start >= 2 && tok_is(tk, (size_t)m[i].start - 1, "of") &&
               tok_is(tk, (size_t)m[i].start - 2, "distribution"))))
            continue;
        qcol c = rd_pick(cat, NULL, &m[i], q->base);
        const cat_column *col = &cat->tables[c.t].cols[c.c];
        int dim = 0;
        for (int d = 0; d < q->ndims; d++)
            dim |= q->dims[d].t == c.t && q->dims[d].c == c.c;
        if (!dim || col->notnull || col->pk || q->nf >= Q_MAXF)
            continue;
        rd_add_state(q, c, OP_NOTNULL, -1);
    }
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

/* The measure is the time between two dates of the row (read_shapes
 * finds them), in days unless a unit was said. */
static void measure_span(read_state *s)
{
    s->q->m1 = s->q->m2 = (qcol){-1, -1};
    if (!s->dur_unit)
        s->dur_unit = DUR_DAYS;
    s->dur_cue_strong = 1;
}

/* Is the measure a word for a length of time ("duration", "length") said
 * right after a table that opens and closes a span of its own, whose own
 * columns hold no such length? */
static int span_named_before(const read_state *s)
{
    const mention *m = &s->m[s->mi];
    if (s->mi == 0 || s->m[s->mi - 1].kind != MK_TABLE || s->m[s->mi - 1].end != m->start ||
        lex_concept_of(s->tk.v[m->start].stem) != CON_DURATION)
        return 0;
    int t = s->m[s->mi - 1].t, st, en;
    for (int a = 0; a < m->nalts; a++)
        if (m->alts[a].t == t)
            return 0;
    return rd_span_pair(&s->cat->tables[t], &st, &en) == 0;
}

/* Is table `to` reached from `from` along foreign keys only, never from
 * a referenced table to a referencing one (prescriptions up to their
 * appointments, not books down to their loans)? */
int rd_up_path(const catalog *cat, int from, int to)
{
    size_t n = cat->ntables;
    jedge *parent = malloc(n * sizeof *parent);
    int *depth = malloc(n * sizeof *depth), up = 0;
    if (parent && depth) {
        joins_bfs(cat, from, parent, depth);
        up = depth[to] > 0;
        for (int v = to; up && v != from; v = parent[v].a)
            up = !parent[v].fanout;
    }
    free(parent);
    free(depth);
    return up;
}

/* "how much rent did we collect", "revenue received": money taken in is
 * the amount paid (amountPaid, paid_amount) where the rows hold one beside
 * the amount due or billed. */
static void money_taken_in(read_state *s)
{
    static const char *const verbs[] = {"collect", "collected", "collecting", "receive", "received", NULL};
    query *q = s->q;
    if ((s->con != CON_REVENUE && s->con != CON_SPEND) || q->m1.c < 0 || q->m2.c >= 0)
        return;
    int said = 0;
    for (size_t i = 0; i < s->tk.n; i++)
        said |= rd_in(s->tk.v[i].w, verbs);
    const cat_table *t = &s->cat->tables[q->m1.t];
    for (size_t c = 0; said && c < t->ncols; c++) {
        char w[4][TOK_LEN];
        int n = rd_split_name(t->cols[c].name, w, 4);
        if (n < 2 || !ground_is_numeric(&t->cols[c]) || ground_is_key(t, (int)c))
            continue;
        for (int k = 0; k < n; k++)
            if (!strcmp(w[k], "paid") || !strcmp(w[k], "received") || !strcmp(w[k], "collected")) {
                q->m1.c = (int)c;
                return;
            }
    }
}

/* "customers who deposited the most money": the money of the rows a value
 * names ('deposit' transactions) when they hold a sum of money, else
 * table `near`. */
static int money_rows(const read_state *s, int near)
{
    lex_concept c = s->m[s->mi].concept;
    if (c != CON_REVENUE && c != CON_SPEND)
        return near;
    for (int i = 0; i < s->nm; i++) {
        qcol a, b;
        int vt = s->m[i].nalts == 1 ? s->m[i].alts[0].t : -1;
        if (s->m[i].kind == MK_VALUE && vt >= 0 && vt != near &&
            ground_concept(s->cat, s->gx, c, vt, &a, &b) == 0 && a.t == vt)
            return vt;
    }
    return near;
}

/* Stage 2: the measure and the mention it comes from (mi); -1 when a
 * concept names no column. */
int read_measure(read_state *s)
{
    const catalog *cat = s->cat;
    reading *r = s->r;
    query *q = s->q;
    /* 2. measure: a concept or a numeric column not otherwise used */
    s->con = CON_NONE;
    int first_table = -1;
    for (int i = 0; i < s->nm; i++)
        if (s->m[i].kind == MK_TABLE && s->m[i].role == R_NONE && first_table < 0)
            first_table = s->m[i].t;
    int near = first_table >= 0 ? first_table : (s->prev && s->prev->base >= 0 ? s->prev->base : -1);
    /* "how much money did we receive through each payment method": no
     * table named, the grouping's (or a filter's) table holds the measure
     * nearest to it (payments.amount, not bookings.total_amount) */
    for (int i = 0; i < s->nm && near < 0; i++)
        if ((s->m[i].kind == MK_COLUMN && s->m[i].role == R_DIM && !rd_all_numeric(cat, &s->m[i])) ||
            (s->m[i].kind == MK_VALUE && s->m[i].role == R_FILTER && s->m[i].nalts == 1))
            near = s->m[i].alts[0].t;
    s->mi = -1; s->having_th = -1;
    /* "genres averaging more than 400 pages": the threshold compares the
     * average (or total) of the column named after the number */
    /* "how many employees took more than 30 business days in total": the
     * total of the column per counted row */
    int in_total = 0;
    for (size_t i = 0; i < s->tk.n; i++)
        in_total |= (tok_is(&s->tk, i, "in") && tok_is(&s->tk, i + 1, "total")) ||
                    tok_is(&s->tk, i, "altogether") || tok_is(&s->tk, i, "combined");
    for (int h = 0; h < s->k.nth && s->mi < 0; h++) {
        int kp = s->k.th[h].kwpos - 1;
        int total = in_total && s->k.count && !s->k.avg && !s->k.sum;
        if (kp < 0 || (s->k.kw[kp] != KW_AVG && s->k.kw[kp] != KW_SUM && !total) || s->k.th[h].unit > 0)
            continue;
        for (int i = 0; i < s->nm && s->mi < 0; i++)
            if (rd_th_at(&s->tk, &s->k.th[h], s->m[i].start) && s->m[i].kind == MK_COLUMN && rd_all_numeric(cat, &s->m[i])) {
                s->mi = i;
                s->having_th = h;
                if (s->k.kw[kp] != KW_AVG && s->k.kw[kp] != KW_SUM)
                    s->k.sum = 1;
            }
    }
    for (int i = 0; i < s->nm && s->mi < 0; i++)
        if (s->m[i].kind == MK_CONCEPT && s->m[i].role != R_THRESH)
            s->mi = i;
    for (int i = 0; i < s->nm && s->mi < 0; i++) {
        qcol c;
        /* "warehouses with capacity under 30000": the column right before a
         * comparative is what is compared, unless an aggregate says it is
         * measured ("an average price over 100") */
        int compared = 0;
        for (int h = 0; h < s->k.nth; h++)
            compared |= s->m[i].end == s->k.th[h].kwpos && s->k.th[h].unit == 0 &&
                        !(s->m[i].start > 0 && s->k.kw[s->m[i].start - 1] >= KW_SUM && s->k.kw[s->m[i].start - 1] <= KW_MIN);
        /* "vegetarian items", "hub airports": a yes/no column says which
         * rows (read_flags), it is not summed, unless a total is asked of it */
        int flag = rd_all_flags(cat, &s->m[i]) &&
                   !(s->m[i].start > 0 && s->k.kw[s->m[i].start - 1] >= KW_SUM &&
                     s->k.kw[s->m[i].start - 1] <= KW_MIN);
        if (s->m[i].kind == MK_COLUMN && s->m[i].role == R_NONE && i != s->subject && !compared &&
            !flag && rd_numeric_alt(cat, s->gx, &s->m[i], near, &c))
            s->mi = i;
    }
    if (s->mi < 0 && s->subject >= 0 && s->m[s->subject].kind == MK_COLUMN) {
        qcol c;
        int others = 0;
        for (int i = 0; i < s->nm; i++)
            if (i != s->subject && s->m[i].role != R_FILTER && s->m[i].role != R_THRESH)
                others++;
        if (!others && rd_numeric_alt(cat, s->gx, &s->m[s->subject], near, &c) && (s->k.max || s->k.min || s->k.avg || s->k.sum)) {
            s->mi = s->subject;
            s->subject = -1;
        }
    }
    /* "average salary" where salary names the table salaries: the
     * aggregate asks for a value, so the word is the table's own numeric
     * column named the same (annual_salary), not its rows */
    for (int i = 0; i < s->nm && s->mi < 0 && !s->k.count; i++) {
        static const char *const valagg[] = {"average", "avg", "mean", "median", "total", "sum",
                                             "highest", "lowest", "maximum", "max", "minimum",
                                             "min", "largest", "smallest", "biggest", "greatest",
                                             "typical", NULL};
        int b = s->m[i].start - 1;
        while (b >= 0 && b >= s->m[i].start - 3 && lex_is_stop(s->tk.v[b].w) && !s->k.kw[b])
            b--;
        if (s->m[i].kind != MK_TABLE || s->m[i].end - s->m[i].start != 1 || b < 0 || !rd_in(s->tk.v[b].w, valagg) ||
            (s->m[i].role != R_NONE && i != s->subject))
            continue;
        int col = rd_own_measure(cat, s->m[i].t, s->tk.v[s->m[i].start].stem);
        if (col < 0)
            continue;
        s->m[i].kind = MK_COLUMN;
        s->m[i].alts[0] = (qcol){s->m[i].t, col};
        s->m[i].nalts = 1;
        s->mi = i;
        if (s->subject == i)
            s->subject = -1;
    }
    if (s->mi < 0 && s->k.super_con && !s->k.count) {
        s->con = s->k.super_con;
        if (ground_concept(cat, s->gx, s->con, near, &q->m1, &q->m2) == 0) {
            r->has_subject = 1;
            /* "the largest branch", "the heaviest shipment": a column of
             * the thing named, never a size somewhere else */
            if (rd_physical(s->con) && (near < 0 || q->m1.t != near)) {
                q->m1 = q->m2 = (qcol){-1, -1};
                r->has_subject = 0;
            }
        }
        /* "the biggest payment", "the largest bill": of a sum of money, its amount */
        int amt = s->k.super_con == CON_SIZE && q->m1.c < 0 && near >= 0 ? rd_money_amount(cat, near) : -1;
        if (amt >= 0) {
            q->m1 = (qcol){near, amt};
            q->m2 = (qcol){-1, -1};
            r->has_subject = 1;
        }
        if (rd_physical(s->con) && (q->m1.c < 0 || amt >= 0))
            s->con = CON_NONE;
        if (q->m1.c < 0)
            r->unplaced++;   /* "the longest books" and nothing is long: not a count */
    }
    if (s->mi >= 0) {
        s->m[s->mi].role = R_MEASURE;
        if (s->m[s->mi].kind == MK_CONCEPT && s->m[s->mi].measure && cat->sem) {
            /* the semantic file's measure: its SQL, on its table */
            const sem_measure *me = &cat->sem->measures[s->m[s->mi].measure - 1];
            q->measure = s->m[s->mi].measure;
            q->m1 = (qcol){me->t, me->nrefs ? me->refs[0][1] : 0};
            for (int j = 0; j < me->nrefs; j++)
                if (me->refs[j][0] == me->t) {
                    q->m1.c = me->refs[j][1];
                    break;
                }
            q->m2 = (qcol){-1, -1};
        } else if (s->m[s->mi].kind == MK_CONCEPT) {
            s->con = s->m[s->mi].concept;
            int gc = ground_concept(cat, s->gx, s->con, money_rows(s, near), &q->m1, &q->m2), st, en;
            /* "average visit length" of check-ins (checkInAt, checkOutAt):
             * the span of the rows named, not a length stored elsewhere */
            if (gc == 0 && s->con == CON_DURATION && near >= 0 && q->m1.t != near &&
                rd_span_pair(&cat->tables[near], &st, &en) == 0)
                gc = -1;
            if (gc < 0) {
                if (s->con != CON_DURATION)
                    return -1;
                /* "average absence duration" and no column holds one: the
                 * time between two dates of the row (step 9) */
                s->con = CON_NONE;
                measure_span(s);
            }
            money_taken_in(s);
        } else if (span_named_before(s)) {
            /* "average shift duration" where shifts open and close a span:
             * that span, not a duration column of another table */
            s->m[s->mi].kind = MK_CONCEPT;
            s->m[s->mi].concept = CON_DURATION;
            s->m[s->mi].nalts = 0;
            measure_span(s);
        } else {
            rd_numeric_alt(cat, s->gx, &s->m[s->mi], near, &q->m1);
            q->m2 = (qcol){-1, -1};
            /* "average order value" where orders hold no value: a measure of
             * each order (a sum of its lines, or another table's amount) is
             * not a column the words name; ask rather than guess */
            if (s->mi > 0 && s->m[s->mi - 1].kind == MK_TABLE && s->m[s->mi - 1].end == s->m[s->mi].start &&
                q->m1.c >= 0 && q->m1.t != s->m[s->mi - 1].t) {
                r->unplaced++;
                snprintf(r->why, sizeof r->why, "what the %s of one of %s is: it has no such column",
                         s->tk.v[s->m[s->mi].start].w, cat->tables[s->m[s->mi - 1].t].name);
            }
        }
        r->has_subject = 1;
    }
    return 0;
}

/* Stage 3: the table whose rows are counted, whether the subject groups,
 * the columns shown beside listed rows. */
int read_counted(read_state *s)
{
    const catalog *cat = s->cat;
    reading *r = s->r;
    query *q = s->q;
    /* 3. the counted table: a table mention that is not a dimension */
    s->counted = -1;
    for (int i = 0; i < s->nm; i++)
        if (s->m[i].kind == MK_TABLE && s->m[i].role == R_NONE && i != s->subject) {
            s->counted = i;
            break;
        }
    /* "which country has the most customers": the subject is the dimension */
    s->subject_is_dim = 0;
    s->show = (qcol){-1, -1}; s->show2 = (qcol){-1, -1};
    if (s->subject >= 0) {
        int other = q->m1.c >= 0 || s->counted >= 0;
        if (s->m[s->subject].kind == MK_COLUMN && !other && (s->k.top || s->k.bottom || s->k.count))
            other = 1;   /* "which industries have the fewest accounts" w/o table */
        /* "which hotel has the highest no-show rate": the rate of another
         * table's rows (bookings holding the value), per hotel */
        /* "which hotel had the most cancellations": the rows holding the value, counted per hotel */
        for (int i = s->subject + 1; i < s->nm && (s->pct_kind == 1 || ((s->k.top || s->k.bottom) && !s->k.count)) &&
                                     s->m[s->subject].kind == MK_TABLE && !other; i++)
            if (s->m[i].kind == MK_VALUE && s->m[i].nalts && s->m[i].alts[0].t != s->m[s->subject].t &&
                joins_distance_g(cat, s->jg, s->m[i].alts[0].t, s->m[s->subject].t) > 0)
                other = 1;
        /* thresholds on a count of rows ("more than 15 books"), not on a
         * column ("longer than 700 pages") */
        int nth_rows = 0;
        for (int h = 0; h < s->k.nth; h++)
            for (int i = 0; i < s->nm; i++)
                nth_rows |= rd_th_at(&s->tk, &s->k.th[h], s->m[i].start) && s->m[i].kind == MK_TABLE;
        /* "which carriers take more than 4 days on average": a length of
         * time averaged per subject */
        for (int h = 0; h < s->k.nth; h++)
            nth_rows |= s->k.th[h].unit > 0 && s->k.avg;
        if (other && (s->k.top || s->k.bottom || s->k.limit || s->k.count || nth_rows || q->m1.c >= 0)) {
            s->subject_is_dim = 1;
            s->m[s->subject].role = R_DIM;
        } else if (s->m[s->subject].kind == MK_TABLE &&
                   (s->counted < 0 || (s->k.list && !s->k.count && !s->k.sum && !s->k.avg && !s->k.distinct))) {
            s->counted = s->subject;
        } else if (s->m[s->subject].kind == MK_COLUMN && s->counted >= 0 && s->k.list && !s->k.count && !s->k.sum &&
                   !s->k.avg && !s->k.distinct && !s->k.top && !s->k.bottom && q->m1.c < 0 && !nth_rows) {
            /* "list the titles of books": the rows, showing that column */
            for (int a = 0; a < s->m[s->subject].nalts && s->show.c < 0; a++)
                if (s->m[s->subject].alts[a].t == s->m[s->counted].t)
                    s->show = s->m[s->subject].alts[a];
            if (s->show.c >= 0) {
                s->m[s->subject].role = R_SHOW;
                /* "the first and last names of ...": a second column of the rows */
                int n2 = s->subject + 1;
                if (n2 < s->nm && s->m[n2].kind == MK_COLUMN && s->m[n2].role == R_NONE &&
                    s->m[n2].start == s->m[s->subject].end + 1 && (tok_is(&s->tk, s->m[s->subject].end, "and") ||
                                                                   tok_is(&s->tk, s->m[s->subject].end, ",")))
                    for (int a = 0; a < s->m[n2].nalts && s->show2.c < 0; a++)
                        if (s->m[n2].alts[a].t == s->m[s->counted].t && s->m[n2].alts[a].c != s->show.c) {
                            s->show2 = s->m[n2].alts[a];
                            s->m[n2].role = R_SHOW;
                        }
            } else {
                s->m[s->subject].role = R_DIM;
                s->subject_is_dim = 1;
            }
        } else if (s->m[s->subject].kind == MK_COLUMN && (s->k.group || !rd_all_dates(cat, &s->m[s->subject]))) {
            /* not "staff who have left" of LeftOn: a date is no grouping by
             * day unless a word groups */
            s->m[s->subject].role = R_DIM;
            s->subject_is_dim = 1;
        }
    }
    /* "hotels with the highest no-show rate": ranked by the rate of
     * another table's rows (bookings holding the value), one per hotel */
    for (int i = s->counted + 1; s->counted >= 0 && i < s->nm && s->pct_kind == 1 && s->m[s->counted].kind == MK_TABLE &&
                                 (s->k.top || s->k.bottom || s->k.max || s->k.min || s->k.limit); i++)
        if (s->m[i].kind == MK_VALUE && s->m[i].nalts && s->m[i].alts[0].t != s->m[s->counted].t &&
            joins_distance_g(cat, s->jg, s->m[i].alts[0].t, s->m[s->counted].t) > 0) {
            s->m[s->counted].role = R_DIM;
            s->subject_is_dim = 1;
            s->counted = -1;
            break;
        }
    /* "monthly no-shows at the Barcelona hotel": a plural status value
     * names the rows counted (bookings that are no-shows); the table named
     * after it only says where */
    s->events_base = -1;
    if (s->counted >= 0 && s->m[s->counted].kind == MK_TABLE && q->m1.c < 0 && !s->pct_kind &&
        rd_kw_before(&s->tk, &s->k, s->m[s->counted].start) != KW_COUNT) {
        for (int i = 0; i < s->counted && s->events_base < 0; i++) {
            const tok *last = &s->tk.v[s->m[i].end - 1];
            if (s->m[i].kind == MK_VALUE && s->m[i].nalts && s->m[i].role == R_FILTER && strcmp(last->w, last->stem) &&
                s->m[i].end != s->m[s->counted].start && s->m[i].alts[0].t != s->m[s->counted].t &&
                rd_up_path(cat, s->m[i].alts[0].t, s->m[s->counted].t))
                s->events_base = s->m[i].alts[0].t;
        }
        /* "letter grade distribution for Economics courses": the grouped
         * column's rows, below the table said after "for", are counted */
        for (int i = 0; i < s->nm && s->events_base < 0 && where_table(&s->tk, s->m, s->nm, s->counted); i++)
            if (s->m[i].kind == MK_COLUMN && s->m[i].role == R_DIM && s->m[i].nalts &&
                s->m[i].alts[0].t != s->m[s->counted].t && rd_up_path(cat, s->m[i].alts[0].t, s->m[s->counted].t))
                s->events_base = s->m[i].alts[0].t;
        if (s->events_base >= 0) {
            s->m[s->counted].role = R_QUAL;
            s->counted = -1;
            r->has_subject = 1;
        }
    }
    if (s->counted >= 0) {
        s->m[s->counted].role = R_COUNTED;
        r->has_subject = 1;
    }
    return 0;
}

/* Stage 4: the base table; -1 when there is none. */
int read_base(read_state *s)
{
    const catalog *cat = s->cat;
    query *q = s->q;
    /* 4. base table */
    if (q->m1.c >= 0)
        q->base = q->m1.t;
    else if (s->counted >= 0)
        q->base = s->m[s->counted].t;
    else if (s->events_base >= 0)
        q->base = s->events_base;
    else if (s->prev && s->prev->base >= 0 && mentions_near(cat, s->m, s->nm, s->prev->base))
        q->base = s->prev->base;
    else {
        /* a rate grouped by a table ("no-show rate per hotel"): the rows
         * the value describes */
        /* "number of cancellations by hotel": every table named groups, so
         * the value's rows are counted */
        int tables = 0, grouping = 1;
        for (int i = 0; i < s->nm; i++)
            if (s->m[i].kind == MK_TABLE) {
                tables++;
                grouping &= s->m[i].role == R_DIM;
            }
        for (int i = 0; i < s->nm && q->base < 0 && ((s->pct_kind == 1 && s->subject_is_dim) || (tables && grouping)); i++)
            if (s->m[i].kind == MK_VALUE)
                q->base = s->m[i].alts[0].t;
        /* no table named: the rows a value describes ("plan upgrades"),
         * else the first name */
        for (int i = 0; i < s->nm && q->base < 0; i++)
            if (s->m[i].kind == MK_TABLE)
                q->base = s->m[i].t;
        /* "grade distribution for Calculus I": the grouped column's rows,
         * below the value's table */
        for (int i = 0; i < s->nm && q->base < 0; i++)
            for (int j = 0; s->m[i].kind == MK_COLUMN && s->m[i].role == R_DIM && s->m[i].nalts && j < s->nm; j++)
                if (s->m[j].kind == MK_VALUE && s->m[j].role == R_FILTER && s->m[j].nalts &&
                    s->m[j].alts[0].t != s->m[i].alts[0].t && rd_up_path(cat, s->m[i].alts[0].t, s->m[j].alts[0].t)) {
                    q->base = s->m[i].alts[0].t;
                    break;
                }
        for (int i = 0; i < s->nm && q->base < 0; i++)
            if (s->m[i].kind == MK_VALUE)
                q->base = s->m[i].alts[0].t;
        for (int i = 0; i < s->nm && q->base < 0; i++)
            if (s->m[i].kind == MK_COLUMN)
                q->base = s->m[i].alts[0].t;
    }
    if (q->base < 0)
        return -1;
    return 0;
}

/* Stage 4, continued: a verb naming the date of rows that refer to the
 * counted ones counts those events instead (absorbed, evmask). */
/* Is the word at pos a verb in the perfect ("have ever registered", "has
 * already booked")? */
static int perfect_before(const toks *tk, int pos)
{
    for (int i = pos - 1; i >= 0 && i >= pos - 3; i--) {
        const char *w = tk->v[i].w;
        if (!strcmp(w, "have") || !strcmp(w, "has"))
            return 1;
        if (strcmp(w, "ever") && strcmp(w, "already") && strcmp(w, "actually") && strcmp(w, "been"))
            return 0;
    }
    return 0;
}

int read_events(read_state *s)
{
    const catalog *cat = s->cat;
    query *q = s->q;
    /* a measure in the counted table's child: "orders" + "revenue" keeps the measure's table */

    /* "books checked out in 2023", "which branch lent the most books": a
     * verb naming the date of a table that refers to the counted one (the
     * loans of books) counts those events; "never checked out": the counted
     * rows have none of them */
    s->absorbed = -1;
    s->evmask = 0;   /* mentions of the event's date column, placed by it */
    /* "avg days overdue for late returns, by membership type": lengths of
     * time and lateness are the events' too, when no table is counted */
    int timing = s->dur_unit || s->due.sign || s->due.dur || s->due.tpos >= 0;
    /* "how many different members borrowed books": distinct rows among
     * the events (their key, counted once) */
    int ev_distinct = s->k.distinct && s->k.count && s->counted >= 0 && s->m[s->counted].kind == MK_TABLE &&
                      rd_kw_before(&s->tk, &s->k, s->m[s->counted].start) == KW_DISTINCT;
    if (q->m1.c < 0 && (!s->k.distinct || ev_distinct) &&
        ((s->counted >= 0 && s->m[s->counted].kind == MK_TABLE && s->m[s->counted].t == q->base && !s->pct_kind &&
          (timing || s->k.count || s->k.top || s->k.bottom || s->k.limit || s->k.nnull)) ||
         (s->counted < 0 && timing))) {
        qcol ec;
        int et = event_table(cat, s->gx, &s->tk, s->m, s->nm, q->base, &ec, timing);
        int pos = et >= 0 ? ground_event_word_pos(cat, s->gx, ec, &s->tk) : -1;
        int never = 0, pk = catalog_primary_key(&cat->tables[q->base]);
        for (int j = 0; j < s->k.nnull && pos >= 0; j++)
            never |= s->k.nullpos[j] < pos && pos - s->k.nullpos[j] <= 3;
        /* "how many players have ever registered": rows that have such an
         * event (the perfect says what they have done), not the events */
        int ever = pos >= 0 && !never && s->counted >= 0 && !timing && !s->ti.has_range &&
                   perfect_before(&s->tk, pos);
        for (int i = 0; i < s->nm && i < 32 && pos >= 0 && (pk >= 0 || !never); i++)
            for (int a = 0; s->m[i].kind == MK_COLUMN && a < s->m[i].nalts; a++)
                if (s->m[i].alts[a].t == ec.t && s->m[i].alts[a].c == ec.c) {
                    if (s->m[i].role == R_DIM && i == s->subject)
                        s->subject_is_dim = 0;   /* "the 3 most repaired vehicles" */
                    s->m[i].role = R_QUAL;
                    s->evmask |= 1u << i;
                }
        if (pos >= 0 && (never || ever) && pk >= 0) {
            qfilter f;
            memset(&f, 0, sizeof f);
            f.col = (qcol){q->base, pk};
            f.op = never ? OP_NOTEXISTS : OP_EXISTS;
            f.sub = et;
            f.pos = pos;
            rd_add_filter(q, f);
            ground_mark_event_words(cat, s->gx, ec, &s->tk);
        } else if (pos >= 0 && !never && s->counted < 0) {
            q->base = et;
            ground_mark_event_words(cat, s->gx, ec, &s->tk);
        } else if (pos >= 0 && !never) {
            s->absorbed = s->counted;
            s->m[s->counted].role = R_QUAL;
            if ((s->k.top || s->k.bottom || s->k.limit) && !s->subject_is_dim && !s->dur_unit) {
                int dims = 0;   /* "the 5 most checked out books": per book */
                for (int i = 0; i < s->nm; i++)
                    dims |= s->m[i].role == R_DIM;
                if (!dims)
                    s->m[s->counted].role = R_DIM;
            }
            q->base = et;
            ground_mark_event_words(cat, s->gx, ec, &s->tk);
            for (size_t c = 0; ev_distinct && c < cat->tables[et].ncols; c++)
                if (cat->tables[et].cols[c].ref_t == s->m[s->counted].t) {
                    q->agg = AGG_COUNT_DISTINCT;
                    q->m1 = (qcol){et, (int)c};
                    s->m[s->counted].role = R_QUAL;
                    break;
                }
        }
    }
    return 0;
}

/* Stage 4, continued: rows with or without related rows. */
int read_related_rows(read_state *s)
{
    const catalog *cat = s->cat;
    reading *r = s->r;
    query *q = s->q;
    /* rows with or without related rows */
    for (int i = 0; i < s->nm; i++) {
        if (s->m[i].role != R_EXISTS && s->m[i].role != R_NOTEXISTS)
            continue;
        int x = s->m[i].t, e = q->base;
        int pk = catalog_primary_key(&cat->tables[e]);
        int fk = -1;
        for (size_t c = 0; c < cat->tables[x].ncols && fk < 0; c++)
            if (cat->tables[x].cols[c].ref_t == e)
                fk = (int)c;
        if (x == e || pk < 0)
            continue;
        if (fk < 0 && s->m[i].role == R_NOTEXISTS) {
            /* "shipments with no driver assigned": the base row's own
             * (nullable) key into the named table is empty */
            const cat_table *et = &cat->tables[e];
            int own = -1, nown = 0;
            for (size_t c = 0; c < et->ncols; c++)
                if (et->cols[c].ref_t == x) {
                    nown++;
                    own = et->cols[c].notnull ? -1 : (int)c;
                }
            if (nown == 1 && own >= 0) {
                rd_add_state(q, (qcol){e, own}, OP_NULL, s->m[i].start);
                continue;
            }
        }
        if (s->m[i].role == R_EXISTS && q->m1.c < 0 && s->k.count && !s->pct_cue) {
            /* "how many accounts opened at least one ticket": count the
             * distinct entities among the related rows */
            q->base = x;
            q->agg = AGG_COUNT_DISTINCT;
            q->m1 = fk >= 0 ? (qcol){x, fk} : (qcol){e, pk};
        } else if (fk >= 0) {
            qfilter f;
            memset(&f, 0, sizeof f);
            f.col = (qcol){e, pk};
            f.op = s->m[i].role == R_EXISTS ? OP_EXISTS : OP_NOTEXISTS;
            f.sub = x;
            f.pos = s->m[i].start;
            rd_add_filter(q, f);
        } else {
            r->unplaced++;
        }
    }
    return 0;
}

/* Stage 5: the dimensions and the time bucket; the date a range uses
 * when "by" names it (range_col). */
/* "the 10 biggest spending passengers? Give first and last name": a
 * person's first or last name asked to be shown, not grouped by (no
 * "by"/"per" before it), groups by the person, shown by both names. */
static void person_name_dims(read_state *s)
{
    query *q = s->q;
    for (int i = 0; i < s->nm; i++) {
        if (s->m[i].role != R_DIM || s->m[i].kind != MK_COLUMN ||
            (s->m[i].start > 0 && s->k.kw[s->m[i].start - 1] == KW_GROUP))
            continue;
        qcol c = rd_pick(s->cat, s->gx, &s->m[i], q->base);
        const cat_table *t = &s->cat->tables[c.t];
        int last, fn = ground_person_name(t, &last), pk = catalog_primary_key(t);
        if (fn < 0 || pk < 0 || (c.c != fn && c.c != last))
            continue;
        for (int d = 0; d < q->ndims; d++) {
            if (q->dims[d].t != c.t || (q->dims[d].c != fn && q->dims[d].c != last && q->dims[d].c != pk))
                continue;
            q->dims[d] = (qcol){c.t, pk};
            q->labels[d] = (qcol){c.t, fn};
            for (int e = d + 1; e < q->ndims; e++)   /* the other name: the same person */
                if (q->dims[e].t == c.t && (q->dims[e].c == fn || q->dims[e].c == last || q->dims[e].c == pk)) {
                    for (int k = e; k + 1 < q->ndims; k++) {
                        q->dims[k] = q->dims[k + 1];
                        q->labels[k] = q->labels[k + 1];
                    }
                    q->ndims--;
                    e--;
                }
            break;
        }
    }
}

/* "cancelled bookings per year, by scheduled pickup date": a date column
 * said after "by" (a word between) where a range or a bucket needs a date
 * is the date they use, not a grouping of its own. */
static void by_date_named(read_state *s)
{
    if (s->range_col.c >= 0 || !(s->ti.has_range || s->ti.bucket))
        return;
    for (int i = 0; i < s->nm; i++) {
        const mention *m = &s->m[i];
        if (m->kind != MK_COLUMN || m->role != R_NONE || m->nalts != 1 ||
            !rd_date_kind(&s->cat->tables[m->alts[0].t].cols[m->alts[0].c]))
            continue;
        int b = m->start - 1;
        if (b >= 1 && !s->tk.v[b].used && !tok_is(&s->tk, (size_t)b, "by"))
            b--;   /* "by scheduled pickup date" */
        if (b < 0 || !tok_is(&s->tk, (size_t)b, "by") ||
            (m->alts[0].t != s->q->base && !rd_up_path(s->cat, s->q->base, m->alts[0].t)))
            continue;
        for (int k = b; k < m->start; k++)
            s->tk.v[k].used = 1;
        if (tok_is(&s->tk, (size_t)m->end, "date"))
            s->tk.v[m->end].used = 1;
        s->range_col = m->alts[0];
        s->m[i].role = R_QUAL;
        return;
    }
}

int read_dims(read_state *s)
{
    const catalog *cat = s->cat;
    reading *r = s->r;
    query *q = s->q;
    /* 5. dimensions */
    s->range_col = (qcol){-1, -1};   /* "revenue in 2024, by check-in date": which date the range uses */
    for (int i = 0; i < s->nm; i++)
        if (s->m[i].role == R_DIM) {
            int by = s->m[i].start - 1;   /* "by the payment date" */
            if (by > 0 && tok_is(&s->tk, (size_t)by, "the"))
                by--;
            if ((s->m[i].kind == MK_COLUMN || s->m[i].kind == MK_TABLE) && s->ti.has_range && !s->ti.bucket && !s->growth &&
                s->ti.first_tok >= 0 && s->m[i].start > s->ti.first_tok && by >= 0 &&
                s->k.kw[by] == KW_GROUP && tok_is(&s->tk, (size_t)by, "by") && s->range_col.c < 0) {
                /* "by booking date": a table's word then "date" names its date */
                qcol c = {-1, -1};
                if (s->m[i].kind == MK_COLUMN)
                    c = rd_pick(cat, s->gx, &s->m[i], q->base);
                else if (tok_is(&s->tk, (size_t)s->m[i].end, "date") && !s->tk.v[s->m[i].end].used &&
                         (c.c = ground_date_col(cat, s->gx, s->m[i].t, &s->tk)) >= 0)
                    c.t = s->m[i].t;
                if (c.c >= 0 && rd_date_kind(&cat->tables[c.t].cols[c.c])) {
                    if (s->m[i].kind == MK_TABLE)
                        s->tk.v[s->m[i].end].used = 1;
                    s->range_col = c;
                    continue;
                }
            }
            /* "amount due by billing month": a date column said as a
             * grouping where the words give a grain is the grain's date */
            if (s->m[i].kind == MK_COLUMN && s->ti.bucket && s->range_col.c < 0) {
                qcol c = rd_pick(cat, s->gx, &s->m[i], q->base);
                if (c.c >= 0 && cat->tables[c.t].cols[c.c].kind == COL_MONTH) {
                    s->range_col = c;
                    continue;
                }
            }
            /* "average pages per book": per row of the measure's own table
             * is the plain aggregate, not one group per row */
            if (s->m[i].kind == MK_TABLE && s->m[i].t == q->base && q->m1.c >= 0 && q->m1.t == q->base &&
                (s->k.avg || s->k.median || (s->k.max && !s->k.top) || (s->k.min && !s->k.bottom)))
                continue;
            int def = s->m[i].kind == MK_COLUMN ? ground_nearest(cat, s->gx, s->m[i].alts, s->m[i].nalts, q->base) : -1;
            int a = s->m[i].kind == MK_COLUMN ? rd_note_ambiguity(cat, s->gx, r, &s->m[i], def, q->base, 0) : def;
            mention one = s->m[i];
            if (a != def) {   /* a forced reading: group by that candidate only */
                one.alts[0] = s->m[i].alts[a];
                one.nalts = 1;
            }
            rd_add_dim(cat, q, &one, q->base);
        }
    by_date_named(s);
    if (s->growth) {
        /* period over period: bucket by that period; the range's first
         * period needs the one before it (emit reads one period back) */
        if (!s->ti.bucket)
            s->ti.bucket = s->growth;
        q->growth = s->growth;
        r->has_subject = 1;
    }
    if (s->ti.bucket) {
        q->bucket = s->ti.bucket;
    }
    person_name_dims(s);
    r->has_dims = q->ndims > 0 || q->bucket;
    distribution_of_values(cat, &s->tk, s->m, s->nm, q);
    return 0;
}
