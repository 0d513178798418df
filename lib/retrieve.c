/* retrieve.c: stage 2, the schema that matters to a question (see
 * retrieve.h). Each table is a document of an in-memory SQLite FTS5 index
 * written in the stems of retrieve_words.c: its name and the semantic
 * file's synonyms for it; its columns' names and synonyms; the tables it
 * references; its descriptions (comments, the semantic file's descriptions
 * and named measures). A second index holds the short values of its
 * categorical columns ('Cardiology', 'no_show'), one row per column. A
 * question's words and the compounds adjacent words make ("sign up" ->
 * signup, "no-show" -> noshow) are concepts; the words the analyst's
 * vocabulary relates to each stand for it at half weight, and a concept
 * scores a table by bm25 of its best match, a name weighing most. For a
 * turn of a conversation the previous question's concepts count at half
 * weight and the tables its SQL read come first. A table the question
 * names whole (every word of its name, or of a synonym) gains three times
 * the idf of its name; every table gains a share of its best neighbours'
 * scores along foreign keys (one and two hops), so the table holding the
 * measure joins the one the question names; and a little for being
 * central (keys, rows). With table vectors (--embeddings) the nearest
 * tables join by reciprocal rank fusion (retrieve_vec.c). The selection,
 * when the whole schema does not fit the budget: the previous SQL's tables,
 * then the best tables, each with the foreign-key path joining it to the
 * best one, near-copies of chosen tables (staging, archive) after the
 * rest, until the budget is spent or the scores fall below a quarter of
 * the best; when nothing matches, the most central tables in a third of
 * the budget. A wide table shows its keys, its first columns and those the
 * question names. */
#include "retrieve.h"

#include <ctype.h>
#include <math.h>
#include <sqlite3.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sample.h"
#include "semantic.h"
#include "util.h"


/* bm25 weights of the table index's columns: name, cols, about, refs */
#define W_NAME 6.0
#define W_COLS 2.0
#define W_ABOUT 1.5
#define W_REFS 0.5
#define W_VALS 1.0          /* the value index's scores against the table index's */
#define NAME_BONUS 3.0      /* x the idf of its name: a table the question names whole */
#define PREV_WEIGHT 0.5     /* the previous question's terms in a conversation */
#define PIN_SHARE 0.5       /* the previous SQL's tables score this share of the best */
#define HOP1 0.5            /* a table gains this share of its best neighbour's score */
#define HOP2 0.25           /* and of the best two foreign keys away */
#define PRIOR_SHARE 0.1     /* being central (keys, rows) adds at most this share */
#define MIN_SHARE 0.25      /* tables below this share of the best are not worth a place */
#define PATH_TOP 8          /* join paths from the best table to this many of the next */
#define COPIES 2            /* copies of a chosen table taken before the others are deferred */
#define DUP_JACCARD 0.7     /* column names this alike: a copy (staging, archive) */
#define COMMON_SHARE 0.25   /* weak words in more of the tables than this are not looked up */
#define NO_MATCH_SHARE 3    /* nothing matched: a third of the budget, central tables */
#define MAX_TERMS 160
#define MAX_WORDS 64
#define VALUES_PER_COLUMN 30
#define VALUE_MAX_BYTES 40
#define VALUE_MAX_WORDS 4
#define WIDE_COLUMNS 40     /* a table with more columns shows its keys, the first */
#define WIDE_SHOWN 10       /* this many and those the question names */

typedef struct tinfo {
    uint32_t *colh;         /* its column names hashed, sorted */
    size_t ncolh;
    size_t ddl, bare;       /* bytes of its DDL with and without sample values */
    double prior;           /* how central, 0..1: foreign keys and rows */
} tinfo;

/* A name of a table (its own, or a synonym from the semantic file) as stems. */
typedef struct tname {
    int t;
    size_t nstems;
    double idf;             /* of its stems among the names, summed */
} tname;

typedef struct posting {
    char w[RETRIEVE_WORD_MAX];
    int name;               /* index into names */
} posting;

typedef struct iword {
    char *w;
    size_t df;              /* the rows holding it */
} iword;

typedef struct lname {
    char *lower;            /* a table's name, lower case */
    int t;
} lname;

typedef struct example {
    char **terms;
    size_t n;
} example;

struct retriever {
    const catalog *cat;
    retrieve_vocab *vocab;
    sqlite3 *db;            /* the FTS5 indexes in memory; NULL without FTS5 */
    sqlite3_stmt *q_tab, *q_val;
    tinfo *t;
    tname *names;
    size_t nnames;
    posting *post;          /* stem -> name, sorted by stem */
    size_t npost;
    iword *words, *vwords;  /* the stems of each index, sorted */
    size_t nwords, nvwords;
    int *vrow;              /* the value index's rows: the table of each */
    size_t nvrows, cap_vrows;
    lname *lnames;          /* sorted: the tables a previous SQL names */
    int **adj;              /* per table: the tables joined to it by a foreign key */
    size_t *nadj;
    float *vecs;            /* one vector per table (ntables * dim), or NULL */
    size_t dim;
    example *ex;            /* the semantic file's examples' question stems */
    size_t nex;
    struct tcache *tc;      /* the terms searched so far and their matches (run_match) */
};

static struct tcache *tcache_new(void);
static void tcache_free(struct tcache *tc);

/* a then b into out, when they fit */
static int join2(char out[RETRIEVE_WORD_MAX], const char *a, const char *b)
{
    size_t la = strlen(a), lb = strlen(b);
    if (la + lb >= RETRIEVE_WORD_MAX)
        return 0;
    memcpy(out, a, la);
    memcpy(out + la, b, lb + 1);
    return 1;
}

/* ---- building: the documents ----------------------------------------------- */

/* Text to stems for the index: stop words out, but the compounds of
 * adjacent words in ("no_show" -> noshow, "check_ins" -> checkin). */
typedef struct adder {
    buf *b;
    const retrieve_vocab *v;
    char prev[RETRIEVE_WORD_MAX];
    int has_prev;
} adder;

static void add_one(void *ctx, const char *w, size_t len)
{
    adder *a = ctx;
    char raw[RETRIEVE_WORD_MAX], s[RETRIEVE_WORD_MAX];
    if (!retrieve_lower(w, len, raw))
        return;
    memcpy(s, raw, sizeof s);
    retrieve_stem(s);
    if (retrieve_term_weight(a->v, raw, s) > 0) {
        buf_addc(a->b, ' ');
        buf_add(a->b, s);
    }
    char c[RETRIEVE_WORD_MAX];
    if (a->has_prev && join2(c, a->prev, s)) {
        buf_addc(a->b, ' ');
        buf_add(a->b, c);
    }
    memcpy(a->prev, s, sizeof s);
    a->has_prev = 1;
}

static void add_text(buf *b, const retrieve_vocab *v, const char *text)
{
    adder a = { b, v, "", 0 };
    if (text)
        retrieve_words(text, add_one, &a);
}

static void add_list(buf *b, const retrieve_vocab *v, char **items, size_t n)
{
    for (size_t i = 0; i < n; i++)
        add_text(b, v, items[i]);
}

/* A column whose few values repeat (a status, a country, a specialty), not
 * names, e-mails or codes: its short values are worth matching. */
static int categorical(const cat_table *t, const cat_column *c)
{
    if (!c->nsamples || c->pk || c->ref_table || c->kind == COL_DATE || c->kind == COL_DATETIME ||
        c->kind == COL_INT || c->kind == COL_REAL || c->kind == COL_BLOB)
        return 0;
    if (c->samples_complete && c->nsamples <= 30)
        return 1;
    if (c->nsamples >= SAMPLE_VALUES)
        return 0;
    return t->rows > 0 && (int64_t)c->nsamples * 2 <= t->rows;
}

static int short_value(const char *v)
{
    size_t words = 0;
    int in = 0;
    if (!v || !*v || strlen(v) > VALUE_MAX_BYTES)
        return 0;
    for (const char *p = v; *p; p++) {
        int w = isalnum((unsigned char)*p) || (unsigned char)*p >= 0x80;
        words += w && !in;
        in = w;
    }
    return words > 0 && words <= VALUE_MAX_WORDS;
}

/* The named measures reading table t ("revenue": SUM(order_items.quantity
 * * order_items.unit_price) describes order_items). */
static void add_measures(buf *b, const retrieve_vocab *v, const semantic *sem, int t)
{
    for (size_t m = 0; sem && m < sem->nmeasures; m++) {
        const sem_measure *me = &sem->measures[m];
        int reads = me->t == t;
        for (int k = 0; k < me->nrefs && !reads; k++)
            reads = me->refs[k][0] == t;
        if (!reads)
            continue;
        add_text(b, v, me->name);
        add_list(b, v, me->synonyms, me->nsyn);
        add_text(b, v, me->description);
    }
}

