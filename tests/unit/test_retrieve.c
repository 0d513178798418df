/* test_retrieve.c: schema retrieval: terms, BM25 ranking over names,
 * columns and sample values, foreign-key path expansion within a budget on
 * a large generated catalog, the DDL written for prompts, the fingerprint;
 * with embeddings: cosine, reciprocal rank fusion, the text per table. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "catalog.h"
#include "retrieve.h"
#include "tap.h"
#include "util.h"

static cat_column *col(cat_table *t, const char *name, const char *type, const char *ref)
{
    cat_column *c = catalog_add_column(t, name, type);
    if (ref)
        c->ref_table = xstrdup(ref);
    return c;
}

static void samples(cat_column *c, const char *const *v, size_t n)
{
    c->samples = calloc(n, sizeof *c->samples);
    for (size_t i = 0; i < n; i++)
        c->samples[i] = xstrdup(v[i]);
    c->nsamples = n;
    c->samples_complete = 1;
}

/* A shop plus `noise` unrelated tables. */
static void build(catalog *cat, int noise)
{
    memset(cat, 0, sizeof *cat);
    cat_table *t = catalog_add_table(cat, "customers", 0);
    col(t, "id", "INTEGER", NULL)->pk = 1;
    col(t, "name", "TEXT", NULL);
    static const char *const countries[] = { "Germany", "France", "United States" };
    samples(col(t, "country", "TEXT", NULL), countries, 3);
    t = catalog_add_table(cat, "orders", 0);
    col(t, "id", "INTEGER", NULL)->pk = 1;
    col(t, "customer_id", "INTEGER", "customers");
    col(t, "order_date", "DATE", NULL);
    static const char *const status[] = { "shipped", "cancelled" };
    samples(col(t, "status", "TEXT", NULL), status, 2);
    t = catalog_add_table(cat, "order_items", 0);
    col(t, "id", "INTEGER", NULL)->pk = 1;
    col(t, "order_id", "INTEGER", "orders");
    col(t, "product_id", "INTEGER", "products");
    col(t, "quantity", "INTEGER", NULL);
    t = catalog_add_table(cat, "products", 0);
    col(t, "id", "INTEGER", NULL)->pk = 1;
    col(t, "title", "TEXT", NULL);
    col(t, "unitPrice", "REAL", NULL);
    for (int i = 0; i < noise; i++) {
        char name[64];
        snprintf(name, sizeof name, "module%d_widget_log", i);
        t = catalog_add_table(cat, name, 0);
        col(t, "id", "INTEGER", NULL)->pk = 1;
        col(t, "gadget_code", "TEXT", NULL);
        col(t, "flux_level", "REAL", NULL);
        col(t, "recorded_at", "DATE", NULL);
        if (i > 0) {
            snprintf(name, sizeof name, "module%d_widget_log", i - 1);
            col(t, "prev_id", "INTEGER", name);
        }
    }
    catalog_finish(cat);
}

static int has(const int *v, size_t n, int x)
{
    for (size_t i = 0; i < n; i++)
        if (v[i] == x)
            return 1;
    return 0;
}

