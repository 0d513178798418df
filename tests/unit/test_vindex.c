/* test_vindex.c: the grounding indexes (engine/vindex.h) against brute
 * force: a word set's near words hold every word a typo or a long common
 * prefix away; the value index finds values by their first word, samples
 * in the catalog's order; and grounding with the indexes finds exactly the
 * mentions grounding without them (names split and samples scanned as it
 * goes) finds, on a catalog of overlapping names and values. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "catalog.h"
#include "engine/ground.h"
#include "engine/lexicon.h"
#include "engine/tokens.h"
#include "engine/vindex.h"
#include "util.h"
#include "tap.h"

static uint32_t seed = 7;

static uint32_t rnd(uint32_t n)
{
    seed = seed * 1664525u + 1013904223u;
    return (seed >> 8) % n;
}

static void random_word(char *w, size_t len)
{
    static const char letters[] = "aeioustrnlcdm";   /* few letters: many near words */
    for (size_t i = 0; i < len; i++)
        w[i] = letters[rnd(sizeof letters - 1)];
    w[len] = '\0';
}

/* One edit or two of w. */
static void typo(const char *w, char *out, size_t size)
{
    size_t n = strlen(w), p = rnd((uint32_t)n + 1);
    char c = (char)('a' + rnd(26));
    switch (rnd(4)) {
    case 0:
        snprintf(out, size, "%.*s%s", (int)p, w, p < n ? w + p + 1 : "");
        break;
    case 1:
        snprintf(out, size, "%.*s%c%s", (int)p, w, c, w + p);
        break;
    case 2:
        snprintf(out, size, "%.*s%c%s", (int)p, w, c, p < n ? w + p + 1 : "");
        break;
    default:
        snprintf(out, size, "%.*s%c%c%s", (int)p, w, c, c, w + p);
    }
}

static int has(const vx_ids *l, uint32_t id)
{
    for (size_t i = 0; i < l->n; i++)
        if (l->v[i] == id)
            return 1;
    return 0;
}

static void test_wordset(void)
{
    wordset *ws = wordset_new(WS_STEMS | WS_PREFIX | WS_TYPOS, 16);
    char w[64], st[64];
    for (int i = 0; i < 3000; i++) {
        random_word(w, 2 + rnd(12));
        lex_stem(w, st, sizeof st);
        wordset_add(ws, w, st);
    }
    size_t nw = wordset_count(ws);
    is_int(wordset_add(ws, wordset_text(ws, 5), wordset_stem(ws, 5)), 5, "a word added again keeps its id");
    is_int(wordset_find(ws, "zzzzzzz"), VX_NONE, "an unknown word has no id");
    int missing = 0, sorted = 1, checked = 0;
    for (int i = 0; i < 600; i++) {
        char q[64];
        if (i % 3)
            typo(wordset_text(ws, rnd((uint32_t)nw)), q, sizeof q);
        else
            random_word(q, 2 + rnd(12));
        lex_stem(q, st, sizeof st);
        vx_ids near = {0};
        wordset_near(ws, q, st, 1, &near);
        for (size_t k = 1; k < near.n; k++)
            sorted &= near.v[k - 1] < near.v[k];
        for (uint32_t id = 0; id < nw; id++) {
            const char *x = wordset_text(ws, id);
            size_t lq = strlen(q), lx = strlen(x), cp = 0;
            while (q[cp] && q[cp] == x[cp])
                cp++;
            int want = strcmp(q, x) == 0 || strcmp(st, wordset_stem(ws, id)) == 0 || lex_similar(q, x) ||
                       (lq >= 5 && lx >= 5 && cp >= 5);
            checked += want;
            if (want && !has(&near, id))
                missing++;
        }
        vx_ids_free(&near);
    }
    ok(checked > 300, "the queries have near words to find");
    is_int(missing, 0, "near words: every word of the same stem, lex_similar or a 5-byte prefix away");
    ok(sorted, "near words: sorted, each once");
    wordset_free(ws);
}

/* A catalog whose names and values overlap as a warehouse's do. */
static void build_catalog(catalog *cat)
{
    static const char *const tables[] = {"customers", "crm_customers", "orders", "shop_orders",
                                         "order_items", "support_tickets", "ticket_events",
                                         "appointments", "doctors", "payments", "stg_payments",
                                         "subscriptions", "subscription_plans", "invoices"};
    static const char *const cols[][3] = {
        {"status", "TEXT", "active|inactive|cancelled|pending|on hold"},
        {"country", "TEXT", "United States|Germany|United Kingdom|France|New Zealand|Czech Republic"},
        {"plan_name", "TEXT", "Enterprise|Pro Plus|Starter|Free"},
        {"specialty", "TEXT", "Cardiology|Dermatology|Family Medicine|Pediatrics"},
        {"sex", "TEXT", "F|M|X"},
        {"method", "TEXT", "card|bank transfer|paypal|direct debit"},
        {"customer_name", "TEXT", "Anna Smith|Ben Okafor|Carla O'Brien|Anna Schmidt"},
        {"note", "TEXT", "call back before friday please|vip|late delivery|refund approved by manager"},
        {"priority", "TEXT", "low|medium|high|urgent"},
        {"signupDate", "DATE", ""},
        {"unit_price", "REAL", ""},
        {"total_amount", "REAL", ""},
        {"created_at", "TIMESTAMP", ""},
        {"code", "TEXT", "AB-10023|CX-99812|2024-Q1|100|Cancelled"},
    };
    memset(cat, 0, sizeof *cat);
    for (size_t t = 0; t < sizeof tables / sizeof tables[0]; t++) {
        cat_table *tab = catalog_add_table(cat, tables[t], 0);
        catalog_add_column(tab, "id", "INTEGER")->pk = 1;
        if (t > 0)
            catalog_add_column(tab, "customer_id", "INTEGER")->ref_table = xstrdup("customers");
        for (size_t c = 0; c < sizeof cols / sizeof cols[0]; c++) {
            if ((t + c) % 3 == 0)
                continue;
            cat_column *col = catalog_add_column(tab, cols[c][0], cols[c][1]);
            char vals[256];
            snprintf(vals, sizeof vals, "%s", cols[c][2]);
            size_t n = 1;
            for (char *p = vals; *p; p++)
                n += *p == '|';
            col->samples = calloc(n, sizeof *col->samples);
            /* each table keeps some of the values, starting somewhere else */
            char *save = NULL;
            size_t k = 0;
            for (char *v = strtok_r(vals, "|", &save); v && *vals; v = strtok_r(NULL, "|", &save), k++)
                if ((k + t) % 4 != 3)
                    col->samples[col->nsamples++] = xstrdup(v);
        }
    }
    catalog_finish(cat);
}