/* One value column as a row of the value index. */
static int insert_values(retriever *r, sqlite3_stmt *ins, int t, const buf *vals)
{
    if (r->nvrows == r->cap_vrows) {
        size_t cap = r->cap_vrows ? r->cap_vrows * 2 : 1024;
        int *v = realloc(r->vrow, cap * sizeof *v);
        if (!v)
            return -1;
        r->vrow = v;
        r->cap_vrows = cap;
    }
    r->vrow[r->nvrows++] = t;
    sqlite3_bind_int64(ins, 1, (sqlite3_int64)r->nvrows);
    sqlite3_bind_text(ins, 2, buf_str(vals), -1, SQLITE_STATIC);
    int rc = sqlite3_step(ins) == SQLITE_DONE ? 0 : -1;
    sqlite3_reset(ins);
    return rc;
}

/* One table's documents: a row of the table index, a row of the value
 * index per categorical column. */
static int index_table(retriever *r, size_t i, sqlite3_stmt *ins_tab, sqlite3_stmt *ins_val)
{
    const catalog *cat = r->cat;
    const cat_table *t = &cat->tables[i];
    const semantic *sem = cat->sem;
    const sem_table *st = sem ? semantic_table(sem, (int)i) : NULL;
    buf name, cols, about, refs, vals;
    buf_init(&name);
    buf_init(&cols);
    buf_init(&about);
    buf_init(&refs);
    buf_init(&vals);
    add_text(&name, r->vocab, t->name);
    if (st)
        add_list(&name, r->vocab, st->synonyms, st->nsyn);
    add_text(&about, r->vocab, t->comment);
    add_text(&about, r->vocab, t->schema);
    /* the semantic file's description (once: it may be the comment already) */
    if (st && st->description && (!t->comment || strcmp(t->comment, st->description) != 0))
        add_text(&about, r->vocab, st->description);
    add_measures(&about, r->vocab, sem, (int)i);
    int rc = 0;
    for (size_t c = 0; c < t->ncols && rc == 0; c++) {
        const cat_column *col = &t->cols[c];
        /* a reference (customer_id) names another table, not an attribute */
        if (col->ref_table) {
            add_text(&refs, r->vocab, col->name);
            add_text(&refs, r->vocab, col->ref_table);
        } else {
            add_text(&cols, r->vocab, col->name);
        }
        add_text(&about, r->vocab, col->comment);
        for (size_t s = 0; st && s < st->ncols; s++)
            if (st->cols[s].c == (int)c) {
                const char *d = st->cols[s].description;
                add_list(&cols, r->vocab, st->cols[s].synonyms, st->cols[s].nsyn);
                if (d && (!col->comment || strcmp(col->comment, d) != 0))
                    add_text(&about, r->vocab, d);
            }
        if (!categorical(t, col))
            continue;
        buf_reset(&vals);
        for (size_t s = 0, n = 0; s < col->nsamples && n < VALUES_PER_COLUMN; s++)
            if (short_value(col->samples[s])) {
                add_text(&vals, r->vocab, col->samples[s]);
                n++;
            }
        if (vals.oom)
            rc = -1;
        else if (vals.len)
            rc = insert_values(r, ins_val, (int)i, &vals);
    }
    if (rc == 0 && (name.oom || cols.oom || about.oom || refs.oom))
        rc = -1;
    if (rc == 0) {
        sqlite3_bind_int64(ins_tab, 1, (sqlite3_int64)i + 1);
        sqlite3_bind_text(ins_tab, 2, buf_str(&name), -1, SQLITE_STATIC);
        sqlite3_bind_text(ins_tab, 3, buf_str(&cols), -1, SQLITE_STATIC);
        sqlite3_bind_text(ins_tab, 4, buf_str(&about), -1, SQLITE_STATIC);
        sqlite3_bind_text(ins_tab, 5, buf_str(&refs), -1, SQLITE_STATIC);
        rc = sqlite3_step(ins_tab) == SQLITE_DONE ? 0 : -1;
        sqlite3_reset(ins_tab);
    }
    buf_free(&name);
    buf_free(&cols);
    buf_free(&about);
    buf_free(&refs);
    buf_free(&vals);
    return rc;
}

/* The sorted stems of an index (fts5vocab) and the rows holding each. */
static iword *index_words(sqlite3 *db, const char *vocab_table, size_t *n)
{
    sqlite3_stmt *st;
    iword *v = NULL;
    size_t cap = 0;
    *n = 0;
    char sql[96];
    snprintf(sql, sizeof sql, "SELECT term, doc FROM %s ORDER BY term", vocab_table);
    if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) != SQLITE_OK)
        return NULL;
    while (sqlite3_step(st) == SQLITE_ROW) {
        if (*n == cap) {
            cap = cap ? cap * 2 : 1024;
            iword *nv = realloc(v, cap * sizeof *nv);
            if (!nv)
                break;
            v = nv;
        }
        if (!(v[*n].w = xstrdup((const char *)sqlite3_column_text(st, 0))))
            break;
        v[*n].df = (size_t)sqlite3_column_int64(st, 1);
        (*n)++;
    }
    sqlite3_finalize(st);
    return v;
}

static void free_words(iword *v, size_t n)
{
    for (size_t i = 0; i < n; i++)
        free(v[i].w);
    free(v);
}

static int build_index(retriever *r)
{
    /* one thread at a time uses a retriever: no mutexes */
    if (sqlite3_open_v2(":memory:", &r->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX,
                        NULL) != SQLITE_OK)
        return -1;
    /* the stems are written by retrieve_words: the ascii tokenizer splits them the same way */
    if (sqlite3_exec(r->db, "CREATE VIRTUAL TABLE tab USING fts5(name, cols, about, refs, tokenize = 'ascii');"
                            "CREATE VIRTUAL TABLE val USING fts5(vals, tokenize = 'ascii');"
                            "CREATE VIRTUAL TABLE tab_words USING fts5vocab(tab, 'row');"
                            "CREATE VIRTUAL TABLE val_words USING fts5vocab(val, 'row')",
                     NULL, NULL, NULL) != SQLITE_OK) {
        /* a SQLite without FTS5: names alone */
        sqlite3_close(r->db);
        r->db = NULL;
        return 0;
    }
    sqlite3_stmt *ins_tab = NULL, *ins_val = NULL;
    int rc = sqlite3_exec(r->db, "BEGIN", NULL, NULL, NULL) == SQLITE_OK &&
             sqlite3_prepare_v2(r->db, "INSERT INTO tab(rowid, name, cols, about, refs) "
                                "VALUES(?1, ?2, ?3, ?4, ?5)", -1, &ins_tab, NULL) == SQLITE_OK &&
             sqlite3_prepare_v2(r->db, "INSERT INTO val(rowid, vals) VALUES(?1, ?2)", -1, &ins_val,
                                NULL) == SQLITE_OK ? 0 : -1;
    for (size_t i = 0; rc == 0 && i < r->cat->ntables; i++)
        rc = index_table(r, i, ins_tab, ins_val);
    sqlite3_finalize(ins_tab);
    sqlite3_finalize(ins_val);
    if (sqlite3_exec(r->db, rc == 0 ? "COMMIT" : "ROLLBACK", NULL, NULL, NULL) != SQLITE_OK)
        rc = -1;
    if (rc == 0) {
        char q[160];
        snprintf(q, sizeof q, "SELECT rowid, bm25(tab, %g, %g, %g, %g) FROM tab WHERE tab MATCH ?1",
                 W_NAME, W_COLS, W_ABOUT, W_REFS);
        if (sqlite3_prepare_v3(r->db, q, -1, SQLITE_PREPARE_PERSISTENT, &r->q_tab, NULL) != SQLITE_OK ||
            sqlite3_prepare_v3(r->db, "SELECT rowid, bm25(val) FROM val WHERE val MATCH ?1", -1,
                               SQLITE_PREPARE_PERSISTENT, &r->q_val, NULL) != SQLITE_OK)
            rc = -1;
    }
    if (rc == 0) {
        r->words = index_words(r->db, "tab_words", &r->nwords);
        r->vwords = index_words(r->db, "val_words", &r->nvwords);
    }
    return rc;
}

/* ---- building: names, columns, the graph, sizes ------------------------------- */

static int posting_cmp(const void *a, const void *b)
{
    const posting *x = a, *y = b;
    int c = strcmp(x->w, y->w);
    return c ? c : x->name - y->name;
}

typedef struct stems {
    char w[24][RETRIEVE_WORD_MAX];
    size_t n;
} stems;

