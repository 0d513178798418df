/* timeparse.c: dates in questions. Absolute points (years, months with
 * optional day, quarters) combine with connectors (between/and, from/to,
 * since, after, before, or later) into one half-open range; relative
 * phrases resolve against as_of; bucket words set the time grain. */
#include "timeparse.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct point {
    int y, m, d, q;   /* 0 when not given */
    int h;            /* a half year: 1 or 2, or 0 */
    int ntok;
} point;

static const char *const month_names[12][2] = {
    {"january", "jan"}, {"february", "feb"}, {"march", "mar"},
    {"april", "apr"}, {"may", "may"}, {"june", "jun"}, {"july", "jul"},
    {"august", "aug"}, {"september", "sep"}, {"october", "oct"},
    {"november", "nov"}, {"december", "dec"},
};

static int month_of(const char *w)
{
    for (int i = 0; i < 12; i++)
        if (strcmp(w, month_names[i][0]) == 0 ||
            (strcmp(w, month_names[i][1]) == 0 && i != 4) ||
            (i == 8 && strcmp(w, "sept") == 0))
            return i + 1;
    return 0;
}

/* days since 1970-01-01 (Howard Hinnant's algorithm) */
static long days_from_civil(int y, int m, int d)
{
    y -= m <= 2;
    long era = (y >= 0 ? y : y - 399) / 400;
    long yoe = y - era * 400;
    long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

static void civil_from_days(long z, int *y, int *m, int *d)
{
    z += 719468;
    long era = (z >= 0 ? z : z - 146096) / 146097;
    long doe = z - era * 146097;
    long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    long mp = (5 * doy + 2) / 153;
    *d = (int)(doy - (153 * mp + 2) / 5 + 1);
    *m = (int)(mp < 10 ? mp + 3 : mp - 9);
    *y = (int)(yoe + era * 400 + (*m <= 2));
}

void time_fmt(char out[11], int y, int m, int d)
{
    while (m > 12) { m -= 12; y++; }
    while (m < 1) { m += 12; y--; }
    long z = days_from_civil(y, m, 1) + d - 1;
    civil_from_days(z, &y, &m, &d);
    snprintf(out, 11, "%04u-%02u-%02u", (unsigned)y % 10000u, (unsigned)m % 100u, (unsigned)d % 100u);
}

int time_weekday(int y, int m, int d)
{
    long z = days_from_civil(y, m, 1) + d - 1;   /* 1970-01-01 was a Thursday */
    return (int)(((z % 7) + 7 + 3) % 7);
}

static void fmt_days(char out[11], long z)
{
    int y, m, d;
    civil_from_days(z, &y, &m, &d);
    time_fmt(out, y, m, d);
}

static int is_year_tok(const tok *k)
{
    return k->isnum && !k->numword && !k->money && strlen(k->w) == 4 &&
           k->num >= 1900 && k->num <= 2100;
}

static int is_small_int(const tok *k, int lo, int hi)
{
    return k->isnum && !k->numword && !strchr(k->w, '.') && !strchr(k->w, ',') &&
           k->num >= lo && k->num <= hi;
}

/* A half year at i: "H1 2023", "the second half of 2022", "first half
 * 2024"; returns 1 and fills p (a year must follow). */
static int parse_half(const toks *t, size_t i, point *p)
{
    const char *w = t->v[i].w;
    size_t j = i + 1;
    int h = 0;
    if ((w[0] == 'h') && (w[1] == '1' || w[1] == '2') && !w[2]) {
        h = w[1] - '0';
    } else if (j < t->n && tok_is(t, j, "half")) {
        h = !strcmp(w, "first") || !strcmp(w, "1st") ? 1 :
            !strcmp(w, "second") || !strcmp(w, "2nd") || !strcmp(w, "last") ? 2 : 0;
        j++;
        if (j < t->n && tok_is(t, j, "of"))
            j++;
    }
    if (!h || j >= t->n || !is_year_tok(&t->v[j]))
        return 0;
    p->h = h;
    p->y = (int)t->v[j].num;
    p->ntok = (int)(j + 1 - i);
    return 1;
}

/* Is token k a day of a month: 1-31, or 1st-31st? */
static int is_day_tok(const tok *k)
{
    if (is_small_int(k, 1, 31) && !is_year_tok(k))
        return 1;
    size_t n = strlen(k->w);
    int d = atoi(k->w);
    return d >= 1 && d <= 31 && n >= 3 && n <= 4 &&
           (!strcmp(k->w + n - 2, "st") || !strcmp(k->w + n - 2, "nd") || !strcmp(k->w + n - 2, "rd") ||
            !strcmp(k->w + n - 2, "th"));
}

/* Parse one point at i; returns 1 and fills p when one starts there. */
static int parse_point(const toks *t, size_t i, point *p)
{
    memset(p, 0, sizeof *p);
    const tok *k = &t->v[i];
    if (k->used)
        return 0;
    int mo = month_of(k->w);
    if (mo) {
        /* "may" is also a verb: only a month next to a day or year */
        if (mo == 5 && strcmp(k->w, "may") == 0 &&
            !(i + 1 < t->n && t->v[i + 1].isnum) && !(i > 0 && (tok_is(t, i - 1, "in") || tok_is(t, i - 1, "of"))))
            return 0;
        p->m = mo;
        size_t j = i + 1;
        if (j < t->n && is_small_int(&t->v[j], 1, 31) && !is_year_tok(&t->v[j]))
            p->d = (int)t->v[j++].num;
        else if (j < t->n && t->v[j].w[0] >= '1' && t->v[j].w[0] <= '3' &&
                 (strstr(t->v[j].w, "st") || strstr(t->v[j].w, "nd") ||
                  strstr(t->v[j].w, "rd") || strstr(t->v[j].w, "th")) && atoi(t->v[j].w) > 0)
            p->d = atoi(t->v[j++].w);
        if (j < t->n && is_year_tok(&t->v[j]))
            p->y = (int)t->v[j++].num;
        p->ntok = (int)(j - i);
        return 1;
    }
    /* "1 June 2022", "15th of March": the day first */
    if (is_day_tok(k) && !k->money) {
        size_t j = i + 1;
        if (tok_is(t, j, "of"))
            j++;
        int dm = j < t->n ? month_of(t->v[j].w) : 0;
        if (dm && !(dm == 5 && tok_is(t, j, "may") && !(j + 1 < t->n && is_year_tok(&t->v[j + 1])))) {
            p->m = dm;
            p->d = is_small_int(k, 1, 31) ? (int)k->num : atoi(k->w);
            j++;
            if (j < t->n && is_year_tok(&t->v[j]))
                p->y = (int)t->v[j++].num;
            p->ntok = (int)(j - i);
            return 1;
        }
    }
    if (parse_half(t, i, p))
        return 1;
    if (k->w[0] == 'q' && k->w[1] >= '1' && k->w[1] <= '4' && k->w[2] == '\0') {
        p->q = k->w[1] - '0';
        size_t j = i + 1;
        if (j < t->n && is_year_tok(&t->v[j]))
            p->y = (int)t->v[j++].num;
        p->ntok = (int)(j - i);
        return 1;
    }
    if (is_year_tok(k)) {
        p->y = (int)k->num;
        size_t j = i + 1;
        /* 2024-03 or 2024-03-15 written with dashes */
        if (j < t->n && strlen(t->v[j].w) == 2 && is_small_int(&t->v[j], 1, 12)) {
            p->m = (int)t->v[j++].num;
            if (j < t->n && strlen(t->v[j].w) == 2 && is_small_int(&t->v[j], 1, 31))
                p->d = (int)t->v[j++].num;
        } else if (j < t->n && (tok_is(t, j, "q1") || tok_is(t, j, "q2") ||
                                tok_is(t, j, "q3") || tok_is(t, j, "q4"))) {
            p->q = t->v[j++].w[1] - '0';
        }
        p->ntok = (int)(j - i);
        return 1;
    }
    return 0;
}

static void point_start(const point *p, char out[11])
{
    if (p->h)
        time_fmt(out, p->y, (p->h - 1) * 6 + 1, 1);
    else if (p->q)
        time_fmt(out, p->y, (p->q - 1) * 3 + 1, 1);
    else
        time_fmt(out, p->y, p->m ? p->m : 1, p->d ? p->d : 1);
}

static void point_end(const point *p, char out[11])
{
    if (p->h)
        time_fmt(out, p->y, p->h * 6 + 1, 1);
    else if (p->q)
        time_fmt(out, p->y, p->q * 3 + 1, 1);
    else if (p->d)
        time_fmt(out, p->y, p->m, p->d + 1);
    else if (p->m)
        time_fmt(out, p->y, p->m + 1, 1);
    else
        time_fmt(out, p->y + 1, 1, 1);
}

static void mark(toks *t, size_t i, size_t n)
{
    for (size_t k = i; k < i + n && k < t->n; k++)
        t->v[k].used = 1;
}

static int is_any(const toks *t, size_t i, const char *const *words)
{
    for (; *words; words++)
        if (tok_is(t, i, *words))
            return 1;
    return 0;
}

static const char *const range_to[] = {"and", "to", "through", "thru", "until", "till", NULL};
static const char *const open_from[] = {"since", "from", "starting", NULL};
static const char *const open_before[] = {"before", "prior", NULL};
static const char *const open_until[] = {"until", "till", "through", "thru", NULL};

int time_unit_of(const char *w)
{
    if (!strcmp(w, "day") || !strcmp(w, "days") || !strcmp(w, "daily"))
        return BK_DAY;
    if (!strcmp(w, "week") || !strcmp(w, "weeks") || !strcmp(w, "weekly"))
        return BK_WEEK;
    if (!strcmp(w, "month") || !strcmp(w, "months") || !strcmp(w, "monthly"))
        return BK_MONTH;
    if (!strcmp(w, "quarter") || !strcmp(w, "quarters") || !strcmp(w, "quarterly"))
        return BK_QUARTER;
    if (!strcmp(w, "year") || !strcmp(w, "years") || !strcmp(w, "yearly") ||
        !strcmp(w, "annual") || !strcmp(w, "annually"))
        return BK_YEAR;
    return BK_NONE;
}

/* Relative ranges; returns 1 when one was found. */
static int parse_relative(toks *t, const char *as_of, time_info *out)
{
    int y, m, d;
    if (!as_of || sscanf(as_of, "%4d-%2d-%2d", &y, &m, &d) != 3)
        return 0;
    long today = days_from_civil(y, m, d);
    for (size_t i = 0; i < t->n; i++) {
        if (t->v[i].used)
            continue;
        if ((tok_is(t, i, "last") || tok_is(t, i, "past") || tok_is(t, i, "previous") ||
             tok_is(t, i, "prior")) && i + 1 < t->n) {
            size_t j = i + 1;
            double n = 1;
            int counted = 0;
            if (t->v[j].isnum && j + 1 < t->n) {
                n = t->v[j].num;
                counted = 1;
                j++;
            }
            int u = time_unit_of(t->v[j].w);
            if (!u || u == BK_NONE)
                continue;
            if (!counted) {   /* the previous calendar period */
                if (u == BK_DAY) { fmt_days(out->from, today - 1); fmt_days(out->to, today); }
                else if (u == BK_WEEK) {
                    long wd = ((today % 7) + 7 + 3) % 7;   /* 0 = Monday */
                    fmt_days(out->from, today - wd - 7); fmt_days(out->to, today - wd);
                } else if (u == BK_MONTH) { time_fmt(out->from, y, m - 1, 1); time_fmt(out->to, y, m, 1); }
                else if (u == BK_QUARTER) {
                    int q0 = (m - 1) / 3 * 3 + 1;
                    time_fmt(out->from, y, q0 - 3, 1); time_fmt(out->to, y, q0, 1);
                } else { time_fmt(out->from, y - 1, 1, 1); time_fmt(out->to, y, 1, 1); }
            } else {
                long nn = (long)n;
                if (u == BK_DAY) fmt_days(out->from, today - nn + 1);
                else if (u == BK_WEEK) fmt_days(out->from, today - 7 * nn + 1);
                else if (u == BK_MONTH) time_fmt(out->from, y, m - (int)nn, d + 1);
                else if (u == BK_QUARTER) time_fmt(out->from, y, m - 3 * (int)nn, d + 1);
                else time_fmt(out->from, y - (int)nn, m, d + 1);
                fmt_days(out->to, today + 1);
            }
            mark(t, i, j - i + 1);
            return 1;
        }
        if (tok_is(t, i, "this") || tok_is(t, i, "current")) {
            /* "this month", not "the current monthly revenue": an adjective
             * in -ly is no period */
            const char *nw = i + 1 < t->n ? t->v[i + 1].w : "";
            size_t nl = strlen(nw);
            int u = nl > 2 && !strcmp(nw + nl - 2, "ly") ? 0 : time_unit_of(nw);
            if (!u)
                continue;
            if (u == BK_DAY) { fmt_days(out->from, today); fmt_days(out->to, today + 1); }
            else if (u == BK_WEEK) {
                long wd = ((today % 7) + 7 + 3) % 7;
                fmt_days(out->from, today - wd); fmt_days(out->to, today - wd + 7);
            } else if (u == BK_MONTH) { time_fmt(out->from, y, m, 1); time_fmt(out->to, y, m + 1, 1); }
            else if (u == BK_QUARTER) {
                int q0 = (m - 1) / 3 * 3 + 1;
                time_fmt(out->from, y, q0, 1); time_fmt(out->to, y, q0 + 3, 1);
            } else { time_fmt(out->from, y, 1, 1); time_fmt(out->to, y + 1, 1, 1); }
            mark(t, i, 2);
            return 1;
        }
        if (tok_is(t, i, "ytd") || (tok_is(t, i, "year") && tok_is(t, i + 1, "to") && tok_is(t, i + 2, "date"))) {
            time_fmt(out->from, y, 1, 1);
            fmt_days(out->to, today + 1);
            mark(t, i, tok_is(t, i, "ytd") ? 1 : 3);
            return 1;
        }
        if (tok_is(t, i, "mtd") || (tok_is(t, i, "month") && tok_is(t, i + 1, "to") && tok_is(t, i + 2, "date"))) {
            time_fmt(out->from, y, m, 1);
            fmt_days(out->to, today + 1);
            mark(t, i, tok_is(t, i, "mtd") ? 1 : 3);
            return 1;
        }
        if (tok_is(t, i, "today") || tok_is(t, i, "yesterday")) {
            long z = tok_is(t, i, "today") ? today : today - 1;
            fmt_days(out->from, z);
            fmt_days(out->to, z + 1);
            mark(t, i, 1);
            return 1;
        }
    }
    return 0;
}

/* The year a point without one takes: the nearest later point's year,
 * else any year in the question, else as_of's. */
static int default_year(const toks *t, size_t from, const char *as_of)
{
    for (size_t i = from; i < t->n; i++)
        if (is_year_tok(&t->v[i]) && !t->v[i].used)
            return (int)t->v[i].num;
    for (size_t i = 0; i < from && i < t->n; i++)
        if (is_year_tok(&t->v[i]))
            return (int)t->v[i].num;
    int y = 0;
    if (as_of)
        y = atoi(as_of);
    return y > 0 ? y : 2000;
}

static int is_threshold_context(const toks *t, size_t i)
{
    static const char *const cmp[] = {"than", "over", "above", "under", "below",
                                      "least", "most", "exceeding", "exceeds", NULL};
    return i > 0 && is_any(t, i - 1, cmp);
}

/* "between 1 June and 31 August": "between" (or "from") a word or two
 * before the point at i, its day or "the" between */
static int between_before(const toks *t, size_t i)
{
    for (size_t k = i; k > 0 && k + 3 > i; k--)
        if (tok_is(t, k - 1, "between") || tok_is(t, k - 1, "from"))
            return 1;
        else if (!t->v[k - 1].isnum && !tok_is(t, k - 1, "the"))
            return 0;
    return 0;
}


/* Keep period [a, b) among the ones named (at most four). */
static void add_part(time_info *out, const char *a, const char *b)
{
    if (out->nparts >= 4)
        return;
    memcpy(out->part[out->nparts][0], a, 11);
    memcpy(out->part[out->nparts][1], b, 11);
    out->nparts++;
}

static void parse_absolute(toks *t, const char *as_of, time_info *out)
{
    for (size_t i = 0; i < t->n; i++) {
        point p, p2;
        if (is_threshold_context(t, i) && t->v[i].isnum)
            continue;
        if (!parse_point(t, i, &p))
            continue;
        size_t end = i + (size_t)p.ntok;
        if (!p.y)
            p.y = default_year(t, end, as_of);
        char a[11], b[11];
        point_start(&p, a);
        point_end(&p, b);
        int prev_between = i > 0 && (tok_is(t, i - 1, "between") || tok_is(t, i - 1, "from"));
        size_t skip_the = 0;
        /* "between May and June", "May to June": a range; "May and June"
         * without "between": two periods */
        if (end < t->n && is_any(t, end, range_to) && end + 1 < t->n &&
            (prev_between || !tok_is(t, end, "and") || between_before(t, i)) && parse_point(t, end + 1, &p2)) {
            size_t end2 = end + 1 + (size_t)p2.ntok;
            if (!p2.y)
                p2.y = default_year(t, end2, as_of);
            if (!p.y || (!is_year_tok(&t->v[i]) && p.y != p2.y && !p.q && p.m && p2.y)) {
                /* "between April 1 and June 30, 2023": the year is the second's */
                int has_own = 0;
                for (size_t k = i; k < end; k++)
                    if (is_year_tok(&t->v[k]))
                        has_own = 1;
                if (!has_own)
                    p.y = p2.y;
            }
            point_start(&p, a);
            point_end(&p2, b);
            strcpy(out->from, a);
            strcpy(out->to, b);
            out->npoints++;
            mark(t, prev_between ? i - 1 : i, end2 - i + (prev_between ? 1 : 0));
            if (tok_is(t, end2, "inclusive"))
                mark(t, end2, 1);
            out->has_range = 1;
            i = end2;
            continue;
        }
        size_t lead = 0;
        size_t the = i > 1 && tok_is(t, i - 1, "the") && !t->v[i - 1].used, b0 = i - the;   /* "after the 5th" */
        if (b0 > 0 && is_any(t, b0 - 1, open_from)) {
            strcpy(out->from, a);
            out->to[0] = '\0';
            lead = 1 + the;
        } else if (b0 > 0 && tok_is(t, b0 - 1, "after")) {
            strcpy(out->from, b);
            out->to[0] = '\0';
            lead = 1 + the;
        } else if (b0 > 0 && is_any(t, b0 - 1, open_before)) {
            out->from[0] = '\0';
            strcpy(out->to, a);
            lead = 1 + the;
        } else if (i > 1 && tok_is(t, i - 1, "to") && tok_is(t, i - 2, "prior")) {
            out->from[0] = '\0';
            strcpy(out->to, a);
            lead = 2;
        } else if (i > 0 && is_any(t, i - 1, open_until)) {
            out->from[0] = '\0';
            strcpy(out->to, b);
            lead = 1;
        } else if ((tok_is(t, end, "or") || tok_is(t, end, "and")) &&
                   (tok_is(t, end + 1, "later") || tok_is(t, end + 1, "after") ||
                    tok_is(t, end + 1, "newer"))) {
            strcpy(out->from, a);
            out->to[0] = '\0';
            skip_the = 2;
        } else if ((tok_is(t, end, "or") || tok_is(t, end, "and")) &&
                   (tok_is(t, end + 1, "earlier") || tok_is(t, end + 1, "before") ||
                    tok_is(t, end + 1, "older"))) {
            out->from[0] = '\0';
            strcpy(out->to, b);
            skip_the = 2;
        } else if (tok_is(t, end, "onwards") || tok_is(t, end, "onward")) {
            strcpy(out->from, a);
            out->to[0] = '\0';
            skip_the = 1;
        } else if (out->has_range && out->from[0] && out->to[0]) {
            /* a second period: "2023 vs 2024" covers both, when they meet */
            out->gap |= strcmp(a, out->to) > 0 || strcmp(b, out->from) < 0;
            if (strcmp(a, out->from) < 0)
                strcpy(out->from, a);
            if (strcmp(b, out->to) > 0)
                strcpy(out->to, b);
            add_part(out, a, b);
        } else {
            strcpy(out->from, a);
            strcpy(out->to, b);
            out->nparts = 0;
            add_part(out, a, b);
        }
        out->npoints++;
        out->grain = p.d ? BK_DAY : p.m ? BK_MONTH : p.q ? BK_QUARTER : BK_YEAR;
        mark(t, i - lead, (size_t)p.ntok + lead + skip_the);
        out->has_range = 1;
        i = end + skip_the;
    }
}

static void parse_bucket(toks *t, time_info *out)
{
    for (size_t i = 0; i < t->n; i++) {
        if (t->v[i].used)
            continue;
        int u = time_unit_of(t->v[i].w);
        if (!u)
            continue;
        /* "in days", "how many days": a unit, not a grain */
        if (i > 0 && (tok_is(t, i - 1, "in") || tok_is(t, i - 1, "many")) &&
            strcmp(t->v[i].w, "days") == 0)
            continue;
        /* "more than a day", "within a week": a length of one unit */
        if (i > 1 && (tok_is(t, i - 1, "a") || tok_is(t, i - 1, "an") || tok_is(t, i - 1, "one")) &&
            (tok_is(t, i - 2, "than") || tok_is(t, i - 2, "within") || tok_is(t, i - 2, "under") ||
             tok_is(t, i - 2, "least")))
            continue;
        /* "had their first day in Q1": the day a thing began, dated by the
         * range after it; not a grain nor a ranking */
        if (i > 1 && (tok_is(t, i - 1, "first") || tok_is(t, i - 1, "last")) && tok_is(t, i, "day") &&
            (tok_is(t, i - 2, "their") || tok_is(t, i - 2, "his") || tok_is(t, i - 2, "her") ||
             tok_is(t, i - 2, "its")) &&
            (tok_is(t, i + 1, "in") || tok_is(t, i + 1, "on") || tok_is(t, i + 1, "during") ||
             tok_is(t, i + 1, "between") || tok_is(t, i + 1, "before") || tok_is(t, i + 1, "after") ||
             tok_is(t, i + 1, "since"))) {
            mark(t, i - 1, 2);
            continue;
        }
        /* "3 months": a length; "in 2024, month by month": a grain */
        if (i > 0 && t->v[i - 1].isnum && !(t->v[i - 1].num >= 1900 && t->v[i - 1].num <= 2100))
            continue;
        /* "month over month", "year over year", "month by month": one grain */
        if ((tok_is(t, i + 1, "over") || tok_is(t, i + 1, "by")) &&
            time_unit_of(t->v[i + 2 < t->n ? i + 2 : i].w) == u && i + 2 < t->n)
            mark(t, i + 1, 2);
        if (!out->bucket) {
            out->bucket = (q_bucket)u;
            out->bucket_tok = (int)i;
        }
        t->v[i].used = 1;
    }
}

void time_drop_weekdays(toks *t)
{
    static const char *const days[] = {"monday", "tuesday", "wednesday", "thursday", "friday",
                                       "saturday", "sunday", "mon", "tue", "tues", "wed", "thu",
                                       "thur", "thurs", "fri", "sat", "sun", NULL};
    size_t n = 0;
    for (size_t i = 0; i < t->n; i++) {
        int day = 0;
        for (size_t d = 0; days[d] && !day; d++)
            day = !strcmp(t->v[i].w, days[d]);
        /* "Monday November 18", "Friday 22 November": the date says it */
        if (day && i + 1 < t->n && (month_of(t->v[i + 1].w) || t->v[i + 1].isnum))
            continue;
        t->v[n++] = t->v[i];
    }
    t->n = n;
}

void time_parse(toks *t, const char *as_of, time_info *out)
{
    memset(out, 0, sizeof *out);
    out->first_tok = -1;
    out->bucket_tok = -1;
    unsigned char before[TOK_MAX];
    for (size_t i = 0; i < t->n; i++)
        before[i] = (unsigned char)t->v[i].used;
    if (parse_relative(t, as_of, out))
        out->has_range = 1;
    parse_absolute(t, as_of, out);
    parse_bucket(t, out);
    for (size_t i = 0; i < t->n; i++)
        if (t->v[i].used && !before[i]) {
            out->first_tok = (int)i;
            break;
        }
}
