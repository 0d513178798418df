/* read_filters.c: the conditions on the rows: values and thresholds,
 * NULL words, zeros, dates that are set or empty, lateness and age, and
 * state words ("pending", "current") (reading stage 6). */
#include "read_state.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include "emit.h"
#include "ground.h"
#include "joins.h"
#include "lexicon.h"
#include "semantic.h"
#include "timeparse.h"
#include "tokens.h"
#include "util.h"

/* state words: a row still going on (its end date empty) or over (set) */
static const char *const ongoing[] = {"pending", "outstanding", "open", "active", "ongoing",
                                      "unsettled", "unresolved", "awaiting", "current",
                                      "currently", "still", NULL};
static const char *const over[] = {"former", "settled", "returned", "resolved", "closed",
                                   "completed", "finished", "left", "quit", NULL};

int rd_numeric_alt(const catalog *cat, const ground_index *gx, const mention *m, int near,
                   qcol *out)
{
    qcol best = {-1, -1};
    int bestd = 1 << 30, *depth = NULL, searched = 0;
    for (int i = 0; i < m->nalts; i++) {
        const cat_column *c = &cat->tables[m->alts[i].t].cols[m->alts[i].c];
        if (!ground_is_numeric(c))
            continue;
        if (!searched++)
            depth = joins_depths_g(cat, ground_joins(gx), near);
        int d = !depth ? 0 : depth[m->alts[i].t];
        if (d < 0)
            d = 1000;
        if (d < bestd) {
            bestd = d;
            best = m->alts[i];
        }
    }
    free(depth);
    *out = best;
    return best.c >= 0;
}

void rd_add_state(query *q, qcol c, q_op op, int pos)
{
    qfilter f;
    memset(&f, 0, sizeof f);
    f.col = c;
    f.op = op;
    f.pos = pos;
    rd_add_filter(q, f);
}

/* Add an equality filter, replacing one on the same column. */
void rd_drop_filter(query *q, int i)
{
    memmove(&q->f[i], &q->f[i + 1], (size_t)(q->nf - i - 1) * sizeof q->f[0]);
    q->nf--;
}

