/* guard.h: stage 4, the read-only gate every SQL passes before it runs,
 * whoever wrote it (the engine, a model, the person). Internal. */
#ifndef DBT_GUARD_H
#define DBT_GUARD_H

#include "databot.h"
#include "catalog.h"
#include "db/driver.h"

/* Accept only one read-only query over tables that exist. Returns 0, or -1
 * with err filled (DBT_ERR_REFUSED, or DBT_ERR_DB when the database's own
 * check rejects it). d may be NULL to check the parse alone. */
int guard_check(const char *sql, const catalog *cat, driver *d, dbt_error *err);

#endif