static void stem_one(void *ctx, const char *w, size_t len)
{
    stems *s = ctx;
    char st[RETRIEVE_WORD_MAX];
    if (s->n == 24 || !retrieve_fold(w, len, st))
        return;
    for (size_t i = 0; i < s->n; i++)
        if (strcmp(s->w[i], st) == 0)
            return;
    memcpy(s->w[s->n++], st, sizeof st);
}

/* One name of table t: its stems posted. */
static int add_name(retriever *r, int t, const char *text, size_t *cap_names, size_t *cap_post)
{
    stems s = { .n = 0 };
    retrieve_words(text, stem_one, &s);
    if (!s.n)
        return 0;
    if (r->nnames == *cap_names) {
        *cap_names = *cap_names ? *cap_names * 2 : 256;
        tname *n = realloc(r->names, *cap_names * sizeof *n);
        if (!n)
            return -1;
        r->names = n;
    }
    if (r->npost + s.n > *cap_post) {
        *cap_post = (*cap_post + s.n) * 2;
        posting *p = realloc(r->post, *cap_post * sizeof *p);
        if (!p)
            return -1;
        r->post = p;
    }
    r->names[r->nnames] = (tname){ t, s.n, 0 };
    for (size_t k = 0; k < s.n; k++) {
        memcpy(r->post[r->npost].w, s.w[k], RETRIEVE_WORD_MAX);
        r->post[r->npost].name = (int)r->nnames;
        r->npost++;
    }
    r->nnames++;
    return 0;
}

/* The range of postings of stem w: [*lo, return). */
static size_t postings(const retriever *r, const char *w, size_t *lo)
{
    size_t a = 0, b = r->npost;
    while (a < b) {
        size_t m = (a + b) / 2;
        if (strcmp(r->post[m].w, w) < 0)
            a = m + 1;
        else
            b = m;
    }
    *lo = a;
    while (b < r->npost && strcmp(r->post[b].w, w) == 0)
        b++;
    return b;
}

static int build_names(retriever *r)
{
    size_t cap_names = 0, cap_post = 0;
    const semantic *sem = r->cat->sem;
    for (size_t i = 0; i < r->cat->ntables; i++) {
        if (add_name(r, (int)i, r->cat->tables[i].name, &cap_names, &cap_post) < 0)
            return -1;
        const sem_table *st = sem ? semantic_table(sem, (int)i) : NULL;
        for (size_t k = 0; st && k < st->nsyn; k++)
            if (add_name(r, (int)i, st->synonyms[k], &cap_names, &cap_post) < 0)
                return -1;
    }
    if (r->npost)
        qsort(r->post, r->npost, sizeof *r->post, posting_cmp);
    /* the idf of each name: a name shared by many tables (events) says less */
    double N = (double)r->cat->ntables + 1;
    for (size_t p = 0; p < r->npost;) {
        size_t lo, hi = postings(r, r->post[p].w, &lo);
        double idf = log(N / (double)(hi - lo));
        for (size_t k = lo; k < hi; k++)
            r->names[r->post[k].name].idf += idf;
        p = hi;
    }
    return 0;
}

static int lname_cmp(const void *a, const void *b)
{
    return strcmp(((const lname *)a)->lower, ((const lname *)b)->lower);
}

static int build_lnames(retriever *r)
{
    size_t N = r->cat->ntables;
    r->lnames = calloc(N ? N : 1, sizeof *r->lnames);
    if (!r->lnames)
        return -1;
    for (size_t i = 0; i < N; i++) {
        char *l = xstrdup(r->cat->tables[i].name);
        if (!l)
            return -1;
        for (char *p = l; *p; p++)
            *p = (char)tolower((unsigned char)*p);
        r->lnames[i] = (lname){ l, (int)i };
    }
    qsort(r->lnames, N, sizeof *r->lnames, lname_cmp);
    return 0;
}

static int adj_add(retriever *r, int a, int b)
{
    for (size_t k = 0; k < r->nadj[a]; k++)
        if (r->adj[a][k] == b)
            return 0;
    int *n2 = realloc(r->adj[a], (r->nadj[a] + 1) * sizeof *n2);
    if (!n2)
        return -1;
    r->adj[a] = n2;
    n2[r->nadj[a]++] = b;
    return 0;
}

static int build_adjacency(retriever *r)
{
    size_t N = r->cat->ntables;
    r->adj = calloc(N ? N : 1, sizeof *r->adj);
    r->nadj = calloc(N ? N : 1, sizeof *r->nadj);
    if (!r->adj || !r->nadj)
        return -1;
    for (size_t i = 0; i < N; i++) {
        const cat_table *t = &r->cat->tables[i];
        for (size_t c = 0; c < t->ncols; c++) {
            int u = t->cols[c].ref_t;
            if (u >= 0 && (size_t)u != i &&
                (adj_add(r, (int)i, u) < 0 || adj_add(r, u, (int)i) < 0))
                return -1;
        }
    }
    return 0;
}

static uint32_t hash_name(const char *s)
{
    uint32_t h = 2166136261u;
    for (; *s; s++)
        h = (h ^ (uint32_t)tolower((unsigned char)*s)) * 16777619u;
    return h;
}

static int u32_cmp(const void *a, const void *b)
{
    uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
    return x < y ? -1 : x > y;
}

/* A schema comment on one line of the DDL: blanks run together, at most
 * 200 bytes. */
static void add_comment(buf *b, const char *s)
{
    size_t n = 0;
    for (const char *p = s; *p && n < 200; p++) {
        if (isspace((unsigned char)*p)) {
            while (isspace((unsigned char)p[1]))
                p++;
            if (!p[1])
                break;
            buf_addc(b, ' ');
        } else {
            buf_addc(b, *p);
        }
        n++;
    }
}

static void table_ddl(buf *b, const cat_table *t, char **qt, size_t nq, char **ct, size_t nc, int with_samples);

static int build_tables(retriever *r)
{
    size_t N = r->cat->ntables;
    r->t = calloc(N ? N : 1, sizeof *r->t);
    if (!r->t)
        return -1;
    double maxrows = 0, maxdeg = 0;
    for (size_t i = 0; i < N; i++) {
        const cat_table *t = &r->cat->tables[i];
        if ((double)t->rows > maxrows)
            maxrows = (double)t->rows;
        if ((double)r->nadj[i] > maxdeg)
            maxdeg = (double)r->nadj[i];
    }
    buf b;
    buf_init(&b);
    for (size_t i = 0; i < N; i++) {
        const cat_table *t = &r->cat->tables[i];
        tinfo *ti = &r->t[i];
        ti->colh = malloc((t->ncols ? t->ncols : 1) * sizeof *ti->colh);
        if (!ti->colh) {
            buf_free(&b);
            return -1;
        }
        for (size_t c = 0; c < t->ncols; c++)
            ti->colh[c] = hash_name(t->cols[c].name);
        ti->ncolh = t->ncols;
        qsort(ti->colh, ti->ncolh, sizeof *ti->colh, u32_cmp);
        buf_reset(&b);
        table_ddl(&b, t, NULL, 0, NULL, 0, 1);
        ti->ddl = b.len;
        buf_reset(&b);
        table_ddl(&b, t, NULL, 0, NULL, 0, 0);
        ti->bare = b.len;
        double rows = t->rows > 0 ? log1p((double)t->rows) / log1p(maxrows) : 0;
        double deg = maxdeg > 0 ? (double)r->nadj[i] / maxdeg : 0;
        ti->prior = 0.5 * rows + 0.5 * deg;
    }
    buf_free(&b);
    return b.oom ? -1 : 0;
}

static int build_examples(retriever *r)
{
    const semantic *sem = r->cat->sem;
    if (!sem || !sem->nexamples)
        return 0;
    r->ex = calloc(sem->nexamples, sizeof *r->ex);
    if (!r->ex)
        return -1;
    r->nex = sem->nexamples;
    for (size_t i = 0; i < r->nex; i++)
        r->ex[i].n = retrieve_terms(sem->examples[i].question, &r->ex[i].terms);
    return 0;
}

retriever *retrieve_new(const catalog *cat)
{
    retriever *r = calloc(1, sizeof *r);
    if (!r)
        return NULL;
    r->cat = cat;
    if (!(r->tc = tcache_new()) || !(r->vocab = retrieve_vocab_new()) ||
        build_index(r) < 0 || build_names(r) < 0 ||
        build_lnames(r) < 0 || build_adjacency(r) < 0 || build_tables(r) < 0 || build_examples(r) < 0) {
        retrieve_free(r);
        return NULL;
    }
    return r;
}

