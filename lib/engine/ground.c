/* ground.c: words to catalog objects. Names are split on '_' and camelCase
 * and compared by singular stems, synonyms and small typos; sample values
 * are compared as word sequences; measures, labels and date columns are
 * chosen by name and kind. */
#include "ground.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include "joins.h"
#include "semantic.h"
#include "util.h"

#define NW 8

/* Split a name into up to NW stemmed lowercase words. */
static int name_words(const char *name, char w[NW][TOK_LEN])
{
    int n = 0;
    char cur[TOK_LEN];
    size_t k = 0;
    for (const char *p = name;; p++) {
        int boundary = !*p || !isalnum((unsigned char)*p) ||
                       (k > 0 && isupper((unsigned char)*p) && islower((unsigned char)p[-1]));
        if (boundary && k > 0) {
            cur[k] = '\0';
            if (n < NW)
                lex_stem(cur, w[n++], TOK_LEN);
            k = 0;
        }
        if (!*p)
            break;
        if (isalnum((unsigned char)*p) && k < TOK_LEN - 1)
            cur[k++] = (char)tolower((unsigned char)*p);
    }
    return n;
}

/* --- the index: every name's words and every sample's tokens, split
 * and stemmed once when the engine is built -------------------------- */

typedef struct gname {
    char (*w)[TOK_LEN];
    int nw;
} gname;

typedef struct gval {
    char (*w)[TOK_LEN];
    char (*stem)[TOK_LEN];
    int n;               /* -1: more words than a question's n-gram */
} gval;

struct ground_index {
    size_t ntables;
    gname *tables;
    gname **cols;        /* [table][column] */
    gval ***vals;        /* [table][column][sample] */
};

static int gname_set(gname *g, const char *name)
{
    char w[NW][TOK_LEN];
    g->nw = name_words(name, w);
    g->w = malloc((size_t)(g->nw ? g->nw : 1) * sizeof *g->w);
    if (!g->w)
        return -1;
    memcpy(g->w, w, (size_t)g->nw * sizeof *g->w);
    return 0;
}

static int gval_set(gval *g, const char *v, toks *scratch)
{
    tok_split(v, scratch);
    g->n = scratch->n > 4 ? -1 : (int)scratch->n;
    size_t n = scratch->n > 4 ? 1 : (scratch->n ? scratch->n : 1);
    g->w = malloc(n * sizeof *g->w);
    g->stem = malloc(n * sizeof *g->stem);
    if (!g->w || !g->stem)
        return -1;
    for (int k = 0; k < g->n; k++) {
        memcpy(g->w[k], scratch->v[k].w, TOK_LEN);
        memcpy(g->stem[k], scratch->v[k].stem, TOK_LEN);
    }
    return 0;
}

ground_index *ground_index_new(const catalog *cat)
{
    ground_index *gx = calloc(1, sizeof *gx);
    toks *scratch = malloc(sizeof *scratch);
    if (!gx || !scratch)
        goto fail;
    gx->ntables = cat->ntables;
    gx->tables = calloc(cat->ntables + 1, sizeof *gx->tables);
    gx->cols = calloc(cat->ntables + 1, sizeof *gx->cols);
    gx->vals = calloc(cat->ntables + 1, sizeof *gx->vals);
    if (!gx->tables || !gx->cols || !gx->vals)
        goto fail;
    for (size_t k = 0; k < cat->ntables; k++) {
        const cat_table *tab = &cat->tables[k];
        if (gname_set(&gx->tables[k], tab->name) < 0 ||
            !(gx->cols[k] = calloc(tab->ncols + 1, sizeof **gx->cols)) ||
            !(gx->vals[k] = calloc(tab->ncols + 1, sizeof **gx->vals)))
            goto fail;
        for (size_t c = 0; c < tab->ncols; c++) {
            const cat_column *col = &tab->cols[c];
            if (gname_set(&gx->cols[k][c], col->name) < 0)
                goto fail;
            if (col->kind != COL_TEXT || !col->nsamples)
                continue;
            if (!(gx->vals[k][c] = calloc(col->nsamples, sizeof ***gx->vals)))
                goto fail;
            for (size_t v = 0; v < col->nsamples; v++)
                if (gval_set(&gx->vals[k][c][v], col->samples[v], scratch) < 0)
                    goto fail;
        }
    }
    free(scratch);
    gx->ntables = cat->ntables;
    return gx;
fail:
    free(scratch);
    if (gx)
        gx->ntables = cat->ntables;
    ground_index_free(gx, cat);
    return NULL;
}

