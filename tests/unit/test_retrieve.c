/* test_retrieve.c: schema retrieval: terms and stems, the analyst's
 * vocabulary, bm25 ranking over names, columns, descriptions, synonyms and
 * categorical values, tables named whole, compounds, measures found along
 * foreign keys, a conversation's previous turn, the semantic file's
 * examples, foreign-key path expansion within a budget on a large
 * generated catalog, what is sent when nothing matches, the DDL written
 * for prompts, the fingerprint; with embeddings: cosine, reciprocal rank
 * fusion, the text per table. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "catalog.h"
#include "retrieve.h"
#include "semantic.h"
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

static const char *stem(const char *w)
{
    static char out[RETRIEVE_WORD_MAX];
    snprintf(out, sizeof out, "%s", w);
    retrieve_stem(out);
    return out;
}

static size_t pos(const int *v, size_t n, int x)
{
    for (size_t i = 0; i < n; i++)
        if (v[i] == x)
            return i;
    return n;
}

/* A clinic and a SaaS side by side, with sample values and one long
 * free-text column, plus `noise` unrelated tables. */
enum { CLINICS, DOCTORS, PATIENTS, APPOINTMENTS, REVIEWS, INVOICES, LEDGER, ACCOUNTS, SUBSCRIPTIONS, USERS,
       PAYOUTS };
