/* read_checks.c: the checks after a reading: what it left unplaced,
 * counts nobody asked for, follow-ups with nothing to refine, words that
 * name a column only in passing, negations (the last reading stage). */
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

/* Does the question only make sense after another ("now just for stays
 * in 2022", "the top 8 instead", "what about 2023?"), whatever it names? */
static int refines_only(const toks *t)
{
    static const char *const first[] = {"now", "same", "also", "then", "but", NULL};
    if (t->n == 0)
        return 0;
    if (rd_in(t->v[0].w, first) || ((rd_is_w(t, 0, "what") || rd_is_w(t, 0, "how")) && rd_is_w(t, 1, "about")))
        return 1;
    for (size_t i = 0; i < t->n; i++)
        if (rd_is_w(t, i, "instead"))
            return 1;
    return 0;
}

/* Is w (lowercase) written capitalized somewhere in the question other
 * than at the start of a sentence: a name? */
static int proper_noun(const char *question, const char *w)
{
    size_t n = strlen(w);
    for (const char *p = question; *p; p++) {
        if (strncasecmp(p, w, n) || (p > question && isalnum((unsigned char)p[-1])) ||
            isalnum((unsigned char)p[n]))
            continue;
        if (!isupper((unsigned char)p[0]))
            continue;
        const char *b = p;
        while (b > question && isspace((unsigned char)b[-1]))
            b--;
        if (b > question && !strchr(".?!:;\"(", b[-1]))
            return 1;
    }
    return 0;
}

/* Is stem w the (singular) name of table t ("term" for terms)? */
static int names_table_word(const catalog *cat, int t, const char *w)
{
    char st[TOK_LEN];
    lex_stem(cat->tables[t].name, st, sizeof st);
    return strcasecmp(st, w) == 0;
}

/* "for each term in order", "in term order", "chronologically", "by
 * letter grade in order":
 * the groups of a table with a date of its own (terms.startDate) in the
 * order of that date, as a time series is; marks the words. */
static void chrono_order(const catalog *cat, const ground_index *gx, toks *tk, query *q)
{
    size_t at = tk->n, len = 0;
    for (size_t i = 0; i < tk->n && at == tk->n; i++) {
        if (tk->v[i].used)
            continue;
        if (tok_is(tk, i, "chronologically") || tok_is(tk, i, "chronological")) {
            at = i;
            len = tok_is(tk, i + 1, "order") ? 2 : 1;
            if (i > 0 && tok_is(tk, i - 1, "in")) {
                at--;
                len++;
            }
        } else if (tok_is(tk, i, "in") && tok_is(tk, i + 1, "order") && !tk->v[i + 1].used &&
                   !tok_is(tk, i + 2, "to") && !tok_is(tk, i + 2, "of")) {
            at = i;
            len = 2;
        } else if (tok_is(tk, i, "in") && tok_is(tk, i + 2, "order") && !tk->v[i + 2].used &&
                   q->ndims >= 1 && q->dims[0].t >= 0 &&
                   (names_table_word(cat, q->dims[0].t, tk->v[i + 1].stem) ||
                    tok_is(tk, i + 1, "date") || tok_is(tk, i + 1, "time"))) {
            at = i;   /* "in term order", "in date order" */
            len = 3;
        }
    }
    if (at == tk->n || q->ndims < 1 || q->bucket || q->list || q->limit || q->per_group ||
        q->count_groups || q->dims[0].t < 0)
        return;
    /* rows of a table (terms): by its date; a column's values (letter
     * grades): by the values themselves */
    int c = q->dims[0].c != catalog_primary_key(&cat->tables[q->dims[0].t]) ? q->dims[0].c :
            ground_date_col(cat, gx, q->dims[0].t, tk);
    if (c < 0)
        return;
    q->chrono = c + 1;
    for (size_t k = at; k < at + len && k < tk->n; k++)
        tk->v[k].used = 1;
}

void rd_note_unknown(reading *r, const char *w)
{
    if (strstr(r->unknown, w) || strlen(r->unknown) + strlen(w) + 2 >= sizeof r->unknown)
        return;
    if (r->unknown[0])
        strcat(r->unknown, " ");
    strcat(r->unknown, w);
}

/* Does the query exclude something: a value excluded, a column empty, no
 * related rows, a number that is zero? */
static int has_negative_filter(const query *q)
{
    for (int i = 0; i < q->nf; i++) {
        const qfilter *f = &q->f[i];
        if (f->op == OP_NE || f->op == OP_NULL || f->op == OP_NOTEXISTS ||
            (f->is_num && f->num == 0 && (f->op == OP_EQ || f->op == OP_LE || f->op == OP_LT)))
            return 1;
    }
    return 0;
}

/* "average hours per shift": groups of the measured table's own rows
 * hold one row each; the average over them is meant (a ranking of the
 * rows, "the 5 longest shifts", keeps them). */
static void per_own_row(read_state *s)
{
    query *q = s->q;
    if (q->ndims != 1 || q->bucket || q->list || q->count_groups || q->per_group || q->pct || q->limit ||
        q->base < 0 || q->dims[0].t != q->base ||
        q->dims[0].c != catalog_primary_key(&s->cat->tables[q->base]) ||
        (q->agg != AGG_AVG && q->agg != AGG_MEDIAN) || (q->m1.c >= 0 && q->m1.t != q->base))
        return;
    q->ndims = 0;
    s->r->has_dims = 0;
}