void retrieve_free(retriever *r)
{
    if (!r)
        return;
    size_t N = r->cat->ntables;
    sqlite3_finalize(r->q_tab);
    sqlite3_finalize(r->q_val);
    sqlite3_close(r->db);
    retrieve_vocab_free(r->vocab);
    for (size_t i = 0; r->t && i < N; i++)
        free(r->t[i].colh);
    free(r->t);
    free(r->names);
    free(r->post);
    free(r->vrow);
    free_words(r->words, r->nwords);
    free_words(r->vwords, r->nvwords);
    for (size_t i = 0; r->lnames && i < N; i++)
        free(r->lnames[i].lower);
    free(r->lnames);
    for (size_t i = 0; r->adj && i < N; i++)
        free(r->adj[i]);
    free(r->adj);
    free(r->nadj);
    free(r->vecs);
    for (size_t i = 0; i < r->nex; i++)
        retrieve_terms_free(r->ex[i].terms, r->ex[i].n);
    free(r->ex);
    tcache_free(r->tc);
    free(r);
}

int retrieve_set_vectors(retriever *r, const float *vecs, size_t dim)
{
    size_t n = r->cat->ntables * dim;
    float *copy = vecs && n ? malloc(n * sizeof *copy) : NULL;
    if (vecs && n && !copy)
        return -1;
    if (copy)
        memcpy(copy, vecs, n * sizeof *copy);
    free(r->vecs);
    r->vecs = copy;
    r->dim = copy ? dim : 0;
    return 0;
}

size_t retrieve_vector_dim(const retriever *r)
{
    return r->dim;
}

/* ---- the question's terms ------------------------------------------------------
 * Each word of the question (and each compound it makes) is a concept; the
 * words related to it stand for the same concept, which scores a table by
 * its best match, so "revenue" counts once in a table holding both an
 * amount and a payment. */

typedef struct qterm {
    char w[RETRIEVE_WORD_MAX];
    double wt;              /* the most any concept gives it */
    int own;                /* the question's own word or compound (not a related one, not
                             * the previous question's) */
    double name_wt;         /* its weight in naming a table whole (0: it names none) */
} qterm;

typedef struct qentry {
    int term, concept;
    double wt;
} qentry;

typedef struct qterms {
    qterm v[MAX_TERMS];     /* unique */
    size_t n;
    qentry e[MAX_TERMS * 2];
    size_t ne;
    int head[MAX_TERMS];    /* each concept's own word (a term) */
    size_t nc;              /* concepts */
} qterms;

/* Term w of concept c at weight wt; names: it may name a table. */
static void qterms_add(qterms *q, const char *w, double wt, size_t c, int own, int names)
{
    if (wt <= 0 || strlen(w) >= RETRIEVE_WORD_MAX)
        return;
    size_t i = 0;
    while (i < q->n && strcmp(q->v[i].w, w) != 0)
        i++;
    if (i == q->n) {
        if (q->n == MAX_TERMS)
            return;
        memcpy(q->v[i].w, w, strlen(w) + 1);
        q->v[i].wt = 0;
        q->v[i].own = 0;
        q->v[i].name_wt = 0;
        q->n++;
    }
    if (wt > q->v[i].wt)
        q->v[i].wt = wt;
    if (names && wt > q->v[i].name_wt)
        q->v[i].name_wt = wt;
    q->v[i].own |= own;
    for (size_t k = 0; k < q->ne; k++)
        if (q->e[k].term == (int)i && q->e[k].concept == (int)c) {
            if (wt > q->e[k].wt)
                q->e[k].wt = wt;
            return;
        }
    if (q->ne < sizeof q->e / sizeof *q->e)
        q->e[q->ne++] = (qentry){ (int)i, (int)c, wt };
}

/* Is w already a concept's own word? */
static int is_concept(const qterms *q, const char *w)
{
    for (size_t c = 0; c < q->nc; c++)
        if (strcmp(q->v[q->head[c]].w, w) == 0)
            return 1;
    return 0;
}

static int iword_cmp(const void *a, const void *b)
{
    return strcmp(((const iword *)a)->w, ((const iword *)b)->w);
}

/* The rows of an index holding w (0: none). */
static size_t in_words(const iword *words, size_t n, const char *w)
{
    iword key = { (char *)w, 0 };
    const iword *hit = words ? bsearch(&key, words, n, sizeof *words, iword_cmp) : NULL;
    return hit ? hit->df : 0;
}

/* Is w a stem of either index? */
static int known(const retriever *r, const char *w)
{
    return in_words(r->words, r->nwords, w) || in_words(r->vwords, r->nvwords, w);
}

typedef struct raw {
    char w[MAX_WORDS][RETRIEVE_WORD_MAX];
    char glued[MAX_WORDS];  /* split from the word before at camelCase (PayPal) */
    const char *end;        /* where the word before ended */
    size_t n;
} raw;

static void raw_one(void *ctx, const char *w, size_t len)
{
    raw *rw = ctx;
    if (rw->n < MAX_WORDS && retrieve_lower(w, len, rw->w[rw->n])) {
        rw->glued[rw->n] = rw->n > 0 && w == rw->end;
        rw->n++;
    }
    rw->end = w + len;
}

/* A camelCase word the index knows whole ("PayPal": the value paypal) is
 * one word, not its pieces (pay, pal). */
static void join_glued(const retriever *r, raw *rw)
{
    size_t k = 0;
    for (size_t i = 0; i < rw->n;) {
        size_t j = i + 1;
        char whole[RETRIEVE_WORD_MAX], stem[RETRIEVE_WORD_MAX];
        snprintf(whole, sizeof whole, "%s", rw->w[i]);
        while (j < rw->n && rw->glued[j] && join2(stem, whole, rw->w[j])) {
            memcpy(whole, stem, sizeof whole);
            j++;
        }
        memcpy(stem, whole, sizeof stem);
        retrieve_stem(stem);
        if (j > i + 1 && known(r, stem)) {
            memcpy(rw->w[k], whole, sizeof whole);
            rw->glued[k++] = 0;
        } else {
            for (size_t m = i; m < j; m++) {
                memmove(rw->w[k], rw->w[m], RETRIEVE_WORD_MAX);
                rw->glued[k++] = rw->glued[m];
            }
        }
        i = j;
    }
    rw->n = k;
}

/* A new concept headed by w, unless w heads one already. */
static void add_concept(qterms *q, const char *w, double wt, int own)
{
    if (wt <= 0 || q->nc == MAX_TERMS || is_concept(q, w))
        return;
    size_t ne = q->ne;
    qterms_add(q, w, wt, q->nc, own, 1);
    if (q->ne > ne)
        q->head[q->nc++] = q->e[ne].term;
}

/* The concepts of text at scale: its words, their compounds the schema
 * knows, and the words related to them. */
static void question_terms(const retriever *r, const char *text, double scale, qterms *q)
{
    raw rw = { .n = 0 };
    if (!text)
        return;
    retrieve_words(text, raw_one, &rw);
    join_glued(r, &rw);
    char stem[MAX_WORDS][RETRIEVE_WORD_MAX];
    size_t first = q->ne;
    int own = scale >= 1;
    for (size_t i = 0; i < rw.n; i++) {
        memcpy(stem[i], rw.w[i], RETRIEVE_WORD_MAX);
        retrieve_stem(stem[i]);
        add_concept(q, stem[i], scale * retrieve_term_weight(r->vocab, rw.w[i], stem[i]), own);
        if (i == 0)
            continue;
        /* "sign up" -> signup, "no-show" -> noshow, "check ins" -> checkin */
        char c[RETRIEVE_WORD_MAX];
        if (join2(c, stem[i - 1], stem[i]) && known(r, c))
            add_concept(q, c, scale, own);
        if (join2(c, rw.w[i - 1], rw.w[i])) {
            retrieve_stem(c);
            if (known(r, c))
                add_concept(q, c, scale, own);
        }
    }
    /* the words a schema may use instead, for the content words */
    size_t n = q->ne;
    for (size_t i = first; i < n; i++) {
        qentry head = q->e[i];
        if (head.wt < scale * 0.5)
            continue;
        const char *rel[32];
        double w[32];
        int same[32];
        size_t k = retrieve_related(r->vocab, q->v[head.term].w, rel, w, same, 32);
        for (size_t j = 0; j < k; j++)
            qterms_add(q, rel[j], head.wt * w[j], (size_t)head.concept, 0, same[j]);
    }
}

/* ---- ranking ------------------------------------------------------------------ */

typedef struct ranking {
    double *direct;         /* per table: the words' score */
    double *score;          /* with its neighbours' shares and being central */
    char *vhit;             /* per table: a question word matched one of its values */
    int *order;             /* tables scoring above 0, best first */
    double *oscore;
    size_t n;
    int pinned[16];         /* the tables the previous SQL read */
    size_t npinned;
    qterms *q;
} ranking;

