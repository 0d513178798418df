/* semantic.h: the semantic file, an optional JSON file a team writes once
 * beside a database: table and column descriptions, synonyms, named
 * measures as SQL expressions, the default time column of a table, hidden
 * (PII) columns and example questions with their SQL. Loaded at dbt_open,
 * checked against the catalog, read by the engine and the guard.
 * Internal to libdatabot. */
#ifndef DBT_SEMANTIC_H
#define DBT_SEMANTIC_H

#include <stddef.h>
#include "catalog.h"
#include "databot.h"

#define SEM_MAXREFS 8

typedef struct sem_column {
    char *name;
    char *description;     /* or NULL */
    char **synonyms;
    size_t nsyn;
    int hidden;            /* PII: removed from the catalog by semantic_apply */
    int c;                 /* catalog index after semantic_apply, or -1 (hidden) */
} sem_column;

typedef struct sem_table {
    char *name;
    char *description;
    char **synonyms;
    size_t nsyn;
    char *time_column;     /* default date column, or NULL */
    sem_column *cols;
    size_t ncols;
    int t;                 /* catalog index after semantic_apply, or -1 (denied) */
    int time_c;            /* catalog index of time_column, or -1 */
} sem_table;

typedef struct sem_measure {
    char *name;
    char *sql;             /* "SUM(order_items.quantity * order_items.unit_price)" */
    char *description;
    char **synonyms;
    size_t nsyn;
    char *table;           /* its table: given, or the first one the SQL names */
    int aggregate;         /* the SQL aggregates itself (SUM(...)); else one value per row */
    int t;                 /* catalog index of table after semantic_apply */
    int refs[SEM_MAXREFS][2];  /* columns the SQL reads: {table, column} indices */
    int nrefs;
} sem_measure;

typedef struct sem_example {
    char *question;
    char *sql;
} sem_example;

typedef struct semantic {
    char *path;
    sem_table *tables;
    size_t ntables;
    sem_measure *measures;
    size_t nmeasures;
    sem_example *examples;
    size_t nexamples;
} semantic;

/* Parse JSON text (origin names it in errors). Errors give the JSON path of
 * what is wrong, e.g. "tables.customers.columns.email.hidden: expected true
 * or false". NULL on error. */
semantic *semantic_parse(const char *json, const char *origin, dbt_error *err);
semantic *semantic_load(const char *path, dbt_error *err);
void semantic_free(semantic *s);

/* Check the file's names against the catalog, resolve indices, copy
 * descriptions into the catalog's comments where it has none, and remove
 * hidden columns from the catalog (before sampling: they are never read).
 * Tables hidden with --deny-table are skipped. 0, or -1 with err set. */
int semantic_apply(semantic *s, catalog *cat, dbt_error *err);

/* Was table.column hidden? (table NULL: any table) */
int semantic_is_hidden(const semantic *s, const char *table, const char *column);
/* Does table t (catalog index) have hidden columns? */
int semantic_table_has_hidden(const semantic *s, const catalog *cat, int t);
/* The entry of catalog table t, or NULL. */
const sem_table *semantic_table(const semantic *s, int t);

/* The guard's hook: refuse SQL naming a hidden column, or reading every
 * column (*) of a table with hidden columns. 0, or -1 (DBT_ERR_REFUSED). */
int semantic_check_sql(const semantic *s, const catalog *cat, const char *sql, dbt_error *err);

/* The example whose question matches (case, spaces and punctuation
 * aside), or NULL. */
const sem_example *semantic_example(const semantic *s, const char *question);

/* A starter file from the catalog for a person to edit (malloc'd JSON). */
char *semantic_starter(const catalog *cat);

/* The semantic file found beside a SQLite file: DATABASE.databot.json
 * (the extension replaced) or FILE.databot.json; malloc'd path or NULL. */
char *semantic_discover(const char *db_path);

#endif
