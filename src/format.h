/* format.h: the databot program's human-readable table: aligned columns
 * with box-drawing separators (or ASCII), numbers formatted for reading,
 * values made safe for the terminal. Also the number formatting the other
 * front-end code (charts, insights, the TUI) reuses. */
#ifndef DBT_FORMAT_H
#define DBT_FORMAT_H

#include <stdint.h>
#include <stdio.h>
#include "databot.h"
#include "util.h"

typedef struct format_opts {
    int utf8;        /* the terminal shows UTF-8: box glyphs, "∅", "…" */
    int max_width;   /* terminal columns; 0 = unlimited */
} format_opts;

/* Print a as a table:
 *
 *    id │ name  │     amount
 *   ────┼───────┼───────────
 *     1 │ Alice │ 412,930.10
 *   (1 row)
 *
 * A leading space, columns separated by " │ " (" | "), a rule of "─┼─"
 * ("-+-") under the header; widths by display width, so wide and
 * combining characters align. INT and REAL columns (and their headers)
 * are right-aligned: integers grouped (1,234,567); reals with 2 decimals
 * grouped when the column's largest |x| is at least 1, else 4
 * significant digits. Text is left-aligned and sanitised; NULL is "∅"
 * ("NULL" in ASCII). When the table is wider than max_width, the widest
 * text columns shrink (not below 8) and their values are clipped with
 * "…" ("~"). A footer "(N rows)" or "(1 row)" follows, with
 * ", truncated at N rows — use --max-rows to change" when the row cap
 * cut the answer. */
void format_table(FILE *f, const dbt_answer *a, const format_opts *o);

/* The same table as a malloc'd string (NULL when out of memory). */
char *format_table_string(const dbt_answer *a, const format_opts *o);

/* Append v with thousands separators: -1234567 -> "-1,234,567". */
void format_int_grouped(buf *b, int64_t v);

/* Append x as a REAL column shows it, given the column's largest finite
 * |x| (format_column_max_abs): with col_max_abs >= 1, 2 decimals and
 * thousands separators ("412,930.10"); else 4 significant digits
 * ("0.01235"); "NaN", "Inf", "-Inf" for the non-finite. Always '.' as
 * the decimal point, whatever the locale. */
void format_real_column(buf *b, double x, double col_max_abs);

/* The largest finite |x| among the numeric values of column col. */
double format_column_max_abs(const dbt_answer *a, size_t col);

#endif
