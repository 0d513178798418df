/* output.h: how the program shows plans, answers and errors in the chosen
 * format (table, csv, json, markdown), shared by batch mode and the REPL. */
#ifndef DBT_OUTPUT_H
#define DBT_OUTPUT_H

#include <stdio.h>
#include "databot.h"
#include "options.h"

typedef struct output {
    FILE *out;          /* answers */
    FILE *diag;         /* notes and errors (stderr) */
    out_format fmt;
    int utf8;           /* the terminal can show UTF-8 */
    int width;          /* terminal columns; 0 = unlimited */
    int shown;          /* answers printed so far */
    int quiet;          /* no notes */
    int color;          /* colour the chart (a colour terminal, NO_COLOR unset) */
    const char *chart;  /* "auto", "none" or a chart type; NULL = auto */
    struct conversation *conv;   /* questions asked so far, for \\save */
    unsigned exported;  /* answers exported with -o so far */
} output;

/* --sql-only: the plan of one question (plan NULL when err is set). */
void output_plan(output *o, const char *question, const dbt_plan *p, const dbt_error *err);
/* An answer to one question or query. */
void output_answer(output *o, const char *question, const dbt_plan *p, dbt_answer *a);
/* The answer's chart alone, as o->chart says (auto, none or a type). */
void output_chart(output *o, dbt_answer *a);
/* A question or query that failed (sql may be NULL). */
void output_error(output *o, const char *question, const char *sql, const dbt_error *err);
/* A catalog listing (\tables, \d) in the chosen format. */
void output_listing(output *o, dbt_answer *a);

/* The exit status for an error code (see EXIT STATUS in databot(1)). */
int output_exit_code(dbt_code code);

#endif