static void ranking_free(ranking *k)
{
    free(k->direct);
    free(k->score);
    free(k->vhit);
    free(k->order);
    free(k->oscore);
    free(k->q);
    memset(k, 0, sizeof *k);
}

/* The tables a term matches, with their scores: an index's matches plus
 * the best of the table's value columns. */
typedef struct hits {
    int *t;
    double *s;
    char *val;              /* matched a value */
    size_t n, cap;
} hits;

static int hits_add(hits *h, int t, double s, int val)
{
    if (h->n == h->cap) {
        size_t cap = h->cap ? h->cap * 2 : 256;
        int *nt = realloc(h->t, cap * sizeof *nt);
        double *ns = nt ? realloc(h->s, cap * sizeof *ns) : NULL;
        char *nv = ns ? realloc(h->val, cap) : NULL;
        if (nt)
            h->t = nt;
        if (ns)
            h->s = ns;
        if (nv)
            h->val = nv;
        if (!nv)
            return -1;
        h->cap = cap;
    }
    h->t[h->n] = t;
    h->s[h->n] = s;
    h->val[h->n] = (char)val;
    h->n++;
    return 0;
}

/* Scratch per table: a score, whether a value matched, and the tables
 * touched (each once) so that resetting costs what was touched. */
typedef struct scratch {
    double *v;
    char *val, *seen;
    int *touched;
    size_t n;
} scratch;

static int scratch_init(scratch *sc, size_t N)
{
    sc->v = calloc(N ? N : 1, sizeof *sc->v);
    sc->val = calloc(N ? N : 1, 1);
    sc->seen = calloc(N ? N : 1, 1);
    sc->touched = malloc((N ? N : 1) * sizeof *sc->touched);
    sc->n = 0;
    return sc->v && sc->val && sc->seen && sc->touched ? 0 : -1;
}

static void scratch_free(scratch *sc)
{
    free(sc->v);
    free(sc->val);
    free(sc->seen);
    free(sc->touched);
}

static void scratch_touch(scratch *sc, int t)
{
    if (!sc->seen[t]) {
        sc->seen[t] = 1;
        sc->touched[sc->n++] = t;
    }
}

static void scratch_max(scratch *sc, int t, double s, int val)
{
    scratch_touch(sc, t);
    if (s > sc->v[t])
        sc->v[t] = s;
    sc->val[t] |= (char)val;
}

/* ---- the terms searched: an index's matches never change, and the
 * questions of a session say the same words again ----------------------- */

#define TC_BUCKETS 1024
#define TC_MAX 8192         /* terms kept at most; others are searched each time */

/* One term's matches in one index: each table once, in the order the
 * search first met it, with its best score. */
typedef struct tmatch {
    struct tmatch *next;    /* the next in its bucket */
    int is_val;             /* the value index's, or the table index's */
    size_t n;
    int *t;
    double *v;
    char w[];
} tmatch;

typedef struct tcache {
    tmatch *b[TC_BUCKETS];
    size_t n;
} tcache;

/* The bucket of a term in an index. */
static size_t tcache_bucket(const char *w, int is_val)
{
    uint32_t h = 2166136261u ^ (uint32_t)is_val;
    for (; *w; w++)
        h = (h ^ (unsigned char)*w) * 16777619u;
    return h % TC_BUCKETS;
}

/* The matches kept for a term, or NULL. */
static const tmatch *tcache_find(const tcache *tc, const char *w, int is_val)
{
    for (const tmatch *m = tc ? tc->b[tcache_bucket(w, is_val)] : NULL; m; m = m->next)
        if (m->is_val == is_val && strcmp(m->w, w) == 0)
            return m;
    return NULL;
}

/* Keep a term's matches, the tables sc touched (nothing when out of
 * memory or full: the term is searched again next time). */
static void tcache_keep(tcache *tc, const char *w, int is_val, const scratch *sc)
{
    size_t len = strlen(w);
    tmatch *m = tc && tc->n < TC_MAX ? malloc(sizeof *m + len + 1) : NULL;
    if (!m)
        return;
    m->is_val = is_val;
    m->n = sc->n;
    m->t = malloc((sc->n ? sc->n : 1) * sizeof *m->t);
    m->v = malloc((sc->n ? sc->n : 1) * sizeof *m->v);
    if (!m->t || !m->v) {
        free(m->t);
        free(m->v);
        free(m);
        return;
    }
    for (size_t k = 0; k < sc->n; k++) {
        m->t[k] = sc->touched[k];
        m->v[k] = sc->v[sc->touched[k]];
    }
    memcpy(m->w, w, len + 1);
    size_t b = tcache_bucket(w, is_val);
    m->next = tc->b[b];
    tc->b[b] = m;
    tc->n++;
}

static tcache *tcache_new(void)
{
    return calloc(1, sizeof(tcache));
}

static void tcache_free(tcache *tc)
{
    for (size_t b = 0; tc && b < TC_BUCKETS; b++)
        for (tmatch *m = tc->b[b], *next; m; m = next) {
            next = m->next;
            free(m->t);
            free(m->v);
            free(m);
        }
    free(tc);
}

static void scratch_reset(scratch *sc)
{
    for (size_t k = 0; k < sc->n; k++) {
        int t = sc->touched[k];
        sc->v[t] = 0;
        sc->val[t] = 0;
        sc->seen[t] = 0;
    }
    sc->n = 0;
}

/* Run one term over an index: bm25 (negative in FTS5: the lower, the
 * better) into sc, the best row per table (a table has a row per value
 * column). A term searched before is replayed from the cache: the same
 * tables in the same order with the same scores. sc holds nothing yet. */
static void run_match(const retriever *r, sqlite3_stmt *st, const char *w, scratch *sc, int is_val)
{
    const tmatch *m = tcache_find(r->tc, w, is_val);
    if (m) {
        for (size_t k = 0; k < m->n; k++)
            scratch_max(sc, m->t[k], m->v[k], is_val);
        return;
    }
    int fresh = sc->n == 0;
    char phrase[RETRIEVE_WORD_MAX + 3];
    snprintf(phrase, sizeof phrase, "\"%s\"", w);
    sqlite3_bind_text(st, 1, phrase, -1, SQLITE_TRANSIENT);
    while (sqlite3_step(st) == SQLITE_ROW) {
        sqlite3_int64 row = sqlite3_column_int64(st, 0);
        int t = is_val ? (row >= 1 && (size_t)row <= r->nvrows ? r->vrow[row - 1] : -1)
                       : (row >= 1 && (size_t)row <= r->cat->ntables ? (int)row - 1 : -1);
        if (t >= 0)
            scratch_max(sc, t, (is_val ? W_VALS : 1) * -sqlite3_column_double(st, 1), is_val);
    }
    sqlite3_reset(st);
    if (fresh)
        tcache_keep(r->tc, w, is_val, sc);
}

/* The hits of every unique term: term i's are [off[i], off[i + 1]): the
 * table index's score plus the best of the table's value columns. */
static int term_hits(const retriever *r, const qterms *q, hits *h, size_t *off, scratch *sc, scratch *sv)
{
    size_t N = r->cat->ntables;
    double dN = (double)N + 1;
    for (size_t i = 0; i < q->n; i++) {
        const char *w = q->v[i].w;
        off[i] = h->n;
        /* a weak word (related, of analysis) in a quarter of the tables moves
         * no ranking: it is not worth its hundreds of rows */
        size_t df = in_words(r->words, r->nwords, w);
        if (q->v[i].wt < 1 && (double)df > (double)N * COMMON_SHARE)
            continue;
        if (r->db) {
            if (df)
                run_match(r, r->q_tab, w, sc, 0);
            if (in_words(r->vwords, r->nvwords, w)) {
                run_match(r, r->q_val, w, sv, 1);
                for (size_t k = 0; k < sv->n; k++) {
                    int t = sv->touched[k];
                    scratch_touch(sc, t);
                    sc->v[t] += sv->v[t];
                    sc->val[t] = 1;
                }
                scratch_reset(sv);
            }
        } else {
            /* no FTS5: the words of the names */
            size_t lo, hi = postings(r, w, &lo);
            for (size_t k = lo; k < hi; k++)
                scratch_max(sc, r->names[r->post[k].name].t, log(dN / (double)(hi - lo)), 0);
        }
        for (size_t k = 0; k < sc->n; k++) {
            int t = sc->touched[k];
            if (hits_add(h, t, sc->v[t], sc->val[t]) < 0)
                return -1;
        }
        scratch_reset(sc);
    }
    off[q->n] = h->n;
    return 0;
}

/* The words' score of every table: each concept's best match, summed;
 * then a bonus to the tables the question names whole. */
