/* lexicon.c: words the engine knows without a database: singular stems,
 * stop words, number words, measure concepts, synonyms, typo distance. */
#include "lexicon.h"
#include "util.h"

#include <stdio.h>
#include <string.h>

static int ends(const char *w, size_t len, const char *suf)
{
    size_t n = strlen(suf);
    return len >= n && strcmp(w + len - n, suf) == 0;
}

/* Copy word w into out (size n), cut to fit; returns its length there. */
static size_t copy_word(const char *w, char *out, size_t n)
{
    size_t len = strlen(w);
    if (len >= n)
        len = n - 1;
    memcpy(out, w, len);
    out[len] = '\0';
    return len;
}

void lex_stem(const char *w, char *out, size_t n)
{
    size_t len = copy_word(w, out, n);
    if (len <= 3)
        return;
    if (ends(out, len, "ies") && len > 4) {
        strcpy(out + len - 3, "y");
    } else if (ends(out, len, "uses") && len > 4 && strchr("aeiou", out[len - 5])) {
        out[len - 1] = '\0';   /* "causes", "houses": cause, house (not "buses") */
    } else if (ends(out, len, "sses") || ends(out, len, "uses") ||
               ends(out, len, "xes") || ends(out, len, "ches") ||
               ends(out, len, "shes") || ends(out, len, "zzes")) {
        out[len - 2] = '\0';
    } else if (out[len - 1] == 's' && !ends(out, len, "ss") &&
               !ends(out, len, "us") && !ends(out, len, "is")) {
        out[len - 1] = '\0';
    }
}

/* strcmp(a, b) == 0, the first bytes compared before the call: the lists
 * below are searched word by word for every word of every question. */
static int same_word(const char *a, const char *b)
{
    return a[0] == b[0] && strcmp(a, b) == 0;
}

int lex_in_list(const char *w, const char *const *list)
{
    for (; *list; list++)
        if (same_word(w, *list))
            return 1;
    return 0;
}

static const char *const stop_words[] = {
    "a", "an", "the", "of", "in", "on", "at", "to", "for", "from", "with",
    "and", "or", "is", "are", "was", "were", "be", "been", "do", "does",
    "did", "we", "our", "us", "i", "me", "my", "you", "your", "it", "its",
    "that", "this", "these", "those", "there", "their", "they", "them",
    "have", "has", "had", "what", "whats", "s", "please", "give", "tell",
    "get", "find", "all", "any", "some", "as", "into", "by", "per", "each",
    "every", "how", "much", "many", "which", "who", "whom", "whose", "where",
    "when", "show", "list", "display", "return", "can", "could", "would",
    "will", "shall", "should", "up", "out", "about", "across", "than",
    "then", "so", "just", "only", "also", "now", "instead", "overall",
    "ever", "currently", "current", "right", "one", "ones", "both", "them",
    "here", "done", "being", "within", "made", "make", "happen", "happened",
    "break", "down", "split", "sorted", "sort", "rank",
    "ranked", "compute", "calculate", "see", "want", "like", "need", "know",
    "let", "data", "record", "records", "row", "rows",
    "entry", "entries", "table", "recorded", "registered", "exist", "exists",
    "existing", "together", "altogether", "combined", "still", "yet",
    "again", "too", "ok", "okay", "hey", "hi", "vs", "versus",
    /* verbs that say no more than "have" or "be" ("which branch holds the
     * most", "which month saw the most", "never gave us"), and adverbs of
     * time a tense already says ("have already come back") */
    "holds", "saw", "gave", "already", "through",
    /* "the biggest single payment", "never booked a single flight" */
    "single", NULL
};

int lex_is_stop(const char *w)
{
    return lex_in_list(w, stop_words);
}

/* "haven't", "didn't": the tokenizer keeps "haven", "didn" */
static const char *const negations[] = {"never", "no", "without", "missing", "not", "haven",
                                        "hasn", "hadn", "isn", "aren", "wasn", "weren",
                                        "doesn", "didn", "lacking", "lack", "lacks", "nobody", NULL};

/* Words that leave rows out: "excluding refunds", "ignoring cancelled
 * ones", and "leaving out crashed sessions" (not "leaving Chicago"). */
static const char *const exclusions[] = {"excluding", "exclude", "except", "ignoring", "ignore",
                                         "disregarding", "omitting", NULL};

int lex_is_exclusion(const char *w, const char *next)
{
    return lex_in_list(w, exclusions) ||
           ((!strcmp(w, "leaving") || !strcmp(w, "leave")) && next && !strcmp(next, "out"));
}