void ground_index_free(ground_index *gx, const catalog *cat)
{
    if (!gx)
        return;
    for (size_t k = 0; k < gx->ntables && gx->tables; k++) {
        free(gx->tables[k].w);
        const cat_table *tab = &cat->tables[k];
        for (size_t c = 0; gx->cols && gx->cols[k] && c < tab->ncols; c++)
            free(gx->cols[k][c].w);
        for (size_t c = 0; gx->vals && gx->vals[k] && c < tab->ncols; c++) {
            for (size_t v = 0; gx->vals[k][c] && v < tab->cols[c].nsamples; v++) {
                free(gx->vals[k][c][v].w);
                free(gx->vals[k][c][v].stem);
            }
            free(gx->vals[k][c]);
        }
        if (gx->cols)
            free(gx->cols[k]);
        if (gx->vals)
            free(gx->vals[k]);
    }
    free(gx->tables);
    free(gx->cols);
    free(gx->vals);
    free(gx);
}

/* A table's or a column's name words: from the index, or split now. */
static const gname *table_words(const catalog *cat, const ground_index *gx, size_t k, gname *tmp,
                                char w[NW][TOK_LEN])
{
    if (gx)
        return &gx->tables[k];
    tmp->w = w;
    tmp->nw = name_words(cat->tables[k].name, w);
    return tmp;
}

static const gname *column_words(const catalog *cat, const ground_index *gx, size_t k, size_t c,
                                 gname *tmp, char w[NW][TOK_LEN])
{
    if (gx)
        return &gx->cols[k][c];
    tmp->w = w;
    tmp->nw = name_words(cat->tables[k].cols[c].name, w);
    return tmp;
}

static int word_eq(const char *a, const char *b)
{
    return lex_similar(a, b);
}

static int word_syn(const char *q, const char *name)
{
    if (word_eq(q, name))
        return 2;
    const char *const *s = lex_synonyms(q);
    for (; s && *s; s++)
        if (strcmp(*s, name) == 0)
            return 1;
    return 0;
}

/* Tokens [i, i+n) match the whole word list w (score 3 exact, 2 synonym),
 * or 0. */
static int seq_match(const toks *t, size_t i, size_t n, char w[NW][TOK_LEN], int nw)
{
    if ((int)n != nw || i + n > t->n)
        return 0;
    int score = 3;
    for (size_t k = 0; k < n; k++) {
        if (t->v[i + k].used)
            return 0;
        int s = word_syn(t->v[i + k].stem, w[k]);
        if (!s)
            return 0;
        if (s == 1)
            score = 2;
    }
    return score;
}

int ground_is_numeric(const cat_column *c)
{
    return c->kind == COL_INT || c->kind == COL_REAL;
}

int ground_is_key(const cat_table *t, int c)
{
    const cat_column *col = &t->cols[c];
    if (col->pk || col->ref_table)
        return 1;
    size_t n = strlen(col->name);
    if (str_ieq(col->name, "id"))
        return 1;
    return n > 3 && (strcmp(col->name + n - 3, "_id") == 0 || strcmp(col->name + n - 2, "Id") == 0);
}

int ground_label(const cat_table *t)
{
    static const char *const pref[] = {"name", "title", "label", "full_name",
                                       "display_name", "username", "email", NULL};
    for (size_t p = 0; pref[p]; p++)
        for (size_t c = 0; c < t->ncols; c++)
            if (str_ieq(t->cols[c].name, pref[p]))
                return (int)c;
    for (size_t c = 0; c < t->ncols; c++) {
        size_t n = strlen(t->cols[c].name);
        if (n > 5 && strcmp(t->cols[c].name + n - 5, "_name") == 0)
            return (int)c;
    }
    for (size_t c = 0; c < t->ncols; c++)
        if (t->cols[c].kind == COL_TEXT && !ground_is_key(t, (int)c))
            return (int)c;
    return catalog_primary_key(t);
}

/* --- mentions ------------------------------------------------------- */

