/* driver.h: the one interface every database driver implements (SQLite,
 * PostgreSQL). Stage 5 of the pipeline: read-only execution within limits.
 * Internal to libdatabot. */
#ifndef DBT_DRIVER_H
#define DBT_DRIVER_H

#include <signal.h>
#include "databot.h"
#include "catalog.h"

/* Where rows go as they arrive: a result table, an export file. Each
 * callback returns 0 to go on or -1 to stop (with err filled). */
typedef struct row_sink {
    int (*columns)(void *ctx, size_t ncols, const char *const *names, dbt_error *err);
    int (*row)(void *ctx, const dbt_value *values, dbt_error *err);
    void *ctx;
} row_sink;

typedef struct query_limits {
    long timeout_ms;                  /* 0 = none */
    long max_rows;                    /* 0 = none; one more row is read to detect truncation */
    volatile sig_atomic_t *cancel;    /* set non-zero to stop; may be NULL */
} query_limits;

typedef struct driver driver;

typedef struct driver_ops {
    const char *dialect;              /* "sqlite" or "postgres" */
    int (*load_catalog)(driver *d, catalog *cat, dbt_error *err);
    /* Run one read-only statement, rows to sink. Returns 0, or 1 when the
     * row cap truncated the result, or -1 with err filled. */
    int (*query)(driver *d, const char *sql, const query_limits *lim,
                 const row_sink *sink, dbt_error *err);
    /* The dialect's own read-only check of SQL the guard's parser could not
     * read (SQLite syntax): 0 when it prepares as one read-only statement. */
    int (*check_readonly)(driver *d, const char *sql, dbt_error *err);
    void (*close)(driver *d);
} driver_ops;

struct driver {
    const driver_ops *ops;
};

/* Open a SQLite file read-only; NULL with err filled on failure. */
driver *sqlite_driver_open(const char *path, dbt_error *err);
/* The SQLite driver's catalog reader (sqlite_catalog.c). */
int sqlite_load_catalog(driver *d, catalog *cat, dbt_error *err);
/* Set the comments of tab's columns (and of tab, when it has none) from the
 * comments written in its CREATE TABLE statement. */
void sqlite_read_comments(cat_table *tab, const char *sql);

/* Is target a PostgreSQL connection string (postgres:// or postgresql://
 * URI, "keyword=value ..." conninfo such as "service=NAME")? */
int postgres_is_target(const char *target);
/* Connect through libpq, read-only; NULL with err filled on failure. */
driver *postgres_driver_open(const char *target, const dbt_config *cfg, dbt_error *err);
/* The PostgreSQL driver's catalog reader (postgres_catalog.c). */
int postgres_load_catalog(driver *d, catalog *cat, dbt_error *err);

#endif