static int score_words(const retriever *r, const qterms *q, double *s, char *vhit)
{
    size_t N = r->cat->ntables;
    hits h = { 0 };
    size_t off[MAX_TERMS + 1];
    scratch sc, sv;
    int ok = scratch_init(&sc, N) == 0;
    ok &= scratch_init(&sv, N) == 0;
    size_t *cnt = calloc(r->nnames ? r->nnames : 1, sizeof *cnt);
    double *minw = malloc((r->nnames ? r->nnames : 1) * sizeof *minw);
    int rc = -1;
    if (!ok || !cnt || !minw || term_hits(r, q, &h, off, &sc, &sv) < 0)
        goto out;
    for (size_t c = 0; c < q->nc; c++) {
        for (size_t e = 0; e < q->ne; e++) {
            const qentry *en = &q->e[e];
            if (en->concept != (int)c)
                continue;
            for (size_t k = off[en->term]; k < off[en->term + 1]; k++) {
                scratch_max(&sc, h.t[k], en->wt * h.s[k], 0);
                if (h.val[k] && q->v[en->term].own)
                    vhit[h.t[k]] = 1;
            }
        }
        for (size_t k = 0; k < sc.n; k++)
            s[sc.touched[k]] += sc.v[sc.touched[k]];
        scratch_reset(&sc);
    }
    /* a table the question names whole ("accounts", "support tickets") */
    for (size_t i = 0; i < q->n; i++) {
        if (q->v[i].name_wt <= 0)
            continue;
        size_t lo, hi = postings(r, q->v[i].w, &lo);
        for (size_t k = lo; k < hi; k++) {
            int nm = r->post[k].name;
            if (!cnt[nm] || q->v[i].name_wt < minw[nm])
                minw[nm] = q->v[i].name_wt;
            cnt[nm]++;
        }
    }
    for (size_t nm = 0; nm < r->nnames; nm++)
        if (cnt[nm] && cnt[nm] == r->names[nm].nstems)
            s[r->names[nm].t] += NAME_BONUS * minw[nm] * r->names[nm].idf;
    rc = 0;
out:
    free(h.t);
    free(h.s);
    free(h.val);
    scratch_free(&sc);
    scratch_free(&sv);
    free(cnt);
    free(minw);
    return rc;
}

/* The tables a SQL text names, in order, at most max. */
static size_t sql_tables(const retriever *r, const char *sql, int *out, size_t max)
{
    size_t n = 0;
    for (const char *p = sql; p && *p && n < max;) {
        if (*p == '\'') {
            for (p++; *p && !(*p == '\'' && p[1] != '\''); p += *p == '\'' ? 2 : 1)
                ;
            if (*p)
                p++;
            continue;
        }
        if (*p == '-' && p[1] == '-') {
            p += strcspn(p, "\n");
            continue;
        }
        const char *s = p;
        size_t len;
        if (*p == '"' || *p == '`' || *p == '[') {
            char close = *p == '[' ? ']' : *p;
            s = ++p;
            p += strcspn(p, (char[]){ close, '\0' });
            len = (size_t)(p - s);
            if (*p)
                p++;
        } else if (isalpha((unsigned char)*p) || *p == '_') {
            while (isalnum((unsigned char)*p) || *p == '_' || *p == '$')
                p++;
            len = (size_t)(p - s);
        } else {
            p++;
            continue;
        }
        char name[256];
        if (len == 0 || len >= sizeof name)
            continue;
        for (size_t i = 0; i < len; i++)
            name[i] = (char)tolower((unsigned char)s[i]);
        name[len] = '\0';
        lname key = { name, 0 };
        const lname *hit = bsearch(&key, r->lnames, r->cat->ntables, sizeof *r->lnames, lname_cmp);
        if (!hit)
            continue;
        int dup = 0;
        for (size_t i = 0; i < n; i++)
            dup |= out[i] == hit->t;
        if (!dup)
            out[n++] = hit->t;
    }
    return n;
}

typedef struct ranked {
    int t;
    double s;
} ranked;

static int ranked_cmp(const void *a, const void *b)
{
    const ranked *x = a, *y = b;
    if (x->s != y->s)
        return x->s < y->s ? 1 : -1;
    return x->t - y->t;
}

/* Sort the tables scoring above 0 into k->order. */
static int order_tables(ranking *k, const double *s, size_t N)
{
    ranked *rk = malloc((N ? N : 1) * sizeof *rk);
    k->order = malloc((N ? N : 1) * sizeof *k->order);
    k->oscore = malloc((N ? N : 1) * sizeof *k->oscore);
    if (!rk || !k->order || !k->oscore) {
        free(rk);
        return -1;
    }
    size_t n = 0;
    for (size_t i = 0; i < N; i++)
        if (s[i] > 0)
            rk[n++] = (ranked){ (int)i, s[i] };
    qsort(rk, n, sizeof *rk, ranked_cmp);
    for (size_t i = 0; i < n; i++) {
        k->order[i] = rk[i].t;
        k->oscore[i] = rk[i].s;
    }
    k->n = n;
    free(rk);
    return 0;
}

/* With the question's vector: the words' ranking fused with the tables
 * nearest by cosine. */
#define FUSE_COSINE_TOP 3
static int fuse_vectors(const retriever *r, ranking *k, const float *qvec)
{
    int near[FUSE_COSINE_TOP];
    size_t nn = retrieve_cosine_top(r->vecs, r->cat->ntables, r->dim, qvec, FUSE_COSINE_TOP, near);
    int *t = malloc((k->n + nn + 1) * sizeof *t);
    double *s = malloc((k->n + nn + 1) * sizeof *s);
    if (!t || !s) {
        free(t);
        free(s);
        return -1;
    }
    k->n = retrieve_fuse(k->order, k->n, near, nn, t, s);
    free(k->order);
    free(k->oscore);
    k->order = t;
    k->oscore = s;
    for (size_t i = 0; i < k->n; i++)
        k->score[t[i]] = s[i];
    return 0;
}

static int rank_all(const retriever *r, const retrieve_query *rq, ranking *k)
{
    memset(k, 0, sizeof *k);
    size_t N = r->cat->ntables;
    k->direct = calloc(N ? N : 1, sizeof *k->direct);
    k->score = calloc(N ? N : 1, sizeof *k->score);
    k->vhit = calloc(N ? N : 1, 1);
    k->q = malloc(sizeof *k->q);
    if (!k->direct || !k->score || !k->vhit || !k->q) {
        ranking_free(k);
        return -1;
    }
    k->q->n = k->q->ne = k->q->nc = 0;
    question_terms(r, rq->question, 1.0, k->q);
    if (rq->prev_question)
        question_terms(r, rq->prev_question, PREV_WEIGHT, k->q);
    if (score_words(r, k->q, k->direct, k->vhit) < 0) {
        ranking_free(k);
        return -1;
    }
    if (rq->prev_sql)
        k->npinned = sql_tables(r, rq->prev_sql, k->pinned, sizeof k->pinned / sizeof *k->pinned);
    double best = 0;
    for (size_t i = 0; i < N; i++)
        if (k->direct[i] > best)
            best = k->direct[i];
    for (size_t i = 0; i < k->npinned; i++)
        k->direct[k->pinned[i]] += PIN_SHARE * (best > 1 ? best : 1);
    /* a share of the neighbours' scores, one and two foreign keys away */
    for (size_t i = 0; i < N; i++) {
        double h1 = 0, h2 = 0;
        for (size_t a = 0; a < r->nadj[i]; a++) {
            int j = r->adj[i][a];
            if (k->direct[j] > h1)
                h1 = k->direct[j];
            for (size_t b = 0; b < r->nadj[j]; b++) {
                int m = r->adj[j][b];
                if ((size_t)m != i && k->direct[m] > h2)
                    h2 = k->direct[m];
            }
        }
        double s = k->direct[i] + HOP1 * h1 + HOP2 * h2;
        k->score[i] = s > 0 ? s * (1 + PRIOR_SHARE * r->t[i].prior) : 0;
    }
    if (order_tables(k, k->score, N) < 0 ||
        (rq->qvec && r->vecs && N && fuse_vectors(r, k, rq->qvec) < 0)) {
        ranking_free(k);
        return -1;
    }
    return 0;
}

size_t retrieve_rank_q(const retriever *r, const retrieve_query *q, int **tables, double **scores)
{
    if (tables)
        *tables = NULL;
    if (scores)
        *scores = NULL;
    ranking k;
    if (rank_all(r, q, &k) < 0)
        return 0;
    size_t n = k.n;
    if (tables) {
        *tables = k.order;
        k.order = NULL;
    }
    if (scores) {
        *scores = k.oscore;
        k.oscore = NULL;
    }
    ranking_free(&k);
    return n;
}

size_t retrieve_rank(const retriever *r, const char *question, int **tables, double **scores)
{
    retrieve_query q = { question, NULL, NULL, NULL };
    return retrieve_rank_q(r, &q, tables, scores);
}