void rd_add_filter(query *q, qfilter f)
{
    /* a second value of the same column: "Germany or France" */
    for (int i = 0; i < q->nf; i++) {
        qfilter *g = &q->f[i];
        if (f.op == OP_EQ && !f.is_num && (g->op == OP_EQ || g->op == OP_IN) && !g->is_num &&
            g->col.t == f.col.t && g->col.c == f.col.c && !g->having && g->cond == f.cond &&
            g->via == f.via) {
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
            q->f[i].via == f.via && (q->f[i].op == f.op || (q->f[i].op <= OP_NE && f.op <= OP_NE)) &&
            !(f.op == OP_NE && q->f[i].op == OP_NE && !f.is_num && strcmp(q->f[i].text, f.text))) {
            q->f[i] = f;
            return;
        }
    if (q->nf < Q_MAXF)
        q->f[q->nf++] = f;
}

/* Is a verb of having ("got a reply", "included children", "with a
 * discount") right before token at, past an article? 1 + its token, or 0. */
int rd_having_verb_before(toks *tk, int at)
{
    static const char *const have[] = {"got", "get", "gets", "getting", "received", "receive", "receives",
                                       "included", "include", "includes", "including", "with", NULL};
    int b = at - 1;
    while (b >= 0 && (tok_is(tk, (size_t)b, "a") || tok_is(tk, (size_t)b, "an") || tok_is(tk, (size_t)b, "any")))
        b--;
    if (b < 0 || tk->v[b].used || !rd_in(tk->v[b].w, have))
        return 0;
    return b + 1;   /* 1 + the verb's token */
}

/* Add "column = number"; a second number for the same column ("3-star
 * and 5-star hotels") makes both a list, IN ('3', '5') (the column's type
 * converts the quoted numbers). */
static void add_number_filter(query *q, qfilter f)
{
    for (int i = 0; i < q->nf; i++) {
        qfilter *g = &q->f[i];
        if (g->col.t != f.col.t || g->col.c != f.col.c || g->having || g->cond || !g->is_num ||
            g->op != OP_EQ || g->num == f.num)
            continue;
        g->is_num = 0;
        g->op = OP_IN;
        snprintf(g->text, sizeof g->text, "%g", g->num);
        snprintf(g->more[0], sizeof g->more[0], "%g", f.num);
        g->nmore = 1;
        return;
    }
    for (int i = 0; i < q->nf; i++) {
        qfilter *g = &q->f[i];
        if (g->col.t == f.col.t && g->col.c == f.col.c && g->op == OP_IN && !g->having && !g->cond &&
            g->nmore < 3) {
            snprintf(g->more[g->nmore++], sizeof g->more[0], "%g", f.num);
            return;
        }
    }
    rd_add_filter(q, f);
}

/* Does a word of the column's name start like w ("logged" ~ last_login_at,
 * "paid" ~ paid_at)? Common prefix of 3+ letters covering the shorter word
 * or 4+ letters. */
int rd_name_word_prefix(const char *name, const char *w, int loose)
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

/* The column of table t holding a sum of money (amount, total, price,
 * fee...: the revenue concept's names, in their order), or -1. */
int rd_money_column(const catalog *cat, int t)
{
    const cat_table *tb = &cat->tables[t];
    for (const char *const *w = lex_concept_names(CON_REVENUE); *w; w++)
        for (size_t c = 0; c < tb->ncols; c++)
            if (ground_is_numeric(&tb->cols[c]) && !ground_is_key(tb, (int)c) &&
                rd_name_word_prefix(tb->cols[c].name, *w, 0))
                return (int)c;
    return -1;
}

/* Was mention mi taken as the measure though no sum or average was asked,
 * where its words make it a condition ("bookings that included children",
 * "reviews with the score blank")? */
static int condition_not_measure(const query *q, const kwscan *k, const mention *mi)
{
    return mi->role == R_MEASURE && !k->sum && !k->avg && rd_qcol_in(q->m1, mi) && q->m2.c < 0;
}

int rd_qcol_in(qcol c, const mention *m)
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

/* Does the query use what the mention named? */
int rd_mention_used(const catalog *cat, const toks *tk, const query *q, const mention *m)
{
    if (m->kind == MK_CONCEPT)
        return q->m1.c >= 0 || q->nf > 0;
    if (m->kind == MK_TABLE && q->base == m->t)
        return 1;
    /* "mystery titles", "the names of ...": the base table's label column
     * named in the plural stands for its rows */
    if (m->kind == MK_COLUMN && m->end - m->start == 1 && q->base >= 0 &&
        strcmp(tk->v[m->start].w, tk->v[m->start].stem) != 0 && (q->list || q->agg == AGG_COUNT))
        for (int i = 0; i < m->nalts; i++)
            if (m->alts[i].t == q->base && m->alts[i].c == ground_label(&cat->tables[q->base]))
                return 1;
    if (rd_qcol_in(q->m1, m) || rd_qcol_in(q->m2, m) || rd_qcol_in(q->tcol, m))
        return 1;
    for (int i = 0; i < q->ndims; i++)
        if (rd_qcol_in(q->dims[i], m) || rd_qcol_in(q->labels[i], m))
            return 1;
    for (int i = 0; i < q->nf; i++)
        if (rd_qcol_in(q->f[i].col, m) || (q->f[i].sub == m->t && m->kind == MK_TABLE &&
                                         q->f[i].op >= OP_EXISTS) ||
            (m->kind == MK_TABLE && q->f[i].op == OP_NULL && q->f[i].col.t >= 0 &&
             cat->tables[q->f[i].col.t].cols[q->f[i].col.c].ref_t == m->t))
            return 1;
    return 0;
}

/* Is a word of the mention a word of this name? */
static int mention_in_name(const toks *tk, const mention *m, const char *name)
{
    char w[8][TOK_LEN];
    int nw = rd_split_name(name, w, 8);
    for (int k = m->start; k < m->end; k++)
        for (int j = 0; j < nw; j++)
            if (strcmp(tk->v[k].stem, w[j]) == 0 || lex_same_root(tk->v[k].w, w[j]))
                return 1;   /* "started" for start_date, "dispense" for dispensedDate too */
    return 0;
}

/* Is a word of the mention a word of the name of a table the query reads
 * or of a column it uses (started_at for "start", cleanliness_score for
 * "score")? A list of rows shows all its table's columns. */
static int names_query_part(const catalog *cat, const toks *tk, const query *q, const mention *m,
                            const unsigned char *read)
{
    qcol cols[4 + 2 * Q_MAXD + 2 * Q_MAXF];
    int n = 0;
    cols[n++] = q->m1;
    cols[n++] = q->m2;
    cols[n++] = q->tcol;
    cols[n++] = q->xagg ? q->x1 : (qcol){-1, -1};
    for (int i = 0; i < q->ndims; i++) {
        cols[n++] = q->dims[i];
        cols[n++] = q->labels[i];
    }
    for (int i = 0; i < q->nf; i++) {
        cols[n++] = q->f[i].col;
        if (q->f[i].cmp_col)
            cols[n++] = q->f[i].col2;
    }
    for (int i = 0; i < n; i++)
        if (cols[i].t >= 0 && cols[i].c >= 0 &&
            mention_in_name(tk, m, cat->tables[cols[i].t].cols[cols[i].c].name))
            return 1;
    for (size_t t = 0; t < cat->ntables; t++)
        if (read[t] && mention_in_name(tk, m, cat->tables[t].name))
            return 1;
    for (size_t c = 0; q->list && !q->ndims && c < cat->tables[q->base].ncols; c++)
        if (mention_in_name(tk, m, cat->tables[q->base].cols[c].name))
            return 1;
    return 0;
}

/* "rides start", "claims filed", "who booked": a verb, said of rows,
 * naming a date of a table the query reads; the rows' event, not a
 * condition. */
static int event_date_verb(const catalog *cat, const toks *tk, const mention *m,
                           const unsigned char *read)
{
    if (m->kind != MK_COLUMN || !m->nalts)
        return 0;
    for (int a = 0; a < m->nalts; a++)
        if (!read[m->alts[a].t] || !rd_date_kind(&cat->tables[m->alts[a].t].cols[m->alts[a].c]))
            return 0;
    const char *w = tk->v[m->start].w;
    static const char *const rel[] = {"that", "who", "which", "to", "do", "does", "did", NULL};
    return lex_is_past_verb(w) || lex_irregular_verb(w) || lex_participle_kind(w) ||
           (m->start > 0 && rd_in(tk->v[m->start - 1].w, rel));
}

/* Does the query account for a mention it does not use directly? Its
 * words name a part of the query; it names a table the query reads, or
 * a date of one by its event's verb; or, said beside the subject rather
 * than as it, a table every row the query reads belongs to ("a reply
 * from the hotel"). */
int rd_mention_accounted(const catalog *cat, const toks *tk, const query *q, const mention *m,
                         int subject)
{
    if (q->base < 0)
        return 0;
    unsigned char *read = calloc(cat->ntables, 1);
    if (!read || emit_tables(cat, q, read) < 0) {
        free(read);
        return 1;   /* out of memory: as before, not a reason to decline */
    }
    /* "the cleanliness score", "the loyalty level": a word naming the kind
     * of value the word before it already named */
    static const char *const kinds[] = {"score", "value", "level", "figure", "number", "amount", NULL};
    int acc = names_query_part(cat, tk, q, m, read) || event_date_verb(cat, tk, m, read) ||
              (m->kind == MK_TABLE && read[m->t]) ||
              /* "fills dispensed in 2024" where the range's date says "date dispensed" */
              (m->end - m->start == 1 && ground_comment_verb_at(cat, q->tcol, tk, (size_t)m->start)) ||
              /* "how many fills did each store dispense": the rows' verb */
              (m->kind == MK_COLUMN && m->role == R_QUAL && m->nalts && read[m->alts[0].t]) ||
              (m->end - m->start == 1 && m->start > 0 && tk->v[m->start - 1].used &&
               !lex_is_stop(tk->v[m->start - 1].w) && rd_in(tk->v[m->start].w, kinds));
    if (!acc && m->kind == MK_TABLE && !subject) {
        acc = rd_up_path(cat, q->base, m->t);
        for (int i = 0; i < q->nf && !acc; i++)
            if (q->f[i].op >= OP_EXISTS && q->f[i].sub >= 0)
                acc = rd_up_path(cat, q->f[i].sub, m->t);
    }
    free(read);
    return acc;
}

/* "which players scored more than 20 goals in total", "products that sold
 * over 500 units altogether": a column of rows that belong to the rows
 * listed or counted (a player's appearances), summed per listed row and
 * compared (HAVING), not compared row by row. f: the threshold on c.
 * Returns 1 when it placed it so. */
static int total_of_own_rows(read_state *s, qcol c, qfilter *f)
{
    const catalog *cat = s->cat;
    query *q = s->q;
    int total = s->k.sum;
    for (size_t i = 0; i < s->tk.n; i++)
        total |= tok_is(&s->tk, i, "total") || tok_is(&s->tk, i, "altogether") || tok_is(&s->tk, i, "combined") ||
                 tok_is(&s->tk, i, "cumulative") || tok_is(&s->tk, i, "cumulatively");
    int e = s->subject >= 0 ? s->subject : s->counted;
    if (!total || s->k.avg || q->ndims || q->bucket || q->m1.c >= 0 || q->pct || e < 0 ||
        s->m[e].kind != MK_TABLE || s->m[e].t != q->base || c.t == q->base ||
        !rd_up_path(cat, c.t, q->base))
        return 0;
    rd_add_dim(cat, q, &s->m[e], c.t);
    if (!q->ndims)
        return 0;
    q->base = c.t;
    q->m1 = c;
    q->agg = AGG_SUM;
    q->count_groups = s->k.count;
    f->having = 1;
    rd_add_filter(q, *f);
    s->m[e].role = R_DIM;
    s->r->has_dims = 1;
    return 1;
}

/* Are mentions a and b said as a list: only "and", "or", "vs", "versus",
 * commas' words between them? */
static int listed_together(const toks *tk, const mention *a, const mention *b)
{
    const mention *x = a->start < b->start ? a : b, *y = a->start < b->start ? b : a;
    if (y->start - x->end < 1 || y->start - x->end > 2)
        return 0;
    for (int k = x->end; k < y->start; k++)
        if (!tok_is(tk, (size_t)k, "and") && !tok_is(tk, (size_t)k, "or") && !tok_is(tk, (size_t)k, "vs") &&
            !tok_is(tk, (size_t)k, "versus") && !tok_is(tk, (size_t)k, "nor"))
            return 0;
    return 1;
}

/* "the largest bonus we've offered" of offers: a value of another table
 * ('offer', a stage of applications) matched by a form of the verb the
 * base's name is written with says the base's own rows, not a condition;
 * the word becomes a mention of the base. */
static int verb_of_base(read_state *s, mention *m)
{
    const tok *w = &s->tk.v[m->start];
    if (m->kind != MK_VALUE || m->end - m->start != 1 || s->q->base < 0 || !strcasecmp(w->w, m->val[0]))
        return 0;
    for (int a = 0; a < m->nalts; a++)
        if (m->alts[a].t == s->q->base)
            return 0;
    char nw[8][TOK_LEN];
    int n = rd_split_name(s->cat->tables[s->q->base].name, nw, 8), verb = 0;
    for (int k = 0; k < n && !verb; k++)
        verb = rd_verb_of_name(w->w, nw[k]) && strcmp(w->w, nw[k]);
    if (!verb)
        return 0;
    m->kind = MK_TABLE;
    m->t = s->q->base;
    m->role = R_QUAL;
    return 1;
}

/* Stage 6: filters from values, keys and thresholds. */
int read_filters(read_state *s)
{
    const catalog *cat = s->cat;
    reading *r = s->r;
    query *q = s->q;
    /* 6. filters: values and thresholds */
    s->via_t = -1;   /* "from Boston", "to Denver": the table whose keys they choose */
    for (int i = 0; i < s->nm; i++) {
        if (s->m[i].role != R_KEYREF)
            continue;
        /* the row itself ("customer 12" among customers), else the key of
         * the table holding the keys into it; of two keys, the one whose
         * name says from or to ("from account 12") */
        int ref = s->m[i].t, pk = catalog_primary_key(&cat->tables[ref]);
        int dir = rd_direction_word(&s->tk, s->m[i].start);
        int t = ref == q->base ? ref : rd_keys_holder(cat, q->base, ref);
        int key = t == ref ? pk : t >= 0 ? rd_directed_key(cat, t, ref, dir) : -1;
        for (size_t c = 0; key == -1 && t >= 0 && t != ref && c < cat->tables[t].ncols; c++)
            if (cat->tables[t].cols[c].ref_t == ref)
                key = (int)c;   /* its only key into the table */
        if (key >= 0 && t != ref && cat->tables[t].cols[key].ref_c != pk) {
            t = ref;            /* a key to another column: the row's own key, joined */
            key = pk;
        }
        if (key < 0 || (dir && s->via_t >= 0 && s->via_t != t)) {
            char keys[96] = "";
            if (t >= 0)
                rd_keys_list(cat, t, ref, keys, sizeof keys);
            r->unplaced++;
            snprintf(r->why, sizeof r->why, "whether '%s%s%.20s %g' means %s", dir == 1 ? "from" : dir ? "to" : "",
                     dir ? " " : "", s->tk.v[s->m[i].start].w, s->tk.v[s->m[i].end].num,
                     keys[0] ? keys : "a key of this table");
            continue;
        }
        if (dir && t != ref)
            s->via_t = t;
        qfilter f;
        memset(&f, 0, sizeof f);
        f.pos = s->m[i].start;
        f.col = (qcol){t, key};
        f.op = OP_EQ;
        f.is_num = 1;
        f.num = s->tk.v[s->m[i].end].num;
        rd_add_filter(q, f);
    }
    for (int i = 0; i < s->nm; i++) {
        if (s->m[i].role != R_FILTER)
            continue;
        if (verb_of_base(s, &s->m[i]))
            continue;
        int a = ground_nearest(cat, s->gx, s->m[i].alts, s->m[i].nalts, q->base);
        int decided = 0;
        /* "the Boston clinic": a table named next to the value decides
         * (unless every candidate is in that table: "open tickets") */
        for (int j = 0; j < s->nm; j++)
            if (s->m[j].kind == MK_TABLE && (s->m[j].start == s->m[i].end || s->m[j].end == s->m[i].start))
                for (int x = 0; x < s->m[i].nalts; x++)
                    if (s->m[i].alts[x].t == s->m[j].t) {
                        a = x;
                        for (int y = 0; y < s->m[i].nalts && !decided; y++)
                            decided = s->m[i].alts[y].t != s->m[j].t;
                    }
        /* "state is open": the column named decides too */
        for (int j = 0; j < s->nm && !decided; j++)
            for (int x = 0; s->m[j].kind == MK_COLUMN && x < s->m[j].nalts; x++)
                if (s->m[j].alts[x].t == s->m[i].alts[a].t && s->m[j].alts[x].c == s->m[i].alts[a].c)
                    decided = 1;
        /* "hot desk and dedicated desk", "email vs phone": values listed
         * together are of one column, the one both can be */
        for (int j = 0; j < s->nm && !decided; j++) {
            if (j == i || s->m[j].kind != MK_VALUE || s->m[j].role != R_FILTER || !listed_together(&s->tk, &s->m[i], &s->m[j]))
                continue;
            for (int x = 0; x < s->m[i].nalts && !decided; x++)
                for (int y = 0; y < s->m[j].nalts && !decided; y++)
                    if (s->m[i].alts[x].t == s->m[j].alts[y].t && s->m[i].alts[x].c == s->m[j].alts[y].c) {
                        a = x;
                        decided = 1;
                    }
        }
        if (!decided)
            a = rd_note_ambiguity(cat, s->gx, r, &s->m[i], a, q->base, 1);
        qfilter f;
        memset(&f, 0, sizeof f);
        f.pos = s->m[i].start;
        f.col = s->m[i].alts[a];
        f.op = OP_EQ;
        snprintf(f.text, sizeof f.text, "%s", s->m[i].val[a]);
        /* "status is not active", "customers not in Germany": the value
         * excluded (the contractions keep "isn", "aren", ...) */
        for (int b = s->m[i].start - 1; b >= 0 && b >= s->m[i].start - 3; b--) {
            static const char *const neg[] = {"not", "isn", "aren", "wasn", "weren", "doesn",
                                              "didn", "non", NULL};
            static const char *const glue[] = {"in", "from", "be", "been", "the", "a", "an", "of",
                                               "equal", "to", "for", "by", "than",
                                               "counting", "including", "out", NULL};   /* "not counting", "leaving out" */
            /* "other than web orders", "excluding France", "apart from the store" */
            static const char *const but[] = {"besides", "without", NULL};
            int other = (tok_is(&s->tk, (size_t)b, "other") && tok_is(&s->tk, (size_t)b + 1, "than")) ||
                        ((tok_is(&s->tk, (size_t)b, "apart") || tok_is(&s->tk, (size_t)b, "aside")) &&
                         tok_is(&s->tk, (size_t)b + 1, "from"));
            if (rd_in(s->tk.v[b].w, neg) || rd_in(s->tk.v[b].w, but) || lex_is_exclusion(s->tk.v[b].w, s->tk.v[b + 1].w) || other) {
                f.op = OP_NE;
                for (int u = b; u < s->m[i].start; u++)   /* "non-sick", "not counting": placed */
                    if (u == b || tok_is(&s->tk, (size_t)u, "counting") || tok_is(&s->tk, (size_t)u, "including"))
                        s->tk.v[u].used = 1;
                break;
            }
            if (!rd_in(s->tk.v[b].w, glue))
                break;
        }
        /* "excluding France and Spain": the next value of a list excluded too */
        for (int j = 0; j < i && f.op == OP_EQ; j++) {
            int gap = s->m[j].kind == MK_VALUE && s->m[j].end < s->m[i].start;
            for (int t = s->m[j].end; gap && t < s->m[i].start; t++)
                gap = tok_is(&s->tk, (size_t)t, "and") || tok_is(&s->tk, (size_t)t, "or") || tok_is(&s->tk, (size_t)t, "nor");
            for (int x = 0; gap && x < q->nf; x++)
                if (q->f[x].pos == s->m[j].start && q->f[x].op == OP_NE && q->f[x].col.t == f.col.t &&
                    q->f[x].col.c == f.col.c)
                    f.op = OP_NE;
        }
        /* "flights from Boston to Denver": when two keys lead to the
         * value's table, the one whose name says where from (or to) */
        int dir = rd_direction_word(&s->tk, s->m[i].start);
        int vt = f.col.t != q->base ? rd_keys_holder(cat, q->base, f.col.t) : -1;
        int vkey = rd_verb_key(cat, &s->tk, s->m[i].start, vt, f.col.t);
        int t = dir && f.col.t != q->base ? vt : -1;
        int key = t >= 0 ? rd_directed_key(cat, t, f.col.t, dir) : -1;
        if (vkey >= 0 && (s->via_t < 0 || s->via_t == vt)) {
            f.via = vkey + 1;   /* "assigned to the Service Desk team": assigneeId */
            s->via_t = vt;
        } else if (key == -2 || (key >= 0 && s->via_t >= 0 && s->via_t != t)) {
            char keys[96];
            rd_keys_list(cat, t, f.col.t, keys, sizeof keys);
            r->unplaced++;   /* two keys, neither says it: ask for the column */
            snprintf(r->why, sizeof r->why, "whether '%s %.20s' goes along %s", dir == 1 ? "from" : "to",
                     s->m[i].val[a], keys);
        } else if (key >= 0) {
            f.via = key + 1;
            s->via_t = t;
        }
        /* "assigned to day-shift agents vs evening-shift agents": a further
         * value of the column goes along the same key */
        for (int x = 0; x < q->nf && !f.via && f.col.t != q->base; x++)
            if (q->f[x].via && q->f[x].col.t == f.col.t && q->f[x].col.c == f.col.c &&
                (q->f[x].op == OP_EQ || q->f[x].op == OP_IN) && !q->f[x].cond)
                f.via = q->f[x].via;
        rd_add_filter(q, f);
    }
    for (int h = 0; h < s->k.nth; h++) {
        if (s->k.th[h].done)
            continue;
        qfilter f;
        memset(&f, 0, sizeof f);
        f.pos = s->k.th[h].kwpos;
        f.op = s->k.th[h].op;
        f.num = s->k.th[h].num;
        f.is_num = 1;
        if (h == s->having_th && q->m1.c >= 0) {
            f.col = q->m1;
            f.having = 1;
            /* "how many members took more than 30 days in total": the
             * counted table's rows whose total passes, counted */
            if (!q->ndims && !q->bucket && s->k.count && s->counted >= 0 && s->m[s->counted].kind == MK_TABLE &&
                s->m[s->counted].t != q->base && joins_distance_g(cat, s->jg, q->base, s->m[s->counted].t) > 0) {
                rd_add_dim(cat, q, &s->m[s->counted], q->base);
                q->count_groups = q->ndims > 0;
                r->has_dims = q->ndims > 0;
            }
            if (!q->ndims && !q->bucket)
                r->unplaced++;   /* an average over no groups: say what is grouped */
            rd_add_filter(q, f);
            continue;
        }
        int dc, ac;
        if (s->k.th[h].unit > 0 && s->due.tpos >= 0 && s->k.th[h].pos == s->due.tpos) {
            /* "more than 30 days past their due date": the days from the due
             * date to the event the words name ("returned"), else to the
             * reference date ("as of December 31, 2024", or today) */
            if (rd_due_pair(cat, s->gx, &s->tk, q->base, &s->due, &dc, &ac) == 0 && (ac >= 0 || s->as_of)) {
                f.cmp_col = ac >= 0 ? 2 : 3;
                f.col = (qcol){q->base, ac >= 0 ? ac : dc};
                f.col2 = (qcol){q->base, dc};
                f.num = s->k.th[h].num * s->k.th[h].unit / 86400.0;
                if (ac < 0)
                    snprintf(f.text, sizeof f.text, "%.10s", s->as_of);
                else
                    ground_mark_event_words(cat, s->gx, f.col, &s->tk);
                rd_add_filter(q, f);
            } else {
                r->unplaced++;
            }
            continue;
        }
        if (s->k.th[h].unit > 0) {
            /* a length of time: a numeric column whose name gives its unit,
             * in the base table, the value converted to that unit */
            const cat_table *tb = &cat->tables[q->base];
            int found = -1;
            double cu = 0;
            for (size_t c = 0; c < tb->ncols && found < 0; c++)
                if (ground_is_numeric(&tb->cols[c]) && !ground_is_key(tb, (int)c) &&
                    (cu = rd_column_time_unit(tb->cols[c].name)) > 0)
                    found = (int)c;
            int ment[2], fpos[64], st = -1, en = -1;
            if (found >= 0) {
                f.col = (qcol){q->base, found};
                f.num = s->k.th[h].num * s->k.th[h].unit / cu;
                rd_add_filter(q, f);
            } else if (rd_named_dates(cat, s->gx, &s->tk, q->base, ment, fpos, &st, &en) == 2) {
                /* "more than 4 days from pickup to delivery": the time between
                 * two named dates; on average per group it compares the
                 * measure (HAVING, after the duration is shaped) */
                if (s->k.avg && (q->ndims || q->bucket)) {
                    s->dur_th = h;
                    if (!s->dur_unit)
                        s->dur_unit = DUR_DAYS;
                } else if (s->k.avg) {
                    r->unplaced++;   /* an average over all rows against a number: a yes/no */
                } else {
                    f.cmp_col = 2;
                    f.col = (qcol){q->base, en};
                    f.col2 = (qcol){q->base, st};
                    f.num = s->k.th[h].num * s->k.th[h].unit / 86400.0;
                    rd_add_filter(q, f);
                    ground_mark_event_words(cat, s->gx, f.col, &s->tk);
                    ground_mark_event_words(cat, s->gx, f.col2, &s->tk);
                }
            } else if (!s->k.avg && rd_span_pair(&cat->tables[q->base], &st, &en) == 0) {
                /* "bookings of more than 7 nights": the row's own span,
                 * check-in to check-out */
                f.cmp_col = 2;
                f.col = (qcol){q->base, en};
                f.col2 = (qcol){q->base, st};
                f.num = s->k.th[h].num * s->k.th[h].unit / 86400.0;
                rd_add_filter(q, f);
            } else {
                r->unplaced++;     /* no column says how long: decline */
            }
            continue;
        }
        int target = -1;
        for (int i = 0; i < s->nm; i++)
            if (rd_th_at(&s->tk, &s->k.th[h], s->m[i].start) && s->m[i].role == R_THRESH)
                target = i;
        int kp = s->k.th[h].kwpos - 1;
        if (target < 0 && kp >= 0 && !s->tk.v[kp].used && !s->k.th[h].con) {
            /* "costing over 200", "weighing more than 5": the verb names a
             * numeric column of the base table */
            char w[TOK_LEN];
            snprintf(w, sizeof w, "%s", s->tk.v[kp].w);
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
                    strlen(w) >= 3 && rd_name_word_prefix(tb->cols[c].name, w, 0)) {
                    f.col = (qcol){q->base, (int)c};
                    rd_add_filter(q, f);
                    s->tk.v[kp].used = 1;
                    target = -2;
                    break;
                }
            if (target == -2)
                continue;
        }
        if (target < 0) {   /* the mention just before the comparative */
            for (int i = s->nm - 1; i >= 0; i--)
                if (s->m[i].end <= s->k.th[h].kwpos && s->m[i].role != R_FILTER) {
                    target = i;
                    break;
                }
        }
        /* "longer than 700 pages", "more than 300 miles": a numeric column
         * named right after the number, or stating the number's unit */
        qcol named = {-1, -1};
        if (target >= 0 && rd_th_at(&s->tk, &s->k.th[h], s->m[target].start) && s->m[target].kind == MK_COLUMN)
            rd_numeric_alt(cat, s->gx, &s->m[target], q->base, &named);
        for (size_t c = 0; named.c < 0 && s->k.th[h].pkind && c < cat->tables[q->base].ncols; c++) {
            double cf;
            if (ground_is_numeric(&cat->tables[q->base].cols[c]) &&
                rd_column_phys_unit(cat->tables[q->base].cols[c].name, &cf) == s->k.th[h].pkind)
                named = (qcol){q->base, (int)c};
        }
        if (named.c >= 0 && (s->k.th[h].con || s->k.th[h].pkind)) {
            f.col = named;
            rd_add_filter(q, f);
            continue;
        }
        int mc;
        if (named.c < 0 && !s->k.th[h].con && s->k.th[h].pos >= 0 && (size_t)s->k.th[h].pos < s->tk.n &&
            s->tk.v[s->k.th[h].pos].money && !(target >= 0 && s->m[target].kind == MK_COLUMN) &&
            (mc = rd_money_column(cat, q->base)) >= 0) {
            /* "payments of more than 500 euros": the money column of the
             * rows counted, when no column is named */
            f.col = (qcol){q->base, mc};
            rd_add_filter(q, f);
            continue;
        }
        if (s->k.th[h].pkind) {
            /* "trips longer than 300 km" of agents: a column in the unit
             * said is of another table; none of the base's own is */
            r->unplaced++;
            continue;
        }
        if (s->k.th[h].con) {
            qcol c1, c2;
            if (ground_concept(cat, s->gx, s->k.th[h].con, q->base, &c1, &c2) == 0 && c2.c < 0 &&
                (!rd_physical(s->k.th[h].con) || c1.t == q->base)) {
                f.col = c1;
                rd_add_filter(q, f);
                /* "earn more than": the pay they get now (the row not ended) */
                int ec = s->k.th[h].con == CON_PAYROLL ? rd_end_date_col(cat, c1.t) : -1;
                if (ec >= 0) {
                    qfilter g;
                    memset(&g, 0, sizeof g);
                    g.col = (qcol){c1.t, ec};
                    g.op = OP_NULL;
                    g.pos = -1;
                    rd_add_filter(q, g);
                }
            } else {
                r->unplaced++;   /* "longer than 300" and nothing is long: decline */
            }
            continue;
        }
        if (target < 0)
            continue;
        qcol c;
        if (s->m[target].kind == MK_COLUMN && rd_numeric_alt(cat, s->gx, &s->m[target], q->base, &c)) {
            f.col = c;
            /* "how many doctors have an average fee above 350": the groups
             * of the table counted whose measure passes, counted */
            if (target == s->mi && (s->k.avg || s->k.sum) && s->k.count && !q->ndims && !q->bucket &&
                s->counted >= 0 && s->m[s->counted].kind == MK_TABLE && s->m[s->counted].t != q->base &&
                joins_distance_g(cat, s->jg, q->base, s->m[s->counted].t) > 0) {
                rd_add_dim(cat, q, &s->m[s->counted], q->base);
                q->count_groups = q->ndims > 0;
                r->has_dims = q->ndims > 0;
            }
            /* "hotels with an average rating above 4": the table named
             * before the average is what it is computed per */
            if (target == s->mi && s->k.avg && !s->k.count && !q->ndims && !q->bucket && s->counted >= 0 &&
                s->m[s->counted].kind == MK_TABLE && s->m[s->counted].t != q->base &&
                s->m[s->counted].start < s->m[target].start && joins_distance_g(cat, s->jg, q->base, s->m[s->counted].t) > 0) {
                rd_add_dim(cat, q, &s->m[s->counted], q->base);
                r->has_dims = q->ndims > 0;
            }
            /* "an average fee above 350" per group: compares the measure */
            if (target == s->mi && (s->k.avg || s->k.sum) && (q->ndims || q->bucket))
                f.having = 1;
            else if (total_of_own_rows(s, c, &f))
                continue;
            rd_add_filter(q, f);
        } else if (s->m[target].kind == MK_TABLE && s->m[target].role == R_THRESH) {
            /* "more than 100 accounts": count per group */
            if (q->m1.c < 0 && q->base != s->m[target].t && q->ndims == 0 && s->counted >= 0 &&
                s->m[s->counted].kind == MK_TABLE) {
                mention dm = s->m[s->counted];
                rd_add_dim(cat, q, &dm, s->m[target].t);
                q->count_groups = s->k.count && !q->bucket;
            } else if (q->m1.c < 0 && q->ndims == 0 && s->subject >= 0 && s->m[s->subject].kind == MK_TABLE) {
                rd_add_dim(cat, q, &s->m[s->subject], s->m[target].t);
            }
            q->base = q->m1.c >= 0 ? q->base : s->m[target].t;
            f.having = 2;
            f.col = (qcol){q->base, 0};
            r->has_subject = 1;
            rd_add_filter(q, f);
        } else if (s->m[target].kind == MK_TABLE || s->m[target].kind == MK_CONCEPT) {
            qcol c1, c2;
            lex_concept tc = s->m[target].kind == MK_CONCEPT ? s->m[target].concept : CON_REVENUE;
            int tt = s->m[target].kind == MK_TABLE ? s->m[target].t : q->base;
            if (ground_concept(cat, s->gx, tc, tt, &c1, &c2) == 0 && c2.c < 0 && c1.t == tt) {
                f.col = c1;
                rd_add_filter(q, f);
            }
        }
    }
    /* "patients over 65" with nothing over 65 to compare: never drop it */
    for (int h = 0; h < s->k.nth; h++) {
        int placed = s->k.th[h].done || (s->k.th[h].op == OP_GE && s->k.th[h].num == 1) ||
                     (s->k.th[h].op == OP_GT && s->k.th[h].num == 0) ||   /* "at least one": EXISTS */
                     s->k.th[h].unit > 0;   /* lengths of time: placed (or declined) above, or in step 9 */
        for (int i = 0; i < q->nf && !placed; i++)
            placed = q->f[i].pos == s->k.th[h].kwpos && q->f[i].is_num;
        if (!placed)
            r->unplaced++;
    }
    /* "more than 2 tonnes" of weightKg: the value in the unit the column's
     * name states; a unit of another kind than the column's: decline */
    for (int h = 0; h < s->k.nth; h++)
        for (int i = 0; s->k.th[h].pkind && i < q->nf; i++) {
            qfilter *f = &q->f[i];
            double cf = 0;
            if (f->pos != s->k.th[h].kwpos || !f->is_num || f->having || f->col.t < 0 || f->col.c < 0)
                continue;
            int ck = rd_column_phys_unit(cat->tables[f->col.t].cols[f->col.c].name, &cf);
            if (ck == s->k.th[h].pkind)
                f->num = s->k.th[h].num * s->k.th[h].pf / cf;
            else if (ck)
                r->unplaced++;
        }
    return 0;
}