static void build2(catalog *cat, int noise)
{
    memset(cat, 0, sizeof *cat);
    cat_table *t = catalog_add_table(cat, "clinics", 0);
    col(t, "id", "INTEGER", NULL)->pk = 1;
    col(t, "name", "TEXT", NULL);
    static const char *const regions[] = { "Northeast", "West" };
    samples(col(t, "region", "TEXT", NULL), regions, 2);
    t = catalog_add_table(cat, "doctors", 0);
    t->rows = 100;
    col(t, "id", "INTEGER", NULL)->pk = 1;
    col(t, "name", "TEXT", NULL);
    col(t, "clinic_id", "INTEGER", "clinics");
    static const char *const spec[] = { "Cardiology", "Dermatology", "Pediatrics" };
    samples(col(t, "specialty", "TEXT", NULL), spec, 3);
    t = catalog_add_table(cat, "patients", 0);
    col(t, "id", "INTEGER", NULL)->pk = 1;
    static const char *const ins[] = { "private", "medicare" };
    samples(col(t, "insurance", "TEXT", NULL), ins, 2);
    t = catalog_add_table(cat, "appointments", 0);
    col(t, "id", "INTEGER", NULL)->pk = 1;
    col(t, "patient_id", "INTEGER", "patients");
    col(t, "doctor_id", "INTEGER", "doctors");
    col(t, "scheduled_at", "TEXT", NULL);
    static const char *const st[] = { "completed", "cancelled", "no_show" };
    samples(col(t, "status", "TEXT", NULL), st, 3);
    col(t, "fee", "REAL", NULL);
    t = catalog_add_table(cat, "reviews", 0);
    col(t, "id", "INTEGER", NULL)->pk = 1;
    col(t, "doctor_id", "INTEGER", "doctors");
    static const char *const body[] = { "The doctor who trained in Germany explained every step very kindly" };
    samples(col(t, "body", "TEXT", NULL), body, 1);
    col(t, "stars", "INTEGER", NULL);
    t = catalog_add_table(cat, "invoices", 0);
    col(t, "id", "INTEGER", NULL)->pk = 1;
    col(t, "patient_id", "INTEGER", "patients");
    col(t, "amount", "REAL", NULL);
    col(t, "issued_at", "TEXT", NULL);
    static const char *const methods[] = { "paypal", "card" };
    samples(col(t, "method", "TEXT", NULL), methods, 2);
    t = catalog_add_table(cat, "ledger", 0);
    col(t, "id", "INTEGER", NULL)->pk = 1;
    col(t, "account_total", "REAL", NULL);
    t = catalog_add_table(cat, "accounts", 0);
    col(t, "id", "INTEGER", NULL)->pk = 1;
    col(t, "name", "TEXT", NULL);
    static const char *const countries[] = { "Germany", "France" };
    samples(col(t, "country", "TEXT", NULL), countries, 2);
    t = catalog_add_table(cat, "subscriptions", 0);
    col(t, "id", "INTEGER", NULL)->pk = 1;
    col(t, "account_id", "INTEGER", "accounts");
    col(t, "plan", "TEXT", NULL);
    col(t, "mrr", "REAL", NULL);
    static const char *const wallets[] = { "apple_pay", "google_pay" };
    samples(col(t, "wallet", "TEXT", NULL), wallets, 2);
    t = catalog_add_table(cat, "users", 0);
    col(t, "id", "INTEGER", NULL)->pk = 1;
    col(t, "account_id", "INTEGER", "accounts");
    col(t, "signup_date", "TEXT", NULL);
    t = catalog_add_table(cat, "tbl_px", 0);          /* an opaque name the semantic file explains */
    col(t, "id", "INTEGER", NULL)->pk = 1;
    col(t, "amt", "REAL", NULL);
    for (int i = 0; i < noise; i++) {
        char name[64];
        snprintf(name, sizeof name, "module%d_widget_log", i);
        t = catalog_add_table(cat, name, 0);
        col(t, "id", "INTEGER", NULL)->pk = 1;
        col(t, "gadget_code", "TEXT", NULL);
        col(t, "flux_level", "REAL", NULL);
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
    const char *vague = "which gizmo is the darling of the crowd";
    n = retrieve_select(r, vague, 3000, &t);
    ok(n > 0 && t[0] == 1, "words alone: nothing matches, the most joined table (orders) stands in first");
    size_t bytes = 0;
    ddl = retrieve_schema(r, vague, 3000, 1);
    bytes = strlen(ddl);
    free(ddl);
    ok(bytes > 0 && bytes <= 3000 * 4 / 3 + 400, "  within a third of the budget: less is sent");
    free(t);
    ok(retrieve_set_vectors(r, vecs, D) == 0 && retrieve_vector_dim(r) == D, "table vectors set");
    retrieve_query vq = { vague, NULL, NULL, q };
    n = retrieve_select_q(r, &vq, 3000, &t);
    ok(n > 0 && t[0] == 3, "with its vector: products first");
    ok(has(t, n, 0) && has(t, n, 2) && has(t, n, 1),
       "the next nearest (customers) and the foreign-key path to it (order_items, orders)");
    ok(n < 40, "still a small selection");
    free(t);
    ddl = retrieve_schema_q(r, &vq, 3000, 1);
    ok(ddl && strstr(ddl, "CREATE TABLE products"), "the DDL holds products");
    free(ddl);
    retrieve_query fq = { "quantity sold per customer country", NULL, NULL, q };
    n = retrieve_rank_q(r, &fq, &t, &sc);
    ok(n >= 2 && has(t, n, 0) && has(t, n, 3), "fusion keeps the words' leaders and adds the nearest");
    ok(sc[0] >= sc[n - 1], "fused scores best first");
    free(t);
    free(sc);
    vq.qvec = NULL;
    n = retrieve_rank_q(r, &vq, &t, NULL);
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

    /* stems: both sides of a match fold to one */
    is_str(stem("invoiced"), "invoice", "stem: invoiced -> invoice");
    is_str(stem("invoicing"), "invoice", "stem: invoicing -> invoice");
    is_str(stem("invoices"), "invoice", "stem: invoices -> invoice");
    is_str(stem("cardiologists"), "cardiology", "stem: cardiologists -> cardiology (the field)");
    is_str(stem("pediatrician"), "pediatric", "stem: pediatrician -> pediatric");
    is_str(stem("pediatrics"), "pediatric", "stem: pediatrics -> pediatric");
    is_str(stem("cancelled"), "cancel", "stem: cancelled -> cancel");
    is_str(stem("cancellations"), "cancel", "stem: cancellations -> cancel");
    is_str(stem("shipped"), "ship", "stem: shipped -> ship");
    is_str(stem("billed"), "bill", "stem: billed -> bill");
    is_str(stem("rated"), "rate", "stem: rated -> rate");
    is_str(stem("rating"), "rating", "stem: rating stays (a thing, not rate)");
    is_str(stem("listings"), "listing", "stem: listings -> listing (not list)");
    is_str(stem("monthly"), "month", "stem: monthly -> month");
    is_str(stem("categories"), "category", "stem: categories -> category");
    is_str(stem("status"), "status", "stem: status stays");
    is_str(stem("paid"), "pay", "stem: paid -> pay");

    ok(retrieve_stopwords_sorted(), "the stop words are sorted (binary search)");

    /* the vocabulary and the weights of words */
    retrieve_vocab *voc = retrieve_vocab_new();
    const char *rel[64];
    double rw[64];
    int same[64];
    size_t nrel = retrieve_related(voc, "revenue", rel, rw, same, 64);
    int fee = 0, mrr = 0, measured = 1;
    for (size_t i = 0; i < nrel; i++) {
        fee |= strcmp(rel[i], "fee") == 0;
        mrr |= strcmp(rel[i], "mrr") == 0;
        measured &= !same[i];
    }
    ok(fee && mrr && measured, "vocabulary: revenue is held in fees and mrr (what measures it, not its name)");
    nrel = retrieve_related(voc, "customer", rel, rw, same, 64);
    int client = 0;
    for (size_t i = 0; i < nrel; i++)
        client |= strcmp(rel[i], "client") == 0 && same[i] && rw[i] > 0 && rw[i] < 1;
    ok(client, "vocabulary: customers are clients (the same thing, at less than full weight)");
    ok(retrieve_term_weight(voc, "the", "the") == 0 && retrieve_term_weight(voc, "2024", "2024") == 0,
       "weights: stop words and numbers name no table");
    ok(retrieve_term_weight(voc, "total", "total") > 0 && retrieve_term_weight(voc, "total", "total") < 0.5,
       "weights: words of analysis (total) weigh little");
    ok(retrieve_term_weight(voc, "orders", "order") == 1, "weights: other words weigh fully");
    retrieve_vocab_free(voc);

    /* ranking a clinic beside a SaaS */
    build2(&cat, 0);
    r = retrieve_new(&cat);
    ok(r != NULL, "index the clinic and the SaaS");
    n = retrieve_rank(r, "How many cardiologists do we have?", &t, NULL);
    ok(n >= 1 && t[0] == DOCTORS, "a value (Cardiology) found by its people (cardiologists)");
    free(t);
    n = retrieve_rank(r, "total invoiced amount in 2024", &t, NULL);
    ok(n >= 1 && t[0] == INVOICES, "invoiced finds invoices");
    free(t);
    n = retrieve_rank(r, "How much came in through PayPal?", &t, NULL);
    ok(n >= 1 && t[0] == INVOICES, "PayPal is one word (the value paypal), not pay and pal (apple_pay)");
    free(t);
    n = retrieve_rank(r, "doctors from Germany", &t, NULL);
    ok(!has(t, n, REVIEWS) || pos(t, n, REVIEWS) > pos(t, n, DOCTORS),
       "long free text (a review) is not matched by its words");
    ok(has(t, n, ACCOUNTS), "  a short categorical value (Germany) is");
    free(t);
    n = retrieve_rank(r, "How many accounts are there?", &t, NULL);
    ok(n >= 2 && t[0] == ACCOUNTS && pos(t, n, LEDGER) > 0, "the table named whole beats a rare column (account_total)");
    free(t);
    n = retrieve_rank(r, "How many customers do we have?", &t, NULL);
    ok(n >= 2 && pos(t, n, ACCOUNTS) < 2 && pos(t, n, USERS) < 2,
       "customers: the accounts and users tables (the vocabulary)");
    free(t);
    n = retrieve_rank(r, "ARR by plan", &t, NULL);
    ok(n >= 1 && t[0] == SUBSCRIPTIONS, "ARR: the table with mrr");
    free(t);
    n = retrieve_rank(r, "users who signed up in 2024", &t, NULL);
    ok(n >= 1 && t[0] == USERS, "signed up: the compound signup (signup_date)");
    free(t);
    n = retrieve_rank(r, "Total revenue per clinic", &t, NULL);
    ok(n >= 2 && t[0] == CLINICS, "revenue per clinic: clinics first");
    ok(pos(t, n, APPOINTMENTS) < 4 && pos(t, n, DOCTORS) < 4,
       "  the fees (appointments) and the table joining them (doctors) close behind");
    free(t);
    ddl = retrieve_schema(r, "how many no-shows last month", 3000, 1);
    ok(strstr(ddl, "status TEXT, -- one of 'no_show', 'completed', 'cancelled'") != NULL,
       "no-shows: the value no_show is matched (compound) and shown first");
    free(ddl);

    /* a turn of a conversation: the previous SQL's tables come first */
    retrieve_query turn = { "now only for Germany", "What is our MRR by plan?",
                            "SELECT plan, SUM(mrr) AS mrr FROM subscriptions GROUP BY plan", NULL };
    n = retrieve_select_q(r, &turn, 3000, &t);
    ok(n >= 2 && t[0] == SUBSCRIPTIONS, "follow-up: the previous SQL's table first");
    ok(pos(t, n, ACCOUNTS) < 3, "  then the table with Germany joined to it");
    free(t);
    n = retrieve_rank_q(r, &turn, &t, NULL);
    retrieve_query alone = { "now only for Germany", NULL, NULL, NULL };
    int *t2;
    size_t n2 = retrieve_rank_q(r, &alone, &t2, NULL);
    ok(pos(t, n, SUBSCRIPTIONS) < pos(t, n, ACCOUNTS) && pos(t2, n2, SUBSCRIPTIONS) > pos(t2, n2, ACCOUNTS),
       "  in the ranking too: alone, the table with Germany would come first");
    free(t);
    free(t2);
    retrieve_free(r);

    /* the semantic file: descriptions, synonyms, measures, examples */
    dbt_error err;
    semantic *sem = semantic_parse(
        "{\"tables\": {\"tbl_px\": {\"description\": \"Grants our patrons received\","
        " \"synonyms\": [\"donations\"], \"columns\": {\"amt\": {\"synonyms\": [\"gift size\"]}}}},"
        " \"measures\": {\"billings\": {\"sql\": \"SUM(appointments.fee)\", \"synonyms\": [\"takings\"]}},"
        " \"examples\": [{\"question\": \"Which doctors see the most patients?\","
        " \"sql\": \"SELECT 1\"}, {\"question\": \"How many plans are there?\", \"sql\": \"SELECT 2\"}]}",
        "t.json", &err);
    ok(sem && semantic_apply(sem, &cat, &err) == 0, "a semantic file for the clinic");
    cat.sem = sem;
    r = retrieve_new(&cat);
    n = retrieve_rank(r, "total donations", &t, NULL);
    ok(n >= 1 && t[0] == PAYOUTS, "a table's synonym (donations) finds its table");
    free(t);
    n = retrieve_rank(r, "which patrons received the most", &t, NULL);
    ok(n >= 1 && t[0] == PAYOUTS, "its description (patrons) too");
    free(t);
    n = retrieve_rank(r, "average gift size", &t, NULL);
    ok(n >= 1 && t[0] == PAYOUTS, "a column's synonym (gift size) too");
    free(t);
    n = retrieve_rank(r, "weekly takings", &t, NULL);
    ok(n >= 1 && t[0] == APPOINTMENTS, "a measure's synonym (takings) finds the table it reads");
    free(t);
    size_t exi[3];
    size_t nexi = retrieve_examples(r, "which doctor saw the most patients in May", 3, exi);
    ok(nexi == 1 && exi[0] == 0, "the semantic file's example most like the question");
    ok(retrieve_examples(r, "weekly takings", 3, exi) == 0, "  none when none is alike");
    retrieve_free(r);
    semantic_free(sem);
    cat.sem = NULL;
    catalog_free(&cat);

    /* a wide table: its keys, its first columns and those the question names */
    memset(&cat, 0, sizeof cat);
    cat_table *wide = catalog_add_table(&cat, "wide_facts", 0);
    col(wide, "id", "INTEGER", NULL)->pk = 1;
    for (int i = 0; i < 79; i++) {
        char nm[32];
        snprintf(nm, sizeof nm, i == 60 ? "net_revenue" : "metric_%02d", i);
        col(wide, nm, "REAL", NULL);
    }
    catalog_finish(&cat);
    r = retrieve_new(&cat);
    ddl = retrieve_schema(r, "net revenue by month", 3000, 1);
    ok(strstr(ddl, "  net_revenue REAL") && strstr(ddl, "  metric_05 REAL") && !strstr(ddl, "metric_50"),
       "a wide table shows its first columns and the one the question names");
    ok(strstr(ddl, "  -- and 69 more columns\n);") != NULL, "  and says how many it leaves out");
    free(ddl);
    retrieve_free(r);
    catalog_free(&cat);

    /* a large schema: copies of one table make way for other tables */
    build2(&cat, 300);
    r = retrieve_new(&cat);
    n = retrieve_select(r, "gadget flux level by clinic region", 400, &t);
    size_t copies = 0, before_clinics = pos(t, n, CLINICS);
    for (size_t i = 0; i < n && i < before_clinics; i++)
        copies += t[i] > PAYOUTS;
    ok(before_clinics < n && copies <= 2, "near-copies (widget logs) after the first two: clinics gets in");
    free(t);
    retrieve_free(r);
    catalog_free(&cat);
    return done_testing();
}
