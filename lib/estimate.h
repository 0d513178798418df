/* estimate.h: stage 4's cost estimate, shown before a query runs: how much
 * of the database it will read, from the database's own query planner
 * (SQLite's EXPLAIN QUERY PLAN, PostgreSQL's EXPLAIN) and the catalog's
 * row counts. Internal to libdatabot. */
#ifndef DBT_ESTIMATE_H
#define DBT_ESTIMATE_H

#include "catalog.h"
#include "db/driver.h"

/* The numbers behind the line: rows read by full scans (SQLite's SCAN,
 * PostgreSQL's Seq Scan, by the catalog's row counts) and PostgreSQL's
 * total cost of the plan (-1 for SQLite). Both -1 when the planner cannot say. */
typedef struct estimate_numbers {
    long long scan_rows;
    double total_cost;
} estimate_numbers;

/* A one-line estimate ("reads about 45,335 rows: full scan of
 * order_items (45,335); 3 index searches; 2 sorts"), malloc'd, or NULL when the
 * planner cannot say. Never fails the plan. num (may be NULL) gets the numbers. */
char *estimate_cost(driver *d, const catalog *cat, const char *sql, estimate_numbers *num);

#endif
