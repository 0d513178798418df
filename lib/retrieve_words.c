/* retrieve_words.c: the words of retrieval (see retrieve.h). Text and
 * identifiers become terms: lower case, split at '_', '-' and camelCase,
 * inflections folded to one stem on both sides of a match (plurals, -ed,
 * -ing, -ly, -ation, doubled consonants, the e a suffix took; cardiologists
 * -> cardiology, pediatrician -> pediatric), so "invoiced" meets "invoices"
 * and "cardiologists" meets the value 'Cardiology'. Terms weigh by what they
 * say about which table: stop words and numbers nothing, the words of
 * analysis (total, average, rate, month) little. An analyst's vocabulary
 * maps the words people ask with to the words schemas are written in
 * (revenue -> amount, fee, mrr; customers -> accounts, clients). */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "retrieve.h"
#include "util.h"

/* ---- stems ------------------------------------------------------------------ */

static int ends(const char *w, size_t n, const char *suf)
{
    size_t k = strlen(suf);
    return n >= k && memcmp(w + n - k, suf, k) == 0;
}

static int is_vowel(char c)
{
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
}

static int has_vowel(const char *w, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (is_vowel(w[i]))
            return 1;
    return 0;
}

static int all_alpha(const char *w)
{
    for (; *w; w++)
        if (!islower((unsigned char)*w))
            return 0;
    return 1;
}

/* Irregular forms worth knowing. */
static const char *const irregular[][2] = {
    { "paid", "pay" }, { "sold", "sell" }, { "bought", "buy" }, { "spent", "spend" },
    { "children", "child" }, { "people", "person" }, { "daily", "day" }, { "lent", "lend" },
    { "annually", "annual" }, { "women", "woman" }, { "men", "man" }, { "won", "win" },
    { "lost", "lose" }, { "gave", "give" }, { "took", "take" }, { "made", "make" },
};

/* Nouns ending in -ing that name things, not doing them (listings is no list). */
static const char *const ing_nouns[] = {
    "booking", "building", "ceiling", "clothing", "drawing", "earning", "evening", "feeling",
    "funding", "heading", "holding", "housing", "landing", "learning", "listing", "marketing",
    "meeting", "morning", "offering", "painting", "parking", "posting", "rating", "recording",
    "saving", "setting", "sibling", "spring", "string", "thing", "training", "warning", "wedding",
};

void retrieve_stem(char *w)
{
    size_t n = strlen(w);
    if (n <= 3 || !all_alpha(w))
        return;
    for (size_t i = 0; i < sizeof irregular / sizeof *irregular; i++)
        if (strcmp(w, irregular[i][0]) == 0) {
            strcpy(w, irregular[i][1]);
            return;
        }
    /* plurals: categories -> category, boxes -> box, orders -> order */
    if (n > 4 && ends(w, n, "ies")) {
        strcpy(w + n - 3, "y");
        n -= 2;
    } else if (ends(w, n, "sses") || ends(w, n, "xes") || ends(w, n, "ches") || ends(w, n, "shes") ||
               ends(w, n, "zzes")) {
        n -= 2;
    } else if (w[n - 1] == 's' && !ends(w, n, "ss") && !ends(w, n, "us") && !ends(w, n, "is")) {
        n -= 1;
    }
    w[n] = '\0';
    /* people named by their field: cardiologist -> cardiology, pediatrician -> pediatric */
    if (ends(w, n, "ologist")) {
        strcpy(w + n - 3, "y");
        return;
    }
    if (n > 7 && ends(w, n, "ician")) {
        w[n - 3] = '\0';
        return;
    }
    /* monthly -> month, quarterly -> quarter (not supply, family) */
    if (n >= 6 && ends(w, n, "ly") && !ends(w, n, "ply") && !ends(w, n, "ily")) {
        w[n - 2] = '\0';
        return;
    }
    for (size_t i = 0; i < sizeof ing_nouns / sizeof *ing_nouns; i++)
        if (strcmp(w, ing_nouns[i]) == 0)
            return;
    /* cancellation -> cancel, reservation -> reserve (not location, station);
     * invoiced, invoicing -> invoice; shipped -> ship; applied -> apply */
    if (n >= 9 && ends(w, n, "ation")) {
        n -= 5;
    } else if (n >= 5 && ends(w, n, "ied")) {
        strcpy(w + n - 3, "y");
        return;
    } else if (n >= 5 && ends(w, n, "ed") && !ends(w, n, "eed") && has_vowel(w, n - 2)) {
        n -= 2;
    } else if (n >= 7 && ends(w, n, "ing") && has_vowel(w, n - 3)) {
        n -= 3;
    } else {
        return;
    }
    w[n] = '\0';
    char last = w[n - 1], prev = w[n - 2];
    if (last == prev && !is_vowel(last) && last != 's' && last != 'z' && (last != 'l' || n >= 6)) {
        w[n - 1] = '\0';              /* shipp -> ship, cancell -> cancel; bill stays */
        return;
    }
    /* the e the suffix took: invoic, pric, clos, rat, charg, measur -> ...e */
    int e = last == 'c' || last == 'v' || last == 'z' ||
            (last == 's' && is_vowel(prev) && prev != 'u') ||
            (last == 'g' && (prev == 'r' || prev == 'a' || (prev == 'n' && n >= 3 && w[n - 3] == 'a'))) ||
            (last == 't' && prev == 'a') || (last == 'l' && prev == 'b') ||
            (last == 'r' && (prev == 'u' || prev == 'i'));
    if (e) {
        w[n] = 'e';
        w[n + 1] = '\0';
    }
}

