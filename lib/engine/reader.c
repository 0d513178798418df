/* reader.c: reads one question: keywords (aggregates, top/bottom N,
 * grouping, comparisons), time, then grounded mentions take roles (measure,
 * counted table, dimension, filter, threshold) and become a query. */
#include "reader.h"

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

enum { R_NONE = 0, R_DIM, R_SUBJECT, R_MEASURE, R_FILTER, R_THRESH, R_COUNTED, R_EXISTS,
       R_NOTEXISTS, R_QUAL,
       R_KEYREF,     /* "from account 12": the table names whose key the number is */
       R_SHOW,       /* "list the titles of books": a column shown beside the rows */
       R_ZERO,       /* "nothing paid": a numeric column equal to 0 */
       R_NULLED };   /* "no fee": a column that is empty (the NULL words) */

typedef struct thresh {
    q_op op;
    double num;
    int pos;          /* token of the number */
    int kwpos;        /* token of the comparative */
    lex_concept con;  /* "cheaper than" -> price */
    int done;         /* taken as "at least one X" */
    double unit;      /* "an hour", "90 minutes": seconds per unit of num, or 0 */
    int pkind;        /* "2 tonnes", "500 km": the unit's kind (phys_unit), or 0 */
    double pf;        /* and its size */
} thresh;

typedef struct kwscan {
    int kw[TOK_MAX];      /* keyword class per token */
    int count, distinct, sum, avg, max, min, top, bottom, list, group;
    int median;           /* "median": avg is set too, and the mean becomes the median */
    int mean;             /* "average", "mean": said beside a median, two measures */
    int limit;
    int superlative_pos;
    thresh th[4];
    int nth;
    int nullpos[4];
    int nnull;
    lex_concept super_con;   /* "cheapest" -> price */
} kwscan;

static int is_w(const toks *t, size_t i, const char *w) { return tok_is(t, i, w); }

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
        if (!is_w(t, i, cmp[k].a))
            continue;
        if (cmp[k].b && !is_w(t, i + 1, cmp[k].b))
            continue;
        *op = cmp[k].op;
        *len = cmp[k].b ? 2 : 1;
        *con = cmp[k].con;
        return 1;
    }
    if (is_w(t, i, "more") && is_w(t, i + 1, "expensive") && is_w(t, i + 2, "than")) {
        *op = OP_GT; *len = 3; *con = CON_PRICE;
        return 1;
    }
    return 0;
}

/* Seconds in a unit of time named by a word ("hour", "mins"), or 0. */
static double time_unit(const char *w)
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

/* The unit a numeric column's name gives its values ("duration_min",
 * "wait_hours", "lengthSeconds"): seconds per unit, or 0. */
static double column_time_unit(const char *name)
{
    char w[64];
    size_t k = 0;
    double unit = 0;
    for (const char *p = name;; p++) {
        int boundary = !*p || *p == '_' || (k && isupper((unsigned char)*p));
        if (boundary && k) {
            w[k] = '\0';
            if (time_unit(w) > 0 && strcmp(w, "day") && strcmp(w, "days"))
                unit = time_unit(w);
            else if (!strcmp(w, "days"))
                unit = 86400;
            k = 0;
        }
        if (!*p)
            break;
        if (*p != '_' && k < sizeof w - 1)
            w[k++] = (char)tolower((unsigned char)*p);
    }
    return unit;
}

/* A concept of a thing's physical size (weight, size, distance): named by
 * a column of the thing itself, never found elsewhere. */
