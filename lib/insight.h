/* insight.h: stage 7, insights. Deterministic statistics of an answer
 * (change over the period, period-over-period moves, outliers by robust
 * z-score, top contributors, comparisons, concentration, distribution)
 * turned into short plain-English sentences with exact, formatted
 * numbers. At most INSIGHT_MAX, best first; none that merely restates the
 * table. Pure functions of the answer: no I/O, no globals, no locale.
 * Internal to libdatabot; the public face is in databot.h. */
#ifndef DBT_INSIGHT_H
#define DBT_INSIGHT_H

#include <stddef.h>
#include "databot.h"
#include "util.h"

#define INSIGHT_MAX 5

typedef enum {
    INSIGHT_NOTE = 0,       /* empty or truncated result, NULLs left out */
    INSIGHT_CHANGE,         /* first to last, percent, compound annual growth */
    INSIGHT_STEPS,          /* period over period: rises, falls, the largest of each */
    INSIGHT_EXTREMES,       /* highest and lowest, with their labels */
    INSIGHT_OUTLIER,        /* robust z-score (median, MAD) above 3.5 */
    INSIGHT_TOP,            /* top contributors and their share */
    INSIGHT_CONCENTRATION,  /* Pareto concentration, or an even spread */
    INSIGHT_COMPARE,        /* two groups side by side */
    INSIGHT_DISTRIBUTION    /* median, quartiles, range, skew of one column */
} insight_kind;

#define INSIGHT_KIND_COUNT 9

typedef struct insight {
    insight_kind kind;
    char *sentence;         /* UTF-8, terminal-safe (labels sanitised) */
    double confidence;      /* 0..1 */
} insight;

typedef struct insight_list insight_list;

/* The insights of an answer. measure_hint: the measure's column name when
 * the question named one (may be NULL). NULL only when out of memory. */
insight_list *insights_compute(const dbt_answer *a, const char *measure_hint);
size_t insights_count(const insight_list *l);
const insight *insights_get(const insight_list *l, size_t i);   /* NULL past the end */
void insights_free(insight_list *l);

const char *insight_kind_name(insight_kind k);   /* "change", "outlier", ... */
const char *insight_sentence(const insight *in);
double insight_confidence(const insight *in);

/* [{"kind":"change","sentence":"...","confidence":0.9},...] appended. */
void insights_to_json(const insight_list *l, buf *out);

/* ---- for the insight_*.c files only ---------------------------------- */

/* One measure along one dimension, NULLs left out. */
typedef struct insight_series {
    size_t n;
    double *v;                   /* n values */
    const dbt_value **label;     /* n labels (a time or a category), or NULL */
    double *t;                   /* n time values when the dimension is time, else NULL */
    const char *measure;         /* display name ("total revenue") */
    const char *dim;             /* dimension's display name, or NULL */
    int additive;                /* sums make sense (a total, a count) */
} insight_series;

/* Add a candidate (sentence taken over; it is freed on failure). */
void insight_add(insight_list *l, insight_kind kind, char *sentence, double confidence);

/* Statistics (insight_stats.c). */
void insight_sort(double *v, size_t n);                    /* ascending */
double insight_quantile(const double *sorted, size_t n, double p);   /* type 7 */
double insight_median(const double *v, size_t n);          /* unsorted input */
/* Robust z-scores: 0.6745 (x - median) / MAD, or with MAD 0,
 * (x - median) / (1.253314 mean absolute deviation); 0 when both are 0.
 * into z (n values) and the median into *median; 0, or -1 on no memory. */
int insight_robust_z(const double *v, size_t n, double *z, double *median);

/* Sentences (insight_text.c). */
void insight_add_label(buf *b, const dbt_value *v);        /* sanitised, clipped */
/* "total_revenue" -> "total revenue", capitalised at a sentence's start */
void insight_add_name(buf *b, const char *name);
void insight_add_plural(buf *b, const char *name);         /* "category" -> "categories" */
char *insight_finish(buf *b);                              /* the sentence, taken */

/* The kinds (insight_trend.c, insight_outlier.c, insight_share.c,
 * insight_dist.c). */
void insight_trend(insight_list *l, const insight_series *s);
void insight_outliers(insight_list *l, const insight_series *s);
void insight_shares(insight_list *l, const insight_series *s);
void insight_distribution(insight_list *l, const insight_series *s);

#endif