int main(void)
{
    char **ts;
    size_t n = retrieve_terms("Top customerNames by order_items, categories & boxes", &ts);
    buf b;
    buf_init(&b);
    for (size_t i = 0; i < n; i++)
        buf_printf(&b, "%s%s", i ? " " : "", ts[i]);
    is_str(buf_str(&b), "top customer name order item category box", "terms: split, lower, plurals folded, stop words out");
    buf_free(&b);
    retrieve_terms_free(ts, n);

    catalog cat;
    build(&cat, 0);
    retriever *r = retrieve_new(&cat);
    ok(r != NULL, "index a small catalog");
    int *t;
    double *sc;
    n = retrieve_rank(r, "how many orders were shipped", &t, &sc);
    ok(n >= 1 && t[0] == 1, "'orders' ranks the orders table first");
    free(t);
    free(sc);
    n = retrieve_rank(r, "customers in Germany", &t, NULL);
    ok(n >= 1 && t[0] == 0, "a sample value (Germany) and a name find customers");
    free(t);
    n = retrieve_rank(r, "cancelled", &t, NULL);
    ok(n >= 1 && t[0] == 1, "a sample value alone finds its table");
    free(t);
    n = retrieve_rank(r, "unit price of each product", &t, NULL);
    ok(n >= 1 && t[0] == 3, "camelCase column (unitPrice) and plural fold find products");
    free(t);
    n = retrieve_rank(r, "revenue by client", &t, NULL);
    ok(n >= 1 && t[0] == 0, "synonyms: client -> customers");
    free(t);
    n = retrieve_select(r, "anything", 3000, &t);
    is_int(n, 4, "a schema within the budget is shown whole");
    free(t);
    char *ddl = retrieve_schema(r, "orders shipped", 3000, 1);
    ok(strstr(ddl, "CREATE TABLE orders (") && strstr(ddl, "customer_id INTEGER REFERENCES customers(id)"),
       "DDL with references");
    ok(strstr(ddl, "status TEXT -- one of 'shipped', 'cancelled'") != NULL, "DDL with sample values");
    ok(strncmp(ddl, "CREATE TABLE orders", 19) == 0, "the best table comes first");
    free(ddl);
    ddl = retrieve_schema(r, "orders", 3000, 0);
    ok(!strstr(ddl, "shipped"), "no sample values when asked for none");
    free(ddl);
    ok(retrieve_is_simple(r, "how many customers"), "one-table question is simple");
    char fp1[17], fp2[17];
    retrieve_fingerprint(&cat, fp1);
    retrieve_free(r);
    catalog_free(&cat);

    /* a large schema: ranking picks the shop, the path joins it */
    build(&cat, 1000);
    retrieve_fingerprint(&cat, fp2);
    ok(strlen(fp1) == 16 && strcmp(fp1, fp2) != 0, "fingerprints differ between schemas");
    r = retrieve_new(&cat);
    ok(r != NULL, "index 1004 tables");
    n = retrieve_select(r, "quantity sold per customer country", 3000, &t);
    ok(has(t, n, 0) && has(t, n, 2), "large schema: customers and order_items retrieved");
    ok(has(t, n, 1), "foreign-key expansion adds orders, the table between them");
    ok(n < 40, "large schema: a small selection");
    free(t);
    ddl = retrieve_schema(r, "quantity sold per customer country", 3000, 1);
    ok(strlen(ddl) <= 3000 * 4 + 400, "the DDL stays within the budget");
    free(ddl);

    /* embeddings: a question with no word in the schema, its vector near products */
    enum { D = 8 };
    float *vecs = calloc(cat.ntables * D, sizeof *vecs);
    for (size_t i = 0; i < cat.ntables; i++)
        vecs[i * D + (i < 4 ? i + 1 : 0)] = 1;     /* noise tables all along axis 0 */
    float q[D] = { 0, 0.1f, 0, 0, 0.9f, 0, 0, 0 };  /* products, a little customers */
    const char *vague = "which merchandise earns the most";
    n = retrieve_select(r, vague, 3000, &t);
    ok(n > 0 && t[0] == 0, "words alone: no table ranked, the first ones stand in");
    free(t);
    ok(retrieve_set_vectors(r, vecs, D) == 0 && retrieve_vector_dim(r) == D, "table vectors set");
    n = retrieve_select_with(r, vague, q, 3000, &t);
    ok(n > 0 && t[0] == 3, "with its vector: products first");
    ok(has(t, n, 0) && has(t, n, 2) && has(t, n, 1),
       "the next nearest (customers) and the foreign-key path to it (order_items, orders)");
    ok(n < 40, "still a small selection");
    free(t);
    ddl = retrieve_schema_with(r, vague, q, 3000, 1);
    ok(ddl && strstr(ddl, "CREATE TABLE products"), "the DDL holds products");
    free(ddl);
    n = retrieve_rank_with(r, "quantity sold per customer country", q, &t, &sc);
    ok(n >= 2 && has(t, n, 0) && has(t, n, 3), "fusion keeps the words' leaders and adds the nearest");
    ok(sc[0] >= sc[n - 1], "fused scores best first");
    free(t);
    free(sc);
    n = retrieve_rank_with(r, vague, NULL, &t, NULL);
    ok(n == 0, "no vector: words alone");
    free(t);
    ok(retrieve_set_vectors(r, NULL, 0) == 0 && retrieve_vector_dim(r) == 0, "vectors cleared");
    free(vecs);
    retrieve_free(r);
    catalog_free(&cat);

    /* cosine, top, fusion */
    float a[3] = { 1, 0, 0 }, a2[3] = { 2, 0, 0 }, c3[3] = { 0, 1, 0 }, z[3] = { 0, 0, 0 };
    ok(fabs(retrieve_cosine(a, a2, 3) - 1) < 1e-9, "cosine of parallel vectors: 1");
    ok(fabs(retrieve_cosine(a, c3, 3)) < 1e-9, "of orthogonal ones: 0");
    ok(retrieve_cosine(a, z, 3) == 0, "of a zero vector: 0, not NaN");
    float m[4 * 2] = { 1, 0, 0.6f, 0.8f, 0, 1, -1, 0 };
    float qq[2] = { 1, 0.1f };
    int top[4];
    n = retrieve_cosine_top(m, 4, 2, qq, 2, top);
    ok(n == 2 && top[0] == 0 && top[1] == 1, "the two nearest, best first");
    n = retrieve_cosine_top(m, 4, 2, qq, 4, top);
    ok(n == 3, "only those above 0");
    int la[] = { 5, 7, 9 }, lb[] = { 8, 7 }, fo[5];
    double fs[5];
    n = retrieve_fuse(la, 3, lb, 2, fo, fs);
    ok(n == 4 && fo[0] == 7, "fusion: in both lists first");
    ok(fo[1] == 5 && fo[2] == 8 && fo[3] == 9, "then by rank, ties to the first list");
    ok(fabs(fs[0] - (1.0 / 62 + 1.0 / 62)) < 1e-12, "reciprocal rank scores (k = 60)");

    /* the text embedded for a table */
    build(&cat, 0);
    cat.tables[2].comment = xstrdup("one line of an order");
    char *text = retrieve_table_text(&cat, 2);
    ok(text && strstr(text, "order_items (order items)") && strstr(text, "order id (references orders)"),
       "table text: names split into words, references");
    ok(text && strstr(text, "one line of an order"), "table text: the description");
    free(text);
    text = retrieve_table_text(&cat, 3);
    ok(text && strstr(text, "unit price"), "table text: camelCase split");
    free(text);
    catalog_free(&cat);
    return done_testing();
}