/* "ticket revenue per year": the measured table's own rows as a grouping
 * beside another are groups of one row each; the word named the rows
 * measured, not a grouping, and the reading is not the question's. So is
 * a count of the rows per row ("the staff member with the most direct
 * reports" read as staff counted per staff member). */
static void own_rows_grouped(read_state *s)
{
    const query *q = s->q;
    /* a count of rows per row is 1 in every group, alone or beside another */
    int counted = q->agg == AGG_COUNT && q->m1.c < 0 && !q->pct && !q->count_groups;
    if (q->list || q->base < 0 || q->ndims + (q->bucket != 0) < 2 - counted)
        return;
    for (int d = 0; d < q->ndims; d++)
        if (q->dims[d].t == q->base && q->dims[d].c == catalog_primary_key(&s->cat->tables[q->base])) {
            s->r->unplaced++;
            return;
        }
}

/* The word a grouping word at i groups by: past "the", "each", "every",
 * "their", "its" ("by the region", "for each team"); tk->n when none. */
static size_t grouped_word(const toks *tk, size_t i)
{
    size_t j = i + 1;
    while (j < tk->n && (tok_is(tk, j, "the") || tok_is(tk, j, "each") || tok_is(tk, j, "every") ||
                         tok_is(tk, j, "their") || tok_is(tk, j, "its")))
        j++;
    return j;
}

/* "ticket count by top-level category", "for each team lead, how many
 * agents ...": a grouping said of words the reading took as a condition
 * and no grouping in the query; the question's groups are lost */
static void grouping_lost(read_state *s)
{
    const query *q = s->q;
    if (q->ndims || q->bucket || q->count_groups || q->per_group || q->list)
        return;
    for (size_t i = 0; i + 1 < s->tk.n; i++) {
        /* "go by the payment date": the date that counts */
        if (s->k.kw[i] != KW_GROUP || (i > 0 && (tok_is(&s->tk, i - 1, "go") || tok_is(&s->tk, i - 1, "going"))))
            continue;
        size_t j = grouped_word(&s->tk, i);
        if (j >= s->tk.n || !s->tk.v[j].used || s->k.kw[j])
            continue;
        /* "came in by phone", "scored by forwards": a value is the way or
         * the agent, not a grouping */
        int other = 0;   /* "per book" of books: its own rows; "by pickup date": the range's date */
        for (int m = 0; m < s->nm && !other; m++) {
            const mention *x = &s->m[m];
            if (x->start > (int)j || (int)j >= x->end)
                continue;
            other = x->kind == MK_VALUE || (x->kind == MK_TABLE && x->t == q->base) ||
                    (x->kind == MK_COLUMN && x->nalts &&
                     rd_date_kind(&s->cat->tables[x->alts[0].t].cols[x->alts[0].c]));
        }
        if (!other) {
            s->r->unplaced++;
            return;
        }
    }
}

/* Does the plural at token i name the measure by a word before its last
 * ("purchases" of purchase_price: the rows, not the amounts; "goals" of
 * goals is the amount), with a threshold on the measure itself? */
static int rows_said_by_measure(const read_state *s, size_t i)
{
    const query *q = s->q;
    const tok *w = &s->tk.v[i];
    if (!strcmp(w->w, w->stem))
        return 0;
    int th = 0;
    for (int f = 0; f < q->nf; f++)
        th |= q->f[f].is_num && !q->f[f].having && q->f[f].col.t == q->m1.t && q->f[f].col.c == q->m1.c;
    char nw[8][TOK_LEN];
    int n = rd_split_name(s->cat->tables[q->m1.t].cols[q->m1.c].name, nw, 8);
    for (int k = 0; th && k < n - 1; k++)
        if (!strcmp(nw[k], w->stem))
            return 1;
    return 0;
}

/* "How many rent payments due in 2023 were charged a late fee?" read as a
 * sum of the amount due: "how many" and then a table's rows asks for a
 * count of them, not a sum of another word's column; decline. "How many
 * purchases cost over 100k" of purchase_price: a count of the rows. */
static void check_how_many_rows(read_state *s)
{
    query *q = s->q;
    if (q->agg != AGG_SUM || q->m1.c < 0 || q->pct || q->dur || q->count_groups)
        return;
    for (size_t i = 0; i + 2 < s->tk.n; i++) {
        if (!tok_is(&s->tk, i, "how") || !tok_is(&s->tk, i + 1, "many"))
            continue;
        if (rows_said_by_measure(s, i + 2)) {
            /* "how many purchases cost over 100k" of purchase_price: the
             * rows past the threshold on it, counted */
            q->agg = AGG_COUNT;
            q->m1 = (qcol){-1, -1};
            rd_set_alias(q, s->cat, CON_NONE);
            return;
        }
        for (int j = 0; j < s->nm; j++)
            if (s->m[j].kind == MK_TABLE && s->m[j].start >= (int)i + 2 && s->m[j].start <= (int)i + 3 &&
                s->m[j].t == q->base) {
                s->r->unplaced++;
                if (!s->r->why[0])
                    snprintf(s->r->why, sizeof s->r->why, "whether to count the %s or to add up %s",
                             s->cat->tables[q->base].name, s->cat->tables[q->m1.t].cols[q->m1.c].name);
                return;
            }
    }
}

/* Is w a verb's form the name word (a stem) is written with ("booked" for
 * bookings, "enrolled" for enrollments)? Past forms share four letters,
 * others five. */
int rd_verb_of_name(const char *w, const char *name_word)
{
    size_t n = 0;
    while (w[n] && w[n] == name_word[n])
        n++;
    return n >= 5 || (n >= 4 && lex_is_past_verb(w));
}

