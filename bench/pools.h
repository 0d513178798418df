/* pools.h: value pools shared by the benches that generate catalogs and
 * schemas (bigschema.c, engine_bench.c): realistic sample values by kind
 * ("country", "city", "status", "first", "last", "company", "word", ...). */
#ifndef DBT_BENCH_POOLS_H
#define DBT_BENCH_POOLS_H

#include <stddef.h>

/* The NULL-terminated values of the pool called name, or NULL. */
const char *const *bench_pool(const char *name);
/* How many values v holds (0 for NULL). */
size_t bench_pool_len(const char *const *v);

#endif