int retrieve_is_simple(const retriever *r, const char *question)
{
    retrieve_query rq = { question, NULL, NULL, NULL };
    ranking k;
    if (rank_all(r, &rq, &k) < 0)
        return 0;
    /* the words alone: one table well ahead of the next */
    double first = 0, second = 0;
    for (size_t i = 0; i < r->cat->ntables; i++) {
        double s = k.direct[i];
        if (s > first) {
            second = first;
            first = s;
        } else if (s > second) {
            second = s;
        }
    }
    size_t words = 0;
    for (size_t i = 0; i < k.q->n; i++)
        words += k.q->v[i].own;
    ranking_free(&k);
    return first > 0 && second < first * 0.5 && words <= 8;
}

/* ---- selection ------------------------------------------------------------ */

/* The tables on a shortest foreign-key path from `from` to `to` (at most
 * 3 hops), `to` first, into path; returns the count (0: none). */
static size_t find_path(const retriever *r, int from, int to, int *path)
{
    size_t N = r->cat->ntables, n = 0;
    int *prev = malloc(N * sizeof *prev);
    int *queue = malloc(N * sizeof *queue);
    int *depth = malloc(N * sizeof *depth);
    if (!prev || !queue || !depth)
        goto out;
    for (size_t i = 0; i < N; i++)
        prev[i] = -2;
    size_t head = 0, tail = 0;
    queue[tail++] = from;
    prev[from] = -1;
    depth[from] = 0;
    while (head < tail) {
        int t = queue[head++];
        if (t == to)
            break;
        if (depth[t] >= 3)
            continue;
        for (size_t k = 0; k < r->nadj[t]; k++) {
            int u = r->adj[t][k];
            if (prev[u] == -2) {
                prev[u] = t;
                depth[u] = depth[t] + 1;
                queue[tail++] = u;
            }
        }
    }
    if (prev[to] != -2)
        for (int t = to; t >= 0 && n < 4; t = prev[t])
            path[n++] = t;
out:
    free(prev);
    free(queue);
    free(depth);
    return n;
}

/* Are two tables copies of one another (most column names shared)? */
static int near_copy(const retriever *r, int a, int b)
{
    const tinfo *x = &r->t[a], *y = &r->t[b];
    size_t i = 0, j = 0, common = 0;
    while (i < x->ncolh && j < y->ncolh) {
        if (x->colh[i] == y->colh[j]) {
            common++;
            i++;
            j++;
        } else if (x->colh[i] < y->colh[j]) {
            i++;
        } else {
            j++;
        }
    }
    size_t all = x->ncolh + y->ncolh - common;
    return all && (double)common >= DUP_JACCARD * (double)all;
}

typedef struct chosen {
    int *out;
    size_t n;
    char *keep;
    size_t used, budget;
} chosen;

/* Choose table t if it fits what is left of the budget: with its sample
 * values, or without them as the DDL is then written. */
static int take(const retriever *r, chosen *c, int t)
{
    size_t size = c->used + r->t[t].ddl <= c->budget ? r->t[t].ddl : r->t[t].bare;
    if (c->keep[t] || c->used + size > c->budget)
        return 0;
    c->keep[t] = 1;
    c->out[c->n++] = t;
    c->used += size;
    return 1;
}

/* Nothing matched: the central tables (many keys, many rows) in order, at
 * most max, until one does not fit (no lesser table fills the gap). */
static void take_central(const retriever *r, chosen *c, size_t max)
{
    size_t N = r->cat->ntables;
    ranked *all = malloc((N ? N : 1) * sizeof *all);
    if (!all)
        return;
    for (size_t i = 0; i < N; i++)
        all[i] = (ranked){ (int)i, r->t[i].prior };
    qsort(all, N, sizeof *all, ranked_cmp);
    for (size_t i = 0; i < N && c->n < max; i++)
        if (!take(r, c, all[i].t) && max > 1)
            break;
    free(all);
}

static size_t select_tables(const retriever *r, const ranking *k, long budget_tokens, int **tables)
{
    size_t N = r->cat->ntables;
    chosen c = { malloc((N ? N : 1) * sizeof *c.out), 0, calloc(N ? N : 1, 1), 0,
                 (size_t)(budget_tokens > 0 ? budget_tokens : 3000) * 4 };
    int *deferred = malloc((N ? N : 1) * sizeof *deferred);
    size_t nd = 0;
    *tables = NULL;
    if (!c.out || !c.keep || !deferred) {
        free(c.out);
        free(c.keep);
        free(deferred);
        return 0;
    }
    size_t all = 0;
    for (size_t i = 0; i < N; i++)
        all += r->t[i].ddl;
    if (all <= c.budget) {
        /* everything fits: the previous SQL's tables and the ranked ones first, then the rest */
        c.budget = (size_t)-1;
        for (size_t i = 0; i < k->npinned; i++)
            take(r, &c, k->pinned[i]);
        for (size_t i = 0; i < k->n; i++)
            take(r, &c, k->order[i]);
        for (size_t i = 0; i < N; i++)
            take(r, &c, (int)i);
        goto done;
    }
    if (!k->n && !k->npinned) {
        c.budget /= NO_MATCH_SHARE;
        take_central(r, &c, N);
        if (!c.n) {
            /* each is more than that: the most central one that fits at all */
            c.budget *= NO_MATCH_SHARE;
            take_central(r, &c, 1);
        }
        goto done;
    }
    for (size_t i = 0; i < k->npinned; i++)
        take(r, &c, k->pinned[i]);
    int best = k->npinned ? k->pinned[0] : k->order[0];
    double top = k->n ? k->oscore[0] : 0;
    size_t ranked_taken = 0;
    for (size_t i = 0; i < k->n && c.used < c.budget; i++) {
        int t = k->order[i];
        if (c.keep[t])
            continue;
        if (k->oscore[i] < top * MIN_SHARE)
            break;
        size_t copies = 0;
        for (size_t j = 0; j < c.n && copies < COPIES; j++)
            copies += (size_t)near_copy(r, c.out[j], t);
        if (copies >= COPIES) {
            deferred[nd++] = t;
            continue;
        }
        if (!take(r, &c, t))
            continue;
        /* the join path from the best table to it */
        if (ranked_taken++ < PATH_TOP && t != best) {
            int path[4];
            size_t np = find_path(r, best, t, path);
            for (size_t p = 1; p < np; p++)
                take(r, &c, path[p]);
        }
    }
    /* what the first tables reference (lookups such as categories) */
    for (size_t i = 0, top3 = c.n < 3 ? c.n : 3; i < top3; i++) {
        const cat_table *t = &r->cat->tables[c.out[i]];
        for (size_t col = 0; col < t->ncols; col++)
            if (t->cols[col].ref_t >= 0)
                take(r, &c, t->cols[col].ref_t);
    }
    for (size_t i = 0; i < nd && c.used < c.budget; i++)
        take(r, &c, deferred[i]);
done:
    free(c.keep);
    free(deferred);
    *tables = c.out;
    return c.n;
}

size_t retrieve_select_q(const retriever *r, const retrieve_query *q, long budget_tokens, int **tables)
{
    ranking k;
    *tables = NULL;
    if (rank_all(r, q, &k) < 0)
        return 0;
    size_t n = select_tables(r, &k, budget_tokens, tables);
    ranking_free(&k);
    return n;
}

size_t retrieve_select(const retriever *r, const char *question, long budget_tokens, int **tables)
{
    retrieve_query q = { question, NULL, NULL, NULL };
    return retrieve_select_q(r, &q, budget_tokens, tables);
}

/* ---- examples ---------------------------------------------------------------- */

size_t retrieve_examples(const retriever *r, const char *question, size_t max, size_t *out)
{
    if (!r->nex || !max)
        return 0;
    char **qt;
    size_t nq = retrieve_terms(question, &qt);
    ranked *rk = malloc(r->nex * sizeof *rk);
    size_t n = 0;
    for (size_t e = 0; rk && e < r->nex; e++) {
        double s = 0;
        for (size_t i = 0; i < nq; i++) {
            int dup = 0;
            for (size_t j = 0; j < i; j++)
                dup |= strcmp(qt[i], qt[j]) == 0;
            for (size_t j = 0; j < r->ex[e].n && !dup; j++)
                if (strcmp(qt[i], r->ex[e].terms[j]) == 0) {
                    s += retrieve_term_weight(r->vocab, qt[i], qt[i]);
                    break;
                }
        }
        /* at least one word that names something */
        if (s >= 1)
            rk[n++] = (ranked){ (int)e, s };
    }
    if (rk)
        qsort(rk, n, sizeof *rk, ranked_cmp);
    if (n > max)
        n = max;
    for (size_t i = 0; i < n; i++)
        out[i] = (size_t)rk[i].t;
    free(rk);
    retrieve_terms_free(qt, nq);
    return n;
}

