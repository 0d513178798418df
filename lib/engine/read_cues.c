/* read_cues.c: the cues a question's words give before any mention is
 * read: keywords (aggregates, top/bottom N, grouping, comparatives and
 * their thresholds), sort words, due-date and age cues, idioms, rates,
 * shares and lengths of time; then the time words and the grounded
 * mentions (reading stage 0). */
#include "read_state.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include "ground.h"
#include "joins.h"
#include "lexicon.h"
#include "semantic.h"
#include "timeparse.h"
#include "tokens.h"
#include "util.h"

static int days_column(const catalog *cat, const ground_index *gx, const toks *t, size_t i,
                       qcol *out);

int rd_is_w(const toks *t, size_t i, const char *w) { return tok_is(t, i, w); }

static void use(toks *t, size_t i, int kw, kwscan *k)
{
    if (i < t->n) {
        t->v[i].used = 1;
        k->kw[i] = kw;
    }
}

/* number right after position i (skipping nothing) */
static int number_at(const toks *t, size_t i, double *v)
{
    if (i < t->n && t->v[i].isnum) {
        *v = t->v[i].num;
        return 1;
    }
    return 0;
}

static int comparative(toks *t, size_t i, q_op *op, size_t *len, lex_concept *con)
{
    static const struct { const char *a, *b; q_op op; lex_concept con; } cmp[] = {
        {"more", "than", OP_GT, CON_NONE}, {"greater", "than", OP_GT, CON_NONE},
        {"larger", "than", OP_GT, CON_NONE}, {"higher", "than", OP_GT, CON_NONE},
        {"bigger", "than", OP_GT, CON_NONE}, {"over", NULL, OP_GT, CON_NONE},
        {"above", NULL, OP_GT, CON_NONE}, {"exceeding", NULL, OP_GT, CON_NONE},
        {"exceeds", NULL, OP_GT, CON_NONE}, {"exceed", NULL, OP_GT, CON_NONE},
        {"at", "least", OP_GE, CON_NONE}, {"minimum", "of", OP_GE, CON_NONE},
        {"less", "than", OP_LT, CON_NONE}, {"fewer", "than", OP_LT, CON_NONE},
        {"lower", "than", OP_LT, CON_NONE}, {"smaller", "than", OP_LT, CON_NONE},
        {"under", NULL, OP_LT, CON_NONE}, {"below", NULL, OP_LT, CON_NONE},
        {"at", "most", OP_LE, CON_NONE}, {"maximum", "of", OP_LE, CON_NONE},
        {"cheaper", "than", OP_LT, CON_PRICE}, {"pricier", "than", OP_GT, CON_PRICE},
        {"longer", "than", OP_GT, CON_DURATION}, {"shorter", "than", OP_LT, CON_DURATION},
        {"heavier", "than", OP_GT, CON_WEIGHT}, {"lighter", "than", OP_LT, CON_WEIGHT},
        {"farther", "than", OP_GT, CON_DISTANCE}, {"further", "than", OP_GT, CON_DISTANCE},
        {"equal", "to", OP_EQ, CON_NONE}, {"exactly", NULL, OP_EQ, CON_NONE},
    };
    for (size_t k = 0; k < sizeof cmp / sizeof cmp[0]; k++) {
        if (!rd_is_w(t, i, cmp[k].a))
            continue;
        if (cmp[k].b && !rd_is_w(t, i + 1, cmp[k].b))
            continue;
        *op = cmp[k].op;
        *len = cmp[k].b ? 2 : 1;
        *con = cmp[k].con;
        return 1;
    }
    if (rd_is_w(t, i, "more") && rd_is_w(t, i + 1, "expensive") && rd_is_w(t, i + 2, "than")) {
        *op = OP_GT; *len = 3; *con = CON_PRICE;
        return 1;
    }
    return 0;
}

/* Seconds in a unit of time named by a word ("hour", "mins"), or 0. */
double rd_time_unit(const char *w)
{
    static const struct { const char *w; double s; } u[] = {
        {"second", 1}, {"seconds", 1}, {"sec", 1}, {"secs", 1}, {"minute", 60}, {"minutes", 60},
        {"min", 60}, {"mins", 60}, {"hour", 3600}, {"hours", 3600}, {"hr", 3600}, {"hrs", 3600},
        {"day", 86400}, {"days", 86400}, {"week", 604800}, {"weeks", 604800}, {"ms", 0.001},
        {"night", 86400}, {"nights", 86400},   /* a stay of 7 nights: 7 days from arrival */
    };
    for (size_t i = 0; i < sizeof u / sizeof u[0]; i++)
        if (!strcmp(w, u[i].w))
            return u[i].s;
    return 0;
}

/* Units of mass (1: in kilograms) and length (2: in metres) a word names:
 * the kind, and *f the size of one unit; 0 when it names none. */
static int phys_unit(const char *w, double *f)
{
    static const struct { const char *w; int kind; double f; } u[] = {
        {"kg", 1, 1}, {"kgs", 1, 1}, {"kilo", 1, 1}, {"kilos", 1, 1}, {"kilogram", 1, 1},
        {"kilograms", 1, 1}, {"g", 1, 0.001}, {"gram", 1, 0.001}, {"grams", 1, 0.001},
        {"tonne", 1, 1000}, {"tonnes", 1, 1000}, {"ton", 1, 1000}, {"tons", 1, 1000},
        {"lb", 1, 0.45359237}, {"lbs", 1, 0.45359237}, {"pound", 1, 0.45359237},
        {"pounds", 1, 0.45359237}, {"oz", 1, 0.028349523125}, {"ounces", 1, 0.028349523125},
        {"m", 2, 1}, {"meter", 2, 1}, {"meters", 2, 1}, {"metre", 2, 1}, {"metres", 2, 1},
        {"km", 2, 1000}, {"kms", 2, 1000}, {"kilometer", 2, 1000}, {"kilometers", 2, 1000},
        {"kilometre", 2, 1000}, {"kilometres", 2, 1000}, {"cm", 2, 0.01}, {"mm", 2, 0.001},
        {"mile", 2, 1609.344}, {"miles", 2, 1609.344}, {"mi", 2, 1609.344},
        {"ft", 2, 0.3048}, {"feet", 2, 0.3048}, {"foot", 2, 0.3048},
    };
    for (size_t i = 0; i < sizeof u / sizeof u[0]; i++)
        if (!strcmp(w, u[i].w)) {
            *f = u[i].f;
            return u[i].kind;
        }
    return 0;
}

/* The unit a numeric column's name states ("weightKg", "distance_km",
 * "length_m"): its kind (phys_unit) and *f, or 0. */
int rd_column_phys_unit(const char *name, double *f)
{
    char w[64];
    size_t k = 0;
    int kind = 0;
    for (const char *p = name;; p++) {
        int boundary = !*p || *p == '_' || (k && isupper((unsigned char)*p));
        if (boundary && k) {
            w[k] = '\0';
            double uf;
            int uk = k > 1 ? phys_unit(w, &uf) : 0;   /* not "m", "g": minutes? millions? */
            if (uk) {
                kind = uk;
                *f = uf;
            }
            k = 0;
        }
        if (!*p)
            break;
        if (*p != '_' && k < sizeof w - 1)
            w[k++] = (char)tolower((unsigned char)*p);
    }
    return kind;
}

int rd_in(const char *w, const char *const *list)
{
    return lex_in_list(w, list);
}

/* "avergae", "averge": a typo of "average" (one edit, or two letters swapped) */
static int average_typo(const char *w)
{
    static const char a[] = "average";
    size_t n = strlen(w);
    if (n < 6 || w[0] != 'a' || !strcmp(w, a))
        return 0;
    if (lex_similar(w, a))
        return 1;
    if (n != sizeof a - 1)
        return 0;
    size_t i = 0;
    while (i < n && w[i] == a[i])
        i++;
    return i + 1 < n && w[i] == a[i + 1] && w[i + 1] == a[i] && !strcmp(w + i + 2, a + i + 2);
}


/* "points earned by players on each platform": "by" after a verb's past
 * names who did it when another word groups the rows ("each", "per", a
 * later "by"); not "orders placed by month". */
static int agent_by(const toks *t, size_t i)
{
    if (!rd_is_w(t, i, "by") || i == 0 || !lex_is_past_verb(t->v[i - 1].w))
        return 0;
    for (size_t j = i + 2; j < t->n; j++)
        if (rd_is_w(t, j, "each") || rd_is_w(t, j, "per") || rd_is_w(t, j, "by") || rd_is_w(t, j, "every"))
            return 1;
    return 0;
}

