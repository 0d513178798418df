/* options.h: the command line of the databot program. */
#ifndef DBT_OPTIONS_H
#define DBT_OPTIONS_H

#include <stddef.h>
#include <stdio.h>
#include "databot.h"

typedef enum { FMT_TABLE, FMT_CSV, FMT_JSON, FMT_MARKDOWN } out_format;

/* One thing to do in batch mode, in command-line order. */
typedef struct job {
    int is_sql;            /* --sql QUERY rather than -e QUESTION */
    const char *text;      /* points into argv */
} job;

typedef struct options {
    const char *database;
    job *jobs;
    size_t njobs;
    int sql_only;
    int yes;
    out_format format;
    dbt_config cfg;
    int help, version;
} options;

/* Parse argv. Returns 0, or -1 with a message in errbuf (bad usage). */
int options_parse(int argc, char **argv, options *o, char *errbuf, size_t errlen);
void options_free(options *o);
void options_usage(FILE *f);

#endif
