/* retrieve.c: stage 2, ranking the schema for a question (see retrieve.h).
 * Each table is one document of weighted terms: its name (x3), its column
 * names (x2), the tables it references and sample values (x1). A question's
 * terms, plus a few synonyms at half weight, score the documents by BM25
 * (k1 1.2, b 0.75). With table vectors (--embeddings), the tables nearest
 * the question's vector join that ranking by reciprocal rank fusion
 * (retrieve_vec.c). On a schema too large for the budget, the best tables
 * and the foreign-key paths joining them to the best one are kept. */
#include "retrieve.h"

#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

typedef struct term {
    char *word;
    double tf;
} term;

typedef struct doc {
    term *terms;         /* sorted by word, unique */
    size_t n;
    double len;
    size_t ddl_bytes;    /* estimate of its DDL with samples */
    char *name;          /* the table's name as one term ("order_items" -> "order_item") */
} doc;

struct retriever {
    const catalog *cat;
    doc *docs;
    double avglen;
    int **adj;           /* per table: the tables joined to it by a foreign key */
    size_t *nadj;
    float *vecs;         /* one vector per table (ntables * dim), or NULL */
    size_t dim;
};

/* BM25 tables at least this share of the best score join a fusion, and
 * this many of the tables nearest by cosine */
#define FUSE_BM25_SHARE 0.33
#define FUSE_BM25_MAX 8
#define FUSE_COSINE_TOP 3

/* ---- terms ------------------------------------------------------------------ */

static const char *const stopwords[] = {
    "a", "about", "all", "an", "and", "are", "as", "at", "be", "by", "can", "could", "did", "do",
    "does", "each", "for", "from", "get", "give", "had", "has", "have", "how", "i", "in", "is", "it",
    "its", "list", "many", "me", "much", "my", "of", "on", "or", "our", "per", "please", "show",
    "tell", "than", "that", "the", "their", "them", "there", "these", "this", "those", "to", "us",
    "was", "we", "were", "what", "when", "where", "which", "who", "whose", "why", "with", "would",
    "you", "your", "id",
};

static int is_stop(const char *w)
{
    for (size_t i = 0; i < sizeof stopwords / sizeof *stopwords; i++)
        if (strcmp(w, stopwords[i]) == 0)
            return 1;
    return 0;
}

/* Fold plurals: categories -> category, boxes -> box, orders -> order. */
static void stem(char *w)
{
    size_t n = strlen(w);
    if (n > 4 && strcmp(w + n - 3, "ies") == 0) {
        strcpy(w + n - 3, "y");
    } else if (n > 4 && (strcmp(w + n - 4, "sses") == 0 || strcmp(w + n - 4, "ches") == 0 ||
                         strcmp(w + n - 4, "shes") == 0 || strcmp(w + n - 3, "xes") == 0)) {
        w[n - 2] = '\0';
    } else if (n > 3 && w[n - 1] == 's' && w[n - 2] != 's' && w[n - 2] != 'u' && w[n - 2] != 'i') {
        w[n - 1] = '\0';
    }
}

static int add_term(char ***out, size_t *n, size_t *cap, const char *w, size_t len)
{
    if (len == 0 || len > 60)
        return 0;
    char word[64];
    for (size_t i = 0; i < len; i++)
        word[i] = (char)tolower((unsigned char)w[i]);
    word[len] = '\0';
    stem(word);
    if (is_stop(word))
        return 0;
    if (*n == *cap) {
        size_t c = *cap ? *cap * 2 : 16;
        char **t = realloc(*out, c * sizeof *t);
        if (!t)
            return -1;
        *out = t;
        *cap = c;
    }
    if (!((*out)[*n] = xstrdup(word)))
        return -1;
    (*n)++;
    return 0;
}