static void scan_keywords(toks *t, kwscan *k)
{
    static const char *const w_sum[] = {"total", "sum", "totaling", "totalling", NULL};
    static const char *const w_avg[] = {"average", "avg", "mean", "typical", "averaging",
                                        "averages", NULL};
    static const char *const w_max[] = {"maximum", "max", "largest", "biggest", "highest",
                                        "greatest", "longest", "latest", "priciest",
                                        "heaviest", "farthest", "furthest",
                                        "most", "top", "best", "newest", "recent", "recently",
                                        NULL};
    static const char *const w_min[] = {"minimum", "min", "smallest", "lowest", "cheapest",
                                        "shortest", "earliest", "least", "fewest", "bottom",
                                        "worst", "oldest", "first", "lightest", NULL};
    static const char *const w_distinct[] = {"distinct", "different", "unique", NULL};
    static const char *const w_ormore[] = {"more", "over", "above", "higher", "greater", "larger",
                                           "bigger", "longer", NULL};
    static const char *const w_orless[] = {"less", "fewer", "below", "under", "lower", "smaller",
                                           "shorter", NULL};
    static const char *const w_list[] = {"list", "show", "which", "what", "who", "display",
                                         "give", "name", NULL};
    static const char *const w_group[] = {"by", "per", "each", "every", NULL};
    memset(k, 0, sizeof *k);
    k->superlative_pos = -1;
    for (size_t i = 0; i < t->n; i++) {
        if (t->v[i].used)
            continue;
        const char *w = t->v[i].w;
        q_op op;
        size_t len;
        lex_concept con;
        double v;
        if (rd_is_w(t, i, "how") && rd_is_w(t, i + 1, "many")) {
            k->count = 1;
            use(t, i, KW_COUNT, k);
            use(t, i + 1, KW_COUNT, k);
            i++;
        } else if (rd_is_w(t, i, "number") && rd_is_w(t, i + 1, "of")) {
            k->count = 1;
            use(t, i, KW_COUNT, k);
            use(t, i + 1, KW_COUNT, k);
            i++;
        } else if (!strcmp(w, "count") || !strcmp(w, "volume") || !strcmp(w, "counts")) {
            k->count = 1;
            use(t, i, KW_COUNT, k);
        } else if (comparative(t, i, &op, &len, &con) && i + len < t->n &&
                   number_at(t, i + len, &v) && k->nth < 4) {
            thresh *th = &k->th[k->nth++];
            th->op = op;
            th->num = v;
            th->pos = (int)(i + len);
            th->kwpos = (int)i;
            th->con = con;
            for (size_t j = i; j <= i + len; j++)
                use(t, j, KW_GT, k);
            /* "earn more than $150,000": what people are paid */
            static const char *const pay[] = {"earn", "earns", "earned", "earning", "paid", NULL};
            if (!con && i > 0 && !t->v[i - 1].used && rd_in(t->v[i - 1].w, pay)) {
                th->con = CON_PAYROLL;
                use(t, i - 1, KW_GT, k);
            }
            /* "more than 90 minutes": the unit goes with the number */
            if (i + len + 1 < t->n && (th->unit = rd_time_unit(t->v[i + len + 1].w)) > 0)
                use(t, i + len + 1, KW_GT, k);
            else if (i + len + 1 < t->n && !t->v[i + len + 1].used &&
                     (th->pkind = phys_unit(t->v[i + len + 1].w, &th->pf)) > 0)
                use(t, i + len + 1, KW_GT, k);
            i += len;
        } else if (comparative(t, i, &op, &len, &con) && i + len + 1 < t->n && k->nth < 4 &&
                   (rd_is_w(t, i + len, "an") || rd_is_w(t, i + len, "a") || rd_is_w(t, i + len, "one")) &&
                   rd_time_unit(t->v[i + len + 1].w) > 0) {
            /* "longer than an hour": one unit */
            thresh *th = &k->th[k->nth++];
            th->op = op;
            th->num = 1;
            th->unit = rd_time_unit(t->v[i + len + 1].w);
            th->pos = (int)(i + len);
            th->kwpos = (int)i;
            th->con = con;
            for (size_t j = i; j <= i + len + 1; j++)
                use(t, j, KW_GT, k);
            i += len + 1;
        } else if (t->v[i].isnum && rd_is_w(t, i + 1, "or") && i + 2 < t->n && k->nth < 4 &&
                   !t->v[i + 2].used &&
                   (rd_in(t->v[i + 2].w, w_ormore) || rd_in(t->v[i + 2].w, w_orless))) {
            /* "twice or more", "3 or fewer orders": the comparative after */
            thresh *th = &k->th[k->nth++];
            th->op = rd_in(t->v[i + 2].w, w_ormore) ? OP_GE : OP_LE;
            th->num = t->v[i].num;
            th->pos = (int)i + 2;
            th->kwpos = (int)i;
            for (size_t j = i; j <= i + 2; j++)
                use(t, j, KW_GT, k);
            if (i + 3 < t->n && (th->unit = rd_time_unit(t->v[i + 3].w)) > 0)
                use(t, i + 3, KW_GT, k);
            else if (i + 3 < t->n && !t->v[i + 3].used && (th->pkind = phys_unit(t->v[i + 3].w, &th->pf)) > 0)
                use(t, i + 3, KW_GT, k);
            if (th->unit > 0 || th->pkind)
                th->pos++;
            i += 2;
        } else if (t->v[i].isnum && !t->v[i].used && i + 3 < t->n && k->nth < 4 &&
                   !t->v[i + 1].isnum && rd_is_w(t, i + 2, "or") && !t->v[i + 3].used &&
                   (rd_in(t->v[i + 3].w, w_ormore) || rd_in(t->v[i + 3].w, w_orless))) {
            /* "800 pages or more": the noun between */
            thresh *th = &k->th[k->nth++];
            th->op = rd_in(t->v[i + 3].w, w_ormore) ? OP_GE : OP_LE;
            th->num = t->v[i].num;
            th->pos = (int)i;
            th->kwpos = (int)i;
            use(t, i, KW_GT, k);
            use(t, i + 2, KW_GT, k);
            use(t, i + 3, KW_GT, k);
            if ((th->unit = rd_time_unit(t->v[i + 1].w)) > 0)
                use(t, i + 1, KW_GT, k);
            else if ((th->pkind = phys_unit(t->v[i + 1].w, &th->pf)) > 0)
                use(t, i + 1, KW_GT, k);
        } else if (rd_in(w, w_distinct)) {
            k->distinct = 1;
            use(t, i, KW_DISTINCT, k);
        } else if (rd_in(w, w_sum)) {
            k->sum = 1;
            use(t, i, KW_SUM, k);
        } else if (rd_in(w, w_avg) || average_typo(w)) {
            k->avg = 1;
            k->mean = 1;
            use(t, i, KW_AVG, k);
        } else if (!strcmp(w, "median")) {
            k->avg = 1;
            k->median = 1;
            use(t, i, KW_AVG, k);
        } else if (rd_in(w, w_max) || (rd_is_w(t, i, "most") && rd_is_w(t, i + 1, "expensive"))) {
            if (!strcmp(w, "most") && rd_is_w(t, i + 1, "expensive")) {
                k->super_con = CON_PRICE;
                use(t, i + 1, KW_MAX, k);
            }
            if (!strcmp(w, "longest"))
                k->super_con = CON_DURATION;
            if (!strcmp(w, "heaviest"))
                k->super_con = CON_WEIGHT;
            if (!strcmp(w, "largest") || !strcmp(w, "biggest"))
                k->super_con = CON_SIZE;
            if (!strcmp(w, "farthest") || !strcmp(w, "furthest"))
                k->super_con = CON_DISTANCE;
            /* "the biggest spending passengers", "highest paying customers":
             * ranked by all they spent, not their largest single row */
            static const char *const spend[] = {"spending", "spenders", "spender", "paying", "payers",
                                                NULL};
            int spends = i + 1 < t->n && rd_in(t->v[i + 1].w, spend);
            if (spends)
                k->super_con = CON_NONE;
            k->max = !spends;
            k->top = 1;
            k->superlative_pos = (int)i;
            use(t, i, spends ? KW_TOP : KW_MAX, k);
            if (number_at(t, i + 1, &v) && v >= 1 && v <= 1000) {
                k->limit = (int)v;
                use(t, i + 1, KW_MAX, k);
            } else if (i > 0 && t->v[i - 1].isnum && !t->v[i - 1].used) {
                k->limit = (int)t->v[i - 1].num;
                use(t, i - 1, KW_MAX, k);
            }
        } else if (rd_in(w, w_min) || (rd_is_w(t, i, "least") && rd_is_w(t, i + 1, "expensive"))) {
            if (!strcmp(w, "cheapest") || (rd_is_w(t, i, "least") && rd_is_w(t, i + 1, "expensive"))) {
                k->super_con = CON_PRICE;
                if (rd_is_w(t, i + 1, "expensive"))
                    use(t, i + 1, KW_MIN, k);
            }
            if (!strcmp(w, "shortest"))
                k->super_con = CON_DURATION;
            if (!strcmp(w, "lightest"))
                k->super_con = CON_WEIGHT;
            if (!strcmp(w, "smallest"))
                k->super_con = CON_SIZE;
            k->min = 1;
            k->bottom = 1;
            k->superlative_pos = (int)i;
            use(t, i, KW_MIN, k);
            if (number_at(t, i + 1, &v) && v >= 1 && v <= 1000) {
                k->limit = (int)v;
                use(t, i + 1, KW_MIN, k);
            } else if (i > 0 && t->v[i - 1].isnum && !t->v[i - 1].used) {
                k->limit = (int)t->v[i - 1].num;
                use(t, i - 1, KW_MIN, k);
            }
        } else if (rd_in(w, w_group) && !(rd_is_w(t, i, "by") && (rd_is_w(t, i + 1, "a") ||
                                                          rd_is_w(t, i + 1, "an") ||
                                                          rd_is_w(t, i + 1, "any"))) &&
                   !agent_by(t, i)) {
            /* "borrowed by a member": the agent of a verb, not a grouping */
            k->group = 1;
            use(t, i, KW_GROUP, k);
        } else if (rd_in(w, w_list)) {
            k->list = 1;
            use(t, i, KW_LIST, k);
            if (number_at(t, i + 1, &v) && v >= 1 && v <= 1000 && !t->v[i + 1].used) {
                k->limit = (int)v;
                use(t, i + 1, KW_LIST, k);
            }
        } else if (lex_is_negation(w) && k->nnull < 4) {
            k->nullpos[k->nnull++] = (int)i;
            use(t, i, KW_NEVER, k);
        }
    }
    /* "the 5 doctors with the most ...": N before the ranked noun */
    if ((k->top || k->bottom) && !k->limit)
        for (size_t i = 0; i + 1 < t->n; i++) {
            const tok *v = &t->v[i];
            if (!v->isnum || v->used || v->money || v->num < 1 || v->num > 100 ||
                v->num != (double)(int)v->num || t->v[i + 1].isnum || t->v[i + 1].used)
                continue;
            if (i > 0 && !lex_is_stop(t->v[i - 1].w) && !k->kw[i - 1])
                continue;
            k->limit = (int)v->num;
            use(t, i, KW_MAX, k);
            break;
        }
}