/* Does the question license table t of the query: a mention the query
 * uses grounded there, a word of its name, or the measure a concept
 * ("revenue") chose? A table licensed by none is one the reading reached
 * on its own. */
static int table_licensed(const read_state *s, int t)
{
    const cat_table *ct = &s->cat->tables[t];
    char w[8][TOK_LEN];
    int nw = rd_split_name(ct->name, w, 8);
    for (size_t k = 0; k < s->tk.n; k++)
        for (int j = 0; j < nw; j++)
            if (!lex_is_stop(s->tk.v[k].w) &&
                (strcmp(s->tk.v[k].stem, w[j]) == 0 || rd_verb_of_name(s->tk.v[k].w, w[j])))
                return 1;
    for (int i = 0; i < s->nm; i++) {
        const mention *m = &s->m[i];
        if (m->kind == MK_TABLE && m->t == t)
            return 1;
        if (m->kind == MK_CONCEPT && s->q->m1.t == t && s->q->m1.c >= 0)
            return 1;
        for (int a = 0; a < m->nalts; a++)
            if (m->alts[a].t == t && rd_mention_used(s->cat, &s->tk, s->q, m))
                return 1;
    }
    return 0;
}

/* Is table t (read by the query, named by no word) a bridge every row
 * passes through: up from the base along keys (a review's booking's room),
 * on the way up from one table the question licenses to another (a
 * fine's loan's member), or rows relating two of them when the answer
 * takes each row once? read[x] == 2 marks the licensed tables. */
static int bridge_table(const catalog *cat, const query *q, const unsigned char *read, int t)
{
    if (rd_up_path(cat, q->base, t))
        return 1;
    int above = 0, first = -1;   /* the licensed tables up the keys from t */
    for (size_t b = 0; b < cat->ntables; b++)
        if (read[b] == 2 && (int)b != t && rd_up_path(cat, t, (int)b)) {
            above++;
            if (first < 0)
                first = (int)b;
        }
    /* "guests who stayed at Costa": rows of two tables related by the
     * rows that refer to both, each listed or counted once */
    if (above >= 2 && (q->list || q->agg == AGG_COUNT_DISTINCT))
        return 1;
    for (size_t a = 0; a < cat->ntables && above; a++)
        if ((read[a] == 2 || (int)a == q->base) && (int)a != t && (above >= 2 || (int)a != first) &&
            rd_up_path(cat, (int)a, t))
            return 1;
    return 0;
}

/* Rows the query joins that are not the rows asked about, from how
 * emit_tables reaches each table (read):
 * - "trips that cost more than $5" read as trips whose bike had a
 *   maintenance job costing more: rows reached through a parent they share
 *   with the base's rows are other rows than the base's; such readings were
 *   wrong each time on schemas the engine was not built on;
 * - "what percentage of its candidates' applications ended with an
 *   accepted offer" read over candidates joined to their offers: a rate
 *   counts the rows of the join, several per row rated, and only those that
 *   have such rows. */
static void check_join_rows(read_state *s, const unsigned char *read)
{
    const catalog *cat = s->cat;
    int shared = -1, fans = -1;
    for (size_t t = 0; t < cat->ntables; t++) {
        if ((read[t] & EMIT_SHARED) && shared < 0)
            shared = (int)t;
        if ((read[t] & EMIT_FANS) && fans < 0)
            fans = (int)t;
    }
    if (shared >= 0) {
        s->r->unplaced++;
        if (!s->r->why[0])
            snprintf(s->r->why, sizeof s->r->why,
                     "how %s fits the question: the answer would reach its rows only through a "
                     "row they share with %s", cat->tables[shared].name, cat->tables[s->q->base].name);
    }
    if (fans >= 0 && s->q->pct == PCT_RATE) {
        s->r->unplaced++;
        if (!s->r->why[0])
            snprintf(s->r->why, sizeof s->r->why,
                     "which rows the rate is of: %s has several rows for each of %s",
                     cat->tables[fans].name, cat->tables[s->q->base].name);
        if (!s->r->hint[0])
            snprintf(s->r->hint, sizeof s->r->hint, "Try counting instead, e.g. \"how many %s have %s\"",
                     cat->tables[s->q->base].name, cat->tables[fans].name);
    }
}

/* A query of three tables or more that reads one no word licenses and
 * that is no bridge (payments joined to clubs through check-ins when a
 * member has a home club): a path the reading chose on its own. On
 * schemas the engine was not built on, such readings were wrong four
 * times in five; decline, naming the table. First, the joined rows that
 * are not the rows asked about (check_join_rows). */
static void check_far_reach(read_state *s)
{
    const catalog *cat = s->cat;
    unsigned char *read = calloc(cat->ntables, 1);
    if (!read || emit_tables(cat, s->q, read) < 0) {
        free(read);
        return;
    }
    check_join_rows(s, read);
    int ntab = 0, nun = 0;
    for (size_t t = 0; t < cat->ntables; t++)
        if (read[t]) {
            ntab++;
            read[t] = table_licensed(s, (int)t) ? 2 : 1;   /* 2: licensed */
        }
    char names[120] = "";
    for (size_t t = 0; t < cat->ntables && ntab >= 3; t++) {
        if (read[t] != 1 || bridge_table(cat, s->q, read, (int)t))
            continue;
        nun++;
        size_t l = strlen(names);
        snprintf(names + l, sizeof names - l, "%s%s", l ? ", " : "", cat->tables[t].name);
    }
    free(read);
    if (nun) {
        s->r->unplaced++;
        if (!s->r->why[0])
            snprintf(s->r->why, sizeof s->r->why,
                     "how %s fits the question: the answer would join %d tables through it, "
                     "and no word names it", names, ntab);
    }
}