size_t retrieve_terms(const char *text, char ***out)
{
    *out = NULL;
    size_t n = 0, cap = 0;
    const char *p = text ? text : "";
    while (*p) {
        while (*p && !isalnum((unsigned char)*p))
            p++;
        const char *s = p;
        while (*p && isalnum((unsigned char)*p)) {
            /* camelCase: a lower letter followed by an upper one ends a word */
            if (p > s && islower((unsigned char)p[-1]) && isupper((unsigned char)*p))
                break;
            p++;
        }
        if (p > s && add_term(out, &n, &cap, s, (size_t)(p - s)) < 0)
            break;
    }
    return n;
}

void retrieve_terms_free(char **terms, size_t n)
{
    for (size_t i = 0; i < n; i++)
        free(terms[i]);
    free(terms);
}

/* ---- synonyms: analysts' words for what schemas call otherwise ------------ */

static const char *const synonyms[][6] = {
    { "customer", "client", "user", "account", "buyer", NULL },
    { "client", "customer", "account", NULL },
    { "user", "customer", "account", "member", NULL },
    { "revenue", "amount", "total", "price", "sale", "mrr" },
    { "sale", "order", "revenue", "amount", NULL },
    { "sold", "order", "quantity", "sale", NULL },
    { "spend", "amount", "total", "cost", NULL },
    { "spent", "amount", "total", "cost", NULL },
    { "money", "amount", "price", "total", NULL },
    { "purchase", "order", "amount", NULL },
    { "bought", "order", "purchase", NULL },
    { "product", "item", "sku", NULL },
    { "item", "product", NULL },
    { "employee", "staff", "worker", NULL },
    { "staff", "employee", NULL },
    { "doctor", "physician", "provider", "clinician", NULL },
    { "country", "nation", "region", NULL },
    { "city", "location", "town", NULL },
    { "signup", "created", "registered", "signed", NULL },
    { "joined", "created", "signup", NULL },
    { "month", "date", "created", NULL },
    { "year", "date", "created", NULL },
    { "week", "date", "created", NULL },
    { "day", "date", "created", NULL },
    { "monthly", "date", "month", NULL },
    { "cost", "price", "amount", NULL },
    { "price", "amount", "cost", NULL },
    { "category", "type", "group", NULL },
    { "review", "rating", NULL },
    { "rating", "review", "score", NULL },
    { "invoice", "payment", "billing", NULL },
    { "paid", "payment", "invoice", NULL },
};

/* ---- documents ---------------------------------------------------------- */

typedef struct bag {
    term *t;
    size_t n, cap;
    double len;
} bag;

static int bag_add_text(bag *b, const char *text, double w)
{
    char **ts;
    size_t n = retrieve_terms(text, &ts);
    for (size_t i = 0; i < n; i++) {
        if (b->n == b->cap) {
            size_t c = b->cap ? b->cap * 2 : 32;
            term *t = realloc(b->t, c * sizeof *t);
            if (!t) {
                retrieve_terms_free(ts, n);
                return -1;
            }
            b->t = t;
            b->cap = c;
        }
        b->t[b->n].word = ts[i];
        b->t[b->n].tf = w;
        b->n++;
        ts[i] = NULL;
        b->len += w;
    }
    retrieve_terms_free(ts, n);
    return 0;
}

static int term_cmp(const void *a, const void *b)
{
    return strcmp(((const term *)a)->word, ((const term *)b)->word);
}

/* Sort and merge duplicates into one term with the summed weight. */
static void bag_finish(bag *b, doc *d)
{
    qsort(b->t, b->n, sizeof *b->t, term_cmp);
    size_t k = 0;
    for (size_t i = 0; i < b->n; i++) {
        if (k && strcmp(b->t[k - 1].word, b->t[i].word) == 0) {
            b->t[k - 1].tf += b->t[i].tf;
            free(b->t[i].word);
        } else {
            b->t[k++] = b->t[i];
        }
    }
    d->terms = b->t;
    d->n = k;
    d->len = b->len;
}