/* "sorted from highest to lowest", "largest first", "in descending
 * order": the order asked for (1 descending, 2 ascending, 0 none); marks
 * the words, before the keywords read "highest" as a top N. */
static int scan_sort(toks *t)
{
    static const char *const hi[] = {"highest", "largest", "biggest", "most", "greatest", "top",
                                     "best", NULL};
    static const char *const lo[] = {"lowest", "smallest", "least", "fewest", "bottom", "worst", NULL};
    int sort = 0;
    for (size_t i = 0; i < t->n; i++) {
        size_t a = tok_is(t, i, "from") ? i + 1 : i;
        int h = rd_in(t->v[a < t->n ? a : i].w, hi), l = rd_in(t->v[a < t->n ? a : i].w, lo);
        if (t->v[i].used || (!h && !l && !tok_is(t, i, "descending") && !tok_is(t, i, "ascending")))
            continue;
        if (tok_is(t, i, "descending") || tok_is(t, i, "ascending")) {
            sort = tok_is(t, i, "descending") ? 1 : 2;
            t->v[i].used = 1;
            if (i > 0 && tok_is(t, i - 1, "in") && tok_is(t, i + 1, "order"))
                t->v[i - 1].used = t->v[i + 1].used = 1;
            continue;
        }
        if (tok_is(t, a + 1, "to") && a + 2 < t->n && (h ? rd_in(t->v[a + 2].w, lo) : rd_in(t->v[a + 2].w, hi))) {
            sort = h ? 1 : 2;   /* "(from) highest to lowest" */
            for (size_t k = i; k <= a + 2; k++)
                t->v[k].used = 1;
        } else if (a == i && tok_is(t, i + 1, "first")) {
            sort = h ? 1 : 2;   /* "largest first" */
            t->v[i].used = t->v[i + 1].used = 1;
        }
    }
    /* the verb that asked: "sorted", "sort them", "ordered", "ranked" */
    for (size_t i = 0; sort && i < t->n; i++)
        if (tok_is(t, i, "sort") || tok_is(t, i, "sorted") || tok_is(t, i, "order") ||
            tok_is(t, i, "ordered") || tok_is(t, i, "rank") || tok_is(t, i, "ranked"))
            t->v[i].used = 1;
    return sort;
}

static int is_following_cue(const toks *t)
{
    static const char *const cues[] = {"now", "only", "just", "and", "what", "how",
                                       "instead", "but", "same", "break", "split",
                                       "also", "then", "show", "sort", "add", "exclude",
                                       "limit", "filter", NULL};
    if (t->n == 0)
        return 0;
    if (rd_in(t->v[0].w, cues) && strcmp(t->v[0].w, "what") && strcmp(t->v[0].w, "how") &&
        strcmp(t->v[0].w, "show"))
        return 1;
    if ((rd_is_w(t, 0, "what") || rd_is_w(t, 0, "how")) && rd_is_w(t, 1, "about"))
        return 1;
    if (rd_is_w(t, 0, "show") && (rd_is_w(t, 1, "just") || rd_is_w(t, 1, "only")))
        return 1;
    static const char *const pct[] = {"percentage", "percent", "share", "proportion", "fraction",
                                      NULL};
    size_t a = rd_is_w(t, 1, "a") || rd_is_w(t, 1, "the") ? 2 : 1;
    if (rd_is_w(t, 0, "as") && a < t->n && rd_in(t->v[a].w, pct))
        return 1;   /* "as a percentage of all 2023 bookings": the same groups' shares */
    static const char *const sup[] = {"most", "least", "highest", "lowest", "largest",
                                      "smallest", "biggest", "fewest", "best", "worst", NULL};
    for (size_t i = 2; i < t->n && (rd_is_w(t, 0, "which") || rd_is_w(t, 0, "who")) &&
                       rd_is_w(t, 1, "one"); i++)
        if (rd_in(t->v[i].w, sup))
            return 1;   /* "which one had the highest fee?": one of the previous groups */
    for (size_t i = 0; i < t->n; i++)
        if (rd_is_w(t, i, "instead") || rd_is_w(t, i, "those") || rd_is_w(t, i, "that") ||
            rd_is_w(t, i, "it") || rd_is_w(t, i, "them"))
            return 1;
    return 0;
}

/* The words that only say how a follow-up refines the question before
 * ("add ..." sets *add; "restrict to ...", "limit it to ...", "keep only ...", "same but ...",
 * "broken down by ...", "only counting 2024"): marked used. Returns 1
 * when the question starts with one: a follow-up cue. */
static int mark_refinement(toks *t, int *add, int *all_time)
{
    static const char *const restrict_w[] = {"restrict", "restricted", "limit", "limited",
                                             "narrow", "keep", NULL};
    static const char *const obj[] = {"it", "this", "that", "them", "these", "those", "down", NULL};
    static const char *const counting[] = {"counting", "including", "considering", NULL};
    int cue = 0;
    size_t i = 0;
    /* "add their total cost", "also show the average fee": a measure
     * beside the previous one (context.c decides whether it can be) */
    if (t->n > 1 && (tok_is(t, 0, "add") || tok_is(t, 0, "include") ||
                     (tok_is(t, 0, "also") && (tok_is(t, 1, "show") || tok_is(t, 1, "add") ||
                                               tok_is(t, 1, "include"))))) {
        t->v[0].used = 1;
        if (tok_is(t, 0, "also"))
            t->v[1].used = 1;
        *add = cue = 1;
    }
    if (t->n > 1 && rd_in(t->v[0].w, restrict_w)) {
        i = 1 + (rd_in(t->v[1].w, obj) != 0);
        if (tok_is(t, i, "to") || (tok_is(t, 0, "keep") && (tok_is(t, i, "only") || tok_is(t, i, "just")))) {
            for (size_t k = 0; k < i; k++)
                t->v[k].used = 1;
            cue = 1;
        }
    }
    /* "repeat (it) for 2024", "switch to monthly", "let's look at 2024" */
    static const char *const again[] = {"repeat", "redo", "rerun", NULL};
    i = tok_is(t, 0, "let") ? 1 + tok_is(t, 1, "s") + tok_is(t, 1, "us") : 0;
    if (t->n > 1 && (rd_in(t->v[0].w, again) || (tok_is(t, 0, "switch") && tok_is(t, 1, "to")) ||
                     ((tok_is(t, i, "look") || tok_is(t, i, "focus")) && (tok_is(t, i + 1, "at") || tok_is(t, i + 1, "on"))))) {
        size_t e = rd_in(t->v[0].w, again) ? 1 + (rd_in(t->v[1].w, obj) != 0) : tok_is(t, 0, "switch") ? 2 : i + 2;
        for (size_t k = 0; k < e; k++)
            t->v[k].used = 1;
        cue = 1;
    }
    /* "(do) (the) same (thing|question) but|for ..." */
    i = tok_is(t, 0, "do") || tok_is(t, 0, "now") || tok_is(t, 0, "and") ? 1 : 0;
    i += tok_is(t, i, "the");
    if (tok_is(t, i, "same")) {
        size_t j = i + 1 + (tok_is(t, i + 1, "thing") || tok_is(t, i + 1, "question"));
        if (tok_is(t, j, "but") || tok_is(t, j, "for")) {
            for (size_t k = 0; k < j + tok_is(t, j, "but"); k++)
                t->v[k].used = 1;
            cue = 1;
        }
    }
    for (i = 0; i + 1 < t->n; i++) {
        /* "for all time", "across all years": the range dropped */
        if ((tok_is(t, i, "all") || tok_is(t, i, "any")) &&
            (tok_is(t, i + 1, "time") || tok_is(t, i + 1, "years") || tok_is(t, i + 1, "dates") ||
             tok_is(t, i + 1, "periods")) && !t->v[i + 1].used) {
            t->v[i].used = t->v[i + 1].used = 1;
            *all_time = 1;
        }
        if ((tok_is(t, i, "group") || tok_is(t, i, "grouped")) && tok_is(t, i + 1, "by"))
            t->v[i].used = 1;   /* "group by courier instead": "by courier" */
        if (tok_is(t, i, "broken") && tok_is(t, i + 1, "down")) {
            t->v[i].used = t->v[i + 1].used = 1;
            cue |= i == 0;   /* "broken down by role": the rows asked before */
        }
        if ((tok_is(t, i, "only") || tok_is(t, i, "just")) && rd_in(t->v[i + 1].w, counting))
            t->v[i + 1].used = 1;   /* "only counting 2024" says "only 2024" */
    }
    return cue;
}

/* "excluding lost parcels", "for York depot only": words that narrow the
 * rows in a phrase that asks nothing of its own (r->restrict_cue); and
 * "instead of" (r->instead_of). */