static void test_values(const catalog *cat)
{
    vindex *vx = vindex_new(cat);
    ok(vx != NULL, "the value index is built");
    const wordset *ws = vindex_words(vx);
    uint32_t united = wordset_find(ws, "united");
    ok(united != VX_NONE, "value words are interned as the tokenizer writes them");
    int found = 0, order = 1;
    for (uint32_t v = vindex_first(vx, united, 2); v != VX_NONE; v = vindex_value(vx, v)->next) {
        const vx_value *val = vindex_value(vx, v);
        found += strcmp(val->s, "United States") == 0 || strcmp(val->s, "United Kingdom") == 0;
        uint32_t prev = VX_NONE;
        for (uint32_t g = val->sample; g != VX_NONE; g = vindex_sample(vx, g)->next) {
            const vx_sample *sa = vindex_sample(vx, g);
            order &= prev == VX_NONE || prev < g;
            order &= strcmp(cat->tables[sa->t].cols[sa->c].samples[sa->s], val->s) == 0;
            prev = g;
        }
    }
    is_int(found, 2, "values found by their first word and count of words");
    ok(order, "each value's samples, in the catalog's order");
    uint32_t call = wordset_find(ws, "call");
    is_int(call == VX_NONE ? VX_NONE : vindex_first(vx, call, 4), VX_NONE,
           "values of more than 4 words are not indexed word by word");
    vindex_free(vx);
}

static int same(const mention *a, int na, const mention *b, int nb)
{
    if (na != nb)
        return 0;
    for (int i = 0; i < na; i++) {
        if (a[i].kind != b[i].kind || a[i].start != b[i].start || a[i].end != b[i].end ||
            a[i].t != b[i].t || a[i].nalts != b[i].nalts || a[i].concept != b[i].concept)
            return 0;
        for (int k = 0; k < a[i].nalts; k++)
            if (a[i].alts[k].t != b[i].alts[k].t || a[i].alts[k].c != b[i].alts[k].c ||
                a[i].val[k] != b[i].val[k])
                return 0;
    }
    return 1;
}

static int ground_all(const catalog *cat, const ground_index *gx, const char *q, mention *m)
{
    toks *t = malloc(sizeof *t);
    tok_split(q, t);
    memset(m, 0, M_MAX * sizeof *m);
    int n = ground_multiword_values(cat, gx, t, m, M_MAX / 2);
    n += ground_mentions(cat, gx, t, m + n, M_MAX - n);
    free(t);
    return n;
}

static void test_grounding(const catalog *cat)
{
    static const char *const qs[] = {
        "customers in the united states by status", "canceled orders from germany",
        "cancelled ordrs by country", "tickets with priority urgent", "urgnt support tickets",
        "appointments in cardiology by sex", "cardiologists", "female customers", "us customers",
        "payments by bank transfer", "payments by bank transfr", "enterprise subscriptions",
        "pro plus plans", "anna smith orders", "orders of carla o'brien", "signup date of customers",
        "unit price by method", "total amount of invoices by plan name", "customer name of payments",
        "czech republic", "new zealand customers", "status on hold", "on hold", "ab-10023",
        "code 2024-q1", "cancelled", "subscription plans by status", "stg payments by method",
        "refund approved by manager", "vip", "late delivery", "dermatolgy", "pediatric",
        "how many inactive customers are there", "invoice statuses", NULL
    };
    ground_index *gx = ground_index_new(cat);
    ok(gx != NULL, "the grounding index is built");
    int differ = 0, found = 0;
    for (int i = 0; qs[i]; i++) {
        mention a[M_MAX], b[M_MAX];
        int na = ground_all(cat, gx, qs[i], a), nb = ground_all(cat, NULL, qs[i], b);
        found += na;
        if (!same(a, na, b, nb)) {
            differ++;
            printf("# differs: %s\n", qs[i]);
        }
    }
    ok(found > 40, "the questions name tables, columns and values");
    is_int(differ, 0, "with the indexes, the mentions found without them");
    ground_index_free(gx, cat);
}

int main(void)
{
    test_wordset();
    catalog cat;
    build_catalog(&cat);
    test_values(&cat);
    test_grounding(&cat);
    catalog_free(&cat);
    return done_testing();
}