/* "How many guests have never completed a stay", "students without a
 * major": a negation the reading turned into nothing would answer the
 * opposite question; it is a word the reading could not place. */
static void check_negations(const toks *tk, const kwscan *k, const query *q, reading *r)
{
    /* "customers who never finished an order": a state of the rows that
     * must not exist (orders finished) cannot be a filter on rows joined */
    for (int i = 0; i < q->nf; i++)
        for (int j = 0; q->f[i].op == OP_NOTEXISTS && j < q->nf; j++)
            if (j != i && !q->f[j].having && q->f[j].col.t == q->f[i].sub && q->f[i].sub != q->base) {
                r->unplaced++;
                if (q->f[j].pos >= 0 && q->f[j].pos < (int)tk->n)
                    rd_note_unknown(r, tk->v[q->f[j].pos].w);
                return;
            }
    if (!k->nnull || has_negative_filter(q))
        return;
    for (int j = 0; j < k->nnull; j++) {
        int p = k->nullpos[j];
        /* "not only", "no more than": not a negation of a thing */
        if (p + 1 < (int)tk->n && k->kw[p + 1] && k->kw[p + 1] != KW_NEVER)
            continue;
        r->unplaced++;
        rd_note_unknown(r, tk->v[p].w);
        return;
    }
}

/* The mention covering token k, or -1. */
static int mention_at(const read_state *s, size_t k)
{
    for (int i = 0; i < s->nm; i++)
        if (s->m[i].start <= (int)k && (int)k < s->m[i].end)
            return i;
    return -1;
}

/* "which trainers taught the most classes", "aircraft that flew more than
 * 1000 flights", "policies sold by month": a verb (a past form, or any form of an irregular verb)
 * between its subject and an object that is the table whose rows the
 * query reads says only that the subject's rows are those events; it is
 * placed. Between verb and object only glue, numbers, comparatives and
 * values of the object ("the most boxing classes") may stand. */
static void object_verbs(read_state *s)
{
    toks *tk = &s->tk;
    if (s->q->base < 0)
        return;
    static const char *const aux[] = {"have", "has", "had", "been", "was", "were", "is", "are", NULL};
    for (size_t i = 1; i + 1 < tk->n; i++) {
        tok *v = &tk->v[i];
        size_t subj = i - 1;   /* "restaurants have taken": past the auxiliaries */
        while (subj > 0 && rd_in(tk->v[subj].w, aux) && !tk->v[subj].used)
            subj--;
        if (v->used || v->isnum || lex_is_stop(v->w) || (!lex_irregular_verb(v->w) && !lex_is_past_verb(v->w)) ||
            !tk->v[subj].used || tk->v[subj].isnum || mention_at(s, subj) < 0)
            continue;
        /* "policies sold by month", "flights flown in 2024": a participle
         * right after the table's name says its rows' own event; one that
         * is also a past ("agents sold ...") only before "by" */
        int before = mention_at(s, i - 1), pk = lex_participle_kind(v->w);
        if (before >= 0 && (pk == 2 || (pk == 1 && tok_is(tk, i + 1, "by"))) && s->m[before].kind == MK_TABLE &&
            s->m[before].t == s->q->base) {
            v->used = 1;
            continue;
        }
        for (size_t k = i + 1; k < tk->n && k <= i + 6; k++) {
            int mi = mention_at(s, k);
            if (mi >= 0 && s->m[mi].kind == MK_TABLE && s->m[mi].t == s->q->base) {
                v->used = 1;
                break;
            }
            int glue = (lex_is_stop(tk->v[k].w) && !tk->v[k].used) || tk->v[k].isnum || s->k.kw[k] != KW_NONE ||
                       (mi >= 0 && s->m[mi].kind == MK_VALUE);
            if (!glue)
                break;
        }
    }
}

/* "members per tier", "revenue by segment", "for each region" where the
 * word after the grouping word matched nothing: the answer would drop the
 * grouping asked for; it is a word the reading could not place. */
static void check_group_words(const toks *tk, const kwscan *k, reading *r)
{
    for (size_t i = 0; i + 1 < tk->n; i++) {
        if (k->kw[i] != KW_GROUP)
            continue;
        size_t j = grouped_word(tk, i);
        if (j >= tk->n || tk->v[j].used || tk->v[j].isnum || k->kw[j] || lex_is_stop(tk->v[j].w) ||
            lex_is_filler(tk->v[j].w))
            continue;
        r->unplaced++;
        rd_note_unknown(r, tk->v[j].w);
        return;
    }
}

/* Does the past participle w ("cancelled", "refunded") name a state of
 * table t's rows: a nullable date column (cancelDate) or a stored value
 * of a text column ('refunded')? */
static int participle_state(const catalog *cat, int t, const char *w)
{
    size_t n = strlen(w);
    if (t < 0 || n <= 4 || strcmp(w + n - 2, "ed"))
        return 0;
    const cat_table *ct = &cat->tables[t];
    for (size_t c = 0; c < ct->ncols; c++) {
        const cat_column *col = &ct->cols[c];
        if (rd_date_kind(col) && !col->notnull && !col->pk && rd_name_word_prefix(col->name, w, 0))
            return 1;
        for (size_t v = 0; col->kind == COL_TEXT && v < col->nsamples && v < 32; v++)
            if (strcasecmp(col->samples[v], w) == 0)
                return 1;
    }
    return 0;
}