/* Does a word of the column's name say a sum of money (late_fee, tip_amount)? */
static int money_name(const char *name)
{
    char w[8][TOK_LEN];
    int n = rd_split_name(name, w, 8);
    for (int i = 0; i < n; i++)
        if (rd_money_noun(w[i]) || lex_is_amount_word(w[i]))
            return 1;
    return 0;
}

/* Stage 6, continued: "payments that had a late fee", "orders with a
 * discount", "charged a late fee": a sum of money of the rows' own, said
 * as something they have, keeps the rows where it is above zero. */
int read_had_amounts(read_state *s)
{
    static const char *const have[] = {"had", "has", "have", "with", "charged", "incurred", "paid", NULL};
    query *q = s->q;
    for (int i = 0; i < s->nm && q->base >= 0; i++) {
        mention *m = &s->m[i];
        /* "how many payments had a late fee": counted, not summed */
        int measured = m->role == R_MEASURE && i == s->mi && (s->k.count || s->pct_kind) &&
                       rd_qcol_in(q->m1, m) && q->m2.c < 0;
        if (m->kind != MK_COLUMN || (m->role != R_NONE && !measured) || !m->nalts ||
            (!measured && rd_mention_used(s->cat, &s->tk, q, m)))
            continue;
        int b = m->start - 1;
        while (b > 0 && (tok_is(&s->tk, (size_t)b, "a") || tok_is(&s->tk, (size_t)b, "an") ||
                         tok_is(&s->tk, (size_t)b, "any")))
            b--;
        if (b < 0 || !rd_in(s->tk.v[b].w, have) || s->k.kw[b])
            continue;
        int own = -1;
        for (int a = 0; a < m->nalts; a++)
            if (m->alts[a].t == q->base)
                own = a;
        if (own < 0)
            continue;
        const cat_column *c = &s->cat->tables[q->base].cols[m->alts[own].c];
        if (!ground_is_numeric(c) || ground_is_flag(c) || ground_is_key(&s->cat->tables[q->base], m->alts[own].c) ||
            !money_name(c->name) || (m->end < (int)s->tk.n && s->tk.v[m->end].isnum))
            continue;
        qfilter f;
        memset(&f, 0, sizeof f);
        f.col = m->alts[own];
        f.op = OP_GT;
        f.is_num = 1;
        f.num = 0;
        f.pos = m->start;
        rd_add_filter(q, f);
        m->role = R_FILTER;
        s->tk.v[b].used = 1;
        if (measured) {
            q->m1 = (qcol){-1, -1};
            s->mi = -1;
        }
    }
    return 0;
}

