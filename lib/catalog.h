/* catalog.h: the schema model of one database (tables, views, columns,
 * types, keys, foreign keys, row counts, sample values), filled once at open
 * by a driver and read by the later stages. Internal to libdatabot. */
#ifndef DBT_CATALOG_H
#define DBT_CATALOG_H

#include <stddef.h>
#include <stdint.h>
#include "databot.h"

/* What a column holds, inferred from its declared type, its name and its
 * sample values (a TEXT column of 'YYYY-MM-DD' values is COL_DATE, of
 * 'YYYY-MM' values COL_MONTH). */
typedef enum {
    COL_OTHER = 0,
    COL_INT,
    COL_REAL,
    COL_TEXT,
    COL_DATE,      /* a date: 'YYYY-MM-DD' text in SQLite, date in PostgreSQL */
    COL_DATETIME,  /* a timestamp */
    COL_BOOL,
    COL_BLOB,
    COL_MONTH      /* a month: 'YYYY-MM' text (a billing period) */
} col_kind;

typedef struct cat_column {
    char *name;
    char *decl_type;       /* as declared, e.g. "INTEGER", "numeric(10,2)"; "" if none */
    col_kind kind;
    int pk;                /* part of the primary key */
    int notnull;
    char *ref_table;       /* foreign key target, or NULL */
    char *ref_column;      /* NULL means the target's primary key */
    int ref_t;             /* resolved index of ref_table in the catalog, or -1 */
    int ref_c;             /* resolved index of the referenced column, or -1 */
    int role_key;          /* a foreign key named for a role (majorId -> departments,
                            * manager_id -> employees), not for the table it references */
    char **samples;        /* distinct non-NULL values, most frequent first (text-like columns) */
    size_t nsamples;
    int samples_complete;  /* the samples are every distinct value of the column */
    int has_nulls;         /* a NULL was seen while sampling */
    char *comment;         /* COMMENT ON COLUMN text, or NULL */
} cat_column;

typedef struct cat_table {
    char *name;
    int is_view;
    int64_t rows;          /* row count (exact for SQLite, estimated for PostgreSQL); -1 unknown */
    cat_column *cols;
    size_t ncols;
    char *schema;          /* PostgreSQL schema, or NULL */
    char *comment;         /* COMMENT ON TABLE/VIEW text, or NULL */
} cat_table;

typedef struct catalog {
    cat_table *tables;
    size_t ntables;
    char **denied;         /* tables hidden by --deny-table: no query may name them */
    size_t ndenied;
    const struct semantic *sem; /* the semantic file (semantic.h; not owned), or NULL */
} catalog;

/* Building (drivers): tables and columns are appended in order. */
cat_table *catalog_add_table(catalog *c, const char *name, int is_view);
cat_column *catalog_add_column(cat_table *t, const char *name, const char *decl_type);
/* Resolve ref_table/ref_column names into indices; infer kinds from types. */
void catalog_finish(catalog *c);
void catalog_free(catalog *c);
/* Hide the tables named in a comma-separated list ("orders, audit.log"):
 * they leave the catalog and their names are remembered as denied.
 * Returns 0, or -1 when out of memory. */
int catalog_deny(catalog *c, const char *list);
/* Was this table (schema may be NULL) hidden with catalog_deny? */
int catalog_is_denied(const catalog *c, const char *schema, const char *name);

/* Lookup, ASCII case-insensitive. */
int catalog_find_table(const catalog *c, const char *name);            /* index or -1 */
int catalog_find_column(const cat_table *t, const char *name);         /* index or -1 */
int catalog_primary_key(const cat_table *t);   /* index of the single-column PK, or -1 */

/* The kind a declared SQL type implies (COL_OTHER when it implies none). */
col_kind catalog_kind_of_type(const char *decl_type);

#endif