static void scan_restrict(const toks *t, reading *r)
{
    static const char *const narrow[] = {"only", "just", "excluding", "exclude", "except",
                                         "ignoring", "ignore", "disregarding", "without",
                                         "focus", "solely", NULL};
    static const char *const asks[] = {"how", "what", "whats", "which", "who", "whom", "list",
                                       "show", "count", "give", "find", "when", "where", "is",
                                       "are", "was", "were", "do", "does", "did", "tell",
                                       "display", "name", "compute", "calculate", NULL};
    /* "for North depots", "for 2022 only": not "for each depot, ..." */
    int narrows = tok_is(t, 0, "for") && !tok_is(t, 1, "each") && !tok_is(t, 1, "every") &&
                  !tok_is(t, 1, "all");
    for (size_t i = 0; i < t->n; i++) {
        r->also |= tok_is(t, i, "also") || tok_is(t, i, "too") || tok_is(t, i, "additionally") ||
                   (tok_is(t, i, "as") && tok_is(t, i + 1, "well"));
        narrows |= rd_in(t->v[i].w, narrow);
        r->instead_of |= tok_is(t, i, "instead") && tok_is(t, i + 1, "of");
    }
    r->restrict_cue = narrows && t->n && !rd_in(t->v[0].w, asks);
}


/* Is a date column's name one of when something is due ("due_on",
 * "promisedDate", "expected_at", "deadline")? */
int rd_due_name(const char *name)
{
    static const char *const dw[] = {"due", "promis", "expect", "deadline", "target", "planned",
                                     "sla", "eta", NULL};
    char w[64];
    size_t k = 0;
    for (const char *p = name;; p++) {
        int boundary = !*p || !isalnum((unsigned char)*p) ||
                       (k && isupper((unsigned char)*p) && islower((unsigned char)p[-1]));
        if (boundary && k) {
            w[k] = '\0';
            for (size_t i = 0; dw[i]; i++)
                if (strlen(dw[i]) <= 3 ? !strcmp(w, dw[i]) : !strncmp(w, dw[i], strlen(dw[i])))
                    return 1;
            k = 0;
        }
        if (!*p)
            break;
        if (isalnum((unsigned char)*p) && k < sizeof w - 1)
            w[k++] = (char)tolower((unsigned char)*p);
    }
    return 0;
}

static void scan_due(const catalog *cat, const ground_index *gx, toks *t, duecue *d)
{
    static const char *const dets[] = {"the", "their", "its", "his", "her", "our", "your", "a", NULL};
    static const char *const duew[] = {"due", "promised", "expected", "deadline", "target",
                                       "planned", "scheduled", NULL};
    memset(d, 0, sizeof *d);
    d->tpos = -1;
    int any = 0;   /* only where some date column says when a thing is due */
    for (size_t tb = 0; tb < cat->ntables && !any; tb++)
        for (size_t c = 0; c < cat->tables[tb].ncols && !any; c++)
            any = (cat->tables[tb].cols[c].kind == COL_DATE || cat->tables[tb].cols[c].kind == COL_DATETIME) &&
                  rd_due_name(cat->tables[tb].cols[c].name);
    for (size_t i = 0; any && i < t->n; i++) {
        const char *w = t->v[i].w;
        size_t n = 0;
        int sign = 0, strict = 0;
        char due[TOK_LEN] = "";
        if (t->v[i].used)
            continue;
        int value = 0;   /* "overdue fines": a stored value (reason = 'overdue') says it */
        int lateword = !strcmp(w, "late") || !strcmp(w, "overdue") || !strcmp(w, "tardy");
        for (size_t tb = 0; lateword && tb < cat->ntables && !value; tb++)   /* only read for those */
            for (size_t c = 0; c < cat->tables[tb].ncols && !value; c++)
                for (size_t v = 0; v < cat->tables[tb].cols[c].nsamples && !value; v++)
                    value = cat->tables[tb].cols[c].kind == COL_TEXT &&
                            strcasecmp(cat->tables[tb].cols[c].samples[v], w) == 0;
        int days = i >= 2 && t->v[i - 2].isnum && rd_time_unit(t->v[i - 1].w) > 0;
        int unit_before = i >= 1 && !t->v[i - 1].isnum && rd_time_unit(t->v[i - 1].w) > 0;
        if ((!strcmp(w, "late") || !strcmp(w, "overdue") || !strcmp(w, "tardy")) &&
            !ground_names_word(cat, gx, w) && (!value || days || unit_before)) {
            if (days) {   /* "3 days late": how late, a threshold */
                d->tpos = (int)i - 2;
                t->v[i].used = 1;
                continue;
            }
            if (unit_before) {
                d->dur = 1;   /* "days overdue": how late, the measure */
                if (!d->pos)
                    d->pos = (int)i;
                t->v[i].used = 1;
                continue;
            }
            sign = 1;
            n = 1;
        } else if ((!strcmp(w, "on") || !strcmp(w, "in")) && tok_is(t, i + 1, "time") &&
                   !t->v[i + 1].used) {
            sign = -1;
            n = 2;
        } else if (!strcmp(w, "after") || !strcmp(w, "past") || !strcmp(w, "before") ||
                   !strcmp(w, "by") || (!strcmp(w, "on") && tok_is(t, i + 1, "or") &&
                                        tok_is(t, i + 2, "before"))) {
            size_t j = !strcmp(w, "on") ? i + 3 : i + 1;
            if (j < t->n && rd_in(t->v[j].w, dets))
                j++;
            if (j >= t->n || !rd_in(t->v[j].w, duew) || t->v[j].used)
                continue;
            /* "by scheduled pickup date": a grouping by the date named */
            if (!strcmp(w, "by") && j + 1 < t->n && !tok_is(t, j + 1, "date") && !tok_is(t, j + 1, "day") &&
                !tok_is(t, j + 1, "time") && ground_names_word(cat, gx, t->v[j + 1].stem))
                continue;
            snprintf(due, sizeof due, "%s", t->v[j].w);
            n = j + 1 - i;
            if (tok_is(t, j + 1, "date") || tok_is(t, j + 1, "day") || tok_is(t, j + 1, "time"))
                n++;
            if (days && (!strcmp(w, "after") || !strcmp(w, "past"))) {
                /* "30 days past the due date": how late, a threshold */
                d->tpos = (int)i - 2;
                snprintf(d->due, sizeof d->due, "%s", due);
                for (size_t k = i; k < i + n; k++)
                    t->v[k].used = 1;
                i += n - 1;
                continue;
            }
            sign = !strcmp(w, "after") || !strcmp(w, "past") ? 1 : -1;
            strict = !strcmp(w, "before");
        }
        if (!sign)
            continue;
        if (!d->sign) {
            d->sign = sign;
            d->strict = strict;
            d->pos = (int)i;
        } else if (d->sign != sign) {
            d->sign = 2;
        }
        if (due[0])
            snprintf(d->due, sizeof d->due, "%s", due);
        for (size_t k = i; k < i + n; k++)
            t->v[k].used = 1;
        i += n - 1;
    }
}

/* "65 or older", "older than 65", "aged under 30", "at least 18 years
 * old": a threshold on age in whole years (*op, *n); marks the words.
 * Returns the number's token, or -1. */
static int scan_age(toks *t, q_op *op, double *n)
{
    static const char *const up[] = {"older", "over", "above", "more", NULL};
    static const char *const down[] = {"younger", "under", "below", "less", NULL};
    for (size_t i = 0; i < t->n; i++) {
        size_t j = i + 1, first = i, last;
        if (t->v[i].used)
            continue;
        if (t->v[i].isnum && !t->v[i].money) {
            /* "65 [years old] or older" */
            if (tok_is(t, j, "years") || tok_is(t, j, "year"))
                j++;
            if (tok_is(t, j, "old"))
                j++;
            if (!(tok_is(t, j, "or") || tok_is(t, j, "and")) || j + 1 >= t->n)
                continue;
            if (rd_in(t->v[j + 1].w, up) && (j > i + 1 || strcmp(t->v[j + 1].w, "more")))
                *op = OP_GE;
            else if (tok_is(t, j, "or") && rd_in(t->v[j + 1].w, down) &&
                     (j > i + 1 || strcmp(t->v[j + 1].w, "less")))
                *op = OP_LE;
            else
                continue;
            *n = t->v[i].num;
            last = j + 1;
            if (strcmp(t->v[j + 1].w, "older") && strcmp(t->v[j + 1].w, "younger") && j == i + 1)
                continue;   /* "65 or over": of what? only with years/old, or older/younger */
        } else if ((tok_is(t, i, "older") || tok_is(t, i, "younger")) && tok_is(t, i + 1, "than") &&
                   i + 2 < t->n && t->v[i + 2].isnum) {
            *op = tok_is(t, i, "older") ? OP_GT : OP_LT;
            *n = t->v[i + 2].num;
            last = i + 2;
        } else if ((tok_is(t, i, "aged") || tok_is(t, i, "age")) && i + 2 < t->n && t->v[i + 2].isnum &&
                   (rd_in(t->v[i + 1].w, up) || rd_in(t->v[i + 1].w, down))) {
            *op = rd_in(t->v[i + 1].w, up) ? OP_GT : OP_LT;
            *n = t->v[i + 2].num;
            last = i + 2;
        } else if (tok_is(t, i, "at") && (tok_is(t, i + 1, "least") || tok_is(t, i + 1, "most")) &&
                   i + 4 < t->n && t->v[i + 2].isnum && tok_is(t, i + 3, "years") && tok_is(t, i + 4, "old")) {
            *op = tok_is(t, i + 1, "least") ? OP_GE : OP_LE;
            *n = t->v[i + 2].num;
            last = i + 4;
        } else {
            continue;
        }
        if (tok_is(t, last + 1, "years") || tok_is(t, last + 1, "year"))
            last++;
        if (tok_is(t, last + 1, "old"))
            last++;
        for (size_t k = first; k <= last; k++)
            t->v[k].used = 1;
        return t->v[i].isnum ? (int)i : (int)last;
    }
    return -1;
}