static int physical(lex_concept c)
{
    return c == CON_WEIGHT || c == CON_SIZE || c == CON_DISTANCE;
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
static int column_phys_unit(const char *name, double *f)
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

static int in(const char *w, const char *const *list)
{
    for (; *list; list++)
        if (!strcmp(w, *list))
            return 1;
    return 0;
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
        if (is_w(t, i, "how") && is_w(t, i + 1, "many")) {
            k->count = 1;
            use(t, i, KW_COUNT, k);
            use(t, i + 1, KW_COUNT, k);
            i++;
        } else if (is_w(t, i, "number") && is_w(t, i + 1, "of")) {
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
            if (!con && i > 0 && !t->v[i - 1].used && in(t->v[i - 1].w, pay)) {
                th->con = CON_PAYROLL;
                use(t, i - 1, KW_GT, k);
            }
            /* "more than 90 minutes": the unit goes with the number */
            if (i + len + 1 < t->n && (th->unit = time_unit(t->v[i + len + 1].w)) > 0)
                use(t, i + len + 1, KW_GT, k);
            else if (i + len + 1 < t->n && !t->v[i + len + 1].used &&
                     (th->pkind = phys_unit(t->v[i + len + 1].w, &th->pf)) > 0)
                use(t, i + len + 1, KW_GT, k);
            i += len;
        } else if (comparative(t, i, &op, &len, &con) && i + len + 1 < t->n && k->nth < 4 &&
                   (is_w(t, i + len, "an") || is_w(t, i + len, "a") || is_w(t, i + len, "one")) &&
                   time_unit(t->v[i + len + 1].w) > 0) {
            /* "longer than an hour": one unit */
            thresh *th = &k->th[k->nth++];
            th->op = op;
            th->num = 1;
            th->unit = time_unit(t->v[i + len + 1].w);
            th->pos = (int)(i + len);
            th->kwpos = (int)i;
            th->con = con;
            for (size_t j = i; j <= i + len + 1; j++)
                use(t, j, KW_GT, k);
            i += len + 1;
        } else if (t->v[i].isnum && is_w(t, i + 1, "or") && i + 2 < t->n && k->nth < 4 &&
                   !t->v[i + 2].used &&
                   (in(t->v[i + 2].w, w_ormore) || in(t->v[i + 2].w, w_orless))) {
            /* "twice or more", "3 or fewer orders": the comparative after */
            thresh *th = &k->th[k->nth++];
            th->op = in(t->v[i + 2].w, w_ormore) ? OP_GE : OP_LE;
            th->num = t->v[i].num;
            th->pos = (int)i + 2;
            th->kwpos = (int)i;
            for (size_t j = i; j <= i + 2; j++)
                use(t, j, KW_GT, k);
            if (i + 3 < t->n && (th->unit = time_unit(t->v[i + 3].w)) > 0)
                use(t, i + 3, KW_GT, k);
            else if (i + 3 < t->n && !t->v[i + 3].used && (th->pkind = phys_unit(t->v[i + 3].w, &th->pf)) > 0)
                use(t, i + 3, KW_GT, k);
            if (th->unit > 0 || th->pkind)
                th->pos++;
            i += 2;
        } else if (t->v[i].isnum && !t->v[i].used && i + 3 < t->n && k->nth < 4 &&
                   !t->v[i + 1].isnum && is_w(t, i + 2, "or") && !t->v[i + 3].used &&
                   (in(t->v[i + 3].w, w_ormore) || in(t->v[i + 3].w, w_orless))) {
            /* "800 pages or more": the noun between */
            thresh *th = &k->th[k->nth++];
            th->op = in(t->v[i + 3].w, w_ormore) ? OP_GE : OP_LE;
            th->num = t->v[i].num;
            th->pos = (int)i;
            th->kwpos = (int)i;
            use(t, i, KW_GT, k);
            use(t, i + 2, KW_GT, k);
            use(t, i + 3, KW_GT, k);
            if ((th->unit = time_unit(t->v[i + 1].w)) > 0)
                use(t, i + 1, KW_GT, k);
            else if ((th->pkind = phys_unit(t->v[i + 1].w, &th->pf)) > 0)
                use(t, i + 1, KW_GT, k);
        } else if (in(w, w_distinct)) {
            k->distinct = 1;
            use(t, i, KW_DISTINCT, k);
        } else if (in(w, w_sum)) {
            k->sum = 1;
            use(t, i, KW_SUM, k);
        } else if (in(w, w_avg) || average_typo(w)) {
            k->avg = 1;
            k->mean = 1;
            use(t, i, KW_AVG, k);
        } else if (!strcmp(w, "median")) {
            k->avg = 1;
            k->median = 1;
            use(t, i, KW_AVG, k);
        } else if (in(w, w_max) || (is_w(t, i, "most") && is_w(t, i + 1, "expensive"))) {
            if (!strcmp(w, "most") && is_w(t, i + 1, "expensive")) {
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
            k->max = 1;
            k->top = 1;
            k->superlative_pos = (int)i;
            use(t, i, KW_MAX, k);
            if (number_at(t, i + 1, &v) && v >= 1 && v <= 1000) {
                k->limit = (int)v;
                use(t, i + 1, KW_MAX, k);
            } else if (i > 0 && t->v[i - 1].isnum && !t->v[i - 1].used) {
                k->limit = (int)t->v[i - 1].num;
                use(t, i - 1, KW_MAX, k);
            }
        } else if (in(w, w_min) || (is_w(t, i, "least") && is_w(t, i + 1, "expensive"))) {
            if (!strcmp(w, "cheapest") || (is_w(t, i, "least") && is_w(t, i + 1, "expensive"))) {
                k->super_con = CON_PRICE;
                if (is_w(t, i + 1, "expensive"))
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
        } else if (in(w, w_group) && !(is_w(t, i, "by") && (is_w(t, i + 1, "a") ||
                                                          is_w(t, i + 1, "an") ||
                                                          is_w(t, i + 1, "any")))) {
            /* "borrowed by a member": the agent of a verb, not a grouping */
            k->group = 1;
            use(t, i, KW_GROUP, k);
        } else if (in(w, w_list)) {
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
        int h = in(t->v[a < t->n ? a : i].w, hi), l = in(t->v[a < t->n ? a : i].w, lo);
        if (t->v[i].used || (!h && !l && !tok_is(t, i, "descending") && !tok_is(t, i, "ascending")))
            continue;
        if (tok_is(t, i, "descending") || tok_is(t, i, "ascending")) {
            sort = tok_is(t, i, "descending") ? 1 : 2;
            t->v[i].used = 1;
            if (i > 0 && tok_is(t, i - 1, "in") && tok_is(t, i + 1, "order"))
                t->v[i - 1].used = t->v[i + 1].used = 1;
            continue;
        }
        if (tok_is(t, a + 1, "to") && a + 2 < t->n && (h ? in(t->v[a + 2].w, lo) : in(t->v[a + 2].w, hi))) {
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

/* Is the mention starting at token start what threshold th counts ("more
 * than 100 employees", "more than 100 current employees": stop words
 * between, up to two)? */
static int th_at(const toks *tk, const thresh *th, int start)
{
    if (start <= th->pos || start > th->pos + 3)
        return 0;
    static const char *const prep[] = {"in", "during", "for", "at", "on", "from", "by", "of",
                                       "per", NULL};
    for (int j = th->pos + 1; j < start; j++)
        if (!lex_is_stop(tk->v[j].w) || tk->v[j].isnum || tk->v[j].used || in(tk->v[j].w, prep))
            return 0;   /* a keyword's word ("over 200, by drug") ends it; "below 74 in
                         * terms that ...": what is below 74 came before */
    return 1;
}

/* The keyword nearest before token i, skipping stop words (up to 3). */
static int kw_before(const toks *t, const kwscan *k, int i)
{
    for (int j = i - 1, steps = 0; j >= 0 && steps < 4; j--) {
        if (k->kw[j])
            return k->kw[j];
        if (!lex_is_stop(t->v[j].w) && !t->v[j].isnum)
            return 0;
        steps++;
    }
    return 0;
}

static int is_following_cue(const toks *t)
{
    static const char *const cues[] = {"now", "only", "just", "and", "what", "how",
                                       "instead", "but", "same", "break", "split",
                                       "also", "then", "show", "sort", "add", "exclude",
                                       "limit", "filter", NULL};
    if (t->n == 0)
        return 0;
    if (in(t->v[0].w, cues) && strcmp(t->v[0].w, "what") && strcmp(t->v[0].w, "how") &&
        strcmp(t->v[0].w, "show"))
        return 1;
    if ((is_w(t, 0, "what") || is_w(t, 0, "how")) && is_w(t, 1, "about"))
        return 1;
    if (is_w(t, 0, "show") && (is_w(t, 1, "just") || is_w(t, 1, "only")))
        return 1;
    for (size_t i = 0; i < t->n; i++)
        if (is_w(t, i, "instead") || is_w(t, i, "those") || is_w(t, i, "that") ||
            is_w(t, i, "it") || is_w(t, i, "them"))
            return 1;
    return 0;
}



/* Does the question only make sense after another ("now just for stays
 * in 2022", "the top 8 instead", "what about 2023?"), whatever it names? */
static int refines_only(const toks *t)
{
    static const char *const first[] = {"now", "same", "also", "then", "but", NULL};
    if (t->n == 0)
        return 0;
    if (in(t->v[0].w, first) || ((is_w(t, 0, "what") || is_w(t, 0, "how")) && is_w(t, 1, "about")))
        return 1;
    for (size_t i = 0; i < t->n; i++)
        if (is_w(t, i, "instead"))
            return 1;
    return 0;
}

/* Is w (lowercase) written capitalized somewhere in the question other
 * than at the start of a sentence: a name? */
static int proper_noun(const char *question, const char *w)
{
    size_t n = strlen(w);
    for (const char *p = question; *p; p++) {
        if (strncasecmp(p, w, n) || (p > question && isalnum((unsigned char)p[-1])) ||
            isalnum((unsigned char)p[n]))
            continue;
        if (!isupper((unsigned char)p[0]))
            continue;
        const char *b = p;
        while (b > question && isspace((unsigned char)b[-1]))
            b--;
        if (b > question && !strchr(".?!:;\"(", b[-1]))
            return 1;
    }
    return 0;
}

static int split_name(const char *name, char (*out)[TOK_LEN], int max);

/* Is the stemmed word s one of the words of a table's or a column's name
 * (split on '_' and camelCase, stemmed)? */
static int catalog_word(const catalog *cat, const char *s)
{
    char words[32][TOK_LEN];
    for (size_t t = 0; t < cat->ntables; t++)
        for (int c = -1; c < (int)cat->tables[t].ncols; c++) {
            const char *name = c < 0 ? cat->tables[t].name : cat->tables[t].cols[c].name;
            int n = split_name(name, words, 32);
            for (int i = 0; i < n; i++)
                if (!strcmp(words[i], s))
                    return 1;
        }
    return 0;
}

/* Is a date column's name one of when something is due ("due_on",
 * "promisedDate", "expected_at", "deadline")? */
static int due_name(const char *name)
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

/* "late", "overdue", "after the due date", "on time", "on or before the
 * promised date": whether a row's event came after its due date. */
typedef struct duecue {
    int sign;            /* 1: after it (late); -1: not after it (on time); 2: both said; 0: none */
    int strict;          /* with -1: "before the due date", strictly */
    int pos;             /* the first word */
    char due[TOK_LEN];   /* the word naming the due date ("promised"), or "" */
    int tpos;            /* "more than 30 days past the due date", "3 days late": the
                          * number's token (a threshold on the days late), or -1 */
    int dur;             /* "days overdue", "hours late": how late is the measure */
} duecue;

static void scan_due(const catalog *cat, toks *t, duecue *d)
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
                  due_name(cat->tables[tb].cols[c].name);
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
        int days = i >= 2 && t->v[i - 2].isnum && time_unit(t->v[i - 1].w) > 0;
        int unit_before = i >= 1 && !t->v[i - 1].isnum && time_unit(t->v[i - 1].w) > 0;
        if ((!strcmp(w, "late") || !strcmp(w, "overdue") || !strcmp(w, "tardy")) &&
            !catalog_word(cat, w) && (!value || days || unit_before)) {
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
            if (j < t->n && in(t->v[j].w, dets))
                j++;
            if (j >= t->n || !in(t->v[j].w, duew) || t->v[j].used)
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
            if (in(t->v[j + 1].w, up) && (j > i + 1 || strcmp(t->v[j + 1].w, "more")))
                *op = OP_GE;
            else if (tok_is(t, j, "or") && in(t->v[j + 1].w, down) &&
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
                   (in(t->v[i + 1].w, up) || in(t->v[i + 1].w, down))) {
            *op = in(t->v[i + 1].w, up) ? OP_GT : OP_LT;
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
static void mark_idioms(const catalog *cat, toks *t)
{
    static const char *const ph[][4] = {
        {"in", "the", "catalog", "!"}, {"in", "the", "catalogue", "!"}, {"in", "our", "catalog", "!"},
        {"in", "the", "collection", "!"}, {"in", "our", "collection", "!"},
        {"in", "the", "database", "!"}, {"in", "the", "system", "!"}, {"in", "our", "system", "!"},
        {"in", "our", "database", "!"}, {"on", "file", "!"}, {"on", "record", "!"},
        {"on", "the", "record", "!"}, {"of", "all", "time"}, {"all", "time"}, {"in", "total"},
        {"so", "far"}, {"against", "them"}, {"against", "it"},
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
            if (k < n || (noun && catalog_word(cat, t->v[i + n - 1].stem)))
                continue;
            for (k = 0; k < n; k++)
                t->v[i + k].used = 1;
            break;
        }
    /* "reports directly to", "direct reports": the adverb says no more
     * than "reports to" */
    for (size_t i = 1; i + 1 < t->n; i++)
        if (tok_is(t, i, "directly") && tok_is(t, i + 1, "to") && !strncmp(t->v[i - 1].w, "report", 6))
            t->v[i].used = 1;
    for (size_t i = 0; i + 1 < t->n; i++)
        if (tok_is(t, i, "direct") && !strncmp(t->v[i + 1].w, "report", 6) && !catalog_word(cat, "direct"))
            t->v[i].used = 1;
    /* "team lead", "team leader": the lead of a team, a boss's word */
    for (size_t i = 0; i + 1 < t->n; i++)
        if (tok_is(t, i, "team") && (tok_is(t, i + 1, "lead") || tok_is(t, i + 1, "leader") ||
                                     tok_is(t, i + 1, "leads") || tok_is(t, i + 1, "leaders")) &&
            !catalog_word(cat, "team"))
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
                    column_phys_unit(cat->tables[tb].cols[c].name, &cf) == kind && cf == f) {
                    t->v[i].used = t->v[i + 1].used = 1;
                    kind = 0;
                    break;
                }
    }
    /* "room for more than 45,000 pallets": capacity, said by the unit noun */
    static const char *const cmp_start[] = {"more", "over", "at", "up", "about", "around", NULL};
    for (size_t i = 0; i + 2 < t->n; i++)
        if ((tok_is(t, i, "room") || tok_is(t, i, "space")) && tok_is(t, i + 1, "for") &&
            (t->v[i + 2].isnum || in(t->v[i + 2].w, cmp_start)) && !catalog_word(cat, t->v[i].stem))
            t->v[i].used = t->v[i + 1].used = 1;
}

/* A name's words, split on '_' and camelCase, lowercase and stemmed
 * (up to max); returns how many. */
static int split_name(const char *name, char (*out)[TOK_LEN], int max)
{
    char w[TOK_LEN];
    size_t k = 0;
    int n = 0;
    for (const char *p = name;; p++) {
        int boundary = !*p || !isalnum((unsigned char)*p) ||
                       (k && isupper((unsigned char)*p) && islower((unsigned char)p[-1]));
        if (boundary && k) {
            w[k] = '\0';
            if (n < max)
                lex_stem(w, out[n++], TOK_LEN);
            k = 0;
        }
        if (!*p)
            break;
        if (isalnum((unsigned char)*p) && k < sizeof w - 1)
            w[k++] = (char)tolower((unsigned char)*p);
    }
    return n;
}

/* The one numeric column of table t (not a key) with a word of its name
 * equal to the stemmed word s ("salary" ~ annual_salary), or -1. */
static int own_measure(const catalog *cat, int t, const char *s)
{
    const cat_table *tb = &cat->tables[t];
    int found = -1;
    for (size_t c = 0; c < tb->ncols; c++) {
        if (!ground_is_numeric(&tb->cols[c]) || ground_is_key(tb, (int)c))
            continue;
        char w[8][TOK_LEN];
        int n = split_name(tb->cols[c].name, w, 8), hit = 0;
        for (int j = 0; j < n; j++)
            hit |= !strcmp(w[j], s);
        if (hit && found >= 0)
            return -1;
        if (hit)
            found = (int)c;
    }
    return found;
}

/* The one whole-number column of table t whose name says it holds the
 * row's year (review_year of reviews, fiscalYear; not a key, not the year
 * of another event: birth_year, year_built), or -1. */
static int year_col(const catalog *cat, int t)
{
    static const char *const kinds[] = {"fiscal", "calendar", "tax", "financial", "academic",
                                        "school", "report", "reporting", "budget", NULL};
    const cat_table *tb = &cat->tables[t];
    char tw[8][TOK_LEN];
    int ntw = split_name(tb->name, tw, 8);
    int found = -1;
    for (size_t c = 0; c < tb->ncols; c++) {
        if (tb->cols[c].kind != COL_INT || ground_is_key(tb, (int)c))
            continue;
        char w[8][TOK_LEN];
        int n = split_name(tb->cols[c].name, w, 8), hit = 0, other = 0;
        for (int j = 0; j < n; j++) {
            int yr = !strcmp(w[j], "year") || !strcmp(w[j], "yr"), own = in(w[j], kinds);
            for (int x = 0; x < ntw && !own; x++)
                own = !strcmp(w[j], tw[x]);
            hit |= yr;
            other |= !yr && !own;
        }
        hit = hit && !other;
        if (hit && found >= 0)
            return -1;
        if (hit)
            found = (int)c;
    }
    return found;
}

static int days_column(const catalog *cat, const toks *t, size_t i, qcol *out);

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

static int keyword_names(const catalog *cat, toks *t, mention *out, int max)
{
    static const char *const kw[][2] = {{"first", "first"}, {"last", "last"}, {"min", "min"},
                                        {"minimum", "min"}, {"max", "max"}, {"maximum", "max"},
                                        {"annual", "annual"}, {"yearly", "yearly"},
                                        {"monthly", "monthly"}, {"weekly", "weekly"},
                                        {"daily", "daily"}, {"quarterly", "quarterly"}};
    int count = 0;
    for (size_t i = 0; i < t->n && count + 2 <= max; i++) {
        qcol dc;
        int dk = t->v[i].used ? 0 : days_column(cat, t, i, &dc);
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
                    char w[8][TOK_LEN];
                    if (split_name(cat->tables[tb].cols[c].name, w, 8) == 2 && !strcmp(w[0], norm[h]) &&
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

/* The table whose rows are people: its columns hold a person's names
 * (first and last name, full name) and an email or a birth date; -1 when
 * none or no single one stands out. */
static int person_table(const catalog *cat)
{
    int best = -1, bests = 0, second = 0;
    for (size_t t = 0; t < cat->ntables; t++) {
        int first = 0, last = 0, full = 0, extra = 0;
        for (size_t c = 0; c < cat->tables[t].ncols; c++) {
            char n[64];
            size_t k = 0;
            for (const char *p = cat->tables[t].cols[c].name; *p && k < sizeof n - 1; p++)
                if (*p != '_')
                    n[k++] = (char)tolower((unsigned char)*p);
            n[k] = '\0';
            first |= !strcmp(n, "firstname") || !strcmp(n, "givenname") || !strcmp(n, "forename");
            last |= !strcmp(n, "lastname") || !strcmp(n, "surname") || !strcmp(n, "familyname");
            full |= !strcmp(n, "fullname") || !strcmp(n, "personname");
            extra |= !strcmp(n, "email") || !strncmp(n, "birth", 5) || !strcmp(n, "dob") ||
                     !strcmp(n, "gender") || !strcmp(n, "sex");
        }
        int sc = (first && last) || full ? 3 + extra : 0;
        if (sc > bests) {
            second = bests;
            bests = sc;
            best = (int)t;
        } else if (sc > second) {
            second = sc;
        }
    }
    return bests > second ? best : -1;
}

static int all_numeric(const catalog *cat, const mention *m)
{
    if (m->kind != MK_COLUMN)
        return 0;
    for (int i = 0; i < m->nalts; i++)
        if (!ground_is_numeric(&cat->tables[m->alts[i].t].cols[m->alts[i].c]))
            return 0;
    return 1;
}

/* "top 10 countries by MRR": after a ranked subject, a numeric column
 * mentioned after "by" is what ranks, not a grouping */
static int measure_like(const catalog *cat, const mention *m, int subject, const kwscan *k)
{
    if (m->kind != MK_COLUMN || (subject < 0 && !k->top && !k->bottom))
        return 0;
    for (int i = 0; i < m->nalts; i++)
        if (!ground_is_numeric(&cat->tables[m->alts[i].t].cols[m->alts[i].c]))
            return 0;
    return 1;
}

/* Does token i name a table (the last word of its name, singular)? */
static int names_table_at(const catalog *cat, const toks *tk, size_t i)
{
    for (size_t t = 0; i < tk->n && t < cat->ntables; t++) {
        char w[8][TOK_LEN];
        int n = split_name(cat->tables[t].name, w, 8);
        if (n > 0 && strcmp(w[n - 1], tk->v[i].stem) == 0)
            return 1;
    }
    return 0;
}

/* "top 5 customers by orders", "top 3 countries by customers": after a
 * ranking, "by" and a table of other rows than the ones ranked counts
 * those rows; it is no grouping. */
static int ranked_by_rows(const mention *m, int i, const kwscan *k)
{
    if (m[i].kind != MK_TABLE || (!k->top && !k->bottom) || i == 0)
        return 0;
    const mention *r = &m[i - 1];
    if (r->end + 1 != m[i].start)
        return 0;   /* the ranked thing right before "by" */
    if (r->kind == MK_TABLE)
        return r->t != m[i].t;
    return r->kind == MK_COLUMN;
}

/* One reading of an ambiguous mention as a label for the person:
 * "tickets.state = 'open'" for a value, "by tickets.state" for a grouping. */
static void choice_label(const catalog *cat, const mention *m, int i, int value, char *out, size_t n)
{
    qcol c = m->alts[i];
    if (value)
        snprintf(out, n, "%.40s.%.40s = '%.40s'", cat->tables[c.t].name, cat->tables[c.t].cols[c.c].name,
                 m->val[i]);
    else
        snprintf(out, n, "by %.40s.%.40s", cat->tables[c.t].name, cat->tables[c.t].cols[c.c].name);
    /* shown on terminals: no control character from the database passes */
    for (unsigned char *s = (unsigned char *)out; *s; s++)
        if (*s < 0x20 || *s == 0x7f)
            *s = '?';
        else if (*s == 0xc2 && s[1] >= 0x80 && s[1] <= 0x9f)
            s[0] = s[1] = '?';
}

/* Two readings scored alike: say which one was taken (the first such
 * choice only), e.g. "read 'pending' as orders.status = 'pending'; it could
 * also be payments.status", and keep up to READ_CHOICES readings (the
 * default first) for a clarifying question. Returns the candidate to use:
 * `chosen`, or the one r->force asks for. */
static int note_ambiguity(const catalog *cat, reading *r, const mention *m, int chosen, int near,
                          int value)
{
    if (!r || r->nchoices || chosen < 0 || m->nalts < 2)
        return chosen;
    qcol a = m->alts[chosen];
    int *depth = joins_depths(cat, near);   /* NULL: all alike */
    int da = depth ? depth[a.t] : 0;
    int idx[READ_CHOICES], n = 0;
    idx[n++] = chosen;
    for (int i = 0; i < m->nalts && n < READ_CHOICES; i++) {
        qcol b = m->alts[i];
        int dup = 0;
        for (int j = 0; j < n; j++)
            dup |= i == idx[j] || (b.t == m->alts[idx[j]].t && b.c == m->alts[idx[j]].c);
        if (dup)
            continue;
        int db = depth ? depth[b.t] : 0;
        if (db != da || db < 0)
            continue;
        idx[n++] = i;
    }
    free(depth);
    if (n < 2)
        return chosen;
    r->nchoices = n;
    for (int j = 0; j < n; j++)
        choice_label(cat, m, idx[j], value, r->choices[j], sizeof r->choices[j]);
    int take = r->force > 0 && r->force < n ? r->force : 0;
    qcol t = m->alts[idx[take]], o = m->alts[idx[take ? 0 : 1]];
    char want[64];
    snprintf(want, sizeof want, value ? " = '%.40s'" : "", m->val[idx[take]]);
    snprintf(r->ambiguous, sizeof r->ambiguous, "read '%.30s' as %s.%s%s; it could also be %s.%s",
             value ? m->val[idx[take]] : cat->tables[t.t].cols[t.c].name, cat->tables[t.t].name,
             cat->tables[t.t].cols[t.c].name, want, cat->tables[o.t].name,
             cat->tables[o.t].cols[o.c].name);
    return idx[take];
}

/* pick one of a column mention's candidates near table `near` */
static qcol pick(const catalog *cat, const mention *m, int near)
{
    int i = ground_nearest(cat, m->alts, m->nalts, near);
    return i >= 0 ? m->alts[i] : (qcol){-1, -1};
}

/* "4-star hotels", "3 bedrooms", "2-door cars": a small whole number right
 * before a word naming an integer column (stars, bedrooms) gives the
 * column's value. */
static int integer_named(const catalog *cat, const toks *tk, const mention *m)
{
    const tok *n = &tk->v[m->start - 1];
    if (!n->isnum || n->used || n->money || n->num < 0 || n->num > 100 || n->num != (double)(int)n->num ||
        m->end - m->start != 1)
        return 0;
    for (int a = 0; a < m->nalts; a++) {
        const cat_table *t = &cat->tables[m->alts[a].t];
        if (t->cols[m->alts[a].c].kind == COL_INT && !ground_is_key(t, m->alts[a].c))
            return 1;
    }
    return 0;
}

static int numeric_alt(const catalog *cat, const mention *m, int near, qcol *out)
{
    qcol best = {-1, -1};
    int bestd = 1 << 30, *depth = NULL, searched = 0;
    for (int i = 0; i < m->nalts; i++) {
        const cat_column *c = &cat->tables[m->alts[i].t].cols[m->alts[i].c];
        if (!ground_is_numeric(c))
            continue;
        if (!searched++)
            depth = joins_depths(cat, near);
        int d = !depth ? 0 : depth[m->alts[i].t];
        if (d < 0)
            d = 1000;
        if (d < bestd) {
            bestd = d;
            best = m->alts[i];
        }
    }
    free(depth);
    *out = best;
    return best.c >= 0;
}

static void set_alias(query *q, const catalog *cat, lex_concept con)
{
    const char *pre = q->agg == AGG_AVG ? "avg_" : q->agg == AGG_MAX ? "max_" :
                      q->agg == AGG_MIN ? "min_" : q->agg == AGG_SUM ? "total_" :
                      q->agg == AGG_MEDIAN ? "median_" : "";
    if (q->agg == AGG_COUNT) {
        snprintf(q->alias, sizeof q->alias, "%s", cat->tables[q->base].name);
        return;
    }
    if (q->agg == AGG_COUNT_DISTINCT && q->m1.c >= 0) {
        /* the rows of a table counted by their key: the table's name */
        if (q->m1.t != q->base && q->m1.c == catalog_primary_key(&cat->tables[q->m1.t]))
            snprintf(q->alias, sizeof q->alias, "%s", cat->tables[q->m1.t].name);
        else
            snprintf(q->alias, sizeof q->alias, "distinct_%s", cat->tables[q->m1.t].cols[q->m1.c].name);
        return;
    }
    if (con == CON_REVENUE) {
        snprintf(q->alias, sizeof q->alias, "%srevenue", q->agg == AGG_SUM ? "" : pre);
        return;
    }
    if (q->m1.c >= 0)
        snprintf(q->alias, sizeof q->alias, "%s%s", pre, cat->tables[q->m1.t].cols[q->m1.c].name);
}

/* Add an equality filter, replacing one on the same column. */
static void add_filter(query *q, qfilter f)
{
    /* a second value of the same column: "Germany or France" */
    for (int i = 0; i < q->nf; i++) {
        qfilter *g = &q->f[i];
        if (f.op == OP_EQ && !f.is_num && (g->op == OP_EQ || g->op == OP_IN) && !g->is_num &&
            g->col.t == f.col.t && g->col.c == f.col.c && !g->having && g->cond == f.cond &&
            g->via == f.via) {
            if (strcmp(g->text, f.text) == 0)
                return;
            for (int k = 0; k < g->nmore; k++)
                if (strcmp(g->more[k], f.text) == 0)
                    return;
            if (g->nmore < 3) {
                memcpy(g->more[g->nmore++], f.text, sizeof f.text);
                g->op = OP_IN;
            }
            return;
        }
    }
    for (int i = 0; i < q->nf; i++)
        if (q->f[i].col.t == f.col.t && q->f[i].col.c == f.col.c && q->f[i].having == f.having &&
            q->f[i].via == f.via && (q->f[i].op == f.op || (q->f[i].op <= OP_NE && f.op <= OP_NE)) &&
            !(f.op == OP_NE && q->f[i].op == OP_NE && !f.is_num && strcmp(q->f[i].text, f.text))) {
            q->f[i] = f;
            return;
        }
    if (q->nf < Q_MAXF)
        q->f[q->nf++] = f;
}

static int date_kind(const cat_column *c);
static int startish(const char *name);


/* Is table mention ti said only as where the rows are ("for Economics
 * courses", "at the Barcelona hotel"): after for/at/in, past articles
 * and values? */
static int where_table(const toks *tk, const mention *m, int nm, int ti)
{
    int b = m[ti].start - 1;
    while (b >= 0) {
        int in_value = 0;
        for (int j = 0; j < nm && !in_value; j++)
            in_value = m[j].kind == MK_VALUE && m[j].start <= b && b < m[j].end;
        if (!in_value && !tok_is(tk, (size_t)b, "the") && !tok_is(tk, (size_t)b, "a") && !tok_is(tk, (size_t)b, "an"))
            break;
        b--;
    }
    return b >= 0 && (tok_is(tk, (size_t)b, "for") || tok_is(tk, (size_t)b, "at") || tok_is(tk, (size_t)b, "in"));
}

/* Is a verb of having ("got a reply", "included children", "with a
 * discount") right before token at, past an article? 1 + its token, or 0. */
static int having_verb_before(toks *tk, int at)
{
    static const char *const have[] = {"got", "get", "gets", "getting", "received", "receive", "receives",
                                       "included", "include", "includes", "including", "with", NULL};
    int b = at - 1;
    while (b >= 0 && (tok_is(tk, (size_t)b, "a") || tok_is(tk, (size_t)b, "an") || tok_is(tk, (size_t)b, "any")))
        b--;
    if (b < 0 || tk->v[b].used || !in(tk->v[b].w, have))
        return 0;
    return b + 1;   /* 1 + the verb's token */
}

static int money_amount(const catalog *cat, int t);

/* Is money table t named only by a verb ("we invoiced", "paid") and never
 * by its noun ("invoices", "payments")? */
static int money_verb_only(const catalog *cat, const toks *tk, const mention *m, int nm, int t)
{
    int verb = 0;
    for (int i = 0; i < nm; i++) {
        if (m[i].kind != MK_TABLE || m[i].t != t)
            continue;
        const char *w = tk->v[m[i].end - 1].w;
        size_t lw = strlen(w);
        if (lw > 4 && !strcmp(w + lw - 2, "ed"))
            verb = 1;
        else
            return 0;
    }
    for (size_t i = 0; i < tk->n && !verb; i++) {
        const char *w = tk->v[i].w;
        size_t lw = strlen(w);
        char st[TOK_LEN];
        if (lw <= 4 || strcmp(w + lw - 2, "ed"))
            continue;
        lex_stem(cat->tables[t].name, st, sizeof st);
        verb = strncasecmp(w, st, lw - 2 < 5 ? lw - 2 : 5) == 0;   /* "invoiced" ~ invoices */
    }
    return verb;
}

/* A table whose rows are sums of money (fines, payments, invoices) and
 * its one amount column, or -1. */
static int money_amount(const catalog *cat, int t)
{
    static const char *const money[] = {"fine", "fee", "payment", "invoice", "charge", "donation",
                                        "expense", "refund", "bill", "deposit", "withdrawal",
                                        "payout", "tip", "salary", "wage", "grant", "sale", NULL};
    const cat_table *rb = &cat->tables[t];
    char tst[TOK_LEN];
    lex_stem(rb->name, tst, sizeof tst);
    for (char *p = tst; *p; p++)
        *p = (char)tolower((unsigned char)*p);
    if (!in(tst, money))
        return -1;
    int amt = -1, namt = 0;
    for (size_t c = 0; c < rb->ncols; c++) {
        char st[TOK_LEN];
        lex_stem(rb->cols[c].name, st, sizeof st);
        for (char *p = st; *p; p++)
            *p = (char)tolower((unsigned char)*p);
        if (ground_is_numeric(&rb->cols[c]) && !ground_is_key(rb, (int)c) &&
            (lex_is_amount_word(st) || !strcmp(st, "cost") || !strcmp(st, "fee") || !strcmp(st, "price"))) {
            amt = (int)c;
            namt++;
        }
    }
    return namt == 1 ? amt : -1;
}

/* Add "column = number"; a second number for the same column ("3-star
 * and 5-star hotels") makes both a list, IN ('3', '5') (the column's type
 * converts the quoted numbers). */
static void add_number_filter(query *q, qfilter f)
{
    for (int i = 0; i < q->nf; i++) {
        qfilter *g = &q->f[i];
        if (g->col.t != f.col.t || g->col.c != f.col.c || g->having || g->cond || !g->is_num ||
            g->op != OP_EQ || g->num == f.num)
            continue;
        g->is_num = 0;
        g->op = OP_IN;
        snprintf(g->text, sizeof g->text, "%g", g->num);
        snprintf(g->more[0], sizeof g->more[0], "%g", f.num);
        g->nmore = 1;
        return;
    }
    for (int i = 0; i < q->nf; i++) {
        qfilter *g = &q->f[i];
        if (g->col.t == f.col.t && g->col.c == f.col.c && g->op == OP_IN && !g->having && !g->cond &&
            g->nmore < 3) {
            snprintf(g->more[g->nmore++], sizeof g->more[0], "%g", f.num);
            return;
        }
    }
    add_filter(q, f);
}

/* Does a word of the column's name start like w ("logged" ~ last_login_at,
 * "paid" ~ paid_at)? Common prefix of 3+ letters covering the shorter word
 * or 4+ letters. */
static int name_word_prefix(const char *name, const char *w, int loose)
{
    const char *p = name;
    size_t lw = strlen(w);
    while (*p) {
        while (*p == '_')
            p++;
        const char *s0 = p;
        while (*p && *p != '_')
            p++;
        size_t ln = (size_t)(p - s0), cp = 0;
        while (cp < ln && cp < lw && tolower((unsigned char)s0[cp]) == w[cp])
            cp++;
        if (ln >= 3 && strcmp(w, "at") && (cp >= 4 || (cp >= 3 && (loose || cp == ln || cp == lw))))
            return 1;
    }
    return 0;
}

/* The column of table t holding a sum of money (amount, total, price,
 * fee...: the revenue concept's names, in their order), or -1. */
static int money_column(const catalog *cat, int t)
{
    const cat_table *tb = &cat->tables[t];
    for (const char *const *w = lex_concept_names(CON_REVENUE); *w; w++)
        for (size_t c = 0; c < tb->ncols; c++)
            if (ground_is_numeric(&tb->cols[c]) && !ground_is_key(tb, (int)c) &&
                name_word_prefix(tb->cols[c].name, *w, 0))
                return (int)c;
    return -1;
}

/* The table whose rows are the events a word of the question names: one
 * with a key into table `base`, not named itself (unless named_ok: a length
 * of time needs the table of its dates), whose date column the words name
 * ("checked out" ~ loans.loaned_on) when no date column of base or of
 * another named table is named. Returns it and sets *col, or -1 (none, or
 * two such tables). */
static int event_table(const catalog *cat, const toks *tk, const mention *m, int nm, int base,
                       qcol *col, int named_ok)
{
    int sc, named;
    for (int i = -1; i < nm; i++) {
        int t = i < 0 ? base : m[i].kind == MK_TABLE ? m[i].t :
                (m[i].kind == MK_COLUMN || m[i].kind == MK_VALUE) && m[i].nalts ? m[i].alts[0].t : -1;
        const cat_column *mc = i >= 0 && m[i].kind == MK_COLUMN && m[i].nalts ?
                               &cat->tables[m[i].alts[0].t].cols[m[i].alts[0].c] : NULL;
        if (mc && (mc->kind == COL_DATE || mc->kind == COL_DATETIME))
            continue;   /* "repaired" ~ repairs.repairedOn: the event's own word */
        int refers = 0;   /* "lent" naming lendings itself, for a length of time */
        for (size_t c = 0; named_ok && t >= 0 && t != base && c < cat->tables[t].ncols; c++)
            refers |= cat->tables[t].cols[c].ref_t == base;
        if (refers)
            continue;
        if (t >= 0 && ground_date_col_named(cat, t, tk, &sc, &named) >= 0 && named >= 8)
            return -1;
    }
    int found = -1;
    for (size_t t = 0; t < cat->ntables; t++) {
        if ((int)t == base)
            continue;
        int refers = 0, mentioned = 0;
        for (size_t c = 0; c < cat->tables[t].ncols; c++)
            refers |= cat->tables[t].cols[c].ref_t == base;
        for (int i = 0; i < nm; i++)
            mentioned |= m[i].kind == MK_TABLE && m[i].t == (int)t;
        if (!refers || (mentioned && !named_ok))
            continue;
        int c = ground_date_col_named(cat, (int)t, tk, &sc, &named);
        if (c < 0 || named < 8)
            continue;
        if (found >= 0)
            return -1;
        found = (int)t;
        *col = (qcol){(int)t, c};
    }
    return found;
}

/* Is every table of the set reached from f along foreign keys only (no
 * one-to-many step)? parent/depth: scratch for the search from f. */
static int reaches_all(const catalog *cat, int f, const int *set, jedge *parent, int *depth)
{
    joins_bfs(cat, f, parent, depth);
    for (size_t u = 0; u < cat->ntables; u++) {
        if (!set[u])
            continue;
        if (depth[u] < 0)
            return 0;
        for (int v = (int)u; v != f; v = parent[v].a)
            if (parent[v].fanout)
                return 0;
    }
    return 1;
}

/* Do the rows of mention i's table hold a key into a table named after
 * it (policies.customer_id for "policies ... customers")? */
static int refers_to_later(const catalog *cat, const mention *m, int nm, int i)
{
    const cat_table *t = &cat->tables[m[i].t];
    for (int j = i + 1; j < nm; j++)
        for (size_t c = 0; m[j].kind == MK_TABLE && c < t->ncols; c++)
            if (t->cols[c].ref_t == m[j].t && m[j].t != m[i].t)
                return 1;
    return 0;
}

/* Is table t read by the query only as a grouping of its rows as
 * entities (dims by key, with labels), not by its measure nor its filters?
 * ("per teacher": the teacher's own dates are not the sections'; "by
 * channel" of orders: a column of the fact's header, its date is theirs) */
static int dim_only(const query *q, int t)
{
    int dim = 0;
    for (int i = 0; i < q->ndims; i++)
        dim |= q->labels[i].c >= 0 && (q->dims[i].t == t || q->labels[i].t == t);
    for (int i = 0; i < q->nf && dim; i++)
        dim = q->f[i].col.t != t;
    return dim && q->m1.t != t && q->base != t;
}

/* Date column for the query. The tables it reads (the base, the measure's,
 * the groupings', the filters') and those joining them form a set; its fact
 * is the table the others hang from (loans for books by branch). A date
 * column the question's event words name ("delivered", "borrowed") wins,
 * the one nearest the fact on a tie; else the fact's own date column, or
 * the nearest one up from it (the event table's date, not a joined
 * entity's opening or birth date). */
static qcol date_col_near(const catalog *cat, const query *q, const toks *tk)
{
    int t = q->base;
    size_t n = cat->ntables;
    jedge *parent = malloc(n * sizeof *parent), *fp = malloc(n * sizeof *fp);
    int *depth = malloc(n * sizeof *depth), *fd = malloc(n * sizeof *fd);
    int *set = calloc(n, sizeof *set);
    qcol res = {-1, -1};
    if (!parent || !fp || !depth || !fd || !set)
        goto done;
    joins_bfs(cat, t, parent, depth);
    int used[2 + 2 * Q_MAXD + Q_MAXF], nu = 0;
    used[nu++] = t;
    if (q->m1.t >= 0 && q->m1.c >= 0)
        used[nu++] = q->m1.t;
    for (int i = 0; i < q->ndims; i++) {
        used[nu++] = q->dims[i].t;
        if (q->labels[i].c >= 0)
            used[nu++] = q->labels[i].t;
    }
    for (int i = 0; i < q->nf; i++)
        if (q->f[i].col.t >= 0 && !q->f[i].having)
            used[nu++] = q->f[i].col.t;
    for (int i = 0; i < nu; i++)
        for (int u = used[i]; u >= 0 && (size_t)u < n && depth[u] >= 0 && !set[u];
             u = depth[u] > 0 ? parent[u].a : -1)
            set[u] = 1;
    set[t] = 1;
    int fact = t;
    if (!reaches_all(cat, t, set, fp, fd))
        for (size_t f = 0; f < n; f++)
            if (set[f] && (int)f != t && reaches_all(cat, (int)f, set, fp, fd)) {
                fact = (int)f;
                break;
            }
    joins_bfs(cat, fact, fp, fd);
    /* a date column named by the question's event words */
    int bestn = 0, bestd = 1 << 30;
    for (size_t u = 0; u < n; u++) {
        if (!set[u])
            continue;
        int sc, named;
        int c = ground_date_col_named(cat, (int)u, tk, &sc, &named);
        int d = fd[u] >= 0 ? fd[u] : 1000;
        if (c >= 0 && named >= 8 && (named > bestn || (named == bestn && d < bestd))) {
            bestn = named;
            bestd = d;
            res = (qcol){(int)u, c};
        }
    }
    /* none: the nearest table of the set up from the fact with a date; a
     * grouped entity's own date (teachers.hireDate for "sections per
     * teacher in 2024") only after a table the fact refers to */
    for (int pass = 0; pass < 3 && res.c < 0; pass++) {
        if (pass == 1) {   /* a table the fact refers to (sections -> terms) */
            /* of two, the one with more rows: order lines are dated by their
             * order (orderedAt), not by the menu item (addedOn) */
            for (int d = 1; d < 4 && res.c < 0; d++) {
                int64_t most = -2;
                for (size_t u = 0; u < n; u++)
                    if (fd[u] == d && !fp[u].fanout && !set[u] && cat->tables[u].rows > most) {
                        int c = ground_date_col(cat, (int)u, tk);
                        if (c >= 0) {
                            res = (qcol){(int)u, c};
                            most = cat->tables[u].rows;
                        }
                    }
            }
            continue;
        }
        for (int d = 0; d < (int)n && res.c < 0; d++) {
            int bests = -1000;
            for (size_t u = 0; u < n; u++) {
                int sc;
                if (!set[u] || fd[u] != d || (pass == 0 && d > 0 && dim_only(q, (int)u)))
                    continue;
                int c = ground_date_col_score(cat, (int)u, tk, &sc);
                if (c >= 0 && sc > bests) {
                    bests = sc;
                    res = (qcol){(int)u, c};
                }
            }
        }
    }
done:
    free(parent);
    free(fp);
    free(depth);
    free(fd);
    free(set);
    return res;
}

static void add_dim(const catalog *cat, query *q, const mention *m, int near)
{
    if (q->ndims >= Q_MAXD)
        return;
    if (m->kind == MK_TABLE) {
        const cat_table *t = &cat->tables[m->t];
        int pk = catalog_primary_key(t);
        int lb = ground_label(t);
        if (pk < 0)
            pk = lb;
        if (pk < 0)
            return;
        q->dims[q->ndims] = (qcol){m->t, pk};
        q->labels[q->ndims] = (qcol){m->t, lb >= 0 ? lb : pk};
        q->ndims++;
    } else if (m->kind == MK_COLUMN) {
        qcol c = pick(cat, m, near);
        const cat_column *col = &cat->tables[c.t].cols[c.c];
        if ((col->kind == COL_DATE || col->kind == COL_DATETIME) && !q->bucket) {
            q->tcol = c;
            q->bucket = BK_DAY;
            return;
        }
        for (int i = 0; i < q->ndims; i++)   /* "grade distribution: ... each letter grade": once */
            if (q->dims[i].t == c.t && q->dims[i].c == c.c)
                return;
        q->dims[q->ndims] = c;
        q->labels[q->ndims] = (qcol){-1, -1};
        q->ndims++;
    }
}


/* "grade distribution", "distribution of ratings": how the values of a
 * column are spread, among the rows that have one (no empty group). */
static void distribution_of_values(const catalog *cat, const toks *tk, const mention *m, int nm, query *q)
{
    for (int i = 0; i < nm; i++) {
        if (m[i].kind != MK_COLUMN || m[i].role != R_DIM ||
            !(tok_is(tk, (size_t)m[i].end, "distribution") ||
              (m[i].start >= 2 && tok_is(tk, (size_t)m[i].start - 1, "of") &&
               tok_is(tk, (size_t)m[i].start - 2, "distribution"))))
            continue;
        qcol c = pick(cat, &m[i], q->base);
        const cat_column *col = &cat->tables[c.t].cols[c.c];
        int dim = 0;
        for (int d = 0; d < q->ndims; d++)
            dim |= q->dims[d].t == c.t && q->dims[d].c == c.c;
        if (!dim || col->notnull || col->pk || q->nf >= Q_MAXF)
            continue;
        qfilter f;
        memset(&f, 0, sizeof f);
        f.col = c;
        f.op = OP_NOTNULL;
        f.pos = -1;
        q->f[q->nf++] = f;
    }
}

static int in_list_w(const char *w, const char *const *l)
{
    for (; *l; l++)
        if (!strcmp(w, *l))
            return 1;
    return 0;
}

/* Is w a whole word of some column's name ("rate" in tax_rate)? */
static int column_word(const catalog *cat, const char *w)
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

/* Words that shape the measure: rates and percentages, durations,
 * comparisons. Marks the cue words used. Returns the duration unit asked
 * for, or DUR_NONE. */
/* "month over month", "year-over-year", "MoM", "YoY", or "growth" with a
 * bucket: the change from one period to the previous; marks the words. */
/* A foreign key's role: its name without the _id / Id suffix ("origin_id"
 * -> "origin") when that is not just the referenced table's name. */
static int fk_role(const catalog *cat, int t, int c, char *out, size_t n)
{
    const cat_column *col = &cat->tables[t].cols[c];
    if (col->ref_t < 0 || col->ref_c < 0 || !col->role_key)
        return 0;   /* role_key: decided once by catalog_finish */
    size_t len = strlen(col->name);
    if (len > 3 && strcasecmp(col->name + len - 3, "_id") == 0)
        len -= 3;
    else if (len > 2 && strcmp(col->name + len - 2, "Id") == 0)
        len -= 2;
    else
        return 0;
    if (len < 3 || len >= n)
        return 0;
    /* lowercase, camelCase words split by '_': originWarehouseId ->
     * "origin_warehouse", as origin_warehouse_id gives */
    size_t o = 0;
    for (size_t i = 0; i < len && o + 2 < n; i++) {
        unsigned char ch = (unsigned char)col->name[i];
        if (i > 0 && isupper(ch) && islower((unsigned char)col->name[i - 1]) && out[o - 1] != '_')
            out[o++] = '_';
        out[o++] = (char)tolower(ch);
    }
    out[o] = '\0';
    const char *rt = cat->tables[col->ref_t].name;
    size_t k = strlen(out) < strlen(rt) ? strlen(out) : strlen(rt);
    if (k >= 3 && strncasecmp(out, rt, k) == 0)
        return 0;   /* customer_id -> customers: no role */
    /* origin_airport_id -> airports: the role is "origin" */
    char stem[64];
    lex_stem(rt, stem, sizeof stem);
    for (char *p = stem; *p; p++)
        *p = (char)tolower((unsigned char)*p);
    char *last = strrchr(out, '_'), lstem[64];
    if (last && last - out >= 3) {
        lex_stem(last + 1, lstem, sizeof lstem);
        size_t ls = strlen(stem);   /* "warehouses" stems to "warehous" */
        if (ls >= 3 && (strcmp(lstem, stem) == 0 ||
                        (strncmp(last + 1, stem, ls) == 0 && strlen(last + 1) <= ls + 2)))
            *last = '\0';
    }
    return 1;
}

/* Does word w name role r ("origins", or "departing" for an origin)? */
static int role_word(const char *w, const char *r)
{
    size_t n = strlen(r);
    if (!strcmp(w, "from") || !strcmp(w, "to"))
        return 0;   /* "from Boston", "to Denver": read with the value (step 6) */
    if ((strncasecmp(w, r, n) == 0 && (strlen(w) <= n + 2 || !strcmp(w + n, "ing"))) ||
        lex_same_root(w, r))
        return 1;   /* "majors", "majoring" for major */
    static const char *const from[] = {"origin", "source", "departure", "from", "start", NULL};
    static const char *const to[] = {"destination", "dest", "target", "arrival", "to", "end", NULL};
    if ((in_list_w(r, from) && in_list_w(w, from)) || (in_list_w(r, to) && in_list_w(w, to)))
        return 1;   /* "destination" names dest_airport_id */
    static const char *const from_w[] = {"departing", "departure", "departures", "departs",
                                         "leaving", "leaves", "outbound", "outgoing", NULL};
    static const char *const to_w[] = {"arriving", "arrival", "arrivals", "arrives", "arrive",
                                       "landing", "inbound", "incoming", NULL};
    if (in_list_w(r, from) && in_list_w(w, from_w))
        return 1;
    if (in_list_w(r, to) && in_list_w(w, to_w))
        return 1;
    /* "supervisor", "team lead", "managed by": who one reports to */
    static const char *const boss[] = {"manager", "supervisor", "boss", "lead", "leader", "superior",
                                       NULL};
    static const char *const boss_w[] = {"managers", "supervisors", "leads", "leaders", "managed",
                                         "supervised", "led", "bosses", NULL};
    if (in_list_w(r, boss) && (in_list_w(w, boss) || in_list_w(w, boss_w)))
        return 1;
    return 0;
}

/* A key of a table into itself whose role is who one answers to
 * (manager_id, supervisorId, reports_to): sets *ft, *fc; 0 when none. */
static int boss_key(const catalog *cat, int *ft, int *fc)
{
    static const char *const boss[] = {"manager", "supervisor", "boss", "lead", "leader",
                                       "head", "report", "reports", NULL};
    for (size_t t = 0; t < cat->ntables; t++)
        for (size_t c = 0; c < cat->tables[t].ncols; c++) {
            char r[64];
            int found = 0;
            if (cat->tables[t].cols[c].ref_t != (int)t || !fk_role(cat, (int)t, (int)c, r, sizeof r))
                continue;
            for (char *w = r, *e; w && !found; w = e ? e + 1 : NULL) {
                if ((e = strchr(w, '_')) != NULL)
                    *e = '\0';
                found = in_list_w(w, boss);
            }
            if (found) {
                *ft = (int)t;
                *fc = (int)c;
                return 1;
            }
        }
    return 0;
}

/* The first word naming a foreign key's role, not part of another mention:
 * sets *ft, *fc and returns its token, or -1. */
static int find_role(const catalog *cat, const toks *tk, const mention *m, int nm, int *ft,
                     int *fc)
{
    /* "report to X", "reports directly to X": a key of a table into itself
     * whose role is who one answers to (manager_id, supervisorId); the
     * role's word is "to", the name follows it */
    for (size_t i = 0; i + 1 < tk->n; i++) {
        static const char *const rep[] = {"report", "reports", "reported", "reporting", NULL};
        if (!in_list_w(tk->v[i].w, rep))
            continue;
        size_t j = i + 1;
        if (tok_is(tk, j, "directly"))
            j++;
        if (tok_is(tk, j, "to") && boss_key(cat, ft, fc))
            return (int)j;
    }
    for (size_t i = 0; i < tk->n; i++) {
        int taken = tk->v[i].isnum, in_value = -1;   /* the table of a value said by it */
        for (int j = 0; j < nm && !taken; j++)
            if (m[j].start <= (int)i && (int)i < m[j].end) {
                if (m[j].kind == MK_VALUE && m[j].nalts == 1 && m[j].end - m[j].start == 1)
                    in_value = m[j].alts[0].t;
                else
                    taken = 1;
            }
        if (taken)
            continue;
        for (size_t t = 0; t < cat->ntables; t++)
            for (size_t c = 0; c < cat->tables[t].ncols; c++) {
                char r[64];
                /* "servers" of staff.role along orders.serverId: the value's
                 * rows are the ones the role's key points at */
                if (in_value >= 0 && (cat->tables[t].cols[c].ref_t != in_value || (int)t == in_value))
                    continue;   /* not a self-reference: "who are the supervisors" is the value */
                if (fk_role(cat, (int)t, (int)c, r, sizeof r) && role_word(tk->v[i].w, r)) {
                    *ft = (int)t;
                    *fc = (int)c;
                    return (int)i;
                }
            }
    }
    return -1;
}

/* Does token i name some foreign key's role ("origin" for
 * originWarehouseId), outside every mention? */
static int role_token(const catalog *cat, const toks *tk, const mention *m, int nm, int i)
{
    if (i < 0 || (size_t)i >= tk->n || tk->v[i].isnum || tk->v[i].used)
        return 0;
    for (int j = 0; j < nm; j++)
        if (m[j].start <= i && i < m[j].end)
            return 0;
    for (size_t t = 0; t < cat->ntables; t++)
        for (size_t c = 0; c < cat->tables[t].ncols; c++) {
            char r[64];
            if (fk_role(cat, (int)t, (int)c, r, sizeof r) && role_word(tk->v[i].w, r))
                return 1;
        }
    return 0;
}

/* "from X", "to Y": the word before token `start` (skipping "the"): 1 a
 * source, 2 a target, 0 neither. */
static int direction_word(const toks *tk, int start)
{
    int j = start - 1;
    if (j >= 0 && tok_is(tk, j, "the"))
        j--;
    if (j < 0)
        return 0;
    if (tok_is(tk, j, "from"))
        return 1;
    if (tok_is(tk, j, "to") || tok_is(tk, j, "into"))
        return 2;
    return 0;
}

/* Does a foreign key's name say it is where something comes from (1:
 * origin_airport_id, sender_id, from_account_id, home_team_id) or where it
 * goes (2: dest_airport_id, recipient_id, toAccountId)? 0: neither or both. */
static int key_direction(const char *name)
{
    static const char *const src[] = {"from", "origin", "orig", "source", "src", "sender",
                                      "sending", "departure", "depart", "departing", "home",
                                      "start", "payer", "outbound", NULL};
    static const char *const dst[] = {"to", "destination", "dest", "dst", "target", "tgt",
                                      "recipient", "receiver", "receiving", "arrival", "arrive",
                                      "arriving", "away", "end", "payee", "inbound", NULL};
    int dir = 0;
    char w[64];
    size_t k = 0;
    for (const char *p = name;; p++) {
        int boundary = !*p || *p == '_' || *p == '-' || (k && isupper((unsigned char)*p));
        if (boundary && k) {
            w[k] = '\0';
            int d = in_list_w(w, src) ? 1 : in_list_w(w, dst) ? 2 : 0;
            if (d && dir && d != dir)
                return 0;
            if (d)
                dir = d;
            k = 0;
        }
        if (!*p)
            break;
        if (*p != '_' && *p != '-' && k < sizeof w - 1)
            w[k++] = (char)tolower((unsigned char)*p);
    }
    return dir;
}

/* The table holding the keys into ref on the join path from base: base
 * itself when it has one, else the table ref is reached from (never across
 * a one-to-many step); -1 when none. */
static int keys_holder(const catalog *cat, int base, int ref)
{
    const cat_table *bt = &cat->tables[base];
    for (size_t c = 0; c < bt->ncols; c++)
        if (bt->cols[c].ref_t == ref && bt->cols[c].ref_c >= 0)
            return base;
    size_t n = cat->ntables;
    jedge *parent = malloc(n * sizeof *parent);
    int *depth = malloc(n * sizeof *depth);
    int t = -1;
    if (parent && depth) {
        joins_bfs(cat, base, parent, depth);
        if (depth[ref] > 0 && !parent[ref].fanout)
            t = parent[ref].a;
    }
    free(parent);
    free(depth);
    return t;
}

/* The key of table t into table ref whose name says direction dir: its
 * column; -1 when t has fewer than two keys into ref (the join is not in
 * doubt; no role to choose); -2 when two or more lead there and not exactly
 * one of them says dir. */
static int directed_key(const catalog *cat, int t, int ref, int dir)
{
    const cat_table *ct = &cat->tables[t];
    int nkeys = 0, found = -1, nfound = 0;
    if (ref == t)
        return -1;
    for (size_t c = 0; c < ct->ncols; c++) {
        if (ct->cols[c].ref_t != ref || ct->cols[c].ref_c < 0)
            continue;
        nkeys++;
        if (key_direction(ct->cols[c].name) == dir) {
            found = (int)c;
            nfound++;
        }
    }
    if (nkeys < 2)
        return -1;
    return nfound == 1 ? found : -2;
}

/* "legs.a_stop_id or legs.b_stop_id": the keys of t into ref, for a refusal */
static void keys_list(const catalog *cat, int t, int ref, char *out, size_t n)
{
    const cat_table *ct = &cat->tables[t];
    size_t len = 0;
    int k = 0;
    out[0] = '\0';
    for (size_t c = 0; c < ct->ncols && len < n; c++)
        if (ct->cols[c].ref_t == ref)
            len += (size_t)snprintf(out + len, n - len, "%s%.30s.%.30s", k++ ? " or " : "", ct->name,
                                    ct->cols[c].name);
}

/* Is stem w the (singular) name of table t ("term" for terms)? */
static int names_table_word(const catalog *cat, int t, const char *w)
{
    char st[TOK_LEN];
    lex_stem(cat->tables[t].name, st, sizeof st);
    return strcasecmp(st, w) == 0;
}

/* "for each term in order", "in term order", "chronologically", "by
 * letter grade in order":
 * the groups of a table with a date of its own (terms.startDate) in the
 * order of that date, as a time series is; marks the words. */
static void chrono_order(const catalog *cat, toks *tk, query *q)
{
    size_t at = tk->n, len = 0;
    for (size_t i = 0; i < tk->n && at == tk->n; i++) {
        if (tk->v[i].used)
            continue;
        if (tok_is(tk, i, "chronologically") || tok_is(tk, i, "chronological")) {
            at = i;
            len = tok_is(tk, i + 1, "order") ? 2 : 1;
            if (i > 0 && tok_is(tk, i - 1, "in")) {
                at--;
                len++;
            }
        } else if (tok_is(tk, i, "in") && tok_is(tk, i + 1, "order") && !tk->v[i + 1].used &&
                   !tok_is(tk, i + 2, "to") && !tok_is(tk, i + 2, "of")) {
            at = i;
            len = 2;
        } else if (tok_is(tk, i, "in") && tok_is(tk, i + 2, "order") && !tk->v[i + 2].used &&
                   q->ndims >= 1 && q->dims[0].t >= 0 &&
                   (names_table_word(cat, q->dims[0].t, tk->v[i + 1].stem) ||
                    tok_is(tk, i + 1, "date") || tok_is(tk, i + 1, "time"))) {
            at = i;   /* "in term order", "in date order" */
            len = 3;
        }
    }
    if (at == tk->n || q->ndims < 1 || q->bucket || q->list || q->limit || q->per_group ||
        q->count_groups || q->dims[0].t < 0)
        return;
    /* rows of a table (terms): by its date; a column's values (letter
     * grades): by the values themselves */
    int c = q->dims[0].c != catalog_primary_key(&cat->tables[q->dims[0].t]) ? q->dims[0].c :
            ground_date_col(cat, q->dims[0].t, tk);
    if (c < 0)
        return;
    q->chrono = c + 1;
    for (size_t k = at; k < at + len && k < tk->n; k++)
        tk->v[k].used = 1;
}

/* The period a word names ("month", "quarter"), or BK_NONE. */
static q_bucket bucket_word(const char *w)
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
static int days_column(const catalog *cat, const toks *t, size_t i, qcol *out)
{
    if (i == 0 || t->v[i - 1].isnum || !tok_is(t, i, "days"))
        return 0;
    for (size_t tb = 0; tb < cat->ntables; tb++) {
        const cat_table *tab = &cat->tables[tb];
        int days = -1, pair = 0;
        for (size_t c = 0; c < tab->ncols; c++) {
            char w[8][TOK_LEN];
            int n = split_name(tab->cols[c].name, w, 8);
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
        char tw[8][TOK_LEN];
        int ntw = split_name(tab->name, tw, 8);
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
    if (i > 0 && !t->v[i - 1].isnum && !catalog_word(cat, t->v[i - 1].stem)) {
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
        if (in_list_w(w, rate_w) && (!column_word(cat, w) || value_before_rate(cat, gx, t, i))) {
            *pct_kind = 1;
            *pct_pos = (int)i;
            t->v[i].used = 1;
        } else if (in_list_w(w, pct_w) && !column_word(cat, w)) {
            if (*pct_kind == 0) {   /* "what share of ..., in percent": the first says where */
                *pct_kind = 2;
                *pct_pos = (int)i;
            }
            t->v[i].used = 1;
        } else if (in_list_w(w, dur_w) && !column_word(cat, w)) {
            if (!dur)
                dur = strcmp(w, "age") ? DUR_DAYS : DUR_YEARS;
            t->v[i].used = 1;
        } else if (!strcmp(w, "time") && !column_word(cat, w) && !(i > 0 && value_pair(cat, t, i - 1)) &&
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
                    !strcmp(w, "weeks")) && !(i > 0 && t->v[i - 1].isnum) && !days_column(cat, t, i, &dc)) {
            dur = w[0] == 'h' ? DUR_HOURS : w[0] == 'm' ? DUR_MINUTES : DUR_DAYS;
            t->v[i].used = 1;
        } else if (in_list_w(w, cmp_w)) {
            *cmp_cue = 1;
        } else if (!strcmp(w, "or")) {
            has_or = 1;
        } else if (in_list_w(w, more_w)) {
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
        if (!t->v[i].used && in_list_w(t->v[i].w, frame_w) && !column_word(cat, t->v[i].w))
            t->v[i].used = 1;
    return dur;
}

static int date_kind(const cat_column *c)
{
    return c->kind == COL_DATE || c->kind == COL_DATETIME;
}

static int startish(const char *name)
{
    static const char *const w[] = {"creat", "start", "issu", "open", "order", "placed",
                                    "schedul", "signup", "signed", "hire", "join", "birth",
                                    "book", "submit", "request", "regist", "enrol", "born",
                                    "admit", "depart", "sent", "began", "begin", NULL};
    for (size_t i = 0; w[i]; i++)
        if (strstr(name, w[i]))
            return 1;
    return 0;
}

/* The date column of table t that stays empty until a row's business is
 * over (ended_at, returned_on, settled_on, termination_date, effective_to):
 * nullable, a name saying an end. Its index; -1
 * none; -2 several. */
static int end_date_col(const catalog *cat, int t)
{
    static const char *const endw[] = {"end", "clos", "return", "settl", "paid", "resolv",
                                       "complet", "finish", "terminat", "cancel", "churn",
                                       "delet", "archiv", "left", "exit", "deliver", "fulfil",
                                       "discharg", "withdr", "revok", NULL};
    const cat_table *ct = &cat->tables[t];
    int found = -1, n = 0;
    for (size_t c = 0; c < ct->ncols; c++) {
        const cat_column *col = &ct->cols[c];
        if (col->notnull || col->pk || !date_kind(col) || startish(col->name))
            continue;
        int endish = 0;
        char w[64];
        size_t k = 0;
        for (const char *p = col->name;; p++) {
            int boundary = !*p || *p == '_' || (k && isupper((unsigned char)*p));
            if (boundary && k) {
                w[k] = '\0';
                for (size_t e = 0; endw[e] && !endish; e++)
                    endish = strncmp(w, endw[e], strlen(endw[e])) == 0;
                endish |= !strcmp(w, "to") || !strcmp(w, "until");
                k = 0;
            }
            if (!*p)
                break;
            if (*p != '_' && k < sizeof w - 1)
                w[k++] = (char)tolower((unsigned char)*p);
        }
        if (endish) {
            found = (int)c;
            n++;
        }
    }
    return n > 1 ? -2 : found;
}

/* The first place w occurs in s, letters compared in any case, or NULL. */
static const char *find_ci(const char *s, const char *w)
{
    for (size_t n = strlen(w); *s; s++)
        if (strncasecmp(s, w, n) == 0)
            return s;
    return NULL;
}

/* Does a date column's name say the row was called off rather than done
 * (cancelled_at, churnedOn, deleted_at, withdrawn_on, revoked)? */
static int abort_end(const char *name)
{
    static const char *const w[] = {"cancel", "churn", "delet", "withdr", "revok", "abandon",
                                     "reject", "void", NULL};
    for (size_t i = 0; w[i]; i++)
        if (find_ci(name, w[i]))
            return 1;
    return 0;
}

/* Two date columns of a table that open and close one span: names alike
 * but for start/end, from/to, begin/end, opened/closed ("start_date" and
 * "end_date", "effective_from" and "effective_to"). Returns 0 and sets
 * them when exactly one such pair, else -1. */
static int span_pair(const cat_table *t, int *start, int *end)
{
    static const char *const pairs[][2] = {{"start", "end"}, {"from", "to"}, {"begin", "end"},
                                           {"open", "close"}, {"in", "out"},
                                           {"arrival", "departure"}, {"admission", "discharge"},
                                           {"pickup", "dropoff"}};
    int found = 0;
    for (size_t a = 0; a < t->ncols; a++)
        for (size_t b = 0; b < t->ncols; b++) {
            if (a == b || !date_kind(&t->cols[a]) || !date_kind(&t->cols[b]))
                continue;
            for (size_t p = 0; p < sizeof pairs / sizeof pairs[0]; p++) {
                const char *na = t->cols[a].name, *nb = t->cols[b].name;
                const char *ia = find_ci(na, pairs[p][0]), *ib = find_ci(nb, pairs[p][1]);
                if (!ia || !ib || ia - na != ib - nb || strncasecmp(na, nb, (size_t)(ia - na)) ||
                    strcasecmp(ia + strlen(pairs[p][0]), ib + strlen(pairs[p][1])))
                    continue;
                if (found++ == 0) {
                    *start = (int)a;
                    *end = (int)b;
                } else if (*start != (int)a || *end != (int)b) {
                    return -1;   /* two spans: not one to choose */
                }
            }
        }
    return found ? 0 : -1;
}

/* The due date column of table t the lateness words compare with (*dc:
 * the one the words name, "promised", else the only one) and the event
 * compared (*ac: the date column the words name nearest the cue, else the
 * one that ends the row's business; -1 when none). Returns 0, or -1 when no
 * single due date column. */
static int due_pair(const catalog *cat, const toks *tk, int t, const duecue *due, int *dc, int *ac)
{
    const cat_table *dt = &cat->tables[t];
    int ndc = 0, apos = 1 << 30, cue = due->tpos >= 0 ? due->tpos : due->pos;
    *dc = *ac = -1;
    for (size_t c = 0; c < dt->ncols; c++) {
        if (!date_kind(&dt->cols[c]) || !due_name(dt->cols[c].name))
            continue;
        if (due->due[0] && name_word_prefix(dt->cols[c].name, due->due, 0)) {
            *dc = (int)c;
            ndc = 1;
            break;
        }
        *dc = (int)c;
        ndc++;
    }
    if (ndc != 1)
        return -1;
    for (size_t c = 0; c < dt->ncols; c++) {
        if (!date_kind(&dt->cols[c]) || (int)c == *dc || due_name(dt->cols[c].name))
            continue;
        int p = ground_event_word_pos(cat, (qcol){t, (int)c}, tk);
        char ts[TOK_LEN];
        lex_stem(dt->name, ts, sizeof ts);
        if (p >= 0 && !strcasecmp(tk->v[p].stem, ts))
            p = -1;   /* "loans" names loaned_on, not the event that is late */
        int d = p < 0 ? -1 : p > cue ? p - cue : cue - p;
        if (d >= 0 && d < apos) {
            apos = d;
            *ac = (int)c;
        }
    }
    return 0;
}

/* The date columns of table `base` the words name ("from pickup to
 * delivery": shippedAt, deliveredAt), the two named first in the
 * question's order (ment), and each column's first naming word
 * (firstpos[c], -1: none; 64 columns at most). With two, *start and *end
 * order them: the words ("from X to Y", "Y after X", "X before Y"), else
 * the names (created, booked, started), else the sample dates (the later
 * event is the end), else the words' order. Returns how many (0-2). */
static int named_dates(const catalog *cat, const toks *tk, int base, int ment[2], int *firstpos,
                       int *start, int *end)
{
    const cat_table *t = &cat->tables[base];
    int nment = 0;
    ment[0] = ment[1] = -1;
    for (size_t c = 0; c < t->ncols && c < 64; c++) {
        firstpos[c] = -1;
        if (date_kind(&t->cols[c]))
            firstpos[c] = ground_event_word_pos(cat, (qcol){base, (int)c}, tk);
        if (firstpos[c] < 0)
            continue;
        if (nment < 2)
            ment[nment++] = (int)c;
        else if (firstpos[c] < firstpos[ment[1]])
            ment[1] = (int)c;
        if (nment == 2 && firstpos[ment[1]] < firstpos[ment[0]]) {
            int x = ment[0];
            ment[0] = ment[1];
            ment[1] = x;
        }
    }
    if (nment == 2 && firstpos[ment[0]] == firstpos[ment[1]])
        nment = 1;   /* one word naming two columns says no pair */
    /* "from booking to repair" in repairs: an end of the span may be the
     * table's own name, right after from/to/between/and */
    for (size_t i = 1; nment == 1 && i < tk->n; i++) {
        size_t j = tok_is(tk, i - 1, "the") && i > 1 ? i - 2 : i - 1;
        if (!tok_is(tk, j, "from") && !tok_is(tk, j, "to") && !tok_is(tk, j, "until") &&
            !tok_is(tk, j, "between") && !tok_is(tk, j, "and"))
            continue;
        for (size_t c = 0; c < t->ncols && c < 64 && nment == 1; c++)
            if ((int)c != ment[0] && date_kind(&t->cols[c]) &&
                ground_event_word_at(cat, (qcol){base, (int)c}, tk, i) && (int)i != firstpos[ment[0]]) {
                firstpos[c] = (int)i;
                ment[nment++] = (int)c;
                if (firstpos[ment[1]] < firstpos[ment[0]]) {
                    int x = ment[0];
                    ment[0] = ment[1];
                    ment[1] = x;
                }
            }
    }
    if (nment < 2)
        return nment;
    int a = ment[0], b = ment[1], pa = firstpos[a], pb = firstpos[b];
    int fa = pa > 0 && (tok_is(tk, (size_t)pa - 1, "from") || tok_is(tk, (size_t)pa - 1, "since") ||
                        (pa > 1 && tok_is(tk, (size_t)pa - 1, "the") && tok_is(tk, (size_t)pa - 2, "from")));
    int tb = pb > 0 && (tok_is(tk, (size_t)pb - 1, "to") || tok_is(tk, (size_t)pb - 1, "until") ||
                        tok_is(tk, (size_t)pb - 1, "till") ||
                        (pb > 1 && tok_is(tk, (size_t)pb - 1, "the") && tok_is(tk, (size_t)pb - 2, "to")));
    int after = 0, before = 0;
    for (int i = pa + 1; i < pb; i++) {
        after |= tok_is(tk, (size_t)i, "after");
        before |= tok_is(tk, (size_t)i, "before");
    }
    int ord = ground_date_order(cat, (qcol){base, a}, (qcol){base, b});
    int sa = startish(t->cols[a].name), sb = startish(t->cols[b].name);
    int first_a = (fa && tb) || (before && !after) ? 1 : after && !before ? 0 :
                  sa && !sb ? 1 : sb && !sa ? 0 : ord ? ord < 0 : 1;
    *start = first_a ? a : b;
    *end = first_a ? b : a;
    return 2;
}

/* A duration between two date columns of the base table (days between
 * ordered and shipped, time to resolve), or from one to a date (tenure as
 * of a day, age). Returns 0 when the query became one. */
static int shape_duration(const catalog *cat, toks *tk, query *q, q_dur unit,
                          time_info *ti, const char *as_of, const kwscan *k, const duecue *due)
{
    /* a duration up to today only for tenure, age, "so far", "ago" */
    int ref_ok = 0;
    for (size_t i = 0; i < tk->n; i++)
        ref_ok |= tok_is(tk, i, "tenure") || tok_is(tk, i, "age") || tok_is(tk, i, "old") ||
                  tok_is(tk, i, "ago") || tok_is(tk, i, "far") || tok_is(tk, i, "today") ||
                  tok_is(tk, i, "now") || (tok_is(tk, i, "as") && tok_is(tk, i + 1, "of"));
    if (q->base < 0 || (q->m1.c >= 0 && !date_kind(&cat->tables[q->m1.t].cols[q->m1.c])))
        return -1;
    const cat_table *t = &cat->tables[q->base];
    int ment[2] = {-1, -1}, firstpos[64];
    int start = -1, end = -1;
    int nment = named_dates(cat, tk, q->base, ment, firstpos, &start, &end);
    int dc, ac;
    if ((due->sign == 1 || due->dur) && due_pair(cat, tk, q->base, due, &dc, &ac) == 0) {
        /* "days overdue", "how many days late": from the due date to the
         * event, else to the date that ends the row's business */
        if (ac < 0) {
            int e = end_date_col(cat, q->base);
            ac = e >= 0 && e != dc ? e : -1;
        }
        if (ac >= 0) {
            nment = 2;
            start = dc;
            end = ac;
        }
    }
    if (nment < 2) {
        int bests = -1, beste = -1, sc_s = -100, sc_e = -100;
        for (size_t c = 0; c < t->ncols; c++) {
            if (!date_kind(&t->cols[c]))
                continue;
            int st = startish(t->cols[c].name);
            int s = (st ? 4 : 0) + (t->cols[c].notnull ? 2 : 0) - (strstr(t->cols[c].name, "birth") ? 3 : 0);
            int e = (st ? -4 : 0) + (t->cols[c].notnull ? 0 : 2) + (strstr(t->cols[c].name, "updat") ? -3 : 0);
            if (s > sc_s) { sc_s = s; bests = (int)c; }
            if (e > sc_e) { sc_e = e; beste = (int)c; }
        }
        if (nment == 1) {
            if (startish(t->cols[ment[0]].name)) {
                start = ment[0];
                end = -1;
            } else {
                end = ment[0];
                start = bests != end ? bests : -1;
                /* the start must come before the end ("days to settle a
                 * claim": filed, not a date usually later) */
                if (start >= 0 && ground_date_order(cat, (qcol){q->base, start}, (qcol){q->base, end}) > 0) {
                    int alt = -1, sc_a = -100;
                    for (size_t c = 0; c < t->ncols; c++) {
                        if (!date_kind(&t->cols[c]) || (int)c == end ||
                            ground_date_order(cat, (qcol){q->base, (int)c}, (qcol){q->base, end}) >= 0)
                            continue;
                        int s = (startish(t->cols[c].name) ? 4 : 0) + (t->cols[c].notnull ? 2 : 0) -
                                (strstr(t->cols[c].name, "birth") ? 3 : 0);
                        if (s > sc_a) { sc_a = s; alt = (int)c; }
                    }
                    start = alt;
                }
            }
        } else if (span_pair(t, &start, &end) < 0) {
            start = bests;
            end = beste != bests ? beste : -1;
        }
    }
    int to_ref = 0;   /* tenure, age: from the start up to a day */
    for (size_t i = 0; i < tk->n; i++)
        to_ref |= tok_is(tk, i, "tenure") || tok_is(tk, i, "age");
    /* unless the one named column is an end: keep that pair */
    if (to_ref && nment < 2 && !(end >= 0 && nment == 1 && !startish(t->cols[end].name)))
        end = -1;
    if (start < 0 || (end < 0 && !(ti->has_range && ti->from[0]) && !(as_of && ref_ok)))
        return -1;   /* no second date, no reference day: the query is left as it was */
    ground_mark_event_words(cat, (qcol){q->base, start}, tk);   /* the words naming the ends */
    if (end >= 0)
        ground_mark_event_words(cat, (qcol){q->base, end}, tk);
    q->dur = unit;
    q->list = 0;
    q->pct = PCT_NONE;
    q->agg = k->max && !k->top ? AGG_MAX : k->min && !k->bottom ? AGG_MIN : k->sum ? AGG_SUM :
             k->median ? AGG_MEDIAN : AGG_AVG;
    if (end < 0) {
        /* from the date to a reference day: "as of December 31, 2024", or today */
        q->m1 = (qcol){q->base, start};
        q->m2 = (qcol){-1, -1};
        if (ti->has_range && ti->from[0]) {
            snprintf(q->dur_ref, sizeof q->dur_ref, "%s", ti->from);
            ti->has_range = 0;
            ti->from[0] = ti->to[0] = '\0';
        } else if (as_of && ref_ok) {
            snprintf(q->dur_ref, sizeof q->dur_ref, "%.10s", as_of);
        } else {
            return -1;
        }
    } else {
        q->m1 = (qcol){q->base, end};
        q->m2 = (qcol){q->base, start};
    }
    return 0;
}

/* Rates ("no-show rate", "what percent of users are admins") put the
 * filters that describe the counted rows into the condition; shares
 * ("share of revenue by region") divide by the total. Returns -1 when the
 * question asks for a percentage the query cannot express. */
static int shape_pct(const toks *tk, query *q, int kind, int pos, int subj_end, int followup)
{
    int grouped = q->ndims > 0 || q->bucket;
    int nc = 0, said_before = 0;
    for (int i = 0; i < q->nf; i++)   /* "approval rate": the condition before the word */
        said_before |= kind == 1 && !q->f[i].having && q->f[i].pos >= 0 && q->f[i].pos < pos &&
                       q->f[i].pos >= pos - 3;
    for (int i = 0; i < q->nf; i++) {
        qfilter *f = &q->f[i];
        if (f->having || f->pos < 0)
            continue;
        int c = 0;
        if (kind == 1)   /* "... of vacation requests" after it: the rows rated */
            c = (f->pos < pos && f->pos >= pos - 3) ||
                (f->pos > pos && f->pos <= pos + 3 && !(said_before && subj_end >= 0 && f->pos < subj_end) &&
                 /* "cancellation rate for Hotel Aurora": the rows rated, not the condition */
                 !(said_before && f->pos > 0 &&
                   (tok_is(tk, (size_t)f->pos - 1, "for") || tok_is(tk, (size_t)f->pos - 1, "at") ||
                    tok_is(tk, (size_t)f->pos - 1, "in") || tok_is(tk, (size_t)f->pos - 1, "on") ||
                    tok_is(tk, (size_t)f->pos - 1, "among") || tok_is(tk, (size_t)f->pos - 1, "from") ||
                    tok_is(tk, (size_t)f->pos - 1, "through") || tok_is(tk, (size_t)f->pos - 1, "via"))));
        else if (subj_end >= 0)
            c = f->pos >= subj_end;
        else if (!grouped)
            c = f->pos > pos;
        f->cond = c;
        nc += c;
    }
    if (q->dur || (q->m1.c >= 0 && q->agg != AGG_SUM && q->agg != AGG_COUNT_DISTINCT && nc == 0))
        return -1;
    if (nc && kind == 2 && q->measure)
        return -1;   /* a semantic measure's part: its SQL cannot be split by rows */
    if (nc && kind == 2 && q->m1.c >= 0 && q->agg == AGG_SUM) {
        /* "what percentage of its revenue came from OTA bookings": the
         * sum's part over the rows meeting the condition */
        q->pct = PCT_RATE;
        snprintf(q->alias, sizeof q->alias, "share_pct");
    } else if (nc) {
        q->pct = PCT_RATE;
        q->m1 = q->m2 = (qcol){-1, -1};
        snprintf(q->alias, sizeof q->alias, "%s", kind == 1 ? "rate_pct" : "pct");
    } else if (kind == 2 && (grouped || followup)) {
        q->pct = PCT_SHARE;
        snprintf(q->alias, sizeof q->alias, "share_pct");
    } else {
        return -1;
    }
    q->list = 0;
    q->count_groups = 0;
    if (q->agg == AGG_NONE)
        q->agg = q->m1.c >= 0 ? AGG_SUM : AGG_COUNT;
    return 0;
}

/* "Do OTA bookings get cancelled more often ...? Show the cancellation
 * rate": the verb that says what the rate counts (cancelled_at is set) is
 * the rate's condition (status = 'cancelled') again, not a filter on the
 * rows rated; an emptiness filter on a column named like a condition's
 * value is dropped. */
static void drop_rate_echo(const catalog *cat, query *q)
{
    if (q->pct != PCT_RATE)
        return;
    for (int i = 0; i < q->nf; i++) {
        const qfilter *f = &q->f[i];
        if (f->cond || f->having || (f->op != OP_NOTNULL && f->op != OP_NULL) || f->col.t < 0)
            continue;
        const char *name = cat->tables[f->col.t].cols[f->col.c].name;
        int echo = 0;
        for (int j = 0; j < q->nf && !echo; j++) {
            const qfilter *g = &q->f[j];
            echo = g->cond && !g->is_num && g->op == OP_EQ && g->col.t == f->col.t && strlen(g->text) >= 5 &&
                   strncasecmp(name, g->text, 5) == 0;
        }
        if (echo) {
            memmove(&q->f[i], &q->f[i + 1], (size_t)(q->nf - i - 1) * sizeof q->f[0]);
            q->nf--;
            i--;
        }
    }
}

static int qcol_in(qcol c, const mention *m);

/* Was mention mi taken as the measure though no sum or average was asked,
 * where its words make it a condition ("bookings that included children",
 * "reviews with the score blank")? */
static int condition_not_measure(const query *q, const kwscan *k, const mention *mi)
{
    return mi->role == R_MEASURE && !k->sum && !k->avg && qcol_in(q->m1, mi) && q->m2.c < 0;
}

static int qcol_in(qcol c, const mention *m)
{
    if (c.t < 0)
        return 0;
    if (m->kind == MK_TABLE)
        return c.t == m->t;
    for (int i = 0; i < m->nalts; i++)
        if (m->alts[i].t == c.t && (m->alts[i].c == c.c || m->kind == MK_VALUE))
            return 1;
    return 0;
}

/* Do the names in a question fit the previous question's table (every
 * column or value named is reachable from it)? */
static int mentions_near(const catalog *cat, const mention *m, int nm, int base)
{
    size_t n = cat->ntables;
    jedge *parent = malloc(n * sizeof *parent);
    int *depth = malloc(n * sizeof *depth);
    int fits = 1;
    if (!parent || !depth) {
        free(parent);
        free(depth);
        return 1;
    }
    joins_bfs(cat, base, parent, depth);
    for (int i = 0; i < nm && fits; i++) {
        if (m[i].kind != MK_COLUMN && m[i].kind != MK_VALUE)
            continue;
        int any = 0;
        for (int a = 0; a < m[i].nalts && !any; a++) {
            /* the base row's own or its parents' columns */
            int t = m[i].alts[a].t, up = depth[t] >= 0;
            while (up && t != base) {
                if (parent[t].fanout)
                    up = 0;
                t = parent[t].a;
            }
            any = up;
        }
        fits = any;
    }
    free(parent);
    free(depth);
    return fits;
}

/* Does the query use what the mention named? */
static int mention_used(const catalog *cat, const toks *tk, const query *q, const mention *m)
{
    if (m->kind == MK_CONCEPT)
        return q->m1.c >= 0 || q->nf > 0;
    if (m->kind == MK_TABLE && q->base == m->t)
        return 1;
    /* "mystery titles", "the names of ...": the base table's label column
     * named in the plural stands for its rows */
    if (m->kind == MK_COLUMN && m->end - m->start == 1 && q->base >= 0 &&
        strcmp(tk->v[m->start].w, tk->v[m->start].stem) != 0 && (q->list || q->agg == AGG_COUNT))
        for (int i = 0; i < m->nalts; i++)
            if (m->alts[i].t == q->base && m->alts[i].c == ground_label(&cat->tables[q->base]))
                return 1;
    if (qcol_in(q->m1, m) || qcol_in(q->m2, m) || qcol_in(q->tcol, m))
        return 1;
    for (int i = 0; i < q->ndims; i++)
        if (qcol_in(q->dims[i], m) || qcol_in(q->labels[i], m))
            return 1;
    for (int i = 0; i < q->nf; i++)
        if (qcol_in(q->f[i].col, m) || (q->f[i].sub == m->t && m->kind == MK_TABLE &&
                                         q->f[i].op >= OP_EXISTS) ||
            (m->kind == MK_TABLE && q->f[i].op == OP_NULL && q->f[i].col.t >= 0 &&
             cat->tables[q->f[i].col.t].cols[q->f[i].col.c].ref_t == m->t))
            return 1;
    return 0;
}

/* "how many sick days", "number of business days": the count asks for
 * the sum of the numeric column it names (the measure, mention mi), when
 * only stop words and values stand between */
static int count_of_column(const toks *tk, const kwscan *k, const mention *m, int nm, int mi)
{
    if (mi < 0 || m[mi].kind != MK_COLUMN)
        return 0;
    for (int j = m[mi].start - 1; j >= 0; j--) {
        if (k->kw[j] == KW_COUNT)
            return 1;
        int value = 0;   /* "how many parental leave days": values and the column's table */
        for (int x = 0; x < nm && !value; x++)
            value = (m[x].kind == MK_VALUE || (m[x].kind == MK_TABLE && m[x].t == m[mi].alts[0].t)) &&
                    m[x].start <= j && j < m[x].end;
        static const char *const verb[] = {"have", "has", "had", "are", "is", "were", "was", "do",
                                           "does", "did", NULL};
        if ((!value && !lex_is_stop(tk->v[j].w)) || in(tk->v[j].w, verb))
            return 0;   /* "how many vans have seats": a count of vans */
    }
    return 0;
}

/* Is table `to` reached from `from` along foreign keys only, never from
 * a referenced table to a referencing one (prescriptions up to their
 * appointments, not books down to their loans)? */
static int up_path(const catalog *cat, int from, int to)
{
    size_t n = cat->ntables;
    jedge *parent = malloc(n * sizeof *parent);
    int *depth = malloc(n * sizeof *depth), up = 0;
    if (parent && depth) {
        joins_bfs(cat, from, parent, depth);
        up = depth[to] > 0;
        for (int v = to; up && v != from; v = parent[v].a)
            up = !parent[v].fanout;
    }
    free(parent);
    free(depth);
    return up;
}

/* "for terms that started in 2024", "during 2022 terms": a table named
 * next to the range (up to three words before it, or right after its
 * year), above the base (each base row has one), with a date of its own:
 * that date, chosen by the event words ("started": startDate); else none. */
static qcol range_noun_col(const catalog *cat, const toks *tk, const mention *m, int nm,
                           const query *q, int first)
{
    qcol res = {-1, -1};
    if (first < 0)
        return res;
    for (int i = 0; i < nm && res.c < 0; i++) {
        if (m[i].kind != MK_TABLE || m[i].t == q->base)
            continue;
        int before = m[i].end <= first && first - m[i].end <= 3, clause = 0;
        int after = m[i].start > first && m[i].start <= first + 2;
        int c = ground_date_col(cat, m[i].t, tk);
        if (c < 0)
            continue;
        /* "that started", "which began", "hired": a clause saying the
         * table's own event, no other mention in it */
        for (int k = m[i].end; before && k < first; k++) {
            for (int j = 0; j < nm; j++)
                before &= !(m[j].start <= k && k < m[j].end);
            clause |= tok_is(tk, (size_t)k, "that") || tok_is(tk, (size_t)k, "which") ||
                      tok_is(tk, (size_t)k, "who") ||
                      ground_event_word_at(cat, (qcol){m[i].t, c}, tk, (size_t)k);
        }
        for (int k = first; after && k < m[i].start; k++)  /* "2022 terms": the year's words */
            after = tk->v[k].used && !tok_is(tk, (size_t)k, "by") && !tok_is(tk, (size_t)k, "per");
        if (((before && clause) || after) && up_path(cat, q->base, m[i].t))
            res = (qcol){m[i].t, c};
    }
    return res;
}

/* Is join step e along a key named for a role (the key is in e.a unless
 * the step goes from the referenced table to the referencing one)? */
static int role_step(const catalog *cat, const jedge *e)
{
    return e->fanout ? cat->tables[e->b].cols[e->bc].role_key : cat->tables[e->a].cols[e->ac].role_key;
}

/* A table the query reads, joined along keys named for their tables
 * (enrollments -> sections -> courses.departmentId -> departments) where a
 * key named for a role reaches it in fewer steps (students.majorId): no
 * word said the role, so the plain path is taken and the note says so.
 * Two roles reaching it as soon (students.advisorId, sections.instructorId):
 * the one from a table the question names or reads is taken (the role's
 * join, query.h role_fk); else the reading cannot tell and declines. */
static void role_paths(const catalog *cat, query *q, reading *r, const mention *m, int nm)
{
    size_t n = cat->ntables;
    int used[3 + 2 * Q_MAXD + Q_MAXF], nu = 0;
    if (r->ambiguous[0] || q->role_fk)
        return;
    used[nu++] = q->m1.c >= 0 ? q->m1.t : -1;
    for (int i = 0; i < q->ndims; i++) {
        used[nu++] = q->dims[i].t;
        used[nu++] = q->labels[i].c >= 0 ? q->labels[i].t : -1;
    }
    for (int i = 0; i < q->nf; i++)
        used[nu++] = q->f[i].col.t;
    int other = 0;   /* a role's key into a table the query reads, besides the base */
    for (size_t t = 0; t < n && !other; t++)
        for (size_t c = 0; c < cat->tables[t].ncols && !other; c++) {
            int x = cat->tables[t].cols[c].ref_t;
            for (int i = 0; i < nu && cat->tables[t].cols[c].role_key && x >= 0 && x != q->base; i++)
                other |= used[i] == x;
        }
    if (!other)
        return;
    jedge *parent = malloc(n * sizeof *parent);
    int *depth = malloc(n * sizeof *depth), far = 0;
    if (parent && depth)
        joins_bfs(cat, q->base, parent, depth);
    for (int i = 0; parent && depth && i < nu; i++)
        if (used[i] >= 0 && depth[used[i]] > far)
            far = depth[used[i]];
    int done = 0;
    for (size_t t = 0; parent && depth && t < n && !done; t++) {
        if (depth[t] < 0 || depth[t] + 1 > far)
            continue;   /* no key of t reaches a table the query reads in as few steps */
        for (size_t c = 0; c < cat->tables[t].ncols && !done; c++) {
            const cat_column *k = &cat->tables[t].cols[c];
            int x = k->ref_t, is_used = 0, tie = 0;
            if (!k->role_key || x < 0 || x == (int)t || x == q->base || depth[x] < depth[t] + 1)
                continue;   /* the path taken is shorter */
            if (depth[x] == depth[t] + 1) {
                tie = role_step(cat, &parent[x]) && parent[x].a != (int)t;
                if (!tie)
                    continue;   /* as short and along no other role */
            }
            for (int i = 0; i < nu; i++)
                is_used |= used[i] == x;
            for (int u = (int)t; is_used && depth[u] > 0; u = parent[u].a)
                is_used = u != x;   /* not reached through x itself */
            if (!is_used)
                continue;
            done = 1;
            /* the key of the step into x: in the referencing table */
            const jedge *e = &parent[x];
            const cat_table *kt = &cat->tables[e->fanout ? e->b : e->a];
            const char *kn = kt->cols[e->fanout ? e->bc : e->ac].name;
            int said = 0;   /* t named by the question or read by the query */
            for (int i = 0; i < nm; i++)
                said |= m[i].kind == MK_TABLE && m[i].t == (int)t;
            for (int i = 0; i < nu; i++)
                said |= used[i] == (int)t;
            for (int u = x; tie && depth[u] > 0; u = parent[u].a)
                said &= parent[u].a != (int)t;   /* the path taken passes through t: it is t's */
            if (tie && said) {
                q->role_t = (int)t;
                q->role_fk = (int)c + 1;
            } else if (tie) {
                r->unplaced++;
                snprintf(r->why, sizeof r->why, "whether %.20s is joined along %.20s.%.20s or %.20s.%.20s",
                         cat->tables[x].name, kt->name, kn, cat->tables[t].name, k->name);
            } else {
                snprintf(r->ambiguous, sizeof r->ambiguous,
                         "joined %.20s along %.20s.%.20s; %.20s.%.20s also leads there",
                         cat->tables[x].name, kt->name, kn, cat->tables[t].name, k->name);
            }
        }
    }
    free(parent);
    free(depth);
}

/* Does table t join the query's tables (the repairs between vehicles and
 * the garage they are grouped by): on the path from the base to a table
 * the query reads? */
static int on_join_path(const catalog *cat, const query *q, int t)
{
    size_t n = cat->ntables;
    jedge *parent = malloc(n * sizeof *parent);
    int *depth = malloc(n * sizeof *depth), on = 0;
    if (parent && depth) {
        joins_bfs(cat, q->base, parent, depth);
        int used[2 * Q_MAXD + Q_MAXF + 1], nu = 0;
        for (int i = 0; i < q->ndims; i++) {
            used[nu++] = q->dims[i].t;
            if (q->labels[i].c >= 0)
                used[nu++] = q->labels[i].t;
        }
        for (int i = 0; i < q->nf; i++)
            if (q->f[i].col.t >= 0)
                used[nu++] = q->f[i].col.t;
        if (q->m1.c >= 0)
            used[nu++] = q->m1.t;
        for (int i = 0; i < nu && !on; i++)
            for (int v = used[i]; v >= 0 && (size_t)v < n && depth[v] > 0 && !on; v = parent[v].a)
                on = parent[v].a == t;
    }
    free(parent);
    free(depth);
    return on;
}

/* "which clinic opened most recently", "when did the first customer
 * join": a superlative of time ranks rows by their date. */
static void shape_when(const catalog *cat, const toks *tk, query *q, const kwscan *k)
{
    static const char *const late[] = {"latest", "newest", "recent", "recently", NULL};
    static const char *const early[] = {"earliest", "oldest", "first", NULL};
    int dir = 0;
    for (size_t i = 0; i < tk->n; i++)
        if (in_list_w(tk->v[i].w, late))
            dir = 1;
        else if (in_list_w(tk->v[i].w, early))
            dir = -1;
    if (!dir || q->m1.c >= 0 || q->ndims || q->bucket || q->pct || q->dur || q->count_groups)
        return;
    int sc;
    int c = ground_date_col_score(cat, q->base, tk, &sc);
    if (c < 0)
        return;
    q->m1 = (qcol){q->base, c};
    q->m2 = (qcol){-1, -1};
    const char *cn = cat->tables[q->base].cols[c].name;
    if (tok_is(tk, 0, "when")) {
        q->agg = dir > 0 ? AGG_MAX : AGG_MIN;
        q->list = 0;
        q->limit = 0;
        snprintf(q->alias, sizeof q->alias, "%s_%.20s", dir > 0 ? "last" : "first", cn);
        return;
    }
    q->list = 1;
    q->agg = AGG_NONE;
    q->asc = dir < 0;
    q->limit = k->limit ? k->limit : 1;
    int lb = ground_label(&cat->tables[q->base]);
    char st[TOK_LEN];
    lex_stem(cat->tables[q->base].name, st, sizeof st);
    if (lb < 0 || lb == catalog_primary_key(&cat->tables[q->base]) ||
        cat->tables[q->base].cols[lb].kind != COL_TEXT) {
        /* "the latest salary": rows with no name show the value the
         * table is named after (annual_salary of salaries) */
        int own = own_measure(cat, q->base, st);
        if (own >= 0)
            lb = own;
    }
    if (lb >= 0 && lb != c) {
        q->dims[0] = q->labels[0] = (qcol){q->base, lb};
        q->ndims = 1;
    }
    snprintf(q->alias, sizeof q->alias, "%.31s", cn);
}

/* "United States versus Germany", "2023 vs 2024": one row per compared
 * value. */
static void shape_compare(const catalog *cat, query *q, const time_info *ti, const kwscan *k)
{
    (void)cat;
    int done = 0;
    for (int i = 0; i < q->nf && !done; i++) {
        const qfilter *f = &q->f[i];
        if (f->op != OP_IN || f->cond || f->having)
            continue;
        int have = 0;
        for (int d = 0; d < q->ndims; d++)
            if (q->dims[d].t == f->col.t && q->dims[d].c == f->col.c)
                have = 1;
        if (!have && q->ndims < Q_MAXD) {
            q->dims[q->ndims] = f->col;
            q->labels[q->ndims] = (qcol){-1, -1};
            q->ndims++;
        }
        done = 1;
    }
    if (!done && ti->npoints >= 2 && !q->bucket && ti->grain) {
        q->bucket = ti->grain;
        done = 1;
    }
    if (!done)
        return;
    if (!k->limit)
        q->limit = 0;
    if (q->list) {
        q->list = 0;
        if (q->agg == AGG_NONE)
            q->agg = q->m1.c >= 0 ? AGG_SUM : AGG_COUNT;
        if (q->agg == AGG_COUNT)
            q->m1 = q->m2 = (qcol){-1, -1};
    }
}

/* "average rating by delivery partner": rows with no partner are no
 * group of partners; a grouping by an optional column of the row leaves
 * them out (unless the question tests that column itself). */
static void drop_empty_groups(const catalog *cat, query *q)
{
    for (int d = 0; d < q->ndims; d++) {
        qcol g = q->dims[d];
        if (g.t < 0 || g.c < 0 || q->labels[d].c >= 0)
            continue;   /* an entity by its key, joined: no empty group */
        const cat_table *t = &cat->tables[g.t];
        const cat_column *c = &t->cols[g.c];
        if (c->notnull || c->pk || ground_is_key(t, g.c) || date_kind(c))
            continue;
        int seen = 0;
        for (int i = 0; i < q->nf; i++)
            seen |= q->f[i].col.t == g.t && q->f[i].col.c == g.c;
        if (seen || q->nf >= Q_MAXF)
            continue;
        qfilter f;
        memset(&f, 0, sizeof f);
        f.col = g;
        f.op = OP_NOTNULL;
        f.pos = -1;
        add_filter(q, f);
    }
}

/* Add a word to the ones the reading could not place, for the hint. */
static void note_unknown(reading *r, const char *w)
{
    if (strstr(r->unknown, w) || strlen(r->unknown) + strlen(w) + 2 >= sizeof r->unknown)
        return;
    if (r->unknown[0])
        strcat(r->unknown, " ");
    strcat(r->unknown, w);
}

/* Does the query exclude something: a value excluded, a column empty, no
 * related rows, a number that is zero? */
static int has_negative_filter(const query *q)
{
    for (int i = 0; i < q->nf; i++) {
        const qfilter *f = &q->f[i];
        if (f->op == OP_NE || f->op == OP_NULL || f->op == OP_NOTEXISTS ||
            (f->is_num && f->num == 0 && (f->op == OP_EQ || f->op == OP_LE || f->op == OP_LT)))
            return 1;
    }
    return 0;
}

/* "How many guests have never completed a stay", "students without a
 * major": a negation the reading turned into nothing would answer the
 * opposite question; it is a word the reading could not place. */
static void check_negations(const toks *tk, const kwscan *k, const query *q, reading *r)
{
    /* "customers who never finished an order": a state of the rows that
     * must not exist (orders finished) cannot be a filter on rows joined */
    for (int i = 0; i < q->nf; i++)
        for (int j = 0; q->f[i].op == OP_NOTEXISTS && j < q->nf; j++)
            if (j != i && !q->f[j].having && q->f[j].col.t == q->f[i].sub && q->f[i].sub != q->base) {
                r->unplaced++;
                if (q->f[j].pos >= 0 && q->f[j].pos < (int)tk->n)
                    note_unknown(r, tk->v[q->f[j].pos].w);
                return;
            }
    if (!k->nnull || has_negative_filter(q))
        return;
    for (int j = 0; j < k->nnull; j++) {
        int p = k->nullpos[j];
        /* "not only", "no more than": not a negation of a thing */
        if (p + 1 < (int)tk->n && k->kw[p + 1] && k->kw[p + 1] != KW_NEVER)
            continue;
        r->unplaced++;
        note_unknown(r, tk->v[p].w);
        return;
    }
}

int reader_read(const catalog *cat, const ground_index *gx, const char *question,
                const char *as_of, const query *prev, reading *r)
{
    return reader_read_choice(cat, gx, question, as_of, prev, 0, r);
}

int reader_read_choice(const catalog *cat, const ground_index *gx, const char *question,
                       const char *as_of, const query *prev, int choice, reading *r)
{
    toks tk;
    kwscan k;
    time_info ti;
    mention m[M_MAX];
    memset(r, 0, sizeof *r);
    r->force = choice;
    query *q = &r->q;
    q->base = -1;
    q->m1 = q->m2 = q->tcol = (qcol){-1, -1};

    tok_split(question, &tk);
    time_drop_weekdays(&tk);
    r->followup_cue = is_following_cue(&tk);
    mark_idioms(cat, &tk);
    r->sort = scan_sort(&tk);
    duecue due;
    scan_due(cat, &tk, &due);
    q_op age_op = OP_EQ;
    double age_n = 0;
    int age_pos = scan_age(&tk, &age_op, &age_n);
    int pct_kind = 0, pct_pos = -1, cmp_cue = 0;
    q_bucket growth = growth_cue(&tk);
    q_dur dur_unit = scan_cues(cat, gx, &tk, &pct_kind, &pct_pos, &cmp_cue);
    int dur_th = -1;   /* a threshold on an average length of time between two dates */
    int dur_cue_strong = 0;   /* asked for time between events, not a unit */
    for (size_t i = 0; i < tk.n; i++)
        dur_cue_strong |= tok_is(&tk, i, "lifetime") || tok_is(&tk, i, "tenure") ||
                          (tok_is(&tk, i, "time") && tk.v[i].used) ||
                          (tok_is(&tk, i, "long") && tk.v[i].used) ||
                          ((tok_is(&tk, i, "days") || tok_is(&tk, i, "hours")) &&
                           (tok_is(&tk, i + 1, "between") || tok_is(&tk, i + 1, "after") ||
                            tok_is(&tk, i + 1, "from") || tok_is(&tk, i + 1, "until")));
    int pct_cue = pct_kind != 0;
    /* "as of December 31, 2024": the question's own reference date, for its
     * relative dates and lengths of time; it is not a range */
    char qas_of[11] = "";
    for (size_t i = 0; i + 2 < tk.n && !qas_of[0]; i++) {
        if (!tok_is(&tk, i, "as") || !tok_is(&tk, i + 1, "of") || tk.v[i].used || tk.v[i + 2].used)
            continue;
        toks *sub = malloc(sizeof *sub);
        time_info st;
        if (!sub)
            break;
        sub->n = 0;
        for (size_t j = i + 2; j < tk.n && sub->n < 4; j++)
            sub->v[sub->n++] = tk.v[j];
        time_parse(sub, as_of, &st);
        int y, mo, d;
        char next[11] = "";
        if (st.has_range && st.first_tok == 0 && sscanf(st.from, "%4d-%2d-%2d", &y, &mo, &d) == 3)
            time_fmt(next, y, mo, d + 1);
        if (next[0] && !strcmp(next, st.to) && !st.bucket) {   /* one day */
            snprintf(qas_of, sizeof qas_of, "%s", st.from);
            tk.v[i].used = tk.v[i + 1].used = 1;
            for (size_t j = 0; j < sub->n; j++)
                if (sub->v[j].used)
                    tk.v[i + 2 + j].used = 1;
        }
        free(sub);
    }
    if (qas_of[0])
        as_of = qas_of;
    /* "minimum salary", "first name", "sick days": names the keywords and
     * the time words would take */
    mention pre[8];
    int npre = keyword_names(cat, &tk, pre, 8);
    npre += total_column(cat, &tk, pre + npre, 8 - npre);
    /* "$150,000 a year", "20 an hour": the number's rate, not a grouping */
    for (size_t i = 0; i + 2 < tk.n; i++)
        if (tk.v[i].isnum && (tok_is(&tk, i + 1, "a") || tok_is(&tk, i + 1, "an")) &&
            (tok_is(&tk, i + 2, "year") || tok_is(&tk, i + 2, "month") || tok_is(&tk, i + 2, "week") ||
             tok_is(&tk, i + 2, "day") || tok_is(&tk, i + 2, "hour")) && !tk.v[i + 2].used)
            tk.v[i + 1].used = tk.v[i + 2].used = 1;
    /* "annual payroll", "total annual budget": where numeric columns are
     * named annual_salary, annual_budget, the adjective before a noun says
     * what is measured, not a grouping by year */
    for (size_t i = 0; i + 1 < tk.n; i++) {
        if (!(tok_is(&tk, i, "annual") || tok_is(&tk, i, "yearly")) || tk.v[i].used ||
            tk.v[i + 1].used || tk.v[i + 1].isnum || lex_is_stop(tk.v[i + 1].w) ||
            tok_is(&tk, i + 1, "basis") || !column_word(cat, tk.v[i].w))
            continue;
        int whole = 0;   /* "annual salary" ~ annual_salary: the name reads it */
        for (size_t tb = 0; tb < cat->ntables && !whole; tb++)
            for (size_t c = 0; c < cat->tables[tb].ncols && !whole; c++) {
                char w[8][TOK_LEN];
                whole = split_name(cat->tables[tb].cols[c].name, w, 8) == 2 && !strcmp(w[0], tk.v[i].w) &&
                        !strcmp(w[1], tk.v[i + 1].stem);
            }
        if (!whole)
            tk.v[i].used = 1;
    }
    /* "tenure in years", "age in months": the unit of a length of time,
     * not a grouping */
    for (size_t i = 0; dur_unit && i + 1 < tk.n; i++)
        if (tok_is(&tk, i, "in") && !tk.v[i + 1].used &&
            (tok_is(&tk, i + 1, "years") || tok_is(&tk, i + 1, "months") || tok_is(&tk, i + 1, "weeks"))) {
            tk.v[i].used = tk.v[i + 1].used = 1;
            if (tok_is(&tk, i + 1, "years"))
                dur_unit = DUR_YEARS;
            else
                r->unplaced++;   /* no such unit: say so rather than give days */
        }
    /* "400 euros": the amount's currency, where the schema's comments say
     * amounts are in it */
    for (size_t i = 0; i + 1 < tk.n; i++)
        if (tk.v[i].isnum && !tk.v[i].used && !tk.v[i + 1].used && ground_currency_word(gx, tk.v[i + 1].w)) {
            tk.v[i].money = 1;
            tk.v[i + 1].used = 1;
        } else if (tk.v[i + 1].isnum && !tk.v[i].used && !tk.v[i + 1].used &&
                   strlen(tk.v[i].w) == 3 && ground_currency_word(gx, tk.v[i].w)) {
            /* "over USD 1,000": the code before its number goes after it, so
             * the comparative meets the number */
            tok code = tk.v[i];
            tk.v[i] = tk.v[i + 1];
            tk.v[i].money = 1;
            tk.v[i + 1] = code;
            tk.v[i + 1].used = 1;
        }
    mention numv[4];
    int nnumv = ground_numbered_values(cat, gx, &tk, numv, 4);
    time_parse(&tk, as_of, &ti);
    /* "annual plan members" where 'annual' is a plan: a value, not "by year" */
    if (ti.bucket && ti.bucket_tok >= 0 && !tok_is(&tk, (size_t)ti.bucket_tok, "year") &&
        bucket_word(tk.v[ti.bucket_tok].w) == BK_NONE) {
        tk.v[ti.bucket_tok].used = 0;
        if (ground_value_words(cat, gx, &tk, (size_t)ti.bucket_tok, 1) >= 3 &&
            !names_table_at(cat, &tk, (size_t)ti.bucket_tok + 1)) {   /* "monthly trips": by month */
            ti.bucket = BK_NONE;   /* "monthly members by year": the other word's */
            for (size_t j = 0; j < tk.n && !ti.bucket; j++)
                if ((int)j != ti.bucket_tok && tk.v[j].used && time_unit_of(tk.v[j].w) &&
                    !tk.v[j - (j > 0)].isnum)
                    ti.bucket = (q_bucket)time_unit_of(tk.v[j].w);
            ti.bucket_tok = -1;
        } else {
            tk.v[ti.bucket_tok].used = 1;
        }
    }
    null_hit nulls[4];
    int nnull = ground_null_states(cat, gx, &tk, nulls, 4);
    int nm = ground_multiword_values(cat, gx, &tk, m, M_MAX / 2 - 4);
    for (int j = 0; j < nnumv; j++)
        m[nm++] = numv[j];
    for (int j = 0; j < npre; j++)
        m[nm++] = pre[j];
    scan_keywords(&tk, &k);
    nm += ground_mentions(cat, gx, &tk, m + nm, M_MAX - nm);
    /* "people", "persons": the table of people, when the names say which;
     * "headcount": how many of them there are now */
    int headcount = -1;
    for (size_t i = 0; i < tk.n && nm < M_MAX; i++) {
        static const char *const folk[] = {"people", "persons", "person", "individuals", "headcount",
                                           "head", NULL};
        int pt;
        if (tk.v[i].used || !in(tk.v[i].w, folk) || (pt = person_table(cat)) < 0 ||
            (tok_is(&tk, i, "head") && !(i + 1 < tk.n && k.kw[i + 1] == KW_COUNT)))
            continue;
        if (tok_is(&tk, i, "headcount") || tok_is(&tk, i, "head")) {
            k.count = 1;
            headcount = pt;
        }
        memset(&m[nm], 0, sizeof m[nm]);
        m[nm].kind = MK_TABLE;
        m[nm].t = pt;
        m[nm].start = (int)i;
        m[nm].end = (int)i + 1;
        tk.v[i].used = 1;
        nm++;
    }
    /* "how much did customers pay": what they paid, as "spent" says */
    for (size_t i = 2; i < tk.n && nm < M_MAX; i++) {
        static const char *const payw[] = {"pay", "paid", "pays", NULL};
        int how_much = 0, concept = 0;
        for (size_t j = 0; j + 1 < i; j++)
            how_much |= tok_is(&tk, j, "how") && tok_is(&tk, j + 1, "much");
        for (int j = 0; j < nm; j++)
            concept |= m[j].kind == MK_CONCEPT || (m[j].kind == MK_COLUMN && all_numeric(cat, &m[j]));
        int payer = 0;   /* who paid: a table named before the verb ("did customers pay") */
        for (int j = 0; j < nm; j++)
            payer |= m[j].kind == MK_TABLE && m[j].end <= (int)i;
        if (tk.v[i].used || !in(tk.v[i].w, payw) || !how_much || concept || !payer ||
            column_word(cat, tk.v[i].w))
            continue;
        memset(&m[nm], 0, sizeof m[nm]);
        m[nm].kind = MK_CONCEPT;
        m[nm].concept = CON_SPEND;
        m[nm].start = (int)i;
        m[nm].end = (int)i + 1;
        tk.v[i].used = 1;
        nm++;
        break;
    }
    /* "how much did we collect per payment method": money taken in */
    for (size_t i = 2; i < tk.n && nm < M_MAX; i++) {
        static const char *const getw[] = {"collect", "collected", "receive", "received", "earn", "earned",
                                           NULL};
        int how_much = 0, concept = 0;
        for (size_t j = 0; j + 1 < i; j++)
            how_much |= tok_is(&tk, j, "how") && tok_is(&tk, j + 1, "much");
        for (int j = 0; j < nm; j++)
            concept |= m[j].kind == MK_CONCEPT || (m[j].kind == MK_COLUMN && all_numeric(cat, &m[j]));
        if (tk.v[i].used || !in(tk.v[i].w, getw) || !how_much || concept || column_word(cat, tk.v[i].w))
            continue;
        memset(&m[nm], 0, sizeof m[nm]);
        m[nm].kind = MK_CONCEPT;
        m[nm].concept = CON_REVENUE;
        m[nm].start = (int)i;
        m[nm].end = (int)i + 1;
        tk.v[i].used = 1;
        nm++;
        break;
    }
    for (int i = 1; i < nm; i++)   /* in question order */
        for (int j = i; j > 0 && m[j].start < m[j - 1].start; j--) {
            mention tmp = m[j];
            m[j] = m[j - 1];
            m[j - 1] = tmp;
        }
    /* "which manager has the most direct reports": where a table has a key
     * into itself for whom one reports to, "reports" are its rows, and the
     * boss's word ("manager") names that key rather than a stored value */
    int bst = -1, bsc = -1;
    for (size_t i = 0; i < tk.n && nm < M_MAX && boss_key(cat, &bst, &bsc); i++) {
        if (tk.v[i].used || !(tok_is(&tk, i, "reports") || tok_is(&tk, i, "reportees") ||
                              tok_is(&tk, i, "subordinates")) || tok_is(&tk, i + 1, "to"))
            continue;
        memset(&m[nm], 0, sizeof m[nm]);
        m[nm].kind = MK_TABLE;
        m[nm].t = bst;
        m[nm].start = (int)i;
        m[nm].end = (int)i + 1;
        tk.v[i].used = 1;
        char role[64];
        fk_role(cat, bst, bsc, role, sizeof role);
        for (int j = 0; j < nm; j++)
            if (m[j].kind == MK_VALUE && m[j].end - m[j].start == 1 && role_word(tk.v[m[j].start].w, role)) {
                for (int x = j; x < nm; x++)   /* the value goes; the role word stays */
                    m[x] = m[x + 1];
                nm--;
                j--;
            }
        for (int j = nm; j > 0 && m[j].start < m[j - 1].start; j--) {
            mention tmp = m[j];
            m[j] = m[j - 1];
            m[j - 1] = tmp;
        }
        nm++;
        break;
    }
    /* "each manager", "have a manager", "per supervisor": a word naming
     * both a stored value ('manager') and a key's role (manager_id) reads
     * as the key after a grouping word or an article; the value then */
    for (int j = 0; j < nm; j++) {
        if (m[j].kind != MK_VALUE || m[j].end - m[j].start != 1 || m[j].start == 0)
            continue;
        const char *pw = tk.v[m[j].start - 1].w;
        static const char *const det[] = {"each", "every", "per", "a", "an", "their", "his", "her",
                                          "no", "without", "by", NULL};
        if (!in(pw, det) || strcmp(tk.v[m[j].start].w, tk.v[m[j].start].stem))
            continue;
        int role = 0;
        for (size_t t = 0; t < cat->ntables && !role; t++)
            for (size_t c = 0; c < cat->tables[t].ncols && !role; c++) {
                char rl[64];
                role = fk_role(cat, (int)t, (int)c, rl, sizeof rl) && !strcmp(rl, tk.v[m[j].start].w);
            }
        if (!role)
            continue;
        for (int x = j; x + 1 < nm; x++)   /* the value goes; the role word stays */
            m[x] = m[x + 1];
        nm--;
        j--;
    }
    /* "email address", "phone number": a text column named with the head
     * noun of its kind; the noun adds nothing */
    for (int i = 0; i < nm; i++) {
        static const char *const heads[] = {"address", "number", "code", NULL};
        int e = m[i].end;
        if (m[i].kind != MK_COLUMN || e >= (int)tk.n || tk.v[e].used || !in(tk.v[e].w, heads))
            continue;
        int text = 1;
        for (int a = 0; a < m[i].nalts; a++)
            text &= cat->tables[m[i].alts[a].t].cols[m[i].alts[a].c].kind == COL_TEXT &&
                    !strstr(cat->tables[m[i].alts[a].t].cols[m[i].alts[a].c].name, tk.v[e].w);
        if (text)
            tk.v[e].used = 1;
    }
    /* "lasted longer than an hour": the duration word goes with the
     * threshold (a length of time), it is not the measure */
    for (int h = 0; h < k.nth; h++)
        for (int i = 0; k.th[h].unit > 0 && i < nm; i++)
            if (m[i].kind == MK_CONCEPT && m[i].concept == CON_DURATION && !m[i].measure &&
                m[i].end <= k.th[h].kwpos + 1)
                m[i].role = R_THRESH;
    r->nmentions = nm;

    /* 1. roles from the words before each mention */
    int subject = -1, carry = 0;
    unsigned verbs = 0;   /* column mentions read as the verb of a table's rows */
    for (int i = 0; i < nm; i++) {
        int kb = kw_before(&tk, &k, m[i].start);
        /* "by origin city", "top 3 destination cities": the keyword goes
         * past the role words to the noun */
        int rs = m[i].start;
        while (rs > 0 && role_token(cat, &tk, m, nm, rs - 1))
            rs--;
        if (rs < m[i].start)
            kb = kw_before(&tk, &k, rs);
        if (carry && i > 0 && m[i].start == m[i - 1].end)
            kb = carry;   /* "the most borrowed books": the keyword goes on to the noun */
        if (kb == KW_LIST && i > 0) {
            /* "staff who left": a relative pronoun after a noun, not a question
             * ("For each clinic, which ...": the comma is gone, so not "which") */
            int j = m[i].start - 1;
            while (j > 0 && !k.kw[j] && lex_is_stop(tk.v[j].w))
                j--;
            if (j > 0 && (tok_is(&tk, j, "who") || tok_is(&tk, j, "that")) && m[i - 1].end == j &&
                m[i - 1].kind == MK_TABLE)
                kb = 0;
        }
        carry = 0;
        /* "top 5 employees by salary": in a ranking, a table named after a
         * value ranks by its own column (salaries.annual_salary) */
        if (m[i].kind == MK_TABLE && m[i].end - m[i].start == 1 && kb == KW_GROUP &&
            (k.top || k.bottom) && i > 0) {
            int own = own_measure(cat, m[i].t, tk.v[m[i].start].stem);
            if (own >= 0) {
                m[i].kind = MK_COLUMN;
                m[i].alts[0] = (qcol){m[i].t, own};
                m[i].nalts = 1;
            }
        }
        const char *pw = tk.v[m[i].start].w;
        size_t lpw = strlen(pw);
        if (m[i].kind == MK_TABLE && m[i].end - m[i].start == 1 && subject < 0 &&
            (kb == KW_LIST || kb == KW_MAX || kb == KW_MIN) && i + 1 < nm &&
            m[i + 1].start == m[i].end && m[i + 1].kind == MK_TABLE &&
            ((lpw > 4 && !strcmp(pw + lpw - 2, "ed")) || (lpw > 5 && !strcmp(pw + lpw - 3, "ing")))) {
            carry = kb;   /* a participle naming the event table: what is counted */
            continue;
        }
        if (m[i].kind == MK_VALUE)
            m[i].role = R_FILTER;
        else if (kb == KW_GROUP && m[i].kind != MK_CONCEPT && !measure_like(cat, &m[i], subject, &k) &&
                 !ranked_by_rows(m, i, &k))
            m[i].role = R_DIM;
        else if (i > 0 && m[i - 1].role == R_DIM && m[i].start == m[i - 1].end + 1 &&
                 tok_is(&tk, m[i - 1].end, "and") && m[i].kind != MK_CONCEPT &&
                 !all_numeric(cat, &m[i]))
            m[i].role = R_DIM;   /* "by region and channel": the second grouping too */
        else if ((kb == KW_LIST || kb == KW_MAX || kb == KW_MIN) && subject < 0 &&
                 m[i].kind != MK_CONCEPT && !all_numeric(cat, &m[i]))
            subject = i;
        /* "gender split", "breakdown of status", "plan mix": a grouping */
        if (m[i].kind == MK_COLUMN && m[i].role == R_NONE && !all_numeric(cat, &m[i]) &&
            (tok_is(&tk, m[i].end, "split") || tok_is(&tk, m[i].end, "breakdown") ||
             tok_is(&tk, m[i].end, "distribution") || tok_is(&tk, m[i].end, "mix") ||
             (m[i].start >= 2 && tok_is(&tk, m[i].start - 1, "of") &&
              (tok_is(&tk, m[i].start - 2, "breakdown") || tok_is(&tk, m[i].start - 2, "distribution") ||
               tok_is(&tk, m[i].start - 2, "split"))))) {
            m[i].role = R_DIM;
            if (subject == i)
                subject = -1;
            for (int j = m[i].start - 2; j <= m[i].end; j++)   /* the cue is placed */
                if (j >= 0 && (tok_is(&tk, (size_t)j, "split") || tok_is(&tk, (size_t)j, "breakdown") ||
                               tok_is(&tk, (size_t)j, "distribution") || tok_is(&tk, (size_t)j, "mix")))
                    tk.v[j].used = 1;
        }
        if (m[i].kind == MK_COLUMN && m[i].start > 0 && all_numeric(cat, &m[i]) &&
            (tok_is(&tk, m[i].start - 1, "nothing") || tok_is(&tk, m[i].start - 1, "zero") ||
             integer_named(cat, &tk, &m[i])))
            m[i].role = R_ZERO;
        /* "appointments with no fee": the column is a condition, not the measure */
        int nb = m[i].start - 1;
        while (nb > 0 && (tok_is(&tk, nb, "a") || tok_is(&tk, nb, "an") || tok_is(&tk, nb, "any")))
            nb--;
        if (m[i].kind == MK_COLUMN && nb >= 0 && k.kw[nb] == KW_NEVER && m[i].role == R_NONE)
            m[i].role = R_NULLED;
        /* a threshold's target: the mention right after the number */
        for (int h = 0; h < k.nth; h++)
            if (th_at(&tk, &k.th[h], m[i].start) && m[i].role != R_FILTER)
                m[i].role = R_THRESH;
        if (m[i].kind != MK_TABLE)
            continue;
        /* "orders of customer 12", "transfers from account 12 to account
         * 40": a table named with a whole number right after it is the
         * row with that key, read in step 6 */
        if (m[i].end < (int)tk.n && tk.v[m[i].end].isnum && !tk.v[m[i].end].used &&
            !tk.v[m[i].end].money && tk.v[m[i].end].num >= 0 && tk.v[m[i].end].num < 1e15 &&
            tk.v[m[i].end].num == (double)(long long)tk.v[m[i].end].num &&
            catalog_primary_key(&cat->tables[m[i].t]) >= 0) {
            m[i].role = R_KEYREF;
            tk.v[m[i].end].used = 1;
            if (subject == i)
                subject = -1;   /* "what about account 3": not what is listed */
            continue;
        }
        /* "the Chicago clinic", "male patients": a table named next to one
         * of its values qualifies the value; it is not what is counted */
        int later_table = 0;
        for (int j = i + 1; j < nm; j++)
            later_table |= m[j].kind == MK_TABLE;
        /* ... unless counted by name, the later table one its rows refer
         * to: "how many home policies ... customers in Florida" */
        for (int j = 0; j < nm && later_table; j++)
            if (m[j].kind == MK_VALUE && m[j].end == m[i].start && m[j].start > 0 &&
                k.kw[m[j].start - 1] == KW_COUNT && refers_to_later(cat, m, nm, i))
                later_table = 0;
        for (int j = 0; j < nm && later_table; j++)
            if (m[j].kind == MK_VALUE && (m[j].end == m[i].start || m[j].start == m[i].end))
                for (int x = 0; x < m[j].nalts; x++)
                    if (m[j].alts[x].t == m[i].t && m[i].role == R_NONE)
                        m[i].role = R_QUAL;
        /* "with no prescription", "never placed an order" */
        int b = m[i].start - 1, skipped = 0, verb = -1;
        while (b >= 0 && k.kw[b] != KW_NEVER &&
               ((lex_is_stop(tk.v[b].w) && !k.kw[b]) || (!tk.v[b].used && !skipped++) ||
                /* "never requested any leave": the verb names the table's date */
                (i > 0 && m[i - 1].kind == MK_COLUMN && m[i - 1].start == b && m[i - 1].end == b + 1 &&
                 m[i - 1].nalts && m[i - 1].alts[0].t == m[i].t &&
                 date_kind(&cat->tables[m[i].t].cols[m[i - 1].alts[0].c]) && !skipped++ && (verb = i - 1) >= 0)))
            b--;
        if (b >= 0 && k.kw[b] == KW_NEVER && m[i].start - b <= 3) {
            m[i].role = R_NOTEXISTS;
            if (verb >= 0 && verb < 32) {
                m[verb].role = R_QUAL;
                verbs |= 1u << verb;
            }
        }
        /* "at least one support ticket", "more than zero orders" */
        for (int h = 0; h < k.nth; h++)
            if (th_at(&tk, &k.th[h], m[i].start) &&
                ((k.th[h].op == OP_GE && k.th[h].num == 1) || (k.th[h].op == OP_GT && k.th[h].num == 0))) {
                m[i].role = R_EXISTS;
                k.th[h].done = 1;
            }
        /* "depots that have agents", "customers with an order": rows with
         * related rows (placed in step 4 when the table refers to the rows) */
        int hb = m[i].start - 1;
        while (hb > 0 && (tok_is(&tk, hb, "a") || tok_is(&tk, hb, "an") || tok_is(&tk, hb, "any") ||
                          tok_is(&tk, hb, "some")))
            hb--;
        if (m[i].role == R_NONE && i > 0 && i != subject && hb > 0 && !k.kw[hb] &&
            (tok_is(&tk, hb, "have") || tok_is(&tk, hb, "has") || tok_is(&tk, hb, "had") ||
             tok_is(&tk, hb, "with")) &&
            m[i - 1].kind == MK_TABLE && m[i - 1].t != m[i].t && !k.top && !k.bottom && !k.sum && !k.avg &&
            !k.nth && !(strlen(pw) > 4 && !strcmp(pw + strlen(pw) - 2, "ed")))   /* not "have borrowed" */
            m[i].role = R_EXISTS;
    }

    /* 2. measure: a concept or a numeric column not otherwise used */
    lex_concept con = CON_NONE;
    int first_table = -1;
    for (int i = 0; i < nm; i++)
        if (m[i].kind == MK_TABLE && m[i].role == R_NONE && first_table < 0)
            first_table = m[i].t;
    int near = first_table >= 0 ? first_table : (prev && prev->base >= 0 ? prev->base : -1);
    /* "how much money did we receive through each payment method": no
     * table named, the grouping's (or a filter's) table holds the measure
     * nearest to it (payments.amount, not bookings.total_amount) */
    for (int i = 0; i < nm && near < 0; i++)
        if ((m[i].kind == MK_COLUMN && m[i].role == R_DIM && !all_numeric(cat, &m[i])) ||
            (m[i].kind == MK_VALUE && m[i].role == R_FILTER && m[i].nalts == 1))
            near = m[i].alts[0].t;
    int mi = -1, having_th = -1;
    /* "genres averaging more than 400 pages": the threshold compares the
     * average (or total) of the column named after the number */
    /* "how many employees took more than 30 business days in total": the
     * total of the column per counted row */
    int in_total = 0;
    for (size_t i = 0; i < tk.n; i++)
        in_total |= (tok_is(&tk, i, "in") && tok_is(&tk, i + 1, "total")) ||
                    tok_is(&tk, i, "altogether") || tok_is(&tk, i, "combined");
    for (int h = 0; h < k.nth && mi < 0; h++) {
        int kp = k.th[h].kwpos - 1;
        int total = in_total && k.count && !k.avg && !k.sum;
        if (kp < 0 || (k.kw[kp] != KW_AVG && k.kw[kp] != KW_SUM && !total) || k.th[h].unit > 0)
            continue;
        for (int i = 0; i < nm && mi < 0; i++)
            if (th_at(&tk, &k.th[h], m[i].start) && m[i].kind == MK_COLUMN && all_numeric(cat, &m[i])) {
                mi = i;
                having_th = h;
                if (k.kw[kp] != KW_AVG && k.kw[kp] != KW_SUM)
                    k.sum = 1;
            }
    }
    for (int i = 0; i < nm && mi < 0; i++)
        if (m[i].kind == MK_CONCEPT && m[i].role != R_THRESH)
            mi = i;
    for (int i = 0; i < nm && mi < 0; i++) {
        qcol c;
        /* "warehouses with capacity under 30000": the column right before a
         * comparative is what is compared, unless an aggregate says it is
         * measured ("an average price over 100") */
        int compared = 0;
        for (int h = 0; h < k.nth; h++)
            compared |= m[i].end == k.th[h].kwpos && k.th[h].unit == 0 &&
                        !(m[i].start > 0 && k.kw[m[i].start - 1] >= KW_SUM && k.kw[m[i].start - 1] <= KW_MIN);
        if (m[i].kind == MK_COLUMN && m[i].role == R_NONE && i != subject && !compared &&
            numeric_alt(cat, &m[i], near, &c))
            mi = i;
    }
    if (mi < 0 && subject >= 0 && m[subject].kind == MK_COLUMN) {
        qcol c;
        int others = 0;
        for (int i = 0; i < nm; i++)
            if (i != subject && m[i].role != R_FILTER && m[i].role != R_THRESH)
                others++;
        if (!others && numeric_alt(cat, &m[subject], near, &c) && (k.max || k.min || k.avg || k.sum)) {
            mi = subject;
            subject = -1;
        }
    }
    /* "average salary" where salary names the table salaries: the
     * aggregate asks for a value, so the word is the table's own numeric
     * column named the same (annual_salary), not its rows */
    for (int i = 0; i < nm && mi < 0 && !k.count; i++) {
        static const char *const valagg[] = {"average", "avg", "mean", "median", "total", "sum",
                                             "highest", "lowest", "maximum", "max", "minimum",
                                             "min", "largest", "smallest", "biggest", "greatest",
                                             "typical", NULL};
        int b = m[i].start - 1;
        while (b >= 0 && b >= m[i].start - 3 && lex_is_stop(tk.v[b].w) && !k.kw[b])
            b--;
        if (m[i].kind != MK_TABLE || m[i].end - m[i].start != 1 || b < 0 || !in(tk.v[b].w, valagg) ||
            (m[i].role != R_NONE && i != subject))
            continue;
        int col = own_measure(cat, m[i].t, tk.v[m[i].start].stem);
        if (col < 0)
            continue;
        m[i].kind = MK_COLUMN;
        m[i].alts[0] = (qcol){m[i].t, col};
        m[i].nalts = 1;
        mi = i;
        if (subject == i)
            subject = -1;
    }
    if (mi < 0 && k.super_con && !k.count) {
        con = k.super_con;
        if (ground_concept(cat, con, near, &q->m1, &q->m2) == 0) {
            r->has_subject = 1;
            /* "the largest branch", "the heaviest shipment": a column of
             * the thing named, never a size somewhere else */
            if (physical(con) && (near < 0 || q->m1.t != near)) {
                q->m1 = q->m2 = (qcol){-1, -1};
                r->has_subject = 0;
            }
        }
        if (physical(con) && q->m1.c < 0)
            con = CON_NONE;
        if (q->m1.c < 0)
            r->unplaced++;   /* "the longest books" and nothing is long: not a count */
    }
    if (mi >= 0) {
        m[mi].role = R_MEASURE;
        if (m[mi].kind == MK_CONCEPT && m[mi].measure && cat->sem) {
            /* the semantic file's measure: its SQL, on its table */
            const sem_measure *me = &cat->sem->measures[m[mi].measure - 1];
            q->measure = m[mi].measure;
            q->m1 = (qcol){me->t, me->nrefs ? me->refs[0][1] : 0};
            for (int j = 0; j < me->nrefs; j++)
                if (me->refs[j][0] == me->t) {
                    q->m1.c = me->refs[j][1];
                    break;
                }
            q->m2 = (qcol){-1, -1};
        } else if (m[mi].kind == MK_CONCEPT) {
            con = m[mi].concept;
            if (ground_concept(cat, con, near, &q->m1, &q->m2) < 0) {
                if (con != CON_DURATION)
                    return -1;
                /* "average absence duration" and no column holds one: the
                 * time between two dates of the row (step 9) */
                q->m1 = q->m2 = (qcol){-1, -1};
                con = CON_NONE;
                if (!dur_unit)
                    dur_unit = DUR_DAYS;
                dur_cue_strong = 1;
            }
        } else {
            numeric_alt(cat, &m[mi], near, &q->m1);
            q->m2 = (qcol){-1, -1};
            /* "average order value" where orders hold no value: a measure of
             * each order (a sum of its lines, or another table's amount) is
             * not a column the words name; ask rather than guess */
            if (mi > 0 && m[mi - 1].kind == MK_TABLE && m[mi - 1].end == m[mi].start &&
                q->m1.c >= 0 && q->m1.t != m[mi - 1].t) {
                r->unplaced++;
                snprintf(r->why, sizeof r->why, "what the %s of one of %s is: it has no such column",
                         tk.v[m[mi].start].w, cat->tables[m[mi - 1].t].name);
            }
        }
        r->has_subject = 1;
    }

    /* 3. the counted table: a table mention that is not a dimension */
    int counted = -1;
    for (int i = 0; i < nm; i++)
        if (m[i].kind == MK_TABLE && m[i].role == R_NONE && i != subject) {
            counted = i;
            break;
        }
    /* "which country has the most customers": the subject is the dimension */
    int subject_is_dim = 0;
    qcol show = {-1, -1}, show2 = {-1, -1};
    if (subject >= 0) {
        int other = q->m1.c >= 0 || counted >= 0;
        if (m[subject].kind == MK_COLUMN && !other && (k.top || k.bottom || k.count))
            other = 1;   /* "which industries have the fewest accounts" w/o table */
        /* "which hotel has the highest no-show rate": the rate of another
         * table's rows (bookings holding the value), per hotel */
        /* "which hotel had the most cancellations": the rows holding the value, counted per hotel */
        for (int i = subject + 1; i < nm && (pct_kind == 1 || ((k.top || k.bottom) && !k.count)) &&
                                  m[subject].kind == MK_TABLE && !other; i++)
            if (m[i].kind == MK_VALUE && m[i].nalts && m[i].alts[0].t != m[subject].t &&
                joins_distance(cat, m[i].alts[0].t, m[subject].t) > 0)
                other = 1;
        /* thresholds on a count of rows ("more than 15 books"), not on a
         * column ("longer than 700 pages") */
        int nth_rows = 0;
        for (int h = 0; h < k.nth; h++)
            for (int i = 0; i < nm; i++)
                nth_rows |= th_at(&tk, &k.th[h], m[i].start) && m[i].kind == MK_TABLE;
        /* "which carriers take more than 4 days on average": a length of
         * time averaged per subject */
        for (int h = 0; h < k.nth; h++)
            nth_rows |= k.th[h].unit > 0 && k.avg;
        if (other && (k.top || k.bottom || k.limit || k.count || nth_rows || q->m1.c >= 0)) {
            subject_is_dim = 1;
            m[subject].role = R_DIM;
        } else if (m[subject].kind == MK_TABLE &&
                   (counted < 0 || (k.list && !k.count && !k.sum && !k.avg && !k.distinct))) {
            counted = subject;
        } else if (m[subject].kind == MK_COLUMN && counted >= 0 && k.list && !k.count && !k.sum &&
                   !k.avg && !k.distinct && !k.top && !k.bottom && q->m1.c < 0 && !nth_rows) {
            /* "list the titles of books": the rows, showing that column */
            for (int a = 0; a < m[subject].nalts && show.c < 0; a++)
                if (m[subject].alts[a].t == m[counted].t)
                    show = m[subject].alts[a];
            if (show.c >= 0) {
                m[subject].role = R_SHOW;
                /* "the first and last names of ...": a second column of the rows */
                int n2 = subject + 1;
                if (n2 < nm && m[n2].kind == MK_COLUMN && m[n2].role == R_NONE &&
                    m[n2].start == m[subject].end + 1 && (tok_is(&tk, m[subject].end, "and") ||
                                                          tok_is(&tk, m[subject].end, ",")))
                    for (int a = 0; a < m[n2].nalts && show2.c < 0; a++)
                        if (m[n2].alts[a].t == m[counted].t && m[n2].alts[a].c != show.c) {
                            show2 = m[n2].alts[a];
                            m[n2].role = R_SHOW;
                        }
            } else {
                m[subject].role = R_DIM;
                subject_is_dim = 1;
            }
        } else if (m[subject].kind == MK_COLUMN) {
            m[subject].role = R_DIM;
            subject_is_dim = 1;
        }
    }
    /* "hotels with the highest no-show rate": ranked by the rate of
     * another table's rows (bookings holding the value), one per hotel */
    for (int i = counted + 1; counted >= 0 && i < nm && pct_kind == 1 && m[counted].kind == MK_TABLE &&
                              (k.top || k.bottom || k.max || k.min || k.limit); i++)
        if (m[i].kind == MK_VALUE && m[i].nalts && m[i].alts[0].t != m[counted].t &&
            joins_distance(cat, m[i].alts[0].t, m[counted].t) > 0) {
            m[counted].role = R_DIM;
            subject_is_dim = 1;
            counted = -1;
            break;
        }
    /* "monthly no-shows at the Barcelona hotel": a plural status value
     * names the rows counted (bookings that are no-shows); the table named
     * after it only says where */
    int events_base = -1;
    if (counted >= 0 && m[counted].kind == MK_TABLE && q->m1.c < 0 && !pct_kind &&
        kw_before(&tk, &k, m[counted].start) != KW_COUNT) {
        for (int i = 0; i < counted && events_base < 0; i++) {
            const tok *last = &tk.v[m[i].end - 1];
            if (m[i].kind == MK_VALUE && m[i].nalts && m[i].role == R_FILTER && strcmp(last->w, last->stem) &&
                m[i].end != m[counted].start && m[i].alts[0].t != m[counted].t &&
                up_path(cat, m[i].alts[0].t, m[counted].t))
                events_base = m[i].alts[0].t;
        }
        /* "letter grade distribution for Economics courses": the grouped
         * column's rows, below the table said after "for", are counted */
        for (int i = 0; i < nm && events_base < 0 && where_table(&tk, m, nm, counted); i++)
            if (m[i].kind == MK_COLUMN && m[i].role == R_DIM && m[i].nalts &&
                m[i].alts[0].t != m[counted].t && up_path(cat, m[i].alts[0].t, m[counted].t))
                events_base = m[i].alts[0].t;
        if (events_base >= 0) {
            m[counted].role = R_QUAL;
            counted = -1;
            r->has_subject = 1;
        }
    }
    if (counted >= 0) {
        m[counted].role = R_COUNTED;
        r->has_subject = 1;
    }

    /* 4. base table */
    if (q->m1.c >= 0)
        q->base = q->m1.t;
    else if (counted >= 0)
        q->base = m[counted].t;
    else if (events_base >= 0)
        q->base = events_base;
    else if (prev && prev->base >= 0 && mentions_near(cat, m, nm, prev->base))
        q->base = prev->base;
    else {
        /* a rate grouped by a table ("no-show rate per hotel"): the rows
         * the value describes */
        /* "number of cancellations by hotel": every table named groups, so
         * the value's rows are counted */
        int tables = 0, grouping = 1;
        for (int i = 0; i < nm; i++)
            if (m[i].kind == MK_TABLE) {
                tables++;
                grouping &= m[i].role == R_DIM;
            }
        for (int i = 0; i < nm && q->base < 0 && ((pct_kind == 1 && subject_is_dim) || (tables && grouping)); i++)
            if (m[i].kind == MK_VALUE)
                q->base = m[i].alts[0].t;
        /* no table named: the rows a value describes ("plan upgrades"),
         * else the first name */
        for (int i = 0; i < nm && q->base < 0; i++)
            if (m[i].kind == MK_TABLE)
                q->base = m[i].t;
        /* "grade distribution for Calculus I": the grouped column's rows,
         * below the value's table */
        for (int i = 0; i < nm && q->base < 0; i++)
            for (int j = 0; m[i].kind == MK_COLUMN && m[i].role == R_DIM && m[i].nalts && j < nm; j++)
                if (m[j].kind == MK_VALUE && m[j].role == R_FILTER && m[j].nalts &&
                    m[j].alts[0].t != m[i].alts[0].t && up_path(cat, m[i].alts[0].t, m[j].alts[0].t)) {
                    q->base = m[i].alts[0].t;
                    break;
                }
        for (int i = 0; i < nm && q->base < 0; i++)
            if (m[i].kind == MK_VALUE)
                q->base = m[i].alts[0].t;
        for (int i = 0; i < nm && q->base < 0; i++)
            if (m[i].kind == MK_COLUMN)
                q->base = m[i].alts[0].t;
    }
    if (q->base < 0)
        return -1;
    /* a measure in the counted table's child: "orders" + "revenue" keeps the measure's table */

    /* "books checked out in 2023", "which branch lent the most books": a
     * verb naming the date of a table that refers to the counted one (the
     * loans of books) counts those events; "never checked out": the counted
     * rows have none of them */
    int absorbed = -1;
    unsigned evmask = 0;   /* mentions of the event's date column, placed by it */
    /* "avg days overdue for late returns, by membership type": lengths of
     * time and lateness are the events' too, when no table is counted */
    int timing = dur_unit || due.sign || due.dur || due.tpos >= 0;
    /* "how many different members borrowed books": distinct rows among
     * the events (their key, counted once) */
    int ev_distinct = k.distinct && k.count && counted >= 0 && m[counted].kind == MK_TABLE &&
                      kw_before(&tk, &k, m[counted].start) == KW_DISTINCT;
    if (q->m1.c < 0 && (!k.distinct || ev_distinct) &&
        ((counted >= 0 && m[counted].kind == MK_TABLE && m[counted].t == q->base && !pct_kind &&
          (timing || k.count || k.top || k.bottom || k.limit || k.nnull)) ||
         (counted < 0 && timing))) {
        qcol ec;
        int et = event_table(cat, &tk, m, nm, q->base, &ec, timing);
        int pos = et >= 0 ? ground_event_word_pos(cat, ec, &tk) : -1;
        int never = 0, pk = catalog_primary_key(&cat->tables[q->base]);
        for (int j = 0; j < k.nnull && pos >= 0; j++)
            never |= k.nullpos[j] < pos && pos - k.nullpos[j] <= 3;
        for (int i = 0; i < nm && i < 32 && pos >= 0 && (pk >= 0 || !never); i++)
            for (int a = 0; m[i].kind == MK_COLUMN && a < m[i].nalts; a++)
                if (m[i].alts[a].t == ec.t && m[i].alts[a].c == ec.c) {
                    if (m[i].role == R_DIM && i == subject)
                        subject_is_dim = 0;   /* "the 3 most repaired vehicles" */
                    m[i].role = R_QUAL;
                    evmask |= 1u << i;
                }
        if (pos >= 0 && never && pk >= 0) {
            qfilter f;
            memset(&f, 0, sizeof f);
            f.col = (qcol){q->base, pk};
            f.op = OP_NOTEXISTS;
            f.sub = et;
            f.pos = pos;
            add_filter(q, f);
            ground_mark_event_words(cat, ec, &tk);
        } else if (pos >= 0 && !never && counted < 0) {
            q->base = et;
            ground_mark_event_words(cat, ec, &tk);
        } else if (pos >= 0 && !never) {
            absorbed = counted;
            m[counted].role = R_QUAL;
            if ((k.top || k.bottom || k.limit) && !subject_is_dim && !dur_unit) {
                int dims = 0;   /* "the 5 most checked out books": per book */
                for (int i = 0; i < nm; i++)
                    dims |= m[i].role == R_DIM;
                if (!dims)
                    m[counted].role = R_DIM;
            }
            q->base = et;
            ground_mark_event_words(cat, ec, &tk);
            for (size_t c = 0; ev_distinct && c < cat->tables[et].ncols; c++)
                if (cat->tables[et].cols[c].ref_t == m[counted].t) {
                    q->agg = AGG_COUNT_DISTINCT;
                    q->m1 = (qcol){et, (int)c};
                    m[counted].role = R_QUAL;
                    break;
                }
        }
    }

    /* rows with or without related rows */
    for (int i = 0; i < nm; i++) {
        if (m[i].role != R_EXISTS && m[i].role != R_NOTEXISTS)
            continue;
        int x = m[i].t, e = q->base;
        int pk = catalog_primary_key(&cat->tables[e]);
        int fk = -1;
        for (size_t c = 0; c < cat->tables[x].ncols && fk < 0; c++)
            if (cat->tables[x].cols[c].ref_t == e)
                fk = (int)c;
        if (x == e || pk < 0)
            continue;
        if (fk < 0 && m[i].role == R_NOTEXISTS) {
            /* "shipments with no driver assigned": the base row's own
             * (nullable) key into the named table is empty */
            const cat_table *et = &cat->tables[e];
            int own = -1, nown = 0;
            for (size_t c = 0; c < et->ncols; c++)
                if (et->cols[c].ref_t == x) {
                    nown++;
                    own = et->cols[c].notnull ? -1 : (int)c;
                }
            if (nown == 1 && own >= 0) {
                qfilter f;
                memset(&f, 0, sizeof f);
                f.col = (qcol){e, own};
                f.op = OP_NULL;
                f.pos = m[i].start;
                add_filter(q, f);
                continue;
            }
        }
        if (m[i].role == R_EXISTS && q->m1.c < 0 && k.count && !pct_cue) {
            /* "how many accounts opened at least one ticket": count the
             * distinct entities among the related rows */
            q->base = x;
            q->agg = AGG_COUNT_DISTINCT;
            q->m1 = fk >= 0 ? (qcol){x, fk} : (qcol){e, pk};
        } else if (fk >= 0) {
            qfilter f;
            memset(&f, 0, sizeof f);
            f.col = (qcol){e, pk};
            f.op = m[i].role == R_EXISTS ? OP_EXISTS : OP_NOTEXISTS;
            f.sub = x;
            f.pos = m[i].start;
            add_filter(q, f);
        } else {
            r->unplaced++;
        }
    }

    /* 5. dimensions */
    qcol range_col = {-1, -1};   /* "revenue in 2024, by check-in date": which date the range uses */
    for (int i = 0; i < nm; i++)
        if (m[i].role == R_DIM) {
            if ((m[i].kind == MK_COLUMN || m[i].kind == MK_TABLE) && ti.has_range && !ti.bucket && !growth &&
                ti.first_tok >= 0 && m[i].start > ti.first_tok && m[i].start > 0 &&
                k.kw[m[i].start - 1] == KW_GROUP && tok_is(&tk, (size_t)m[i].start - 1, "by") && range_col.c < 0) {
                /* "by booking date": a table's word then "date" names its date */
                qcol c = {-1, -1};
                if (m[i].kind == MK_COLUMN)
                    c = pick(cat, &m[i], q->base);
                else if (tok_is(&tk, (size_t)m[i].end, "date") && !tk.v[m[i].end].used &&
                         (c.c = ground_date_col(cat, m[i].t, &tk)) >= 0)
                    c.t = m[i].t;
                if (c.c >= 0 && date_kind(&cat->tables[c.t].cols[c.c])) {
                    if (m[i].kind == MK_TABLE)
                        tk.v[m[i].end].used = 1;
                    range_col = c;
                    continue;
                }
            }
            /* "average pages per book": per row of the measure's own table
             * is the plain aggregate, not one group per row */
            if (m[i].kind == MK_TABLE && m[i].t == q->base && q->m1.c >= 0 && q->m1.t == q->base &&
                (k.avg || k.median || (k.max && !k.top) || (k.min && !k.bottom)))
                continue;
            int def = m[i].kind == MK_COLUMN ? ground_nearest(cat, m[i].alts, m[i].nalts, q->base) : -1;
            int a = m[i].kind == MK_COLUMN ? note_ambiguity(cat, r, &m[i], def, q->base, 0) : def;
            mention one = m[i];
            if (a != def) {   /* a forced reading: group by that candidate only */
                one.alts[0] = m[i].alts[a];
                one.nalts = 1;
            }
            add_dim(cat, q, &one, q->base);
        }
    if (growth) {
        /* period over period: bucket by that period; the range's first
         * period needs the one before it (emit reads one period back) */
        if (!ti.bucket)
            ti.bucket = growth;
        q->growth = growth;
        r->has_subject = 1;
    }
    if (ti.bucket) {
        q->bucket = ti.bucket;
    }
    r->has_dims = q->ndims > 0 || q->bucket;
    distribution_of_values(cat, &tk, m, nm, q);

    /* 6. filters: values and thresholds */
    int via_t = -1;   /* "from Boston", "to Denver": the table whose keys they choose */
    for (int i = 0; i < nm; i++) {
        if (m[i].role != R_KEYREF)
            continue;
        /* the row itself ("customer 12" among customers), else the key of
         * the table holding the keys into it; of two keys, the one whose
         * name says from or to ("from account 12") */
        int ref = m[i].t, pk = catalog_primary_key(&cat->tables[ref]);
        int dir = direction_word(&tk, m[i].start);
        int t = ref == q->base ? ref : keys_holder(cat, q->base, ref);
        int key = t == ref ? pk : t >= 0 ? directed_key(cat, t, ref, dir) : -1;
        for (size_t c = 0; key == -1 && t >= 0 && t != ref && c < cat->tables[t].ncols; c++)
            if (cat->tables[t].cols[c].ref_t == ref)
                key = (int)c;   /* its only key into the table */
        if (key >= 0 && t != ref && cat->tables[t].cols[key].ref_c != pk) {
            t = ref;            /* a key to another column: the row's own key, joined */
            key = pk;
        }
        if (key < 0 || (dir && via_t >= 0 && via_t != t)) {
            char keys[96] = "";
            if (t >= 0)
                keys_list(cat, t, ref, keys, sizeof keys);
            r->unplaced++;
            snprintf(r->why, sizeof r->why, "whether '%s%s%.20s %g' means %s", dir == 1 ? "from" : dir ? "to" : "",
                     dir ? " " : "", tk.v[m[i].start].w, tk.v[m[i].end].num,
                     keys[0] ? keys : "a key of this table");
            continue;
        }
        if (dir && t != ref)
            via_t = t;
        qfilter f;
        memset(&f, 0, sizeof f);
        f.pos = m[i].start;
        f.col = (qcol){t, key};
        f.op = OP_EQ;
        f.is_num = 1;
        f.num = tk.v[m[i].end].num;
        add_filter(q, f);
    }
    for (int i = 0; i < nm; i++) {
        if (m[i].role != R_FILTER)
            continue;
        int a = ground_nearest(cat, m[i].alts, m[i].nalts, q->base);
        int decided = 0;
        /* "the Boston clinic": a table named next to the value decides
         * (unless every candidate is in that table: "open tickets") */
        for (int j = 0; j < nm; j++)
            if (m[j].kind == MK_TABLE && (m[j].start == m[i].end || m[j].end == m[i].start))
                for (int x = 0; x < m[i].nalts; x++)
                    if (m[i].alts[x].t == m[j].t) {
                        a = x;
                        for (int y = 0; y < m[i].nalts && !decided; y++)
                            decided = m[i].alts[y].t != m[j].t;
                    }
        /* "state is open": the column named decides too */
        for (int j = 0; j < nm && !decided; j++)
            for (int x = 0; m[j].kind == MK_COLUMN && x < m[j].nalts; x++)
                if (m[j].alts[x].t == m[i].alts[a].t && m[j].alts[x].c == m[i].alts[a].c)
                    decided = 1;
        if (!decided)
            a = note_ambiguity(cat, r, &m[i], a, q->base, 1);
        qfilter f;
        memset(&f, 0, sizeof f);
        f.pos = m[i].start;
        f.col = m[i].alts[a];
        f.op = OP_EQ;
        snprintf(f.text, sizeof f.text, "%s", m[i].val[a]);
        /* "status is not active", "customers not in Germany": the value
         * excluded (the contractions keep "isn", "aren", ...) */
        for (int b = m[i].start - 1; b >= 0 && b >= m[i].start - 3; b--) {
            static const char *const neg[] = {"not", "isn", "aren", "wasn", "weren", "doesn",
                                              "didn", "non", NULL};
            static const char *const glue[] = {"in", "from", "be", "been", "the", "a", "an", "of",
                                               "equal", "to", "for", "by", "than", NULL};
            /* "other than web orders", "excluding France", "apart from the store" */
            static const char *const but[] = {"excluding", "except", "besides", "exclude", NULL};
            int other = (tok_is(&tk, (size_t)b, "other") && tok_is(&tk, (size_t)b + 1, "than")) ||
                        ((tok_is(&tk, (size_t)b, "apart") || tok_is(&tk, (size_t)b, "aside")) &&
                         tok_is(&tk, (size_t)b + 1, "from"));
            if (in(tk.v[b].w, neg) || in(tk.v[b].w, but) || other) {
                f.op = OP_NE;
                tk.v[b].used = 1;   /* "non-sick": placed */
                break;
            }
            if (!in(tk.v[b].w, glue))
                break;
        }
        /* "excluding France and Spain": the next value of a list excluded too */
        for (int j = 0; j < i && f.op == OP_EQ; j++) {
            int gap = m[j].kind == MK_VALUE && m[j].end < m[i].start;
            for (int t = m[j].end; gap && t < m[i].start; t++)
                gap = tok_is(&tk, (size_t)t, "and") || tok_is(&tk, (size_t)t, "or") || tok_is(&tk, (size_t)t, "nor");
            for (int x = 0; gap && x < q->nf; x++)
                if (q->f[x].pos == m[j].start && q->f[x].op == OP_NE && q->f[x].col.t == f.col.t &&
                    q->f[x].col.c == f.col.c)
                    f.op = OP_NE;
        }
        /* "flights from Boston to Denver": when two keys lead to the
         * value's table, the one whose name says where from (or to) */
        int dir = direction_word(&tk, m[i].start);
        int t = dir && f.col.t != q->base ? keys_holder(cat, q->base, f.col.t) : -1;
        int key = t >= 0 ? directed_key(cat, t, f.col.t, dir) : -1;
        if (key == -2 || (key >= 0 && via_t >= 0 && via_t != t)) {
            char keys[96];
            keys_list(cat, t, f.col.t, keys, sizeof keys);
            r->unplaced++;   /* two keys, neither says it: ask for the column */
            snprintf(r->why, sizeof r->why, "whether '%s %.20s' goes along %s", dir == 1 ? "from" : "to",
                     m[i].val[a], keys);
        } else if (key >= 0) {
            f.via = key + 1;
            via_t = t;
        }
        add_filter(q, f);
    }
    for (int h = 0; h < k.nth; h++) {
        if (k.th[h].done)
            continue;
        qfilter f;
        memset(&f, 0, sizeof f);
        f.pos = k.th[h].kwpos;
        f.op = k.th[h].op;
        f.num = k.th[h].num;
        f.is_num = 1;
        if (h == having_th && q->m1.c >= 0) {
            f.col = q->m1;
            f.having = 1;
            /* "how many members took more than 30 days in total": the
             * counted table's rows whose total passes, counted */
            if (!q->ndims && !q->bucket && k.count && counted >= 0 && m[counted].kind == MK_TABLE &&
                m[counted].t != q->base && joins_distance(cat, q->base, m[counted].t) > 0) {
                add_dim(cat, q, &m[counted], q->base);
                q->count_groups = q->ndims > 0;
                r->has_dims = q->ndims > 0;
            }
            if (!q->ndims && !q->bucket)
                r->unplaced++;   /* an average over no groups: say what is grouped */
            add_filter(q, f);
            continue;
        }
        int dc, ac;
        if (k.th[h].unit > 0 && due.tpos >= 0 && k.th[h].pos == due.tpos) {
            /* "more than 30 days past their due date": the days from the due
             * date to the event the words name ("returned"), else to the
             * reference date ("as of December 31, 2024", or today) */
            if (due_pair(cat, &tk, q->base, &due, &dc, &ac) == 0 && (ac >= 0 || as_of)) {
                f.cmp_col = ac >= 0 ? 2 : 3;
                f.col = (qcol){q->base, ac >= 0 ? ac : dc};
                f.col2 = (qcol){q->base, dc};
                f.num = k.th[h].num * k.th[h].unit / 86400.0;
                if (ac < 0)
                    snprintf(f.text, sizeof f.text, "%.10s", as_of);
                else
                    ground_mark_event_words(cat, f.col, &tk);
                add_filter(q, f);
            } else {
                r->unplaced++;
            }
            continue;
        }
        if (k.th[h].unit > 0) {
            /* a length of time: a numeric column whose name gives its unit,
             * in the base table, the value converted to that unit */
            const cat_table *tb = &cat->tables[q->base];
            int found = -1;
            double cu = 0;
            for (size_t c = 0; c < tb->ncols && found < 0; c++)
                if (ground_is_numeric(&tb->cols[c]) && !ground_is_key(tb, (int)c) &&
                    (cu = column_time_unit(tb->cols[c].name)) > 0)
                    found = (int)c;
            int ment[2], fpos[64], st = -1, en = -1;
            if (found >= 0) {
                f.col = (qcol){q->base, found};
                f.num = k.th[h].num * k.th[h].unit / cu;
                add_filter(q, f);
            } else if (named_dates(cat, &tk, q->base, ment, fpos, &st, &en) == 2) {
                /* "more than 4 days from pickup to delivery": the time between
                 * two named dates; on average per group it compares the
                 * measure (HAVING, after the duration is shaped) */
                if (k.avg && (q->ndims || q->bucket)) {
                    dur_th = h;
                    if (!dur_unit)
                        dur_unit = DUR_DAYS;
                } else if (k.avg) {
                    r->unplaced++;   /* an average over all rows against a number: a yes/no */
                } else {
                    f.cmp_col = 2;
                    f.col = (qcol){q->base, en};
                    f.col2 = (qcol){q->base, st};
                    f.num = k.th[h].num * k.th[h].unit / 86400.0;
                    add_filter(q, f);
                    ground_mark_event_words(cat, f.col, &tk);
                    ground_mark_event_words(cat, f.col2, &tk);
                }
            } else if (!k.avg && span_pair(&cat->tables[q->base], &st, &en) == 0) {
                /* "bookings of more than 7 nights": the row's own span,
                 * check-in to check-out */
                f.cmp_col = 2;
                f.col = (qcol){q->base, en};
                f.col2 = (qcol){q->base, st};
                f.num = k.th[h].num * k.th[h].unit / 86400.0;
                add_filter(q, f);
            } else {
                r->unplaced++;     /* no column says how long: decline */
            }
            continue;
        }
        int target = -1;
        for (int i = 0; i < nm; i++)
            if (th_at(&tk, &k.th[h], m[i].start) && m[i].role == R_THRESH)
                target = i;
        int kp = k.th[h].kwpos - 1;
        if (target < 0 && kp >= 0 && !tk.v[kp].used && !k.th[h].con) {
            /* "costing over 200", "weighing more than 5": the verb names a
             * numeric column of the base table */
            char w[TOK_LEN];
            snprintf(w, sizeof w, "%s", tk.v[kp].w);
            size_t lw = strlen(w);
            if (lw > 5 && strcmp(w + lw - 3, "ing") == 0)
                w[lw - 3] = '\0';
            else if (lw > 4 && strcmp(w + lw - 2, "ed") == 0)
                w[lw - 2] = '\0';
            else if (lw > 3 && w[lw - 1] == 's')
                w[lw - 1] = '\0';
            const cat_table *tb = &cat->tables[q->base];
            for (size_t c = 0; c < tb->ncols; c++)
                if (ground_is_numeric(&tb->cols[c]) && !ground_is_key(tb, (int)c) &&
                    strlen(w) >= 3 && name_word_prefix(tb->cols[c].name, w, 0)) {
                    f.col = (qcol){q->base, (int)c};
                    add_filter(q, f);
                    tk.v[kp].used = 1;
                    target = -2;
                    break;
                }
            if (target == -2)
                continue;
        }
        if (target < 0) {   /* the mention just before the comparative */
            for (int i = nm - 1; i >= 0; i--)
                if (m[i].end <= k.th[h].kwpos && m[i].role != R_FILTER) {
                    target = i;
                    break;
                }
        }
        /* "longer than 700 pages", "more than 300 miles": a numeric column
         * named right after the number, or stating the number's unit */
        qcol named = {-1, -1};
        if (target >= 0 && th_at(&tk, &k.th[h], m[target].start) && m[target].kind == MK_COLUMN)
            numeric_alt(cat, &m[target], q->base, &named);
        for (size_t c = 0; named.c < 0 && k.th[h].pkind && c < cat->tables[q->base].ncols; c++) {
            double cf;
            if (ground_is_numeric(&cat->tables[q->base].cols[c]) &&
                column_phys_unit(cat->tables[q->base].cols[c].name, &cf) == k.th[h].pkind)
                named = (qcol){q->base, (int)c};
        }
        if (named.c >= 0 && (k.th[h].con || k.th[h].pkind)) {
            f.col = named;
            add_filter(q, f);
            continue;
        }
        int mc;
        if (named.c < 0 && !k.th[h].con && k.th[h].pos >= 0 && (size_t)k.th[h].pos < tk.n &&
            tk.v[k.th[h].pos].money && !(target >= 0 && m[target].kind == MK_COLUMN) &&
            (mc = money_column(cat, q->base)) >= 0) {
            /* "payments of more than 500 euros": the money column of the
             * rows counted, when no column is named */
            f.col = (qcol){q->base, mc};
            add_filter(q, f);
            continue;
        }
        if (k.th[h].pkind) {
            /* "trips longer than 300 km" of agents: a column in the unit
             * said is of another table; none of the base's own is */
            r->unplaced++;
            continue;
        }
        if (k.th[h].con) {
            qcol c1, c2;
            if (ground_concept(cat, k.th[h].con, q->base, &c1, &c2) == 0 && c2.c < 0 &&
                (!physical(k.th[h].con) || c1.t == q->base)) {
                f.col = c1;
                add_filter(q, f);
                /* "earn more than": the pay they get now (the row not ended) */
                int ec = k.th[h].con == CON_PAYROLL ? end_date_col(cat, c1.t) : -1;
                if (ec >= 0) {
                    qfilter g;
                    memset(&g, 0, sizeof g);
                    g.col = (qcol){c1.t, ec};
                    g.op = OP_NULL;
                    g.pos = -1;
                    add_filter(q, g);
                }
            } else {
                r->unplaced++;   /* "longer than 300" and nothing is long: decline */
            }
            continue;
        }
        if (target < 0)
            continue;
        qcol c;
        if (m[target].kind == MK_COLUMN && numeric_alt(cat, &m[target], q->base, &c)) {
            f.col = c;
            /* "how many doctors have an average fee above 350": the groups
             * of the table counted whose measure passes, counted */
            if (target == mi && (k.avg || k.sum) && k.count && !q->ndims && !q->bucket &&
                counted >= 0 && m[counted].kind == MK_TABLE && m[counted].t != q->base &&
                joins_distance(cat, q->base, m[counted].t) > 0) {
                add_dim(cat, q, &m[counted], q->base);
                q->count_groups = q->ndims > 0;
                r->has_dims = q->ndims > 0;
            }
            /* "hotels with an average rating above 4": the table named
             * before the average is what it is computed per */
            if (target == mi && k.avg && !k.count && !q->ndims && !q->bucket && counted >= 0 &&
                m[counted].kind == MK_TABLE && m[counted].t != q->base &&
                m[counted].start < m[target].start && joins_distance(cat, q->base, m[counted].t) > 0) {
                add_dim(cat, q, &m[counted], q->base);
                r->has_dims = q->ndims > 0;
            }
            /* "an average fee above 350" per group: compares the measure */
            if (target == mi && (k.avg || k.sum) && (q->ndims || q->bucket))
                f.having = 1;
            add_filter(q, f);
        } else if (m[target].kind == MK_TABLE && m[target].role == R_THRESH) {
            /* "more than 100 accounts": count per group */
            if (q->m1.c < 0 && q->base != m[target].t && q->ndims == 0 && counted >= 0 &&
                m[counted].kind == MK_TABLE) {
                mention dm = m[counted];
                add_dim(cat, q, &dm, m[target].t);
                q->count_groups = k.count && !q->bucket;
            } else if (q->m1.c < 0 && q->ndims == 0 && subject >= 0 && m[subject].kind == MK_TABLE) {
                add_dim(cat, q, &m[subject], m[target].t);
            }
            q->base = q->m1.c >= 0 ? q->base : m[target].t;
            f.having = 2;
            f.col = (qcol){q->base, 0};
            r->has_subject = 1;
            add_filter(q, f);
        } else if (m[target].kind == MK_TABLE || m[target].kind == MK_CONCEPT) {
            qcol c1, c2;
            lex_concept tc = m[target].kind == MK_CONCEPT ? m[target].concept : CON_REVENUE;
            int tt = m[target].kind == MK_TABLE ? m[target].t : q->base;
            if (ground_concept(cat, tc, tt, &c1, &c2) == 0 && c2.c < 0 && c1.t == tt) {
                f.col = c1;
                add_filter(q, f);
            }
        }
    }
    /* "patients over 65" with nothing over 65 to compare: never drop it */
    for (int h = 0; h < k.nth; h++) {
        int placed = k.th[h].done || (k.th[h].op == OP_GE && k.th[h].num == 1) ||
                     (k.th[h].op == OP_GT && k.th[h].num == 0) ||   /* "at least one": EXISTS */
                     k.th[h].unit > 0;   /* lengths of time: placed (or declined) above, or in step 9 */
        for (int i = 0; i < q->nf && !placed; i++)
            placed = q->f[i].pos == k.th[h].kwpos && q->f[i].is_num;
        if (!placed)
            r->unplaced++;
    }
    /* "more than 2 tonnes" of weightKg: the value in the unit the column's
     * name states; a unit of another kind than the column's: decline */
    for (int h = 0; h < k.nth; h++)
        for (int i = 0; k.th[h].pkind && i < q->nf; i++) {
            qfilter *f = &q->f[i];
            double cf = 0;
            if (f->pos != k.th[h].kwpos || !f->is_num || f->having || f->col.t < 0 || f->col.c < 0)
                continue;
            int ck = column_phys_unit(cat->tables[f->col.t].cols[f->col.c].name, &cf);
            if (ck == k.th[h].pkind)
                f->num = k.th[h].num * k.th[h].pf / cf;
            else if (ck)
                r->unplaced++;
        }
    /* NULL words: "never paid", "no fee", "unpaid", "never logged in" */
    const cat_table *bt = &cat->tables[q->base];
    for (size_t i = 0; i < tk.n; i++) {
        int after_never = 0;
        for (int j = 0; j < k.nnull; j++)
            if ((int)i > k.nullpos[j] && (int)i <= k.nullpos[j] + 3)
                after_never = 1;
        const char *w = tk.v[i].w;
        int un = strncmp(w, "un", 2) == 0 && strlen(w) > 5;
        if ((!after_never && !un) || tk.v[i].isnum || lex_is_stop(w))
            continue;
        int in_table = 0;
        for (int j = 0; j < nm; j++)
            if (m[j].kind != MK_COLUMN && (int)i >= m[j].start && (int)i < m[j].end)
                in_table = 1;
        if (in_table)
            continue;
        const char *stem = un && !after_never ? w + 2 : w;
        /* the base table, or a table named right after ("unpaid invoice") */
        int tabs[2] = {q->base, -1};
        for (int j = 0; j < nm; j++)
            if (m[j].kind == MK_TABLE && m[j].start > (int)i && m[j].start <= (int)i + 2)
                tabs[1] = m[j].t;
        int done = 0;
        for (int ti2 = 0; ti2 < 2 && !done; ti2++) {
            if (tabs[ti2] < 0)
                continue;
            const cat_table *ct = &cat->tables[tabs[ti2]];
            /* "rated" ~ rating: the verb's stem without -ed, -d, -ing */
            char vs[TOK_LEN];
            snprintf(vs, sizeof vs, "%s", stem);
            size_t lv = strlen(vs);
            if (lv > 5 && !strcmp(vs + lv - 3, "ing"))
                vs[lv - 3] = '\0';
            else if (lv > 4 && !strcmp(vs + lv - 2, "ed"))
                vs[lv - 2] = '\0';
            for (size_t c = 0; c < ct->ncols && !done; c++) {
                const cat_column *col = &ct->cols[c];
                char role[64];
                if (col->notnull || col->pk)
                    continue;
                if (ground_is_key(ct, (int)c)) {
                    /* "no manager": a nullable key named by its role */
                    if (!fk_role(cat, tabs[ti2], (int)c, role, sizeof role) || !role_word(w, role))
                        continue;
                } else if (!name_word_prefix(col->name, stem,
                                             col->kind == COL_DATE || col->kind == COL_DATETIME) &&
                           (strlen(vs) < 3 || !strcmp(vs, stem) ||
                            !name_word_prefix(col->name, vs, 0))) {
                    continue;
                }
                qfilter f;
                memset(&f, 0, sizeof f);
                f.col = (qcol){tabs[ti2], (int)c};
                f.op = OP_NULL;
                f.pos = (int)i;
                add_filter(q, f);
                tk.v[i].used = 1;
                done = 1;
            }
        }
    }

    /* "nothing paid", "zero renewals": a numeric column equal to 0; "4-star
     * hotels", "3 bedrooms": an integer column equal to the number */
    for (size_t i = 0; i + 1 < tk.n; i++) {
        if ((!tok_is(&tk, i, "nothing") && !tok_is(&tk, i, "zero") && !tk.v[i].isnum) || tk.v[i].used)
            continue;
        for (int j = 0; j < nm; j++) {
            qcol c;
            if (m[j].kind != MK_COLUMN || m[j].start != (int)i + 1 ||
                m[j].role != R_ZERO || !numeric_alt(cat, &m[j], q->base, &c) ||
                joins_distance(cat, q->base, c.t) < 0)
                continue;
            qfilter f;
            memset(&f, 0, sizeof f);
            f.col = c;
            f.op = OP_EQ;
            f.is_num = 1;
            f.num = tk.v[i].isnum ? tk.v[i].num : 0;
            f.pos = (int)i;
            add_number_filter(q, f);
            m[j].role = R_FILTER;
            tk.v[i].used = 1;
            break;
        }
    }

    /* "paid invoices", "shipped orders": a nullable date column named by
     * its participle and used for nothing else means it is set */
    for (int i = 0; i < nm; i++) {
        if (m[i].kind != MK_COLUMN || m[i].role != R_NONE || m[i].end - m[i].start != 1 || dur_unit)
            continue;
        const char *w = tk.v[m[i].start].w;
        size_t lw = strlen(w);
        static const char *const irregular[] = {"paid", "sent", "left", "quit", "sold", "won",
                                                "lost", "held", "kept", "shut", "done", "begun",
                                                "spent", "built", "bought", "made", NULL};
        /* "terminations", "cancellations": the event's noun, plural */
        int plural = lw > 5 && strcmp(w, tk.v[m[i].start].stem) != 0;
        if (!(lw > 4 && strcmp(w + lw - 2, "ed") == 0) && !in(w, irregular) && !plural)
            continue;
        qcol c = pick(cat, &m[i], q->base);
        if (c.t < 0 || !date_kind(&cat->tables[c.t].cols[c.c]) || cat->tables[c.t].cols[c.c].notnull)
            continue;
        int seen = 0;
        for (int j = 0; j < q->nf; j++)
            seen |= q->f[j].col.t == c.t && q->f[j].col.c == c.c;
        if (seen || joins_distance(cat, q->base, c.t) < 0)
            continue;
        if (ti.has_range) {
            /* "shipped in 2024" dates the rows by it; "fines assessed in
             * 2023 (that) have been paid": another verb dates them */
            qcol rc = date_col_near(cat, q, &tk);
            if (rc.c < 0 || (rc.t == c.t && rc.c == c.c))
                continue;
        }
        qfilter f;
        memset(&f, 0, sizeof f);
        f.col = c;
        f.op = OP_NOTNULL;
        f.pos = m[i].start;
        add_filter(q, f);
        m[i].role = R_FILTER;
    }

    /* "reviews that got a reply", "bookings that included children",
     * "orders with a discount": a column named after a verb of having is
     * set (a date, a text) or above zero (a count) */
    for (int i = 0; i < nm; i++) {
        /* "how many bookings included children", "what percentage of
         * bookings included children": the rows counted, not the measure */
        int counted_measure = (k.count || pct_kind) && condition_not_measure(q, &k, &m[i]);
        if (m[i].kind != MK_COLUMN || (m[i].role != R_NONE && !counted_measure) ||
            m[i].end - m[i].start != 1 || dur_unit || !having_verb_before(&tk, m[i].start))
            continue;
        if (counted_measure)
            q->m1 = (qcol){-1, -1};
        qcol c = pick(cat, &m[i], q->base);
        if (c.t < 0 || mention_used(cat, &tk, q, &m[i]) || joins_distance(cat, q->base, c.t) < 0 ||
            (c.t != q->base && !up_path(cat, q->base, c.t)))
            continue;
        const cat_table *ct = &cat->tables[c.t];
        const cat_column *col = &ct->cols[c.c];
        qfilter f;
        memset(&f, 0, sizeof f);
        f.col = c;
        f.pos = m[i].start;
        if (col->kind == COL_INT && !ground_is_key(ct, c.c) && !col->pk) {
            f.op = OP_GT;   /* "included children": children > 0 */
            f.is_num = 1;
        } else if (!col->notnull && !col->pk && (date_kind(col) || col->kind == COL_TEXT)) {
            f.op = OP_NOTNULL;
        } else {
            continue;
        }
        add_filter(q, f);
        m[i].role = R_FILTER;
        tk.v[having_verb_before(&tk, m[i].start) - 1].used = 1;
    }
    /* "reviews that left the cleanliness score blank", "email is empty":
     * an optional column said to be empty after it */
    for (int i = 0; i < nm; i++) {
        size_t e = (size_t)m[i].end;
        if (e < tk.n && (tok_is(&tk, e, "score") || tok_is(&tk, e, "field") || tok_is(&tk, e, "value") ||
                         tok_is(&tk, e, "date")))
            e++;   /* "the cleanliness score blank" */
        if (e < tk.n && (tok_is(&tk, e, "is") || tok_is(&tk, e, "was") || tok_is(&tk, e, "are") ||
                         tok_is(&tk, e, "were")))
            e++;
        if (m[i].kind != MK_COLUMN || e >= tk.n ||
            !(tok_is(&tk, e, "blank") || tok_is(&tk, e, "empty") || tok_is(&tk, e, "missing") ||
              tok_is(&tk, e, "unset") || tok_is(&tk, e, "null")))
            continue;
        int counted_measure = !k.max && !k.min && condition_not_measure(q, &k, &m[i]);
        if (m[i].role != R_NONE && !counted_measure)
            continue;
        qcol c = pick(cat, &m[i], q->base);
        if (c.t < 0 || cat->tables[c.t].cols[c.c].notnull || cat->tables[c.t].cols[c.c].pk ||
            (c.t != q->base && !up_path(cat, q->base, c.t)))
            continue;
        if (counted_measure)
            q->m1 = (qcol){-1, -1};
        qfilter f;
        memset(&f, 0, sizeof f);
        f.col = c;
        f.op = OP_NULL;
        f.pos = m[i].start;
        add_filter(q, f);
        m[i].role = R_FILTER;
        tk.v[e].used = 1;
        tk.v[e - 1].used = 1;   /* "score", "is": placed with it */
        if (m[i].start > 0 && tok_is(&tk, (size_t)m[i].start - 1, "left"))
            tk.v[m[i].start - 1].used = 1;   /* "left the score blank" */
        else if (m[i].start > 1 && tok_is(&tk, (size_t)m[i].start - 2, "left"))
            tk.v[m[i].start - 2].used = 1;
    }
    /* "got a reply" matching no name: the one optional date of the rows
     * named like it (replied_on) is set */
    for (size_t i = 0; i < tk.n && !dur_unit; i++) {
        if (tk.v[i].used || tk.v[i].isnum || lex_is_stop(tk.v[i].w) || strlen(tk.v[i].w) < 4 ||
            !having_verb_before(&tk, (int)i))
            continue;
        const cat_table *bt2 = &cat->tables[q->base];
        int hit = -1, nhit = 0;
        for (size_t c = 0; c < bt2->ncols; c++)
            if (!bt2->cols[c].notnull && !bt2->cols[c].pk && date_kind(&bt2->cols[c]) &&
                name_word_prefix(bt2->cols[c].name, tk.v[i].stem, 0)) {
                hit = (int)c;
                nhit++;
            }
        if (nhit != 1)
            continue;
        qfilter f;
        memset(&f, 0, sizeof f);
        f.col = (qcol){q->base, hit};
        f.op = OP_NOTNULL;
        f.pos = (int)i;
        tk.v[having_verb_before(&tk, (int)i) - 1].used = 1;
        add_filter(q, f);
        tk.v[i].used = 1;
    }

    /* "65 or older on December 31, 2024": the birth date against that day
     * (the question's one day, else the reference date) less the years */
    if (age_pos >= 0) {
        const cat_table *at = &cat->tables[q->base];
        int bc = -1;
        for (size_t c = 0; c < at->ncols && bc < 0; c++)
            if (date_kind(&at->cols[c]) && (strstr(at->cols[c].name, "birth") ||
                                            strstr(at->cols[c].name, "Birth") ||
                                            strstr(at->cols[c].name, "born") ||
                                            !strcasecmp(at->cols[c].name, "dob")))
                bc = (int)c;
        const char *ref = as_of;
        int y, mo, d;
        char next[11] = "";
        if (ti.has_range && sscanf(ti.from, "%4d-%2d-%2d", &y, &mo, &d) == 3)
            time_fmt(next, y, mo, d + 1);
        int one_day = next[0] && !strcmp(next, ti.to);
        if (one_day)
            ref = ti.from;
        if (bc >= 0 && ref && sscanf(ref, "%4d-%2d-%2d", &y, &mo, &d) == 3 && age_n >= 0 && age_n < 200) {
            int years = (int)age_n + (age_op == OP_GT || age_op == OP_LE);
            qfilter f;
            memset(&f, 0, sizeof f);
            f.col = (qcol){q->base, bc};
            f.op = age_op == OP_GE || age_op == OP_GT ? OP_LE : OP_GT;
            f.pos = age_pos;
            time_fmt(f.text, y - years, mo, d);
            add_filter(q, f);
            if (one_day) {
                ti.has_range = 0;
                ti.from[0] = ti.to[0] = '\0';
            }
        } else {
            r->unplaced++;   /* an age without a birth date to count it from */
        }
    }

    /* "late", "on time": the row's event date against its due date, by day
     * (returned_on > due_on); the event is the date the words name
     * ("delivered", "came back"), else the one that ends the row's business */
    if (due.sign) {
        int dc, ac, ok = due_pair(cat, &tk, q->base, &due, &dc, &ac) == 0;
        if (ok && ac < 0) {
            int e = end_date_col(cat, q->base);
            ac = e >= 0 && e != dc ? e : -1;
        }
        if (due.sign != 2 && ok && ac >= 0) {
            qfilter f;
            memset(&f, 0, sizeof f);
            f.col = (qcol){q->base, ac};
            f.col2 = (qcol){q->base, dc};
            f.cmp_col = 1;
            f.op = due.sign > 0 ? OP_GT : due.strict ? OP_LT : OP_LE;
            f.pos = due.pos;
            add_filter(q, f);
            ground_mark_event_words(cat, f.col, &tk);
        } else {
            r->unplaced++;   /* no due date and event to compare here */
        }
    }

    /* NULL states the schema's comments name ("undeclared students") */
    for (int j = 0; j < nnull; j++) {
        int seen = 0;
        for (int x = 0; x < q->nf; x++)
            seen |= q->f[x].col.t == nulls[j].col.t && q->f[x].col.c == nulls[j].col.c &&
                    (q->f[x].op == OP_NULL || q->f[x].op == OP_NOTNULL);
        if (seen)
            continue;   /* "haven't been rated": read from the column's name already */
        /* one word ("undeclared") is weak evidence: of the rows counted or
         * listed themselves, not of a table joined to them */
        if (joins_distance(cat, q->base, nulls[j].col.t) < 0 ||
            (nulls[j].words == 1 && nulls[j].col.t != q->base)) {
            r->unplaced++;
            continue;
        }
        qfilter f;
        memset(&f, 0, sizeof f);
        f.col = nulls[j].col;
        f.op = (q_op)nulls[j].op;
        f.pos = nulls[j].start;
        add_filter(q, f);
    }
    /* "current", "right now": rows whose end date is still empty */
    int now_word = 0;
    for (size_t i = 0; i < tk.n; i++)
        if (tok_is(&tk, i, "current") || tok_is(&tk, i, "currently") ||
            (tok_is(&tk, i, "right") && tok_is(&tk, i + 1, "now")))
            now_word = 1;
    for (size_t c = 0; now_word && c < bt->ncols; c++) {
        static const char *const ends[] = {"end", "cancel", "closed", "deleted", "expire",
                                           "churn", "terminat", NULL};
        const cat_column *col = &bt->cols[c];
        if (col->notnull || (col->kind != COL_DATE && col->kind != COL_DATETIME))
            continue;
        for (size_t e = 0; ends[e]; e++)
            if (strncasecmp(col->name, ends[e], strlen(ends[e])) == 0) {
                qfilter f;
                memset(&f, 0, sizeof f);
                f.col = (qcol){q->base, (int)c};
                f.op = OP_NULL;
                add_filter(q, f);
                now_word = 0;
                break;
            }
    }
    /* state words: "pending claims", "outstanding fines", "still employed",
     * "active", "right now": the row's end date (end_date_col) is empty;
     * "former": it is set */
    for (size_t i = 0; i < tk.n; i++) {
        static const char *const ongoing[] = {"pending", "outstanding", "open", "active", "ongoing",
                                              "unsettled", "unresolved", "awaiting", "current",
                                              "currently", "still", NULL};
        static const char *const over[] = {"former", "settled", "returned", "resolved", "closed",
                                           "completed", "finished", "left", "quit", NULL};
        const char *w = tk.v[i].w;
        int st = in(w, ongoing) ? OP_NULL : in(w, over) ? OP_NOTNULL :
                 (tok_is(&tk, i, "right") && tok_is(&tk, i + 1, "now")) ? OP_NULL : 0;
        int t = q->base, named = 0;   /* the table named right after the word ("pending claims") */
        for (int j = 0; j < nm; j++)
            if (m[j].kind == MK_TABLE && m[j].start > (int)i && m[j].start <= (int)i + 2) {
                t = m[j].t;
                named = 1;
            }
        /* "tickets still open" where 'open' is only a value of another
         * table's column: the rows' own state, not that value */
        for (int j = 0; st && tk.v[i].used && j < nm; j++) {
            if (m[j].kind != MK_VALUE || m[j].start != (int)i || m[j].end != (int)i + 1 ||
                end_date_col(cat, t) < 0)
                continue;
            int own = 0;
            for (int a = 0; a < m[j].nalts; a++)
                own |= m[j].alts[a].t == t;
            for (int x = 0; !own && x < q->nf; x++)
                if (q->f[x].pos == (int)i && q->f[x].op <= OP_IN && !q->f[x].is_num) {
                    q->f[x] = q->f[--q->nf];
                    tk.v[i].used = 0;
                    m[j].role = R_NONE;
                    break;
                }
        }
        if (!st || tk.v[i].used)
            continue;
        for (int j = 0; j < k.nnull; j++)   /* "never left", "not yet settled": the other state */
            if ((int)i > k.nullpos[j] && (int)i <= k.nullpos[j] + 3) {
                st = st == OP_NOTNULL ? OP_NULL : OP_NOTNULL;
                break;
            }
        /* a participle that may date the rows ("settled in 2024"): a range
         * goes by it, it is not a state then */
        if (st == OP_NOTNULL && strcmp(w, "former") && ti.has_range && !named &&
            !(i > 0 && tok_is(&tk, i - 1, "since")))
            continue;   /* a participle dating the rows; not "completed stays in 2023" (an
                         * adjective), nor "hired in 2022 and have since left" (a state) */
        /* "active members", "are still pending" with no end date to test:
         * a condition the reading cannot express (a verb "open" is not) */
        if (end_date_col(cat, t) == -1 && !lex_is_stop(w) &&
            (named || (i > 0 && (tok_is(&tk, i - 1, "are") || tok_is(&tk, i - 1, "is") ||
                                 tok_is(&tk, i - 1, "still") || tok_is(&tk, i - 1, "currently"))))) {
            r->unplaced++;
            continue;
        }
        int c = end_date_col(cat, t), seen = 0;
        for (int j = 0; j < q->nf; j++)
            seen |= q->f[j].col.t == t && (q->f[j].op == OP_NULL || q->f[j].op == OP_NOTNULL) &&
                    date_kind(&cat->tables[t].cols[q->f[j].col.c]);
        if (seen && c >= 0)
            tk.v[i].used = 1;   /* "still pending": one state, said twice */
        if (seen || c == -1 || joins_distance(cat, q->base, t) < 0)
            continue;
        if (c == -2) {
            if (!lex_is_stop(w))
                r->unplaced++;   /* which end? ask rather than guess */
            continue;
        }
        if (st == OP_NOTNULL && strcmp(w, "former") && abort_end(cat->tables[t].cols[c].name)) {
            r->unplaced++;   /* "completed stays" are not the cancelled ones */
            continue;
        }
        qfilter f;
        memset(&f, 0, sizeof f);
        f.col = (qcol){t, c};
        f.op = (q_op)st;
        f.pos = (int)i;
        add_filter(q, f);
        tk.v[i].used = 1;
        if (tok_is(&tk, i, "right"))
            tk.v[i + 1].used = 1;
    }

    /* "the salary of current employees": a measure kept as a history
     * (rows with an end date) is the current row's too */
    int now_said = 0;
    for (size_t i = 0; i < tk.n; i++)
        now_said |= tok_is(&tk, i, "current") || tok_is(&tk, i, "currently") ||
                    (tok_is(&tk, i, "right") && tok_is(&tk, i + 1, "now"));
    if (now_said && q->m1.c >= 0 && !q->measure) {
        int ec = end_date_col(cat, q->m1.t), seen = 0;
        for (int j = 0; j < q->nf; j++)
            seen |= q->f[j].col.t == q->m1.t && (q->f[j].op == OP_NULL || q->f[j].op == OP_NOTNULL);
        if (ec >= 0 && !seen && date_kind(&cat->tables[q->m1.t].cols[ec])) {
            qfilter f;
            memset(&f, 0, sizeof f);
            f.col = (qcol){q->m1.t, ec};
            f.op = OP_NULL;
            f.pos = -1;
            add_filter(q, f);
        }
    }
    /* "headcount", "payroll": of the people (or pay) current now */
    int now_t = headcount >= 0 ? headcount : con == CON_PAYROLL && q->m1.c >= 0 ? q->m1.t : -1;
    if (now_t >= 0 && joins_distance(cat, q->base, now_t) >= 0 && end_date_col(cat, now_t) >= 0) {
        int c = end_date_col(cat, now_t), seen = 0;
        for (int j = 0; j < q->nf; j++)
            seen |= q->f[j].col.t == now_t && q->f[j].col.c == c;
        if (!seen) {
            qfilter f;
            memset(&f, 0, sizeof f);
            f.col = (qcol){now_t, c};
            f.op = OP_NULL;
            f.pos = -1;
            add_filter(q, f);
        }
    }

    /* 8. aggregate, order, limit */
    r->kw_agg = k.avg ? AGG_AVG : k.sum ? AGG_SUM : k.count ? AGG_COUNT :
                (k.max && !k.top) ? AGG_MAX : (k.min && !k.bottom) ? AGG_MIN : AGG_NONE;
    if (!r->kw_agg && ((k.max && !k.top) || (k.min && !k.bottom)) && !subject_is_dim &&
        q->ndims == 0 && !q->bucket)
        r->kw_agg = k.max ? AGG_MAX : AGG_MIN;
    r->has_agg_word = k.count || k.sum || k.avg || k.distinct ||
                      ((k.max || k.min) && !subject_is_dim && q->ndims == 0 && !q->bucket);
    int grouped = q->ndims > 0 || q->bucket;
    if (k.distinct && q->m1.c < 0) {
        /* "how many distinct countries": a column mention after distinct */
        for (int i = 0; i < nm; i++)
            if (kw_before(&tk, &k, m[i].start) == KW_DISTINCT) {
                if (m[i].kind == MK_COLUMN) {
                    q->m1 = pick(cat, &m[i], q->base);
                    q->agg = AGG_COUNT_DISTINCT;
                    m[i].role = R_MEASURE;
                } else if (m[i].kind == MK_TABLE) {
                    int pk = catalog_primary_key(&cat->tables[m[i].t]);
                    if (pk >= 0 && m[i].t != q->base) {
                        q->m1 = (qcol){m[i].t, pk};
                        q->agg = AGG_COUNT_DISTINCT;
                    }
                } else if (m[i].kind == MK_VALUE && m[i].nalts == 1 && m[i].alts[0].t != q->base) {
                    /* "how many different servers served ...": the rows of the
                     * table whose value names them ('server' of staff.role) */
                    int vt = m[i].alts[0].t, pk = catalog_primary_key(&cat->tables[vt]);
                    if (pk >= 0 && joins_distance(cat, q->base, vt) > 0) {
                        q->m1 = (qcol){vt, pk};
                        q->agg = AGG_COUNT_DISTINCT;
                    }
                }
            }
        if (q->agg == AGG_COUNT_DISTINCT && q->m1.t == q->base) {
            /* count distinct in the table that mentions it: keep base */
        }
        /* the entity of a counted table follows: "distinct customers ... orders" */
        if (q->agg == AGG_COUNT_DISTINCT) {
            for (int i = 0; i < nm; i++)
                if (m[i].kind == MK_TABLE && m[i].t != q->m1.t && m[i].role != R_DIM &&
                    joins_distance(cat, m[i].t, q->m1.t) > 0) {
                    q->base = m[i].t;
                    break;
                }
        }
    }
    if (q->agg == AGG_NONE) {
        if (q->m1.c >= 0) {
            if (k.avg) q->agg = AGG_AVG;
            else if (k.sum) q->agg = AGG_SUM;
            else if (k.count) q->agg = count_of_column(&tk, &k, m, nm, mi) ? AGG_SUM : AGG_COUNT;
            else if (k.max && !grouped) q->agg = AGG_MAX;
            else if (k.min && !grouped) q->agg = AGG_MIN;
            else q->agg = AGG_SUM;
        } else {
            q->agg = AGG_COUNT;
        }
    }
    if (q->agg == AGG_COUNT)
        q->m1 = q->m2 = (qcol){-1, -1};
    /* "the 5 accounts we invoiced the most", "which customer paid the
     * most": a verb of money rows ranked, no noun counted, is their amount */
    if (q->agg == AGG_COUNT && !k.count && !q->list && !pct_kind && (k.top || k.bottom) && q->m1.c < 0 &&
        !k.distinct && money_verb_only(cat, &tk, m, nm, q->base)) {
        int amt = money_amount(cat, q->base);
        if (amt >= 0) {
            q->agg = AGG_SUM;
            q->m1 = (qcol){q->base, amt};
            set_alias(q, cat, CON_NONE);
        }
    }
    /* "bank transfer payments total per hotel", "total fines", "total paid
     * by card": the total of rows that are sums of money is their amount's */
    if (q->agg == AGG_COUNT && !k.count && !q->list && !pct_kind && k.sum && q->m1.c < 0) {
        int amt = money_amount(cat, q->base);
        if (amt >= 0) {
            q->agg = AGG_SUM;
            q->m1 = (qcol){q->base, amt};
            set_alias(q, cat, CON_NONE);
        }
    }
    if (k.median && q->agg == AGG_AVG)
        q->agg = AGG_MEDIAN;
    if (k.median && r->kw_agg == AGG_AVG)
        r->kw_agg = AGG_MEDIAN;
    if (grouped && (k.top || k.bottom || k.limit)) {
        q->limit = k.limit ? k.limit : 1;
        q->asc = k.bottom && !k.top;
        r->has_limit = 1;
    } else if (k.limit) {
        q->limit = k.limit;
        q->asc = k.bottom && !k.top;
        r->has_limit = 1;
    } else if ((k.top || k.bottom) && r->followup_cue && prev && (prev->ndims || prev->bucket) && !prev->list) {
        /* "which of them had the lowest total?": the previous groups' first */
        q->limit = 1;
        q->asc = k.bottom && !k.top;
        r->has_limit = 1;
    }
    /* "bottom 5 enterprise customers by current MRR": the table counted is
     * one the measure's rows belong to; rank its rows by their measure */
    if (!grouped && q->m1.c >= 0 && (k.top || k.bottom) && k.limit && counted >= 0 &&
        m[counted].kind == MK_TABLE && m[counted].t != q->base && !q->measure &&
        keys_holder(cat, q->base, m[counted].t) >= 0) {
        add_dim(cat, q, &m[counted], q->base);
        grouped = q->ndims > 0;
        r->has_dims = grouped;
        /* "bottom 5" ranks them by their total, as "top 5 customers by MRR" */
        int sp = k.superlative_pos;
        if ((q->agg == AGG_MIN || q->agg == AGG_MAX) && sp >= 0 &&
            (tok_is(&tk, (size_t)sp, "top") || tok_is(&tk, (size_t)sp, "bottom")))
            q->agg = AGG_SUM;
    }
    /* an entity ranked by its own column: list rows ("3 cheapest products") */
    if (!grouped && q->m1.c >= 0 && (k.top || k.bottom) && k.limit && !k.sum && !k.avg) {
        q->list = 1;
        q->agg = AGG_NONE;
        int lb = ground_label(&cat->tables[q->base]);
        if (lb >= 0 && lb != q->m1.c) {
            q->dims[0] = q->labels[0] = (qcol){q->base, lb};
            q->ndims = 1;
        }
    } else if (q->ndims == 1 && q->dims[0].t == q->base && q->m1.c >= 0 &&
               q->m1.t == q->base && q->labels[0].c >= 0 &&
               q->dims[0].c == catalog_primary_key(&cat->tables[q->base]) && !q->bucket) {
        q->list = 1;
        q->agg = AGG_NONE;
    }
    /* a plain listing: "list the accounts with more than 2,000 employees" */
    int having = 0;
    for (int i = 0; i < q->nf; i++)
        having |= q->f[i].having;
    /* "books in french?": a bare noun phrase asked as a question wants
     * how many, not the rows */
    size_t ql = strlen(question);
    while (ql > 0 && isspace((unsigned char)question[ql - 1]))
        ql--;
    int bare_q = ql > 0 && question[ql - 1] == '?' && !k.list && !is_w(&tk, 0, "how") &&
                 !is_w(&tk, 0, "are") && !is_w(&tk, 0, "is") && !is_w(&tk, 0, "do") &&
                 !is_w(&tk, 0, "does") && !is_w(&tk, 0, "any") && counted >= 0;
    if (!k.count && !k.sum && !k.avg && !k.distinct && q->m1.c < 0 && !grouped &&
        !having && !(k.top || k.bottom) && (k.list || counted >= 0) && !bare_q)
        q->list = 1;
    if (q->list && q->agg == AGG_COUNT)
        q->agg = AGG_NONE;
    if (q->list && show.c >= 0 && q->ndims == 0 && q->m1.c < 0 && show.t == q->base) {
        q->dims[0] = q->labels[0] = show;
        q->ndims = 1;
        if (show2.c >= 0 && show2.t == q->base) {
            q->dims[1] = q->labels[1] = show2;
            q->ndims = 2;
        }
    }
    /* "who are the directors": people, the rows of the table of persons
     * whose job (or team, ...) the value describes */
    int people = q->list && tok_is(&tk, 0, "who") && counted < 0 && q->m1.c < 0 && !q->ndims ?
                 person_table(cat) : -1;   /* a scan of every column: only when asked */
    if (people >= 0 && q->base != people && keys_holder(cat, people, q->base) >= 0)
        q->base = people;
    set_alias(q, cat, con);
    if (q->measure) {
        const sem_measure *me = &cat->sem->measures[q->measure - 1];
        if (me->aggregate && q->agg != AGG_NONE)
            q->agg = AGG_SUM;       /* the measure aggregates itself */
        snprintf(q->alias, sizeof q->alias, "%s%.24s", me->aggregate || q->agg == AGG_SUM ? "" :
                 q->agg == AGG_AVG ? "avg_" : q->agg == AGG_MAX ? "max_" : q->agg == AGG_MIN ? "min_" :
                 q->agg == AGG_MEDIAN ? "median_" : "",
                 me->name);
        for (char *p = q->alias; *p; p++)
            if (!isalnum((unsigned char)*p))
                *p = '_';
    }

    /* 9. shapes: durations, rates and shares, comparisons */
    int dur_rc = dur_unit ? shape_duration(cat, &tk, q, dur_unit, &ti, as_of, &k, &due) : -1;
    if (dur_th >= 0 && dur_rc == 0) {   /* "take more than 4 days on average" per group */
        qfilter f;
        memset(&f, 0, sizeof f);
        f.pos = k.th[dur_th].kwpos;
        f.op = k.th[dur_th].op;
        f.is_num = 1;
        f.having = 1;
        f.col = q->m1;
        f.num = k.th[dur_th].num * k.th[dur_th].unit /
                (dur_unit == DUR_HOURS ? 3600.0 : dur_unit == DUR_MINUTES ? 60.0 :
                 dur_unit == DUR_YEARS ? 31557600.0 : 86400.0);
        add_filter(q, f);
    } else if (dur_th >= 0) {
        r->unplaced++;
    }
    if (dur_unit && dur_rc < 0 && (dur_cue_strong || due.dur))
        r->unplaced++;
    if (dur_rc == 0)
        r->has_subject = 1;
    if (dur_rc == 0)
        snprintf(q->alias, sizeof q->alias, "%s_%s",
                 q->agg == AGG_MAX ? "max" : q->agg == AGG_MIN ? "min" : q->agg == AGG_SUM ? "total" :
                 q->agg == AGG_MEDIAN ? "median" : "avg",
                 dur_unit == DUR_HOURS ? "hours" : dur_unit == DUR_MINUTES ? "minutes" :
                 dur_unit == DUR_YEARS ? "years" : "days");
    if (pct_kind) {
        int subj_end = -1;
        for (int i = 0; i < nm; i++)
            if (m[i].kind == MK_TABLE && m[i].start > pct_pos && subj_end < 0 &&
                (m[i].role == R_COUNTED || m[i].role == R_NONE || m[i].role == R_QUAL))
                subj_end = m[i].end;
        /* "what share of all terminations were resignations": no table
         * named, the verb ends the rows measured */
        for (size_t i = (size_t)pct_pos + 1; subj_end < 0 && pct_kind == 2 && i < tk.n; i++)
            if (tok_is(&tk, i, "were") || tok_is(&tk, i, "are") || tok_is(&tk, i, "was") ||
                tok_is(&tk, i, "is") || tok_is(&tk, i, "that") || tok_is(&tk, i, "which"))
                subj_end = (int)i;
        /* "payouts as a percentage of the amount claimed": one measure over
         * another, which the query does not express; ask rather than give
         * a share of the first */
        for (int i = 0; i < nm && q->m1.c >= 0; i++)
            if (m[i].kind == MK_COLUMN && m[i].start > pct_pos && m[i].start <= pct_pos + 4 &&
                tok_is(&tk, (size_t)pct_pos + 1, "of") && all_numeric(cat, &m[i]) &&
                (pick(cat, &m[i], q->base).t != q->m1.t || pick(cat, &m[i], q->base).c != q->m1.c)) {
                r->unplaced++;
                snprintf(r->unsupported, sizeof r->unsupported, "a ratio of two measures");
                break;
            }
        /* "what percentage of its revenue came from OTA bookings": the
         * measure's rows end at the verb saying where part of it came from */
        for (size_t i = (size_t)pct_pos + 1; pct_kind == 2 && q->m1.c >= 0 && q->agg == AGG_SUM && i < tk.n; i++)
            if (!tk.v[i].used && (tok_is(&tk, i, "came") || tok_is(&tk, i, "come") || tok_is(&tk, i, "comes") ||
                                  tok_is(&tk, i, "coming"))) {
                subj_end = (int)i;
                tk.v[i].used = 1;
                break;
            }
        if (shape_pct(&tk, q, pct_kind, pct_pos, subj_end, prev != NULL) < 0)
            return -1;
        drop_rate_echo(cat, q);
    }
    if (cmp_cue)
        shape_compare(cat, q, &ti, &k);
    /* "hires in 2022 vs 2024": the periods compared are not one run of
     * periods; the range from the first to the last would add those
     * between them */
    if (ti.npoints >= 2 && ti.grain && q->bucket == ti.grain && ti.from[0] && ti.to[0]) {
        int fy, fm, ty, tm, fd, td;
        if (sscanf(ti.from, "%4d-%2d-%2d", &fy, &fm, &fd) == 3 &&
            sscanf(ti.to, "%4d-%2d-%2d", &ty, &tm, &td) == 3) {
            int months = (ty * 12 + tm) - (fy * 12 + fm);
            int span = ti.grain == BK_YEAR ? months / 12 : ti.grain == BK_QUARTER ? months / 3 :
                       ti.grain == BK_MONTH ? months : ti.npoints;
            if (span > ti.npoints)
                r->unplaced++;
        }
    }
    if ((k.max || k.min) && !dur_unit && !pct_kind)
        shape_when(cat, &tk, q, &k);
    /* "the most recent salary per employee", "latest order of each
     * customer" read as the groups with the most rows: the word asked for
     * a date, the latest row within each group */
    for (size_t i = 0; i < tk.n && q->agg == AGG_COUNT && q->limit && !q->list && !q->pct; i++)
        if (tok_is(&tk, i, "latest") || tok_is(&tk, i, "newest") || tok_is(&tk, i, "recent") ||
            tok_is(&tk, i, "recently") || tok_is(&tk, i, "earliest") || tok_is(&tk, i, "oldest")) {
            r->unplaced++;
            break;
        }

    /* a foreign key named by its role: "by origin city", "arriving in
     * Paris", "per manager": join along that key (emit), a self-join for
     * a key into its own table */
    int rft = -1, rfc = -1;
    int rpos = find_role(cat, &tk, m, nm, &rft, &rfc);
    if (rpos >= 0 && joins_distance(cat, q->base, rft) >= 0) {
        int ref = cat->tables[rft].cols[rfc].ref_t;
        tk.v[rpos].used = 1;
        if (tok_is(&tk, rpos, "to"))   /* "reports directly to": the phrase is the role's */
            for (int b = rpos - 1; b >= 0 && b >= rpos - 2 &&
                               (tok_is(&tk, b, "directly") || !strncmp(tk.v[b].w, "report", 6)); b--)
                tk.v[b].used = 1;
        q->role_t = rft;
        q->role_fk = rfc + 1;
        /* the role's phrase starts at the words the idioms placed before it
         * ("each team lead") */
        int rstart = rpos;
        while (rstart > 0 && tk.v[rstart - 1].used && !k.kw[rstart - 1] && !tk.v[rstart - 1].isnum)
            rstart--;
        int named = 0;   /* a mention right after the role word, in the referenced table */
        int chain = -1;  /* and the mentions right after it ("Daphne Jaramillo") */
        for (int j = 0; j < nm; j++) {
            if ((m[j].start < rpos + 1 || m[j].start > rpos + 2) && m[j].start != chain)
                continue;
            chain = m[j].end;
            if (m[j].kind == MK_TABLE) {
                if (m[j].t == ref && m[j].role == R_DIM)
                    named = 1;   /* "per origin warehouse": grouped by it already */
                continue;   /* "destination airport code": the column says it */
            }
            int in_ref = 0;
            for (int a = 0; a < m[j].nalts; a++)
                in_ref |= m[j].alts[a].t == ref;
            if (!in_ref)
                continue;
            named = 1;
            /* "by origin city": the role word stood between "by" and the column */
            if (m[j].kind == MK_COLUMN && m[j].role == R_NONE && q->ndims < Q_MAXD &&
                kw_before(&tk, &k, rstart) == KW_GROUP) {
                mention one = m[j];
                int a = ground_nearest(cat, m[j].alts, m[j].nalts, ref);
                if (a >= 0) {
                    one.alts[0] = m[j].alts[a];
                    one.nalts = 1;
                }
                m[j].role = R_DIM;
                add_dim(cat, q, &one, ref);
                r->has_dims = 1;
            }
            if (ref != rft)
                continue;
            for (int a = 0; a < m[j].nalts; a++)
                if (m[j].alts[a].t == ref && m[j].alts[a].c < 32 && m[j].alts[a].c != rfc)
                    q->role_cols |= 1u << m[j].alts[a].c;
        }
        /* "which manager has the most direct reports", "top 3 managers by
         * team size": the role ranked, as "by manager" */
        int rank = (kw_before(&tk, &k, rstart) == KW_LIST || kw_before(&tk, &k, rstart) == KW_MAX ||
                    kw_before(&tk, &k, rstart) == KW_MIN) && (k.top || k.bottom) && !q->ndims &&
                   !q->bucket && q->m1.c < 0 && !q->pct;
        if (!named && (kw_before(&tk, &k, rstart) == KW_GROUP || rank) && q->ndims < Q_MAXD) {
            if (rank) {
                q->list = 0;
                q->agg = AGG_COUNT;
                q->limit = k.limit ? k.limit : 1;
                q->asc = k.bottom && !k.top;
                r->has_limit = 1;
                set_alias(q, cat, con);
            }
            int lb = ground_label(&cat->tables[ref]);
            q->dims[q->ndims] = (qcol){rft, rfc};
            q->labels[q->ndims] = lb >= 0 ? (qcol){ref, lb} : (qcol){-1, -1};
            if (lb >= 0 && lb < 32 && ref == rft)
                q->role_cols |= 1u << lb;
            q->ndims++;
            r->has_dims = 1;
        }
        /* "number of majors per department": the rows holding the key
         * (students, by majorId) counted, not the table it references */
        if (ref != rft && q->base == ref && q->agg == AGG_COUNT && q->m1.c < 0 && !q->list &&
            !q->pct && !q->bucket && (q->ndims >= 1 || q->nf >= 1) && tk.v[rpos].stem[0] &&
            strcmp(tk.v[rpos].w, tk.v[rpos].stem) != 0) {
            int entity = 1;   /* grouped by the referenced rows, or some of them picked */
            for (int d = 0; d < q->ndims; d++)
                entity &= q->dims[d].t == ref && q->dims[d].c == catalog_primary_key(&cat->tables[ref]);
            for (int f = 0; f < q->nf; f++)
                entity &= !q->f[f].having && q->f[f].op != OP_EXISTS && q->f[f].op != OP_NOTEXISTS &&
                          q->f[f].col.t == ref;
            if (entity) {
                q->base = rft;
                for (int d = 0; d < q->ndims; d++)
                    q->dims[d] = (qcol){rft, rfc};
                set_alias(q, cat, con);
            }
        }
        /* the role said must shape the query: a column read along its key
         * (or from the self-joined copy), or the grouping by it; else
         * "which manager ..." would read the rows' own columns */
        int shaped = q->role_cols != 0;
        for (int d = 0; d < q->ndims && !shaped; d++)
            shaped = (q->dims[d].t == rft && q->dims[d].c == rfc) ||
                     (ref != rft && q->base != ref && (q->dims[d].t == ref || q->labels[d].t == ref));
        for (int f = 0; f < q->nf && !shaped; f++)   /* "no manager": the key itself */
            shaped = (ref != rft && q->base != ref && q->f[f].col.t == ref) ||
                     (q->f[f].col.t == rft && q->f[f].col.c == rfc);
        shaped |= ref != rft && q->m1.t == ref;
        if (!shaped)
            r->unplaced++;
    }
    if (r->has_dims && q->list && q->m1.c < 0 && q->ndims && !q->limit) {
        /* "flights from Boston by destination city": grouped by the role's
         * column like any "by": rows counted, as in step 8 */
        q->list = 0;
        q->agg = AGG_COUNT;
        set_alias(q, cat, con);
    }
    /* "from Boston to Denver": the keys the filters chose (step 6) join
     * along the role's key, the other along a second copy of the table */
    for (int i = 0; i < q->nf && via_t >= 0; i++) {
        int v = q->f[i].via;
        if (!v || v == q->role_fk || v == q->role2_fk)
            continue;
        if (!q->role_fk) {
            q->role_t = via_t;
            q->role_fk = v;
        } else if (!q->role2_fk && q->role_t == via_t &&
                   cat->tables[via_t].cols[q->role_fk - 1].ref_t == cat->tables[via_t].cols[v - 1].ref_t) {
            q->role2_fk = v;
        } else {
            r->unplaced++;   /* a third copy, or keys of two tables: not expressible */
            q->f[i].via = 0;
        }
    }
    if (rpos < 0 && via_t < 0)
        role_paths(cat, q, r, m, nm);
    if (rpos < 0 && via_t < 0) {
        /* two keys lead from the base to the same table and no word picks
         * one: the join takes the first; say so */
        const cat_table *bq = &cat->tables[q->base];
        for (size_t c = 0; c < bq->ncols && !r->ambiguous[0]; c++)
            for (size_t c2 = c + 1; c2 < bq->ncols && bq->cols[c].ref_t >= 0; c2++) {
                int x = bq->cols[c].ref_t, used = 0;
                if (bq->cols[c2].ref_t != x || x == q->base)
                    continue;
                for (int d = 0; d < q->ndims; d++)
                    used |= q->dims[d].t == x || q->labels[d].t == x;
                for (int f = 0; f < q->nf; f++)
                    used |= q->f[f].col.t == x;
                used |= q->m1.t == x;
                if (!used)
                    continue;
                snprintf(r->ambiguous, sizeof r->ambiguous,
                         "joined %.30s on %.30s; %.30s also leads there", cat->tables[x].name,
                         bq->cols[c].name, bq->cols[c2].name);
                break;
            }
    }

    /* 7. time */
    if (ti.has_range || q->bucket) {
        if (range_col.c < 0 && ti.has_range && !q->bucket)
            range_col = range_noun_col(cat, &tk, m, nm, q, ti.first_tok);
        q->tcol = range_col.c >= 0 ? range_col : date_col_near(cat, q, &tk);
        if (q->tcol.c < 0 && !prev)
            return -1;
        ground_mark_event_words(cat, q->tcol, &tk);   /* "booked in 2023": the word is placed */
        /* "in 2024, by payment date": which date the range uses, not a grouping */
        for (size_t i = 0; ti.has_range && !q->bucket && q->tcol.c >= 0 && ti.first_tok >= 0 && i + 2 < tk.n; i++)
            if ((int)i > ti.first_tok && tok_is(&tk, i, "by") && ground_event_word_at(cat, q->tcol, &tk, i + 1) &&
                (tok_is(&tk, i + 2, "date") || tok_is(&tk, i + 2, "day")) && !tk.v[i + 2].used) {
                tk.v[i].used = tk.v[i + 1].used = tk.v[i + 2].used = 1;
                break;
            }
        snprintf(q->from, sizeof q->from, "%s", ti.from);
        snprintf(q->to, sizeof q->to, "%s", ti.to);
        r->has_range = ti.has_range;
    }

    /* "the 2024 reviews", "rating for each review year": a table that
     * stores its year as a number (review_year, fiscalYear) is dated by it,
     * whole years at a time, unless a word names the date column's event
     * ("submitted in 2024") that is not also said to be missing */
    int yc = (ti.has_range || q->bucket == BK_YEAR) && q->tcol.c >= 0 && !q->growth && !q->running
             ? year_col(cat, q->tcol.t) : -1;   /* the dated table's own year */
    if (yc >= 0) {
        int nulled = 0, fy = 0, ty = 0, fm = 1, tm = 1, fd = 1, td = 1;
        for (int j = 0; j < q->nf; j++)
            nulled |= q->f[j].col.t == q->tcol.t && q->f[j].col.c == q->tcol.c && q->f[j].op == OP_NULL;
        int whole = (!q->from[0] || (sscanf(q->from, "%4d-%2d-%2d", &fy, &fm, &fd) == 3 && fm == 1 && fd == 1)) &&
                    (!q->to[0] || (sscanf(q->to, "%4d-%2d-%2d", &ty, &tm, &td) == 3 && tm == 1 && td == 1));
        if ((nulled || ground_event_word_pos(cat, q->tcol, &tk) < 0) && whole &&
            (q->bucket == BK_YEAR || !q->bucket)) {
            int one = q->from[0] && q->to[0] && ty == fy + 1;   /* review_year = 2024 */
            for (int e = 0; e < 2 - one; e++) {
                if (!(e ? q->to[0] : q->from[0]))
                    continue;
                qfilter f;
                memset(&f, 0, sizeof f);
                f.col = (qcol){q->tcol.t, yc};
                f.op = one ? OP_EQ : e ? OP_LT : OP_GE;
                f.is_num = 1;
                f.num = e ? ty : fy;
                f.pos = ti.first_tok;
                add_filter(q, f);
            }
            /* by year: the column itself is the year (emit) */
            q->tcol = q->bucket == BK_YEAR ? (qcol){q->tcol.t, yc} : (qcol){-1, -1};
            q->from[0] = q->to[0] = '\0';
            r->has_range = 0;
        }
    }

    /* "the fewest loyalty members", "loyalty guests": an optional column
     * of the counted rows named before them (loyalty_tier) says they have
     * one */
    for (int i = 0; i < nm; i++) {
        if (m[i].kind != MK_COLUMN || m[i].role != R_NONE || m[i].nalts != 1 || m[i].alts[0].t != q->base ||
            mention_used(cat, &tk, q, &m[i]) || q->list || q->pct)
            continue;
        const cat_column *fc = &cat->tables[q->base].cols[m[i].alts[0].c];
        size_t e = (size_t)m[i].end, skip = 0;   /* "loyalty program members": past one word */
        if (e + 1 < tk.n && !tk.v[e].used && !tk.v[e].isnum && !lex_is_stop(tk.v[e].w) &&
            (tok_is(&tk, e + 1, "members") || tok_is(&tk, e + 1, "member") || tok_is(&tk, e + 1, "holders")))
            skip = e++ + 1;
        int rows_after = tok_is(&tk, e, "members") || tok_is(&tk, e, "member") || tok_is(&tk, e, "holders");
        for (int j = 0; j < nm; j++)
            rows_after |= m[j].kind == MK_TABLE && m[j].t == q->base && m[j].start == (int)e;
        if (fc->notnull || fc->pk || fc->kind != COL_TEXT || ground_is_key(&cat->tables[q->base], m[i].alts[0].c) ||
            !rows_after)
            continue;
        qfilter f;
        memset(&f, 0, sizeof f);
        f.col = m[i].alts[0];
        f.op = OP_NOTNULL;
        f.pos = m[i].start;
        add_filter(q, f);
        m[i].role = R_FILTER;
        if (skip)
            tk.v[skip - 1].used = 1;
        if (tok_is(&tk, e, "members") || tok_is(&tk, e, "member") || tok_is(&tk, e, "holders"))
            tk.v[e].used = 1;
    }
    for (int i = 0; i < nm; i++)
        if (i != absorbed && !(i < 32 && ((evmask | verbs) >> i & 1)) && m[i].role != R_KEYREF &&
            !mention_used(cat, &tk, q, &m[i])) {
            /* "no phone" and phone is never empty: not expressible; a value
             * said and not filtered on: a condition dropped */
            int flag = m[i].kind == MK_COLUMN && m[i].nalts > 0;
            for (int a = 0; flag && a < m[i].nalts; a++) {
                /* "stays that were cancelled" naming is_cancelled: a yes/no
                 * condition the query leaves out */
                const cat_column *fc = &cat->tables[m[i].alts[a].t].cols[m[i].alts[a].c];
                flag = fc->kind == COL_BOOL ||
                       ((fc->kind == COL_INT || fc->kind == COL_OTHER) &&
                        (!strncasecmp(fc->name, "is_", 3) || !strncasecmp(fc->name, "has_", 4) ||
                         (!strncmp(fc->name, "is", 2) && isupper((unsigned char)fc->name[2]))));
            }
            /* "orders that got a review": what the rows have, not followed */
            if (m[i].kind == MK_TABLE && having_verb_before(&tk, m[i].start))
                flag = 1;
            if (m[i].role == R_NULLED || (m[i].kind == MK_VALUE && m[i].role == R_FILTER) || flag)
                r->unplaced++;
            else
                r->ignored++;   /* R_KEYREF: a key read in step 6 */
        }
    /* "stays not cancelled" with is_cancelled: a yes/no column holds 0 or
     * false, not NULL, for "no"; empty or not is not what was asked */
    for (int j = 0; j < q->nf; j++) {
        const qfilter *f = &q->f[j];
        if ((f->op != OP_NULL && f->op != OP_NOTNULL) || f->col.t < 0 || f->col.c < 0)
            continue;
        const cat_column *fc = &cat->tables[f->col.t].cols[f->col.c];
        if (fc->kind == COL_BOOL ||
            ((fc->kind == COL_INT || fc->kind == COL_OTHER) &&
             (!strncasecmp(fc->name, "is_", 3) || !strncasecmp(fc->name, "has_", 4) ||
              (!strncmp(fc->name, "is", 2) && isupper((unsigned char)fc->name[2])))))
            r->unplaced++;
    }
    /* a range dated by a column no word names: of a table nothing in the
     * question names, joined on the way (books borrowed in 2024 dated by
     * their branch's opening), or while a table the question names and the
     * query leaves out has dates of its own (members who borrowed books in
     * 2023 dated by joining); either way the time may be another event's */
    if (r->has_range && q->tcol.c >= 0 && !(prev && r->followup_cue) &&
        ground_event_word_pos(cat, q->tcol, &tk) < 0) {
        int named_t = q->tcol.t == q->base || up_path(cat, q->base, q->tcol.t) ||
                      on_join_path(cat, q, q->tcol.t), other = 0;
        for (int i = 0; i < nm; i++) {
            named_t |= (m[i].kind == MK_TABLE && m[i].t == q->tcol.t) ||
                       ((m[i].kind == MK_COLUMN || m[i].kind == MK_VALUE) && m[i].nalts &&
                        m[i].alts[0].t == q->tcol.t);
            if (m[i].kind == MK_TABLE && m[i].t != q->tcol.t && i != absorbed &&
                !mention_used(cat, &tk, q, &m[i]))
                for (size_t c = 0; c < cat->tables[m[i].t].ncols && !other; c++)
                    other = date_kind(&cat->tables[m[i].t].cols[c]);
        }
        if (!named_t || other)
            r->unplaced++;
    }
    r->guessed_count = q->agg == AGG_COUNT && !k.count && !k.distinct && !q->pct && !q->list;
    drop_empty_groups(cat, q);
    /* "now just for Redhawk", "top 3 for that year" with no question
     * before: a refinement of nothing; ask for the whole question */
    if (!prev && r->followup_cue && (!r->has_subject || refines_only(&tk)))
        r->unplaced++;
    /* "the largest account" read as a count nobody asked for: the
     * superlative found nothing to rank by */
    int merges = prev && prev->base >= 0 && (r->followup_cue || !r->has_subject);   /* context.c */
    if ((k.top || k.bottom) && r->guessed_count && !q->ndims && !q->bucket && !q->count_groups &&
        !merges)
        r->unplaced++;
    /* "the 5 most X books" read as one count of all rows: nothing ranks */
    if ((k.top || k.bottom) && q->limit && q->agg == AGG_COUNT && !q->ndims && !q->bucket &&
        !q->list && !q->pct && !q->count_groups && !merges)
        r->unplaced++;
    /* "waiting for approval", "pending delivery": a value matched only by
     * a derived form ('approved' for "approval") after a word saying it is
     * still to come means the state before it; not the value */
    for (int i = 0; i < nm; i++) {
        if (m[i].kind != MK_VALUE || m[i].role != R_FILTER || m[i].end - m[i].start != 1 ||
            m[i].start == 0 || !m[i].nalts)
            continue;
        const tok *w = &tk.v[m[i].start];
        char vs[TOK_LEN];
        lex_stem(m[i].val[0], vs, sizeof vs);
        static const char *const before[] = {"for", "awaiting", "pending", "until", "till", NULL};
        if (strcasecmp(m[i].val[0], w->w) && strcasecmp(vs, w->stem) &&
            in(tk.v[m[i].start - 1].w, before))
            r->unplaced++;
    }
    /* "average number of users per account", "average shipments per
     * month": the average of each group's count (one grouping) */
    int hv = 0;
    for (int j = 0; j < q->nf; j++)
        hv |= q->f[j].having;
    if (k.avg && !k.median && q->agg == AGG_COUNT && q->m1.c < 0 && !q->pct && !q->dur && !q->list &&
        !q->limit && !q->count_groups && !hv && !q->measure && !q->growth && !q->running &&
        q->ndims + (q->bucket != BK_NONE) == 1 && !merges && k.group && !k.sum) {
        char a[32];
        snprintf(a, sizeof a, "avg_%.27s", q->alias);
        memcpy(q->alias, a, sizeof q->alias);
        q->count_groups = 2;
    }
    /* "the headcount at the end of each year" read as a count of another
     * table's rows (leave requests by end date): not the people counted */
    if (headcount >= 0 && q->base != headcount && q->agg == AGG_COUNT && !q->pct)
        r->unplaced++;
    /* "how many different accounts were billed ...": distinct said of a
     * thing the count does not count (another table's rows, a column)
     * would be dropped */
    for (int i = 0; i < nm && k.distinct && q->agg == AGG_COUNT && !q->count_groups && !q->pct; i++)
        if (kw_before(&tk, &k, m[i].start) == KW_DISTINCT &&
            (m[i].kind == MK_COLUMN || (m[i].kind == MK_TABLE && m[i].t != q->base))) {
            r->unplaced++;
            break;
        }
    /* "current", "currently", "right now" that set no condition (no end
     * date is empty, no state value is tested): the question's time is lost */
    for (size_t i = 0; i < tk.n; i++) {
        int inm = 0;
        for (int j = 0; j < nm && !inm; j++)
            inm = m[j].start <= (int)i && (int)i < m[j].end;
        if (inm || !(tok_is(&tk, i, "current") || tok_is(&tk, i, "currently") ||
                     (tok_is(&tk, i, "right") && tok_is(&tk, i + 1, "now"))))
            continue;
        /* an end date empty, or a state value said beside the word
         * ("currently active", "currently on the business plan") */
        int next = (int)i + 1;
        if (tok_is(&tk, i, "right"))
            next++;
        while (next < (int)tk.n && next <= (int)i + 4 && lex_is_stop(tk.v[next].w) && !tk.v[next].isnum)
            next++;
        int state = 0;
        for (int j = 0; j < q->nf && !state; j++)
            state = !q->f[j].having && q->f[j].col.t >= 0 &&
                    ((q->f[j].op == OP_NULL && date_kind(&cat->tables[q->f[j].col.t].cols[q->f[j].col.c])) ||
                     ((q->f[j].op == OP_EQ || q->f[j].op == OP_IN) && !q->f[j].is_num &&
                      (q->f[j].pos == (int)i - 1 || q->f[j].pos == next)));
        if (!state && !merges)
            r->unplaced++;
        break;
    }
    /* "add the total amount paid", "also show the average": a second
     * measure beside the previous one, which one query cannot show */
    if (prev && prev->base >= 0 && (tok_is(&tk, 0, "add") || tok_is(&tk, 0, "include") ||
                                     (tok_is(&tk, 0, "also") && (tok_is(&tk, 1, "show") ||
                                                                tok_is(&tk, 1, "add") ||
                                                                tok_is(&tk, 1, "include")))) &&
        (q->m1.c >= 0 || q->measure || k.sum || k.avg || k.count)) {
        /* "add the number of hires" to a count of hires: shown already */
        if (q->agg == prev->agg && q->m1.t == prev->m1.t && q->m1.c == prev->m1.c &&
            q->measure == prev->measure && q->base == prev->base && !q->pct && !prev->pct)
            tk.v[0].used = 1;
        else
            r->unplaced++;
    }
    /* "for each industry, which account has the highest MRR": the best row
     * within each group is not something this reading can express */
    if (q->ndims + (q->bucket != 0) >= 2 && q->limit == 1 && !k.limit && (k.top || k.bottom) && k.group) {
        /* the dimension after "each"/"per"/"for every" partitions; the
         * best row of the other is kept in each (ROW_NUMBER) */
        for (int i = 0; i < nm && !q->per_group; i++) {
            if (m[i].role != R_DIM || m[i].start == 0 || k.kw[m[i].start - 1] != KW_GROUP)
                continue;
            for (int d = 0; d < q->ndims && !q->per_group; d++)
                if (qcol_in(q->dims[d], &m[i]))
                    q->per_group = d + 1;
        }
        /* two groupings, or one and the period chosen in each ("for each
         * hotel, which month brought in the most") */
        /* "for each month, which hotel": the period partitions */
        for (size_t i = 1; i < tk.n && !q->per_group && q->bucket && q->ndims == 1; i++)
            if ((tok_is(&tk, i - 1, "each") || tok_is(&tk, i - 1, "every") || tok_is(&tk, i - 1, "per")) &&
                bucket_word(tk.v[i].w) == q->bucket)
                q->per_group = Q_PER_BUCKET;
        if (q->ndims + (q->bucket != 0) != 2 || !q->per_group || q->list || q->growth || q->running) {
            q->per_group = 0;
            snprintf(r->unsupported, sizeof r->unsupported, "the best row within each group");
        } else {
            q->limit = 0;
        }
    }
    /* "whose home branch is a different branch", "in the same region":
     * one column compared with another row's; "report to X": along a
     * reporting line the reading does not follow */
    for (size_t i = 1; i < tk.n && !r->unsupported[0]; i++)
        if ((tok_is(&tk, i, "different") && tok_is(&tk, i - 1, "a")) ||
            (tok_is(&tk, i, "same") && tok_is(&tk, i - 1, "the")))
            snprintf(r->unsupported, sizeof r->unsupported, "a comparison of two columns");
    for (size_t i = 0; i + 1 < tk.n; i++)
        if ((tok_is(&tk, i, "report") || tok_is(&tk, i, "reports") || tok_is(&tk, i, "reporting")) &&
            tok_is(&tk, i + 1, "to") && !tk.v[i].used)
            r->unplaced++;
    /* "on Mondays", "at weekends": days of the week are not a range */
    for (size_t i = 0; i < tk.n && !r->unsupported[0]; i++) {
        static const char *const wd[] = {"monday", "tuesday", "wednesday", "thursday", "friday",
                                         "saturday", "sunday", "mondays", "tuesdays", "wednesdays",
                                         "thursdays", "fridays", "saturdays", "sundays", "weekend",
                                         "weekends", "weekday", "weekdays", NULL};
        if (!tk.v[i].used && in(tk.v[i].w, wd))
            snprintf(r->unsupported, sizeof r->unsupported, "a filter on days of the week");
    }
    chrono_order(cat, &tk, q);
    /* "running total", "cumulative": each period's count or sum with the
     * ones before it; only over time periods (else the word stays
     * unsupported and the question is declined) */
    for (size_t i = 0; i < tk.n; i++) {
        int two = tok_is(&tk, i, "running") && (tok_is(&tk, i + 1, "total") || tok_is(&tk, i + 1, "totals") ||
                                                  tok_is(&tk, i + 1, "sum") || tok_is(&tk, i + 1, "count"));
        if ((!two && !tok_is(&tk, i, "cumulative") && !tok_is(&tk, i, "cumulatively")) || tk.v[i].used)
            continue;
        if (!q->bucket || q->list || q->growth || q->per_group || q->pct || q->count_groups ||
            (q->agg != AGG_COUNT && q->agg != AGG_SUM))
            continue;
        q->running = 1;
        tk.v[i].used = 1;
        if (two)
            tk.v[i + 1].used = 1;
        /* "running total of fines": a total of rows that are sums of money
         * (fines, payments, invoices) is their amount's, unless the words
         * ask for a number of rows */
        int amt = q->agg == AGG_COUNT && !k.count && q->m1.c < 0 ? money_amount(cat, q->base) : -1;
        if (amt >= 0) {
            q->m1 = (qcol){q->base, amt};
            q->agg = AGG_SUM;
            set_alias(q, cat, CON_NONE);
        }
    }
    if (k.median && k.mean && !r->unsupported[0])
        snprintf(r->unsupported, sizeof r->unsupported, "a mean and a median at once");
    for (size_t i = 0; i < tk.n; i++)
        if (!tk.v[i].used && !tk.v[i].isnum && lex_is_unsupported(tk.v[i].w) &&
            !r->unsupported[0])
            snprintf(r->unsupported, sizeof r->unsupported, "%s", tk.v[i].w);
    for (size_t i = 0; i < tk.n; i++)
        if (!tk.v[i].used && !lex_is_stop(tk.v[i].w) && !tk.v[i].isnum) {
            if (!lex_is_filler(tk.v[i].w))
                r->risky++;
            if (lex_is_negated_word(tk.v[i].w))   /* "undeclared students" */
                r->risky += 2;
            /* "reviews that got a response": what the rows have matched nothing */
            if (!lex_is_filler(tk.v[i].w) && having_verb_before(&tk, (int)i))
                r->risky++;
            /* "Math vs Physics": one side of a comparison matched nothing */
            if ((i > 0 && (tok_is(&tk, i - 1, "vs") || tok_is(&tk, i - 1, "versus"))) ||
                tok_is(&tk, i + 1, "vs") || tok_is(&tk, i + 1, "versus"))
                r->risky += 2;
            /* a plural noun ("students") or a name ("Ursula") left over is
             * a thing the question is about: never passed over */
            if (!lex_is_filler(tk.v[i].w) &&
                ((strcmp(tk.v[i].w, tk.v[i].stem) && strlen(tk.v[i].w) > 4) ||
                 proper_noun(question, tk.v[i].w)))
                r->risky++;
            r->unknown_words++;
            note_unknown(r, tk.v[i].w);
        }
    /* "how many distinct drivers drove for Redhawk in 2023": distinct
     * rows of the table counted are counted among other rows (the events
     * the unplaced word names), but the range dates them by their own
     * column no word names (hiredOn); ask rather than guess */
    if (r->has_range && q->tcol.c >= 0 && !(prev && r->followup_cue) && k.distinct &&
        q->agg == AGG_COUNT && ground_event_word_pos(cat, q->tcol, &tk) < 0)
        for (size_t i = 0; i < tk.n; i++)
            if (!tk.v[i].used && !tk.v[i].isnum && !lex_is_stop(tk.v[i].w) && !lex_is_filler(tk.v[i].w)) {
                r->unplaced++;
                break;
            }
    /* "how many staff does Ada manage": a word naming a key's role
     * (manager_id) the reading did not follow */
    for (size_t i = 0; i < tk.n; i++) {
        if (tk.v[i].used || tk.v[i].isnum || lex_is_stop(tk.v[i].w) || strlen(tk.v[i].w) < 5 ||
            q->role_fk)
            continue;
        int hit = 0;
        for (size_t t = 0; t < cat->ntables && !hit; t++)
            for (size_t c = 0; c < cat->tables[t].ncols && !hit; c++) {
                char role[64];
                if (fk_role(cat, (int)t, (int)c, role, sizeof role) && strlen(role) >= 5 &&
                    strncmp(role, tk.v[i].w, 5) == 0)
                    hit = 1;
            }
        r->unplaced += hit;
    }
    /* a number the reading did not use ("twice", "500") changes the
     * question: it must not pass unnoticed */
    for (size_t i = 0; i < tk.n; i++)
        if (!tk.v[i].used && tk.v[i].isnum && !lex_is_stop(tk.v[i].w)) {
            r->risky++;
            note_unknown(r, tk.v[i].w);
        }
    check_negations(&tk, &k, q, r);
    return 0;
}