/* Stage 6, continued: NULL words ("never paid") and zeros ("nothing paid"). */
/* "vegetarian menu items", "which airports are hubs", "non-hub airports":
 * a yes/no column the words name, and nothing else took, keeps the rows
 * where it is yes (no, after a negation). */
int read_flags(read_state *s)
{
    const catalog *cat = s->cat;
    query *q = s->q;
    for (int i = 0; i < s->nm && q->base >= 0; i++) {
        mention *m = &s->m[i];
        if (m->role != R_NONE || !rd_all_flags(cat, m))
            continue;
        int a = ground_nearest(cat, s->gx, m->alts, m->nalts, q->base);
        if (a < 0 || joins_distance_g(cat, s->jg, q->base, m->alts[a].t) < 0)
            continue;
        int neg = 0;
        static const char *const negw[] = {"not", "non", "no", "without", NULL};
        for (int j = m->start - 1; j >= 0 && j >= m->start - 3 && !neg; j--) {
            if (rd_in(s->tk.v[j].w, negw) || lex_is_exclusion(s->tk.v[j].w, s->tk.v[j + 1].w))   /* "excluding refunded purchases" */
                neg = s->tk.v[j].used = 1;
            if (!tok_is(&s->tk, (size_t)j, "out") && j < m->start - 1)
                break;   /* two words back only past "leaving out" */
        }
        qfilter f;
        memset(&f, 0, sizeof f);
        f.col = m->alts[a];
        f.op = OP_EQ;
        f.is_num = 1;
        f.num = !neg;
        f.pos = m->start;
        rd_add_filter(q, f);
        m->role = R_FILTER;
    }
    return 0;
}