/* General-English phrases that never change what a question asks: "in the
 * catalog", "on file", "on record", "of all time", "in total", "filed
 * against them", "room for (more than) ...". Their words are marked used
 * unless the database names a table or column with the phrase's noun. */
static void mark_idioms(const catalog *cat, const ground_index *gx, toks *t)
{
    static const char *const ph[][4] = {
        {"in", "the", "catalog", "!"}, {"in", "the", "catalogue", "!"}, {"in", "our", "catalog", "!"},
        {"in", "the", "collection", "!"}, {"in", "our", "collection", "!"},
        {"in", "the", "database", "!"}, {"in", "the", "system", "!"}, {"in", "our", "system", "!"},
        {"in", "our", "database", "!"}, {"on", "file", "!"}, {"on", "record", "!"},
        {"on", "the", "record", "!"}, {"of", "all", "time"}, {"all", "time"}, {"in", "total"},
        {"so", "far"}, {"against", "them"}, {"against", "it"}, {"on", "our", "books", "!"},
        {"went", "ahead"}, {"go", "ahead"}, {"gone", "ahead"},
    };
    for (size_t i = 0; i < t->n; i++)
        for (size_t p = 0; p < sizeof ph / sizeof ph[0]; p++) {
            size_t n = 0, noun = 0;
            while (n < 4 && ph[p][n] && strcmp(ph[p][n], "!"))
                n++;
            noun = n < 4 && ph[p][n] != NULL;   /* "!": the last word is a noun */
            size_t k = 0;
            while (k < n && tok_is(t, i + k, ph[p][k]) && !t->v[i + k].used)
                k++;
            if (k < n || (noun && ground_names_word(cat, gx, t->v[i + n - 1].stem)))
                continue;
            for (k = 0; k < n; k++)
                t->v[i + k].used = t->v[i + k].idiom = 1;
            break;
        }
    /* "does each plan account for", "artists account for the most": a
     * share's verb (not "revenue by account for 2024"); "how long did they
     * last (on average)": the verb, not a relative range */
    static const char *const owner[] = {"by", "per", "each", "every", "the", "a", "an", "which", "what",
                                        "of", "one", NULL};
    for (size_t i = 1; i + 1 < t->n; i++)
        if ((tok_is(t, i, "account") || tok_is(t, i, "accounts") || tok_is(t, i, "accounted")) &&
            tok_is(t, i + 1, "for") && !rd_in(t->v[i - 1].w, owner) && !t->v[i].used)
            t->v[i].used = t->v[i + 1].used = t->v[i].idiom = t->v[i + 1].idiom = 1;
    for (size_t i = 1; i < t->n; i++)
        if (tok_is(t, i, "last") && !t->v[i].used &&
            (i + 1 == t->n || tok_is(t, i + 1, "on") || tok_is(t, i + 1, "in") || tok_is(t, i + 1, "for")) &&
            !(i + 2 < t->n && (t->v[i + 2].isnum || rd_bucket_word(t->v[i + 2].w))))
            t->v[i].used = 1;
    /* "readers who left a comment", "left at least one review": leaving
     * a thing is giving it, not leaving (left_on) */
    static const char *const given[] = {"a", "an", "one", "any", "at", "more", "no", "their", "his", "her", NULL};
    for (size_t i = 0; i + 1 < t->n; i++)
        if ((tok_is(t, i, "left") || tok_is(t, i, "leave") || tok_is(t, i, "leaves") || tok_is(t, i, "leaving")) &&
            !t->v[i].used && (rd_in(t->v[i + 1].w, given) || t->v[i + 1].isnum) &&
            !(tok_is(t, i + 1, "at") && !tok_is(t, i + 2, "least")))
            t->v[i].used = t->v[i].idiom = 1;
    /* "reports directly to", "direct reports": the adverb says no more
     * than "reports to" */
    for (size_t i = 1; i + 1 < t->n; i++)
        if (tok_is(t, i, "directly") && tok_is(t, i + 1, "to") && !strncmp(t->v[i - 1].w, "report", 6))
            t->v[i].used = 1;
    for (size_t i = 0; i + 1 < t->n; i++)
        if (tok_is(t, i, "direct") && !strncmp(t->v[i + 1].w, "report", 6) && !ground_names_word(cat, gx, "direct"))
            t->v[i].used = 1;
    /* "team lead", "team leader": the lead of a team, a boss's word */
    for (size_t i = 0; i + 1 < t->n; i++)
        if (tok_is(t, i, "team") && (tok_is(t, i + 1, "lead") || tok_is(t, i + 1, "leader") ||
                                     tok_is(t, i + 1, "leads") || tok_is(t, i + 1, "leaders")) &&
            !ground_names_word(cat, gx, "team"))
            t->v[i].used = 1;
    /* "page count", "word count": a numeric column named by the word before
     * "count" (pages, words) is that column, not a count of rows */
    for (size_t i = 1; i < t->n; i++) {
        if (!tok_is(t, i, "count") || t->v[i].used || t->v[i - 1].used || t->v[i - 1].isnum)
            continue;
        for (size_t tb = 0; tb < cat->ntables && !t->v[i].used; tb++)
            for (size_t c = 0; c < cat->tables[tb].ncols; c++) {
                const cat_column *col = &cat->tables[tb].cols[c];
                char st[TOK_LEN];
                lex_stem(col->name, st, sizeof st);
                for (char *p = st; *p; p++)
                    *p = (char)tolower((unsigned char)*p);
                if (ground_is_numeric(col) && !ground_is_key(&cat->tables[tb], (int)c) &&
                    !strcmp(st, t->v[i - 1].stem) && strcmp(col->name, st)) {
                    t->v[i].used = 1;   /* the name is the plural: "pages" */
                    break;
                }
            }
    }
    /* "in kilograms": the unit a numeric column's name states, said for
     * the answer's sake */
    for (size_t i = 0; i + 1 < t->n; i++) {
        double f, cf;
        int kind = tok_is(t, i, "in") && !t->v[i + 1].used ? phys_unit(t->v[i + 1].w, &f) : 0;
        for (size_t tb = 0; kind && tb < cat->ntables; tb++)
            for (size_t c = 0; c < cat->tables[tb].ncols; c++)
                if (ground_is_numeric(&cat->tables[tb].cols[c]) &&
                    rd_column_phys_unit(cat->tables[tb].cols[c].name, &cf) == kind && cf == f) {
                    t->v[i].used = t->v[i + 1].used = 1;
                    kind = 0;
                    break;
                }
    }
    /* "room for more than 45,000 pallets": capacity, said by the unit noun */
    static const char *const cmp_start[] = {"more", "over", "at", "up", "about", "around", NULL};
    for (size_t i = 0; i + 2 < t->n; i++)
        if ((tok_is(t, i, "room") || tok_is(t, i, "space")) && tok_is(t, i + 1, "for") &&
            (t->v[i + 2].isnum || rd_in(t->v[i + 2].w, cmp_start)) && !ground_names_word(cat, gx, t->v[i].stem))
            t->v[i].used = t->v[i + 1].used = 1;
}

/* A name's words, split on '_' and camelCase, lowercase and stemmed
 * (up to max); returns how many. */
int rd_split_name(const char *name, char (*out)[TOK_LEN], int max)
{
    return ground_split_name(name, out, max);
}

/* Columns named by a keyword's word and a noun: "minimum salary" ~
 * min_salary, "first name" ~ first_name, "first and last names" ~
 * first_name and last_name. Read before the keywords take "minimum" or
 * "first"; adds MK_COLUMN mentions to out (up to max), marks their words. */
/* "average order total", "the invoice total": a table named before the
 * word "total" that has a numeric column of that very name (orders.total)
 * means the column, not a sum. Returns the mentions written (0 or 1). */
static int total_column(const catalog *cat, toks *t, mention *out, int max)
{
    for (size_t i = 1; i < t->n && max > 0; i++) {
        if (!tok_is(t, i, "total") || t->v[i].used || t->v[i - 1].used)
            continue;
        for (size_t tb = 0; tb < cat->ntables; tb++) {
            char st[TOK_LEN];
            lex_stem(cat->tables[tb].name, st, sizeof st);
            if (strcasecmp(st, t->v[i - 1].stem))
                continue;
            for (size_t c = 0; c < cat->tables[tb].ncols; c++) {
                const cat_column *col = &cat->tables[tb].cols[c];
                if (strcasecmp(col->name, "total") || !ground_is_numeric(col))
                    continue;
                memset(out, 0, sizeof *out);
                out->kind = MK_COLUMN;
                out->alts[0] = (qcol){(int)tb, (int)c};
                out->nalts = 1;
                out->start = (int)i;
                out->end = (int)i + 1;
                t->v[i].used = 1;
                return 1;
            }
        }
    }
    return 0;
}