int lex_is_negation(const char *w)
{
    return lex_in_list(w, negations);
}

static const struct { const char *w; long v; } number_words[] = {
    {"one", 1}, {"two", 2}, {"three", 3}, {"four", 4}, {"five", 5},
    {"six", 6}, {"seven", 7}, {"eight", 8}, {"nine", 9}, {"ten", 10},
    {"eleven", 11}, {"twelve", 12}, {"fifteen", 15}, {"twenty", 20},
    {"thirty", 30}, {"fifty", 50}, {"hundred", 100}, {"dozen", 12},
    {"once", 1}, {"twice", 2},   /* "at least once" */
};

long lex_number_word(const char *w)
{
    for (size_t i = 0; i < sizeof number_words / sizeof number_words[0]; i++)
        if (w[0] == number_words[i].w[0] && strcmp(w, number_words[i].w) == 0)
            return number_words[i].v;
    return -1;
}

/* Are a and b the same word but for two neighbouring letters swapped
 * ("tirps", "trips")? */
static int swapped_pair(const char *a, const char *b)
{
    size_t i = 0;
    while (a[i] && a[i] == b[i])
        i++;
    return a[i] && b[i] && a[i + 1] == b[i] && a[i] == b[i + 1] && a[i] != a[i + 1] &&
           strcmp(a + i + 2, b + i + 2) == 0;
}

int lex_similar(const char *a, const char *b)
{
    if (strcmp(a, b) == 0)
        return 1;
    size_t la = strlen(a), lb = strlen(b);
    size_t m = la < lb ? la : lb;
    if (m == 4 && !lex_is_stop(a) && !lex_is_stop(b))
        return swapped_pair(a, b);   /* "tirp": a trip */
    if (m < 5)
        return 0;
    /* a plural, a past and an agent are other words ("rides", "rider";
     * "played", "player") */
    if (la == lb && strncmp(a, b, la - 1) == 0 && a[la - 1] != b[lb - 1] &&
        strchr("srd", a[la - 1]) && strchr("srd", b[lb - 1]))
        return 0;
    /* a typo keeps the first letter: "games" is not 'James' */
    if (a[0] != b[0])
        return swapped_pair(a, b);
    int cap = m >= 8 ? 2 : 1;
    return str_edit_distance(a, b, cap) <= cap || swapped_pair(a, b);
}

/* Is c a consonant a verb doubles before -ed and -ing ("dropped")? */
static int doubled_consonant(char c)
{
    return c && strchr("bdgklmnprtz", c) != NULL;
}

void lex_root(const char *w, char *out, size_t n)
{
    size_t len = copy_word(w, out, n);
    int cut = 0;
    if (len > 4 && (ends(out, len, "ied") || ends(out, len, "ies"))) {
        strcpy(out + len - 3, "y");
        return;
    }
    if (len > 5 && ends(out, len, "ing")) {
        len -= 3;
        cut = 1;
    } else if (len > 7 && ends(out, len, "ment")) {   /* "settlement" ~ "settled" */
        len -= 4;
    } else if (len > 6 && ends(out, len, "al") && !ends(out, len, "ial")) {   /* "arrival", "renewal" */
        len -= 2;
    } else if (len > 4 && ends(out, len, "ed")) {
        len -= 2;
        cut = 1;
    } else if (len > 4 && ends(out, len, "es") && !ends(out, len, "ses")) {
        len -= 2;
        cut = 1;
    } else if (len > 3 && out[len - 1] == 's' && !ends(out, len, "ss") &&
               !ends(out, len, "us") && !ends(out, len, "is")) {
        len -= 1;
    }
    out[len] = '\0';
    /* "dropp" -> "drop", "admitt" -> "admit" (not "call", "miss") */
    if (cut && len > 3 && out[len - 1] == out[len - 2] && doubled_consonant(out[len - 1]) &&
        out[len - 1] != 'l')
        out[--len] = '\0';
    if (len > 3 && out[len - 1] == 'e')
        out[--len] = '\0';
}

/* Does w end in a verb's -ed or -ing? */
static int verb_form(const char *w)
{
    size_t n = strlen(w);
    return (n > 4 && ends(w, n, "ed")) || (n > 5 && ends(w, n, "ing"));
}

