/* guard.h: stage 4, the read-only gate every SQL passes before it runs,
 * whoever wrote it (the engine, a model, the person). Internal. */
#ifndef DBT_GUARD_H
#define DBT_GUARD_H

#include <cjson/cJSON.h>
#include "databot.h"
#include "catalog.h"
#include "db/driver.h"

/* Accept only one read-only query over tables and columns that exist and
 * are allowed. Returns 0, or -1 with err filled (DBT_ERR_REFUSED, or
 * DBT_ERR_DB when the database's own check rejects it) saying why and what
 * to do. d may be NULL to check the parse alone (PostgreSQL dialect); cat
 * may be NULL to skip the name checks. */
int guard_check(const char *sql, const catalog *cat, driver *d, dbt_error *err);

/* Why a function is denied (a phrase), or NULL when it is allowed. */
const char *guard_function_denied(const char *name);
/* Is this a PostgreSQL system relation no query may read? */
int guard_secret_relation(const char *name);

/* guard_names.c: every table the tree names must be in the catalog (or a
 * CTE, or a system table) and not denied; every column a table-bound name
 * refers to must exist. top is the SelectStmt node; sql the text (for the
 * positions in the tree). */
int guard_check_names(const cJSON *top, const char *sql, const catalog *cat,
                      const char *dialect, dbt_error *err);

#endif