/* Tokens [i, i+n) say one of the semantic file's synonyms: 3, or 0. */
static int synonym_match(const toks *t, size_t i, size_t n, char *const *syn, size_t nsyn)
{
    for (size_t k = 0; k < nsyn; k++) {
        char w[NW][TOK_LEN];
        int nw = name_words(syn[k], w);
        if (nw && seq_match(t, i, n, w, nw) == 3)
            return 3;
    }
    return 0;
}

/* A measure of the semantic file by its name or a synonym. */
static int match_measures(const catalog *cat, const toks *t, size_t i, size_t n, mention *m)
{
    const semantic *sem = cat->sem;
    for (size_t k = 0; sem && k < sem->nmeasures; k++) {
        const sem_measure *me = &sem->measures[k];
        char w[NW][TOK_LEN];
        int nw = name_words(me->name, w);
        if (me->t < 0)
            continue;
        if ((nw && seq_match(t, i, n, w, nw) == 3) || synonym_match(t, i, n, me->synonyms, me->nsyn)) {
            m->kind = MK_CONCEPT;
            m->concept = CON_REVENUE;
            m->measure = (int)k + 1;
            return 3;
        }
    }
    return 0;
}

static int match_tables(const catalog *cat, const ground_index *gx, const toks *t, size_t i, size_t n, mention *m)
{
    int best = 0;
    for (size_t k = 0; k < cat->ntables; k++) {
        char buf_w[NW][TOK_LEN];
        gname tmp;
        const gname *g = table_words(cat, gx, k, &tmp, buf_w);
        char (*w)[TOK_LEN] = g->w;
        int nw = g->nw;
        int s = seq_match(t, i, n, w, nw);
        const sem_table *st = semantic_table(cat->sem, (int)k);
        if (!s && st)
            s = synonym_match(t, i, n, st->synonyms, st->nsyn);
        /* "ticket" names support_tickets: the head word of a longer name */
        if (!s && n == 1 && nw > 1 && !t->v[i].used && word_syn(t->v[i].stem, w[nw - 1]) == 2)
            s = 2;
        if (s > best) {
            best = s;
            m->kind = MK_TABLE;
            m->t = (int)k;
        }
    }
    return best;
}

static int match_columns(const catalog *cat, const ground_index *gx, const toks *t, size_t i, size_t n, mention *m)
{
    int best = 0;
    m->nalts = 0;
    for (size_t k = 0; k < cat->ntables; k++) {
        const cat_table *tab = &cat->tables[k];
        for (size_t c = 0; c < tab->ncols; c++) {
            if (ground_is_key(tab, (int)c))
                continue;
            char buf_w[NW][TOK_LEN];
            gname tmp;
            const gname *g = column_words(cat, gx, k, c, &tmp, buf_w);
            char (*w)[TOK_LEN] = g->w;
            int nw = g->nw;
            int s = seq_match(t, i, n, w, nw);
            const sem_table *st = s ? NULL : semantic_table(cat->sem, (int)k);
            for (size_t sc = 0; st && sc < st->ncols && !s; sc++)
                if (st->cols[sc].c == (int)c)
                    s = synonym_match(t, i, n, st->cols[sc].synonyms, st->cols[sc].nsyn);
            /* a one-word mention of a column's head word: "price" ->
             * unit_price, "signup" -> signup_date */
            if (!s && n == 1 && nw > 1 && !t->v[i].used) {
                for (int j = 0; j < nw; j++)
                    if (word_eq(t->v[i].stem, w[j]) && strlen(w[j]) > 2 &&
                        strcmp(w[j], "date") && strcmp(w[j], "at") && strcmp(w[j], "on") &&
                        strcmp(w[j], "count") && strcmp(w[j], "number") && strcmp(w[j], "total"))
                        s = 1;
            }
            if (!s)
                continue;
            if (s > best) {
                best = s;
                m->nalts = 0;
            }
            if (s == best && m->nalts < M_ALTS)
                m->alts[m->nalts++] = (qcol){(int)k, (int)c};
        }
    }
    if (best)
        m->kind = MK_COLUMN;
    return best;
}