/* ---- stop words and the words of analysis ----------------------------------- */

/* Sorted (bsearch; test_retrieve checks). */
static const char *const stopwords[] = {
    "a", "about", "all", "an", "and", "any", "apr", "april", "are", "as", "at", "aug", "august",
    "be", "been", "being", "bring", "brought", "by", "can", "could", "dec", "december", "did",
    "do", "does", "done", "each", "ever", "every", "feb", "february", "for", "from", "generate",
    "get", "give", "go", "got", "h1", "h2", "had", "has", "have", "here", "how", "i", "id", "if",
    "in", "into", "is", "it", "its", "jan", "january", "jul", "july", "jun", "june", "just",
    "know", "let", "like", "list", "make", "many", "mar", "march", "may", "me", "might", "mtd",
    "much", "must", "my", "need", "no", "not", "nov", "november", "now", "oct", "october", "of",
    "on", "only", "or", "our", "out", "per", "please", "q1", "q2", "q3", "q4", "really", "right",
    "see", "sep", "sept", "september", "shall", "should", "show", "so", "some", "still", "take",
    "tell", "than", "that", "the", "their", "them", "then", "there", "these", "they", "this",
    "those", "to", "too", "up", "us", "very", "want", "was", "we", "were", "what", "whats", "when",
    "where", "which", "while", "who", "whom", "whose", "why", "will", "with", "would", "yet",
    "you", "your", "ytd",
};

/* Words that say how to compute, not what: they match columns named
 * total or rate, but weakly. */
static const char *const analysis_words[] = {
    "total", "sum", "count", "number", "average", "avg", "mean", "median", "max", "maximum", "min",
    "minimum", "top", "bottom", "most", "least", "highest", "lowest", "largest", "smallest",
    "biggest", "best", "worst", "rate", "ratio", "percent", "percentage", "pct", "share",
    "proportion", "fraction", "distribution", "trend", "growth", "change", "compare", "comparison",
    "breakdown", "over", "under", "above", "below", "more", "less", "greater", "fewer", "fewest",
    "new", "recent", "current", "different", "distinct", "unique", "single", "overall",
    "cumulative", "running", "rank", "ranking", "between", "vs", "versus", "month", "year",
    "quarter", "week", "day", "date", "time", "period", "today", "yesterday", "ago", "last",
    "first", "next", "previous", "since", "until", "before", "after", "during", "within", "across",
    "value", "amount", "often", "long", "other", "same", "own", "one", "two", "three", "ten",
    "five", "how", "also", "whole", "result", "results", "break",
};

