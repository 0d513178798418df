/* test_retrieve.c: schema retrieval: terms, BM25 ranking over names,
 * columns and sample values, foreign-key path expansion within a budget on
 * a large generated catalog, the DDL written for prompts, the fingerprint. */
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
    retrieve_free(r);
    catalog_free(&cat);
    return done_testing();
}
