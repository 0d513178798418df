/* ground.c: words to catalog objects. Names are split on '_' and camelCase
 * and compared by singular stems, synonyms and small typos; sample values
 * are compared as word sequences; measures, labels and date columns are
 * chosen by name and kind. */
#include "ground.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include "joins.h"
#include "semantic.h"
#include "util.h"
#include "vindex.h"

#define NW GROUND_NW
#define LONG_NAME 32         /* the words of a name catalog_word looks at */

int ground_split_name(const char *name, char (*out)[TOK_LEN], int max)
{
    int n = 0;
    char cur[TOK_LEN];
    size_t k = 0;
    for (const char *p = name;; p++) {
        int boundary = !*p || !isalnum((unsigned char)*p) ||
                       (k > 0 && isupper((unsigned char)*p) && islower((unsigned char)p[-1]));
        if (boundary && k > 0) {
            cur[k] = '\0';
            const char *full = lex_abbreviation(cur);   /* "amt": amount */
            if (n < max)
                lex_stem(full ? full : cur, out[n++], TOK_LEN);
            k = 0;
        }
        if (!*p)
            break;
        if (isalnum((unsigned char)*p) && k < TOK_LEN - 1)
            cur[k++] = (char)tolower((unsigned char)*p);
    }
    return n;
}

/* Split a name into up to NW stemmed lowercase words. */
static int name_words(const char *name, char w[NW][TOK_LEN])
{
    return ground_split_name(name, w, NW);
}

/* --- the index: every name's words and every sample's tokens, split
 * and stemmed once when the engine is built -------------------------- */

typedef struct gname {
    char (*w)[TOK_LEN];
    int nw;
} gname;

/* A sample value's words, for value_matches. */
typedef struct gval {
    const char *w[VX_WORDS];
    const char *stem[VX_WORDS];
    int n;               /* -1: more words than a question's n-gram */
} gval;

/* One word of a table's or a column's name. */
typedef struct gocc {
    uint32_t k, c;       /* the table, the column (VX_NONE: the table's own name) */
    uint8_t j, nw;       /* the word's place in the name, the name's count of words */
    uint32_t next;       /* the next name with the same word */
} gocc;

struct ground_index {
    size_t ntables;
    gname *tables;
    gname **cols;        /* [table][column] */
    char (*words)[TOK_LEN]; /* the names' words (gname.w point here) */
    size_t nwords, cwords;
    vindex *vx;          /* the sample values of text columns */
    wordset *names;      /* the words of the names */
    uint32_t (*heads)[2]; /* per name word: its first gocc in a table's name, in a column's */
    size_t cheads;
    gocc *occ;
    size_t nocc, cocc;
    uint32_t *colbase;   /* [table]: the number of the table's first column among all */
    struct gnull *nulls; /* the NULL states the columns' comments name */
    size_t nnulls;
    unsigned currencies; /* bit i: the comments name currency i (currency_words) */
    int long_names;      /* some name has more than NW words (names holds NW of them) */
    qcol *roles;         /* the foreign keys named for a role (joins_is_role), in catalog order */
    joins_graph *joins;  /* the foreign-key graph the join searches walk */
    wordset *phrases;    /* the semantic file's measure names and synonyms (index_phrases) */
    struct gphrase *phr; /* [phrase id]: its words */
    size_t cphr;
    char (*pwords)[TOK_LEN];
    size_t npwords, cpwords;
    size_t nroles;
};

/* Currencies a comment may name ("EUR", "USD per year") and the words a
 * question says them with ("400 euros"). */
static const char *const currency_words[][4] = {
    {"usd", "dollar", "dollars", NULL},
    {"eur", "euro", "euros", NULL},
    {"gbp", "pound", "pounds", NULL},
    {"chf", "franc", "francs", NULL},
    {"jpy", "yen", NULL, NULL},
};
#define NCURRENCIES (sizeof currency_words / sizeof *currency_words)

/* Which currency word w names, or -1. */
static int currency_of(const char *w)
{
    for (size_t c = 0; c < NCURRENCIES; c++)
        for (size_t j = 0; j < 4 && currency_words[c][j]; j++)
            if (strcmp(w, currency_words[c][j]) == 0)
                return (int)c;
    return -1;
}

/* A NULL state a column's comment names ("NULL = undeclared", "NULL if not
 * a loyalty member", "NULL unless graduated"): its content words, stemmed,
 * and the test they mean when the question says them. */
typedef struct gnull {
    uint32_t k, c;
    char w[NW][TOK_LEN];
    int nw;
    int op;              /* OP_NULL or OP_NOTNULL; OP_EQ: the column equals code */
    int code;            /* with OP_EQ: "0 = no-show" */
} gnull;

/* A phrase's words: pwords[off] .. pwords[off + nw - 1]. */
typedef struct gphrase {
    size_t off;
    int nw;
} gphrase;

/* While building: each distinct name (byte for byte) split once. */
typedef struct gdist {
    size_t off;          /* its first word in gx->words */
    int nw;
    uint32_t ids[NW];    /* its words in gx->names */
} gdist;

typedef struct gbuild {
    wordset *full;       /* the distinct names */
    gdist *d;
    size_t cd;
    uint32_t *which;     /* [every name, in order]: its distinct name */
    size_t nwhich;
} gbuild;

/* Split and index a name: table k's (c == VX_NONE) or its column c's. */
static int index_name(ground_index *gx, gbuild *b, const char *name, uint32_t k, uint32_t c)
{
    uint32_t id = wordset_add(b->full, name, NULL);
    if (id == VX_NONE || vx_grow((void **)&b->d, &b->cd, (size_t)id + 1, sizeof *b->d) < 0)
        return -1;
    gdist *d = &b->d[id];
    if (id + 1 == wordset_count(b->full)) {     /* new */
        char w[NW][TOK_LEN];
        d->nw = name_words(name, w);
        if (d->nw == NW) {
            char all[LONG_NAME][TOK_LEN];
            gx->long_names |= ground_split_name(name, all, LONG_NAME) > NW;
        }
        d->off = gx->nwords;
        if (vx_grow((void **)&gx->words, &gx->cwords, gx->nwords + (size_t)d->nw + 1, sizeof *gx->words) < 0)
            return -1;
        memcpy(gx->words + gx->nwords, w, (size_t)d->nw * sizeof *w);
        gx->nwords += (size_t)d->nw;
        for (int j = 0; j < d->nw; j++) {
            uint32_t wid = wordset_add(gx->names, w[j], NULL);
            if (wid == VX_NONE)
                return -1;
            if (wid >= gx->cheads) {
                size_t old = gx->cheads;
                if (vx_grow((void **)&gx->heads, &gx->cheads, (size_t)wid + 1, sizeof *gx->heads) < 0)
                    return -1;
                memset(gx->heads + old, 0xff, (gx->cheads - old) * sizeof *gx->heads);
            }
            d->ids[j] = wid;
        }
    }
    b->which[b->nwhich++] = id;
    if (vx_grow((void **)&gx->occ, &gx->cocc, gx->nocc + (size_t)d->nw, sizeof *gx->occ) < 0)
        return -1;
    for (int j = 0; j < d->nw; j++) {
        uint32_t *head = &gx->heads[d->ids[j]][c != VX_NONE];
        gx->occ[gx->nocc] = (gocc){k, c, (uint8_t)j, (uint8_t)d->nw, *head};
        *head = (uint32_t)gx->nocc++;
    }
    return 0;
}

/* Words that negate a state: "NULL if not a member", "never logged in". */
static int negator(const char *w)
{
    return lex_is_negation(w) || !strcmp(w, "none") || !strcmp(w, "nothing") || !strcmp(w, "non");
}

/* Is word w (a stem) one of the words of the name? */
static int in_name(const char *name, const char *w)
{
    char nw[NW][TOK_LEN];
    int n = name_words(name, nw);
    for (int j = 0; j < n; j++)
        if (strcmp(nw[j], w) == 0)
            return 1;
    return 0;
}

/* Read the NULL state a comment names into g: the words after "NULL =",
 * "NULL if", "NULL when", "NULL while", "NULL for" (the NULL state) or "NULL unless",
 * "NULL until" (the other), up to the clause's end; a negation in them
 * turns the state around, the table's own name is dropped. Returns 1 when
 * the comment names one whose words are not all one column's name (that
 * column's own name then says it), else 0. */
static int comment_null_state(const cat_table *tab, const cat_column *col, gnull *g)
{
    const char *p = strstr(col->comment, "NULL");
    if (!p)
        return 0;
    p += 4;
    while (*p == ' ')
        p++;
    int op = *p == '=' || *p == ':' ? OP_NULL : 0;
    char *clause = xstrndup(p, strcspn(p, ";,.()"));
    toks *t = malloc(sizeof *t);
    if (!clause || !t) {
        free(clause);
        free(t);
        return 0;
    }
    tok_split(clause, t);
    free(clause);
    size_t i = 0;
    if (!op && t->n > 0) {
        const char *cw = t->v[0].w;
        i = 1;
        if (!strcmp(cw, "if") || !strcmp(cw, "when") || !strcmp(cw, "while") || !strcmp(cw, "means") ||
            !strcmp(cw, "for"))   /* "NULL for the CEO": the rows that are the CEO */
            op = OP_NULL;
        else if (!strcmp(cw, "unless") || !strcmp(cw, "until"))
            op = OP_NOTNULL;
    }
    g->nw = 0;
    int all_named = 1;
    for (; op && i < t->n && g->nw < NW; i++) {
        const char *w = t->v[i].w;
        if (negator(w))
            op = op == OP_NULL ? OP_NOTNULL : OP_NULL;
        else if (!lex_is_stop(w) && !t->v[i].isnum && !in_name(tab->name, t->v[i].stem)) {
            snprintf(g->w[g->nw++], TOK_LEN, "%s", t->v[i].stem);
            all_named &= in_name(col->name, t->v[i].stem);
        }
    }
    free(t);
    g->op = op;
    for (size_t c = 0; op && g->nw > 0 && c < tab->ncols && !all_named; c++) {
        int named = 1;   /* "NULL until submitted" beside submitted_on: that column's state */
        for (int j = 0; j < g->nw && named; j++)
            named = in_name(tab->cols[c].name, g->w[j]);
        all_named = named;
    }
    return op && g->nw > 0 && !all_named;
}

/* A one-digit code said at p in comment cm ("1 = attended", "0: closed";
 * with words set, also "1 if ...", "1 means ...", "0 when ..."): the text
 * after its "=" or ":", or at its word; NULL when p says none. */
static const char *code_said(const char *cm, const char *p, int words)
{
    if (*p < '0' || *p > '9' || (p > cm && isalnum((unsigned char)p[-1])) || isalnum((unsigned char)p[1]))
        return NULL;
    const char *q = p + 1;
    while (*q == ' ')
        q++;
    if (*q == '=' || *q == ':')
        return q + 1;
    if (words && (!strncasecmp(q, "if ", 3) || !strncasecmp(q, "means", 5) || !strncasecmp(q, "when", 4)))
        return q;
    return NULL;
}

/* "1 = attended, 0 = no-show": the states a column's comment names by a
 * code of one digit; adds each (its words, OP_EQ, the code) to gx. */
static int comment_code_states(ground_index *gx, size_t *cap, const cat_table *tab, size_t k, size_t c)
{
    const char *cm = tab->cols[c].comment;
    toks *t = malloc(sizeof *t);
    if (!t)
        return -1;
    for (const char *p = cm; *p; p++) {
        const char *q = code_said(cm, p, 0);
        if (!q)
            continue;
        char *clause = xstrndup(q, strcspn(q, ";,.()="));
        if (!clause)
            break;
        tok_split(clause, t);
        free(clause);
        gnull g = {.k = (uint32_t)k, .c = (uint32_t)c, .op = OP_EQ, .code = *p - '0'};
        for (size_t i = 0; i < t->n && g.nw < NW; i++)
            if ((!lex_is_stop(t->v[i].w) || negator(t->v[i].w)) && !t->v[i].isnum &&
                !in_name(tab->name, t->v[i].stem))
                snprintf(g.w[g.nw++], TOK_LEN, "%s", t->v[i].stem);
        if (g.nw == 0)
            continue;
        if (vx_grow((void **)&gx->nulls, cap, gx->nnulls + 1, sizeof *gx->nulls) < 0) {
            free(t);
            return -1;
        }
        gx->nulls[gx->nnulls++] = g;
    }
    free(t);
    return 0;
}

