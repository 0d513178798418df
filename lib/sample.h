/* sample.h: gathering a bounded set of distinct values per text-like
 * column, used to recognise values named in questions ("Germany") and to
 * tell dates stored as text. Internal to libdatabot. */
#ifndef DBT_SAMPLE_H
#define DBT_SAMPLE_H

#include "catalog.h"
#include "db/driver.h"

#define SAMPLE_SCAN_ROWS 50000   /* rows read per column at most */
#define SAMPLE_VALUES 100        /* distinct values kept per column at most */
#define SAMPLE_VALUE_BYTES 80    /* longer values are not kept */

/* Fill samples[] of every text-like column (declared text, no declared
 * type, or date-like). Columns of views are sampled too, bounded the same. */
int sample_catalog(catalog *cat, driver *d, dbt_error *err);

#endif