int lex_same_root(const char *a, const char *b)
{
    if (strcmp(a, b) == 0 || a[0] != b[0])
        return 0;
    char ra[48], rb[48];
    lex_root(a, ra, sizeof ra);
    lex_root(b, rb, sizeof rb);
    /* a root of 3 letters only between two verb forms ("filing" ~ "filed") */
    size_t need = verb_form(a) && verb_form(b) ? 3 : 4;
    return strlen(ra) >= need && strcmp(ra, rb) == 0;
}

size_t lex_root_forms(const char *w, char (*out)[48], size_t max)
{
    static const char *const suffixes[] = {"", "e", "s", "es", "ed", "d", "ing", NULL};
    char r[48];
    lex_root(w, r, sizeof r);
    size_t len = strlen(r), k = 0;
    if (len < 4 || len + 5 >= sizeof r)
        return 0;
    int y = r[len - 1] == 'y';
    for (size_t i = 0; suffixes[i] && k < max; i++)
        snprintf(out[k++], 48, "%s%s", r, suffixes[i]);
    if (y && k + 2 <= max) {                 /* "reply": "replied", "replies" */
        snprintf(out[k++], 48, "%.*sied", (int)len - 1, r);
        snprintf(out[k++], 48, "%.*sies", (int)len - 1, r);
    }
    if (doubled_consonant(r[len - 1]) && r[len - 1] != r[len - 2] && k + 2 <= max) {
        snprintf(out[k++], 48, "%s%ced", r, r[len - 1]);      /* "dropped" */
        snprintf(out[k++], 48, "%s%cing", r, r[len - 1]);     /* "dropping" */
    }
    return k;
}

static const char *const revenue_words[] = {
    "revenue", "sale", "income", "turnover", "earning", "gmv", "money", "billing", "billed",
    "takings", NULL
};
static const char *const spend_words[] = {"spend", "spending", "spent", NULL};
static const char *const price_words[] = {
    "price", "cheap", "cheaper", "cheapest", "expensive", "pricey",
    "priciest", "costly", "pricing", "fare", NULL
};
static const char *const duration_words[] = {
    "duration", "long", "longer", "longest", "length", "short", "shorter",
    "shortest", "lasted", "lasting", NULL
};

lex_concept lex_concept_of(const char *stem)
{
    if (lex_in_list(stem, revenue_words))
        return CON_REVENUE;
    if (lex_in_list(stem, spend_words))
        return CON_SPEND;
    if (!strcmp(stem, "payroll"))
        return CON_PAYROLL;
    if (lex_in_list(stem, price_words))
        return CON_PRICE;
    if (lex_in_list(stem, duration_words))
        return CON_DURATION;
    return CON_NONE;
}

static const char *const names_revenue[] = {
    "revenue", "sales", "amount", "total", "subtotal", "fee", "fees",
    "charge", "price", "value", "paid", "income", "fare", NULL
};
static const char *const names_price[] = {
    "price", "unit_price", "cost", "fee", "rate", "amount", "fare", NULL
};
static const char *const names_duration[] = {
    "duration", "minutes", "min", "length", "hours", "days", "seconds",
    NULL
};
static const char *const names_quantity[] = {
    "quantity", "qty", "units", "count", NULL
};
/* what a customer spent: what the rows charged them, a cost to them too */
static const char *const names_spend[] = {
    "revenue", "sales", "amount", "total", "subtotal", "fee", "fees", "charge", "price", "value",
    "paid", "cost", "income", NULL
};
static const char *const names_payroll[] = {
    "salary", "wage", "pay", "compensation", "earnings", NULL
};
static const char *const names_weight[] = {
    "weight", "mass", "kg", "tonnage", "lbs", NULL
};
static const char *const names_size[] = {
    "size", "capacity", "area", "square", "sqft", "volume", "seats", "beds", NULL
};
static const char *const names_distance[] = {
    "distance", "mileage", "km", "miles", NULL
};

const char *const *lex_concept_names(lex_concept c)
{
    switch (c) {
    case CON_REVENUE: return names_revenue;
    case CON_PRICE: return names_price;
    case CON_DURATION: return names_duration;
    case CON_QUANTITY: return names_quantity;
    case CON_SPEND: return names_spend;
    case CON_PAYROLL: return names_payroll;
    case CON_WEIGHT: return names_weight;
    case CON_SIZE: return names_size;
    case CON_DISTANCE: return names_distance;
    default: return NULL;
    }
}