/* Mention j (the word at token i after a NULL word) names a nullable
 * column of the base, or of a table up its keys: that column is empty.
 * Returns 1 when it added the condition. */
static int nulled_named(read_state *s, int j, int i)
{
    const catalog *cat = s->cat;
    for (int a = 0; a < s->m[j].nalts; a++) {
        qcol c = s->m[j].alts[a];
        const cat_column *col = &cat->tables[c.t].cols[c.c];
        if (col->notnull || col->pk || (c.t != s->q->base && !rd_up_path(cat, s->q->base, c.t)))
            continue;
        rd_add_state(s->q, c, OP_NULL, i);
        s->tk.v[i].used = 1;
        s->m[j].role = R_FILTER;
        return 1;
    }
    return 0;
}

int read_null_words(read_state *s)
{
    const catalog *cat = s->cat;
    query *q = s->q;
    /* NULL words: "never paid", "no fee", "unpaid", "never logged in" */
    s->bt = &cat->tables[q->base];
    for (size_t i = 0; i < s->tk.n; i++) {
        int after_never = 0;
        for (int j = 0; j < s->k.nnull; j++)
            if ((int)i > s->k.nullpos[j] && (int)i <= s->k.nullpos[j] + 3)
                after_never = 1;
        const char *w = s->tk.v[i].w;
        int un = strncmp(w, "un", 2) == 0 && strlen(w) > 5;
        if ((!after_never && !un) || s->tk.v[i].isnum || lex_is_stop(w))
            continue;
        int in_table = 0, named = -1;
        for (int j = 0; j < s->nm; j++)
            if ((int)i >= s->m[j].start && (int)i < s->m[j].end) {
                in_table |= s->m[j].kind != MK_COLUMN;
                named = j;
            }
        if (in_table)
            continue;
        /* "haven't been repaired": the nullable column the word names */
        if (named >= 0 && (s->m[named].role == R_NONE || s->m[named].role == R_NULLED) &&
            nulled_named(s, named, (int)i))
            continue;
        const char *stem = un && !after_never ? w + 2 : w;
        /* the base table, or a table named right after ("unpaid invoice") */
        int tabs[2] = {q->base, -1};
        for (int j = 0; j < s->nm; j++)
            if (s->m[j].kind == MK_TABLE && s->m[j].start > (int)i && s->m[j].start <= (int)i + 2)
                tabs[1] = s->m[j].t;
        int done = 0;
        for (int ti2 = 0; ti2 < 2 && !done; ti2++) {
            if (tabs[ti2] < 0)
                continue;
            const cat_table *ct = &cat->tables[tabs[ti2]];
            /* "rated" ~ rating: the verb's stem without -ed, -d, -ing */
            char vs[TOK_LEN];
            snprintf(vs, sizeof vs, "%s", stem);
            size_t lv = strlen(vs);
            if (lv > 5 && !strcmp(vs + lv - 3, "ing"))
                vs[lv - 3] = '\0';
            else if (lv > 4 && !strcmp(vs + lv - 2, "ed"))
                vs[lv - 2] = '\0';
            for (size_t c = 0; c < ct->ncols && !done; c++) {
                const cat_column *col = &ct->cols[c];
                char role[64];
                if (col->notnull || col->pk)
                    continue;
                if (ground_is_key(ct, (int)c)) {
                    /* "no manager": a nullable key named by its role */
                    if (!rd_fk_role(cat, tabs[ti2], (int)c, role, sizeof role) || !rd_role_word(stem, role))
                        continue;
                } else if (!rd_name_word_prefix(col->name, stem,
                                                col->kind == COL_DATE || col->kind == COL_DATETIME) &&
                           (strlen(vs) < 3 || !strcmp(vs, stem) ||
                            !rd_name_word_prefix(col->name, vs, 0))) {
                    continue;
                }
                rd_add_state(q, (qcol){tabs[ti2], (int)c}, OP_NULL, (int)i);
                s->tk.v[i].used = 1;
                done = 1;
            }
        }
    }

    /* "nothing paid", "zero renewals": a numeric column equal to 0; "4-star
     * hotels", "3 bedrooms": an integer column equal to the number */
    for (size_t i = 0; i + 1 < s->tk.n; i++) {
        if ((!tok_is(&s->tk, i, "nothing") && !tok_is(&s->tk, i, "zero") && !s->tk.v[i].isnum) || s->tk.v[i].used)
            continue;
        for (int j = 0; j < s->nm; j++) {
            qcol c;
            if (s->m[j].kind != MK_COLUMN || s->m[j].start != (int)i + 1 ||
                s->m[j].role != R_ZERO || !rd_numeric_alt(cat, s->gx, &s->m[j], q->base, &c) ||
                joins_distance_g(cat, s->jg, q->base, c.t) < 0)
                continue;
            qfilter f;
            memset(&f, 0, sizeof f);
            f.col = c;
            f.op = OP_EQ;
            f.is_num = 1;
            f.num = s->tk.v[i].isnum ? s->tk.v[i].num : 0;
            f.pos = (int)i;
            add_number_filter(q, f);
            s->m[j].role = R_FILTER;
            s->tk.v[i].used = 1;
            break;
        }
    }
    return 0;
}

/* Stage 6, continued: dates set or empty, age on a day, lateness
 * against a due date. */