/* Do two of the query's conditions contradict each other (a column empty
 * and set, equal to two different values)? Two readings of the same words
 * ended up side by side: no row can answer. */
static int contradicts(const query *q)
{
    for (int i = 0; i < q->nf; i++)   /* by, or in a range of, a date that must be empty */
        if (q->f[i].op == OP_NULL && !q->f[i].having && !q->f[i].cond &&
            (q->bucket || q->from[0] || q->to[0]) && q->tcol.t == q->f[i].col.t && q->tcol.c == q->f[i].col.c)
            return 1;
    for (int i = 0; i < q->nf; i++)
        for (int j = i + 1; j < q->nf; j++) {
            const qfilter *a = &q->f[i], *b = &q->f[j];
            if (a->col.t != b->col.t || a->col.c != b->col.c || a->having || b->having ||
                a->cond != b->cond || a->cmp_col || b->cmp_col || a->via != b->via)
                continue;
            if ((a->op == OP_NULL && b->op == OP_NOTNULL) || (a->op == OP_NOTNULL && b->op == OP_NULL))
                return 1;
            if ((a->op == OP_NULL && b->op < OP_NULL) || (b->op == OP_NULL && a->op < OP_NULL))
                return 1;   /* empty, and compared with a value */
            if (a->op == OP_EQ && b->op == OP_EQ && !a->is_num && !b->is_num && strcmp(a->text, b->text))
                return 1;
        }
    return 0;
}

/* "how much did we invoice in 2024": an amount of money, never a count
 * or a list of rows: the rows' money column added up; none: decline. */
static void how_much_is_money(read_state *s)
{
    query *q = s->q;
    int how_much = 0;
    for (size_t i = 0; i + 1 < s->tk.n; i++)
        how_much |= tok_is(&s->tk, i, "how") && tok_is(&s->tk, i + 1, "much");
    if (!how_much || !(q->agg == AGG_COUNT || (q->list && !q->ndims)) || q->m1.c >= 0 || q->pct || q->dur ||
        q->count_groups || q->measure || q->base < 0)
        return;
    int mc = rd_money_column(s->cat, q->base);
    if (mc < 0) {
        s->r->unplaced++;
        return;
    }
    q->list = 0;
    q->agg = AGG_SUM;
    q->m1 = (qcol){q->base, mc};
    rd_set_alias(q, s->cat, CON_REVENUE);
}

/* Does the measure add up over rows: money taken in ("revenue",
 * "spend"), a quantity, or a number of things ("the number of goals")? */
static int additive_measure(const read_state *s)
{
    if (s->con == CON_REVENUE || s->con == CON_SPEND || s->con == CON_QUANTITY)
        return 1;
    if (s->mi < 0 || s->m[s->mi].kind != MK_COLUMN)
        return 0;
    /* things counted, said in the plural: "goals", "units", "points" */
    const tok *last = &s->tk.v[s->m[s->mi].end - 1];
    if (strcmp(last->w, last->stem) != 0)
        return 1;
    int at = s->m[s->mi].start;
    return at >= 2 && rd_is_w(&s->tk, (size_t)at - 1, "of") &&
           (rd_is_w(&s->tk, (size_t)at - 2, "number") || rd_is_w(&s->tk, (size_t)at - 2, "count"));
}

/* Is the query's one grouping said as a rate ("per month", "monthly",
 * "per customer": an entity's rows), rather than as a breakdown ("by
 * category")? */
static int grouped_per(const read_state *s)
{
    const query *q = s->q;
    if (q->bucket) {
        int b = s->ti.bucket_tok;
        if (b < 0)
            return 0;
        const char *w = s->tk.v[b].w;
        return (b > 0 && rd_is_w(&s->tk, (size_t)b - 1, "per")) ||
               (strlen(w) > 2 && !strcmp(w + strlen(w) - 2, "ly")) || !strcmp(w, "annual");
    }
    if (!ground_is_key(&s->cat->tables[q->dims[0].t], q->dims[0].c) || q->dims[0].t == q->m1.t)
        return 0;   /* an entity holding several of the measure's rows */
    for (int i = 0; i < s->nm; i++)
        if (s->m[i].role == R_DIM && s->m[i].kind == MK_TABLE && s->m[i].t == q->dims[0].t)
            return s->m[i].start > 0 && rd_is_w(&s->tk, (size_t)s->m[i].start - 1, "per");
    return 0;
}

/* The last checks: counts nobody asked for, words left over, operations
 * the engine lacks, running totals, negations. */
