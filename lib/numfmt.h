/* numfmt.h: locale-independent number formatting shared by charts,
 * insights and (later) the front end's tables: short forms for axes and
 * value labels ("12.5k", "3.4M", "-1.2B"), grouped digits for sentences
 * ("1,234,567.89"), percentages, and round "nice" axis steps (1-2-5).
 * Output never depends on the process locale. Internal to libdatabot. */
#ifndef DBT_NUMFMT_H
#define DBT_NUMFMT_H

#include <stddef.h>
#include <stdint.h>
#include "util.h"

/* Longest text numfmt_short()/numfmt_tick() write, with the NUL. */
#define NUMFMT_SHORT_MAX 32

/* x in at most 3 significant digits with a k/M/B/T suffix from 1000 up:
 * 950 -> "950", 12534 -> "12.5k", 3400000 -> "3.4M", -1.2e9 -> "-1.2B",
 * 0.125 -> "0.125", 1e18 -> "1e+18"; "NaN", "Inf", "-Inf". Returns out. */
char *numfmt_short(double x, char out[NUMFMT_SHORT_MAX]);

/* An axis tick: the suffix is chosen from max_abs (the largest |tick| on
 * the axis) and the decimals from step, so every tick of one axis reads
 * alike ("0", "2.5k", "5k", "7.5k"). Returns out. */
char *numfmt_tick(double x, double step, double max_abs, char out[NUMFMT_SHORT_MAX]);

/* Append x with thousands separators and exactly `decimals` decimals
 * ("-1,234.50"); no "-0". Non-finite values as "NaN", "Inf", "-Inf". */
void numfmt_grouped(buf *b, double x, int decimals);

/* Append x for a sentence: integral values (|x| < 1e15) as grouped
 * integers ("1,250"), others grouped with 2 decimals ("1,250.75"), and
 * values below 1 in magnitude with 3 significant digits ("0.0123"). */
void numfmt_value(buf *b, double x);

/* Append a signed value for a sentence: "+250", "-1,250.50", "0". */
void numfmt_signed(buf *b, double x);

/* Append a percentage with one decimal: "62.0%", signed ("+12.5%")
 * when sign is non-zero. */
void numfmt_percent(buf *b, double pct, int sign);

/* A round step (1, 2 or 5 times a power of ten) that cuts range into
 * about `target` intervals (target >= 1); 1 when range is 0 or not
 * finite. */
double numfmt_nice_step(double range, int target);

#endif