int read_date_states(read_state *s)
{
    const catalog *cat = s->cat;
    reading *r = s->r;
    query *q = s->q;
    /* "paid invoices", "shipped orders": a nullable date column named by
     * its participle and used for nothing else means it is set */
    for (int i = 0; i < s->nm; i++) {
        if (s->m[i].kind != MK_COLUMN || s->m[i].role != R_NONE || s->m[i].end - s->m[i].start != 1 || s->dur_unit)
            continue;
        const char *w = s->tk.v[s->m[i].start].w;
        size_t lw = strlen(w);
        static const char *const irregular[] = {"paid", "sent", "left", "quit", "sold", "won",
                                                "lost", "held", "kept", "shut", "done", "begun",
                                                "spent", "built", "bought", "made", NULL};
        /* "terminations", "cancellations": the event's noun, plural */
        int plural = lw > 5 && strcmp(w, s->tk.v[s->m[i].start].stem) != 0;
        if (!(lw > 4 && strcmp(w + lw - 2, "ed") == 0) && !rd_in(w, irregular) && !plural)
            continue;
        qcol c = rd_pick(cat, s->gx, &s->m[i], q->base);
        if (c.t < 0 || !rd_date_kind(&cat->tables[c.t].cols[c.c]) || cat->tables[c.t].cols[c.c].notnull)
            continue;
        int seen = 0;
        for (int j = 0; j < q->nf; j++)
            seen |= q->f[j].col.t == c.t && q->f[j].col.c == c.c;
        if (seen || joins_distance_g(cat, s->jg, q->base, c.t) < 0)
            continue;
        if (s->ti.has_range) {
            /* "shipped in 2024" dates the rows by it; "fines assessed in
             * 2023 (that) have been paid": another verb dates them */
            qcol rc = rd_date_col_near(cat, s->gx, q, &s->tk);
            if (rc.c < 0 || (rc.t == c.t && rc.c == c.c))
                continue;
            /* "loans that started in 2024": the word names the range's
             * date (start_date) as well as another table's started_on */
            if (ground_event_word_pos(cat, s->gx, rc, &s->tk) == s->m[i].start)
                continue;
        }
        rd_add_state(q, c, OP_NOTNULL, s->m[i].start);
        s->m[i].role = R_FILTER;
    }

    /* "reviews that got a reply", "bookings that included children",
     * "orders with a discount": a column named after a verb of having is
     * set (a date, a text) or above zero (a count) */
    for (int i = 0; i < s->nm; i++) {
        /* "how many bookings included children", "what percentage of
         * bookings included children": the rows counted, not the measure */
        int counted_measure = (s->k.count || s->pct_kind) && condition_not_measure(q, &s->k, &s->m[i]);
        if (s->m[i].kind != MK_COLUMN || (s->m[i].role != R_NONE && !counted_measure) ||
            s->m[i].end - s->m[i].start != 1 || s->dur_unit || !rd_having_verb_before(&s->tk, s->m[i].start))
            continue;
        if (counted_measure)
            q->m1 = (qcol){-1, -1};
        qcol c = rd_pick(cat, s->gx, &s->m[i], q->base);
        if (c.t < 0 || rd_mention_used(cat, &s->tk, q, &s->m[i]) || joins_distance_g(cat, s->jg, q->base, c.t) < 0 ||
            (c.t != q->base && !rd_up_path(cat, q->base, c.t)))
            continue;
        const cat_table *ct = &cat->tables[c.t];
        const cat_column *col = &ct->cols[c.c];
        qfilter f;
        memset(&f, 0, sizeof f);
        f.col = c;
        f.pos = s->m[i].start;
        if (col->kind == COL_INT && !ground_is_key(ct, c.c) && !col->pk) {
            f.op = OP_GT;   /* "included children": children > 0 */
            f.is_num = 1;
        } else if (!col->notnull && !col->pk && (rd_date_kind(col) || col->kind == COL_TEXT)) {
            f.op = OP_NOTNULL;
        } else {
            continue;
        }
        rd_add_filter(q, f);
        s->m[i].role = R_FILTER;
        s->tk.v[rd_having_verb_before(&s->tk, s->m[i].start) - 1].used = 1;
    }
    /* "reviews that left the cleanliness score blank", "email is empty":
     * an optional column said to be empty after it */
    for (int i = 0; i < s->nm; i++) {
        size_t e = (size_t)s->m[i].end;
        if (e < s->tk.n && (tok_is(&s->tk, e, "score") || tok_is(&s->tk, e, "field") || tok_is(&s->tk, e, "value") ||
                            tok_is(&s->tk, e, "date")))
            e++;   /* "the cleanliness score blank" */
        if (e < s->tk.n && (tok_is(&s->tk, e, "is") || tok_is(&s->tk, e, "was") || tok_is(&s->tk, e, "are") ||
                            tok_is(&s->tk, e, "were")))
            e++;
        if (s->m[i].kind != MK_COLUMN || e >= s->tk.n ||
            !(tok_is(&s->tk, e, "blank") || tok_is(&s->tk, e, "empty") || tok_is(&s->tk, e, "missing") ||
              tok_is(&s->tk, e, "unset") || tok_is(&s->tk, e, "null")))
            continue;
        int counted_measure = !s->k.max && !s->k.min && condition_not_measure(q, &s->k, &s->m[i]);
        if (s->m[i].role != R_NONE && !counted_measure)
            continue;
        qcol c = rd_pick(cat, s->gx, &s->m[i], q->base);
        if (c.t < 0 || cat->tables[c.t].cols[c.c].notnull || cat->tables[c.t].cols[c.c].pk ||
            (c.t != q->base && !rd_up_path(cat, q->base, c.t)))
            continue;
        if (counted_measure)
            q->m1 = (qcol){-1, -1};
        rd_add_state(q, c, OP_NULL, s->m[i].start);
        s->m[i].role = R_FILTER;
        s->tk.v[e].used = 1;
        s->tk.v[e - 1].used = 1;   /* "score", "is": placed with it */
        if (s->m[i].start > 0 && tok_is(&s->tk, (size_t)s->m[i].start - 1, "left"))
            s->tk.v[s->m[i].start - 1].used = 1;   /* "left the score blank" */
        else if (s->m[i].start > 1 && tok_is(&s->tk, (size_t)s->m[i].start - 2, "left"))
            s->tk.v[s->m[i].start - 2].used = 1;
    }
    /* "got a reply" matching no name: the one optional date of the rows
     * named like it (replied_on) is set */
    for (size_t i = 0; i < s->tk.n && !s->dur_unit; i++) {
        if (s->tk.v[i].used || s->tk.v[i].isnum || lex_is_stop(s->tk.v[i].w) || strlen(s->tk.v[i].w) < 4 ||
            !rd_having_verb_before(&s->tk, (int)i))
            continue;
        const cat_table *bt2 = &cat->tables[q->base];
        int hit = -1, nhit = 0;
        for (size_t c = 0; c < bt2->ncols; c++)
            if (!bt2->cols[c].notnull && !bt2->cols[c].pk && rd_date_kind(&bt2->cols[c]) &&
                rd_name_word_prefix(bt2->cols[c].name, s->tk.v[i].stem, 0)) {
                hit = (int)c;
                nhit++;
            }
        if (nhit != 1)
            continue;
        s->tk.v[rd_having_verb_before(&s->tk, (int)i) - 1].used = 1;
        rd_add_state(q, (qcol){q->base, hit}, OP_NOTNULL, (int)i);
        s->tk.v[i].used = 1;
    }

    /* "65 or older on December 31, 2024": the birth date against that day
     * (the question's one day, else the reference date) less the years */
    if (s->age_pos >= 0) {
        const cat_table *at = &cat->tables[q->base];
        int bc = -1;
        for (size_t c = 0; c < at->ncols && bc < 0; c++)
            if (rd_date_kind(&at->cols[c]) && (strstr(at->cols[c].name, "birth") ||
                                               strstr(at->cols[c].name, "Birth") ||
                                               strstr(at->cols[c].name, "born") ||
                                               !strcasecmp(at->cols[c].name, "dob")))
                bc = (int)c;
        const char *ref = s->as_of;
        int y, mo, d;
        char next[11] = "";
        if (s->ti.has_range && sscanf(s->ti.from, "%4d-%2d-%2d", &y, &mo, &d) == 3)
            time_fmt(next, y, mo, d + 1);
        int one_day = next[0] && !strcmp(next, s->ti.to);
        if (one_day)
            ref = s->ti.from;
        if (bc >= 0 && ref && sscanf(ref, "%4d-%2d-%2d", &y, &mo, &d) == 3 && s->age_n >= 0 && s->age_n < 200) {
            int years = (int)s->age_n + (s->age_op == OP_GT || s->age_op == OP_LE);
            qfilter f;
            memset(&f, 0, sizeof f);
            f.col = (qcol){q->base, bc};
            f.op = s->age_op == OP_GE || s->age_op == OP_GT ? OP_LE : OP_GT;
            f.pos = s->age_pos;
            time_fmt(f.text, y - years, mo, d);
            rd_add_filter(q, f);
            if (one_day) {
                s->ti.has_range = 0;
                s->ti.from[0] = s->ti.to[0] = '\0';
            }
        } else {
            r->unplaced++;   /* an age without a birth date to count it from */
        }
    }

    /* "late", "on time": the row's event date against its due date, by day
     * (returned_on > due_on); the event is the date the words name
     * ("delivered", "came back"), else the one that ends the row's business */
    if (s->due.sign) {
        int dc, ac, ok = rd_due_pair(cat, s->gx, &s->tk, q->base, &s->due, &dc, &ac) == 0;
        if (ok && ac < 0) {
            int e = rd_end_date_col(cat, q->base);
            ac = e >= 0 && e != dc ? e : -1;
        }
        if (s->due.sign != 2 && ok && ac >= 0) {
            qfilter f;
            memset(&f, 0, sizeof f);
            f.col = (qcol){q->base, ac};
            f.col2 = (qcol){q->base, dc};
            f.cmp_col = 1;
            f.op = s->due.sign > 0 ? OP_GT : s->due.strict ? OP_LT : OP_LE;
            f.pos = s->due.pos;
            rd_add_filter(q, f);
            ground_mark_event_words(cat, s->gx, f.col, &s->tk);
        } else {
            r->unplaced++;   /* no due date and event to compare here */
        }
    }
    return 0;
}

/* Stage 6, continued: the NULL states the schema names, "current" rows
 * and state words ("pending", "still employed"). */