/* Every column's comment-named NULL state, read once. */
static int index_null_states(ground_index *gx, const catalog *cat)
{
    size_t cap = 0;
    for (size_t k = 0; k < cat->ntables; k++)
        for (size_t c = 0; c < cat->tables[k].ncols; c++) {
            const cat_column *col = &cat->tables[k].cols[c];
            gnull g;
            if (col->comment && (col->kind == COL_INT || col->kind == COL_BOOL || col->kind == COL_OTHER) &&
                comment_code_states(gx, &cap, &cat->tables[k], k, c) < 0)
                return -1;
            if (!col->comment || !strstr(col->comment, "NULL") ||
                !comment_null_state(&cat->tables[k], col, &g))
                continue;
            if (vx_grow((void **)&gx->nulls, &cap, gx->nnulls + 1, sizeof *gx->nulls) < 0)
                return -1;
            g.k = (uint32_t)k;
            g.c = (uint32_t)c;
            gx->nulls[gx->nnulls++] = g;
        }
    return 0;
}

/* The currencies the columns' comments name ("EUR", "USD per year"). */
static void index_currencies(ground_index *gx, const catalog *cat)
{
    toks *t = malloc(sizeof *t);
    for (size_t k = 0; t && k < cat->ntables; k++)
        for (size_t c = 0; c < cat->tables[k].ncols; c++) {
            const cat_column *col = &cat->tables[k].cols[c];
            if (!col->comment)
                continue;
            tok_split(col->comment, t);
            for (size_t i = 0; i < t->n; i++)
                if (currency_of(t->v[i].w) >= 0)
                    gx->currencies |= 1u << currency_of(t->v[i].w);
        }
    free(t);
}

/* The foreign keys named for a role, listed once: a question's words are
 * compared with their roles, not with every column of the catalog. */
static int index_role_keys(ground_index *gx, const catalog *cat)
{
    size_t cap = 0;
    for (size_t k = 0; k < cat->ntables; k++)
        for (size_t c = 0; c < cat->tables[k].ncols; c++) {
            if (!joins_is_role(cat, (int)k, (int)c))
                continue;
            if (vx_grow((void **)&gx->roles, &cap, gx->nroles + 1, sizeof *gx->roles) < 0)
                return -1;
            gx->roles[gx->nroles++] = (qcol){(int)k, (int)c};
        }
    return 0;
}

/* Split phrase p once (a measure's name or a synonym of the semantic file). */
static int index_phrase(ground_index *gx, const char *p)
{
    uint32_t id = wordset_add(gx->phrases, p, NULL);
    if (id == VX_NONE || vx_grow((void **)&gx->phr, &gx->cphr, (size_t)id + 1, sizeof *gx->phr) < 0)
        return -1;
    if (id + 1 < wordset_count(gx->phrases))
        return 0;   /* split before */
    char w[NW][TOK_LEN];
    int nw = name_words(p, w);
    if (vx_grow((void **)&gx->pwords, &gx->cpwords, gx->npwords + (size_t)nw + 1, sizeof *gx->pwords) < 0)
        return -1;
    memcpy(gx->pwords + gx->npwords, w, (size_t)nw * sizeof *w);
    gx->phr[id] = (gphrase){gx->npwords, nw};
    gx->npwords += (size_t)nw;
    return 0;
}

/* The semantic file's measure names and synonyms, split once: a question
 * is compared with each of them at every span of its words. */
static int index_phrases(ground_index *gx, const catalog *cat)
{
    const semantic *sem = cat->sem;
    if (!sem)
        return 0;
    if (!(gx->phrases = wordset_new(0, 64)))
        return -1;
    int rc = 0;
    for (size_t k = 0; k < sem->nmeasures && rc == 0; k++) {
        rc = index_phrase(gx, sem->measures[k].name);
        for (size_t j = 0; j < sem->measures[k].nsyn && rc == 0; j++)
            rc = index_phrase(gx, sem->measures[k].synonyms[j]);
    }
    for (size_t e = 0; e < sem->ntables && rc == 0; e++) {
        const sem_table *st = &sem->tables[e];
        for (size_t j = 0; j < st->nsyn && rc == 0; j++)
            rc = index_phrase(gx, st->synonyms[j]);
        for (size_t c = 0; c < st->ncols; c++)
            for (size_t j = 0; j < st->cols[c].nsyn && rc == 0; j++)
                rc = index_phrase(gx, st->cols[c].synonyms[j]);
    }
    return rc;
}

/* A phrase's words: the index's when it split it, else split now into nbuf. */
static int phrase_words(const ground_index *gx, const char *p, char (*nbuf)[TOK_LEN],
                        char (**w)[TOK_LEN])
{
    uint32_t id = gx && gx->phrases ? wordset_find(gx->phrases, p) : VX_NONE;
    if (id == VX_NONE) {
        *w = nbuf;
        return name_words(p, nbuf);
    }
    *w = gx->pwords + gx->phr[id].off;
    return gx->phr[id].nw;
}

const joins_graph *ground_joins(const ground_index *gx)
{
    return gx ? gx->joins : NULL;
}

int ground_role_next(const catalog *cat, const ground_index *gx, role_iter *it)
{
    if (gx) {
        if (it->i >= gx->nroles)
            return 0;
        it->at = gx->roles[it->i++];
        return 1;
    }
    for (;;) {   /* no index: every column, in order */
        if (it->at.t < 0)
            it->at = (qcol){0, -1};
        if ((size_t)it->at.t >= cat->ntables)
            return 0;
        if ((size_t)++it->at.c >= cat->tables[it->at.t].ncols) {
            it->at.t++;
            it->at.c = -1;
            continue;
        }
        if (joins_is_role(cat, it->at.t, it->at.c))
            return 1;
    }
}

ground_index *ground_index_new(const catalog *cat)
{
    ground_index *gx = calloc(1, sizeof *gx);
    gbuild b = {0};
    size_t names = cat->ntables;
    for (size_t k = 0; k < cat->ntables; k++)
        names += cat->tables[k].ncols;
    if (!gx || names >= VX_NONE / 2)
        goto fail;
    gx->ntables = cat->ntables;
    gx->tables = calloc(cat->ntables + 1, sizeof *gx->tables);
    gx->cols = calloc(cat->ntables + 1, sizeof *gx->cols);
    gx->colbase = calloc(cat->ntables + 1, sizeof *gx->colbase);
    b.which = malloc((names + 1) * sizeof *b.which);
    if (!gx->tables || !gx->cols || !gx->colbase || !b.which ||
        !(gx->names = wordset_new(WS_TYPOS, cat->ntables * 4)) ||
        !(b.full = wordset_new(0, names / 4)))
        goto fail;
    for (size_t k = 0; k < cat->ntables; k++) {
        const cat_table *tab = &cat->tables[k];
        if (!(gx->cols[k] = calloc(tab->ncols + 1, sizeof **gx->cols)) ||
            index_name(gx, &b, tab->name, (uint32_t)k, VX_NONE) < 0)
            goto fail;
        gx->colbase[k + 1] = gx->colbase[k] + (uint32_t)tab->ncols;
        for (size_t c = 0; c < tab->ncols; c++)
            if (index_name(gx, &b, tab->cols[c].name, (uint32_t)k, (uint32_t)c) < 0)
                goto fail;
    }
    /* every name's words, now that they have stopped moving */
    for (size_t k = 0, i = 0; k < cat->ntables; k++) {
        gx->tables[k].w = gx->words + b.d[b.which[i]].off;
        gx->tables[k].nw = b.d[b.which[i++]].nw;
        for (size_t c = 0; c < cat->tables[k].ncols; c++) {
            gx->cols[k][c].w = gx->words + b.d[b.which[i]].off;
            gx->cols[k][c].nw = b.d[b.which[i++]].nw;
        }
    }
    if (!(gx->vx = vindex_new(cat)) || index_null_states(gx, cat) < 0 ||
        index_role_keys(gx, cat) < 0 || !(gx->joins = joins_graph_new(cat)) ||
        index_phrases(gx, cat) < 0)
        goto fail;
    index_currencies(gx, cat);
    wordset_free(b.full);
    free(b.d);
    free(b.which);
    return gx;
fail:
    wordset_free(b.full);
    free(b.d);
    free(b.which);
    ground_index_free(gx, cat);
    return NULL;
}