static int cstr_cmp(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static int is_stop(const char *w)
{
    return bsearch(&w, stopwords, sizeof stopwords / sizeof *stopwords, sizeof *stopwords, cstr_cmp) != NULL;
}

int retrieve_stopwords_sorted(void)
{
    for (size_t i = 1; i < sizeof stopwords / sizeof *stopwords; i++)
        if (strcmp(stopwords[i - 1], stopwords[i]) >= 0)
            return 0;
    return 1;
}

/* ---- terms ------------------------------------------------------------------ */

static int is_word_char(unsigned char c)
{
    return isalnum(c) || c >= 0x80;
}

size_t retrieve_words(const char *text, void (*each)(void *ctx, const char *word, size_t len), void *ctx)
{
    size_t n = 0;
    const unsigned char *p = (const unsigned char *)(text ? text : "");
    while (*p) {
        while (*p && !is_word_char(*p))
            p++;
        const unsigned char *s = p;
        while (*p && is_word_char(*p)) {
            /* camelCase: a lower letter followed by an upper one ends a word */
            if (p > s && islower(p[-1]) && isupper(*p))
                break;
            p++;
        }
        if (p > s) {
            each(ctx, (const char *)s, (size_t)(p - s));
            n++;
        }
    }
    return n;
}

int retrieve_lower(const char *w, size_t len, char out[RETRIEVE_WORD_MAX])
{
    if (len == 0 || len >= RETRIEVE_WORD_MAX)
        return 0;
    for (size_t i = 0; i < len; i++)
        out[i] = (char)tolower((unsigned char)w[i]);
    out[len] = '\0';
    return 1;
}

int retrieve_fold(const char *w, size_t len, char out[RETRIEVE_WORD_MAX])
{
    if (!retrieve_lower(w, len, out))
        return 0;
    retrieve_stem(out);
    return 1;
}

typedef struct collect {
    char **v;
    size_t n, cap;
    int oom;
} collect;

static void collect_one(void *ctx, const char *w, size_t len)
{
    collect *c = ctx;
    char word[RETRIEVE_WORD_MAX];
    if (c->oom || !retrieve_lower(w, len, word) || is_stop(word))
        return;
    retrieve_stem(word);
    if (is_stop(word))
        return;
    if (c->n == c->cap) {
        size_t cap = c->cap ? c->cap * 2 : 16;
        char **v = realloc(c->v, cap * sizeof *v);
        if (!v) {
            c->oom = 1;
            return;
        }
        c->v = v;
        c->cap = cap;
    }
    if (!(c->v[c->n] = xstrdup(word))) {
        c->oom = 1;
        return;
    }
    c->n++;
}

size_t retrieve_terms(const char *text, char ***out)
{
    collect c = { 0 };
    retrieve_words(text, collect_one, &c);
    *out = c.v;
    return c.n;
}

void retrieve_terms_free(char **terms, size_t n)
{
    for (size_t i = 0; i < n; i++)
        free(terms[i]);
    free(terms);
}

/* ---- an analyst's vocabulary ---------------------------------------------------
 * Each line: '=' when the words name the same thing (a table called
 * clients is the customers a question asks for), '~' when the second
 * words hold or measure the first (revenue is in an amount, a fee); then
 * the words people ask with, then the words schemas write for them. Every
 * word of the first maps to every word of the second (itself aside), at
 * VOCAB_WEIGHT. Stemmed when a retriever is made. */

static const char *const vocabulary[][3] = {
    /* money */
    { "~", "revenue sales sale income turnover earnings earned takings gmv proceeds",
      "revenue sale amount total price fee charge mrr arr subtotal payment paid invoice value" },
    { "~", "pay paid payment collect collected received", "payment paid amount invoice fee charge mrr price" },
    { "~", "bill billed billing invoice invoiced invoicing charge charged", "invoice billing amount fee charge paid" },
    { "~", "spend spent spending cost expense expenses", "cost amount spend expense price total" },
    { "~", "price priced pricing expensive cheap cheapest costly", "price cost amount fee rate" },
    { "~", "margin profit markup", "price cost amount revenue" },
    { "~", "mrr arr recurring", "mrr arr recurring subscription plan fee" },
    { "~", "salary wage pay payroll compensation earn", "salary wage pay payroll compensation gross" },
    { "=", "refund refunded", "refund return" },
    { "=", "discount coupon promo", "discount coupon promo" },
    { "=", "fine penalty", "fine penalty" },
    { "~", "fine penalty overdue", "fee overdue" },
    { "~", "unpaid outstanding owed", "paid unpaid status invoice amount due" },
    /* people and organisations */
    { "=", "customer client buyer shopper consumer", "customer client account user buyer" },
    { "=", "account", "customer client" },
    { "=", "user", "account member customer" },
    { "=", "member", "membership user customer" },
    { "=", "subscriber subscription subscribe", "subscription subscriber customer account" },
    { "~", "subscriber subscription subscribe", "plan" },
    { "=", "company organization organisation firm business", "company account organization client" },
    { "=", "employee staff worker personnel headcount hire hired", "employee staff worker" },
    { "=", "manager boss supervisor", "manager supervisor employee" },
    { "=", "doctor physician clinician provider", "doctor physician provider clinician" },
    { "~", "specialist speciality specialization", "specialty" },
    { "=", "student pupil", "student" },
    { "=", "teacher instructor professor", "teacher instructor" },
    { "=", "author writer", "author writer" },
    /* things and events */
    { "=", "product item sku article merchandise goods", "product item sku" },
    { "=", "order purchase bought buy", "order purchase" },
    { "~", "sold sell selling", "sale order quantity sold" },
    { "=", "ship shipped shipping shipment delivery delivered deliver package parcel freight",
      "shipment delivery" },
    { "~", "ship shipped shipping shipment delivery delivered deliver package parcel freight", "carrier" },
    { "=", "carrier courier", "carrier" },
    { "~", "carrier courier", "shipment" },
    { "=", "ticket issue complaint support case", "ticket issue support case" },
    { "=", "review reviewed rating rated stars feedback", "review rating" },
    { "~", "review reviewed rating rated stars feedback", "score satisfaction" },
    { "~", "satisfaction csat nps", "satisfaction rating score" },
    { "=", "appointment visit consultation", "appointment visit" },
    { "=", "booking reservation reserve booked", "booking reservation" },
    { "=", "loan borrow borrowed borrowing lend checkout", "loan borrow checkout" },
    { "=", "prescribe prescribed prescription medication medicine", "prescription medication" },
    { "~", "prescribe prescribed prescription medication medicine", "drug" },
    { "~", "signup register registration join joined onboard onboarded",
      "signup created registered joined sign" },
    { "~", "churn churned cancel cancelled canceled cancellation quit", "cancel churn ended status" },
    { "~", "active inactive", "status active" },
    { "=", "plan tier", "plan tier" },
    { "~", "plan tier", "subscription" },
    /* places and groups */
    { "=", "country nation", "country nation" },
    { "=", "city town", "city town" },
    { "~", "city town", "location" },
    { "=", "region area territory", "region area territory" },
    { "=", "location branch site store office", "location branch site store" },
    { "=", "department dept division", "department division" },
    { "=", "team", "department" },
    { "=", "role job title position", "role job title position" },
    { "=", "category type kind group segment", "category type kind group segment" },
    { "=", "industry sector vertical", "industry sector vertical" },
    /* attributes */
    { "~", "age old young born birthday", "birth age dob" },
    { "=", "gender sex", "gender sex" },
    { "~", "duration length minutes hours", "duration length minute hour" },
    { "~", "quantity units qty volume", "quantity qty unit" },
    { "=", "inventory stock", "inventory stock" },
    { "~", "inventory stock", "quantity" },
    { "=", "warehouse depot", "warehouse depot" },
    { "=", "supplier vendor", "supplier vendor" },
    { "=", "mail email", "email" },
};

#define VOCAB_WEIGHT 0.5

typedef struct vocab_pair {
    char ask[RETRIEVE_WORD_MAX];
    char means[RETRIEVE_WORD_MAX];
    int same;               /* the same thing, not what holds or measures it */
} vocab_pair;

struct retrieve_vocab {
    vocab_pair *p;
    size_t n;
    char (*stop)[RETRIEVE_WORD_MAX];       /* stems of the stop words, sorted */
    size_t nstop;
    char (*weak)[RETRIEVE_WORD_MAX];       /* stems of the words of analysis, sorted */
    size_t nweak;
};

static int word_cmp(const void *a, const void *b)
{
    return strcmp(a, b);
}

/* The stems of a list of words, sorted; NULL on no memory. */
static char (*stem_list(const char *const *list, size_t n, size_t *out_n))[RETRIEVE_WORD_MAX]
{
    char (*v)[RETRIEVE_WORD_MAX] = calloc(n ? n : 1, sizeof *v);
    if (!v)
        return NULL;
    for (size_t i = 0; i < n; i++) {
        snprintf(v[i], sizeof v[i], "%s", list[i]);
        retrieve_stem(v[i]);
    }
    qsort(v, n, sizeof *v, word_cmp);
    *out_n = n;
    return v;
}

static int pair_cmp(const void *a, const void *b)
{
    const vocab_pair *x = a, *y = b;
    int c = strcmp(x->ask, y->ask);
    if (!c)
        c = strcmp(x->means, y->means);
    return c ? c : y->same - x->same;
}

typedef struct split {
    char w[24][RETRIEVE_WORD_MAX];
    size_t n;
} split;

static void split_one(void *ctx, const char *w, size_t len)
{
    split *s = ctx;
    if (s->n < 24 && retrieve_fold(w, len, s->w[s->n]))
        s->n++;
}

retrieve_vocab *retrieve_vocab_new(void)
{
    retrieve_vocab *v = calloc(1, sizeof *v);
    size_t cap = 0;
    if (!v)
        return NULL;
    for (size_t l = 0; l < sizeof vocabulary / sizeof *vocabulary; l++) {
        split ask = { .n = 0 }, means = { .n = 0 };
        retrieve_words(vocabulary[l][1], split_one, &ask);
        retrieve_words(vocabulary[l][2], split_one, &means);
        for (size_t i = 0; i < ask.n; i++)
            for (size_t j = 0; j < means.n; j++) {
                if (strcmp(ask.w[i], means.w[j]) == 0)
                    continue;
                if (v->n == cap) {
                    cap = cap ? cap * 2 : 256;
                    vocab_pair *p = realloc(v->p, cap * sizeof *p);
                    if (!p) {
                        retrieve_vocab_free(v);
                        return NULL;
                    }
                    v->p = p;
                }
                memcpy(v->p[v->n].ask, ask.w[i], RETRIEVE_WORD_MAX);
                memcpy(v->p[v->n].means, means.w[j], RETRIEVE_WORD_MAX);
                v->p[v->n].same = vocabulary[l][0][0] == '=';
                v->n++;
            }
    }
    v->stop = stem_list(stopwords, sizeof stopwords / sizeof *stopwords, &v->nstop);
    v->weak = stem_list(analysis_words, sizeof analysis_words / sizeof *analysis_words, &v->nweak);
    if (!v->stop || !v->weak) {
        retrieve_vocab_free(v);
        return NULL;
    }
    qsort(v->p, v->n, sizeof *v->p, pair_cmp);
    /* one of each pair, "the same thing" first */
    size_t k = 0;
    for (size_t i = 0; i < v->n; i++)
        if (!k || strcmp(v->p[k - 1].ask, v->p[i].ask) != 0 || strcmp(v->p[k - 1].means, v->p[i].means) != 0)
            v->p[k++] = v->p[i];
    v->n = k;
    return v;
}

void retrieve_vocab_free(retrieve_vocab *v)
{
    if (v) {
        free(v->p);
        free(v->stop);
        free(v->weak);
        free(v);
    }
}

size_t retrieve_related(const retrieve_vocab *v, const char *stem, const char **out, double *weight,
                        int *same, size_t max)
{
    if (!v || !v->n)
        return 0;
    /* the first pair asking with stem */
    size_t lo = 0, hi = v->n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (strcmp(v->p[mid].ask, stem) < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    size_t n = 0;
    for (size_t i = lo; i < v->n && n < max && strcmp(v->p[i].ask, stem) == 0; i++) {
        out[n] = v->p[i].means;
        weight[n] = VOCAB_WEIGHT;
        same[n] = v->p[i].same;
        n++;
    }
    return n;
}

double retrieve_term_weight(const retrieve_vocab *v, const char *raw, const char *stem)
{
    int digits = 1;
    for (const char *p = stem; *p; p++)
        digits &= isdigit((unsigned char)*p) != 0;
    /* numbers, one letter, stop words name no table */
    if (digits || strlen(stem) <= 1 || is_stop(raw) ||
        bsearch(stem, v->stop, v->nstop, sizeof *v->stop, word_cmp))
        return 0;
    if (bsearch(stem, v->weak, v->nweak, sizeof *v->weak, word_cmp))
        return 0.25;
    return 1;
}