int read_states(read_state *s)
{
    const catalog *cat = s->cat;
    reading *r = s->r;
    query *q = s->q;
    /* NULL states the schema's comments name ("undeclared students") */
    for (int j = 0; j < s->nnull; j++) {
        int seen = 0;
        for (int x = 0; x < q->nf; x++)
            seen |= q->f[x].col.t == s->nulls[j].col.t && q->f[x].col.c == s->nulls[j].col.c &&
                    (q->f[x].op == OP_NULL || q->f[x].op == OP_NOTNULL);
        if (seen)
            continue;   /* "haven't been rated": read from the column's name already */
        /* one word ("undeclared") is weak evidence: of the rows counted or
         * listed themselves, not of a table joined to them */
        if (joins_distance_g(cat, s->jg, q->base, s->nulls[j].col.t) < 0 ||
            (s->nulls[j].words == 1 && s->nulls[j].col.t != q->base)) {
            r->unplaced++;
            continue;
        }
        qfilter f;
        memset(&f, 0, sizeof f);
        f.col = s->nulls[j].col;
        f.op = (q_op)s->nulls[j].op;
        f.pos = s->nulls[j].start;
        if (f.op == OP_EQ || f.op == OP_NE) {   /* "0 = no-show": a code */
            f.is_num = 1;
            f.num = s->nulls[j].code;
        }
        rd_add_filter(q, f);
    }
    /* "current", "right now": rows whose end date is still empty */
    int now_word = 0;
    for (size_t i = 0; i < s->tk.n; i++)
        if (tok_is(&s->tk, i, "current") || tok_is(&s->tk, i, "currently") ||
            (tok_is(&s->tk, i, "right") && tok_is(&s->tk, i + 1, "now")))
            now_word = 1;
    for (size_t c = 0; now_word && c < s->bt->ncols; c++) {
        static const char *const ends[] = {"end", "cancel", "closed", "deleted", "expire",
                                           "churn", "terminat", NULL};
        const cat_column *col = &s->bt->cols[c];
        if (col->notnull || (col->kind != COL_DATE && col->kind != COL_DATETIME))
            continue;
        for (size_t e = 0; ends[e]; e++)
            if (strncasecmp(col->name, ends[e], strlen(ends[e])) == 0) {
                rd_add_state(q, (qcol){q->base, (int)c}, OP_NULL, 0);
                now_word = 0;
                break;
            }
    }
    /* state words: "pending claims", "outstanding fines", "still employed",
     * "active", "right now": the row's end date (rd_end_date_col) is empty;
     * "former": it is set */
    for (size_t i = 0; i < s->tk.n; i++) {
        const char *w = s->tk.v[i].w;
        int st = rd_in(w, ongoing) ? OP_NULL : rd_in(w, over) ? OP_NOTNULL :
                 (tok_is(&s->tk, i, "right") && tok_is(&s->tk, i + 1, "now")) ? OP_NULL : 0;
        int t = q->base, named = 0;   /* the table named right after the word ("pending claims") */
        for (int j = 0; j < s->nm; j++)
            if (s->m[j].kind == MK_TABLE && s->m[j].start > (int)i && s->m[j].start <= (int)i + 2) {
                t = s->m[j].t;
                named = 1;
            }
        /* "tickets still open" where 'open' is only a value of another
         * table's column: the rows' own state, not that value */
        for (int j = 0; st && s->tk.v[i].used && j < s->nm; j++) {
            if (s->m[j].kind != MK_VALUE || s->m[j].start != (int)i || s->m[j].end != (int)i + 1 ||
                rd_end_date_col(cat, t) < 0)
                continue;
            int own = 0;
            for (int a = 0; a < s->m[j].nalts; a++)
                own |= s->m[j].alts[a].t == t;
            for (int x = 0; !own && x < q->nf; x++)
                if (q->f[x].pos == (int)i && q->f[x].op <= OP_IN && !q->f[x].is_num) {
                    q->f[x] = q->f[--q->nf];
                    s->tk.v[i].used = 0;
                    s->m[j].role = R_NONE;
                    break;
                }
        }
        /* "open maintenance tickets" where "open" also named a column the
         * query leaves unused (stations.opened_on): the rows' own state */
        for (int j = 0; st && s->tk.v[i].used && j < s->nm && rd_end_date_col(cat, t) >= 0; j++)
            if (s->m[j].kind == MK_COLUMN && s->m[j].role == R_NONE && s->m[j].start == (int)i &&
                s->m[j].end == (int)i + 1 && !rd_mention_used(cat, &s->tk, q, &s->m[j])) {
                memmove(&s->m[j], &s->m[j + 1], (size_t)(s->nm - j - 1) * sizeof *s->m);
                s->nm--;
                s->tk.v[i].used = 0;
                break;
            }
        if (!st || s->tk.v[i].used)
            continue;
        for (int j = 0; j < s->k.nnull; j++)   /* "never left", "not yet settled": the other state */
            if ((int)i > s->k.nullpos[j] && (int)i <= s->k.nullpos[j] + 3) {
                st = st == OP_NOTNULL ? OP_NULL : OP_NOTNULL;
                break;
            }
        /* a participle that may date the rows ("settled in 2024"): a range
         * goes by it, it is not a state then */
        if (st == OP_NOTNULL && strcmp(w, "former") && s->ti.has_range && !named &&
            !(i > 0 && tok_is(&s->tk, i - 1, "since")))
            continue;   /* a participle dating the rows; not "completed stays in 2023" (an
                         * adjective), nor "hired in 2022 and have since left" (a state) */
        /* "active members", "are still pending" with no end date to test:
         * a condition the reading cannot express (a verb "open" is not) */
        if (rd_end_date_col(cat, t) == -1 && !lex_is_stop(w) &&
            (named || (i > 0 && (tok_is(&s->tk, i - 1, "are") || tok_is(&s->tk, i - 1, "is") ||
                                 tok_is(&s->tk, i - 1, "still") || tok_is(&s->tk, i - 1, "currently"))))) {
            r->unplaced++;
            continue;
        }
        int c = rd_end_date_col(cat, t), seen = 0;
        for (int j = 0; j < q->nf; j++)
            seen |= q->f[j].col.t == t && (q->f[j].op == OP_NULL || q->f[j].op == OP_NOTNULL) &&
                    rd_date_kind(&cat->tables[t].cols[q->f[j].col.c]);
        if (seen && c >= 0)
            s->tk.v[i].used = 1;   /* "still pending": one state, said twice */
        if (seen || c == -1 || joins_distance_g(cat, s->jg, q->base, t) < 0)
            continue;
        if (c == -2) {
            if (!lex_is_stop(w))
                r->unplaced++;   /* which end? ask rather than guess */
            continue;
        }
        if (st == OP_NOTNULL && strcmp(w, "former") && rd_abort_end(cat->tables[t].cols[c].name)) {
            r->unplaced++;   /* "completed stays" are not the cancelled ones */
            continue;
        }
        qfilter f;
        memset(&f, 0, sizeof f);
        f.col = (qcol){t, c};
        f.op = (q_op)st;
        f.pos = (int)i;
        rd_add_filter(q, f);
        s->tk.v[i].used = 1;
        if (tok_is(&s->tk, i, "right"))
            s->tk.v[i + 1].used = 1;
    }

    /* "the salary of current employees": a measure kept as a history
     * (rows with an end date) is the current row's too */
    int now_said = 0;
    for (size_t i = 0; i < s->tk.n; i++)
        now_said |= tok_is(&s->tk, i, "current") || tok_is(&s->tk, i, "currently") ||
                    (tok_is(&s->tk, i, "right") && tok_is(&s->tk, i + 1, "now"));
    if (now_said && q->m1.c >= 0 && !q->measure) {
        int ec = rd_end_date_col(cat, q->m1.t), seen = 0;
        for (int j = 0; j < q->nf; j++)
            seen |= q->f[j].col.t == q->m1.t && (q->f[j].op == OP_NULL || q->f[j].op == OP_NOTNULL);
        if (ec >= 0 && !seen && rd_date_kind(&cat->tables[q->m1.t].cols[ec])) {
            rd_add_state(q, (qcol){q->m1.t, ec}, OP_NULL, -1);
        }
    }
    /* "headcount", "payroll": of the people (or pay) current now */
    int now_t = s->headcount >= 0 ? s->headcount : s->con == CON_PAYROLL && q->m1.c >= 0 ? q->m1.t : -1;
    if (now_t >= 0 && joins_distance_g(cat, s->jg, q->base, now_t) >= 0 && rd_end_date_col(cat, now_t) >= 0) {
        int c = rd_end_date_col(cat, now_t), seen = 0;
        for (int j = 0; j < q->nf; j++)
            seen |= q->f[j].col.t == now_t && q->f[j].col.c == c;
        if (!seen) {
            rd_add_state(q, (qcol){now_t, c}, OP_NULL, -1);
        }
    }
    return 0;
}

/* Is the word w set off in the question by a comma, a dash or a bracket
 * before it (", including refunds", "(counting cancelled ones)")? */
static int set_off(const char *question, const char *w)
{
    size_t n = strlen(w);
    for (const char *p = question; *p; p++) {
        if (strncasecmp(p, w, n) || (p > question && isalnum((unsigned char)p[-1])))
            continue;
        const char *b = p;
        while (b > question && isspace((unsigned char)b[-1]))
            b--;
        if (b > question && strchr(",;(-", b[-1]))
            return 1;
    }
    return 0;
}

/* Does token i say that some rows are counted in rather than singled out?
 * 1: the words before it ("cancelled ones included", "with former staff
 * included"); 2: the words after it ("including refunds", ", counting
 * cancelled ones" after a count); 3: the words after it when they name a
 * state of the rows they name ("including lost parcels"); 0: no. */
static int inclusion_cue(const read_state *s, size_t i)
{
    const toks *t = &s->tk;
    if (t->v[i].used)
        return 0;
    if (tok_is(t, i, "included"))
        return 1;
    if (!tok_is(t, i, "including") && !tok_is(t, i, "incl") && !tok_is(t, i, "counting"))
        return 0;
    int count_before = 0;
    for (size_t j = 0; j < i; j++)
        count_before |= s->k.kw[j] == KW_COUNT;
    if (tok_is(t, i, "counting") && !count_before)
        return 0;   /* "counting" is the count itself */
    /* "bookings including children" is a verb of having; set off by a
     * comma, or ending "ones"/"too", it widens the rows */
    size_t e = i + 1;
    while (e < t->n && !lex_is_stop(t->v[e].w))
        e++;
    if (set_off(s->question, t->v[i].w) || (e > i + 1 && (tok_is(t, e - 1, "ones") || tok_is(t, e, "too"))))
        return 2;
    return tok_is(t, i, "counting") ? 0 : 3;   /* 3: only a state of the rows it names */
}

