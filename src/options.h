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
    int no_cache, no_memory;   /* --no-cache, --no-memory: main.c leaves the paths NULL */
    int help, version;
    int quiet;
    const char *chart;          /* --chart TYPE; NULL = auto */
    int no_color;
    int plain, tui;            /* --plain: the line prompt; --tui: the full-screen interface */
    const char *doctor_target;  /* databot doctor DATABASE */
    const char *resume;        /* --resume FILE */
    int print_config, list_connections;
    char *schemas, *deny_tables; /* --schema, --deny-table joined with commas (owned) */
    char *prices;              /* --price entries as "MODEL=IN/OUT,..." (owned) */
    int show_prompt;           /* --show-prompt: print each question's prompt, send nothing */
    const char *output;        /* -o FILE: export each answer there too */
    dbt_export_format output_format;   /* --output-format; DBT_EXPORT_AUTO from FILE's name */
    int force;                 /* --force: -o may replace a file; no scan limit */
    int no_audit;              /* --no-audit: main.c leaves cfg.audit_path NULL */
    int init_semantic;         /* --init-semantic[=FILE]: write a starter semantic file */
    const char *init_semantic_path;   /* its FILE, or NULL for standard output */
    const char *source[64];    /* per long option: "flag", "environment", "config line N", or NULL */
    const char *value[64];     /* per long option: the text it was set from */
} options;

/* Defaults. */
void options_init(options *o);
/* Parse argv over what is already set (flags win over settings). Returns 0,
 * or -1 with a message in errbuf (bad usage). */
int options_parse(int argc, char **argv, options *o, char *errbuf, size_t errlen);
/* A setting by long option name ("max-rows") from the config file or the
 * environment; value "true"/"false" for switches. source must outlive o. */
int options_apply_setting(options *o, const char *name, const char *value, const char *source,
                          char *errbuf, size_t errlen);
/* The effective value of a setting as text ("10000", "true", "(unset)"). */
void options_value(const options *o, const char *name, char *out, size_t n);
/* Every option that is a setting, with where its value came from. */
void options_each_setting(void (*fn)(void *ctx, const char *name, int takes_value, const char *source),
                          void *ctx, const options *o);
/* 1 when the setting was given (flag, environment or config file). */
int options_is_set(const options *o, const char *name);
void options_free(options *o);
void options_usage(FILE *f);

#endif