/* Groups of interchangeable words; a word maps to the others in its group. */
static const char *const syn_groups[][8] = {
    {"customer", "client", "account", "buyer", "shopper", NULL},
    {"product", "item", "article", "sku", NULL},
    {"order", "purchase", NULL},
    {"employee", "staff", "worker", "personnel", NULL},
    {"country", "nation", NULL},
    {"city", "town", NULL},
    {"category", "type", "kind", "group", NULL},
    {"amount", "total", "value", "sum", NULL},
    {"quantity", "qty", "unit", NULL},
    {"price", "cost", NULL},
    {"user", "member", NULL},
    {"ticket", "issue", "case", NULL},
    {"doctor", "physician", "provider", NULL},
    {"patient", NULL},
    {"supplier", "vendor", NULL},
    {"region", "area", "territory", NULL},
    {"rating", "score", "star", NULL},
    {"company", "organization", "organisation", "firm", NULL},
    {"status", "state", NULL},
    {"signup", "registration", "join", "joined", NULL},
    {"shipment", "delivery", NULL},
    {"trip", "ride", "journey", NULL},
    {"match", "game", "fixture", NULL},
    {"vehicle", "car", "auto", "automobile", NULL},
    {"complete", "completed", "finish", "finished", NULL},
    {"booking", "reservation", "stay", NULL},
    /* verbs naming the event a table records ("books never borrowed") */
    {"loan", "borrow", "borrowed", "borrowing", "lend", "lent", "lending", NULL},
    {"rental", "rent", "rented", "renting", NULL},
    {"invoice", "bill", NULL},
    {"drug", "medication", "medicine", NULL},
    {"prescription", "script", "rx", NULL},
    {"appointment", "visit", NULL},
    {"consumption", "usage", NULL},
};

const char *const *lex_synonyms(const char *stem)
{
    for (size_t g = 0; g < sizeof syn_groups / sizeof syn_groups[0]; g++)
        for (size_t i = 0; syn_groups[g][i]; i++)
            if (same_word(syn_groups[g][i], stem))
                return syn_groups[g];
    return NULL;
}

static const char *const oneway[][4] = {   /* a word, then what it also names */
    {"ticket", "booking", "reservation", NULL},
    {"booking", "rental", NULL},
    {"policyholder", "customer", "client", NULL},
    {"cardholder", "customer", "client", NULL},
};

const char *const *lex_synonyms_oneway(const char *stem)
{
    for (size_t g = 0; g < sizeof oneway / sizeof oneway[0]; g++)
        if (strcmp(oneway[g][0], stem) == 0)
            return oneway[g] + 1;
    return NULL;
}

int lex_is_amount_word(const char *stem)
{
    static const char *const w[] = {"amount", "total", "value", "sum",
                                    "subtotal", "revenue", "sale", NULL};
    return lex_in_list(stem, w);
}

int lex_is_label_word(const char *w)
{
    static const char *const l[] = {"name", "title", "label", "full_name",
                                    "username", "display_name", "email",
                                    "code", "sku", "description", NULL};
    return lex_in_list(w, l);
}

/* Words that frame a question without changing what it asks: verbs of
 * having and happening, adverbs, comparison glue. */
int lex_is_filler(const char *w)
{
    static const char *const f[] = {
        "very", "new", "single", "often", "among", "after", "before", "compare",
        "onwards", "onward", "type", "kind", "both", "better", "worse", "more", "less",
        "get", "got", "gets", "getting", "bring", "brings", "brought", "contribute",
        "contributes", "generate", "generates", "take", "takes", "took", "come", "comes",
        "came", "go", "goes", "went", "pay", "pays", "join", "joins", "sign", "signs",
        "open", "opens", "work", "works", "live", "lives", "based", "located", "total",
        "overall", "altogether", "far", "most", "least", "ones", "one", "people", "anyone",
        "someone", "everyone", "during", "per", "across", "via", "using", "between",
        "average", "respectively", "each", "whole", "entire", "exactly", "roughly",
        "approximately", "about", "around", "show", "see", "list", "give", "tell", "report",
        "breakdown", "happen", "happens", "occur", "occurs", "say", "said", "again",
        "score", "scores", "size", "level", "amount", "figure", "figures", "number",
        "numbers", "values", "value", "stats", "statistics", "metrics", "start", "starts",
        "begin", "begins", "finish", "finishes", "member", "members", "against", "going",
        "calendar", "actually", NULL};
    size_t n = strlen(w);
    if (n > 4 && strcmp(w + n - 2, "ed") == 0)
        return 1;
    return lex_in_list(w, f);
}