/* "including lost parcels": does the scope [from, to) name a table and a
 * value of that very table's rows (their state, not a thing they have)? */
static int own_state_in(const read_state *s, int from, int to)
{
    for (int a = 0; a < s->nm; a++) {
        if (s->m[a].kind != MK_TABLE || s->m[a].start < from || s->m[a].end > to)
            continue;
        for (int b = 0; b < s->nm; b++)
            if (s->m[b].kind == MK_VALUE && s->m[b].start >= from && s->m[b].end <= to && s->m[b].nalts &&
                s->m[b].alts[0].t == s->m[a].t)
                return 1;
    }
    return 0;
}

/* Can token j be one of the words an inclusion widens: a content word,
 * no keyword, no number, no date the time parser took? */
static int inclusion_word(const read_state *s, int j)
{
    const tok *w = &s->tk.v[j];
    if (w->isnum || s->k.kw[j] || lex_is_stop(w->w))
        return 0;
    for (int m = 0; m < s->nm; m++)
        if (s->m[m].start <= j && j < s->m[m].end)
            return 1;
    return !w->used;
}

/* The widened words of the cue at token i: [*from, *to); empty when none. */
static void inclusion_scope(const read_state *s, int i, int dir, int *from, int *to)
{
    static const char *const skip[] = {"ones", "one", "those", "them", "too", "also", "as", "well",
                                       "the", "a", "an", "any", "all", "with", NULL};
    int n = (int)s->tk.n, k = 0;
    if (dir == 1) {
        int j = i - 1;
        while (j >= 0 && rd_in(s->tk.v[j].w, skip))
            j--;
        *to = j + 1;
        while (j >= 0 && k < 2 && inclusion_word(s, j))
            j--, k++;
        *from = j + 1;
    } else {
        int j = i + 1;
        while (j < n && rd_in(s->tk.v[j].w, skip))
            j++;
        *from = j;
        while (j < n && k < 3 && (inclusion_word(s, j) || (k && (tok_is(&s->tk, j, "and") || tok_is(&s->tk, j, "or")))))
            j++, k++;
        *to = j;
    }
}

/* Note column c as one whose conditions the inclusion lifts. */
static void add_incl_col(read_state *s, qcol c)
{
    for (int i = 0; i < s->nincl_cols; i++)
        if (s->incl_cols[i].t == c.t && s->incl_cols[i].c == c.c)
            return;
    if (s->nincl_cols < (int)(sizeof s->incl_cols / sizeof *s->incl_cols))
        s->incl_cols[s->nincl_cols++] = c;
}

/* "How many flights are there, cancelled ones included?", "staff in each
 * role, former staff included", "revenue, including refunds": the words
 * the cue widens are no filter; their values and dated states leave the
 * mentions, and the columns they name are noted so that no filter on
 * them (a default "current" state either) is kept (read_drop_included). */
int read_included(read_state *s)
{
    for (size_t i = 0; i < s->tk.n && s->nincl < 2; i++) {
        int dir = inclusion_cue(s, i), from, to, took = 0;
        if (!dir)
            continue;
        inclusion_scope(s, (int)i, dir == 1 ? 1 : 2, &from, &to);
        if (dir == 3 && !own_state_in(s, from, to))
            continue;
        for (int m = 0; m < s->nm; m++) {
            mention *mm = &s->m[m];
            if (mm->start < from || mm->end > to)
                continue;
            int dated = mm->kind == MK_COLUMN && mm->nalts;
            for (int a = 0; a < mm->nalts && dated; a++)
                dated = rd_date_kind(&s->cat->tables[mm->alts[a].t].cols[mm->alts[a].c]);
            if (mm->kind != MK_VALUE && !dated)
                continue;
            for (int a = 0; a < mm->nalts; a++)
                add_incl_col(s, mm->alts[a]);
            memmove(mm, mm + 1, (size_t)(s->nm - m - 1) * sizeof *mm);
            s->nm--;
            m--;
            took = 1;
        }
        for (int j = from; j < to; j++)
            took |= rd_in(s->tk.v[j].w, ongoing) || rd_in(s->tk.v[j].w, over);
        if (!took)
            continue;
        for (int j = from; j < to; j++)
            s->tk.v[j].used = 1;
        s->tk.v[i].used = 1;
        s->incl_from[s->nincl] = from;
        s->incl_to[s->nincl++] = to;
    }
    return 0;
}

/* Is column c one an inclusion lifts: noted by read_included, or the end
 * date of the base table (or a table the words name) when they say a
 * state ("former staff included")? */
static int included_col(const read_state *s, qcol c)
{
    for (int i = 0; i < s->nincl_cols; i++)
        if (s->incl_cols[i].t == c.t && s->incl_cols[i].c == c.c)
            return 1;
    for (int n = 0; n < s->nincl; n++)
        for (int j = s->incl_from[n]; j < s->incl_to[n]; j++) {
            if (!rd_in(s->tk.v[j].w, ongoing) && !rd_in(s->tk.v[j].w, over))
                continue;
            if (c.t == s->q->base && rd_end_date_col(s->cat, c.t) == c.c)
                return 1;
            for (int m = 0; m < s->nm; m++)
                if (s->m[m].kind == MK_TABLE && s->m[m].t == c.t && s->m[m].start >= s->incl_from[n] &&
                    s->m[m].end <= s->incl_to[n] && rd_end_date_col(s->cat, c.t) == c.c)
                    return 1;
        }
    return 0;
}

/* Drop the row filters on the columns an inclusion lifts: "cancelled ones
 * included" keeps every status, "former staff included" the staff who
 * left as well as the ones "employed" still. */
int read_drop_included(read_state *s)
{
    query *q = s->q;
    for (int i = 0; s->nincl && i < q->nf; i++) {
        const qfilter *f = &q->f[i];
        if (f->having || f->cond || f->col.t < 0 || !included_col(s, f->col))
            continue;
        rd_drop_filter(q, i--);
    }
    return 0;
}

/* The text column of table t holding the stored value w (any case) among
 * its samples, when exactly one does; -1 else. *val: the stored spelling. */
static int column_with_value(const catalog *cat, int t, const char *w, const char **val)
{
    int found = -1;
    const cat_table *ct = &cat->tables[t];
    for (size_t c = 0; c < ct->ncols; c++)
        for (size_t v = 0; v < ct->cols[c].nsamples; v++)
            if (strcasecmp(ct->cols[c].samples[v], w) == 0) {
                if (found >= 0)
                    return -1;
                found = (int)c;
                *val = ct->cols[c].samples[v];
                break;
            }
    return found;
}

/* "clubs by paid revenue": the state word also named a date column
 * (paid_on) taken as a grouping by day; no word asked for days, so the
 * grouping goes (the column still dates a range). */
static void drop_day_dim(read_state *s, int at)
{
    for (size_t i = 0; i < s->tk.n; i++)
        if (rd_bucket_word(s->tk.v[i].w) == BK_DAY)
            return;
    for (int m = 0; m < s->nm; m++)
        if (s->m[m].start <= at && at < s->m[m].end && s->m[m].kind == MK_COLUMN && s->m[m].role == R_DIM &&
            s->q->bucket == BK_DAY && !s->q->growth && !s->q->running) {
            s->q->bucket = BK_NONE;
            s->m[m].role = R_FILTER;
        }
}

/* "paid revenue", "successful payments' amount", "completed sales": a
 * state said as an adjective right before the money measured, where the
 * measure's table stores that very word as a value (status 'paid' beside
 * 'refunded', 'failed'), keeps the rows in that state. */
int read_money_states(read_state *s)
{
    static const char *const states[] = {"paid", "successful", "completed", "settled", "captured",
                                         "cleared", "confirmed", NULL};
    static const char *const money[] = {"revenue", "revenues", "amount", "amounts", "sales", "income",
                                        "money", "payments", "takings", "turnover", NULL};
    query *q = s->q;
    if (q->m1.c < 0 || q->agg != AGG_SUM || q->measure || q->pct)
        return 0;
    /* "revenue collected", "how much did we receive": money taken in is
     * the paid rows' */
    static const char *const taken[] = {"collect", "collected", "receive", "received", NULL};
    for (size_t i = 0; i < s->tk.n; i++) {
        const char *want = s->tk.v[i].w;
        if (rd_in(want, taken)) {
            want = "paid";
        } else {
            int at_measure = s->mi >= 0 && s->m[s->mi].start == (int)i + 1;
            if (!rd_in(want, states) || i + 1 >= s->tk.n || (!at_measure && !rd_in(s->tk.v[i + 1].w, money)))
                continue;
        }
        const char *val = NULL;
        int c = column_with_value(s->cat, q->m1.t, want, &val);
        if (c < 0)
            return 0;
        if (included_col(s, (qcol){q->m1.t, c})) {
            s->r->unplaced++;   /* "paid revenue, including refunds": which states? */
            return 0;
        }
        for (int j = 0; j < q->nf; j++)
            if (q->f[j].col.t == q->m1.t && q->f[j].col.c == c)
                return 0;   /* its state is said already */
        qfilter f;
        memset(&f, 0, sizeof f);
        f.col = (qcol){q->m1.t, c};
        f.op = OP_EQ;
        snprintf(f.text, sizeof f.text, "%s", val);
        f.pos = (int)i;
        rd_add_filter(q, f);
        s->tk.v[i].used = 1;
        drop_day_dim(s, (int)i);
        return 0;
    }
    return 0;
}
