/* timeparse.h: dates in questions: years, months, quarters, ranges
 * ("between January and June 2023", "since 2022"), relative ranges ("last
 * 90 days", "year to date") and time buckets ("monthly", "per quarter"). */
#ifndef DBT_ENGINE_TIMEPARSE_H
#define DBT_ENGINE_TIMEPARSE_H

#include "tokens.h"
#include "query.h"

typedef struct time_info {
    char from[11], to[11];   /* half-open range, "" when open */
    int has_range;
    q_bucket bucket;
    int bucket_tok;          /* the word that set the bucket ("monthly"), or -1 */
    int first_tok;           /* index of the first time token, or -1 */
    int npoints;             /* separate dates or ranges named ("2023 vs 2024") */
    q_bucket grain;          /* the grain of those points (year, quarter, month) */
    int gap;                 /* two periods named with time between them that neither
                              * covers ("July 2023 and July 2024"): one range cannot say it */
    char part[4][2][11];     /* each period named, half-open [from, to) */
    int nparts;
} time_info;

/* The bucket a word names ("monthly", "weeks", "annual"), or BK_NONE. */
int time_unit_of(const char *w);

/* Parse time expressions, marking their tokens used. as_of: "YYYY-MM-DD"
 * (NULL or malformed: relative ranges are not recognised). */
void time_parse(toks *t, const char *as_of, time_info *out);

/* Drop weekday names that stand before a date ("Monday November 18"): the
 * date says the day. Call before any stage keeps token positions. */
void time_drop_weekdays(toks *t);

/* Format y-m-d (normalising month overflow) as "YYYY-MM-DD". */
void time_fmt(char out[11], int y, int m, int d);
/* Day of the week of y-m-d (normalising overflow as time_fmt): 0 Monday ... 6 Sunday. */
int time_weekday(int y, int m, int d);

#endif