void ground_index_free(ground_index *gx, const catalog *cat)
{
    if (!gx)
        return;
    for (size_t k = 0; k < gx->ntables && gx->cols && k < cat->ntables; k++)
        free(gx->cols[k]);
    free(gx->tables);
    free(gx->cols);
    free(gx->words);
    vindex_free(gx->vx);
    wordset_free(gx->names);
    free(gx->heads);
    free(gx->occ);
    free(gx->colbase);
    free(gx->nulls);
    free(gx->roles);
    joins_graph_free(gx->joins);
    wordset_free(gx->phrases);
    free(gx->phr);
    free(gx->pwords);
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

int ground_name_words(const catalog *cat, const ground_index *gx, int t, int c,
                      char (*nbuf)[TOK_LEN], char (**w)[TOK_LEN])
{
    gname tmp;
    const gname *g = c < 0 ? table_words(cat, gx, (size_t)t, &tmp, nbuf)
                           : column_words(cat, gx, (size_t)t, (size_t)c, &tmp, nbuf);
    *w = g->w;
    return g->nw;
}

int ground_names_word(const catalog *cat, const ground_index *gx, const char *s)
{
    if (gx && !gx->long_names)
        return wordset_find(gx->names, s) != VX_NONE;
    char words[LONG_NAME][TOK_LEN];
    for (size_t t = 0; t < cat->ntables; t++)
        for (int c = -1; c < (int)cat->tables[t].ncols; c++) {
            const char *name = c < 0 ? cat->tables[t].name : cat->tables[t].cols[c].name;
            int n = ground_split_name(name, words, LONG_NAME);
            for (int i = 0; i < n; i++)
                if (!strcmp(words[i], s))
                    return 1;
        }
    return 0;
}

static int word_eq(const char *a, const char *b)
{
    /* "txn" in a question names txns, written out as "transaction" */
    const char *full = lex_abbreviation(a);
    char st[TOK_LEN];
    if (full && (lex_stem(full, st, sizeof st), lex_similar(st, b)))
        return 1;
    return lex_similar(a, b);
}

/* "drops" ~ 'dropped' and dropped_at, "reply" ~ replied_on: a noun for
 * the state or event a word of a name or value says. A verb in the past
 * ("opened", "repaired") is read as an event (the date columns), not as
 * the state 'open' or the table repairs. */
static int noun_of_state(const char *q, const char *v)
{
    size_t n = strlen(q);
    if (n > 2 && (strcmp(q + n - 2, "ed") == 0 || (n > 3 && strcmp(q + n - 3, "ing") == 0)))
        return 0;
    return lex_same_root(q, v);
}

static int word_syn(const char *q, const char *name)
{
    if (word_eq(q, name))
        return 2;
    const char *const *s = lex_synonyms(q);
    for (; s && *s; s++)
        if (strcmp(*s, name) == 0)
            return 1;
    for (s = lex_synonyms_oneway(q); s && *s; s++)
        if (strcmp(*s, name) == 0)
            return 1;
    return noun_of_state(q, name);
}

/* Add to near the words of ws that are other inflections of word w. */
static void near_root_forms(const wordset *ws, const char *w, vx_ids *near)
{
    char forms[12][48];
    size_t nf = lex_root_forms(w, forms, 12);
    for (size_t f = 0; f < nf; f++) {
        uint32_t id = wordset_find(ws, forms[f]);
        if (id != VX_NONE)
            vx_ids_push(near, id);
    }
}

/* Tokens [i, i+n) match the whole word list w (score 3 exact, 2 synonym),
 * or 0. */
static int seq_match(const toks *t, size_t i, size_t n, char w[NW][TOK_LEN], int nw)
{
    if (n == 2 && nw == 1 && i + 2 <= t->n && !t->v[i].used && !t->v[i + 1].used) {
        /* "pay out" names payout, "check in" checkin: one word written as two */
        char joined[2 * TOK_LEN];
        snprintf(joined, sizeof joined, "%s%s", t->v[i].w, t->v[i + 1].stem);
        return strlen(joined) >= 5 && strcmp(joined, w[0]) == 0 ? 3 : 0;
    }
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

/* Does a column's comment say it holds 1 for yes and 0 for no ("1 =
 * attended, 0 = no-show", "1 if pets are allowed, 0 if not", "1 if
 * referred, else 0", "yes/no")? */
static int comment_yes_no(const char *cm)
{
    if (!cm)
        return 0;
    int one = 0, zero = 0;
    for (const char *p = cm; *p; p++)
        if ((*p == '0' || *p == '1') && code_said(cm, p, 1)) {
            one |= *p == '1';
            zero |= *p == '0';
        }
    /* "1 if referred ..., else 0" */
    zero |= str_find_ci(cm, "else 0") || str_find_ci(cm, "otherwise 0") || str_find_ci(cm, "0 otherwise");
    return (one && zero) || str_find_ci(cm, "yes/no") || str_find_ci(cm, "true/false");
}

int ground_is_flag(const cat_column *c)
{
    const char *n = c->name;
    return c->kind == COL_BOOL ||
           ((c->kind == COL_INT || c->kind == COL_OTHER) &&
            (!strncasecmp(n, "is_", 3) || !strncasecmp(n, "has_", 4) ||
             (!strncmp(n, "is", 2) && isupper((unsigned char)n[2])) ||
             (!strncmp(n, "has", 3) && isupper((unsigned char)n[3])) || comment_yes_no(c->comment)));
}

/* A key whose values are words a person says ("priority" holding 'high'
 * and naming slaPolicies): a text key not named as an id. */
static int natural_key(const cat_column *col)
{
    size_t n = strlen(col->name);
    return col->kind == COL_TEXT && col->nsamples > 0 && !str_ieq(col->name, "id") &&
           !(n > 3 && (strcmp(col->name + n - 3, "_id") == 0 || strcmp(col->name + n - 2, "Id") == 0));
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

int ground_person_name(const cat_table *t, int *last)
{
    static const char *const first[] = {"first_name", "firstname", "given_name", "givenname",
                                        "forename", NULL};
    static const char *const lasts[] = {"last_name", "lastname", "surname", "family_name",
                                        "familyname", NULL};
    for (int k = 0; first[k]; k++)
        for (size_t c = 0; c < t->ncols; c++) {
            if (strcasecmp(t->cols[c].name, first[k]))
                continue;
            for (int j = 0; lasts[j]; j++)
                for (size_t l = 0; l < t->ncols; l++)
                    if (!strcasecmp(t->cols[l].name, lasts[j])) {
                        *last = (int)l;
                        return (int)c;
                    }
        }
    return -1;
}

int ground_label(const cat_table *t)
{
    /* a person's full name before a title (a job title beside it) */
    static const char *const pref[] = {"name", "full_name", "fullName", "display_name", "title",
                                       "label", "username", NULL};
    int last, fn = ground_person_name(t, &last);
    for (size_t p = 0; pref[p]; p++) {
        if (p == 4 && fn >= 0)
            return fn;   /* first and last name, not a job title */
        for (size_t c = 0; c < t->ncols; c++)
            if (str_ieq(t->cols[c].name, pref[p]))
                return (int)c;
    }
    for (size_t c = 0; c < t->ncols; c++) {   /* first_name before email: a person's name */
        size_t n = strlen(t->cols[c].name);
        if (n > 5 && strcmp(t->cols[c].name + n - 5, "_name") == 0)
            return (int)c;
    }
    for (size_t c = 0; c < t->ncols; c++)
        if (str_ieq(t->cols[c].name, "email"))
            return (int)c;
    for (size_t c = 0; c < t->ncols; c++)
        if (t->cols[c].kind == COL_TEXT && !ground_is_key(t, (int)c))
            return (int)c;
    return catalog_primary_key(t);
}

/* --- mentions ------------------------------------------------------- */

/* Tokens [i, i+n) say one of the semantic file's synonyms: 3, or 0. */
static int synonym_match(const ground_index *gx, const toks *t, size_t i, size_t n,
                         char *const *syn, size_t nsyn)
{
    for (size_t k = 0; k < nsyn; k++) {
        char nbuf[NW][TOK_LEN], (*w)[TOK_LEN];
        int nw = phrase_words(gx, syn[k], nbuf, &w);
        if (nw && seq_match(t, i, n, w, nw) == 3)
            return 3;
    }
    return 0;
}

/* A measure of the semantic file by its name or a synonym. */
static int match_measures(const catalog *cat, const ground_index *gx, const toks *t, size_t i,
                          size_t n, mention *m)
{
    const semantic *sem = cat->sem;
    for (size_t k = 0; sem && k < sem->nmeasures; k++) {
        const sem_measure *me = &sem->measures[k];
        char nbuf[NW][TOK_LEN], (*w)[TOK_LEN];
        int nw = phrase_words(gx, me->name, nbuf, &w);
        if (me->t < 0)
            continue;
        if ((nw && seq_match(t, i, n, w, nw) == 3) ||
            synonym_match(gx, t, i, n, me->synonyms, me->nsyn)) {
            m->kind = MK_CONCEPT;
            m->concept = CON_REVENUE;
            m->measure = (int)k + 1;
            return 3;
        }
    }
    return 0;
}

/* Tables (columns: their numbers among all, gx->colbase) whose names may
 * match tokens [i, i+n) as table_score (column_score) scores them: names
 * of n words whose first word may be token i's (the same word, a typo, a
 * synonym), longer names with such a word where a head word counts, and
 * the semantic file's tables and columns. Sorted, each once; -1 when out
 * of memory. */
static int name_candidates(const catalog *cat, const ground_index *gx, const toks *t, size_t i,
                           size_t n, int columns, vx_ids *out)
{
    if (i < t->n) {
        const char *q = t->v[i].stem;
        vx_ids near = {0};
        wordset_near(gx->names, q, NULL, 1, &near);
        near_root_forms(gx->names, q, &near);
        char ev[24][48];   /* "cancellation": cancelDate's "cancel" (one word, a column's) */
        size_t ne = n == 1 && columns ? lex_event_noun_verbs(q, ev, 24) : 0;
        for (size_t e = 0; e < ne; e++) {
            uint32_t id = wordset_find(gx->names, ev[e]);
            if (id != VX_NONE)
                vx_ids_push(&near, id);
        }
        for (int way = 0; way < 2; way++)
            for (const char *const *syn = way ? lex_synonyms_oneway(q) : lex_synonyms(q); syn && *syn; syn++) {
                uint32_t id = wordset_find(gx->names, *syn);
                if (id != VX_NONE)
                    vx_ids_push(&near, id);
            }
        const char *full = lex_abbreviation(q);   /* "txn": names written out, "transaction" */
        if (full) {
            char st[TOK_LEN];
            lex_stem(full, st, sizeof st);
            uint32_t id = wordset_find(gx->names, st);
            if (id != VX_NONE)
                vx_ids_push(&near, id);
        }
        vx_ids_unique(&near, 0);
        int date2 = columns && n == 2 && tok_is(t, i + 1, "date");   /* "booking date": booked_at */
        for (size_t a = 0; a < near.n; a++) {
            uint32_t w = near.v[a];
            if (w >= gx->cheads ||
                (!word_syn(q, wordset_text(gx->names, w)) && !lex_event_noun_of(q, wordset_text(gx->names, w)) &&
                 !(date2 && lex_same_root(t->v[i].w, wordset_text(gx->names, w)))))
                continue;
            for (uint32_t o = gx->heads[w][columns != 0]; o != VX_NONE; o = gx->occ[o].next) {
                const gocc *oc = &gx->occ[o];
                if ((oc->j == 0 && oc->nw == n) ||
                    (n == 1 && oc->nw > 1 && (columns || oc->j == oc->nw - 1 || oc->j == 0)))
                    vx_ids_push(out, columns ? gx->colbase[oc->k] + oc->c : oc->k);
            }
        }
        if (n == 2 && i + 1 < t->n) {   /* "pay out": the one-word name payout */
            char joined[2 * TOK_LEN];
            snprintf(joined, sizeof joined, "%s%s", t->v[i].w, t->v[i + 1].stem);
            uint32_t w = wordset_find(gx->names, joined);
            for (uint32_t o = w != VX_NONE && w < gx->cheads ? gx->heads[w][columns != 0] : VX_NONE;
                 o != VX_NONE; o = gx->occ[o].next)
                if (gx->occ[o].j == 0 && gx->occ[o].nw == 1)
                    vx_ids_push(out, columns ? gx->colbase[gx->occ[o].k] + gx->occ[o].c : gx->occ[o].k);
        }
        out->oom |= near.oom;
        vx_ids_free(&near);
    }
    const semantic *sem = cat->sem;
    for (size_t e = 0; sem && e < sem->ntables; e++) {
        const sem_table *st = &sem->tables[e];
        if (st->t < 0 || (size_t)st->t >= cat->ntables)
            continue;
        if (!columns)
            vx_ids_push(out, (uint32_t)st->t);
        for (size_t sc = 0; columns && sc < st->ncols; sc++)
            if (st->cols[sc].c >= 0 && (size_t)st->cols[sc].c < cat->tables[st->t].ncols)
                vx_ids_push(out, gx->colbase[st->t] + (uint32_t)st->cols[sc].c);
    }
    vx_ids_unique(out, 0);
    return out->oom ? -1 : 0;
}

/* The table of column number g (gx->colbase). */
static size_t column_table(const ground_index *gx, uint32_t g)
{
    size_t lo = 0, hi = gx->ntables;     /* colbase[lo] <= g < colbase[hi] */
    while (hi - lo > 1) {
        size_t mid = (lo + hi) / 2;
        if (gx->colbase[mid] <= g)
            lo = mid;
        else
            hi = mid;
    }
    return lo;
}

/* How well tokens [i, i+n) name table k: 3 exactly, 2 by synonym or head
 * word, 0 not. */
static int table_score(const catalog *cat, const ground_index *gx, const toks *t, size_t i, size_t n, size_t k)
{
    char buf_w[NW][TOK_LEN];
    gname tmp;
    const gname *g = table_words(cat, gx, k, &tmp, buf_w);
    char (*w)[TOK_LEN] = g->w;
    int nw = g->nw;
    int s = seq_match(t, i, n, w, nw);
    const sem_table *st = semantic_table(cat->sem, (int)k);
    if (!s && st)
        s = synonym_match(gx, t, i, n, st->synonyms, st->nsyn);
    /* "ticket" names support_tickets: the head word of a longer name */
    if (!s && n == 1 && nw > 1 && !t->v[i].used && word_syn(t->v[i].stem, w[nw - 1]) == 2)
        s = 2;
    return s;
}

/* "leave" names leave_requests, "performance" performance_reviews: the
 * first word of a longer table name, when no name has it as its head and
 * one table alone starts with it; 2, or 0. */
static int table_first_word(const catalog *cat, const ground_index *gx, const toks *t, size_t i,
                            size_t k, int *others)
{
    char buf_w[NW][TOK_LEN];
    gname tmp;
    const gname *g = table_words(cat, gx, k, &tmp, buf_w);
    if (g->nw < 2 || t->v[i].used || lex_is_stop(t->v[i].w) || strcmp(t->v[i].stem, g->w[0]))
        return 0;
    (*others)++;
    return 2;
}

static int match_tables(const catalog *cat, const ground_index *gx, const toks *t, size_t i, size_t n, mention *m)
{
    int best = 0, first = -1, nfirst = 0;
    vx_ids cand = {0};
    int all = !gx || name_candidates(cat, gx, t, i, n, 0, &cand) < 0;
    size_t count = all ? cat->ntables : cand.n;
    for (size_t a = 0; a < count; a++) {
        size_t k = all ? a : cand.v[a];
        int s = table_score(cat, gx, t, i, n, k);
        if (s > best) {
            best = s;
            m->kind = MK_TABLE;
            m->t = (int)k;
        }
        if (!s && n == 1 && table_first_word(cat, gx, t, i, k, &nfirst))
            first = (int)k;
    }
    vx_ids_free(&cand);
    if (!best && first >= 0 && nfirst == 1) {
        best = 2;
        m->kind = MK_TABLE;
        m->t = first;
    }
    return best;
}

static int match_values(const catalog *cat, const ground_index *gx, const toks *t, size_t i, size_t n, mention *m);

/* Is token i, as written, a value stored in some column ('electricity')? */
static int stored_value_word(const catalog *cat, const ground_index *gx, const toks *t, size_t i)
{
    mention m;
    memset(&m, 0, sizeof m);
    return match_values(cat, gx, t, i, 1, &m) && m.nalts && str_ieq(m.val[0], t->v[i].w);
}

/* How well tokens [i, i+n) name column c of table k (never a key): 3
 * exactly, 2 by synonym, 1 by a head word, 0 not. */
static int column_score(const catalog *cat, const ground_index *gx, const toks *t, size_t i, size_t n,
                        size_t k, size_t c)
{
    const cat_table *tab = &cat->tables[k];
    if (ground_is_key(tab, (int)c) && !natural_key(&tab->cols[c]))
        return 0;
    char buf_w[NW][TOK_LEN];
    gname tmp;
    const gname *g = column_words(cat, gx, k, c, &tmp, buf_w);
    char (*w)[TOK_LEN] = g->w;
    int nw = g->nw;
    int s = seq_match(t, i, n, w, nw);
    /* "pickup date", "payment date" ~ pickup_at, paid_on: a date's own
     * words, then "date" for its suffix (or for none) */
    if (!s && n >= 2 && i + n <= t->n && (tab->cols[c].kind == COL_DATE || tab->cols[c].kind == COL_DATETIME) &&
        tok_is(t, i + n - 1, "date")) {
        int nw2 = nw;
        if (nw2 > 1 && (!strcmp(w[nw2 - 1], "at") || !strcmp(w[nw2 - 1], "on") || !strcmp(w[nw2 - 1], "date") ||
                        !strcmp(w[nw2 - 1], "dt") || !strcmp(w[nw2 - 1], "time")))
            nw2--;
        if (!t->v[i + n - 1].used)
            s = seq_match(t, i, n - 1, w, nw2);
        if (!s && n == 2 && nw2 == 1 && !t->v[i].used && lex_same_root(t->v[i].w, w[0]))
            s = 2;   /* "booking date" ~ booked_at */
    }
    const sem_table *st = s ? NULL : semantic_table(cat->sem, (int)k);
    for (size_t sc = 0; st && sc < st->ncols && !s; sc++)
        if (st->cols[sc].c == (int)c)
            s = synonym_match(gx, t, i, n, st->cols[sc].synonyms, st->cols[sc].nsyn);
    /* a one-word mention of a column's head word: "price" ->
     * unit_price, "signup" -> signup_date; an event's other name for a
     * date's, said of events counted: "signups" -> joinDate,
     * "cancellations" -> cancelDate (not "cancellation rate"). As good
     * as a synonym of a whole name ("type" ~ category): of the two, the
     * reader takes the column nearest the table the question is about
     * ("properties by type": propertyType, not a far table's category) */
    int dated = (tab->cols[c].kind == COL_DATE || tab->cols[c].kind == COL_DATETIME) && i < t->n &&
                strcmp(t->v[i].w, t->v[i].stem) != 0;   /* events counted: a plural */
    if (!s && n == 1 && nw > 1 && !t->v[i].used) {
        for (int j = 0; j < nw; j++)
            if ((word_eq(t->v[i].stem, w[j]) || (dated && (word_syn(t->v[i].stem, w[j]) == 1 ||
                           lex_event_noun_of(t->v[i].stem, w[j]))) ||
                 (noun_of_state(t->v[i].w, w[j]) && !ground_value_words(cat, gx, t, i, 1))) &&
                strlen(w[j]) > 2 &&
                strcmp(w[j], "date") && strcmp(w[j], "at") && strcmp(w[j], "on") &&
                strcmp(w[j], "count") && strcmp(w[j], "number") && strcmp(w[j], "total") &&
                /* "electricity consumption" where 'electricity' is a stored
                 * value: a word before the head of a name that is no date
                 * (electricity_charge) gives way to the value it is; a verb's
                 * past ("paid", "resolved") still names its date */
                !(j < nw - 1 && tab->cols[c].kind != COL_DATE && tab->cols[c].kind != COL_DATETIME &&
                  !lex_is_past_verb(t->v[i].w) && stored_value_word(cat, gx, t, i)))
                s = 2;
    }
    /* "late" names is_late exactly: a yes/no column is its word */
    if (s == 2 && n == 1 && nw == 2 && (!strcmp(w[0], "is") || !strcmp(w[0], "has")) &&
        word_eq(t->v[i].stem, w[1]) && ground_is_flag(&tab->cols[c]))
        s = 3;
    return s;
}

static int match_columns(const catalog *cat, const ground_index *gx, const toks *t, size_t i, size_t n, mention *m)
{
    int best = 0;
    m->nalts = 0;
    vx_ids cand = {0};
    if (gx && name_candidates(cat, gx, t, i, n, 1, &cand) == 0) {
        for (size_t a = 0; a < cand.n; a++) {
            size_t k = column_table(gx, cand.v[a]), c = cand.v[a] - gx->colbase[k];
            int s = column_score(cat, gx, t, i, n, k, c);
            if (!s)
                continue;
            if (s > best) {
                best = s;
                m->nalts = 0;
            }
            if (s == best && m->nalts < M_ALTS)
                m->alts[m->nalts++] = (qcol){(int)k, (int)c};
        }
    } else {
        for (size_t k = 0; k < cat->ntables; k++) {
            const cat_table *tab = &cat->tables[k];
            for (size_t c = 0; c < tab->ncols; c++) {
                int s = column_score(cat, gx, t, i, n, k, c);
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
    }
    vx_ids_free(&cand);
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
    /* countries and their people by their two-letter codes (ISO 3166) */
    {"america", "us"}, {"american", "us"}, {"united states", "us"}, {"usa", "us"},
    {"britain", "gb"}, {"british", "gb"}, {"united kingdom", "gb"}, {"uk", "gb"},
    {"germany", "de"}, {"german", "de"}, {"france", "fr"}, {"french", "fr"},
    {"japan", "jp"}, {"japanese", "jp"}, {"china", "cn"}, {"chinese", "cn"},
    {"india", "in"}, {"indian", "in"}, {"italy", "it"}, {"italian", "it"},
    {"spain", "es"}, {"spanish", "es"}, {"brazil", "br"}, {"brazilian", "br"},
    {"mexico", "mx"}, {"mexican", "mx"}, {"canada", "ca"}, {"canadian", "ca"},
    {"australia", "au"}, {"australian", "au"}, {"netherlands", "nl"}, {"dutch", "nl"},
    {"sweden", "se"}, {"swedish", "se"}, {"norway", "no"}, {"norwegian", "no"},
    {"denmark", "dk"}, {"danish", "dk"}, {"finland", "fi"}, {"finnish", "fi"},
    {"poland", "pl"}, {"polish", "pl"}, {"switzerland", "ch"}, {"swiss", "ch"},
    {"austria", "at"}, {"austrian", "at"}, {"belgium", "be"}, {"belgian", "be"},
    {"ireland", "ie"}, {"irish", "ie"}, {"portugal", "pt"}, {"portuguese", "pt"},
    {"south korea", "kr"}, {"korea", "kr"}, {"korean", "kr"}, {"singapore", "sg"},
    {"argentina", "ar"}, {"argentinian", "ar"}, {"chile", "cl"}, {"chilean", "cl"},
    {"colombia", "co"}, {"colombian", "co"}, {"turkey", "tr"}, {"turkish", "tr"},
    {"new zealand", "nz"}, {"south africa", "za"}, {"nigeria", "ng"}, {"nigerian", "ng"},
    {"egypt", "eg"}, {"egyptian", "eg"}, {"israel", "il"}, {"israeli", "il"},
    {"russia", "ru"}, {"russian", "ru"}, {"greece", "gr"}, {"greek", "gr"},
    {"philippines", "ph"}, {"filipino", "ph"}, {"indonesia", "id"}, {"indonesian", "id"},
    {"thailand", "th"}, {"thai", "th"}, {"vietnam", "vn"}, {"vietnamese", "vn"},
    /* US states by name for their two-letter codes */
    {"alabama", "al"}, {"alaska", "ak"}, {"arizona", "az"}, {"arkansas", "ar"},
    {"california", "ca"}, {"colorado", "co"}, {"connecticut", "ct"}, {"delaware", "de"},
    {"florida", "fl"}, {"georgia", "ga"}, {"hawaii", "hi"}, {"idaho", "id"}, {"illinois", "il"},
    {"indiana", "in"}, {"iowa", "ia"}, {"kansas", "ks"}, {"kentucky", "ky"}, {"louisiana", "la"},
    {"maine", "me"}, {"maryland", "md"}, {"massachusetts", "ma"}, {"michigan", "mi"},
    {"minnesota", "mn"}, {"mississippi", "ms"}, {"missouri", "mo"}, {"montana", "mt"},
    {"nebraska", "ne"}, {"nevada", "nv"}, {"new hampshire", "nh"}, {"new jersey", "nj"},
    {"new mexico", "nm"}, {"new york", "ny"}, {"north carolina", "nc"}, {"north dakota", "nd"},
    {"ohio", "oh"}, {"oklahoma", "ok"}, {"oregon", "or"}, {"pennsylvania", "pa"},
    {"rhode island", "ri"}, {"south carolina", "sc"}, {"south dakota", "sd"},
    {"tennessee", "tn"}, {"texas", "tx"}, {"utah", "ut"}, {"vermont", "vt"}, {"virginia", "va"},
    {"washington", "wa"}, {"west virginia", "wv"}, {"wisconsin", "wi"}, {"wyoming", "wy"},
};

/* Tokens [i, i+n), unused, as one lowercase text ("new york"); 0 when
 * one is used or they do not fit. */
static int span_text(const toks *t, size_t i, size_t n, char *out, size_t cap)
{
    size_t o = 0;
    for (size_t k = i; k < i + n; k++) {
        if (k >= t->n || t->v[k].used)
            return 0;
        size_t l = strlen(t->v[k].w);
        if (o + l + 2 > cap)
            return 0;
        if (k > i)
            out[o++] = ' ';
        memcpy(out + o, t->v[k].w, l);
        o += l;
    }
    out[o] = '\0';
    return o > 0;
}

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
    /* "successful" ~ 'succeeded': a longer shorter word may differ more */
    return m >= 5 && cp >= 5 && (cp + 3 >= m || (m >= 8 && cp + 4 >= m)) && !isdigit((unsigned char)a[0]);
}

/* Are a and b the same letters in another order ("centre", 'center')? */
static int same_letters(const char *a, const char *b)
{
    int n[256] = {0};
    if (strlen(a) != strlen(b))
        return 0;
    for (; *a; a++, b++) {
        n[(unsigned char)*a]++;
        n[(unsigned char)*b]--;
    }
    for (int i = 0; i < 256; i++)
        if (n[i])
            return 0;
    return 1;
}

/* Do a and b differ only by endings of the same word ("cancellation",
 * 'cancelled': -ation, -ed after the doubled l)? Where they part, what is
 * left of each must be an ending, not more of another word ("startup",
 * "Brandon"). */
static int suffixes_only(const char *a, const char *b)
{
    static const char *const ends[] = {"", "s", "es", "e", "ed", "d", "ing", "er", "ers", "ion", "ions",
                                       "ation", "ations", "al", "ment", "ments", "ly", "ful", "y",
                                       "ies", "ied", "ist", "ists", "ian", "ians", "ry", NULL};
    size_t cp = 0;
    while (a[cp] && a[cp] == b[cp])
        cp++;
    const char *ra = a + cp, *rb = b + cp;
    if (cp > 0 && *ra == a[cp - 1])
        ra++;   /* "cancelled": the doubled letter */
    if (cp > 0 && *rb == b[cp - 1])
        rb++;
    int oka = 0, okb = 0;
    size_t na = strlen(ra), nb = strlen(rb);
    for (size_t i = 0; ends[i]; i++) {
        size_t ne = strlen(ends[i]);
        /* an ending, or one after a letter or two ("successful", 'succeeded') */
        oka |= !strcmp(ra, ends[i]) || (ne >= 2 && na <= 5 && na > ne && na - ne <= 2 && !strcmp(ra + na - ne, ends[i]));
        okb |= !strcmp(rb, ends[i]) || (ne >= 2 && nb <= 5 && nb > ne && nb - ne <= 2 && !strcmp(rb + nb - ne, ends[i]));
    }
    /* a doing is not the one who does it or the place it is done:
     * "counting" is not 'counter', "reviewed" not 'reviewer' */
    int agent_a = !strcmp(ra, "er") || !strcmp(ra, "ers"), agent_b = !strcmp(rb, "er") || !strcmp(rb, "ers");
    int verb_a = !strcmp(ra, "ing") || !strcmp(ra, "ed"), verb_b = !strcmp(rb, "ing") || !strcmp(rb, "ed");
    return oka && okb && !(agent_a && verb_b) && !(agent_b && verb_a);
}

/* Does question token q say a state's word w (a stem)? */
static int state_word(const tok *q, const char *w)
{
    return !q->used && (strcmp(q->stem, w) == 0 || derived(q->stem, w));
}

/* The end of the tokens from i that say g's words in order (one other
 * unused word may come between two of them), or 0. */
static size_t state_span(const toks *t, size_t i, const gnull *g)
{
    size_t at = i;
    for (int j = 0; j < g->nw; j++) {
        if (at < t->n && state_word(&t->v[at], g->w[j]))
            at++;
        else if (j > 0 && at + 1 < t->n && !t->v[at].used && state_word(&t->v[at + 1], g->w[j]))
            at += 2;
        else
            return 0;
    }
    return at;
}

/* Does the question name table k (its name's last word, by stem, or with
 * synonyms set by a synonym of it)? */
static int table_named(const ground_index *gx, const toks *t, uint32_t k, int synonyms)
{
    const gname *n = &gx->tables[k];
    for (size_t i = 0; n->nw > 0 && i < t->n; i++) {
        if (strcmp(t->v[i].stem, n->w[n->nw - 1]) == 0)
            return 1;
        /* "staff" for employees: a synonym, not another form ("employed") */
        for (const char *const *s = synonyms ? lex_synonyms(t->v[i].stem) : NULL; s && *s; s++)
            if (strcmp(*s, n->w[n->nw - 1]) == 0)
                return 1;
    }
    return 0;
}

/* "per pickup branch" with rentals.pickup_branch_id: token i is the role
 * of a key into the table the next word names, not a column of its own
 * (pickup_at); the reader reads the role. */
static int role_of_next_table(const catalog *cat, const ground_index *gx, const toks *t, size_t i)
{
    mention tm;
    memset(&tm, 0, sizeof tm);
    if (i + 1 >= t->n || t->v[i + 1].used || match_tables(cat, gx, t, i + 1, 1, &tm) < 2)
        return 0;
    for (size_t k = 0; k < cat->ntables; k++)
        for (size_t c = 0; c < cat->tables[k].ncols; c++) {
            const cat_column *col = &cat->tables[k].cols[c];
            char w[NW][TOK_LEN];
            if (col->ref_t != tm.t || k == (size_t)tm.t)
                continue;
            int nw = name_words(col->name, w);
            if (nw >= 3 && !strcmp(w[0], t->v[i].stem) && !strcmp(w[1], t->v[i + 1].stem))
                return 1;
        }
    return 0;
}

/* Does token i alone name a table? */
static int table_word(const catalog *cat, const ground_index *gx, const toks *t, size_t i)
{
    mention m;
    memset(&m, 0, sizeof m);
    return match_tables(cat, gx, t, i, 1, &m) >= 2;
}

/* Is token i a stored value of a table the question names ("crashed
 * tickets": 'crash' of tickets.category, not 'NULL if the session crashed'
 * when only sessions are named)? */
static int value_of_named(const catalog *cat, const ground_index *gx, const toks *t, size_t i)
{
    mention v;
    memset(&v, 0, sizeof v);
    if (!match_values(cat, gx, t, i, 1, &v))
        return 0;
    for (int a = 0; a < v.nalts; a++)
        if (table_named(gx, t, (uint32_t)v.alts[a].t, 1))
            return 1;
    return 0;
}

int ground_null_states(const catalog *cat, const ground_index *gx, toks *t, null_hit *out, int max)
{
    int n = 0, dated = 0;
    for (size_t i = 0; i < t->n; i++)   /* "in 2023", "what percent of employees": all of them */
        dated |= (t->v[i].isnum && t->v[i].num >= 1900 && t->v[i].num <= 2100) || tok_is(t, i, "percent") ||
                 tok_is(t, i, "percentage") || tok_is(t, i, "share") || tok_is(t, i, "proportion") ||
                 tok_is(t, i, "rate");
    for (size_t i = 0; gx && i < t->n && n < max; i++) {
        int best = -1, tie = 0, neg_un = -1, un_best = -1;
        size_t end = 0;
        for (size_t b = i; b > 0 && b + 3 >= i && neg_un < 0; b--)
            if (negator(t->v[b - 1].w) && !t->v[b - 1].used)
                neg_un = (int)b - 1;
        for (size_t g = 0; g < gx->nnulls; g++) {
            const gnull *gn = &gx->nulls[g];
            size_t e = state_span(t, i, gn);
            /* "nobody is assigned", "not assigned": 'unassigned' */
            int un = !e && neg_un >= 0 && gn->nw == 1 && strncmp(gn->w[0], "un", 2) == 0 &&
                     strlen(gn->w[0]) > 5 && !t->v[i].used && state_word(&t->v[i], gn->w[0] + 2);
            if (un)
                e = i + 1;
            /* one word that is a table's name ("employees" for 'still
             * employed') is the current rows ("how many employees"), but
             * beside a year or in a rate it names them all ("employees
             * hired in 2023", "what percent of employees have left") */
            /* "staff" names employees for 'still employed', but not beside
             * a year ("cars joined the fleet each year"): an event then */
            if (!e || !table_named(gx, t, gn->k, !dated) || (gn->nw == 1 && value_of_named(cat, gx, t, i)) ||
                (e == i + 1 && dated && table_word(cat, gx, t, i)))
                continue;
            if (best >= 0 && e == end && (gx->nulls[best].k != gn->k || gx->nulls[best].c != gn->c))
                tie = 1;
            else if (e > end)
                best = (int)g, end = e, tie = 0, un_best = un;
        }
        if (best < 0 || tie)
            continue;
        if (un_best == 1)
            t->v[neg_un].used = 1;   /* the negation is the "un" */
        null_hit *h = &out[n++];
        h->col = (qcol){(int)gx->nulls[best].k, (int)gx->nulls[best].c};
        h->op = gx->nulls[best].op;
        h->code = gx->nulls[best].code;
        h->start = (int)i;
        h->words = gx->nulls[best].nw;
        /* "not loyalty members", "never logged in", "no advisor assigned":
         * the other state; "still active": the same, said twice */
        for (size_t b = i; b > 0 && b + 2 >= i; b--) {
            const char *w = t->v[b - 1].w;
            if (negator(w) && !t->v[b - 1].used) {
                h->op = h->op == OP_NULL ? OP_NOTNULL : h->op == OP_NOTNULL ? OP_NULL : OP_NE;
                t->v[b - 1].used = 1;
                break;
            }
            if (b == i && (!strcmp(w, "still") || !strcmp(w, "currently")) && !t->v[b - 1].used) {
                t->v[b - 1].used = 1;
                break;
            }
        }
        /* "excluding sessions that crashed", "except the ones closed" */
        for (size_t b = i; b > 0 && b + 4 >= i; b--) {
            static const char *const glue[] = {"that", "which", "who", "the", "those", "ones", "any", "out", NULL};
            const tok *w = &t->v[b - 1];
            if (lex_is_exclusion(w->w, t->v[b].w) && !w->used) {
                h->op = h->op == OP_NULL ? OP_NOTNULL : h->op == OP_NOTNULL ? OP_NULL : OP_NE;
                t->v[b - 1].used = 1;
                break;
            }
            if (!lex_in_list(w->w, glue) && !table_word(cat, gx, t, b - 1))
                break;
        }
        for (size_t x = i; x < end; x++)
            t->v[x].used = 1;
        h->end = (int)end;
        i = end - 1;
    }
    return n;
}

int ground_currency_word(const ground_index *gx, const char *w)
{
    int c = currency_of(w);
    /* with no currency in the comments, any but "pounds" (a weight too) */
    return gx && c >= 0 && (gx->currencies ? (gx->currencies & (1u << c)) != 0 : strncmp(w, "pound", 5) != 0);
}

/* One question word against one word of a value: 3 the same, 2 the same
 * stem, 1 a typo or a derived form, 0 no. */
static int word_score(const tok *q, const char *w, const char *stem)
{
    if (strcmp(q->w, w) == 0)
        return 3;
    if (strcmp(q->stem, stem) == 0)
        return 2;
    if (!q->isnum && ((lex_similar(q->w, w) && (str_edit_distance(q->w, w, 1) <= 1 || same_letters(q->w, w))) ||
                      (derived(q->w, w) && suffixes_only(q->w, w)) || noun_of_state(q->w, w)))
        return 1;   /* "starting" is not 'standing', "started" not 'STARTUP20', "brand" not 'Brandon' */
    return 0;
}

/* A sample value equal to tokens [i, i+n) (word by word, by stem):
 * 3 exact, 2 by stem or alias, 1 by typo or derived form, 0 no. gv: its
 * words (NULL: split v now). */
static int value_matches(const char *v, const gval *gv, const toks *t, size_t i, size_t n)
{
    char span[64];
    if (n <= 2 && span_text(t, i, n, span, sizeof span) && alias_matches(span, v))
        return 2;
    if (!gv) {
        toks *vtp = malloc(sizeof *vtp);
        if (!vtp)
            return 0;
        tok_split_value(v, vtp, TOK_MAX);
        gval tmp;
        tmp.n = vtp->n > VX_WORDS ? -1 : (int)vtp->n;
        for (int k = 0; k < tmp.n; k++) {
            tmp.w[k] = vtp->v[k].w;
            tmp.stem[k] = vtp->v[k].stem;
        }
        int sc = value_matches(v, &tmp, t, i, n);
        free(vtp);
        return sc;
    }
    if (gv->n != (int)n || i + n > t->n)
        return 0;
    int score = 3;
    for (size_t k = 0; k < n; k++) {
        const tok *q = &t->v[i + k];
        if (q->used)
            return 0;
        int s = word_score(q, gv->w[k], gv->stem[k]);
        if (!s)
            return 0;
        if (s < score)
            score = s;
    }
    return score;
}

/* Record a column's best value (colbest, val) among the mention's
 * alternatives: the best score's columns, in the catalog's order. */
static void value_alt(mention *m, int *best, int k, int c, int colbest, const char *val)
{
    if (!colbest)
        return;
    if (colbest > *best) {
        *best = colbest;
        m->nalts = 0;
    }
    if (colbest == *best && m->nalts < M_ALTS) {
        m->alts[m->nalts] = (qcol){k, c};
        m->val[m->nalts++] = val;
    }
}

typedef struct vhit {
    uint32_t g;          /* the sample (vindex.h: in the catalog's order) */
    int score;
} vhit;

static int cmp_hit(const void *a, const void *b)
{
    uint32_t x = ((const vhit *)a)->g, y = ((const vhit *)b)->g;
    return x < y ? -1 : x > y;
}

/* Is stem s one of the words of name? */
static int name_has_word(const char *name, const char *s)
{
    char w[NW][TOK_LEN];
    int n = name_words(name, w);
    for (int j = 0; j < n; j++)
        if (!strcmp(w[j], s))
            return 1;
    return 0;
}

/* Is stem s a word of some column's name, and of no table's? */
static int column_word(const catalog *cat, const char *s)
{
    int col = 0;
    for (size_t k = 0; k < cat->ntables; k++) {
        if (name_has_word(cat->tables[k].name, s))
            return 0;
        for (size_t c = 0; c < cat->tables[k].ncols && !col; c++)
            col = name_has_word(cat->tables[k].cols[c].name, s);
    }
    return col;
}

/* match_values through the index: only the values whose first word may be
 * token i's (or, for one word, an alias's) are compared, and scored as the
 * scan scores them. Returns -1 when out of memory. */
static int match_values_indexed(const catalog *cat, const vindex *vx, const toks *t, size_t i,
                                size_t n, mention *m, int *best)
{
    for (size_t k = i; k < i + n; k++)
        if (k >= t->n || t->v[k].used)
            return 0;    /* no value matches a used word */
    const tok *q = &t->v[i];
    const wordset *ws = vindex_words(vx);
    vx_ids near = {0}, vals = {0};
    wordset_near(ws, q->w, q->stem, !q->isnum, &near);
    if (!q->isnum)
        near_root_forms(ws, q->w, &near);
    for (size_t a = 0; a < near.n; a++) {
        uint32_t w = near.v[a];
        if (!word_score(q, wordset_text(ws, w), wordset_stem(ws, w)))
            continue;
        for (uint32_t v = vindex_first(vx, w, (int)n); v != VX_NONE; v = vindex_value(vx, v)->next)
            vx_ids_push(&vals, v);
        /* "opioid" ~ 'opioid_analgesic': the first word of a code */
        for (uint32_t v = n == 1 && word_score(q, wordset_text(ws, w), wordset_stem(ws, w)) >= 2 ?
                          vindex_first(vx, w, 2) : VX_NONE;
             v != VX_NONE; v = vindex_value(vx, v)->next)
            if (strchr(vindex_value(vx, v)->s, '_'))
                vx_ids_push(&vals, v);
    }
    /* "us" ~ 'United States': values spelled as an alias says, any length */
    char span[64];
    int spanned = n <= 2 && span_text(t, i, n, span, sizeof span);
    for (size_t a = 0; spanned && a < sizeof value_alias / sizeof value_alias[0]; a++) {
        if (strcmp(span, value_alias[a][0]) != 0)
            continue;
        char first[TOK_LEN];
        size_t len = strcspn(value_alias[a][1], " ");
        memcpy(first, value_alias[a][1], len);
        first[len] = '\0';
        uint32_t w = wordset_find(ws, first);
        for (int c = 1; w != VX_NONE && c <= VX_WORDS; c++)
            for (uint32_t v = vindex_first(vx, w, c); v != VX_NONE; v = vindex_value(vx, v)->next)
                vx_ids_push(&vals, v);
    }
    vhit *hits = NULL;
    size_t nh = 0, cap = 0;
    int oom = near.oom || vals.oom;
    for (size_t a = 0; a < vals.n && !oom; a++) {
        const vx_value *val = vindex_value(vx, vals.v[a]);
        gval gv;
        gv.n = val->n ? val->n : -1;
        for (int k = 0; k < val->n; k++) {
            gv.w[k] = wordset_text(ws, val->w[k]);
            gv.stem[k] = wordset_stem(ws, val->w[k]);
        }
        int sc = value_matches(val->s, &gv, t, i, n);
        if (!sc && n == 1 && val->n == 2 && strchr(val->s, '_') && !t->v[i].used &&
            word_score(&t->v[i], gv.w[0], gv.stem[0]) >= 2 &&
            !(i + 1 < t->n && !t->v[i + 1].isnum && column_word(cat, t->v[i + 1].stem)))
            sc = 2;   /* the first word of a code ('opioid_analgesic'), not of a name said
                       * with the next word ("meeting start date") */
        for (uint32_t g = val->sample; sc && g != VX_NONE && !oom; g = vindex_sample(vx, g)->next) {
            if (nh == cap) {
                size_t nc = cap ? cap * 2 : 64;
                vhit *h = realloc(hits, nc * sizeof *h);
                if (!h) {
                    oom = 1;
                    break;
                }
                hits = h;
                cap = nc;
            }
            hits[nh++] = (vhit){g, sc};
        }
    }
    vx_ids_free(&near);
    vx_ids_free(&vals);
    if (oom) {
        free(hits);
        return -1;
    }
    /* each column's best value, its first sample of that score, as the scan finds them */
    if (nh > 1)
        qsort(hits, nh, sizeof *hits, cmp_hit);
    for (size_t a = 0; a < nh;) {
        const vx_sample *sa = vindex_sample(vx, hits[a].g);
        uint32_t k = sa->t, c = sa->c;
        int colbest = 0;
        const char *val = NULL;
        for (; a < nh; a++) {
            const vx_sample *sb = vindex_sample(vx, hits[a].g);
            if (sb->t != k || sb->c != c)
                break;
            if (hits[a].score > colbest) {
                colbest = hits[a].score;
                val = cat->tables[k].cols[c].samples[sb->s];
            }
        }
        value_alt(m, best, (int)k, (int)c, colbest, val);
    }
    free(hits);
    return 0;
}

static int match_values(const catalog *cat, const ground_index *gx, const toks *t, size_t i, size_t n, mention *m)
{
    /* a lone stop word or number is never a value, but a longer one
     * stored as it is said can be ("ranked matches": 'ranked', "single
     * rooms": 'single', "current members": 'current'), and so can one
     * after "the" ("the US": 'US') */
    const char *w0 = t->v[i].w;
    size_t len0 = strlen(w0);
    int stop = n == 1 && lex_is_stop(w0);
    int value_like = stop && (len0 >= 5 || (i > 0 && tok_is(t, i - 1, "the")));   /* "the US" */
    if (n == 1 && ((stop && !value_like) || t->v[i].isnum || len0 < 2))
        return 0;
    if (n > 1 && lex_is_stop(t->v[i].w) && lex_is_stop(t->v[i + n - 1].w))
        return 0;
    int best = 0;
    m->nalts = 0;
    if (!gx || match_values_indexed(cat, gx->vx, t, i, n, m, &best) < 0) {
        best = 0;
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
                    int sc = value_matches(col->samples[s], NULL, t, i, n);
                    if (sc > colbest) {
                        colbest = sc;
                        val = col->samples[s];
                        if (sc == 3)
                            break;
                    }
                }
                value_alt(m, &best, (int)k, (int)c, colbest, val);
            }
        }
    }
    if (value_like && (best < 3 || !m->nalts || strcasecmp(m->val[0], w0))) {
        m->nalts = 0;
        best = 0;
    }
    if (best)
        m->kind = MK_VALUE;
    return best;
}

int ground_value_of_named_column(const catalog *cat, const toks *t, size_t i, size_t j)
{
    if (i >= t->n || j >= t->n)
        return 0;
    for (size_t k = 0; k < cat->ntables; k++)
        for (size_t c = 0; c < cat->tables[k].ncols; c++) {
            const cat_column *col = &cat->tables[k].cols[c];
            int named = col->kind == COL_TEXT && name_has_word(col->name, t->v[j].stem);
            for (size_t v = 0; named && v < col->nsamples; v++)
                if (!strcasecmp(col->samples[v], t->v[i].w))
                    return 1;
        }
    return 0;
}

int ground_value_words(const catalog *cat, const ground_index *gx, const toks *t, size_t i, size_t n)
{
    mention m;
    if (i + n > t->n)
        return 0;
    memset(&m, 0, sizeof m);
    return match_values(cat, gx, t, i, n, &m);
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

/* Is token i a noun for a table's rows themselves ("profiles", "records",
 * "entries") that names nothing in this catalog? */
static int record_noun(const catalog *cat, const ground_index *gx, const toks *t, size_t i)
{
    static const char *const w[] = {"profile", "record", "entry", "row", "listing", "member", NULL};
    if (i >= t->n || t->v[i].used)
        return 0;
    int is = 0;
    for (size_t k = 0; w[k] && !is; k++)
        is = strcmp(t->v[i].stem, w[k]) == 0;
    mention m;
    memset(&m, 0, sizeof m);
    return is && !match_tables(cat, gx, t, i, 1, &m) && !match_columns(cat, gx, t, i, 1, &m);
}

/* "signups", "hires", "registrations": a plural noun naming only the
 * event of date columns of one table (joinDate, hire_date) names that
 * table's rows, dated by that event (the date column is chosen by the
 * word later); the column mention becomes a table mention. */
static void event_rows(const catalog *cat, const toks *t, mention *m)
{
    if (m->kind != MK_COLUMN || m->end - m->start != 1 || m->nalts < 1)
        return;
    const tok *w = &t->v[m->start];
    if (!strcmp(w->w, w->stem) || strlen(w->stem) < 4)
        return;
    for (int a = 0; a < m->nalts; a++) {
        const cat_column *c = &cat->tables[m->alts[a].t].cols[m->alts[a].c];
        if (m->alts[a].t != m->alts[0].t || (c->kind != COL_DATE && c->kind != COL_DATETIME))
            return;
    }
    m->kind = MK_TABLE;
    m->t = m->alts[0].t;
    m->nalts = 0;
}

/* "which bikes have been ridden the most": a past form of an irregular
 * verb whose base is the name of a table no other word names (a ride,
 * trips) names that table's rows, its events; adds those mentions after
 * the count already in out and returns how many. */
static int verb_tables(const catalog *cat, const ground_index *gx, toks *t, mention *out, int count, int max)
{
    int added = 0;
    for (size_t i = 0; i < t->n && count + added < max; i++) {
        const char *base = t->v[i].used || t->v[i].isnum ? NULL : lex_irregular_verb(t->v[i].w);
        if (!base || !lex_is_past_verb(t->v[i].w))
            continue;
        toks *one = malloc(sizeof *one);
        if (!one)
            return added;
        one->n = 1;
        memset(&one->v[0], 0, sizeof one->v[0]);
        snprintf(one->v[0].w, sizeof one->v[0].w, "%s", base);
        snprintf(one->v[0].stem, sizeof one->v[0].stem, "%s", base);
        mention m;
        memset(&m, 0, sizeof m);
        int ok = match_tables(cat, gx, one, 0, 1, &m) >= 2;
        free(one);
        for (int k = 0; ok && k < count + added; k++)
            ok = !(out[k].kind == MK_TABLE && out[k].t == m.t);
        if (!ok)
            continue;
        m.start = (int)i;
        m.end = (int)i + 1;
        mark(t, m.start, 1);
        out[count + added++] = m;
    }
    return added;
}

/* Does a word of the question other than token i name table k, taken
 * by a mention already or not ("how many matches were played")? */
static int table_named_elsewhere(const catalog *cat, const ground_index *gx, const toks *t, size_t i,
                                 int k)
{
    toks one;   /* the word alone, unused, to score it (table_score reads one.v[0] only) */
    one.n = 1;
    for (size_t j = 0; j < t->n; j++) {
        if (j == i || lex_is_stop(t->v[j].w))
            continue;
        one.v[0] = t->v[j];
        one.v[0].used = 0;
        if (table_score(cat, gx, &one, 0, 1, (size_t)k) >= 2)
            return 1;
    }
    return 0;
}

/* "completed rentals" where rentals.status holds 'completed' and another
 * table has completed_on: the word is the value of the table the question
 * names, when the columns it names are all elsewhere. m: the column
 * mention of token i, replaced by the value mention. */
static void value_of_named_table(const catalog *cat, const ground_index *gx, const toks *t, size_t i,
                                 mention *m)
{
    mention v;
    memset(&v, 0, sizeof v);
    if (match_values(cat, gx, t, i, 1, &v) < 3 || v.nalts != 1 ||
        !table_named_elsewhere(cat, gx, t, i, v.alts[0].t))
        return;
    for (int a = 0; a < m->nalts; a++)
        if (m->alts[a].t == v.alts[0].t || table_named_elsewhere(cat, gx, t, i, m->alts[a].t))
            return;
    *m = v;
}

/* "the names of the employees", "email of each customer": the column
 * of the table named after "of" (full_name), when it has one the word
 * names, before other tables' better-named columns (branches.name). m: the
 * column mention of token i, narrowed to that column. */
static void column_of_table_after(const catalog *cat, const ground_index *gx, const toks *t, size_t i,
                                  mention *m)
{
    size_t j = i + 1;
    if (m->kind != MK_COLUMN || !tok_is(t, j, "of"))
        return;
    j++;
    if (tok_is(t, j, "the") || tok_is(t, j, "each") || tok_is(t, j, "every") || tok_is(t, j, "all"))
        j++;
    mention tm;
    memset(&tm, 0, sizeof tm);
    if (j >= t->n || match_tables(cat, gx, t, j, 1, &tm) < 2)
        return;
    for (int a = 0; a < m->nalts; a++)
        if (m->alts[a].t == tm.t)
            return;   /* already among the candidates: the reader picks the nearest */
    const cat_table *tab = &cat->tables[tm.t];
    int found = -1;
    for (size_t c = 0; c < tab->ncols; c++)
        if (column_score(cat, gx, t, i, 1, (size_t)tm.t, c) >= 2) {
            if (found >= 0)
                return;
            found = (int)c;
        }
    if (found < 0)
        return;
    m->nalts = 1;
    m->alts[0] = (qcol){tm.t, found};
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
            if (match_measures(cat, gx, t, i, n, &m))
                ok = 1;
            else if (n >= 2 && match_values(cat, gx, t, i, n, &m))
                ok = 1;
            else if (n >= 2 && match_table_column(cat, gx, t, i, n, &m))
                ok = 1;
            else if (match_tables(cat, gx, t, i, n, &m) >= 2 && !(n == 1 && lex_is_stop(t->v[i].w)))
                ok = 1;
            else if (!(n == 1 && lex_is_stop(t->v[i].w)) && !(n == 1 && role_of_next_table(cat, gx, t, i)) &&
                     match_columns(cat, gx, t, i, n, &m)) {
                ok = 1;
                if (n == 1) {
                    value_of_named_table(cat, gx, t, i, &m);
                    column_of_table_after(cat, gx, t, i, &m);
                }
            }
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
        event_rows(cat, t, &found);
        if (found.kind == MK_TABLE && record_noun(cat, gx, t, (size_t)found.end))
            found.end++;   /* "guest profiles", "customer records": the rows themselves */
        mark(t, found.start, found.end - found.start);
        out[count++] = found;
        i = (size_t)found.end - 1;
    }
    return count + verb_tables(cat, gx, t, out, count, max);
}

/* Values of 2 to 4 words, longest first, left to right; with numbered, only
 * spans holding a number ("Fall 2023"), else only spans starting on a word. */
static int multiword(const catalog *cat, const ground_index *gx, toks *t, mention *out, int max,
                     int numbered)
{
    int count = 0;
    for (size_t i = 0; i < t->n && count < max; i++) {
        if (t->v[i].used || (!numbered && t->v[i].isnum))
            continue;
        for (size_t n = 4; n >= 2; n--) {
            if (i + n > t->n)
                continue;
            int num = 0;
            for (size_t k = i; k < i + n; k++)
                num |= t->v[k].isnum;
            if (numbered && !num)
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

int ground_multiword_values(const catalog *cat, const ground_index *gx, toks *t, mention *out, int max)
{
    return multiword(cat, gx, t, out, max, 0);
}

int ground_numbered_values(const catalog *cat, const ground_index *gx, toks *t, mention *out, int max)
{
    return multiword(cat, gx, t, out, max, 1);
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
    /* borrowing is a loan; booking, placing, ordering create the row */
    {"borrow", "loan"}, {"lend", "loan"}, {"lent", "loan"}, {"checkout", "loan"},
    {"borrow", "lent"}, {"borrow", "lend"}, {"checkout", "lent"}, {"checkout", "lend"},
    {"loan", "lent"}, {"loan", "lend"}, {"lend", "lent"},
    {"book", "creat"}, {"book", "order"}, {"book", "placed"}, {"place", "creat"},
    {"place", "order"}, {"order", "creat"}, {"order", "placed"},
    /* picked up is shipped; received, arrived, delivered are one event */
    {"pick", "ship"}, {"pick", "dispatch"}, {"ship", "dispatch"}, {"ship", "pick"},
    {"receiv", "deliver"}, {"receiv", "arriv"}, {"deliver", "arriv"}, {"deliver", "receiv"},
    {"arriv", "receiv"},
    /* joining, signing up, registering, enrolling, subscribing */
    {"enrol", "join"}, {"enrol", "signup"}, {"enrol", "regist"}, {"enrol", "creat"},
    {"regist", "join"}, {"sign", "join"}, {"sign", "regist"}, {"signup", "join"},
    {"subscrib", "join"}, {"subscrib", "signup"}, {"subscrib", "start"},
    {"join", "regist"}, {"join", "enrol"}, {"join", "hire"},
    /* leaving a job or a contract */
    {"leav", "terminat"}, {"left", "terminat"}, {"quit", "terminat"}, {"fire", "terminat"},
    {"resign", "terminat"}, {"lost", "terminat"}, {"lose", "terminat"}, {"losing", "terminat"},
    {"exit", "terminat"}, {"leav", "end"}, {"leav", "left"}, {"resign", "end"},
    {"terminat", "left"}, {"quit", "left"},
    /* starting */
    {"start", "hire"}, {"hire", "start"}, {"began", "start"},
    {"begin", "start"}, {"start", "begin"},
    /* paying, assessing */
    {"paid", "pay"}, {"settl", "pay"}, {"issu", "assess"}, {"charg", "assess"},
    {"impos", "assess"}, {"levi", "assess"},
    /* life events: born (birthDate, date_of_birth, dob), died, graduated,
     * admitted, enrolled, hired, married, retired */
    {"born", "birth"}, {"born", "dob"}, {"birth", "dob"}, {"bday", "birth"},
    {"died", "death"}, {"die", "death"}, {"dead", "death"}, {"death", "dod"}, {"died", "dod"},
    {"die", "decease"}, {"decease", "death"},
    {"graduat", "grad"}, {"admit", "admission"}, {"admit", "admitt"}, {"discharg", "release"},
    {"enrol", "enroll"}, {"enrol", "matricul"}, {"hired", "hire"}, {"hiring", "hire"},
    {"marri", "wedding"}, {"wedd", "marri"}, {"retir", "retire"},
};

static int verb_names_agent(const char *qw, const char *nw, int agents_too);

static int verb_names(const char *qw, const char *nw)
{
    return verb_names_agent(qw, nw, 0);
}

/* agents_too: "borrowers", "employees" (who does it) count as well */
static int verb_names_agent(const char *qw, const char *nw, int agents_too)
{
    static const char *const agents[] = {"ee", "ees", "er", "ers", "or", "ors", NULL};
    for (size_t i = 0; i < sizeof verb_dates / sizeof verb_dates[0]; i++) {
        size_t n = strlen(verb_dates[i][0]);
        if (strncmp(qw, verb_dates[i][0], n) != 0 ||
            strncmp(nw, verb_dates[i][1], strlen(verb_dates[i][1])) != 0)
            continue;
        int agent = 0;   /* "employees", "borrowers": who does it, not when */
        for (size_t a = 0; agents[a]; a++)
            agent |= strcmp(qw + n, agents[a]) == 0 || (qw[n] == 'e' && strcmp(qw + n + 1, agents[a]) == 0);
        if (!agent || agents_too)
            return 1;
    }
    return 0;
}

/* Two words that say one event: "checked out" is a checkout, "came back"
 * a return, "let go" a termination. Returns the event's word, or NULL. */
static const char *event_phrase(const toks *q, size_t k)
{
    static const char *const ph[][3] = {
        {"check", "out", "checkout"}, {"pick", "up", "pickup"}, {"came", "back", "returned"},
        {"come", "back", "returned"}, {"coming", "back", "returned"},
        {"brought", "back", "returned"}, {"bring", "back", "returned"},
        {"let", "go", "terminated"}, {"drop", "off", "delivered"}, {"sign", "up", "signup"},
    };
    if (!q || k + 1 >= q->n)
        return NULL;
    for (size_t i = 0; i < sizeof ph / sizeof ph[0]; i++)
        if (strncmp(q->v[k].w, ph[i][0], strlen(ph[i][0])) == 0 && strcmp(q->v[k + 1].w, ph[i][1]) == 0)
            return ph[i][2];
    return NULL;
}

/* Points the question's words give a date column's name words w for naming
 * its event: 10 a word of the same root ("delivered", "deliveries" ~
 * deliveredAt), 8 an event verb for it ("borrowed", "checked out" ~
 * loaned_on). own[k]: token k is the table's own name ("shipments" ~
 * shippedAt); only those words count when own_only, only the others when not. */
/* Does a synonym of the question's verb q name w ("finished" for
 * completed_on)? Nouns are not events' verbs ("deliveries" ~ shipment is
 * no shippedAt). */
static int synonym_names(const tok *q, const char *w)
{
    if (strcmp(q->w, q->stem))
        return 0;
    for (const char *const *syn = lex_synonyms(q->stem); syn && *syn; syn++)
        if (strcmp(*syn, q->stem) && !strcmp(*syn, w))
            return 1;
    return 0;
}

static int token_points(char w[NW][TOK_LEN], int nw, const toks *q, size_t k)
{
    int s = 0;
    if ((k > 0 && event_phrase(q, k - 1)) || q->v[k].idiom)
        return 0;   /* the "out" of "checked out"; the "file" of "on file" */
    const char *ph = event_phrase(q, k);
    const char *qw = ph ? ph : q->v[k].w;
    for (int j = 0; j < nw; j++) {
        if (!strcmp(w[j], "at") || !strcmp(w[j], "on") || !strcmp(w[j], "date") ||
            !strcmp(w[j], "time") || lex_is_stop(w[j]))
            continue;
        int cp = common_prefix(qw, w[j]);
        if (strcmp(q->v[k].stem, w[j]) == 0 || cp >= 4 || (cp >= 3 && cp == (int)strlen(w[j])) ||
            lex_same_root(qw, w[j]))
            s += 10;
        else if (verb_names(qw, w[j]) || synonym_names(&q->v[k], w[j]))
            s += 8;
    }
    return s;
}

/* Does the column date its rows: a date, a timestamp or a month? */
static int dated_kind(const cat_column *c)
{
    return c->kind == COL_DATE || c->kind == COL_DATETIME || c->kind == COL_MONTH;
}

/* Mark in mask (q->n bytes, set to 0 first) the question tokens that say
 * the verb a date column's comment gives its event by ("fillDate -- date
 * dispensed": "dispensed", "dispense"); the comment is split once.
 * Returns how many. */
static int comment_verbs(const cat_column *col, const toks *q, unsigned char *mask)
{
    memset(mask, 0, q->n);
    if (!col->comment || !dated_kind(col))
        return 0;
    toks *ct = malloc(sizeof *ct);
    if (!ct)
        return 0;
    tok_split_max(col->comment, ct, 24);
    int n = 0;
    for (size_t j = 0; j < q->n; j++) {
        if (q->v[j].isnum || lex_is_stop(q->v[j].w) || strlen(q->v[j].w) < 4)
            continue;
        /* up to the NULL clause: "NULL when the flight was cancelled" says
         * when it is empty, not what it dates; a month column's nouns too:
         * "billing_month -- the month of usage the bill covers" is the
         * "usage month" */
        for (size_t i = 0; i < ct->n && !mask[j] && strcmp(ct->v[i].w, "null"); i++)
            mask[j] = (lex_is_past_verb(ct->v[i].w) || lex_irregular_verb(ct->v[i].w) ||
                       (col->kind == COL_MONTH && !lex_is_stop(ct->v[i].w))) &&
                      (!strcmp(ct->v[i].w, q->v[j].w) || lex_same_root(ct->v[i].w, q->v[j].w));
        n += mask[j];
    }
    free(ct);
    return n;
}

static int comment_verb_at(const cat_column *col, const toks *q, size_t k)
{
    unsigned char mask[TOK_MAX];
    return k < q->n && comment_verbs(col, q, mask) && mask[k];
}

int ground_comment_verb_at(const catalog *cat, qcol c, const toks *q, size_t k)
{
    return c.t >= 0 && c.c >= 0 && q && comment_verb_at(&cat->tables[c.t].cols[c.c], q, k);
}

static int event_points(char w[NW][TOK_LEN], int nw, const toks *q, const unsigned char *own,
                        int own_only)
{
    int s = 0;
    for (size_t k = 0; q && k < q->n; k++)
        if (own[k] == (own_only ? 1 : 0))
            s += token_points(w, nw, q, k);
    return s;
}

/* Which tokens are table ti's own name (own[k] = 1, k < q->n), or a word
 * of another table's name (2: "leave" of leave_requests never names
 * employees.termination_date). With the index, each token's stem is looked
 * up among the names' words once, not compared with every table's name. */
static void own_words(const catalog *cat, const ground_index *gx, int ti, const toks *q,
                      unsigned char *own)
{
    for (size_t k = 0; q && k < q->n && k < TOK_MAX; k++) {
        own[k] = 0;
        uint32_t id = gx ? wordset_find(gx->names, q->v[k].stem) : VX_NONE;
        if (id == VX_NONE)
            continue;
        for (int j = 0; j < gx->tables[ti].nw && !own[k]; j++)
            if (strcmp(q->v[k].stem, gx->tables[ti].w[j]) == 0)
                own[k] = 1;
        if (!own[k] && gx->heads[id][0] != VX_NONE)
            own[k] = 2;   /* a word of some table's name */
    }
    for (size_t t = 0; q && !gx && t < cat->ntables; t++) {
        char tw[NW][TOK_LEN];
        int ntw = name_words(cat->tables[t].name, tw);
        for (size_t k = 0; k < q->n && k < TOK_MAX; k++)
            for (int j = 0; j < ntw; j++)
                if (strcmp(q->v[k].stem, tw[j]) == 0 && own[k] != 1)
                    own[k] = (int)t == ti ? 1 : 2;
    }
}

/* "YYYY-MM-DD[ HH:MM[:SS]]" as days (and a fraction) since 1970-01-01; 0
 * and -1 when it is not a date. */
static int date_days(const char *s, double *out)
{
    int y, m, d, hh = 0, mm = 0, ss = 0;
    if (!s || sscanf(s, "%4d-%2d-%2d", &y, &m, &d) != 3 || m < 1 || m > 12 || d < 1 || d > 31)
        return -1;
    if (strlen(s) >= 16)
        sscanf(s + 11, "%2d:%2d:%2d", &hh, &mm, &ss);
    y -= m <= 2;   /* days from the civil date (H. Hinnant's algorithm) */
    long era = (y >= 0 ? y : y - 399) / 400;
    long yoe = y - era * 400;
    long doy = (153L * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    *out = (double)(era * 146097 + doe - 719468) + (hh * 3600 + mm * 60 + ss) / 86400.0;
    return 0;
}

int ground_date_order(const catalog *cat, qcol a, qcol b)
{
    double mean[2];
    qcol ab[2] = {a, b};
    for (int i = 0; i < 2; i++) {
        const cat_column *col = &cat->tables[ab[i].t].cols[ab[i].c];
        double sum = 0, v;
        int n = 0;
        for (size_t s = 0; s < col->nsamples; s++)
            if (date_days(col->samples[s], &v) == 0) {
                sum += v;
                n++;
            }
        if (n < 3)
            return 0;
        mean[i] = sum / n;
    }
    if (mean[0] < mean[1] - 0.5)
        return -1;
    if (mean[0] > mean[1] + 0.5)
        return 1;
    return 0;
}

/* Does a word other than table t's own name name one of its date columns? */
static int other_named(const catalog *cat, const ground_index *gx, int t, const toks *q,
                       const unsigned char *own)
{
    const cat_table *tab = &cat->tables[t];
    for (size_t c = 0; c < tab->ncols; c++) {
        char w[NW][TOK_LEN];
        gname tmp;
        if (!dated_kind(&tab->cols[c]))
            continue;
        const gname *g = column_words(cat, gx, (size_t)t, c, &tmp, w);
        if (event_points(g->w, g->nw, q, own, 0) > 0)
            return 1;
    }
    return 0;
}

/* A stop word that cannot name an event ("on", "at", "the"); "return",
 * "registered", "recorded" can. */
static int glue_word(const char *w)
{
    return lex_is_stop(w) && strlen(w) < 6;
}

int ground_event_word_at(const catalog *cat, const ground_index *gx, qcol c, const toks *q,
                         size_t k)
{
    char w[NW][TOK_LEN];
    gname tmp;
    if (c.t < 0 || c.c < 0 || !q || k >= q->n || q->v[k].isnum || glue_word(q->v[k].w))
        return 0;
    const gname *g = column_words(cat, gx, (size_t)c.t, (size_t)c.c, &tmp, w);
    return token_points(g->w, g->nw, q, k) > 0 || comment_verb_at(&cat->tables[c.t].cols[c.c], q, k);
}

int ground_event_word_pos(const catalog *cat, const ground_index *gx, qcol c, const toks *q)
{
    if (c.t < 0 || c.c < 0 || !q)
        return -1;
    unsigned char own[TOK_MAX];
    char nbuf[NW][TOK_LEN];
    gname tmp;
    const gname *g = column_words(cat, gx, (size_t)c.t, (size_t)c.c, &tmp, nbuf);
    char (*w)[TOK_LEN] = g->w;
    int nw = g->nw;
    own_words(cat, gx, c.t, q, own);
    unsigned char cv[TOK_MAX];
    comment_verbs(&cat->tables[c.t].cols[c.c], q, cv);
    /* the table's own name last: "repairs" names repairedAt only when no
     * other word names a date of it */
    for (int pass = 0; pass < 2; pass++)
        for (size_t k = 0; k < q->n; k++)
            if (own[k] == pass && !q->v[k].isnum && !glue_word(q->v[k].w) &&
                (token_points(w, nw, q, k) || (!pass && cv[k])))
                return pass && other_named(cat, gx, c.t, q, own) ? -1 : (int)k;
    return -1;
}

int ground_mark_event_words(const catalog *cat, const ground_index *gx, qcol c, toks *q)
{
    if (c.t < 0 || c.c < 0 || !q)
        return 0;
    unsigned char own[TOK_MAX];
    char nbuf[NW][TOK_LEN];
    gname tmp;
    const gname *g = column_words(cat, gx, (size_t)c.t, (size_t)c.c, &tmp, nbuf);
    char (*w)[TOK_LEN] = g->w;
    int nw = g->nw, n = 0;
    own_words(cat, gx, c.t, q, own);
    unsigned char cv[TOK_MAX];
    comment_verbs(&cat->tables[c.t].cols[c.c], q, cv);
    for (size_t k = 0; k < q->n; k++) {
        int agent = 0;   /* "borrowers keep a book": who does it, placed too */
        for (int j = 0; j < nw && !agent; j++)
            agent = strlen(w[j]) > 3 && verb_names_agent(q->v[k].w, w[j], 1);
        if (own[k] || q->v[k].isnum || glue_word(q->v[k].w) ||
            (!token_points(w, nw, q, k) && !agent && !cv[k]))
            continue;
        q->v[k].used = 1;
        if (event_phrase(q, k))
            q->v[k + 1].used = 1;
        n++;
    }
    return n;
}

int ground_date_col(const catalog *cat, const ground_index *gx, int ti, const toks *q)
{
    int sc;
    return ground_date_col_score(cat, gx, ti, q, &sc);
}

int ground_date_col_score(const catalog *cat, const ground_index *gx, int ti, const toks *q,
                          int *score)
{
    int named;
    return ground_date_col_named(cat, gx, ti, q, score, &named);
}

int ground_date_col_named(const catalog *cat, const ground_index *gx, int ti, const toks *q,
                          int *score, int *named)
{
    const cat_table *t = &cat->tables[ti];
    int best = -1, bests = -1000;
    /* the table's own name counts only when no other word names a column:
     * "shipments delivered in 2024" is deliveredAt, not shippedAt */
    unsigned char own[TOK_MAX];
    own_words(cat, gx, ti, q, own);
    int other = other_named(cat, gx, ti, q, own);
    *named = 0;
    for (size_t c = 0; c < t->ncols; c++) {
        const cat_column *col = &t->cols[c];
        if (!dated_kind(col))
            continue;
        char nbuf[NW][TOK_LEN];
        gname tmp;
        const gname *cw = column_words(cat, gx, (size_t)ti, c, &tmp, nbuf);
        char (*w)[TOK_LEN] = cw->w;
        int nw = cw->nw;
        int ev = event_points(w, nw, q, own, !other);
        unsigned char cv[TOK_MAX];
        int ncv = !ev && q ? comment_verbs(col, q, cv) : 0;
        for (size_t k = 0; ncv && !ev && k < q->n; k++)
            if (cv[k] && !own[k])
                ev = 8;   /* "dispensed" for fillDate -- date dispensed */
        int s = ev;
        for (int j = 0; j < nw; j++) {
            static const char *const good[] = {"created", "creation", "order", "placed",
                                               "start", "started", "signup", "issued",
                                               "scheduled", "transaction", "sale", "event",
                                               "occurred", "booked", "purchase",
                                               /* the day the row was made: a claim
                                                * filed, a request raised */
                                               "filed", "submitted", "reported", "opened",
                                               "registered", "logged", "raised", "requested",
                                               "ordered", "posted", "joined", "enrolled", NULL};
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
            if ((!strcmp(w[j], "birth") || !strcmp(w[j], "dob")) && !ev)
                s -= 6;   /* unless "born" names it */
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
            *named = other ? ev : 0;
        }
    }
    *score = bests;
    return best;
}

/* Distances in join steps from table `near` (joins_distance's), found by
 * one search the first time one is asked for. */
typedef struct dists {
    const catalog *cat;
    const joins_graph *g;
    int near;
    int searched;
    int *depth;          /* NULL: not searched, or out of memory */
} dists;

static int dist_to(dists *d, int t)
{
    if (d->near == t)
        return 0;
    if (!d->searched && d->near >= 0 && d->cat->ntables) {
        d->searched = 1;
        jedge *parent = malloc(d->cat->ntables * sizeof *parent);
        d->depth = malloc(d->cat->ntables * sizeof *d->depth);
        if (parent && d->depth) {
            joins_bfs_g(d->cat, d->g, d->near, parent, d->depth);
        } else {
            free(d->depth);
            d->depth = NULL;
        }
        free(parent);
    }
    return d->depth ? d->depth[t] : joins_distance_g(d->cat, d->g, d->near, t);
}

int ground_nearest(const catalog *cat, const ground_index *gx, const qcol *alts, int n, int near)
{
    int best = -1, bestd = 1 << 30;
    dists ds = {.cat = cat, .g = ground_joins(gx), .near = near};
    for (int i = 0; i < n; i++) {
        int d = near < 0 ? 0 : dist_to(&ds, alts[i].t);
        if (d < 0)
            d = 1000;
        if (d < bestd) {
            bestd = d;
            best = i;
        }
    }
    free(ds.depth);
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

/* Does a column's name say it is money given back or taken off
 * (refund_amount, discountTotal)? */
static int names_deduction(const char *name)
{
    char w[NW][TOK_LEN];
    int nw = name_words(name, w);
    for (int j = 0; j < nw; j++)
        if (lex_is_deduction(w[j]))
            return 1;
    return 0;
}

/* The table's numeric column named with `word`, past keys and, unless the
 * word says it, money given back (a refund is not an amount earned). */
static int find_named(const catalog *cat, int ti, const char *word)
{
    const cat_table *t = &cat->tables[ti];
    char s[TOK_LEN];
    lex_stem(word, s, sizeof s);
    for (size_t c = 0; c < t->ncols; c++)
        if (ground_is_numeric(&t->cols[c]) && !ground_is_key(t, (int)c) &&
            name_has(t->cols[c].name, word) &&
            (lex_is_deduction(s) || !names_deduction(t->cols[c].name)))
            return (int)c;
    return -1;
}

/* Does a column's name say it holds something other than money taken or
 * paid ("coinAmount", "points_total", "miles_earned", "credit_limit_amt")? */
static int names_other_unit(const char *name)
{
    static const char *const units[] = {"coin", "point", "token", "mile", "kwh", "gem", "limit", NULL};
    char w[NW][TOK_LEN];
    int n = ground_split_name(name, w, NW);
    for (int j = 0; j < n; j++)
        for (int k = 0; units[k]; k++)
            if (!strcmp(w[j], units[k]))
                return 1;
    return 0;
}

int ground_concept(const catalog *cat, const ground_index *gx, lex_concept con, int near, qcol *m1,
                   qcol *m2)
{
    m2->t = m2->c = -1;
    m1->t = m1->c = -1;
    int bestd = 1 << 30;
    dists ds = {.cat = cat, .g = ground_joins(gx), .near = near};
    if (con == CON_REVENUE || con == CON_SPEND) {
        /* quantity x price in one table */
        for (size_t ti = 0; ti < cat->ntables; ti++) {
            int q = find_named(cat, (int)ti, "quantity");
            if (q < 0)
                q = find_named(cat, (int)ti, "qty");
            int p = find_named(cat, (int)ti, "price");
            if (q < 0 || p < 0)
                continue;
            int d = near < 0 ? 0 : dist_to(&ds, (int)ti);
            if (d < 0)
                d = 100;
            if (d < bestd) {
                bestd = d;
                *m1 = (qcol){(int)ti, q};
                *m2 = (qcol){(int)ti, p};
            }
        }
        /* "how much did we collect per payment method": the near table's own
         * money column (payments.amount) before a product elsewhere */
        const char *const *own = lex_concept_names(con);
        for (int r = 0; m1->c >= 0 && bestd > 0 && near >= 0 && own && own[r]; r++) {
            int c = find_named(cat, near, own[r]);
            if (c >= 0) {
                *m1 = (qcol){near, c};
                *m2 = (qcol){-1, -1};
                break;
            }
        }
        if (m1->c >= 0) {
            free(ds.depth);
            return 0;
        }
    }
    const char *const *names = lex_concept_names(con);
    if (!names) {
        free(ds.depth);
        return -1;
    }
    int bestr = 1 << 30;
    int money = con == CON_REVENUE || con == CON_SPEND || con == CON_PRICE;
    for (size_t ti = 0; ti < cat->ntables; ti++) {
        for (int r = 0; names[r]; r++) {
            int c = find_named(cat, (int)ti, names[r]);
            if (c < 0 || (money && names_other_unit(cat->tables[ti].cols[c].name)))
                continue;   /* "coinAmount" is no sum of money */
            int d = near < 0 ? 0 : dist_to(&ds, (int)ti);
            if (d < 0)
                d = 100;
            /* a table named after the word holds the values themselves
             * (salaries.annual_salary, not jobs.min_salary) */
            int score = d * 100 + r * 2 + !name_has(cat->tables[ti].name, names[r]);
            if (score < bestr) {
                bestr = score;
                *m1 = (qcol){(int)ti, c};
            }
            break;
        }
    }
    free(ds.depth);
    return m1->c >= 0 ? 0 : -1;
}