/* Words that name a value in another form: demonyms and common codes. */
static const char *const value_alias[][2] = {
    {"american", "united states"}, {"us", "united states"}, {"usa", "united states"},
    {"british", "united kingdom"}, {"uk", "united kingdom"}, {"english", "united kingdom"},
    {"german", "germany"}, {"french", "france"}, {"japanese", "japan"},
    {"chinese", "china"}, {"indian", "india"}, {"italian", "italy"},
    {"spanish", "spain"}, {"portuguese", "portugal"}, {"brazilian", "brazil"},
    {"mexican", "mexico"}, {"canadian", "canada"}, {"australian", "australia"},
    {"dutch", "netherlands"}, {"swedish", "sweden"}, {"norwegian", "norway"},
    {"danish", "denmark"}, {"finnish", "finland"}, {"polish", "poland"},
    {"swiss", "switzerland"}, {"austrian", "austria"}, {"belgian", "belgium"},
    {"irish", "ireland"}, {"korean", "south korea"}, {"singaporean", "singapore"},
    {"argentinian", "argentina"}, {"argentine", "argentina"}, {"chilean", "chile"},
    {"colombian", "colombia"}, {"turkish", "turkey"}, {"greek", "greece"},
    {"russian", "russia"}, {"egyptian", "egypt"}, {"nigerian", "nigeria"},
    {"kenyan", "kenya"}, {"israeli", "israel"}, {"emirati", "united arab emirates"},
    {"thai", "thailand"}, {"vietnamese", "vietnam"}, {"indonesian", "indonesia"},
    {"filipino", "philippines"}, {"zealander", "new zealand"}, {"czech", "czech republic"},
    {"female", "f"}, {"male", "m"}, {"women", "f"}, {"men", "m"}, {"woman", "f"}, {"man", "m"},
    {"yes", "y"}, {"no", "n"},
};

static int alias_matches(const char *w, const char *v)
{
    for (size_t i = 0; i < sizeof value_alias / sizeof value_alias[0]; i++)
        if (strcmp(w, value_alias[i][0]) == 0 && str_ieq(v, value_alias[i][1]))
            return 1;
    return 0;
}

/* Derived forms of one word: "cancellation" ~ "cancelled", "cardiologists"
 * ~ "Cardiology": a long common prefix covering most of the shorter word. */
static int derived(const char *a, const char *b)
{
    size_t la = strlen(a), lb = strlen(b);
    size_t m = la < lb ? la : lb, cp = 0;
    while (a[cp] && a[cp] == b[cp])
        cp++;
    return m >= 5 && cp >= 5 && cp + 3 >= m && !isdigit((unsigned char)a[0]);
}

/* A sample value equal to tokens [i, i+n) (word by word, by stem):
 * 3 exact, 2 by stem or alias, 1 by typo or derived form, 0 no. */
static int value_matches(const char *v, const gval *gv, const toks *t, size_t i, size_t n)
{
    if (n == 1 && !t->v[i].used && alias_matches(t->v[i].w, v))
        return 2;
    toks *vtp = NULL;
    gval tmp;
    if (!gv) {
        vtp = malloc(sizeof *vtp);
        if (!vtp)
            return 0;
        tok_split(v, vtp);
        tmp.n = (int)vtp->n;
        tmp.w = malloc((vtp->n ? vtp->n : 1) * sizeof *tmp.w);
        tmp.stem = malloc((vtp->n ? vtp->n : 1) * sizeof *tmp.stem);
        for (size_t k = 0; tmp.w && tmp.stem && k < vtp->n; k++) {
            memcpy(tmp.w[k], vtp->v[k].w, TOK_LEN);
            memcpy(tmp.stem[k], vtp->v[k].stem, TOK_LEN);
        }
        free(vtp);
        if (!tmp.w || !tmp.stem) {
            free(tmp.w);
            free(tmp.stem);
            return 0;
        }
        int sc = value_matches(v, &tmp, t, i, n);
        free(tmp.w);
        free(tmp.stem);
        return sc;
    }
    if (gv->n != (int)n || i + n > t->n)
        return 0;
    int score = 3;
    for (size_t k = 0; k < n; k++) {
        const tok *q = &t->v[i + k];
        if (q->used)
            return 0;
        if (strcmp(q->w, gv->w[k]) == 0)
            continue;
        if (strcmp(q->stem, gv->stem[k]) == 0) {
            if (score > 2)
                score = 2;
            continue;
        }
        if (!q->isnum && (lex_similar(q->w, gv->w[k]) || derived(q->w, gv->w[k]))) {
            score = 1;
            continue;
        }
        return 0;
    }
    return score;
}