static int keyword_names(const catalog *cat, const ground_index *gx, toks *t, mention *out,
                         int max)
{
    static const char *const kw[][2] = {{"first", "first"}, {"last", "last"}, {"min", "min"},
                                        {"minimum", "min"}, {"max", "max"}, {"maximum", "max"},
                                        {"annual", "annual"}, {"yearly", "yearly"},
                                        {"monthly", "monthly"}, {"weekly", "weekly"},
                                        {"daily", "daily"}, {"quarterly", "quarterly"}};
    int count = 0;
    for (size_t i = 0; i < t->n && count + 2 <= max; i++) {
        qcol dc;
        int dk = t->v[i].used ? 0 : days_column(cat, gx, t, i, &dc);
        if (dk && !(dk == 2 && t->v[i - 1].used)) {   /* "business days", "sick days" */
            mention *mm = &out[count++];
            memset(mm, 0, sizeof *mm);
            mm->kind = MK_COLUMN;
            mm->alts[0] = dc;
            mm->nalts = 1;
            mm->start = dk == 2 ? (int)i - 1 : (int)i;
            mm->end = (int)i + 1;
            for (int k = mm->start; k < mm->end; k++)
                t->v[k].used = 1;
            continue;
        }
        if (i + 1 >= t->n)
            break;
        const char *norm[2] = {NULL, NULL};
        size_t at[2] = {i, 0}, noun = i + 1;
        for (size_t x = 0; x < sizeof kw / sizeof kw[0]; x++)
            if (tok_is(t, i, kw[x][0]))
                norm[0] = kw[x][1];
        if (!norm[0] || t->v[i].used)
            continue;
        /* "first and last names": two words sharing the noun */
        if (tok_is(t, i + 1, "and") && i + 3 < t->n)
            for (size_t x = 0; x < sizeof kw / sizeof kw[0]; x++)
                if (tok_is(t, i + 2, kw[x][0])) {
                    norm[1] = kw[x][1];
                    at[1] = i + 2;
                    noun = i + 3;
                }
        if (t->v[noun].used || t->v[noun].isnum || lex_is_stop(t->v[noun].w))
            continue;
        qcol col[2] = {{-1, -1}, {-1, -1}};
        int nfound = 0;
        for (int h = 0; h < 2; h++) {
            if (!norm[h])
                continue;
            for (size_t tb = 0; tb < cat->ntables && col[h].c < 0; tb++)
                for (size_t c = 0; c < cat->tables[tb].ncols; c++) {
                    char nbuf[GROUND_NW][TOK_LEN], (*w)[TOK_LEN];
                    int nw = ground_name_words(cat, gx, (int)tb, (int)c, nbuf, &w);
                    /* "first response" ~ firstResponseAt: a date's suffix aside */
                    if (nw == 3 && rd_date_kind(&cat->tables[tb].cols[c]) &&
                        (!strcmp(w[2], "at") || !strcmp(w[2], "on") || !strcmp(w[2], "date")))
                        nw = 2;
                    if (nw == 2 && !strcmp(w[0], norm[h]) &&
                        !strcmp(w[1], t->v[noun].stem) && !ground_is_key(&cat->tables[tb], (int)c)) {
                        col[h] = (qcol){(int)tb, (int)c};
                        nfound++;
                        break;
                    }
                }
        }
        if (nfound != (norm[1] ? 2 : 1))
            continue;
        for (int h = 0; h < 2; h++) {
            if (!norm[h])
                continue;
            mention *mm = &out[count++];
            memset(mm, 0, sizeof *mm);
            mm->kind = MK_COLUMN;
            mm->alts[0] = col[h];
            mm->nalts = 1;
            mm->start = (int)at[h];
            mm->end = h || !norm[1] ? (int)noun + 1 : (int)at[h] + 1;
        }
        for (size_t k = i; k <= noun; k++)
            t->v[k].used = 1;
        i = noun;
    }
    return count;
}

/* Does token i name a table (the last word of its name, singular)? */
static int names_table_at(const catalog *cat, const toks *tk, size_t i)
{
    for (size_t t = 0; i < tk->n && t < cat->ntables; t++) {
        char w[8][TOK_LEN];
        int n = rd_split_name(cat->tables[t].name, w, 8);
        if (n > 0 && strcmp(w[n - 1], tk->v[i].stem) == 0)
            return 1;
    }
    return 0;
}

/* Is w a whole word of some column's name ("rate" in tax_rate)? */
int rd_column_word(const catalog *cat, const char *w)
{
    size_t lw = strlen(w);
    for (size_t t = 0; t < cat->ntables; t++)
        for (size_t c = 0; c < cat->tables[t].ncols; c++) {
            const char *n = cat->tables[t].cols[c].name, *p = n;
            while ((p = strstr(p, w)) != NULL) {
                if ((p == n || p[-1] == '_') && (p[lw] == '\0' || p[lw] == '_'))
                    return 1;
                p += lw;
            }
        }
    return 0;
}

/* Is there a column named by exactly the two stems a and b, in order
 * (birth_year, modelYear for "birth year", "model year")? */
static int column_of_two_words(const catalog *cat, const char *a, const char *b)
{
    for (size_t t = 0; t < cat->ntables; t++)
        for (size_t c = 0; c < cat->tables[t].ncols; c++) {
            char w[3][TOK_LEN];
            if (rd_split_name(cat->tables[t].cols[c].name, w, 3) == 2 && !strcmp(w[0], a) &&
                !strcmp(w[1], b))
                return 1;
        }
    return 0;
}

/* "members who did not give their birth year", "average model year": a
 * bucket word closing a column's name with the word before it names that
 * column, not a grouping by year; the grouping goes to another bucket
 * word, if any. */
static void column_not_bucket(const catalog *cat, toks *t, time_info *ti)
{
    int b = ti->bucket_tok;
    static const char *const group[] = {"by", "per", "each", "every", NULL};
    /* "for each review year": grouped by it, in the order of the years */
    if (!ti->bucket || b < 1 || (b >= 2 && rd_in(t->v[b - 2].w, group)) || t->v[b - 1].used ||
        t->v[b - 1].isnum || lex_is_stop(t->v[b - 1].w) ||
        !column_of_two_words(cat, t->v[b - 1].stem, t->v[b].stem))
        return;
    t->v[b].used = 0;
    ti->bucket = BK_NONE;
    ti->bucket_tok = -1;
    for (size_t j = 0; j < t->n && !ti->bucket; j++)
        if ((int)j != b && t->v[j].used && time_unit_of(t->v[j].w) && !(j > 0 && t->v[j - 1].isnum)) {
            ti->bucket = (q_bucket)time_unit_of(t->v[j].w);
            ti->bucket_tok = (int)j;
        }
}

/* The period a word names ("month", "quarter"), or BK_NONE. */
q_bucket rd_bucket_word(const char *w)
{
    static const struct { const char *w; q_bucket b; } per[] = {
        {"day", BK_DAY}, {"week", BK_WEEK}, {"month", BK_MONTH}, {"quarter", BK_QUARTER}, {"year", BK_YEAR},
    };
    for (size_t p = 0; p < sizeof per / sizeof per[0]; p++)
        if (!strcmp(w, per[p].w))
            return per[p].b;
    return BK_NONE;
}

static q_bucket growth_cue(toks *t)
{
    static const struct { const char *w; q_bucket b; } per[] = {
        {"day", BK_DAY}, {"week", BK_WEEK}, {"month", BK_MONTH}, {"quarter", BK_QUARTER},
        {"year", BK_YEAR}, {"mom", BK_MONTH}, {"yoy", BK_YEAR}, {"qoq", BK_QUARTER},
        {"wow", BK_WEEK}, {"dod", BK_DAY},
    };
    q_bucket g = BK_NONE;
    for (size_t i = 0; i < t->n && !g; i++)
        for (size_t p = 0; p < sizeof per / sizeof per[0] && !g; p++) {
            if (!tok_is(t, i, per[p].w))
                continue;
            if (p >= 5) {
                g = per[p].b;
                t->v[i].used = 1;
            } else if (tok_is(t, i + 1, "over") && tok_is(t, i + 2, per[p].w)) {
                g = per[p].b;
                t->v[i].used = t->v[i + 1].used = t->v[i + 2].used = 1;
            }
        }
    if (!g)
        return BK_NONE;
    static const char *const words[] = {"change", "changes", "growth", "percentage", "percent",
                                        "pct", "increase", "difference", "rate", NULL};
    for (size_t i = 0; i < t->n; i++)
        for (size_t w = 0; words[w]; w++)
            if (tok_is(t, i, words[w]))
                t->v[i].used = 1;
    return g;
}

/* Do words i and i + 1 spell a stored text value ("full time" ~
 * 'full_time', "part-time")? */
static int value_pair(const catalog *cat, const toks *t, size_t i)
{
    if (i + 1 >= t->n || t->v[i].isnum || t->v[i + 1].isnum)
        return 0;
    size_t la = strlen(t->v[i].w), lb = strlen(t->v[i + 1].w);
    for (size_t tb = 0; tb < cat->ntables; tb++)
        for (size_t c = 0; c < cat->tables[tb].ncols; c++) {
            const cat_column *col = &cat->tables[tb].cols[c];
            for (size_t v = 0; col->kind == COL_TEXT && v < col->nsamples; v++) {
                const char *s = col->samples[v];
                if (strlen(s) == la + 1 + lb && !strncasecmp(s, t->v[i].w, la) &&
                    strchr(" _-", s[la]) && !strcasecmp(s + la + 1, t->v[i + 1].w))
                    return 1;
            }
        }
    return 0;
}

/* Is "days" at token i a numeric column's word rather than a length of
 * time: "business days" names business_days, "sick days" are the days
 * column's of the rows whose value is 'sick'? */