int read_final_checks(read_state *s)
{
    const catalog *cat = s->cat;
    reading *r = s->r;
    query *q = s->q;
    how_much_is_money(s);
    if (s->ti.gap && q->nparts < 2) {   /* "July 2023 and July 2024" and nothing groups by them */
        r->unplaced++;
        snprintf(r->why, sizeof r->why, "%s", "how to compare two separate periods in one query");
        snprintf(r->hint, sizeof r->hint, "%s",
                 "Try asking for each period on its own, or for the whole span by month");
    }
    /* a column of months ('YYYY-MM') has no days to count between */
    if (q->dur && ((q->m1.c >= 0 && cat->tables[q->m1.t].cols[q->m1.c].kind == COL_MONTH) ||
                   (q->m2.c >= 0 && cat->tables[q->m2.t].cols[q->m2.c].kind == COL_MONTH))) {
        r->unplaced++;
        snprintf(r->why, sizeof r->why, "%s", "how long a span of months lasts in days");
        snprintf(r->hint, sizeof r->hint, "%s", "Try counting the months, or use a date column");
    }
    if (contradicts(q)) {
        r->unplaced++;
        snprintf(r->why, sizeof r->why, "%s", "which of two conditions on one column the question means");
    }
    /* "now just for Redhawk", "top 3 for that year" with no question
     * before: a refinement of nothing; ask for the whole question */
    if (!s->prev && r->followup_cue && (!r->has_subject || refines_only(&s->tk)))
        r->unplaced++;
    /* "the largest account" read as a count nobody asked for: the
     * superlative found nothing to rank by */
    int merges = s->prev && s->prev->base >= 0 && (r->followup_cue || !r->has_subject);   /* context.c */
    if ((s->k.top || s->k.bottom) && r->guessed_count && !q->ndims && !q->bucket && !q->count_groups &&
        !merges)
        r->unplaced++;
    /* "the 5 most X books" read as one count of all rows: nothing ranks */
    if ((s->k.top || s->k.bottom) && q->limit && q->agg == AGG_COUNT && !q->ndims && !q->bucket &&
        !q->list && !q->pct && !q->count_groups && !merges)
        r->unplaced++;
    /* "waiting for approval", "pending delivery": a value matched only by
     * a derived form ('approved' for "approval") after a word saying it is
     * still to come means the state before it; not the value */
    for (int i = 0; i < s->nm; i++) {
        if (s->m[i].kind != MK_VALUE || s->m[i].role != R_FILTER || s->m[i].end - s->m[i].start != 1 ||
            s->m[i].start == 0 || !s->m[i].nalts)
            continue;
        const tok *w = &s->tk.v[s->m[i].start];
        char vs[TOK_LEN];
        lex_stem(s->m[i].val[0], vs, sizeof vs);
        static const char *const before[] = {"for", "awaiting", "pending", "until", "till", NULL};
        if (strcasecmp(s->m[i].val[0], w->w) && strcasecmp(vs, w->stem) &&
            rd_in(s->tk.v[s->m[i].start - 1].w, before))
            r->unplaced++;
    }
    /* "average number of users per account", "average shipments per
     * month": the average of each group's count (one grouping) */
    int hv = 0;
    for (int j = 0; j < q->nf; j++)
        hv |= q->f[j].having;
    if (s->k.avg && !s->k.median && q->agg == AGG_COUNT && q->m1.c < 0 && !q->pct && !q->dur && !q->list &&
        !q->limit && !q->count_groups && !hv && !q->measure && !q->growth && !q->running &&
        q->ndims + (q->bucket != BK_NONE) == 1 && !merges && s->k.group && !s->k.sum) {
        char a[32];
        snprintf(a, sizeof a, "avg_%.27s", q->alias);
        memcpy(q->alias, a, sizeof q->alias);
        q->count_groups = 2;
    }
    /* "average revenue per month", "average monthly sales", "average spend
     * per customer": money taken in is a sum; its average per period or
     * per entity is the average of each group's sum, not of its rows' */
    int sum_measure = q->measure ? cat->sem->measures[q->measure - 1].aggregate
                                 : q->agg == AGG_AVG && q->m1.c >= 0 && additive_measure(s);
    if (s->k.avg && !s->k.median && sum_measure && !q->pct && !q->dur && !q->list && !q->limit &&
        !q->count_groups && !hv && !q->growth && !q->running && q->ndims + (q->bucket != BK_NONE) == 1 &&
        !merges && grouped_per(s)) {
        if (!q->measure)
            q->agg = AGG_SUM;
        q->count_groups = 2;
    }
    /* "the headcount at the end of each year" read as a count of another
     * table's rows (leave requests by end date): not the people counted */
    if (s->headcount >= 0 && q->base != s->headcount && q->agg == AGG_COUNT && !q->pct)
        r->unplaced++;
    /* "how many different accounts were billed ...": distinct said of a
     * thing the count does not count (another table's rows, a column)
     * would be dropped */
    for (int i = 0; i < s->nm && s->k.distinct && q->agg == AGG_COUNT && !q->count_groups && !q->pct; i++)
        if (rd_kw_before(&s->tk, &s->k, s->m[i].start) == KW_DISTINCT && s->m[i].role != R_DIM &&
            (s->m[i].kind == MK_COLUMN || (s->m[i].kind == MK_TABLE && s->m[i].t != q->base))) {
            r->unplaced++;
            break;
        }
    /* "current", "currently", "right now" that set no condition (no end
     * date is empty, no state value is tested): the question's time is lost */
    for (size_t i = 0; i < s->tk.n; i++) {
        int inm = 0;
        for (int j = 0; j < s->nm && !inm; j++)
            inm = s->m[j].start <= (int)i && (int)i < s->m[j].end;
        if (inm || !(tok_is(&s->tk, i, "current") || tok_is(&s->tk, i, "currently") ||
                     (tok_is(&s->tk, i, "right") && tok_is(&s->tk, i + 1, "now"))))
            continue;
        /* an end date empty, or a state value said beside the word
         * ("currently active", "currently on the business plan") */
        int next = (int)i + 1;
        if (tok_is(&s->tk, i, "right"))
            next++;
        while (next < (int)s->tk.n && next <= (int)i + 4 && lex_is_stop(s->tk.v[next].w) && !s->tk.v[next].isnum)
            next++;
        int state = 0;
        for (int j = 0; j < q->nf && !state; j++)
            state = !q->f[j].having && q->f[j].col.t >= 0 &&
                    ((q->f[j].op == OP_NULL && rd_date_kind(&cat->tables[q->f[j].col.t].cols[q->f[j].col.c])) ||
                     ((q->f[j].op == OP_EQ || q->f[j].op == OP_IN) && !q->f[j].is_num &&
                      (q->f[j].pos == (int)i - 1 || q->f[j].pos == next)));
        if (!state && !merges)
            r->unplaced++;
        break;
    }
    /* "add the total amount paid", "also show the average": a second
     * measure beside the previous one (context.c); beside nothing, the
     * question is not whole */
    if (r->add_cue && (!s->prev || s->prev->base < 0))
        r->unplaced++;
    /* "for each industry, which account has the highest MRR": the best row
     * within each group is not something this reading can express */
    if (q->ndims + (q->bucket != 0) >= 2 && q->limit == 1 && !s->k.limit && (s->k.top || s->k.bottom) && s->k.group) {
        /* the dimension after "each"/"per"/"for every" partitions; the
         * best row of the other is kept in each (ROW_NUMBER) */
        for (int i = 0; i < s->nm && !q->per_group; i++) {
            if (s->m[i].role != R_DIM || s->m[i].start == 0 || s->k.kw[s->m[i].start - 1] != KW_GROUP)
                continue;
            for (int d = 0; d < q->ndims && !q->per_group; d++)
                if (rd_qcol_in(q->dims[d], &s->m[i]))
                    q->per_group = d + 1;
        }
        /* two groupings, or one and the period chosen in each ("for each
         * hotel, which month brought in the most") */
        /* "for each month, which hotel": the period partitions */
        for (size_t i = 1; i < s->tk.n && !q->per_group && q->bucket && q->ndims == 1; i++)
            if ((tok_is(&s->tk, i - 1, "each") || tok_is(&s->tk, i - 1, "every") || tok_is(&s->tk, i - 1, "per")) &&
                rd_bucket_word(s->tk.v[i].w) == q->bucket)
                q->per_group = Q_PER_BUCKET;
        if (q->ndims + (q->bucket != 0) != 2 || !q->per_group || q->list || q->growth || q->running) {
            q->per_group = 0;
            snprintf(r->unsupported, sizeof r->unsupported, "the best row within each group");
        } else {
            q->limit = 0;
        }
    }
    /* "whose home branch is a different branch", "in the same region":
     * one column compared with another row's; "report to X": along a
     * reporting line the reading does not follow */
    for (size_t i = 1; i < s->tk.n && !r->unsupported[0]; i++)
        if ((tok_is(&s->tk, i, "different") && tok_is(&s->tk, i - 1, "a")) ||
            (tok_is(&s->tk, i, "same") && tok_is(&s->tk, i - 1, "the") && !s->tk.v[i].used))
            snprintf(r->unsupported, sizeof r->unsupported, "a comparison of two columns");
    for (size_t i = 0; i + 1 < s->tk.n; i++)
        if ((tok_is(&s->tk, i, "report") || tok_is(&s->tk, i, "reports") || tok_is(&s->tk, i, "reporting")) &&
            tok_is(&s->tk, i + 1, "to") && !s->tk.v[i].used)
            r->unplaced++;
    /* "on Mondays", "at weekends": days of the week are not a range */
    for (size_t i = 0; i < s->tk.n && !r->unsupported[0]; i++) {
        static const char *const wd[] = {"monday", "tuesday", "wednesday", "thursday", "friday",
                                         "saturday", "sunday", "mondays", "tuesdays", "wednesdays",
                                         "thursdays", "fridays", "saturdays", "sundays", "weekend",
                                         "weekends", "weekday", "weekdays", NULL};
        if (!s->tk.v[i].used && rd_in(s->tk.v[i].w, wd))
            snprintf(r->unsupported, sizeof r->unsupported, "a filter on days of the week");
    }
    chrono_order(cat, s->gx, &s->tk, q);
    object_verbs(s);
    /* "running total", "cumulative": each period's count or sum with the
     * ones before it; only over time periods (else the word stays
     * unsupported and the question is declined) */
    /* "at the end of each month": a level then, counted from the start */
    int level = -1;
    for (size_t i = 0; i + 3 < s->tk.n && level < 0; i++)
        if (tok_is(&s->tk, i, "end") && tok_is(&s->tk, i + 1, "of") &&
            (tok_is(&s->tk, i + 2, "each") || tok_is(&s->tk, i + 2, "every")) && rd_bucket_word(s->tk.v[i + 3].w))
            level = (int)i;
    for (size_t i = 0; i < s->tk.n; i++) {
        int two = tok_is(&s->tk, i, "running") && (tok_is(&s->tk, i + 1, "total") || tok_is(&s->tk, i + 1, "totals") ||
                                                  tok_is(&s->tk, i + 1, "sum") || tok_is(&s->tk, i + 1, "count"));
        if ((!two && !tok_is(&s->tk, i, "cumulative") && !tok_is(&s->tk, i, "cumulatively") &&
             !((int)i == level && q->agg == AGG_COUNT)) || s->tk.v[i].used)
            continue;
        if (!q->bucket || q->list || q->growth || q->per_group || q->pct || q->count_groups ||
            (q->agg != AGG_COUNT && q->agg != AGG_SUM))
            continue;
        q->running = level >= 0 ? 2 : 1;
        s->tk.v[i].used = 1;
        if (two)
            s->tk.v[i + 1].used = 1;
        for (int k = level; k >= 0 && k < level + 3; k++)   /* "end of each" */
            s->tk.v[k].used = 1;
        /* "running total of fines": a total of rows that are sums of money
         * (fines, payments, invoices) is their amount's, unless the words
         * ask for a number of rows */
        int amt = q->agg == AGG_COUNT && !s->k.count && q->m1.c < 0 ? rd_money_amount(cat, q->base) : -1;
        if (amt >= 0) {
            q->m1 = (qcol){q->base, amt};
            q->agg = AGG_SUM;
            rd_set_alias(q, cat, CON_NONE);
        }
    }
    /* "still running memberships", "currently running": ongoing, which the
     * word before says (read_states); no running total */
    for (size_t i = 1; i < s->tk.n; i++)
        if (tok_is(&s->tk, i, "running") && (tok_is(&s->tk, i - 1, "still") || tok_is(&s->tk, i - 1, "currently")) &&
            s->tk.v[i - 1].used)
            s->tk.v[i].used = 1;
    if (s->k.median && s->k.mean && !r->unsupported[0])
        snprintf(r->unsupported, sizeof r->unsupported, "a mean and a median at once");
    for (size_t i = 0; i < s->tk.n; i++)
        if (!s->tk.v[i].used && !s->tk.v[i].isnum && lex_is_unsupported(s->tk.v[i].w) &&
            !r->unsupported[0])
            snprintf(r->unsupported, sizeof r->unsupported, "%s", s->tk.v[i].w);
    for (size_t i = 0; i < s->tk.n; i++)
        if (!s->tk.v[i].used && !lex_is_stop(s->tk.v[i].w) && !s->tk.v[i].isnum) {
            if (!lex_is_filler(s->tk.v[i].w))
                r->risky++;
            if (lex_is_negated_word(s->tk.v[i].w))   /* "undeclared students" */
                r->risky += 2;
            /* "reviews that got a response": what the rows have matched nothing */
            if (!lex_is_filler(s->tk.v[i].w) && rd_having_verb_before(&s->tk, (int)i))
                r->risky++;
            /* "Math vs Physics": one side of a comparison matched nothing */
            if ((i > 0 && (tok_is(&s->tk, i - 1, "vs") || tok_is(&s->tk, i - 1, "versus"))) ||
                tok_is(&s->tk, i + 1, "vs") || tok_is(&s->tk, i + 1, "versus"))
                r->risky += 2;
            /* a plural noun ("students") or a name ("Ursula") left over is
             * a thing the question is about: never passed over */
            if (!lex_is_filler(s->tk.v[i].w) &&
                ((strcmp(s->tk.v[i].w, s->tk.v[i].stem) && strlen(s->tk.v[i].w) > 4) ||
                 proper_noun(s->question, s->tk.v[i].w)))
                r->risky++;
            /* "members who cancelled" (cancelDate), "started" (status
             * 'started'): a participle naming a state of the rows left unused
             * drops a condition */
            if (participle_state(cat, q->base, s->tk.v[i].w))
                r->unplaced++;
            /* "artists still alive": a state no column was found for; "only
             * power outages": the restriction asked for is lost */
            if (i > 0 && (tok_is(&s->tk, i - 1, "still") || tok_is(&s->tk, i - 1, "only") ||
                          tok_is(&s->tk, i - 1, "just")) &&
                !lex_is_filler(s->tk.v[i].w))
                r->unplaced++;
            r->unknown_words++;
            rd_note_unknown(r, s->tk.v[i].w);
        }
    /* "how many distinct drivers drove for Redhawk in 2023": distinct
     * rows of the table counted are counted among other rows (the events
     * the unplaced word names), but the range dates them by their own
     * column no word names (hiredOn); ask rather than guess */
    if (r->has_range && q->tcol.c >= 0 && !(s->prev && r->followup_cue) && s->k.distinct &&
        q->agg == AGG_COUNT && ground_event_word_pos(cat, s->gx, q->tcol, &s->tk) < 0)
        for (size_t i = 0; i < s->tk.n; i++)
            if (!s->tk.v[i].used && !s->tk.v[i].isnum && !lex_is_stop(s->tk.v[i].w) && !lex_is_filler(s->tk.v[i].w)) {
                r->unplaced++;
                break;
            }
    /* "how many staff does Ada manage": a word naming a key's role
     * (manager_id) the reading did not follow */
    for (size_t i = 0; i < s->tk.n; i++) {
        if (s->tk.v[i].used || s->tk.v[i].isnum || lex_is_stop(s->tk.v[i].w) || strlen(s->tk.v[i].w) < 5 ||
            q->role_fk)
            continue;
        int hit = 0;
        for (role_iter it = ROLE_ITER_INIT; !hit && ground_role_next(cat, s->gx, &it);) {
            char role[64];
            if (rd_fk_role(cat, it.at.t, it.at.c, role, sizeof role) && strlen(role) >= 5 &&
                strncmp(role, s->tk.v[i].w, 5) == 0)
                hit = 1;
        }
        r->unplaced += hit;
    }
    check_group_words(&s->tk, &s->k, r);
    /* a number the reading did not use ("twice", "500") changes the
     * question: it must not pass unnoticed */
    for (size_t i = 0; i < s->tk.n; i++)
        if (!s->tk.v[i].used && s->tk.v[i].isnum && !lex_is_stop(s->tk.v[i].w)) {
            r->risky++;
            rd_note_unknown(r, s->tk.v[i].w);
        }
    check_negations(&s->tk, &s->k, q, r);
    if (!merges)
        grouping_lost(s);
    per_own_row(s);
    own_rows_grouped(s);
    check_how_many_rows(s);
    if (!merges)
        check_far_reach(s);
    return 0;
}