static int match_values(const catalog *cat, const ground_index *gx, const toks *t, size_t i, size_t n, mention *m)
{
    /* a lone stop word or number is never a value */
    if (n == 1 && (lex_is_stop(t->v[i].w) || t->v[i].isnum || strlen(t->v[i].w) < 2))
        return 0;
    if (lex_is_stop(t->v[i].w) && lex_is_stop(t->v[i + n - 1].w))
        return 0;
    int best = 0;
    m->nalts = 0;
    for (size_t k = 0; k < cat->ntables; k++) {
        const cat_table *tab = &cat->tables[k];
        for (size_t c = 0; c < tab->ncols; c++) {
            const cat_column *col = &tab->cols[c];
            if (col->kind != COL_TEXT)
                continue;
            int colbest = 0;
            const char *val = NULL;
            for (size_t s = 0; s < col->nsamples; s++) {
                int sc = value_matches(col->samples[s], gx ? &gx->vals[k][c][s] : NULL, t, i, n);
                if (sc > colbest) {
                    colbest = sc;
                    val = col->samples[s];
                    if (sc == 3)
                        break;
                }
            }
            if (!colbest)
                continue;
            if (colbest > best) {
                best = colbest;
                m->nalts = 0;
            }
            if (colbest == best && m->nalts < M_ALTS) {
                m->alts[m->nalts] = (qcol){(int)k, (int)c};
                m->val[m->nalts++] = val;
            }
        }
    }
    if (best)
        m->kind = MK_VALUE;
    return best;
}

/* "patient insurance", "ticket category": a table's word then one of its
 * columns. */
static int match_table_column(const catalog *cat, const ground_index *gx, const toks *t, size_t i, size_t n, mention *m)
{
    if (n < 2 || i + n > t->n || t->v[i].used)
        return 0;
    mention tm;
    memset(&tm, 0, sizeof tm);
    if (match_tables(cat, gx, t, i, 1, &tm) < 2)
        return 0;
    const cat_table *tab = &cat->tables[tm.t];
    int found = -1;
    for (size_t c = 0; c < tab->ncols; c++) {
        if (ground_is_key(tab, (int)c))
            continue;
        char buf_w[NW][TOK_LEN];
        gname tmp;
        const gname *g = column_words(cat, gx, (size_t)tm.t, c, &tmp, buf_w);
        if (seq_match(t, i + 1, n - 1, g->w, g->nw) == 3) {
            found = (int)c;
            break;
        }
    }
    if (found < 0)
        return 0;
    m->kind = MK_COLUMN;
    m->nalts = 1;
    m->alts[0] = (qcol){tm.t, found};
    return 3;
}

static void mark(toks *t, int i, int n)
{
    for (int k = i; k < i + n; k++)
        t->v[k].used = 1;
}

int ground_mentions(const catalog *cat, const ground_index *gx, toks *t, mention *out, int max)
{
    int count = 0;
    for (size_t i = 0; i < t->n && count < max; i++) {
        if (t->v[i].used || t->v[i].isnum)
            continue;
        mention found;
        int ok = 0;
        for (size_t n = 4; n >= 1 && !ok; n--) {
            if (i + n > t->n)
                continue;
            mention m;
            memset(&m, 0, sizeof m);
            /* names win over values of the same length, except multiword
             * values */
            if (match_measures(cat, t, i, n, &m))
                ok = 1;
            else if (n >= 2 && match_values(cat, gx, t, i, n, &m))
                ok = 1;
            else if (n >= 2 && match_table_column(cat, gx, t, i, n, &m))
                ok = 1;
            else if (match_tables(cat, gx, t, i, n, &m) >= 2 && !(n == 1 && lex_is_stop(t->v[i].w)))
                ok = 1;
            else if (!(n == 1 && lex_is_stop(t->v[i].w)) && match_columns(cat, gx, t, i, n, &m))
                ok = 1;
            else if (n == 1 && match_values(cat, gx, t, i, n, &m))
                ok = 1;
            if (ok) {
                m.start = (int)i;
                m.end = (int)(i + n);
                found = m;
            }
        }
        if (!ok && !lex_is_stop(t->v[i].w)) {
            lex_concept con = lex_concept_of(t->v[i].stem);
            if (con) {
                memset(&found, 0, sizeof found);
                found.kind = MK_CONCEPT;
                found.concept = con;
                found.start = (int)i;
                found.end = (int)i + 1;
                ok = 1;
            }
        }
        if (!ok)
            continue;
        mark(t, found.start, found.end - found.start);
        out[count++] = found;
        i = (size_t)found.end - 1;
    }
    return count;
}