static int days_column(const catalog *cat, const ground_index *gx, const toks *t, size_t i,
                       qcol *out)
{
    if (i == 0 || t->v[i - 1].isnum || !tok_is(t, i, "days"))
        return 0;
    for (size_t tb = 0; tb < cat->ntables; tb++) {
        const cat_table *tab = &cat->tables[tb];
        int days = -1, pair = 0;
        for (size_t c = 0; c < tab->ncols; c++) {
            char nbuf[GROUND_NW][TOK_LEN], (*w)[TOK_LEN];
            int n = ground_name_words(cat, gx, (int)tb, (int)c, nbuf, &w);
            if (!ground_is_numeric(&tab->cols[c]) || ground_is_key(tab, (int)c) || n < 1 ||
                strcmp(w[n - 1], "day"))
                continue;
            days = (int)c;
            pair |= n == 2 && !strcmp(w[0], t->v[i - 1].stem);   /* "business days" */
        }
        if (days < 0)
            continue;
        *out = (qcol){(int)tb, days};
        if (pair)
            return 2;
        /* "parental leave days": the table's own word between */
        size_t p = i - 1;
        char tbuf[GROUND_NW][TOK_LEN], (*tw)[TOK_LEN];
        int ntw = ground_name_words(cat, gx, (int)tb, -1, tbuf, &tw);
        for (int j = 0; j < ntw && p > 0; j++)
            if (!strcmp(tw[j], t->v[p].stem)) {
                p--;
                break;
            }
        if (p != i - 1 && !t->v[p].isnum)
            for (size_t c = 0; c < tab->ncols; c++)
                for (size_t v = 0; tab->cols[c].kind == COL_TEXT && v < tab->cols[c].nsamples; v++)
                    if (!strcasecmp(tab->cols[c].samples[v], t->v[p].w))
                        return 1;
        for (size_t c = 0; c < tab->ncols; c++)   /* "sick days": a value of the same table */
            for (size_t v = 0; tab->cols[c].kind == COL_TEXT && v < tab->cols[c].nsamples; v++)
                if (!strcasecmp(tab->cols[c].samples[v], t->v[i - 1].w))
                    return 1;
    }
    return 0;
}

/* "cancellation rate", "no-show rate": a value of a text column right
 * before "rate" makes it the rate of the rows holding that value, even
 * where some column is named *_rate (nightly_rate) */
static int value_before_rate(const catalog *cat, const ground_index *gx, const toks *t, size_t i)
{
    /* "nightly rate" where a column is named nightly_rate: the column */
    char snake[2 * TOK_LEN + 8], camel[2 * TOK_LEN + 8];
    if (i > 0) {
        snprintf(snake, sizeof snake, "%s_%s", t->v[i - 1].w, t->v[i].w);
        snprintf(camel, sizeof camel, "%s%s", t->v[i - 1].w, t->v[i].w);
        for (size_t tb = 0; tb < cat->ntables; tb++)
            for (size_t c = 0; c < cat->tables[tb].ncols; c++)
                if (!strcasecmp(cat->tables[tb].cols[c].name, snake) ||
                    !strcasecmp(cat->tables[tb].cols[c].name, camel))
                    return 0;
    }
    for (size_t n = 1; n <= 2 && n <= i; n++)
        if (!lex_is_stop(t->v[i - n].w) && ground_value_words(cat, gx, t, i - n, n))
            return 1;
    /* "the rate of cancellations" */
    for (size_t n = 1; n <= 2 && tok_is(t, i + 1, "of"); n++)
        if (!lex_is_stop(t->v[i + 2 < t->n ? i + 2 : i].w) && ground_value_words(cat, gx, t, i + 2, n))
            return 1;
    /* "cancellation rate", "churn rate" with no such value and no column of
     * that name: a rate of events, never the price column nightly_rate (the
     * rate then finds no condition and the question is declined) */
    if (i > 0 && !t->v[i - 1].isnum && !ground_names_word(cat, gx, t->v[i - 1].stem)) {
        static const char *const ev[] = {"churn", "return", "refund", "default", "bounce", "dropout",
                                         "turnover", "attrition", "cancel", "noshow", NULL};
        static const char *const suf[] = {"tion", "sion", "ment", "val", "ral", "ure", "ncy", "ity", NULL};
        const char *w = t->v[i - 1].w;
        size_t lw = strlen(w);
        for (size_t k = 0; ev[k]; k++)
            if (!strcmp(w, ev[k]))
                return 1;
        for (size_t k = 0; suf[k] && lw >= 7; k++)
            if (!strcmp(w + lw - strlen(suf[k]), suf[k]))
                return 1;
    }
    return 0;
}

static q_dur scan_cues(const catalog *cat, const ground_index *gx, toks *t, int *pct_kind, int *pct_pos,
                       int *cmp_cue)
{
    static const char *const rate_w[] = {"rate", "ratio", NULL};
    static const char *const pct_w[] = {"percent", "percentage", "percentages", "pct",
                                        "share", "proportion", "fraction", NULL};
    static const char *const dur_w[] = {"lifetime", "tenure", "turnaround", "age", NULL};
    static const char *const cmp_w[] = {"vs", "versus", "compare", "compared", "comparing",
                                        "comparison", "both", NULL};
    static const char *const more_w[] = {"more", "fewer", "less", "better", "worse",
                                         "higher", "lower", "bigger", "larger", NULL};
    q_dur dur = DUR_NONE;
    int has_or = 0, has_more = 0;
    qcol dc;
    for (size_t i = 0; i < t->n; i++) {
        const char *w = t->v[i].w;
        if (t->v[i].used)
            continue;
        if (rd_in_list_w(w, rate_w) && (!rd_column_word(cat, w) || value_before_rate(cat, gx, t, i))) {
            *pct_kind = 1;
            *pct_pos = (int)i;
            t->v[i].used = 1;
        } else if (rd_in_list_w(w, pct_w) && !rd_column_word(cat, w)) {
            if (*pct_kind == 0) {   /* "what share of ..., in percent": the first says where */
                *pct_kind = 2;
                *pct_pos = (int)i;
            }
            t->v[i].used = 1;
        } else if (rd_in_list_w(w, dur_w) && !rd_column_word(cat, w)) {
            if (!dur)
                dur = strcmp(w, "age") ? DUR_DAYS : DUR_YEARS;
            t->v[i].used = 1;
        } else if (!strcmp(w, "time") && !rd_column_word(cat, w) && !(i > 0 && value_pair(cat, t, i - 1)) &&
                   (tok_is(t, i + 1, "to") || tok_is(t, i + 1, "between") ||
                    tok_is(t, i + 1, "from") || tok_is(t, i + 1, "until") ||
                    (i > 0 && !t->v[i - 1].isnum && !tok_is(t, i - 1, "first") &&
                     !tok_is(t, i - 1, "last") && !tok_is(t, i - 1, "the") &&
                     !tok_is(t, i - 1, "over") && !tok_is(t, i - 1, "per")))) {
            if (!dur)
                dur = DUR_DAYS;
            t->v[i].used = 1;
        } else if (!strcmp(w, "long") && i > 0 && tok_is(t, i - 1, "how")) {
            if (!dur)
                dur = DUR_DAYS;
            t->v[i].used = 1;
            t->v[i - 1].used = 1;
        } else if ((!strcmp(w, "days") || !strcmp(w, "hours") || !strcmp(w, "minutes") ||
                    !strcmp(w, "weeks")) && !(i > 0 && t->v[i - 1].isnum) && !days_column(cat, gx, t, i, &dc)) {
            dur = w[0] == 'h' ? DUR_HOURS : w[0] == 'm' ? DUR_MINUTES : DUR_DAYS;
            t->v[i].used = 1;
        } else if (rd_in_list_w(w, cmp_w)) {
            *cmp_cue = 1;
        } else if (!strcmp(w, "or")) {
            has_or = 1;
        } else if (rd_in_list_w(w, more_w)) {
            has_more = 1;
        }
    }
    if (has_or && has_more)
        *cmp_cue = 1;
    /* "how long do borrowers keep a book", "the days it takes": the verb
     * frames the length of time asked for */
    static const char *const frame_w[] = {"take", "takes", "took", "taken", "taking", "keep",
                                          "keeps", "kept", "keeping", "stay", "stays", "stayed",
                                          "hold", "holds", "held", NULL};
    for (size_t i = 0; dur && i < t->n; i++)
        if (!t->v[i].used && rd_in_list_w(t->v[i].w, frame_w) && !rd_column_word(cat, t->v[i].w))
            t->v[i].used = 1;
    return dur;
}

/* Is stem the last word of a text column's name (status, priority, outcome)? */
static int names_text_column(const catalog *cat, const char *stem)
{
    for (size_t t = 0; t < cat->ntables; t++)
        for (size_t c = 0; c < cat->tables[t].ncols; c++) {
            char w[8][TOK_LEN];
            int n = rd_split_name(cat->tables[t].cols[c].name, w, 8);
            if (n > 0 && cat->tables[t].cols[c].kind == COL_TEXT && !strcmp(w[n - 1], stem))
                return 1;
        }
    return 0;
}

/* "any status", "all statuses", "whatever the status", "regardless of
 * priority": every value of a column, so no condition on it; the words
 * are placed. The column word must name no table. */
static void mark_any_value(const catalog *cat, const ground_index *gx, toks *t)
{
    for (size_t i = 0; i + 1 < t->n; i++) {
        size_t x = i + 1;
        if (tok_is(t, i, "regardless") || tok_is(t, i, "irrespective")) {
            if (!tok_is(t, x, "of"))
                continue;
            x++;
        } else if (!tok_is(t, i, "any") && !tok_is(t, i, "all") && !tok_is(t, i, "whatever")) {
            continue;
        }
        if (x < t->n && tok_is(t, x, "the"))
            x++;
        if (x >= t->n || t->v[x].used || t->v[x].isnum || lex_is_stop(t->v[x].w) ||
            !ground_names_word(cat, gx, t->v[x].stem) || names_table_at(cat, t, x) ||
            !names_text_column(cat, t->v[x].stem) ||
            (x + 1 < t->n && !t->v[x + 1].isnum && ground_names_word(cat, gx, t->v[x + 1].stem)))
            continue;
        for (size_t k = i; k <= x; k++)
            t->v[k].used = 1;
        i = x;
    }
}

/* Stage 0: the cues of the words (idioms, sort, due dates, age, rates and
 * lengths of time, the question's own date), the time words, and the
 * mentions the grounding finds. */