int lex_is_negated_word(const char *w)
{
    static const char *const not_negated[] = {
        "under", "underneath", "understand", "undergraduate", "undergraduates", "unique",
        "uniquely", "unit", "units", "united", "universal", "university", "universities", "union",
        "unions", "uniform", "uniforms", "until", "unless", "unlike", "unusually", "none", "nonetheless",
        NULL};
    static const char *const in_words[] = {"inactive", "invalid", "incomplete", "ineligible",
                                           "inaccurate", "incorrect", "illegal", "dormant", NULL};
    size_t n = strlen(w);
    if (lex_in_list(w, not_negated))
        return 0;
    return (n > 5 && strncmp(w, "un", 2) == 0) || (n > 5 && strncmp(w, "non", 3) == 0) ||
           lex_in_list(w, in_words);
}

int lex_is_deduction(const char *stem)
{
    static const char *const d[] = {"refund", "rebate", "discount", "chargeback", "tax", "vat",
                                     "writeoff", NULL};
    return lex_in_list(stem, d);
}

/* Irregular verbs: base, past, past participle (NULL when the same as
 * the past), third person. Verbs whose past is also a common
 * noun or adjective ("left", "lead", "saw", "found") are left out. */
static const char *const irregular[][4] = {
    {"fly", "flew", "flown", "flies"}, {"teach", "taught", NULL, "teaches"},
    {"run", "ran", "run", "runs"}, {"sell", "sold", NULL, "sells"},
    {"buy", "bought", NULL, "buys"}, {"make", "made", NULL, "makes"},
    {"take", "took", "taken", "takes"}, {"drive", "drove", "driven", "drives"},
    {"ride", "rode", "ridden", "rides"}, {"write", "wrote", "written", "writes"},
    {"give", "gave", "given", "gives"}, {"hold", "held", NULL, "holds"},
    {"win", "won", NULL, "wins"}, {"send", "sent", NULL, "sends"},
    {"do", "did", "done", "does"}, {"see", "saw", "seen", "sees"},
    {"eat", "ate", "eaten", "eats"}, {"bring", "brought", NULL, "brings"},
    {"catch", "caught", NULL, "catches"}, {"build", "built", NULL, "builds"},
    {"keep", "kept", NULL, "keeps"}, {"meet", "met", NULL, "meets"},
    {"lend", "lent", NULL, "lends"}, {"spend", "spent", NULL, "spends"},
    {"sing", "sang", "sung", "sings"},
    {"swim", "swam", "swum", "swims"}, {"throw", "threw", "thrown", "throws"},
    {"break", "broke", "broken", "breaks"}, {"choose", "chose", "chosen", "chooses"},
    {"speak", "spoke", "spoken", "speaks"}, {"steal", "stole", "stolen", "steals"},
    {"tell", "told", NULL, "tells"}, {"sit", "sat", NULL, "sits"},
    {"stand", "stood", NULL, "stands"}, {"lose", "lost", NULL, "loses"},
    {"pay", "paid", NULL, "pays"}, {"get", "got", "gotten", "gets"},
    {"come", "came", "come", "comes"}, {"go", "went", "gone", "goes"},
    {"begin", "began", "begun", "begins"}, {"draw", "drew", "drawn", "draws"},
    {"shoot", "shot", NULL, "shoots"},
};

const char *lex_irregular_verb(const char *w)
{
    for (size_t i = 0; i < sizeof irregular / sizeof irregular[0]; i++)
        for (int f = 1; f < 4; f++)
            if (irregular[i][f] && strcmp(irregular[i][f], w) == 0)
                return irregular[i][0];
    return NULL;
}

int lex_is_past_verb(const char *w)
{
    size_t n = strlen(w);
    if (n > 4 && strcmp(w + n - 2, "ed") == 0)
        return 1;
    for (size_t i = 0; i < sizeof irregular / sizeof irregular[0]; i++)
        if ((irregular[i][1] && !strcmp(irregular[i][1], w)) || (irregular[i][2] && !strcmp(irregular[i][2], w)))
            return 1;
    return 0;
}

int lex_event_noun_of(const char *noun, const char *w)
{
    static const char *const suf[] = {"ation", "lation", "ition", "ion", "al", "ure", "ment",
                                      "ance", "ence", NULL};
    char r[48];
    lex_root(w, r, sizeof r);
    size_t n = strlen(r);
    if (n < 4 || strncmp(noun, r, n) != 0) {
        /* "registered" -> "register": "registration" */
        if (n < 6 || strcmp(r + n - 2, "er") || strncmp(noun, r, n - 2) || strcmp(noun + n - 2, "ration"))
            return 0;
        return 1;
    }
    return lex_in_list(noun + n, suf);
}