/* ---- DDL ------------------------------------------------------------------ */

typedef struct vmatch {
    char **qt;
    size_t nq;
    char prev[RETRIEVE_WORD_MAX];
    int has_prev, hit;
} vmatch;

static int term_in(char **ts, size_t n, const char *w)
{
    for (size_t i = 0; i < n; i++)
        if (strcmp(ts[i], w) == 0)
            return 1;
    return 0;
}

static void vmatch_one(void *ctx, const char *w, size_t len)
{
    vmatch *m = ctx;
    char s[RETRIEVE_WORD_MAX], c[RETRIEVE_WORD_MAX];
    if (m->hit || !retrieve_fold(w, len, s))
        return;
    m->hit = term_in(m->qt, m->nq, s);
    if (m->has_prev && join2(c, m->prev, s))
        m->hit |= term_in(m->qt, m->nq, c);
    memcpy(m->prev, s, sizeof s);
    m->has_prev = 1;
}

/* Does a sample value share a term (or a compound: no_show) with the question? */
static int value_matches(const char *v, char **qt, size_t nq)
{
    vmatch m = { qt, nq, "", 0, 0 };
    if (!nq)
        return 0;
    retrieve_words(v, vmatch_one, &m);
    return m.hit;
}

static void add_value(buf *b, const char *v)
{
    buf_addc(b, '\'');
    size_t n = 0;
    for (const char *p = v; *p && n < 40; p++, n++) {
        unsigned char c = (unsigned char)*p;
        if (c == '\'')
            buf_add(b, "''");
        else if (c < 0x20 || c == 0x7f)
            buf_addc(b, ' ');
        else
            buf_addc(b, (char)c);
    }
    if (strlen(v) > 40)
        buf_add(b, "...");
    buf_addc(b, '\'');
}

typedef struct cmatch {
    char **terms;
    size_t n;
    int hit;
} cmatch;

static void cmatch_one(void *ctx, const char *w, size_t len)
{
    cmatch *m = ctx;
    char s[RETRIEVE_WORD_MAX];
    if (!m->hit && retrieve_fold(w, len, s))
        m->hit = term_in(m->terms, m->n, s);
}

/* Which columns a table's DDL shows: all, but of a wide table only its
 * keys, the first few and those the question's terms name. Returns how
 * many are left out. */
static size_t shown_columns(const cat_table *t, char **terms, size_t nterms, char *show)
{
    size_t hidden = 0;
    for (size_t c = 0; c < t->ncols; c++) {
        const cat_column *col = &t->cols[c];
        cmatch m = { terms, nterms, 0 };
        if (t->ncols > WIDE_COLUMNS && !col->pk && !col->ref_table && c >= WIDE_SHOWN && nterms)
            retrieve_words(col->name, cmatch_one, &m);
        show[c] = (char)(t->ncols <= WIDE_COLUMNS || col->pk || col->ref_table || c < WIDE_SHOWN || m.hit);
        hidden += !show[c];
    }
    return hidden;
}

/* qt: the question's stems, whose values are shown first; ct: its terms
 * and their related words, the columns of a wide table shown (NULL: none). */
static void table_ddl(buf *b, const cat_table *t, char **qt, size_t nq, char **ct, size_t nc, int with_samples)
{
    char *show = malloc(t->ncols ? t->ncols : 1);
    if (!show) {
        b->oom = 1;
        return;
    }
    size_t hidden = shown_columns(t, ct, nc, show), last = 0;
    for (size_t c = 0; c < t->ncols; c++)
        if (show[c])
            last = c;
    buf_printf(b, "CREATE %s %s (", t->is_view ? "VIEW" : "TABLE", t->name);
    if (t->rows >= 0)
        buf_printf(b, "  -- %lld rows", (long long)t->rows);
    if (t->comment && *t->comment) {
        buf_add(b, t->rows >= 0 ? "; " : "  -- ");
        add_comment(b, t->comment);
    }
    buf_addc(b, '\n');
    for (size_t c = 0; c < t->ncols; c++) {
        const cat_column *col = &t->cols[c];
        if (!show[c])
            continue;
        buf_printf(b, "  %s%s%s", col->name, *col->decl_type ? " " : "", col->decl_type);
        if (col->pk)
            buf_add(b, " PRIMARY KEY");
        if (col->ref_table)
            buf_printf(b, " REFERENCES %s(%s)", col->ref_table, col->ref_column ? col->ref_column : "id");
        buf_add(b, c < last ? "," : "");
        int noted = col->comment && *col->comment;
        if (noted) {
            buf_add(b, " -- ");
            add_comment(b, col->comment);
        }
        if (with_samples && col->nsamples && (col->kind == COL_TEXT || col->kind == COL_OTHER ||
                                              col->kind == COL_BOOL)) {
            buf_add(b, noted ? "; " : " -- ");
            buf_add(b, col->samples_complete && col->nsamples <= 8 ? "one of " : "e.g. ");
            size_t shown = 0, limit = col->samples_complete && col->nsamples <= 8 ? 8 : 4;
            char *first = calloc(col->nsamples, 1);
            /* values the question names first */
            for (size_t s = 0; first && nq && s < col->nsamples && shown < limit; s++)
                if (col->samples[s] && value_matches(col->samples[s], qt, nq)) {
                    buf_add(b, shown++ ? ", " : "");
                    add_value(b, col->samples[s]);
                    first[s] = 1;
                }
            for (size_t s = 0; s < col->nsamples && shown < limit; s++)
                if (col->samples[s] && !(first && first[s])) {
                    buf_add(b, shown++ ? ", " : "");
                    add_value(b, col->samples[s]);
                }
            free(first);
        }
        buf_addc(b, '\n');
    }
    if (hidden)
        buf_printf(b, "  -- and %zu more column%s\n", hidden, hidden == 1 ? "" : "s");
    buf_add(b, ");\n");
    free(show);
}

char *retrieve_schema_q(const retriever *r, const retrieve_query *q, long budget_tokens, int with_samples)
{
    ranking k;
    if (rank_all(r, q, &k) < 0)
        return NULL;
    int *sel;
    size_t n = select_tables(r, &k, budget_tokens, &sel);
    size_t budget = (size_t)(budget_tokens > 0 ? budget_tokens : 3000) * 4;
    /* the question's own stems, for the values it names; all its terms,
     * for the columns of a wide table */
    char *qs[MAX_TERMS], *cs[MAX_TERMS];
    size_t nq = 0, nc = 0;
    for (size_t i = 0; i < k.q->n; i++) {
        if (k.q->v[i].own && k.q->v[i].wt >= 0.5)
            qs[nq++] = k.q->v[i].w;
        cs[nc++] = k.q->v[i].w;
    }
    buf b, one;
    buf_init(&b);
    buf_init(&one);
    for (size_t i = 0; sel && i < n; i++) {
        int t = sel[i];
        buf_reset(&one);
        table_ddl(&one, &r->cat->tables[t], k.vhit[t] ? qs : NULL, k.vhit[t] ? nq : 0, cs, nc, with_samples);
        if (b.len + one.len > budget && with_samples) {
            buf_reset(&one);
            table_ddl(&one, &r->cat->tables[t], NULL, 0, cs, nc, 0);
        }
        if (b.len + one.len > budget && i > 0)
            continue;
        buf_add(&b, buf_str(&one));
    }
    buf_free(&one);
    free(sel);
    ranking_free(&k);
    return buf_take(&b);
}

char *retrieve_schema(const retriever *r, const char *question, long budget_tokens, int with_samples)
{
    retrieve_query q = { question, NULL, NULL, NULL };
    return retrieve_schema_q(r, &q, budget_tokens, with_samples);
}

void retrieve_fingerprint(const catalog *cat, char out[17])
{
    uint64_t h = 0xcbf29ce484222325ull;
#define MIX(s) do { \
        for (const unsigned char *p_ = (const unsigned char *)(s); *p_; p_++) \
            h = (h ^ *p_) * 0x100000001b3ull; \
        h = (h ^ 0x1f) * 0x100000001b3ull; \
    } while (0)
    for (size_t i = 0; i < cat->ntables; i++) {
        const cat_table *t = &cat->tables[i];
        MIX(t->name);
        for (size_t c = 0; c < t->ncols; c++) {
            MIX(t->cols[c].name);
            MIX(t->cols[c].decl_type);
            MIX(t->cols[c].ref_table ? t->cols[c].ref_table : "");
        }
        MIX("\x1e");
    }
#undef MIX
    snprintf(out, 17, "%016llx", (unsigned long long)h);
}