int ground_multiword_values(const catalog *cat, const ground_index *gx, toks *t, mention *out, int max)
{
    int count = 0;
    for (size_t i = 0; i < t->n && count < max; i++) {
        if (t->v[i].used || t->v[i].isnum)
            continue;
        for (size_t n = 4; n >= 2; n--) {
            if (i + n > t->n)
                continue;
            mention m;
            memset(&m, 0, sizeof m);
            if (match_values(cat, gx, t, i, n, &m) >= 2) {
                m.start = (int)i;
                m.end = (int)(i + n);
                mark(t, m.start, (int)n);
                out[count++] = m;
                i += n - 1;
                break;
            }
        }
    }
    return count;
}

/* --- role-based choices --------------------------------------------- */

static int common_prefix(const char *a, const char *b)
{
    int n = 0;
    while (a[n] && a[n] == b[n])
        n++;
    return n;
}

/* Event verbs that name a date column by another word: "cancelled in
 * 2023" is the end date, "collected" the payment date. */
static const char *const verb_dates[][2] = {
    {"cancel", "end"}, {"churn", "end"}, {"terminat", "end"}, {"upgrad", "end"},
    {"downgrad", "end"}, {"expir", "end"}, {"quit", "end"}, {"stopp", "end"},
    {"left", "end"}, {"cancel", "cancel"}, {"churn", "churn"},
    {"collect", "paid"}, {"pay", "paid"}, {"settl", "paid"}, {"receiv", "paid"},
    {"fix", "resolv"}, {"solv", "resolv"}, {"clos", "resolv"}, {"answer", "resolv"},
    {"join", "signup"}, {"regist", "signup"}, {"sign", "signup"}, {"onboard", "signup"},
    {"join", "creat"}, {"regist", "creat"}, {"sign", "creat"}, {"open", "creat"},
    {"submit", "creat"}, {"file", "creat"}, {"rais", "creat"}, {"log", "creat"},
    {"hire", "hire"}, {"employ", "hire"}, {"ship", "ship"}, {"dispatch", "ship"},
    {"deliver", "deliver"}, {"arriv", "deliver"}, {"book", "schedul"},
    {"bill", "issu"}, {"invoic", "issu"}, {"sent", "issu"},
};

static int verb_names(const char *qw, const char *nw)
{
    for (size_t i = 0; i < sizeof verb_dates / sizeof verb_dates[0]; i++)
        if (strncmp(qw, verb_dates[i][0], strlen(verb_dates[i][0])) == 0 &&
            strncmp(nw, verb_dates[i][1], strlen(verb_dates[i][1])) == 0)
            return 1;
    return 0;
}

int ground_date_col(const catalog *cat, int ti, const toks *q)
{
    int sc;
    return ground_date_col_score(cat, ti, q, &sc);
}