static size_t ddl_estimate(const cat_table *t)
{
    size_t n = strlen(t->name) + 40;
    for (size_t c = 0; c < t->ncols; c++) {
        const cat_column *col = &t->cols[c];
        n += strlen(col->name) + strlen(col->decl_type) + 8;
        if (col->pk)
            n += 12;
        if (col->ref_table)
            n += strlen(col->ref_table) + 20;
        for (size_t s = 0; s < col->nsamples && s < 4; s++)
            n += (col->samples[s] ? strlen(col->samples[s]) : 0) + 4;
    }
    return n;
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

retriever *retrieve_new(const catalog *cat)
{
    retriever *r = calloc(1, sizeof *r);
    if (!r)
        return NULL;
    r->cat = cat;
    r->docs = calloc(cat->ntables ? cat->ntables : 1, sizeof *r->docs);
    if (!r->docs) {
        free(r);
        return NULL;
    }
    double total = 0;
    for (size_t i = 0; i < cat->ntables; i++) {
        const cat_table *t = &cat->tables[i];
        bag b = { 0 };
        int rc = bag_add_text(&b, t->name, 3);
        for (size_t c = 0; rc == 0 && c < t->ncols; c++) {
            const cat_column *col = &t->cols[c];
            /* a reference (customer_id) names another table, not an attribute */
            rc = bag_add_text(&b, col->name, col->ref_table ? 0.5 : 2);
            for (size_t s = 0; rc == 0 && s < col->nsamples && s < 20; s++)
                if (col->samples[s] && strlen(col->samples[s]) <= 60)
                    rc = bag_add_text(&b, col->samples[s], 1);
        }
        bag_finish(&b, &r->docs[i]);
        char **nt;
        size_t nn = retrieve_terms(t->name, &nt);
        buf full;
        buf_init(&full);
        for (size_t k = 0; k < nn; k++)
            buf_printf(&full, "%s%s", k ? "_" : "", nt[k]);
        retrieve_terms_free(nt, nn);
        r->docs[i].name = buf_take(&full);
        r->docs[i].ddl_bytes = ddl_estimate(t);
        total += r->docs[i].len;
        if (rc < 0) {
            retrieve_free(r);
            return NULL;
        }
    }
    if (build_adjacency(r) < 0) {
        retrieve_free(r);
        return NULL;
    }
    r->avglen = cat->ntables ? total / (double)cat->ntables : 1;
    if (r->avglen <= 0)
        r->avglen = 1;
    return r;
}

void retrieve_free(retriever *r)
{
    if (!r)
        return;
    for (size_t i = 0; i < r->cat->ntables; i++) {
        for (size_t k = 0; k < r->docs[i].n; k++)
            free(r->docs[i].terms[k].word);
        free(r->docs[i].name);
        free(r->docs[i].terms);
    }
    for (size_t i = 0; r->adj && i < r->cat->ntables; i++)
        free(r->adj[i]);
    free(r->adj);
    free(r->nadj);
    free(r->docs);
    free(r->vecs);
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

static double tf_of(const doc *d, const char *w)
{
    term key = { (char *)w, 0 };
    const term *t = bsearch(&key, d->terms, d->n, sizeof *d->terms, term_cmp);
    return t ? t->tf : 0;
}

/* BM25 of one term (weight qw) over every table, added to scores. */
static void score_term(const retriever *r, const char *w, double qw, double *scores)
{
    size_t N = r->cat->ntables, df = 0;
    for (size_t i = 0; i < N; i++)
        if (tf_of(&r->docs[i], w) > 0)
            df++;
    if (!df)
        return;
    double idf = log(1.0 + ((double)N - (double)df + 0.5) / ((double)df + 0.5));
    const double k1 = 1.2, b = 0.75;
    for (size_t i = 0; i < N; i++) {
        double tf = tf_of(&r->docs[i], w);
        if (tf > 0)
            scores[i] += qw * idf * tf * (k1 + 1) / (tf + k1 * (1 - b + b * r->docs[i].len / r->avglen));
        /* the question names the table itself */
        if (r->docs[i].name && strcmp(r->docs[i].name, w) == 0)
            scores[i] += qw * idf;
    }
}

static double *all_scores(const retriever *r, const char *question)
{
    double *scores = calloc(r->cat->ntables ? r->cat->ntables : 1, sizeof *scores);
    if (!scores)
        return NULL;
    char **ts;
    size_t n = retrieve_terms(question, &ts);
    for (size_t i = 0; i < n; i++) {
        int dup = 0;
        for (size_t j = 0; j < i; j++)
            dup |= strcmp(ts[i], ts[j]) == 0;
        if (dup)
            continue;
        score_term(r, ts[i], 1.0, scores);
        for (size_t s = 0; s < sizeof synonyms / sizeof *synonyms; s++) {
            if (strcmp(synonyms[s][0], ts[i]) != 0)
                continue;
            for (size_t k = 1; k < 6 && synonyms[s][k]; k++)
                score_term(r, synonyms[s][k], 0.4, scores);
        }
    }
    retrieve_terms_free(ts, n);
    return scores;
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

static size_t bm25_rank(const retriever *r, const char *question, int **tables, double **scores_out)
{
    if (tables)
        *tables = NULL;
    if (scores_out)
        *scores_out = NULL;
    double *scores = all_scores(r, question);
    size_t N = r->cat->ntables;
    ranked *rk = malloc((N ? N : 1) * sizeof *rk);
    if (!scores || !rk) {
        free(scores);
        free(rk);
        return 0;
    }
    size_t n = 0;
    for (size_t i = 0; i < N; i++)
        if (scores[i] > 0)
            rk[n++] = (ranked){ (int)i, scores[i] };
    qsort(rk, n, sizeof *rk, ranked_cmp);
    int *t = tables ? malloc((n ? n : 1) * sizeof *t) : NULL;
    double *s = scores_out ? malloc((n ? n : 1) * sizeof *s) : NULL;
    if ((tables && !t) || (scores_out && !s)) {
        free(t);
        free(s);
        n = 0;
    } else {
        for (size_t i = 0; i < n; i++) {
            if (t)
                t[i] = rk[i].t;
            if (s)
                s[i] = rk[i].s;
        }
        if (tables)
            *tables = t;
        if (scores_out)
            *scores_out = s;
    }
    free(rk);
    free(scores);
    return n;
}

/* The BM25 ranking's leaders fused with the tables nearest by cosine. */
static size_t fused_rank(const retriever *r, const char *question, const float *qvec,
                         int **tables, double **scores_out)
{
    int *bt = NULL;
    double *bs = NULL;
    size_t nb = bm25_rank(r, question, &bt, &bs);
    size_t keep = 0;
    while (keep < nb && keep < FUSE_BM25_MAX && bs[keep] >= bs[0] * FUSE_BM25_SHARE)
        keep++;
    int near[FUSE_COSINE_TOP];
    size_t nn = retrieve_cosine_top(r->vecs, r->cat->ntables, r->dim, qvec, FUSE_COSINE_TOP, near);
    int *t = malloc((keep + nn ? keep + nn : 1) * sizeof *t);
    double *s = malloc((keep + nn ? keep + nn : 1) * sizeof *s);
    size_t n = t && s ? retrieve_fuse(bt, keep, near, nn, t, s) : 0;
    free(bt);
    free(bs);
    if (tables)
        *tables = t;
    else
        free(t);
    if (scores_out)
        *scores_out = s;
    else
        free(s);
    return n;
}

size_t retrieve_rank_with(const retriever *r, const char *question, const float *qvec,
                          int **tables, double **scores_out)
{
    if (qvec && r->vecs && r->cat->ntables)
        return fused_rank(r, question, qvec, tables, scores_out);
    return bm25_rank(r, question, tables, scores_out);
}

size_t retrieve_rank(const retriever *r, const char *question, int **tables, double **scores_out)
{
    return retrieve_rank_with(r, question, NULL, tables, scores_out);
}

/* ---- selection ------------------------------------------------------------ */

/* The tables on a shortest foreign-key path from `from` to `to` (at most
 * 3 hops) are marked in keep. Breadth-first over the undirected graph. */
static void add_path(const retriever *r, int from, int to, char *keep)
{
    size_t N = r->cat->ntables;
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
        for (int t = to; t >= 0; t = prev[t])
            keep[t] = 1;
out:
    free(prev);
    free(queue);
    free(depth);
}

size_t retrieve_select(const retriever *r, const char *question, long budget_tokens, int **tables)
{
    return retrieve_select_with(r, question, NULL, budget_tokens, tables);
}

size_t retrieve_select_with(const retriever *r, const char *question, const float *qvec,
                            long budget_tokens, int **tables)
{
    const catalog *cat = r->cat;
    size_t N = cat->ntables;
    size_t budget = (size_t)(budget_tokens > 0 ? budget_tokens : 3000) * 4;
    *tables = NULL;
    int *rk = NULL;
    double *sc = NULL;
    size_t nr = retrieve_rank_with(r, question, qvec, &rk, &sc);
    int *out = malloc((N ? N : 1) * sizeof *out);
    char *keep = calloc(N ? N : 1, 1);
    size_t n = 0;
    if (!out || !keep)
        goto done;
    size_t all = 0;
    for (size_t i = 0; i < N; i++)
        all += r->docs[i].ddl_bytes;
    if (all <= budget) {
        /* everything fits: ranked tables first, then the rest in order */
        for (size_t i = 0; i < nr; i++) {
            out[n++] = rk[i];
            keep[rk[i]] = 1;
        }
        for (size_t i = 0; i < N; i++)
            if (!keep[i])
                out[n++] = (int)i;
        goto done;
    }
    /* the best tables: within a third of the best score, at most 8 */
    size_t used = 0;
    for (size_t i = 0; i < nr && i < 8; i++) {
        if (sc[i] < sc[0] * 0.33 && i >= 2)
            break;
        if (used + r->docs[rk[i]].ddl_bytes > budget && n)
            break;
        keep[rk[i]] = 1;
        out[n++] = rk[i];
        used += r->docs[rk[i]].ddl_bytes;
    }
    /* the join paths from each of them to the best one */
    for (size_t i = 1; i < n; i++) {
        char *path = calloc(N, 1);
        if (!path)
            break;
        add_path(r, out[0], out[i], path);
        for (size_t t = 0; t < N; t++)
            if (path[t] && !keep[t] && used + r->docs[t].ddl_bytes <= budget) {
                keep[t] = 1;
                out[n++] = (int)t;
                used += r->docs[t].ddl_bytes;
            }
        free(path);
    }
    /* what the best tables reference (lookups such as categories), while room is left */
    size_t top = n;
    for (size_t i = 0; i < top && i < 3; i++) {
        const cat_table *t = &cat->tables[out[i]];
        for (size_t c = 0; c < t->ncols; c++) {
            int u = t->cols[c].ref_t;
            if (u >= 0 && !keep[u] && used + r->docs[u].ddl_bytes <= budget) {
                keep[u] = 1;
                out[n++] = u;
                used += r->docs[u].ddl_bytes;
            }
        }
    }
done:
    free(keep);
    free(rk);
    free(sc);
    if (out && n == 0 && N) {
        /* nothing matched: the first tables that fit */
        size_t room = 0;
        for (size_t i = 0; i < N && (room + r->docs[i].ddl_bytes <= budget || !n); i++) {
            out[n++] = (int)i;
            room += r->docs[i].ddl_bytes;
        }
    }
    *tables = out;
    return n;
}

int retrieve_is_simple(const retriever *r, const char *question)
{
    double *sc = NULL;
    size_t n = retrieve_rank(r, question, NULL, &sc);
    int simple = n >= 1 && (n == 1 || sc[1] < sc[0] * 0.5);
    char **ts;
    size_t nt = retrieve_terms(question, &ts);
    retrieve_terms_free(ts, nt);
    free(sc);
    return simple && nt <= 8;
}

/* ---- DDL ------------------------------------------------------------------ */

static int term_in(char **ts, size_t n, const char *w)
{
    for (size_t i = 0; i < n; i++)
        if (strcmp(ts[i], w) == 0)
            return 1;
    return 0;
}

/* Does a sample value share a term with the question? */
static int value_matches(const char *v, char **qt, size_t nq)
{
    char **vt;
    size_t nv = retrieve_terms(v, &vt);
    int hit = 0;
    for (size_t i = 0; i < nv && !hit; i++)
        hit = term_in(qt, nq, vt[i]);
    retrieve_terms_free(vt, nv);
    return hit;
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

static void table_ddl(buf *b, const cat_table *t, char **qt, size_t nq, int with_samples)
{
    buf_printf(b, "CREATE %s %s (", t->is_view ? "VIEW" : "TABLE", t->name);
    if (t->rows >= 0)
        buf_printf(b, "  -- %lld rows", (long long)t->rows);
    buf_addc(b, '\n');
    for (size_t c = 0; c < t->ncols; c++) {
        const cat_column *col = &t->cols[c];
        buf_printf(b, "  %s%s%s", col->name, *col->decl_type ? " " : "", col->decl_type);
        if (col->pk)
            buf_add(b, " PRIMARY KEY");
        if (col->ref_table)
            buf_printf(b, " REFERENCES %s(%s)", col->ref_table, col->ref_column ? col->ref_column : "id");
        buf_add(b, c + 1 < t->ncols ? "," : "");
        if (with_samples && col->nsamples && (col->kind == COL_TEXT || col->kind == COL_OTHER ||
                                              col->kind == COL_BOOL)) {
            buf_add(b, col->samples_complete && col->nsamples <= 8 ? " -- one of " : " -- e.g. ");
            size_t shown = 0, limit = col->samples_complete && col->nsamples <= 8 ? 8 : 4;
            /* values the question names first */
            for (size_t s = 0; s < col->nsamples && shown < limit; s++)
                if (col->samples[s] && value_matches(col->samples[s], qt, nq)) {
                    buf_add(b, shown++ ? ", " : "");
                    add_value(b, col->samples[s]);
                }
            for (size_t s = 0; s < col->nsamples && shown < limit; s++)
                if (col->samples[s] && !value_matches(col->samples[s], qt, nq)) {
                    buf_add(b, shown++ ? ", " : "");
                    add_value(b, col->samples[s]);
                }
        }
        buf_addc(b, '\n');
    }
    buf_add(b, ");\n");
}

char *retrieve_schema(const retriever *r, const char *question, long budget_tokens, int with_samples)
{
    return retrieve_schema_with(r, question, NULL, budget_tokens, with_samples);
}

char *retrieve_schema_with(const retriever *r, const char *question, const float *qvec,
                           long budget_tokens, int with_samples)
{
    int *sel;
    size_t n = retrieve_select_with(r, question, qvec, budget_tokens, &sel);
    size_t budget = (size_t)(budget_tokens > 0 ? budget_tokens : 3000) * 4;
    char **qt;
    size_t nq = retrieve_terms(question, &qt);
    buf b, one;
    buf_init(&b);
    buf_init(&one);
    for (size_t i = 0; sel && i < n; i++) {
        buf_reset(&one);
        table_ddl(&one, &r->cat->tables[sel[i]], qt, nq, with_samples);
        if (b.len + one.len > budget && with_samples) {
            buf_reset(&one);
            table_ddl(&one, &r->cat->tables[sel[i]], qt, nq, 0);
        }
        if (b.len + one.len > budget && i > 0)
            break;
        buf_add(&b, buf_str(&one));
    }
    buf_free(&one);
    retrieve_terms_free(qt, nq);
    free(sel);
    return buf_take(&b);
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
