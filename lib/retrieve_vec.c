/* retrieve_vec.c: the embeddings side of retrieval (--embeddings): the
 * text embedded for each table (its name and columns split into words,
 * what it references, its description and synonyms from the semantic
 * file; no sample values, so the text only changes with the schema),
 * cosine similarity by brute force over the table vectors, and reciprocal
 * rank fusion of the cosine ranking with the BM25 one (retrieve.c). */
#include <ctype.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "retrieve.h"
#include "semantic.h"
#include "util.h"

#define TEXT_MAX 2000      /* bytes of text per table: well within models' input limits */
#define RRF_K 60.0         /* the usual constant of reciprocal rank fusion */

/* "order_items" -> "order items", "unitPrice" -> "unit price". */
static void add_words(buf *b, const char *name)
{
    for (const char *p = name; *p; p++) {
        unsigned char c = (unsigned char)*p;
        if (c == '_' || c == '-' || c == '.')
            buf_addc(b, ' ');
        else {
            if (p > name && isupper(c) && islower((unsigned char)p[-1]))
                buf_addc(b, ' ');
            buf_addc(b, (char)tolower(c));
        }
    }
}

static void add_list(buf *b, const char *lead, char **items, size_t n)
{
    size_t shown = 0;
    for (size_t i = 0; i < n; i++)
        if (items[i] && *items[i])
            buf_printf(b, "%s%.80s", shown++ ? ", " : lead, items[i]);
    if (shown)
        buf_add(b, ".");
}

char *retrieve_table_text(const catalog *cat, size_t ti)
{
    const cat_table *t = &cat->tables[ti];
    buf b;
    buf_init(&b);
    buf_printf(&b, "%s %s (", t->is_view ? "View" : "Table", t->name);
    add_words(&b, t->name);
    buf_add(&b, "). Columns: ");
    for (size_t c = 0; c < t->ncols; c++) {
        if (c)
            buf_add(&b, ", ");
        add_words(&b, t->cols[c].name);
        if (t->cols[c].ref_table) {
            buf_add(&b, " (references ");
            add_words(&b, t->cols[c].ref_table);
            buf_addc(&b, ')');
        }
        if (t->cols[c].comment)
            buf_printf(&b, " (%.120s)", t->cols[c].comment);
    }
    buf_addc(&b, '.');
    if (t->comment)
        buf_printf(&b, " %.400s", t->comment);
    const sem_table *st = cat->sem ? semantic_table(cat->sem, (int)ti) : NULL;
    if (st) {
        add_list(&b, " Also called: ", st->synonyms, st->nsyn);
        for (size_t c = 0; c < st->ncols; c++)
            if (st->cols[c].c >= 0 && st->cols[c].nsyn) {
                buf_addc(&b, ' ');
                add_words(&b, st->cols[c].name);
                add_list(&b, " also called: ", st->cols[c].synonyms, st->cols[c].nsyn);
            }
    }
    if (b.len > TEXT_MAX) {
        /* cut at a word, never inside a UTF-8 sequence */
        size_t n = TEXT_MAX;
        while (n > 0 && b.p[n] != ' ')
            n--;
        b.p[n] = '\0';
        b.len = n;
    }
    return buf_take(&b);
}

double retrieve_cosine(const float *a, const float *b, size_t dim)
{
    double dot = 0, na = 0, nb = 0;
    for (size_t i = 0; i < dim; i++) {
        dot += (double)a[i] * b[i];
        na += (double)a[i] * a[i];
        nb += (double)b[i] * b[i];
    }
    if (na <= 0 || nb <= 0)
        return 0;
    return dot / (sqrt(na) * sqrt(nb));
}

typedef struct sim {
    int t;
    double s;
} sim;

static int sim_cmp(const void *a, const void *b)
{
    const sim *x = a, *y = b;
    if (x->s != y->s)
        return x->s < y->s ? 1 : -1;
    return x->t - y->t;
}

size_t retrieve_cosine_top(const float *vecs, size_t n, size_t dim, const float *q, size_t top,
                           int *out)
{
    sim *all = malloc((n ? n : 1) * sizeof *all);
    if (!all)
        return 0;
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        double s = retrieve_cosine(vecs + i * dim, q, dim);
        if (s > 0)
            all[k++] = (sim){ (int)i, s };
    }
    qsort(all, k, sizeof *all, sim_cmp);
    if (k > top)
        k = top;
    for (size_t i = 0; i < k; i++)
        out[i] = all[i].t;
    free(all);
    return k;
}

typedef struct fused {
    int t;
    double s;
    size_t first;          /* rank in the first list (ties go to it), or SIZE_MAX */
} fused;

static int fused_cmp(const void *a, const void *b)
{
    const fused *x = a, *y = b;
    if (x->s != y->s)
        return x->s < y->s ? 1 : -1;
    if (x->first != y->first)
        return x->first < y->first ? -1 : 1;
    return x->t - y->t;
}

size_t retrieve_fuse(const int *a, size_t na, const int *b, size_t nb, int *out, double *scores)
{
    fused *f = malloc((na + nb ? na + nb : 1) * sizeof *f);
    if (!f)
        return 0;
    size_t n = 0;
    for (size_t i = 0; i < na; i++)
        f[n++] = (fused){ a[i], 1.0 / (RRF_K + (double)i + 1), i };
    for (size_t i = 0; i < nb; i++) {
        size_t k = 0;
        while (k < n && f[k].t != b[i])
            k++;
        if (k == n)
            f[n++] = (fused){ b[i], 0, (size_t)-1 };
        f[k].s += 1.0 / (RRF_K + (double)i + 1);
    }
    qsort(f, n, sizeof *f, fused_cmp);
    for (size_t i = 0; i < n; i++) {
        out[i] = f[i].t;
        if (scores)
            scores[i] = f[i].s;
    }
    free(f);
    return n;
}