int ground_date_col_score(const catalog *cat, int ti, const toks *q, int *score)
{
    const cat_table *t = &cat->tables[ti];
    int best = -1, bests = -1000;
    for (size_t c = 0; c < t->ncols; c++) {
        const cat_column *col = &t->cols[c];
        if (col->kind != COL_DATE && col->kind != COL_DATETIME)
            continue;
        char w[NW][TOK_LEN];
        int nw = name_words(col->name, w);
        int s = 0;
        for (int j = 0; j < nw; j++) {
            if (!strcmp(w[j], "at") || !strcmp(w[j], "on") || !strcmp(w[j], "date") ||
                !strcmp(w[j], "time") || lex_is_stop(w[j]))
                continue;
            for (size_t k = 0; q && k < q->n; k++) {
                const char *qw = q->v[k].w;
                int cp = common_prefix(qw, w[j]);
                if (strcmp(q->v[k].stem, w[j]) == 0 || cp >= 4 ||
                    (cp >= 3 && cp == (int)strlen(w[j])))
                    s += 10;
                else if (verb_names(qw, w[j]))
                    s += 8;
            }
            static const char *const good[] = {"created", "creation", "order", "placed",
                                               "start", "started", "signup", "issued",
                                               "scheduled", "transaction", "sale", "event",
                                               "occurred", "booked", "purchase", NULL};
            static const char *const bad[] = {"updated", "modified", "deleted", "ended",
                                              "end", "birth", "expire", "expires",
                                              "expiry", "due", "last", "resolved",
                                              "closed", "cancelled", "paid", NULL};
            for (size_t g = 0; good[g]; g++)
                if (!strcmp(w[j], good[g]))
                    s += 3;
            for (size_t g = 0; bad[g]; g++)
                if (!strcmp(w[j], bad[g]))
                    s -= 3;
            if (!strcmp(w[j], "birth") || !strcmp(w[j], "dob"))
                s -= 6;
        }
        if (nw == 1 && !strcmp(w[0], "date"))
            s += 2;
        const sem_table *st = semantic_table(cat->sem, ti);
        if (st && st->time_c == (int)c)
            s += 6;     /* the semantic file's default; words naming another column still win */
        if (col->notnull)
            s += 1;
        if (s > bests) {
            bests = s;
            best = (int)c;
        }
    }
    *score = bests;
    return best;
}

int ground_nearest(const catalog *cat, const qcol *alts, int n, int near)
{
    int best = -1, bestd = 1 << 30;
    for (int i = 0; i < n; i++) {
        int d = near < 0 ? 0 : joins_distance(cat, near, alts[i].t);
        if (d < 0)
            d = 1000;
        if (d < bestd) {
            bestd = d;
            best = i;
        }
    }
    return best;
}

static int name_has(const char *name, const char *word)
{
    char w[NW][TOK_LEN];
    char s[TOK_LEN];
    lex_stem(word, s, sizeof s);
    int nw = name_words(name, w);
    for (int j = 0; j < nw; j++)
        if (strcmp(w[j], s) == 0)
            return 1;
    return str_ieq(name, word);
}

static int find_named(const catalog *cat, int ti, const char *word)
{
    const cat_table *t = &cat->tables[ti];
    for (size_t c = 0; c < t->ncols; c++)
        if (ground_is_numeric(&t->cols[c]) && !ground_is_key(t, (int)c) &&
            name_has(t->cols[c].name, word))
            return (int)c;
    return -1;
}

int ground_concept(const catalog *cat, lex_concept con, int near, qcol *m1, qcol *m2)
{
    m2->t = m2->c = -1;
    m1->t = m1->c = -1;
    int bestd = 1 << 30;
    if (con == CON_REVENUE) {
        /* quantity x price in one table */
        for (size_t ti = 0; ti < cat->ntables; ti++) {
            int q = find_named(cat, (int)ti, "quantity");
            if (q < 0)
                q = find_named(cat, (int)ti, "qty");
            int p = find_named(cat, (int)ti, "price");
            if (q < 0 || p < 0)
                continue;
            int d = near < 0 ? 0 : joins_distance(cat, near, (int)ti);
            if (d < 0)
                d = 100;
            if (d < bestd) {
                bestd = d;
                *m1 = (qcol){(int)ti, q};
                *m2 = (qcol){(int)ti, p};
            }
        }
        if (m1->c >= 0)
            return 0;
    }
    const char *const *names = lex_concept_names(con);
    if (!names)
        return -1;
    int bestr = 1 << 30;
    for (size_t ti = 0; ti < cat->ntables; ti++) {
        for (int r = 0; names[r]; r++) {
            int c = find_named(cat, (int)ti, names[r]);
            if (c < 0)
                continue;
            int d = near < 0 ? 0 : joins_distance(cat, near, (int)ti);
            if (d < 0)
                d = 100;
            int score = d * 100 + r;
            if (score < bestr) {
                bestr = score;
                *m1 = (qcol){(int)ti, c};
            }
            break;
        }
    }
    return m1->c >= 0 ? 0 : -1;
}