int read_cues(read_state *s)
{
    const catalog *cat = s->cat;
    const ground_index *gx = s->gx;
    reading *r = s->r;
    tok_split(s->question, &s->tk);
    time_drop_weekdays(&s->tk);
    r->followup_cue = is_following_cue(&s->tk);
    r->followup_cue |= mark_refinement(&s->tk, &r->add_cue, &r->all_time);
    scan_restrict(&s->tk, r);
    for (size_t i = 0; i < s->tk.n; i++)
        r->best_worst = tok_is(&s->tk, i, "best") ? 1 : tok_is(&s->tk, i, "worst") ? 2 : r->best_worst;
    mark_idioms(cat, s->gx, &s->tk);
    mark_any_value(cat, s->gx, &s->tk);
    r->sort = scan_sort(&s->tk);
    scan_due(cat, s->gx, &s->tk, &s->due);
    s->age_op = OP_EQ;
    s->age_n = 0;
    s->age_pos = scan_age(&s->tk, &s->age_op, &s->age_n);
    s->pct_kind = 0; s->pct_pos = -1; s->cmp_cue = 0;
    s->growth = growth_cue(&s->tk);
    s->dur_unit = scan_cues(cat, gx, &s->tk, &s->pct_kind, &s->pct_pos, &s->cmp_cue);
    r->compares = s->cmp_cue;
    s->dur_th = -1;   /* a threshold on an average length of time between two dates */
    s->dur_cue_strong = 0;   /* asked for time between events, not a unit */
    for (size_t i = 0; i < s->tk.n; i++)
        s->dur_cue_strong |= tok_is(&s->tk, i, "lifetime") || tok_is(&s->tk, i, "tenure") ||
                             (tok_is(&s->tk, i, "time") && s->tk.v[i].used) ||
                             (tok_is(&s->tk, i, "long") && s->tk.v[i].used) ||
                             ((tok_is(&s->tk, i, "days") || tok_is(&s->tk, i, "hours")) &&
                              (tok_is(&s->tk, i + 1, "between") || tok_is(&s->tk, i + 1, "after") ||
                               tok_is(&s->tk, i + 1, "from") || tok_is(&s->tk, i + 1, "until")));
    s->pct_cue = s->pct_kind != 0;
    /* "as of December 31, 2024": the question's own reference date, for its
     * relative dates and lengths of time; it is not a range */
    for (size_t i = 0; i + 2 < s->tk.n && !s->qas_of[0]; i++) {
        if (!tok_is(&s->tk, i, "as") || !tok_is(&s->tk, i + 1, "of") || s->tk.v[i].used || s->tk.v[i + 2].used)
            continue;
        toks *sub = malloc(sizeof *sub);
        time_info st;
        if (!sub)
            break;
        sub->n = 0;
        for (size_t j = i + 2; j < s->tk.n && sub->n < 4; j++)
            sub->v[sub->n++] = s->tk.v[j];
        time_parse(sub, s->as_of, &st);
        int y, mo, d;
        char next[11] = "";
        if (st.has_range && st.first_tok == 0 && sscanf(st.from, "%4d-%2d-%2d", &y, &mo, &d) == 3)
            time_fmt(next, y, mo, d + 1);
        if (next[0] && !strcmp(next, st.to) && !st.bucket) {   /* one day */
            snprintf(s->qas_of, sizeof s->qas_of, "%s", st.from);
            s->tk.v[i].used = s->tk.v[i + 1].used = 1;
            for (size_t j = 0; j < sub->n; j++)
                if (sub->v[j].used)
                    s->tk.v[i + 2 + j].used = 1;
        }
        free(sub);
    }
    if (s->qas_of[0])
        s->as_of = s->qas_of;
    /* "minimum salary", "first name", "sick days": names the keywords and
     * the time words would take */
    mention pre[8];
    int npre = keyword_names(cat, s->gx, &s->tk, pre, 8);
    npre += total_column(cat, &s->tk, pre + npre, 8 - npre);
    /* "$150,000 a year", "20 an hour": the number's rate, not a grouping */
    for (size_t i = 0; i + 2 < s->tk.n; i++)
        if (s->tk.v[i].isnum && (tok_is(&s->tk, i + 1, "a") || tok_is(&s->tk, i + 1, "an")) &&
            (tok_is(&s->tk, i + 2, "year") || tok_is(&s->tk, i + 2, "month") || tok_is(&s->tk, i + 2, "week") ||
             tok_is(&s->tk, i + 2, "day") || tok_is(&s->tk, i + 2, "hour")) && !s->tk.v[i + 2].used)
            s->tk.v[i + 1].used = s->tk.v[i + 2].used = 1;
    /* "annual payroll", "total annual budget": where numeric columns are
     * named annual_salary, annual_budget, the adjective before a noun says
     * what is measured, not a grouping by year */
    for (size_t i = 0; i + 1 < s->tk.n; i++) {
        if (!(tok_is(&s->tk, i, "annual") || tok_is(&s->tk, i, "yearly")) || s->tk.v[i].used ||
            s->tk.v[i + 1].used || s->tk.v[i + 1].isnum || lex_is_stop(s->tk.v[i + 1].w) ||
            tok_is(&s->tk, i + 1, "basis") || !rd_column_word(cat, s->tk.v[i].w))
            continue;
        int whole = 0;   /* "annual salary" ~ annual_salary: the name reads it */
        for (size_t tb = 0; tb < cat->ntables && !whole; tb++)
            for (size_t c = 0; c < cat->tables[tb].ncols && !whole; c++) {
                char w[8][TOK_LEN];
                whole = rd_split_name(cat->tables[tb].cols[c].name, w, 8) == 2 && !strcmp(w[0], s->tk.v[i].w) &&
                        !strcmp(w[1], s->tk.v[i + 1].stem);
            }
        if (!whole)
            s->tk.v[i].used = 1;
    }
    /* "tenure in years", "age in months": the unit of a length of time,
     * not a grouping */
    for (size_t i = 0; s->dur_unit && i + 1 < s->tk.n; i++)
        if (tok_is(&s->tk, i, "in") && !s->tk.v[i + 1].used &&
            (tok_is(&s->tk, i + 1, "years") || tok_is(&s->tk, i + 1, "months") || tok_is(&s->tk, i + 1, "weeks"))) {
            s->tk.v[i].used = s->tk.v[i + 1].used = 1;
            if (tok_is(&s->tk, i + 1, "years"))
                s->dur_unit = DUR_YEARS;
            else
                r->unplaced++;   /* no such unit: say so rather than give days */
        }
    /* "400 euros": the amount's currency, where the schema's comments say
     * amounts are in it */
    for (size_t i = 0; i + 1 < s->tk.n; i++)
        if (s->tk.v[i].isnum && !s->tk.v[i].used && !s->tk.v[i + 1].used && ground_currency_word(gx, s->tk.v[i + 1].w)) {
            s->tk.v[i].money = 1;
            s->tk.v[i + 1].used = 1;
        } else if (s->tk.v[i + 1].isnum && !s->tk.v[i].used && !s->tk.v[i + 1].used &&
                   strlen(s->tk.v[i].w) == 3 && ground_currency_word(gx, s->tk.v[i].w)) {
            /* "over USD 1,000": the code before its number goes after it, so
             * the comparative meets the number */
            tok code = s->tk.v[i];
            s->tk.v[i] = s->tk.v[i + 1];
            s->tk.v[i].money = 1;
            s->tk.v[i + 1] = code;
            s->tk.v[i + 1].used = 1;
        }
    mention numv[4];
    int nnumv = ground_numbered_values(cat, gx, &s->tk, numv, 4);
    time_parse(&s->tk, s->as_of, &s->ti);
    /* "annual plan members" where 'annual' is a plan, "day-shift agents"
     * where 'day' is a shift: a value, not "by year", "by day" */
    if (s->ti.bucket && s->ti.bucket_tok >= 0 && !tok_is(&s->tk, (size_t)s->ti.bucket_tok, "year") &&
        (rd_bucket_word(s->tk.v[s->ti.bucket_tok].w) == BK_NONE ||
         ground_value_of_named_column(cat, &s->tk, (size_t)s->ti.bucket_tok, (size_t)s->ti.bucket_tok + 1))) {
        s->tk.v[s->ti.bucket_tok].used = 0;
        if (ground_value_words(cat, gx, &s->tk, (size_t)s->ti.bucket_tok, 1) >= 3 &&
            !names_table_at(cat, &s->tk, (size_t)s->ti.bucket_tok + 1)) {   /* "monthly trips": by month */
            s->ti.bucket = BK_NONE;   /* "monthly members by year": the other word's */
            for (size_t j = 0; j < s->tk.n && !s->ti.bucket; j++)
                if ((int)j != s->ti.bucket_tok && s->tk.v[j].used && time_unit_of(s->tk.v[j].w) &&
                    !s->tk.v[j - (j > 0)].isnum)
                    s->ti.bucket = (q_bucket)time_unit_of(s->tk.v[j].w);
            s->ti.bucket_tok = -1;
        } else {
            s->tk.v[s->ti.bucket_tok].used = 1;
        }
    }
    column_not_bucket(cat, &s->tk, &s->ti);
    s->nnull = ground_null_states(cat, gx, &s->tk, s->nulls, 4);
    s->nm = ground_multiword_values(cat, gx, &s->tk, s->m, M_MAX / 2 - 4);
    for (int j = 0; j < nnumv; j++)
        s->m[s->nm++] = numv[j];
    for (int j = 0; j < npre; j++)
        s->m[s->nm++] = pre[j];
    scan_keywords(&s->tk, &s->k);
    s->nm += ground_mentions(cat, gx, &s->tk, s->m + s->nm, M_MAX - s->nm);
    return 0;
}