size_t lex_event_noun_verbs(const char *noun, char (*out)[48], size_t max)
{
    static const char *const suf[][2] = {{"ation", ""}, {"lation", ""}, {"ition", ""}, {"ion", ""},
                                         {"ration", "er"}, {"al", ""}, {"ure", ""}, {"ment", ""},
                                         {"ance", ""}, {"ence", ""}};
    static const char *const ends_v[] = {"", "e", "ed", "d", "er", NULL};
    size_t n = strlen(noun), k = 0;
    for (size_t i = 0; i < sizeof suf / sizeof suf[0]; i++) {
        size_t m = strlen(suf[i][0]);
        if (n < m + 4 || strcmp(noun + n - m, suf[i][0]))
            continue;
        for (size_t e = 0; ends_v[e] && k < max; e++)
            snprintf(out[k++], 48, "%.*s%s%s", (int)(n - m), noun, suf[i][1], ends_v[e]);
    }
    return k;
}

int lex_participle_kind(const char *w)
{
    size_t n = strlen(w);
    if (n > 4 && strcmp(w + n - 2, "ed") == 0)
        return 1;
    for (size_t i = 0; i < sizeof irregular / sizeof irregular[0]; i++) {
        if (irregular[i][2] && !strcmp(irregular[i][2], w))
            return strcmp(irregular[i][2], irregular[i][0]) ? 2 : 1;   /* "run" is a base too */
        if (!irregular[i][2] && irregular[i][1] && !strcmp(irregular[i][1], w))
            return 1;
    }
    return 0;
}

/* Abbreviations schemas write in names (amt, qty, cust_id): the word
 * they stand for, or NULL. Only ones that are no word of their own. */
const char *lex_abbreviation(const char *w)
{
    static const char *const ab[][2] = {
        {"amt", "amount"}, {"amnt", "amount"}, {"qty", "quantity"}, {"dt", "date"}, {"cust", "customer"},
        {"proj", "project"}, {"emp", "employee"}, {"empl", "employee"}, {"dept", "department"},
        {"mgr", "manager"}, {"addr", "address"}, {"desc", "description"}, {"prod", "product"},
        {"pmt", "payment"}, {"pymt", "payment"}, {"txn", "transaction"}, {"trx", "transaction"},
        {"acct", "account"}, {"bal", "balance"}, {"pct", "percent"}, {"est", "estimated"},
        {"insp", "inspection"}, {"num", "number"}, {"nbr", "number"}, {"yr", "year"}, {"hrs", "hours"},
        {"mins", "minutes"}, {"tot", "total"}, {"cnt", "count"}, {"val", "value"},
        {"stat", "status"}, {"svc", "service"}, {"mfr", "manufacturer"}, {"org", "organization"},
        {"loc", "location"}, {"req", "request"}, {"resp", "response"}, {"sched", "scheduled"},
        {"orig", "original"}, {"cntr", "contract"}, {"approx", "approximate"}, {"actl", "actual"}, {"recv", "received"},
        {"rcvd", "received"}, {"cmpl", "completed"}, {"compl", "completed"}, {"tel", "telephone"},
        {"cat", "category"},
    };
    size_t n = strlen(w);
    for (size_t i = 0; i < sizeof ab / sizeof ab[0]; i++)
        if (same_word(w, ab[i][0]) ||   /* "pmts": the plural, named by its singular */
            (n > 3 && w[n - 1] == 's' && strlen(ab[i][0]) == n - 1 && !strncmp(w, ab[i][0], n - 1)))
            return ab[i][1];
    return NULL;
}

/* Words asking for an operation the engine does not do (running totals,
 * change between periods, conditions): a question with one is declined. */
int lex_is_unsupported(const char *w)
{
    static const char *const u[] = {
        "cumulative", "cumulatively", "running", "change", "changes", "changed",
        "growth", "grew", "grow", "increase", "increased", "decrease", "decreased",
        "percentile", "quartile", "rolling", "moving", "difference",
        "if", "unless", "except", "excluding", "ignore", "ignoring", "disregarding", "ie",
        "correlation", "correlate",
        "predict", "forecast", "stddev", "deviation", "variance", "why", "within", NULL};
    return lex_in_list(w, u);
}
